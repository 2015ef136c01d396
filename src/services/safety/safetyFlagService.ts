import { randomUUID } from 'node:crypto';
import type { NeedId } from '../../domain/needs/taxonomy';
import type { StaffMember } from '../../domain/staff/staffDirectory';
import { parseUkPhone } from '../../understanding/phone';
import type { Clock, Log, SafetyInboxStore } from '../ports';
import type { ReferralService } from '../referrals/referralService';
import { flagWords, type SafetyFlag } from './safetyFlag';
import type { SafetyInboxItem } from './safetyInbox';

export type NewSafetyFlag = Omit<SafetyFlag, 'id' | 'at'> & { id?: string };

export type FileOutcome = { ok: true; flag: SafetyFlag } | { ok: false; reason: 'noConsent' };

/** What a link worker is shown of an inbox item: the flag, and what the patient agreed to share. */
export interface SafetyInboxView {
  readonly item: SafetyInboxItem;
  readonly needs: readonly NeedId[];
  readonly ownWords: string | null;
  readonly contactPhone: string | null;
  readonly booked: boolean;
}

export interface SafetyFlagServiceDeps {
  referrals: ReferralService;
  inbox: SafetyInboxStore;
  clock: Clock;
  log: Log;
  newId?: () => string;
}

/** How many waiting items one message shows; the rest come with the next. */
export const INBOX_PAGE = 5;

/**
 * Safety flags, from whoever raised them to the people who must see them. A flag is kept only for a
 * patient who agreed to the privacy notice: on their referral draft, so the link worker's card shows
 * it, and in the practice's safety inbox, so the practice's link workers see it at their next message
 * even when the patient never books. Before the patient agrees, the conversation holds the flag and
 * files it when they agree (see the safety gate); if they never agree, it goes no further than the
 * routes they were given.
 */
export class SafetyFlagService {
  constructor(private readonly deps: SafetyFlagServiceDeps) {}

  /** A flag with its id and time, ready to file now or to hold until the patient agrees. */
  create(flag: NewSafetyFlag): SafetyFlag {
    return {
      ...flag,
      id: flag.id ?? (this.deps.newId ?? randomUUID)(),
      at: this.deps.clock.now().toISOString(),
      ...(flag.words ? { words: flagWords(flag.words) } : {}),
    };
  }

  /**
   * Files a flag for a patient: on their draft and, unless `inbox` is false, in the safety inbox.
   * Filing the same id again replaces it (a check question's flag, once it is answered).
   */
  async file(patientKey: string, flag: SafetyFlag, options: { inbox?: boolean } = {}): Promise<FileOutcome> {
    const kept = await this.deps.referrals.fileSafetyFlag(patientKey, flag);
    if (!kept.ok) return kept;
    if (options.inbox !== false && flag.id) {
      await this.deps.inbox.put({ id: flag.id, patientKey, flag });
    }
    // Kinds and the outcome are safe to log; the words are not.
    this.deps.log.info(
      { kinds: flag.kinds, outcome: flag.outcome, source: flag.source, inbox: options.inbox !== false },
      'safety flag filed',
    );
    return { ok: true, flag };
  }

  /** Takes a flag back, from the draft and the inbox: the check question was answered no. */
  async withdraw(patientKey: string, id: string): Promise<void> {
    await this.deps.referrals.withdrawSafetyFlag(patientKey, id);
    await this.deps.inbox.remove(id);
  }

  /** Items this link worker has not seen yet, with what the patient's draft says now. */
  async inboxFor(member: StaffMember): Promise<SafetyInboxView[]> {
    if (member.role !== 'linkWorker') return [];
    const views: SafetyInboxView[] = [];
    for (const item of await this.deps.inbox.unseen({ staffId: member.id, limit: INBOX_PAGE * 4 })) {
      const draft = await this.deps.referrals.get(item.patientKey);
      if (!draft) {
        // The patient deleted their data: nobody is shown it any more.
        await this.deps.inbox.remove(item.id);
        continue;
      }
      const phone = draft.contact?.phone ? parseUkPhone(draft.contact.phone) : undefined;
      views.push({
        item,
        needs: draft.whatMatters?.needs ?? [],
        ownWords: draft.whatMatters?.text ?? null,
        contactPhone: phone?.ok ? phone.display : null,
        booked: draft.bookingIds.length > 0,
      });
      if (views.length >= INBOX_PAGE) break;
    }
    return views;
  }

  markSeen(member: StaffMember, id: string): Promise<void> {
    return this.deps.inbox.markSeen({ staffId: member.id, id });
  }

  /** "Delete my data": the patient's inbox items go with their draft. */
  async forget(patientKey: string): Promise<void> {
    for (const item of await this.deps.inbox.forPatient(patientKey)) await this.deps.inbox.remove(item.id);
  }
}
