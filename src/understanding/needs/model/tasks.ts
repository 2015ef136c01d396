// The needs and interests classifiers as tasks of the model build (src/understanding/model/build.ts):
// their corpora are the labelled sentences of data/understanding/train/, read through the front end
// (features.ts), and the build checks the model reader on data/understanding/dev/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelledTsv } from '../../../domain/needs/evaluation';
import { isInterestId, isNeedId } from '../../../domain/needs/taxonomy';
import type { ModelTask } from '../../model/build';
import { featureTextOf } from './features';
import {
  CLASSIFIER_TASKS,
  NONE_LABEL,
  TASK_SETTINGS,
  type ClassifierTask,
  type TaskSettings,
} from './settings';

const LOCALE = 'en-GB';

function labelledTexts(
  root: string,
  split: 'train' | 'dev',
  task: ClassifierTask,
  taskSettings: TaskSettings,
) {
  const path = join(root, 'data', 'understanding', split, `${taskSettings.corpus}.tsv`);
  const source = readFileSync(path, 'utf8');
  return task === 'needs' ? parseLabelledTsv(source, isNeedId) : parseLabelledTsv(source, isInterestId);
}

/** fastText's corpus: one line per sentence, its labels first ("none" when it has none). */
export function corpusFor(root: string, task: ClassifierTask, taskSettings = TASK_SETTINGS[task]): string {
  const { negation } = taskSettings;
  return labelledTexts(root, 'train', task, taskSettings)
    .map((labelled) => {
      const labels = labelled.expected.length ? labelled.expected : [NONE_LABEL];
      return `${labels.map((label) => `__label__${label}`).join(' ')} ${featureTextOf(labelled.text, LOCALE, negation)}`;
    })
    .join('\n')
    .concat('\n');
}

/** One classifier task for the build; other settings than the shipped ones are for trying them out. */
export function needsModelTask(task: ClassifierTask, taskSettings = TASK_SETTINGS[task]): ModelTask {
  return {
    task,
    models: taskSettings.models,
    corpus: (root) => corpusFor(root, task, taskSettings),
    checkLines: (root) =>
      labelledTexts(root, 'dev', task, taskSettings).map((labelled) =>
        featureTextOf(labelled.text, LOCALE, taskSettings.negation),
      ),
  };
}

export const NEEDS_MODEL_TASKS: readonly ModelTask[] = CLASSIFIER_TASKS.map((task) => needsModelTask(task));
