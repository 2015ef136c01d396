// Public API of crisis and red-flag detection. The negation and third-party policy is written at the
// top of assessMessage.ts; the triage urgency policy at the top of redFlags.ts; route sources in routes.ts.

export { assessMessage } from './assessMessage';
export {
  screenMessage,
  answerMeansRisk,
  checkQuestionFor,
  type Screening,
  type SafetySignal,
  type ScreenOutcome,
} from './screenMessage';
export { wordsOf, sentencesOf } from './words';
export { assessRedFlags, hasRedFlag } from './redFlags';
export { safetyRoutes, NATION_ROUTES, type SafetyRoutesInput } from './routes';
export { SAFETY_LOCALES, FALLBACK_LOCALE } from './lexicons';
export { normaliseText } from './normalise';
export { englishRulesText, type MaskSet } from './prepare';
export { SafetyLexiconError } from './engine';
export type { SafetyLexicon, CrisisRule, RedFlagRule } from './lexicon';
export * from './types';
