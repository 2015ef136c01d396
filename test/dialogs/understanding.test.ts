import { ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from 'botbuilder';
import { createSignpostDialogs } from '../../dialogs/signpostDialogs';
import { SignpostBot } from '../../src/server/bot';
import { ReferralService } from '../../src/services/referrals/referralService';
import { MemoryReferralStore } from '../../src/storage/memoryReferralStore';
import { MemorySafetyInbox } from '../../src/storage/memoryStaffStores';
import { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import { capturingLogger } from '../support/logs';
import { say, translator } from '../support/dialogs';
import { bookingWorld } from '../support/booking';
import { shippedDirectory } from '../support/journey';
import { offerList } from '../support/bookingDialogs';

// The whole patient dialog tree, as the server runs it, read through the understanding layer.

async function signpost() {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const world = bookingWorld();
  const store = new MemoryReferralStore();
  const referrals = new ReferralService({ store, clock: world.clock });
  const logs = capturingLogger();
  const { mainDialog, safetyGate } = createSignpostDialogs({
    translator,
    practice: { name: 'Riverside Surgery', phone: '0113 496 0000', nation: 'england' },
    conversationState,
    referrals,
    safety: new SafetyFlagService({
      referrals,
      inbox: new MemorySafetyInbox(),
      clock: world.clock,
      log: logs.logger,
    }),
    directory: await shippedDirectory(),
    referralRetentionDays: 90,
    clock: world.clock,
    log: logs.logger,
    booking: world.service,
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
  return { send, store, patient: ReferralService.patientKey('test', 'user1') };
}

const welcome = [
  say('welcome.greeting', { practice: 'Riverside Surgery' }),
  say('welcome.whatIDo'),
  say('welcome.emergency'),
  say('welcome.anytime'),
];
const notice = [
  say('privacy.intro'),
  say('privacy.what'),
  say('privacy.who', { practice: 'Riverside Surgery' }),
  say('privacy.howLong', { days: 90 }),
  say('privacy.safety'),
  say('privacy.delete'),
  say('privacy.ask'),
];

describe('a first message is answered, not swallowed by the welcome', () => {
  it("takes something that matters straight into the conversation, in the patient's own words", async () => {
    const { send, store, patient } = await signpost();
    const story = "I'm really lonely since my wife went into a care home";
    expect(await send(story)).toEqual([...welcome, say('journey.heard'), ...notice]);
    // Nothing is kept before the patient agrees.
    expect(await store.load(patient)).toBeUndefined();
    const agreed = await send("I don't mind");
    expect(agreed[0]).toBe(say('privacy.agreed'));
    expect(agreed[1]).toContain(say('needs.loneliness'));
    expect(agreed.at(-1)).toBe(say('whatMatters.confirm'));
    await send('spot on');
    expect((await store.load(patient))?.whatMatters?.text).toBe(story);
  });

  it('takes a single word that names a need, such as "lonely", as what matters', async () => {
    const { send } = await signpost();
    expect(await send('lonely')).toEqual([...welcome, say('journey.heard'), ...notice]);
    const agreed = await send('yes');
    expect(agreed[1]).toBe(say('whatMatters.sayBackOne', { needs: say('needs.loneliness') }));
  });

  it('forgets a story held for the privacy question when the patient asks to delete their data', async () => {
    const { send, store, patient } = await signpost();
    await send('I need help with my benefits form');
    expect(await send('delete my data')).toEqual([say('deleteData.nothing'), say('menu.prompt')]);
    expect(await store.load(patient)).toBeUndefined();
    // Starting again asks what matters: the words said before deleting are gone.
    expect(await send('Talk about what matters to me')).toEqual(notice);
    expect((await send('yes')).slice(1)).toEqual([say('whatMatters.askHint'), say('whatMatters.ask')]);
  });

  it('books from "book" as the first message', async () => {
    const { send } = await signpost();
    // Booking keeps personal data, so the privacy notice comes first; then the booking's question.
    expect(await send('book')).toEqual([...welcome, ...notice]);
    expect(await send('yes')).toEqual([say('privacy.agreed'), say('booking.when.ask')]);
  });

  it('comes back to the menu when what the first message began is over', async () => {
    const { send } = await signpost();
    await send('talk to a person');
    expect(await send('help')).toEqual([
      say('help.intro'),
      say('help.what'),
      say('help.commands'),
      say('help.emergency'),
      say('menu.prompt'),
    ]);
    const { send: other } = await signpost();
    expect((await other('my appointment')).slice(-2)).toEqual([say('booking.mine.none'), say('menu.prompt')]);
  });

  it('shows the menu after a hello', async () => {
    const { send } = await signpost();
    expect(await send('hiya')).toEqual([...welcome, say('menu.prompt')]);
  });

  it('says politely that it reads English, then shows the menu', async () => {
    const { send } = await signpost();
    expect(await send('Dzień dobry, potrzebuję pomocy')).toEqual([
      ...welcome,
      say('badInput.otherLanguage'),
      say('menu.prompt'),
    ]);
  });
});

describe('the menu reads free text', () => {
  it('hears "help with my gas bill" as money, not as the help command', async () => {
    const { send } = await signpost();
    await send('hello');
    const replies = await send('help with my gas bill');
    expect(replies).not.toContain(say('help.intro'));
    expect(replies).toEqual([say('journey.heard'), ...notice]);
    expect((await send('yes'))[1]).toBe(say('whatMatters.sayBackOne', { needs: say('needs.money') }));
  });

  it('says the names of every need back, never a raw key', async () => {
    const { send } = await signpost();
    await send('hello');
    await send('I want to find work or volunteer, and my kids are out of control');
    const sayBack = (await send('yes'))[1] ?? '';
    expect(sayBack).toContain(say('needs.workAndLearning'));
    expect(sayBack).toContain(say('needs.familyAndParenting'));
    expect(sayBack).not.toMatch(/needs\./);
  });
});

describe('bad input keeps the conversation where it was', () => {
  it('answers emoji only, abuse and gibberish kindly and asks the same question again', async () => {
    const { send } = await signpost();
    await send('hello');
    await send(say('journey.menu'));
    expect(await send('🙄🙄')).toEqual([say('badInput.noWords'), say('privacy.ask')]);
    expect(await send('you are useless')).toEqual([say('badInput.abuse'), say('privacy.ask')]);
    expect(await send('asdfgh')).toEqual([say('badInput.gibberish'), say('privacy.ask')]);
    expect(await send('x'.repeat(5000))).toEqual([say('badInput.gibberish'), say('privacy.ask')]);
    expect(await send('yes')).toEqual([
      say('privacy.agreed'),
      say('whatMatters.askHint'),
      say('whatMatters.ask'),
    ]);
    expect(await send('👍')).toEqual([say('badInput.noWords'), say('whatMatters.ask')]);
  });

  it('asks the question again after an empty message', async () => {
    const { send } = await signpost();
    await send('hello');
    expect(await send('   ')).toEqual([say('errors.notText'), say('menu.prompt')]);
  });
});

describe('commands inside a flow', () => {
  it('tells how to reach a person from inside the journey, then asks the same question', async () => {
    const { send } = await signpost();
    await send('hello');
    await send(say('journey.menu'));
    expect(await send('can I speak to a real person please')).toEqual([
      say('talkToPerson.withPhone', { practice: 'Riverside Surgery', phone: '0113 496 0000' }),
      say('privacy.ask'),
    ]);
  });

  it('keeps an answer that only mentions a command word', async () => {
    const { send } = await signpost();
    await send('hello');
    await send(say('journey.menu'));
    await send('yes');
    const replies = await send('I need help to stop drinking');
    expect(replies).not.toContain(say('help.intro'));
    expect(replies).not.toContain(say('cancel.done'));
    expect(replies[0]).toBe(say('whatMatters.sayBackOne', { needs: say('needs.substanceUse') }));
  });
});

describe('a day or time said at the privacy question before booking', () => {
  // bookingWorld: Monday 16 November 2026; Ada Lovell sees people on Tuesday afternoons.
  const tuesdayAfternoon = offerList(
    ['Tuesday 17 November at 1:30pm', 'Ada Lovell'],
    ['Tuesday 17 November at 2:45pm', 'Ada Lovell'],
    ['Tuesday 17 November at 4pm', 'Ada Lovell'],
  );

  it('is no yes or no: it is kept, the question asked again, and the booking uses it', async () => {
    const { send, store, patient } = await signpost();
    await send('book');
    expect(await send('no earlier than 1pm on tuesday')).toEqual([
      say('privacy.timeKept'),
      say('privacy.ask'),
    ]);
    expect(await store.load(patient)).toBeUndefined();
    expect(await send('Tuesday afternoon')).toEqual([say('privacy.timeKept'), say('privacy.ask')]);
    expect(await send('yeah go on')).toEqual([
      say('privacy.agreed'),
      say('booking.offer.intro'),
      tuesdayAfternoon,
    ]);
  });

  it('is not kept when the patient then says no', async () => {
    const { send, store, patient } = await signpost();
    await send('book');
    await send('first thing monday');
    const declined = await send('no thanks');
    expect(declined[0]).toBe(say('privacy.declined'));
    expect(declined).not.toContain(say('booking.offer.intro'));
    expect(await store.load(patient)).toBeUndefined();
  });
});
