import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { TokenIssuer } from '../../src/channels/directLine/tokens';
import { createTranslator, type MessageKey, type MessageVars } from '../../src/i18n/translator';
import {
  DirectLineClient,
  handshakeStatus,
  StreamReader,
  typed,
  type DirectLineActivity,
} from '../support/directLineClient';
import { oneMessage } from '../support/dialogs';
import { inspector } from '../support/redis';
import { startWebChatSignpost, TEST_DIRECTLINE_SECRET, type WebChatSignpost } from '../support/webChat';

/**
 * Signpost's own Direct Line 3.0, over real HTTP and WebSockets against the real server, the real
 * bot and the test Redis, used the way Web Chat's botframework-directlinejs uses it.
 */

const t = createTranslator({ localesDir: path.join(__dirname, '../../locales'), defaultLocale: 'en-GB' });
const say = (key: MessageKey, vars?: MessageVars) => t.t('en-GB', key, vars);
/** The welcome is a message of its own, a paragraph a sentence; the menu's question follows it. */
const WELCOME = [
  oneMessage(
    say('welcome.greeting', { practice: 'Riverside Surgery' }),
    say('welcome.whatIDo'),
    say('welcome.emergency'),
    say('welcome.anytime'),
  ),
  say('menu.prompt'),
];
const TALK_TO_PERSON = oneMessage(
  say('talkToPerson.withoutPhone', { practice: 'Riverside Surgery' }),
  say('menu.prompt'),
);
/** Whether any message has this sentence among its paragraphs. */
const hasSentence = (texts: (string | undefined)[], sentence: string) =>
  texts.some((text) => text?.split('\n\n').includes(sentence));
const textsOf = (activities: DirectLineActivity[]) =>
  activities.filter((activity) => activity.type === 'message').map((activity) => activity.text);
const noStackTrace = (text: string) => expect(text).not.toMatch(/\bat .+\.(js|ts):\d+|Error:/);

