// What understanding a "What matters to you?" answer gives: coded needs and interests, each with the
// patient's own words as evidence. Plain data, so the domain can rank and say them back; the reading
// itself is src/understanding/needs.
import type { InterestId, NeedId } from './taxonomy';

/** Part of the patient's own text, as offsets into what they typed. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Which layer of understanding found it: the reviewed phrase rules, the classifier trained on labelled
 * answers, or both.
 */
export type DetectionSource = 'rules' | 'model' | 'both';

export interface DetectedNeed {
  readonly id: NeedId;
  /** 0–1: how sure understanding is. A need the rules found is at least 0.9. */
  readonly confidence: number;
  readonly source: DetectionSource;
  /** The patient's own words that show the need, in order, as offsets into the input text. */
  readonly evidence: readonly Span[];
  /** Higher is more prominent in this answer: each piece of evidence counts, emphasis counts double. */
  readonly salience: number;
  readonly emphasised: boolean;
}

export interface NeedsDetection {
  /** The lexicon actually used. */
  readonly locale: string;
  /** Needs in the order the patient first mentioned them. */
  readonly needs: readonly DetectedNeed[];
  /** Needs the patient named only to rule out ("I'm not lonely"): do not say these back or ask again. */
  readonly denied: readonly NeedId[];
  /**
   * A person's own needs said only of someone else ("my dad is lonely, can he get a befriender"):
   * not the patient's, but a sign that they are asking for that person.
   */
  readonly aboutOthers: readonly NeedId[];
}

export interface DetectedInterest {
  readonly id: InterestId;
  readonly confidence: number;
  readonly source: DetectionSource;
  readonly evidence: readonly Span[];
  readonly salience: number;
}

export interface InterestsDetection {
  readonly locale: string;
  readonly interests: readonly DetectedInterest[];
  readonly denied: readonly InterestId[];
}
