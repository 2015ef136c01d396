// What Signpost does with one message, from the crisis check: the full crisis reply, one direct check
// question, or nothing. The bot runs it on every message from a patient (and on the text of card
// submits), before any dialog. The words that raised each signal are kept for the link worker.

import { assessMessage } from './assessMessage';
import { prepareMessage } from './prepare';
import type {
  CheckQuestion,
  CrisisAssessment,
  CrisisEvidence,
  CrisisKind,
  CrisisTier,
  SafetyTextInput,
  Subject,
} from './types';
import { wordsOf } from './words';

export type ScreenOutcome = 'crisis' | 'check' | 'none';

/** One reason for concern, with the sentence that raised it as it was typed. */
export interface SafetySignal {
  kind: CrisisKind;
  tier: CrisisTier;
  subject: Subject;
  words: string;
}

export interface Screening {
  outcome: ScreenOutcome;
  /** The question to ask when the outcome is `check`. */
  question?: CheckQuestion;
  /** Current signals, clear ones first, each kind and sentence once. */
  signals: SafetySignal[];
  assessment: CrisisAssessment;
}

/** The direct question for a kind of risk: about someone else when the writer is not among those at risk. */
export function checkQuestionFor(kind: CrisisKind | undefined, subjects: readonly Subject[]): CheckQuestion {
  if (!subjects.includes('self')) return 'someoneInDanger';
  switch (kind) {
    case 'suicidal':
      return 'endingLife';
    case 'abuse':
      return 'someoneHurting';
    case 'harmToOthers':
      return 'someoneInDanger';
    default:
      return 'safeNow';
  }
}

function questionFor(
  kinds: readonly CrisisKind[],
  subjects: readonly Subject[],
  possible: readonly CrisisEvidence[],
): CheckQuestion {
  if (!subjects.includes('self')) return 'someoneInDanger';
  // The most urgent kind decides; a rule may name its own question ("I've got a knife by the door").
  const named = possible.find((item) => item.kind === kinds[0] && item.question)?.question;
  return named ?? checkQuestionFor(kinds[0], subjects);
}

/** Whether an answer to a check question means the person is at risk: yes, except to "Are you safe?". */
export function answerMeansRisk(question: CheckQuestion, yes: boolean): boolean {
  return question === 'safeNow' ? !yes : yes;
}

export function screenMessage(input: SafetyTextInput): Screening {
  const assessment = assessMessage(input);
  const current = assessment.evidence.filter((item) => item.status === 'current');
  let signals: SafetySignal[] = [];
  if (current.length > 0) {
    const { text } = prepareMessage(input.text);
    const seen = new Set<string>();
    const ordered = [
      ...current.filter((item) => item.tier === 'clear'),
      ...current.filter((item) => item.tier === 'possible'),
    ];
    signals = ordered.flatMap((item) => {
      const key = `${item.kind}|${item.sentence}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        { kind: item.kind, tier: item.tier, subject: item.subject, words: wordsOf(text, item.sentence) },
      ];
    });
  }
  if (assessment.crisis) return { outcome: 'crisis', signals, assessment };
  if (assessment.possible) {
    return {
      outcome: 'check',
      question: questionFor(
        assessment.possibleKinds,
        assessment.possibleSubjects,
        current.filter((item) => item.tier === 'possible'),
      ),
      signals,
      assessment,
    };
  }
  return { outcome: 'none', signals, assessment };
}
