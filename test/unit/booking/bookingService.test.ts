import { anyTimePreference, type WhenPreference } from '../../../src/domain/booking/whenPreference';
import type { AvailabilityChange } from '../../../src/domain/staff/availabilityOverride';
import { BookingService, type SlotOffer } from '../../../src/services/booking/bookingService';
import type { AvailabilityStore } from '../../../src/services/ports';
import { bookingWorld, DAY, MINUTE, testBookingConfig } from '../../support/booking';
import { eventOf, unescapeText, eventInstant } from '../../support/ics';

const PATIENT = 'patient-key-1';
const SOMEONE_ELSE = 'patient-key-2';

const when = (parts: Partial<WhenPreference>): WhenPreference => ({
  ...anyTimePreference('Europe/London'),
  ...parts,
});
const on = (date: string) => [{ from: date, to: date }];
const ids = (offers: readonly SlotOffer[]) => offers.map((offer) => offer.id);
const ada = (iso: string) => `ada-lovell:${iso}`;
const tom = (iso: string) => `tom-hadley:${iso}`;

const TUESDAY_24_AFTERNOON = [
  ada('2026-11-24T13:30:00.000Z'),
  ada('2026-11-24T14:45:00.000Z'),
  ada('2026-11-24T16:00:00.000Z'),
];

async function book(world: ReturnType<typeof bookingWorld>, slotId: string, owner = PATIENT) {
  const held = await world.service.hold({ slotId, owner });
  if (!held.ok) throw new Error(`could not hold ${slotId}: ${held.reason}`);
  const confirmed = await world.service.confirm({
    slotId,
    holdToken: held.hold.holdToken,
    owner,
    mode: 'inPerson',
  });
  if (!confirmed.ok) throw new Error(`could not confirm ${slotId}: ${confirmed.reason}`);
  return confirmed.view;
}

