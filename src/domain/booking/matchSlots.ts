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
import {
  dateFits,
  PART_OF_DAY_WINDOWS,
  type PartOfDay,
  timeFits,
  type WhenPreference,
  weekdayFits,
} from './whenPreference';

export const DEFAULT_MATCH_COUNT = 3;
/** Times offered together are spread over this many days from the first one where slots allow. */
export const SPREAD_DAYS = 7;
/** Two times offered on one day are at least this far apart, so the choice is a real one. */
export const MIN_GAP_SAME_DAY_MINUTES = 120;
/** When a day has nothing further apart, at least this (never 12:00, 12:15 and 12:40). */
export const MIN_GAP_FALLBACK_MINUTES = 60;

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
  /**
   * The way of meeting matters more than the time (they turned a time down for it): when nothing
   * fits, the nearest times in that way, never other ways of meeting at the time asked for.
   */
  readonly modeFirst?: boolean | undefined;
  readonly count?: number | undefined;
  /**
   * Which spread: 0 (the default) is the first `count` times, 1 the next spread from the times not
   * yet offered ("more"), and so on. Leaving shown slots out of `slots` does the same.
   */
  readonly page?: number | undefined;
  readonly timeZone: UkTimeZone;
  /** With nation, lets a miss on a bank holiday be told apart from a day with no free slot. */
  readonly bankHolidays?: BankHolidayCalendar;
  readonly nation?: Nation | undefined;
  /** The booking horizon the slots were generated to (see bookingHorizonEnd). */
  readonly horizonEnd?: IsoInstant | undefined;
}

export type MatchSlotsResult =
  | { ok: true; slots: Slot[]; hasMore: boolean }
  | { ok: false; reason: NoMatchReason; alternatives: Slot[]; hasMore: boolean };

interface Candidate {
  readonly slot: Slot;
  readonly instant: number;
  readonly local: WallClockReading;
}

// Slots from generateSlots are shared between searches, so each is read on the wall clock once rather
// than on every search, and its candidate is kept with it: a search of a fortnight's diaries makes
// none. A slot is never changed once made (see types.ts), so its reading cannot go stale.
const candidatesByZone = new Map<UkTimeZone, WeakMap<Slot, Candidate>>();

function candidateOf(slot: Slot, timeZone: UkTimeZone): Candidate {
  let candidates = candidatesByZone.get(timeZone);
  if (!candidates) {
    candidates = new WeakMap();
    candidatesByZone.set(timeZone, candidates);
  }
  let candidate = candidates.get(slot);
  if (!candidate) {
    const instant = parseIsoInstant(slot.start);
    if (instant === null) throw new InvalidInstantError(slot.start);
    candidate = Object.freeze({ slot, instant, local: Object.freeze(instantToWallClock(instant, timeZone)) });
    candidates.set(slot, candidate);
  }
  return candidate;
}

const MORNING_ENDS = minutesOfDay(PART_OF_DAY_WINDOWS.morning.to);
const AFTERNOON_ENDS = minutesOfDay(PART_OF_DAY_WINDOWS.afternoon.to);

const partOfDay = (minutes: number): PartOfDay =>
  minutes < MORNING_ENDS ? 'morning' : minutes < AFTERNOON_ENDS ? 'afternoon' : 'evening';

const DAY_MS = 24 * 60 * 60_000;

/**
 * Takes `count` from candidates already in order of preference, so the person gets a real choice:
 * first times on different days and in different parts of the day (within SPREAD_DAYS of the first),
 * then other days, then on a day already offered another part of it; after that the time furthest
 * from those already offered that day, at least MIN_GAP_SAME_DAY_MINUTES away if it can, then
 * MIN_GAP_FALLBACK_MINUTES, then the rest.
 * Returned earliest first.
 */
