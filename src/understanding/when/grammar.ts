// The grammar of "when" in British English: one pass per kind of phrase over the canonical text, each
// taking the words it understood so that later passes cannot read them twice. It finds what was said
// (days, weekdays, clock times, parts of the day, what is ruled out, "asap", how to meet); turning that
// into dates is left to the reader for booking (readWhen) or for a weekly pattern (readAvailability).
import type { BankHolidayCode } from '../../domain/calendar/bankHolidays';
import type { IsoWeekday } from '../../domain/calendar/wallClock';
import type { MeetingMode } from '../../domain/linkWorkers/schema';
import { canonicalText, type CanonicalText, originalSpan } from './canonicalText';
import {
  MONTH_WORDS,
  monthNumber,
  WEEKDAY_WORDS,
  WHEN_LEXICON,
  type WhenLexicon,
  weekdayNumber,
} from './lexicon';

/** A day named relative to the reference date, resolved by the reader. */
export type DayPhrase =
  | { readonly kind: 'today' }
  | { readonly kind: 'offset'; readonly days: number }
  /** "Tuesday": the coming one. */
  | { readonly kind: 'weekday'; readonly weekday: IsoWeekday }
  /** "this Tuesday": this week's, or the coming one if it has gone. */
  | { readonly kind: 'thisWeekday'; readonly weekday: IsoWeekday }
  /** "next Tuesday", "Tuesday next week": the Tuesday of next week. */
  | { readonly kind: 'nextWeekday'; readonly weekday: IsoWeekday }
  /** "Tuesday week", "a week on Tuesday": weeks after the coming one. */
  | { readonly kind: 'weekdayPlusWeeks'; readonly weekday: IsoWeekday; readonly weeks: number }
  /** Days of a week counted from this week (0) as ISO weekdays, e.g. next week Thursday-Friday. */
  | {
      readonly kind: 'weekPart';
      readonly week: number;
      readonly from: IsoWeekday;
      readonly to: IsoWeekday;
      /** "later this week": from tomorrow. */
      readonly afterToday?: true;
    }
  /** "the 15th": the next day with that number. */
  | { readonly kind: 'dayOfMonth'; readonly day: number; readonly until?: number }
  /** "3/12", "3rd December": this year's unless long gone. */
  | { readonly kind: 'dayMonth'; readonly day: number; readonly month: number; readonly year?: number }
  | {
      readonly kind: 'dayMonthRange';
      readonly from: { readonly day: number; readonly month: number };
      readonly to: { readonly day: number; readonly month: number };
    }
  | { readonly kind: 'month'; readonly month: number; readonly part?: 'early' | 'late' }
  | { readonly kind: 'monthOffset'; readonly months: number }
  | { readonly kind: 'holiday'; readonly code: BankHolidayCode }
  /** "the bank holiday": the next one, whichever it is. */
  | { readonly kind: 'nextBankHoliday' }
  | { readonly kind: 'beforeHoliday'; readonly code: BankHolidayCode }
  | { readonly kind: 'afterHoliday'; readonly code: BankHolidayCode }
  | { readonly kind: 'christmasToNewYear' }
  | { readonly kind: 'upTo'; readonly days: number };

export type Phrase =
  | { readonly kind: 'day'; readonly day: DayPhrase }
  /** Every such weekday ("Tuesdays", "weekdays", "Monday to Wednesday"). */
  | { readonly kind: 'weekdays'; readonly weekdays: readonly IsoWeekday[] }
  | { readonly kind: 'exceptWeekdays'; readonly weekdays: readonly IsoWeekday[] }
  /** Minutes of the day, [from, to): parts of the day and named times such as "after work". */
  | { readonly kind: 'part'; readonly from: number; readonly to: number }
  | { readonly kind: 'from'; readonly minute: number }
  | { readonly kind: 'until'; readonly minute: number }
  | { readonly kind: 'range'; readonly from: number; readonly to: number }
  | { readonly kind: 'at'; readonly minute: number }
  | { readonly kind: 'exceptTime'; readonly from: number; readonly to: number }
  /** "except Friday afternoons": a part of some weekdays ruled out. */
  | {
      readonly kind: 'exceptWeekdayTime';
      readonly weekdays: readonly IsoWeekday[];
      readonly from: number;
      readonly to: number;
    }
  /** "this time next week": the present time of day. */
  | { readonly kind: 'now' }
  | { readonly kind: 'asap' }
  | { readonly kind: 'mode'; readonly mode: MeetingMode }
  /** "yesterday", "last Thursday", "earlier today". */
  | { readonly kind: 'past' };

