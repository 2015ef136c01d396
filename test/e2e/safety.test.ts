import { screenMessage } from '../../src/domain/safety';
import { FixedClock, MONDAY_16_NOVEMBER } from '../support/booking';
import { FakeChannel } from '../support/fakeChannel';
import { type ActivityLike, message, post, texts } from '../support/signpost';
import { startStaffSignpost } from '../support/staffSignpost';
import {
  askedWithHint,
  firstParagraph,
  hasParagraph,
  lastParagraph,
  oneMessage,
  say,
} from '../support/dialogs';
import { channelUser, testStaffFile } from '../support/staffFile';

/** The question a turn ended with: the last paragraph of its last message. */
const question = (replies: ActivityLike[]) => lastParagraph(texts(replies).at(-1));

const STAFF = testStaffFile({
  ada: channelUser('staff-ada'),
  tom: channelUser('staff-tom'),
  jo: channelUser('staff-jo'),
});

interface Card {
  contentType: string;
  content: { body: { type: string; text?: string; facts?: { title: string; value: string }[] }[] };
}
const cardsOf = (activities: ActivityLike[]) =>
  activities.flatMap((activity) => (activity.attachments as Card[] | undefined) ?? []);
const cardText = (card: Card) =>
  card.content.body
    .flatMap((element) => [
      element.text ?? '',
      ...(element.facts ?? []).map((fact) => `${fact.title}: ${fact.value}`),
    ])
    .join('\n');

/** The real server (restify, CloudAdapter, Redis) with a staff file; each describe gets its own. */
function server() {
  const world = {} as {
    signpost: Awaited<ReturnType<typeof startStaffSignpost>>;
    channel: FakeChannel;
  };
  beforeAll(async () => {
    world.channel = await new FakeChannel().start();
    world.signpost = await startStaffSignpost({ clock: new FixedClock(MONDAY_16_NOVEMBER), staff: STAFF });
  });
  afterAll(async () => {
    await world.signpost.close();
    await world.channel.stop();
  });
  /** One side of a conversation: messages go to the server, replies come back in the response. */
  const person = (conversation: string, from: Record<string, unknown>) => {
    return async (text: string | ActivityLike) => {
      const base = message(conversation, typeof text === 'string' ? text : '', {
        serviceUrl: world.channel.url,
        from,
      });
      const response = await post(world.signpost.url, typeof text === 'string' ? base : { ...base, ...text });
      expect(response.status).toBe(200);
      return response.replies;
    };
  };
  return { world, person };
}

describe('a crisis at every prompt, over HTTP against the real server and a real Redis', () => {
  const { person } = server();

  it('answers a crisis at every prompt of the patient journey, asks whether to carry on, and only then asks again', async () => {
    // Each is a new kind of crisis for this conversation or a danger now: a later mention of a kind
    // whose routes were given, with no danger now, gets only a reminder (tested below).
    const crises = [
      'I want to kill myself',
      'i have been saving up my tablets and tonight is the night',
      'my husband hits me and I am scared to go home',
      'the rope is in the garage',
      'I cannot keep myself safe tonight',
      'my dad has collapsed and is not breathing',
      'ive taken 30 paracetamol',
      'I am going to stab him when he gets home',
      'I cut myself last night and I want to do it again',
      "I've got a knife and I'm going round to his house",
    ];
    const patient = person('safety-journey', { id: 'patient-journey' });
    const answers = [
      say('journey.menu'),
      "Yes, that's OK",
      'Since my wife died I hardly see anyone and I look after my grandson',
      'yes',
      'I like gardening',
      'skip',
      'RV1',
      'yes',
      'no',
      'Not now',
    ];
    // A turn's sentences come as one message, its question last: the last paragraph names the question
    // (for a question with examples under it, the examples).
    let prompt = question(await patient('hello'));
    expect(prompt).toBe(say('menu.prompt'));
    for (const [index, answer] of answers.entries()) {
      const crisis = crises[index] ?? '';
      const reply = texts(await patient(crisis));
      expect(reply.join('\n')).toMatch(/999/);
      expect(lastParagraph(reply.at(-1))).toBe(say('crisis.carryOnAsk'));
      // The post-crisis "ok" is the answer to "carry on?", and the question that was open comes back,
      // except "What matters to you?": the words that interrupted it are its answer, said back to confirm.
      const ok = texts(await patient('ok'));
      if (prompt === lastParagraph(askedWithHint('whatMatters.ask', 'whatMatters.askHint'))) {
        expect(firstParagraph(ok[0])).toBe(say('crisis.usingYourWords'));
        expect(ok.join('\n')).toContain(say('needs.domesticAbuse'));
        expect(lastParagraph(ok.at(-1))).toBe(say('whatMatters.confirm'));
      } else {
        expect(firstParagraph(ok[0])).toBe(say('crisis.carryingOn'));
        expect(lastParagraph(ok.at(-1))).toBe(prompt);
      }
      prompt = question(await patient(answer));
      expect(prompt).toBeDefined();
    }
  });

  it('answers a crisis at every prompt of booking', async () => {
    const patient = person('safety-booking', { id: 'patient-booking' });
    await patient('hello');
    await patient('book');
    let prompt = question(await patient('yes'));
    expect(prompt).toBe(say('booking.when.ask'));
    for (const answer of ['next Tuesday afternoon', '1', 'In person', 'No']) {
      const reply = texts(await patient('I am going to end it all tonight'));
      expect(lastParagraph(reply.at(-1))).toBe(say('crisis.carryOnAsk'));
      expect(question(await patient('yes'))).toBe(prompt);
      prompt = question(await patient(answer));
    }
    expect(prompt).toBe(say('booking.check.ask'));
  });
});