function pickSpread(ordered: readonly Candidate[], count: number): Candidate[] {
  const chosen: Candidate[] = [];
  const first = ordered[0];
  if (!first) return chosen;
  const near = (c: Candidate) => Math.abs(c.instant - first.instant) < SPREAD_DAYS * DAY_MS;
  const dayTaken = (c: Candidate) => chosen.some((o) => o.local.date === c.local.date);
  const partTaken = (c: Candidate) =>
    chosen.some((o) => partOfDay(o.local.minutes) === partOfDay(c.local.minutes));
  const gapOnDay = (c: Candidate) =>
    Math.min(
      Infinity,
      ...chosen
        .filter((o) => o.local.date === c.local.date)
        .map((o) => Math.abs(o.instant - c.instant) / 60_000),
    );
  const samePartOnDay = (c: Candidate) =>
    chosen.some(
      (o) => o.local.date === c.local.date && partOfDay(o.local.minutes) === partOfDay(c.local.minutes),
    );
  // Different days and parts first, taken in order of preference.
  const inOrder: ((c: Candidate) => boolean)[] = [
    (c) => near(c) && !dayTaken(c) && !partTaken(c),
    (c) => !dayTaken(c),
    (c) => !samePartOnDay(c) && gapOnDay(c) >= MIN_GAP_SAME_DAY_MINUTES,
  ];
  for (const pass of inOrder) {
    for (const candidate of ordered) {
      if (chosen.length >= count) break;
      if (!chosen.includes(candidate) && pass(candidate)) chosen.push(candidate);
    }
  }
  // Then, on days already offered, the time furthest from those offered (earlier preference on a tie).
  for (const minimum of [MIN_GAP_SAME_DAY_MINUTES, MIN_GAP_FALLBACK_MINUTES, 0]) {
    while (chosen.length < count) {
      let best: Candidate | null = null;
      let bestGap = -1;
      for (const candidate of ordered) {
        if (chosen.includes(candidate)) continue;
        const gap = gapOnDay(candidate);
        if (gap >= minimum && gap > bestGap) {
          best = candidate;
          bestGap = gap;
        }
      }
      if (!best) break;
      chosen.push(best);
    }
  }
  return chosen.sort((a, b) => a.instant - b.instant);
}

/** Spread `page` of the candidates: earlier spreads are taken out first. */
function pageOf(
  ordered: readonly Candidate[],
  count: number,
  page: number,
): { slots: Slot[]; hasMore: boolean } {
  let left = [...ordered];
  let picked: Candidate[] = [];
  for (let k = 0; k <= page; k++) {
    picked = pickSpread(left, count);
    left = left.filter((c) => !picked.includes(c));
  }
  return { slots: picked.map((c) => c.slot), hasMore: left.length > 0 };
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
 * The best `count` slots for what a person said, spread over days and parts of the day so they are a
 * real choice (see pickSpread); `page` gives the next spread, and `hasMore` says whether there is one.
 * When nothing fits, a reason code and the nearest alternatives: those that fit the time in another
 * way of meeting if there are any (unless `modeFirst`); otherwise, in the way asked for, letting go of the date first, then
 * the time of day, then the weekdays.
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

  const page = Math.max(0, Math.floor(input.page ?? 0));
  const matches = all.filter((c) => modeFits(c) && fitsWhen(c));
  if (matches.length > 0) return { ok: true, ...pageOf(matches, count, page) };
  if (all.length === 0) return { ok: false, reason: 'noSlots', alternatives: [], hasMore: false };

  const target = targetInstant(when, timeZone);
  const nearest = (pool: readonly Candidate[]) => pageOf([...pool].sort(byNearness(target)), count, page);
  const relaxed = (pool: readonly Candidate[]) => {
    const ladder = [
      pool.filter((c) => onWeekday(c) && atTime(c)),
      pool.filter(onWeekday),
      pool.filter(atTime),
      pool,
    ];
    return nearest(ladder.find((step) => step.length > 0) ?? []);
  };
  const miss = (reason: NoMatchReason, found: { slots: Slot[]; hasMore: boolean }): MatchSlotsResult => ({
    ok: false,
    reason,
    alternatives: found.slots,
    hasMore: found.hasMore,
  });

  // Fits the time but only in another way of meeting: those slots are the nearest thing to an answer.
  const fitsInOtherModes = input.modeFirst ? [] : all.filter(fitsWhen);
  if (fitsInOtherModes.length > 0) {
    return miss('modeUnavailable', nearest(fitsInOtherModes));
  }
  const inMode = all.filter(modeFits);
  if (inMode.length === 0) return miss('modeUnavailable', relaxed(all));

  if (when.dates.length === 0) return miss('noneMatching', relaxed(inMode));

  const sameDays = inMode.filter(onDate);
  if (sameDays.length > 0) return miss('noneAtThatTime', nearest(sameDays));

  const alternatives = relaxed(inMode);
  if (input.horizonEnd !== undefined) {
    const horizon = parseIsoInstant(input.horizonEnd);
    if (horizon === null) throw new InvalidInstantError(input.horizonEnd);
    const lastDate = instantToWallClock(horizon, timeZone).date;
    if (when.dates.every((span) => span.from > lastDate)) return miss('beyondHorizon', alternatives);
  }
  const [onlySpan, ...otherSpans] = when.dates;
  const singleDay = onlySpan !== undefined && otherSpans.length === 0 && onlySpan.from === onlySpan.to;
  if (singleDay && input.bankHolidays && input.nation) {
    if (input.bankHolidays.isBankHoliday(divisionOf(input.nation), onlySpan.from)) {
      return miss('bankHoliday', alternatives);
    }
  }
  return miss(singleDay ? 'noneThatDay' : 'noneInRange', alternatives);
}
