import {
  type DateSpan,
  PART_OF_DAY_WINDOWS,
  type PartOfDay,
  type TimeOfDay,
  type WhenPreference,
} from '../../domain/booking/whenPreference';
import {
  type IsoWeekday,
  type LocalDate,
  localDateFromParts,
  localDateParts,
  instantToWallClock,
  minutesOfDay,
  timeFromMinutes,
  type UkTimeZone,
  type WallClockReading,
} from '../../domain/calendar/wallClock';
import { recognizeDateTimes } from '../recognizers';
import { cultureFor } from './culture';
import { type EnglishCues, findEnglishCues, type TextSpan } from './englishCues';
import { normaliseWhenText } from './normaliseText';
import {
  chooseReading,
  type Reading,
  type RecognizerResult,
  recognizerResultSchema,
} from './recognizerReadings';

export interface RecognizerWhenInput {
  /** What the person typed in answer to "when suits you?". */
  readonly text: string;
  /** BCP 47, e.g. 'en-GB'. */
  readonly locale: string;
  /** The instant the person answered; "tomorrow" is counted from its Europe/London date. */
  readonly referenceDate: Date;
  readonly timeZone: UkTimeZone;
}

export type RecognizerWhenFailure =
  /** Nothing about dates or times was found. */
  | 'notUnderstood'
  /** Only dates that are already over ("yesterday"). */
  | 'inThePast'
  /** The recognizers do not read this language; offer choices instead. */
  | 'unsupportedLocale';

export type RecognizerWhenResult =
  { ok: true; when: WhenPreference } | { ok: false; reason: RecognizerWhenFailure };

const NO_CUES: EnglishCues = {
  asap: false,
  negated: [],
  excludedWeekdays: [],
  excludedPartsOfDay: [],
  onlyWeekdays: [],
  ordinalDays: [],
};
const ALL_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/**
 * The recognizer reads a reference Date through the server's own zone (getHours, getDate). Handing it
 * a Date whose local fields show London's wall clock makes "tomorrow" London's tomorrow wherever the
 * server runs. Its answers come back as wall-clock strings, which are read as London values.
 */
function recognizerReference(here: WallClockReading): Date {
  const { year, month, day } = localDateParts(here.date);
  return new Date(year, month - 1, day, Math.floor(here.minutes / 60), here.minutes % 60);
}

function recognize(text: string, culture: string, here: WallClockReading): RecognizerResult[] {
  return recognizeDateTimes(text, culture, recognizerReference(here)).flatMap((result) => {
    const parsed = recognizerResultSchema.safeParse(result);
    return parsed.success ? [parsed.data] : [];
  });
}

