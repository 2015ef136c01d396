import type { HandoffView } from '../../../src/services/handoffs/handoff';
import type { StaffMember } from '../../../src/domain/staff/staffDirectory';
import { bookAs, staffWorld } from '../../support/staff';

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
  await world.referrals.setPreferences(key, { languages: ['pl'], accessNeeds: ['stepFree'] });
}

describe('handoffs', () => {
  it('sends a summary of what the patient agreed to share, once, when their link worker can be reached', async () => {
    const world = staffWorld();
    world.notifier.reachable.add('ada-lovell');
    await consentingPatient(world);
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30, 'phone');
    await world.referrals.setContactPhone(PATIENT, '+447700900123');

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
        wellbeing: { lifeSatisfaction: 4, worthwhile: 5, happiness: 3, anxiety: 7 },
        safetyFlags: [{ kinds: ['suicidal'], at: '2026-11-16T08:55:00.000Z' }],
        languages: ['pl'],
        accessNeeds: ['stepFree'],
      },
      patient: null,
    });
    expect(await world.storage.handoffs.outbox('ada-lovell')).toEqual([]);

    // Nothing is shown twice: not by the sweep, not in the inbox.
    expect(await world.handoffs.deliverPending()).toBe(0);
    expect(await world.handoffs.inbox(member(world, 'ada-lovell'))).toEqual([]);
    expect(world.notifier.handoffs).toHaveLength(1);
  });

  it('gives a minimal handoff for a booking with no referral draft', async () => {
    const world = staffWorld();
    world.notifier.reachable.add('ada-lovell');
    await bookAs(world, 'no-draft', ADA_TUE_1_30);
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

  it('keeps a handoff waiting for a link worker who cannot be reached, and shows it in their inbox once', async () => {
    const world = staffWorld();
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    expect(world.notifier.handoffs).toEqual([]);
    expect(await world.storage.handoffs.outbox('ada-lovell')).toEqual([view.booking.id]);

    const ada = member(world, 'ada-lovell');
    const inbox = await world.handoffs.inbox(ada);
    expect(inbox.map((item) => item.handoff.id)).toEqual([view.booking.id]);
    // A sweep running while the turn shows it leaves it alone (the turn holds the lease).
    world.notifier.reachable.add('ada-lovell');
    expect(await world.handoffs.deliverPending()).toBe(0);
    await world.handoffs.markShown(ada, view.booking.id);
    expect(await world.handoffs.deliverPending()).toBe(0);
    expect(await world.handoffs.inbox(ada)).toEqual([]);
    expect(world.notifier.handoffs).toEqual([]);
  });

  it('delivers waiting handoffs from the outbox once the link worker can be reached (after a restart)', async () => {
    const world = staffWorld();
    const first = await bookAs(world, PATIENT, ADA_TUE_1_30);
    // Oldest first: the second booking is made a minute later.
    world.clock.advance(60_000);
    const second = await bookAs(world, 'another', ADA_TUE_2_45);
    world.notifier.reachable.add('ada-lovell');
    expect(await world.handoffs.deliverPending()).toBe(2);
    expect(world.notifier.handoffs.map((item) => item.view.handoff.id)).toEqual([
      first.booking.id,
      second.booking.id,
    ]);
    expect(await world.handoffs.deliverPending()).toBe(0);
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
    expect(world.notifier.handoffs).toHaveLength(1);
  });

  it('keeps the handoff for later when sending fails, and never fails the booking', async () => {
    const world = staffWorld();
    world.notifier.reachable.add('ada-lovell');
    world.notifier.sendHandoff = async () => {
      throw new Error('channel down');
    };
    const view = await bookAs(world, PATIENT, ADA_TUE_1_30);
    expect(view.booking.status).toBe('confirmed');
    expect(await world.storage.handoffs.outbox('ada-lovell')).toEqual([view.booking.id]);
    // The lease was let go, so the next sweep may try again at once.
    expect(await world.storage.handoffs.claimDelivery({ id: view.booking.id, ttlMs: 1000 })).toBe(true);
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
      contactPhone: '07700 900123',
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
    const ids = (views: HandoffView[]) => views.map((view) => view.booking.start);
    expect(ids(list.today)).toEqual(['2026-11-24T13:30:00.000Z', '2026-11-24T14:45:00.000Z']);
    expect(list.upcoming).toEqual([]);
    expect((await world.handoffs.list(member(world, 'tom-hadley'))).today).toEqual([]);
    // The one made while listing is not pushed again: Ada has just seen it.
    expect(await world.storage.handoffs.outbox('ada-lovell')).toEqual([tuesday.booking.id]);

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
});
