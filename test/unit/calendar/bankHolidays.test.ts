import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BANK_HOLIDAY_DIVISIONS,
  type BankHolidayCode,
  type BankHolidayDivision,
  computeBankHolidays,
  createBankHolidayCalendar,
  divisionOf,
  easterSunday,
  type GovUkBankHolidays,
  parseGovUkBankHolidays,
} from '../../../src/domain/calendar/bankHolidays';

// GOV.UK's published dates, 2019-2027; see test/data/calendar/README.md for the source.
const fixture: unknown = JSON.parse(
  readFileSync(path.join(__dirname, '../../data/calendar/govuk-bank-holidays-2019-2027.json'), 'utf8'),
);

function parsedFixture(): GovUkBankHolidays {
  const parsed = parseGovUkBankHolidays(fixture);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

function publishedDates(division: BankHolidayDivision, year: number): string[] {
  return (parsedFixture()[division]?.events ?? [])
    .map((event) => event.date)
    .filter((date) => date.startsWith(`${year}-`))
    .sort();
}

describe('easterSunday (anonymous Gregorian computus)', () => {
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe('computed bank holidays match GOV.UK, 2019-2027', () => {
  const cases = BANK_HOLIDAY_DIVISIONS.flatMap((division) =>
    [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027].map((year) => [division, year] as const),
  );
  it.each(cases)('%s %i', (division, year) => {
    const computed = computeBankHolidays(division, year).map((holiday) => holiday.date);
    expect(computed).toEqual(publishedDates(division, year));
  });
});

type Expected = [string, BankHolidayCode, boolean];

describe('the Christmas and Boxing Day pair', () => {
  it.each<[number, string, Expected[]]>([
    [
      2023,
      'Monday',
      [
        ['2023-12-25', 'christmasDay', false],
        ['2023-12-26', 'boxingDay', false],
      ],
    ],
    [
      2020,
      'Friday',
      [
        ['2020-12-25', 'christmasDay', false],
        ['2020-12-28', 'boxingDay', true],
      ],
    ],
    [
      2021,
      'Saturday',
      [
        ['2021-12-27', 'christmasDay', true],
        ['2021-12-28', 'boxingDay', true],
      ],
    ],
    // Boxing Day keeps Monday 26th; Christmas Day's substitute is Tuesday 27th.
    [
      2022,
      'Sunday',
      [
        ['2022-12-26', 'boxingDay', false],
        ['2022-12-27', 'christmasDay', true],
      ],
    ],
    [
      2016,
      'Sunday',
      [
        ['2016-12-26', 'boxingDay', false],
        ['2016-12-27', 'christmasDay', true],
      ],
    ],
    [
      2027,
      'Saturday',
      [
        ['2027-12-27', 'christmasDay', true],
        ['2027-12-28', 'boxingDay', true],
      ],
    ],
  ])('%i (Christmas on a %s)', (year, _weekday, expected) => {
    for (const division of BANK_HOLIDAY_DIVISIONS) {
      const december = computeBankHolidays(division, year)
        .filter((holiday) => holiday.code === 'christmasDay' || holiday.code === 'boxingDay')
        .map((holiday): Expected => [holiday.date, holiday.code, holiday.substitute]);
      expect(december).toEqual(expected);
    }
  });
});

describe('the Scottish New Year pair', () => {
  it.each<[number, Expected[]]>([
    [
      2025,
      [
        ['2025-01-01', 'newYearsDay', false],
        ['2025-01-02', 'secondJanuary', false],
      ],
    ],
    [
      2021,
      [
        ['2021-01-01', 'newYearsDay', false],
        ['2021-01-04', 'secondJanuary', true],
      ],
    ],
    [
      2022,
      [
        ['2022-01-03', 'newYearsDay', true],
        ['2022-01-04', 'secondJanuary', true],
      ],
    ],
    // As GOV.UK labels it: New Year's Day on Monday 2nd, 2 January on Tuesday 3rd.
    [
      2023,
      [
        ['2023-01-02', 'newYearsDay', true],
        ['2023-01-03', 'secondJanuary', true],
      ],
    ],
  ])('%i', (year, expected) => {
    const january = computeBankHolidays('scotland', year)
      .filter((holiday) => holiday.code === 'newYearsDay' || holiday.code === 'secondJanuary')
      .map((holiday): Expected => [holiday.date, holiday.code, holiday.substitute]);
    expect(january).toEqual(expected);
  });
});

describe('differences between the nations', () => {
  const calendar = createBankHolidayCalendar();
  it.each<[string, string, boolean, boolean, boolean]>([
    // date, what, England and Wales, Scotland, Northern Ireland
    ['2026-01-02', '2 January', false, true, false],
    ['2026-03-17', "St Patrick's Day", false, false, true],
    ['2024-03-18', "St Patrick's Day (substitute)", false, false, true],
    ['2026-04-03', 'Good Friday', true, true, true],
    ['2026-04-06', 'Easter Monday', true, false, true],
    ['2026-06-15', 'World Cup bank holiday', false, true, false],
    ['2026-07-13', 'Battle of the Boyne (substitute)', false, false, true],
    ['2026-08-03', 'first Monday of August', false, true, false],
    ['2026-08-31', 'last Monday of August', true, false, true],
    ['2025-12-01', "St Andrew's Day (substitute)", false, true, false],
    ['2026-11-30', "St Andrew's Day", false, true, false],
    ['2026-12-28', 'Boxing Day (substitute)', true, true, true],
    ['2026-12-29', 'an ordinary Tuesday', false, false, false],
  ])('%s, %s', (date, _what, england, scotland, northernIreland) => {
    expect(calendar.isBankHoliday('england-and-wales', date)).toBe(england);
    expect(calendar.isBankHoliday('scotland', date)).toBe(scotland);
    expect(calendar.isBankHoliday('northern-ireland', date)).toBe(northernIreland);
  });

  it.each([
    ['england', 'england-and-wales'],
    ['wales', 'england-and-wales'],
    ['scotland', 'scotland'],
    ['northern-ireland', 'northern-ireland'],
  ] as const)('%s keeps the %s list', (nation, division) => {
    expect(divisionOf(nation)).toBe(division);
  });
});

describe('one-off days', () => {
  const calendar = createBankHolidayCalendar();
  it.each<[string, BankHolidayDivision, boolean]>([
    ['1999-12-31', 'england-and-wales', true],
    ['2011-04-29', 'scotland', true],
    ['2012-05-28', 'england-and-wales', false],
    ['2012-06-04', 'england-and-wales', true],
    ['2012-06-05', 'northern-ireland', true],
    ['2020-05-04', 'england-and-wales', false],
    ['2020-05-08', 'scotland', true],
    ['2022-05-30', 'england-and-wales', false],
    ['2022-06-02', 'england-and-wales', true],
    ['2022-06-03', 'scotland', true],
    ['2022-09-19', 'northern-ireland', true],
    ['2023-05-08', 'england-and-wales', true],
  ])('%s in %s: %s', (date, division, expected) => {
    expect(calendar.isBankHoliday(division, date)).toBe(expected);
  });

  it('names the moved spring holiday by its code', () => {
    expect(createBankHolidayCalendar().holidayOn('england-and-wales', '2022-06-02')).toEqual({
      date: '2022-06-02',
      code: 'spring',
      substitute: false,
      source: 'oneOff',
    });
  });
});

describe('GOV.UK bank-holidays.json', () => {
  it('parses the published file', () => {
    const parsed = parseGovUkBankHolidays(fixture);
    expect(parsed.ok).toBe(true);
  });

  it.each<[string, unknown]>([
    ['not an object', 'bank holidays'],
    ['no division at all', {}],
    ['events missing', { scotland: { division: 'scotland' } }],
    [
      'a date that is not a date',
      {
        scotland: {
          division: 'scotland',
          events: [{ title: 'x', date: '2026-02-30', notes: '', bunting: true }],
        },
      },
    ],
    [
      'bunting not a boolean',
      {
        scotland: {
          division: 'scotland',
          events: [{ title: 'x', date: '2026-01-01', notes: '', bunting: 'yes' }],
        },
      },
    ],
  ])('rejects %s, with issues', (_name, input) => {
    const parsed = parseGovUkBankHolidays(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.length).toBeGreaterThan(0);
  });

  it('overrides the computed days for the years it covers, and only those', () => {
    const file: GovUkBankHolidays = {
      'england-and-wales': {
        division: 'england-and-wales',
        events: [
          { title: 'New Year’s Day', date: '2030-01-01', notes: '', bunting: true },
          { title: 'A new extra day', date: '2030-06-14', notes: 'Extra bank holiday', bunting: true },
        ],
      },
    };
    const calendar = createBankHolidayCalendar({ govUk: file });
    expect(calendar.holidaysIn('england-and-wales', 2030)).toEqual([
      {
        date: '2030-01-01',
        code: 'newYearsDay',
        substitute: false,
        source: 'govUk',
        title: 'New Year’s Day',
      },
      { date: '2030-06-14', code: 'other', substitute: false, source: 'govUk', title: 'A new extra day' },
    ]);
    // Good Friday 2030 is not in the file, so for 2030 it is not a bank holiday.
    expect(calendar.isBankHoliday('england-and-wales', '2030-04-19')).toBe(false);
    // 2031 is not covered: the rules apply.
    expect(calendar.isBankHoliday('england-and-wales', '2031-04-11')).toBe(true);
    // Other divisions are not covered by this file.
    expect(calendar.isBankHoliday('scotland', '2030-04-19')).toBe(true);
  });

  it('keeps codes and substitute flags for the published days', () => {
    const calendar = createBankHolidayCalendar({ govUk: parsedFixture() });
    expect(calendar.holidayOn('scotland', '2023-01-03')).toEqual({
      date: '2023-01-03',
      code: 'secondJanuary',
      substitute: true,
      source: 'govUk',
      title: '2nd January',
    });
    expect(calendar.holidayOn('scotland', '2026-06-15')?.code).toBe('worldCup');
  });
});
