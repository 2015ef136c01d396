// The safety net measured on labelled messages: crisis recall (a crisis reply or a check question both
// count as caught, clear and possible tiers apart), full alarms and check questions on ordinary
// messages, and receptionist red flags (recall, false alarms, exact urgency).
//
// Run: npm run eval:safety [-- --split test|dev|train|voices-d..voices-zg] [--rules]
//      npm run eval:safety -- --notes data/safety/train/voices-d-red-flags.tsv
//
// --notes measures receptionist notes in one unsealed file only (a voice held out of the model while
// it is measured), with recall for each urgency, and prints every mistake.
//
// Splits:
// - test  (data/safety/test): SEALED. Written before tuning and never used to write rules. Only
//         figures are printed for it, never a sentence.
// - dev   (data/safety/dev): the tuning set; misses are printed.
// - train (test/data/safety): the sets the rules were first written from; misses are printed.
// - voices-d to voices-zm (data/safety/train/voices-*-{crisis,ordinary}.tsv): crisis and ordinary
//         messages in the voices written without looking at the rules (every file from d on, learned
//         from or not yet, and i). Each is
//         measured as a new author's phrasings; misses are printed. The learned layer trains on every
//         voice but i, so once a voice is in its corpus, the honest figure for it is the held-out fold of
//         bench/tuneSafetyModel.ts (the model trained without that voice). Voice i is kept out of the rules and the model: this
//         release's figure for a new author, to be read for its figures only until a release
//         learns from it.
//
// Each split is measured twice: the rules alone, then the rules with the learned layer (which may only
// add a check question, a crisis, or a receptionist's check where the rules found nothing). The models
// are the shipped ones in dist/models (npm run build trains them).
//
// The last line printed is a one-line JSON summary of every split run, for scripts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { screenMessage } from '../src/domain/safety';
import {
  DEV_SPLIT_FILES,
  evaluateCrisis,
  evaluateOrdinary,
  evaluateRedFlags,
  parseCrisisCases,
  parsePlainCases,
  parseRedFlagCases,
  type CrisisEvaluation,
  type OrdinaryEvaluation,
  type RedFlagCase,
  type RedFlagEvaluation,
  type Screen,
  type Triage,
} from '../src/domain/safety/evaluation';
import { readTriageNote } from '../src/understanding/triageNote';
import { checkMessage } from '../src/understanding/safety/checkMessage';
import { checkTriageNote } from '../src/understanding/safety/checkNote';

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

interface Split {
  name: 'test' | 'dev' | 'train' | `voices-${string}`;
  dir: string;
  /** Each set may be spread over several files in dir; they are read one after another. */
  crisis: readonly string[];
  ordinary: readonly string[];
  redFlags: readonly string[];
  /** Sealed: figures only, never a sentence. */
  sealed: boolean;
}

/**
 * The voices written without seeing the rules: every voice of data/safety/train/ from d on, learned
 * from or not yet (a new author's set is measured here before the models learn from it), and voice i,
 * kept out of all tuning.
 */
const BLIND_VOICES = readdirSync('data/safety/train')
  .map((file) => /^voices-([a-z]+)-crisis\.tsv$/.exec(file)?.[1])
  .filter((voice): voice is string => voice !== undefined && !['a', 'b', 'c'].includes(voice))
  .sort();

const SPLITS: readonly Split[] = [
  {
    name: 'test',
    dir: 'data/safety/test',
    crisis: ['crisis.tsv'],
    ordinary: ['ordinary.tsv'],
    redFlags: ['red-flags.tsv'],
    sealed: true,
  },
  {
    name: 'dev',
    dir: 'data/safety/dev',
    ...DEV_SPLIT_FILES,
    sealed: false,
  },
  {
    name: 'train',
    dir: 'test/data/safety',
    crisis: ['crisis.tsv'],
    ordinary: ['ordinary.txt'],
    redFlags: ['red-flags.tsv'],
    sealed: false,
  },
  ...BLIND_VOICES.map((voice): Split => ({
    name: `voices-${voice}`,
    dir: 'data/safety/train',
    crisis: [`voices-${voice}-crisis.tsv`],
    ordinary: [`voices-${voice}-ordinary.tsv`],
    redFlags: [],
    sealed: false,
  })),
];

