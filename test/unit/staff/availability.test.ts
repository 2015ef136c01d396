import { anyTimePreference, type WhenPreference } from '../../../src/domain/booking/whenPreference';
import { UK_TIME_ZONE } from '../../../src/domain/calendar/wallClock';
import {
  checkAvailabilityChange,
  type AvailabilityChange,
} from '../../../src/domain/staff/availabilityOverride';
import type { StaffMember } from '../../../src/domain/staff/staffDirectory';
import { bookAs, staffWorld } from '../../support/staff';

// Monday 16 November 2026, 09:00 in London. Ada Lovell: weekday mornings 09:00-12:30 and Tuesday
// afternoons 13:30-17:00, 60-minute sessions with 15 minutes between.
const TODAY = '2026-11-16';
const on = (date: string): WhenPreference => ({
  ...anyTimePreference(UK_TIME_ZONE),
  dates: [{ from: date, to: date }],
});
const ADA_TUE_1_30 = 'ada-lovell:2026-11-24T13:30:00.000Z';
const ADA_TUE_4 = 'ada-lovell:2026-11-24T16:00:00.000Z';

function ada(world: ReturnType<typeof staffWorld>): StaffMember {
  const member = world.directory.byId('ada-lovell');
  if (!member) throw new Error('no Ada');
  return member;
}

async function adaStarts(world: ReturnType<typeof staffWorld>, date: string): Promise<string[]> {
  const search = await world.booking.findSlots({ when: on(date), count: 10 });
  return search.ok
    ? search.offers.filter((offer) => offer.workerId === 'ada-lovell').map((offer) => offer.start)
    : [];
}

describe('availability changes', () => {
  it.each<[string, AvailabilityChange, string]>([
    ['leave that ends before it starts', { kind: 'leave', from: '2026-11-25', to: '2026-11-24' }, 'invalid'],
    ['leave in the past', { kind: 'leave', from: '2026-11-01', to: '2026-11-13' }, 'past'],
    ['leave of more than a year', { kind: 'leave', from: '2026-12-01', to: '2027-12-31' }, 'tooLong'],
    [
      'time off that ends before it starts',
      { kind: 'remove', date: '2026-11-24', start: '15:00', end: '13:00' },
      'invalid',
    ],
    [
      'extra hours on a Saturday',
      { kind: 'add', date: '2026-11-21', start: '10:00', end: '12:00' },
      'outsideHours',
    ],
    [
      'extra hours late in the evening',
      { kind: 'add', date: '2026-11-23', start: '18:00', end: '20:00' },
      'outsideHours',
    ],
  ])('refuses %s', (_name, change, reason) => {
    expect(checkAvailabilityChange(change, TODAY)).toEqual({ ok: false, reason });
  });

  it('lays leave, time off and extra hours on top of the configured diary when slots are made', async () => {
    const world = staffWorld();
    expect(await adaStarts(world, '2026-11-24')).toEqual([
      '2026-11-24T09:00:00.000Z',
      '2026-11-24T10:15:00.000Z',
      '2026-11-24T11:30:00.000Z',
      '2026-11-24T13:30:00.000Z',
      '2026-11-24T14:45:00.000Z',
      '2026-11-24T16:00:00.000Z',
    ]);
    expect(await adaStarts(world, '2026-11-23')).toHaveLength(3);

    const apply = async (change: AvailabilityChange) => {
      const result = await world.availability.apply(ada(world), change);
      if (!result.ok) throw new Error(result.reason);
    };
    await apply({ kind: 'remove', date: '2026-11-24', start: '13:30', end: '15:45' });
    expect(await adaStarts(world, '2026-11-24')).toEqual([
      '2026-11-24T09:00:00.000Z',
      '2026-11-24T10:15:00.000Z',
      '2026-11-24T11:30:00.000Z',
      // The afternoon now starts when the time off ends.
      '2026-11-24T15:45:00.000Z',
    ]);
    await apply({ kind: 'add', date: '2026-11-23', start: '13:30', end: '15:00' });
    expect(await adaStarts(world, '2026-11-23')).toContain('2026-11-23T13:30:00.000Z');
    await apply({ kind: 'leave', from: '2026-11-24', to: '2026-11-25' });
    expect(await adaStarts(world, '2026-11-24')).toEqual([]);
    expect(await adaStarts(world, '2026-11-25')).toEqual([]);

    // A slot offered before the leave, or forged, cannot be held inside it.
    expect(await world.booking.hold({ slotId: ADA_TUE_4, owner: 'someone' })).toEqual({
      ok: false,
      reason: 'outsideHours',
    });
  });

  it('cancels sessions in new leave, tells the patients it can reach with new times, and hands back the rest', async () => {
    const world = staffWorld();
    const reachable = await bookAs(world, 'reachable-patient', ADA_TUE_1_30);
    const unreachable = await bookAs(world, 'unreachable-patient', ADA_TUE_4, 'phone');
    world.notifier.reachable.add('reachable-patient');
    const change: AvailabilityChange = { kind: 'leave', from: '2026-11-24', to: '2026-11-24' };

    const preview = await world.availability.preview(ada(world), change);
    expect(preview.ok && preview.affected.map((view) => view.booking.id)).toEqual([
      reachable.booking.id,
      unreachable.booking.id,
    ]);
    expect(await world.storage.availability.forWorker('ada-lovell')).toEqual([]);

    const result = await world.availability.apply(ada(world), change);
    if (!result.ok) throw new Error(result.reason);
    expect(result.cancelled.map((view) => [view.booking.id, view.booking.status])).toEqual([
      [reachable.booking.id, 'cancelled'],
      [unreachable.booking.id, 'cancelled'],
    ]);
    expect(result.untold.map((view) => view.booking.id)).toEqual([unreachable.booking.id]);
    expect(world.notifier.cancellations).toEqual([
      {
        patientKey: 'reachable-patient',
        bookingId: reachable.booking.id,
        alternatives: [
          // The earliest times, spread over different days and parts of the day.
          'ada-lovell:2026-11-17T09:00:00.000Z',
          'tom-hadley:2026-11-18T13:00:00.000Z',
          'ada-lovell:2026-11-19T09:00:00.000Z',
        ],
      },
    ]);
    expect(await world.storage.handoffs.get(reachable.booking.id)).toMatchObject({
      status: 'cancelled',
      cancelledBecause: 'leave',
    });
    expect(world.auditLog.entries.map((entry) => [entry.action, entry.code ?? entry.bookingId])).toEqual([
      ['availability.changed', 'leave'],
      ['availability.bookingCancelled', reachable.booking.id],
      ['availability.bookingCancelled', unreachable.booking.id],
    ]);
  });

  it('is for link workers only', async () => {
    const world = staffWorld();
    const jo = world.directory.byId('jo-bennett');
    if (!jo) throw new Error('no Jo');
    expect(
      await world.availability.preview(jo, { kind: 'leave', from: '2026-11-24', to: '2026-11-24' }),
    ).toEqual({
      ok: false,
      reason: 'notALinkWorker',
    });
  });
});
