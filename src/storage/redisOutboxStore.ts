import { randomUUID } from 'node:crypto';
import {
  outboxDeliverySchema,
  outboxMessageSchema,
  type OutboxDelivery,
  type OutboxMessage,
  recipientKey,
} from '../services/handoffs/outbox';
import type { Log, OutboxStore } from '../services/ports';
import type { RedisClient } from './connection';
import { guardRedis, readBack } from './guard';
import type { RedisKeys } from './keys';
import { defineScript } from './scripts';

// KEYS: message, due, recipient. ARGV: JSON, due ms, created ms, id, ttl s.
const ADD_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[5])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[4])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4])
return 1
`;

// KEYS: delivered marker, due, recipient, lease. ARGV: id, delivery JSON, ttl s.
// The marker is SET NX: whoever marks a message second learns it was delivered already.
const DELIVERED_SCRIPT = `
local first = redis.call('SET', KEYS[1], ARGV[2], 'NX', 'EX', ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('DEL', KEYS[4])
if first then return 1 end
return 0
`;

// KEYS: message, due, lease. ARGV: token, at, reason, next ISO, next ms, id.
// Only the lease holder records its failure; ZADD XX never puts back a message delivered meanwhile.
const FAILURE_SCRIPT = `
if redis.call('GET', KEYS[3]) ~= ARGV[1] then return 0 end
local json = redis.call('GET', KEYS[1])
if json then
  local message = cjson.decode(json)
  message.attempts = (message.attempts or 0) + 1
  message.lastAttemptAt = ARGV[2]
  message.lastError = ARGV[3]
  message.nextAttemptAt = ARGV[4]
  redis.call('SET', KEYS[1], cjson.encode(message), 'KEEPTTL')
  redis.call('ZADD', KEYS[2], 'XX', ARGV[5], ARGV[6])
end
redis.call('DEL', KEYS[3])
return 1
`;

// KEYS: message, due, recipient, given up. ARGV: at, reason, at ms, id.
const GIVE_UP_SCRIPT = `
local json = redis.call('GET', KEYS[1])
if json then
  local message = cjson.decode(json)
  message.lastAttemptAt = ARGV[1]
  message.lastError = ARGV[2]
  redis.call('SET', KEYS[1], cjson.encode(message), 'KEEPTTL')
end
redis.call('ZREM', KEYS[2], ARGV[4])
redis.call('ZREM', KEYS[3], ARGV[4])
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[4])
return 1
`;

// KEYS: lease. ARGV: token.
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/**
 * The outbox in Redis. Every key carries the `{<prefix>handoffs}` hash tag, so each script runs on one
 * node of a Redis Cluster. Messages, markers and indexes live as long as referrals are kept; a message
 * whose record has gone is dropped from the indexes the next time they are read.
 */
export class RedisOutboxStore implements OutboxStore {
  private readonly addScript: (...args: (string | number)[]) => Promise<number>;
  private readonly deliveredScript: (...args: (string | number)[]) => Promise<number>;
  private readonly failureScript: (...args: (string | number)[]) => Promise<number>;
  private readonly giveUpScript: (...args: (string | number)[]) => Promise<number>;
  private readonly releaseScript: (...args: (string | number)[]) => Promise<number>;

  constructor(
    private readonly client: RedisClient,
    private readonly options: { keys: RedisKeys; retentionSeconds: number; log: Log },
  ) {
    this.addScript = defineScript(client, 'signpostOutboxAdd', 3, ADD_SCRIPT);
    this.deliveredScript = defineScript(client, 'signpostOutboxDelivered', 4, DELIVERED_SCRIPT);
    this.failureScript = defineScript(client, 'signpostOutboxFailure', 3, FAILURE_SCRIPT);
    this.giveUpScript = defineScript(client, 'signpostOutboxGiveUp', 4, GIVE_UP_SCRIPT);
    this.releaseScript = defineScript(client, 'signpostOutboxRelease', 1, RELEASE_SCRIPT);
  }

  async add(message: OutboxMessage): Promise<boolean> {
    const valid = outboxMessageSchema.parse(message);
    const { keys, retentionSeconds } = this.options;
    const added = await guardRedis('outbox add', () =>
      this.addScript(
        keys.outboxMessage(valid.id),
        keys.outboxDue(),
        keys.outboxRecipient(recipientKey(valid.recipient)),
        JSON.stringify(valid),
        Date.parse(valid.nextAttemptAt),
        Date.parse(valid.createdAt),
        valid.id,
        retentionSeconds,
      ),
    );
    return added === 1;
  }

  async get(id: string): Promise<OutboxMessage | undefined> {
    const json = await guardRedis('outbox read', () => this.client.get(this.options.keys.outboxMessage(id)));
    const message = readBack(json, (value) => outboxMessageSchema.safeParse(value));
    if (json !== null && !message) this.options.log.error({ messageId: id }, 'unreadable outbox message');
    return message;
  }

  async due(input: { now: Date; limit: number }): Promise<string[]> {
    return guardRedis('outbox due', () =>
      this.client.zrangebyscore(
        this.options.keys.outboxDue(),
        0,
        input.now.getTime(),
        'LIMIT',
        0,
        input.limit,
      ),
    );
  }

  async forRecipient(recipient: string): Promise<string[]> {
    return guardRedis('outbox recipient', () =>
      this.client.zrange(this.options.keys.outboxRecipient(recipient), 0, -1),
    );
  }

  async pending(limit: number): Promise<OutboxMessage[]> {
    const { keys } = this.options;
    const ids = await guardRedis('outbox pending', () => this.client.zrange(keys.outboxDue(), 0, limit - 1));
    const given = await guardRedis('outbox given up', () =>
      this.client.zrevrange(keys.outboxGivenUp(), 0, limit - 1),
    );
    const all = [...ids, ...given];
    if (all.length === 0) return [];
    const jsons = await guardRedis('outbox read', () =>
      this.client.mget(...all.map((id) => keys.outboxMessage(id))),
    );
    const messages: OutboxMessage[] = [];
    for (const json of jsons) {
      const message = readBack(json, (value) => outboxMessageSchema.safeParse(value));
      if (message) messages.push(message);
    }
    return messages;
  }

  async claim(input: { id: string; ttlMs: number }): Promise<string | undefined> {
    const token = randomUUID();
    const taken = await guardRedis('outbox lease', () =>
      this.client.set(this.options.keys.outboxLease(input.id), token, 'PX', input.ttlMs, 'NX'),
    );
    return taken === 'OK' ? token : undefined;
  }

  async release(input: { id: string; token: string }): Promise<void> {
    await guardRedis('outbox lease release', () =>
      this.releaseScript(this.options.keys.outboxLease(input.id), input.token),
    );
  }

  async markDelivered(input: { id: string; recipient: string; delivery: OutboxDelivery }): Promise<boolean> {
    const { keys, retentionSeconds } = this.options;
    const first = await guardRedis('outbox delivered', () =>
      this.deliveredScript(
        keys.outboxDelivered(input.id),
        keys.outboxDue(),
        keys.outboxRecipient(input.recipient),
        keys.outboxLease(input.id),
        input.id,
        JSON.stringify(outboxDeliverySchema.parse(input.delivery)),
        retentionSeconds,
      ),
    );
    return first === 1;
  }

  async delivery(id: string): Promise<OutboxDelivery | undefined> {
    const json = await guardRedis('outbox delivered read', () =>
      this.client.get(this.options.keys.outboxDelivered(id)),
    );
    return readBack(json, (value) => outboxDeliverySchema.safeParse(value));
  }

  async recordFailure(input: {
    id: string;
    token: string;
    at: string;
    reason: string;
    nextAttemptAt: string;
  }): Promise<void> {
    const { keys } = this.options;
    await guardRedis('outbox failure', () =>
      this.failureScript(
        keys.outboxMessage(input.id),
        keys.outboxDue(),
        keys.outboxLease(input.id),
        input.token,
        input.at,
        input.reason.slice(0, 200),
        input.nextAttemptAt,
        Date.parse(input.nextAttemptAt),
        input.id,
      ),
    );
  }

  async giveUp(input: { id: string; recipient: string; at: string; reason: string }): Promise<void> {
    const { keys } = this.options;
    await guardRedis('outbox give up', () =>
      this.giveUpScript(
        keys.outboxMessage(input.id),
        keys.outboxDue(),
        keys.outboxRecipient(input.recipient),
        keys.outboxGivenUp(),
        input.at,
        input.reason.slice(0, 200),
        Date.parse(input.at),
        input.id,
      ),
    );
  }
}
