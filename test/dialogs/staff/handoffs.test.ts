import { staffCapabilities } from '../../../dialogs/staff';
import { say, translator } from '../../support/dialogs';
import { bookAs, clientAs, staffWorld, talk, textsOf, type StaffReply } from '../../support/staff';

// Monday 16 November 2026, 09:00 in London. Ada Lovell is a link worker with two bookings next Tuesday;
// Tom Hadley has one on Wednesday.
const ADA_TUE_1_30 = 'ada-lovell:2026-11-24T13:30:00.000Z';
const ADA_TUE_2_45 = 'ada-lovell:2026-11-24T14:45:00.000Z';
const TOM_WED_1 = 'tom-hadley:2026-11-18T13:00:00.000Z';
const PATIENT = 'patient-key-1';
const menu = say('menu.prompt');
const inPerson = say('booking.how.inPerson', { site: 'Riverside Surgery' });
const byPhone = say('booking.how.phone');

async function world() {
  const w = staffWorld();
  await w.referrals.agree(PATIENT);
  await w.referrals.recordWhatMatters(PATIENT, 'I feel lonely since I retired', ['loneliness']);
  await w.referrals.setPreferences(PATIENT, {
    interests: ['outdoorsAndNature', 'creative'],
    interestsText: 'gardening\nsinging in a choir',
  });
  await w.referrals.recordWellbeing(PATIENT, {
    lifeSatisfaction: 4,
    worthwhile: 5,
    happiness: 3,
    anxiety: 7,
  });
  const first = await bookAs(w, PATIENT, ADA_TUE_1_30);
  const second = await bookAs(w, 'no-draft', ADA_TUE_2_45, 'phone');
  await bookAs(w, 'tom-patient', TOM_WED_1, 'phone');
  const client = clientAs('Ada', staffCapabilities({ translator, nation: 'england', ...w }));
  return { w, client, first: first.booking.id, second: second.booking.id };
}

const line = (number: number, when: string, how: string, status: string) =>
  say('staff.handoffs.line', {
    number,
    when,
    how,
    status: say(`staff.status.${status}` as 'staff.status.new'),
  });
const list = (...lines: string[]) => `${say('staff.handoffs.upcoming')}\n${lines.join('\n')}`;
const summary = (when: string, how: string) => say('staff.handoff.summary', { when, how });
const cardTexts = (replies: StaffReply[]) =>
  JSON.stringify(replies.flatMap((reply) => reply.attachments.map((attachment) => attachment.content)));