describe('BookingService.findSlots', () => {
  it.each<[string, WhenPreference, string[]]>([
    ['a named afternoon', when({ dates: on('2026-11-24'), partOfDay: 'afternoon' }), TUESDAY_24_AFTERNOON],
    [
      'as soon as possible: different days, and an afternoon among them',
      when({ asap: true }),
      [ada('2026-11-17T09:00:00.000Z'), tom('2026-11-18T13:00:00.000Z'), ada('2026-11-19T09:00:00.000Z')],
    ],
    [
      'not Tuesdays',
      when({ excludedWeekdays: [2] }),
      [ada('2026-11-18T09:00:00.000Z'), ada('2026-11-19T09:00:00.000Z'), ada('2026-11-20T09:00:00.000Z')],
    ],
    [
      'Wednesday after 1, which only Tom can do',
      when({ dates: on('2026-11-18'), times: [{ kind: 'between', from: '13:00', to: '24:00' }] }),
      [tom('2026-11-18T13:00:00.000Z'), tom('2026-11-18T13:45:00.000Z'), tom('2026-11-18T14:30:00.000Z')],
    ],
  ])('offers the best three for %s', async (_name, preference, expected) => {
    const result = await bookingWorld().service.findSlots({ when: preference });
    expect(result.ok && ids(result.offers)).toEqual(expected);
  });

  it('names the link worker and the place of each offer', async () => {
    const result = await bookingWorld().service.findSlots({ when: when({ dates: on('2026-11-18') }) });
    if (!result.ok) throw new Error(result.reason);
    expect(result.offers[0]).toEqual({
      id: ada('2026-11-18T09:00:00.000Z'),
      workerId: 'ada-lovell',
      workerName: 'Ada Lovell',
      start: '2026-11-18T09:00:00.000Z',
      end: '2026-11-18T10:00:00.000Z',
      modes: ['inPerson', 'phone', 'video'],
      site: { id: 'riverside-surgery', name: 'Riverside Surgery' },
    });
  });

  it('leaves out slots that are held or booked, and those already shown', async () => {
    const world = bookingWorld();
    await book(world, TUESDAY_24_AFTERNOON[0], SOMEONE_ELSE);
    const held = await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[1], owner: SOMEONE_ELSE });
    expect(held.ok).toBe(true);
    const tuesday = when({ dates: on('2026-11-24') });
    const first = await world.service.findSlots({ when: tuesday });
    // Spread over the day: a morning, a late morning two and a half hours on, and the afternoon.
    expect(first.ok && ids(first.offers)).toEqual([
      ada('2026-11-24T09:00:00.000Z'),
      ada('2026-11-24T11:30:00.000Z'),
      TUESDAY_24_AFTERNOON[2],
    ]);
    expect(first).toMatchObject({ hasMore: true });
    const more = await world.service.findSlots({ when: tuesday, exclude: first.ok ? ids(first.offers) : [] });
    expect(more.ok && ids(more.offers)).toEqual([ada('2026-11-24T10:15:00.000Z')]);
    expect(more).toMatchObject({ hasMore: false });
    const page = await world.service.findSlots({ when: tuesday, page: 1 });
    expect(page.ok && ids(page.offers)).toEqual([ada('2026-11-24T10:15:00.000Z')]);
  });

  it('leaves out slots that a booking off the slot grid overlaps', async () => {
    const world = bookingWorld();
    // A receptionist's booking at 10:00-11:00 touches the 09:00 slot's buffer and the 10:15 slot.
    const offGrid = {
      id: ada('2026-11-24T10:00:00.000Z'),
      workerId: 'ada-lovell',
      start: '2026-11-24T10:00:00.000Z',
      end: '2026-11-24T11:00:00.000Z',
    };
    const now = world.clock.now();
    const held = await world.ledger.hold({ slot: offGrid, owner: SOMEONE_ELSE, ttlMs: 60_000, now });
    if (!held.ok) throw new Error('hold');
    await world.ledger.confirm({
      slot: offGrid,
      holdToken: held.holdToken,
      owner: SOMEONE_ELSE,
      mode: 'inPerson',
      bookedBy: { kind: 'staff', staffId: 'reception-1' },
      now,
    });
    const result = await world.service.findSlots({
      when: when({ dates: on('2026-11-24'), partOfDay: 'morning' }),
    });
    expect(result.ok && ids(result.offers)).toEqual([ada('2026-11-24T11:30:00.000Z')]);
    const late = await world.service.hold({ slotId: ada('2026-11-24T10:15:00.000Z'), owner: PATIENT });
    expect(late).toEqual({ ok: false, reason: 'slotTaken' });
  });

  it.each<[string, string, WhenPreference, string, string[]]>([
    [
      'a Saturday',
      '2026-11-16T09:00:00.000Z',
      when({ dates: on('2026-11-21') }),
      'noneThatDay',
      [tom('2026-11-18T14:30:00.000Z'), ada('2026-11-19T11:30:00.000Z'), ada('2026-11-20T11:30:00.000Z')],
    ],
    [
      'Christmas Day',
      '2026-12-21T09:00:00.000Z',
      when({ dates: on('2026-12-25') }),
      'bankHoliday',
      [ada('2026-12-22T16:00:00.000Z'), tom('2026-12-23T14:30:00.000Z'), ada('2026-12-24T11:30:00.000Z')],
    ],
    [
      'a date past the two weeks',
      '2026-11-16T09:00:00.000Z',
      when({ dates: on('2027-01-12') }),
      'beyondHorizon',
      [tom('2026-11-25T14:30:00.000Z'), ada('2026-11-26T11:30:00.000Z'), ada('2026-11-27T11:30:00.000Z')],
    ],
    [
      'Friday evening',
      '2026-11-16T09:00:00.000Z',
      when({ dates: on('2026-11-20'), partOfDay: 'evening' }),
      'noneAtThatTime',
      [ada('2026-11-20T09:00:00.000Z'), ada('2026-11-20T10:15:00.000Z'), ada('2026-11-20T11:30:00.000Z')],
    ],
    // Without a time, "nearest" is measured from the start of the day asked for: the latest slots
    // before it and the earliest after it, one a day.
  ])('says why nothing fits %s, and what is nearest', async (_name, now, preference, reason, nearest) => {
    const result = await bookingWorld({ now }).service.findSlots({ when: preference });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    expect(ids(result.alternatives).sort()).toEqual([...nearest].sort());
  });

  it('offers only the link workers of the practice when one is set', async () => {
    const world = bookingWorld({ config: testBookingConfig(undefined, 'oak-street') });
    const result = await world.service.findSlots({ when: when({ asap: true }) });
    expect(result.ok && result.offers.every((offer) => offer.workerId === 'tom-hadley')).toBe(true);
  });
});

