import type { AvailabilityChange } from '../domain/staff/availabilityOverride';
import type { StoredReference } from '../services/handoffs/conversationReference';
import { storedReferenceSchema } from '../services/handoffs/conversationReference';
import { handoffRecordSchema, type HandoffRecord } from '../services/handoffs/handoff';
import type {
  AuditLog,
  AvailabilityStore,
  ConversationReferenceStore,
  HandoffStore,
  SafetyInboxStore,
  StaffReferralStore,
} from '../services/ports';
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
  private readonly outboxes = new Map<string, Map<string, number>>();
  private readonly leases = new Set<string>();
  private readonly delivered = new Set<string>();

  async create(record: HandoffRecord): Promise<boolean> {
    const valid = handoffRecordSchema.parse(record);
    if (this.records.has(valid.id)) return false;
    this.records.set(valid.id, JSON.stringify(valid));
    const outbox = this.outboxes.get(valid.workerId) ?? new Map<string, number>();
    outbox.set(valid.id, Date.parse(valid.createdAt));
    this.outboxes.set(valid.workerId, outbox);
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

  async outbox(workerId: string): Promise<string[]> {
    const outbox = this.outboxes.get(workerId) ?? new Map<string, number>();
    return [...outbox.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  }

  async claimDelivery(input: { id: string; ttlMs: number }): Promise<boolean> {
    if (this.leases.has(input.id)) return false;
    this.leases.add(input.id);
    return true;
  }

  async releaseDelivery(id: string): Promise<void> {
    this.leases.delete(id);
  }

  async markDelivered(input: { id: string; workerId: string; at: string }): Promise<boolean> {
    this.outboxes.get(input.workerId)?.delete(input.id);
    this.leases.delete(input.id);
    if (this.delivered.has(input.id)) return false;
    this.delivered.add(input.id);
    return true;
  }

  async isDelivered(id: string): Promise<boolean> {
    return this.delivered.has(id);
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
