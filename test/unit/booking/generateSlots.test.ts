import {
  type BankHolidayCalendar,
  createBankHolidayCalendar,
  type Nation,
} from '../../../src/domain/calendar/bankHolidays';
import { InvalidInstantError } from '../../../src/domain/booking/errors';
import {
  bookingHorizonEnd,
  findSlot,
  type GenerateSlotsInput,
  generateSlots,
  type SlotChoiceResult,
  validateSlotChoice,
} from '../../../src/domain/booking/generateSlots';
import type { BookedRange, Slot } from '../../../src/domain/booking/types';
import type { LinkWorker } from '../../../src/domain/linkWorkers/schema';
import { worker } from './workers';

const bankHolidays = createBankHolidayCalendar();

function slots(input: Omit<Partial<GenerateSlotsInput>, 'now'> & { now: string }): Slot[] {
  return generateSlots({
    worker: worker(),
    timeZone: 'Europe/London',
    bankHolidays,
    ...input,
    now: new Date(input.now),
  });
}

function starts(list: readonly Slot[]): string[] {
  return list.map((slot) => slot.start);
}

describe('generateSlots', () => {
  it('gives whole slot objects with stable ids', () => {
    // Monday 12 January 2026, GMT.
    expect(slots({ now: '2026-01-12T07:00:00Z', horizonDays: 1 })).toEqual([
      {
        id: 'ada-lovell:2026-01-12T09:00:00.000Z',
        workerId: 'ada-lovell',
        start: '2026-01-12T09:00:00.000Z',
        end: '2026-01-12T09:45:00.000Z',
        modes: ['inPerson', 'phone'],
        site: { id: 'riverside-surgery', name: 'Riverside Surgery' },
      },
      {
        id: 'ada-lovell:2026-01-12T10:00:00.000Z',
        workerId: 'ada-lovell',
        start: '2026-01-12T10:00:00.000Z',
        end: '2026-01-12T10:45:00.000Z',
        modes: ['inPerson', 'phone'],
        site: { id: 'riverside-surgery', name: 'Riverside Surgery' },
      },
      {
        id: 'ada-lovell:2026-01-12T11:00:00.000Z',
        workerId: 'ada-lovell',
        start: '2026-01-12T11:00:00.000Z',
        end: '2026-01-12T11:45:00.000Z',
        modes: ['inPerson', 'phone'],
        site: { id: 'riverside-surgery', name: 'Riverside Surgery' },
      },
    ]);
  });

  it('gives the same slots for the same diary', () => {
    const first = slots({ now: '2026-01-12T07:00:00Z' });
    const again = slots({ now: '2026-01-12T07:00:00Z' });
    expect(again).toEqual(first);
    expect(new Set(first.map((slot) => slot.id)).size).toBe(first.length);
  });

  describe('the clock-change Sundays: 09:00 is 09:00 on the wall on both sides', () => {
    const weekAndSaturday = worker({
      week: {
        friday: ['09:00-10:00'],
        saturday: [{ start: '09:00', end: '10:00', extendedHours: true }],
        monday: ['09:00-10:00'],
      },
    });
    it.each([
      [
        'spring forward, Sunday 29 March 2026',
        '2026-03-27T06:00:00Z',
        ['2026-03-27T09:00:00.000Z', '2026-03-28T09:00:00.000Z', '2026-03-30T08:00:00.000Z'],
      ],
      [
        'fall back, Sunday 25 October 2026',
        '2026-10-23T06:00:00Z',
        ['2026-10-23T08:00:00.000Z', '2026-10-24T08:00:00.000Z', '2026-10-26T09:00:00.000Z'],
      ],
    ])('%s', (_name, now, expected) => {
      expect(starts(slots({ worker: weekAndSaturday, now, horizonDays: 4 }))).toEqual(expected);
    });

    it('counts minimum notice in elapsed hours across the change', () => {
      // 48 hours after 09:00 GMT on Saturday 28 March is 10:00 BST on Monday 30 March (09:00 UTC).
      const noticed = worker({ minimumNoticeHours: 48, week: { monday: ['09:00-12:30'] } });
      expect(starts(slots({ worker: noticed, now: '2026-03-28T09:00:00Z', horizonDays: 3 }))).toEqual([
        '2026-03-30T09:00:00.000Z',
        '2026-03-30T10:00:00.000Z',
      ]);
    });

    it('counts the horizon in calendar days at the same wall-clock time', () => {
      // 14 days after 08:30 GMT on Friday 20 March is 08:30 BST on Friday 3 April (07:30 UTC)...
      // ...but that is Good Friday, so Thursday 2 April ends the list.
      const list = slots({ now: '2026-03-20T08:30:00Z' });
      expect(list[list.length - 1].start).toBe('2026-04-02T10:00:00.000Z');
    });
  });

  describe('the last slot of a day', () => {
    it.each([
      ['09:00-12:30', 45, 15, '11:00'],
      ['09:00-12:00', 45, 15, '11:00'],
      ['09:00-12:45', 45, 15, '12:00'],
      ['13:30-17:00', 60, 15, '16:00'],
      ['13:30-17:00', 60, 0, '15:30'],
      ['08:00-18:30', 50, 10, '17:00'],
    ])('span %s, %i-minute sessions, %i minutes between: last starts %s', (span, length, buffer, last) => {
      const diary = worker({
        sessions: { firstMinutes: length, bufferMinutes: buffer },
        week: { tuesday: [span] },
      });
      // Tuesday 13 January 2026 (GMT, so UTC reads as the wall clock).
      const list = slots({ worker: diary, now: '2026-01-13T00:00:00Z', horizonDays: 1 });
      expect(list[list.length - 1].start).toBe(`2026-01-13T${last}:00.000Z`);
    });
  });

  describe('minimum notice', () => {
    const noticed = worker({ minimumNoticeHours: 24 });
    it.each([
      ['exactly 24 hours before a slot: it is offered', '2026-01-12T09:00:00Z', '2026-01-13T09:00:00.000Z'],
      ['a millisecond later: it is not', '2026-01-12T09:00:00.001Z', '2026-01-13T10:00:00.000Z'],
      ['after the last slot of the next day', '2026-01-12T11:30:00Z', '2026-01-14T09:00:00.000Z'],
      ['on a Friday, the next slot is Monday', '2026-01-16T08:00:00Z', '2026-01-19T09:00:00.000Z'],
    ])('%s', (_name, now, first) => {
      expect(slots({ worker: noticed, now })[0].start).toBe(first);
    });
  });

  describe('the booking horizon', () => {
    it.each([
      ['14 days by default', '2026-01-12T07:00:00Z', undefined, '2026-01-23T11:00:00.000Z'],
      [
        'a slot that starts before the horizon ends is in',
        '2026-01-12T09:30:00Z',
        undefined,
        '2026-01-26T09:00:00.000Z',
      ],
      ['a shorter horizon', '2026-01-12T07:00:00Z', 2, '2026-01-13T11:00:00.000Z'],
    ])('%s', (_name, now, horizonDays, last) => {
      const list = slots({ now, horizonDays });
      expect(list[list.length - 1].start).toBe(last);
    });

    it.each([
      ['2026-03-20T10:00:00Z', undefined, '2026-04-03T09:00:00.000Z'],
      ['2026-10-20T09:00:00Z', 7, '2026-10-27T10:00:00.000Z'],
    ])('from %s over %s days ends at %s', (now, horizonDays, expected) => {
      expect(
        bookingHorizonEnd({ worker: worker(), now: new Date(now), horizonDays, timeZone: 'Europe/London' }),
      ).toBe(expected);
    });

    it("uses the worker's own horizon", () => {
      const list = slots({ worker: worker({ horizonDays: 7 }), now: '2026-01-12T07:00:00Z' });
      expect(list[list.length - 1].start).toBe('2026-01-16T11:00:00.000Z');
    });
  });

  describe('bank holidays', () => {
    const days = (list: readonly Slot[]): string[] => [
      ...new Set(list.map((slot) => slot.start.slice(0, 10))),
    ];
    it.each<[string, string, number, Nation, string[]]>([
      ['Easter in England', '2026-04-01T00:00:00Z', 7, 'england', ['2026-04-01', '2026-04-02', '2026-04-07']],
      [
        'Easter in Scotland (no Easter Monday)',
        '2026-04-01T00:00:00Z',
        7,
        'scotland',
        ['2026-04-01', '2026-04-02', '2026-04-06', '2026-04-07'],
      ],
      [
        'Christmas 2026 (Boxing Day kept on Monday 28th)',
        '2026-12-24T00:00:00Z',
        7,
        'england',
        ['2026-12-24', '2026-12-29', '2026-12-30'],
      ],
      [
        'first Monday of August, England works',
        '2026-08-03T00:00:00Z',
        2,
        'england',
        ['2026-08-03', '2026-08-04'],
      ],
      ['first Monday of August, Scotland is off', '2026-08-03T00:00:00Z', 2, 'scotland', ['2026-08-04']],
      ['last Monday of August, England is off', '2026-08-31T00:00:00Z', 2, 'england', ['2026-09-01']],
      [
        'last Monday of August, Scotland works',
        '2026-08-31T00:00:00Z',
        2,
        'scotland',
        ['2026-08-31', '2026-09-01'],
      ],
      [
        'St Patrick’s Day in Northern Ireland',
        '2026-03-16T00:00:00Z',
        3,
        'northern-ireland',
        ['2026-03-16', '2026-03-18'],
      ],
      [
        'St Patrick’s Day in England',
        '2026-03-16T00:00:00Z',
        3,
        'england',
        ['2026-03-16', '2026-03-17', '2026-03-18'],
      ],
    ])('%s', (_name, now, horizonDays, nation, expected) => {
      expect(days(slots({ now, horizonDays, nation }))).toEqual(expected);
    });

    it("takes the nation from the worker's sites when not given", () => {
      const scottish = worker({ siteIds: ['glen-practice'] });
      expect(scottish.nation).toBe('scotland');
      const list = slots({ worker: scottish, now: '2026-06-15T00:00:00Z', horizonDays: 1 });
      expect(list).toEqual([]);
    });
  });

  it('never offers a day of leave', () => {
    const away = worker({ leave: [{ from: '2026-02-02', to: '2026-02-04' }] });
    const days = new Set(
      slots({ worker: away, now: '2026-02-02T00:00:00Z', horizonDays: 4 }).map((s) => s.start.slice(0, 10)),
    );
    expect([...days]).toEqual(['2026-02-05']);
  });

  describe('exceptions', () => {
    it.each<[string, Parameters<typeof worker>[0], string, string[]]>([
      [
        'an hour removed mid-morning',
        { exceptions: [{ date: '2026-01-13', change: 'remove', start: '10:00', end: '11:00' }] },
        '2026-01-13',
        ['09:00', '11:00'],
      ],
      ['the whole day removed', { exceptions: [{ date: '2026-01-13', change: 'remove' }] }, '2026-01-13', []],
      [
        'an afternoon added',
        { exceptions: [{ date: '2026-01-13', change: 'add', start: '14:00', end: '16:00' }] },
        '2026-01-13',
        ['09:00', '10:00', '11:00', '14:00', '15:00'],
      ],
      [
        'an added span that overlaps the pattern does not double-book',
        { exceptions: [{ date: '2026-01-13', change: 'add', start: '11:00', end: '13:30' }] },
        '2026-01-13',
        ['09:00', '10:00', '11:00', '12:00'],
      ],
      [
        'an added Saturday in extended hours',
        {
          exceptions: [
            { date: '2026-01-17', change: 'add', start: '09:00', end: '11:00', extendedHours: true },
          ],
        },
        '2026-01-17',
        ['09:00', '10:00'],
      ],
    ])('%s', (_name, overrides, date, times) => {
      const list = slots({ worker: worker(overrides), now: `${date}T00:00:00Z`, horizonDays: 1 });
      expect(starts(list)).toEqual(times.map((time) => `${date}T${time}:00.000Z`));
    });
  });

  it('cuts to core hours even a span the schema would refuse', () => {
    // Built by hand, past the schema: generation must not trust its input to keep to core hours.
    const base = worker();
    const lenient: LinkWorker = {
      ...base,
      exceptions: [
        {
          date: '2026-01-13',
          change: 'add',
          span: { start: '17:00', end: '19:30', siteId: null, modes: ['phone'], extendedHours: false },
        },
      ],
    };
    expect(starts(slots({ worker: lenient, now: '2026-01-13T00:00:00Z', horizonDays: 1 }))).toEqual([
      '2026-01-13T09:00:00.000Z',
      '2026-01-13T10:00:00.000Z',
      '2026-01-13T11:00:00.000Z',
      '2026-01-13T17:00:00.000Z',
    ]);
  });

  describe('network extended hours', () => {
    const evenings = worker({
      sessions: { firstMinutes: 40, bufferMinutes: 20 },
      week: {
        wednesday: [{ start: '17:00', end: '19:30', extendedHours: true }],
        saturday: [{ start: '09:00', end: '12:30', extendedHours: true }],
      },
    });
    it.each([
      // Wednesday 14 January 2026 (GMT).
      ['a weekday evening', '2026-01-14', ['17:00', '18:00']],
      ['a Saturday morning', '2026-01-17', ['09:00', '10:00', '11:00']],
      ['not on Sunday', '2026-01-18', []],
    ])('%s', (_name, date, times) => {
      const list = slots({ worker: evenings, now: `${date}T00:00:00Z`, horizonDays: 1 });
      expect(starts(list)).toEqual(times.map((time) => `${date}T${time}:00.000Z`));
    });

    it('is BST in summer: 18:00 on the wall is 17:00 UTC', () => {
      expect(starts(slots({ worker: evenings, now: '2026-06-17T00:00:00Z', horizonDays: 1 }))).toEqual([
        '2026-06-17T16:00:00.000Z',
        '2026-06-17T17:00:00.000Z',
      ]);
    });
  });

  describe('taken time', () => {
    it.each<[string, BookedRange[], string[]]>([
      ['nothing taken', [], ['09:00', '10:00', '11:00']],
      [
        'a slot taken',
        [{ start: '2026-01-13T10:00:00.000Z', end: '2026-01-13T10:45:00.000Z' }],
        ['09:00', '11:00'],
      ],
      [
        'an off-grid follow-up takes both sessions it is too close to',
        [{ start: '2026-01-13T10:30:00Z', end: '2026-01-13T11:00:00Z' }],
        ['09:00'],
      ],
      [
        "another worker's booking is ignored",
        [{ start: '2026-01-13T10:00:00Z', end: '2026-01-13T10:45:00Z', workerId: 'someone-else' }],
        ['09:00', '10:00', '11:00'],
      ],
      [
        "this worker's booking by id",
        [{ start: '2026-01-13T09:00:00Z', end: '2026-01-13T09:45:00Z', workerId: 'ada-lovell' }],
        ['10:00', '11:00'],
      ],
    ])('%s', (_name, booked, times) => {
      const list = slots({ now: '2026-01-13T00:00:00Z', horizonDays: 1, booked });
      expect(starts(list)).toEqual(times.map((time) => `2026-01-13T${time}:00.000Z`));
    });

    it('throws for a taken range that is not an instant (a bug in the caller)', () => {
      expect(() =>
        slots({ now: '2026-01-13T00:00:00Z', booked: [{ start: 'tuesday', end: 'later' }] }),
      ).toThrow(InvalidInstantError);
    });
  });

  it('lays follow-up sessions at their own length', () => {
    const list = slots({ now: '2026-01-13T00:00:00Z', horizonDays: 1, sessionKind: 'followUp' });
    expect(list.map((slot) => [slot.start.slice(11, 16), slot.end.slice(11, 16)])).toEqual([
      ['09:00', '09:30'],
      ['09:45', '10:15'],
      ['10:30', '11:00'],
      ['11:15', '11:45'],
      ['12:00', '12:30'],
    ]);
  });

  it('keeps the site and modes of each span', () => {
    const mixed = worker({
      siteIds: ['riverside-surgery', 'oak-street'],
      modes: ['inPerson', 'phone', 'video'],
      week: {
        tuesday: [
          { start: '09:00', end: '10:00', site: 'oak-street' },
          { start: '13:00', end: '14:00', modes: ['phone', 'video'] },
        ],
      },
    });
    const list = slots({ worker: mixed, now: '2026-01-13T00:00:00Z', horizonDays: 1 });
    expect(list.map((slot) => [slot.start, slot.modes, slot.site])).toEqual([
      [
        '2026-01-13T09:00:00.000Z',
        ['inPerson', 'phone', 'video'],
        { id: 'oak-street', name: 'Oak Street Medical Centre' },
      ],
      ['2026-01-13T13:00:00.000Z', ['phone', 'video'], null],
    ]);
  });
});

