import type { AvailabilityChange } from '../domain/staff/availabilityOverride';
import type { StoredReference } from '../services/handoffs/conversationReference';
import { storedReferenceSchema } from '../services/handoffs/conversationReference';
import { handoffRecordSchema, type HandoffRecord } from '../services/handoffs/handoff';
import type {
  AuditLog,
  AvailabilityStore,
  ConversationReferenceStore,
  HandoffStore,
  OutboxStore,
  SafetyInboxStore,
  StaffReferralStore,
} from '../services/ports';
import {
  outboxDeliverySchema,
  outboxMessageSchema,
  recipientKey,
  type OutboxDelivery,
  type OutboxMessage,
} from '../services/handoffs/outbox';
import { safetyInboxItemSchema, type SafetyInboxItem } from '../services/safety/safetyInbox';
import { auditEntrySchema, type AuditEntry } from '../services/staff/audit';
import { availabilityEntrySchema } from '../services/staff/availabilityEntry';
import { staffReferralSchema, type StaffReferral } from '../services/staff/staffReferral';

/**
 * The staff stores in process memory, for dialog tests and the no-Redis mode. Each copies in and out
 * through its schema, as the Redis adapters do, so a test cannot pass by sharing an object. Leases and
 * retention are not timed here: one process, lost on restart.
 */

export class MemoryAuditLog implements AuditLog {
  readonly entries: AuditEntry[] = [];

  async append(entry: AuditEntry): Promise<void> {
    this.entries.push(auditEntrySchema.parse(entry));
  }
}

export class MemoryStaffReferralStore implements StaffReferralStore {
  private readonly items = new Map<string, string>();

  async load(patientKey: string): Promise<StaffReferral | undefined> {
    const json = this.items.get(patientKey);
    return json === undefined ? undefined : staffReferralSchema.parse(JSON.parse(json));
  }

  async save(referral: StaffReferral): Promise<void> {
    this.items.set(referral.patientKey, JSON.stringify(staffReferralSchema.parse(referral)));
  }
}

export class MemoryConversationReferences implements ConversationReferenceStore {
  private readonly items = new Map<string, string>();

  async save(key: string, reference: StoredReference): Promise<void> {
    this.items.set(key, JSON.stringify(storedReferenceSchema.parse(reference)));
  }

  async load(key: string): Promise<StoredReference | undefined> {
    const json = this.items.get(key);
    return json === undefined ? undefined : storedReferenceSchema.parse(JSON.parse(json));
  }

  async delete(key: string): Promise<void> {
    this.items.delete(key);
  }
}

export class MemoryAvailabilityStore implements AvailabilityStore {
  private readonly items = new Map<string, string[]>();

  async add(input: { workerId: string; change: AvailabilityChange; by: string; at: string }): Promise<void> {
    const entry = availabilityEntrySchema.parse({ change: input.change, by: input.by, at: input.at });
    const list = this.items.get(input.workerId) ?? [];
    list.push(JSON.stringify(entry));
    this.items.set(input.workerId, list);
  }

  async forWorker(workerId: string): Promise<AvailabilityChange[]> {
    return (this.items.get(workerId) ?? []).map(
      (json) => availabilityEntrySchema.parse(JSON.parse(json)).change,
    );
  }
}

export class MemoryHandoffStore implements HandoffStore {
  private readonly records = new Map<string, string>();

  async create(record: HandoffRecord): Promise<boolean> {
    const valid = handoffRecordSchema.parse(record);
    if (this.records.has(valid.id)) return false;
    this.records.set(valid.id, JSON.stringify(valid));
    return true;
  }

  async get(id: string): Promise<HandoffRecord | undefined> {
    const json = this.records.get(id);
    return json === undefined ? undefined : handoffRecordSchema.parse(JSON.parse(json));
  }

  async save(record: HandoffRecord): Promise<void> {
    const valid = handoffRecordSchema.parse(record);
    if (!this.records.has(valid.id)) return;
    this.records.set(valid.id, JSON.stringify(valid));
  }

  async forWorker(input: { workerId: string; from: string; to: string }): Promise<HandoffRecord[]> {
    const from = Date.parse(input.from);
    const to = Date.parse(input.to);
    return [...this.records.values()]
      .map((json) => handoffRecordSchema.parse(JSON.parse(json)))
      .filter((record) => record.workerId === input.workerId)
      .filter((record) => Date.parse(record.start) >= from && Date.parse(record.start) <= to)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
  }
}

/** The outbox in memory: same rules as the Redis one (add once, one lease, delivered once). */
export class MemoryOutboxStore implements OutboxStore {
  private readonly messages = new Map<string, string>();
  private readonly dueAt = new Map<string, number>();
  private readonly gaveUp = new Map<string, number>();
  private readonly leases = new Map<string, string>();
  private readonly delivered = new Map<string, string>();
  private next = 0;

