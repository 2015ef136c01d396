import { DialogTestClient } from 'botbuilder-testing';
import { ConsentDialog } from '../../dialogs/consentDialog';
import { DeleteDataDialog } from '../../dialogs/deleteDataDialog';
import { MainDialog } from '../../dialogs/mainDialog';
import { patientKeyOf } from '../../dialogs/patient';
import { WhatMattersDialog } from '../../dialogs/whatMattersDialog';
import { ReferralService } from '../../src/services/referrals/referralService';
import { askedWithHint, converse, say, translator } from '../support/dialogs';
import { journeyServices, privacyWorld } from '../support/journey';

const notice = [
  say('privacy.intro'),
  say('privacy.what'),
  say('privacy.who', { practice: 'Riverside Surgery' }),
  say('privacy.howLong', { days: 90 }),
  say('privacy.safety'),
  say('privacy.delete'),
  say('privacy.ask'),
];
const patient = ReferralService.patientKey('test', 'user1');

describe('ConsentDialog', () => {
  function client() {
    const services = journeyServices();
    const dialog = new ConsentDialog({ ...services, practiceName: 'Riverside Surgery', retentionDays: 90 });
    return { services, test: new DialogTestClient('test', dialog) };
  }

  it('stores nothing until the patient agrees, then creates the draft', async () => {
    const { services, test } = client();
    expect(await converse(test, 'hi')).toEqual(notice);
    expect(await services.store.load(patient)).toBeUndefined();
    expect(await converse(test, 'yeah')).toEqual([say('privacy.agreed')]);
    expect(test.dialogTurnResult.result).toEqual({ agreed: true });
    expect((await services.store.load(patient))?.consent.noticeVersion).toBeDefined();
  });

  it.each(['No thanks', 'no', 'nope'])('keeps nothing when the patient says "%s"', async (answer) => {
    const { services, test } = client();
    await converse(test, 'hi');
    expect(await converse(test, answer)).toEqual([
      say('privacy.declined'),
      say('privacy.otherRoutes', { practice: 'Riverside Surgery' }),
    ]);
    expect(test.dialogTurnResult.result).toEqual({ agreed: false });
    expect(await services.store.load(patient)).toBeUndefined();
  });

  it('keeps no transcript past the session and no way to reach a patient who says no', async () => {
    const services = journeyServices();
    const world = privacyWorld(services.referrals);
    await world.conversations.open({ conversationId: 'declined', userId: 'user1', ttlSeconds: 86400 });
    await world.staff.references.save(`patient:${patient}`, {
      channelId: 'test',
      serviceUrl: 'https://test.example',
      conversation: { id: 'declined' },
      bot: { id: 'bot' },
    });
    const dialog = new ConsentDialog({
      ...services,
      practiceName: 'Riverside Surgery',
      retentionDays: 90,
      privacy: world.privacy,
      sessionMinutes: 30,
    });
    const test = new DialogTestClient('test', dialog, undefined, [
      {
        onTurn: async (context, next) => {
          context.activity.conversation.id = 'declined';
          await next();
        },
      },
    ]);
    await converse(test, 'hi');
    expect(await converse(test, 'No thanks')).toEqual([
      say('privacy.declined'),
      say('privacy.declinedChat', { minutes: 30 }),
      say('privacy.otherRoutes', { practice: 'Riverside Surgery' }),
    ]);
    expect(await world.staff.references.load(`patient:${patient}`)).toBeUndefined();
    // The chat now lives at most the session's length after its last message.
    const appended = await world.conversations.append({
      conversationId: 'declined',
      activity: { type: 'message' },
      ttlSeconds: 86400,
      maxActivities: 10,
    });
    expect(appended.ok).toBe(true);
  });

  it('asks again, politely, when the answer is neither', async () => {
    const { test } = client();
    await converse(test, 'hi');
    expect(await converse(test, 'what is a link worker?')).toEqual([
      say('privacy.retry'),
      say('privacy.ask'),
    ]);
  });

  it('files a safety flag raised before consent, on the draft and in the safety inbox', async () => {
    const { services, test } = client();
    const flag = services.safety.create({ kinds: ['suicidal'], outcome: 'crisis', source: 'patient' });
    services.held.push(flag);
    await converse(test, 'hi');
    await converse(test, "Yes, that's OK");
    expect((await services.store.load(patient))?.safetyFlags).toEqual([flag]);
    expect((await services.inbox.forPatient(patient)).map((item) => item.flag)).toEqual([flag]);
  });

  it('does not ask someone who already agreed', async () => {
    const { services, test } = client();
    await services.referrals.agree(patient);
    expect(await converse(test, 'hi')).toEqual([]);
    expect(test.dialogTurnResult.result).toEqual({ agreed: true });
  });
});

