import { TZDate } from '@date-fns/tz';
import {
  PART_OF_DAY_MINUTES,
  PARTS_OF_DAY,
  WEEKDAYS,
  type PartOfDay,
  type SessionFrequency,
  type Weekday,
} from './codes';
import type { WeeklySession } from './communityOffer';
import type { OrukSchedule } from './oruk';

export const LONDON = 'Europe/London';

const RFC_DAYS: Readonly<Record<string, Weekday>> = {
  MO: 'mon',
  TU: 'tue',
  WE: 'wed',
  TH: 'thu',
  FR: 'fri',
  SA: 'sat',
  SU: 'sun',
};

/** JavaScript's getUTCDay() numbering (Sunday 0) to our weekdays. */
const JS_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const weekdayOfDate = (date: string): Weekday => {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return JS_DAY[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as Weekday;
};

/**
 * Minutes after midnight on the London wall clock. A time with an offset is placed on the schedule's
 * own date when it has one; without a date an offset cannot be placed (British Summer Time moves it by
 * an hour half the year), so the clock digits are read as London time.
 */
export function londonMinutes(time: string, onDate: string | null): number {
  const hours = Number(time.slice(0, 2));
  const minutes = Number(time.slice(3, 5));
  const offset = /(Z|[+-]\d\d:?\d\d)$/.exec(time);
  if (!offset || !onDate) return hours * 60 + minutes;
  const zone = offset[1] === 'Z' ? 'Z' : (offset[1] as string).replace(/^([+-]\d\d)(\d\d)$/, '$1:$2');
  const instant = Date.parse(`${onDate.slice(0, 10)}T${time.slice(0, 5)}:00${zone}`);
  if (Number.isNaN(instant)) return hours * 60 + minutes;
  const local = new TZDate(instant, LONDON);
  return local.getHours() * 60 + local.getMinutes();
}

const frequencyOf = (freq: string, interval: number): SessionFrequency => {
  if (freq === 'MONTHLY') return interval === 1 ? 'monthly' : 'lessOften';
  if (interval === 1) return 'weekly';
  return interval === 2 ? 'fortnightly' : 'lessOften';
};

/**
 * The weekday sessions an ORUK schedule describes. A schedule whose days cannot be known (MONTHLY by
 * day of the month, or no day and no start date) yields none: ranking then treats the offer's timing as
 * unknown rather than guessing. A schedule whose valid_to is before `today` has ended and yields none.
 */
export function sessionsOfSchedule(schedule: OrukSchedule, today: string | null): WeeklySession[] {
  if (today && schedule.valid_to && schedule.valid_to.slice(0, 10) < today) return [];
  if (!schedule.opens_at) return [];
  const freq = (schedule.freq ?? (schedule.byday ? 'WEEKLY' : '')).toUpperCase();
  if (freq === '') return [];

  let days: Weekday[];
  if (schedule.byday) {
    days = schedule.byday
      .split(',')
      .map((part) => RFC_DAYS[part.trim().slice(-2).toUpperCase()])
      .filter((day): day is Weekday => day !== undefined);
  } else if (freq === 'DAILY') {
    days = [...WEEKDAYS];
  } else if (freq === 'WEEKLY' && schedule.dtstart) {
    days = [weekdayOfDate(schedule.dtstart)];
  } else {
    return [];
  }

  const onDate = schedule.dtstart ?? schedule.valid_from ?? null;
  const startMinute = londonMinutes(schedule.opens_at, onDate);
  const endMinute = schedule.closes_at ? londonMinutes(schedule.closes_at, onDate) : null;
  const frequency = freq === 'DAILY' ? 'weekly' : frequencyOf(freq, schedule.interval ?? 1);
  return [...new Set(days)].map((weekday) => ({
    weekday,
    startMinute,
    endMinute: endMinute !== null && endMinute > startMinute ? endMinute : null,
    frequency,
  }));
}

const FREQUENCY_ORDER: Readonly<Record<SessionFrequency, number>> = {
  weekly: 0,
  fortnightly: 1,
  monthly: 2,
  lessOften: 3,
};

export const compareSessions = (a: WeeklySession, b: WeeklySession): number =>
  WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) ||
  a.startMinute - b.startMinute ||
  (a.endMinute ?? -1) - (b.endMinute ?? -1) ||
  FREQUENCY_ORDER[a.frequency] - FREQUENCY_ORDER[b.frequency];

/** Minutes of the session inside a part of the day; a session with no end counts only its start. */
export function minutesInPart(session: WeeklySession, part: PartOfDay): number {
  const window = PART_OF_DAY_MINUTES[part];
  if (session.endMinute === null) {
    return session.startMinute >= window.start && session.startMinute < window.end ? 1 : 0;
  }
  return Math.max(0, Math.min(session.endMinute, window.end) - Math.max(session.startMinute, window.start));
}

/** Bit of (weekday, part of day) in a 21-bit availability mask: weekday-major, Monday morning first. */
export const slotBit = (weekday: Weekday, part: PartOfDay): number =>
  1 << (WEEKDAYS.indexOf(weekday) * 3 + PARTS_OF_DAY.indexOf(part));

export const ALL_SLOTS = (1 << 21) - 1;

/** Which (weekday, part of day) slots a session touches. */
export function sessionSlotMask(session: WeeklySession): number {
  let mask = 0;
  for (const part of PARTS_OF_DAY) {
    if (minutesInPart(session, part) > 0) mask |= slotBit(session.weekday, part);
  }
  return mask;
}

/** The 7-bit mask of a weekday list, Monday bit 0. */
export const weekdayMask = (days: readonly Weekday[]): number =>
  days.reduce((mask, day) => mask | (1 << WEEKDAYS.indexOf(day)), 0);
