import { z } from 'zod';
import { BANK_HOLIDAY_ONE_OFFS } from './bankHolidayOneOffs';
import {
  addLocalDays,
  isLocalDate,
  isoWeekdayOf,
  isWeekend,
  type LocalDate,
  localDateFromParts,
  localDateParts,
} from './wallClock';

/**
 * UK bank holidays, worked out by rule for any year and corrected by a list of one-off changes, with an
 * optional GOV.UK bank-holidays.json that overrides both for the years it covers.
 *
 * Rules (Banking and Financial Dealings Act 1971 and the yearly proclamations, as GOV.UK lists them):
 * every division has New Year's Day, Good Friday, the early May (first Monday), spring (last Monday of
 * May) and summer holidays, Christmas Day and Boxing Day. England and Wales and Northern Ireland add
 * Easter Monday and keep summer on the last Monday of August; Scotland keeps it on the first Monday and
 * adds 2 January and St Andrew's Day (30 November); Northern Ireland adds St Patrick's Day (17 March)
 * and the Battle of the Boyne (12 July). A fixed-date holiday at a weekend is kept on the next weekday
 * that is not already a holiday.
 */

export const BANK_HOLIDAY_DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type BankHolidayDivision = (typeof BANK_HOLIDAY_DIVISIONS)[number];

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

export function divisionOf(nation: Nation): BankHolidayDivision {
  if (nation === 'scotland' || nation === 'northern-ireland') return nation;
  return 'england-and-wales';
}

export type BankHolidayCode =
  | 'newYearsDay'
  | 'secondJanuary'
  | 'stPatricksDay'
  | 'goodFriday'
  | 'easterMonday'
  | 'earlyMay'
  | 'spring'
  | 'battleOfTheBoyne'
  | 'summer'
  | 'stAndrewsDay'
  | 'christmasDay'
  | 'boxingDay'
  | 'millennium'
  | 'royalWedding'
  | 'diamondJubilee'
  | 'platinumJubilee'
  | 'stateFuneral'
  | 'coronation'
  | 'worldCup'
  /** A day from a GOV.UK file that matches no rule or known one-off. */
  | 'other';

export interface BankHoliday {
  readonly date: LocalDate;
  readonly code: BankHolidayCode;
  /** True when the holiday proper falls at a weekend and this weekday is kept instead. */
  readonly substitute: boolean;
  readonly source: 'rule' | 'oneOff' | 'govUk';
  /** The title as GOV.UK published it; only for days read from a GOV.UK file. */
  readonly title?: string;
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDateFromParts(year, month, day);
}

function firstMonday(year: number, month: number): LocalDate {
  const first = localDateFromParts(year, month, 1);
  return addLocalDays(first, (8 - isoWeekdayOf(first)) % 7);
}

function lastMonday(year: number, month: number): LocalDate {
  const last = localDateFromParts(year, month + 1, 0);
  return addLocalDays(last, -((isoWeekdayOf(last) - 1 + 7) % 7));
}

interface NaturalDay {
  code: BankHolidayCode;
  date: LocalDate;
}

