import type Redis from 'ioredis';
import { RedisKeys } from '../../src/storage/keys';
import { RedisTurnLock } from '../../src/storage/redisTurnLock';
import { silentLog } from '../support/logs';
import { FixedClock, MONDAY_16_NOVEMBER } from '../support/booking';
import { FakeChannel, type ChannelActivity } from '../support/fakeChannel';
import { inspector } from '../support/redis';
import { type ActivityLike, message, post, texts } from '../support/signpost';
import { startStaffSignpost } from '../support/staffSignpost';
import { firstParagraph, hasParagraph, lastParagraph, oneMessage, say } from '../support/dialogs';
import { AAD, channelUser, testStaffFile } from '../support/staffFile';

const ADA_AAD = AAD.ada;
const STAFF = testStaffFile({
  ada: { aadObjectIds: [ADA_AAD] },
  tom: channelUser('staff-tom'),
  jo: channelUser('staff-jo'),
});

interface Card {
  contentType: string;
  content: {
    version: string;
    body: { type: string; text?: string; facts?: { title: string; value: string }[] }[];
  };
}
const cardsOf = (activities: (ActivityLike | ChannelActivity)[]) =>
  activities.flatMap((activity) => (activity.attachments as Card[] | undefined) ?? []);
/** Every text on a card, facts included, to check what a link worker reads. */
const cardText = (card: Card) =>
  card.content.body
    .flatMap((element) => [
      element.text ?? '',
      ...(element.facts ?? []).map((fact) => `${fact.title}: ${fact.value}`),
    ])
    .join('\n');

