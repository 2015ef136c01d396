// Precision and recall of needs and interests detection on the labelled sentences in test/data/needs,
// per file, per need, with every miss. needs-heldout*.tsv were written after the lexicon they first
// measured (first runs: 0.961/0.584 and 0.891/0.461 precision/recall) and were then used for tuning.
// Run: npm run build && node dist/bench/needsEval.js [needs files...]
// The last line printed is a one-line JSON summary, for scripts.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { detectInterests, detectNeeds } from '../src/understanding/needs/detectNeeds';
import { evaluate, parseLabelledTsv, type Evaluation } from '../src/domain/needs/evaluation';
import { INTEREST_IDS, NEED_IDS, isInterestId, isNeedId, type NeedId } from '../src/domain/needs/taxonomy';

// Compiled, this file runs from dist/bench; as source, from bench. Either way the data sits under the
// directory that holds package.json.
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + from);
    dir = parent;
  }
  return dir;
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);

function report<Id extends string>(title: string, evaluation: Evaluation<Id>): void {
  console.log(`\n${title}: ${evaluation.cases} sentences`);
  console.log(`${'id'.padEnd(20)} precision  recall   tp  fp  fn`);
  for (const item of evaluation.perId) {
    console.log(
      `${item.id.padEnd(20)} ${percent(item.precision)} ${percent(item.recall)} ` +
        `${String(item.truePositives).padStart(4)}${String(item.falsePositives).padStart(4)}${String(item.falseNegatives).padStart(4)}`,
    );
  }
  const { overall } = evaluation;
  console.log(`${'overall (micro)'.padEnd(20)} ${percent(overall.precision)} ${percent(overall.recall)}`);
  console.log(`misses and extras (${evaluation.errors.length}):`);
  for (const error of evaluation.errors) {
    const parts = [
      error.missing.length > 0 ? `missing ${error.missing.join(',')}` : '',
      error.extra.length > 0 ? `extra ${error.extra.join(',')}` : '',
    ].filter(Boolean);
    console.log(`  line ${error.line}: ${parts.join('; ')} | ${error.text}`);
  }
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

const NEEDS_FILES = ['needs.tsv', 'needs-heldout.tsv', 'needs-heldout-2.tsv'];

function main(): void {
  const root = projectRoot(__dirname);
  const data = join(root, 'test/data/needs');
  const needsPaths =
    process.argv.length > 2
      ? process.argv.slice(2).map((path) => resolve(path))
      : NEEDS_FILES.map((file) => join(data, file));
  const locale = 'en-GB';
  const predictNeeds = (text: string): NeedId[] => detectNeeds({ text, locale }).needs.map((need) => need.id);

  const summary: Record<string, unknown> = { locale };
  let sentences = 0;
  const started = process.hrtime.bigint();
  for (const path of needsPaths) {
    const cases = parseLabelledTsv(readFileSync(path, 'utf8'), isNeedId);
    const evaluation = evaluate(cases, predictNeeds, NEED_IDS);
    sentences += cases.length;
    report(`needs ${basename(path)}`, evaluation);
    summary[basename(path)] = {
      sentences: evaluation.cases,
      precision: round(evaluation.overall.precision),
      recall: round(evaluation.overall.recall),
      f1: round(evaluation.overall.f1),
      sentencesWithErrors: evaluation.errors.length,
    };
  }
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

  const interestCases = parseLabelledTsv(readFileSync(join(data, 'interests.tsv'), 'utf8'), isInterestId);
  const interests = evaluate(
    interestCases,
    (text) => detectInterests({ text, locale }).interests.map((interest) => interest.id),
    INTEREST_IDS,
  );
  report('interests interests.tsv', interests);
  summary['interests.tsv'] = {
    sentences: interests.cases,
    precision: round(interests.overall.precision),
    recall: round(interests.overall.recall),
    f1: round(interests.overall.f1),
  };
  summary.msPerSentence = round(elapsedMs / Math.max(1, sentences));
  console.log(JSON.stringify(summary));
}

main();
