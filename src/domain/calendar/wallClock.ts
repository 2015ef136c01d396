import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays } from 'date-fns';

/**
 * Signpost books only in UK time. A literal type rather than `string` so that a caller cannot pass the
 * server's zone (or 'UTC') by accident and shift every slot by an hour for half the year.
 */
export const UK_TIME_ZONE = 'Europe/London';
export type UkTimeZone = typeof UK_TIME_ZONE;

/** A calendar date on the wall clock of a zone, 'YYYY-MM-DD'. It is not an instant. */
export type LocalDate = string;
/** A time on the wall clock, 'HH:MM' (24-hour). '24:00' is allowed only as the end of a window. */
export type LocalTime = string;
/** ISO 8601 weekday: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

export const MINUTES_PER_DAY = 24 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = MINUTES_PER_DAY * MS_PER_MINUTE;

const LOCAL_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME_SHAPE = /^([01]\d|2[0-3]):([0-5]\d)$/;
// An instant must say its offset: a bare '2026-03-29T09:00' would be read in the server's zone.
const ISO_INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const WEEKDAY_NAME_OF: Readonly<Record<IsoWeekday, WeekdayName>> = {
  1: 'monday',
  2: 'tuesday',
  3: 'wednesday',
  4: 'thursday',
  5: 'friday',
  6: 'saturday',
  7: 'sunday',
};

export function weekdayName(weekday: IsoWeekday): WeekdayName {
  return WEEKDAY_NAME_OF[weekday];
}

export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE_SHAPE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return localDateFromParts(year, month, day) === value;
}

export function isLocalTime(value: string): boolean {
  return LOCAL_TIME_SHAPE.test(value);
}

/** Minutes since local midnight; accepts '24:00' so that a window can run to the end of the day. */
export function minutesOfDay(time: LocalTime): number {
  if (time === '24:00') return MINUTES_PER_DAY;
  // Read digit by digit: a slot search asks this of every slot for every window, and a regular
  // expression's match array for each was 3% of all that turns allocated.
  const hours = twoDigits(time, 0);
  const minutes = twoDigits(time, 3);
  if (time.length !== 5 || time.charCodeAt(2) !== COLON || hours > 23 || minutes > 59) {
    throw new RangeError(`Not a local time: ${time}`);
  }
  return hours * 60 + minutes;
}

const COLON = 58;
const ZERO = 48;

/** The number written by the two digits at `at`, or Infinity when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - ZERO;
  const units = text.charCodeAt(at + 1) - ZERO;
  // NaN (past the end) fails both comparisons, as it should.
  if (!(tens >= 0 && tens <= 9 && units >= 0 && units <= 9)) return Infinity;
  return tens * 10 + units;
}

export function timeFromMinutes(minutes: number): LocalTime {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

export function localDateParts(date: LocalDate): { year: number; month: number; day: number } {
  const match = LOCAL_DATE_SHAPE.exec(date);
  if (!match) throw new RangeError(`Not a local date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Month is 1-based. Out-of-range days roll over, as the proleptic Gregorian calendar does. */
export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  const at = new Date(Date.UTC(year, month - 1, day));
  return [
    String(at.getUTCFullYear()).padStart(4, '0'),
    String(at.getUTCMonth() + 1).padStart(2, '0'),
    String(at.getUTCDate()).padStart(2, '0'),
  ].join('-');
}

// Civil dates are counted on a UTC day line: a date has no zone, so no zone may add or lose an hour.
function civilDay(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = localDateParts(date);
  return localDateFromParts(year, month, day + days);
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return civilDay(to) - civilDay(from);
}

