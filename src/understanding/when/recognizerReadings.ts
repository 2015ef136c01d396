import { z } from 'zod';
import type { DateSpan, PartOfDay, TimeOfDay } from '../../domain/booking/whenPreference';
import {
  addLocalDays,
  type IsoWeekday,
  isLocalDate,
  type LocalDate,
  type LocalTime,
  minutesOfDay,
} from '../../domain/calendar/wallClock';

/**
 * Turns recognizers-text datetimeV2 results into plain readings. The resolution is untyped (`any`) in
 * the library, so it is parsed with zod like any other outside input. Every value string is taken as
 * a Europe/London wall-clock value: the reference date given to the recognizer already showed London
 * time, and no value is ever turned into an instant through the server's own zone.
 */

const valueSchema = z.object({
  timex: z.string().optional(),
  type: z.string(),
  value: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  Mod: z.string().optional(),
});
type ResolutionValue = z.infer<typeof valueSchema>;

export const recognizerResultSchema = z.object({
  start: z.number().int(),
  /** Inclusive, as the recognizer reports it. */
  end: z.number().int(),
  typeName: z.string(),
  resolution: z.object({ values: z.array(valueSchema) }).nullable(),
});
export type RecognizerResult = z.infer<typeof recognizerResultSchema>;

/** One way of reading one recognized phrase. */
export interface Reading {
  readonly dates?: DateSpan;
  readonly time?: TimeOfDay;
  readonly partOfDay?: PartOfDay;
  readonly onlyWeekday?: IsoWeekday;
  readonly asap?: true;
  /** The phrase named a weekday, not a date ("Tuesday"); a following "the 14th" decides the date. */
  readonly weekdayOnly?: boolean;
  /** 'YYYY-MM-DD HH:MM' after which the reading is over; absent for readings not tied to a date. */
  readonly endsAt?: string;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}):(\d{2})(?::\d{2})?)?$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2})?$/;
const PART_OF_DAY_TIMEX = /T(MO|AF|EV|NI)$/;
const WEEKDAY_SET_TIMEX = /^XXXX-WXX-([1-7])(?:T|$)/;
const WEEKLY_TIMEX = /XXXX-WXX-[1-7]/;
const PART_OF_DAY_CODES: Readonly<Record<string, PartOfDay>> = {
  MO: 'morning',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'evening',
};

interface DateAndTime {
  date: LocalDate;
  time: LocalTime | null;
}

function dateAndTime(value: string | undefined): DateAndTime | null {
  const [, date, hours, minutes] = (value === undefined ? null : DATE_TIME.exec(value)) ?? [];
  if (date === undefined || !isLocalDate(date)) return null;
  return { date, time: hours === undefined ? null : `${hours}:${minutes}` };
}

function timeOnly(value: string | undefined): LocalTime | null {
  const match = value === undefined ? null : TIME.exec(value);
  return match ? `${match[1]}:${match[2]}` : null;
}

function partOfDayOf(value: ResolutionValue): PartOfDay | undefined {
  const code = value.timex ? PART_OF_DAY_TIMEX.exec(value.timex)?.[1] : undefined;
  // "early afternoon" has a Mod and its own narrower start and end: keep those instead.
  return code !== undefined && value.Mod === undefined ? PART_OF_DAY_CODES[code] : undefined;
}

function between(from: LocalTime | null, to: LocalTime | null): TimeOfDay | undefined {
  const start = from ?? '00:00';
  const end = to ?? '24:00';
  // The recognizer sometimes offers a reversed reading ("22:00 to 12:00"); it is never what was meant.
  if (minutesOfDay(end) <= minutesOfDay(start)) return undefined;
  return { kind: 'between', from: start, to: end };
}

function dayEnd(date: LocalDate): string {
  return `${date} 24:00`;
}

function readDateRange(value: ResolutionValue): Reading | null {
  const start = dateAndTime(value.start)?.date;
  // The recognizer's end of a date range is the day after the last day.
  const endExclusive = dateAndTime(value.end)?.date;
  if (start === undefined && endExclusive === undefined) return null;
  const from = start ?? addLocalDays(endExclusive ?? '', -28);
  const to = endExclusive !== undefined ? addLocalDays(endExclusive, -1) : addLocalDays(from, 27);
  if (to < from) return null;
  return { dates: { from, to }, endsAt: dayEnd(to) };
}