describe('generateSlots: days laid once and shared', () => {
  // Tuesday 13 January 2026 (GMT): Ada's slots are 09:00, 10:00 and 11:00.
  const TUESDAY = '2026-01-13T00:00:00Z';
  const at = (times: string[], date = '2026-01-13') => times.map((time) => `${date}T${time}:00.000Z`);

  it('gives equal slots on every call, and they cannot be changed', () => {
    const diary = worker();
    const first = slots({ worker: diary, now: TUESDAY, horizonDays: 3 });
    const again = slots({ worker: diary, now: TUESDAY, horizonDays: 3 });
    expect(again).toEqual(first);
    // Written past the types on purpose, as a careless caller might.
    const [slot] = first;
    expect(() => Object.assign(slot, { start: '2026-01-13T09:30:00.000Z' })).toThrow(TypeError);
    expect(() => (slot.modes as string[]).push('video')).toThrow(TypeError);
    expect(slots({ worker: diary, now: TUESDAY, horizonDays: 3 })).toEqual(first);
  });

  it('lays the day again for a worker object with other hours, even under the same id', () => {
    const mornings = worker();
    expect(starts(slots({ worker: mornings, now: TUESDAY, horizonDays: 1 }))).toEqual(
      at(['09:00', '10:00', '11:00']),
    );
    const afternoons: LinkWorker = {
      ...mornings,
      week: {
        ...mornings.week,
        tuesday: [{ start: '14:00', end: '16:00', siteId: null, modes: ['phone'], extendedHours: false }],
      },
    };
    expect(slots({ worker: afternoons, now: TUESDAY, horizonDays: 1 })).toEqual([
      expect.objectContaining({ start: '2026-01-13T14:00:00.000Z', modes: ['phone'], site: null }),
      expect.objectContaining({ start: '2026-01-13T15:00:00.000Z', modes: ['phone'], site: null }),
    ]);
    const longer: LinkWorker = { ...mornings, sessions: { ...mornings.sessions, firstMinutes: 90 } };
    expect(starts(slots({ worker: longer, now: TUESDAY, horizonDays: 1 }))).toEqual(at(['09:00', '10:45']));
    expect(starts(slots({ worker: mornings, now: TUESDAY, horizonDays: 1 }))).toEqual(
      at(['09:00', '10:00', '11:00']),
    );
  });

  it('still takes out booked time on a day already laid, and only while it is booked', () => {
    const diary = worker();
    const booked: BookedRange[] = [{ start: '2026-01-13T10:00:00.000Z', end: '2026-01-13T10:45:00.000Z' }];
    expect(starts(slots({ worker: diary, now: TUESDAY, horizonDays: 1 }))).toEqual(
      at(['09:00', '10:00', '11:00']),
    );
    expect(starts(slots({ worker: diary, now: TUESDAY, horizonDays: 1, booked }))).toEqual(
      at(['09:00', '11:00']),
    );
    expect(starts(slots({ worker: diary, now: TUESDAY, horizonDays: 1 }))).toEqual(
      at(['09:00', '10:00', '11:00']),
    );
  });

  it('moves the booking window with the present moment, forwards and back', () => {
    const diary = worker();
    expect(starts(slots({ worker: diary, now: '2026-01-13T09:30:00Z', horizonDays: 1 }))).toEqual([
      ...at(['10:00', '11:00']),
      ...at(['09:00'], '2026-01-14'),
    ]);
    expect(starts(slots({ worker: diary, now: '2026-01-14T09:30:00Z', horizonDays: 1 }))).toEqual([
      ...at(['10:00', '11:00'], '2026-01-14'),
      ...at(['09:00'], '2026-01-15'),
    ]);
    expect(starts(slots({ worker: diary, now: '2026-01-13T08:00:00Z', horizonDays: 1 }))).toEqual([
      ...at(['09:00', '10:00', '11:00']),
    ]);
  });

  it('keeps session kinds, nations and bank-holiday calendars apart', () => {
    const diary = worker();
    // Friday 2 January 2026 is a bank holiday in Scotland only.
    const friday = { worker: diary, now: '2026-01-02T00:00:00Z', horizonDays: 1 };
    expect(slots({ ...friday, nation: 'england' })).toHaveLength(3);
    expect(slots({ ...friday, nation: 'scotland' })).toEqual([]);
    expect(slots({ ...friday, sessionKind: 'followUp', nation: 'england' })).toHaveLength(5);
    const closedTuesday: BankHolidayCalendar = {
      ...bankHolidays,
      isBankHoliday: (division, date) => date === '2026-01-13' || bankHolidays.isBankHoliday(division, date),
    };
    expect(slots({ worker: diary, now: TUESDAY, horizonDays: 1 })).toHaveLength(3);
    expect(slots({ worker: diary, now: TUESDAY, horizonDays: 1, bankHolidays: closedTuesday })).toEqual([]);
  });
});

