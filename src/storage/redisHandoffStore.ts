import { itemAt } from '../domain/lists';
import { handoffRecordSchema, type HandoffRecord } from '../services/handoffs/handoff';
import type { HandoffStore, Log } from '../services/ports';
import type { RedisClient } from './connection';
import { guardRedis, readBack } from './guard';
import type { RedisKeys } from './keys';
import { defineScript } from './scripts';

// KEYS: record, worker list, outbox. ARGV: JSON, start ms, created ms, ttl s.
// Creating is SET NX plus the two index entries in one step, so a handoff is never half made and a
// second confirm of the same booking (a double tap, another instance) changes nothing.
const CREATE_SCRIPT = `
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[4]) then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], cjson.decode(ARGV[1]).id)
redis.call('ZADD', KEYS[3], ARGV[3], cjson.decode(ARGV[1]).id)
return 1
`;

// KEYS: delivered marker, outbox, lease. ARGV: id, when, ttl s.
const DELIVERED_SCRIPT = `
local first = redis.call('SET', KEYS[1], ARGV[2], 'NX', 'EX', ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('DEL', KEYS[3])
if first then return 1 end
return 0
`;

/**
 * Handoffs in Redis. Every key carries the `{<prefix>handoffs}` hash tag, so the scripts above run on
 * one node of a Redis Cluster. Records and delivery markers expire with the referral retention period;
 * the sorted sets drop ids whose record has gone the next time they are read.
 */
export class RedisHandoffStore implements HandoffStore {
  private readonly createScript: (...args: (string | number)[]) => Promise<number>;
  private readonly deliveredScript: (...args: (string | number)[]) => Promise<number>;

  constructor(
    private readonly client: RedisClient,
    private readonly options: { keys: RedisKeys; retentionSeconds: number; log: Log },
  ) {
    this.createScript = defineScript(client, 'signpostHandoffCreate', 3, CREATE_SCRIPT);
    this.deliveredScript = defineScript(client, 'signpostHandoffDelivered', 3, DELIVERED_SCRIPT);
  }

  async create(record: HandoffRecord): Promise<boolean> {
    const valid = handoffRecordSchema.parse(record);
    const { keys, retentionSeconds } = this.options;
    const created = await guardRedis('handoff create', () =>
      this.createScript(
        keys.handoff(valid.id),
        keys.handoffWorker(valid.workerId),
        keys.handoffOutbox(valid.workerId),
        JSON.stringify(valid),
        Date.parse(valid.start),
        Date.parse(valid.createdAt),
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

  async save(record: HandoffRecord): Promise<void> {
    const valid = handoffRecordSchema.parse(record);
    const { keys } = this.options;
    // KEEPTTL: an update must not extend how long the record is kept. The list is re-scored because a
    // moved booking starts at another time.
    await guardRedis('handoff write', async () => {
      await this.client.set(keys.handoff(valid.id), JSON.stringify(valid), 'KEEPTTL');
      await this.client.zadd(keys.handoffWorker(valid.workerId), Date.parse(valid.start), valid.id);
    });
  }

  async forWorker(input: { workerId: string; from: string; to: string }): Promise<HandoffRecord[]> {
    const listKey = this.options.keys.handoffWorker(input.workerId);
    const ids = await guardRedis('handoff list', () =>
      this.client.zrangebyscore(listKey, Date.parse(input.from), Date.parse(input.to)),
    );
    return this.records(ids, listKey);
  }

  async outbox(workerId: string): Promise<string[]> {
    return guardRedis('handoff outbox', () =>
      this.client.zrange(this.options.keys.handoffOutbox(workerId), 0, -1),
    );
  }

  async claimDelivery(input: { id: string; ttlMs: number }): Promise<boolean> {
    const taken = await guardRedis('handoff lease', () =>
      this.client.set(this.options.keys.handoffLease(input.id), '1', 'PX', input.ttlMs, 'NX'),
    );
    return taken === 'OK';
  }

  async releaseDelivery(id: string): Promise<void> {
    await guardRedis('handoff lease release', () => this.client.del(this.options.keys.handoffLease(id)));
  }

  async markDelivered(input: { id: string; workerId: string; at: string }): Promise<boolean> {
    const { keys, retentionSeconds } = this.options;
    const first = await guardRedis('handoff delivered', () =>
      this.deliveredScript(
        keys.handoffDelivered(input.id),
        keys.handoffOutbox(input.workerId),
        keys.handoffLease(input.id),
        input.id,
        input.at,
        retentionSeconds,
      ),
    );
    return first === 1;
  }

  async isDelivered(id: string): Promise<boolean> {
    const found = await guardRedis('handoff delivered read', () =>
      this.client.exists(this.options.keys.handoffDelivered(id)),
    );
    return found === 1;
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
