// How a "right window" is judged for "When would suit you?" (when.tsv).
//
// An expected line is one of: a single outcome (past, holiday, beyond, unclear), or fields days=, except=
// and time=. A window is turned into two sets and compared for equality:
// - days: the calendar days named (any and asap both mean every day, as the product offers the earliest
//   times either way), less the excepted weekdays, intersected with the bookable days: weekdays that are
//   not England and Wales bank holidays, from the reference date to 14 days after it (the reference date
//   itself only before 18:30);
// - time: the start minutes, in steps of 5 from 08:00 to 18:25, that the window admits, with the parts of
//   the day as the product defines them (morning before 12:00, afternoon 12:00 to 17:00, evening from
//   17:00, lunchtime 12:00 to 14:00). "from", "until" and "at" are exact: "at 14:30" admits one minute.
// The understanding's answer is turned into the same two sets by the same rules. A line is right when
// the outcome is the same single outcome as one alternative, or both sets equal those of one alternative.
// A part of one weekday ruled out ("not Friday afternoons") cannot be written in the labels' format, so
// the judge leaves the product's weekly windows out.
import { createBankHolidayCalendar } from '../../../src/domain/calendar/bankHolidays';
import {
  addLocalDays,
  eachLocalDate,
  isoWeekdayOf,
  type IsoWeekday,
  type LocalDate,
  minutesOfDay,
} from '../../../src/domain/calendar/wallClock';
import { PART_OF_DAY_WINDOWS, type WhenPreference } from '../../../src/domain/booking/whenPreference';

export type SingleOutcome = 'past' | 'holiday' | 'beyond' | 'unclear';
export type Judged = { kind: SingleOutcome } | { kind: 'window'; days: Set<LocalDate>; minutes: Set<number> };

const HORIZON_DAYS = 14;
const FIRST_MINUTE = 8 * 60;
const LAST_MINUTE = 18 * 60 + 30;
const STEP = 5;
const calendar = createBankHolidayCalendar();
const CODES: Readonly<Record<string, IsoWeekday>> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

const TIME_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  morning: [minutesOfDay(PART_OF_DAY_WINDOWS.morning.from), minutesOfDay(PART_OF_DAY_WINDOWS.morning.to)],
  afternoon: [
    minutesOfDay(PART_OF_DAY_WINDOWS.afternoon.from),
    minutesOfDay(PART_OF_DAY_WINDOWS.afternoon.to),
  ],
  evening: [minutesOfDay(PART_OF_DAY_WINDOWS.evening.from), minutesOfDay(PART_OF_DAY_WINDOWS.evening.to)],
  lunchtime: [12 * 60, 14 * 60],
};

export function bookableDays(reference: string): LocalDate[] {
  const today = reference.slice(0, 10);
  const minutes = minutesOfDay(reference.slice(11, 16));
  return eachLocalDate(today, addLocalDays(today, HORIZON_DAYS)).filter(
    (date) =>
      isoWeekdayOf(date) <= 5 &&
      !calendar.isBankHoliday('england-and-wales', date) &&
      (date !== today || minutes < LAST_MINUTE),
  );
}

function minutesBetween(from: number, to: number): Set<number> {
  const set = new Set<number>();
  for (let minute = FIRST_MINUTE; minute < LAST_MINUTE; minute += STEP) {
    if (minute >= from && minute < to) set.add(minute);
  }
  return set;
}

const ALL_MINUTES = minutesBetween(0, 24 * 60);

function clock(text: string): number {
  const [hours = 'x', minutes = 'x'] = text.split(':');
  const value = Number(hours) * 60 + Number(minutes);
  if (!Number.isFinite(value)) throw new Error(`not a time: ${text}`);
  return value;
}

function expectedMinutes(time: string): Set<number> {
  if (time === 'any') return ALL_MINUTES;
  const union = new Set<number>();
  for (const part of time.split(',')) {
    const named = TIME_PARTS[part];
    let set: Set<number>;
    if (named) set = minutesBetween(named[0], named[1]);
    else if (part.startsWith('from ')) set = minutesBetween(clock(part.slice(5)), 24 * 60);
    else if (part.startsWith('until ')) set = minutesBetween(0, clock(part.slice(6)));
    else if (part.startsWith('at ')) set = new Set([clock(part.slice(3))]);
    else {
      const [from = '', to = ''] = part.split('-');
      set = minutesBetween(clock(from), clock(to));
    }
    set.forEach((minute) => union.add(minute));
  }
  return union;
}

export function judgeExpected(reference: string, expected: string): Judged {
  if (['past', 'holiday', 'beyond', 'unclear'].includes(expected)) return { kind: expected as SingleOutcome };
  const fields = new Map(
    expected.split(';').map((field) => {
      const at = field.indexOf('=');
      return [field.slice(0, at).trim(), field.slice(at + 1).trim()] as const;
    }),
  );
  const bookable = bookableDays(reference);
  const daysField = fields.get('days') ?? 'any';
  const except = new Set((fields.get('except') ?? '').split(',').flatMap((code) => CODES[code] ?? []));
  let named: (date: LocalDate) => boolean;
  if (daysField === 'any' || daysField === 'asap') named = () => true;
  else {
    const spans = daysField.split(',').map((item) => {
      const [from = '', to = from] = item.split('..');
      return { from, to };
    });
    named = (date) => spans.some((span) => span.from <= date && date <= span.to);
  }
  const days = new Set(bookable.filter((date) => named(date) && !except.has(isoWeekdayOf(date))));
  return { kind: 'window', days, minutes: expectedMinutes(fields.get('time') ?? 'any') };
}

/** The product's answer as the same two sets, using the product's own fit rules. */
export function judgePreference(reference: string, when: WhenPreference): Judged {
  const bookable = bookableDays(reference);
  const days = new Set(
    bookable.filter(
      (date) =>
        (when.dates.length === 0 || when.dates.some((span) => span.from <= date && date <= span.to)) &&
        !when.excludedWeekdays.includes(isoWeekdayOf(date)),
    ),
  );
  const minutes = new Set<number>();
  for (const minute of ALL_MINUTES) {
    let fits = true;
    if (when.partOfDay !== null) {
      const window = PART_OF_DAY_WINDOWS[when.partOfDay];
      fits = minute >= minutesOfDay(window.from) && minute < minutesOfDay(window.to);
    }
    if (fits && when.times.length > 0) {
      fits = when.times.some((time) =>
        time.kind === 'at'
          ? minute === minutesOfDay(time.time)
          : minutesOfDay(time.from) <= minute && minute < minutesOfDay(time.to),
      );
    }
    if (fits) minutes.add(minute);
  }
  // 'at' times that fall between the 5-minute steps still count as themselves.
  for (const time of when.times) if (time.kind === 'at') minutes.add(minutesOfDay(time.time));
  return { kind: 'window', days, minutes };
}

function sameSet<T>(a: Set<T>, b: Set<T>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

export function sameJudgement(a: Judged, b: Judged): boolean {
  if (a.kind === 'window' && b.kind === 'window')
    return sameSet(a.days, b.days) && sameSet(a.minutes, b.minutes);
  return a.kind === b.kind;
}

export function describe(judged: Judged): string {
  if (judged.kind !== 'window') return judged.kind;
  const minutes = [...judged.minutes].sort((a, b) => a - b);
  const first = minutes[0];
  const last = minutes.at(-1);
  const hhmm = (m: number | undefined) =>
    m === undefined
      ? '-'
      : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `days=${[...judged.days].sort().join(',') || '(none)'} time=${hhmm(first)}..${hhmm(last)} (${minutes.length})`;
}