describe("BookingService: the link workers' own diary changes", () => {
  /** A diary whose changes the test sets outright, so they can also be taken back. */
  class SetChanges implements AvailabilityStore {
    changes: AvailabilityChange[] = [];
    async add(): Promise<void> {}
    async forWorker(workerId: string): Promise<AvailabilityChange[]> {
      return workerId === 'ada-lovell' ? this.changes.map((change) => ({ ...change })) : [];
    }
  }

  function diaryWorld() {
    const world = bookingWorld();
    const availability = new SetChanges();
    const { ledger, clock, referrals, config } = world;
    const service = new BookingService({ ledger, clock, referrals, config, availability });
    const tuesday = async () => {
      const found = await service.findSlots({ when: when({ dates: on('2026-11-24') }), count: 10 });
      return found.ok ? ids(found.offers) : [];
    };
    return { availability, service, tuesday };
  }

  const timeOff = (start: string, end: string): AvailabilityChange => ({
    kind: 'remove',
    date: '2026-11-24',
    start,
    end,
  });

  it('makes slots from the changes read on each search, the same changes giving the same slots', async () => {
    const { availability, tuesday } = diaryWorld();
    const plain = await tuesday();
    expect(plain).toEqual([
      ada('2026-11-24T09:00:00.000Z'),
      ada('2026-11-24T10:15:00.000Z'),
      ada('2026-11-24T11:30:00.000Z'),
      ...TUESDAY_24_AFTERNOON,
    ]);
    const morningOff = [timeOff('09:00', '12:30')];
    availability.changes = morningOff;
    expect(await tuesday()).toEqual(TUESDAY_24_AFTERNOON);
    expect(await tuesday()).toEqual(TUESDAY_24_AFTERNOON);
    // More sets of changes than are remembered for one worker, each its own day, then the first again.
    const days = new Set([plain.join(), TUESDAY_24_AFTERNOON.join()]);
    for (const hour of ['09', '10', '11', '14', '15', '16']) {
      availability.changes = [timeOff(`${hour}:00`, `${hour}:30`)];
      days.add((await tuesday()).join());
    }
    expect(days.size).toBe(8);
    availability.changes = morningOff;
    expect(await tuesday()).toEqual(TUESDAY_24_AFTERNOON);
    availability.changes = [];
    expect(await tuesday()).toEqual(plain);
  });

  it('refuses to hold a slot in time off, and holds it again once the time off is taken back', async () => {
    const { availability, service } = diaryWorld();
    const slotId = ada('2026-11-24T10:15:00.000Z');
    availability.changes = [timeOff('10:00', '11:00')];
    expect(await service.hold({ slotId, owner: PATIENT })).toEqual({ ok: false, reason: 'outsideHours' });
    availability.changes = [];
    expect(await service.hold({ slotId, owner: PATIENT })).toMatchObject({ ok: true });
  });
});

describe('BookingService: what reading "when" needs, and the usual times', () => {
  it("gives the practice's bank holidays and its furthest horizon", () => {
    const context = bookingWorld().service.whenContext();
    expect(context.holidays.division).toBe('england-and-wales');
    expect(context.holidays.calendar.isBankHoliday('england-and-wales', '2026-12-28')).toBe(true);
    expect(context.horizonDays).toBe(14);
  });

  it('turns the times a patient is usually free into a request, narrowed times and ruled-out days kept', async () => {
    const world = bookingWorld();
    expect(await world.service.usualTimes(PATIENT)).toBeUndefined();
    await world.referrals.agree(PATIENT);
    expect(await world.service.usualTimes(PATIENT)).toBeUndefined();
    await world.referrals.setPreferences(PATIENT, {
      availability: {
        windows: [
          { weekday: 'tue', partOfDay: 'morning' },
          { weekday: 'wed', partOfDay: 'afternoon', start: '14:00' },
        ],
        excludedWeekdays: ['fri'],
      },
    });
    const usual = await world.service.usualTimes(PATIENT);
    expect(usual).toMatchObject({
      asap: true,
      excludedWeekdays: [5],
      weekly: [
        { weekday: 2, from: '08:00', to: '12:00' },
        { weekday: 3, from: '14:00', to: '17:00' },
      ],
    });
    const found = usual ? await world.service.findSlots({ when: usual }) : undefined;
    expect(found?.ok && ids(found.offers)).toEqual([
      ada('2026-11-17T09:00:00.000Z'),
      tom('2026-11-18T14:30:00.000Z'),
      ada('2026-11-24T09:00:00.000Z'),
    ]);
  });
});

