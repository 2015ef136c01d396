// Reading the labelled safety data sets and scoring the checks on them. Shared by the unit tests and
// bench/safetyEval.ts so that both measure the same thing. Pure: file contents and the check in,
// figures out. The results keep the lines that went wrong, but only the caller decides whether to
// print them: the sealed split's sentences are never printed.

import type { ScreenOutcome } from './screenMessage';
import {
  CRISIS_KINDS,
  CRISIS_TIERS,
  RED_FLAG_KINDS,
  TRIAGE_URGENCIES,
  type CrisisKind,
  type CrisisTier,
  type RedFlagKind,
  type TriageUrgency,
} from './types';

export class SafetyDataError extends Error {
  readonly code = 'SAFETY_DATA_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'SafetyDataError';
  }
}

export interface LabelledLine {
  /** 1-based line number in the file, for reports. */
  line: number;
  text: string;
  columns: string[];
}

/** Non-empty lines that are not `#` comments, split on tabs. */
export function dataLines(content: string): LabelledLine[] {
  const out: LabelledLine[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const columns = raw.split('\t');
    out.push({
      line: index + 1,
      text: (columns[0] ?? '').trim(),
      columns: columns.slice(1).map((c) => c.trim()),
    });
  });
  return out;
}

function codes<T extends string>(value: string | undefined, allowed: readonly T[], line: number): T[] {
  if (!value || value === '-') return [];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      if (!(allowed as readonly string[]).includes(item))
        throw new SafetyDataError(`line ${line}: unknown code ${item}`);
      return item as T;
    });
}

export interface CrisisCase {
  line: number;
  text: string;
  expected: CrisisKind[];
  tier: CrisisTier;
}

export interface RedFlagCase {
  line: number;
  text: string;
  urgency: TriageUrgency;
  flags: RedFlagKind[];
}

export interface PlainCase {
  line: number;
  text: string;
}

/** `text<TAB>kinds[<TAB>tier]`; a line without a tier is `clear`. */
export function parseCrisisCases(content: string): CrisisCase[] {
  return dataLines(content).map(({ line, text, columns }) => {
    const expected = codes(columns[0], CRISIS_KINDS, line);
    if (expected.length === 0) throw new SafetyDataError(`line ${line}: no expected kind`);
    const [tier = 'clear'] = codes(columns[1], CRISIS_TIERS, line);
    return { line, text, expected, tier };
  });
}

/** The first column only: a note after a tab is for people reading the file. */
export function parsePlainCases(content: string): PlainCase[] {
  return dataLines(content).map(({ line, text }) => ({ line, text }));
}

export function parseRedFlagCases(content: string): RedFlagCase[] {
  return dataLines(content).map(({ line, text, columns }) => {
    const [urgency] = codes(columns[0], TRIAGE_URGENCIES, line);
    if (!urgency) throw new SafetyDataError(`line ${line}: no urgency`);
    const flags = codes(columns[1], RED_FLAG_KINDS, line);
    if ((urgency === 'none') !== (flags.length === 0)) {
      throw new SafetyDataError(`line ${line}: urgency none goes with no flags, and only with none`);
    }
    return { line, text, urgency, flags };
  });
}

/** What the patient is answered: the full crisis reply, a check question, or nothing at all. */
export type Screen = (text: string) => ScreenOutcome;

export interface TierFigures {
  cases: number;
  /** Given the full reply or a check question. */
  caught: number;
  recall: number;
  /** Given the full reply at once. */
  fullReply: number;
}

export interface CrisisMiss extends CrisisCase {
  outcome: ScreenOutcome;
}

export interface CrisisEvaluation extends TierFigures {
  byTier: Record<CrisisTier, TierFigures>;
  /** A line with two kinds counts under each. */
  byKind: Record<CrisisKind, TierFigures>;
  /** Clear-tier lines answered only with a check question: caught, but not as they should be. */
  clearGivenCheck: CrisisMiss[];
  misses: CrisisMiss[];
}

export interface OrdinaryAlarm extends PlainCase {
  outcome: Exclude<ScreenOutcome, 'none'>;
}

