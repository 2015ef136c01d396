import type { AvailabilityChange } from '../domain/staff/availabilityOverride';
import type { AvailabilityStore, Log } from '../services/ports';
import { availabilityEntrySchema } from '../services/staff/availabilityEntry';
import type { RedisClient } from './connection';
import { guardRedis, readBack } from './guard';
import type { RedisKeys } from './keys';

/** Each link worker's diary changes as a Redis list of JSON entries, in the order they were made. */
export class RedisAvailabilityStore implements AvailabilityStore {
  constructor(
    private readonly client: RedisClient,
    private readonly options: { keys: RedisKeys; log: Log },
  ) {}

  async add(input: { workerId: string; change: AvailabilityChange; by: string; at: string }): Promise<void> {
    const entry = availabilityEntrySchema.parse({ change: input.change, by: input.by, at: input.at });
    await guardRedis('availability write', () =>
      this.client.rpush(this.options.keys.availability(input.workerId), JSON.stringify(entry)),
    );
  }

  async forWorker(workerId: string): Promise<AvailabilityChange[]> {
    const items = await guardRedis('availability read', () =>
      this.client.lrange(this.options.keys.availability(workerId), 0, -1),
    );
    const changes: AvailabilityChange[] = [];
    for (const item of items) {
      const entry = readBack(item, (value) => availabilityEntrySchema.safeParse(value));
      if (entry) changes.push(entry.change);
      else this.options.log.error({ workerId }, 'unreadable availability change in redis, ignored');
    }
    return changes;
  }
}