describe('check questions and the safety inbox, over HTTP against the real server and a real Redis', () => {
  const { person } = server();

  it('asks a direct question when unsure: yes gives the routes, no carries on, silence keeps the flag', async () => {
    // Yes.
    const yes = person('safety-check-yes', { id: 'patient-check-yes' });
    await yes('hello');
    await yes(say('journey.menu'));
    await yes("Yes, that's OK");
    expect(texts(await yes('sometimes I hope I just dont wake up'))).toEqual([
      oneMessage(say('safetyCheck.intro'), say('safetyCheck.question.endingLife')),
    ]);
    const routes = texts(await yes('yes'));
    expect(routes.join('\n')).toMatch(/116 123/);
    expect(lastParagraph(routes.at(-1))).toBe(say('crisis.carryOnAsk'));

    // No: the same message is the answer to "what matters", and is not checked again.
    const no = person('safety-check-no', { id: 'patient-check-no' });
    await no('hello');
    await no(say('journey.menu'));
    await no("Yes, that's OK");
    await no('I feel like a burden to everyone and I am lonely');
    const carriedOn = texts(await no('no'));
    expect(firstParagraph(carriedOn[0])).toBe(say('safetyCheck.thanks'));
    expect(lastParagraph(carriedOn.at(-1))).toBe(say('whatMatters.confirm'));

    // Silence: the patient leaves with the question open. The routes are sent for the record, and the
    // flag stays for the link workers.
    const quiet = person('safety-check-quiet', { id: 'patient-check-quiet' });
    await quiet('hello');
    await quiet(say('journey.menu'));
    await quiet("Yes, that's OK");
    expect(texts(await quiet('I walk on eggshells at home'))).toEqual([
      oneMessage(say('safetyCheck.intro'), say('safetyCheck.question.someoneHurting')),
    ]);
    const ended = texts(await quiet({ type: 'endOfConversation' }));
    expect(ended.join('\n')).toMatch(/0808 2000 247/);

    // Ada's next message shows the flags that need someone: the check answered yes and the silent one.
    const ada = person('lw-ada-safety', { id: 'staff-ada' });
    const shown = await ada('hello');
    const inbox = texts(shown);
    expect(hasParagraph(inbox, say('staff.safety.waiting', { count: 2 }))).toBe(true);
    const cards = cardsOf(shown).map(cardText);
    expect(cards.join('\n')).toContain(say('staff.safety.outcome.checkYes'));
    expect(cards.join('\n')).toContain(say('staff.safety.outcome.checkUnanswered'));
    // The check answered no is not there.
    expect(cards.join('\n')).not.toContain('burden to everyone');
    // Shown once.
    expect(hasParagraph(texts(await ada('help')), say('staff.safety.waiting', { count: 2 }))).toBe(false);
  });

  it('no, at the menu, to a worry about someone else the menu cannot read: the menu is asked again', async () => {
    const friend = person('safety-check-menu', { id: 'patient-check-menu' });
    await friend('hello');
    expect(texts(await friend('my friend keeps googling charcoal and tents'))).toEqual([
      oneMessage(say('safetyCheck.introOther'), say('safetyCheck.question.someoneInDanger')),
    ]);
    const carriedOn = texts(await friend('no'));
    expect(firstParagraph(carriedOn[0])).toBe(say('safetyCheck.thanks'));
    expect(lastParagraph(carriedOn.at(-1))).toBe(say('menu.prompt'));
  });

  it('asks the check question about a message the rules miss and the learned layer flags', async () => {
    const text = 'I stand on the platform and think how easy it would be';
    expect(screenMessage({ text, locale: 'en-GB' }).outcome).toBe('none');
    const patient = person('safety-model', { id: 'patient-model' });
    await patient('hello');
    await patient(say('journey.menu'));
    await patient("Yes, that's OK");
    expect(texts(await patient(text))).toEqual([
      oneMessage(say('safetyCheck.intro'), say('safetyCheck.question.endingLife')),
    ]);
    const routes = texts(await patient('yes'));
    expect(routes.join('\n')).toMatch(/116 123/);
    expect(lastParagraph(routes.at(-1))).toBe(say('crisis.carryOnAsk'));
  });

  it('sends a flag from a conversation with no booking to the safety inbox, with the words escaped', async () => {
    const patient = person('safety-inbox', { id: 'patient-inbox' });
    await patient('hello');
    await patient(say('journey.menu'));
    await patient("Yes, that's OK");
    await patient('**I am going to take all my pills tonight** [click here](#top)');
    await patient('no');

    const tom = person('lw-tom-safety', { id: 'staff-tom' });
    const shown = await tom('hello');
    const cards = cardsOf(shown).map(cardText).join('\n');
    expect(cards).toContain(say('staff.safety.inboxTitle'));
    expect(cards).toContain(
      '\\*\\*I am going to take all my pills tonight\\*\\* \\[click here\\]\\(\\#top\\)',
    );
    expect(cards).not.toContain('[click here](#top)');
  });
});

