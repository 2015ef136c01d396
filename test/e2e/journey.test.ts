import { inspector } from '../support/redis';
import { message, post, startTestSignpost, texts, type ActivityLike } from '../support/signpost';
import { askedWithHint, hasParagraph, lastParagraph, oneMessage, say } from '../support/dialogs';

/**
 * The patient journey from hello to suggestions, over HTTP against the real server and a real Redis:
 * every turn goes through restify, the CloudAdapter, the turn lock and RedisStorage.
 */
describe('a patient, from hello to suggestions, over HTTP', () => {
  it('is listened to, understood and shown offers that fit, with the draft kept in Redis', async () => {
    const signpost = await startTestSignpost();
    const look = inspector();
    const conversation = 'journey-e2e';
    const turn = async (text: string) =>
      texts((await post(signpost.url, message(conversation, text))).replies);
    try {
      expect(lastParagraph((await turn('hello')).pop())).toBe(say('menu.prompt'));
      expect(lastParagraph((await turn(say('journey.menu'))).pop())).toBe(say('privacy.ask'));
      expect(await turn("Yes, that's OK")).toEqual([
        oneMessage(say('privacy.agreed'), askedWithHint('whatMatters.ask', 'whatMatters.askHint')),
      ]);
      const sayBack = await turn('Since my wife died I hardly see anyone and I look after my grandson');
      expect(lastParagraph(sayBack.pop())).toBe(say('whatMatters.confirm'));
      const afterConfirm = await turn('yes');
      expect(hasParagraph(afterConfirm, say('followUps.intro'))).toBe(true);
      await turn('I like gardening');
      await turn('skip');
      await turn('RV1');
      await turn('yes');
      expect(await turn('no')).toEqual([oneMessage(say('followUps.thanks'), say('wellbeing.offer'))]);
      const suggestions = (await post(signpost.url, message(conversation, 'Not now')))
        .replies as ActivityLike[];
      const list = String(suggestions[0]?.text);
      expect(list.startsWith(say('suggestions.intro'))).toBe(true);
      expect(list).toMatch(/\n1\. /);

      const keys = await look.keys(`${signpost.backend.keys.prefix}referral:*`);
      expect(keys).toHaveLength(1);
      const draft = JSON.parse((await look.get(keys[0])) ?? '{}');
      expect(draft.whatMatters.needs).toEqual(expect.arrayContaining(['loneliness', 'bereavement']));
      expect(draft.preferences).toMatchObject({
        interests: ['outdoorsAndNature'],
        travel: { district: 'RV1' },
        cost: { level: 'freeOnly' },
      });
      expect(await look.ttl(keys[0])).toBeGreaterThan(89 * 24 * 3600);
    } finally {
      await look.quit();
      await signpost.close();
    }
  });
});
