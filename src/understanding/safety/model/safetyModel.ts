// The safety classifiers at run time: the models of a task, loaded once from their files, averaged.
// Synchronous and small, so the check of every message stays well under a millisecond.
import type { MaskSet } from '../../../domain/safety';
import type { AnalysedText } from '../../frontEnd';
import type { FastTextModel } from '../../model/fastText';
import { loadModels } from '../../model/load';
import { modelsDirectory, projectRoot } from '../../model/location';
import { NONE_LABEL } from '../../model/settings';
import { readYesNo } from '../../yesNo';
import { analyseForSafety, safetyFeatureText } from './features';
import {
  MASKS,
  RISK_LABEL,
  SAFETY_MODEL_SETTINGS,
  type SafetyModelSettings,
  type SafetyModelTaskId,
} from './settings';

/** What a safety classifier makes of one message. */
export interface RiskReading {
  /** Averaged probability that the message needs someone to act (0 when it could not be read). */
  readonly score: number;
  /** Kinds of crisis or red flags, most likely first (those within `labelShare` of the most likely). */
  readonly labels: readonly string[];
  /** False when too few of the words are words the models learned (another language, gibberish). */
  readonly readable: boolean;
  /** The front end's reading of the text the rules read, for callers that look at its words. */
  readonly analysed: AnalysedText;
}

export interface SafetyClassifier {
  readonly task: SafetyModelTaskId;
  readonly settings: SafetyModelSettings;
  read(text: string): RiskReading;
}

/** Longest message that may be a bare answer, left to the question it answers. */
const PLAIN_ANSWER_WORDS = 6;

class AveragedSafetyClassifier implements SafetyClassifier {
  private readonly masks: MaskSet | undefined;

  constructor(
    readonly task: SafetyModelTaskId,
    readonly settings: SafetyModelSettings,
    private readonly models: readonly FastTextModel[],
  ) {
    this.masks = settings.reads === 'rulesText' ? MASKS[task] : undefined;
  }

  read(text: string): RiskReading {
    const analysed = analyseForSafety(text, this.masks);
    const features = safetyFeatureText(analysed, this.settings.maxWords);
    const [first] = this.models;
    const words = features ? features.split(' ').length : 0;
    const readable =
      words > 0 &&
      (!first || words < this.settings.minWords || first.knownShare(features) >= this.settings.minKnownShare);
    if (!readable) return { score: 0, labels: [], readable: false, analysed };
    // A patient's whole plain yes or no ("yeah go on") says nothing by itself: what it means is the
    // question's. The answer to a check question is read by its dialog; at any other prompt it is an
    // answer. (A receptionist's note, the only text the notes model reads, is never a bare answer.)
    if (
      this.task === 'crisis' &&
      words <= PLAIN_ANSWER_WORDS &&
      readYesNo({ text, locale: 'en-GB', analysed }).whole
    ) {
      return { score: 0, labels: [], readable: true, analysed };
    }
    const sum = new Map<string, number>();
    for (const model of this.models) {
      for (const [label, probability] of model.predict(features)) {
        if (label !== NONE_LABEL) sum.set(label, (sum.get(label) ?? 0) + probability);
      }
    }
    const count = Math.max(1, this.models.length);
    const score = (sum.get(RISK_LABEL) ?? 0) / count;
    const ranked = [...sum.entries()]
      .filter(([label]) => label !== RISK_LABEL)
      .map(([label, total]) => [label, total / count] as const)
      .sort((a, b) => b[1] - a[1]);
    const best = ranked[0]?.[1] ?? 0;
    const labels = ranked
      .filter(([, probability]) => best > 0 && probability >= best * this.settings.labelShare)
      .map(([label]) => label);
    return { score, labels, readable: true, analysed };
  }
}

export type SafetyClassifiers = Readonly<Record<SafetyModelTaskId, SafetyClassifier>>;

/** One task's models, read from a folder (default: the project's dist/models), with its settings. */
export function loadSafetyClassifier(
  task: SafetyModelTaskId,
  directory?: string,
  settings: SafetyModelSettings = SAFETY_MODEL_SETTINGS[task],
): SafetyClassifier {
  const models = loadModels(
    task,
    settings.models.map(({ name }) => name),
    directory ?? modelsDirectory(projectRoot()),
  );
  return new AveragedSafetyClassifier(task, settings, models);
}

const loaded = new Map<string, SafetyClassifiers>();

/** Both safety classifiers with their shipped settings, read once per folder. */
export function loadSafetyClassifiers(directory?: string): SafetyClassifiers {
  const folder = directory ?? modelsDirectory(projectRoot());
  let classifiers = loaded.get(folder);
  if (!classifiers) {
    classifiers = {
      crisis: loadSafetyClassifier('crisis', folder),
      redFlags: loadSafetyClassifier('redFlags', folder),
    };
    loaded.set(folder, classifiers);
  }
  return classifiers;
}