describe("a link worker's referrals", () => {
  it('opens the only referral on the list at "open it", and asks for a number when there are several', async () => {
    const w = staffWorld();
    await bookAs(w, PATIENT, ADA_TUE_1_30);
    const client = clientAs('Ada', staffCapabilities({ translator, nation: 'england', ...w }));
    await talk(client, 'hello');
    await talk(client, 'my referrals');
    const opened = await talk(client, 'open it');
    expect(textsOf(opened)).toEqual([
      summary('Tuesday 24 November at 1:30pm', inPerson),
      say('staff.handoffs.action'),
    ]);

    const several = await world();
    await talk(several.client, 'hello');
    await talk(several.client, 'my referrals');
    expect(textsOf(await talk(several.client, 'open it'))).toEqual([say('staff.handoffs.pickRetry')]);
  });

  it('lists, opens, accepts, marks attended and records an outcome with a follow-up ONS4', async () => {
    const { w, client, first } = await world();
    const TUE_1_30 = 'Tuesday 24 November at 1:30pm';
    const TUE_2_45 = 'Tuesday 24 November at 2:45pm';

    const [hello] = await talk(client, 'hello');
    expect(hello.actions).toContain(say('staff.menu.handoffs'));
    expect(hello.actions).not.toContain(say('staff.menu.triage'));

    expect(textsOf(await talk(client, 'my handoffs'))).toEqual([
      list(line(1, TUE_1_30, inPerson, 'new'), line(2, TUE_2_45, byPhone, 'new')),
      say('staff.handoffs.pick'),
    ]);
    expect(textsOf(await talk(client, '7'))).toEqual([say('staff.handoffs.pickRetry')]);

    const opened = await talk(client, '1');
    expect(textsOf(opened)).toEqual([summary(TUE_1_30, inPerson), say('staff.handoffs.action')]);
    // Nothing about attendance before the referral is accepted and the session has begun.
    expect(opened[1].actions).toEqual([say('staff.handoffs.do.accept'), say('staff.handoffs.do.back')]);
    const card = cardTexts(opened);
    expect(card).toContain('"version":"1.5"');
    expect(card).toContain(say('staff.need.loneliness'));
    expect(card).toContain('I feel lonely since I retired');
    // What they enjoy, each answer as they typed it, on one line.
    expect(card).toContain(
      JSON.stringify({ title: say('staff.card.enjoys'), value: 'gardening; singing in a choir' }),
    );
    expect(card).toContain(`${say('wellbeing.anxiety')} ${say('staff.card.score', { score: 7 })}`);

    expect(textsOf(await talk(client, 'Accept it'))).toEqual([
      say('staff.handoffs.accepted'),
      list(line(1, TUE_1_30, inPerson, 'accepted'), line(2, TUE_2_45, byPhone, 'new')),
      say('staff.handoffs.pick'),
    ]);
    const early = await talk(client, '1');
    expect(early[1].actions).toEqual([say('staff.handoffs.do.outcome'), say('staff.handoffs.do.back')]);
    await talk(client, 'Back to my list');
    w.clock.set('2026-11-24T15:00:00.000Z');
    const again = await talk(client, '1');
    expect(again[1].actions).toEqual([
      say('staff.handoffs.do.attended'),
      say('staff.handoffs.do.didNotAttend'),
      say('staff.handoffs.do.outcome'),
      say('staff.handoffs.do.back'),
    ]);
    expect(textsOf(await talk(client, 'They came'))).toEqual([
      say('staff.handoffs.marked.attended'),
      `${say('staff.handoffs.today')}\n${[line(1, TUE_1_30, inPerson, 'attended'), line(2, TUE_2_45, byPhone, 'new')].join('\n')}`,
      say('staff.handoffs.pick'),
    ]);
    const third = await talk(client, '1');
    expect(third[1].actions).toEqual([
      say('staff.handoffs.do.undo'),
      say('staff.handoffs.do.outcome'),
      say('staff.handoffs.do.back'),
    ]);

    const turns: [string, string[]][] = [
      ['Record the outcome', [say('staff.outcome.notes')]],
      ['Joined the walking group on Thursdays.', [say('staff.outcome.askWellbeing')]],
      ['Yes', [say('wellbeing.scale'), say('wellbeing.lifeSatisfaction')]],
      ['7', [say('wellbeing.worthwhile')]],
      ['eleven', [say('wellbeing.retry.outOfRange'), say('wellbeing.worthwhile')]],
      ['6', [say('wellbeing.happiness')]],
      ['skip', [say('wellbeing.anxiety')]],
      [
        '3',
        [
          say('staff.outcome.saved', { what: 'your note and 3 wellbeing scores' }),
          `${say('staff.handoffs.today')}\n${[line(1, TUE_1_30, inPerson, 'attended'), line(2, TUE_2_45, byPhone, 'new')].join('\n')}`,
          say('staff.handoffs.pick'),
        ],
      ],
    ];
    for (const [send, expected] of turns) {
      expect({ send, replies: textsOf(await talk(client, send)) }).toEqual({ send, replies: expected });
    }
    // The referral now shows the outcome, and each follow-up score with its change from the start.
    const withOutcome = cardTexts(await talk(client, '1'));
    expect(withOutcome).toContain('Joined the walking group on Thursdays');
    expect(withOutcome).toContain(
      say('staff.card.followUp', {
        label: `${say('wellbeing.lifeSatisfaction')} ${say('staff.card.score', { score: 7 })}`,
        baseline: 4,
        change: `${say('staff.card.change.up', { count: 3 })}, ${say('staff.card.change.better')}`,
      }),
    );
    expect(withOutcome).toContain(
      say('staff.card.followUp', {
        label: `${say('wellbeing.anxiety')} ${say('staff.card.score', { score: 3 })}`,
        baseline: 7,
        change: `${say('staff.card.change.down', { count: 4 })}, ${say('staff.card.change.better')}`,
      }),
    );
    await talk(client, 'Back to my list');
    expect(textsOf(await talk(client, 'done'))).toEqual([menu]);

    expect(await w.storage.handoffs.get(first)).toMatchObject({
      status: 'attended',
      acceptedAt: '2026-11-16T09:00:00.000Z',
      closedAt: '2026-11-24T15:00:00.000Z',
      outcome: {
        at: '2026-11-24T15:00:00.000Z',
        notes: 'Joined the walking group on Thursdays.',
        wellbeing: { lifeSatisfaction: 7, worthwhile: 6, anxiety: 3 },
      },
    });
    expect(
      w.auditLog.entries.map((entry) => `${entry.staffId} ${entry.action} ${entry.handoffId ?? ''}`),
    ).toEqual([
      'ada-lovell handoff.listed ',
      'ada-lovell handoff.opened ' + first,
      'ada-lovell handoff.accepted ' + first,
      'ada-lovell handoff.listed ',
      'ada-lovell handoff.opened ' + first,
      'ada-lovell handoff.listed ',
      'ada-lovell handoff.opened ' + first,
      'ada-lovell handoff.attended ' + first,
      'ada-lovell handoff.listed ',
      'ada-lovell handoff.opened ' + first,
      'ada-lovell handoff.outcomeRecorded ' + first,
      'ada-lovell handoff.listed ',
      'ada-lovell handoff.opened ' + first,
      'ada-lovell handoff.listed ',
    ]);
    expect(JSON.stringify(w.auditLog.entries)).not.toContain('walking');
  });

  it("reads an outcome note for red flags: says what to do, and keeps a flag on the patient's record", async () => {
    const { w, client, first } = await world();
    await talk(client, 'hello');
    await talk(client, 'my handoffs');
    await talk(client, '1');
    // An outcome is recorded on a referral the link worker has accepted.
    await talk(client, 'Accept it');
    await talk(client, '1');
    expect(textsOf(await talk(client, 'Record the outcome'))).toEqual([say('staff.outcome.notes')]);
    const alert = textsOf(await talk(client, 'He said he has been saving his tablets to end it all.'));
    expect(alert[0]).toBe(say('staff.triage.urgency.emergency999'));
    expect(alert).toContain(say('staff.outcome.flagged'));
    expect(alert.at(-1)).toBe(say('staff.outcome.askWellbeing'));
    const [flag] = (await w.referrals.get(PATIENT))?.safetyFlags ?? [];
    expect(flag).toMatchObject({
      kinds: ['suicidal'],
      outcome: 'redFlag',
      source: 'linkWorker',
      urgency: 'emergency999',
      words: ['He said he has been saving his tablets to end it all'],
    });
    expect(w.auditLog.entries.map((entry) => entry.action)).toContain('handoff.safetyFlag');
    // The card shows it, with the words that raised it.
    await talk(client, 'No');
    const reopened = await talk(client, '1');
    expect(cardTexts(reopened)).toContain(say('staff.safety.title'));
    expect(cardTexts(reopened)).toContain('He said he has been saving his tablets to end it all');
    expect(first).toBeDefined();
  });

  it('shows a minimal handoff for a booking made without a referral draft, and "did not come"', async () => {
    const { w, client, second } = await world();
    await talk(client, 'hello');
    await talk(client, 'My referrals');
    const opened = await talk(client, '2');
    expect(cardTexts(opened)).toContain(say('staff.card.minimal'));
    await talk(client, 'Accept it');
    w.clock.set('2026-11-24T16:00:00.000Z');
    await talk(client, '2');
    expect(textsOf(await talk(client, 'They did not come'))[0]).toBe(
      say('staff.handoffs.marked.didNotAttend'),
    );
    expect((await w.storage.handoffs.get(second))?.status).toBe('didNotAttend');
    // Taken back the same day: the session is open again.
    await talk(client, '2');
    expect(textsOf(await talk(client, 'Take that back'))[0]).toBe(say('staff.handoffs.undone'));
    expect((await w.storage.handoffs.get(second))?.status).toBe('accepted');
  });

  it.each([
    ['open the second one', 2],
    ['the 2:45 one', 2],
    ['first', 1],
  ])('opens the referral "%s" names, as its number would', async (answer, number) => {
    const { client } = await world();
    await talk(client, 'hello');
    await talk(client, 'My referrals');
    const when = number === 1 ? 'Tuesday 24 November at 1:30pm' : 'Tuesday 24 November at 2:45pm';
    expect(textsOf(await talk(client, answer))[0]).toBe(summary(when, number === 1 ? inPerson : byPhone));
  });

  it("shows only the link worker's own referrals, and says so when there are none", async () => {
    const w = staffWorld();
    const client = clientAs('Ada', staffCapabilities({ translator, nation: 'england', ...w }));
    await talk(client, 'hello');
    expect(textsOf(await talk(client, 'My referrals'))).toEqual([say('staff.handoffs.none'), menu]);
    await bookAs(w, 'tom-patient', TOM_WED_1, 'phone');
    expect(textsOf(await talk(client, 'My referrals'))).toEqual([say('staff.handoffs.none'), menu]);
  });
});
