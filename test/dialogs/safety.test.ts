import { ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from 'botbuilder';
import { CrisisResponse } from '../../dialogs/crisisResponse';
import { createSignpostDialogs } from '../../dialogs/signpostDialogs';
import { Speaker } from '../../dialogs/speaker';
import { CRISIS_KINDS, NATIONS, safetyRoutes, screenMessage } from '../../src/domain/safety';
import { checkMessage } from '../../src/understanding/safety/checkMessage';
import { SignpostBot } from '../../src/server/bot';
import { ReferralService } from '../../src/services/referrals/referralService';
import { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import { MemoryReferralStore } from '../../src/storage/memoryReferralStore';
import { MemorySafetyInbox } from '../../src/storage/memoryStaffStores';
import { capturingLogger } from '../support/logs';
import { askedWithHint, say, translator } from '../support/dialogs';
import { fixedClock, shippedDirectory } from '../support/journey';

async function signpost() {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const store = new MemoryReferralStore();
  const referrals = new ReferralService({ store, clock: fixedClock() });
  const inbox = new MemorySafetyInbox();
  const logs = capturingLogger();
  let next = 0;
  const safety = new SafetyFlagService({
    referrals,
    inbox,
    clock: fixedClock(),
    log: logs.logger,
    newId: () => `flag-${(next += 1)}`,
  });
  const { mainDialog, safetyGate } = createSignpostDialogs({
    translator,
    practice: { name: 'Riverside Surgery', phone: undefined, nation: 'england' },
    conversationState,
    referrals,
    safety,
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
  const send = async (message: string | Partial<Activity>): Promise<string[]> => {
    replies.length = 0;
    await adapter.receiveActivity(message);
    return replies.filter((reply) => reply.type === 'message').map((reply) => reply.text ?? '');
  };
  const patient = ReferralService.patientKey('test', 'user1');
  /** Into the journey, past the privacy notice, at "What matters to you?". */
  const toWhatMatters = async () => {
    await send('hi');
    await send(say('journey.menu'));
    const asked = await send('yes');
    expect(asked[asked.length - 1]).toBe(askedWithHint('whatMatters.ask', 'whatMatters.askHint'));
  };
  return { send, store, inbox, patient, logs, toWhatMatters };
}

const routesOf = (replies: string[]) => replies.join('\n');

describe('the safety gate: clear crisis', () => {
  it('gives the routes at the privacy notice, asks whether to carry on, and only then asks again', async () => {
    const { send, store, inbox, patient, logs } = await signpost();
    await send('hi');
    const notice = await send(say('journey.menu'));
    expect(notice[notice.length - 1]).toBe(say('privacy.ask'));

    const crisis = await send("I don't see the point any more, everyone would be better off without me");
    expect(crisis[0]).toBe(say('crisis.opening.self'));
    expect(routesOf(crisis)).toMatch(/999/);
    expect(routesOf(crisis)).toMatch(/NHS 111 and choose option 2/);
    expect(routesOf(crisis)).toMatch(/116 123/);
    expect(routesOf(crisis)).toMatch(/SHOUT to 85258/);
    expect(crisis[crisis.length - 1]).toBe(say('crisis.carryOnAsk'));
    expect(crisis).not.toContain(say('privacy.ask'));
    expect(await store.load(patient)).toBeUndefined();

    // "ok" answers "carry on?", not the privacy question, which is asked again.
    const ok = await send('ok');
    expect(ok).toEqual([say('crisis.carryingOn'), say('privacy.ask')]);

    // The flag waited for consent, then joins the draft and the safety inbox, with the words.
    await send('yes');
    const flags = (await store.load(patient))?.safetyFlags ?? [];
    expect(flags).toEqual([
      expect.objectContaining({
        kinds: ['suicidal'],
        outcome: 'crisis',
        source: 'patient',
        words: ["I don't see the point any more, everyone would be better off without me"],
      }),
    ]);
    expect((await inbox.forPatient(patient)).map((item) => item.flag.id)).toEqual([flags[0]?.id]);

    // The log names the rule, never the patient's words.
    const logged = JSON.stringify(logs.lines);
    expect(logged).toContain('crisis message: routes given');
    expect(logged).not.toContain('better off without me');
  });

  it('tells a parent who found a child groomed online that the child needs help, not that the parent deserves to be safe', async () => {
    const { send, toWhatMatters } = await signpost();
    await toWhatMatters();
    const crisis = await send('my son says a man online keeps asking him for pictures');
    expect(crisis[0]).toBe(say('crisis.opening.someoneElse'));
    expect(routesOf(crisis)).toContain(
      say('crisis.condition.ifWorriedAboutAChild', {
        route: say('crisis.service.nspcc', { phone: '0808 800 5000' }),
      }),
    );
    // The same words about the writer are still theirs.
    const own = await (await signpost()).send('a man online keeps asking me for pictures');
    expect(own[0]).toBe(say('crisis.opening.abuse'));
  });

  it('never takes "ok" after a crisis reply as the answer to "what matters to you": the words that raised it are', async () => {
    const { send, store, patient, toWhatMatters } = await signpost();
    await toWhatMatters();
    const disclosure = 'my husband hits me and I am scared to go home';
    const crisis = await send(disclosure);
    expect(crisis[0]).toBe(say('crisis.opening.abuse'));
    expect(routesOf(crisis)).toMatch(/0808 2000 247/);
    // An adult worried about a child is told of the NSPCC, in words that let them choose it.
    expect(routesOf(crisis)).toContain(
      say('crisis.condition.ifWorriedAboutAChild', {
        route: say('crisis.service.nspcc', { phone: '0808 800 5000' }),
      }),
    );
    expect(crisis[crisis.length - 1]).toBe(say('crisis.carryOnAsk'));
    // Carrying on: what they told us is read for needs and said back for them to confirm, not assumed.
    const carried = await send('ok');
    expect(carried[0]).toBe(say('crisis.usingYourWords'));
    expect(carried[carried.length - 1]).toBe(say('whatMatters.confirm'));
    expect(carried).not.toContain(askedWithHint('whatMatters.ask', 'whatMatters.askHint'));
    expect((await store.load(patient))?.whatMatters).toBeUndefined();
    expect((await store.load(patient))?.safetyFlags.map((flag) => flag.kinds)).toEqual([['abuse']]);
    await send('yes');
    const kept = (await store.load(patient))?.whatMatters;
    expect(kept?.text).toBe(disclosure);
    expect(kept?.needs).toContain('domesticAbuse');
  });

  it('stops what was interrupted when the patient does not want to carry on', async () => {
    const { send, toWhatMatters } = await signpost();
    await toWhatMatters();
    await send('I want to kill myself');
    expect(await send('no')).toEqual([say('crisis.stopHere')]);
    const next = await send('hello');
    expect(next[next.length - 1]).toBe(say('menu.prompt'));
  });

  it('asks "carry on?" again once when the answer is unclear, then asks the question again', async () => {
    const { send, toWhatMatters } = await signpost();
    await toWhatMatters();
    await send('I want to kill myself');
    expect(await send('I just feel so alone')).toEqual([say('crisis.carryOnAgain')]);
    const carried = await send('whatever');
    expect(carried[0]).toBe(say('crisis.usingYourWords'));
    expect(carried[carried.length - 1]).toBe(say('whatMatters.confirm'));
  });

  it('reads the text of a card submit', async () => {
    const { send, toWhatMatters } = await signpost();
    await toWhatMatters();
    const reply = await send({ type: 'message', value: { answer: 'I have taken an overdose' } });
    expect(reply[0]).toBe(say('crisis.opening.medicalEmergency'));
    expect(reply[1]).toBe('Call 999, or go to A&E.');
  });

  it('gives 999 and nothing softer for a medical emergency, on the very first message', async () => {
    const { send } = await signpost();
    const reply = await send('I have crushing chest pain and my left arm is numb');
    expect(reply.slice(0, 2)).toEqual([say('crisis.opening.medicalEmergency'), 'Call 999, or go to A&E.']);
    expect(routesOf(reply)).not.toMatch(/111/);
  });

  it.each(["I'm dying to try pottery", 'my back is killing me', 'I could murder a cup of tea'])(
    'lets "%s" through as an ordinary answer',
    async (text) => {
      const { send, toWhatMatters } = await signpost();
      await toWhatMatters();
      const reply = await send(text);
      expect(reply).not.toContain(say('crisis.carryOnAsk'));
      expect(reply).not.toContain(say('safetyCheck.intro'));
    },
  );
});

describe('the safety gate: a check question', () => {
  const worrying = 'I feel like a burden to everyone and I am so tired';

  it('asks directly and kindly, and files a flag at once, so silence is not lost', async () => {
    const { send, store, inbox, patient, toWhatMatters } = await signpost();
    await toWhatMatters();
    expect(await send(worrying)).toEqual([say('safetyCheck.intro'), say('safetyCheck.question.endingLife')]);
    const [flag] = (await store.load(patient))?.safetyFlags ?? [];
    expect(flag).toEqual(expect.objectContaining({ outcome: 'checkUnanswered', words: [worrying] }));
    expect((await inbox.forPatient(patient)).map((item) => item.flag.outcome)).toEqual(['checkUnanswered']);
  });

  it('yes: the routes, a flag, and "carry on?"', async () => {
    const { send, store, patient, toWhatMatters } = await signpost();
    await toWhatMatters();
    await send(worrying);
    const reply = await send('yes');
    expect(reply[0]).toBe(say('safetyCheck.thankYouForTelling'));
    expect(routesOf(reply)).toMatch(/116 123/);
    expect(reply[reply.length - 1]).toBe(say('crisis.carryOnAsk'));
    expect((await store.load(patient))?.safetyFlags.map((flag) => flag.outcome)).toEqual(['checkYes']);
  });

  it('no: carries on with the same message as the answer, without asking about it again', async () => {
    const { send, store, inbox, patient, toWhatMatters } = await signpost();
    await toWhatMatters();
    await send(worrying);
    const reply = await send('no');
    expect(reply[0]).toBe(say('safetyCheck.thanks'));
    expect(reply).not.toContain(say('safetyCheck.intro'));
    expect(reply).not.toContain(askedWithHint('whatMatters.ask', 'whatMatters.askHint'));
    // The flag is taken back: the patient said no.
    expect((await store.load(patient))?.safetyFlags).toEqual([]);
    expect(await inbox.forPatient(patient)).toEqual([]);
  });

  it('no, at the menu, to a worry about someone else: the menu asks again, rather than leave the patient with nothing', async () => {
    const { send } = await signpost();
    await send('hi');
    const worry = 'my friend keeps googling charcoal and tents';
    expect(await send(worry)).toEqual([
      say('safetyCheck.introOther'),
      say('safetyCheck.question.someoneInDanger'),
    ]);
    const reply = await send('no');
    expect(reply[0]).toBe(say('safetyCheck.thanks'));
    // The message replayed is not one the menu can read; botbuilder's prompt stays quiet once the
    // turn has said something, so the question is asked again by the bot.
    expect(reply[reply.length - 1]).toBe(say('menu.prompt'));
  });

  it('no, at "Is that right?": the question is asked again, with no apology for a message it was not asked', async () => {
    const { send, toWhatMatters } = await signpost();
    await toWhatMatters();
    const sayBack = await send('I feel lonely');
    expect(sayBack[sayBack.length - 1]).toBe(say('whatMatters.confirm'));
    const check = await send("to be honest i don't know if i'll still be here after christmas");
    expect(check[check.length - 1]).toBe(say('safetyCheck.question.endingLife'));
    const reply = await send('no');
    expect(reply[0]).toBe(say('safetyCheck.thanks'));
    expect(reply).not.toContain(say('whatMatters.confirmRetry'));
    expect(reply[reply.length - 1]).toBe(say('whatMatters.confirm'));
    // The next answer is read as ever, and the message that was given back did not count as a miss.
    expect(await send('yes')).toContain(say('whatMatters.noted'));
  });

  it('no, at a follow-up question: the question is asked again, with no apology, and the try is not spent', async () => {
    const { send, toWhatMatters } = await signpost();
    await toWhatMatters();
    await send('I feel lonely');
    const followUp = await send('yes');
    expect(followUp[followUp.length - 1]).toBe(
      askedWithHint('followUps.interests.ask', 'followUps.interests.hint'),
    );
    await send("to be honest i don't know if i'll still be here after christmas");
    const reply = await send('no');
    expect(reply[0]).toBe(say('safetyCheck.thanks'));
    expect(reply).not.toContain(say('followUps.interests.retry'));
    expect(reply[reply.length - 1]).toBe(
      askedWithHint('followUps.interests.ask', 'followUps.interests.hint'),
    );
    // One answer it cannot read still gets its one retry, as if the given-back message had not come.
    expect(await send('hmm')).toContain(say('followUps.interests.retry'));
  });

  it('an unclear answer gives the routes', async () => {
    const { send, store, patient, toWhatMatters } = await signpost();
    await toWhatMatters();
    await send(worrying);
    const reply = await send('why are you asking me that');
    expect(routesOf(reply)).toMatch(/116 123/);
    expect((await store.load(patient))?.safetyFlags.map((flag) => flag.outcome)).toEqual(['checkUnclear']);
  });

  it('"Are you safe right now?" answered no gives the routes', async () => {
    const { send, toWhatMatters } = await signpost();
    await toWhatMatters();
    expect(await send('I bang my head against the wall when it gets too much')).toEqual([
      say('safetyCheck.intro'),
      say('safetyCheck.question.safeNow'),
    ]);
    expect(routesOf(await send('no'))).toMatch(/116 123/);
  });

  it('silence: the conversation ends with the question open, the routes are sent, the flag stays', async () => {
    const { send, store, inbox, patient, toWhatMatters } = await signpost();
    await toWhatMatters();
    await send(worrying);
    const reply = await send({ type: 'endOfConversation' });
    expect(routesOf(reply)).toMatch(/116 123/);
    expect((await store.load(patient))?.safetyFlags.map((flag) => flag.outcome)).toEqual(['checkUnanswered']);
    expect(await inbox.forPatient(patient)).toHaveLength(1);
  });
});

describe('the safety gate: after the routes were given', () => {
  const disclosure = 'my husband hits me and I am scared to go home';

  /** At "What matters to you?", the abuse routes given, carried on and the needs confirmed. */
  async function afterAbuseRoutes() {
    const bot = await signpost();
    await bot.toWhatMatters();
    await bot.send(disclosure);
    await bot.send('yes');
    await bot.send('yes');
    return bot;
  }

  it('a later mention of the same kind, not in danger now, gets a one-line reminder and carries on', async () => {
    const { send, store, patient } = await afterAbuseRoutes();
    const reply = await send('he hit me again last week');
    expect(reply[0]).toBe(say('crisis.reminder'));
    expect(reply).not.toContain(say('crisis.opening.abuse'));
    expect(reply).not.toContain(say('crisis.carryOnAsk'));
    expect(routesOf(reply)).not.toMatch(/0808 2000 247/);
    // The conversation went on: something other than the reminder was said.
    expect(reply.length).toBeGreaterThan(1);
    // The link worker still sees the new mention, with its words.
    expect((await store.load(patient))?.safetyFlags.map((flag) => flag.words)).toEqual([
      [disclosure],
      ['he hit me again last week'],
    ]);
  });

  it('immediate danger always interrupts in full', async () => {
    const { send } = await afterAbuseRoutes();
    const reply = await send("he's hitting me right now");
    expect(reply[0]).toBe(say('crisis.opening.abuse'));
    expect(routesOf(reply)).toMatch(/999/);
    expect(reply).not.toContain(say('crisis.reminder'));
  });

  it('another kind of crisis gets the full reply', async () => {
    const { send } = await afterAbuseRoutes();
    const reply = await send('I want to kill myself');
    expect(reply[0]).toBe(say('crisis.opening.self'));
    expect(routesOf(reply)).toMatch(/116 123/);
  });
});

describe('the safety gate: dependence on alcohol or drugs', () => {
  it('tells the patient not to stop suddenly, once, and carries on with what they said', async () => {
    const { send, toWhatMatters } = await signpost();
    await toWhatMatters();
    const reply = await send('I drink a bottle of vodka a day and I want to cut down');
    expect(reply[0]).toBe(say('crisis.dependence'));
    expect(reply[reply.length - 1]).toBe(say('whatMatters.confirm'));
    expect(await send('I also drink every morning when I get the shakes')).not.toContain(
      say('crisis.dependence'),
    );
  });
});

describe('the safety gate: the learned layer', () => {
  const missedByRules = 'my mates would be better off if i just vanished';

  it('asks the check question about a message the rules miss and the model flags', async () => {
    expect(screenMessage({ text: missedByRules, locale: 'en-GB' }).outcome).toBe('none');
    const { send, store, patient, logs, toWhatMatters } = await signpost();
    await toWhatMatters();
    expect(await send(missedByRules)).toEqual([
      say('safetyCheck.intro'),
      say('safetyCheck.question.endingLife'),
    ]);
    const [flag] = (await store.load(patient))?.safetyFlags ?? [];
    expect(flag).toEqual(expect.objectContaining({ outcome: 'checkUnanswered', words: [missedByRules] }));
    expect(JSON.stringify(logs.lines)).toContain('model.crisis');
    // A no carries on with the message as the answer to "What matters to you?".
    const no = await send('no');
    expect(no[0]).toBe(say('safetyCheck.thanks'));
    expect(no).not.toContain(say('safetyCheck.intro'));
  });

  it('reads a denial in answer to a check question with the rules, so the patient carries on', async () => {
    const denial = "No, I'm not thinking about ending my life";
    expect(checkMessage({ text: denial, locale: 'en-GB' }).outcome).toBe('check');
    const { send, toWhatMatters } = await signpost();
    await toWhatMatters();
    await send(missedByRules);
    const reply = await send(denial);
    expect(reply[0]).toBe(say('safetyCheck.thanks'));
    expect(routesOf(reply)).not.toMatch(/116 123/);
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
