import path from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import type { HealthProbe, Log, ReferralStore, SlotLedger, TurnLock } from '../services/ports';
import { createRedisClient, pingRedis, type RedisClient, type RedisTarget } from './connection';
import { findRedisServer, startEmbeddedRedis, type EmbeddedRedis } from './embeddedRedis';
import { RedisKeys } from './keys';
import { MemoryReferralStore } from './memoryReferralStore';
import { MemorySlotLedger } from './memorySlotLedger';
import { RedisSlotLedger } from './redisSlotLedger';
import { MemoryTurnLock } from './memoryTurnLock';
import { RedisReferralStore } from './redisReferralStore';
import { RedisStorage } from './redisStorage';
import { RedisTurnLock } from './redisTurnLock';
import { memoryStaffStorage, redisStaffStorage, type StaffStorage } from './staffStorage';

/**
 * Chooses where state lives and builds every storage adapter over it:
 * - REDIS_URL or REDIS_CLUSTER_NODES: that Redis, shared by any number of bot instances;
 * - neither, with redis-server on PATH: a private redis-server child on a unix socket under DATA_DIR,
 *   with an append-only file, so state survives a restart of Signpost;
 * - neither, without redis-server: in-process memory, for one instance, lost on restart.
 */

export type BackendChoice =
  | { kind: 'url'; url: string; password?: string | undefined; tls: boolean }
  | { kind: 'cluster'; nodes: { host: string; port: number }[]; password?: string | undefined; tls: boolean }
  | { kind: 'embedded' }
  | { kind: 'memory' };

export interface BackendOptions {
  choice: BackendChoice;
  keyPrefix: string;
  commandTimeoutMs: number;
  dataDir: string;
  /** PATH, to find redis-server for the embedded default. */
  searchPath: string | undefined;
  conversationTtlSeconds: number;
  referralRetentionSeconds: number;
  turnLock: { ttlMs: number; waitMs: number };
  log: Log;
  connectionName?: string;
}

export interface Backend {
  kind: 'redis' | 'cluster' | 'embedded' | 'memory';
  /** Said in the start-up banner and logs; never includes a password. */
  description: string;
  storage: Storage;
  turnLock: TurnLock;
  referrals: ReferralStore;
  ledger: SlotLedger;
  /** Staff tools: audit trail, receptionists' referrals, handoffs, conversation references, diaries. */
  staff: StaffStorage;
  health: HealthProbe;
  /** The Redis client, for adapters added by later capabilities; absent in memory mode. */
  redis: RedisClient | undefined;
  keys: RedisKeys;
  close(): Promise<void>;
}

export async function openBackend(options: BackendOptions): Promise<Backend> {
  const { choice, log } = options;
  const keys = new RedisKeys(options.keyPrefix);

  if (choice.kind === 'memory') return memoryBackend(keys, options, 'in-process memory (REDIS_EMBEDDED=off)');

  let embedded: EmbeddedRedis | undefined;
  let target: RedisTarget;
  let description: string;
  if (choice.kind === 'embedded') {
    const binary = findRedisServer(options.searchPath);
    if (!binary) {
      log.warn(
        {},
        'NO REDIS: redis-server is not on PATH and REDIS_URL is not set. State is kept in process memory and ' +
          'IS LOST ON RESTART; run only one instance. Install redis-server or set REDIS_URL for real use.',
      );
      return memoryBackend(keys, options, 'in-process memory (state is lost on restart)');
    }
    const dir = path.resolve(options.dataDir, 'redis');
    embedded = await startEmbeddedRedis({ binary, dir });
    target =
      'path' in embedded.target
        ? { kind: 'socket', path: embedded.target.path }
        : { kind: 'tcp', ...embedded.target };
    description = `embedded redis-server (data in ${path.join(options.dataDir, 'redis')})`;
  } else if (choice.kind === 'cluster') {
    target = choice;
    description = `Redis Cluster (${choice.nodes.map((n) => `${n.host}:${n.port}`).join(', ')})`;
  } else {
    target = choice;
    description = `Redis at ${redactUrl(choice.url)}`;
  }

  const redis = createRedisClient(target, {
    commandTimeoutMs: options.commandTimeoutMs,
    log,
    connectionName: options.connectionName,
  });
  return {
    kind: choice.kind === 'embedded' ? 'embedded' : choice.kind === 'cluster' ? 'cluster' : 'redis',
    description,
    storage: new RedisStorage(redis, { keys, ttlSeconds: options.conversationTtlSeconds, log }),
    turnLock: new RedisTurnLock(redis, { keys, ...options.turnLock, log }),
    referrals: new RedisReferralStore(redis, {
      keys,
      retentionSeconds: options.referralRetentionSeconds,
      log,
    }),
    ledger: new RedisSlotLedger(redis, { keys, log, retentionMs: options.referralRetentionSeconds * 1000 }),
    staff: redisStaffStorage(redis, {
      keys,
      retentionSeconds: options.referralRetentionSeconds,
      referenceTtlSeconds: options.conversationTtlSeconds,
      log,
    }),
    health: { check: () => pingRedis(redis, options.commandTimeoutMs) },
    redis,
    keys,
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
      await embedded?.stop();
    },
  };
}

function memoryBackend(keys: RedisKeys, options: BackendOptions, description: string): Backend {
  return {
    kind: 'memory',
    description,
    storage: new MemoryStorage(),
    turnLock: new MemoryTurnLock(options.turnLock.waitMs),
    referrals: new MemoryReferralStore(),
    ledger: new MemorySlotLedger(),
    staff: memoryStaffStorage(),
    health: { check: async () => ({ ok: true }) },
    redis: undefined,
    keys,
    close: async () => undefined,
  };
}

/** Shows where Redis is without its password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'an invalid URL';
  }
}
