import type { RedisClient } from './connection';

/**
 * Registers a Lua script on a client (ioredis runs it by EVALSHA and loads it when Redis has
 * forgotten it) and returns a typed function that calls it with its keys first, then its arguments.
 * A script touches only the keys it is given, so on Redis Cluster its keys must share a hash tag.
 * A script whose number of keys varies is 'dynamic': its caller passes the number of keys first.
 */
export function defineScript<Result>(
  client: RedisClient,
  name: string,
  numberOfKeys: number | 'dynamic',
  lua: string,
): (...keysThenArgs: (string | number)[]) => Promise<Result> {
  const commands = client as unknown as Record<string, unknown>;
  if (typeof commands[name] !== 'function')
    client.defineCommand(name, numberOfKeys === 'dynamic' ? { lua } : { numberOfKeys, lua });
  const command = commands[name] as (...args: (string | number)[]) => Promise<Result>;
  return (...keysThenArgs) => command.apply(client, keysThenArgs);
}