function readDateTimeRange(value: ResolutionValue): Reading | null {
  const start = dateAndTime(value.start);
  const end = dateAndTime(value.end);
  const date = start?.date ?? end?.date;
  if (date === undefined) return null;
  if (start && end && start.date !== end.date) {
    return { dates: { from: start.date, to: end.date }, endsAt: dayEnd(end.date) };
  }
  const partOfDay = partOfDayOf(value);
  if (partOfDay) return { dates: { from: date, to: date }, partOfDay, endsAt: dayEnd(date) };
  const time = between(start?.time ?? null, end?.time ?? null);
  if (!time) return null;
  const until = time.kind === 'between' ? time.to : time.time;
  return { dates: { from: date, to: date }, time, endsAt: `${date} ${until}` };
}

function readTimeRange(value: ResolutionValue): Reading | null {
  const partOfDay = partOfDayOf(value);
  if (partOfDay) return { partOfDay };
  const time = between(timeOnly(value.start), timeOnly(value.end));
  return time ? { time } : null;
}

function readSet(value: ResolutionValue): Reading | null {
  const timex = value.timex ?? '';
  const weekday = WEEKDAY_SET_TIMEX.exec(timex)?.[1];
  const partOfDay = partOfDayOf(value);
  if (weekday === undefined && partOfDay === undefined) return null;
  return {
    ...(weekday !== undefined ? { onlyWeekday: Number(weekday) as IsoWeekday } : {}),
    ...(partOfDay !== undefined ? { partOfDay } : {}),
  };
}

function readValue(typeName: string, value: ResolutionValue): Reading | null {
  const timex = value.timex ?? '';
  if (timex === 'FUTURE_REF' || timex === 'PRESENT_REF') return { asap: true };
  switch (typeName) {
    case 'datetimeV2.date': {
      const date = dateAndTime(value.value)?.date;
      if (date === undefined) return null;
      return {
        dates: { from: date, to: date },
        endsAt: dayEnd(date),
        weekdayOnly: /^XXXX-WXX-\d$/.test(timex),
      };
    }
    case 'datetimeV2.daterange':
      return readDateRange(value);
    case 'datetimeV2.datetime': {
      const at = dateAndTime(value.value);
      if (!at || at.time === null) return null;
      return {
        dates: { from: at.date, to: at.date },
        time: { kind: 'at', time: at.time },
        endsAt: `${at.date} ${at.time}`,
      };
    }
    case 'datetimeV2.datetimerange':
      return readDateTimeRange(value);
    case 'datetimeV2.time': {
      const time = timeOnly(value.value);
      return time ? { time: { kind: 'at', time } } : null;
    }
    case 'datetimeV2.timerange':
      return readTimeRange(value);
    case 'datetimeV2.set':
      return readSet(value);
    default:
      // Durations ("two weeks") say how long, not when.
      return null;
  }
}

// 07:00 to 20:59: the recognizer offers 10:00 and 22:00 for "10"; a clinic means the first.
function clinicPlausible(reading: Reading): boolean {
  const time = reading.time;
  if (!time) return true;
  const minutes = minutesOfDay(time.kind === 'at' ? time.time : time.from);
  return minutes >= 7 * 60 && minutes < 21 * 60;
}

/**
 * The reading to keep from a result's alternatives ("Friday" is last Friday or this coming one): the
 * earliest that is not over yet at `nowKey` ('YYYY-MM-DD HH:MM', London), preferring clinic hours. When
 * every reading is over, the latest is returned with `past` set, so the caller can say so.
 */
export function chooseReading(
  result: RecognizerResult,
  nowKey: string,
): { reading: Reading; past: boolean } | null {
  const readings = (result.resolution?.values ?? [])
    .map((value) => readValue(result.typeName, value))
    .filter((reading): reading is Reading => reading !== null);
  const plausible = readings.filter(clinicPlausible);
  const pool = plausible.length > 0 ? plausible : readings;
  const notOver = (reading: Reading): boolean => reading.endsAt === undefined || reading.endsAt > nowKey;
  const [earliest] = pool.filter(notOver);
  if (earliest !== undefined) return { reading: earliest, past: false };
  const latest = pool.at(-1);
  if (latest === undefined) return null;
  // "Friday at 10" said on Friday at 11: the recognizer offers last Friday and today, both gone.
  const weekly = (result.resolution?.values ?? []).some((value) => WEEKLY_TIMEX.test(value.timex ?? ''));
  if (weekly) {
    const nextWeek = shiftByDays(latest, 7);
    if (notOver(nextWeek)) return { reading: nextWeek, past: false };
  }
  return { reading: latest, past: true };
}

function shiftByDays(reading: Reading, days: number): Reading {
  if (!reading.dates || reading.endsAt === undefined) return reading;
  const endDate = reading.endsAt.slice(0, 10);
  return {
    ...reading,
    dates: { from: addLocalDays(reading.dates.from, days), to: addLocalDays(reading.dates.to, days) },
    endsAt: `${addLocalDays(endDate, days)}${reading.endsAt.slice(10)}`,
  };
}
