// Access needs for attending an activity: step-free access, hearing loop, women-only, BSL, a language
// other than English, and so on, as codes. "None" is a valid answer (ok with nothing in it).
import { ACCESS_NEED_CODES, type AccessNeedCode, type AccessNeeds } from '../domain/needs/preferences';
import { repliesFor } from './lexicon';
import { SKIPPED, notUnderstood, understood, type Understood } from './result';
import {
  DEFAULT_CULTURE,
  MAX_ANSWER_LENGTH,
  canonical,
  findPhrases,
  isSkipAnswer,
  tagPhrases,
  wholeAnswerIs,
} from './text';

export type AccessNeedsReason = 'notUnderstood';
export type AccessNeedsResult = Understood<AccessNeeds, AccessNeedsReason>;

export interface ParseAccessNeedsInput {
  readonly text: string;
  readonly locale?: string;
}

// "I don't need a WHEELCHAIR": words a denial reaches across before the need it denies.
const DENIAL_BRIDGE = new Set([
  'a',
  'an',
  'the',
  'any',
  'to',
  'use',
  'have',
  'need',
  'really',
  'my',
  'own',
  'special',
  'for',
]);

export function parseAccessNeeds({
  text,
  locale = DEFAULT_CULTURE,
}: ParseAccessNeedsInput): AccessNeedsResult {
  const answer = text.slice(0, MAX_ANSWER_LENGTH);
  if (isSkipAnswer({ text: answer, locale })) return SKIPPED;
  const words = repliesFor(locale).access;
  const normalised = canonical(answer, locale);

  const denials = findPhrases(normalised, words.negation);
  const denied = (first: number): boolean => {
    for (let j = first - 1; j >= 0; j -= 1) {
      if (denials.some((denial) => denial.last === j)) return true;
      if (!DENIAL_BRIDGE.has(normalised.tokens[j]?.text ?? '')) return false;
    }
    return false;
  };

  const needs = new Set<AccessNeedCode>();
  let deniedAny = false;
  const spans = tagPhrases(
    normalised,
    ACCESS_NEED_CODES.map((code) => ({ tag: code, phrases: words.needs[code] })),
  );
  for (const span of spans) {
    if (denied(span.first)) {
      deniedAny = true;
      continue;
    }
    needs.add(span.tag);
    for (const implied of words.implies[span.tag] ?? []) needs.add(implied);
  }

  const languages = new Set<string>();
  for (const token of normalised.tokens) {
    const tag = words.languages[token.text];
    if (tag) languages.add(tag);
  }
  const englishFine = findPhrases(normalised, words.englishIsFine).length > 0;
  const languageNeeded = findPhrases(normalised, words.languageNeeded).length > 0;
  if (englishFine && !languageNeeded) languages.clear();

  if (needs.size === 0 && languages.size === 0) {
    if (deniedAny || englishFine || wholeAnswerIs(normalised, words.none, repliesFor(locale).filler)) {
      return understood({ needs: [], languages: [] });
    }
    return notUnderstood('notUnderstood');
  }
  return understood({
    needs: ACCESS_NEED_CODES.filter((code) => needs.has(code)),
    languages: [...languages],
  });
}
