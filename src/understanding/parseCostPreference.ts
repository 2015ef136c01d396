// Whether activities must be free. Patients answer with a level ("free only", "a few quid", "don't
// mind") or just yes/no to the question asked, so the question's polarity is an input.
import type { CostLevel, CostPreference } from '../domain/needs/preferences';
import { repliesFor } from './lexicon';
import { parseYesNo } from './parseYesNo';
import { SKIPPED, isSkipped, notUnderstood, understood, type Understood } from './result';
import { DEFAULT_CULTURE, MAX_ANSWER_LENGTH, canonical, isSkipAnswer, tagPhrases } from './text';

/**
 * How the question was put: "Does it need to be free?" (yes → free only) or "Are you happy to pay a
 * little?" (yes → low cost).
 */
export type CostQuestion = 'mustBeFree' | 'happyToPay';

export type CostReason = 'notUnderstood';
export type CostResult = Understood<CostPreference, CostReason>;

export interface ParseCostPreferenceInput {
  readonly text: string;
  readonly locale?: string;
  readonly question?: CostQuestion;
}

// Stricter wins when an answer names two levels: "I don't mind, but free would be best" is free only.
const STRICTNESS: readonly CostLevel[] = ['freeOnly', 'lowCost', 'anyCost'];

const AMOUNT = /£\s*(\d+(?:\.\d{1,2})?)|\b(\d+(?:\.\d{1,2})?)\s*(?:pounds?|quid|gbp)\b/i;
const NAMED_AMOUNTS: readonly (readonly [RegExp, number])[] = [
  [/\bfiver\b/i, 5],
  [/\btenner\b/i, 10],
];

function amountIn(text: string): number | undefined {
  const match = AMOUNT.exec(text);
  if (match) return Number(match[1] ?? match[2]);
  return NAMED_AMOUNTS.find(([pattern]) => pattern.test(text))?.[1];
}

export function parseCostPreference({
  text,
  locale = DEFAULT_CULTURE,
  question = 'mustBeFree',
}: ParseCostPreferenceInput): CostResult {
  const answer = text.slice(0, MAX_ANSWER_LENGTH);
  const words = repliesFor(locale).cost;
  const normalised = canonical(answer, locale);
  // Longest phrase wins across levels: "doesn't have to be free" is not "free".
  const levels = new Set(
    tagPhrases(normalised, [
      { tag: 'freeOnly' as const, phrases: words.freeOnly },
      { tag: 'lowCost' as const, phrases: words.lowCost },
      { tag: 'anyCost' as const, phrases: words.anyCost },
    ]).map((span) => span.tag),
  );

  const amount = amountIn(answer);
  if (amount !== undefined) {
    if (amount === 0) return understood({ level: 'freeOnly' });
    return understood({ level: 'lowCost', maxPounds: amount });
  }
  const level = STRICTNESS.find((candidate) => levels.has(candidate));
  if (level) return understood({ level });

  if (isSkipAnswer({ text: answer, locale })) return SKIPPED;
  const yesNo = parseYesNo({ text: answer, locale });
  if (isSkipped(yesNo)) return SKIPPED;
  if (!yesNo.ok) return notUnderstood('notUnderstood');
  const saidYes = yesNo.value;
  if (question === 'mustBeFree') return understood({ level: saidYes ? 'freeOnly' : 'lowCost' });
  return understood({ level: saidYes ? 'lowCost' : 'freeOnly' });
}
