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

/** One model of a task, by the name its file takes. */
export interface NamedModel {
  readonly name: string;
  readonly settings: FastTextSettings;
}

/** The label of a line that has none of a task's labels. */
export const NONE_LABEL = 'none';
