// The safety classifiers as tasks of the model build (src/understanding/model/build.ts).
import type { ModelTask } from '../../model/build';
import { safetyCorpus, safetyDevLines, trainingLines, type LabelledSafetyLine } from './corpus';
import {
  SAFETY_MODEL_SETTINGS,
  SAFETY_MODEL_TASKS_IDS,
  type SafetyModelSettings,
  type SafetyModelTaskId,
} from './settings';

/**
 * One safety task for the build. Other lines or models than the shipped ones are for trying them out
 * (bench/tuneSafetyModel.ts trains on two voices and scores the third); the task name then names
 * where the files go.
 */
export function safetyModelTask(
  id: SafetyModelTaskId,
  options: { lines?: (root: string) => readonly LabelledSafetyLine[]; settings?: SafetyModelSettings } = {},
): ModelTask {
  const settings = options.settings ?? SAFETY_MODEL_SETTINGS[id];
  return {
    task: id,
    models: settings.models,
    corpus: (root) =>
      safetyCorpus(id, options.lines ? options.lines(root) : trainingLines(root, id), settings),
    checkLines: (root) => safetyDevLines(root, id, settings),
  };
}

export const SAFETY_MODEL_TASKS: readonly ModelTask[] = SAFETY_MODEL_TASKS_IDS.map((id) =>
  safetyModelTask(id),
);