const percent = (part: number, whole: number): string =>
  `${part}/${whole} = ${whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`}`;
const round = (value: number): number => Math.round(value * 10_000) / 10_000;

interface Checker {
  name: 'rules' | 'rulesAndModel';
  title: string;
  screen: Screen;
  triage: Triage;
}

const CHECKERS: readonly Checker[] = [
  {
    name: 'rules',
    title: 'rules alone',
    screen: (text) => screenMessage({ text, locale: 'en-GB' }).outcome,
    triage: (text) => readTriageNote({ text, locale: 'en-GB' }),
  },
  {
    name: 'rulesAndModel',
    title: 'rules + learned layer',
    screen: (text) => checkMessage({ text, locale: 'en-GB' }).outcome,
    triage: (text) => checkTriageNote({ text, locale: 'en-GB' }),
  },
];

interface SplitResult {
  crisis: CrisisEvaluation;
  ordinary: OrdinaryEvaluation;
  redFlags: RedFlagEvaluation;
}

function printFigures(split: Split, checker: Checker, result: SplitResult): void {
  const { crisis, ordinary, redFlags } = result;
  const { clear, possible } = crisis.byTier;
  console.log(
    `\n== ${split.name} (${split.dir}), ${checker.title}${split.sealed ? ' — sealed: figures only' : ''}`,
  );
  console.log(`crisis recall (reply or check question): ${percent(crisis.caught, crisis.cases)}`);
  console.log(
    `  clear tier:    ${percent(clear.caught, clear.cases)}; full reply at once ${clear.fullReply}`,
  );
  console.log(
    `  possible tier: ${percent(possible.caught, possible.cases)}; full reply ${possible.fullReply}, check question ${possible.caught - possible.fullReply}`,
  );
  for (const [kind, figures] of Object.entries(crisis.byKind))
    console.log(`  ${`${kind}:`.padEnd(18)} ${percent(figures.caught, figures.cases)}`);
  console.log(`ordinary, full crisis reply: ${percent(ordinary.fullAlarms, ordinary.cases)}`);
  console.log(`ordinary, check question:    ${percent(ordinary.checks, ordinary.cases)}`);
  if (redFlags.cases === 0) return;
  console.log(`red-flag recall (needs a clinician, flagged): ${percent(redFlags.flagged, redFlags.urgent)}`);
  console.log(
    `red-flag false alarms on social requests:     ${percent(redFlags.falseAlarms, redFlags.ordinary)}`,
  );
  console.log(
    `red-flag urgency exactly as labelled:         ${percent(redFlags.exactUrgency, redFlags.cases)}`,
  );
  console.log(
    `red-flag labelled flags found:                ${percent(redFlags.flagsFound, redFlags.flagsLabelled)}`,
  );
}

/** `line 12`, or `ordinary-voices.tsv line 12` when the set was read from several files. */
function where(item: { line: number }): string {
  const file = 'file' in item && typeof item.file === 'string' ? `${item.file} ` : '';
  return `${file}line ${item.line}`;
}

function printMistakes(result: SplitResult): void {
  const { crisis, ordinary, redFlags } = result;
  for (const miss of crisis.misses)
    console.log(`  MISS ${where(miss)} [${miss.tier} ${miss.expected.join(',')}]: ${miss.text}`);
  for (const item of crisis.clearGivenCheck)
    console.log(`  CHECK ONLY ${where(item)} [clear ${item.expected.join(',')}]: ${item.text}`);
  for (const alarm of ordinary.alarms)
    console.log(`  ALARM ${where(alarm)} (${alarm.outcome}): ${alarm.text}`);
  for (const error of redFlags.errors)
    console.log(
      `  RED FLAG ${error.problem} ${where(error)}: expected ${error.urgency} ${error.flags.join(',') || '-'}; ` +
        `found ${error.foundUrgency} ${error.foundFlags.join(',') || '-'} | ${error.text}`,
    );
}

/** Recall for each urgency that needs a clinician: flagged at all, and given exactly that urgency. */
function printByUrgency(evaluation: RedFlagEvaluation, cases: readonly RedFlagCase[], triage: Triage): void {
  for (const urgency of ['emergency999', 'urgent111', 'sameDayGp'] as const) {
    const labelled = cases.filter((item) => item.urgency === urgency);
    const found = labelled.map((item) => triage(item.text).urgency);
    const flagged = found.filter((value) => value !== 'none').length;
    const exact = found.filter((value) => value === urgency).length;
    console.log(`  ${urgency.padEnd(13)} flagged ${percent(flagged, labelled.length)}; exact ${exact}`);
  }
  const tooSoft = evaluation.errors.filter(
    (error) => error.problem === 'urgency' && SEVERITY[error.foundUrgency] < SEVERITY[error.urgency],
  ).length;
  console.log(`  flagged but softer than labelled: ${tooSoft}`);
}

const SEVERITY = { none: 0, sameDayGp: 1, urgent111: 2, emergency999: 3 } as const;

function measureNotes(root: string, file: string, rulesOnly: boolean): void {
  const cases = parseRedFlagCases(readFileSync(join(root, file), 'utf8'));
  const summary: Record<string, unknown> = {};
  for (const checker of rulesOnly ? CHECKERS.slice(0, 1) : CHECKERS) {
    const evaluation = evaluateRedFlags(cases, checker.triage);
    console.log(`\n== ${file}, ${checker.title}`);
    console.log(
      `red-flag recall (needs a clinician, flagged): ${percent(evaluation.flagged, evaluation.urgent)}`,
    );
    printByUrgency(evaluation, cases, checker.triage);
    console.log(
      `red-flag false alarms on social requests:     ${percent(evaluation.falseAlarms, evaluation.ordinary)}`,
    );
    console.log(
      `red-flag urgency exactly as labelled:         ${percent(evaluation.exactUrgency, evaluation.cases)}`,
    );
    for (const error of evaluation.errors)
      console.log(
        `  RED FLAG ${error.problem} line ${error.line}: expected ${error.urgency} ${error.flags.join(',') || '-'}; ` +
          `found ${error.foundUrgency} ${error.foundFlags.join(',') || '-'} | ${error.text}`,
      );
    summary[checker.name] = {
      recall: round(evaluation.recall),
      falseAlarmRate: round(evaluation.falseAlarmRate),
      exactUrgencyRate: round(evaluation.exactUrgencyRate),
    };
  }
  console.log(`\n${JSON.stringify(summary)}`);
}

function main(): void {
  const root = projectRoot(__dirname);
  const notesAt = process.argv.indexOf('--notes');
  if (notesAt >= 0) {
    const file = process.argv[notesAt + 1] ?? '';
    if (file.startsWith('data/safety/test'))
      throw new Error('the sealed split is measured with --split test');
    measureNotes(root, file, process.argv.includes('--rules'));
    return;
  }
  const at = process.argv.indexOf('--split');
  const only = at >= 0 ? process.argv[at + 1] : undefined;
  // Without --split: every split but the new voices (they are read with --split voices-d and so on).
  const chosen = SPLITS.filter((split) =>
    only === undefined ? !split.name.startsWith('voices-') : split.name === only,
  );
  if (chosen.length === 0)
    throw new Error(
      `unknown split ${only}; use test, dev, train or voices-${BLIND_VOICES[0]} to voices-${BLIND_VOICES.at(-1)}`,
    );

  const rulesOnly = process.argv.includes('--rules');
  const checkers = rulesOnly ? CHECKERS.slice(0, 1) : CHECKERS;
  const summary: Record<string, unknown> = {};
  for (const split of chosen) {
    for (const checker of checkers) {
      // Files are parsed one by one (line numbers stay true to each file) and the cases joined; a
      // printed line number is prefixed with its file when the set has more than one.
      const readAll = <T extends { line: number }>(
        names: readonly string[],
        parse: (content: string) => T[],
      ): T[] =>
        names.flatMap((name) => {
          const cases = parse(readFileSync(join(root, split.dir, name), 'utf8'));
          return names.length > 1 ? cases.map((item) => ({ ...item, file: name })) : cases;
        });
      if (!split.crisis.every((name) => existsSync(join(root, split.dir, name)))) {
        console.log(`\n== ${split.name}: no data in ${split.dir}`);
        continue;
      }
      const { screen, triage } = checker;
      const result: SplitResult = {
        crisis: evaluateCrisis(readAll(split.crisis, parseCrisisCases), screen),
        ordinary: evaluateOrdinary(readAll(split.ordinary, parsePlainCases), screen),
        redFlags: evaluateRedFlags(readAll(split.redFlags, parseRedFlagCases), triage),
      };
      printFigures(split, checker, result);
      if (!split.sealed && (checker.name === 'rulesAndModel' || rulesOnly)) printMistakes(result);
      const { crisis, ordinary, redFlags } = result;
      summary[`${split.name}.${checker.name}`] = {
        crisis: {
          cases: crisis.cases,
          recall: round(crisis.recall),
          clearRecall: round(crisis.byTier.clear.recall),
          possibleRecall: round(crisis.byTier.possible.recall),
          clearFullReply: crisis.byTier.clear.fullReply,
        },
        ordinary: {
          cases: ordinary.cases,
          fullAlarmRate: round(ordinary.fullAlarmRate),
          checkRate: round(ordinary.checkRate),
        },
        redFlags: {
          cases: redFlags.cases,
          recall: round(redFlags.recall),
          falseAlarmRate: round(redFlags.falseAlarmRate),
          exactUrgencyRate: round(redFlags.exactUrgencyRate),
        },
      };
    }
  }
  console.log(`\n${JSON.stringify(summary)}`);
}

main();
