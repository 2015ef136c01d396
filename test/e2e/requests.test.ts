import { gzipSync } from 'node:zlib';
import { createTranslator } from '../../src/i18n/translator';
import path from 'node:path';
import { hasParagraph } from '../support/dialogs';
import { rawRequest, rawSocket } from '../support/rawHttp';
import { message, post, startTestSignpost, texts } from '../support/signpost';

const t = createTranslator({ localesDir: path.join(__dirname, '../../locales'), defaultLocale: 'en-GB' });

/** A JWT that looks right (RS256, Bot Framework issuer, our audience) but was signed by nobody. */
function forgedJwt(appId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return [
    part({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' }),
    part({
      iss: 'https://api.botframework.com',
      aud: appId,
      exp: 4102444800,
      nbf: 1700000000,
      serviceurl: 'http://127.0.0.1:9',
    }),
    Buffer.from('not a signature at all').toString('base64url'),
  ].join('.');
}

describe('requests that could stop or mislead Signpost', () => {
  let signpost: Awaited<ReturnType<typeof startTestSignpost>>;

  beforeAll(async () => {
    signpost = await startTestSignpost({ HTTP_IDLE_TIMEOUT_MS: '1500', HTTP_MAX_BODY_BYTES: '65536' });
  });
  afterAll(() => signpost.close());

  const alive = async () => {
    const health = await rawRequest(signpost.url, { method: 'GET', path: '/healthz' });
    expect(health.status).toBe(200);
  };

  it.each(['/healthz', '/api/messages', '/v3/directline/tokens/generate', '/', '/no-such-route'])(
    'refuses a body that says it is gzip but is not, on %s, before reading it',
    async (route) => {
      const answer = await rawRequest(signpost.url, {
        path: route,
        headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' },
        body: 'x',
      });
      expect(answer.status).toBe(415);
      expect(answer.body).toBe('{"error":"only uncompressed bodies are accepted"}');
      await alive();
    },
  );

  it.each(['deflate', 'br', 'GZIP', 'identity, gzip', 'x-unknown'])(
    'refuses Content-Encoding %s with 415',
    async (encoding) => {
      const answer = await rawRequest(signpost.url, {
        path: '/api/messages',
        headers: { 'content-encoding': encoding, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(answer.status).toBe(415);
    },
  );

  it('never inflates a gzip bomb: 100 MB of zeros compressed is refused unread', async () => {
    const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024));
    const before = process.memoryUsage().rss;
    const answer = await rawRequest(signpost.url, {
      path: '/api/messages',
      headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' },
      body: bomb,
    });
    expect(answer.status).toBe(415);
    // The server runs in this process: had it inflated the body, RSS would have grown by 100 MB.
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    await alive();
  });

  it('refuses a body over HTTP_MAX_BODY_BYTES with 413, declared or streamed', async () => {
    const big = JSON.stringify({ type: 'message', text: 'a'.repeat(70_000) });
    const declared = await rawRequest(signpost.url, {
      path: '/api/messages',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect(declared.status).toBe(413);
    const chunked = await rawRequest(signpost.url, {
      path: '/api/messages',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    await alive();
  });

  it.each([
    ['/api/messages', 'application/json'],
    ['/v3/directline/tokens/generate', 'application/json'],
  ])('answers deeply nested JSON on %s with 400', async (route, type) => {
    const deep = `{"type":"message","conversation":{"id":"deep"},"value":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const answer = await rawRequest(signpost.url, {
      path: route,
      headers: { 'content-type': type },
      body: deep,
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toBe('{"error":"the body is nested too deeply"}');
  });

  it('answers deeply nested JSON posted to a Direct Line conversation with 400', async () => {
    const generated = await rawRequest(signpost.url, { path: '/v3/directline/tokens/generate' });
    const { token, conversationId } = JSON.parse(generated.body) as { token: string; conversationId: string };
    const started = await rawRequest(signpost.url, {
      path: '/v3/directline/conversations',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(started.status).toBe(201);
    const answer = await rawRequest(signpost.url, {
      path: `/v3/directline/conversations/${conversationId}/activities`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: `{"type":"message","value":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`,
    });
    expect(answer.status).toBe(400);
  });

  it('drops __proto__ keys from a body instead of letting them reach a copy', async () => {
    const reply = await post(
      signpost.url,
      JSON.parse(
        JSON.stringify(message('proto-1', 'hello')).replace('{', '{"__proto__":{"polluted":true},'),
      ) as ReturnType<typeof message>,
    );
    expect(reply.status).toBe(200);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each([
    ['a number', 42],
    ['an object', { tag: 'en-GB' }],
    ['an array', ['en-GB']],
  ])('refuses an activity whose locale is %s with 400, and keeps serving', async (name, locale) => {
    const conversation = `locale-${name.replace(/\W/g, '')}`;
    const answer = await post(signpost.url, message(conversation, 'hello', { locale }));
    expect(answer.status).toBe(400);
    const next = await post(signpost.url, message(conversation, 'hello'));
    expect(next.status).toBe(200);
    expect(hasParagraph(texts(next.replies), t.t('en-GB', 'menu.prompt'))).toBe(true);
  });

  it('answers a locale that names no language it has in the default language', async () => {
    const answer = await post(signpost.url, message('locale-odd', 'hello', { locale: 'xx-Zzzz-123' }));
    expect(answer.status).toBe(200);
    expect(hasParagraph(texts(answer.replies), t.t('en-GB', 'menu.prompt'))).toBe(true);
  });

  it('takes conversation ids up to 512 characters and refuses longer ones with 400', async () => {
    const longest = `c${'x'.repeat(511)}`;
    const from = { from: { id: 'long-ids' } };
    const ok = await post(signpost.url, message(longest, 'hello', from));
    expect(ok.status).toBe(200);
    expect(hasParagraph(texts(ok.replies), t.t('en-GB', 'menu.prompt'))).toBe(true);
    const again = await post(signpost.url, message(longest, 'help', from));
    expect(hasParagraph(texts(again.replies), t.t('en-GB', 'help.intro'))).toBe(true);
    for (const length of [513, 800, 1024]) {
      const refused = await post(signpost.url, message(`c${'x'.repeat(length - 1)}`, 'hello', from));
      expect(refused.status).toBe(400);
    }
  });

  it('destroys a WebSocket upgrade to any other path at once, however many come', async () => {
    const connections = () =>
      new Promise<number>((resolve) =>
        signpost.server.server.getConnections((_err, count) => resolve(count)),
      );
    const before = await connections();
    const upgrade = (target: string) =>
      `GET ${target} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        rawSocket(signpost.url, upgrade(index % 2 ? '/api/messages' : `/nowhere/${index}`), { waitMs: 3000 }),
      ),
    );
    for (const result of results) {
      expect(result.closedByServer).toBe(true);
      expect(result.openMs).toBeLessThan(1500);
      expect(result.received).toMatch(/^HTTP\/1\.1 404/);
    }
    expect(await connections()).toBeLessThanOrEqual(before);
  });

  it('closes a connection that sends nothing after HTTP_IDLE_TIMEOUT_MS', async () => {
    const result = await rawSocket(signpost.url, '', { waitMs: 5000 });
    expect(result.closedByServer).toBe(true);
    expect(result.openMs).toBeGreaterThan(1000);
    expect(result.openMs).toBeLessThan(4000);
  });

  it('sets the slow-client timeouts from the configuration', () => {
    const node = signpost.server.server;
    expect(node.headersTimeout).toBe(10_000);
    expect(node.requestTimeout).toBe(30_000);
    expect(node.keepAliveTimeout).toBe(5000);
    expect(node.timeout).toBe(1500);
  });
});

describe('Signpost with a Microsoft App ID, sent a forged token', () => {
  it('answers 401 with a fixed body: no error text, no address, nothing internal', async () => {
    const appId = '00000000-0000-0000-0000-000000000001';
    const signpost = await startTestSignpost({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: 'not-a-real-secret',
    });
    try {
      for (const authorization of [`Bearer ${forgedJwt(appId)}`, 'Bearer not.a.token', 'Basic abc', '']) {
        const answer = await rawRequest(signpost.url, {
          path: '/api/messages',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify(message('forged', 'hi')),
        });
        expect(answer.status).toBe(401);
        expect(answer.body).toBe('{"error":"unauthorized"}');
      }
    } finally {
      await signpost.close();
    }
  }, 60_000);
});
