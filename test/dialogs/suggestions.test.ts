import { DialogTestClient } from 'botbuilder-testing';
import type { Activity, Attachment } from 'botbuilder';
import { SuggestionsDialog } from '../../dialogs/suggestions/suggestionsDialog';
import { ReferralService } from '../../src/services/referrals/referralService';
import { say } from '../support/dialogs';
import { fixedClock, journeyServices, shippedDirectory } from '../support/journey';

async function setUp(channelId: string) {
  const services = journeyServices();
  const directory = await shippedDirectory();
  const key = ReferralService.patientKey(channelId, 'user1');
  await services.referrals.agree(key);
  await services.referrals.recordWhatMatters(key, 'I look after my mum', ['caring']);
  await services.referrals.setPreferences(key, { travel: { district: 'RV1' } });
  const test = new DialogTestClient(
    channelId,
    new SuggestionsDialog({ ...services, directory, clock: fixedClock() }),
  );
  return { services, directory, key, test };
}

const submit = (value: object): Partial<Activity> => ({ type: 'message', value });

describe('SuggestionsDialog', () => {
  it('shows three numbered offers with true reasons where the channel has no cards', async () => {
    const { test } = await setUp('test');
    const reply = await test.sendActivity('hi');
    const text = reply.text as string;
    expect(text.startsWith(say('suggestions.intro'))).toBe(true);
    expect(text).toMatch(/\n1\. .+\n\n2\. .+\n\n3\. /);
    expect(text.toLowerCase()).toContain(say('suggestions.forNeed.caring'));
    expect(text.endsWith(say('suggestions.askText'))).toBe(true);
  });

  it('says on a card when an offer was chosen for something the patient said, in their words', async () => {
    const services = journeyServices();
    const directory = await shippedDirectory();
    const key = ReferralService.patientKey('test', 'user1');
    await services.referrals.agree(key);
    await services.referrals.recordWhatMatters(key, "I'm lonely. I used to sing in the church choir.", [
      'loneliness',
    ]);
    await services.referrals.setPreferences(key, { travel: { district: 'RV1' } });
    const test = new DialogTestClient('test', new SuggestionsDialog({ ...services, directory }));
    const text = (await test.sendActivity('hi')).text as string;
    expect(text).toContain(
      say('suggestions.reason.said', { words: say('suggestions.reason.saidWord', { word: 'choir' }) }).slice(
        0,
        10,
      ),
    );
    expect(text).toMatch(/choir/i);
  });

  it('shows Adaptive Cards 1.5 in a carousel on Web Chat, with only Action.Submit buttons', async () => {
    const { test } = await setUp('webchat');
    const reply = await test.sendActivity('hi');
    expect(reply.attachmentLayout).toBe('carousel');
    expect(reply.attachments).toHaveLength(3);
    for (const attachment of reply.attachments ?? []) {
      const card = attachment.content as {
        version: string;
        actions: { type: string; data: { offerId: string } }[];
      };
      expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(card.version).toBe('1.5');
      expect(card.actions.every((action) => action.type === 'Action.Submit')).toBe(true);
      expect(JSON.stringify(card)).not.toContain('${');
    }
  });

  it('presents the offers once per channel: cards without a list beside them, or a list without cards', async () => {
    const cards = await setUp('webchat');
    const carousel = await cards.test.sendActivity('hi');
    const attachments: Attachment[] = carousel.attachments ?? [];
    const names = attachments.map((a) => (a.content as { body: { text: string }[] }).body[0]?.text);
    for (const name of names) expect(carousel.text).not.toContain(name);
    const titles = attachments.flatMap((a) =>
      (a.content as { actions: { title: string }[] }).actions.map((action) => action.title),
    );
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles[0]).toBe(say('suggestions.button.interestedIn', { name: names[0] }));

    const list = await setUp('test');
    const reply = await list.test.sendActivity('hi');
    expect(reply.attachments ?? []).toEqual([]);
  });

  it('keeps the offer a patient is interested in, from a card button', async () => {
    const { services, key, test } = await setUp('webchat');
    const reply = await test.sendActivity('hi');
    const card = reply.attachments?.[0].content as { actions: { data: { offerId: string } }[] };
    const offerId = card.actions[0].data.offerId;
    const next = await test.sendActivity(submit({ signpost: 'suggestion', action: 'interested', offerId }));
    expect(next.text).toMatch(/^Great\./);
    expect((await services.store.load(key))?.likedOffers.map((liked) => liked.id)).toEqual([offerId]);
  });

  it.each([
    [{ signpost: 'suggestion', action: 'interested', offerId: 'not-shown' }],
    [{ signpost: 'suggestion', action: 'interested' }],
    [{ something: 'else' }],
  ])('refuses a card submit that names an offer not shown: %j', async (value) => {
    const { services, key, test } = await setUp('webchat');
    await test.sendActivity('hi');
    const reply = await test.sendActivity(submit(value));
    expect(reply.text).toBe(say('suggestions.unknownOffer'));
    expect((await services.store.load(key))?.likedOffers).toEqual([]);
  });

  it('understands typed answers: a number, "more 2", other options, book', async () => {
    const { services, key, test } = await setUp('test');
    await test.sendActivity('hi');
    expect((await test.sendActivity('2')).text).toMatch(/^Great\./);
    while (test.getNextReply()) {
      // skip the follow-up lines
    }
    const more = await test.sendActivity('more 1');
    expect(more.text).toContain(say('suggestions.label.contact'));
    while (test.getNextReply()) {
      // skip the follow-up line
    }
    const others = await test.sendActivity('other options');
    expect(others.text?.startsWith(say('suggestions.more'))).toBe(true);
    await test.sendActivity('book');
    expect(test.dialogTurnResult.result).toEqual({ next: 'book' });
    expect((await services.store.load(key))?.likedOffers).toHaveLength(1);
  });

  it.each([
    ["I'd like to see someone", undefined],
    ['yes book it', undefined],
    ['asap by phone please', 'asap by phone please'],
    ['can I see the link worker on Tuesday morning', 'can I see the link worker on Tuesday morning'],
  ])('takes "%s" in their own words as booking, passing on when and how to meet', async (text, said) => {
    const { test } = await setUp('webchat');
    await test.sendActivity('hi');
    await test.sendActivity(text);
    expect(test.dialogTurnResult.result).toEqual(
      said === undefined ? { next: 'book' } : { next: 'book', said },
    );
  });

  it('shows other offers when none of these suit, rather than ending the suggestions', async () => {
    const { test } = await setUp('test');
    await test.sendActivity('hi');
    const others = await test.sendActivity('none of them really');
    expect(others.text?.startsWith(say('suggestions.more'))).toBe(true);
    expect(test.dialogTurnResult.status).toBe('waiting');
  });

  it('takes "the 2nd one" as interest in the second offer, since the question asks which one interests them', async () => {
    const { services, key, test } = await setUp('webchat');
    const reply = await test.sendActivity('hi');
    const second = (reply.attachments?.[1]?.content as { actions: { data: { offerId: string } }[] })
      .actions[0]?.data.offerId;
    expect((await test.sendActivity('the 2nd one')).text).toMatch(/^Great\./);
    expect((await services.store.load(key))?.likedOffers.map((liked) => liked.id)).toEqual([second]);
  });

  it('tells more about an offer named by a word of its name', async () => {
    const { test } = await setUp('webchat');
    const reply = await test.sendActivity('hi');
    const attachments: Attachment[] = reply.attachments ?? [];
    const names = attachments.map((a) => (a.content as { body: { text: string }[] }).body[0]?.text ?? '');
    const wordsOf = (name: string) =>
      name
        .toLowerCase()
        .replace(/[^\p{L}\s]/gu, '')
        .split(/\s+/);
    // The second offer, by a word no other offer's name has.
    const word = wordsOf(names[1] ?? '').find(
      (w) => w.length > 3 && names.every((name, at) => at === 1 || !wordsOf(name).includes(w)),
    );
    expect(word).toBeDefined();
    const more = await test.sendActivity(`tell me more about the ${String(word)}`);
    expect(more.text?.startsWith(names[1] ?? '?')).toBe(true);
    expect(more.text).toContain(say('suggestions.label.contact'));
  });

  it('asks again without a numbered list on a card channel, and with one where there are no cards', async () => {
    const cards = await setUp('webchat');
    await cards.test.sendActivity('hi');
    expect((await cards.test.sendActivity('purple elephants')).text).toBe(say('suggestions.retryCards'));
    const list = await setUp('test');
    await list.test.sendActivity('hi');
    expect((await list.test.sendActivity('purple elephants')).text).toBe(say('suggestions.retry'));
  });

  it('says when nothing more fits, and offers a link worker', async () => {
    const services = journeyServices();
    const directory = await shippedDirectory();
    const key = ReferralService.patientKey('test', 'user1');
    await services.referrals.agree(key);
    await services.referrals.recordWhatMatters(key, 'x', ['caring']);
    // Every offer this patient could be shown, page after page.
    const all: string[] = [];
    for (;;) {
      const page = directory.suggest({ profile: { needs: [{ id: 'caring', weight: 3 }] }, excludeIds: all });
      if (page.suggestions.length === 0) break;
      all.push(...page.suggestions.map((s) => s.offer.id));
    }
    const test = new DialogTestClient('test', new SuggestionsDialog({ ...services, directory }), {
      excludeIds: all,
    });
    expect((await test.sendActivity('hi')).text).toBe(say('suggestions.noneMore'));
    expect(test.dialogTurnResult.result).toEqual({ next: 'askBook' });
  });
});
