import { FixedClock, MONDAY_16_NOVEMBER } from '../support/booking';
import { startStaffSignpost } from '../support/staffSignpost';
import { firstParagraph, hasParagraph, lastParagraph, oneMessage, say } from '../support/dialogs';
import { AAD, testStaffFile } from '../support/staffFile';
import { TeamsChannel, teamsUser, textOf, type TeamsActivity } from '../support/teamsChannel';

const STAFF = testStaffFile({
  ada: { aadObjectIds: [AAD.ada] },
  tom: { aadObjectIds: [AAD.tom] },
  jo: { aadObjectIds: [AAD.jo] },
});

type Card = { contentType: string; content: Record<string, unknown> };
const cards = (activities: TeamsActivity[]) =>
  activities
    .flatMap((activity) => (activity.attachments ?? []) as Card[])
    .filter((a) => a.contentType.endsWith('adaptive'));
/** Every text a card shows (TextBlocks, facts, button titles), to check what a person reads. */
function cardWords(card: Card | undefined): string {
  const words: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const value = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'value'])
        if (typeof value[key] === 'string') words.push(value[key] as string);
      Object.values(value).forEach(walk);
    }
  };
  walk(card?.content);
  return words.join('\n');
}
const when = (text: string) => text;

/**
 * The whole patient journey and the staff flows through a channel as strict as the Teams connector:
 * it refuses data-URL files, more than 3 suggested actions, unknown attachments, events, cards over
 * 28 KB, and proactive messages to people who have not installed the app. Every test ends with no
 * refusal at all.
 */
