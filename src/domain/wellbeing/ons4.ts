// ONS4 personal wellbeing (GSS harmonised standard, Open Government Licence): four questions answered
// 0–10. Only ids live here; the question wording belongs in the locale files.
// Thresholds: ONS "Personal well-being user guidance" — life satisfaction, worthwhile and happiness:
// low 0–4, medium 5–6, high 7–8, very high 9–10; anxiety (higher is worse): very low 0–1, low 2–3,
// medium 4–5, high 6–10.

export const ONS4_QUESTION_IDS = ['lifeSatisfaction', 'worthwhile', 'happiness', 'anxiety'] as const;
export type Ons4QuestionId = (typeof ONS4_QUESTION_IDS)[number];

export type Ons4Direction = 'higherIsBetter' | 'higherIsWorse';

export interface Ons4Question {
  readonly id: Ons4QuestionId;
  readonly direction: Ons4Direction;
}

/** In the order the standard asks them. */
export const ONS4_QUESTIONS: readonly Ons4Question[] = [
  { id: 'lifeSatisfaction', direction: 'higherIsBetter' },
  { id: 'worthwhile', direction: 'higherIsBetter' },
  { id: 'happiness', direction: 'higherIsBetter' },
  { id: 'anxiety', direction: 'higherIsWorse' },
];

export const ONS4_MIN = 0;
export const ONS4_MAX = 10;

export type Ons4Band = 'veryLow' | 'low' | 'medium' | 'high' | 'veryHigh';

export type Ons4Scores = Partial<Record<Ons4QuestionId, number>>;

export class Ons4ScoreError extends RangeError {
  readonly code = 'ONS4_SCORE_INVALID';
  constructor(id: Ons4QuestionId, score: number) {
    super(`ONS4 ${id} score must be a whole number from 0 to 10, got ${score}`);
    this.name = 'Ons4ScoreError';
  }
}

export function isOns4Score(score: number): boolean {
  return Number.isInteger(score) && score >= ONS4_MIN && score <= ONS4_MAX;
}

export function ons4Band(id: Ons4QuestionId, score: number): Ons4Band {
  if (!isOns4Score(score)) throw new Ons4ScoreError(id, score);
  if (id === 'anxiety') {
    if (score <= 1) return 'veryLow';
    if (score <= 3) return 'low';
    if (score <= 5) return 'medium';
    return 'high';
  }
  if (score <= 4) return 'low';
  if (score <= 6) return 'medium';
  if (score <= 8) return 'high';
  return 'veryHigh';
}

/** The answers ONS counts as a concern: low wellbeing (0–4), or high anxiety (6–10). */
export function isOns4Concern(id: Ons4QuestionId, score: number): boolean {
  const band = ons4Band(id, score);
  return id === 'anxiety' ? band === 'high' : band === 'low';
}

export interface Ons4Answer {
  readonly id: Ons4QuestionId;
  readonly score: number;
  readonly direction: Ons4Direction;
  readonly band: Ons4Band;
  readonly concern: boolean;
}

export interface Ons4Summary {
  /** Answered questions, in the standard's order. */
  readonly answers: readonly Ons4Answer[];
  readonly unanswered: readonly Ons4QuestionId[];
  readonly complete: boolean;
  /** Life satisfaction, worthwhile or happiness scored 0–4. */
  readonly lowWellbeing: readonly Ons4QuestionId[];
  /** Anxiety scored 6–10. */
  readonly highAnxiety: boolean;
  /** Every question whose answer is a concern, for the link worker's summary. */
  readonly concerns: readonly Ons4QuestionId[];
}

/**
 * Summarises a baseline (or any later measurement). Scores reach here already parsed and validated, so
 * an invalid one is a bug and throws Ons4ScoreError.
 */
export function summariseOns4({ scores }: { scores: Ons4Scores }): Ons4Summary {
  const answers: Ons4Answer[] = [];
  const unanswered: Ons4QuestionId[] = [];
  for (const question of ONS4_QUESTIONS) {
    const score = scores[question.id];
    if (score === undefined) {
      unanswered.push(question.id);
      continue;
    }
    answers.push({
      id: question.id,
      score,
      direction: question.direction,
      band: ons4Band(question.id, score),
      concern: isOns4Concern(question.id, score),
    });
  }
  const concerns = answers.filter((answer) => answer.concern).map((answer) => answer.id);
  return {
    answers,
    unanswered,
    complete: unanswered.length === 0,
    lowWellbeing: concerns.filter((id) => id !== 'anxiety'),
    highAnxiety: concerns.includes('anxiety'),
    concerns,
  };
}
