import Redis, { Cluster, type RedisOptions } from 'ioredis';
import type { Log } from '../services/ports';

/** One Redis, a Redis Cluster, or a local socket: the client is the same to every adapter. */
export type RedisClient = Redis | Cluster;

export type RedisTarget =
  | { kind: 'url'; url: string; password?: string | undefined; tls: boolean }
  | { kind: 'socket'; path: string }
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'cluster'; nodes: { host: string; port: number }[]; password?: string | undefined; tls: boolean };

export interface ConnectionOptions {
  /** A command that has not answered by then fails, so a slow Redis never hangs a turn. */
  commandTimeoutMs: number;
  log: Log;
  /** A name shown by CLIENT LIST, to tell instances apart. */
  connectionName?: string | undefined;
}

/**
 * Builds an ioredis client that fails fast instead of queueing forever: one retry per request, a
 * command timeout, and reconnection with capped back-off. Errors are logged (at most once every
 * ten seconds while the fault lasts) rather than thrown into the event loop, so a Redis outage can
 * never crash the process.
 */
export function createRedisClient(target: RedisTarget, options: ConnectionOptions): RedisClient {
  const common: RedisOptions = {
    enableAutoPipelining: true,
    maxRetriesPerRequest: 1,
    commandTimeout: options.commandTimeoutMs,
    connectTimeout: Math.max(options.commandTimeoutMs, 2000),
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 6), 2000),
    connectionName: options.connectionName ?? 'signpost',
  };
  let client: RedisClient;
  switch (target.kind) {
    case 'url':
      client = new Redis(target.url, {
        ...common,
        ...(target.password ? { password: target.password } : {}),
        ...(target.tls || target.url.startsWith('rediss://') ? { tls: {} } : {}),
      });
      break;
    case 'socket':
      client = new Redis({ ...common, path: target.path });
      break;
    case 'tcp':
      client = new Redis({ ...common, host: target.host, port: target.port });
      break;
    case 'cluster':
      client = new Cluster(target.nodes, {
        // Auto-pipelining in cluster mode groups EVALSHA calls by the script's hash, not by their key
        // (ioredis issue 2109), which breaks Lua scripts there; each command goes on its own.
        enableAutoPipelining: false,
        clusterRetryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2000),
        redisOptions: {
          ...common,
          enableAutoPipelining: false,
          ...(target.password ? { password: target.password } : {}),
          ...(target.tls ? { tls: {} } : {}),
        },
      });
      break;
  }
  watchErrors(client, options.log);
  return client;
}

function watchErrors(client: RedisClient, log: Log): void {
  let lastLogged = 0;
  let failing = false;
  client.on('error', (err: Error) => {
    const now = performance.now();
    if (!failing || now - lastLogged > 10000) {
      log.warn({ err: { message: err.message, name: err.name } }, 'redis connection problem');
      lastLogged = now;
    }
    failing = true;
  });
  client.on('ready', () => {
    if (failing) log.info({}, 'redis connection restored');
    failing = false;
  });
}

/** Asks Redis for PONG within the timeout; never throws. */
export async function pingRedis(
  client: RedisClient,
  timeoutMs: number,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const answer = await Promise.race([client.ping(), timeout]);
    return answer === 'PONG' ? { ok: true } : { ok: false, reason: `redis answered ${String(answer)}` };
  } catch (err) {
    return { ok: false, reason: `redis: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    clearTimeout(timer);
  }
}
