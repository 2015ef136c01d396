import { ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from 'botbuilder';
import { CrisisResponse } from '../../dialogs/crisisResponse';
import { createSignpostDialogs } from '../../dialogs/signpostDialogs';
import { Speaker } from '../../dialogs/speaker';
import { CRISIS_KINDS, NATIONS, safetyRoutes } from '../../src/domain/safety';
import { SignpostBot } from '../../src/server/bot';
import { ReferralService } from '../../src/services/referrals/referralService';
import { MemoryReferralStore } from '../../src/storage/memoryReferralStore';
import { capturingLogger } from '../support/logs';
import { say, translator } from '../support/dialogs';
import { fixedClock, shippedDirectory } from '../support/journey';

async function signpost() {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const store = new MemoryReferralStore();
  const referrals = new ReferralService({ store, clock: fixedClock() });
  const logs = capturingLogger();
  const { mainDialog, safetyGate } = createSignpostDialogs({
    translator,
    practice: { name: 'Riverside Surgery', phone: undefined, nation: 'england' },
    conversationState,
    referrals,
    directory: await shippedDirectory(),
    referralRetentionDays: 90,
    clock: fixedClock(),
    log: logs.logger,
  });
  const bot = new SignpostBot({
    conversationState,
    userState: new UserState(storage),
    mainDialog,
    logger: logs.logger,
    safetyGate,
  });
  const replies: Partial<Activity>[] = [];
  const adapter = new TestAdapter(async (context) => {
    context.onSendActivities(async (_ctx, activities, next) => {
      replies.push(...activities);
      return next();
    });
    await bot.run(context);
  });
  const send = async (text: string): Promise<string[]> => {
    replies.length = 0;
    await adapter.receiveActivity(text);
    return replies.filter((reply) => reply.type === 'message').map((reply) => reply.text ?? '');
  };
  const patient = ReferralService.patientKey('test', 'user1');
  return { send, store, patient, logs };
}

describe('the safety gate', () => {
  it('stops the flow on a crisis message, gives the routes, then asks the open question again', async () => {
    const { send, store, patient, logs } = await signpost();
    await send('hi');
    const notice = await send(say('journey.menu'));
    expect(notice[notice.length - 1]).toBe(say('privacy.ask'));

    const crisis = await send("I don't see the point any more, everyone would be better off without me");
    expect(crisis[0]).toBe(say('crisis.opening.self'));
    expect(crisis.join('\n')).toMatch(/999/);
    expect(crisis.join('\n')).toMatch(/NHS 111 and choose option 2/);
    expect(crisis.join('\n')).toMatch(/116 123/);
    expect(crisis.join('\n')).toMatch(/SHOUT to 85258/);
    expect(crisis.join('\n')).toMatch(/0800 1111/);
    expect(crisis).toContain(say('crisis.carryOn'));
    // The consent question comes back; the crisis message was not taken as an answer.
    expect(crisis[crisis.length - 1]).toBe(say('privacy.ask'));
    expect(await store.load(patient)).toBeUndefined();

    // The flag waits for consent, then joins the draft for the link worker.
    await send('yes');
    expect((await store.load(patient))?.safetyFlags).toEqual([
      { kinds: ['suicidal'], at: '2026-11-24T10:00:00.000Z' },
    ]);

    // The log names the rule, never the patient's words.
    const logged = JSON.stringify(logs.lines);
    expect(logged).toContain('crisis message: routes given');
    expect(logged).not.toContain('better off without me');
  });

  it('flags the draft directly once the patient has agreed', async () => {
    const { send, store, patient } = await signpost();
    await send('hi');
    await send(say('journey.menu'));
    await send('yes');
    const reply = await send('my husband hits me and I am scared to go home');
    expect(reply[0]).toBe(say('crisis.opening.abuse'));
    expect(reply.join('\n')).toMatch(/0808 2000 247/);
    expect(reply[reply.length - 1]).toBe(say('whatMatters.ask'));
    expect((await store.load(patient))?.safetyFlags.map((flag) => flag.kinds)).toEqual([['abuse']]);
  });

  it.each(["I'm dying to try pottery", 'my back is killing me', 'I could murder a cup of tea'])(
    'lets "%s" through as an ordinary answer',
    async (text) => {
      const { send } = await signpost();
      await send('hi');
      await send(say('journey.menu'));
      await send('yes');
      const reply = await send(text);
      expect(reply).not.toContain(say('crisis.carryOn'));
    },
  );

  it('gives 999 first for a medical emergency, on the very first message', async () => {
    const { send } = await signpost();
    const reply = await send('I have crushing chest pain and my left arm is numb');
    expect(reply.slice(0, 2)).toEqual([say('crisis.opening.medicalEmergency'), 'Call 999, or go to A&E.']);
  });
});

describe('crisis wording', () => {
  const speaker = new Speaker(translator);
  const response = new CrisisResponse(speaker);
  const context = { activity: { locale: 'en-GB' } } as never;

  it.each(NATIONS.flatMap((nation) => CRISIS_KINDS.map((kind) => [nation, kind] as const)))(
    'has a whole sentence for every route in %s for %s',
    (nation, kind) => {
      for (const age of [undefined, 15, 30]) {
        for (const route of safetyRoutes({ kinds: [kind], nation, age })) {
          const text = response.routeText(context, route);
          expect(text).not.toMatch(/crisis\.|\{\{|undefined/);
          if (route.phone && route.phone !== '111' && route.phone !== '999')
            expect(text).toContain(route.phone);
        }
      }
    },
  );
});