describe('BookingService: hold, confirm and the referral draft', () => {
  it('books a held slot and joins it to the referral draft', async () => {
    const world = bookingWorld();
    const draft = await world.referrals.agree(PATIENT);
    const view = await book(world, TUESDAY_24_AFTERNOON[0]);
    expect(view.booking).toMatchObject({
      slotId: TUESDAY_24_AFTERNOON[0],
      owner: PATIENT,
      mode: 'inPerson',
      referralId: draft.id,
      bookedBy: { kind: 'patient' },
      status: 'confirmed',
    });
    expect(view.worker).toEqual({ id: 'ada-lovell', name: 'Ada Lovell' });
    expect(view.site?.id).toBe('riverside-surgery');
    expect((await world.referrals.get(PATIENT))?.bookingIds).toEqual([view.booking.id]);
  });

  it('keeps the name and number given for a phone meeting on the referral draft, for the link worker', async () => {
    const world = bookingWorld();
    await world.referrals.agree(PATIENT);
    const held = await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[0], owner: PATIENT });
    if (!held.ok) throw new Error(held.reason);
    const booked = await world.service.confirm({
      slotId: TUESDAY_24_AFTERNOON[0],
      holdToken: held.hold.holdToken,
      owner: PATIENT,
      mode: 'phone',
      contact: { name: 'Sam', phone: '+447700900123' },
    });
    expect(booked.ok).toBe(true);
    expect((await world.referrals.get(PATIENT))?.contact).toEqual({
      name: 'Sam',
      phone: '+447700900123',
      agreedAt: expect.any(String),
    });
  });

  it('books without a referral draft when the patient came only to book', async () => {
    const world = bookingWorld();
    const view = await book(world, TUESDAY_24_AFTERNOON[0]);
    expect(view.booking.referralId).toBeUndefined();
    expect(await world.referrals.get(PATIENT)).toBeUndefined();
  });

  it('gives the same one booking when the same hold is confirmed twice', async () => {
    const world = bookingWorld();
    const held = await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[0], owner: PATIENT });
    if (!held.ok) throw new Error(held.reason);
    const confirm = () =>
      world.service.confirm({
        slotId: TUESDAY_24_AFTERNOON[0],
        holdToken: held.hold.holdToken,
        owner: PATIENT,
        mode: 'phone',
      });
    const first = await confirm();
    const second = await confirm();
    expect(first.ok && first.alreadyConfirmed).toBe(false);
    expect(second.ok && second.alreadyConfirmed).toBe(true);
    expect(second.ok && second.view.booking.id).toBe(first.ok && first.view.booking.id);
    expect(await world.service.myBookings(PATIENT)).toHaveLength(1);
  });

  it('says the slot was taken when someone else booked it while the patient decided', async () => {
    const world = bookingWorld({ holdTtlMs: 5 * MINUTE });
    const mine = await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[0], owner: PATIENT });
    if (!mine.ok) throw new Error(mine.reason);
    world.clock.advance(6 * MINUTE);
    await book(world, TUESDAY_24_AFTERNOON[0], SOMEONE_ELSE);
    const result = await world.service.confirm({
      slotId: TUESDAY_24_AFTERNOON[0],
      holdToken: mine.hold.holdToken,
      owner: PATIENT,
      mode: 'inPerson',
    });
    expect(result).toEqual({ ok: false, reason: 'slotTaken' });
  });

  it('refuses to hold a slot someone else holds', async () => {
    const world = bookingWorld();
    await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[0], owner: SOMEONE_ELSE });
    expect(await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[0], owner: PATIENT })).toEqual({
      ok: false,
      reason: 'slotTaken',
    });
  });

  it('says the hold expired when the patient took too long and nobody else took it', async () => {
    const world = bookingWorld({ holdTtlMs: 5 * MINUTE });
    const held = await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[0], owner: PATIENT });
    if (!held.ok) throw new Error(held.reason);
    world.clock.advance(6 * MINUTE);
    expect(
      await world.service.confirm({
        slotId: TUESDAY_24_AFTERNOON[0],
        holdToken: held.hold.holdToken,
        owner: PATIENT,
        mode: 'inPerson',
      }),
    ).toEqual({ ok: false, reason: 'holdExpired' });
  });

  it('says a slot is too soon once the minimum notice has passed, and lets the hold go', async () => {
    const world = bookingWorld({ holdTtlMs: 2 * DAY });
    const slotId = ada('2026-11-17T09:00:00.000Z');
    const held = await world.service.hold({ slotId, owner: PATIENT });
    if (!held.ok) throw new Error(held.reason);
    world.clock.advance(30 * MINUTE);
    const result = await world.service.confirm({
      slotId,
      holdToken: held.hold.holdToken,
      owner: PATIENT,
      mode: 'phone',
    });
    expect(result).toEqual({ ok: false, reason: 'tooSoon' });
    const taken = await world.ledger.takenSlotIds({
      workerId: 'ada-lovell',
      from: '2026-11-17T00:00:00.000Z',
      to: '2026-11-18T00:00:00.000Z',
      now: world.clock.now(),
    });
    expect(taken.has(slotId)).toBe(false);
  });

  it.each<[string, string, string]>([
    ['a time off the slot grid', ada('2026-11-24T09:05:00.000Z'), 'outsideHours'],
    ['a Sunday', ada('2026-11-22T09:00:00.000Z'), 'outsideHours'],
    ['a slot tomorrow morning within the notice period', ada('2026-11-16T11:30:00.000Z'), 'tooSoon'],
    ['a link worker nobody has', 'nobody:2026-11-24T09:00:00.000Z', 'unknownSlot'],
    ['something that is not a slot id', 'hello', 'unknownSlot'],
    ['a start that is not an instant', 'ada-lovell:tuesday', 'unknownSlot'],
  ])('refuses to hold %s', async (_name, slotId, reason) => {
    expect(await bookingWorld().service.hold({ slotId, owner: PATIENT })).toEqual({ ok: false, reason });
  });

  it('refuses a way of meeting the slot does not offer', async () => {
    const world = bookingWorld();
    const slotId = tom('2026-11-18T13:00:00.000Z');
    const held = await world.service.hold({ slotId, owner: PATIENT });
    if (!held.ok) throw new Error(held.reason);
    expect(
      await world.service.confirm({
        slotId,
        holdToken: held.hold.holdToken,
        owner: PATIENT,
        mode: 'inPerson',
      }),
    ).toEqual({ ok: false, reason: 'modeUnavailable' });
  });
});

