import { createHash, randomUUID } from 'node:crypto';
import type { NeedId } from '../../domain/directory/codes';
import type { Clock, ReferralStore } from '../ports';
import {
  PRIVACY_NOTICE_VERSION,
  type ReferralDraft,
  type ReferralPreferences,
  type WellbeingBaseline,
} from './referralDraft';
import type { SafetyFlag } from '../safety/safetyFlag';

/** How a link worker may reach a patient, as the patient agreed to give it. */
export interface PatientContact {
  name?: string;
  /** E.164. */
  phone?: string;
  email?: string;
}

export type UpdateOutcome = { ok: true; draft: ReferralDraft } | { ok: false; reason: 'noConsent' };

/**
 * The referral draft's use cases. Nothing is written for a patient who has not agreed to the privacy
 * notice: every update before that answers `noConsent` and stores nothing.
 */
export class ReferralService {
  constructor(private readonly deps: { store: ReferralStore; clock: Clock; newId?: () => string }) {}

  /**
   * An opaque, stable key for a patient on a channel. It is a hash, so the store and the logs never
   * hold the channel's own user id.
   */
  static patientKey(channelId: string, userId: string): string {
    return createHash('sha256').update(`${channelId}\u0000${userId}`).digest('hex').slice(0, 32);
  }

  get(patientKey: string): Promise<ReferralDraft | undefined> {
    return this.deps.store.load(patientKey);
  }

  /** Records consent and creates the draft (keeping an existing one). Safety flags raised earlier in the conversation are carried in. */
  async agree(patientKey: string, earlierFlags: readonly SafetyFlag[] = []): Promise<ReferralDraft> {
    const now = this.deps.clock.now().toISOString();
    const existing = await this.deps.store.load(patientKey);
    const draft: ReferralDraft = existing ?? {
      id: (this.deps.newId ?? randomUUID)(),
      patientKey,
      createdAt: now,
      updatedAt: now,
      consent: { agreedAt: now, noticeVersion: PRIVACY_NOTICE_VERSION },
      preferences: {},
      likedOffers: [],
      safetyFlags: [],
      bookingIds: [],
    };
    draft.consent = { agreedAt: now, noticeVersion: PRIVACY_NOTICE_VERSION };
    draft.safetyFlags.push(...earlierFlags);
    draft.updatedAt = now;
    await this.deps.store.save(draft);
    return draft;
  }

  recordWhatMatters(patientKey: string, text: string, needs: NeedId[]): Promise<UpdateOutcome> {
    return this.update(patientKey, (draft) => {
      draft.whatMatters = { text: text.slice(0, 4000), needs: [...new Set(needs)] };
    });
  }

  setPreferences(patientKey: string, change: Partial<ReferralPreferences>): Promise<UpdateOutcome> {
    return this.update(patientKey, (draft) => {
      draft.preferences = { ...draft.preferences, ...change };
    });
  }

  recordWellbeing(patientKey: string, scores: Omit<WellbeingBaseline, 'at'>): Promise<UpdateOutcome> {
    return this.update(patientKey, (draft, now) => {
      draft.wellbeing = { ...scores, at: now };
    });
  }

  likeOffer(patientKey: string, offer: { id: string; name: string }): Promise<UpdateOutcome> {
    return this.update(patientKey, (draft, now) => {
      if (!draft.likedOffers.some((liked) => liked.id === offer.id))
        draft.likedOffers.push({ ...offer, at: now });
    });
  }

  /** Keeps a safety flag on the draft (replacing one with the same id), for the link worker's card. */
  fileSafetyFlag(patientKey: string, flag: SafetyFlag): Promise<UpdateOutcome> {
    return this.update(patientKey, (draft) => {
      const at = flag.id === undefined ? -1 : draft.safetyFlags.findIndex((kept) => kept.id === flag.id);
      if (at >= 0) draft.safetyFlags[at] = flag;
      else draft.safetyFlags.push(flag);
    });
  }

  /** Takes a flag off the draft: a check question the patient answered no. */
  withdrawSafetyFlag(patientKey: string, id: string): Promise<UpdateOutcome> {
    return this.update(patientKey, (draft) => {
      draft.safetyFlags = draft.safetyFlags.filter((kept) => kept.id !== id);
    });
  }

  /** Adds a booking to the draft and, when given, how the patient agreed to be reached: one write. */
  attachBooking(patientKey: string, bookingId: string, contact?: PatientContact): Promise<UpdateOutcome> {
    return this.update(patientKey, (draft, now) => {
      if (!draft.bookingIds.includes(bookingId)) draft.bookingIds.push(bookingId);
      if (contact) withContact(draft, contact, now);
    });
  }

  /** Keeps what the patient agreed to give their link worker; what they give again replaces it. */
  setContact(patientKey: string, contact: PatientContact): Promise<UpdateOutcome> {
    return this.update(patientKey, (draft, now) => withContact(draft, contact, now));
  }

  /** "Delete my data": the draft goes at once. */
  forget(patientKey: string): Promise<void> {
    return this.deps.store.delete(patientKey);
  }

  private async update(
    patientKey: string,
    change: (draft: ReferralDraft, now: string) => void,
  ): Promise<UpdateOutcome> {
    const draft = await this.deps.store.load(patientKey);
    if (!draft) return { ok: false, reason: 'noConsent' };
    const now = this.deps.clock.now().toISOString();
    change(draft, now);
    draft.updatedAt = now;
    await this.deps.store.save(draft);
    return { ok: true, draft };
  }
}

/** The contact the patient gave, laid over what they gave before. */
function withContact(draft: ReferralDraft, contact: PatientContact, now: string): void {
  draft.contact = {
    ...draft.contact,
    ...(contact.name ? { name: contact.name.trim().slice(0, 100) } : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    agreedAt: now,
  };
}
