import { type LocalDate, localDateFromParts, localDateParts } from '../../domain/calendar/wallClock';

/**
 * Rewrites the parts of a reply that the recognizer gets wrong for a UK clinic, before it sees them.
 * Every cue is found in the rewritten text afterwards, so positions stay consistent.
 */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
const TIME_PREPOSITION = '(at|after|before|from|by|until|till|til|around|about|between|and|to)';

/**
 * A bare hour means clinic hours: "after 2" is 14:00, "at 10" is 10:00, "at 7" is the evening clinic.
 * Hours 13 and over are already unambiguous; noon is written 12:00 because the recognizer misreads
 * "12pm" at the end of a range.
 */
function clinicHour(hour: number, minutes: string | undefined): string | null {
  const mm = minutes ?? '00';
  if (hour > 23 || Number(mm) > 59) return null;
  if (hour >= 1 && hour <= 7) return minutes ? `${hour}:${mm}pm` : `${hour}pm`;
  if (hour >= 8 && hour <= 11) return minutes ? `${hour}:${mm}am` : `${hour}am`;
  return `${String(hour).padStart(2, '0')}:${mm}`;
}

function realDate(year: number, month: number, day: number): LocalDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = localDateFromParts(year, month, day);
  // 31/2 would roll over into March: not a date anyone meant.
  return localDateParts(date).month === month ? date : null;
}

function nextOccurrence(month: number, day: number, today: LocalDate): LocalDate | null {
  const { year } = localDateParts(today);
  // Up to four years ahead, for 29/2.
  for (let candidate = year; candidate <= year + 4; candidate += 1) {
    const date = realDate(candidate, month, day);
    if (date !== null && date >= today) return date;
  }
  return null;
}

/** "3/12" → the next 3 December as ISO, which every culture of the recognizer reads the same way. */
function dayFirstDates(text: string, today: LocalDate): string {
  return text.replace(
    /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b(?![\d/])/g,
    (whole: string, day: string, month: string, year: string | undefined) => {
      if (year === undefined) return nextOccurrence(Number(month), Number(day), today) ?? whole;
      const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
      return realDate(fullYear, Number(month), Number(day)) ?? whole;
    },
  );
}

export interface NormaliseOptions {
  readonly dayFirst: boolean;
  readonly english: boolean;
  readonly today: LocalDate;
}

export function normaliseWhenText(text: string, options: NormaliseOptions): string {
  let result = text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
  if (options.dayFirst) result = dayFirstDates(result, options.today);
  if (!options.english) return result;

  // "half two" is British for 14:30; "half past two" is read the same way here.
  result = result.replace(
    new RegExp(`\\bhalf (?:past )?(\\d{1,2}|${NUMBER_WORD})\\b`, 'g'),
    (whole: string, hour: string) => {
      const value = NUMBER_WORDS[hour] ?? Number(hour);
      return clinicHour(value, '30') ?? whole;
    },
  );
  result = result.replace(
    new RegExp(`\\b${TIME_PREPOSITION} (${NUMBER_WORD})\\b(?! (?:weeks?|days?|months?|hours?|of)\\b)`, 'g'),
    (_whole: string, preposition: string, word: string) => `${preposition} ${NUMBER_WORDS[word]}`,
  );
  return result.replace(
    new RegExp(
      `\\b${TIME_PREPOSITION} (\\d{1,2})(?:[:.](\\d{2}))?(?![\\d:/]|\\.\\d)(?!\\s*(?:am|pm|a\\.m|p\\.m|o'?clock|hours?|hrs?|mins?|minutes?|days?|weeks?|months?|years?|st|nd|rd|th|of)\\b)`,
      'g',
    ),
    (whole: string, preposition: string, hour: string, minutes: string | undefined) => {
      const time = clinicHour(Number(hour), minutes);
      return time === null ? whole : `${preposition} ${time}`;
    },
  );
}
