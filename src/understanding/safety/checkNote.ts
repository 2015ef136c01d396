// The red-flag check of a receptionist's note: the rules (readTriageNote) first, then the learned
// layer, which may only add. When the rules find nothing and the model says a clinician is likely
// needed, the note is marked for a clinician today (`sameDayGp`) and the receptionist is asked to
// check with one: a person decides. It never takes away or lowers what the rules found.
import { RED_FLAG_KINDS, type RedFlagKind } from '../../domain/safety';
import { readTriageNote, type TriageReading } from '../triageNote';
import { modelWords } from './checkMessage';
import type { RiskReading, SafetyClassifier } from './model/safetyModel';
import { loadSafetyClassifiers } from './model/safetyModel';

export interface CheckedNote extends TriageReading {
  /** Whose finding the urgency is: the rules', or the learned layer's where the rules found nothing. */
  readonly source: 'rules' | 'model';
  /** The learned layer's probability that a clinician is needed, when it read the note. */
  readonly modelScore?: number;
}

const isRedFlag = (label: string): label is RedFlagKind =>
  (RED_FLAG_KINDS as readonly string[]).includes(label);

/**
 * The combination rule for notes: an urgency the rules found stands as it is. Only where they found
 * none, and the model's probability reaches `threshold`, is the note marked for a clinician today,
 * with the red flags the model names (or "other" when it names none).
 */
export function combineTriage(input: {
  rules: TriageReading;
  model: Pick<RiskReading, 'score' | 'labels' | 'readable'> | undefined;
  threshold: number;
  words: string;
}): CheckedNote {
  const { rules, model, threshold } = input;
  const score = model?.readable ? model.score : undefined;
  const fromRules: CheckedNote = {
    ...rules,
    source: 'rules',
    ...(score === undefined ? {} : { modelScore: score }),
  };
  if (rules.urgency !== 'none' || score === undefined || score < threshold) return fromRules;
  const named = (model?.labels ?? []).filter(isRedFlag);
  return {
    ...rules,
    urgency: 'sameDayGp',
    flags: named.length ? RED_FLAG_KINDS.filter((flag) => named.includes(flag)) : ['otherEmergency'],
    words: [input.words],
    source: 'model',
    modelScore: score,
  };
}

/** Rules, then the learned layer where the rules found nothing (the rules alone without a classifier). */
export function checkTriageNote(
  input: { text: string; locale: string },
  classifier: SafetyClassifier | undefined = loadSafetyClassifiers().redFlags,
): CheckedNote {
  const rules = readTriageNote(input);
  if (rules.urgency !== 'none' || !classifier || !input.text.trim()) return { ...rules, source: 'rules' };
  return combineTriage({
    rules,
    model: classifier.read(input.text),
    threshold: classifier.settings.checkThreshold,
    words: modelWords(input.text),
  });
}
