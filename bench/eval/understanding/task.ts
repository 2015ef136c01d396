// What every understanding evaluation returns: figures per split. A sealed split (data/understanding/
// test) is only ever counted: its sentences are never printed. Misses are kept for the other splits.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface SplitFigures {
  readonly split: string;
  readonly cases: number;
  /** Named figures: accuracy, precision, recall, p99 milliseconds and so on. */
  readonly figures: Readonly<Record<string, number>>;
  /** Lines the task got wrong, with what it said; absent for a sealed split. */
  readonly misses?: readonly string[];
}

export interface UnderstandingTask {
  readonly name: string;
  run(root: string): SplitFigures[];
}

export const SEALED_SPLIT = 'test';

/** The directory holding package.json, from dist/bench/... or bench/... alike. */
export function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + from);
    dir = parent;
  }
  return dir;
}

/** The splits that have this file, in the order dev, train, test. */
export function splitsWith(root: string, file: string): { split: string; path: string }[] {
  return ['dev', 'train', SEALED_SPLIT]
    .map((split) => ({ split, path: join(root, 'data/understanding', split, file) }))
    .filter(({ path }) => existsSync(path));
}

/** Tab-separated rows, without comment and blank lines. */
export function readRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

/** Alternatives in an expected column are separated by " | ". */
export function alternativesOf(expected: string): string[] {
  return expected.split(' | ').map((alternative) => alternative.trim());
}

/** Milliseconds per call, over `rounds` passes of every input, after one pass to warm up. */
export function timings(inputs: readonly (() => unknown)[], rounds: number): { p50: number; p99: number } {
  for (let round = 0; round < rounds; round += 1) inputs.forEach((call) => call());
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const call of inputs) {
      const start = performance.now();
      call();
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}
