// "When would suit you?" read into a booking request, for the patient's booking and the receptionist's
// alike: the grammar finds what was said, and this turns it into Europe/London dates and times from an
// explicit reference instant, saying plainly when a day has gone, is a bank holiday, or is beyond the
// booking horizon. recognizers-text reads what the grammar cannot (other languages, rarer phrasings).
import type { DateSpan, TimeOfDay, WeeklyWindow, WhenPreference } from '../../domain/booking/whenPreference';
import {
  type BankHoliday,
  type BankHolidayCalendar,
  type BankHolidayCode,
  type BankHolidayDivision,
  createBankHolidayCalendar,
} from '../../domain/calendar/bankHolidays';
import {
  addLocalDays,
  daysBetween,
  instantToWallClock,
  type IsoWeekday,
  isoWeekdayOf,
  type LocalDate,
  localDateFromParts,
  localDateParts,
  timeFromMinutes,
  type UkTimeZone,
} from '../../domain/calendar/wallClock';
import type { MeetingMode } from '../../domain/linkWorkers/schema';
import type { Evidence, Grounded } from '../evidence';
import { MAX_ANSWER_LENGTH } from '../text';
import { cultureFor } from './culture';
import { type DayPhrase, type Found, type Phrase, readWhenPhrases } from './grammar';
import { readWithRecognizers } from './recognizerReader';

export interface ReadWhenInput {
  readonly text: string;
  /** BCP 47, e.g. 'en-GB'. */
  readonly locale: string;
  /** The instant the person answered; "tomorrow" is counted from its Europe/London date. */
  readonly referenceDate: Date;
  readonly timeZone: UkTimeZone;
  /** Whose bank holidays count; England and Wales by the built-in rules when absent. */
  readonly holidays?: { readonly calendar: BankHolidayCalendar; readonly division: BankHolidayDivision };
  /** Days ahead that can be booked; 14 when absent. */
  readonly horizonDays?: number;
}

export type WhenOutcome =
  /** A request to look for slots with. */
  | { readonly kind: 'when'; readonly when: WhenPreference }
  /** Every day named has gone ("yesterday", "3/12" on 10 December). */
  | { readonly kind: 'past' }
  /** The day named is a bank holiday; `when` asks for it, so the nearest days are offered. */
  | { readonly kind: 'holiday'; readonly holiday: BankHoliday; readonly when: WhenPreference }
  /** Every day named is past the booking horizon. */
  | { readonly kind: 'beyond'; readonly when: WhenPreference }
  | { readonly kind: 'unclear' }
  /** Neither the grammar nor recognizers-text reads this language. */
  | { readonly kind: 'unsupportedLocale' };

export interface WhenUnderstanding extends Grounded {
  readonly outcome: WhenOutcome;
  /** How they said they would like to meet ("asap by phone"), if they did. */
  readonly mode: MeetingMode | null;
  /** Which reader understood it: the grammar, or recognizers-text for what the grammar could not read. */
  readonly reader: 'grammar' | 'recognizers';
}

export const DEFAULT_HORIZON_DAYS = 14;
const DAY_MINUTES = 24 * 60;
/** A day and month said without a year that went by less than this long ago is "past", not next year. */
const RECENTLY_GONE_DAYS = 90;
const defaultCalendar = createBankHolidayCalendar();

/** Where a holiday of a fixed date really falls, when a weekday is kept in its place. */
const FIXED_DATES: Partial<Record<BankHolidayCode, readonly [month: number, day: number]>> = {
  newYearsDay: [1, 1],
  stPatricksDay: [3, 17],
  stAndrewsDay: [11, 30],
  christmasDay: [12, 25],
  boxingDay: [12, 26],
};

interface Context {
  readonly today: LocalDate;
  readonly weekday: IsoWeekday;
  readonly nowMinute: number;
  readonly calendar: BankHolidayCalendar;
  readonly division: BankHolidayDivision;
}

interface Resolved {
  readonly spans: DateSpan[];
  readonly past?: boolean;
  readonly holiday?: BankHoliday;
}

const single = (date: LocalDate): Resolved => ({ spans: [{ from: date, to: date }] });

function realDate(year: number, month: number, day: number): LocalDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = localDateFromParts(year, month, day);
  return localDateParts(date).month === month ? date : null;
}

function lastDayOfMonth(year: number, month: number): LocalDate {
  return addLocalDays(localDateFromParts(year, month + 1, 1), -1);
}

