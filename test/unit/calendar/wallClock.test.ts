import { TZDate } from '@date-fns/tz';
import { permittedWindows, withinPermittedWindows } from '../../../src/domain/calendar/serviceHours';
import {
  addCalendarDaysAt,
  addLocalDays,
  eachLocalDate,
  gridIsoInstant,
  instantToWallClock,
  type IsoWeekday,
  isLocalDate,
  isLocalTime,
  isoWeekdayOf,
  localDateReader,
  minutesOfDay,
  parseIsoInstant,
  wallClockToInstant,
} from '../../../src/domain/calendar/wallClock';

const LONDON = 'Europe/London';

describe('wall clock to instant in Europe/London', () => {
  it.each([
    // Winter (GMT) and summer (BST).
    ['2026-01-14', '09:00', '2026-01-14T09:00:00.000Z'],
    ['2026-07-14', '09:00', '2026-07-14T08:00:00.000Z'],
    // The clock-change Sundays and the days either side: 09:00 stays 09:00 on the wall.
    ['2026-03-28', '09:00', '2026-03-28T09:00:00.000Z'],
    ['2026-03-29', '09:00', '2026-03-29T08:00:00.000Z'],
    ['2026-03-30', '09:00', '2026-03-30T08:00:00.000Z'],
    ['2026-10-24', '09:00', '2026-10-24T08:00:00.000Z'],
    ['2026-10-25', '09:00', '2026-10-25T09:00:00.000Z'],
    ['2026-10-26', '09:00', '2026-10-26T09:00:00.000Z'],
    // Either side of the change itself (01:00 GMT on 29 March, 01:00 GMT on 25 October).
    ['2026-03-29', '00:30', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29', '03:00', '2026-03-29T02:00:00.000Z'],
    ['2026-10-25', '03:00', '2026-10-25T03:00:00.000Z'],
    ['2026-10-24', '24:00', '2026-10-24T23:00:00.000Z'],
  ])('%s %s is %s', (date, time, iso) => {
    expect(new Date(wallClockToInstant(date, minutesOfDay(time), LONDON)).toISOString()).toBe(iso);
  });

  it.each([
    ['2026-03-29T00:59:00Z', '2026-03-29', '00:59', 7],
    ['2026-03-29T01:00:00Z', '2026-03-29', '02:00', 7],
    ['2026-06-15T23:30:00Z', '2026-06-16', '00:30', 2],
    ['2026-10-25T00:30:00Z', '2026-10-25', '01:30', 7],
    ['2026-10-25T01:30:00Z', '2026-10-25', '01:30', 7],
    ['2026-12-31T23:59:00Z', '2026-12-31', '23:59', 4],
  ])('instant %s reads %s %s', (iso, date, time, weekday) => {
    expect(instantToWallClock(Date.parse(iso), LONDON)).toEqual({
      date,
      minutes: minutesOfDay(time),
      weekday,
    });
  });

  it.each([
    // 14 days from Friday 20 March 10:00 GMT is Friday 3 April 10:00 BST, 09:00 UTC.
    ['2026-03-20T10:00:00Z', 14, '2026-04-03T09:00:00.000Z'],
    ['2026-10-20T09:00:00Z', 14, '2026-11-03T10:00:00.000Z'],
    ['2026-05-01T12:00:00Z', 1, '2026-05-02T12:00:00.000Z'],
  ])('%s plus %i calendar days keeps the wall-clock time: %s', (iso, days, expected) => {
    expect(new Date(addCalendarDaysAt(Date.parse(iso), days, LONDON)).toISOString()).toBe(expected);
  });
});

describe('wall clock readings remembered per day agree with the zone rules', () => {
  // The zone's own reading, instant by instant, as the wall clock was read before offsets were kept.
  const zoneReading = (instant: number) => {
    const local = new TZDate(instant, LONDON);
    const date = [local.getFullYear(), local.getMonth() + 1, local.getDate()]
      .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
      .join('-');
    return { date, minutes: local.getHours() * 60 + local.getMinutes(), weekday: isoWeekdayOf(date) };
  };

  it('reads every 7 minutes of 2026, both clock changes included, as the zone does', () => {
    const from = Date.parse('2025-12-31T00:00:00Z');
    const until = Date.parse('2027-01-02T00:00:00Z');
    let differences = 0;
    for (let instant = from; instant < until; instant += 7 * 60_000 + 13_000) {
      const reading = instantToWallClock(instant, LONDON);
      const expected = zoneReading(instant);
      if (reading.date !== expected.date || reading.minutes !== expected.minutes) differences += 1;
      if (reading.weekday !== expected.weekday) differences += 1;
    }
    expect(differences).toBe(0);
  });

  it('gives every quarter hour of every date in 2026 the instant the zone gives it', () => {
    let differences = 0;
    for (const date of eachLocalDate('2026-01-01', '2026-12-31')) {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const expected = new TZDate(year, month - 1, day, Math.floor(minutes / 60), minutes % 60, LONDON);
        if (wallClockToInstant(date, minutes, LONDON) !== expected.getTime()) differences += 1;
      }
      // Past midnight counts on into the next day, as a window's end does.
      const nextMidnight = wallClockToInstant(addLocalDays(date, 1), 0, LONDON);
      if (wallClockToInstant(date, 24 * 60, LONDON) !== nextMidnight) differences += 1;
    }
    expect(differences).toBe(0);
  });
});

