import { type BankHolidayCalendar, divisionOf, type Nation } from '../calendar/bankHolidays';
import { type InstantRange, intersectRanges, subtractRanges } from '../calendar/ranges';
import { permittedWindows } from '../calendar/serviceHours';
import {
  type LocalDate,
  isoWeekdayOf,
  MINUTES_PER_DAY,
  minutesOfDay,
  type UkTimeZone,
  wallClockToInstant,
  weekdayName,
} from '../calendar/wallClock';
import type { LinkWorker, MeetingMode, WorkingSpan } from '../linkWorkers/schema';

/** A stretch of one day in which a link worker can see people, with where and how. */
export interface AvailablePiece {
  readonly range: InstantRange;
  readonly siteId: string | null;
  readonly modes: readonly MeetingMode[];
}

export type DayAvailability =
  | { readonly open: true; readonly pieces: readonly AvailablePiece[] }
  | { readonly open: false; readonly reason: 'bankHoliday' | 'onLeave' };

export interface DayAvailabilityInput {
  readonly worker: LinkWorker;
  readonly date: LocalDate;
  readonly timeZone: UkTimeZone;
  readonly bankHolidays: BankHolidayCalendar;
  readonly nation: Nation;
}

function spanRange(date: LocalDate, start: number, end: number, timeZone: UkTimeZone): InstantRange {
  return { start: wallClockToInstant(date, start, timeZone), end: wallClockToInstant(date, end, timeZone) };
}

/**
 * The worker's time on one Europe/London date: the weekly pattern plus added exceptions, cut to the
 * hours a practice may book, less removed exceptions. Each piece is turned into instants on its own
 * date, so the clock-change Sundays need no special case. Pieces keep their span's site and modes.
 */
export function dayAvailability(input: DayAvailabilityInput): DayAvailability {
  const { worker, date, timeZone } = input;
  if (input.bankHolidays.isBankHoliday(divisionOf(input.nation), date))
    return { open: false, reason: 'bankHoliday' };
  if (worker.leave.some((leave) => leave.from <= date && date <= leave.to))
    return { open: false, reason: 'onLeave' };

  const weekday = isoWeekdayOf(date);
  const spans: WorkingSpan[] = [...worker.week[weekdayName(weekday)]];
  const removed: InstantRange[] = [];
  for (const exception of worker.exceptions) {
    if (exception.date !== date) continue;
    if (exception.change === 'add') {
      spans.push(exception.span);
    } else {
      const from = exception.start === null ? 0 : minutesOfDay(exception.start);
      const to = exception.end === null ? MINUTES_PER_DAY : minutesOfDay(exception.end);
      removed.push(spanRange(date, from, to, timeZone));
    }
  }

  const pieces: AvailablePiece[] = [];
  for (const span of spans) {
    const permitted = permittedWindows(weekday, span.extendedHours).map((window) =>
      spanRange(date, window.from, window.to, timeZone),
    );
    const worked = spanRange(date, minutesOfDay(span.start), minutesOfDay(span.end), timeZone);
    for (const range of subtractRanges(intersectRanges([worked], permitted), removed)) {
      pieces.push({ range, siteId: span.siteId, modes: span.modes });
    }
  }
  pieces.sort((a, b) => a.range.start - b.range.start);
  return { open: true, pieces };
}
