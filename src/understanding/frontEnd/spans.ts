// Token spans over canonical text: where phrases match, and the patient's own words they cover.
import { matchPhrase, mayMatch, type CompiledPhrase } from './phrase';
import type { NormalisedText, NormalisedToken, Span, TokenSpan } from './types';

/** The index of the token that starts at, or contains, an offset of the canonical text. */
export function tokenIndexAt(normalised: NormalisedText, offset: number): number {
  const { tokens } = normalised;
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((tokens[mid] as NormalisedToken).at <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

const wordSets = new WeakMap<NormalisedText, ReadonlySet<string>>();

/** The distinct canonical words of a text, worked out once per text. */
export function wordsOf(normalised: NormalisedText): ReadonlySet<string> {
  let words = wordSets.get(normalised);
  if (!words) {
    words = new Set(normalised.tokens.map((token) => token.text));
    wordSets.set(normalised, words);
  }
  return words;
}

/** Every match of the phrase in the text, as offsets of the canonical text; phrases whose words are absent are not tried. */
export function matchesIn(
  normalised: NormalisedText,
  phrase: CompiledPhrase,
): { start: number; end: number }[] {
  if (normalised.tokens.length === 0 || !mayMatch(phrase, wordsOf(normalised))) return [];
  return matchPhrase(phrase, normalised.text);
}

/**
 * Every match of the phrases, as token spans (overlaps kept), phrase by phrase in order. Called with
 * long lists on every message, so a phrase whose words are absent costs one look-up and nothing more.
 */
export function phraseSpans(normalised: NormalisedText, phrases: readonly CompiledPhrase[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  if (normalised.tokens.length === 0) return spans;
  const words = wordsOf(normalised);
  for (const phrase of phrases) {
    if (!mayMatch(phrase, words)) continue;
    for (const match of matchPhrase(phrase, normalised.text)) {
      spans.push({
        first: tokenIndexAt(normalised, match.start),
        last: tokenIndexAt(normalised, match.end - 1),
      });
    }
  }
  return spans;
}

/** The original text covered by tokens first..last (inclusive). */
export function originalSpan(normalised: NormalisedText, first: number, last: number): Span {
  const from = normalised.tokens[first];
  const to = normalised.tokens[last];
  if (!from || !to) return { start: 0, end: 0, text: '' };
  return { start: from.start, end: to.end, text: normalised.original.slice(from.start, to.end) };
}

export const overlaps = (a: TokenSpan, b: TokenSpan): boolean => a.first <= b.last && b.first <= a.last;
export const contains = (outer: TokenSpan, inner: TokenSpan): boolean =>
  outer.first <= inner.first && inner.last <= outer.last;
