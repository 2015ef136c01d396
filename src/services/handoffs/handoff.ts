import { z } from 'zod';
import type { NeedId } from '../../domain/needs/taxonomy';
import type { AccessNeedCode } from '../../domain/needs/preferences';
import type { SafetyFlag } from '../safety/safetyFlag';
import type { Ons4Scores } from '../../domain/wellbeing/ons4';
import type { Booking, MeetingMode } from '../ports';
import type { PreferredContact } from '../staff/staffReferral';
import { storedReferenceSchema } from './conversationReference';

/**
 * A handoff: a confirmed booking passed to its link worker. The record holds ids, the link worker's
 * progress and their outcome; what the patient said is read from their referral draft each time it is
 * shown, so a patient who deletes their data is not shown to anyone afterwards.
 */

export const HANDOFF_STATUSES = ['new', 'accepted', 'attended', 'didNotAttend', 'cancelled'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

const instant = z.string().datetime({ offset: true });
const score = z.number().int().min(0).max(10);

/** A card shown to a staff member: where it is, so it can be redrawn when its booking changes. */
export const handoffCardRefSchema = z.object({
  staffId: z.string().min(1).max(64),
  activityId: z.string().min(1).max(512),
  reference: storedReferenceSchema,
  /** The record's version the card showed. */
  version: z.number().int().min(0),
});
export type HandoffCardRef = z.infer<typeof handoffCardRefSchema>;

export const handoffRecordSchema = z.object({
  /** The booking's id: one handoff per booking, however often it is created. */
  id: z.string().min(1).max(200),
  workerId: z.string().min(1).max(64),
  /** The booking's owner: an opaque patient key. */
  patientKey: z.string().min(1).max(200),
  /** The booking's start when the handoff was made, to order lists (the booking itself is read live). */
  start: instant,
  createdAt: instant,
  status: z.enum(HANDOFF_STATUSES),
  acceptedAt: instant.optional(),
  closedAt: instant.optional(),
  /** Who ended it: the patient, the link worker's leave, or (records made before this was kept) unknown. */
  cancelledBecause: z.enum(['leave', 'booking', 'patient', 'staff']).optional(),
  /** What the patient said when they cancelled, in their words (shown as plain text). */
  cancelReason: z.string().max(500).optional(),
  /** The link worker it came from, when the booking moved from another link worker. */
  movedFrom: z.string().min(1).max(64).optional(),
  /** Grows with every change a card should show; cards record the version they showed. */
  version: z.number().int().min(0).default(0),
  /** Cards already sent for it, to be redrawn when it changes. */
  cards: z.array(handoffCardRefSchema).max(20).default([]),
  outcome: z
    .object({
      at: instant,
      notes: z.string().max(2000).optional(),
      wellbeing: z
        .object({
          lifeSatisfaction: score.optional(),
          worthwhile: score.optional(),
          happiness: score.optional(),
          anxiety: score.optional(),
        })
        .optional(),
    })
    .optional(),
});
export type HandoffRecord = z.infer<typeof handoffRecordSchema>;

/** What the link worker is shown: everything the patient agreed to share, and no more. */
export interface HandoffView {
  readonly handoff: HandoffRecord;
  readonly booking: {
    readonly id: string;
    readonly start: string;
    readonly end: string;
    readonly mode: MeetingMode;
    readonly status: Booking['status'];
    readonly siteName: string | null;
    readonly bookedBy: Booking['bookedBy']['kind'];
  };
  /** Null when there is no consented referral draft: the minimal handoff. */
  readonly referral: {
    readonly needs: readonly NeedId[];
    /** In the patient's own words (or the receptionist's note of the request). */
    readonly ownWords: string | null;
    readonly likedOffers: readonly string[];
    /** Their own answer to "what do you enjoy?", as they said it (with what they said in what matters). */
    readonly enjoys: string | null;
    readonly wellbeing: Ons4Scores | null;
    /** Every safety flag on the patient's draft, oldest first, each with the words that raised it. */
    readonly safetyFlags: readonly SafetyFlag[];
    readonly languages: readonly string[];
    readonly accessNeeds: readonly AccessNeedCode[];
    /** How to reach the patient, as far as they agreed to give it (name, phone, email). */
    readonly contact: {
      readonly name: string | null;
      readonly phone: string | null;
      readonly email: string | null;
    };
  } | null;
  /** Who the patient is: only for a receptionist's referral the patient agreed to. */
  readonly patient: {
    readonly name: string;
    readonly dateOfBirth: string;
    readonly nhsNumber: string | null;
    readonly phone: string | null;
    readonly preferredContact: PreferredContact;
    readonly language: string;
    readonly interpreter: boolean;
  } | null;
}
