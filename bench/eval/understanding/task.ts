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

/**
 * Milliseconds per message. Each message is understood `rounds` times after as many rounds to warm up;
 * its own median is its cost, which leaves out pauses the machine caused (other work on a shared
 * machine, garbage collection). p50 and p99 are taken across messages; `rawP99` is the 99th percentile
 * of every single call, pauses included.
 */
export function timings(
  inputs: readonly (() => unknown)[],
  rounds: number,
): { p50: number; p99: number; rawP99: number } {
  for (let round = 0; round < rounds; round += 1) inputs.forEach((call) => call());
  const perInput: number[][] = inputs.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    inputs.forEach((call, index) => {
      const start = performance.now();
      call();
      perInput[index]?.push(performance.now() - start);
    });
  }
  const quantile = (values: number[], q: number): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  };
  const medians = perInput.map((times) => quantile(times, 0.5));
  return {
    p50: quantile(medians, 0.5),
    p99: quantile(medians, 0.99),
    rawP99: quantile(perInput.flat(), 0.99),
  };
}