function coming(context: Context, weekday: IsoWeekday): LocalDate {
  return addLocalDays(context.today, (weekday - context.weekday + 7) % 7 || 7);
}

function mondayOf(context: Context, week: number): LocalDate {
  return addLocalDays(context.today, 1 - context.weekday + 7 * week);
}

function holidaysFrom(context: Context, code: BankHolidayCode | null): BankHoliday[] {
  const { year } = localDateParts(context.today);
  return [year, year + 1]
    .flatMap((y) => context.calendar.holidaysIn(context.division, y))
    .filter((holiday) => (code === null || holiday.code === code) && holiday.date >= context.today);
}

function resolveHoliday(context: Context, code: BankHolidayCode): Resolved {
  const [holiday] = holidaysFrom(context, code);
  const fixed = FIXED_DATES[code];
  if (!holiday) {
    // Not a bank holiday where this practice is (St Andrew's Day in England): just the date.
    return fixed ? resolveDayMonth(context, fixed[1], fixed[0]) : { spans: [] };
  }
  const { year } = localDateParts(holiday.date);
  const natural = fixed ? realDate(year, fixed[0], fixed[1]) : null;
  const from = natural !== null && natural < holiday.date ? natural : holiday.date;
  return { spans: [{ from, to: holiday.date }], holiday };
}

function resolveDayMonth(context: Context, day: number, month: number, year?: number): Resolved {
  if (year !== undefined) {
    const date = realDate(year, month, day);
    if (date === null) return { spans: [] };
    return date < context.today ? { spans: [], past: true } : single(date);
  }
  const thisYear = localDateParts(context.today).year;
  const date = realDate(thisYear, month, day);
  if (date !== null && date >= context.today) return single(date);
  if (date !== null && daysBetween(date, context.today) <= RECENTLY_GONE_DAYS)
    return { spans: [], past: true };
  for (let y = thisYear + 1; y <= thisYear + 4; y += 1) {
    const next = realDate(y, month, day);
    if (next !== null) return single(next);
  }
  return { spans: [] };
}

function nextDayOfMonth(context: Context, day: number): LocalDate | null {
  const { year, month } = localDateParts(context.today);
  for (let offset = 0; offset < 12; offset += 1) {
    const first = localDateFromParts(year, month + offset, 1);
    const parts = localDateParts(first);
    const date = realDate(parts.year, parts.month, day);
    if (date !== null && date >= context.today) return date;
  }
  return null;
}

function clip(context: Context, from: LocalDate, to: LocalDate): Resolved {
  const start = from < context.today ? context.today : from;
  return start > to ? { spans: [], past: true } : { spans: [{ from: start, to }] };
}

