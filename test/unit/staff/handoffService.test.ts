import type { HandoffLine } from '../../../src/services/handoffs/handoffService';
import type { StaffMember } from '../../../src/domain/staff/staffDirectory';
import { bookAs, staffWorld } from '../../support/staff';
import { anyTimePreference } from '../../../src/domain/booking/whenPreference';
import { UK_TIME_ZONE } from '../../../src/domain/calendar/wallClock';

const ANY = anyTimePreference(UK_TIME_ZONE);

// Monday 16 November 2026, 09:00 in London. Ada Lovell is the link worker "ada-lovell" and is staff
// member "ada-lovell"; Tom Hadley is "tom-hadley".
const ADA_TUE_1_30 = 'ada-lovell:2026-11-24T13:30:00.000Z';
const ADA_TUE_2_45 = 'ada-lovell:2026-11-24T14:45:00.000Z';
const PATIENT = 'patient-key-1';

function member(world: ReturnType<typeof staffWorld>, id: string): StaffMember {
  const found = world.directory.byId(id);
  if (!found) throw new Error(id);
  return found;
}

async function consentingPatient(world: ReturnType<typeof staffWorld>, key = PATIENT) {
  await world.referrals.agree(key, [{ kinds: ['suicidal'], at: '2026-11-16T08:55:00.000Z' }]);
  await world.referrals.recordWhatMatters(key, 'I feel lonely since I retired', ['loneliness']);
  await world.referrals.likeOffer(key, { id: 'o1', name: 'Riverside Walking Group' });
  await world.referrals.recordWellbeing(key, {
    lifeSatisfaction: 4,
    worthwhile: 5,
    happiness: 3,
    anxiety: 7,
  });
  await world.referrals.setPreferences(key, {
    languages: ['pl'],
    accessNeeds: ['stepFree'],
    interests: ['outdoorsAndNature', 'social'],
    interestsText: 'walking\nmeeting people',
  });
}

/** A card shown in a link worker's own Teams turn. */
const IN_TURN = {
  activityId: 'in-turn-1',
  reference: {
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/',
    conversation: { id: 'a' },
    bot: { id: 'b' },
  },
};

