// Figures for each understanding task on its train, dev and sealed test splits (data/understanding/).
// Run: npm run eval:understanding [-- task names...] [-- --misses] [-- --tuning]
// Every file of a task in a split is read: dev/intents.tsv and dev/intents-voices.tsv make one dev figure,
// with each file's accuracy beside it. Misses are printed for train and dev only (with --misses); the
// sealed test split gives figures only, and --tuning leaves it out altogether (for use while tuning).
// The last line is a one-line JSON summary, for scripts.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { availability } from './eval/understanding/availability';
import { choices } from './eval/understanding/choices';
import { intents } from './eval/understanding/intents';
import { interests, interestsRules, needs, needsRules } from './eval/understanding/needs';
import { SPLITS, type EvalTask, type SplitFigures } from './eval/understanding/task';
import { wellbeing } from './eval/understanding/wellbeing';
import { when } from './eval/understanding/when';

/** The tasks, in the order they are printed: each is a module in bench/eval/understanding/. */
const TASKS: readonly EvalTask[] = [
  intents,
  choices,
  needs,
  needsRules,
  interests,
  interestsRules,
  when,
  availability,
  wellbeing,
];

function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + from);
    dir = parent;
  }
  return dir;
}

const show = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(3));

function print(task: string, result: SplitFigures, misses: boolean): void {
  const headline = Object.entries(result.figures).filter(([name]) => !name.includes('.'));
  console.log(
    `${task.padEnd(14)} ${result.split.padEnd(6)} ${String(result.cases).padStart(4)} cases  ` +
      headline.map(([name, value]) => `${name} ${show(value)}`).join('  '),
  );
  const detail = Object.entries(result.figures).filter(([name]) => name.includes('.'));
  if (detail.length) {
    console.log(`${''.padEnd(22)}${detail.map(([name, value]) => `${name} ${show(value)}`).join('  ')}`);
  }
  if (misses && result.split !== 'test') for (const miss of result.misses) console.log(`    miss: ${miss}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const misses = args.includes('--misses');
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const splits = args.includes('--tuning') ? SPLITS.filter((split) => split !== 'test') : SPLITS;
  const context = { root: projectRoot(__dirname), splits };
  const summary: Record<string, Record<string, Record<string, number>>> = {};
  for (const task of TASKS) {
    if (wanted.length && !wanted.includes(task.name)) continue;
    const results = task.run(context);
    const figures: Record<string, Record<string, number>> = {};
    summary[task.name] = figures;
    for (const result of results) {
      print(task.name, result, misses);
      const headline = Object.entries(result.figures).filter(([name]) => !name.includes('.'));
      figures[result.split] = { cases: result.cases, ...Object.fromEntries(headline) };
    }
  }
  console.log(JSON.stringify(summary));
}

main();
