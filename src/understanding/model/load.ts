// Reading built model files at run time, with one error that says what to do when one is missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFastTextModel, type FastTextModel } from './fastText';
import { modelFileName, modelsDirectory, projectRoot } from './location';

export class ModelMissingError extends Error {
  readonly code = 'MODEL_MISSING';
  constructor(file: string) {
    super(`The understanding model ${file} is missing: run "npm run build" (it trains the models).`);
    this.name = 'ModelMissingError';
  }
}

/** The models of one task, read from a folder (default: the project's dist/models). */
export function loadModels(task: string, names: readonly string[], directory?: string): FastTextModel[] {
  const folder = directory ?? modelsDirectory(projectRoot());
  return names.map((name) => {
    const file = join(folder, modelFileName(task, name));
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new ModelMissingError(file);
    }
    return readFastTextModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}
