import type { Availability } from '../../../src/domain/needs/preferences';
import { PART_OF_DAY_HOURS } from '../../../src/domain/needs/preferences';
import { readAvailability } from '../../../src/understanding/when/readAvailability';

// Windows written compactly: "part:DAYS" and "part(HH:MM-HH:MM):DAYS" when a time narrows the part.
function summary(availability: Availability): string {
  const byPart = new Map<string, string>();
  for (const window of availability.windows) {
    const bounds = PART_OF_DAY_HOURS[window.part];
    const narrowed = window.start !== bounds.start || window.end !== bounds.end;
    const key = narrowed ? `${window.part}(${window.start}-${window.end})` : window.part;
    byPart.set(key, (byPart.get(key) ?? '') + window.day);
  }
  const windows = [...byPart.entries()].map(([key, days]) => `${key}:${days}`).join(' ');
  return availability.excludedDays.length > 0
    ? `${windows} | not ${availability.excludedDays.join('')}`
    : windows;
}

const ALL = 'MOTUWETHFRSASU';
const WEEK = 'MOTUWETHFR';

describe('readAvailability', () => {
  it.each([
    ['weekday mornings', `morning:${WEEK}`],
    ['not Fridays', `morning:MOTUWETHSASU afternoon:MOTUWETHSASU evening:MOTUWETHSASU | not FR`],
    ['Tuesday and Thursday afternoons', 'afternoon:TUTH'],
    ['evenings', `evening:${ALL}`],
    ['any time', `morning:${ALL} afternoon:${ALL} evening:${ALL}`],
    ['weekends only', 'morning:SASU afternoon:SASU evening:SASU'],
    ['after 2pm on weekdays', `afternoon(14:00-17:00):${WEEK} evening:${WEEK}`],
    ['Monday morning and Wednesday afternoon', 'morning:MO afternoon:WE'],
    ['mornings before 11', `morning(08:00-11:00):${ALL}`],
    ['between 10 and 2', `morning(10:00-12:00):${ALL} afternoon(12:00-14:00):${ALL}`],
    ['Mon-Fri after 5', `evening:${WEEK}`],
    ['monday to wednesday', 'morning:MOTUWE afternoon:MOTUWE evening:MOTUWE'],
    ['Fridays are no good', `morning:MOTUWETHSASU afternoon:MOTUWETHSASU evening:MOTUWETHSASU | not FR`],
    ['any day but Friday', `morning:MOTUWETHSASU afternoon:MOTUWETHSASU evening:MOTUWETHSASU | not FR`],
    [
      'I work Mondays and Wednesdays',
      'morning:TUTHFRSASU afternoon:TUTHFRSASU evening:TUTHFRSASU | not MOWE',
    ],
    ['not mornings', `afternoon:${ALL} evening:${ALL}`],
    ['weekdays except Friday afternoons', `morning:${WEEK} afternoon:MOTUWETH evening:${WEEK}`],
    ['mornings, but not Mondays', 'morning:TUWETHFRSASU | not MO'],
    ['lunchtime', `afternoon(12:00-14:00):${ALL}`],
    ['after school on weekdays', `afternoon(15:00-17:00):${WEEK} evening:${WEEK}`],
    ['half 2 onwards', `afternoon(14:30-17:00):${ALL} evening:${ALL}`],
    ['from 9 till 12 on sat', 'morning(09:00-12:00):SA'],
    ['tuesdays, thursdays n fridays', 'morning:TUTHFR afternoon:TUTHFR evening:TUTHFR'],
    ["I'm free most days after 10am", `morning(10:00-12:00):${ALL} afternoon:${ALL} evening:${ALL}`],
    ['whenever', `morning:${ALL} afternoon:${ALL} evening:${ALL}`],
    ['wensday pm', 'afternoon:WE'],
    ['early evenings in the week', `evening(17:00-19:00):${WEEK}`],
    ['during the day at weekends', 'morning:SASU afternoon:SASU'],
    // "and" or "or" between times and days offers both, not only where they meet.
    ['evenings or weekends', `evening:${ALL} morning:SASU afternoon:SASU`],
    ['evenings and weekends', `evening:${ALL} morning:SASU afternoon:SASU`],
    ['weekends or evenings', `evening:${ALL} morning:SASU afternoon:SASU`],
    [
      'after 6, or any time on a saturday',
      'evening(18:00-21:00):MOTUWETHFRSU morning:SA afternoon:SA evening:SA',
    ],
    ['evenings at weekends', 'evening:SASU'],
    ['weekend evenings', 'evening:SASU'],
    ['the weekend', 'morning:SASU afternoon:SASU evening:SASU'],
    ['end of the week', 'morning:THFR afternoon:THFR evening:THFR'],
  ])('%s', (text, expected) => {
    const result = readAvailability({ text, locale: 'en-GB' });
    if (!('ok' in result) || !result.ok) throw new Error(`not understood: ${JSON.stringify(result)}`);
    expect(summary(result.value)).toBe(expected);
  });

  it('returns windows with wall-clock bounds, Monday first', () => {
    const result = readAvailability({ text: 'Thursday afternoons and Monday mornings', locale: 'en-GB' });
    expect(result).toMatchObject({
      ok: true,
      value: {
        windows: [
          { day: 'MO', part: 'morning', start: '08:00', end: '12:00' },
          { day: 'TH', part: 'afternoon', start: '12:00', end: '17:00' },
        ],
        excludedDays: [],
      },
    });
  });

  it.each([
    ['banana', 'notUnderstood'],
    ['not weekdays or weekends', 'nothingLeft'],
    // One day of the calendar says nothing about a usual week.
    ['christmas day', 'aDate'],
    ['on the 3rd of January', 'aDate'],
    ['tomorrow', 'aDate'],
  ])('%s → not ok (%s)', (text, reason) => {
    expect(readAvailability({ text, locale: 'en-GB' })).toEqual({ ok: false, reason });
  });

  it('says which words it read, and how sure it is', () => {
    const text = 'Tuesdays after 2pm, not Fridays';
    const result = readAvailability({ text, locale: 'en-GB' });
    if (!('ok' in result) || !result.ok) throw new Error('not understood');
    expect(result.confidence).toBe(1);
    expect(result.evidence.map((item) => text.slice(item.start, item.end))).toEqual([
      'Tuesdays',
      'after 2pm',
      'not Fridays',
    ]);
    const unsure = readAvailability({ text: 'Tuesdays, my daughter drives me', locale: 'en-GB' });
    expect('ok' in unsure && unsure.ok && unsure.confidence).toBeLessThan(1);
  });

  it('reads "I don\'t mind" as any time, which booking can use', () => {
    const result = readAvailability({ text: "I don't mind", locale: 'en-GB' });
    if (!('ok' in result) || !result.ok) throw new Error('not understood');
    expect(summary(result.value)).toBe(`morning:${ALL} afternoon:${ALL} evening:${ALL}`);
  });

  it('reads the same words as booking does: "Monday week" is a Monday, "Boxing Day" is no weekday', () => {
    const result = readAvailability({ text: 'Monday week', locale: 'en-GB' });
    if (!('ok' in result) || !result.ok) throw new Error('not understood');
    expect(summary(result.value)).toBe('morning:MO afternoon:MO evening:MO');
  });

  it.each([['skip'], ['not sure'], ['no idea']])('%s → skip', (text) => {
    expect(readAvailability({ text, locale: 'en-GB' })).toEqual({ kind: 'skip' });
  });
});