describe('findSlot', () => {
  const input = { worker: worker(), timeZone: 'Europe/London' as const, bankHolidays };

  it.each([
    ['the weeks of the spring clock change', '2026-03-23T06:00:00Z'],
    ['the weeks of the autumn clock change', '2026-10-19T06:00:00Z'],
    ['Christmas', '2026-12-21T06:00:00Z'],
  ])('finds every slot generateSlots gives, over %s', (_name, iso) => {
    const now = new Date(iso);
    const all = generateSlots({ ...input, now, sessionKind: 'followUp' });
    expect(all.length).toBeGreaterThan(0);
    for (const slot of all) {
      expect(findSlot({ ...input, now, sessionKind: 'followUp', id: slot.id })).toEqual(slot);
    }
  });

  it.each([
    ['a time off the grid', 'ada-lovell:2026-01-13T09:05:00.000Z'],
    ['the same instant written another way', 'ada-lovell:2026-01-13T09:00:00Z'],
    ['a time before now', 'ada-lovell:2026-01-12T11:00:00.000Z'],
    ['a time past the horizon', 'ada-lovell:2026-01-28T09:00:00.000Z'],
    ["another worker's id", 'tom-hadley:2026-01-13T09:00:00.000Z'],
    ['a start that is not an instant', 'ada-lovell:tuesday'],
  ])('finds nothing for %s', (_name, id) => {
    expect(findSlot({ ...input, now: new Date('2026-01-13T00:00:00Z'), id })).toBeUndefined();
  });

  it('finds nothing once the slot is too soon', () => {
    const noticed = worker({ minimumNoticeHours: 24 });
    const id = 'ada-lovell:2026-01-14T09:00:00.000Z';
    const now = (iso: string) => ({ ...input, worker: noticed, now: new Date(iso), id });
    expect(findSlot(now('2026-01-13T09:00:00Z'))).toEqual(expect.objectContaining({ id }));
    expect(findSlot(now('2026-01-13T09:00:00.001Z'))).toBeUndefined();
  });
});

