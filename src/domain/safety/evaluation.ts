// Reading the labelled safety data sets and scoring the checks on them. Shared by the unit tests and
// bench/safetyEval.ts so that both measure the same thing. Pure: file contents in, figures out.

import { assessMessage } from './assessMessage';
import { assessRedFlags } from './redFlags';
import {
  CRISIS_KINDS,
  RED_FLAG_KINDS,
  TRIAGE_URGENCIES,
  type CrisisKind,
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
  if (!value) return [];
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

export function parseCrisisCases(content: string): CrisisCase[] {
  return dataLines(content).map(({ line, text, columns }) => {
    const expected = codes(columns[0], CRISIS_KINDS, line);
    if (expected.length === 0) throw new SafetyDataError(`line ${line}: no expected kind`);
    return { line, text, expected };
  });
}

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

export interface CrisisMiss extends CrisisCase {
  found: CrisisKind[];
}

export interface CrisisEvaluation {
  cases: number;
  recalled: number;
  recall: number;
  misses: CrisisMiss[];
}

export interface FalsePositive extends PlainCase {
  kinds: CrisisKind[];
  rules: string[];
}

export interface OrdinaryEvaluation {
  cases: number;
  falsePositives: FalsePositive[];
  falsePositiveRate: number;
}

export interface RedFlagError extends RedFlagCase {
  foundUrgency: TriageUrgency;
  foundFlags: RedFlagKind[];
}

export interface RedFlagEvaluation {
  cases: number;
  correct: number;
  accuracy: number;
  /** Lines labelled urgent that came out as none: the misses that matter most. */
  missedUrgent: number;
  errors: RedFlagError[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** A crisis line is recalled when a crisis is raised and every expected kind is among those found. */
export function evaluateCrisis(cases: readonly CrisisCase[], locale = 'en-GB'): CrisisEvaluation {
  const misses: CrisisMiss[] = [];
  for (const item of cases) {
    const result = assessMessage({ text: item.text, locale });
    if (!result.crisis || !item.expected.every((kind) => result.kinds.includes(kind))) {
      misses.push({ ...item, found: result.kinds });
    }
  }
  return {
    cases: cases.length,
    recalled: cases.length - misses.length,
    recall: ratio(cases.length - misses.length, cases.length),
    misses,
  };
}

export function evaluateOrdinary(cases: readonly PlainCase[], locale = 'en-GB'): OrdinaryEvaluation {
  const falsePositives: FalsePositive[] = [];
  for (const item of cases) {
    const result = assessMessage({ text: item.text, locale });
    if (result.crisis) {
      const rules = result.evidence.filter((e) => e.status === 'current').map((e) => e.rule);
      falsePositives.push({ ...item, kinds: result.kinds, rules: [...new Set(rules)] });
    }
  }
  return {
    cases: cases.length,
    falsePositives,
    falsePositiveRate: ratio(falsePositives.length, cases.length),
  };
}

/** A note is right when its urgency is exactly the label and every labelled flag is found. */
export function evaluateRedFlags(cases: readonly RedFlagCase[], locale = 'en-GB'): RedFlagEvaluation {
  const errors: RedFlagError[] = [];
  for (const item of cases) {
    const result = assessRedFlags({ text: item.text, locale });
    if (result.urgency !== item.urgency || !item.flags.every((flag) => result.flags.includes(flag))) {
      errors.push({ ...item, foundUrgency: result.urgency, foundFlags: result.flags });
    }
  }
  const missedUrgent = errors.filter((e) => e.urgency !== 'none' && e.foundUrgency === 'none').length;
  return {
    cases: cases.length,
    correct: cases.length - errors.length,
    accuracy: ratio(cases.length - errors.length, cases.length),
    missedUrgent,
    errors,
  };
}