describe('WhatMattersDialog', () => {
  async function client() {
    const services = journeyServices();
    await services.referrals.agree(patient);
    return { services, test: new DialogTestClient('test', new WhatMattersDialog(services)) };
  }
  const opening = [askedWithHint('whatMatters.ask', 'whatMatters.askHint')];

  it.each([
    ["I'm not lonely, it's the money", ['money'], 'sayBackOne', 'money, debt or benefits'],
    ['I feel lonely since my wife died and I am skint', undefined, 'sayBack', undefined],
  ])('understands "%s" and says it back', async (text, needs, key, names) => {
    const { services, test } = await client();
    expect(await converse(test, 'hi')).toEqual(opening);
    const reply = await converse(test, text);
    if (names) expect(reply[0]).toBe(say(`whatMatters.${key}` as 'whatMatters.sayBackOne', { needs: names }));
    expect(reply[reply.length - 1]).toBe(say('whatMatters.confirm'));
    expect(await converse(test, 'yes')).toEqual([say('whatMatters.noted')]);
    const draft = await services.store.load(patient);
    expect(draft?.whatMatters?.text).toBe(text);
    if (needs) expect(draft?.whatMatters?.needs).toEqual(needs);
    else expect(draft?.whatMatters?.needs.length).toBeGreaterThan(1);
  });

  /** The numbered list of needs, as the dialog shows it after a sentence. */
  const listed = (
    reply: string[],
    key: 'whatMatters.notSure' | 'whatMatters.change' | 'whatMatters.pickRetry',
  ) => {
    expect(reply).toHaveLength(1);
    expect(reply[0]?.startsWith(say(key))).toBe(true);
    expect(reply[0]).toContain(`1. ${say('needs.loneliness')}`);
    expect(reply[0]).toContain(`17. ${say('whatMatters.somethingElse')}`);
  };

  it('"Not quite" lets the patient add and take away needs, without losing the rest', async () => {
    const { services, test } = await client();
    await converse(test, 'hi');
    expect(await converse(test, "I'm worried about money and I feel so alone")).toEqual([
      say('whatMatters.sayBack', { needs: `${say('needs.money')} and ${say('needs.loneliness')}` }),
      say('whatMatters.confirm'),
    ]);
    listed(await converse(test, 'Not quite'), 'whatMatters.change');
    expect(await converse(test, 'add housing')).toEqual([
      say('whatMatters.sayBack', {
        needs: `${say('needs.money')}, ${say('needs.loneliness')} and ${say('needs.housing')}`,
      }),
      say('whatMatters.confirm'),
    ]);
    expect(await converse(test, "no, I'm not lonely")).toEqual([
      say('whatMatters.sayBack', { needs: `${say('needs.money')} and ${say('needs.housing')}` }),
      say('whatMatters.confirm'),
    ]);
    expect(await converse(test, "yes that's it")).toEqual([say('whatMatters.noted')]);
    const draft = await services.store.load(patient);
    expect(draft?.whatMatters).toEqual({
      text: "I'm worried about money and I feel so alone / add housing / no, I'm not lonely",
      needs: ['money', 'housing'],
    });
  });

  it('takes away a need the correction denies in its own words, and adds the one it names', async () => {
    const { services, test } = await client();
    await converse(test, 'hi');
    expect(await converse(test, 'I lost my husband and I feel lonely')).toEqual([
      say('whatMatters.sayBack', { needs: `${say('needs.bereavement')} and ${say('needs.loneliness')}` }),
      say('whatMatters.confirm'),
    ]);
    listed(await converse(test, 'Not quite'), 'whatMatters.change');
    const corrected = await converse(test, 'hes not died, hes in a care home. its the money as well');
    expect(corrected[0]).not.toContain(say('needs.bereavement'));
    expect(corrected[0]).toContain(say('needs.money'));
    await converse(test, 'yes');
    const needs = (await services.store.load(patient))?.whatMatters?.needs ?? [];
    expect(needs).toEqual(expect.arrayContaining(['loneliness', 'money']));
    expect(needs).not.toContain('bereavement');
  });

  it('reads "take off losing someone" at the confirmation as a change', async () => {
    const { services, test } = await client();
    await converse(test, 'hi');
    await converse(test, 'I lost my husband and I feel lonely');
    expect(await converse(test, 'take off losing someone')).toEqual([
      say('whatMatters.sayBackOne', { needs: say('needs.loneliness') }),
      say('whatMatters.confirm'),
    ]);
    expect(await converse(test, 'yes')).toEqual([say('whatMatters.noted')]);
    expect((await services.store.load(patient))?.whatMatters?.needs).toEqual(['loneliness']);
  });

  it.each([
    ['1 and 5', ['loneliness', 'healthyEating']],
    ['money and housing', ['money', 'housing']],
    [`${say('needs.caring')}, ${say('needs.transport')}`, ['caring', 'transport']],
    ["It's my son, he won't go to school", ['familyAndParenting']],
  ])('takes more than one need from the list, and reads free text there: "%s"', async (reply, needs) => {
    const { services, test } = await client();
    await converse(test, 'hi');
    listed(await converse(test, 'blah blah'), 'whatMatters.notSure');
    const said = await converse(test, reply);
    expect(said[said.length - 1]).toBe(say('whatMatters.confirm'));
    expect(await converse(test, 'yes')).toEqual([say('whatMatters.noted')]);
    expect((await services.store.load(patient))?.whatMatters?.needs).toEqual(needs);
  });

  it('keeps what it understood when the confirmation cannot be read, and asks again with the needs first', async () => {
    const { services, test } = await client();
    await converse(test, 'hi');
    await converse(test, "I'm behind on my rent");
    expect(await converse(test, 'hmm')).toEqual([
      say('whatMatters.confirmRetry'),
      say('whatMatters.sayBack', { needs: `${say('needs.housing')} and ${say('needs.money')}` }),
      say('whatMatters.confirm'),
    ]);
    expect(await converse(test, 'what do you mean')).toEqual([
      say('whatMatters.keptAfterMisses', { needs: `${say('needs.housing')} and ${say('needs.money')}` }),
    ]);
    const draft = await services.store.load(patient);
    expect(draft?.whatMatters).toEqual({ text: "I'm behind on my rent", needs: ['housing', 'money'] });
    expect(test.dialogTurnResult.result).toEqual({ needs: ['housing', 'money'] });
  });

  it('adds a need said with an odd confirmation ("yeah and my mum, I look after her")', async () => {
    const { services, test } = await client();
    await converse(test, 'hi');
    await converse(test, 'money is tight');
    expect(await converse(test, 'yeah and i look after my mum')).toEqual([
      say('whatMatters.notedList', { needs: `${say('needs.money')} and ${say('needs.caring')}` }),
    ]);
    expect((await services.store.load(patient))?.whatMatters?.needs).toEqual(['money', 'caring']);
  });

  it('goes back to the list when every need is taken away', async () => {
    const { services, test } = await client();
    await converse(test, 'hi');
    await converse(test, 'money is tight');
    await converse(test, 'Not quite');
    listed(await converse(test, 'take off money'), 'whatMatters.notSure');
    expect(await converse(test, 'none of those')).toEqual([say('whatMatters.somethingElseNoted')]);
    expect((await services.store.load(patient))?.whatMatters).toEqual({
      text: 'money is tight / take off money',
      needs: [],
    });
  });

  it("keeps the patient's words when none of the needs fit", async () => {
    const { services, test } = await client();
    await converse(test, 'hi');
    const list = await converse(test, 'blah blah');
    expect(list[0].startsWith(say('whatMatters.notSure'))).toBe(true);
    expect(await converse(test, say('whatMatters.somethingElse'))).toEqual([
      say('whatMatters.somethingElseNoted'),
    ]);
    expect((await services.store.load(patient))?.whatMatters).toEqual({ text: 'blah blah', needs: [] });
  });

  it("copes with a very long answer: understood, and kept within the draft's limit", async () => {
    const { services, test } = await client();
    await converse(test, 'hi');
    const long = `I am so lonely since I retired. ${'I sit at home all day and nobody calls. '.repeat(200)}`;
    const reply = await converse(test, long);
    expect(reply[0]).toContain(say('needs.loneliness'));
    await converse(test, 'yes');
    const draft = await services.store.load(patient);
    expect(draft?.whatMatters?.needs[0]).toBe('loneliness');
    expect(draft?.whatMatters?.text.length).toBe(4000);
  });

  it('asks again when the answer is empty', async () => {
    const { test } = await client();
    await converse(test, 'hi');
    expect(await converse(test, '   ')).toEqual([say('whatMatters.empty')]);
  });
});