describe('handoffs', () => {
  it('sends a summary of what the patient agreed to share, once, when their link worker can be reached', async () => {
    const world = staffWorld();
    world.notifier.reachable.add('ada-lovell');
    await consentingPatient(world);
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30, 'phone');
    await world.referrals.setContact(PATIENT, { name: 'Sam', phone: '+447700900123' });
    // The booking only queued it: nothing waits for a channel inside the patient's turn.
    expect(world.notifier.sent).toEqual([]);
    expect(await world.handoffs.deliverDue()).toBe(1);

    expect(world.notifier.handoffs).toHaveLength(1);
    const [sent] = world.notifier.handoffs;
    expect(sent.staffId).toBe('ada-lovell');
    expect(sent.view).toMatchObject({
      handoff: { id: view.booking.id, workerId: 'ada-lovell', status: 'new' },
      booking: { start: '2026-11-24T13:30:00.000Z', mode: 'phone', bookedBy: 'patient', status: 'confirmed' },
      referral: {
        needs: ['loneliness'],
        ownWords: 'I feel lonely since I retired',
        likedOffers: ['Riverside Walking Group'],
        enjoys: 'walking\nmeeting people',
        wellbeing: { lifeSatisfaction: 4, worthwhile: 5, happiness: 3, anxiety: 7 },
        safetyFlags: [{ kinds: ['suicidal'], at: '2026-11-16T08:55:00.000Z' }],
        languages: ['pl'],
        accessNeeds: ['stepFree'],
        contact: { name: 'Sam', phone: '07700 900123', email: null },
      },
      patient: null,
    });
    expect(await world.storage.outbox.pending(10)).toEqual([]);

    // Nothing is shown twice: not by the sweep, not in the person's own turn.
    expect(await world.handoffs.deliverDue()).toBe(0);
    expect(await world.handoffs.takeWaiting({ kind: 'staff', staffId: 'ada-lovell' })).toEqual([]);
    expect(world.notifier.handoffs).toHaveLength(1);
    // The card's place is kept, so it can be redrawn when the booking changes.
    expect((await world.storage.handoffs.get(view.booking.id))?.cards).toEqual([
      expect.objectContaining({ staffId: 'ada-lovell', activityId: 'activity-1', version: 0 }),
    ]);
  });

  it('gives a minimal handoff for a booking with no referral draft', async () => {
    const world = staffWorld();
    world.notifier.reachable.add('ada-lovell');
    await bookAs(world, 'no-draft', ADA_TUE_1_30);
    await world.handoffs.deliverDue();
    const [sent] = world.notifier.handoffs;
    expect(sent.view.referral).toBeNull();
    expect(sent.view.patient).toBeNull();
    expect(sent.view.booking).toMatchObject({ mode: 'inPerson', siteName: 'Riverside Surgery' });
  });

  it('shows nothing more once the patient deletes their data', async () => {
    const world = staffWorld();
    await consentingPatient(world);
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    await world.referrals.forget(PATIENT);
    const opened = await world.handoffs.open(member(world, 'ada-lovell'), view.booking.id);
    expect(opened.ok && opened.view.referral).toBeNull();
  });

  it('records a failed send with its reason, tries again only after the backoff, and delivers once', async () => {
    const world = staffWorld();
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    expect(await world.handoffs.deliverDue()).toBe(0);
    const [waiting] = await world.storage.outbox.pending(10);
    expect(waiting).toMatchObject({
      kind: 'handoff.new',
      bookingId: view.booking.id,
      attempts: 1,
      lastError: 'http 403 BotNotInConversationRoster',
      lastAttemptAt: '2026-11-16T09:00:00.000Z',
      nextAttemptAt: '2026-11-16T09:01:00.000Z',
    });
    // The staff inbox shows it, with who it is for.
    expect(await world.handoffs.pendingDeliveries()).toEqual([
      expect.objectContaining({ staffName: 'Ada Lovell', start: '2026-11-24T13:30:00.000Z', givenUp: false }),
    ]);
    world.notifier.reachable.add('ada-lovell');
    // Not due yet: the backoff holds.
    expect(await world.handoffs.deliverDue()).toBe(0);
    world.notifier.reachable.delete('ada-lovell');
    world.clock.advance(60_000);
    expect(await world.handoffs.deliverDue()).toBe(0);
    // The wait doubles: two minutes after the second failure.
    expect((await world.storage.outbox.pending(10))[0]?.nextAttemptAt).toBe('2026-11-16T09:03:00.000Z');
    world.notifier.reachable.add('ada-lovell');
    world.clock.advance(120_000);
    expect(await world.handoffs.deliverDue()).toBe(1);
    expect(await world.handoffs.deliverDue()).toBe(0);
    expect(world.notifier.handoffs).toHaveLength(1);
    expect(await world.handoffs.pendingDeliveries()).toEqual([]);
  });

  it('shows a waiting card in the link worker’s own turn, and the sweep leaves it to that turn', async () => {
    const world = staffWorld();
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    const [taken] = await world.handoffs.takeWaiting({ kind: 'staff', staffId: 'ada-lovell' });
    expect(taken?.content).toMatchObject({ kind: 'handoffCard', view: { handoff: { id: view.booking.id } } });
    world.notifier.reachable.add('ada-lovell');
    // The turn holds the lease: a sweep now sends nothing.
    expect(await world.handoffs.deliverDue()).toBe(0);
    if (!taken) throw new Error('nothing waiting');
    await world.handoffs.shownInTurn(taken, IN_TURN);
    expect(await world.handoffs.deliverDue()).toBe(0);
    expect(await world.handoffs.takeWaiting({ kind: 'staff', staffId: 'ada-lovell' })).toEqual([]);
    expect(world.notifier.sent).toEqual([]);
  });

  it('takes only the kinds a turn shows, and leaves a card to redraw to the sweep, unleased', async () => {
    const world = staffWorld();
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    const [taken] = await world.handoffs.takeWaiting({ kind: 'staff', staffId: 'ada-lovell' });
    if (!taken) throw new Error('nothing waiting');
    await world.handoffs.shownInTurn(taken, IN_TURN);
    // Accepting it redraws the card that was shown: a card update waits in the outbox.
    expect(await world.handoffs.accept(member(world, 'ada-lovell'), view.booking.id)).toMatchObject({
      ok: true,
    });
    const kinds = ['handoff.new', 'handoff.moved', 'handoff.movedAway', 'handoff.cancelled'] as const;
    expect(await world.handoffs.takeWaiting({ kind: 'staff', staffId: 'ada-lovell' }, { kinds })).toEqual([]);
    // Not leased by the turn that passed it over: the sweep sends it at once.
    world.notifier.reachable.add('ada-lovell');
    expect(await world.handoffs.deliverDue()).toBe(1);
    expect(world.notifier.sent.map((sent) => sent.content.kind)).toEqual(['cardUpdate']);
  });

  it('delivers waiting messages oldest first once the link worker can be reached', async () => {
    const world = staffWorld();
    const first = await bookAs(world, PATIENT, ADA_TUE_1_30);
    world.clock.advance(60_000);
    const second = await bookAs(world, 'another', ADA_TUE_2_45);
    world.notifier.reachable.add('ada-lovell');
    expect(await world.handoffs.deliverDue()).toBe(2);
    expect(world.notifier.handoffs.map((item) => item.view.handoff.id).sort()).toEqual(
      [first.booking.id, second.booking.id].sort(),
    );
    expect(await world.handoffs.deliverDue()).toBe(0);
  });

  it('makes one handoff for a double tap', async () => {
    const world = staffWorld();
    world.notifier.reachable.add('ada-lovell');
    const held = await world.booking.hold({ slotId: ADA_TUE_1_30, owner: PATIENT });
    if (!held.ok) throw new Error(held.reason);
    const confirm = () =>
      world.booking.confirm({
        slotId: ADA_TUE_1_30,
        holdToken: held.hold.holdToken,
        owner: PATIENT,
        mode: 'video',
      });
    await confirm();
    await confirm();
    await world.handoffs.deliverDue();
    expect(world.notifier.handoffs).toHaveLength(1);
  });

  it('keeps the message for later when sending throws, and never fails the booking', async () => {
    const world = staffWorld();
    world.notifier.reachable.add('ada-lovell');
    world.notifier.deliver = async () => {
      throw new Error('channel down');
    };
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    expect(view.booking.status).toBe('confirmed');
    expect(await world.handoffs.deliverDue()).toBe(0);
    expect((await world.storage.outbox.pending(10)).map((message) => message.bookingId)).toEqual([
      view.booking.id,
    ]);
    // The lease was let go, so the next sweep may try again at once.
    expect(
      await world.storage.outbox.claim({ id: `${view.booking.id}:handoff.new:v0`, ttlMs: 1000 }),
    ).toBeDefined();
  });

  it("shows a receptionist's referral with who the patient is", async () => {
    const world = staffWorld();
    world.notifier.reachable.add('ada-lovell');
    const referral = await world.staffReferrals.record({
      member: member(world, 'jo-bennett'),
      note: '78, lives alone since her husband died, asking about the lunch club',
      needs: ['loneliness', 'bereavement'],
      patient: {
        name: 'Margaret Smith',
        dateOfBirth: '1948-04-03',
        nhsNumber: '9434765919',
        phone: { e164: '+447700900123', display: '07700 900123' },
        preferredContact: 'phone',
        language: 'pl',
        interpreter: true,
      },
      decision: 'agreed',
    });
    await bookAs(world, referral.patientKey, ADA_TUE_1_30);
    await world.handoffs.deliverDue();
    const [sent] = world.notifier.handoffs;
    expect(sent.view.patient).toEqual({
      name: 'Margaret Smith',
      dateOfBirth: '1948-04-03',
      nhsNumber: '9434765919',
      phone: '07700 900123',
      preferredContact: 'phone',
      language: 'pl',
      interpreter: true,
    });
    expect(sent.view.referral).toMatchObject({
      needs: ['loneliness', 'bereavement'],
      languages: ['pl'],
      accessNeeds: ['interpreter'],
      contact: { name: null, phone: '07700 900123', email: null },
    });
  });

  it("lists a link worker's handoffs for today and later, making any that were lost", async () => {
    const world = staffWorld();
    const tuesday = await bookAs(world, PATIENT, ADA_TUE_1_30);
    // A booking whose handoff was never made (the process stopped in between): straight into the ledger.
    const held = await world.ledger.hold({
      slot: {
        id: ADA_TUE_2_45,
        workerId: 'ada-lovell',
        start: '2026-11-24T14:45:00.000Z',
        end: '2026-11-24T15:45:00.000Z',
      },
      owner: 'lost',
      ttlMs: 60_000,
      now: world.clock.now(),
    });
    if (!held.ok) throw new Error('hold');
    await world.ledger.confirm({
      slot: {
        id: ADA_TUE_2_45,
        workerId: 'ada-lovell',
        start: '2026-11-24T14:45:00.000Z',
        end: '2026-11-24T15:45:00.000Z',
      },
      holdToken: held.holdToken,
      owner: 'lost',
      mode: 'phone',
      bookedBy: { kind: 'patient' },
      now: world.clock.now(),
    });
    const ada = member(world, 'ada-lovell');
    world.clock.set('2026-11-24T08:00:00.000Z');
    const list = await world.handoffs.list(ada);
    const ids = (views: readonly HandoffLine[]) => views.map((view) => view.booking.start);
    expect(ids(list.today)).toEqual(['2026-11-24T13:30:00.000Z', '2026-11-24T14:45:00.000Z']);
    expect(list.upcoming).toEqual([]);
    expect((await world.handoffs.list(member(world, 'tom-hadley'))).today).toEqual([]);
    // The one made while listing is queued for Ada like any other.
    expect((await world.storage.outbox.pending(10)).map((message) => message.bookingId).sort()).toEqual(
      [tuesday.booking.id, list.today[1]?.booking.id].sort(),
    );

    world.clock.set('2026-11-16T09:00:00.000Z');
    const earlier = await world.handoffs.list(ada);
    expect(ids(earlier.today)).toEqual([]);
    expect(ids(earlier.upcoming)).toHaveLength(2);
  });

  it('records acceptance, attendance and an outcome, only for the link worker it belongs to', async () => {
    const world = staffWorld();
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    const id = view.booking.id;
    const ada = member(world, 'ada-lovell');
    expect(await world.handoffs.accept(member(world, 'tom-hadley'), id)).toEqual({
      ok: false,
      reason: 'notYours',
    });
    expect(await world.handoffs.accept(ada, 'nothing')).toEqual({ ok: false, reason: 'notFound' });

    const accepted = await world.handoffs.accept(ada, id);
    expect(accepted.ok && accepted.view.handoff).toMatchObject({
      status: 'accepted',
      acceptedAt: '2026-11-16T09:00:00.000Z',
    });
    // Not before the session starts.
    expect(await world.handoffs.recordAttendance(ada, id, true)).toEqual({ ok: false, reason: 'tooEarly' });
    world.clock.set('2026-11-24T15:00:00.000Z');
    const attended = await world.handoffs.recordAttendance(ada, id, true);
    expect(attended.ok && attended.view.handoff.status).toBe('attended');
    const outcome = await world.handoffs.recordOutcome(ada, id, {
      notes: 'Joined the walking group.',
      wellbeing: { lifeSatisfaction: 6, anxiety: 4 },
    });
    expect(outcome.ok && outcome.view.handoff.outcome).toEqual({
      at: '2026-11-24T15:00:00.000Z',
      notes: 'Joined the walking group.',
      wellbeing: { lifeSatisfaction: 6, anxiety: 4 },
    });
    expect(
      world.auditLog.entries.map((entry) => [entry.staffId, entry.action, entry.handoffId, entry.code]),
    ).toEqual([
      ['ada-lovell', 'handoff.accepted', id, 'accepted'],
      ['ada-lovell', 'handoff.attended', id, 'attended'],
      ['ada-lovell', 'handoff.outcomeRecorded', id, 'attended'],
    ]);
    expect(JSON.stringify(world.auditLog.entries)).not.toContain('walking');
  });

  it('records attendance only on an accepted referral, and lets it be undone the same day only', async () => {
    const world = staffWorld();
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    const id = view.booking.id;
    const ada = member(world, 'ada-lovell');
    world.clock.set('2026-11-24T13:35:00.000Z');
    expect(await world.handoffs.recordAttendance(ada, id, false)).toEqual({
      ok: false,
      reason: 'notAccepted',
    });
    await world.handoffs.accept(ada, id);
    const missed = await world.handoffs.recordAttendance(ada, id, false);
    expect(missed.ok && missed.view.handoff.status).toBe('didNotAttend');
    world.clock.set('2026-11-24T16:00:00.000Z');
    const undone = await world.handoffs.undoAttendance(ada, id);
    expect(undone.ok && undone.view.handoff.status).toBe('accepted');
    expect(await world.handoffs.undoAttendance(ada, id)).toEqual({ ok: false, reason: 'notRecorded' });
    await world.handoffs.recordAttendance(ada, id, true);
    world.clock.set('2026-11-25T09:00:00.000Z');
    expect(await world.handoffs.undoAttendance(ada, id)).toEqual({ ok: false, reason: 'tooLate' });
  });

  it('tells both link workers when a booking moves from one to the other, and moves it between their lists', async () => {
    const world = staffWorld();
    world.notifier.reachable.add('ada-lovell');
    world.notifier.reachable.add('tom-hadley');
    await consentingPatient(world);
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    await world.handoffs.deliverDue();
    const tomSlot = (await world.booking.findSlots({ when: { ...ANY, asap: true }, count: 30 })).ok
      ? await world.booking.findSlots({ when: { ...ANY, asap: true }, count: 30 })
      : undefined;
    const target = tomSlot?.ok ? tomSlot.offers.find((offer) => offer.workerId === 'tom-hadley') : undefined;
    if (!target) throw new Error('no slot with Tom');
    const held = await world.booking.hold({ slotId: target.id, owner: PATIENT });
    if (!held.ok) throw new Error(held.reason);
    const moved = await world.booking.move({
      bookingId: view.booking.id,
      owner: PATIENT,
      slotId: target.id,
      holdToken: held.hold.holdToken,
    });
    expect(moved.ok).toBe(true);
    world.notifier.sent.length = 0;
    await world.handoffs.deliverDue();
    const got = world.notifier.sent.map(({ to, content }) => [
      to,
      content.kind,
      'notice' in content ? content.notice : content.kind === 'cardUpdate' ? content.movedAway : '',
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['staff:ada-lovell', 'handoffNotice', 'movedAway'],
        ['staff:ada-lovell', 'cardUpdate', true],
        ['staff:tom-hadley', 'handoffCard', ''],
      ]),
    );
    expect(got).toHaveLength(3);
    world.clock.set('2026-11-16T10:00:00.000Z');
    const ids = async (who: string) => {
      const list = await world.handoffs.list(member(world, who));
      return [...list.today, ...list.upcoming].map((item) => item.booking.id);
    };
    expect(await ids('ada-lovell')).toEqual([]);
    expect(await ids('tom-hadley')).toEqual([view.booking.id]);
  });

  it('tells the link worker of a cancellation with the reason and the safety flag, and keeps it in their list', async () => {
    const world = staffWorld();
    world.notifier.reachable.add('ada-lovell');
    await consentingPatient(world);
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    await world.handoffs.deliverDue();
    world.notifier.sent.length = 0;
    await world.booking.cancel({
      bookingId: view.booking.id,
      owner: PATIENT,
      cancellation: { by: 'patient', reason: 'I am in hospital [click](http://x.example)' },
    });
    await world.handoffs.deliverDue();
    const [notice, update] = world.notifier.sent;
    expect(notice?.content).toMatchObject({
      kind: 'handoffNotice',
      notice: 'cancelled',
      view: {
        handoff: {
          status: 'cancelled',
          cancelledBecause: 'patient',
          cancelReason: 'I am in hospital [click](http://x.example)',
        },
        referral: { safetyFlags: [expect.objectContaining({ kinds: ['suicidal'] })] },
      },
    });
    expect(update?.content).toMatchObject({ kind: 'cardUpdate', card: { activityId: 'activity-1' } });
    const list = await world.handoffs.list(member(world, 'ada-lovell'));
    expect(list.upcoming.map((item) => item.handoff.status)).toEqual(['cancelled']);
  });

  it('after leave, queues new times for a patient who booked in Signpost, and gives up once they are pointless', async () => {
    const world = staffWorld();
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    await world.handoffs.deliverDue();
    await world.availability.apply(member(world, 'ada-lovell'), {
      kind: 'leave',
      from: '2026-11-24',
      to: '2026-11-24',
    });
    const waiting = (await world.storage.outbox.pending(10)).filter(
      (message) => message.recipient.kind === 'patient',
    );
    expect(waiting).toEqual([
      expect.objectContaining({
        kind: 'patient.cancelledByLeave',
        bookingId: view.booking.id,
        recipient: { kind: 'patient', patientKey: PATIENT },
      }),
    ]);
    world.clock.set('2026-12-01T09:00:00.000Z');
    await world.handoffs.deliverDue();
    expect(await world.handoffs.pendingDeliveries()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          givenUp: true,
          message: expect.objectContaining({ lastError: 'expired' }),
        }),
      ]),
    );
  });
});
