// Maps a free-text answer to "What matters to you at the moment?" onto coded needs and interests.
import type {
  DetectedInterest,
  DetectedNeed,
  InterestsDetection,
  NeedsDetection,
  Span,
} from '../../domain/needs/detection';
import type { InterestId, NeedId } from '../../domain/needs/taxonomy';
import type { AnalysedText } from '../frontEnd';
import { DEFAULT_LOCALE, lexiconFor } from './lexicon';
import { findEvidence } from './matcher';

export type {
  DetectedInterest,
  DetectedNeed,
  InterestsDetection,
  NeedsDetection,
  Span,
} from '../../domain/needs/detection';

export interface DetectNeedsInput {
  readonly text: string;
  /** BCP 47 tag of the conversation, e.g. "en-GB". Unknown languages fall back to en-GB. */
  readonly locale: string;
  /** The same text already read by the front end, if the caller has it. */
  readonly analysed?: AnalysedText;
}

const EMPHASIS_WEIGHT = 2;

function salienceOf(evidence: readonly Span[], emphasised: boolean): number {
  return evidence.length + (emphasised ? EMPHASIS_WEIGHT : 0);
}

export function detectNeeds({ text, locale, analysed }: DetectNeedsInput): NeedsDetection {
  const lexicon = lexiconFor(locale);
  const { found, denied } = findEvidence<NeedId>(text, lexicon, lexicon.needs, {
    personal: lexicon.attribution.personalNeeds,
    ...(analysed ? { analysed } : {}),
  });
  return {
    locale: lexicon.locale,
    needs: found.map((evidence): DetectedNeed => ({
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

export function detectInterests({ text, locale = DEFAULT_LOCALE }: DetectInterestsInput): InterestsDetection {
  const lexicon = lexiconFor(locale);
  const { found, denied } = findEvidence<InterestId>(text, lexicon, lexicon.interests, {
    negation: 'interests',
  });
  return {
    locale: lexicon.locale,
    interests: found.map((evidence): DetectedInterest => ({
      id: evidence.id,
      evidence: evidence.spans,
      salience: salienceOf(evidence.spans, evidence.emphasised),
    })),
    denied,
  };
}
