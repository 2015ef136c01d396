import type { ChannelConversationLog, Log, RateLimiter, TokenRevocations } from '../services/ports';
import type { RedisClient } from './connection';
import type { RedisKeys } from './keys';
import { MemoryConversationLog, MemoryRateLimiter, MemoryTokenRevocations } from './memoryConversationLog';
import { RedisConversationLog, RedisRateLimiter, RedisTokenRevocations } from './redisConversationLog';

/**
 * The Direct Line channel's stores over the backend's Redis (shared by every instance), or in
 * process memory when the backend has no Redis.
 */
export function createChannelStores(
  backend: { redis: RedisClient | undefined; keys: RedisKeys },
  log: Log,
): {
  conversations: ChannelConversationLog;
  rateLimiter: RateLimiter;
  revocations: TokenRevocations;
} {
  if (!backend.redis)
    return {
      conversations: new MemoryConversationLog(),
      rateLimiter: new MemoryRateLimiter(),
      revocations: new MemoryTokenRevocations(),
    };
  return {
    conversations: new RedisConversationLog(backend.redis, { keys: backend.keys, log }),
    rateLimiter: new RedisRateLimiter(backend.redis, { keys: backend.keys }),
    revocations: new RedisTokenRevocations(backend.redis, { keys: backend.keys }),
  };
}
