// Maps a free-text answer to "What matters to you at the moment?" onto coded needs and interests.
import { DEFAULT_LOCALE, lexiconFor } from './lexicon';
import { findEvidence } from './matcher';
import type { InterestId, NeedId } from './taxonomy';
import type { Span } from './text';

export type { Span } from './text';

export interface DetectNeedsInput {
  readonly text: string;
  /** BCP 47 tag of the conversation, e.g. "en-GB". Unknown languages fall back to en-GB. */
  readonly locale: string;
}

export interface DetectedNeed {
  readonly id: NeedId;
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
}

const EMPHASIS_WEIGHT = 2;

function salienceOf(evidence: readonly Span[], emphasised: boolean): number {
  return evidence.length + (emphasised ? EMPHASIS_WEIGHT : 0);
}

export function detectNeeds({ text, locale }: DetectNeedsInput): NeedsDetection {
  const lexicon = lexiconFor(locale);
  const { found, denied } = findEvidence<NeedId>(text, lexicon, lexicon.needs, {
    personal: lexicon.attribution.personalNeeds,
  });
  return {
    locale: lexicon.locale,
    needs: found.map((evidence) => ({
      id: evidence.id,
      evidence: evidence.spans,
      salience: salienceOf(evidence.spans, evidence.emphasised),
      emphasised: evidence.emphasised,
    })),
    denied,
  };
}

export interface DetectInterestsInput {
  readonly text: string;
  readonly locale?: string;
}

export interface DetectedInterest {
  readonly id: InterestId;
  readonly evidence: readonly Span[];
  readonly salience: number;
}

export interface InterestsDetection {
  readonly locale: string;
  readonly interests: readonly DetectedInterest[];
  readonly denied: readonly InterestId[];
}

export function detectInterests({ text, locale = DEFAULT_LOCALE }: DetectInterestsInput): InterestsDetection {
  const lexicon = lexiconFor(locale);
  const { found, denied } = findEvidence<InterestId>(text, lexicon, lexicon.interests, {
    bridge: lexicon.negation.interestBridge,
  });
  return {
    locale: lexicon.locale,
    interests: found.map((evidence) => ({
      id: evidence.id,
      evidence: evidence.spans,
      salience: salienceOf(evidence.spans, evidence.emphasised),
    })),
    denied,
  };
}