describe('BookingService: my bookings, cancel and move', () => {
  it('lists the bookings that have not finished, soonest first', async () => {
    const world = bookingWorld();
    const later = await book(world, TUESDAY_24_AFTERNOON[1]);
    const sooner = await book(world, ada('2026-11-18T09:00:00.000Z'));
    expect((await world.service.myBookings(PATIENT)).map((view) => view.booking.id)).toEqual([
      sooner.booking.id,
      later.booking.id,
    ]);
    expect(await world.service.myBookings(SOMEONE_ELSE)).toEqual([]);
    world.clock.set('2026-11-18T10:00:00.000Z');
    expect((await world.service.myBookings(PATIENT)).map((view) => view.booking.id)).toEqual([
      later.booking.id,
    ]);
  });

  it('cancels a booking and frees its slot', async () => {
    const world = bookingWorld();
    const view = await book(world, TUESDAY_24_AFTERNOON[0]);
    expect(await world.service.cancel({ bookingId: view.booking.id, owner: SOMEONE_ELSE })).toEqual({
      ok: false,
      reason: 'notOwner',
    });
    expect(await world.service.cancel({ bookingId: 'no-such-booking', owner: PATIENT })).toEqual({
      ok: false,
      reason: 'notFound',
    });
    const cancelled = await world.service.cancel({ bookingId: view.booking.id, owner: PATIENT });
    expect(cancelled.ok && cancelled.view.booking.status).toBe('cancelled');
    expect(await world.service.myBookings(PATIENT)).toEqual([]);
    expect((await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[0], owner: SOMEONE_ELSE })).ok).toBe(
      true,
    );
  });

  it('moves a booking: the new slot is taken, the old one freed, the id kept', async () => {
    const world = bookingWorld();
    const view = await book(world, TUESDAY_24_AFTERNOON[0]);
    const held = await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[2], owner: PATIENT });
    if (!held.ok) throw new Error(held.reason);
    const moved = await world.service.move({
      bookingId: view.booking.id,
      owner: PATIENT,
      slotId: TUESDAY_24_AFTERNOON[2],
      holdToken: held.hold.holdToken,
      mode: 'video',
    });
    if (!moved.ok) throw new Error(moved.reason);
    expect(moved.view.booking).toMatchObject({
      id: view.booking.id,
      slotId: TUESDAY_24_AFTERNOON[2],
      mode: 'video',
    });
    expect(moved.previous.booking.slotId).toBe(TUESDAY_24_AFTERNOON[0]);
    expect(moved.view.site).toBeNull();
    expect((await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[0], owner: SOMEONE_ELSE })).ok).toBe(
      true,
    );
    expect(await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[2], owner: SOMEONE_ELSE })).toEqual({
      ok: false,
      reason: 'slotTaken',
    });
  });

  it('does not move a booking to a slot whose hold has expired', async () => {
    const world = bookingWorld({ holdTtlMs: 5 * MINUTE });
    const view = await book(world, TUESDAY_24_AFTERNOON[0]);
    const held = await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[2], owner: PATIENT });
    if (!held.ok) throw new Error(held.reason);
    world.clock.advance(6 * MINUTE);
    const moved = await world.service.move({
      bookingId: view.booking.id,
      owner: PATIENT,
      slotId: TUESDAY_24_AFTERNOON[2],
      holdToken: held.hold.holdToken,
    });
    expect(moved).toEqual({ ok: false, reason: 'holdExpired' });
    expect((await world.service.myBookings(PATIENT))[0].booking.slotId).toBe(TUESDAY_24_AFTERNOON[0]);
  });
});