function resolveDay(context: Context, day: DayPhrase): Resolved {
  const { today } = context;
  switch (day.kind) {
    case 'today':
      return single(today);
    case 'offset':
      return single(addLocalDays(today, day.days));
    case 'weekday':
      return single(coming(context, day.weekday));
    case 'thisWeekday':
      return single(
        day.weekday >= context.weekday
          ? addLocalDays(today, day.weekday - context.weekday)
          : coming(context, day.weekday),
      );
    case 'nextWeekday':
      return single(addLocalDays(mondayOf(context, 1), day.weekday - 1));
    case 'weekdayPlusWeeks':
      return single(addLocalDays(coming(context, day.weekday), 7 * day.weeks));
    case 'weekPart': {
      // "This week" said on a Sunday is the week that starts tomorrow.
      if (day.week === 0 && context.weekday === 7 && day.from < 6)
        return resolveDay(context, { ...day, week: 1 });
      const monday = mondayOf(context, day.week);
      const from = addLocalDays(monday, day.from - 1);
      const to = addLocalDays(monday, day.to - 1);
      const start = day.afterToday ? addLocalDays(today, 1) : today;
      if (to < start && day.week === 0) {
        // "End of the week" said at the weekend: the end of next week.
        return resolveDay(context, { ...day, week: 1 });
      }
      return { spans: [{ from: from < start ? start : from, to }] };
    }
    case 'dayOfMonth': {
      const date = nextDayOfMonth(context, day.day);
      if (date === null) return { spans: [] };
      if (day.until === undefined) return single(date);
      const { year, month } = localDateParts(date);
      const end = realDate(year, month, day.until) ?? lastDayOfMonth(year, month);
      return { spans: [{ from: date, to: end }] };
    }
    case 'dayMonth':
      return resolveDayMonth(context, day.day, day.month, day.year);
    case 'dayMonthRange': {
      const from = resolveDayMonth(context, day.from.day, day.from.month);
      const first = from.spans[0];
      if (!first) return from;
      const { year } = localDateParts(first.from);
      const to = realDate(year, day.to.month, day.to.day);
      return to === null || to < first.from ? from : { spans: [{ from: first.from, to }] };
    }
    case 'month': {
      const { year, month } = localDateParts(today);
      const inYear = day.month >= month ? year : year + 1;
      const last = lastDayOfMonth(inYear, day.month);
      const from = localDateFromParts(inYear, day.month, day.part === 'late' ? 20 : 1);
      const to = day.part === 'early' ? localDateFromParts(inYear, day.month, 10) : last;
      return clip(context, from, to);
    }
    case 'monthOffset': {
      const { year, month } = localDateParts(today);
      const first = localDateFromParts(year, month + day.months, 1);
      const parts = localDateParts(first);
      return { spans: [{ from: first, to: lastDayOfMonth(parts.year, parts.month) }] };
    }
    case 'holiday':
      return resolveHoliday(context, day.code);
    case 'nextBankHoliday': {
      const [holiday] = holidaysFrom(context, null);
      return holiday ? { spans: [{ from: holiday.date, to: holiday.date }], holiday } : { spans: [] };
    }
    case 'beforeHoliday': {
      const christmas = resolveHoliday(context, 'christmasDay').spans[0];
      return christmas ? clip(context, today, addLocalDays(christmas.from, -1)) : { spans: [] };
    }
    case 'afterHoliday':
    case 'christmasToNewYear': {
      const { year, month } = localDateParts(today);
      const christmasYear = month === 1 ? year - 1 : year;
      const from = localDateFromParts(christmasYear, 12, 27);
      const to =
        day.kind === 'christmasToNewYear'
          ? localDateFromParts(christmasYear, 12, 31)
          : addLocalDays(from, 13);
      return clip(context, from, to);
    }
    case 'upTo':
      return { spans: [{ from: today, to: addLocalDays(today, day.days) }] };
  }
}

type Window = readonly [from: number, to: number];

function intersect(a: Window, b: Window): Window | null {
  const from = Math.max(a[0], b[0]);
  const to = Math.min(a[1], b[1]);
  return from < to ? [from, to] : null;
}

function subtract(windows: readonly Window[], cut: Window): Window[] {
  return windows.flatMap(([from, to]): Window[] => {
    if (cut[1] <= from || cut[0] >= to) return [[from, to]];
    const pieces: Window[] = [];
    if (cut[0] > from) pieces.push([from, cut[0]]);
    if (cut[1] < to) pieces.push([cut[1], to]);
    return pieces;
  });
}

