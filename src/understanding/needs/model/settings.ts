// The learned layer's settings: what each classifier is trained on and how, and the threshold above
// which a classifier's need is added to what the rules found. Chosen on data/understanding/dev/ (see
// docs/ARCHITECTURE.md, "Needs: rules and a learned layer"); changing any of them retrains the models
// at the next build.
import type { NegationProfile } from '../../frontEnd';
import type { NamedModel } from '../../model/settings';

export { NONE_LABEL } from '../../model/settings';

export const CLASSIFIER_TASKS = ['needs', 'interests'] as const;
export type ClassifierTask = (typeof CLASSIFIER_TASKS)[number];

export interface TaskSettings {
  /** The labelled file under data/understanding/train/ the models learn from, without ".tsv". */
  readonly corpus: string;
  /** The negation words used to mark negated words (as the rules of the task use them). */
  readonly negation: NegationProfile;
  /** Models whose probabilities are averaged: one on whole words, one also on parts of words (typos). */
  readonly models: readonly NamedModel[];
  /** A need the rules did not find is added when the averaged probability reaches this. */
  readonly threshold: number;
  /**
   * The classifier says nothing about a message of `minWords` words or more of which less than this
   * share are words it learned: pasted text, another language, gibberish ("blah blah blah...").
   */
  readonly minKnownShare: number;
  readonly minWords: number;
  /**
   * The classifier reads a message's sentences once each (a pasted or repeated sentence counts once),
   * up to this many words: it learned from answers of at most about 60 words, and a long paste read
   * whole drowns what it knows in word pairs it never saw. The rules read the whole message.
   */
  readonly maxWords: number;
}

const common = {
  dim: 16,
  epoch: 50,
  lr: 1.0,
  wordNgrams: 2,
  bucket: 10000,
  minCount: 1,
  neg: 5,
  ws: 5,
  lrUpdateRate: 100,
  t: 0.0001,
  loss: 'ova',
  seed: 10,
} as const;

export const TASK_SETTINGS: Readonly<Record<ClassifierTask, TaskSettings>> = {
  needs: {
    corpus: 'needs',
    negation: 'default',
    models: [
      { name: 'words', settings: { ...common, minn: 0, maxn: 0 } },
      { name: 'subwords', settings: { ...common, minn: 3, maxn: 5 } },
    ],
    threshold: 0.5,
    minKnownShare: 0.3,
    minWords: 4,
    maxWords: 120,
  },
  interests: {
    corpus: 'interests',
    negation: 'interests',
    models: [
      { name: 'words', settings: { ...common, minn: 0, maxn: 0 } },
      { name: 'subwords', settings: { ...common, minn: 3, maxn: 5 } },
    ],
    threshold: 0.5,
    minKnownShare: 0.3,
    minWords: 4,
    maxWords: 120,
  },
};
