import type {
  AuditLog,
  AvailabilityStore,
  ConversationReferenceStore,
  HandoffStore,
  Log,
  SafetyInboxStore,
  StaffReferralStore,
} from '../services/ports';
import type { RedisClient } from './connection';
import type { RedisKeys } from './keys';
import {
  MemoryAuditLog,
  MemoryAvailabilityStore,
  MemoryConversationReferences,
  MemoryHandoffStore,
  MemorySafetyInbox,
  MemoryStaffReferralStore,
} from './memoryStaffStores';
import { RedisSafetyInbox } from './redisSafetyInbox';
import { RedisAuditLog } from './redisAuditLog';
import { RedisAvailabilityStore } from './redisAvailabilityStore';
import { RedisConversationReferences } from './redisConversationReferences';
import { RedisHandoffStore } from './redisHandoffStore';
import { RedisStaffReferralStore } from './redisStaffReferralStore';

/** Every store the staff tools need, over one backend. */
export interface StaffStorage {
  audit: AuditLog;
  staffReferrals: StaffReferralStore;
  handoffs: HandoffStore;
  references: ConversationReferenceStore;
  availability: AvailabilityStore;
  safetyInbox: SafetyInboxStore;
}

export function redisStaffStorage(
  client: RedisClient,
  options: {
    keys: RedisKeys;
    /** Referral retention: receptionists' referrals, handoffs and their outcomes. */
    retentionSeconds: number;
    /** How long a conversation reference is kept without being refreshed. */
    referenceTtlSeconds: number;
    log: Log;
  },
): StaffStorage {
  const { keys, log } = options;
  return {
    audit: new RedisAuditLog(client, keys),
    staffReferrals: new RedisStaffReferralStore(client, {
      keys,
      retentionSeconds: options.retentionSeconds,
      log,
    }),
    handoffs: new RedisHandoffStore(client, { keys, retentionSeconds: options.retentionSeconds, log }),
    references: new RedisConversationReferences(client, { keys, ttlSeconds: options.referenceTtlSeconds }),
    availability: new RedisAvailabilityStore(client, { keys, log }),
    safetyInbox: new RedisSafetyInbox(client, { keys, retentionSeconds: options.retentionSeconds, log }),
  };
}

export function memoryStaffStorage(): StaffStorage {
  return {
    audit: new MemoryAuditLog(),
    staffReferrals: new MemoryStaffReferralStore(),
    handoffs: new MemoryHandoffStore(),
    references: new MemoryConversationReferences(),
    availability: new MemoryAvailabilityStore(),
    safetyInbox: new MemorySafetyInbox(),
  };
}
