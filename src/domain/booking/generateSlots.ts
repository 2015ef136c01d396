import type { BankHolidayCalendar, Nation } from '../calendar/bankHolidays';
import { overlapsAnyOf, rangeContains } from '../calendar/ranges';
import {
  addCalendarDaysAt,
  eachLocalDate,
  gridIsoInstant,
  instantToWallClock,
  type LocalDate,
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

// The end of the horizon from one moment, for the few horizons in use: a search asks it twice for each
// link worker, and reading the zone's calendar for it cost more than laying their slots.
const horizonEnds = new Map<string, number>();

function horizonEndFrom(at: number, days: number, timeZone: UkTimeZone): number {
  const key = `${at}|${days}|${timeZone}`;
  let end = horizonEnds.get(key);
  if (end === undefined) {
    end = addCalendarDaysAt(at, days, timeZone);
    if (horizonEnds.size >= 64) horizonEnds.clear();
    horizonEnds.set(key, end);
  }
  return end;
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
    horizonEnd: horizonEndFrom(at, horizonDays ?? worker.horizonDays, timeZone),
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

/** One session as laid on a day's grid, before the booking window and taken time are applied. */
interface LaidSession {
  readonly start: number;
  readonly end: number;
  readonly slot: Slot;
}

interface LaidDays {
  /** The earliest date asked for last; dates before it are dropped when it moves on. */
  floor: LocalDate;
  /** By date, then by nation, zone and session kind. */
  readonly byDate: Map<LocalDate, Map<string, readonly LaidSession[]>>;
}

// The sessions of a day depend only on the worker's diary, the bank holidays and the day, yet every
// search for free times laid every day of every worker's horizon afresh. They are remembered per
// worker object and calendar object (a changed diary is a new worker object, so it is never served an
// old day), and dates behind the earliest one in use are let go.
const laidDaysOf = new WeakMap<LinkWorker, WeakMap<BankHolidayCalendar, LaidDays>>();
/** A safety bound on remembered dates per worker, for callers that step backwards through time. */
const MAX_LAID_DATES = 400;

function laidDays(worker: LinkWorker, bankHolidays: BankHolidayCalendar, floor: LocalDate): LaidDays {
  let byCalendar = laidDaysOf.get(worker);
  if (!byCalendar) {
    byCalendar = new WeakMap();
    laidDaysOf.set(worker, byCalendar);
  }
  let days = byCalendar.get(bankHolidays);
  if (!days) {
    days = { floor, byDate: new Map() };
    byCalendar.set(bankHolidays, days);
  }
  if (floor > days.floor) {
    for (const date of days.byDate.keys()) if (date < floor) days.byDate.delete(date);
  }
  if (days.byDate.size > MAX_LAID_DATES) days.byDate.clear();
  days.floor = floor;
  return days;
}

interface LayDayInput {
  readonly worker: LinkWorker;
  readonly date: LocalDate;
  readonly timeZone: UkTimeZone;
  readonly bankHolidays: BankHolidayCalendar;
  readonly nation: Nation;
  readonly sessionKind: SessionKind | undefined;
}

/**
 * Every session of one day, laid end to end from the start of each stretch of work, a buffer apart.
 * Spans may overlap after an added exception; the first laid session wins. Every session starts on
 * `date` itself, as every piece of the day lies within it (findSlot relies on this).
 */
function layDay(input: LayDayInput): LaidSession[] {
  const { worker, date, timeZone, nation } = input;
  const day = dayAvailability({ worker, date, timeZone, bankHolidays: input.bankHolidays, nation });
  if (!day.open) return [];
  const length = minutesToMs(sessionMinutes(worker, input.sessionKind));
  const buffer = minutesToMs(worker.sessions.bufferMinutes);
  const sites = new Map(worker.sites.map((site) => [site.id, site]));
  const laid: LaidSession[] = [];
  let dayReach = Number.NEGATIVE_INFINITY;
  for (const piece of day.pieces) {
    const site = piece.siteId === null ? undefined : sites.get(piece.siteId);
    const slotSite = site ? Object.freeze({ id: site.id, name: site.name }) : null;
    const modes = Object.freeze([...piece.modes]);
    for (let start = Math.max(piece.range.start, dayReach); start + length <= piece.range.end;) {
      const end = start + length;
      const iso = gridIsoInstant(start);
      const slot: Slot = Object.freeze({
        id: slotId(worker.id, iso),
        workerId: worker.id,
        start: iso,
        end: gridIsoInstant(end),
        modes,
        site: slotSite,
      });
      laid.push({ start, end, slot });
      start = end + buffer;
      dayReach = start;
    }
  }
  return laid;
}

/** The sessions laid on one date, remembered (see laidDaysOf). Cached slots are frozen: share, never change. */
function laidSessions(input: LayDayInput, days: LaidDays): readonly LaidSession[] {
  let ofDate = days.byDate.get(input.date);
  if (!ofDate) {
    ofDate = new Map();
    days.byDate.set(input.date, ofDate);
  }
  const key = `${input.nation}|${input.timeZone}|${input.sessionKind ?? 'first'}`;
  let laid = ofDate.get(key);
  if (!laid) {
    laid = Object.freeze(layDay(input));
    ofDate.set(key, laid);
  }
  return laid;
}

// The dates of the last horizon asked for, which every link worker of a search shares.
let lastDates:
  { readonly from: LocalDate; readonly to: LocalDate; readonly dates: readonly LocalDate[] } | undefined;

function datesOf(from: LocalDate, to: LocalDate): readonly LocalDate[] {
  if (lastDates?.from !== from || lastDates.to !== to)
    lastDates = { from, to, dates: Object.freeze(eachLocalDate(from, to)) };
  return lastDates.dates;
}

/**
 * The free sessions of one link worker from `now` to the booking horizon, earliest first.
 *
 * Sessions are laid end to end from the start of each stretch of work, a buffer apart, so the same
 * diary always gives the same slots (and slot ids). Taken time removes the sessions it touches,
 * buffer included, rather than shifting the rest of the day. The slots are frozen and may be shared
 * between calls.
 */
export function generateSlots(input: GenerateSlotsInput): Slot[] {
  const { worker, timeZone, bankHolidays } = input;
  const nation = input.nation ?? worker.nation;
  const window = bookingWindow(worker, input.now, input.horizonDays, timeZone);
  const buffer = minutesToMs(worker.sessions.bufferMinutes);
  const isTaken = overlapsAnyOf(
    (input.booked ?? [])
      .filter((booked) => booked.workerId === undefined || booked.workerId === worker.id)
      .map((booked) => ({ start: instantOf(booked.start) - buffer, end: instantOf(booked.end) + buffer })),
  );

  const firstDate = instantToWallClock(window.earliestStart, timeZone).date;
  const lastDate = instantToWallClock(window.horizonEnd, timeZone).date;
  const days = laidDays(worker, bankHolidays, firstDate);
  const slots: Slot[] = [];

  for (const date of datesOf(firstDate, lastDate)) {
    const laid = laidSessions(
      { worker, date, timeZone, bankHolidays, nation, sessionKind: input.sessionKind },
      days,
    );
    for (const session of laid) {
      if (session.start < window.earliestStart || session.start >= window.horizonEnd) continue;
      if (isTaken(session)) continue;
      slots.push(session.slot);
    }
  }
  return slots;
}

export interface FindSlotInput extends Omit<GenerateSlotsInput, 'booked'> {
  /** A slot id, `${workerId}:${start}`. */
  readonly id: string;
}

/**
 * The slot generateSlots would give with this id, taken time aside, or undefined: for a hold or a
 * booking that names one slot, only the day it starts on is laid rather than the whole horizon.
 */
export function findSlot(input: FindSlotInput): Slot | undefined {
  const { worker, timeZone, bankHolidays } = input;
  const prefix = `${worker.id}:`;
  if (!input.id.startsWith(prefix)) return undefined;
  const start = parseIsoInstant(input.id.slice(prefix.length));
  if (start === null) return undefined;
  const window = bookingWindow(worker, input.now, input.horizonDays, timeZone);
  if (start < window.earliestStart || start >= window.horizonEnd) return undefined;
  const { date } = instantToWallClock(start, timeZone);
  const days = laidDays(worker, bankHolidays, instantToWallClock(window.earliestStart, timeZone).date);
  const nation = input.nation ?? worker.nation;
  const laid = laidSessions(
    { worker, date, timeZone, bankHolidays, nation, sessionKind: input.sessionKind },
    days,
  );
  return laid.find((session) => session.slot.id === input.id)?.slot;
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
