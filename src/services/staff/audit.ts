import { z } from 'zod';
import { STAFF_ROLES, type StaffMember } from '../../domain/staff/staffDirectory';
import type { AuditLog, Clock } from '../ports';

/**
 * What a staff member did, for the practice's audit trail. Only ids and codes: never a patient's
 * name, words or notes, so the log can be read by whoever looks after the system.
 */
export const AUDIT_ACTIONS = [
  /** A receptionist's request was checked for red flags (code: the urgency found). */
  'triage.assessed',
  /** The patient's consent decision was recorded (code: the SNOMED CT concept). */
  'triage.consentRecorded',
  /** A receptionist booked a link-worker slot for a patient. */
  'triage.booked',
  'handoff.listed',
  'handoff.opened',
  'handoff.accepted',
  'handoff.attended',
  'handoff.didNotAttend',
  'handoff.outcomeRecorded',
  /** A red flag in a link worker's outcome note was kept on the patient's record (code: the urgency). */
  'handoff.safetyFlag',
  /** Leave or an exception was added to a link worker's diary (code: leave or remove or add). */
  'availability.changed',
  /** A booking was cancelled because of that change. */
  'availability.bookingCancelled',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const instant = z.string().datetime({ offset: true });
const opaque = z.string().min(1).max(200);

export const auditEntrySchema = z
  .object({
    at: instant,
    staffId: opaque,
    role: z.enum(STAFF_ROLES),
    action: z.enum(AUDIT_ACTIONS),
    referralId: opaque.optional(),
    bookingId: opaque.optional(),
    handoffId: opaque.optional(),
    /** A code, never text: an urgency, a SNOMED CT concept id, a status. */
    code: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,40}$/)
      .optional(),
  })
  .strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export type AuditDetails = Pick<AuditEntry, 'referralId' | 'bookingId' | 'handoffId' | 'code'>;

/** Writes audit entries with the time and the staff member filled in. */
export class StaffAudit {
  constructor(private readonly deps: { log: AuditLog; clock: Clock }) {}

  record(member: StaffMember, action: AuditAction, details: AuditDetails = {}): Promise<void> {
    const entry = auditEntrySchema.parse({
      at: this.deps.clock.now().toISOString(),
      staffId: member.id,
      role: member.role,
      action,
      ...details,
    });
    return this.deps.log.append(entry);
  }
}
