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
import { canonicalText } from './canonicalText';
import { WHEN_LEXICON } from './lexicon';

/**
 * `aDate`: the answer names one day of the calendar ("Christmas Day", "the 3rd"), not a usual week, and
 * nothing else: it says nothing about the days they are usually free.
 */
export type AvailabilityReason = 'notUnderstood' | 'nothingLeft' | 'aDate';

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

/**
 * The days of a usual week a phrase names: "Tuesdays", "on a Tuesday", and this week's parts read as
 * any week's ("the weekend", "the end of the week"); none for a date ("the 3rd", "next week").
 */
function weekdaysOf(phrase: Phrase): readonly IsoWeekday[] {
  if (phrase.kind === 'weekdays') return phrase.weekdays;
  if (phrase.kind !== 'day') return [];
  const { day } = phrase;
  if (
    day.kind === 'weekday' ||
    day.kind === 'thisWeekday' ||
    day.kind === 'nextWeekday' ||
    day.kind === 'weekdayPlusWeeks'
  )
    return [day.weekday];
  if (day.kind === 'weekPart' && day.week === 0 && day.afterToday !== true) {
    return Array.from({ length: day.to - day.from + 1 }, (_, index) => (day.from + index) as IsoWeekday);
  }
  return [];
}

const TIME_KINDS = new Set<Phrase['kind']>(['part', 'from', 'until', 'range', 'at']);

interface Group {
  readonly days: Set<Weekday>;
  readonly times: Phrase[];
}

/**
 * Days and times said together belong together: "Monday morning and Wednesday afternoon" is two
 * windows, not both parts on both days. A new group starts when days come after a group that already
 * has both days and times, and when "and" or "or" joins days to times: "evenings or weekends" is any
 * evening and the whole weekend, not weekend evenings only ("weekend evenings", "evenings at weekends"
 * and "Tuesday and Thursday afternoons" still narrow each other).
 */
function groupsOf(found: readonly Found[], answer: string): Group[] {
  const groups: Group[] = [{ days: new Set(), times: [] }];
  let previous: { kind: 'days' | 'times'; end: number } | undefined;
  for (const { phrase, start, end } of found) {
    const current = groups.at(-1) ?? { days: new Set<Weekday>(), times: [] };
    const days = weekdaysOf(phrase);
    const kind = days.length > 0 ? 'days' : TIME_KINDS.has(phrase.kind) ? 'times' : undefined;
    const joinedAsAlternative =
      kind !== undefined &&
      previous !== undefined &&
      previous.kind !== kind &&
      isCoordination(answer.slice(previous.end, start));
    const group = joinedAsAlternative
      ? { days: new Set<Weekday>(), times: [] }
      : kind === 'days' && current.days.size > 0 && current.times.length > 0
        ? { days: new Set<Weekday>(), times: [] }
        : current;
    if (group !== current) groups.push(group);
    if (kind === 'days') days.forEach((day) => group.days.add(weekdayCode(day)));
    else if (kind === 'times') group.times.push(phrase);
    if (kind !== undefined) previous = { kind, end };
  }
  return groups;
}

/** Words that may stand between two alternatives: "and", "or", and the little words around them. */
const AROUND_COORDINATION = new Set([',', 'also', 'any', 'time', 'anytime', 'at', 'on', 'in', 'the', 'a']);

/** "or", ", and", "or at", "and any time at": days and times offered as alternatives. */
function isCoordination(gap: string): boolean {
  const words = canonicalText(gap, WHEN_LEXICON)
    .text.split(' ')
    .filter((word) => word !== '');
  return (
    words.some((word) => word === 'and' || word === 'or') &&
    words.every((word) => word === 'and' || word === 'or' || AROUND_COORDINATION.has(word))
  );
}

function minutesRanges(phrases: readonly Phrase[]): (readonly [number, number])[] {
  const times = timeWindows(phrases, 0);
  return [
    ...times.windows,
    ...times.points.map((point): readonly [number, number] => [point, point + POINT_MINUTES]),
  ];
}

function cut(ranges: readonly (readonly [number, number])[], from: number, to: number) {
  return ranges.flatMap(([a, b]): (readonly [number, number])[] => {
    if (to <= a || from >= b) return [[a, b]];
    const pieces: (readonly [number, number])[] = [];
    if (from > a) pieces.push([a, from]);
    if (to < b) pieces.push([to, b]);
    return pieces;
  });
}

function isAboutTime(phrase: Phrase): boolean {
  return phrase.kind !== 'mode' && phrase.kind !== 'past';
}

export function readAvailability({
  text,
  locale = DEFAULT_CULTURE,
}: ReadAvailabilityInput): AvailabilityReading {
  const answer = text.slice(0, MAX_ANSWER_LENGTH);
  const grammar = readWhenPhrases(answer);
  const found = grammar.found.filter((item) => isAboutTime(item.phrase));
  if (found.length === 0) {
    return isSkipAnswer({ text: answer, locale }) ? SKIPPED : { ok: false, reason: 'notUnderstood' };
  }
  if (found.every(({ phrase }) => phrase.kind === 'day' && weekdaysOf(phrase).length === 0)) {
    return { ok: false, reason: 'aDate' };
  }
  const excluded = new Set<Weekday>();
  const exceptions = found.flatMap(({ phrase }) => {
    if (phrase.kind === 'exceptWeekdays') phrase.weekdays.forEach((day) => excluded.add(weekdayCode(day)));
    return phrase.kind === 'exceptTime' || phrase.kind === 'exceptWeekdayTime' ? [phrase] : [];
  });
  const byKey = new Map<
    string,
    { day: Weekday; part: (typeof PARTS_OF_DAY)[number]; start: number; end: number }
  >();
  for (const group of groupsOf(found, answer)) {
    const groupDays = (
      group.days.size > 0 ? WEEKDAYS.filter((day) => group.days.has(day)) : [...WEEKDAYS]
    ).filter((day) => !excluded.has(day));
    const said = minutesRanges(group.times);
    for (const day of groupDays) {
      let ranges: (readonly [number, number])[] = said.length > 0 ? said : [[0, 24 * 60]];
      for (const exception of exceptions) {
        if (exception.kind === 'exceptWeekdayTime' && !exception.weekdays.some((d) => weekdayCode(d) === day))
          continue;
        ranges = cut(ranges, exception.from, exception.to);
      }
      for (const part of PARTS_OF_DAY) {
        const bounds = PART_OF_DAY_HOURS[part];
        const partStart = minutesOf(bounds.start);
        const partEnd = minutesOf(bounds.end);
        for (const [from, to] of ranges) {
          const start = Math.max(from, partStart);
          const end = Math.min(to, partEnd);
          if (start >= end) continue;
          const key = `${day}:${part}`;
          const existing = byKey.get(key);
          byKey.set(
            key,
            existing
              ? { ...existing, start: Math.min(existing.start, start), end: Math.max(existing.end, end) }
              : { day, part, start, end },
          );
        }
      }
    }
  }
  const windows: AvailabilityWindow[] = [...byKey.values()]
    .sort(
      (a, b) =>
        WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) ||
        PARTS_OF_DAY.indexOf(a.part) - PARTS_OF_DAY.indexOf(b.part),
    )
    .map(({ day, part, start, end }) => ({ day, part, start: clockOf(start), end: clockOf(end) }));
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
