// "When are you usually free?": the share of answers read as the right weekly pattern. A pattern is the
// set of (weekday, start minute) pairs it admits, in steps of 5 minutes from 08:00 to 20:55, with the
// parts of the day as the follow-ups define them (morning 08:00-12:00, afternoon 12:00-17:00, evening
// 17:00-21:00; lunchtime 12:00-14:00); `from`, `until` and ranges are exact. "unclear" is right when
// the answer is not understood or is taken as a skip.
import {
  PART_OF_DAY_HOURS,
  WEEKDAYS,
  type Availability,
  type Weekday,
} from '../../../src/domain/needs/preferences';
import { readAvailability } from '../../../src/understanding/when/readAvailability';
import {
  alternatives,
  readRows,
  splitsOf,
  type EvalTask,
  type SplitFigures,
  filesOf,
  accuracyByFile,
} from './task';
import { timings } from './timing';

const FIRST = 8 * 60;
const LAST = 21 * 60;
const STEP = 5;
const CODES: Readonly<Record<string, Weekday>> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};
const clock = (text: string): number => {
  const [h = 'x', m = 'x'] = text.split(':');
  return Number(h) * 60 + Number(m);
};
const PARTS: Readonly<Record<string, readonly [number, number]>> = {
  morning: [clock(PART_OF_DAY_HOURS.morning.start), clock(PART_OF_DAY_HOURS.morning.end)],
  afternoon: [clock(PART_OF_DAY_HOURS.afternoon.start), clock(PART_OF_DAY_HOURS.afternoon.end)],
  evening: [clock(PART_OF_DAY_HOURS.evening.start), clock(PART_OF_DAY_HOURS.evening.end)],
  lunchtime: [12 * 60, 14 * 60],
};

function minutes(from: number, to: number): number[] {
  const list: number[] = [];
  for (let minute = FIRST; minute < LAST; minute += STEP)
    if (minute >= from && minute < to) list.push(minute);
  return list;
}

function expectedPattern(expected: string): Set<string> | 'unclear' {
  if (expected === 'unclear') return 'unclear';
  const fields = new Map(
    expected.split(';').map((field) => {
      const at = field.indexOf('=');
      return [field.slice(0, at).trim(), field.slice(at + 1).trim()] as const;
    }),
  );
  const daysField = fields.get('days') ?? 'any';
  const days: readonly Weekday[] =
    daysField === 'any'
      ? WEEKDAYS
      : daysField === 'weekdays'
        ? WEEKDAYS.slice(0, 5)
        : daysField === 'weekends'
          ? WEEKDAYS.slice(5)
          : daysField.split(',').flatMap((code) => CODES[code] ?? []);
  const timeField = fields.get('time') ?? 'any';
  const set = new Set<number>();
  for (const part of timeField.split(',')) {
    let range: readonly [number, number];
    const named = PARTS[part];
    if (part === 'any') range = [0, 24 * 60];
    else if (named) range = named;
    else if (part.startsWith('from ')) range = [clock(part.slice(5)), 24 * 60];
    else if (part.startsWith('until ')) range = [0, clock(part.slice(6))];
    else {
      const [from = '', to = ''] = part.split('-');
      range = [clock(from), clock(to)];
    }
    minutes(range[0], range[1]).forEach((minute) => set.add(minute));
  }
  return new Set(days.flatMap((day) => [...set].map((minute) => `${day}@${minute}`)));
}

function patternOf(availability: Availability): Set<string> {
  const set = new Set<string>();
  for (const window of availability.windows) {
    for (const minute of minutes(clock(window.start), clock(window.end))) set.add(`${window.day}@${minute}`);
  }
  return set;
}

function answer(text: string): Set<string> | 'unclear' {
  const result = readAvailability({ text, locale: 'en-GB' });
  if (!('ok' in result) || !result.ok) return 'unclear';
  return patternOf(result.value);
}

function same(a: Set<string> | 'unclear', b: Set<string> | 'unclear'): boolean {
  if (a === 'unclear' || b === 'unclear') return a === b;
  return a.size === b.size && [...a].every((item) => b.has(item));
}

function summary(pattern: Set<string> | 'unclear'): string {
  if (pattern === 'unclear') return 'unclear';
  const byDay = new Map<string, number[]>();
  for (const item of pattern) {
    const [day = '', minute = '0'] = item.split('@');
    byDay.set(day, [...(byDay.get(day) ?? []), Number(minute)]);
  }
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return [...byDay.entries()]
    .map(([day, list]) => `${day} ${hhmm(Math.min(...list))}..${hhmm(Math.max(...list))}(${list.length})`)
    .join(' ');
}

export const availability: EvalTask = {
  name: 'availability',
  run(context) {
    const out: SplitFigures[] = [];
    for (const split of splitsOf(context)) {
      const rows = readRows(context, split, 'availability.tsv');
      if (!rows) continue;
      const misses: string[] = [];
      const rightByRow: boolean[] = [];
      let right = 0;
      for (const { columns } of rows) {
        const [text = '', expected = ''] = columns;
        const got = answer(text);
        const ok = alternatives(expected).some((alternative) => same(expectedPattern(alternative), got));
        rightByRow.push(ok);
        if (ok) right += 1;
        else if (split !== 'test') misses.push(`${expected} → ${summary(got)} | ${text}`);
      }
      out.push({
        split,
        file: filesOf(rows),
        cases: rows.length,
        figures: {
          accuracy: rows.length ? right / rows.length : 0,
          ...accuracyByFile(rows, rightByRow),
          ...timings(
            rows.map(
              ({ columns }) =>
                () =>
                  answer(columns[0] ?? ''),
            ),
          ),
        },
        misses,
      });
    }
    return out;
  },
};
