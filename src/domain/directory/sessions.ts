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

/** An hour: how long a session must spend in a part of the day to count as being in it. */
export const MINUTES_TO_COUNT_IN_PART = 60;

/**
 * Whether a session belongs to a part of the day. A group session does when it starts in that part or
 * spends at least an hour in it; opening hours (a drop-in, a phone line) do when they are open for at
 * least an hour in it. Without an end time only the start is known, so only the start counts.
 */
export function sessionFitsPart(session: WeeklySession, part: PartOfDay, openHours: boolean): boolean {
  const window = PART_OF_DAY_MINUTES[part];
  const startsIn = session.startMinute >= window.start && session.startMinute < window.end;
  if (session.endMinute === null) return startsIn;
  const inside = minutesInPart(session, part);
  return inside >= MINUTES_TO_COUNT_IN_PART || (!openHours && startsIn);
}

/** The one part of the day a session lies wholly inside, or null when it spans more than one. */
export function partContaining(session: WeeklySession): PartOfDay | null {
  const end = session.endMinute ?? session.startMinute;
  return (
    PARTS_OF_DAY.find((part) => {
      const window = PART_OF_DAY_MINUTES[part];
      return session.startMinute >= window.start && end <= window.end && session.startMinute < window.end;
    }) ?? null
  );
}

/** The 7-bit mask of a weekday list, Monday bit 0. */
export const weekdayMask = (days: readonly Weekday[]): number =>
  days.reduce((mask, day) => mask | (1 << WEEKDAYS.indexOf(day)), 0);

/**
 * One line of a timetable: the days that share the same times and frequency. This is what a card says
 * under "When", built only from the sessions' own times.
 */
export interface ScheduleLine {
  days: Weekday[];
  frequency: SessionFrequency;
  startMinute: number;
  endMinute: number | null;
}

/** Sessions grouped into timetable lines, in weekday order of each line's first day. */
export function scheduleLines(sessions: readonly WeeklySession[]): ScheduleLine[] {
  const lines: ScheduleLine[] = [];
  for (const session of [...sessions].sort(compareSessions)) {
    const same = lines.find(
      (line) =>
        line.startMinute === session.startMinute &&
        line.endMinute === session.endMinute &&
        line.frequency === session.frequency,
    );
    if (same) {
      if (!same.days.includes(session.weekday)) same.days.push(session.weekday);
    } else {
      lines.push({
        days: [session.weekday],
        frequency: session.frequency,
        startMinute: session.startMinute,
        endMinute: session.endMinute,
      });
    }
  }
  return lines;
}
