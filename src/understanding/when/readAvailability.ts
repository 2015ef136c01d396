// "When are you usually free?" read as a weekly pattern, by the same grammar that reads "When would
// suit you?" for a booking: weekdays, parts of the day, clock times and what is ruled out. No dates: the
// booking layer lays the pattern over real diaries.
import {
  PART_OF_DAY_HOURS,
  PARTS_OF_DAY,
  WEEKDAYS,
  type Availability,
  type AvailabilityWindow,
  type Weekday,
} from '../../domain/needs/preferences';
import type { IsoWeekday } from '../../domain/calendar/wallClock';
import type { Evidence, Grounded } from '../evidence';
import { SKIPPED, type Skipped } from '../result';
import { DEFAULT_CULTURE, isSkipAnswer, MAX_ANSWER_LENGTH } from '../text';
import { type Found, type Phrase, readWhenPhrases } from './grammar';
import { timeWindows } from './readWhen';

export type AvailabilityReason = 'notUnderstood' | 'nothingLeft';

export type AvailabilityReading =
  | ({ readonly ok: true; readonly value: Availability } & Grounded)
  | { readonly ok: false; readonly reason: AvailabilityReason }
  | Skipped;

export interface ReadAvailabilityInput {
  readonly text: string;
  readonly locale?: string;
}

const minutesOf = (clock: string): number => {
  const [hours = '0', minutes = '0'] = clock.split(':');
  return Number(hours) * 60 + Number(minutes);
};
const clockOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** An hour from a named time ("at 10") when the answer is a weekly pattern. */
const POINT_MINUTES = 60;

function weekdayCode(day: IsoWeekday): Weekday {
  return WEEKDAYS[day - 1] ?? 'MO';
}

function daysSaid(found: readonly Found[]): { days: Set<Weekday>; excluded: Set<Weekday> } {
  const days = new Set<Weekday>();
  const excluded = new Set<Weekday>();
  for (const { phrase } of found) {
    if (phrase.kind === 'weekdays') phrase.weekdays.forEach((day) => days.add(weekdayCode(day)));
    else if (phrase.kind === 'exceptWeekdays') phrase.weekdays.forEach((day) => excluded.add(weekdayCode(day)));
    else if (phrase.kind === 'day') {
      const { day } = phrase;
      if (
        day.kind === 'weekday' ||
        day.kind === 'thisWeekday' ||
        day.kind === 'nextWeekday' ||
        day.kind === 'weekdayPlusWeeks'
      )
        days.add(weekdayCode(day.weekday));
    }
  }
  return { days, excluded };
}

function isAboutTime(phrase: Phrase): boolean {
  return phrase.kind !== 'mode' && phrase.kind !== 'past';
}

export function readAvailability({ text, locale = DEFAULT_CULTURE }: ReadAvailabilityInput): AvailabilityReading {
  const answer = text.slice(0, MAX_ANSWER_LENGTH);
  const grammar = readWhenPhrases(answer);
  const found = grammar.found.filter((item) => isAboutTime(item.phrase));
  if (found.length === 0) {
    return isSkipAnswer({ text: answer, locale }) ? SKIPPED : { ok: false, reason: 'notUnderstood' };
  }
  const { days, excluded } = daysSaid(found);
  const chosenDays = (days.size > 0 ? WEEKDAYS.filter((day) => days.has(day)) : [...WEEKDAYS]).filter(
    (day) => !excluded.has(day),
  );
  const times = timeWindows(
    found.map((item) => item.phrase),
    0,
  );
  const ranges: (readonly [number, number])[] = [
    ...times.windows,
    ...times.points.map((point): readonly [number, number] => [point, point + POINT_MINUTES]),
  ];
  const windows: AvailabilityWindow[] = [];
  for (const day of chosenDays) {
    for (const part of PARTS_OF_DAY) {
      const bounds = PART_OF_DAY_HOURS[part];
      const partStart = minutesOf(bounds.start);
      const partEnd = minutesOf(bounds.end);
      const inside = (ranges.length > 0 ? ranges : [[0, 24 * 60] as const]).flatMap(([from, to]) => {
        const start = Math.max(from, partStart);
        const end = Math.min(to, partEnd);
        return start < end ? [[start, end] as const] : [];
      });
      if (inside.length === 0) continue;
      const start = Math.min(...inside.map(([from]) => from));
      const end = Math.max(...inside.map(([, to]) => to));
      windows.push({ day, part, start: clockOf(start), end: clockOf(end) });
    }
  }
  if (windows.length === 0) return { ok: false, reason: 'nothingLeft' };
  const coverage = grammar.contentWords === 0 ? 0 : 1 - grammar.leftover.length / grammar.contentWords;
  const evidence: Evidence[] = found.map((item) => ({
    start: item.start,
    end: item.end,
    text: answer.slice(item.start, item.end),
    reading: item.phrase.kind,
  }));
  return {
    ok: true,
    value: { windows, excludedDays: WEEKDAYS.filter((day) => excluded.has(day)) },
    confidence: Math.round((0.5 + 0.5 * coverage) * 100) / 100,
    evidence,
  };
}
