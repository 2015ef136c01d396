// The crisis check of a patient's message: the rules of src/domain/safety first, then the learned
// layer, which may add a check question (or, when it is very sure, the full crisis reply) where the
// rules found nothing. It never takes away, softens or changes what the rules found: a message the
// rules flag is answered as the rules say, and the model is not even asked.
import { z } from 'zod';
import safetyModelEnGB from '../data/en-GB/safetyModel.json';
import {
  CRISIS_KINDS,
  checkQuestionFor,
  hasRedFlag,
  screenMessage,
  type CrisisEvidence,
  type CrisisKind,
  type CrisisTier,
  type SafetyTextInput,
  type Screening,
  type Subject,
} from '../../domain/safety';
import type { AnalysedText } from '../frontEnd';
import { loadSafetyClassifiers, type SafetyClassifier } from './model/safetyModel';

/** The rule id of evidence that came from the learned layer (safe to log, like every rule id). */
export const MODEL_RULE = 'model.crisis';
/** Characters of a message kept as the words behind a flag the learned layer raised. */
export const MODEL_WORDS_LIMIT = 300;

export interface ModelThresholds {
  /** At or above: a check question where the rules found nothing. */
  readonly check: number;
  /** At or above: the full crisis reply where the rules found nothing (above 1: never). */
  readonly crisis: number;
}

/** What the learned layer makes of a patient's message. */
export interface CrisisModelReading {
  /** Probability that the message shows someone at risk. */
  readonly score: number;
  /** Kinds of risk, most likely first. */
  readonly kinds: readonly CrisisKind[];
  /** Who seems to be at risk, from the people the message names. */
  readonly subjects: readonly Subject[];
}

export type ScreeningSource = 'rules' | 'model';

export interface CheckedMessage extends Screening {
  /** Whose finding the outcome is: the rules', or the learned layer's where the rules found nothing. */
  readonly source: ScreeningSource;
  /** The learned layer's probability of risk, when it read the message. */
  readonly modelScore?: number;
}

const subjectData = z.object({
  about: z.string(),
  self: z.array(z.string().min(1)),
  other: z.array(z.string().min(1)),
});
let words: { self: ReadonlySet<string>; other: ReadonlySet<string> } | undefined;

/** Who a message is about: the writer when it says "I" or "me", someone else when it only names others. */
export function subjectsOf(analysed: AnalysedText): Subject[] {
  if (!words) {
    const parsed = subjectData.parse(safetyModelEnGB);
    words = { self: new Set(parsed.self), other: new Set(parsed.other) };
  }
  const said = new Set(analysed.tokens.map((token) => token.text));
  const self = [...said].some((word) => words?.self.has(word));
  const other = [...said].some((word) => words?.other.has(word));
  if (self) return other ? ['self', 'someoneElse'] : ['self'];
  return other ? ['someoneElse'] : ['self'];
}

const isCrisisKind = (label: string): label is CrisisKind =>
  (CRISIS_KINDS as readonly string[]).includes(label);

/** The learned layer's reading of a message; undefined when it could not read enough of the words. */
export function readCrisisRisk(classifier: SafetyClassifier, text: string): CrisisModelReading | undefined {
  const reading = classifier.read(text);
  if (!reading.readable) return undefined;
  return {
    score: reading.score,
    kinds: reading.labels.filter(isCrisisKind),
    subjects: subjectsOf(reading.analysed),
  };
}

/** The message as typed, on one line, cut at MODEL_WORDS_LIMIT characters: the words behind the flag. */
export function modelWords(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= MODEL_WORDS_LIMIT ? line : `${line.slice(0, MODEL_WORDS_LIMIT - 1).trimEnd()}…`;
}

/**
 * The combination rule. The rules' outcome stands whenever it is a crisis or a check. Only where the
 * rules found nothing may the model add: a check question at `thresholds.check`, the full crisis reply
 * at `thresholds.crisis`. It never removes anything, and never makes a crisis into a check.
 */
export function combineScreening(input: {
  rules: Screening;
  model: CrisisModelReading | undefined;
  thresholds: ModelThresholds;
  /** The words behind the flag, should the model raise one. */
  words: string;
}): CheckedMessage {
  const { rules, model, thresholds } = input;
  const fromRules: CheckedMessage = {
    ...rules,
    source: 'rules',
    ...(model ? { modelScore: model.score } : {}),
  };
  if (rules.outcome !== 'none' || !model || model.score < thresholds.check) return fromRules;
  // A model sure of risk but of no kind still asks: about ending life, the commonest risk it learned.
  const ranked: readonly CrisisKind[] = model.kinds.length ? model.kinds : ['suicidal'];
  const kinds = CRISIS_KINDS.filter((kind) => ranked.includes(kind));
  const subjects = model.subjects.length ? [...model.subjects] : (['self'] as Subject[]);
  const clear = model.score >= thresholds.crisis;
  const tier: CrisisTier = clear ? 'clear' : 'possible';
  const subject: Subject = subjects.includes('self') ? 'self' : 'someoneElse';
  const evidence: CrisisEvidence[] = [
    ...rules.assessment.evidence,
    ...kinds.map((kind) => ({
      kind,
      rule: MODEL_RULE,
      subject,
      status: 'current' as const,
      tier,
      sentence: 0,
    })),
  ];
  const [top = 'suicidal'] = ranked;
  return {
    outcome: clear ? 'crisis' : 'check',
    ...(clear ? {} : { question: checkQuestionFor(top, subjects) }),
    signals: [{ kind: top, tier, subject, words: input.words }],
    assessment: {
      crisis: clear,
      kinds: clear ? kinds : [],
      subjects: clear ? subjects : [],
      possible: !clear,
      possibleKinds: kinds,
      possibleSubjects: subjects,
      immediateDanger: false,
      evidence,
    },
    source: 'model',
    modelScore: model.score,
  };
}

/**
 * Rules, then the learned layer where the rules found nothing: the shipped classifier by default, the
 * rules alone when `classifier` is null (or for an empty message).
 */
export function checkMessage(
  input: SafetyTextInput,
  classifier: SafetyClassifier | null = loadSafetyClassifiers().crisis,
): CheckedMessage {
  const rules = screenMessage(input);
  if (rules.outcome !== 'none' || !classifier || !input.text.trim()) return { ...rules, source: 'rules' };
  const { checkThreshold, crisisThreshold } = classifier.settings;
  return combineScreening({
    rules,
    model: readCrisisRisk(classifier, input.text),
    thresholds: { check: checkThreshold, crisis: crisisThreshold },
    words: modelWords(input.text),
  });
}

/**
 * Whether a patient's message speaks of dependence on alcohol or drugs ("a bottle of vodka a day", "the
 * shakes until I have a drink"): they are told not to stop suddenly, as a receptionist is.
 */
export function mentionsDependence(input: SafetyTextInput): boolean {
  return hasRedFlag(input, 'alcoholDependence');
}