describe('BookingService.calendarFile', () => {
  const text = { title: 'Link worker meeting', description: 'Ada Lovell will see you.' };

  it('gives an in-person booking its address, at its instant', async () => {
    const world = bookingWorld();
    const view = await book(world, TUESDAY_24_AFTERNOON[0]);
    const event = eventOf(world.service.calendarFile(view, text));
    expect(unescapeText(event.get('LOCATION')?.value ?? '')).toBe(
      'Riverside Surgery, 12 Mill Lane, Riverton, RV1 2AB',
    );
    expect(eventInstant(event, 'DTSTART')).toBe(Date.parse('2026-11-24T13:30:00.000Z'));
    expect(event.get('UID')?.value).toBe(`${view.booking.id}@signpost`);
  });

  it('replaces the entry after a move and takes it out after a cancel', async () => {
    const world = bookingWorld();
    const view = await book(world, TUESDAY_24_AFTERNOON[0]);
    const first = eventOf(world.service.calendarFile(view, text));
    world.clock.advance(2 * DAY);
    const held = await world.service.hold({ slotId: TUESDAY_24_AFTERNOON[1], owner: PATIENT });
    if (!held.ok) throw new Error(held.reason);
    const moved = await world.service.move({
      bookingId: view.booking.id,
      owner: PATIENT,
      slotId: TUESDAY_24_AFTERNOON[1],
      holdToken: held.hold.holdToken,
      mode: 'phone',
    });
    if (!moved.ok) throw new Error(moved.reason);
    const second = eventOf(world.service.calendarFile(moved.view, text));
    world.clock.advance(MINUTE);
    const cancelled = await world.service.cancel({ bookingId: view.booking.id, owner: PATIENT });
    if (!cancelled.ok) throw new Error(cancelled.reason);
    const third = world.service.calendarFile(cancelled.view, text);

    expect(second.get('UID')?.value).toBe(first.get('UID')?.value);
    expect(second.has('LOCATION')).toBe(false);
    expect(Number(second.get('SEQUENCE')?.value)).toBeGreaterThan(Number(first.get('SEQUENCE')?.value));
    expect(eventOf(third).get('STATUS')?.value).toBe('CANCELLED');
    expect(Number(eventOf(third).get('SEQUENCE')?.value)).toBeGreaterThan(
      Number(second.get('SEQUENCE')?.value),
    );
  });
});
