// The learned layer at run time: the models of a task, loaded once from their files, averaged.
import type { AnalysedText, TokenSpan } from '../../frontEnd';
import { featureText } from './features';
import type { FastTextModel } from '../../model/fastText';
import { loadModels } from '../../model/load';
import { modelsDirectory, projectRoot } from '../../model/location';
import { NONE_LABEL, TASK_SETTINGS, type ClassifierTask, type TaskSettings } from './settings';

export interface Classifier {
  readonly task: ClassifierTask;
  /** Probability of each label (not "none") for the words first..last of a message (all by default). */
  scores(analysed: AnalysedText, span?: TokenSpan): Map<string, number>;
  readonly threshold: number;
}

class AveragedClassifier implements Classifier {
  readonly threshold: number;
  constructor(
    readonly task: ClassifierTask,
    private readonly settings: TaskSettings,
    private readonly models: readonly FastTextModel[],
  ) {
    this.threshold = settings.threshold;
  }

  /** Enough of the words are known to the first (whole-word) model for its reading to mean anything. */
  private readable(text: string): boolean {
    const [first] = this.models;
    const words = text.split(' ').length;
    return !first || words < this.settings.minWords || first.knownShare(text) >= this.settings.minKnownShare;
  }

  /** The whole message as the classifier reads it: each distinct sentence once, up to maxWords words. */
  private wholeText(analysed: AnalysedText): string {
    const seen = new Set<string>();
    const words: string[] = [];
    const sentences = analysed.sentences.length
      ? analysed.sentences
      : [{ first: 0, last: analysed.tokens.length - 1 }];
    for (const sentence of sentences) {
      const text = featureText(analysed, this.settings.negation, sentence);
      if (!text || seen.has(text)) continue;
      seen.add(text);
      words.push(...text.split(' '));
      if (words.length >= this.settings.maxWords) break;
    }
    return words.slice(0, this.settings.maxWords).join(' ');
  }

  scores(analysed: AnalysedText, span?: TokenSpan): Map<string, number> {
    const text = span ? featureText(analysed, this.settings.negation, span) : this.wholeText(analysed);
    const sum = new Map<string, number>();
    if (!text || !this.readable(text)) return sum;
    for (const model of this.models) {
      for (const [label, probability] of model.predict(text)) {
        if (label !== NONE_LABEL) sum.set(label, (sum.get(label) ?? 0) + probability);
      }
    }
    for (const [label, total] of sum) sum.set(label, total / this.models.length);
    return sum;
  }
}

const loaded = new Map<string, Classifier>();

/**
 * Reads a task's model files from a folder (default: the project's dist/models). Cached per folder;
 * settings other than the shipped ones are for trying them out, and are not cached.
 */
export function classifierFor(task: ClassifierTask, directory?: string, settings?: TaskSettings): Classifier {
  const folder = directory ?? modelsDirectory(projectRoot());
  const key = `${folder}\u0000${task}`;
  let classifier = settings ? undefined : loaded.get(key);
  if (!classifier) {
    const taskSettings = settings ?? TASK_SETTINGS[task];
    const models = loadModels(
      task,
      taskSettings.models.map(({ name }) => name),
      folder,
    );
    classifier = new AveragedClassifier(task, taskSettings, models);
    if (!settings) loaded.set(key, classifier);
  }
  return classifier;
}
