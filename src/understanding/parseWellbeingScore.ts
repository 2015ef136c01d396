// An ONS4 answer: a whole number from 0 to 10, typed as digits or words ("seven", "about a 6", "7ish",
// "six out of ten", "7/10"), or the scale's own words ("not at all", "completely", "middling").
// recognizers-text reads the number words; "out of ten" is taken away first because it reads "six out
// of ten" and "7/10" as fractions. Anything that is not one whole number from 0 to 10 ("8.5", "between
// 6 and 7", "11") is not guessed at: the reason lets the dialog say exactly what to fix.
import { ONS4_MAX, ONS4_MIN } from '../domain/wellbeing/ons4';
import type { Evidence, Grounded } from './evidence';
import { recognizeNumbers } from './recognizers';
import { SKIPPED, notUnderstood, type Skipped } from './result';
import { DEFAULT_CULTURE, MAX_ANSWER_LENGTH, isSkipAnswer, recognizerCulture } from './text';

export type WellbeingScoreReason = 'noNumber' | 'ambiguous' | 'outOfRange' | 'notWholeNumber';
export type WellbeingScoreResult =
  | ({ readonly ok: true; readonly value: number } & Grounded)
  | { readonly ok: false; readonly reason: WellbeingScoreReason }
  | Skipped;

export interface ParseWellbeingScoreInput {
  readonly text: string;
  readonly locale?: string;
}

// The scale's anchors as ONS words them ("0 is not at all, 10 is completely"), alone or before the
// question's own word ("not at all anxious", "completely satisfied").
const ANCHORS: readonly (readonly [RegExp, number])[] = [
  [/^\s*(?:not at all|none at all|nothing at all)(?:\s+[a-z]+)?\W*$/i, ONS4_MIN],
  [/^\s*(?:completely|totally|entirely)(?:\s+[a-z]+)?\W*$/i, ONS4_MAX],
];
/** The middle of the scale said in words, used when no number is given. */
const MIDDLE = /\b(?:middling|middlin|in the middle|right in the middle|halfway|half way|midway|mid way)\b/i;
const MIDDLE_SCORE = 5;

const TEN = '(?:10|ten)';
const SCALE_MENTIONS = [
  new RegExp(
    `\\b(?:on a scale of|from|between)\\s+(?:0|zero|nought|1|one)\\s*(?:to|-|–|and)\\s*${TEN}\\b`,
    'gi',
  ),
  new RegExp(`\\s*(?:/|out of|outta)\\s*${TEN}\\b`, 'gi'),
];
// "7ish", "fiveish": the number, roughly, which is still the number.
const ISH = /\b(\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)ish\b/gi;
// "5-6" is a range, not 5 and minus 6.
const DASH_RANGE = /\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b/g;

interface RecognizedNumber {
  value?: unknown;
}

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (whole) => ' '.repeat(whole.length));
}

export function parseWellbeingScore({
  text,
  locale = DEFAULT_CULTURE,
}: ParseWellbeingScoreInput): WellbeingScoreResult {
  const answer = text.slice(0, MAX_ANSWER_LENGTH);
  if (isSkipAnswer({ text: answer, locale })) return SKIPPED;
  const whole = (score: number, reading: string): WellbeingScoreResult => ({
    ok: true,
    value: score,
    confidence: 1,
    evidence: [{ start: 0, end: answer.length, text: answer, reading }],
  });
  for (const [pattern, score] of ANCHORS) if (pattern.test(answer)) return whole(score, `score ${score}`);

  if (DASH_RANGE.test(answer)) {
    DASH_RANGE.lastIndex = 0;
    return notUnderstood('ambiguous');
  }
  // Same length as the answer throughout, so offsets found below are the patient's own.
  const withoutScale = SCALE_MENTIONS.reduce(blank, answer).replace(ISH, (all: string, number: string) =>
    number.padEnd(all.length, ' '),
  );
  const values = new Map<number, Evidence>();
  for (const result of recognizeNumbers(withoutScale, recognizerCulture(locale))) {
    const value = Number((result.resolution as RecognizedNumber | undefined)?.value);
    if (!Number.isFinite(value) || values.has(value)) continue;
    values.set(value, {
      start: result.start,
      end: result.end + 1,
      text: answer.slice(result.start, result.end + 1),
      reading: `score ${value}`,
    });
  }
  if (values.size === 0) {
    const middle = MIDDLE.exec(answer);
    if (middle) {
      return {
        ok: true,
        value: MIDDLE_SCORE,
        confidence: 0.9,
        evidence: [
          { start: middle.index, end: middle.index + middle[0].length, text: middle[0], reading: 'score 5' },
        ],
      };
    }
    return notUnderstood('noNumber');
  }
  if (values.size > 1) return notUnderstood('ambiguous');
  const [[score, evidence] = [Number.NaN, undefined]] = [...values];
  if (!Number.isInteger(score)) return notUnderstood('notWholeNumber');
  if (score < ONS4_MIN || score > ONS4_MAX) return notUnderstood('outOfRange');
  const words = answer.trim().split(/\s+/).length;
  return {
    ok: true,
    value: score,
    confidence: words <= 4 ? 1 : 0.9,
    evidence: evidence ? [evidence] : [],
  };
}