describe('Signpost through a strict Teams-shaped channel', () => {
  let teams: TeamsChannel;
  let signpost: Awaited<ReturnType<typeof startStaffSignpost>>;
  const clock = new FixedClock(MONDAY_16_NOVEMBER);

  beforeAll(async () => {
    teams = await new TeamsChannel().start();
    signpost = await startStaffSignpost({ clock, staff: STAFF });
  });
  afterAll(async () => {
    await signpost.close();
    await teams.stop();
  });
  afterEach(() => {
    expect(
      teams.rejections.map((r) => `${r.conversationId} ${r.status} ${r.reason} ${r.activity.text ?? ''}`),
    ).toEqual([]);
  });

  const user = (name: string, aadObjectId?: string) =>
    teamsUser({
      bot: signpost.url,
      channel: teams,
      conversationId: `a:${name}`,
      userId: `29:${name}`,
      ...(aadObjectId ? { aadObjectId } : {}),
    });

  it('takes a patient from hello to a booking, moves it to another link worker and cancels it; each link worker is told', async () => {
    const ada = user('ada', AAD.ada);
    const tom = user('tom', AAD.tom);
    // The link workers have the app and have talked to Signpost, so it can reach them.
    expect(textOf((await ada('hello')).replies)).toContain(say('menu.prompt'));
    await tom('hello');

    const pat = user('pat');
    const hello = await pat('hello');
    const menu = hello.replies.at(-1);
    // Five menu entries: more than Teams shows as suggested actions, so they come as a card of buttons.
    expect(menu?.suggestedActions).toBeUndefined();
    expect(cardWords(cards([menu as TeamsActivity])[0])).toContain(say('booking.menu.book'));

    // What matters, follow-ups and offers.
    expect(lastParagraph(textOf((await pat(say('journey.menu'))).replies).pop())).toBe(say('privacy.ask'));
    await pat("Yes, that's OK");
    await pat('Since my wife died I hardly see anyone and I look after my grandson');
    await pat('yes');
    for (const answer of ['I like gardening', 'skip', 'RV1', 'yes', 'no']) await pat(answer);
    const offers = await pat('Not now');
    expect(cards(offers.replies).length).toBeGreaterThan(0);

    // Booking, from the menu.
    await pat('start over');
    expect(textOf((await pat(say('booking.menu.book'))).replies)).toEqual([say('booking.when.ask')]);
    const offered = await pat('next Tuesday afternoon');
    // The times once, on a card; the text only says how to choose.
    expect(textOf(offered.replies)).toEqual([
      say('booking.offer.intro'),
      say('booking.offer.howToChooseCard'),
    ]);
    expect(cardWords(cards(offered.replies)[0])).toContain(
      say('booking.offer.line', { number: 1, when: 'Tuesday 24 November at 1:30pm', worker: 'Ada Lovell' }),
    );
    expect(textOf((await pat('1')).replies)).toEqual([say('booking.mode.ask', { worker: 'Ada Lovell' })]);
    await pat('In person');
    await pat('Yes');
    expect(textOf((await pat('Sam')).replies)).toEqual([
      oneMessage(
        say('booking.check.summary', {
          when: 'Tuesday 24 November at 1:30pm',
          worker: 'Ada Lovell',
          how: say('booking.how.inPerson', { site: 'Riverside Surgery' }),
        }),
        say('booking.check.ask'),
      ),
    ]);
    const booked = await pat('Yes, book it');
    // Teams resends an activity the bot took over 15 s to answer (DESIGN.md, trap 15).
    expect(booked.ms).toBeLessThan(15_000);
    expect(textOf(booked.replies)[0]).toMatch(/^You're booked in: Tuesday 24 November at 1:30pm/);
    // The calendar: a card with an "Add to calendar" link Signpost serves, not a file.
    const calendarCard = cards(booked.replies).find((card) =>
      cardWords(card).includes(say('booking.calendar.addButton')),
    );
    const link = (calendarCard?.content.actions as { url: string }[] | undefined)?.[0]?.url ?? '';
    expect(link.startsWith(`${signpost.url}/calendar/`)).toBe(true);
    expect(link).not.toMatch(/Sam|Ada|2026|Riverside/i);
    const ics = await fetch(link);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const body = await ics.text();
    expect(body).toContain('DTSTART:20261124T133000Z');
    expect(body).not.toMatch(/lonel|wife|grandson/i);
    expect((await fetch(`${link.slice(0, -8)}AAAAAAAA.ics`)).status).toBe(404);

    await signpost.outboxIdle();
    const adaCardMessage = teams.of('a:ada').at(-1);
    expect(adaCardMessage?.text).toContain(
      say('staff.handoff.arrived', {
        when: 'Tuesday 24 November at 1:30pm',
        how: say('booking.how.inPerson', { site: 'Riverside Surgery' }),
      }),
    );
    expect(cardWords(cards([adaCardMessage as TeamsActivity])[0])).toContain('Sam');

    // Moved to Tom (phone only): Tom gets a new card, Ada is told and her card is redrawn.
    expect(hasParagraph(textOf((await pat('move my appointment')).replies), say('booking.move.intro'))).toBe(
      true,
    );
    await pat('Wednesday 18 November afternoon');
    expect(textOf((await pat('1')).replies)).toEqual([
      say('booking.contact.ask.phone', { worker: 'Tom Hadley' }),
    ]);
    await pat('yes');
    await pat('Sam');
    const checked = await pat('07700 900123');
    expect(lastParagraph(textOf(checked.replies).pop())).toBe(
      say('booking.move.check', {
        from: 'Tuesday 24 November at 1:30pm',
        to: 'Wednesday 18 November at 1pm',
        worker: 'Tom Hadley',
        how: say('booking.how.phone'),
      }),
    );
    const moved = await pat('Yes, move it');
    expect(moved.ms).toBeLessThan(15_000);
    await signpost.outboxIdle();
    const adaNow = teams.of('a:ada');
    expect(adaNow.at(-1)?.text).toBe(
      say('staff.notice.movedAway', { from: 'Tuesday 24 November at 1:30pm' }),
    );
    expect(cardWords(cards([teams.current(adaCardMessage?.id ?? '') as TeamsActivity])[0])).toContain(
      say('staff.card.titleMovedAway'),
    );
    const tomCard = teams.of('a:tom').at(-1);
    expect(tomCard?.text).toContain(
      say('staff.handoff.arrived', { when: 'Wednesday 18 November at 1pm', how: say('booking.how.phone') }),
    );
    expect(cardWords(cards([tomCard as TeamsActivity])[0])).toContain('07700 900123');

    // Cancelled by the patient, with a reason: Tom is told, and his card shows it.
    expect(textOf((await pat('cancel my appointment')).replies)).toEqual([
      say('booking.cancelBooking.check', { when: 'Wednesday 18 November at 1pm', worker: 'Tom Hadley' }),
    ]);
    await pat('Yes, cancel it');
    const cancelled = await pat('I have a job interview [see](http://example.com)');
    expect(firstParagraph(textOf(cancelled.replies)[0])).toBe(
      say('booking.cancelBooking.done', { worker: 'Tom Hadley' }),
    );
    await signpost.outboxIdle();
    const tomNotice = teams.of('a:tom').at(-1);
    expect(tomNotice?.text).toBe(say('staff.notice.cancelled', { when: 'Wednesday 18 November at 1pm' }));
    const noticeWords = cardWords(cards([tomNotice as TeamsActivity])[0]);
    expect(noticeWords).toContain(say('staff.card.cancelledBy.patient'));
    // The patient's words arrive as plain text: no link can be made from them.
    expect(noticeWords).toContain('I have a job interview \\[see\\]\\(http:\u200B//example\u200B.com\\)');
    expect(cardWords(cards([teams.current(tomCard?.id ?? '') as TeamsActivity])[0])).toContain(
      say('staff.status.cancelled'),
    );
    // Tom's list still shows it, as cancelled.
    await tom('start over');
    expect(textOf((await tom(say('staff.menu.handoffs'))).replies)[0]).toContain(
      say('staff.handoffs.line', {
        number: 1,
        when: 'Wednesday 18 November at 1pm',
        how: say('booking.how.phone'),
        status: say('staff.status.cancelled'),
      }),
    );
    await tom('done');
  });

  it('lets a receptionist refer and book, and a link worker accept (the card is redrawn) and take leave; the patient picks new times in Teams', async () => {
    const jo = user('jo', AAD.jo);
    const ada = user('ada', AAD.ada);
    // A link worker's menu (their own tools, none of a patient's) has more entries than Teams shows as
    // suggested actions: it comes as a card of buttons.
    const adaMenu = (await ada('start over')).replies.at(-1);
    expect(adaMenu?.suggestedActions).toBeUndefined();
    expect(cardWords(cards([adaMenu as TeamsActivity])[0]).split('\n')).toEqual([
      say('staff.menu.handoffs'),
      say('staff.menu.outbox'),
      say('staff.menu.leave'),
      say('menu.help'),
    ]);
    // The receptionist's has three, as suggested actions.
    const menu = (await jo('start over')).replies.at(-1);
    expect(menu?.suggestedActions?.actions.map((action) => action.title)).toEqual([
      say('staff.menu.triage'),
      say('staff.menu.outbox'),
      say('menu.help'),
    ]);
    await jo(say('staff.menu.triage'));
    await jo('78, lives alone since her husband died, asking about the lunch club');
    await jo("Yes, that's right");
    for (const answer of [
      'Margaret Smith',
      '03/04/1948',
      '943 476 5919',
      '07700 900123',
      'Phone call',
      'English',
    ]) {
      await jo(answer);
    }
    await jo('Yes, they agree');
    await jo('next Tuesday afternoon');
    await jo('2');
    await jo('By phone');
    const done = textOf((await jo('Yes, book it')).replies);
    expect(firstParagraph(done[0])).toBe(
      say('staff.book.done', {
        when: 'Tuesday 24 November at 2:45pm',
        worker: 'Ada Lovell',
        how: say('booking.how.phone'),
      }),
    );
    expect(done[0]?.split('\n\n')[2]).toBe(say('staff.book.handoff', { worker: 'Ada Lovell' }));
    await signpost.outboxIdle();
    const card = teams.of('a:ada').at(-1);
    expect(cardWords(cards([card as TeamsActivity])[0])).toContain('Margaret Smith');

    // A patient books Ada too, then Ada accepts the receptionist's referral: its card is redrawn.
    const pam = user('pam');
    await pam('hello');
    await pam(say('booking.menu.book'));
    await pam("Yes, that's OK");
    await pam('next Tuesday afternoon');
    await pam('1');
    await pam('In person');
    await pam('No');
    await pam('Yes, book it');
    await signpost.outboxIdle();

    await ada(say('staff.menu.handoffs'));
    await ada('2');
    expect(firstParagraph(textOf((await ada('Accept it')).replies)[0])).toBe(say('staff.handoffs.accepted'));
    await ada('done');
    await signpost.outboxIdle();
    expect(cardWords(cards([teams.current(card?.id ?? '') as TeamsActivity])[0])).toContain(
      say('staff.status.accepted'),
    );

    // Leave on Tuesday: Pam gets new times in her Teams chat, and picks one by typing its number.
    await ada(say('staff.menu.leave'));
    await ada(say('staff.leave.kinds.leave'));
    await ada('24 November');
    await ada('24 November');
    const saved = textOf((await ada('Yes, save it')).replies);
    expect(saved[0]?.split('\n\n').slice(0, 4)).toEqual([
      say('staff.leave.saved.leave', { from: 'Tuesday 24 November', to: 'Tuesday 24 November' }),
      say('staff.leave.cancelled', { count: 2 }),
      say('staff.leave.sendingTimes', { count: 1 }),
      say('staff.leave.callThem', { count: 1 }),
    ]);
    await signpost.outboxIdle();
    const offer = teams.of('a:pam').at(-1);
    expect(offer?.text).toContain(
      say('booking.lead.cancelledByLeave', { when: 'Tuesday 24 November at 1:30pm', worker: 'Ada Lovell' }),
    );
    expect(cardWords(cards([offer as TeamsActivity])[0])).toContain(
      say('booking.offer.line', {
        number: 1,
        when: when('Tuesday 17 November at 9am'),
        worker: 'Ada Lovell',
      }),
    );
    expect(textOf((await pam('1')).replies)).toEqual([say('booking.mode.ask', { worker: 'Ada Lovell' })]);
    await pam('In person');
    await pam('No');
    expect(textOf((await pam('Yes, book it')).replies)[0]).toMatch(
      /^You're booked in: Tuesday 17 November at 9am/,
    );
    await signpost.outboxIdle();
    expect(teams.of('a:ada').at(-1)?.text).toContain(
      say('staff.handoff.arrived', {
        when: 'Tuesday 17 November at 9am',
        how: say('booking.how.inPerson', { site: 'Riverside Surgery' }),
      }),
    );
  });
});
