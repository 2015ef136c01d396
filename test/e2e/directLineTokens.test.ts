import { DirectLineClient, typed } from '../support/directLineClient';
import { startWebChatSignpost, type WebChatSignpost } from '../support/webChat';

describe('Direct Line tokens: never cached, revoked when refreshed', () => {
  let signpost: WebChatSignpost;
  let client: DirectLineClient;

  beforeAll(async () => {
    signpost = await startWebChatSignpost();
    client = new DirectLineClient(signpost.url);
  });
  afterAll(() => signpost.close());

  it('sends every answer that carries a token with Cache-Control: no-store', async () => {
    const generated = await client.request<{ token: string; conversationId: string }>(
      'POST',
      '/tokens/generate',
    );
    expect(generated.headers.get('cache-control')).toBe('no-store');
    const started = await client.start(generated.body.token);
    expect(started.headers.get('cache-control')).toBe('no-store');
    const reconnected = await client.request('GET', `/conversations/${generated.body.conversationId}`, {
      token: started.body.token,
    });
    expect(reconnected.status).toBe(200);
    expect(reconnected.headers.get('cache-control')).toBe('no-store');
    const refreshed = await client.request('POST', '/tokens/refresh', { token: started.body.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.get('cache-control')).toBe('no-store');
  });

  it('takes back a refreshed token: it reads, posts and refreshes nothing more; its successor does', async () => {
    const { conversationId, token } = await client.conversation();
    const refreshed = await client.request<{ token: string }>('POST', '/tokens/refresh', { token });
    expect(refreshed.status).toBe(200);
    const next = refreshed.body.token;
    expect(next).not.toBe(token);

    expect((await client.activities(conversationId, token)).status).toBe(403);
    expect((await client.post(conversationId, token, typed('hello'))).status).toBe(403);
    expect((await client.request('POST', '/tokens/refresh', { token })).status).toBe(403);

    expect((await client.activities(conversationId, next)).status).toBe(200);
    expect((await client.post(conversationId, next, typed('hello'))).status).toBe(200);
  });

  it('lets only one of two refreshes of the same token succeed', async () => {
    const { token } = await client.conversation();
    const answers = await Promise.all(
      [1, 2, 3].map(() => client.request('POST', '/tokens/refresh', { token })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 403, 403]);
  });
});

describe('Direct Line rate limits by client address', () => {
  const generate = (url: string, forwardedFor?: string) =>
    fetch(`${url}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    }).then((response) => response.status);

  it('behind one trusted proxy, counts each patient’s address, and ignores what the client wrote', async () => {
    const signpost = await startWebChatSignpost({
      env: { TRUST_PROXY: '1', DIRECTLINE_RATE_BURST: '2', DIRECTLINE_RATE_PER_MINUTE: '1' },
    });
    try {
      // The proxy appends the address it saw; the rest of the header is the client's own say.
      expect(await generate(signpost.url, '203.0.113.7')).toBe(200);
      expect(await generate(signpost.url, '203.0.113.7')).toBe(200);
      expect(await generate(signpost.url, '203.0.113.7')).toBe(429);
      expect(await generate(signpost.url, '198.51.100.1, 203.0.113.7')).toBe(429);
      // Another patient behind the same proxy has a bucket of their own.
      expect(await generate(signpost.url, '203.0.113.8')).toBe(200);
    } finally {
      await signpost.close();
    }
  });

  it('without TRUST_PROXY, believes no header: the TCP peer is the client', async () => {
    // Starting the test server asks for one token itself: three in the bucket leave two.
    const signpost = await startWebChatSignpost({
      env: { DIRECTLINE_RATE_BURST: '3', DIRECTLINE_RATE_PER_MINUTE: '1' },
    });
    try {
      expect(await generate(signpost.url, '203.0.113.7')).toBe(200);
      expect(await generate(signpost.url, '203.0.113.8')).toBe(200);
      expect(await generate(signpost.url, '203.0.113.9')).toBe(429);
    } finally {
      await signpost.close();
    }
  });
});