describe('Direct Line 3.0 over HTTP', () => {
  let signpost: WebChatSignpost;
  let client: DirectLineClient;

  beforeAll(async () => {
    signpost = await startWebChatSignpost();
    client = new DirectLineClient(signpost.url);
  });
  afterAll(() => signpost.close());

  it('hands out a token bound to a new conversation and starts it with the welcome', async () => {
    const generated = await client.generate();
    expect(generated).toEqual({
      conversationId: expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/),
      token: expect.any(String),
      expires_in: 1800,
      userId: expect.stringMatching(/^u_/),
    });

    const started = await client.start(generated.token);
    expect(started.status).toBe(201);
    expect(started.body).toEqual({
      conversationId: generated.conversationId,
      token: expect.any(String),
      expires_in: 1800,
      streamUrl: expect.stringMatching(
        new RegExp(
          `^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${generated.conversationId}/stream\\?`,
        ),
      ),
    });
    // Starting again with the same token finds the conversation (200), as Direct Line does.
    expect((await client.start(generated.token)).status).toBe(200);

    const read = await client.activities(generated.conversationId, started.body.token);
    expect(read.status).toBe(200);
    expect(textsOf(read.body.activities)).toEqual(WELCOME);
    expect(read.body.watermark).toBe(String(WELCOME.length));
    read.body.activities.forEach((activity, index) => {
      expect(activity).toMatchObject({
        id: `${generated.conversationId}|${String(index).padStart(7, '0')}`,
        channelId: 'webchat',
        conversation: { id: generated.conversationId },
        from: { role: 'bot' },
        recipient: { id: generated.userId },
      });
      expect(activity).not.toHaveProperty('serviceUrl');
    });
  });

  it('posts a message as the user the token names, whoever the client says it is, and the bot answers', async () => {
    const { conversationId, token, userId } = await client.conversation();
    const welcome = await client.activities(conversationId, token);

    const posted = await client.post(
      conversationId,
      token,
      typed('Talk to a person', { from: { id: 'someone-else', name: 'Mallory' }, channelId: 'emulator' }),
    );
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ id: `${conversationId}|${String(WELCOME.length).padStart(7, '0')}` });

    // The reply is in the log by the time the post has answered: the turn ran in the post.
    const next = await client.activities(conversationId, token, welcome.body.watermark);
    const [mine, ...replies] = next.body.activities;
    expect(mine).toMatchObject({
      id: posted.body.id,
      type: 'message',
      text: 'Talk to a person',
      channelId: 'webchat',
      from: { id: userId, role: 'user' },
      channelData: { clientActivityID: expect.stringMatching(/^client-/) },
    });
    expect(mine.from).not.toHaveProperty('name');
    expect(textsOf(replies)).toEqual([TALK_TO_PERSON]);
    expect(replies[0]).toMatchObject({ replyToId: posted.body.id, from: { role: 'bot' } });
    expect(next.body.watermark).toBe(String(WELCOME.length + 2));

    // Nothing new since the watermark: an empty page with the same watermark.
    const after = await client.activities(conversationId, token, next.body.watermark);
    expect(after.body).toEqual({ activities: [], watermark: String(WELCOME.length + 2) });

    // The bot kept this conversation's state under the webchat channel.
    const redis = inspector();
    try {
      const pattern = signpost.backend.keys.storageItem(`webchat/conversations/${conversationId}*`);
      expect(await redis.keys(pattern)).toHaveLength(1);
    } finally {
      redis.disconnect();
    }
  });

  it('takes card submits (a value and no text) and a locale from the client', async () => {
    const { conversationId, token } = await client.conversation();
    const welcome = await client.activities(conversationId, token);
    const posted = await client.post(conversationId, token, {
      type: 'message',
      value: { card: 'unknown', action: 'nothing' },
      locale: 'en-GB',
      channelData: { clientActivityID: 'card-1', postBack: true },
    });
    expect(posted.status).toBe(200);
    const next = await client.activities(conversationId, token, welcome.body.watermark);
    expect(next.body.activities[0]).toMatchObject({
      value: { card: 'unknown', action: 'nothing' },
      locale: 'en-GB',
      channelData: { postBack: true },
    });
    expect(next.body.activities.length).toBeGreaterThan(1);
  });

  it('pushes activities over the WebSocket stream, from the watermark on', async () => {
    const { conversationId, token, streamUrl } = await client.conversation();
    const stream = await StreamReader.open(streamUrl);
    try {
      expect(textsOf(await stream.until((seen) => seen.length >= WELCOME.length))).toEqual(WELCOME);
      expect(stream.watermarks[stream.watermarks.length - 1]).toBe(String(WELCOME.length));

      await client.post(conversationId, token, typed('Help'));
      const seen = await stream.until((all) => hasSentence(textsOf(all), say('help.emergency')));
      const [typedHelp, answer] = textsOf(seen.slice(WELCOME.length));
      expect(typedHelp).toBe('Help');
      expect(answer?.split('\n\n')).toEqual(
        expect.arrayContaining([say('help.intro'), say('help.emergency')]),
      );
      expect(seen.map((activity) => activity.id)).toEqual(
        seen.map((_, index) => `${conversationId}|${String(index).padStart(7, '0')}`),
      );
    } finally {
      await stream.close();
    }

    // Reconnecting (GET the conversation) gives a stream URL that resumes after the watermark.
    const reconnected = await client.request<{ streamUrl: string; token: string }>(
      'GET',
      `/conversations/${conversationId}?watermark=${WELCOME.length}`,
      { token },
    );
    expect(reconnected.status).toBe(200);
    const resumed = await StreamReader.open(reconnected.body.streamUrl);
    try {
      const seen = await resumed.until((all) => hasSentence(textsOf(all), say('help.emergency')));
      expect(seen[0]).toMatchObject({
        id: `${conversationId}|${String(WELCOME.length).padStart(7, '0')}`,
        text: 'Help',
      });
    } finally {
      await resumed.close();
    }
  });

  it('refreshes a token: a new one, for the same user and conversation', async () => {
    const { conversationId, token } = await client.conversation();
    const refreshed = await client.request<{ conversationId: string; token: string; expires_in: number }>(
      'POST',
      '/tokens/refresh',
      { token },
    );
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ conversationId, token: expect.any(String), expires_in: 1800 });
    expect(refreshed.body.token).not.toBe(token);
    const read = await client.activities(conversationId, refreshed.body.token);
    expect(textsOf(read.body.activities)).toEqual(WELCOME);
  });

  describe('refuses what it should', () => {
    const forger = (now: number) => new TokenIssuer(TEST_DIRECTLINE_SECRET, () => now);
    let mine: { conversationId: string; token: string; userId: string; streamUrl: string };
    let theirs: { conversationId: string; token: string; userId: string; streamUrl: string };

    beforeAll(async () => {
      mine = await client.conversation();
      theirs = await client.conversation();
    });

    it.each([
      ['no token', 401, undefined],
      ['a token that is not one', 401, 'not-a-token'],
      ['a token with a forged signature', 401, 'forged'],
      ['a token signed with another secret', 401, 'otherSecret'],
      ['an expired token', 403, 'expired'],
      ['a stream token', 401, 'stream'],
    ])('answers %s with %i', async (_name, status, kind) => {
      const tokenFor = (): string | undefined => {
        const claims = { conversationId: mine.conversationId, userId: mine.userId };
        switch (kind) {
          case undefined:
            return undefined;
          case 'forged': {
            const [version, body] = mine.token.split('.');
            return `${version}.${body}.${'A'.repeat(43)}`;
          }
          case 'otherSecret':
            return new TokenIssuer('another secret').issue({
              scope: 'conversation',
              ...claims,
              ttlSeconds: 60,
            }).token;
          case 'expired':
            // Issued two hours ago with a lifetime of thirty minutes.
            return forger(Date.now() - 2 * 3600_000).issue({
              scope: 'conversation',
              ...claims,
              ttlSeconds: 1800,
            }).token;
          case 'stream':
            return forger(Date.now()).issue({ scope: 'stream', ...claims, ttlSeconds: 60 }).token;
          default:
            return kind;
        }
      };
      for (const [method, route, body] of [
        ['GET', `/conversations/${mine.conversationId}/activities`, undefined],
        ['POST', `/conversations/${mine.conversationId}/activities`, typed('hello')],
        ['GET', `/conversations/${mine.conversationId}`, undefined],
        ['POST', '/tokens/refresh', undefined],
        ['POST', '/conversations', undefined],
      ] as const) {
        const answer = await client.request(method, route, { token: tokenFor(), body });
        expect({ method, route, status: answer.status }).toEqual({ method, route, status });
        expect(answer.body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
        noStackTrace(answer.text);
      }
    });

    it("never lets one user read or post into another's conversation (403)", async () => {
      const read = await client.activities(theirs.conversationId, mine.token);
      expect(read.status).toBe(403);
      const post = await client.post(theirs.conversationId, mine.token, typed('hello'));
      expect(post.status).toBe(403);
      const reconnect = await client.request('GET', `/conversations/${theirs.conversationId}`, {
        token: mine.token,
      });
      expect(reconnect.status).toBe(403);
      // Their conversation is untouched.
      expect(textsOf((await client.activities(theirs.conversationId, theirs.token)).body.activities)).toEqual(
        WELCOME,
      );
    });

    it('opens no stream without a good stream token for that conversation', async () => {
      const url = new URL(mine.streamUrl);
      const good = url.searchParams.get('t') ?? '';
      const withToken = (conversationId: string, token: string | undefined) => {
        const other = new URL(url);
        other.pathname = `/v3/directline/conversations/${conversationId}/stream`;
        if (token === undefined) other.searchParams.delete('t');
        else other.searchParams.set('t', token);
        return other.toString();
      };
      const claims = { conversationId: mine.conversationId, userId: mine.userId };
      expect(await handshakeStatus(withToken(mine.conversationId, undefined))).toBe(401);
      expect(await handshakeStatus(withToken(mine.conversationId, `${good}x`))).toBe(401);
      expect(await handshakeStatus(withToken(mine.conversationId, mine.token))).toBe(401);
      expect(await handshakeStatus(withToken(theirs.conversationId, good))).toBe(403);
      const expired = forger(Date.now() - 3600_000).issue({
        scope: 'stream',
        ...claims,
        ttlSeconds: 60,
      }).token;
      expect(await handshakeStatus(withToken(mine.conversationId, expired))).toBe(403);
      expect(await handshakeStatus(withToken(mine.conversationId, good))).toBe(0);
    });

    it('answers bad input with a short 4xx, never a crash or a stack trace', async () => {
      const { conversationId, token } = mine;
      const route = `/conversations/${conversationId}/activities`;
      const cases: [string, Promise<{ status: number; text: string }>, number][] = [
        ['an activity with no type', client.request('POST', route, { token, body: { text: 'hi' } }), 400],
        [
          'an activity type a client may not send',
          client.request('POST', route, { token, body: { type: 'conversationUpdate' } }),
          400,
        ],
        [
          'text that is not a string',
          client.request('POST', route, { token, body: { type: 'message', text: 42 } }),
          400,
        ],
        [
          'a bad locale',
          client.request('POST', route, { token, body: typed('hi', { locale: 'en_GB<script>' }) }),
          400,
        ],
        ['an event without a name', client.request('POST', route, { token, body: { type: 'event' } }), 400],
        [
          'a file attachment',
          client.request('POST', route, {
            token,
            body: typed('hi', { attachments: [{ contentType: 'image/png' }] }),
          }),
          400,
        ],
        ['a body that is not an object', client.request('POST', route, { token, body: ['message'] }), 400],
        [
          'a body that is not JSON',
          client.request('POST', route, { token, rawBody: '{"type": "message",' }),
          400,
        ],
        [
          'a message too long to read',
          client.request('POST', route, { token, body: typed('a'.repeat(4001)) }),
          413,
        ],
        [
          'an activity too large',
          client.request('POST', route, {
            token,
            body: typed('hi', { value: { blob: 'x'.repeat(40_000) } }),
          }),
          413,
        ],
        [
          'the wrong content type',
          client.request('POST', route, { token, rawBody: 'hello', contentType: 'text/plain' }),
          415,
        ],
        ['a bad watermark', client.request('GET', `${route}?watermark=abc`, { token }), 400],
        [
          'an upload',
          client.request('POST', `/conversations/${conversationId}/upload?userId=x`, {
            token,
            rawBody: 'x',
            contentType: 'application/octet-stream',
          }),
          415,
        ],
        [
          'a bad locale to start with',
          client.request('POST', '/conversations', { token, body: { locale: 42 } }),
          400,
        ],
      ];
      for (const [name, pending, status] of cases) {
        const answer = await pending;
        expect({ name, status: answer.status }).toEqual({ name, status });
        expect(answer.text.length).toBeLessThan(300);
        noStackTrace(answer.text);
      }
      // None of that reached the conversation.
      const read = await client.activities(conversationId, token);
      expect(textsOf(read.body.activities)).toEqual(WELCOME);
    });

    it('answers 404 for a conversation that was never started', async () => {
      const { conversationId, token } = await client.generate();
      expect((await client.activities(conversationId, token)).status).toBe(404);
      expect((await client.post(conversationId, token, typed('hello'))).status).toBe(404);
      expect((await client.request('GET', `/conversations/${conversationId}`, { token })).status).toBe(404);
    });

    it("keeps the bot's connector endpoint to those who know the conversation's key", async () => {
      const url = (key: string, conversationId: string) =>
        `${signpost.url}/directline/connector/${key}/v3/conversations/${conversationId}/activities`;
      const send = (target: string) =>
        fetch(target, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', text: 'I am the bot, honestly' }),
        });
      const issuer = new TokenIssuer(TEST_DIRECTLINE_SECRET);
      expect((await send(url('a'.repeat(32), mine.conversationId))).status).toBe(403);
      expect((await send(url(issuer.connectorKey(theirs.conversationId), mine.conversationId))).status).toBe(
        403,
      );
      const unknown = 'AAAAAAAAAAAAAAAAAAAAAAAA';
      expect((await send(url(issuer.connectorKey(unknown), unknown))).status).toBe(404);
      expect(
        textsOf((await client.activities(mine.conversationId, mine.token)).body.activities),
      ).not.toContain('I am the bot, honestly');
    });
  });
});