function naturalDays(division: BankHolidayDivision, year: number): NaturalDay[] {
  const easter = easterSunday(year);
  const on = (month: number, day: number): LocalDate => localDateFromParts(year, month, day);
  const days: NaturalDay[] = [
    { code: 'newYearsDay', date: on(1, 1) },
    { code: 'goodFriday', date: addLocalDays(easter, -2) },
    { code: 'earlyMay', date: firstMonday(year, 5) },
    { code: 'spring', date: lastMonday(year, 5) },
    { code: 'christmasDay', date: on(12, 25) },
    { code: 'boxingDay', date: on(12, 26) },
  ];
  if (division === 'scotland') {
    days.push(
      { code: 'secondJanuary', date: on(1, 2) },
      { code: 'summer', date: firstMonday(year, 8) },
      { code: 'stAndrewsDay', date: on(11, 30) },
    );
  } else {
    days.push(
      { code: 'easterMonday', date: addLocalDays(easter, 1) },
      { code: 'summer', date: lastMonday(year, 8) },
    );
  }
  if (division === 'northern-ireland') {
    days.push({ code: 'stPatricksDay', date: on(3, 17) }, { code: 'battleOfTheBoyne', date: on(7, 12) });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Days that fall on a weekday are kept first, so that a weekend holiday's substitute skips them: when
 * Christmas is a Sunday, Boxing Day keeps Monday 26th and Christmas moves to Tuesday 27th.
 */
function observe(days: readonly NaturalDay[]): BankHoliday[] {
  const taken = new Set(days.filter((day) => !isWeekend(day.date)).map((day) => day.date));
  return days.map((day) => {
    if (!isWeekend(day.date)) return { date: day.date, code: day.code, substitute: false, source: 'rule' };
    let date = addLocalDays(day.date, 1);
    while (isWeekend(date) || taken.has(date)) date = addLocalDays(date, 1);
    taken.add(date);
    return { date, code: day.code, substitute: true, source: 'rule' };
  });
}

/**
 * GOV.UK names the Scottish pair differently from the Christmas pair: when 1 January is a Sunday,
 * Monday 2nd is "New Year's Day (substitute day)" and Tuesday 3rd is "2nd January (substitute day)".
 * The dates are the same either way; the codes follow GOV.UK.
 */
function relabelScottishNewYear(holidays: BankHoliday[], year: number): BankHoliday[] {
  if (isoWeekdayOf(localDateFromParts(year, 1, 1)) !== 7) return holidays;
  return holidays.map((holiday) => {
    if (holiday.date === localDateFromParts(year, 1, 2))
      return { ...holiday, code: 'newYearsDay', substitute: true };
    if (holiday.date === localDateFromParts(year, 1, 3))
      return { ...holiday, code: 'secondJanuary', substitute: true };
    return holiday;
  });
}

function applyOneOffs(holidays: BankHoliday[], division: BankHolidayDivision, year: number): BankHoliday[] {
  let result = holidays;
  for (const oneOff of BANK_HOLIDAY_ONE_OFFS) {
    if (!oneOff.divisions.includes(division)) continue;
    const change = oneOff.change;
    if (change.kind === 'add' && localDateParts(change.date).year === year) {
      result = [...result, { date: change.date, code: change.code, substitute: false, source: 'oneOff' }];
    }
    if (change.kind === 'move' && change.year === year) {
      result = result.map((holiday) =>
        holiday.code === change.code
          ? { ...holiday, date: change.to, substitute: false, source: 'oneOff' }
          : holiday,
      );
    }
  }
  return result;
}

function byDate(a: BankHoliday, b: BankHoliday): number {
  return a.date.localeCompare(b.date);
}

/** The bank holidays of one division in one year from the rules and the one-off list (no GOV.UK file). */
export function computeBankHolidays(division: BankHolidayDivision, year: number): BankHoliday[] {
  let holidays = observe(naturalDays(division, year));
  if (division === 'scotland') holidays = relabelScottishNewYear(holidays, year);
  return applyOneOffs(holidays, division, year).sort(byDate);
}

// ---------------------------------------------------------------------------------------------------
// GOV.UK bank-holidays.json

const govUkEventSchema = z.object({
  title: z.string(),
  date: z.string().refine(isLocalDate, { message: 'expected a date as YYYY-MM-DD' }),
  notes: z.string(),
  bunting: z.boolean(),
});

const govUkDivisionSchema = z.object({
  division: z.string(),
  events: z.array(govUkEventSchema),
});

/** The shape of https://www.gov.uk/bank-holidays.json. A file may carry only some divisions. */
export const govUkBankHolidaysSchema = z
  .object({
    'england-and-wales': govUkDivisionSchema.optional(),
    scotland: govUkDivisionSchema.optional(),
    'northern-ireland': govUkDivisionSchema.optional(),
  })
  .refine((file) => BANK_HOLIDAY_DIVISIONS.some((division) => file[division] !== undefined), {
    message: 'expected at least one of england-and-wales, scotland, northern-ireland',
  });

export type GovUkBankHolidays = z.infer<typeof govUkBankHolidaysSchema>;

export type ParseGovUkResult =
  { ok: true; value: GovUkBankHolidays } | { ok: false; issues: { path: string; message: string }[] };

export function parseGovUkBankHolidays(input: unknown): ParseGovUkResult {
  const parsed = govUkBankHolidaysSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// The calendar the rest of the domain asks

export interface BankHolidayCalendar {
  holidaysIn(division: BankHolidayDivision, year: number): readonly BankHoliday[];
  holidayOn(division: BankHolidayDivision, date: LocalDate): BankHoliday | undefined;
  isBankHoliday(division: BankHolidayDivision, date: LocalDate): boolean;
}

const SUBSTITUTE_NOTE = /substitute/i;

function fromGovUk(
  events: readonly z.infer<typeof govUkEventSchema>[],
  computed: readonly BankHoliday[],
): BankHoliday[] {
  return events
    .map((event): BankHoliday => {
      const known = computed.find((holiday) => holiday.date === event.date);
      return {
        date: event.date,
        code: known?.code ?? 'other',
        substitute: SUBSTITUTE_NOTE.test(event.notes) || SUBSTITUTE_NOTE.test(event.title),
        source: 'govUk',
        title: event.title,
      };
    })
    .sort(byDate);
}

/**
 * A calendar over the rules, the one-offs and, when given, a parsed GOV.UK file. For any year that the
 * file lists at least one event in (per division), the file's days replace the computed ones entirely:
 * GOV.UK is the authority, and a partial merge could keep a holiday that a proclamation moved.
 */
export function createBankHolidayCalendar(options: { govUk?: GovUkBankHolidays } = {}): BankHolidayCalendar {
  const cache = new Map<string, readonly BankHoliday[]>();

  function holidaysIn(division: BankHolidayDivision, year: number): readonly BankHoliday[] {
    const key = `${division}:${year}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const computed = computeBankHolidays(division, year);
    const events = options.govUk?.[division]?.events.filter(
      (event) => localDateParts(event.date).year === year,
    );
    const holidays = events && events.length > 0 ? fromGovUk(events, computed) : computed;
    cache.set(key, holidays);
    return holidays;
  }

  function holidayOn(division: BankHolidayDivision, date: LocalDate): BankHoliday | undefined {
    return holidaysIn(division, localDateParts(date).year).find((holiday) => holiday.date === date);
  }

  return {
    holidaysIn,
    holidayOn,
    isBankHoliday: (division, date) => holidayOn(division, date) !== undefined,
  };
}
