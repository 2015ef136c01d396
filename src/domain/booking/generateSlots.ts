import type { BankHolidayCalendar, Nation } from '../calendar/bankHolidays';
import { overlapsAnyOf, rangeContains } from '../calendar/ranges';
import {
  addCalendarDaysAt,
  eachLocalDate,
  gridIsoInstant,
  instantToWallClock,
  minutesToMs,
  parseIsoInstant,
  toIsoInstant,
  type UkTimeZone,
} from '../calendar/wallClock';
import type { LinkWorker } from '../linkWorkers/schema';
import { dayAvailability } from './availability';
import { InvalidInstantError } from './errors';
import { type BookedRange, type IsoInstant, type SessionKind, type Slot, slotId } from './types';

export interface GenerateSlotsInput {
  readonly worker: LinkWorker;
  /** The present moment, from the Clock port. */
  readonly now: Date;
  /** Overrides the worker's own booking horizon. */
  readonly horizonDays?: number | undefined;
  readonly timeZone: UkTimeZone;
  readonly bankHolidays: BankHolidayCalendar;
  /** Whose bank holidays apply; the nation of the worker's sites unless given. */
  readonly nation?: Nation;
  readonly booked?: readonly BookedRange[];
  /** A first "what matters to you" session is longer than a follow-up; first unless given. */
  readonly sessionKind?: SessionKind;
}

function instantOf(value: string): number {
  const instant = parseIsoInstant(value);
  if (instant === null) throw new InvalidInstantError(value);
  return instant;
}

function sessionMinutes(worker: LinkWorker, kind: SessionKind | undefined): number {
  return kind === 'followUp' ? worker.sessions.followUpMinutes : worker.sessions.firstMinutes;
}

interface BookingWindow {
  readonly earliestStart: number;
  /** Exclusive: a session must start before this instant. */
  readonly horizonEnd: number;
}

// Notice is elapsed time (24 hours is 24 hours, even across a clock change); the horizon is counted in
// calendar days at the same wall-clock time, as a person would count "two weeks from now".
function bookingWindow(
  worker: LinkWorker,
  now: Date,
  horizonDays: number | undefined,
  timeZone: UkTimeZone,
): BookingWindow {
  const at = now.getTime();
  return {
    earliestStart: at + minutesToMs(worker.minimumNoticeHours * 60),
    horizonEnd: addCalendarDaysAt(at, horizonDays ?? worker.horizonDays, timeZone),
  };
}

/** The instant the booking horizon ends (exclusive), for telling matchSlots why a date has no slot. */
export function bookingHorizonEnd(input: {
  readonly worker: LinkWorker;
  readonly now: Date;
  readonly horizonDays?: number | undefined;
  readonly timeZone: UkTimeZone;
}): IsoInstant {
  return toIsoInstant(bookingWindow(input.worker, input.now, input.horizonDays, input.timeZone).horizonEnd);
}

/**
 * The free sessions of one link worker from `now` to the booking horizon, earliest first.
 *
 * Sessions are laid end to end from the start of each stretch of work, a buffer apart, so the same
 * diary always gives the same slots (and slot ids). Taken time removes the sessions it touches,
 * buffer included, rather than shifting the rest of the day.
 */
export function generateSlots(input: GenerateSlotsInput): Slot[] {
  const { worker, timeZone } = input;
  const nation = input.nation ?? worker.nation;
  const window = bookingWindow(worker, input.now, input.horizonDays, timeZone);
  const length = minutesToMs(sessionMinutes(worker, input.sessionKind));
  const buffer = minutesToMs(worker.sessions.bufferMinutes);
  const sites = new Map(worker.sites.map((site) => [site.id, site]));
  const isTaken = overlapsAnyOf(
    (input.booked ?? [])
      .filter((booked) => booked.workerId === undefined || booked.workerId === worker.id)
      .map((booked) => ({ start: instantOf(booked.start) - buffer, end: instantOf(booked.end) + buffer })),
  );

  const firstDate = instantToWallClock(window.earliestStart, timeZone).date;
  const lastDate = instantToWallClock(window.horizonEnd, timeZone).date;
  const slots: Slot[] = [];

  for (const date of eachLocalDate(firstDate, lastDate)) {
    const day = dayAvailability({ worker, date, timeZone, bankHolidays: input.bankHolidays, nation });
    if (!day.open) continue;
    // Spans may overlap after an added exception; the first laid session wins.
    let dayReach = Number.NEGATIVE_INFINITY;
    for (const piece of day.pieces) {
      for (let start = Math.max(piece.range.start, dayReach); start + length <= piece.range.end;) {
        const session = { start, end: start + length };
        start = session.end + buffer;
        dayReach = start;
        if (session.start < window.earliestStart || session.start >= window.horizonEnd) continue;
        if (isTaken(session)) continue;
        const site = piece.siteId === null ? undefined : sites.get(piece.siteId);
        const iso = gridIsoInstant(session.start);
        slots.push({
          id: slotId(worker.id, iso),
          workerId: worker.id,
          start: iso,
          end: gridIsoInstant(session.end),
          modes: [...piece.modes],
          site: site ? { id: site.id, name: site.name } : null,
        });
      }
    }
  }
  return slots;
}

export type SlotChoiceRejection = 'outsideHours' | 'tooSoon' | 'beyondHorizon' | 'bankHoliday' | 'onLeave';
export type SlotChoiceResult = { ok: true } | { ok: false; reason: SlotChoiceRejection };

export interface ValidateSlotChoiceInput {
  readonly worker: LinkWorker;
  readonly now: Date;
  /** The requested start, an ISO 8601 instant. */
  readonly start: string;
  readonly horizonDays?: number | undefined;
  readonly timeZone: UkTimeZone;
  readonly bankHolidays: BankHolidayCalendar;
  readonly nation?: Nation;
  readonly sessionKind?: SessionKind;
}

/**
 * Whether a session may start at `start`, for a start typed or picked by a receptionist rather than
 * taken from generateSlots. It need not sit on the slot grid, only wholly inside the worker's hours.
 * Whether the time is still free is the SlotLedger's question, not this one.
 */
export function validateSlotChoice(input: ValidateSlotChoiceInput): SlotChoiceResult {
  const { worker, timeZone } = input;
  const start = instantOf(input.start);
  const window = bookingWindow(worker, input.now, input.horizonDays, timeZone);
  if (start < window.earliestStart) return { ok: false, reason: 'tooSoon' };
  if (start >= window.horizonEnd) return { ok: false, reason: 'beyondHorizon' };

  const { date } = instantToWallClock(start, timeZone);
  const day = dayAvailability({
    worker,
    date,
    timeZone,
    bankHolidays: input.bankHolidays,
    nation: input.nation ?? worker.nation,
  });
  if (!day.open) return { ok: false, reason: day.reason };
  const session = { start, end: start + minutesToMs(sessionMinutes(worker, input.sessionKind)) };
  const fits = day.pieces.some((piece) => rangeContains(piece.range, session));
  return fits ? { ok: true } : { ok: false, reason: 'outsideHours' };
}