function spanOf(result: RecognizerResult): TextSpan {
  return { start: result.start, end: result.end + 1 };
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The next date on or after today that has this day of the month (skipping months without a 31st). */
function nextDayOfMonth(day: number, today: LocalDate): LocalDate | null {
  const { year, month } = localDateParts(today);
  for (let offset = 0; offset < 12; offset += 1) {
    const candidate = localDateFromParts(year, month + offset, day);
    const expected = localDateFromParts(year, month + offset, 1);
    if (localDateParts(candidate).month === localDateParts(expected).month && candidate >= today)
      return candidate;
  }
  return null;
}

/** The time windows left when some parts of the day are ruled out ("not mornings"). */
function complementOf(parts: readonly PartOfDay[]): TimeOfDay[] {
  const order: PartOfDay[] = ['morning', 'afternoon', 'evening'];
  const windows: TimeOfDay[] = [];
  for (const part of order) {
    if (parts.includes(part)) continue;
    const window = PART_OF_DAY_WINDOWS[part];
    const last = windows[windows.length - 1];
    if (last && last.kind === 'between' && last.to === window.from) {
      windows[windows.length - 1] = { kind: 'between', from: last.from, to: window.to };
    } else {
      windows.push({ kind: 'between', from: window.from, to: window.to });
    }
  }
  return windows;
}

function sameTime(a: TimeOfDay, b: TimeOfDay): boolean {
  return a.kind === 'at' && b.kind === 'at'
    ? a.time === b.time
    : a.kind === 'between' && b.kind === 'between' && a.from === b.from && a.to === b.to;
}

/**
 * The second reader of "when" (see readWhen): recognizers-text with an explicit reference date, for the
 * languages it knows and for English phrasings the grammar does not cover. In English a few cues of its
 * own help it (asap, negated weekdays, "weekday", a lone "the 14th", bare clinic hours such as "after 2").
 */
export function readWithRecognizers(input: RecognizerWhenInput): RecognizerWhenResult {
  const culture = cultureFor(input.locale);
  if (!culture) return { ok: false, reason: 'unsupportedLocale' };

  const here = instantToWallClock(input.referenceDate.getTime(), input.timeZone);
  const today = here.date;
  const nowKey = `${today} ${timeFromMinutes(here.minutes)}`;
  const text = normaliseWhenText(input.text, { dayFirst: culture.dayFirst, english: culture.english, today });
  if (text === '') return { ok: false, reason: 'notUnderstood' };

  const cues = culture.english ? findEnglishCues(text) : NO_CUES;
  const results = recognize(text, culture.recognizer, here).filter(
    (result) => !cues.negated.some((span) => overlaps(span, spanOf(result))),
  );

  const readings: { reading: Reading; span: TextSpan }[] = [];
  let sawPast = false;
  for (const result of results) {
    const choice = chooseReading(result, nowKey);
    if (!choice) continue;
    if (choice.past) sawPast = true;
    else readings.push({ reading: choice.reading, span: spanOf(result) });
  }

  const dates: DateSpan[] = [];
  for (const ordinal of cues.ordinalDays) {
    if (results.some((result) => overlaps(spanOf(result), ordinal))) continue;
    const date = nextDayOfMonth(ordinal.day, today);
    if (date === null) continue;
    dates.push({ from: date, to: date });
    // "Tuesday the 14th": the 14th names the date, the weekday only confirms it.
    const weekday = readings.findIndex(
      ({ reading, span }) => reading.weekdayOnly && ordinal.start - span.end <= 1,
    );
    if (weekday >= 0) readings.splice(weekday, 1);
  }

  const times: TimeOfDay[] = [];
  const parts = new Set<PartOfDay>();
  const onlyWeekdays = new Set<IsoWeekday>(cues.onlyWeekdays);
  let asap = cues.asap;
  for (const { reading } of readings) {
    if (reading.dates)
      dates.push({ from: reading.dates.from < today ? today : reading.dates.from, to: reading.dates.to });
    if (reading.time && !times.some((time) => reading.time && sameTime(time, reading.time)))
      times.push(reading.time);
    if (reading.partOfDay) parts.add(reading.partOfDay);
    if (reading.onlyWeekday) onlyWeekdays.add(reading.onlyWeekday);
    if (reading.asap) asap = true;
  }

  let partOfDay: PartOfDay | null = null;
  if (parts.size === 1) [partOfDay = null] = parts;
  else if (parts.size > 1) {
    for (const part of parts) times.push({ kind: 'between', ...PART_OF_DAY_WINDOWS[part] });
  }
  if (partOfDay === null && times.length === 0 && cues.excludedPartsOfDay.length > 0) {
    times.push(...complementOf(cues.excludedPartsOfDay));
  }

  const excluded = new Set<IsoWeekday>(cues.excludedWeekdays);
  if (onlyWeekdays.size > 0)
    ALL_WEEKDAYS.filter((day) => !onlyWeekdays.has(day)).forEach((day) => excluded.add(day));

  const uniqueDates = dates
    .filter((span, i) => dates.findIndex((other) => other.from === span.from && other.to === span.to) === i)
    .sort((a, b) => a.from.localeCompare(b.from));
  const understood =
    asap || uniqueDates.length > 0 || times.length > 0 || partOfDay !== null || excluded.size > 0;
  if (!understood) return { ok: false, reason: sawPast ? 'inThePast' : 'notUnderstood' };

  return {
    ok: true,
    when: {
      timeZone: input.timeZone,
      asap,
      dates: uniqueDates,
      times: times.sort(
        (a, b) =>
          minutesOfDay(a.kind === 'at' ? a.time : a.from) - minutesOfDay(b.kind === 'at' ? b.time : b.from),
      ),
      partOfDay,
      excludedWeekdays: [...excluded].sort((a, b) => a - b),
    },
  };
}
