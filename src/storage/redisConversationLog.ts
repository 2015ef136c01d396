import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { InfrastructureError } from '../services/errors/InfrastructureError';
import type {
  AppendOutcome,
  ChannelConversationLog,
  IndexedActivity,
  Log,
  RateDecision,
  RateLimiter,
  StoredActivity,
  TokenRevocations,
} from '../services/ports';
import type { RedisClient } from './connection';
import type { RedisKeys } from './keys';
import { ERASED_ACTIVITY } from './memoryConversationLog';
import { defineScript } from './scripts';

/**
 * The Direct Line activity log in Redis: a hash naming the conversation's user and a list of
 * activities as JSON, under one hash tag. Appending checks that the conversation exists and is not
 * full, pushes and slides the expiry of both keys in one script, so a reply can never recreate a
 * conversation that has expired. Instances learn of each other's appends by pub/sub.
 */

const OPEN_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'u', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1`;

// A conversation whose retention was limited (field k, in seconds) keeps the shorter of the two.
const APPEND_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
if redis.call('LLEN', KEYS[2]) >= tonumber(ARGV[3]) then return -2 end
local ttl = tonumber(ARGV[2])
local cap = tonumber(redis.call('HGET', KEYS[1], 'k'))
if cap and cap < ttl then ttl = cap end
local length = redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[1], ttl)
redis.call('EXPIRE', KEYS[2], ttl)
return length - 1`;

// Every activity becomes the placeholder; the list keeps its length and the conversation's expiry.
const ERASE_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local count = redis.call('LLEN', KEYS[2])
for i = 0, count - 1 do redis.call('LSET', KEYS[2], i, ARGV[1]) end
return count`;

const LIMIT_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local cap = tonumber(ARGV[1])
local old = tonumber(redis.call('HGET', KEYS[1], 'k'))
if old and old < cap then cap = old end
redis.call('HSET', KEYS[1], 'k', cap)
for _, key in ipairs(KEYS) do
  local ttl = redis.call('TTL', key)
  if ttl < 0 or ttl > cap then redis.call('EXPIRE', key, cap) end
end
return 1`;

const activitySchema = z.record(z.string(), z.unknown());

export interface RedisConversationLogOptions {
  keys: RedisKeys;
  log: Log;
}

export class RedisConversationLog implements ChannelConversationLog {
  private readonly openScript: (...args: (string | number)[]) => Promise<number>;
  private readonly appendScript: (...args: (string | number)[]) => Promise<number>;
  private readonly eraseScript: (...args: (string | number)[]) => Promise<number>;
  private readonly limitScript: (...args: (string | number)[]) => Promise<number>;
  /** Tells this instance's own listeners at once, without waiting for the pub/sub round trip. */
  private readonly listeners = new Set<(conversationId: string) => void>();
  private readonly instance = randomUUID();
  private subscriber: RedisClient | undefined;

  constructor(
    private readonly client: RedisClient,
    private readonly options: RedisConversationLogOptions,
  ) {
    this.openScript = defineScript(client, 'signpostDirectLineOpen', 1, OPEN_SCRIPT);
    this.appendScript = defineScript(client, 'signpostDirectLineAppend', 2, APPEND_SCRIPT);
    this.eraseScript = defineScript(client, 'signpostDirectLineErase', 2, ERASE_SCRIPT);
    this.limitScript = defineScript(client, 'signpostDirectLineLimit', 2, LIMIT_SCRIPT);
  }

  async open(input: { conversationId: string; userId: string; ttlSeconds: number }): Promise<boolean> {
    const { keys } = this.options;
    const created = await this.guard('open', () =>
      this.openScript(keys.directLineConversation(input.conversationId), input.userId, input.ttlSeconds),
    );
    return created === 1;
  }

  async owner(conversationId: string): Promise<string | undefined> {
    const user = await this.guard('read', () =>
      this.client.hget(this.options.keys.directLineConversation(conversationId), 'u'),
    );
    return user ?? undefined;
  }

  async append(input: {
    conversationId: string;
    activity: StoredActivity;
    ttlSeconds: number;
    maxActivities: number;
  }): Promise<AppendOutcome> {
    const { keys } = this.options;
    const index = await this.guard('append', () =>
      this.appendScript(
        keys.directLineConversation(input.conversationId),
        keys.directLineActivities(input.conversationId),
        JSON.stringify(input.activity),
        input.ttlSeconds,
        input.maxActivities,
      ),
    );
    if (index === -1) return { ok: false, reason: 'notFound' };
    if (index === -2) return { ok: false, reason: 'full' };
    this.notifyLocally(input.conversationId);
    // A lost notification only delays a push until the next activity; the poll and the log are intact.
    this.client
      .publish(keys.directLineEvents(), `${this.instance}\n${input.conversationId}`)
      .catch((err: unknown) => this.options.log.warn({ err: describe(err) }, 'direct line: publish failed'));
    return { ok: true, index };
  }

