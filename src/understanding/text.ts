// Shared text helpers for the follow-up parsers: canonical form (the shared front end), phrase spans in
// token positions, and "is this whole answer a skip?".
import { analyse, matchesIn, tokenIndexAt, type AnalysedText, type NormalisedText } from './frontEnd';
import { compiled, repliesFor } from './lexicon';

/** The culture used when a caller gives none, and for languages recognizers-text lacks. */
export const DEFAULT_CULTURE = 'en-GB';

/** A follow-up answer is short: longer input is cut so each turn's work stays bounded. */
export const MAX_ANSWER_LENGTH = 500;

export type { TokenSpan } from './frontEnd';
import type { TokenSpan } from './frontEnd';

/** The answer read by the front end: lower case, contractions expanded, text-speak and typos rewritten. */
export function canonical(text: string, locale: string): AnalysedText {
  return analyse(text.slice(0, MAX_ANSWER_LENGTH), locale);
}

/** Where any of the phrases match, as token spans, longest first and not overlapping each other. */
export function findPhrases(normalised: NormalisedText, phrases: readonly string[]): TokenSpan[] {
  if (normalised.tokens.length === 0) return [];
  const spans = compiled(phrases).flatMap((phrase) =>
    matchesIn(normalised, phrase).map((match) => ({
      first: tokenIndexAt(normalised, match.start),
      last: tokenIndexAt(normalised, match.end - 1),
    })),
  );
  spans.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const kept: TokenSpan[] = [];
  for (const span of spans) {
    if (!kept.some((other) => span.first <= other.last && other.first <= span.last)) kept.push(span);
  }
  return kept.sort((a, b) => a.first - b.first);
}

/**
 * True when the answer is one of the phrases and nothing else but filler and punctuation:
 * "not sure, sorry" is a skip, "not sure, maybe Tuesdays" is an answer.
 */
export function wholeAnswerIs(
  normalised: NormalisedText,
  phrases: readonly string[],
  filler: readonly string[],
): boolean {
  const spans = findPhrases(normalised, phrases);
  if (spans.length === 0) return false;
  const fillerWords = new Set(filler);
  return normalised.tokens.every(
    (token, index) =>
      token.punctuation ||
      fillerWords.has(token.text) ||
      spans.some((span) => index >= span.first && index <= span.last),
  );
}

export function isSkipAnswer({ text, locale }: { text: string; locale: string }): boolean {
  const replies = repliesFor(locale);
  return wholeAnswerIs(canonical(text, locale), replies.skip, replies.filler);
}

/** An answer to an open question ("What do you enjoy?") that says there is nothing: "not really". */
export function isNothingAnswer({ text, locale }: { text: string; locale: string }): boolean {
  const replies = repliesFor(locale);
  return wholeAnswerIs(canonical(text, locale), replies.nothing, replies.filler);
}

/** The culture to hand recognizers-text: its English model for languages it does not have. */
const RECOGNIZER_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'ja', 'zh'];

export function recognizerCulture(locale: string): string {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RECOGNIZER_LANGUAGES.includes(language) ? locale : DEFAULT_CULTURE;
}

export interface TaggedSpan<Tag> extends TokenSpan {
  readonly tag: Tag;
}

/**
 * Phrases of several kinds at once, longest first across kinds, so "early mornings" is a named time
 * rather than "mornings" with a stray word.
 */
export function tagPhrases<Tag>(
  normalised: NormalisedText,
  groups: readonly { readonly tag: Tag; readonly phrases: readonly string[] }[],
): TaggedSpan<Tag>[] {
  if (normalised.tokens.length === 0) return [];
  const spans = groups.flatMap(({ tag, phrases }) =>
    compiled(phrases).flatMap((phrase) =>
      matchesIn(normalised, phrase).map((match) => ({
        tag,
        first: tokenIndexAt(normalised, match.start),
        last: tokenIndexAt(normalised, match.end - 1),
      })),
    ),
  );
  spans.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const kept: TaggedSpan<Tag>[] = [];
  for (const span of spans) {
    if (!kept.some((other) => span.first <= other.last && other.first <= span.last)) kept.push(span);
  }
  return kept.sort((a, b) => a.first - b.first);
}
