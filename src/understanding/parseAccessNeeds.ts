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

export function parseAccessNeeds({
  text,
  locale = DEFAULT_CULTURE,
}: ParseAccessNeedsInput): AccessNeedsResult {
  const answer = text.slice(0, MAX_ANSWER_LENGTH);
  if (isSkipAnswer({ text: answer, locale })) return SKIPPED;
  const words = repliesFor(locale).access;
  const normalised = canonical(answer, locale);

  // "I don't need a WHEELCHAIR": the front end's negation scope, with the access words of its data.
  const negation = normalised.negation('accessNeeds');

  const needs = new Set<AccessNeedCode>();
  let deniedAny = false;
  const spans = tagPhrases(
    normalised,
    ACCESS_NEED_CODES.map((code) => ({ tag: code, phrases: words.needs[code] })),
  );
  for (const span of spans) {
    if (negation.inScope[span.first]) {
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