export function isoWeekdayOf(date: LocalDate): IsoWeekday {
  const sundayZero = new Date(civilDay(date) * MS_PER_DAY).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

export function isWeekend(date: LocalDate): boolean {
  return isoWeekdayOf(date) >= 6;
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachLocalDate(from: LocalDate, to: LocalDate): LocalDate[] {
  const count = daysBetween(from, to);
  const dates: LocalDate[] = [];
  for (let offset = 0; offset <= count; offset += 1) dates.push(addLocalDays(from, offset));
  return dates;
}

/**
 * The instant (epoch milliseconds) at which the wall clock of `timeZone` shows `minutes` past midnight
 * on `date`. Using the zone's rules for that very date is what keeps 09:00 at 09:00 across the clock
 * change; adding hours to local midnight would not.
 */
export function wallClockToInstant(date: LocalDate, minutes: number, timeZone: UkTimeZone): number {
  const dayOffset = Math.floor(minutes / MINUTES_PER_DAY);
  const within = minutes - dayOffset * MINUTES_PER_DAY;
  const civil = civilDay(date) + dayOffset;
  // A wall-clock day lies within the UTC day of the same date widened by the largest UK offset.
  const offset = steadyOffset(civil * MS_PER_DAY - MS_PER_DAY / 12, (civil + 1) * MS_PER_DAY, timeZone);
  if (offset !== undefined) return civil * MS_PER_DAY + (within - offset) * MS_PER_MINUTE;
  // The clocks change on this day: the zone's rules decide what a time in the gap or the overlap is.
  const { year, month, day } = localDateParts(localDateOfCivilDay(civil));
  return new TZDate(year, month - 1, day, Math.floor(within / 60), within % 60, timeZone).getTime();
}

// Offsets of a zone, asked once per day and zone: Intl's reading of them was a large part of each turn
// that lists free times (hundreds of slots, each read on the wall clock).
const steadyOffsets = new Map<string, number | null>();
const civilDates = new Map<number, LocalDate>();
const CACHE_LIMIT = 4096;

/**
 * The zone's offset in minutes when it is the same from `from` to `until` (no clock change between),
 * otherwise undefined. Remembered by zone and span.
 */
function steadyOffset(from: number, until: number, timeZone: UkTimeZone): number | undefined {
  const key = `${timeZone}|${from}|${until}`;
  let offset = steadyOffsets.get(key);
  if (offset === undefined) {
    const first = tzOffset(timeZone, new Date(from));
    offset = first === tzOffset(timeZone, new Date(until)) ? first : null;
    if (steadyOffsets.size >= CACHE_LIMIT) steadyOffsets.clear();
    steadyOffsets.set(key, offset);
  }
  return offset ?? undefined;
}

function localDateOfCivilDay(civil: number): LocalDate {
  let date = civilDates.get(civil);
  if (date === undefined) {
    const at = new Date(civil * MS_PER_DAY);
    date = localDateFromParts(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
    if (civilDates.size >= CACHE_LIMIT) civilDates.clear();
    civilDates.set(civil, date);
  }
  return date;
}

export interface WallClockReading {
  date: LocalDate;
  /** Minutes since local midnight. */
  minutes: number;
  weekday: IsoWeekday;
}

export function instantToWallClock(instant: number, timeZone: UkTimeZone): WallClockReading {
  const utcDay = Math.floor(instant / MS_PER_DAY);
  const offset = steadyOffset(utcDay * MS_PER_DAY, (utcDay + 1) * MS_PER_DAY - 1, timeZone);
  if (offset !== undefined) {
    const local = instant + offset * MS_PER_MINUTE;
    const civil = Math.floor(local / MS_PER_DAY);
    const sundayZero = (((civil + 4) % 7) + 7) % 7;
    return {
      date: localDateOfCivilDay(civil),
      minutes: Math.floor((local - civil * MS_PER_DAY) / MS_PER_MINUTE),
      weekday: (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday,
    };
  }
  const local = new TZDate(instant, timeZone);
  const date = localDateFromParts(local.getFullYear(), local.getMonth() + 1, local.getDate());
  return { date, minutes: local.getHours() * 60 + local.getMinutes(), weekday: isoWeekdayOf(date) };
}

/**
 * Reads the local date of instants, remembering the bounds of the day it last answered: on a path run
 * every turn, nearly every call falls on that same day and costs two comparisons.
 */
export function localDateReader(timeZone: UkTimeZone): (instant: number) => LocalDate {
  let day: { date: LocalDate; from: number; until: number } | undefined;
  return (instant) => {
    if (day && instant >= day.from && instant < day.until) return day.date;
    const { date } = instantToWallClock(instant, timeZone);
    day = {
      date,
      from: wallClockToInstant(date, 0, timeZone),
      until: wallClockToInstant(addLocalDays(date, 1), 0, timeZone),
    };
    return date;
  };
}

/** The same wall-clock time `days` calendar days later: 10:00 GMT plus 14 days is 10:00 BST. */
export function addCalendarDaysAt(instant: number, days: number, timeZone: UkTimeZone): number {
  return addDays(new TZDate(instant, timeZone), days).getTime();
}

export function minutesToMs(minutes: number): number {
  return minutes * MS_PER_MINUTE;
}

export function toIsoInstant(instant: number): string {
  return new Date(instant).toISOString();
}

const gridIsoInstants = new Map<number, string>();

/**
 * toIsoInstant for instants that come back again and again: the starts and ends of the slot grid, the
 * same on every search for free times (thousands of them a search). Remembered, up to a bound.
 */
export function gridIsoInstant(instant: number): string {
  let iso = gridIsoInstants.get(instant);
  if (iso === undefined) {
    iso = toIsoInstant(instant);
    if (gridIsoInstants.size >= 32_768) gridIsoInstants.clear();
    gridIsoInstants.set(instant, iso);
  }
  return iso;
}

/** Epoch milliseconds, or null when the text is not an ISO 8601 instant with an explicit offset. */
export function parseIsoInstant(value: string): number | null {
  if (!ISO_INSTANT_SHAPE.test(value)) return null;
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? null : instant;
}