  async add(message: OutboxMessage): Promise<boolean> {
    const valid = outboxMessageSchema.parse(message);
    if (this.messages.has(valid.id)) return false;
    this.messages.set(valid.id, JSON.stringify(valid));
    this.dueAt.set(valid.id, Date.parse(valid.nextAttemptAt));
    return true;
  }

  async get(id: string): Promise<OutboxMessage | undefined> {
    const json = this.messages.get(id);
    return json === undefined ? undefined : outboxMessageSchema.parse(JSON.parse(json));
  }

  async due(input: { now: Date; limit: number }): Promise<string[]> {
    return [...this.dueAt.entries()]
      .filter(([, at]) => at <= input.now.getTime())
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, input.limit)
      .map(([id]) => id);
  }

  async forRecipient(recipient: string): Promise<string[]> {
    const mine: OutboxMessage[] = [];
    for (const id of this.dueAt.keys()) {
      const message = await this.get(id);
      if (message && recipientKey(message.recipient) === recipient) mine.push(message);
    }
    return mine.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)).map((m) => m.id);
  }

  async pending(limit: number): Promise<OutboxMessage[]> {
    const ids = [...this.dueAt.keys(), ...this.gaveUp.keys()].slice(0, limit);
    const found = await Promise.all(ids.map((id) => this.get(id)));
    return found.filter((message): message is OutboxMessage => message !== undefined);
  }

  async claim(input: { id: string; ttlMs: number }): Promise<string | undefined> {
    if (this.leases.has(input.id)) return undefined;
    const token = `lease-${(this.next += 1)}`;
    this.leases.set(input.id, token);
    return token;
  }

  async release(input: { id: string; token: string }): Promise<void> {
    if (this.leases.get(input.id) === input.token) this.leases.delete(input.id);
  }

  async markDelivered(input: { id: string; recipient: string; delivery: OutboxDelivery }): Promise<boolean> {
    this.dueAt.delete(input.id);
    this.leases.delete(input.id);
    if (this.delivered.has(input.id)) return false;
    this.delivered.set(input.id, JSON.stringify(outboxDeliverySchema.parse(input.delivery)));
    return true;
  }

  async delivery(id: string): Promise<OutboxDelivery | undefined> {
    const json = this.delivered.get(id);
    return json === undefined ? undefined : outboxDeliverySchema.parse(JSON.parse(json));
  }

  async recordFailure(input: {
    id: string;
    token: string;
    at: string;
    reason: string;
    nextAttemptAt: string;
  }): Promise<void> {
    if (this.leases.get(input.id) !== input.token) return;
    this.leases.delete(input.id);
    const message = await this.get(input.id);
    if (!message) return;
    message.attempts += 1;
    message.lastAttemptAt = input.at;
    message.lastError = input.reason.slice(0, 200);
    message.nextAttemptAt = input.nextAttemptAt;
    this.messages.set(input.id, JSON.stringify(message));
    if (this.dueAt.has(input.id)) this.dueAt.set(input.id, Date.parse(input.nextAttemptAt));
  }

  async giveUp(input: { id: string; recipient: string; at: string; reason: string }): Promise<void> {
    const message = await this.get(input.id);
    if (message) {
      message.lastAttemptAt = input.at;
      message.lastError = input.reason.slice(0, 200);
      this.messages.set(input.id, JSON.stringify(message));
    }
    this.dueAt.delete(input.id);
    this.gaveUp.set(input.id, Date.parse(input.at));
  }
}

export class MemorySafetyInbox implements SafetyInboxStore {
  private readonly items = new Map<string, string>();
  private readonly seen = new Map<string, Set<string>>();

  async put(item: SafetyInboxItem): Promise<void> {
    this.items.set(item.id, JSON.stringify(safetyInboxItemSchema.parse(item)));
  }

  async remove(id: string): Promise<void> {
    this.items.delete(id);
  }

  async unseen(input: { staffId: string; limit: number }): Promise<SafetyInboxItem[]> {
    const seen = this.seen.get(input.staffId) ?? new Set<string>();
    return this.all()
      .filter((item) => !seen.has(item.id))
      .slice(0, input.limit);
  }

  async markSeen(input: { staffId: string; id: string }): Promise<void> {
    const seen = this.seen.get(input.staffId) ?? new Set<string>();
    seen.add(input.id);
    this.seen.set(input.staffId, seen);
  }

  async forPatient(patientKey: string): Promise<SafetyInboxItem[]> {
    return this.all().filter((item) => item.patientKey === patientKey);
  }

  private all(): SafetyInboxItem[] {
    return [...this.items.values()]
      .map((json) => safetyInboxItemSchema.parse(JSON.parse(json)))
      .sort((a, b) => Date.parse(a.flag.at) - Date.parse(b.flag.at));
  }
}
