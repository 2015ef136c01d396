import { itemAt } from '../domain/lists';
import { handoffRecordSchema, type HandoffRecord } from '../services/handoffs/handoff';
import type { HandoffStore, Log } from '../services/ports';
import type { RedisClient } from './connection';
import { guardRedis, readBack } from './guard';
import type { RedisKeys } from './keys';
import { defineScript } from './scripts';

// KEYS: record, worker list. ARGV: JSON, start ms, id, ttl s.
// Creating is SET NX plus the list entry in one step, so a handoff is never half made and a second
// confirm of the same booking (a double tap, another instance) changes nothing.
const CREATE_SCRIPT = `
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[4]) then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
`;

// KEYS: record, worker list, previous worker list. ARGV: JSON, start ms, id.
// An update keeps the record's time to live; a handoff that moved to another worker leaves the old list.
const SAVE_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'KEEPTTL')
if KEYS[3] ~= KEYS[2] then redis.call('ZREM', KEYS[3], ARGV[3]) end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
`;

/**
 * Handoffs in Redis. Every key carries the `{<prefix>handoffs}` hash tag, so the scripts above run on
 * one node of a Redis Cluster. Records expire with the referral retention period; the lists drop ids
 * whose record has gone the next time they are read.
 */
export class RedisHandoffStore implements HandoffStore {
  private readonly createScript: (...args: (string | number)[]) => Promise<number>;
  private readonly saveScript: (...args: (string | number)[]) => Promise<number>;

  constructor(
    private readonly client: RedisClient,
    private readonly options: { keys: RedisKeys; retentionSeconds: number; log: Log },
  ) {
    this.createScript = defineScript(client, 'signpostHandoffCreateV2', 2, CREATE_SCRIPT);
    this.saveScript = defineScript(client, 'signpostHandoffSaveV2', 3, SAVE_SCRIPT);
  }

  async create(record: HandoffRecord): Promise<boolean> {
    const valid = handoffRecordSchema.parse(record);
    const { keys, retentionSeconds } = this.options;
    const created = await guardRedis('handoff create', () =>
      this.createScript(
        keys.handoff(valid.id),
        keys.handoffWorker(valid.workerId),
        JSON.stringify(valid),
        Date.parse(valid.start),
        valid.id,
        retentionSeconds,
      ),
    );
    return created === 1;
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const json = await guardRedis('handoff read', () => this.client.get(this.options.keys.handoff(id)));
    const record = readBack(json, (value) => handoffRecordSchema.safeParse(value));
    if (json !== null && !record)
      this.options.log.error({ handoffId: id }, 'unreadable handoff in redis, ignored');
    return record;
  }

  async save(record: HandoffRecord, previousWorkerId?: string): Promise<void> {
    const valid = handoffRecordSchema.parse(record);
    const { keys } = this.options;
    // The list is re-scored because a moved booking starts at another time.
    await guardRedis('handoff write', () =>
      this.saveScript(
        keys.handoff(valid.id),
        keys.handoffWorker(valid.workerId),
        keys.handoffWorker(previousWorkerId ?? valid.workerId),
        JSON.stringify(valid),
        Date.parse(valid.start),
        valid.id,
      ),
    );
  }

  async forWorker(input: { workerId: string; from: string; to: string }): Promise<HandoffRecord[]> {
    const listKey = this.options.keys.handoffWorker(input.workerId);
    const ids = await guardRedis('handoff list', () =>
      this.client.zrangebyscore(listKey, Date.parse(input.from), Date.parse(input.to)),
    );
    return this.records(ids, listKey);
  }

  private async records(ids: string[], listKey: string): Promise<HandoffRecord[]> {
    if (ids.length === 0) return [];
    const jsons = await guardRedis('handoff read', () =>
      this.client.mget(...ids.map((id) => this.options.keys.handoff(id))),
    );
    const records: HandoffRecord[] = [];
    const gone: string[] = [];
    // MGET answers one value per key, in order.
    jsons.forEach((json, index) => {
      const record = readBack(json, (value) => handoffRecordSchema.safeParse(value));
      if (record) records.push(record);
      else if (json === null) gone.push(itemAt(ids, index, 'the handoff id of an MGET answer'));
    });
    if (gone.length > 0) await guardRedis('handoff prune', () => this.client.zrem(listKey, ...gone));
    return records;
  }
}