export interface Found {
  readonly phrase: Phrase;
  /** Offsets in the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface GrammarResult {
  readonly found: readonly Found[];
  /** Words that carry meaning and were not understood. */
  readonly leftover: readonly string[];
  /** How many words carried meaning, understood or not. */
  readonly contentWords: number;
}

const HOUR_WORDS: Readonly<Record<string, number>> = {
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
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, ...HOUR_WORDS, couple: 2 };
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/** Token boundaries in the canonical text, where tokens are separated by single spaces. */
const B = '(?<![^ ])';
const E = '(?![^ ])';

function alternatives(phrases: readonly string[], lexicon: WhenLexicon): string {
  return [...new Set(phrases.map((phrase) => canonicalText(phrase, lexicon).text))]
    .filter((phrase) => phrase !== '')
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

const WD = `(?:${WEEKDAY_WORDS.join('|')})`;
const WDS = `(?:${WEEKDAY_WORDS.map((day) => `${day}s`).join('|')})`;
const MONTH = `(?:${MONTH_WORDS.join('|')})`;
const ORD = '(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)';
const ORD_WORD = `(?:${Object.keys(ORDINAL_WORDS).join('|')})`;
const HOUR = `(?:\\d{1,2}|${Object.keys(HOUR_WORDS).join('|')})`;
const MERIDIEM = '(?:am|pm)';
/** A clock time that says it is one: "2pm", "10.30", "half 2", "11ish", "3 o'clock". */
const MARKED_TIME =
  `(?:half (?:past )?${HOUR}|quarter (?:past|to) ${HOUR}|\\d{1,2}[.:]\\d{2}(?: ${MERIDIEM})?|` +
  `${HOUR} (?:${MERIDIEM}|o'clock)(?: ish)?|${HOUR} ish|(?:12 )?(?:noon|midday))`;
const TIME = `(?:${MARKED_TIME}|${HOUR})`;
const NOT_A_TIME_AFTER = `(?! (?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|miles?|people|kids|children|of|${MONTH}|st|nd|rd|th)${E})`;
const DAY_WORD = `(?:${WD}|${WDS}|weekends?|weekdays?)`;
const LIST_JOIN = '(?: (?:,|or|and|nor|and or|to)(?: (?:on|a|the))?)? ';

const minutes = (hour: number, minute: number): number => hour * 60 + minute;

/** A clock time as minutes after midnight, with clinic sense for bare hours: 1-7 afternoon, 8-11 morning. */
export function readClock(text: string): number | undefined {
  const words = text.split(' ');
  const hourOf = (word: string | undefined): number | undefined =>
    word === undefined
      ? undefined
      : (HOUR_WORDS[word] ?? (/^\d{1,2}$/.test(word) ? Number(word) : undefined));
  const clinic = (hour: number, minute: number, meridiem: string | undefined): number | undefined => {
    if (hour > 23 || minute > 59) return undefined;
    if (meridiem === 'pm') return minutes(hour < 12 ? hour + 12 : hour, minute);
    if (meridiem === 'am') return minutes(hour === 12 ? 0 : hour, minute);
    if (hour >= 1 && hour <= 7) return minutes(hour + 12, minute);
    return minutes(hour, minute);
  };
  if (words.includes('noon') || words.includes('midday')) return minutes(12, 0);
  const meridiem = words.find((word) => word === 'am' || word === 'pm');
  if (words[0] === 'half') {
    const hour = hourOf(words[1] === 'past' ? words[2] : words[1]);
    return hour === undefined ? undefined : clinic(hour, 30, meridiem);
  }
  if (words[0] === 'quarter') {
    const hour = hourOf(words[2]);
    if (hour === undefined) return undefined;
    return words[1] === 'past'
      ? clinic(hour, 15, meridiem)
      : clinic(hour === 1 ? 12 : hour - 1, 45, meridiem);
  }
  const [first = ''] = words;
  const dotted = /^(\d{1,2})[.:](\d{2})$/.exec(first);
  if (dotted) return clinic(Number(dotted[1]), Number(dotted[2]), meridiem);
  const hour = hourOf(first);
  return hour === undefined ? undefined : clinic(hour, 0, meridiem);
}

interface Rule {
  readonly pattern: RegExp;
  /** The phrases a match says, or null when it does not say one after all. */
  readonly read: (match: RegExpExecArray, canonical: string) => readonly Phrase[] | null;
}

const at = (phrase: Phrase): readonly Phrase[] => [phrase];
const dayOf = (day: DayPhrase): readonly Phrase[] => [{ kind: 'day', day }];
const clock = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : readClock(text);
const weekdayOf = (word: string | undefined): IsoWeekday => weekdayNumber(word ?? '') ?? 1;
const ordinal = (text: string | undefined): number => {
  if (text === undefined) return 0;
  return ORDINAL_WORDS[text] ?? Number(/^\d+/.exec(text)?.[0] ?? '0');
};
const monthOf = (word: string | undefined): number => monthNumber(word ?? '') ?? 0;
const countOf = (word: string | undefined): number =>
  word === undefined ? 0 : (NUMBER_WORDS[word] ?? (Number.isInteger(Number(word)) ? Number(word) : 0));

function daysIn(phrase: string): IsoWeekday[] {
  const days = new Set<IsoWeekday>();
  const words = phrase.split(' ');
  words.forEach((word, index) => {
    // "Monday to Friday": every day between.
    const from = weekdayNumber(words[index - 1] ?? '');
    const to = weekdayNumber(words[index + 1] ?? '');
    if (word === 'to' && from !== undefined && to !== undefined)
      weekdayRange(from, to).forEach((day) => days.add(day));
  });
  for (const word of words) {
    if (/^weekends?$/.test(word)) [6, 7].forEach((day) => days.add(day as IsoWeekday));
    else if (/^weekdays?$/.test(word)) [1, 2, 3, 4, 5].forEach((day) => days.add(day as IsoWeekday));
    else {
      const day = weekdayNumber(word);
      if (day !== undefined) days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b);
}

function weekdayRange(from: IsoWeekday, to: IsoWeekday): IsoWeekday[] {
  const days: IsoWeekday[] = [];
  for (let day = from; ; day = ((day % 7) + 1) as IsoWeekday) {
    days.push(day);
    if (day === to || days.length === 7) break;
  }
  return days;
}

const PARTS: Readonly<Record<string, readonly [number, number]>> = {
  morning: [0, 12 * 60],
  afternoon: [12 * 60, 17 * 60],
  evening: [17 * 60, 24 * 60],
};
function partOf(word: string): readonly [number, number] {
  const singular = word.replace(/s$/, '');
  if (singular === 'am') return PARTS.morning ?? [0, 0];
  if (singular === 'pm') return PARTS.afternoon ?? [0, 0];
  if (singular === 'eve' || singular === 'tonight' || singular === 'night') return PARTS.evening ?? [0, 0];
  if (singular === 'daytime' || singular === 'day') return [8 * 60, 17 * 60];
  return PARTS[singular] ?? [0, 0];
}
const PART_WORD = '(?:mornings?|afternoons?|evenings?|eve|nights?|daytimes?)';

function buildRules(lexicon: WhenLexicon): Rule[] {
  const rules: Rule[] = [];
  const rule = (source: string, read: Rule['read']): void => {
    rules.push({ pattern: new RegExp(`${B}(?:${source})${E}`, 'g'), read });
  };

  // How to meet.
  for (const [mode, phrases] of lexicon.modes) {
    rule(alternatives(phrases, lexicon), () => at({ kind: 'mode', mode }));
  }

  // Holidays and days named by the calendar.
  const holidayPhrase = (code: BankHolidayCode): string =>
    alternatives(
      lexicon.holidays.filter((holiday) => holiday.code === code).map((holiday) => holiday.phrase),
      lexicon,
    );
  rule(
    `(?:between|from) (?:christmas|${holidayPhrase('christmasDay')}|${holidayPhrase('boxingDay')}) (?:and|to) (?:the )?new year(?:'s)?(?: (?:eve|day))?`,
    () => dayOf({ kind: 'christmasToNewYear' }),
  );
  rule(`(?:(?:some ?time|any ?time|anytime) )?before (?:${holidayPhrase('christmasDay')})`, () =>
    dayOf({ kind: 'beforeHoliday', code: 'christmasDay' }),
  );
  rule(
    `(?:(?:some ?time|any ?time|anytime) )?after (?:${holidayPhrase('christmasDay')}|${holidayPhrase('boxingDay')})`,
    () => dayOf({ kind: 'afterHoliday', code: 'boxingDay' }),
  );
  for (const named of lexicon.namedDates) {
    rule(alternatives([named.phrase], lexicon), () =>
      dayOf({ kind: 'dayMonth', day: named.day, month: named.month }),
    );
  }
  for (const holiday of [...lexicon.holidays].sort((a, b) => b.phrase.length - a.phrase.length)) {
    rule(`(?:the )?${alternatives([holiday.phrase], lexicon)}`, () =>
      dayOf({ kind: 'holiday', code: holiday.code }),
    );
  }
  // "the bank holiday", "bank holiday Monday": the next one, whichever it is.
  rule('(?:the |next |this )?bank hol(?:iday)?(?: monday)?|(?:the )?bank holiday weekend', () =>
    dayOf({ kind: 'nextBankHoliday' }),
  );

  // Days and parts of the day ruled out.
  const excluders = alternatives(lexicon.dayExcluders, lexicon);
  rule(
    `(?:except|excluding|apart from|other than|but not|not|no) (?:on )?(?:the )?(${DAY_WORD}(?:${LIST_JOIN}${DAY_WORD})*) (${PART_WORD})`,
    (match) => {
      const [from, to] = partOf(match[2] ?? '');
      return at({ kind: 'exceptWeekdayTime', weekdays: daysIn(match[1] ?? ''), from, to });
    },
  );
  rule(
    `(?:${excluders}) (?:on |a |the |any )?(${DAY_WORD}(?:${LIST_JOIN}(?:on |a |the )?${DAY_WORD})*)`,
    (match, canonical) => {
      // "any day but Friday" and "but not Friday" rule a day out; a lone "but" before a day does not.
      if (
        /^but (?!not)/.test(match[0]) &&
        !/(?:day|time|week|whenever) $/.test(canonical.slice(0, match.index))
      )
        return null;
      return at({ kind: 'exceptWeekdays', weekdays: daysIn(match[1] ?? '') });
    },
  );
  rule(
    `(${DAY_WORD}(?:${LIST_JOIN}${DAY_WORD})*) (?:${alternatives(lexicon.afterExclusion, lexicon)})`,
    (match) => at({ kind: 'exceptWeekdays', weekdays: daysIn(match[1] ?? '') }),
  );
  rule(
    `(?:not|no|never|except|excluding|apart from|other than|but not|cannot do) (?:in )?(?:the )?(${PART_WORD}(?:${LIST_JOIN}(?:in )?(?:the )?${PART_WORD})*)`,
    (match) =>
      (match[1] ?? '')
        .split(' ')
        .filter((word) => new RegExp(`^${PART_WORD}$`).test(word))
        .map((word) => {
          const [from, to] = partOf(word);
          return { kind: 'exceptTime', from, to } as Phrase;
        }),
  );
  rule(`(?:i )?(?:work|working|am on|'m on) (nights|evenings|mornings|afternoons|days)`, (match) => {
    // Night shifts are after the evening a practice or a group would offer.
    const [from, to] = /^night/.test(match[1] ?? '') ? [21 * 60, 24 * 60] : partOf(match[1] ?? '');
    return at({ kind: 'exceptTime', from, to });
  });
  rule(`(?:not|no|never|not before) (?:this week|today|tomorrow|this month)`, () => []);
  rule(`(${PART_WORD}) (?:${alternatives(lexicon.afterExclusion, lexicon)})`, (match) => {
    const [from, to] = partOf(match[1] ?? '');
    return at({ kind: 'exceptTime', from, to });
  });

  // Clock times: ranges first, then open ends, then single times; named times before all of them.
  for (const named of [...lexicon.namedTimes].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const fromMinute = named.from ? minutesOfClock(named.from) : undefined;
    const untilMinute = named.until ? minutesOfClock(named.until) : undefined;
    const atMinute = named.at ? minutesOfClock(named.at) : undefined;
    rule(
      `(?:(?:any ?time|anytime|at|in the|during the|over) )?${alternatives([named.phrase], lexicon)}`,
      () => {
        if (atMinute !== undefined) return at({ kind: 'at', minute: atMinute });
        return at({ kind: 'part', from: fromMinute ?? 0, to: untilMinute ?? 24 * 60 });
      },
    );
  }
  const range = (match: RegExpExecArray): readonly Phrase[] | null => {
    const from = clock(match[1]);
    let to = clock(match[2]);
    if (from === undefined || to === undefined) return null;
    // "10 to 2", "9 to 5": a bare end hour after a morning start is in the afternoon already.
    if (to <= from && to + 12 * 60 < 24 * 60 && !/am|pm/.test(match[2] ?? '')) to += 12 * 60;
    return to > from ? at({ kind: 'range', from, to }) : null;
  };
  rule(`i (?:work|am at work|'m at work) (?:from )?(${TIME}) (?:to|until|and) (${TIME})`, (match) => {
    const read = range(match);
    const first = read?.[0];
    return first && first.kind === 'range'
      ? at({ kind: 'exceptTime', from: first.from, to: first.to })
      : null;
  });
  // "I'm at work till 6", "I finish at 5": free from then.
  rule(
    `(?:i'm |i am |im )?(?:at work|working|in work|at college|at school) (?:until|to) (${TIME})|(?:i )?(?:finish|get off|get home|get back)(?: work)? (?:at |about |around )?(${TIME})`,
    (match) => {
      const minute = clock(match[1] ?? match[2]);
      return minute === undefined ? null : at({ kind: 'from', minute });
    },
  );
  rule(`between (${TIME}) (?:and|to|until|or) (${TIME})${NOT_A_TIME_AFTER}`, range);
  rule(`(?:from )?(${TIME}) (?:to|until) (${TIME})${NOT_A_TIME_AFTER}`, range);
  const fromWords =
    'not before|no earlier than|not earlier than|nothing before|any ?time after|anytime after|any time from|anytime from|after|from|as from|starting(?: at| from)?|not until|since|later than';
  const untilWords =
    'before|by|until|up to|up until|not after|no later than|not later than|nothing after|latest|at the latest by|earlier than';
  // One rule for both, so that the leftmost words win: "not after 3" is until 3, not after 3.
  rule(`(?:(${fromWords})|${untilWords}) (?:about )?(${TIME})${NOT_A_TIME_AFTER}`, (match) => {
    const minute = clock(match[2]);
    if (minute === undefined) return null;
    return at(match[1] !== undefined ? { kind: 'from', minute } : { kind: 'until', minute });
  });
  rule(`(${TIME}) (?:onwards|onward|on wards|or later|or after|and after|and later|plus|\\+)`, (match) => {
    const minute = clock(match[1]);
    return minute === undefined ? null : at({ kind: 'from', minute });
  });
  rule(`(${TIME}) (?:at the latest|latest|or earlier|or before)`, (match) => {
    const minute = clock(match[1]);
    return minute === undefined ? null : at({ kind: 'until', minute });
  });
  rule(
    `(?:(?:at|@|for|say|at about|about|ideally|preferably) )(${TIME})${NOT_A_TIME_AFTER}(?: or (${TIME}))?`,
    (match) => {
      const first = clock(match[1]);
      if (first === undefined) return null;
      const second = clock(match[2]);
      return second === undefined
        ? at({ kind: 'at', minute: first })
        : [
            { kind: 'at', minute: first },
            { kind: 'at', minute: second },
          ];
    },
  );
  rule(`(${MARKED_TIME})`, (match) => {
    const minute = clock(match[1]);
    return minute === undefined ? null : at({ kind: 'at', minute });
  });
  // A bare hour straight after a day ("Friday 9", "tomorrow 10").
  rule(`(?<=(?:${WD}|tomorrow|today|${ORD}) )(${HOUR})${NOT_A_TIME_AFTER}`, (match) => {
    if (/^\d+$/.test(match[1] ?? '') && Number(match[1]) > 12) return null;
    const minute = clock(match[1]);
    return minute === undefined ? null : at({ kind: 'at', minute });
  });
  rule('(?:this|same) time next week', () => [
    { kind: 'day', day: { kind: 'offset', days: 7 } },
    { kind: 'now' },
  ]);
  rule('this time', () => at({ kind: 'now' }));

  // Whole answers that leave the day open, and past days.
  rule(alternatives(lexicon.asap, lexicon), () => at({ kind: 'asap' }));
  rule(`yesterday|last (?:${WD}|week|night|month)|earlier (?:today|on)|the other day`, () =>
    at({ kind: 'past' }),
  );

  // Dates written out.
  rule('(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?', (match) => {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const year =
      match[3] === undefined ? undefined : Number(match[3].length === 2 ? `20${match[3]}` : match[3]);
    return dayOf({ kind: 'dayMonth', day, month, ...(year !== undefined ? { year } : {}) });
  });
  rule('(\\d{4})-(\\d{2})-(\\d{2})', (match) =>
    dayOf({ kind: 'dayMonth', day: Number(match[3]), month: Number(match[2]), year: Number(match[1]) }),
  );
  const dayNumber = `(?:the )?(${ORD}|${ORD_WORD}|[1-9]|[12]\\d|3[01])`;
  rule(
    `(?:from |between )?(?:${WD} )?(?:the )?(${ORD}|[1-9]|[12]\\d|3[01]) (?:to|and|until) (?:${WD} )?(?:the )?(${ORD}|[1-9]|[12]\\d|3[01])(?: (?:of )?(${MONTH}))?`,
    (match) => {
      const from = ordinal(match[1]);
      const to = ordinal(match[2]);
      if (!/\D/.test(match[1] ?? '') && !/\D/.test(match[2] ?? '') && match[3] === undefined) return null;
      if (to < from || to > 31) return null;
      const month = match[3] === undefined ? undefined : monthOf(match[3]);
      return month === undefined
        ? dayOf({ kind: 'dayOfMonth', day: from, until: to })
        : dayOf({ kind: 'dayMonthRange', from: { day: from, month }, to: { day: to, month } });
    },
  );
  rule(`(?:${WD} (?:, )?)?${dayNumber} (?:of )?(${MONTH})`, (match) =>
    dayOf({ kind: 'dayMonth', day: ordinal(match[1]), month: monthOf(match[2]) }),
  );
  rule(`(?:${WD} (?:, )?)?(${MONTH}) (?:the )?(${ORD}|${ORD_WORD}|[1-9]|[12]\\d|3[01])`, (match) =>
    dayOf({ kind: 'dayMonth', day: ordinal(match[2]), month: monthOf(match[1]) }),
  );
  rule(
    `(?:${WD} (?:, )?)(?:the )?(${ORD}|${ORD_WORD}|[1-9]|[12]\\d|3[01])${NOT_A_TIME_AFTER}(?! (?:${MERIDIEM}|o'clock|ish|to|until))`,
    (match) => {
      // "Friday 9" is a time; "Friday 16th" and "Wed 23" are dates.
      if (/^\d+$/.test(match[1] ?? '') && Number(match[1]) <= 12) return null;
      return dayOf({ kind: 'dayOfMonth', day: ordinal(match[1]) });
    },
  );
  rule(`the (${ORD}|${ORD_WORD})|(${ORD})`, (match) =>
    dayOf({ kind: 'dayOfMonth', day: ordinal(match[1] ?? match[2]) }),
  );

  // Days counted from today.
  rule(
    `(?:a |one )?week (?:on|from|after) (?:this |next )?(${WD})|(?:a |one )?week (${WD})|(${WD}) week`,
    (match) =>
      dayOf({ kind: 'weekdayPlusWeeks', weekday: weekdayOf(match[1] ?? match[2] ?? match[3]), weeks: 1 }),
  );
  rule(
    `(?:a |one )?fortnight (?:on|from|after) (${WD})|(${WD}) fortnight|(?:two|2) weeks (?:on|from) (${WD})`,
    (match) =>
      dayOf({ kind: 'weekdayPlusWeeks', weekday: weekdayOf(match[1] ?? match[2] ?? match[3]), weeks: 2 }),
  );
  rule(`(?:the )?(${WD}) after next`, (match) =>
    dayOf({ kind: 'weekdayPlusWeeks', weekday: weekdayOf(match[1]), weeks: 1 }),
  );
  rule("(?:a |one )?week (?:today|from today)|(?:in )?(?:a |one )?week's time", () =>
    dayOf({ kind: 'offset', days: 7 }),
  );
  rule('(?:a |one )?week (?:tomorrow|from tomorrow)', () => dayOf({ kind: 'offset', days: 8 }));
  rule(
    "(?:a fortnight|two weeks|2 weeks) (?:today|from today)|(?:in )?(?:a )?fortnight(?:'s time)?|in two weeks|in 2 weeks",
    () => dayOf({ kind: 'offset', days: 14 }),
  );
  rule(
    '(?:in|within) (?:a )?(a|an|one|two|three|four|five|six|seven|couple|\\d{1,2})(?: of)? (days?|weeks?)(?: time)?',
    (match) => {
      const count = countOf(match[1]);
      if (count <= 0) return null;
      return dayOf({ kind: 'offset', days: /^week/.test(match[2] ?? '') ? count * 7 : count });
    },
  );
  rule(`(?:on )?(${WD}) (?:of )?next week|next week(?: on)?(?: the)? (${WD})`, (match) =>
    dayOf({ kind: 'nextWeekday', weekday: weekdayOf(match[1] ?? match[2]) }),
  );
  rule(`(?:on )?(${WD}) (?:of )?this week|this week(?: on)?(?: the)? (${WD})`, (match) =>
    dayOf({ kind: 'thisWeekday', weekday: weekdayOf(match[1] ?? match[2]) }),
  );
  rule(`(?:this|this coming|coming|the coming|this next) (${WD})`, (match) =>
    dayOf({ kind: 'thisWeekday', weekday: weekdayOf(match[1]) }),
  );
  rule(`(?:next|the following) (${WD})`, (match) =>
    dayOf({ kind: 'nextWeekday', weekday: weekdayOf(match[1]) }),
  );
  rule(
    '(?:the )?(?:very )?end of (?:the |this )?week|(?:the )?(?:back end|latter part) of (?:the |this )?week',
    () => dayOf({ kind: 'weekPart', week: 0, from: 4, to: 5 }),
  );
  rule(
    '(?:the )?(?:very )?end of next week|(?:the )?(?:back end|latter part) of next week|late next week|later next week',
    () => dayOf({ kind: 'weekPart', week: 1, from: 4, to: 5 }),
  );
  rule(
    '(?:the )?(?:beginning|start) of next week|early next week|(?:the )?first (?:part|half) of next week',
    () => dayOf({ kind: 'weekPart', week: 1, from: 1, to: 2 }),
  );
  rule('(?:the )?(?:beginning|start) of (?:the |this )?week|early (?:this|in the) week', () =>
    dayOf({ kind: 'weekPart', week: 0, from: 1, to: 2 }),
  );
  rule('(?:the )?middle of next week|mid ?week next week|midweek next week', () =>
    dayOf({ kind: 'weekPart', week: 1, from: 2, to: 4 }),
  );
  rule('later (?:this|in the|on in the) week|later on this week', () =>
    dayOf({ kind: 'weekPart', week: 0, from: 1, to: 5, afterToday: true }),
  );
  rule('(?:the )?week after next|(?:the )?following week|(?:the )?week after', () =>
    dayOf({ kind: 'weekPart', week: 2, from: 1, to: 7 }),
  );
  rule('(?:any ?time |anytime |some ?time |any day |sometime )?next week|nxt week', () =>
    dayOf({ kind: 'weekPart', week: 1, from: 1, to: 7 }),
  );
  rule(
    '(?:any ?time |anytime |some ?time |any day |sometime )?this week|(?:all|rest of the|the rest of the) week',
    () => dayOf({ kind: 'weekPart', week: 0, from: 1, to: 7 }),
  );
  rule('next weekend', () => dayOf({ kind: 'weekPart', week: 1, from: 6, to: 7 }));
  rule('(?:this |the |over the )?weekend', () => dayOf({ kind: 'weekPart', week: 0, from: 6, to: 7 }));
  rule(
    '(?:in )?(?:the )?next (?:few|couple of|couple|2|two|3|three) days|(?:the )?next day or (?:two|2)|(?:in )?a (?:few|couple of) days',
    () => dayOf({ kind: 'upTo', days: 3 }),
  );
  rule('(?:the )?day after tomorrow', () => dayOf({ kind: 'offset', days: 2 }));
  rule('tomorrow', () => dayOf({ kind: 'offset', days: 1 }));
  rule('tonight', () => [
    { kind: 'day', day: { kind: 'today' } },
    { kind: 'part', from: 17 * 60, to: 24 * 60 },
  ]);
  rule(`this (morning|afternoon|evening)`, (match) => {
    const [from, to] = partOf(match[1] ?? '');
    return [
      { kind: 'day', day: { kind: 'today' } },
      { kind: 'part', from, to },
    ];
  });
  rule('today|later today|later on', () => dayOf({ kind: 'today' }));
  rule('next month', () => dayOf({ kind: 'monthOffset', months: 1 }));
  rule(`(early|beginning of|start of|late|end of|the end of|in|during|mid|middle of) (${MONTH})`, (match) => {
    const part =
      match[1] === undefined
        ? undefined
        : /early|beginning|start/.test(match[1])
          ? 'early'
          : /late|end/.test(match[1])
            ? 'late'
            : undefined;
    return dayOf({ kind: 'month', month: monthOf(match[2]), ...(part ? { part } : {}) });
  });
  rule(`(${MONTH.replace('may|', '')})`, (match) => dayOf({ kind: 'month', month: monthOf(match[1]) }));

  // Weekly patterns, then single weekdays.
  rule(`(?:from )?(${WD}) to (${WD})`, (match) =>
    at({ kind: 'weekdays', weekdays: weekdayRange(weekdayOf(match[1]), weekdayOf(match[2])) }),
  );
  rule('weekdays?|week days?|during the week|in the week|working week|work days|workdays|mid ?week', () =>
    at({ kind: 'weekdays', weekdays: [1, 2, 3, 4, 5] }),
  );
  rule('weekends?', () => at({ kind: 'weekdays', weekdays: [6, 7] }));
  rule(`(?:on |every |any )?(${WDS})|(?:every|any|a|on a) (${WD})`, (match) =>
    at({ kind: 'weekdays', weekdays: [weekdayOf(match[1] ?? match[2])] }),
  );
  rule(`(?:on )?(${WD}) (mornings|afternoons|evenings)`, (match) => {
    const [from, to] = partOf(match[2] ?? '');
    return [
      { kind: 'weekdays', weekdays: [weekdayOf(match[1])] },
      { kind: 'part', from, to },
    ];
  });
  rule(`(?:on )?(${WD})`, (match) => dayOf({ kind: 'weekday', weekday: weekdayOf(match[1]) }));

  // Parts of the day.
  rule(
    `(?:in the |any |every |of a |on a )?(${PART_WORD}|am|pm)(?<!(?:christmas|new year's|new years) eve)`,
    (match) => {
      const word = match[1] ?? '';
      // "I am free", "when am I seeing her": "am" is a part of the day only as a word of its own.
      if (word === 'am' && /(?:^| )i $/.test(match.input.slice(0, match.index))) return null;
      if (word === 'am' && /^ i(?: |$)/.test(match.input.slice(match.index + match[0].length))) return null;
      const [from, to] = partOf(word);
      return at({ kind: 'part', from, to });
    },
  );
  rule('(?:any ?time|anytime|all day|any time of day|whole day)', () => []);
  return rules;
}

function minutesOfClock(text: string): number {
  const [hours = '0', mins = '0'] = text.split(':');
  return Number(hours) * 60 + Number(mins);
}

let cached: { lexicon: WhenLexicon; rules: readonly Rule[] } | undefined;

function rulesFor(lexicon: WhenLexicon): readonly Rule[] {
  if (cached?.lexicon !== lexicon) cached = { lexicon, rules: buildRules(lexicon) };
  return cached.rules;
}

/** Reads what a reply says about when, in order of where it was said. */
export function readWhenPhrases(text: string, lexicon: WhenLexicon = WHEN_LEXICON): GrammarResult {
  const canonical: CanonicalText = canonicalText(text, lexicon);
  let work = canonical.text;
  const found: (Found & { at: number })[] = [];
  for (const { pattern, read } of rulesFor(lexicon)) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(work); match; match = pattern.exec(work)) {
      if (match[0] === '') {
        pattern.lastIndex += 1;
        continue;
      }
      const phrases = read(match, canonical.text);
      if (phrases === null) {
        pattern.lastIndex = match.index + 1;
        continue;
      }
      const span = originalSpan(canonical, match.index, match.index + match[0].length);
      for (const phrase of phrases) found.push({ phrase, ...span, at: match.index });
      work =
        work.slice(0, match.index) +
        match[0].replace(/[^ ]/g, '#') +
        work.slice(match.index + match[0].length);
      pattern.lastIndex = match.index + match[0].length;
    }
  }
  const left = work.split(' ');
  const leftover = left.filter((word) => /^[a-z0-9]/.test(word) && !lexicon.filler.has(word));
  const understood = left.filter((word) => word.startsWith('#')).length;
  return {
    found: found.sort((a, b) => a.at - b.at).map(({ phrase, start, end }) => ({ phrase, start, end })),
    leftover,
    contentWords: leftover.length + understood,
  };
}
