// The shape of one evaluation task of `npm run eval:understanding`: a name, and a run function that
// reads its labelled files and returns figures for each split it found. Figures are fractions (0–1)
// or counts; misses are listed for the train and dev splits only, never for the sealed test split.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SPLITS = ['train', 'dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

export interface SplitFigures {
  readonly split: Split;
  readonly file: string;
  readonly cases: number;
  /** Named figures, e.g. accuracy, precision.book, recall.book. */
  readonly figures: Readonly<Record<string, number>>;
  /** Lines the task got wrong, as "expected → got | text": only for train and dev. */
  readonly misses: readonly string[];
}

export interface EvalContext {
  /** The folder that holds data/understanding. */
  readonly root: string;
}

export interface EvalTask {
  readonly name: string;
  run(context: EvalContext): SplitFigures[];
}

export interface Row {
  readonly line: number;
  readonly columns: readonly string[];
}

/** Tab-separated rows, without comments and blank lines; undefined when the file does not exist. */
export function readRows(context: EvalContext, split: Split, file: string): Row[] | undefined {
  const path = join(context.root, 'data', 'understanding', split, file);
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((text, index) => ({ line: index + 1, columns: text.replace(/\r$/, '').split('\t') }))
    .filter((row) => row.columns.join('').trim() !== '' && !(row.columns[0] ?? '').startsWith('#'));
}

/** The alternatives of an expected column: "a | b" means either counts. */
export const alternatives = (expected: string): string[] =>
  expected
    .split(' | ')
    .map((value) => value.trim())
    .filter(Boolean);

/** Accuracy, and precision and recall per label, for single-label answers. */
export function labelFigures(
  results: readonly { expected: readonly string[]; got: string }[],
  labels: readonly string[],
): Record<string, number> {
  const figures: Record<string, number> = {};
  const right = results.filter((result) => result.expected.includes(result.got)).length;
  figures.accuracy = results.length ? right / results.length : 0;
  for (const label of labels) {
    const predicted = results.filter((result) => result.got === label);
    const actual = results.filter((result) => result.expected[0] === label);
    const truePositives = predicted.filter((result) => result.expected.includes(label)).length;
    if (predicted.length) figures[`precision.${label}`] = truePositives / predicted.length;
    if (actual.length) {
      figures[`recall.${label}`] =
        actual.filter((result) => result.expected.includes(result.got)).length / actual.length;
    }
  }
  return figures;
}
