// Every task of the learned layer, for `npm run build:models` and the tests' global setup.
import { NEEDS_MODEL_TASKS } from '../needs/model/tasks';
import { SAFETY_MODEL_TASKS } from '../safety/model/tasks';
import { buildModels, type BuildOptions, type BuiltModel, type ModelTask } from './build';

export const MODEL_TASKS: readonly ModelTask[] = [...NEEDS_MODEL_TASKS, ...SAFETY_MODEL_TASKS];

/** Builds the shipped models of every task (or of the tasks named), as `npm run build` does. */
export function buildShippedModels(
  options: Omit<BuildOptions, 'tasks'> & { readonly only?: readonly string[] },
): BuiltModel[] {
  const { only, ...rest } = options;
  return buildModels({
    ...rest,
    tasks: MODEL_TASKS.filter((definition) => !only || only.includes(definition.task)),
  });
}
