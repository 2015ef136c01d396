import {
  isLocalDate,
  localDateFromParts,
  localDateParts,
  timeFromMinutes,
  type LocalDate,
  type LocalTime,
} from '../calendar/wallClock';

/**
 * Dates and times as UK staff type them: day first ("03/04/1948" is 3 April), or with the month in
 * words ("3 April 1948", "3rd Apr"). English month names only: the staff tools are in English.
 */

export type UkDateProblem =
  /** Nothing that reads as a date. */
  | 'notADate'
  /** A day and month with no year, where a year is needed. */
  | 'needYear'
  /** Reads as a date, but there is no such day (31 April). */
  | 'noSuchDate';

export type UkDateResult = { ok: true; date: LocalDate } | { ok: false; reason: UkDateProblem };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthFromWord(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex(
    (month) => month.startsWith(lower) || (lower === 'sept' && month === 'september'),
  );
  return index >= 0 ? index + 1 : undefined;
}

const NUMERIC = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const WORDS =
  /^(?:(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+([a-z]+\.?),?(?:\s+(\d{4}))?$/i;

/**
 * A date as typed. Without a year, `missingYear` decides: 'refuse' (a date of birth), or 'next' (the
 * next such date on or after `today`, as a diary means "5 December").
 */
export function parseUkDate(input: {
  text: string;
  today: LocalDate;
  missingYear: 'refuse' | 'next';
}): UkDateResult {
  const text = input.text.trim().replace(/\s+/g, ' ');
  let day: number;
  let month: number;
  let year: number | undefined;
  const numeric = NUMERIC.exec(text);
  const iso = ISO.exec(text);
  const words = WORDS.exec(text);
  if (numeric) {
    [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (words) {
    // The month group is not optional, so it is always there when the pattern matched.
    const named = monthFromWord(words[2] ?? '');
    if (named === undefined) return { ok: false, reason: 'notADate' };
    [day, month] = [Number(words[1]), named];
    year = words[3] === undefined ? undefined : Number(words[3]);
  } else {
    return { ok: false, reason: 'notADate' };
  }
  if (year === undefined) {
    if (input.missingYear === 'refuse') return { ok: false, reason: 'needYear' };
    const thisYear = localDateParts(input.today).year;
    const candidate = exactDate(thisYear, month, day) ?? exactDate(thisYear + 1, month, day);
    if (candidate === undefined) return { ok: false, reason: 'noSuchDate' };
    if (candidate >= input.today) return { ok: true, date: candidate };
    const next = exactDate(thisYear + 1, month, day);
    return next === undefined ? { ok: false, reason: 'noSuchDate' } : { ok: true, date: next };
  }
  const date = exactDate(year, month, day);
  return date === undefined ? { ok: false, reason: 'noSuchDate' } : { ok: true, date };
}

function exactDate(year: number, month: number, day: number): LocalDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = localDateFromParts(year, month, day);
  const parts = localDateParts(date);
  return isLocalDate(date) && parts.month === month && parts.day === day ? date : undefined;
}

export type DateOfBirthProblem = UkDateProblem | 'future' | 'tooOld';
export type DateOfBirthResult = { ok: true; date: LocalDate } | { ok: false; reason: DateOfBirthProblem };

/** Nobody registered at a practice is older than this; an older date is a typing slip. */
const OLDEST_YEARS = 120;

/** What may stand before a date of birth as typed: "dob 3/4/44", "D.O.B.: 03/04/1944", "born 3 April 1944". */
const BIRTH_LABEL = /^(?:d\.?\s?o\.?\s?b\.?|date of birth|born(?: on)?)\s*[:-]?\s*/i;
/** A year of two digits at the end of a date: "3/4/44", "3 Apr 44", "3rd April '44". */
const SHORT_YEAR =
  /^(\d{1,2}(?:st|nd|rd|th)?(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|\s+(?:of\s+)?[a-z]+\.?,?\s+)'?)(\d{2})$/i;

/**
 * A date of birth as staff type it, with or without "dob" before it. A year of two digits is the
 * latest such year not after today ("44" is 1944, "15" is 2015): a birth year is never ahead.
 */
export function parseDateOfBirth(input: { text: string; today: LocalDate }): DateOfBirthResult {
  const text = input.text.trim().replace(BIRTH_LABEL, '');
  const short = SHORT_YEAR.exec(text);
  if (short) {
    const thisYear = localDateParts(input.today).year;
    const twoDigits = Number(short[2]);
    const sameCentury = thisYear - (thisYear % 100) + twoDigits;
    const year = sameCentury > thisYear ? sameCentury - 100 : sameCentury;
    const head = (short[1] ?? '').replace(/'$/, '');
    const full = parseBirth(`${head}${year}`, input.today);
    // "3/12/26" read as this year but not yet come is last century's.
    return !full.ok && full.reason === 'future' ? parseBirth(`${head}${year - 100}`, input.today) : full;
  }
  return parseBirth(text, input.today);
}

function parseBirth(text: string, today: LocalDate): DateOfBirthResult {
  const parsed = parseUkDate({ text, today, missingYear: 'refuse' });
  if (!parsed.ok) return parsed;
  if (parsed.date > today) return { ok: false, reason: 'future' };
  const { year, month, day } = localDateParts(today);
  const oldest = localDateFromParts(year - OLDEST_YEARS, month, day);
  if (parsed.date < oldest) return { ok: false, reason: 'tooOld' };
  return parsed;
}

/** Whole years from a date of birth to `today`. */
export function ageOn(dateOfBirth: LocalDate, today: LocalDate): number {
  const born = localDateParts(dateOfBirth);
  const now = localDateParts(today);
  const hadBirthday = now.month > born.month || (now.month === born.month && now.day >= born.day);
  return now.year - born.year - (hadBirthday ? 0 : 1);
}

export type TimeRangeResult =
  { ok: true; start: LocalTime; end: LocalTime } | { ok: false; reason: 'notATime' | 'endBeforeStart' };

const TIME = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i;

function readTime(text: string, meridiemHint: string | undefined): number | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = (match[3] ?? meridiemHint)?.toLowerCase();
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    if (meridiem === 'pm' && hour !== 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
  } else if (hour > 23) {
    return undefined;
  } else if (match[2] === undefined && hour >= 1 && hour <= 7) {
    // "1 to 3" in a working day means the afternoon.
    hour += 12;
  }
  return hour * 60 + minute;
}

/** "13:00-15:00", "1pm to 3pm", "9.30 - 11am". A lone am/pm on the end counts for both times. */
export function parseTimeRange(text: string): TimeRangeResult {
  const parts = text
    .trim()
    .toLowerCase()
    .replace(/^from\s+/, '')
    .split(/\s*(?:-|–|to|until|till)\s*/);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, reason: 'notATime' };
  const endMeridiem = /(am|pm)$/.exec(parts[1])?.[1];
  const startHasMeridiem = /(am|pm)$/.test(parts[0]);
  const end = readTime(parts[1], undefined);
  let start = readTime(parts[0], startHasMeridiem ? undefined : endMeridiem);
  // "11 to 1pm": carrying pm back would make 11pm; the morning reading is the one meant.
  if (start !== undefined && end !== undefined && start >= end && !startHasMeridiem && endMeridiem) {
    start = readTime(parts[0], 'am');
  }
  if (start === undefined || end === undefined) return { ok: false, reason: 'notATime' };
  if (end <= start) return { ok: false, reason: 'endBeforeStart' };
  return { ok: true, start: timeFromMinutes(start), end: timeFromMinutes(end) };
}