export interface OrdinaryEvaluation {
  cases: number;
  fullAlarms: number;
  fullAlarmRate: number;
  checks: number;
  checkRate: number;
  alarms: OrdinaryAlarm[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

function tierFigures(cases: readonly CrisisCase[], outcomes: readonly ScreenOutcome[]): TierFigures {
  const caught = outcomes.filter((outcome) => outcome !== 'none').length;
  return {
    cases: cases.length,
    caught,
    recall: ratio(caught, cases.length),
    fullReply: outcomes.filter((outcome) => outcome === 'crisis').length,
  };
}

/** A crisis line is caught when it gets the full reply or a check question (issue: "both count"). */
export function evaluateCrisis(cases: readonly CrisisCase[], screen: Screen): CrisisEvaluation {
  const outcomes = cases.map((item) => screen(item.text));
  /** The figures of the cases `belongs` picks. */
  const figuresOf = (belongs: (item: CrisisCase) => boolean): TierFigures => {
    const picked = cases.flatMap((item, index) => (belongs(item) ? [index] : []));
    return tierFigures(
      picked.map((index) => cases[index] as CrisisCase),
      picked.map((index) => outcomes[index] as ScreenOutcome),
    );
  };
  const byTier = Object.fromEntries(
    CRISIS_TIERS.map((tier) => [tier, figuresOf((item) => item.tier === tier)]),
  ) as Record<CrisisTier, TierFigures>;
  const byKind = Object.fromEntries(
    CRISIS_KINDS.map((kind) => [kind, figuresOf((item) => item.expected.includes(kind))]),
  ) as Record<CrisisKind, TierFigures>;
  const withOutcome = cases.map((item, index) => ({ ...item, outcome: outcomes[index] ?? 'none' }));
  return {
    ...tierFigures(cases, outcomes),
    byTier,
    byKind,
    clearGivenCheck: withOutcome.filter((item) => item.tier === 'clear' && item.outcome === 'check'),
    misses: withOutcome.filter((item) => item.outcome === 'none'),
  };
}

export function evaluateOrdinary(cases: readonly PlainCase[], screen: Screen): OrdinaryEvaluation {
  const alarms: OrdinaryAlarm[] = [];
  for (const item of cases) {
    const outcome = screen(item.text);
    if (outcome !== 'none') alarms.push({ ...item, outcome });
  }
  const fullAlarms = alarms.filter((alarm) => alarm.outcome === 'crisis').length;
  const checks = alarms.length - fullAlarms;
  return {
    cases: cases.length,
    fullAlarms,
    fullAlarmRate: ratio(fullAlarms, cases.length),
    checks,
    checkRate: ratio(checks, cases.length),
    alarms,
  };
}

/** What the receptionist is told about a note. */
export interface TriageOutcome {
  urgency: TriageUrgency;
  flags: readonly RedFlagKind[];
}
export type Triage = (text: string) => TriageOutcome;

export interface RedFlagError extends RedFlagCase {
  foundUrgency: TriageUrgency;
  foundFlags: RedFlagKind[];
  /** missed: needs a clinician, told none; falseAlarm: none, told otherwise; urgency: both flagged, other urgency; flags: a labelled flag not found. */
  problem: 'missed' | 'falseAlarm' | 'urgency' | 'flags';
}

export interface RedFlagEvaluation {
  cases: number;
  /** Lines labelled as needing a clinician, and how many of them were flagged at all. */
  urgent: number;
  flagged: number;
  recall: number;
  /** Lines labelled none, and how many of them were flagged. */
  ordinary: number;
  falseAlarms: number;
  falseAlarmRate: number;
  /** Lines whose urgency is exactly the label. */
  exactUrgency: number;
  exactUrgencyRate: number;
  /** Labelled flags found among the flags given, over all labelled flags. */
  flagsLabelled: number;
  flagsFound: number;
  errors: RedFlagError[];
}

export function evaluateRedFlags(cases: readonly RedFlagCase[], triage: Triage): RedFlagEvaluation {
  const errors: RedFlagError[] = [];
  let flagged = 0;
  let falseAlarms = 0;
  let exactUrgency = 0;
  let flagsLabelled = 0;
  let flagsFound = 0;
  for (const item of cases) {
    const found = triage(item.text);
    const foundFlags = [...found.flags];
    const matched = item.flags.filter((flag) => foundFlags.includes(flag)).length;
    flagsLabelled += item.flags.length;
    flagsFound += matched;
    if (found.urgency === item.urgency) exactUrgency += 1;
    let problem: RedFlagError['problem'] | undefined;
    if (item.urgency === 'none') {
      if (found.urgency !== 'none') {
        falseAlarms += 1;
        problem = 'falseAlarm';
      }
    } else if (found.urgency === 'none') {
      problem = 'missed';
    } else {
      flagged += 1;
      if (found.urgency !== item.urgency) problem = 'urgency';
      else if (matched < item.flags.length) problem = 'flags';
    }
    if (problem) errors.push({ ...item, foundUrgency: found.urgency, foundFlags, problem });
  }
  const urgent = cases.filter((item) => item.urgency !== 'none').length;
  const ordinary = cases.length - urgent;
  return {
    cases: cases.length,
    urgent,
    flagged,
    recall: ratio(flagged, urgent),
    ordinary,
    falseAlarms,
    falseAlarmRate: ratio(falseAlarms, ordinary),
    exactUrgency,
    exactUrgencyRate: ratio(exactUrgency, cases.length),
    flagsLabelled,
    flagsFound,
    errors,
  };
}

const tsvFiles = (...names: string[]): readonly string[] => names.map((name) => `${name}.tsv`);

/**
 * The files of the development split (data/safety/dev) for each set (named without ".tsv", which
 * tsvFiles adds, so no name reads as a message key). Everyday messages and notes that
 * use words the rules may fire on (figures of speech, third parties, the past, denials, work and
 * hobbies) were written in batches, each before the rules were narrowed from it.
 */
export const DEV_SPLIT_FILES = {
  crisis: tsvFiles('crisis'),
  ordinary: tsvFiles(
    'ordinary',
    'ordinary-voices',
    'ordinary-voices-2',
    'ordinary-voices-3',
    'ordinary-voices-4',
    'ordinary-voices-5',
    'ordinary-voices-6',
    'ordinary-voices-7',
  ),
  redFlags: tsvFiles(
    'red-flags',
    'notes-voices',
    'notes-voices-2',
    'notes-voices-3',
    'notes-voices-4',
    'notes-voices-5',
    'notes-voices-6',
  ),
};
