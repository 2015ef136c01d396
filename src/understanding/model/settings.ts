// fastText's training arguments, shared by every task of the learned layer (needs, interests, the
// safety checks). Each task names its models and their settings next to the code that reads them.

/** fastText's training arguments for one model (scripts/fastTextTrain.mjs passes them on). */
export interface FastTextSettings {
  readonly dim: number;
  readonly epoch: number;
  readonly lr: number;
  readonly wordNgrams: number;
  /** Character n-grams from minn to maxn letters (0 and 0: none). */
  readonly minn: number;
  readonly maxn: number;
  readonly bucket: number;
  readonly minCount: number;
  readonly neg: number;
  readonly ws: number;
  readonly lrUpdateRate: number;
  readonly t: number;
  readonly loss: 'ova' | 'softmax';
  readonly seed: number;
}

/**
 * The arguments every model of the learned layer shares; a task sets its learning rate. Each task
 * trains two models, one on whole words and one on character n-grams, and averages them.
 */
export const SHARED_SETTINGS: Omit<FastTextSettings, 'minn' | 'maxn' | 'lr'> = {
  dim: 16,
  epoch: 50,
  wordNgrams: 2,
  bucket: 10000,
  minCount: 1,
  neg: 5,
  ws: 5,
  lrUpdateRate: 100,
  t: 0.0001,
  loss: 'ova',
  seed: 10,
};

/** The two models of a task at a learning rate: whole words, and character n-grams of 3 to 5. */
export const wordAndSubwordModels = (lr: number): NamedModel[] => [
  { name: 'words', settings: { ...SHARED_SETTINGS, lr, minn: 0, maxn: 0 } },
  { name: 'subwords', settings: { ...SHARED_SETTINGS, lr, minn: 3, maxn: 5 } },
];

/** One model of a task, by the name its file takes. */
export interface NamedModel {
  readonly name: string;
  readonly settings: FastTextSettings;
}

/** The label of a line that has none of a task's labels. */
export const NONE_LABEL = 'none';
