import { staffCapabilities } from '../../../dialogs/staff';
import { say, translator } from '../../support/dialogs';
import { bookAs, clientAs, staffWorld, talk, textsOf, play } from '../../support/staff';

// Monday 16 November 2026, 09:00 in London. Ada Lovell has two sessions booked next Tuesday afternoon.
const ADA_TUE_1_30 = 'ada-lovell:2026-11-24T13:30:00.000Z';
const ADA_TUE_4 = 'ada-lovell:2026-11-24T16:00:00.000Z';
const menu = say('menu.prompt');

async function adaWithBookings() {
  const world = staffWorld();
  // One patient booked in Signpost; the other was booked by reception, so Signpost cannot message them.
  const told = await bookAs(world, 'own-patient', ADA_TUE_1_30);
  const held = await world.booking.hold({ slotId: ADA_TUE_4, owner: 'reception-patient' });
  if (!held.ok) throw new Error(held.reason);
  const booked = await world.booking.confirm({
    slotId: ADA_TUE_4,
    holdToken: held.hold.holdToken,
    owner: 'reception-patient',
    mode: 'phone',
    bookedBy: { kind: 'staff', staffId: 'jo-bennett' },
  });
  if (!booked.ok) throw new Error(booked.reason);
  const untold = booked.view;
  const client = clientAs('Ada', staffCapabilities({ translator, nation: 'england', ...world }));
  await talk(client, 'hello');
  return { world, client, told, untold };
}

const start: [string, string[]][] = [[say('staff.menu.leave'), [say('staff.leave.kind')]]];

describe('a link worker changes their availability', () => {
  it('adds leave, cancels the sessions in it once they agree, sends new times, and hands back the patient it cannot reach', async () => {
    const { world, client, told, untold } = await adaWithBookings();
    await play(client, [
      ...start,
      [say('staff.leave.kinds.leave'), [say('staff.leave.firstDay')]],
      ['not sure yet', [say('staff.leave.dateProblem.notADate')]],
      ['24 November', [say('staff.leave.lastDay')]],
      [
        '25/11/2026',
        [
          say('staff.leave.summary.leave', { from: 'Tuesday 24 November', to: 'Wednesday 25 November' }),
          `${say('staff.leave.affected', { count: 2 })}\n- Tuesday 24 November at 1:30pm\n- Tuesday 24 November at 4pm`,
          say('staff.leave.confirmCancel'),
        ],
      ],
    ]);
    const done = await talk(client, 'Yes, save it');
    expect(textsOf(done)).toEqual([
      say('staff.leave.saved.leave', { from: 'Tuesday 24 November', to: 'Wednesday 25 November' }),
      say('staff.leave.cancelled', { count: 2 }),
      say('staff.leave.sendingTimes', { count: 1 }),
      say('staff.leave.callThem', { count: 1 }),
      say('staff.handoff.summary', { when: 'Tuesday 24 November at 4pm', how: say('booking.how.phone') }),
      menu,
    ]);
    expect(JSON.stringify(done[4].attachments)).toContain(say('staff.status.cancelled'));
    // The new times are queued for the patient; sending them is the outbox's job, apart from this turn.
    const queued = (await world.storage.outbox.pending(20)).filter(
      (message) => message.recipient.kind === 'patient',
    );
    expect(queued.map((message) => message.bookingId)).toEqual([told.booking.id]);
    expect((await world.ledger.get(untold.booking.id))?.status).toBe('cancelled');
    expect(await world.storage.availability.forWorker('ada-lovell')).toEqual([
      { kind: 'leave', from: '2026-11-24', to: '2026-11-25' },
    ]);
  });

  it('takes days said in words, as a patient booking would: "next tues" to "wed 25th"', async () => {
    const { client } = await adaWithBookings();
    await play(client, [
      ...start,
      [say('staff.leave.kinds.leave'), [say('staff.leave.firstDay')]],
      ['next tues', [say('staff.leave.lastDay')]],
      [
        'wed 25th',
        [
          say('staff.leave.summary.leave', { from: 'Tuesday 24 November', to: 'Wednesday 25 November' }),
          `${say('staff.leave.affected', { count: 2 })}\n- Tuesday 24 November at 1:30pm\n- Tuesday 24 November at 4pm`,
          say('staff.leave.confirmCancel'),
        ],
      ],
    ]);
  });

  it('changes nothing when the link worker says no', async () => {
    const { world, client, told } = await adaWithBookings();
    await play(client, [
      ...start,
      [say('staff.leave.kinds.remove'), [say('staff.leave.day')]],
      ['24 November', [say('staff.leave.times')]],
      ['3pm to 1pm', [say('staff.leave.timesProblem.endBeforeStart')]],
      [
        '1pm to 3pm',
        [
          say('staff.leave.summary.remove', { day: 'Tuesday 24 November', start: '13:00', end: '15:00' }),
          `${say('staff.leave.affected', { count: 1 })}\n- Tuesday 24 November at 1:30pm`,
          say('staff.leave.confirmCancel'),
        ],
      ],
      ['No, leave it', [say('staff.leave.notSaved'), menu]],
    ]);
    expect((await world.ledger.get(told.booking.id))?.status).toBe('confirmed');
    expect(await world.storage.availability.forWorker('ada-lovell')).toEqual([]);
    expect(world.auditLog.entries).toEqual([]);
  });

  it('adds extra hours with no one to cancel, and explains a time outside core hours', async () => {
    const { world, client } = await adaWithBookings();
    await play(client, [
      ...start,
      [say('staff.leave.kinds.add'), [say('staff.leave.day')]],
      ['Saturday 21 November', [say('staff.leave.times')]],
      ['10:00 to 12:00', [say('staff.leave.problem.outsideHours'), say('staff.leave.kind')]],
      [say('staff.leave.kinds.add'), [say('staff.leave.day')]],
      ['23 November', [say('staff.leave.times')]],
      [
        '13:30 to 15:00',
        [
          say('staff.leave.summary.add', { day: 'Monday 23 November', start: '13:30', end: '15:00' }),
          say('staff.leave.confirm'),
        ],
      ],
      [
        'Yes, save it',
        [say('staff.leave.saved.add', { day: 'Monday 23 November', start: '13:30', end: '15:00' }), menu],
      ],
    ]);
    expect(world.auditLog.entries.map((entry) => [entry.action, entry.code])).toEqual([
      ['availability.changed', 'add'],
    ]);
  });
});
