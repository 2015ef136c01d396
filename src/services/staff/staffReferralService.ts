import { randomUUID } from 'node:crypto';
import type { NeedId } from '../../domain/needs/taxonomy';
import type { StaffMember } from '../../domain/staff/staffDirectory';
import type { Clock, StaffReferralStore } from '../ports';
import type { ReferralService } from '../referrals/referralService';
import type { SafetyFlag } from '../safety/safetyFlag';
import type { StaffAudit } from './audit';
import {
  SNOMED_DECLINED,
  SNOMED_REFERRED,
  type StaffReferral,
  type StaffReferralPatient,
} from './staffReferral';

export interface RecordStaffReferralInput {
  readonly member: StaffMember;
  /** The receptionist's note of the request: it reaches the link worker only if the patient agreed. */
  readonly note: string;
  readonly needs: readonly NeedId[];
  readonly patient: StaffReferralPatient;
  readonly decision: 'agreed' | 'declined';
  /** Red flags found in the receptionist's words: on the link worker's card if the patient agreed. */
  readonly safetyFlags?: readonly SafetyFlag[];
}

/**
 * A receptionist's referral for a patient. Each gets a new opaque patient key, never derived from who
 * the patient is, so two referrals for one person stay apart until a clinician joins them in the GP
 * record. When the patient agrees, a referral draft is made under that key for the link worker (their
 * needs, the note, language and interpreter need); when they decline, nothing is shared.
 */
export class StaffReferralService {
  constructor(
    private readonly deps: {
      store: StaffReferralStore;
      referrals: ReferralService;
      audit: StaffAudit;
      clock: Clock;
      newId?: () => string;
    },
  ) {}

  get(patientKey: string): Promise<StaffReferral | undefined> {
    return this.deps.store.load(patientKey);
  }

  async record(input: RecordStaffReferralInput): Promise<StaffReferral> {
    const newId = this.deps.newId ?? randomUUID;
    const patientKey = `staff-${newId().replace(/-/g, '')}`;
    const now = this.deps.clock.now().toISOString();
    let referralId: string | undefined;
    if (input.decision === 'agreed') {
      const { referrals } = this.deps;
      const draft = await referrals.agree(patientKey, input.safetyFlags ?? []);
      referralId = draft.id;
      await referrals.recordWhatMatters(patientKey, input.note, [...input.needs]);
      const { language, interpreter, phone } = input.patient;
      const english = language.toLowerCase().split('-')[0] === 'en';
      await referrals.setPreferences(patientKey, {
        ...(english ? {} : { languages: [language] }),
        ...(interpreter ? { accessNeeds: ['interpreter'] } : {}),
      });
      if (phone) await referrals.setContactPhone(patientKey, phone.e164);
    }
    const referral: StaffReferral = {
      id: newId(),
      patientKey,
      createdAt: now,
      createdBy: input.member.id,
      patient: input.patient,
      needs: [...new Set(input.needs)],
      consent: {
        decision: input.decision,
        snomed: input.decision === 'agreed' ? SNOMED_REFERRED : SNOMED_DECLINED,
        at: now,
      },
      ...(referralId ? { referralId } : {}),
      bookingIds: [],
    };
    await this.deps.store.save(referral);
    await this.deps.audit.record(input.member, 'triage.consentRecorded', {
      referralId: referral.id,
      code: referral.consent.snomed,
    });
    return referral;
  }

  async attachBooking(patientKey: string, bookingId: string): Promise<void> {
    const referral = await this.deps.store.load(patientKey);
    if (!referral || referral.bookingIds.includes(bookingId)) return;
    referral.bookingIds.push(bookingId);
    await this.deps.store.save(referral);
  }
}
