// Where the learned layer's model files live: built, never committed, under dist/models of the
// project (npm run build writes them; the tests' global setup builds them when missing).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder that holds package.json, found from this file (as source or compiled into dist). */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

export const modelsDirectory = (root: string): string => join(root, 'dist', 'models');

/** One model of a task: `needs.words.bin`, `crisis.subwords.bin`. */
export const modelFileName = (task: string, name: string): string => `${task}.${name}.bin`;
