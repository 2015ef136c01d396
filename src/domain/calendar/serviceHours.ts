import { type IsoWeekday, minutesOfDay } from './wallClock';

/**
 * When a practice may see patients, in Europe/London wall-clock minutes. GP core hours are 08:00–18:30
 * on weekdays; a primary care network's enhanced access ("network extended hours") adds 18:30–20:00 on
 * weekdays and 09:00–17:00 on Saturdays. Nobody books on a Sunday. Bank holidays are handled by the
 * caller, because which days they are depends on the nation.
 */
export interface MinuteWindow {
  readonly from: number;
  readonly to: number;
}

const CORE_WEEKDAY: MinuteWindow = { from: minutesOfDay('08:00'), to: minutesOfDay('18:30') };
const EXTENDED_WEEKDAY_EVENING: MinuteWindow = { from: minutesOfDay('18:30'), to: minutesOfDay('20:00') };
const EXTENDED_SATURDAY: MinuteWindow = { from: minutesOfDay('09:00'), to: minutesOfDay('17:00') };

/**
 * The windows a span of work may fall in on a weekday. A span marked as network extended hours may use
 * core hours too, so that one span can run from 17:00 to 20:00 without being split in the config.
 */
export function permittedWindows(weekday: IsoWeekday, extendedHours: boolean): MinuteWindow[] {
  if (weekday === 7) return [];
  if (weekday === 6) return extendedHours ? [EXTENDED_SATURDAY] : [];
  return extendedHours ? [CORE_WEEKDAY, EXTENDED_WEEKDAY_EVENING] : [CORE_WEEKDAY];
}

/** True when [from, to) lies wholly inside the permitted windows of that weekday. */
export function withinPermittedWindows(
  weekday: IsoWeekday,
  extendedHours: boolean,
  from: number,
  to: number,
): boolean {
  // Adjacent windows (core then evening) count as one stretch, so walk them in order.
  let reach = from;
  for (const window of permittedWindows(weekday, extendedHours)) {
    if (window.from <= reach && window.to > reach) reach = window.to;
  }
  return to > from && reach >= to;
}
