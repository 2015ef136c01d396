import fc from 'fast-check';
import {
  ERROR_TEXT,
  acceptableStatus,
  cardSubmit,
  hostileActivity,
  hostileDirectLineActivity,
  hostileJson,
  withProtoKey,
} from '../../bench/hostile';
import { hasParagraph, say } from '../support/dialogs';
import { DirectLineClient, typed } from '../support/directLineClient';
import { rawRequest } from '../support/rawHttp';
import { message, post, texts } from '../support/signpost';
import { startWebChatSignpost, type WebChatSignpost } from '../support/webChat';

/**
 * Property-based: whatever a client sends to /api/messages, to any Direct Line route or as a card's
 * submitted data, Signpost answers without a 5xx (but botbuilder's 501 for an invoke nobody takes),
 * without error text, and goes on answering ordinary people. Runs are bounded so the suite stays fast;
 * `npm run fuzz` is the long campaign.
 */
const RUNS = { numRuns: 60, seed: 20261206 };

describe('hostile input, property-based', () => {
  let signpost: WebChatSignpost;

  beforeAll(async () => {
    signpost = await startWebChatSignpost({
      env: { DIRECTLINE_RATE_BURST: '10000', DIRECTLINE_RATE_PER_MINUTE: '100000' },
    });
  });
  afterAll(() => signpost.close());

  const stillServes = async (conversation: string) => {
    await post(signpost.url, message(conversation, 'hello'));
    const answer = await post(signpost.url, message(conversation, 'help'));
    expect(answer.status).toBe(200);
    expect(hasParagraph(texts(answer.replies), say('help.intro'))).toBe(true);
  };

  it('/api/messages answers any activity with 2xx, 4xx or an invoke’s 501, and never error text', async () => {
    const conversations = ['fuzz-a', 'fuzz-b', 'fuzz-c'];
    await fc.assert(
      fc.asyncProperty(hostileActivity(conversations), fc.boolean(), async (activity, protoKey) => {
        const body = protoKey ? withProtoKey(activity) : JSON.stringify(activity);
        const answer = await rawRequest(signpost.url, {
          path: '/api/messages',
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(acceptableStatus(answer.status, activity.type)).toBe(true);
        expect(answer.body).not.toMatch(ERROR_TEXT);
      }),
      RUNS,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await stillServes('fuzz-after-messages');
  }, 120_000);

  it('every Direct Line route answers any token and body without a 5xx or error text', async () => {
    const client = new DirectLineClient(signpost.url);
    const good = await client.conversation();
    // A second token for the same conversation: the fuzzing may refresh (and so revoke) the first.
    const spare = await client.request<{ token: string }>('GET', `/conversations/${good.conversationId}`, {
      token: good.token,
    });
    const routes = fc.constantFrom(
      ['POST', '/tokens/generate'],
      ['POST', '/tokens/refresh'],
      ['POST', '/conversations'],
      ['GET', `/conversations/${good.conversationId}`],
      ['GET', '/conversations/not-this-one'],
      ['POST', `/conversations/${good.conversationId}/activities`],
      ['GET', `/conversations/${good.conversationId}/activities?watermark=`],
      ['GET', `/conversations/${good.conversationId}/activities?watermark=99999999999`],
      ['GET', `/conversations/${good.conversationId}/activities?watermark=-1`],
      ['POST', `/conversations/${good.conversationId}/upload`],
      ['POST', `/conversations/${encodeURIComponent('../../x')}/activities`],
      ['GET', `/conversations/${good.conversationId}/stream`],
      ['POST', '/../../directline/connector/abc/v3/conversations/x/activities'],
    );
    const tokens = fc.constantFrom(undefined, '', 'dl1.e30.abc', 'x'.repeat(5000), 'Bearer', good.token);
    await fc.assert(
      fc.asyncProperty(
        routes,
        tokens,
        hostileDirectLineActivity,
        fc.boolean(),
        async ([method, route], token, body, protoKey) => {
          const answer = await rawRequest(signpost.url, {
            method,
            path: `/v3/directline${route}`,
            headers: {
              'content-type': 'application/json',
              ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
            },
            ...(method === 'POST' ? { body: protoKey ? withProtoKey(body) : JSON.stringify(body) } : {}),
          });
          expect(acceptableStatus(answer.status)).toBe(true);
          expect(answer.body).not.toMatch(ERROR_TEXT);
        },
      ),
      RUNS,
    );
    // The conversation that was abused still works for its owner.
    const posted = await client.post(good.conversationId, spare.body.token, typed('help'));
    expect(posted.status).toBe(200);
  }, 120_000);

  it('card submits with any data get a polite answer in the conversation, which goes on working', async () => {
    const client = new DirectLineClient(signpost.url);
    const { conversationId, token } = await client.conversation();
    for (const text of [
      say('journey.menu'),
      "Yes, that's OK",
      'I feel lonely',
      'yes',
      'skip',
      'skip',
      'skip',
      'skip',
      'skip',
      'Not now',
    ]) {
      await client.post(conversationId, token, typed(text));
    }
    await fc.assert(
      fc.asyncProperty(cardSubmit, async (value) => {
        const before = (await client.activities(conversationId, token)).body.watermark;
        const posted = await client.post(conversationId, token, { type: 'message', value });
        expect(posted.status).toBe(200);
        const after = await client.activities(conversationId, token, before);
        const replies = after.body.activities.filter((activity) => activity.from?.role === 'bot');
        expect(replies.length).toBeGreaterThan(0);
        for (const reply of replies) {
          expect(reply.text ?? '').not.toMatch(ERROR_TEXT);
          expect(reply.text ?? '').not.toBe(say('errors.general'));
        }
      }),
      { ...RUNS, numRuns: 40 },
    );
    const before = (await client.activities(conversationId, token)).body.watermark;
    await client.post(conversationId, token, typed('help'));
    const helped = await client.activities(conversationId, token, before);
    expect(
      hasParagraph(
        helped.body.activities.map((activity) => activity.text),
        say('help.intro'),
      ),
    ).toBe(true);
  }, 120_000);

  it('any JSON at all as the body of /api/messages is a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, async (body) => {
        const answer = await rawRequest(signpost.url, {
          path: '/api/messages',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body) ?? 'null',
        });
        expect(answer.status === 200 || (answer.status >= 400 && answer.status < 500)).toBe(true);
        expect(answer.body).not.toMatch(ERROR_TEXT);
      }),
      RUNS,
    );
  }, 60_000);
});
