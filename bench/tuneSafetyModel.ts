// Chooses the settings and calibrates the thresholds of the safety checks' learned layer, never on the
// sealed split (data/safety/test/).
//
// 1. Held-out voices. data/safety/train/ holds eleven training voices of patients' messages (a: older and rural
//    adults; b: young people and second-language writers; c: third-party reports; d: new parents,
//    workers, disabled people, formal writers; e: dialects, second languages, capitals, long
//    messages, text-speak; f: people over 80, teenagers, veterans, farmers, people with a learning
//    disability, translation apps, carers, LGBTQ+ people, people typing for someone in the room;
//    g: regional speech, heavy typos, minimised, debt and gambling, crises buried in practical
//    requests; h: hurried workers, detached professionals, chronic illness, insecure housing,
//    asylum seekers, kinship grandparents, one-word replies; j: younger women, new mothers, faith
//    families; k: older working-class men; l: serious mental illness and neurodivergence, students;
//    d to l were written later, without looking at the rules) and nine of receptionists' notes (a, b, c; d: clinic shorthand, long buried
//    requests, care home and school staff; f: care navigators, care home, school and pharmacy staff,
//    out of hours, the red flag in the last clause; h: a Monday-morning desk, online forms, calls
//    from relatives, schools and care homes; j, k, l). Voice i is kept out of all of it, as a new
//    author. Each candidate is trained on all voices but one and the older sets, and scored on the
//    one left out: recall of rules and model together, and alarms on that voice's ordinary messages.
//    This is the nearest thing to a new author that is not the sealed split.
// 2. Calibration. For each fold, and then for the shipped models (dist/models, built by npm run
//    build), the check threshold is the lowest on a grid where, with the rules, check questions stay
//    at or under 4% of data/safety/dev/ordinary.tsv (the product goal is at most 5% on ordinary
//    messages; --ordinary-checks 0.03 tries another limit, --all-ordinary calibrates on every
//    ordinary file of the dev split) and 1.5% (--everyday-checks) of everyday patient messages of
//    data/understanding/dev/ (receptionists: 3% of the social requests of every dev notes file); the crisis
//    threshold is the lowest where the model adds no full alarm to either (above 1: never).
//    On receptionists' notes the model must also add false alarms to at most 3% of the held-out
//    voices' social requests, all folds together (the rules' own false alarms are mended in the
//    rules; each fold also prints its own lowest such threshold, but a voice of 60 requests would let
//    one line decide), and the threshold to ship is the higher of that and the shipped models' own
//    calibration on dev.
//
// Run: npm run build && node dist/bench/tuneSafetyModel.js [crisis|redFlags] [--candidates]
//      [--candidate "bucket 30000"] [--ordinary-checks 0.05] [--everyday-checks 0.02]
//      [--voices h,g] [--all-ordinary]   (--voices: score only those held-out folds)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screenMessage } from '../src/domain/safety';
import { DEV_SPLIT_FILES, parsePlainCases, parseRedFlagCases } from '../src/domain/safety/evaluation';
import { buildModels } from '../src/understanding/model/build';
import { projectRoot } from '../src/understanding/model/location';
import {
  everydayLines,
  voicesOf,
  trainingLines,
  type LabelledSafetyLine,
} from '../src/understanding/safety/model/corpus';
import {
  loadSafetyClassifier,
  loadSafetyClassifiers,
  type SafetyClassifier,
} from '../src/understanding/safety/model/safetyModel';
import {
  RISK_LABEL,
  SAFETY_MODEL_SETTINGS,
  type SafetyModelSettings,
  type SafetyModelTaskId,
} from '../src/understanding/safety/model/settings';
import { safetyModelTask } from '../src/understanding/safety/model/tasks';
import { readTriageNote } from '../src/understanding/triageNote';
import type { FastTextSettings } from '../src/understanding/model/settings';

/** Limits of the calibration on the development sets (see the top of this file). */
const LIMITS = {
  devOrdinaryChecks: optionValue('--ordinary-checks') ?? 0.04,
  everydayChecks: optionValue('--everyday-checks') ?? 0.015,
  socialNoteChecks: 0.03,
};
const GRID = Array.from({ length: 100 }, (_, i) => Math.round((0.3 + i * 0.007) * 1000) / 1000).concat([
  0.995, 0.999,
]);

