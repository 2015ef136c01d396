// The words for "when" (src/understanding/data/when.en-GB.json), checked once at load and turned into
// the lookup tables and pattern pieces the grammar uses.
import { z } from 'zod';
import type { BankHolidayCode } from '../../domain/calendar/bankHolidays';
import type { IsoWeekday, LocalTime } from '../../domain/calendar/wallClock';
import type { MeetingMode } from '../../domain/linkWorkers/schema';
import raw from '../data/when.en-GB.json';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const HOLIDAY_CODES = [
  'newYearsDay',
  'goodFriday',
  'easterMonday',
  'earlyMay',
  'spring',
  'summer',
  'christmasDay',
  'boxingDay',
  'stPatricksDay',
  'stAndrewsDay',
] as const satisfies readonly BankHolidayCode[];

const lexiconSchema = z.object({
  about: z.string(),
  weekdays: z.record(z.string(), z.array(z.string())),
  pluralWeekdays: z.record(z.string(), z.array(z.string())),
  months: z.record(z.string(), z.array(z.string())),
  words: z.record(z.string(), z.array(z.string())),
  asap: z.array(z.string()),
  modes: z.object({
    phone: z.array(z.string()),
    video: z.array(z.string()),
    inPerson: z.array(z.string()),
  }),
  namedTimes: z.array(
    z.object({ phrase: z.string(), from: clock.optional(), until: clock.optional(), at: clock.optional() }),
  ),
  holidays: z.array(z.object({ phrase: z.string(), code: z.enum(HOLIDAY_CODES) })),
  namedDates: z.array(
    z.object({
      phrase: z.string(),
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(31),
    }),
  ),
  dayExcluders: z.array(z.string()),
  afterExclusion: z.array(z.string()),
  filler: z.array(z.string()),
});

export const WEEKDAY_WORDS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export const MONTH_WORDS = [
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
] as const;

export interface NamedTime {
  readonly phrase: string;
  readonly from?: LocalTime | undefined;
  readonly until?: LocalTime | undefined;
  readonly at?: LocalTime | undefined;
}

export interface WhenLexicon {
  /** Every known spelling to its canonical word (weekdays singular "monday", plural "mondays"). */
  readonly canonical: ReadonlyMap<string, string>;
  readonly asap: readonly string[];
  readonly modes: readonly (readonly [MeetingMode, readonly string[]])[];
  readonly namedTimes: readonly NamedTime[];
  readonly holidays: readonly { readonly phrase: string; readonly code: BankHolidayCode }[];
  readonly namedDates: readonly { readonly phrase: string; readonly month: number; readonly day: number }[];
  readonly dayExcluders: readonly string[];
  readonly afterExclusion: readonly string[];
  readonly filler: ReadonlySet<string>;
}

export function weekdayNumber(word: string): IsoWeekday | undefined {
  const singular = word.replace(/s$/, '');
  const index = WEEKDAY_WORDS.indexOf(singular as (typeof WEEKDAY_WORDS)[number]);
  return index < 0 ? undefined : ((index + 1) as IsoWeekday);
}

export function monthNumber(word: string): number | undefined {
  const index = MONTH_WORDS.indexOf(word as (typeof MONTH_WORDS)[number]);
  return index < 0 ? undefined : index + 1;
}

function build(): WhenLexicon {
  const data = lexiconSchema.parse(raw);
  const canonical = new Map<string, string>();
  const add = (target: string, spellings: readonly string[]) =>
    spellings.forEach((spelling) => canonical.set(spelling.toLowerCase(), target));
  Object.entries(data.words).forEach(([target, spellings]) => add(target, spellings));
  Object.entries(data.months).forEach(([target, spellings]) => add(target, spellings));
  Object.entries(data.weekdays).forEach(([target, spellings]) => add(target, spellings));
  Object.entries(data.pluralWeekdays).forEach(([target, spellings]) => add(`${target}s`, spellings));
  return {
    canonical,
    asap: data.asap,
    modes: [
      ['phone', data.modes.phone],
      ['video', data.modes.video],
      ['inPerson', data.modes.inPerson],
    ],
    namedTimes: data.namedTimes,
    holidays: data.holidays,
    namedDates: data.namedDates,
    dayExcluders: data.dayExcluders,
    afterExclusion: data.afterExclusion,
    filler: new Set(data.filler),
  };
}

export const WHEN_LEXICON: WhenLexicon = build();
