import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { createRedisClient, type RedisClient } from '../../src/storage/connection';
import { RedisKeys } from '../../src/storage/keys';
import { silentLog } from './logs';

/** The redis-server started by globalSetup (or REDIS_URL). */
export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url)
    throw new Error('TEST_REDIS_URL is not set: run the tests through jest (globalSetup starts Redis)');
  return url;
}

/** A client with the product's own connection settings, and a key prefix no other test file uses. */
export function testClient(url = testRedisUrl()): { client: RedisClient; keys: RedisKeys; prefix: string } {
  const prefix = `test:${randomUUID().slice(0, 8)}:`;
  const client = createRedisClient(
    { kind: 'url', url, tls: false },
    { commandTimeoutMs: 2000, log: silentLog },
  );
  return { client, keys: new RedisKeys(prefix), prefix };
}

/** A plain client for looking at what the product wrote, independent of its code. */
export function inspector(url = testRedisUrl()): Redis {
  return new Redis(url, { maxRetriesPerRequest: 1 });
}

/** Disconnects a client and waits until it has let go of its sockets and timers. */
export async function disconnect(client: RedisClient): Promise<void> {
  if (client.status === 'end') return;
  const ended = new Promise((resolve) => client.once('end', resolve));
  client.disconnect();
  // A client waiting to reconnect has no socket to close and emits no 'end'; its timer is cleared.
  await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 200))]);
}