/** A number given on the command line after `name`, to try another limit. */
function optionValue(name: string): number | undefined {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) ? value : undefined;
}

interface Candidate {
  name: string;
  change: (settings: SafetyModelSettings) => SafetyModelSettings;
}

const withModels =
  (change: Partial<FastTextSettings>, only?: 'words' | 'subwords') =>
  (settings: SafetyModelSettings): SafetyModelSettings => ({
    ...settings,
    models: settings.models
      .filter((model) => !only || model.name === only)
      .map((model) => ({ ...model, settings: { ...model.settings, ...change } })),
  });

const CANDIDATES: readonly Candidate[] = [
  { name: 'shipped', change: (settings) => settings },
  { name: 'as typed', change: (settings) => ({ ...settings, reads: 'typed' }) },
  { name: 'words only', change: withModels({}, 'words') },
  { name: 'subwords only', change: withModels({}, 'subwords') },
  { name: 'epoch 25', change: withModels({ epoch: 25 }) },
  { name: 'epoch 100', change: withModels({ epoch: 100 }) },
  { name: 'lr 0.5', change: withModels({ lr: 0.5 }) },
  { name: 'word 3-grams', change: withModels({ wordNgrams: 3 }) },
  { name: 'dim 32', change: withModels({ dim: 32 }) },
  { name: 'bucket 30000', change: withModels({ bucket: 30000 }) },
  { name: 'bucket 100000', change: withModels({ bucket: 100000 }) },
];

interface Scored {
  /** Caught by the rules (a crisis, a check question, or any red flag). */
  rules: boolean;
  /** The rules gave the full reply (patients) or an urgency (receptionists). */
  rulesFull: boolean;
  score: number;
}

