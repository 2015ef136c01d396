import { type BankHolidayCalendar, divisionOf, type Nation } from '../calendar/bankHolidays';
import {
  instantToWallClock,
  minutesOfDay,
  parseIsoInstant,
  type UkTimeZone,
  type WallClockReading,
  wallClockToInstant,
} from '../calendar/wallClock';
import type { MeetingMode } from '../linkWorkers/schema';
import { InvalidInstantError } from './errors';
import type { IsoInstant, Slot } from './types';
import { dateFits, PART_OF_DAY_WINDOWS, timeFits, type WhenPreference, weekdayFits } from './whenPreference';

export const DEFAULT_MATCH_COUNT = 3;

export type NoMatchReason =
  /** There are no free slots at all. */
  | 'noSlots'
  /** Slots fit the time, but none can be held the way the person asked (in person, phone, video). */
  | 'modeUnavailable'
  /** The one day asked for is a bank holiday. */
  | 'bankHoliday'
  /** Every date asked for is past the booking horizon. */
  | 'beyondHorizon'
  /** The one day asked for has no free slot. */
  | 'noneThatDay'
  /** The day(s) asked for have free slots, but not at the time or part of day asked for. */
  | 'noneAtThatTime'
  /** A range of days was asked for and none of its days has a free slot. */
  | 'noneInRange'
  /** No date was given, and no slot fits the times or weekdays asked for. */
  | 'noneMatching';

export interface MatchSlotsInput {
  readonly slots: readonly Slot[];
  readonly when: WhenPreference;
  /** Any of these ways of meeting will do; all ways when absent or empty. */
  readonly modes?: readonly MeetingMode[] | undefined;
  readonly count?: number | undefined;
  readonly timeZone: UkTimeZone;
  /** With nation, lets a miss on a bank holiday be told apart from a day with no free slot. */
  readonly bankHolidays?: BankHolidayCalendar;
  readonly nation?: Nation | undefined;
  /** The booking horizon the slots were generated to (see bookingHorizonEnd). */
  readonly horizonEnd?: IsoInstant | undefined;
}

export type MatchSlotsResult =
  { ok: true; slots: Slot[] } | { ok: false; reason: NoMatchReason; alternatives: Slot[] };

interface Candidate {
  readonly slot: Slot;
  readonly instant: number;
  readonly local: WallClockReading;
}

function candidateOf(slot: Slot, timeZone: UkTimeZone): Candidate {
  const instant = parseIsoInstant(slot.start);
  if (instant === null) throw new InvalidInstantError(slot.start);
  return { slot, instant, local: instantToWallClock(instant, timeZone) };
}

/**
 * Takes `count` from candidates already in order of preference, one per day first so that a person is
 * offered different days where there are any, then fills up from the rest. Returned earliest first.
 */
function pickSpread(ordered: readonly Candidate[], count: number): Slot[] {
  const chosen: Candidate[] = [];
  const days = new Set<string>();
  for (const candidate of ordered) {
    if (chosen.length >= count) break;
    if (days.has(candidate.local.date)) continue;
    days.add(candidate.local.date);
    chosen.push(candidate);
  }
  for (const candidate of ordered) {
    if (chosen.length >= count) break;
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.instant - b.instant).map((candidate) => candidate.slot);
}

function targetMinutes(when: WhenPreference): number {
  const time = when.times[0];
  if (time) return minutesOfDay(time.kind === 'at' ? time.time : time.from);
  if (when.partOfDay) return minutesOfDay(PART_OF_DAY_WINDOWS[when.partOfDay].from);
  return 0;
}

/** The instant a person's words point at, for ranking near misses; null when they named no date. */
function targetInstant(when: WhenPreference, timeZone: UkTimeZone): number | null {
  const first = [...when.dates].sort((a, b) => a.from.localeCompare(b.from))[0];
  return first ? wallClockToInstant(first.from, targetMinutes(when), timeZone) : null;
}