describe('ISO instants of the slot grid', () => {
  it('are written as toISOString writes them, first time and again, past the bound it keeps', () => {
    const from = Date.parse('2026-03-25T08:00:00Z');
    let differences = 0;
    for (let pass = 0; pass < 2; pass += 1) {
      for (let index = 0; index < 40_000; index += 1) {
        const instant = from + index * 15 * 60_000 + (index % 7) * 1000;
        if (gridIsoInstant(instant) !== new Date(instant).toISOString()) differences += 1;
      }
    }
    expect(differences).toBe(0);
    expect(gridIsoInstant(Date.parse('2026-10-25T01:30:00Z'))).toBe('2026-10-25T01:30:00.000Z');
  });
});

describe('civil dates', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 7, '2026-04-05'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addLocalDays(date, days)).toBe(expected);
  });

  it.each<[string, IsoWeekday]>([
    ['2026-03-29', 7],
    ['2026-03-30', 1],
    ['2026-10-25', 7],
    ['2026-12-25', 5],
    ['2000-01-01', 6],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekdayOf(date)).toBe(weekday);
  });

  it.each([
    ['2026-03-28', '2026-03-30', ['2026-03-28', '2026-03-29', '2026-03-30']],
    ['2026-03-28', '2026-03-28', ['2026-03-28']],
    ['2026-03-30', '2026-03-28', []],
  ])('each date from %s to %s', (from, to, expected) => {
    expect(eachLocalDate(from, to)).toEqual(expected);
  });

  it.each([
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-04-30', true],
  ])('isLocalDate(%s) is %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });

  it.each([
    ['09:00', true],
    ['23:59', true],
    ['24:00', false],
    ['9:00', false],
    ['12:60', false],
  ])('isLocalTime(%s) is %s', (value, expected) => {
    expect(isLocalTime(value)).toBe(expected);
  });

  it('minutesOfDay reads every local time, 24:00 as the end of the day, and refuses anything else', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 1) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      expect(minutesOfDay(time)).toBe(minutes);
    }
    expect(minutesOfDay('24:00')).toBe(24 * 60);
    for (const bad of [
      '9:00',
      '09:0',
      '09:000',
      '0900',
      '24:01',
      '25:00',
      '12:60',
      '1a:00',
      '12-00',
      ' 9:00',
      '',
    ]) {
      expect(isLocalTime(bad)).toBe(false);
      expect(() => minutesOfDay(bad)).toThrow(RangeError);
    }
  });

  it.each([
    ['2026-03-29T08:00:00.000Z', Date.UTC(2026, 2, 29, 8)],
    ['2026-03-29T09:00:00+01:00', Date.UTC(2026, 2, 29, 8)],
    ['2026-03-29T09:00', null],
    ['2026-03-29', null],
    ['not a date', null],
  ])('parseIsoInstant(%s)', (value, expected) => {
    expect(parseIsoInstant(value)).toBe(expected);
  });
});

describe('a local date reader', () => {
  // Each instant's date, read in order, then out of order and back: the remembered day must never
  // leak into a neighbouring one, including on the days the clocks change.
  it.each([
    ['2026-03-28T23:59:59.999Z', '2026-03-28'],
    ['2026-03-29T00:00:00.000Z', '2026-03-29'],
    ['2026-03-29T00:59:59.999Z', '2026-03-29'],
    ['2026-03-29T01:00:00.000Z', '2026-03-29'],
    ['2026-03-29T22:59:59.999Z', '2026-03-29'],
    ['2026-03-29T23:00:00.000Z', '2026-03-30'],
    ['2026-10-24T22:59:59.999Z', '2026-10-24'],
    ['2026-10-24T23:00:00.000Z', '2026-10-25'],
    ['2026-10-25T01:30:00.000Z', '2026-10-25'],
    ['2026-10-25T23:59:59.999Z', '2026-10-25'],
    ['2026-10-26T00:00:00.000Z', '2026-10-26'],
  ])('reads %s as %s, whatever it read before', (iso, date) => {
    const read = localDateReader(LONDON);
    const instant = Date.parse(iso);
    for (const before of [instant - 1, instant + 1, instant - 86_400_000, instant + 86_400_000, instant]) {
      read(before);
      expect(read(instant)).toBe(date);
      expect(read(instant)).toBe(instantToWallClock(instant, LONDON).date);
    }
  });
});

describe('service hours', () => {
  it.each<[string, IsoWeekday, boolean, string, string, boolean]>([
    ['core weekday', 1, false, '08:00', '18:30', true],
    ['before core hours', 2, false, '07:30', '09:00', false],
    ['after core hours', 3, false, '18:00', '19:00', false],
    ['evening with extended hours', 3, true, '18:00', '20:00', true],
    ['past extended hours', 3, true, '19:30', '20:30', false],
    ['Saturday without extended hours', 6, false, '09:00', '12:00', false],
    ['Saturday morning extended', 6, true, '09:00', '12:30', true],
    ['Saturday before 09:00', 6, true, '08:30', '12:30', false],
    ['Sunday never', 7, true, '10:00', '12:00', false],
    ['empty span', 1, false, '10:00', '10:00', false],
  ])('%s', (_name, weekday, extended, from, to, expected) => {
    expect(withinPermittedWindows(weekday, extended, minutesOfDay(from), minutesOfDay(to))).toBe(expected);
  });

  it('has no windows on a Sunday', () => {
    expect(permittedWindows(7, true)).toEqual([]);
  });
});
