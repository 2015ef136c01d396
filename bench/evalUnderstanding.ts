// Figures for each understanding task on each split: `npm run eval:understanding [-- --misses]`.
// Sealed splits print figures only. With --misses, misses on the other splits are printed too.
import { projectRoot, SEALED_SPLIT, type UnderstandingTask } from './eval/understanding/task';
import * as availability from './eval/understanding/availability';
import * as wellbeing from './eval/understanding/wellbeing';
import * as when from './eval/understanding/when';

const TASKS: readonly UnderstandingTask[] = [when, availability, wellbeing];

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

function main(): void {
  const root = projectRoot(__dirname);
  const showMisses = process.argv.includes('--misses');
  const only = process.argv.filter((arg) => !arg.startsWith('--')).slice(2);
  const summary: Record<string, Record<string, Record<string, number>>> = {};
  for (const task of TASKS) {
    if (only.length > 0 && !only.includes(task.name)) continue;
    summary[task.name] = {};
    for (const result of task.run(root)) {
      const figures = Object.entries(result.figures)
        .map(([name, value]) => `${name} ${format(value)}`)
        .join(', ');
      console.log(`${task.name.padEnd(14)} ${result.split.padEnd(6)} n=${result.cases}  ${figures}`);
      const taskSummary = summary[task.name] ?? {};
      taskSummary[result.split] = { cases: result.cases, ...result.figures };
      if (showMisses && result.split !== SEALED_SPLIT) {
        for (const miss of result.misses ?? []) console.log(`    ${miss}`);
      }
    }
  }
  console.log(JSON.stringify(summary));
}

main();
