import { createBankHolidayCalendar } from '../../../src/domain/calendar/bankHolidays';
import { generateSlots } from '../../../src/domain/booking/generateSlots';
import {
  type MatchSlotsInput,
  type MatchSlotsResult,
  matchSlots,
} from '../../../src/domain/booking/matchSlots';
import { anyTimePreference, type WhenPreference } from '../../../src/domain/booking/whenPreference';
import type { Slot } from '../../../src/domain/booking/types';
import type { MeetingMode } from '../../../src/domain/linkWorkers/schema';
import { worker } from './workers';

const bankHolidays = createBankHolidayCalendar();

// Weekday mornings 09:00-12:30 (slots 09:00, 10:00, 11:00), Wednesday afternoons 13:30-17:00 (13:30,
// 14:30, 15:30), Fridays by phone only. From Monday 18 May 2026 07:00 UTC for 14 days: Monday 25 May is
// the spring bank holiday. All in BST, so 09:00 on the wall is 08:00 UTC.
const NOW = new Date('2026-05-18T07:00:00Z');
const HORIZON_END = '2026-06-01T07:00:00.000Z';
const slots = generateSlots({
  worker: worker({
    modes: ['inPerson', 'phone'],
    week: {
      monday: ['09:00-12:30'],
      tuesday: ['09:00-12:30'],
      wednesday: ['09:00-12:30', '13:30-17:00'],
      thursday: ['09:00-12:30'],
      friday: [{ start: '09:00', end: '12:30', modes: ['phone'] }],
    },
  }),
  now: NOW,
  timeZone: 'Europe/London',
  bankHolidays,
});

function when(parts: Partial<WhenPreference>): WhenPreference {
  return { ...anyTimePreference('Europe/London'), ...parts };
}

function match(preference: WhenPreference, extra: Partial<MatchSlotsInput> = {}): MatchSlotsResult {
  return matchSlots({ slots, when: preference, timeZone: 'Europe/London', ...extra });
}

function startsOf(result: MatchSlotsResult): string[] {
  return (result.ok ? result.slots : result.alternatives).map((slot) => slot.start.slice(0, 16));
}

describe('matchSlots: what fits', () => {
  it.each<[string, WhenPreference, number | undefined, string[]]>([
    [
      'asap: the earliest days, and an afternoon among them',
      when({ asap: true }),
      undefined,
      ['2026-05-18T08:00', '2026-05-19T08:00', '2026-05-20T12:30'],
    ],
    [
      'asap, five of them',
      when({ asap: true }),
      5,
      ['2026-05-18T08:00', '2026-05-19T08:00', '2026-05-20T12:30', '2026-05-21T08:00', '2026-05-22T08:00'],
    ],
    [
      'asap, not Mondays',
      when({ asap: true, excludedWeekdays: [1] }),
      undefined,
      ['2026-05-19T08:00', '2026-05-20T12:30', '2026-05-21T08:00'],
    ],
    [
      'weekday mornings',
      when({ partOfDay: 'morning', excludedWeekdays: [6, 7] }),
      undefined,
      ['2026-05-18T08:00', '2026-05-19T08:00', '2026-05-20T08:00'],
    ],
    [
      'afternoons: only Wednesdays have them, so a second one two hours on, on the first Wednesday',
      when({ partOfDay: 'afternoon' }),
      undefined,
      ['2026-05-20T12:30', '2026-05-20T14:30', '2026-05-27T12:30'],
    ],
    [
      'next week, which starts on a bank holiday',
      when({ dates: [{ from: '2026-05-25', to: '2026-05-31' }] }),
      undefined,
      ['2026-05-26T08:00', '2026-05-27T12:30', '2026-05-28T08:00'],
    ],
    [
      'Thursday at 10',
      when({ dates: [{ from: '2026-05-21', to: '2026-05-21' }], times: [{ kind: 'at', time: '10:00' }] }),
      undefined,
      ['2026-05-21T09:00'],
    ],
    [
      'Tuesdays at 10',
      when({ times: [{ kind: 'at', time: '10:00' }], excludedWeekdays: [1, 3, 4, 5, 6, 7] }),
      undefined,
      ['2026-05-19T09:00', '2026-05-26T09:00'],
    ],
    [
      'Wednesday after 2',
      when({
        dates: [{ from: '2026-05-20', to: '2026-05-20' }],
        times: [{ kind: 'between', from: '14:00', to: '24:00' }],
      }),
      undefined,
      ['2026-05-20T13:30', '2026-05-20T14:30'],
    ],
  ])('%s', (_name, preference, count, expected) => {
    const result = match(preference, count === undefined ? {} : { count });
    expect(result.ok).toBe(true);
    expect(startsOf(result)).toEqual(expected);
  });

  it.each<[MeetingMode[], string[]]>([
    [['phone'], ['2026-05-22T08:00', '2026-05-22T09:00', '2026-05-22T10:00']],
    [
      ['inPerson', 'phone'],
      ['2026-05-22T08:00', '2026-05-22T09:00', '2026-05-22T10:00'],
    ],
  ])('Friday by %j', (modes, expected) => {
    const result = match(when({ dates: [{ from: '2026-05-22', to: '2026-05-22' }] }), { modes });
    expect(result).toMatchObject({ ok: true });
    expect(startsOf(result)).toEqual(expected);
  });
});