describe('delete my data', () => {
  function client(practice = { name: 'Riverside Surgery', phone: undefined as string | undefined }) {
    const services = journeyServices();
    const world = privacyWorld(services.referrals);
    const forgotten: string[] = [];
    const main = new MainDialog({
      translator,
      practice,
      capabilities: [],
      deleteData: new DeleteDataDialog({
        ...services,
        privacy: world.privacy,
        practice,
        forgetConversation: async (context) => {
          forgotten.push(context.activity.conversation.id);
        },
      }),
    });
    return { services, world, forgotten, test: new DialogTestClient('test', main) };
  }

  it('deletes the draft after a confirmation, from anywhere, says what the practice keeps, and starts again', async () => {
    const { services, test, forgotten } = client();
    await services.referrals.agree(patient);
    await converse(test, 'hi');
    expect(await converse(test, 'delete my data')).toEqual([say('deleteData.confirm')]);
    // Every dialog ends; the bot then starts the menu again (see the end-to-end test).
    expect(await converse(test, 'Yes, delete it')).toEqual([
      say('deleteData.done'),
      say('deleteData.practiceKeeps'),
    ]);
    expect(test.dialogTurnResult.status).not.toBe('waiting');
    expect(await services.store.load(patient)).toBeUndefined();
    expect(forgotten).toHaveLength(1);
  });

  it('says the chat went too when Signpost kept it, and that a booking still stands without the patient’s name', async () => {
    const { services, world, test } = client({ name: 'Riverside Surgery', phone: '01632 960000' });
    await services.referrals.agree(patient);
    await converse(test, 'hi');
    const slot = {
      id: 'ada:2026-11-30T10:00:00.000Z',
      workerId: 'ada',
      start: '2026-11-30T10:00:00.000Z',
      end: '2026-11-30T10:45:00.000Z',
    };
    const now = new Date('2026-11-24T10:00:00Z');
    const held = await world.ledger.hold({ slot, owner: patient, ttlMs: 60_000, now });
    if (!held.ok) throw new Error('hold failed');
    const booked = await world.ledger.confirm({
      slot,
      holdToken: held.holdToken,
      owner: patient,
      mode: 'phone',
      bookedBy: { kind: 'patient' },
      now,
    });
    if (!booked.ok) throw new Error('confirm failed');
    await converse(test, 'delete my data');
    expect(await converse(test, 'Yes, delete it')).toEqual([
      say('deleteData.done'),
      say('deleteData.bookingKept'),
      say('deleteData.bookingChangeWithPhone', { practice: 'Riverside Surgery', phone: '01632 960000' }),
      say('deleteData.practiceKeeps'),
    ]);
    const kept = await world.ledger.get(booked.booking.id);
    expect(kept).toMatchObject({ status: 'confirmed', owner: `erased:${booked.booking.id}` });
    expect(await world.ledger.bookingsOf(patient)).toEqual([]);
  });

  it('keeps everything and goes back to where the patient was when they say no', async () => {
    const { services, test } = client();
    await services.referrals.agree(patient);
    await converse(test, 'hi');
    await converse(test, 'forget me');
    expect(await converse(test, 'no')).toEqual([say('deleteData.kept'), say('menu.prompt')]);
    expect(await services.store.load(patient)).toBeDefined();
  });

  it('says so when nothing is stored', async () => {
    const { test } = client();
    await converse(test, 'hi');
    expect(await converse(test, 'delete my data')).toEqual([say('deleteData.nothing'), say('menu.prompt')]);
  });

  it('uses the same key for the same person on the same channel', () => {
    expect(patientKeyOf({ activity: { channelId: 'test', from: { id: 'user1' } } } as never)).toBe(patient);
  });
});
