// The shape of one evaluation task of `npm run eval:understanding`: a name, and a run function that
// reads its labelled files and returns figures for each split it found. Figures are fractions (0–1)
// or counts; misses are listed for the train and dev splits only, never for the sealed test split.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  /** The splits to read; all three when not given. */
  readonly splits?: readonly Split[];
}

/** The splits a run reads, in order. */
export const splitsOf = (context: EvalContext): readonly Split[] => context.splits ?? SPLITS;

export interface EvalTask {
  readonly name: string;
  run(context: EvalContext): SplitFigures[];
}

export interface Row {
  /** The file the row came from, e.g. intents-voices.tsv. */
  readonly file: string;
  readonly line: number;
  readonly columns: readonly string[];
}

/**
 * Tab-separated rows of every file of one task in one split, without comments and blank lines:
 * `intents.tsv` and any `intents-<more>.tsv` beside it (a second set written later, in other voices).
 * Undefined when the split has no such file.
 */
export function readRows(context: EvalContext, split: Split, file: string): Row[] | undefined {
  const folder = join(context.root, 'data', 'understanding', split);
  if (!existsSync(folder)) return undefined;
  const stem = file.replace(/\.tsv$/, '');
  const files = readdirSync(folder)
    .filter((name) => name === `${stem}.tsv` || (name.startsWith(`${stem}-`) && name.endsWith('.tsv')))
    .sort();
  if (!files.length) return undefined;
  return files.flatMap((name) =>
    readFileSync(join(folder, name), 'utf8')
      .split('\n')
      .map((text, index) => ({
        file: name,
        line: index + 1,
        columns: text.replace(/\r$/, '').split('\t'),
      }))
      .filter((row) => row.columns.join('').trim() !== '' && !(row.columns[0] ?? '').startsWith('#')),
  );
}

/** The names of the files rows came from, in order, joined for a report. */
export const filesOf = (rows: readonly Row[]): string => [...new Set(rows.map((row) => row.file))].join(',');

/** Accuracy on each file, as detail figures (`accuracy@intents-voices.tsv`), when rows came from more than one. */
export function accuracyByFile(rows: readonly Row[], right: readonly boolean[]): Record<string, number> {
  const files = [...new Set(rows.map((row) => row.file))];
  if (files.length < 2) return {};
  const figures: Record<string, number> = {};
  for (const file of files) {
    const mine = rows.flatMap((row, index) => (row.file === file ? [right[index] === true] : []));
    figures[`accuracy.${file.replace(/\.tsv$/, '')}`] = mine.filter(Boolean).length / mine.length;
  }
  return figures;
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
