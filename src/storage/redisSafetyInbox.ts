import { safetyInboxItemSchema, type SafetyInboxItem } from '../services/safety/safetyInbox';
import type { Log, SafetyInboxStore } from '../services/ports';
import type { RedisClient } from './connection';
import { guardRedis, readBack } from './guard';
import type { RedisKeys } from './keys';

/** How far back an inbox read looks: more than a practice raises between two messages of a link worker. */
const READ_WINDOW = 500;

/**
 * The safety inbox in Redis. Every key carries the `{<prefix>safety}` hash tag. Items expire with the
 * referral retention period; the order set and the seen and patient sets drop ids whose item has gone
 * the next time they are read.
 */
export class RedisSafetyInbox implements SafetyInboxStore {
  constructor(
    private readonly client: RedisClient,
    private readonly options: { keys: RedisKeys; retentionSeconds: number; log: Log },
  ) {}

  async put(item: SafetyInboxItem): Promise<void> {
    const valid = safetyInboxItemSchema.parse(item);
    const { keys, retentionSeconds } = this.options;
    await guardRedis('safety inbox write', async () => {
      await this.client.set(keys.safetyInboxItem(valid.id), JSON.stringify(valid), 'EX', retentionSeconds);
      await this.client.zadd(keys.safetyInboxOrder(), Date.parse(valid.flag.at), valid.id);
      await this.client.sadd(keys.safetyInboxPatient(valid.patientKey), valid.id);
      await this.client.expire(keys.safetyInboxPatient(valid.patientKey), retentionSeconds);
    });
  }

  async remove(id: string): Promise<void> {
    const { keys } = this.options;
    await guardRedis('safety inbox remove', async () => {
      const item = await this.read(id);
      await this.client.del(keys.safetyInboxItem(id));
      await this.client.zrem(keys.safetyInboxOrder(), id);
      if (item) await this.client.srem(keys.safetyInboxPatient(item.patientKey), id);
    });
  }

  async unseen(input: { staffId: string; limit: number }): Promise<SafetyInboxItem[]> {
    const { keys } = this.options;
    return guardRedis('safety inbox read', async () => {
      const ids = await this.client.zrange(keys.safetyInboxOrder(), -READ_WINDOW, -1);
      if (ids.length === 0) return [];
      const seen = await this.client.smismember(keys.safetyInboxSeen(input.staffId), ...ids);
      const out: SafetyInboxItem[] = [];
      for (const [index, id] of ids.entries()) {
        if (seen[index] === 1) continue;
        const item = await this.read(id);
        if (!item) {
          await this.client.zrem(keys.safetyInboxOrder(), id);
          continue;
        }
        out.push(item);
        if (out.length >= input.limit) break;
      }
      return out;
    });
  }

  async markSeen(input: { staffId: string; id: string }): Promise<void> {
    const { keys, retentionSeconds } = this.options;
    await guardRedis('safety inbox seen', async () => {
      await this.client.sadd(keys.safetyInboxSeen(input.staffId), input.id);
      await this.client.expire(keys.safetyInboxSeen(input.staffId), retentionSeconds);
    });
  }

  async forPatient(patientKey: string): Promise<SafetyInboxItem[]> {
    const { keys } = this.options;
    return guardRedis('safety inbox read', async () => {
      const ids = await this.client.smembers(keys.safetyInboxPatient(patientKey));
      const out: SafetyInboxItem[] = [];
      for (const id of ids.sort()) {
        const item = await this.read(id);
        if (item) out.push(item);
      }
      return out;
    });
  }

  private async read(id: string): Promise<SafetyInboxItem | undefined> {
    const json = await this.client.get(this.options.keys.safetyInboxItem(id));
    const item = readBack(json, (value) => safetyInboxItemSchema.safeParse(value));
    if (json !== null && !item)
      this.options.log.error({ itemId: id }, 'unreadable safety inbox item, ignored');
    return item;
  }
}
