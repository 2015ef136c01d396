import type { AvailabilityException, LinkWorker } from '../linkWorkers/schema';
import { withinPermittedWindows } from '../calendar/serviceHours';
import { daysBetween, isLocalDate, isLocalTime, isoWeekdayOf, minutesOfDay } from '../calendar/wallClock';
import type { LocalDate, LocalTime } from '../calendar/wallClock';

/**
 * A change a link worker makes to their own diary from the bot, kept apart from LINK_WORKERS_FILE and
 * laid on top of it whenever slots are made: leave (whole days), time off on one day, or extra hours
 * on one day. The same shapes as the file's `leave` and `exceptions`, so slot generation needs no
 * second way of reading a diary.
 */
export type AvailabilityChange =
  | { readonly kind: 'leave'; readonly from: LocalDate; readonly to: LocalDate }
  | { readonly kind: 'remove'; readonly date: LocalDate; readonly start: LocalTime; readonly end: LocalTime }
  | { readonly kind: 'add'; readonly date: LocalDate; readonly start: LocalTime; readonly end: LocalTime };

export type AvailabilityChangeProblem =
  /** The dates or times are not real ones, or the end is not after the start. */
  | 'invalid'
  /** Extra hours outside GP core hours (08:00–18:30 on weekdays). */
  | 'outsideHours'
  /** Leave longer than a link worker's booking horizon can ever need. */
  | 'tooLong'
  /** It ends before today. */
  | 'past';

const MAX_LEAVE_DAYS = 366;

export function checkAvailabilityChange(
  change: AvailabilityChange,
  today: LocalDate,
): { ok: true } | { ok: false; reason: AvailabilityChangeProblem } {
  if (change.kind === 'leave') {
    if (!isLocalDate(change.from) || !isLocalDate(change.to) || change.to < change.from) {
      return { ok: false, reason: 'invalid' };
    }
    if (change.to < today) return { ok: false, reason: 'past' };
    if (daysBetween(change.from, change.to) >= MAX_LEAVE_DAYS) return { ok: false, reason: 'tooLong' };
    return { ok: true };
  }
  if (!isLocalDate(change.date) || !isLocalTime(change.start) || !isLocalTime(change.end)) {
    return { ok: false, reason: 'invalid' };
  }
  const start = minutesOfDay(change.start);
  const end = minutesOfDay(change.end);
  if (end <= start) return { ok: false, reason: 'invalid' };
  if (change.date < today) return { ok: false, reason: 'past' };
  if (change.kind === 'add' && !withinPermittedWindows(isoWeekdayOf(change.date), false, start, end)) {
    return { ok: false, reason: 'outsideHours' };
  }
  return { ok: true };
}

/** The worker as slot generation should see them: the file's diary with the bot's changes on top. */
export function withAvailabilityChanges(
  worker: LinkWorker,
  changes: readonly AvailabilityChange[],
): LinkWorker {
  if (changes.length === 0) return worker;
  const leave = [...worker.leave];
  const exceptions: AvailabilityException[] = [...worker.exceptions];
  for (const change of changes) {
    if (change.kind === 'leave') {
      leave.push({ from: change.from, to: change.to });
    } else if (change.kind === 'remove') {
      exceptions.push({ date: change.date, change: 'remove', start: change.start, end: change.end });
    } else {
      // Extra hours take the worker's usual ways of meeting, at their first site.
      const inPerson = worker.modes.includes('inPerson');
      exceptions.push({
        date: change.date,
        change: 'add',
        span: {
          start: change.start,
          end: change.end,
          siteId: inPerson ? (worker.sites[0]?.id ?? null) : null,
          modes: worker.modes,
          extendedHours: false,
        },
      });
    }
  }
  return { ...worker, leave, exceptions };
}