describe('validateSlotChoice', () => {
  const noticed: LinkWorker = worker({
    minimumNoticeHours: 24,
    leave: [{ from: '2026-01-21', to: '2026-01-21' }],
  });
  it.each<[string, string, string, SlotChoiceResult]>([
    ['a slot on the grid', '2026-01-12T08:00:00Z', '2026-01-13T09:00:00Z', { ok: true }],
    ['a start off the grid, inside hours', '2026-01-12T08:00:00Z', '2026-01-13T09:10:00Z', { ok: true }],
    ['exactly at the notice boundary', '2026-01-12T09:00:00Z', '2026-01-13T09:00:00Z', { ok: true }],
    ['inside the notice', '2026-01-12T09:00:01Z', '2026-01-13T09:00:00Z', { ok: false, reason: 'tooSoon' }],
    [
      'before the day starts',
      '2026-01-12T08:00:00Z',
      '2026-01-13T08:30:00Z',
      { ok: false, reason: 'outsideHours' },
    ],
    [
      'running past the end of the span',
      '2026-01-12T08:00:00Z',
      '2026-01-13T11:50:00Z',
      { ok: false, reason: 'outsideHours' },
    ],
    ['the last start that fits', '2026-01-12T08:00:00Z', '2026-01-13T11:45:00Z', { ok: true }],
    ['a Saturday', '2026-01-12T08:00:00Z', '2026-01-17T10:00:00Z', { ok: false, reason: 'outsideHours' }],
    ['on leave', '2026-01-12T08:00:00Z', '2026-01-21T09:00:00Z', { ok: false, reason: 'onLeave' }],
    [
      'beyond the horizon',
      '2026-01-12T08:00:00Z',
      '2026-01-26T09:00:00Z',
      { ok: false, reason: 'beyondHorizon' },
    ],
    ['Good Friday', '2026-03-30T08:00:00Z', '2026-04-03T08:00:00Z', { ok: false, reason: 'bankHoliday' }],
    ['09:00 BST after the clock change', '2026-03-28T08:00:00Z', '2026-03-30T08:00:00Z', { ok: true }],
    [
      '08:00 BST after the clock change',
      '2026-03-28T08:00:00Z',
      '2026-03-30T07:00:00Z',
      { ok: false, reason: 'outsideHours' },
    ],
  ])('%s', (_name, now, start, expected) => {
    expect(
      validateSlotChoice({
        worker: noticed,
        now: new Date(now),
        start,
        timeZone: 'Europe/London',
        bankHolidays,
      }),
    ).toEqual(expected);
  });

  it('checks a follow-up at its own length', () => {
    const input = {
      worker: noticed,
      now: new Date('2026-01-12T08:00:00Z'),
      start: '2026-01-13T12:00:00Z',
      timeZone: 'Europe/London' as const,
      bankHolidays,
    };
    expect(validateSlotChoice(input)).toEqual({ ok: false, reason: 'outsideHours' });
    expect(validateSlotChoice({ ...input, sessionKind: 'followUp' })).toEqual({ ok: true });
  });

  it('throws for a start that is not an instant (a bug in the caller)', () => {
    expect(() =>
      validateSlotChoice({
        worker: noticed,
        now: new Date('2026-01-12T08:00:00Z'),
        start: '13/01/2026 09:00',
        timeZone: 'Europe/London',
        bankHolidays,
      }),
    ).toThrow(InvalidInstantError);
  });
});