describe('staff over HTTP: handoffs reach link workers in their own conversations', () => {
  let signpost: Awaited<ReturnType<typeof startStaffSignpost>>;
  let channel: FakeChannel;
  let plain: Redis;
  let keys: RedisKeys;

  beforeAll(async () => {
    channel = await new FakeChannel().start();
    signpost = await startStaffSignpost({ clock: new FixedClock(MONDAY_16_NOVEMBER), staff: STAFF });
    keys = new RedisKeys(signpost.prefix);
    plain = inspector();
  });

  afterAll(async () => {
    await signpost.close();
    await channel.stop();
    plain.disconnect();
  });

  /** One side of a conversation: messages go to the server, replies come back in the response. */
  function person(conversation: string, from: Record<string, unknown>) {
    return async (text: string) => {
      const response = await post(
        signpost.url,
        message(conversation, text, { serviceUrl: channel.url, from }),
      );
      expect(response.status).toBe(200);
      return response.replies;
    };
  }

  /** A patient books a slot in their own conversation, agreeing to the privacy notice first. */
  async function patientBooks(conversation: string, when: string, mode: string[]) {
    const patient = person(conversation, { id: `patient-${conversation}` });
    await patient('hello');
    expect(lastParagraph(texts(await patient('book')).pop())).toBe(say('privacy.ask'));
    await patient('yes');
    await patient(when);
    await patient('1');
    for (const answer of mode) await patient(answer);
    const done = texts(await patient('Yes, book it'));
    expect(done[0]).toMatch(/^You're booked in: /);
    // The link worker's message is sent apart from the patient's turn; wait for it to settle.
    await signpost.outboxIdle();
  }

  async function deliveredMarkers(): Promise<string[]> {
    return plain.keys(`${signpost.prefix}*out:delivered:*`);
  }

  it('sends a patient’s booking to their link worker as one card message, once, after the booking turn', async () => {
    const ada = person('lw-ada', { id: '29:ada', aadObjectId: ADA_AAD });
    // Ada has talked to Signpost before, so it knows where to reach her.
    expect(lastParagraph(texts(await ada('hello')).pop())).toBe(say('menu.prompt'));

    await patientBooks('pt-1', 'next Tuesday afternoon', ['In person', 'No']);

    const received = await channel.waitFor('lw-ada', 1);
    // One activity: the card with its text. No handoff.initiate event on a channel that takes none.
    expect(received.map((activity) => [activity.type, activity.text])).toEqual([
      [
        'message',
        `${say('staff.handoff.arrived', {
          when: 'Tuesday 24 November at 1:30pm',
          how: say('booking.how.inPerson', { site: 'Riverside Surgery' }),
        })}\n\n${say('staff.handoff.next')}`,
      ],
    ]);
    const [card] = cardsOf(received);
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.version).toBe('1.5');
    expect(cardText(card)).toContain(`${say('staff.card.when')}: Tuesday 24 November at 1:30pm`);
    // A patient's own booking carries no identity: only what they chose to tell Signpost.
    expect(cardText(card)).toContain(say('staff.card.noContact'));

    // Delivered once: marked in Redis, nothing pending, and a sweep sends nothing more.
    expect(await deliveredMarkers()).toHaveLength(1);
    expect(await plain.zrange(keys.outboxDue(), 0, -1)).toEqual([]);
    expect(await signpost.deliverPending()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(channel.received.filter((activity) => activity.conversation?.id === 'lw-ada')).toHaveLength(1);
  });

  it('keeps a handoff for a link worker who has never talked to Signpost, and shows it when they first do', async () => {
    await patientBooks('pt-2', 'Wednesday 18 November afternoon', ['yes', 'Pat', '07700 900456']);
    const [waiting] = await plain.zrange(keys.outboxDue(), 0, -1);
    expect(waiting).toBeDefined();
    // Tried once at once, and failed for a plain reason: Signpost has no conversation with Tom yet.
    expect(JSON.parse((await plain.get(keys.outboxMessage(waiting))) ?? '{}')).toMatchObject({
      attempts: 1,
      lastError: 'noConversation',
    });

    const tom = person('lw-tom', { id: 'staff-tom' });
    const first = await tom('hello');
    const firstTexts = texts(first);
    expect(hasParagraph(firstTexts, say('staff.handoff.waiting', { count: 1 }))).toBe(true);
    expect(hasParagraph(firstTexts, say('staff.handoff.next'))).toBe(true);
    expect(lastParagraph(firstTexts.at(-1))).toBe(say('menu.prompt'));
    expect(cardsOf(first)).toHaveLength(1);
    // What Pat agreed to give, for a phone meeting.
    expect(cardText(cardsOf(first)[0])).toContain(`${say('staff.card.name')}: Pat`);
    expect(cardText(cardsOf(first)[0])).toContain(`${say('staff.card.phone')}: 07700 900456`);
    expect(await plain.exists(keys.outboxDelivered(waiting))).toBe(1);

    // Shown once: the next message has no inbox, and nothing was pushed to Tom's conversation.
    expect(hasParagraph(texts(await tom('help')), say('staff.handoff.waiting', { count: 1 }))).toBe(false);
    expect(channel.received.filter((activity) => activity.conversation?.id === 'lw-tom')).toEqual([]);
  });

  it('lets a receptionist refer and book a patient, audits each step in Redis, and hands off with their details', async () => {
    const jo = person('rc-jo', { id: 'staff-jo' });
    const before = channel.received.filter((activity) => activity.conversation?.id === 'lw-ada').length;
    await jo('hello');
    expect(texts(await jo(say('staff.menu.triage')))).toEqual([
      oneMessage(say('staff.triage.intro'), say('staff.triage.ask')),
    ]);
    // A receptionist's words about someone else in crisis go to the triage, not the patient safety gate.
    const urgent = texts(
      await jo('man on phone says he has been thinking about ending his life, lost his job'),
    );
    expect(firstParagraph(urgent[0])).toBe(say('staff.triage.urgency.urgent111'));
    await jo(say('staff.menu.triage'));
    await jo('78, lives alone since her husband died, asking about the lunch club');
    await jo("Yes, that's right");
    await jo('Margaret Smith');
    await jo('03/04/1948');
    await jo('943 476 5919');
    await jo('07700 900123');
    await jo('Phone call');
    await jo('English');
    expect(texts(await jo('Yes, they agree'))).toEqual([
      oneMessage(say('staff.consent.agreedRecorded', { code: '871731000000106' }), say('staff.book.when')),
    ]);
    await jo('next Tuesday afternoon');
    await jo('1');
    await jo('By phone');
    const done = texts(await jo('Yes, book it'));
    expect(firstParagraph(done[0])).toBe(
      say('staff.book.done', {
        when: 'Tuesday 24 November at 2:45pm',
        worker: 'Ada Lovell',
        how: say('booking.how.phone'),
      }),
    );

    const received = await channel.waitFor('lw-ada', before + 1);
    const card = cardsOf(received.slice(before))[0];
    const text = cardText(card);
    expect(text).toContain(`${say('staff.card.name')}: Margaret Smith`);
    expect(text).toContain(`${say('staff.card.nhsNumber')}: 943 476 5919`);
    expect(text).toContain(`${say('staff.card.bookedBy')}: ${say('staff.card.bookedByKind.staff')}`);
    expect(text).toContain('"78, lives alone since her husband died, asking about the lunch club"');

    // The audit trail, read with a plain client: who, what, which referral, when; nothing personal.
    const entries = (await plain.xrange(keys.auditLog(), '-', '+')).map(([, fields]) => {
      const entry: Record<string, string> = {};
      for (let i = 0; i < fields.length; i += 2) entry[fields[i]] = fields[i + 1];
      return entry;
    });
    expect(entries.map((entry) => [entry.staffId, entry.action, entry.code ?? ''])).toEqual([
      ['jo-bennett', 'triage.assessed', 'urgent111'],
      ['jo-bennett', 'triage.assessed', 'none'],
      ['jo-bennett', 'triage.consentRecorded', '871731000000106'],
      ['jo-bennett', 'triage.booked', ''],
    ]);
    expect(entries.every((entry) => entry.at === MONDAY_16_NOVEMBER && entry.role === 'receptionist')).toBe(
      true,
    );
    expect(entries[3].referralId).toBe(entries[2].referralId);
    expect(entries[3].bookingId).toMatch(/.+/);
    const raw = JSON.stringify(entries);
    for (const personal of ['Margaret', '9434765919', '07700', 'lunch', 'ending his life']) {
      expect(raw).not.toContain(personal);
    }
    // Nor in the logs.
    const logs = signpost.logs.raw();
    for (const personal of ['Margaret', '9434765919', '07700 900123', 'lunch club']) {
      expect(logs).not.toContain(personal);
    }
  });
  it('offers a patient new times they can really pick, in their conversation, when leave cancels their session', async () => {
    const ada = person('lw-ada', { id: '29:ada', aadObjectId: ADA_AAD });
    await ada('start over');
    expect(texts(await ada(say('staff.menu.handoffs')))).toEqual([
      oneMessage(
        `${say('staff.handoffs.upcoming')}\n${[
          say('staff.handoffs.line', {
            number: 1,
            when: 'Tuesday 24 November at 1:30pm',
            how: say('booking.how.inPerson', { site: 'Riverside Surgery' }),
            status: say('staff.status.new'),
          }),
          say('staff.handoffs.line', {
            number: 2,
            when: 'Tuesday 24 November at 2:45pm',
            how: say('booking.how.phone'),
            status: say('staff.status.new'),
          }),
        ].join('\n')}`,
        say('staff.handoffs.pick'),
      ),
    ]);
    await ada('done');
    await ada(say('staff.menu.leave'));
    await ada(say('staff.leave.kinds.leave'));
    await ada('24 November');
    expect(lastParagraph(texts(await ada('24 November')).pop())).toBe(say('staff.leave.confirmCancel'));
    const patientBefore = channel.received.filter((activity) => activity.conversation?.id === 'pt-1').length;
    const done = await ada('Yes, save it');
    expect(texts(done)[0]?.split('\n\n').slice(0, 4)).toEqual([
      say('staff.leave.saved.leave', { from: 'Tuesday 24 November', to: 'Tuesday 24 November' }),
      say('staff.leave.cancelled', { count: 2 }),
      say('staff.leave.sendingTimes', { count: 1 }),
      say('staff.leave.callThem', { count: 1 }),
    ]);
    // The receptionist's patient has no conversation with Signpost: Ada gets their card to call them.
    expect(cardText(cardsOf(done)[0])).toContain(`${say('staff.card.name')}: Margaret Smith`);

    await signpost.outboxIdle();
    // One message, in the patient's own conversation: what happened, and times to pick.
    const told = (await channel.waitFor('pt-1', patientBefore + 1)).slice(patientBefore);
    expect(told).toHaveLength(1);
    const offered = told[0]?.text ?? '';
    expect(offered).toContain(
      say('booking.lead.cancelledByLeave', { when: 'Tuesday 24 November at 1:30pm', worker: 'Ada Lovell' }),
    );
    expect(offered).toContain(say('booking.offer.newTimes'));
    expect(offered).toContain(
      say('booking.offer.line', { number: 1, when: 'Tuesday 17 November at 9am', worker: 'Ada Lovell' }),
    );
    // Typing "1" picks that time (it does not open the menu's first entry).
    const patient = person('pt-1', { id: 'patient-pt-1' });
    expect(texts(await patient('1'))).toEqual([say('booking.mode.ask', { worker: 'Ada Lovell' })]);
    await patient('In person');
    await patient('No');
    expect(firstParagraph(texts(await patient('Yes, book it'))[0])).toBe(
      say('booking.done.confirmed', {
        when: 'Tuesday 17 November at 9am',
        worker: 'Ada Lovell',
        how: say('booking.how.inPerson', { site: 'Riverside Surgery' }),
      }),
    );

    const actions = (await plain.xrange(keys.auditLog(), '-', '+'))
      .map(([, fields]) => fields)
      .filter((fields) => fields[3] === 'ada-lovell')
      .map((fields) => fields[fields.indexOf('action') + 1]);
    expect(actions).toEqual([
      'handoff.listed',
      'availability.changed',
      'availability.bookingCancelled',
      'availability.bookingCancelled',
    ]);
  });

  it("reads what a receptionist types about a patient at the menu as the request, with no patient's privacy notice", async () => {
    const jo = person('rc-jo-menu', { id: 'staff-jo' });
    await jo('hello');
    const replies = texts(
      await jo('82 year old man, lives alone since his wife died, struggling with bills, daughter worried'),
    );
    expect(firstParagraph(replies[0])).toBe(say('staff.triage.noRedFlags'));
    expect(hasParagraph(replies, say('privacy.ask'))).toBe(false);
    expect(replies.join('\n')).toContain(say('needs.money'));
  });

  it("reads a receptionist's request about someone's needs as the request; a patient asking for someone else is told how they can get help", async () => {
    const jo = person('rc-jo-someone', { id: 'staff-jo' });
    await jo('hello');
    const request = texts(await jo('her son rang, she is lonely, can she get a befriender?'));
    expect(firstParagraph(request[0])).toBe(say('staff.triage.noRedFlags'));
    expect(request.join('\n')).not.toContain(say('menu.forSomeoneElse'));
    const relative = person('pt-someone-else', { id: 'pt-someone-else' });
    const first = texts(await relative("can my dad get a befriender? he's so lonely since he moved"));
    expect(hasParagraph(first, say('menu.forSomeoneElse'))).toBe(true);
    expect(hasParagraph(first, say('privacy.ask'))).toBe(false);
    expect(first.join('\n')).toContain(say('menu.prompt'));
  });

  it("welcomes staff to their own tools, not a patient's journey, and says so when asked for a patient's", async () => {
    const tom = person('lw-tom-welcome', { id: 'staff-tom' });
    const hello = texts(await tom('hello'));
    expect(hasParagraph(hello, say('welcome.staff'))).toBe(true);
    expect(hasParagraph(hello, say('welcome.whatIDo'))).toBe(false);
    const help = texts(await tom('help'));
    expect(hasParagraph(help, say('help.staff'))).toBe(true);
    expect(hasParagraph(help, say('help.what'))).toBe(false);
    // Booking a time for themselves is a patient's: the link worker is told, and sees their menu again.
    const book = texts(await tom('book a time with a link worker'));
    expect(firstParagraph(book[0])).toBe(say('menu.notHere'));
    expect(hasParagraph(book, say('menu.prompt'))).toBe(true);
    // "My referals", mistyped, still opens them.
    expect(hasParagraph(texts(await tom('my referals')), say('staff.handoffs.pick'))).toBe(true);

    // A receptionist asking to book a patient in starts a referral.
    const jo = person('rc-jo-book', { id: 'staff-jo' });
    await jo('hello');
    expect(
      hasParagraph(texts(await jo('can you book a patient in with a link worker')), say('staff.triage.ask')),
    ).toBe(true);
  });

  it('opens "My referrals" when a link worker types it as the first message of a conversation', async () => {
    const ada = person('lw-ada-first-message', { id: '29:ada', aadObjectId: ADA_AAD });
    const replies = texts(await ada('my referrals'));
    expect(hasParagraph(replies, say('staff.handoffs.pick'))).toBe(true);
    expect(hasParagraph(replies, say('menu.prompt'))).toBe(false);
  });

  it('sends a referral card to a link worker in the middle of a turn, without waiting for the turn', async () => {
    const ada = person('lw-ada-busy', { id: '29:ada', aadObjectId: ADA_AAD });
    await ada('hello');
    // Ada's conversation is busy with a long turn: its lock is held until the card has arrived.
    const lock = new RedisTurnLock(plain, { keys, ttlMs: 10_000, waitMs: 1_000, log: silentLog });
    let release = () => undefined as void;
    const held = lock.runExclusive(
      'test:lw-ada-busy',
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    try {
      await patientBooks('pt-busy', 'next Wednesday morning', ['In person', 'No']);
      const [card] = await channel.waitFor('lw-ada-busy', 1);
      expect(card?.text).toMatch(/^New referral: Wednesday 25 November at 9am/);
    } finally {
      release();
      await held;
    }
  });
});
