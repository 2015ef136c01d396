import { z } from 'zod';
import { handoffCardRefSchema } from './handoff';

/**
 * The outbox: every message Signpost owes someone who is not in the current turn (a link worker's new
 * referral card, a notice that a booking moved or was cancelled, an update of a card already sent, a
 * patient's new times after leave). A message is written here first, in the same turn as the change
 * that caused it, and sent apart from that turn. It is marked delivered only once the channel has
 * accepted it; a failure is recorded with its reason and tried again later, with backoff.
 *
 * What a message shows is read when it is sent, not when it is queued, so a card always shows the
 * booking as it is then, and a patient who deleted their data is not shown to anyone.
 */

export const OUTBOX_KINDS = [
  /** A link worker's new referral card. */
  'handoff.new',
  /** The link worker's session moved to another time (same link worker). */
  'handoff.moved',
  /** The session went to another link worker: the old one is told it is no longer theirs. */
  'handoff.movedAway',
  /** The patient cancelled: the link worker is told, with the reason and any safety flag. */
  'handoff.cancelled',
  /** A card already sent is redrawn to show the booking as it is now. */
  'handoff.cardUpdate',
  /** A patient's session was cancelled by the link worker's leave: they are offered new times. */
  'patient.cancelledByLeave',
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

const instant = z.string().datetime({ offset: true });

export const outboxRecipientSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), staffId: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('patient'), patientKey: z.string().min(1).max(200) }),
]);
export type OutboxRecipient = z.infer<typeof outboxRecipientSchema>;

export const outboxMessageSchema = z.object({
  id: z.string().min(1).max(300),
  kind: z.enum(OUTBOX_KINDS),
  recipient: outboxRecipientSchema,
  /** The booking (and so the handoff) the message is about. */
  bookingId: z.string().min(1).max(200),
  createdAt: instant,
  /** How many times sending was tried and failed. */
  attempts: z.number().int().min(0),
  /** Not before this instant: the backoff after a failure. */
  nextAttemptAt: instant,
  lastAttemptAt: instant.optional(),
  /** Why the last try failed, as a short code ("http 500", "403 BotNotInConversationRoster", "timeout"). */
  lastError: z.string().max(200).optional(),
  /** After this the message is pointless (the session has begun): it is given up and shown as such. */
  expiresAt: instant.optional(),
  /** What the message needs besides the booking as it is now. */
  details: z
    .object({
      /** The session's start before it moved. */
      previousStart: instant.optional(),
      /** For a card update: the card to redraw. */
      card: handoffCardRefSchema.optional(),
    })
    .optional(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** Where a message went once it was delivered (kept for the staff inbox and for card updates). */
export const outboxDeliverySchema = z.object({
  at: instant,
  /** The channel's id of the activity, when it gave one (a card can then be updated). */
  activityId: z.string().max(512).optional(),
  /** How it went: sent proactively, or shown in the person's own turn. */
  via: z.enum(['proactive', 'inTurn']),
});
export type OutboxDelivery = z.infer<typeof outboxDeliverySchema>;

/** A recipient as the reference store and the outbox index name them. */
export function recipientKey(recipient: OutboxRecipient): string {
  return recipient.kind === 'staff' ? `staff:${recipient.staffId}` : `patient:${recipient.patientKey}`;
}

/**
 * The wait before the next try after `attempts` failures: `baseMs`, doubled each time, at most
 * `maxMs`. Without jitter, so tests can step a clock over it; instances never send the same message
 * at once anyway (the lease).
 */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 20));
  return Math.min(maxMs, baseMs * 2 ** exponent);
}

/** Why a message was given up rather than tried again (the codes giveUp records). */
export const GIVE_UP_REASONS = ['expired', 'nothingToSend', 'unknownRecipient', 'gone'] as const;

export function isGivenUp(message: OutboxMessage): boolean {
  return (GIVE_UP_REASONS as readonly string[]).includes(message.lastError ?? '');
}
