import type { ReferralStore } from '../services/ports';
import { referralDraftSchema, type ReferralDraft } from '../services/referrals/referralDraft';

/** Referral drafts in process memory: for dialog tests and the no-Redis mode. Copies in and out. */
export class MemoryReferralStore implements ReferralStore {
  private readonly drafts = new Map<string, string>();

  async load(patientKey: string): Promise<ReferralDraft | undefined> {
    const json = this.drafts.get(patientKey);
    return json === undefined ? undefined : referralDraftSchema.parse(JSON.parse(json));
  }

  async save(draft: ReferralDraft): Promise<void> {
    this.drafts.set(draft.patientKey, JSON.stringify(referralDraftSchema.parse(draft)));
  }

  async delete(patientKey: string): Promise<void> {
    this.drafts.delete(patientKey);
  }
}
