import type { WhenPreference } from '../../../src/domain/booking/whenPreference';
import { createBankHolidayCalendar } from '../../../src/domain/calendar/bankHolidays';
import { readWhen, type WhenUnderstanding } from '../../../src/understanding/when/readWhen';

// Fixed instants in London. Monday 7 December 2026 10:00 is GMT, so the UTC instant is the same.
const MONDAY = '2026-12-07T10:00:00Z';
const WEDNESDAY = '2026-12-09T15:30:00Z';
const SUNDAY_EVENING = '2026-12-13T19:00:00Z';
const THURSDAY_BEFORE_EASTER = '2027-03-25T09:00:00Z';

function read(text: string, reference = MONDAY, locale = 'en-GB'): WhenUnderstanding {
  return readWhen({ text, locale, referenceDate: new Date(reference), timeZone: 'Europe/London' });
}

/** A request written compactly: "days=2026-12-08 time=12:00-17:00 not=1 asap". */
function compact(when: WhenPreference): string {
  const parts: string[] = [];
  if (when.dates.length > 0)
    parts.push(
      `days=${when.dates.map((span) => (span.from === span.to ? span.from : `${span.from}..${span.to}`)).join(',')}`,
    );
  if (when.times.length > 0)
    parts.push(
      `time=${when.times.map((time) => (time.kind === 'at' ? `at ${time.time}` : `${time.from}-${time.to}`)).join(',')}`,
    );
  if (when.excludedWeekdays.length > 0) parts.push(`not=${when.excludedWeekdays.join('')}`);
  if (when.asap) parts.push('asap');
  return parts.join(' ');
}

function summary(reading: WhenUnderstanding): string {
  const { outcome } = reading;
  if (outcome.kind === 'when') return compact(outcome.when);
  if (outcome.kind === 'holiday') return `holiday ${outcome.holiday.date}`;
  return outcome.kind;
}

describe('readWhen on Monday 7 December 2026 at 10:00', () => {
  it.each([
    // The phrases people were let down by.
    ['this Thursday', 'days=2026-12-10'],
    ['next Thursday', 'days=2026-12-17'],
    ['a week on Friday', 'days=2026-12-18'],
    ['Friday week', 'days=2026-12-18'],
    ['the 15th', 'days=2026-12-15'],
    ['end of the week', 'days=2026-12-10..2026-12-11'],
    ['after work', 'time=17:00-24:00'],
    ['lunchtime', 'time=12:00-14:00'],
    ['half 2 on Thursday', 'days=2026-12-10 time=at 14:30'],
    ['tues pm', 'days=2026-12-08 time=12:00-17:00'],
    ['not before 11', 'time=11:00-24:00'],
    ['no earlier than 10am', 'time=10:00-24:00'],
    ['not after 3', 'time=00:00-15:00'],
    ['any evening', 'time=17:00-24:00'],
    ['3/12', 'past'],
    ['15/12', 'days=2026-12-15'],
    ['yesterday', 'past'],
    ['Boxing Day', 'holiday 2026-12-28'],
    ['christmas day', 'holiday 2026-12-25'],
    ['in January', 'beyond'],
    // Other ways of saying it.
    ['tomorrow morning', 'days=2026-12-08 time=00:00-12:00'],
    ['2moro aft', 'days=2026-12-08 time=12:00-17:00'],
    ['Wednesday or Thursday afternoon', 'days=2026-12-09,2026-12-10 time=12:00-17:00'],
    ['between 1 and 3 on tuesday', 'days=2026-12-08 time=13:00-15:00'],
    ['tues 2-4', 'days=2026-12-08 time=14:00-16:00'],
    ['Friday 9am', 'days=2026-12-11 time=at 09:00'],
    ['quarter past 2 on Tuesday', 'days=2026-12-08 time=at 14:15'],
    ['next week', 'days=2026-12-14..2026-12-20'],
    ['the week after next', 'days=2026-12-21..2026-12-27'],
    ['not Mondays', 'not=1'],
    ['any day but Friday', 'not=5'],
    ['next week but not the monday', 'days=2026-12-14..2026-12-20 not=1'],
    ['weekday mornings', 'time=00:00-12:00 not=67'],
    ['as soon as possible', 'asap'],
    ['whenever', 'asap'],
    ['Christmas Eve', 'beyond'],
    ['i work 9 to 5 so it would have to be after 5', 'time=17:00-24:00'],
    ['while the kids are at school, so between 9.30 and 2.30', 'time=09:30-14:30'],
    ['before noon', 'time=00:00-12:00'],
    ["I'm at work till 6", 'time=18:00-24:00'],
    ['tues after 3 or weds before 12', 'days=2026-12-08,2026-12-09 time=00:00-12:00,15:00-24:00'],
    ['purple monkey dishwasher', 'unclear'],
    ['', 'unclear'],
  ])('%s → %s', (text, expected) => {
    expect(summary(read(text))).toBe(expected);
  });
});

