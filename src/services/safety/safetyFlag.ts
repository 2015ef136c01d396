import { z } from 'zod';
import { CRISIS_KINDS, RED_FLAG_KINDS } from '../../domain/safety/types';

/**
 * A safety flag as Signpost keeps it for the people who must act on it: what kind of risk, how it was
 * raised, and the words that raised it (the sentence as the patient or staff member typed it). Kept on
 * the patient's referral draft (so the link worker's card shows it) and, for a patient, in the practice's
 * safety inbox. Only ever stored for a patient who agreed to the privacy notice, which says so.
 */

/**
 * - crisis: a clear crisis; the routes were given at once.
 * - checkYes: a check question was answered yes (or "no" to "Are you safe right now?"); routes given.
 * - checkUnclear: a check question got an answer that was not a yes or a no; routes given.
 * - checkUnanswered: a check question was asked and not answered (yet): the patient went quiet, or left.
 * - redFlag: raised by staff about a patient (a receptionist's note, a link worker's outcome note).
 */
export const SAFETY_FLAG_OUTCOMES = [
  'crisis',
  'checkYes',
  'checkUnclear',
  'checkUnanswered',
  'redFlag',
] as const;
export type SafetyFlagOutcome = (typeof SAFETY_FLAG_OUTCOMES)[number];

export const SAFETY_FLAG_SOURCES = ['patient', 'receptionist', 'linkWorker'] as const;
export type SafetyFlagSource = (typeof SAFETY_FLAG_SOURCES)[number];

/** The longest excerpt kept, and how many: a flag shows the sentences that raised it, not a transcript. */
export const MAX_FLAG_WORDS = 300;
export const MAX_FLAG_EXCERPTS = 5;

const instant = z.string().datetime({ offset: true });

export const safetyFlagSchema = z.object({
  /** Stable, so a flag can be withdrawn (a check answered no) or shown once in the inbox. */
  id: z.string().min(1).max(100).optional(),
  kinds: z.array(z.enum(CRISIS_KINDS)),
  at: instant,
  outcome: z.enum(SAFETY_FLAG_OUTCOMES).optional(),
  source: z.enum(SAFETY_FLAG_SOURCES).optional(),
  /** Receptionist and link-worker flags: the red flags found, and how urgent. */
  redFlags: z.array(z.enum(RED_FLAG_KINDS)).optional(),
  urgency: z.enum(['emergency999', 'urgent111', 'sameDayGp']).optional(),
  words: z.array(z.string().max(MAX_FLAG_WORDS)).max(MAX_FLAG_EXCERPTS).optional(),
});
export type SafetyFlag = z.infer<typeof safetyFlagSchema>;

/** Excerpts cut to what a flag keeps. */
export function flagWords(words: readonly string[]): string[] {
  return [...new Set(words.map((word) => word.trim()).filter(Boolean))]
    .slice(0, MAX_FLAG_EXCERPTS)
    .map((word) => (word.length > MAX_FLAG_WORDS ? `${word.slice(0, MAX_FLAG_WORDS - 1)}…` : word));
}