describe('the receptionist flow, over HTTP against the real server and a real Redis', () => {
  const { world, person } = server();

  it('checks every prompt: an emergency typed at the name question is not a name', async () => {
    const jo = person('rc-jo-safety', { id: 'staff-jo' });
    const before = world.channel.received.length;
    await jo('hello');
    await jo(say('staff.menu.triage'));
    const answers = [
      '78, lives alone since her husband died, asking about the lunch club',
      "Yes, that's right",
      'Margaret Smith',
      '03/04/1948',
      '943 476 5919',
      '07700 900123',
      'Phone call',
      'English',
      'Yes, they agree',
      'next Tuesday afternoon',
      '1',
    ];
    let prompt = question(await jo(answers[0] ?? ''));
    for (const answer of answers.slice(1)) {
      const alert = texts(await jo('crushing chest pain right now'));
      expect(firstParagraph(alert[0])).toBe(say('staff.triage.urgency.emergency999'));
      expect(hasParagraph(alert, 'Call 999, or go to A&E.')).toBe(true);
      expect(hasParagraph(alert, say('staff.safetyGate.notSaved'))).toBe(true);
      expect(lastParagraph(alert.at(-1))).toBe(prompt);
      prompt = question(await jo(answer));
    }
    await jo('By phone');
    const done = texts(await jo('Yes, book it'));
    expect(firstParagraph(done[0])).toMatch(/Ada Lovell|Tom Hadley/);
    // The card reaches the link worker apart from the receptionist's turn.
    await world.signpost.outboxIdle();

    // The link worker's card: the real name, and the red flags with the words that raised them.
    const ada = person('lw-ada-card', { id: 'staff-ada' });
    const tom = person('lw-tom-card', { id: 'staff-tom' });
    const shown = [...(await ada('hi')), ...(await tom('hi'))];
    const pushed = world.channel.received.slice(before) as ActivityLike[];
    const card = [...cardsOf(shown), ...cardsOf(pushed)]
      .map(cardText)
      .find((text) => text.includes('Margaret Smith'));
    expect(card).toBeDefined();
    expect(card).toContain(`${say('staff.card.name')}: Margaret Smith`);
    expect(card).toContain(say('staff.safety.title'));
    expect(card).toContain('crushing chest pain right now');
    expect(card).not.toContain(`${say('staff.card.name')}: crushing chest pain right now`);
  });

  it('offers an older man no line for the under-19s, and tells reception not to stop alcohol suddenly', async () => {
    const jo = person('rc-jo-routes', { id: 'staff-jo' });
    await jo('hello');
    await jo(say('staff.menu.triage'));
    const older = texts(await jo('82 year old man on the phone says he wants to end it all'));
    expect(older.join('\n')).toMatch(/116 123/);
    expect(older.join('\n')).not.toMatch(/0800 1111/);

    await jo(say('staff.menu.triage'));
    const vodka = texts(await jo('pt says he drinks a bottle of vodka a day and wants to cut down'));
    expect(firstParagraph(vodka[0])).toBe(say('staff.triage.urgency.sameDayGp'));
    expect(hasParagraph(vodka, say('staff.triage.alcoholCaution'))).toBe(true);

    await jo('no');
    await jo(say('staff.menu.triage'));
    const mould = texts(
      await jo('housing: black mould, landlord not responding, child has asthma which is well controlled'),
    );
    expect(firstParagraph(mould[0])).toBe(say('staff.triage.noRedFlags'));
  });
});