function byNearness(target: number | null): (a: Candidate, b: Candidate) => number {
  return (a, b) =>
    target === null
      ? a.instant - b.instant
      : Math.abs(a.instant - target) - Math.abs(b.instant - target) || a.instant - b.instant;
}

/**
 * The best `count` slots for what a person said: earliest first, spread over different days where it
 * can. When nothing fits, a reason code and the nearest alternatives: those that fit the time in
 * another way of meeting if there are any; otherwise, in the way asked for, letting go of the date
 * first, then the time of day, then the weekdays.
 */
export function matchSlots(input: MatchSlotsInput): MatchSlotsResult {
  const { when, timeZone } = input;
  const count = input.count ?? DEFAULT_MATCH_COUNT;
  const all = input.slots.map((slot) => candidateOf(slot, timeZone)).sort((a, b) => a.instant - b.instant);
  const wantedModes = input.modes ?? [];
  const modeFits = (c: Candidate): boolean =>
    wantedModes.length === 0 || c.slot.modes.some((mode) => wantedModes.includes(mode));
  const onDate = (c: Candidate): boolean => dateFits(when, c.local.date);
  const onWeekday = (c: Candidate): boolean => weekdayFits(when, c.local);
  const atTime = (c: Candidate): boolean => timeFits(when, c.local.minutes);
  const fitsWhen = (c: Candidate): boolean => onDate(c) && onWeekday(c) && atTime(c);

  const matches = all.filter((c) => modeFits(c) && fitsWhen(c));
  if (matches.length > 0) return { ok: true, slots: pickSpread(matches, count) };
  if (all.length === 0) return { ok: false, reason: 'noSlots', alternatives: [] };

  const target = targetInstant(when, timeZone);
  const nearest = (pool: readonly Candidate[]): Slot[] =>
    pickSpread([...pool].sort(byNearness(target)), count);
  const relaxed = (pool: readonly Candidate[]): Slot[] => {
    const ladder = [
      pool.filter((c) => onWeekday(c) && atTime(c)),
      pool.filter(onWeekday),
      pool.filter(atTime),
      pool,
    ];
    return nearest(ladder.find((step) => step.length > 0) ?? []);
  };

  // Fits the time but only in another way of meeting: those slots are the nearest thing to an answer.
  const fitsInOtherModes = all.filter(fitsWhen);
  if (fitsInOtherModes.length > 0) {
    return { ok: false, reason: 'modeUnavailable', alternatives: nearest(fitsInOtherModes) };
  }
  const inMode = all.filter(modeFits);
  if (inMode.length === 0) return { ok: false, reason: 'modeUnavailable', alternatives: relaxed(all) };

  if (when.dates.length === 0) return { ok: false, reason: 'noneMatching', alternatives: relaxed(inMode) };

  const sameDays = inMode.filter(onDate);
  if (sameDays.length > 0) return { ok: false, reason: 'noneAtThatTime', alternatives: nearest(sameDays) };

  const alternatives = relaxed(inMode);
  if (input.horizonEnd !== undefined) {
    const horizon = parseIsoInstant(input.horizonEnd);
    if (horizon === null) throw new InvalidInstantError(input.horizonEnd);
    const lastDate = instantToWallClock(horizon, timeZone).date;
    if (when.dates.every((span) => span.from > lastDate))
      return { ok: false, reason: 'beyondHorizon', alternatives };
  }
  const [onlySpan, ...otherSpans] = when.dates;
  const singleDay = onlySpan !== undefined && otherSpans.length === 0 && onlySpan.from === onlySpan.to;
  if (singleDay && input.bankHolidays && input.nation) {
    if (input.bankHolidays.isBankHoliday(divisionOf(input.nation), onlySpan.from)) {
      return { ok: false, reason: 'bankHoliday', alternatives };
    }
  }
  return { ok: false, reason: singleDay ? 'noneThatDay' : 'noneInRange', alternatives };
}