  async read(input: {
    conversationId: string;
    from: number;
    limit: number;
  }): Promise<{ found: false } | { found: true; activities: IndexedActivity[]; next: number }> {
    const { keys } = this.options;
    const [exists, items] = await this.guard('read', () =>
      Promise.all([
        this.client.exists(keys.directLineConversation(input.conversationId)),
        this.client.lrange(
          keys.directLineActivities(input.conversationId),
          input.from,
          input.from + input.limit - 1,
        ),
      ]),
    );
    if (exists === 0) return { found: false };
    const activities: IndexedActivity[] = [];
    items.forEach((item, offset) => {
      const activity = parseActivity(item);
      if (activity) activities.push({ index: input.from + offset, activity });
      else this.options.log.error({}, 'direct line: unreadable activity in redis, skipped');
    });
    return { found: true, activities, next: input.from + items.length };
  }

  async watch(listener: (conversationId: string) => void): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    await this.subscribe();
    return async () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) await this.unsubscribe();
    };
  }

  async erase(conversationId: string): Promise<boolean> {
    const { keys } = this.options;
    const count = await this.guard('erase', () =>
      this.eraseScript(
        keys.directLineConversation(conversationId),
        keys.directLineActivities(conversationId),
        JSON.stringify(ERASED_ACTIVITY),
      ),
    );
    return count >= 0;
  }

  async limitRetention(input: { conversationId: string; ttlSeconds: number }): Promise<void> {
    const { keys } = this.options;
    await this.guard('limit', () =>
      this.limitScript(
        keys.directLineConversation(input.conversationId),
        keys.directLineActivities(input.conversationId),
        input.ttlSeconds,
      ),
    );
  }

  private notifyLocally(conversationId: string): void {
    for (const listener of this.listeners) listener(conversationId);
  }

  private async subscribe(): Promise<void> {
    if (this.subscriber) return;
    const subscriber = this.client.duplicate();
    this.subscriber = subscriber;
    subscriber.on('error', (err: Error) =>
      this.options.log.warn({ err: describe(err) }, 'direct line: redis subscriber problem'),
    );
    subscriber.on('message', (_channel: string, message: string) => {
      const [from, conversationId] = message.split('\n');
      if (from !== this.instance && conversationId) this.notifyLocally(conversationId);
    });
    await this.guard('subscribe', () => subscriber.subscribe(this.options.keys.directLineEvents()));
  }

  private async unsubscribe(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = undefined;
    if (!subscriber) return;
    await subscriber.quit().catch(() => subscriber.disconnect());
  }

  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw new InfrastructureError(`Redis direct line ${operation} failed: ${describe(err).message}`, {
        cause: err,
      });
    }
  }
}

/**
 * A token bucket per subject in a Redis hash, counted with Redis's own clock (TIME) so that
 * instances whose clocks disagree share one fair bucket.
 */
const TAKE_SCRIPT = `
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2]) / 60000
local bucket = redis.call('HMGET', KEYS[1], 'v', 't')
local tokens = tonumber(bucket[1]) or capacity
local since = tonumber(bucket[2]) or ms
tokens = math.min(capacity, tokens + math.max(0, ms - since) * perMs)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / perMs) end
redis.call('HSET', KEYS[1], 'v', tostring(tokens), 't', tostring(ms))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / perMs) + 1000)
return wait`;

export class RedisRateLimiter implements RateLimiter {
  private readonly takeScript: (...args: (string | number)[]) => Promise<number>;

  constructor(
    client: RedisClient,
    private readonly options: { keys: RedisKeys },
  ) {
    this.takeScript = defineScript(client, 'signpostDirectLineTake', 1, TAKE_SCRIPT);
  }

  async take(input: { subject: string; capacity: number; refillPerMinute: number }): Promise<RateDecision> {
    let wait: number;
    try {
      wait = await this.takeScript(
        this.options.keys.directLineRate(input.subject),
        input.capacity,
        input.refillPerMinute,
      );
    } catch (err) {
      throw new InfrastructureError(`Redis rate limit failed: ${describe(err).message}`, { cause: err });
    }
    return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
  }
}

/** Revoked tokens as keys that expire with the token they name (SET NX EXAT). */
export class RedisTokenRevocations implements TokenRevocations {
  constructor(
    private readonly client: RedisClient,
    private readonly options: { keys: RedisKeys },
  ) {}

  async revoke(input: { id: string; untilEpochSeconds: number }): Promise<boolean> {
    try {
      const set = await this.client.set(
        this.options.keys.directLineRevoked(input.id),
        '1',
        'EXAT',
        Math.max(input.untilEpochSeconds, 1),
        'NX',
      );
      return set === 'OK';
    } catch (err) {
      throw new InfrastructureError(`Redis token revocation failed: ${describe(err).message}`, {
        cause: err,
      });
    }
  }

  async isRevoked(id: string): Promise<boolean> {
    try {
      return (await this.client.exists(this.options.keys.directLineRevoked(id))) === 1;
    } catch (err) {
      throw new InfrastructureError(`Redis token revocation check failed: ${describe(err).message}`, {
        cause: err,
      });
    }
  }
}

function parseActivity(json: string): StoredActivity | undefined {
  try {
    const parsed = activitySchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function describe(err: unknown): { message: string } {
  return { message: err instanceof Error ? err.message : String(err) };
}
