// The shape of one language's understanding data. Adding a language means writing one of these tables
// (see en-GB.ts) and registering it in index.ts; the matching code does not change.
import type { NormalisationRules } from '../text';
import type { InterestId, NeedId } from '../taxonomy';

/** A phrase that is evidence for one or more ids (phrase syntax: phrase.ts). */
export interface LexiconEntry<Id extends string> {
  readonly phrase: string;
  readonly ids: readonly Id[];
  /**
   * Overlapping evidence for other ids is discarded: "he controls all the money" is abuse, not a
   * money worry.
   */
  readonly exclusive?: boolean;
}

export interface NegationRules {
  /** Phrases that deny what follows: "not", "no problems with". */
  readonly before: readonly string[];
  /** Phrases in which a denial word is no denial: "will not go" (refusal), "not just". */
  readonly notADenial: readonly string[];
  /**
   * Words that may stand between a denial and what it denies ("not REALLY THAT lonely"). Anything else
   * ends the denial's reach, so "I never get a break from caring" keeps caring.
   */
  readonly bridge: readonly string[];
  /** Words joining a list a denial spreads over: "I don't drink OR smoke". */
  readonly coordinators: readonly string[];
  /** Further bridge words for interests only: "I don't LIKE groups" denies an interest, not a need. */
  readonly interestBridge: readonly string[];
  /** Phrases that deny what precedes them: "housing IS FINE". */
  readonly after: readonly string[];
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
  readonly normalisation: NormalisationRules;
  /** Frequent words of the language that must never be "corrected" towards a lexicon word. */
  readonly commonWords: readonly string[];
  /** Extra correct spellings to correct typos towards (forms that phrases only reach through a "*"). */
  readonly spellingTargets: readonly string[];
  readonly needs: readonly LexiconEntry<NeedId>[];
  readonly interests: readonly LexiconEntry<InterestId>[];
  readonly negation: NegationRules;
  readonly attribution: AttributionRules;
  /** Phrases that mark the thing next to them as the main concern: "mainly", "the biggest thing is". */
  readonly emphasis: readonly string[];
}
