import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { InfrastructureError } from '../services/errors/InfrastructureError';
import type { Log } from '../services/ports';
import type { RedisClient } from './connection';
import { markedJson, markJson, READ_AS, WRITE_AS } from './itemJson';
import type { RedisKeys } from './keys';
import { defineScript } from './scripts';

/**
 * botbuilder's Storage over Redis, keeping the contract of its reference MemoryStorage:
 * - read returns only the keys found, each with its eTag;
 * - a write with no eTag or '*' overwrites; a write whose eTag is not the stored one rejects with
 *   botbuilder's own message; a write to a missing key succeeds whatever its eTag;
 * - every write makes a new eTag; deleting an unknown key is fine.
 * Each item is one hash { e: eTag, d: JSON }, checked and written by one Lua script, so the
 * compare-and-set is atomic across any number of bot instances. Every read and write slides the
 * item's time to live (CONVERSATION_TTL_SECONDS), so a conversation left alone expires on its own.
 */

const READ_SCRIPT = `
local v = redis.call('HMGET', KEYS[1], 'e', 'd')
if v[1] and tonumber(ARGV[1]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return v`;

const WRITE_SCRIPT = `
local expected = ARGV[1]
if expected ~= '' and expected ~= '*' then
  local current = redis.call('HGET', KEYS[1], 'e')
  if current and current ~= expected then return 0 end
end
redis.call('HSET', KEYS[1], 'e', ARGV[2], 'd', ARGV[3])
if tonumber(ARGV[4]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) else redis.call('PERSIST', KEYS[1]) end
return 1`;

export interface RedisStorageOptions {
  keys: RedisKeys;
  /** Sliding time to live of every item; 0 keeps items until deleted. */
  ttlSeconds: number;
  log: Log;
}

export class RedisStorage implements Storage {
  private readonly ttlMs: number;
  private readonly readItem: (key: string, ttlMs: number) => Promise<[string | null, string | null]>;
  private readonly writeItem: (
    key: string,
    expected: string,
    etag: string,
    json: string,
    ttlMs: number,
  ) => Promise<number>;

  constructor(
    private readonly client: RedisClient,
    private readonly options: RedisStorageOptions,
  ) {
    this.ttlMs = options.ttlSeconds * 1000;
    this.readItem = defineScript(client, 'signpostStorageRead', 1, READ_SCRIPT);
    this.writeItem = defineScript(client, 'signpostStorageWrite', 1, WRITE_SCRIPT);
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    if (!keys.length) return {};
    const answers = await this.guard('read', () =>
      Promise.all(
        keys.map((key) =>
          this.readItem(this.options.keys.storageItem(key), this.ttlMs).then(([etag, json]) => ({
            key,
            etag,
            json,
          })),
        ),
      ),
    );
    const items: StoreItems = {};
    for (const { key, etag, json } of answers) {
      if (etag === null || json === null) continue;
      const item = parseItem(json);
      if (!item) {
        // A value we cannot read is treated as absent (the conversation restarts) rather than
        // breaking every later turn of it; the fault is logged for the operator.
        this.options.log.error({ key }, 'unreadable state item in redis, ignored');
        continue;
      }
      const read = { ...item, eTag: etag };
      markJson(read, READ_AS, json);
      items[key] = read;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    if (!entries.length) return;
    const results = await this.guard('write', () =>
      Promise.all(
        entries.map(([key, item]) => {
          const { eTag, ...rest } = (item ?? {}) as { eTag?: unknown };
          const expected = typeof eTag === 'string' ? eTag : '';
          return this.writeItem(
            this.options.keys.storageItem(key),
            expected,
            randomUUID(),
            markedJson(item, WRITE_AS) ?? JSON.stringify(rest),
            this.ttlMs,
          ).then((written) => ({ key, written }));
        }),
      ),
    );
    const conflict = results.find(({ written }) => written !== 1);
    if (conflict) throw new Error(`Storage: error writing "${conflict.key}" due to eTag conflict.`);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys?.length) return;
    await this.guard('delete', () =>
      Promise.all(keys.map((key) => this.client.del(this.options.keys.storageItem(key)))),
    );
  }

  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw new InfrastructureError(
        `Redis ${operation} failed: ${err instanceof Error ? err.message : String(err)}`,
        {
          cause: err,
        },
      );
    }
  }
}

/**
 * The one check a stored item needs is that it is a JSON object. It is made by hand rather than by a
 * schema because it runs on every turn, on the whole conversation state.
 */
function parseItem(json: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
