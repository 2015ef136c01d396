import { referenceKey } from '../handoffs/conversationReference';
import type { Booking, Clock, ConversationReferenceStore, HandoffStore, SlotLedger } from '../ports';
import type { ReferralService } from '../referrals/referralService';

/**
 * The transcripts Signpost itself keeps of a channel's conversations (its own Direct Line). Other
 * channels (Teams) keep their own, out of Signpost's reach: the methods answer false for them.
 */
export interface TranscriptStore {
  /** Empties the conversation's messages; false when Signpost keeps none for it. */
  erase(input: { channelId: string; conversationId: string }): Promise<boolean>;
  /** Keeps the conversation only for the rest of the session: a short time after its last message. */
  keepForSessionOnly(input: { channelId: string; conversationId: string }): Promise<boolean>;
}

/** Where a patient is, and who: the opaque key their draft and bookings are kept under. */
export interface PatientConversation {
  patientKey: string;
  channelId: string;
  conversationId: string;
}

export interface ErasureOutcome {
  /** A referral draft (what they told Signpost, their answers, their phone number) was deleted. */
  draft: boolean;
  /** The messages of this conversation that Signpost kept were deleted. */
  transcript: boolean;
  /** Bookings still to come, kept for the link worker without anything that says whose they are. */
  upcomingBookings: Booking[];
}

/**
 * "Delete my data", and what a refusal of the privacy notice means, made true everywhere Signpost
 * keeps something about a patient: the referral draft, the bookings' links to the patient, the
 * handoffs made from them, the safety inbox items about them, where to reach the patient
 * (conversation references) and the transcript.
 * The staff audit trail is left as it is: it holds ids and codes only, never a patient's details.
 */
export class PatientPrivacyService {
  constructor(
    private readonly deps: {
      referrals: ReferralService;
      ledger: SlotLedger;
      handoffs: HandoffStore;
      references: ConversationReferenceStore;
      transcripts: TranscriptStore;
      clock: Clock;
      /** The patient's safety inbox items go with their draft. */
      safety?: { forget(patientKey: string): Promise<void> };
    },
  ) {}

  async erase(patient: PatientConversation): Promise<ErasureOutcome> {
    const { referrals, ledger, handoffs, references, transcripts } = this.deps;
    const draft = await referrals.get(patient.patientKey);
    const bookings = await ledger.forgetOwner({
      owner: patient.patientKey,
      bookingIds: draft?.bookingIds ?? [],
    });
    for (const booking of bookings) {
      const handoff = await handoffs.get(booking.id);
      if (handoff && handoff.patientKey === patient.patientKey) {
        await handoffs.save({ ...handoff, patientKey: booking.owner });
      }
    }
    await this.deps.safety?.forget(patient.patientKey);
    if (draft) await referrals.forget(patient.patientKey);
    await references.delete(referenceKey.patient(patient.patientKey));
    const transcript = await transcripts.erase(patient);
    const now = this.deps.clock.now().getTime();
    return {
      draft: draft !== undefined,
      transcript,
      upcomingBookings: bookings.filter(
        (booking) => booking.status === 'confirmed' && Date.parse(booking.end) > now,
      ),
    };
  }

  /** The patient said no to the privacy notice: nothing of this conversation outlives the session. */
  async declined(patient: PatientConversation): Promise<void> {
    await this.deps.references.delete(referenceKey.patient(patient.patientKey));
    await this.deps.transcripts.keepForSessionOnly(patient);
  }
}