const percent = (part: number, whole: number): string =>
  `${part}/${whole} = ${whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`}`;

function scoreAll(classifier: SafetyClassifier, texts: readonly string[], task: SafetyModelTaskId): Scored[] {
  return texts.map((text) => {
    if (task === 'crisis') {
      const outcome = screenMessage({ text, locale: 'en-GB' }).outcome;
      const score = outcome === 'none' ? classifier.read(text).score : 0;
      return { rules: outcome !== 'none', rulesFull: outcome === 'crisis', score };
    }
    // Notes are scored whatever the rules found, so a fold also says what the model alone would catch.
    const urgency = readTriageNote({ text, locale: 'en-GB' }).urgency;
    return { rules: urgency !== 'none', rulesFull: urgency !== 'none', score: classifier.read(text).score };
  });
}

const added = (scored: readonly Scored[], threshold: number): number =>
  scored.filter((item) => !item.rules && item.score >= threshold).length;

interface Calibration {
  check: number;
  crisis: number;
}

/** The lowest thresholds on the grid that keep the development sets within their limits. */
function calibrate(task: SafetyModelTaskId, sets: { ordinary: Scored[]; everyday: Scored[] }): Calibration {
  const { ordinary, everyday } = sets;
  const ordinaryChecks = ordinary.filter((item) => item.rules && !item.rulesFull).length;
  const everydayAlarms = everyday.filter((item) => item.rules).length;
  const fits = (threshold: number): boolean =>
    task === 'crisis'
      ? ordinaryChecks + added(ordinary, threshold) <= LIMITS.devOrdinaryChecks * ordinary.length &&
        everydayAlarms + added(everyday, threshold) <= LIMITS.everydayChecks * everyday.length
      : ordinary.filter((item) => item.rules).length + added(ordinary, threshold) <=
        LIMITS.socialNoteChecks * ordinary.length;
  const check = GRID.find(fits) ?? 2;
  const crisis =
    task === 'crisis'
      ? (GRID.find(
          (threshold) => threshold >= check && added(ordinary, threshold) + added(everyday, threshold) === 0,
        ) ?? 2)
      : 2;
  return { check, crisis };
}

interface DevSets {
  ordinaryTexts: string[];
  everydayTexts: string[];
}

function devSets(root: string, task: SafetyModelTaskId): DevSets {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  if (task === 'crisis')
    return {
      // ordinary.tsv only (--all-ordinary: every ordinary file of the dev split, as eval:safety
      // reads them, with the everyday lines that use crisis words written to trip the rules).
      ordinaryTexts: (process.argv.includes('--all-ordinary')
        ? DEV_SPLIT_FILES.ordinary
        : ['ordinary.tsv']
      ).flatMap((name) => parsePlainCases(read(`data/safety/dev/${name}`)).map((item) => item.text)),
      everydayTexts: everydayLines(root, 'dev'),
    };
  return {
    ordinaryTexts: DEV_SPLIT_FILES.redFlags.flatMap((name) =>
      parseRedFlagCases(read(`data/safety/dev/${name}`))
        .filter((item) => item.urgency === 'none')
        .map((item) => item.text),
    ),
    everydayTexts: [],
  };
}

function heldOutFigures(
  task: SafetyModelTaskId,
  held: readonly LabelledSafetyLine[],
  scored: readonly Scored[],
  threshold: Calibration,
): {
  caughtRules: number;
  caught: number;
  full: number;
  risky: number;
  alarmsRules: number;
  alarms: number;
  fullAlarms: number;
  ordinary: number;
  /** Caught, rules and model together, by label (kind or red flag) and tier: [caught, lines]. */
  byLabel: Map<string, [number, number]>;
} {
  let caughtRules = 0;
  let caught = 0;
  let full = 0;
  let alarmsRules = 0;
  let alarms = 0;
  let fullAlarms = 0;
  const byLabel = new Map<string, [number, number]>();
  held.forEach((line, index) => {
    const item = scored[index] as Scored;
    const model = !item.rules && item.score >= threshold.check;
    const modelFull = !item.rules && item.score >= threshold.crisis;
    if (line.labels.length) {
      if (item.rules) caughtRules += 1;
      if (item.rules || model) caught += 1;
      if (item.rulesFull || modelFull) full += 1;
      for (const label of [
        ...line.labels.filter((label) => label !== RISK_LABEL),
        ...(line.tier ? [`tier ${line.tier}`] : []),
      ]) {
        const [got, of] = byLabel.get(label) ?? [0, 0];
        byLabel.set(label, [got + (item.rules || model ? 1 : 0), of + 1]);
      }
    } else {
      if (item.rules) alarmsRules += 1;
      if (item.rules || model) alarms += 1;
      if ((task === 'crisis' && item.rulesFull) || modelFull) fullAlarms += 1;
    }
  });
  const risky = held.filter((line) => line.labels.length).length;
  return {
    caughtRules,
    caught,
    full,
    risky,
    alarmsRules,
    alarms,
    fullAlarms,
    ordinary: held.length - risky,
    byLabel,
  };
}

function main(): void {
  const root = projectRoot(__dirname);
  const args = process.argv.slice(2);
  const tasks = (['crisis', 'redFlags'] as const).filter(
    (task) => !args.some((arg) => arg === 'crisis' || arg === 'redFlags') || args.includes(task),
  );
  // --candidate "<name>" tries one candidate beside the shipped settings.
  const one = args.indexOf('--candidate');
  // --voices h,g scores only those held-out folds (each still trains on every other voice).
  const voicesAt = args.indexOf('--voices');
  const onlyVoices = voicesAt >= 0 ? (args[voicesAt + 1] ?? '').split(',') : undefined;
  const candidates = args.includes('--candidates')
    ? CANDIDATES
    : CANDIDATES.filter((candidate, index) => index === 0 || candidate.name === args[one + 1]);
  for (const task of tasks) {
    const dev = devSets(root, task);
    const lines = trainingLines(root, task);
    let foldLimit = 0;
    console.log(
      `\n== ${task}: held-out voices (train on the others, score each one), thresholds calibrated on dev`,
    );
    for (const candidate of candidates) {
      const settings = candidate.change(SAFETY_MODEL_SETTINGS[task]);
      const totals = { caughtRules: 0, caught: 0, risky: 0, alarmsRules: 0, alarms: 0, ordinary: 0 };
      const perVoice: string[] = [];
      let foldThreshold = 0;
      /** Every held-out voice's social requests, each scored by the model trained without it. */
      const pooledSocial: Scored[] = [];
      for (const voice of voicesOf(task).filter((voice) => !onlyVoices || onlyVoices.includes(voice))) {
        const dir = mkdtempSync(join(tmpdir(), 'signpost-safety-tune-'));
        try {
          const training = lines.filter((line) => line.voice !== voice);
          buildModels({
            root,
            outDir: dir,
            tasks: [safetyModelTask(task, { lines: () => training, settings })],
          });
          const classifier = loadSafetyClassifier(task, dir, settings);
          const calibration = calibrate(task, {
            ordinary: scoreAll(classifier, dev.ordinaryTexts, task),
            everyday: scoreAll(classifier, dev.everydayTexts, task),
          });
          const held = lines.filter((line) => line.voice === voice);
          const heldScores = scoreAll(
            classifier,
            held.map((line) => line.text),
            task,
          );
          const figures = heldOutFigures(task, held, heldScores, calibration);
          // Receptionists: the lowest threshold at which the model adds false alarms on at most 3% of
          // this held-out voice's social requests (the rules' own are the rules' to mend).
          const heldSocial = heldScores.filter((_, index) => held[index]?.labels.length === 0);
          const heldLimit =
            GRID.find(
              (threshold) => added(heldSocial, threshold) <= LIMITS.socialNoteChecks * heldSocial.length,
            ) ?? 2;
          if (task === 'redFlags') pooledSocial.push(...heldSocial);
          const modelAlone = heldScores.filter(
            (item, index) => held[index]?.labels.length && item.score >= calibration.check,
          ).length;
          for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += figures[key];
          perVoice.push(
            `${voice}: check ≥ ${calibration.check}, crisis ≥ ${calibration.crisis > 1 ? 'never' : calibration.crisis}; ` +
              `recall ${percent(figures.caughtRules, figures.risky)} → ${percent(figures.caught, figures.risky)}; ` +
              `alarms on ordinary ${percent(figures.alarmsRules, figures.ordinary)} → ${percent(figures.alarms, figures.ordinary)}` +
              (task === 'crisis'
                ? `, full ${percent(figures.fullAlarms, figures.ordinary)}`
                : `; model adds ≤ 3% from ${heldLimit}; model alone catches ${percent(modelAlone, figures.risky)}`) +
              `\n      by label: ${[...figures.byLabel]
                .map(([label, [got, of]]) => `${label} ${percent(got, of)}`)
                .join('; ')}`,
          );
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      console.log(
        `${candidate.name.padEnd(14)} recall ${percent(totals.caughtRules, totals.risky)} → ${percent(totals.caught, totals.risky)}; ` +
          `alarms on ordinary ${percent(totals.alarmsRules, totals.ordinary)} → ${percent(totals.alarms, totals.ordinary)}`,
      );
      for (const line of perVoice) console.log(`    ${line}`);
      if (task === 'redFlags') {
        // Over all held-out voices together: a voice of 60 requests would let one line decide.
        foldThreshold =
          GRID.find(
            (threshold) => added(pooledSocial, threshold) <= LIMITS.socialNoteChecks * pooledSocial.length,
          ) ?? 2;
        console.log(
          `    the model adds ≤ 3% on the held-out voices' ${pooledSocial.length} social requests from ${foldThreshold}`,
        );
      }
      foldLimit = Math.max(foldLimit, foldThreshold);
    }
    // The shipped models, trained on every voice: the thresholds to ship.
    const shipped = loadSafetyClassifiers()[task];
    const ordinary = scoreAll(shipped, dev.ordinaryTexts, task);
    const everyday = scoreAll(shipped, dev.everydayTexts, task);
    const calibration = calibrate(task, { ordinary, everyday });
    console.log(
      `shipped models: calibrated check threshold ${calibration.check}, crisis threshold ${calibration.crisis > 1 ? 'never (2)' : calibration.crisis}; ` +
        `settings say ${SAFETY_MODEL_SETTINGS[task].checkThreshold} and ${SAFETY_MODEL_SETTINGS[task].crisisThreshold}`,
    );
    if (task === 'redFlags')
      console.log(
        `  threshold to ship (dev and the held-out voices): ${Math.max(calibration.check, foldLimit)}`,
      );
    const at = SAFETY_MODEL_SETTINGS[task].checkThreshold;
    console.log(
      `  at ${at}: model adds ${percent(added(ordinary, at), ordinary.length)} on dev ${task === 'crisis' ? 'ordinary messages' : 'social requests'}` +
        (task === 'crisis' ? `, ${percent(added(everyday, at), everyday.length)} on everyday messages` : ''),
    );
  }
}

main();
