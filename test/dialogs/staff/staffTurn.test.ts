import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { createStaffTurn } from '../../../dialogs/staff';
import { patientKeyOf } from '../../../dialogs/patient';
import { referenceKey } from '../../../src/services/handoffs/conversationReference';
import { silentLog } from '../../support/logs';
import { say, translator } from '../../support/dialogs';
import { asUser, bookAs, staffWorld } from '../../support/staff';

/**
 * What the staff tools do at the start of a patient's turn: where to reach the patient is kept only
 * once they agreed to the privacy notice, written once a day, and the referral is not looked at again
 * on every message once it has been kept that day.
 */
/** The staff world on Monday 16 November at 09:00, and the turn hook over it as the server makes it. */
function staffTurnIn(patientConsented?: () => Promise<boolean>) {
  const world = staffWorld({ now: '2026-11-16T09:00:00Z' });
  const conversationState = new ConversationState(new MemoryStorage());
  const staffTurn = createStaffTurn({
    translator,
    directory: world.directory,
    references: world.storage.references,
    handoffs: world.handoffs,
    conversationState,
    clock: world.clock,
    log: silentLog,
    ...(patientConsented ? { patientConsented } : {}),
  });
  return { world, conversationState, staffTurn };
}

describe('StaffTurn on a patient turn', () => {
  function setUp() {
    let consented = false;
    let consentLookups = 0;
    const { world, conversationState, staffTurn } = staffTurnIn(async () => {
      consentLookups += 1;
      return consented;
    });
    let patientKey = '';
    const adapter = new TestAdapter(async (context: TurnContext) => {
      patientKey = patientKeyOf(context);
      await staffTurn.arrived(context);
      await conversationState.saveChanges(context);
    });
    return {
      world,
      adapter,
      consent: () => {
        consented = true;
      },
      lookups: () => consentLookups,
      kept: () => world.storage.references.load(referenceKey.patient(patientKey)),
      forget: () => world.storage.references.delete(referenceKey.patient(patientKey)),
    };
  }

  it('keeps no way to reach a patient who has not agreed, and asks again at each message', async () => {
    const test = setUp();
    await test.adapter.send('hello');
    await test.adapter.send('still here');
    expect(await test.kept()).toBeUndefined();
    expect(test.lookups()).toBe(2);
  });

  it('keeps it once they agree, then does not look at the referral again that day', async () => {
    const test = setUp();
    await test.adapter.send('hello');
    test.consent();
    await test.adapter.send('yes that is fine');
    expect((await test.kept())?.conversation.id).toBeDefined();
    const lookupsAfterKeeping = test.lookups();
    await test.adapter.send('I feel lonely');
    await test.adapter.send('walking');
    expect(test.lookups()).toBe(lookupsAfterKeeping);
  });

  it('looks again, and keeps it afresh, on a new day', async () => {
    const test = setUp();
    test.consent();
    await test.adapter.send('hello');
    expect(await test.kept()).toBeDefined();
    await test.forget();
    const before = test.lookups();
    test.world.clock.set('2026-11-17T09:00:00Z');
    await test.adapter.send('morning');
    expect(test.lookups()).toBe(before + 1);
    expect(await test.kept()).toBeDefined();
  });
});

/**
 * A link worker back after a busy day: a few referral cards at the start of their turn, not a long run
 * of them (each one a call to the channel); the rest stay in the outbox, which sends them on its own.
 */
describe('StaffTurn on a link worker turn with many referrals waiting', () => {
  it('shows three cards the outbox could not push, says more follow, and leaves the rest to the outbox', async () => {
    const { world, conversationState, staffTurn } = staffTurnIn();
    // Five patients book Ada while Signpost has no way to reach her: the outbox tries, and the cards wait.
    const slots = [
      '2026-11-17T09:00:00.000Z',
      '2026-11-17T10:15:00.000Z',
      '2026-11-17T11:30:00.000Z',
      '2026-11-18T09:00:00.000Z',
      '2026-11-18T10:15:00.000Z',
    ];
    for (const [index, start] of slots.entries())
      await bookAs(world, `patient-${index}`, `ada-lovell:${start}`);
    await world.handoffs.deliverDue();
    expect(world.notifier.handoffs).toEqual([]);

    const adapter = new TestAdapter(async (context: TurnContext) => {
      await staffTurn.arrived(context);
      await conversationState.saveChanges(context);
    }).use(asUser('Ada'));
    const turn = async (text: string) => {
      const replies: { text?: string; attachments?: unknown[] }[] = [];
      await adapter.send(text).assertReply((reply) => {
        replies.push(reply);
      });
      for (let reply = adapter.activeQueue.shift(); reply; reply = adapter.activeQueue.shift())
        replies.push(reply);
      return replies;
    };
    const first = await turn('hello');
    expect(first[0]?.text).toBe(say('staff.handoff.waiting', { count: 3 }));
    expect(first.filter((reply) => (reply.attachments ?? []).length > 0)).toHaveLength(3);
    expect(first.map((reply) => reply.text).slice(-2)).toEqual([
      say('staff.handoff.more'),
      say('staff.handoff.next'),
    ]);

    // A sixth booking the outbox has not tried yet is not shown in a turn: the outbox is sending it.
    await bookAs(world, 'patient-5', 'ada-lovell:2026-11-18T11:30:00.000Z');
    const second = await turn('anything else?');
    expect(second[0]?.text).toBe(say('staff.handoff.waiting', { count: 2 }));
    expect(second.filter((reply) => (reply.attachments ?? []).length > 0)).toHaveLength(2);
    expect(second.map((reply) => reply.text)).not.toContain(say('staff.handoff.more'));

    // It goes out from the outbox, to the conversation Ada is in now; nothing is sent twice.
    world.notifier.reachable.add('ada-lovell');
    world.clock.set('2026-11-16T10:00:00Z');
    await world.handoffs.deliverDue();
    expect(world.notifier.handoffs.map((handoff) => handoff.view.booking.start)).toEqual([
      '2026-11-18T11:30:00.000Z',
    ]);
  });
});
