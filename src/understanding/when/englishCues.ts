import type { PartOfDay } from '../../domain/booking/whenPreference';
import type { IsoWeekday } from '../../domain/calendar/wallClock';

/**
 * English phrases about "when" that the date-time recognizer misses or gets backwards: it has no idea
 * of "asap" beyond the phrase itself, reads "not Mondays" as "Mondays", and does not know "weekday".
 * Each cue keeps its position in the text so that recognizer results inside a negation are dropped.
 */

export interface TextSpan {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

const WEEKDAY_PATTERNS: readonly (readonly [IsoWeekday, string])[] = [
  [1, 'mon(?:day)?'],
  [2, 'tue(?:s(?:day)?)?'],
  [3, 'wed(?:s|nesday)?'],
  [4, 'thu(?:r(?:s(?:day)?)?)?'],
  [5, 'fri(?:day)?'],
  [6, 'sat(?:urday)?'],
  [7, 'sun(?:day)?'],
];
const WEEKEND: readonly IsoWeekday[] = [6, 7];
const WORKING_WEEK: readonly IsoWeekday[] = [1, 2, 3, 4, 5];

const WEEKDAY_WORD = `(?:(?:${WEEKDAY_PATTERNS.map(([, pattern]) => pattern).join('|')})s?|weekends?|weekdays?|week days?)`;
const PART_WORD = '(?:mornings?|afternoons?|evenings?)';
const LIST_SEPARATOR = '\\s*(?:,|or|and|/|nor)\\s*';
const STRICT_NEGATOR =
  "(?:not|no|never|except(?: for)?|excluding|apart from|other than|but not|avoid(?:ing)?|can'?t do|can'?t make|cannot do|cannot make|busy)";
// A bare "but" negates a day ("any day but Friday") but not a part of day ("Tuesday, but in the afternoon").
const NEGATED_DAYS = new RegExp(
  `\\b(?:${STRICT_NEGATOR}|but) (?:on )?(?:a |the )?${WEEKDAY_WORD}(?:${LIST_SEPARATOR}(?:on )?(?:a |the )?${WEEKDAY_WORD})*\\b`,
  'g',
);
const NEGATED_PARTS = new RegExp(
  `\\b${STRICT_NEGATOR} (?:in )?(?:a |the )?${PART_WORD}(?:${LIST_SEPARATOR}(?:in )?(?:the )?${PART_WORD})*\\b`,
  'g',
);
const WEEKDAY_WORD_ANYWHERE = new RegExp(`\\b${WEEKDAY_WORD}\\b`, 'g');

const ASAP = new RegExp(
  [
    'asap',
    'a\\.s\\.a\\.p',
    "as soon as (?:possible|poss|you can|there'?s (?:one|a (?:slot|space|gap)))",
    'soonest',
    'earliest',
    'first (?:available|free|slot|appointment|one)',
    'next (?:available|free)',
    'whenever',
    'any ?time',
    'any day',
    "(?:i )?don'?t mind",
    'no preference',
    'not fussy',
    'flexible',
  ]
    .map((phrase) => `\\b${phrase}\\b`)
    .join('|'),
);

const WEEKDAYS_ONLY =
  /\b(?:weekdays?|week days?|during the week|mon(?:day)? ?(?:-|–|to|through|till) ?fri(?:day)?)\b/;
const WEEKENDS_ONLY = /\bweekends?\b/;
const ORDINAL_DAY =
  /\b(?:the )?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/g;

function weekdaysIn(phrase: string): IsoWeekday[] {
  const days = new Set<IsoWeekday>();
  for (const [word] of phrase.matchAll(WEEKDAY_WORD_ANYWHERE)) {
    if (/^weekends?$/.test(word)) WEEKEND.forEach((day) => days.add(day));
    else if (/^week ?days?$/.test(word)) WORKING_WEEK.forEach((day) => days.add(day));
    for (const [day, pattern] of WEEKDAY_PATTERNS) {
      if (new RegExp(`^(?:${pattern})s?$`).test(word)) days.add(day);
    }
  }
  return [...days];
}

function partsOfDayIn(phrase: string): PartOfDay[] {
  const parts: PartOfDay[] = [];
  if (/\bmornings?\b/.test(phrase)) parts.push('morning');
  if (/\bafternoons?\b/.test(phrase)) parts.push('afternoon');
  if (/\bevenings?\b/.test(phrase)) parts.push('evening');
  return parts;
}

export interface EnglishCues {
  readonly asap: boolean;
  readonly negated: readonly TextSpan[];
  readonly excludedWeekdays: readonly IsoWeekday[];
  readonly excludedPartsOfDay: readonly PartOfDay[];
  /** Only these weekdays ("weekdays", "weekends"); empty when not said. */
  readonly onlyWeekdays: readonly IsoWeekday[];
  /** "the 14th" on its own, which the recognizer does not pick up. */
  readonly ordinalDays: readonly (TextSpan & { readonly day: number })[];
}

export function findEnglishCues(text: string): EnglishCues {
  const negated: TextSpan[] = [];
  const excludedWeekdays = new Set<IsoWeekday>();
  const excludedPartsOfDay = new Set<PartOfDay>();
  for (const match of text.matchAll(NEGATED_DAYS)) {
    negated.push({ start: match.index, end: match.index + match[0].length });
    weekdaysIn(match[0]).forEach((day) => excludedWeekdays.add(day));
  }
  for (const match of text.matchAll(NEGATED_PARTS)) {
    negated.push({ start: match.index, end: match.index + match[0].length });
    partsOfDayIn(match[0]).forEach((part) => excludedPartsOfDay.add(part));
  }
  negated.sort((a, b) => a.start - b.start);
  const outside = [...negated]
    .reverse()
    .reduce(
      (rest, span) => rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end),
      text,
    );

  const onlyWeekdays = new Set<IsoWeekday>();
  if (WEEKDAYS_ONLY.test(outside)) WORKING_WEEK.forEach((day) => onlyWeekdays.add(day));
  if (WEEKENDS_ONLY.test(outside)) WEEKEND.forEach((day) => onlyWeekdays.add(day));

  const ordinalDays = [...outside.matchAll(ORDINAL_DAY)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    day: Number(match[1]),
  }));

  return {
    asap: ASAP.test(outside),
    negated,
    excludedWeekdays: [...excludedWeekdays],
    excludedPartsOfDay: [...excludedPartsOfDay],
    onlyWeekdays: [...onlyWeekdays],
    ordinalDays,
  };
}
