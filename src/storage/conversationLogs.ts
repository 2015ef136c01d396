import type { ChannelConversationLog, Log, RateLimiter } from '../services/ports';
import type { RedisClient } from './connection';
import type { RedisKeys } from './keys';
import { MemoryConversationLog, MemoryRateLimiter } from './memoryConversationLog';
import { RedisConversationLog, RedisRateLimiter } from './redisConversationLog';

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
} {
  if (!backend.redis)
    return { conversations: new MemoryConversationLog(), rateLimiter: new MemoryRateLimiter() };
  return {
    conversations: new RedisConversationLog(backend.redis, { keys: backend.keys, log }),
    rateLimiter: new RedisRateLimiter(backend.redis, { keys: backend.keys }),
  };
}