function merge(windows: readonly Window[]): Window[] {
  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

export interface TimeWindows {
  /** Windows [from, to) in minutes; empty means any time. */
  readonly windows: readonly Window[];
  /** Single times named ("at 10"). */
  readonly points: readonly number[];
}

/**
 * The times of day a reply allows. Parts of the day ("mornings", "after work") and clock times ("after
 * 10") narrow each other: "mornings after 10" is 10:00 to 12:00; when they cannot both hold ("mornings,
 * or after 5") either will do. Whatever is ruled out ("not mornings", "I work 9 to 5") is taken away.
 */
export function timeWindows(phrases: readonly Phrase[], nowMinute: number): TimeWindows {
  const parts: Window[] = [];
  const clocks: Window[] = [];
  const points: number[] = [];
  const excepted: Window[] = [];
  let from: number | undefined;
  let until: number | undefined;
  for (const phrase of phrases) {
    if (phrase.kind === 'part') parts.push([phrase.from, phrase.to]);
    else if (phrase.kind === 'range') clocks.push([phrase.from, phrase.to]);
    else if (phrase.kind === 'at') points.push(phrase.minute);
    else if (phrase.kind === 'now') points.push(nowMinute);
    else if (phrase.kind === 'from') from = Math.max(from ?? 0, phrase.minute);
    else if (phrase.kind === 'until') until = Math.min(until ?? DAY_MINUTES, phrase.minute);
    else if (phrase.kind === 'exceptTime') excepted.push([phrase.from, phrase.to]);
  }
  if (from !== undefined && until !== undefined && from >= until) {
    // "after 3 or before 12": either end will do.
    clocks.push([from, DAY_MINUTES], [0, until]);
  } else if (from !== undefined || until !== undefined) {
    clocks.push([from ?? 0, until ?? DAY_MINUTES]);
  }
  let windows: Window[];
  let kept = points;
  if (parts.length === 0) windows = clocks;
  else if (clocks.length === 0 && points.length === 0) windows = parts;
  else {
    const both = clocks.flatMap((c) =>
      parts.flatMap((p): Window[] => {
        const window = intersect(c, p);
        return window ? [window] : [];
      }),
    );
    const pointsInParts = points.filter((point) => parts.some(([a, b]) => point >= a && point < b));
    if (both.length > 0 || pointsInParts.length > 0) {
      windows = both;
      kept = pointsInParts;
    } else windows = [...clocks, ...parts];
  }
  windows = merge(windows);
  if (excepted.length > 0) {
    let base: Window[] = windows.length > 0 || kept.length > 0 ? windows : [[0, DAY_MINUTES]];
    for (const cut of excepted) base = subtract(base, cut);
    windows = merge(base);
    kept = kept.filter((point) => !excepted.some(([a, b]) => point >= a && point < b));
  }
  return { windows, points: [...new Set(kept)].sort((a, b) => a - b) };
}

function toTimes(times: TimeWindows): TimeOfDay[] {
  const list: TimeOfDay[] = [
    ...times.windows.map(([from, to]): TimeOfDay => ({
      kind: 'between',
      from: timeFromMinutes(from),
      to: to >= DAY_MINUTES ? '24:00' : timeFromMinutes(to),
    })),
    ...times.points.map((point): TimeOfDay => ({ kind: 'at', time: timeFromMinutes(point) })),
  ];
  return list;
}

function describe(phrase: Phrase, resolved?: Resolved): string {
  const clockOf = (minute: number) => (minute >= DAY_MINUTES ? '24:00' : timeFromMinutes(minute));
  switch (phrase.kind) {
    case 'day':
      if (resolved?.past) return 'a day that has gone';
      return resolved?.spans
        .map((span) => (span.from === span.to ? span.from : `${span.from}..${span.to}`))
        .join(', ')
        ? `date ${resolved.spans.map((span) => (span.from === span.to ? span.from : `${span.from}..${span.to}`)).join(', ')}`
        : 'a day';
    case 'weekdays':
      return `every ${phrase.weekdays.join(',')}`;
    case 'exceptWeekdays':
      return `not ${phrase.weekdays.join(',')}`;
    case 'part':
    case 'range':
      return `${clockOf(phrase.from)}-${clockOf(phrase.to)}`;
    case 'exceptTime':
      return `not ${clockOf(phrase.from)}-${clockOf(phrase.to)}`;
    case 'exceptWeekdayTime':
      return `not ${phrase.weekdays.join(',')} ${clockOf(phrase.from)}-${clockOf(phrase.to)}`;
    case 'from':
      return `from ${clockOf(phrase.minute)}`;
    case 'until':
      return `until ${clockOf(phrase.minute)}`;
    case 'at':
      return `at ${clockOf(phrase.minute)}`;
    case 'now':
      return 'this time of day';
    case 'asap':
      return 'as soon as possible';
    case 'mode':
      return `meet ${phrase.mode}`;
    case 'past':
      return 'a day that has gone';
  }
}

function evidenceOf(
  text: string,
  found: readonly Found[],
  resolved: ReadonlyMap<Found, Resolved>,
): Evidence[] {
  return found.map((item) => ({
    start: item.start,
    end: item.end,
    text: text.slice(item.start, item.end),
    reading: describe(item.phrase, resolved.get(item)),
  }));
}

function contextOf(input: ReadWhenInput): Context {
  const here = instantToWallClock(input.referenceDate.getTime(), input.timeZone);
  return {
    today: here.date,
    weekday: isoWeekdayOf(here.date),
    nowMinute: here.minutes,
    calendar: input.holidays?.calendar ?? defaultCalendar,
    division: input.holidays?.division ?? 'england-and-wales',
  };
}

/** The same request with the days not yet over; today only counts while a wanted time is still ahead. */
function stillAhead(when: WhenPreference, times: TimeWindows, context: Context): boolean {
  const onlyToday = when.dates.length > 0 && when.dates.every((span) => span.to <= context.today);
  if (!onlyToday) return true;
  const later = (minute: number) => minute > context.nowMinute;
  if (times.windows.length === 0 && times.points.length === 0) return true;
  return times.windows.some(([, to]) => later(to)) || times.points.some(later);
}

/** en-US writes the month first; swapping the two numbers keeps every offset. */
function dayFirst(text: string): string {
  return text.replace(
    /\b(\d{1,2})\/(\d{1,2})\b/g,
    (_whole: string, month: string, day: string) => `${day}/${month}`,
  );
}

function fromGrammar(input: ReadWhenInput, context: Context, monthFirst: boolean): WhenUnderstanding | null {
  const grammar = readWhenPhrases(monthFirst ? dayFirst(input.text) : input.text);
  const found = grammar.found;
  const meaningful = found.filter((item) => item.phrase.kind !== 'mode');
  const modes = found.flatMap((item) => (item.phrase.kind === 'mode' ? [item.phrase.mode] : []));
  const mode = modes.length > 0 && modes.every((m) => m === modes[0]) ? (modes[0] ?? null) : null;
  const coverage = grammar.contentWords === 0 ? 0 : 1 - grammar.leftover.length / grammar.contentWords;
  const confidence = Math.round((0.5 + 0.5 * coverage) * 100) / 100;

  if (meaningful.length === 0) {
    if (mode === null) return null;
    // "By phone, please": no day given, so the earliest, the way they asked.
    const evidence = evidenceOf(input.text, found, new Map());
    return {
      outcome: { kind: 'when', when: { ...emptyPreference(input.timeZone), asap: true } },
      mode,
      confidence,
      evidence,
      reader: 'grammar',
    };
  }

  const resolved = new Map<Found, Resolved>();
  const spans: DateSpan[] = [];
  let past = meaningful.some((item) => item.phrase.kind === 'past');
  let futureDays = 0;
  let holiday: BankHoliday | undefined;
  const excluded = new Set<IsoWeekday>();
  const onlyWeekdays = new Set<IsoWeekday>();
  let asap = false;
  for (const item of meaningful) {
    const { phrase } = item;
    if (phrase.kind === 'day') {
      const result = resolveDay(context, phrase.day);
      resolved.set(item, result);
      if (result.past) past = true;
      if (result.spans.length > 0) futureDays += 1;
      spans.push(...result.spans);
      if (result.holiday && !holiday) holiday = result.holiday;
    } else if (phrase.kind === 'weekdays') phrase.weekdays.forEach((day) => onlyWeekdays.add(day));
    else if (phrase.kind === 'exceptWeekdays') phrase.weekdays.forEach((day) => excluded.add(day));
    else if (phrase.kind === 'asap') asap = true;
  }
  if (onlyWeekdays.size > 0) {
    for (let day = 1; day <= 7; day += 1)
      if (!onlyWeekdays.has(day as IsoWeekday)) excluded.add(day as IsoWeekday);
  }
  const times = timeWindows(
    meaningful.map((item) => item.phrase),
    context.nowMinute,
  );
  const dates = uniqueSpans(spans);
  const weekly = weeklyCuts(meaningful.map((item) => item.phrase));
  const when: WhenPreference = {
    timeZone: input.timeZone,
    asap,
    dates,
    times: toTimes(times),
    partOfDay: null,
    excludedWeekdays: [...excluded].sort((a, b) => a - b),
    ...(weekly ? { weekly } : {}),
  };
  const evidence = evidenceOf(input.text, found, resolved);
  const answer = (outcome: WhenOutcome): WhenUnderstanding => ({
    outcome,
    mode,
    confidence,
    evidence,
    reader: 'grammar',
  });

  if (past && futureDays === 0) return answer({ kind: 'past' });
  if (!stillAhead(when, times, context)) return answer({ kind: 'past' });
  const wantedDays =
    dates.length > 0 || excluded.size > 0 || asap || times.windows.length > 0 || times.points.length > 0;
  if (!wantedDays) return answer({ kind: 'unclear' });

  // A holiday named as one ("Boxing Day") is said to be a holiday, however far ahead.
  if (
    holiday &&
    dates.every((span) => span.to <= holiday.date && span.from >= addLocalDays(holiday.date, -3))
  )
    return answer({ kind: 'holiday', holiday, when });
  const lastBookable = addLocalDays(context.today, input.horizonDays ?? DEFAULT_HORIZON_DAYS);
  if (dates.length > 0 && dates.every((span) => span.from > lastBookable))
    return answer({ kind: 'beyond', when });
  // A day named some other way ("Monday 28th", "Friday" in Easter week) that is one.
  const [first] = dates;
  const onHoliday =
    first !== undefined &&
    dates.every(
      (span) => span.from === span.to && context.calendar.isBankHoliday(context.division, span.from),
    )
      ? context.calendar.holidayOn(context.division, first.from)
      : undefined;
  if (onHoliday) return answer({ kind: 'holiday', holiday: onHoliday, when });
  return answer({ kind: 'when', when });
}

/** "Not Friday afternoons": every day of the week, less the parts of the days ruled out. */
function weeklyCuts(phrases: readonly Phrase[]): WeeklyWindow[] | undefined {
  const cuts = phrases.flatMap((phrase) => (phrase.kind === 'exceptWeekdayTime' ? [phrase] : []));
  if (cuts.length === 0) return undefined;
  const weekly: WeeklyWindow[] = [];
  for (let day = 1; day <= 7; day += 1) {
    const weekday = day as IsoWeekday;
    let ranges: Window[] = [[0, DAY_MINUTES]];
    for (const cut of cuts) if (cut.weekdays.includes(weekday)) ranges = subtract(ranges, [cut.from, cut.to]);
    for (const [from, to] of ranges) {
      weekly.push({
        weekday,
        from: timeFromMinutes(from),
        to: to >= DAY_MINUTES ? '24:00' : timeFromMinutes(to),
      });
    }
  }
  return weekly;
}

function uniqueSpans(spans: readonly DateSpan[]): DateSpan[] {
  return spans
    .filter((span, i) => spans.findIndex((other) => other.from === span.from && other.to === span.to) === i)
    .sort((a, b) => a.from.localeCompare(b.from));
}

function emptyPreference(timeZone: UkTimeZone): WhenPreference {
  return { timeZone, asap: false, dates: [], times: [], partOfDay: null, excludedWeekdays: [] };
}

const TEMPORAL_HINT = /\d|day|week|month|night|noon|hour|year|morn|after|even/i;

/**
 * Reads a free-text answer to "when suits you?". English goes through the grammar first; what it does
 * not read at all, and other languages recognizers-text knows, go to recognizers-text.
 */
export function readWhen(whole: ReadWhenInput): WhenUnderstanding {
  // An answer about when is short: longer text is cut so each turn's work stays bounded.
  const input = { ...whole, text: whole.text.slice(0, MAX_ANSWER_LENGTH) };
  const culture = cultureFor(input.locale);
  const context = contextOf(input);
  if (culture?.english) {
    const grammar = fromGrammar(input, context, !culture.dayFirst);
    if (grammar !== null && grammar.outcome.kind !== 'unclear') return grammar;
    if (!TEMPORAL_HINT.test(input.text))
      return (
        grammar ?? {
          outcome: { kind: 'unclear' },
          mode: null,
          confidence: 0.8,
          evidence: [],
          reader: 'grammar',
        }
      );
  }
  if (!culture)
    return {
      outcome: { kind: 'unsupportedLocale' },
      mode: null,
      confidence: 1,
      evidence: [],
      reader: 'recognizers',
    };
  const recognized = readWithRecognizers({
    text: input.text,
    locale: input.locale,
    referenceDate: input.referenceDate,
    timeZone: input.timeZone,
  });
  if (!recognized.ok) {
    const outcome: WhenOutcome =
      recognized.reason === 'inThePast'
        ? { kind: 'past' }
        : recognized.reason === 'unsupportedLocale'
          ? { kind: 'unsupportedLocale' }
          : { kind: 'unclear' };
    return { outcome, mode: null, confidence: 0.6, evidence: [], reader: 'recognizers' };
  }
  const lastBookable = addLocalDays(context.today, input.horizonDays ?? DEFAULT_HORIZON_DAYS);
  const { when } = recognized;
  const outcome: WhenOutcome =
    when.dates.length > 0 && when.dates.every((span) => span.from > lastBookable)
      ? { kind: 'beyond', when }
      : { kind: 'when', when };
  return { outcome, mode: null, confidence: 0.6, evidence: [], reader: 'recognizers' };
}