describe('Direct Line across two instances on one Redis', () => {
  let first: WebChatSignpost;
  let second: WebChatSignpost;

  beforeAll(async () => {
    const shared = { REDIS_KEY_PREFIX: `test:dl-${randomUUID().slice(0, 8)}:` };
    first = await startWebChatSignpost({ env: shared });
    second = await startWebChatSignpost({ env: shared });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('serves a conversation started on one instance from the other: polls, posts and the stream', async () => {
    const one = new DirectLineClient(first.url);
    const two = new DirectLineClient(second.url);
    const { conversationId, token } = await one.conversation();

    const polled = await two.activities(conversationId, token);
    expect(polled.status).toBe(200);
    expect(textsOf(polled.body.activities)).toEqual(WELCOME);

    // A stream on the second instance hears what happens through the first.
    const reconnect = await two.request<{ streamUrl: string }>(
      'GET',
      `/conversations/${conversationId}?watermark=${WELCOME.length}`,
      {
        token,
      },
    );
    expect(reconnect.body.streamUrl).toContain(new URL(second.url).host);
    const stream = await StreamReader.open(reconnect.body.streamUrl);
    try {
      await one.post(conversationId, token, typed('Talk to a person'));
      const seen = await stream.until((all) => textsOf(all).includes(TALK_TO_PERSON));
      expect(textsOf(seen)).toEqual(['Talk to a person', TALK_TO_PERSON]);
    } finally {
      await stream.close();
    }

    const posted = await two.post(conversationId, token, typed('Help'));
    expect(posted.status).toBe(200);
    const onFirst = await one.activities(conversationId, token, String(WELCOME.length + 2));
    expect(textsOf(onFirst.body.activities)).toEqual([
      'Help',
      oneMessage(
        say('help.intro'),
        say('help.what'),
        say('help.commands'),
        say('help.emergency'),
        say('menu.prompt'),
      ),
    ]);
  });
});

describe('Direct Line rate limit', () => {
  let signpost: WebChatSignpost;

  beforeAll(async () => {
    // Five requests, then one more a minute: the sixth request in a row is refused.
    signpost = await startWebChatSignpost({
      env: { DIRECTLINE_RATE_BURST: '5', DIRECTLINE_RATE_PER_MINUTE: '1' },
    });
  });
  afterAll(() => signpost.close());

  it("answers 429 with Retry-After once a user's bucket is empty, and other users are not held up", async () => {
    const client = new DirectLineClient(signpost.url);
    const { token, conversationId } = await client.generate();
    const statuses: number[] = [(await client.start(token)).status];
    let last: Awaited<ReturnType<DirectLineClient['post']>> | undefined;
    for (let i = 0; i < 5; i += 1) {
      last = await client.post(conversationId, token, typed('Help'));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 200, 200, 200, 200, 429]);
    expect(last?.body).toEqual({ error: { code: 'TooManyRequests', message: expect.any(String) } });
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    const other = await client.generate();
    expect((await client.start(other.token)).status).toBe(201);
  });
});

describe('Direct Line when Signpost has a Microsoft App ID (as for Teams)', () => {
  let signpost: WebChatSignpost;

  beforeAll(async () => {
    signpost = await startWebChatSignpost({
      env: {
        MicrosoftAppId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
        MicrosoftAppPassword: 'not-a-real-secret',
      },
    });
  });
  afterAll(() => signpost.close());

  it('still reaches the bot in this process, with no Bot Framework token and no call to Azure', async () => {
    const client = new DirectLineClient(signpost.url);
    const { conversationId, token } = await client.conversation();
    await client.post(conversationId, token, typed('Talk to a person'));
    const read = await client.activities(conversationId, token);
    expect(textsOf(read.body.activities)).toEqual([...WELCOME, 'Talk to a person', TALK_TO_PERSON]);
    // /api/messages still refuses a request without a Bot Framework token.
    const direct = await fetch(`${signpost.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'hi',
        conversation: { id: conversationId },
        channelId: 'webchat',
      }),
    });
    expect(direct.status).toBe(401);
  });
});

describe('Direct Line without Redis (one instance, state in memory)', () => {
  let signpost: WebChatSignpost;

  beforeAll(async () => {
    signpost = await startWebChatSignpost({ env: { REDIS_URL: '', REDIS_EMBEDDED: 'off' } });
  });
  afterAll(() => signpost.close());

  it('works the same: start, post, poll and the stream', async () => {
    expect(signpost.backend.kind).toBe('memory');
    const client = new DirectLineClient(signpost.url);
    const { conversationId, token, streamUrl } = await client.conversation();
    const stream = await StreamReader.open(streamUrl);
    try {
      await client.post(conversationId, token, typed('Talk to a person'));
      await stream.until((all) => textsOf(all).length === WELCOME.length + 2);
      expect(textsOf((await client.activities(conversationId, token)).body.activities)).toEqual(
        textsOf(stream.activities),
      );
    } finally {
      await stream.close();
    }
  });
});
