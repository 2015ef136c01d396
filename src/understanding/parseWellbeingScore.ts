// An ONS4 answer: a whole number from 0 to 10, typed as digits or words ("seven", "about a 6",
// "six out of ten", "7/10"). recognizers-text reads the words; we strip the "out of ten" first because
// it reads "six out of ten" and "7/10" as fractions.
import { recognizeNumber } from '@microsoft/recognizers-text-suite';
import { ONS4_MAX, ONS4_MIN } from '../domain/wellbeing/ons4';
import { SKIPPED, notUnderstood, understood, type Understood } from './result';
import { DEFAULT_CULTURE, MAX_ANSWER_LENGTH, isSkipAnswer, recognizerCulture } from './text';

export type WellbeingScoreReason = 'noNumber' | 'ambiguous' | 'outOfRange' | 'notWholeNumber';
export type WellbeingScoreResult = Understood<number, WellbeingScoreReason>;

export interface ParseWellbeingScoreInput {
  readonly text: string;
  readonly locale?: string;
}

// The scale's anchors as ONS words them ("0 is not at all, 10 is completely"): a patient may answer
// with the anchor itself.
const ANCHORS: readonly (readonly [RegExp, number])[] = [
  [/^\s*(?:not at all|none at all|nothing at all)\W*$/i, ONS4_MIN],
  [/^\s*(?:completely|totally|entirely)\W*$/i, ONS4_MAX],
];

const TEN = '(?:10|ten)';
const SCALE_MENTIONS = [
  new RegExp(
    `\\b(?:on a scale of|from|between)\\s+(?:0|zero|nought|1|one)\\s*(?:to|-|–|and)\\s*${TEN}\\b`,
    'gi',
  ),
  new RegExp(`\\s*(?:/|out of|outta)\\s*${TEN}\\b`, 'gi'),
];

interface RecognizedNumber {
  value?: unknown;
}

export function parseWellbeingScore({
  text,
  locale = DEFAULT_CULTURE,
}: ParseWellbeingScoreInput): WellbeingScoreResult {
  const answer = text.slice(0, MAX_ANSWER_LENGTH);
  if (isSkipAnswer({ text: answer, locale })) return SKIPPED;
  for (const [pattern, score] of ANCHORS) if (pattern.test(answer)) return understood(score);

  const withoutScale = SCALE_MENTIONS.reduce((current, pattern) => current.replace(pattern, ' '), answer);
  const values = new Set<number>();
  for (const result of recognizeNumber(withoutScale, recognizerCulture(locale))) {
    const value = Number((result.resolution as RecognizedNumber | undefined)?.value);
    if (Number.isFinite(value)) values.add(value);
  }
  if (values.size === 0) return notUnderstood('noNumber');
  if (values.size > 1) return notUnderstood('ambiguous');
  const [score = Number.NaN] = [...values];
  if (!Number.isInteger(score)) return notUnderstood('notWholeNumber');
  if (score < ONS4_MIN || score > ONS4_MAX) return notUnderstood('outOfRange');
  return understood(score);
}