describe('matchSlots: when nothing fits', () => {
  it.each<[string, WhenPreference, Partial<MatchSlotsInput>, string, string[]]>([
    [
      'Tuesday after 2: that day has only mornings',
      when({
        dates: [{ from: '2026-05-19', to: '2026-05-19' }],
        times: [{ kind: 'between', from: '14:00', to: '24:00' }],
      }),
      {},
      'noneAtThatTime',
      ['2026-05-19T08:00', '2026-05-19T09:00', '2026-05-19T10:00'],
    ],
    [
      'Friday, in person: Fridays are by phone',
      when({ dates: [{ from: '2026-05-22', to: '2026-05-22' }] }),
      { modes: ['inPerson'] },
      'modeUnavailable',
      ['2026-05-22T08:00', '2026-05-22T09:00', '2026-05-22T10:00'],
    ],
    [
      'Friday, in person before all else: the nearest in-person times, not Friday by phone',
      when({ dates: [{ from: '2026-05-22', to: '2026-05-22' }] }),
      { modes: ['inPerson'], modeFirst: true },
      'noneThatDay',
      ['2026-05-19T10:00', '2026-05-20T14:30', '2026-05-21T10:00'],
    ],
    [
      'by video: nobody offers it',
      when({ asap: true }),
      { modes: ['video'] },
      'modeUnavailable',
      ['2026-05-18T08:00', '2026-05-19T08:00', '2026-05-20T12:30'],
    ],
    [
      'the spring bank holiday',
      when({ dates: [{ from: '2026-05-25', to: '2026-05-25' }] }),
      { bankHolidays, nation: 'england' },
      'bankHoliday',
      ['2026-05-22T10:00', '2026-05-26T08:00', '2026-05-27T12:30'],
    ],
    [
      'the spring bank holiday, not told which days are holidays',
      when({ dates: [{ from: '2026-05-25', to: '2026-05-25' }] }),
      {},
      'noneThatDay',
      ['2026-05-22T10:00', '2026-05-26T08:00', '2026-05-27T12:30'],
    ],
    [
      'a Saturday',
      when({ dates: [{ from: '2026-05-23', to: '2026-05-23' }] }),
      { bankHolidays, nation: 'england' },
      'noneThatDay',
      ['2026-05-20T14:30', '2026-05-21T10:00', '2026-05-22T10:00'],
    ],
    [
      'a weekend',
      when({ dates: [{ from: '2026-05-23', to: '2026-05-24' }] }),
      {},
      'noneInRange',
      ['2026-05-20T14:30', '2026-05-21T10:00', '2026-05-22T10:00'],
    ],
    [
      'a date past the horizon',
      when({ dates: [{ from: '2026-06-10', to: '2026-06-10' }] }),
      { horizonEnd: HORIZON_END },
      'beyondHorizon',
      ['2026-05-27T14:30', '2026-05-28T10:00', '2026-05-29T10:00'],
    ],
    [
      'evenings: none at all',
      when({ partOfDay: 'evening' }),
      {},
      'noneMatching',
      ['2026-05-18T08:00', '2026-05-19T08:00', '2026-05-20T12:30'],
    ],
    [
      'Wednesday afternoons, not Wednesdays',
      when({ partOfDay: 'afternoon', excludedWeekdays: [3] }),
      {},
      'noneMatching',
      ['2026-05-18T08:00', '2026-05-19T08:00', '2026-05-21T08:00'],
    ],
  ])('%s', (_name, preference, extra, reason, alternatives) => {
    const result = match(preference, extra);
    expect(result).toMatchObject({ ok: false, reason });
    expect(startsOf(result)).toEqual(alternatives);
  });

  it('says when there are no slots at all', () => {
    expect(matchSlots({ slots: [], when: when({ asap: true }), timeZone: 'Europe/London' })).toEqual({
      ok: false,
      reason: 'noSlots',
      alternatives: [],
      hasMore: false,
    });
  });
});

