// The shared front end of every understanding task: see analyse.ts.
export { MAX_TEXT_LENGTH, analyse } from './analyse';
export { compilePhrase, expandWordGroups, matchPhrase, mayMatch, type CompiledPhrase } from './phrase';
export { contains, matchesIn, originalSpan, overlaps, phraseSpans, tokenIndexAt, wordsOf } from './spans';
export type {
  AnalysedText,
  AnalysedToken,
  NegationProfile,
  NegationScope,
  NormalisedText,
  NormalisedToken,
  Span,
  TokenKind,
  TokenSpan,
} from './types';