describe('readWhen counts "this", "next" and weeks the British way', () => {
  it.each([
    [WEDNESDAY, 'this thursday', 'days=2026-12-10'],
    [WEDNESDAY, 'next monday', 'days=2026-12-14'],
    [WEDNESDAY, 'Monday week', 'days=2026-12-21'],
    [WEDNESDAY, 'a week on Monday', 'days=2026-12-21'],
    [WEDNESDAY, 'this morning', 'past'],
    [WEDNESDAY, 'today at 10', 'past'],
    [WEDNESDAY, 'this afternoon', 'days=2026-12-09 time=12:00-17:00'],
    [WEDNESDAY, 'the 8th', 'beyond'],
    [SUNDAY_EVENING, 'this week', 'days=2026-12-14..2026-12-20'],
    [SUNDAY_EVENING, 'monday', 'days=2026-12-14'],
    [THURSDAY_BEFORE_EASTER, 'friday', 'holiday 2027-03-26'],
    [THURSDAY_BEFORE_EASTER, 'easter monday', 'holiday 2027-03-29'],
  ])('on %s, %s → %s', (reference, text, expected) => {
    expect(summary(read(text, reference))).toBe(expected);
  });

  it('counts from the Europe/London date: 23:30 UTC in summer is already tomorrow', () => {
    expect(summary(read('tomorrow', '2026-06-15T23:30:00Z'))).toBe('days=2026-06-17');
    expect(summary(read('tomorrow', '2026-01-15T23:30:00Z'))).toBe('days=2026-01-16');
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

    it('reads the same days', () => {
      expect(summary(read('tomorrow', '2026-06-15T23:30:00Z'))).toBe('days=2026-06-17');
      expect(summary(read('next Tuesday afternoon', '2026-03-26T10:00:00Z'))).toBe(
        'days=2026-03-31 time=12:00-17:00',
      );
    });
  });

  it("uses the practice's own bank holidays: St Andrew's Day is one in Scotland only", () => {
    const calendar = createBankHolidayCalendar();
    const scotland = readWhen({
      text: "St Andrew's Day",
      locale: 'en-GB',
      referenceDate: new Date('2026-11-24T10:00:00Z'),
      timeZone: 'Europe/London',
      holidays: { calendar, division: 'scotland' },
    });
    expect(summary(scotland)).toBe('holiday 2026-11-30');
    expect(summary(read("St Andrew's Day", '2026-11-24T10:00:00Z'))).toBe('days=2026-11-30');
  });

  it('says a date beyond the horizon plainly, using the horizon it is given', () => {
    const far = readWhen({
      text: '23/12',
      locale: 'en-GB',
      referenceDate: new Date(MONDAY),
      timeZone: 'Europe/London',
      horizonDays: 21,
    });
    expect(summary(far)).toBe('days=2026-12-23');
    expect(summary(read('23/12'))).toBe('beyond');
  });
});

describe('readWhen and part of one weekday ruled out', () => {
  it('reads "any day except Friday afternoons" as every day, Friday only outside the afternoon', () => {
    const { outcome } = read('any day except Friday afternoons');
    expect(outcome.kind === 'when' && outcome.when.weekly?.filter((window) => window.weekday >= 5)).toEqual([
      { weekday: 5, from: '00:00', to: '12:00' },
      { weekday: 5, from: '17:00', to: '24:00' },
      { weekday: 6, from: '00:00', to: '24:00' },
      { weekday: 7, from: '00:00', to: '24:00' },
    ]);
  });
});

describe('readWhen also says how to meet, how sure it is and why', () => {
  it('hears "asap by phone please"', () => {
    const reading = read('asap by phone please');
    expect(summary(reading)).toBe('asap');
    expect(reading.mode).toBe('phone');
  });

  it('gives the words it read as evidence, in the order they were said', () => {
    const text = 'Tues pm, not before 2';
    const reading = read(text);
    expect(reading.evidence.map((item) => [text.slice(item.start, item.end), item.reading])).toEqual([
      ['Tues', 'date 2026-12-08'],
      ['pm', '12:00-17:00'],
      ['not before 2', 'from 14:00'],
    ]);
    expect(reading.confidence).toBe(1);
    expect(reading.reader).toBe('grammar');
  });

  it('is less sure when words are left over', () => {
    const reading = read('Thursday, my neighbour can drive me');
    expect(summary(reading)).toBe('days=2026-12-10');
    expect(reading.confidence).toBeGreaterThan(0);
    expect(reading.confidence).toBeLessThan(1);
  });
});

describe('readWhen in other languages', () => {
  it('reads Spanish through recognizers-text', () => {
    const reading = read('mañana por la tarde', MONDAY, 'es-ES');
    expect(reading.reader).toBe('recognizers');
    expect(reading.outcome.kind === 'when' && reading.outcome.when.dates).toEqual([
      { from: '2026-12-08', to: '2026-12-08' },
    ]);
  });

  it('reads en-US dates month first', () => {
    expect(summary(read('12/15', MONDAY, 'en-US'))).toBe('days=2026-12-15');
  });

  it.each(['pl-PL', 'cy-GB', 'ro', 'pa', 'ur-PK'])('says %s is not supported', (locale) => {
    expect(summary(read('jutro', MONDAY, locale))).toBe('unsupportedLocale');
  });
});

describe('readWhen reads en-US numeric dates month first', () => {
  it.each([
    ['3/12', 'beyond'],
    ['12/9', 'days=2026-12-09'],
  ])('%s → %s', (text, expected) => {
    expect(summary(read(text, MONDAY, 'en-US'))).toBe(expected);
  });
});

describe('readWhen and answers that are not about time', () => {
  it.each([
    ['emoji only', '👍🙂'],
    ['gibberish', 'asdf qwerty zxcv'],
    ['5,000 characters', 'la '.repeat(1700)],
  ])('%s → unclear, quickly and without throwing', (_name, text) => {
    expect(summary(read(text))).toBe('unclear');
  });

  it('does not read "am" in "when am I seeing her" as the morning', () => {
    expect(summary(read('when am I seeing the lady'))).toBe('unclear');
    expect(summary(read('tues am'))).toBe('days=2026-12-08 time=00:00-12:00');
  });

  it('reads a time inside a long answer', () => {
    expect(summary(read(`${'well you see '.repeat(20)}tuesday morning`))).toBe(
      'days=2026-12-08 time=00:00-12:00',
    );
  });
});