describe('matchSlots: a real choice, and more', () => {
  // One day with a slot every 15 minutes from 12:00 to 17:00: the three offered must not cluster.
  const busyDay: Slot[] = Array.from({ length: 20 }, (_, k) => {
    const start = new Date(Date.UTC(2026, 4, 21, 11, 15 * k)).toISOString();
    const end = new Date(Date.UTC(2026, 4, 21, 11, 15 * k + 30)).toISOString();
    return { id: `w:${start}`, workerId: 'w', start, end, modes: ['inPerson'], site: null };
  });
  const thursday = when({ dates: [{ from: '2026-05-21', to: '2026-05-21' }] });

  it('spreads three times on one day at least two hours apart where it can', () => {
    const result = matchSlots({ slots: busyDay, when: thursday, timeZone: 'Europe/London' });
    expect(startsOf(result)).toEqual(['2026-05-21T11:00', '2026-05-21T13:15', '2026-05-21T15:45']);
  });

  it('gives the next spread as "more", without repeating a time, until there is no more', () => {
    const seen = new Set<string>();
    let page = 0;
    for (;;) {
      const result = matchSlots({ slots: busyDay, when: thursday, timeZone: 'Europe/London', page });
      expect(result.ok).toBe(true);
      const starts = startsOf(result);
      for (const start of starts) {
        expect(seen.has(start)).toBe(false);
        seen.add(start);
      }
      if (!result.hasMore) break;
      page += 1;
    }
    expect(seen.size).toBe(busyDay.length);
  });

  it('leaving shown slots out gives the same next spread as asking for the next page', () => {
    const first = matchSlots({ slots: slots, when: when({ asap: true }), timeZone: 'Europe/London' });
    const shown = new Set((first.ok ? first.slots : []).map((slot) => slot.id));
    const byPage = matchSlots({ slots, when: when({ asap: true }), timeZone: 'Europe/London', page: 1 });
    const byExclude = matchSlots({
      slots: slots.filter((slot) => !shown.has(slot.id)),
      when: when({ asap: true }),
      timeZone: 'Europe/London',
    });
    expect(startsOf(byPage)).toEqual(startsOf(byExclude));
    expect(byPage.hasMore).toBe(true);
  });

  it.each<[string, WhenPreference]>([
    ['asap', when({ asap: true })],
    ['weekday mornings', when({ partOfDay: 'morning', excludedWeekdays: [6, 7] })],
    ['next week', when({ dates: [{ from: '2026-05-25', to: '2026-05-31' }] })],
  ])('offers %s on three different days when there are three', (_name, preference) => {
    const result = match(preference);
    const days = new Set(startsOf(result).map((start) => start.slice(0, 10)));
    expect(days.size).toBe(3);
  });
});

describe('matchSlots: slots shared between searches', () => {
  it('reads the same slots the same way on every search, as it reads fresh copies of them', () => {
    const copies = slots.map((slot) => ({ ...slot }));
    const preferences = [
      when({ asap: true }),
      when({ dates: [{ from: '2026-05-20', to: '2026-05-20' }], partOfDay: 'afternoon' }),
      when({ partOfDay: 'morning', excludedWeekdays: [1, 2] }),
    ];
    for (const preference of preferences) {
      const first = match(preference);
      expect(match(preference)).toEqual(first);
      expect(match(preference, { slots: copies })).toEqual(first);
    }
  });

  it('reads a slot by its own start, not by its id', () => {
    const [slot] = slots;
    const later = { ...slot, start: '2026-05-20T12:30:00.000Z', end: '2026-05-20T13:15:00.000Z' };
    expect(match(when({ asap: true }), { slots: [slot] })).toMatchObject({ ok: true, slots: [slot] });
    const afternoon = when({ dates: [{ from: '2026-05-20', to: '2026-05-20' }], partOfDay: 'afternoon' });
    expect(match(afternoon, { slots: [later] })).toMatchObject({ ok: true, slots: [later] });
    expect(match(afternoon, { slots: [slot] })).toMatchObject({ ok: false });
  });
});
