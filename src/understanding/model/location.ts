// Where the learned layer's model files live: built, never committed, under dist/models of the
// project (npm run build writes them; the tests' global setup builds them when missing).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const roots = new Map<string, string>();

/**
 * The folder that holds package.json, found from this file (as source or compiled into dist). Found
 * once per starting folder: the checks ask for it on every message, and the disk does not move.
 */
export function projectRoot(from: string = __dirname): string {
  const known = roots.get(from);
  if (known !== undefined) return known;
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  roots.set(from, dir);
  return dir;
}

export const modelsDirectory = (root: string): string => join(root, 'dist', 'models');

/** One model of a task: `needs.words.bin`, `crisis.subwords.bin`. */
export const modelFileName = (task: string, name: string): string => `${task}.${name}.bin`;
