// Tries settings of the needs and interests classifiers on the development split: each candidate is
// trained into a temporary folder, then rules and classifier together are scored on
// data/understanding/dev/ at several thresholds. Never reads the sealed test split.
// Run: npm run build && node dist/bench/tuneUnderstandingModels.js [needs|interests]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModels } from '../src/understanding/model/build';
import { classifierFor } from '../src/understanding/needs/model/classifier';
import { projectRoot } from '../src/understanding/model/location';
import { needsModelTask } from '../src/understanding/needs/model/tasks';
import type { FastTextSettings } from '../src/understanding/model/settings';
import {
  TASK_SETTINGS,
  type ClassifierTask,
  type TaskSettings,
} from '../src/understanding/needs/model/settings';
import { detectInterests, detectNeeds } from '../src/understanding/needs/detectNeeds';
import { INTEREST_IDS, NEED_IDS } from '../src/domain/needs/taxonomy';
import { setFigures } from './eval/understanding/needs';
import { readRows } from './eval/understanding/task';

const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7];

/** Candidates: changes to the shipped settings of every model of the task. */
const CANDIDATES: readonly { name: string; change: Partial<FastTextSettings>; onlySubwords?: boolean }[] = [
  { name: 'shipped', change: {} },
  { name: 'bucket 50000', change: { bucket: 50000 } },
  { name: 'bucket 100000', change: { bucket: 100000 } },
  { name: 'dim 32', change: { dim: 32 } },
  { name: 'epoch 100', change: { epoch: 100 } },
];

function variant(base: TaskSettings, change: Partial<FastTextSettings>): TaskSettings {
  return {
    ...base,
    models: base.models.map((model) => ({ ...model, settings: { ...model.settings, ...change } })),
  };
}

function main(): void {
  const root = projectRoot(__dirname);
  const wanted = process.argv.slice(2);
  for (const task of ['needs', 'interests'] as ClassifierTask[]) {
    if (wanted.length && !wanted.includes(task)) continue;
    const rows = (readRows({ root }, 'dev', `${TASK_SETTINGS[task].corpus}.tsv`) ?? []).filter(
      (row) => row.columns[1] !== task,
    );
    const ids: readonly string[] = task === 'needs' ? NEED_IDS : INTEREST_IDS;
    for (const candidate of CANDIDATES) {
      const dir = mkdtempSync(join(tmpdir(), 'signpost-tune-'));
      try {
        const settings = variant(TASK_SETTINGS[task], candidate.change);
        const built = buildModels({ root, outDir: dir, tasks: [needsModelTask(task, settings)] });
        const size = built.reduce((sum, model) => sum + model.bytes, 0);
        const line: string[] = [];
        for (const threshold of THRESHOLDS) {
          const classifier = classifierFor(task, dir, { ...settings, threshold });
          const results = rows.map((row) => {
            const [text = '', expected = ''] = row.columns;
            const got =
              task === 'needs'
                ? detectNeeds({ text, locale: 'en-GB', classifier }).needs.map((need) => need.id)
                : detectInterests({ text, locale: 'en-GB', classifier }).interests.map((item) => item.id);
            return { text, got, expected: expected === '-' ? [] : expected.split(',') };
          });
          const figures = setFigures(results, ids);
          line.push(
            `${threshold}: P ${figures.precision?.toFixed(3)} R ${figures.recall?.toFixed(3)} F ${figures.f1?.toFixed(3)}`,
          );
        }
        console.log(
          `${task} ${candidate.name.padEnd(14)} ${(size / 1024).toFixed(0)} KiB | ${line.join(' | ')}`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}

main();
