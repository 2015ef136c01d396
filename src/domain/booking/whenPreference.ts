import {
  instantToWallClock,
  type IsoWeekday,
  type LocalDate,
  type LocalTime,
  minutesOfDay,
  type UkTimeZone,
  type WallClockReading,
} from '../calendar/wallClock';

/**
 * What a person said about when suits them, as Europe/London wall-clock values. It lives in the domain
 * (not in understanding) because matching slots needs it and the domain may not import understanding.
 * Every part narrows: a slot must fit all the parts that are present.
 */

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

/** Both ends included: "next week" is Monday to Sunday. */
export interface DateSpan {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/**
 * A time of day for the start of the session. 'at' is a named time ("Friday at 10"); 'between' is a
 * window [from, to), with '24:00' for "after 2" and '00:00' for "before 11".
 */
export type TimeOfDay =
  | { readonly kind: 'at'; readonly time: LocalTime }
  | { readonly kind: 'between'; readonly from: LocalTime; readonly to: LocalTime };

/** A stretch of one weekday that suits someone every week ("Tuesday mornings"), start time [from, to). */
export interface WeeklyWindow {
  readonly weekday: IsoWeekday;
  readonly from: LocalTime;
  readonly to: LocalTime;
}

export interface WhenPreference {
  readonly timeZone: UkTimeZone;
  /** The earliest slot is wanted ("asap", "whenever", "any day"). */
  readonly asap: boolean;
  /** Any of these dates; empty means no limit on the date. */
  readonly dates: readonly DateSpan[];
  /** Any of these times; empty means any time. */
  readonly times: readonly TimeOfDay[];
  readonly partOfDay: PartOfDay | null;
  readonly excludedWeekdays: readonly IsoWeekday[];
  /**
   * When the person is usually free, as they said in the follow-up questions: a slot must start inside
   * one of these windows. Absent or empty: no weekly pattern.
   */
  readonly weekly?: readonly WeeklyWindow[];
}

/**
 * Where the parts of the day begin and end for a clinic. Wider than the recognizer's (which ends the
 * afternoon at 16:00), because a 16:30 appointment is still "the afternoon" to most people.
 */
export const PART_OF_DAY_WINDOWS: Readonly<Record<PartOfDay, { from: LocalTime; to: LocalTime }>> = {
  morning: { from: '00:00', to: '12:00' },
  afternoon: { from: '12:00', to: '17:00' },
  evening: { from: '17:00', to: '24:00' },
};

export function anyTimePreference(timeZone: UkTimeZone): WhenPreference {
  return { timeZone, asap: false, dates: [], times: [], partOfDay: null, excludedWeekdays: [] };
}

export function dateFits(when: WhenPreference, date: LocalDate): boolean {
  return when.dates.length === 0 || when.dates.some((span) => span.from <= date && date <= span.to);
}

export function weekdayFits(when: WhenPreference, reading: WallClockReading): boolean {
  if (when.excludedWeekdays.includes(reading.weekday)) return false;
  if (!when.weekly || when.weekly.length === 0) return true;
  return when.weekly.some(
    (window) =>
      window.weekday === reading.weekday &&
      minutesOfDay(window.from) <= reading.minutes &&
      reading.minutes < minutesOfDay(window.to),
  );
}

export function timeFits(when: WhenPreference, minutes: number): boolean {
  if (when.partOfDay !== null) {
    const window = PART_OF_DAY_WINDOWS[when.partOfDay];
    if (minutes < minutesOfDay(window.from) || minutes >= minutesOfDay(window.to)) return false;
  }
  if (when.times.length === 0) return true;
  return when.times.some((time) =>
    time.kind === 'at'
      ? minutes === minutesOfDay(time.time)
      : minutesOfDay(time.from) <= minutes && minutes < minutesOfDay(time.to),
  );
}

/** Whether a session starting at this instant (ms since the epoch) fits what the person said. */
export function instantFits(when: WhenPreference, instant: number): boolean {
  const reading = instantToWallClock(instant, when.timeZone);
  return dateFits(when, reading.date) && weekdayFits(when, reading) && timeFits(when, reading.minutes);
}

/** Whether the person named a day, a time or a part of the day, rather than only "as soon as possible". */
export function namesATime(when: WhenPreference): boolean {
  return (
    when.dates.length > 0 ||
    when.times.length > 0 ||
    when.partOfDay !== null ||
    when.excludedWeekdays.length > 0 ||
    (when.weekly?.length ?? 0) > 0
  );
}
