// The shape of one language's needs and interests phrases. Adding a language means writing one of these tables
// (see en-GB.ts) and registering it in index.ts; the matching code does not change.
import type { InterestId, NeedId } from '../../../domain/needs/taxonomy';

/** A phrase that is evidence for one or more ids (phrase syntax: phrase.ts). */
export interface LexiconEntry<Id extends string> {
  readonly phrase: string;
  readonly ids: readonly Id[];
  /**
   * Overlapping evidence for other ids is discarded: "he controls all the money" is abuse, not a
   * money worry.
   */
  readonly exclusive?: boolean;
  /**
   * The phrase says the needs are not so ("she's not died"): a need it names is denied, never found,
   * so a correction takes it away.
   */
  readonly denies?: boolean;
}

export interface AttributionRules {
  /** Needs that are someone's own state (mood, condition, drinking), not a situation shared with them. */
  readonly personalNeeds: readonly NeedId[];
  /** Phrases naming another person as the subject: "my son", "he", "her". */
  readonly otherPerson: readonly string[];
  /** Phrases naming another person right after the evidence: "a DISABLED son", "DIABETIC mum". */
  readonly otherPersonAfter: readonly string[];
  /** Words naming the patient as the subject: "i", "me". */
  readonly self: readonly string[];
  /** Phrases that start a new clause, past which a subject no longer applies: "and the", "but". */
  readonly boundaries: readonly string[];
  /** How many words back to look for a subject. */
  readonly window: number;
}

export interface UnderstandingLexicon {
  /** BCP 47 tag of the language this table is for. */
  readonly locale: string;
  readonly needs: readonly LexiconEntry<NeedId>[];
  readonly interests: readonly LexiconEntry<InterestId>[];
  readonly attribution: AttributionRules;
  /** Phrases that mark the thing next to them as the main concern: "mainly", "the biggest thing is". */
  readonly emphasis: readonly string[];
}
