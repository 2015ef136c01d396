import { anyTimePreference, type WhenPreference } from '../../../src/domain/booking/whenPreference';
import { type ParseWhenResult, parseWhen } from '../../../src/understanding/parseWhen';

// Thursday 26 March 2026, 10:00 in London (GMT; the clocks go forward on Sunday 29th).
const THURSDAY = '2026-03-26T10:00:00Z';

function parse(text: string, referenceDate: string = THURSDAY, locale = 'en-GB'): ParseWhenResult {
  return parseWhen({ text, locale, referenceDate: new Date(referenceDate), timeZone: 'Europe/London' });
}

function understood(parts: Partial<WhenPreference>): ParseWhenResult {
  return { ok: true, when: { ...anyTimePreference('Europe/London'), ...parts } };
}

const day = (date: string) => [{ from: date, to: date }];

describe('parseWhen, en-GB, on Thursday 26 March 2026 at 10:00', () => {
  it.each<[string, ParseWhenResult]>([
    ['next Tuesday afternoon', understood({ dates: day('2026-03-31'), partOfDay: 'afternoon' })],
    [
      'tomorrow after 2',
      understood({ dates: day('2026-03-27'), times: [{ kind: 'between', from: '14:00', to: '24:00' }] }),
    ],
    [
      'Tomorrow after 2pm',
      understood({ dates: day('2026-03-27'), times: [{ kind: 'between', from: '14:00', to: '24:00' }] }),
    ],
    ['3/12', understood({ dates: day('2026-12-03') })],
    ['12/3', understood({ dates: day('2027-03-12') })],
    ['on 3/12/2026', understood({ dates: day('2026-12-03') })],
    [
      'any morning next week',
      understood({ dates: [{ from: '2026-03-30', to: '2026-04-05' }], partOfDay: 'morning' }),
    ],
    ['as soon as possible', understood({ asap: true })],
    ['ASAP please', understood({ asap: true })],
    ['whenever', understood({ asap: true })],
    ["I don't mind", understood({ asap: true })],
    ['not Mondays', understood({ excludedWeekdays: [1] })],
    ['not on a Monday or Tuesday', understood({ excludedWeekdays: [1, 2] })],
    ['any day but Friday', understood({ asap: true, excludedWeekdays: [5] })],
    ['Friday at 10', understood({ dates: day('2026-03-27'), times: [{ kind: 'at', time: '10:00' }] })],
    ['friday at two', understood({ dates: day('2026-03-27'), times: [{ kind: 'at', time: '14:00' }] })],
    ['half 2 on Friday', understood({ dates: day('2026-03-27'), times: [{ kind: 'at', time: '14:30' }] })],
    ['the 14th', understood({ dates: day('2026-04-14') })],
    ['Tuesday the 14th', understood({ dates: day('2026-04-14') })],
    ['this week', understood({ dates: [{ from: '2026-03-26', to: '2026-03-29' }] })],
    ['weekday mornings', understood({ partOfDay: 'morning', excludedWeekdays: [6, 7] })],
    ['Mondays and Wednesdays', understood({ excludedWeekdays: [2, 4, 5, 6, 7] })],
    ['not mornings', understood({ times: [{ kind: 'between', from: '12:00', to: '24:00' }] })],
    [
      'between 2 and 4 tomorrow',
      understood({ dates: day('2026-03-27'), times: [{ kind: 'between', from: '14:00', to: '16:00' }] }),
    ],
    [
      'after 3pm on Thursday',
      understood({ dates: day('2026-03-26'), times: [{ kind: 'between', from: '15:00', to: '24:00' }] }),
    ],
    ['this afternoon', understood({ dates: day('2026-03-26'), partOfDay: 'afternoon' })],
    ['Tuesday or Wednesday', understood({ dates: [...day('2026-03-31'), ...day('2026-04-01')] })],
  ])('%s', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each<[string, ParseWhenResult]>([
    ['', { ok: false, reason: 'notUnderstood' }],
    ['I would like to see someone about my housing', { ok: false, reason: 'notUnderstood' }],
    ['yesterday', { ok: false, reason: 'inThePast' }],
    ['last Tuesday', { ok: false, reason: 'inThePast' }],
  ])('%j is not a usable answer', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('parseWhen counts from the Europe/London date of the reference instant', () => {
  it.each<[string, string, string, ParseWhenResult]>([
    // 23:30 UTC on Monday 15 June is 00:30 BST on Tuesday 16 June: already tomorrow in London.
    ['summer, after 23:00 UTC', '2026-06-15T23:30:00Z', 'tomorrow', understood({ dates: day('2026-06-17') })],
    ['summer, after 23:00 UTC', '2026-06-15T23:30:00Z', 'today', understood({ dates: day('2026-06-16') })],
    // In winter London is on UTC, so the same time of night is still the same day.
    ['winter, after 23:00 UTC', '2026-01-15T23:30:00Z', 'tomorrow', understood({ dates: day('2026-01-16') })],
    // Saturday 28 March 23:30 UTC, hours before the clocks go forward.
    [
      'the night before the clock change',
      '2026-03-28T23:30:00Z',
      'next week',
      understood({ dates: [{ from: '2026-03-30', to: '2026-04-05' }] }),
    ],
    // Friday 27 March, 11:00: this Friday at 10 has gone, so it is next Friday.
    [
      'a time already gone today',
      '2026-03-27T11:00:00Z',
      'Friday at 10',
      understood({ dates: day('2026-04-03'), times: [{ kind: 'at', time: '10:00' }] }),
    ],
    [
      'a date already gone this year',
      '2026-12-10T10:00:00Z',
      '3/12',
      understood({ dates: day('2027-12-03') }),
    ],
    [
      'a day of the month already gone',
      '2026-03-20T10:00:00Z',
      'the 14th',
      understood({ dates: day('2026-04-14') }),
    ],
    [
      'a month without that day',
      '2026-04-05T10:00:00Z',
      'the 31st',
      understood({ dates: day('2026-05-31') }),
    ],
  ])('%s: %s, "%s"', (_name, reference, text, expected) => {
    expect(parse(text, reference)).toEqual(expected);
  });

  describe.each(['UTC', 'America/Los_Angeles', 'Pacific/Auckland'])('with the server in %s', (zone) => {
    const original = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = zone;
    });
    afterAll(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each<[string, string, ParseWhenResult]>([
      ['2026-06-15T23:30:00Z', 'tomorrow', understood({ dates: day('2026-06-17') })],
      [
        '2026-03-26T10:00:00Z',
        'next Tuesday afternoon',
        understood({ dates: day('2026-03-31'), partOfDay: 'afternoon' }),
      ],
    ])('%s "%s"', (reference, text, expected) => {
      expect(parse(text, reference)).toEqual(expected);
    });
  });
});

describe('parseWhen and the locale', () => {
  it.each<[string, string, ParseWhenResult]>([
    ['en-GB reads day first', 'en-GB', understood({ dates: day('2026-12-03') })],
    ['en reads day first', 'en', understood({ dates: day('2026-12-03') })],
    ['en-US reads month first', 'en-US', understood({ dates: day('2027-03-12') })],
    ['Portuguese reads day first', 'pt-PT', understood({ dates: day('2026-12-03') })],
  ])('%s: "3/12"', (_name, locale, expected) => {
    expect(parse('3/12', THURSDAY, locale)).toEqual(expected);
  });

  it('reads Spanish through the recognizer', () => {
    const result = parse('mañana por la tarde', THURSDAY, 'es-ES');
    expect(result.ok && result.when.dates).toEqual(day('2026-03-27'));
  });

  it.each(['pl-PL', 'cy-GB', 'ro', 'pa', 'ur-PK'])('says %s is not supported', (locale) => {
    expect(parse('jutro', THURSDAY, locale)).toEqual({ ok: false, reason: 'unsupportedLocale' });
  });
});
