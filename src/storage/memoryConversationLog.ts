import type {
  AppendOutcome,
  ChannelConversationLog,
  IndexedActivity,
  RateDecision,
  RateLimiter,
  StoredActivity,
  TokenRevocations,
} from '../services/ports';

interface Entry {
  userId: string;
  activities: string[];
  expiresAt: number;
  /** A shorter retention set by limitRetention, in seconds. */
  cap?: number;
}

/** What an erased activity becomes: nothing a client shows, nothing anyone said. */
export const ERASED_ACTIVITY: StoredActivity = { type: 'event', name: 'signpost.erased' };

/**
 * The Direct Line activity log in process memory, for a single instance without Redis. Activities
 * are kept as JSON so that what a reader gets is a copy, as it would be from Redis.
 */
export class MemoryConversationLog implements ChannelConversationLog {
  private readonly conversations = new Map<string, Entry>();
  private readonly listeners = new Set<(conversationId: string) => void>();

  constructor(private readonly now: () => number = Date.now) {}

  async open(input: { conversationId: string; userId: string; ttlSeconds: number }): Promise<boolean> {
    if (this.live(input.conversationId)) return false;
    this.prune();
    this.conversations.set(input.conversationId, {
      userId: input.userId,
      activities: [],
      expiresAt: this.now() + input.ttlSeconds * 1000,
    });
    return true;
  }

  async owner(conversationId: string): Promise<string | undefined> {
    return this.live(conversationId)?.userId;
  }

  async append(input: {
    conversationId: string;
    activity: StoredActivity;
    ttlSeconds: number;
    maxActivities: number;
  }): Promise<AppendOutcome> {
    const entry = this.live(input.conversationId);
    if (!entry) return { ok: false, reason: 'notFound' };
    if (entry.activities.length >= input.maxActivities) return { ok: false, reason: 'full' };
    entry.activities.push(JSON.stringify(input.activity));
    entry.expiresAt = this.now() + Math.min(input.ttlSeconds, entry.cap ?? Infinity) * 1000;
    for (const listener of this.listeners) listener(input.conversationId);
    return { ok: true, index: entry.activities.length - 1 };
  }

  async read(input: {
    conversationId: string;
    from: number;
    limit: number;
  }): Promise<{ found: false } | { found: true; activities: IndexedActivity[]; next: number }> {
    const entry = this.live(input.conversationId);
    if (!entry) return { found: false };
    const items = entry.activities.slice(input.from, input.from + input.limit);
    return {
      found: true,
      activities: items.map((item, offset) => ({
        index: input.from + offset,
        activity: JSON.parse(item) as StoredActivity,
      })),
      next: input.from + items.length,
    };
  }

  async watch(listener: (conversationId: string) => void): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }

  async erase(conversationId: string): Promise<boolean> {
    const entry = this.live(conversationId);
    if (!entry) return false;
    entry.activities = entry.activities.map(() => JSON.stringify(ERASED_ACTIVITY));
    return true;
  }

  async limitRetention(input: { conversationId: string; ttlSeconds: number }): Promise<void> {
    const entry = this.live(input.conversationId);
    if (!entry) return;
    entry.cap = Math.min(entry.cap ?? Infinity, input.ttlSeconds);
    entry.expiresAt = Math.min(entry.expiresAt, this.now() + input.ttlSeconds * 1000);
  }

  private live(conversationId: string): Entry | undefined {
    const entry = this.conversations.get(conversationId);
    if (entry && entry.expiresAt <= this.now()) {
      this.conversations.delete(conversationId);
      return undefined;
    }
    return entry;
  }

  /** Expired conversations are dropped when a new one opens, so memory use follows live ones. */
  private prune(): void {
    const now = this.now();
    for (const [id, entry] of this.conversations) if (entry.expiresAt <= now) this.conversations.delete(id);
  }
}

/** Revoked tokens in process memory (one instance only), forgotten once they would have expired. */
export class MemoryTokenRevocations implements TokenRevocations {
  private readonly revoked = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async revoke(input: { id: string; untilEpochSeconds: number }): Promise<boolean> {
    const nowSeconds = this.now() / 1000;
    for (const [id, until] of this.revoked) if (until <= nowSeconds) this.revoked.delete(id);
    if (this.revoked.has(input.id)) return false;
    this.revoked.set(input.id, input.untilEpochSeconds);
    return true;
  }

  async isRevoked(id: string): Promise<boolean> {
    const until = this.revoked.get(id);
    return until !== undefined && until > this.now() / 1000;
  }
}

/** Token buckets in process memory (one instance only). */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async take(input: { subject: string; capacity: number; refillPerMinute: number }): Promise<RateDecision> {
    const now = this.now();
    const perMs = input.refillPerMinute / 60000;
    const bucket = this.buckets.get(input.subject) ?? { tokens: input.capacity, at: now };
    const tokens = Math.min(input.capacity, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
    if (tokens >= 1) {
      this.buckets.set(input.subject, { tokens: tokens - 1, at: now });
      return { allowed: true };
    }
    this.buckets.set(input.subject, { tokens, at: now });
    return { allowed: false, retryAfterMs: Math.ceil((1 - tokens) / perMs) };
  }
}
