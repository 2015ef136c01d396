import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { ConnectorClient, ConnectorFactory, UserTokenClient } from 'botframework-connector';
import {
  OnDemandUserTokenClient,
  ReusedConnectorClients,
  SignpostBotFrameworkAuthentication,
  sendsActivitiesAsJson,
} from '../../../src/server/botAuthentication';

/** A connector factory that records what it was asked to make. */
class RecordingFactory extends ConnectorFactory {
  readonly made: string[] = [];
  failNext = false;
  override async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    this.made.push(`${serviceUrl} ${audience ?? '-'}`);
    if (this.failNext) {
      this.failNext = false;
      throw new Error('no credentials yet');
    }
    return new ConnectorClient({ signRequest: async (request: unknown) => request } as never, {
      baseUri: serviceUrl,
    });
  }
}

describe('reused connector clients', () => {
  it('makes one client per bot, service URL and audience, and reuses it', async () => {
    const clients = new ReusedConnectorClients(10);
    const made = new RecordingFactory();
    const factory = clients.factory(made, 'bot-1');
    const a = await factory.create('https://a.example/', 'aud');
    expect(await factory.create('https://a.example/', 'aud')).toBe(a);
    // A later turn brings a new factory from botbuilder; the kept client is still used.
    expect(await clients.factory(new RecordingFactory(), 'bot-1').create('https://a.example/', 'aud')).toBe(
      a,
    );
    const others = await Promise.all([
      factory.create('https://b.example/', 'aud'),
      factory.create('https://a.example/', 'other'),
      clients.factory(made, 'bot-2').create('https://a.example/', 'aud'),
    ]);
    for (const other of others) expect(other).not.toBe(a);
    expect(made.made).toEqual([
      'https://a.example/ aud',
      'https://b.example/ aud',
      'https://a.example/ other',
      'https://a.example/ aud',
    ]);
  });

  it('makes a client once when several turns ask for it at the same moment', async () => {
    const made = new RecordingFactory();
    const factory = new ReusedConnectorClients(10).factory(made, 'bot');
    const [first, second] = await Promise.all([
      factory.create('https://a.example/'),
      factory.create('https://a.example/'),
    ]);
    expect(second).toBe(first);
    expect(made.made).toHaveLength(1);
  });

  it('does not keep a failed creation', async () => {
    const made = new RecordingFactory();
    const factory = new ReusedConnectorClients(10).factory(made, 'bot');
    made.failNext = true;
    await expect(factory.create('https://a.example/')).rejects.toThrow('no credentials yet');
    await expect(factory.create('https://a.example/')).resolves.toBeInstanceOf(ConnectorClient);
    expect(made.made).toHaveLength(2);
  });

  it('keeps at most its limit, letting the oldest go', async () => {
    const clients = new ReusedConnectorClients(2);
    const made = new RecordingFactory();
    const factory = clients.factory(made, 'bot');
    for (const url of ['https://1.example/', 'https://2.example/', 'https://3.example/'])
      await factory.create(url);
    expect(clients.size).toBe(2);
    await factory.create('https://1.example/');
    expect(made.made).toHaveLength(4);
  });
});

describe('the on-demand user-token client', () => {
  it('is not built until it is used, then built once', async () => {
    const calls: string[] = [];
    const real = {
      getUserToken: async (userId: string) => {
        calls.push(`token for ${userId}`);
        return { token: 't', connectionName: 'c', expiration: '', channelId: 'x' };
      },
      getTokenStatus: async () => {
        calls.push('status');
        return [];
      },
    } as unknown as UserTokenClient;
    let built = 0;
    const client = new OnDemandUserTokenClient(async () => {
      built += 1;
      return real;
    });
    expect(built).toBe(0);
    await expect(client.getUserToken('u1', 'c', 'x', '')).resolves.toMatchObject({ token: 't' });
    await client.getTokenStatus('u1', 'x', '');
    expect(built).toBe(1);
    expect(calls).toEqual(['token for u1', 'status']);
  });
});

describe('SignpostBotFrameworkAuthentication without an app id (local channels)', () => {
  const activity = (serviceUrl: string) =>
    ({
      type: 'message',
      channelId: 'emulator',
      serviceUrl,
      conversation: { id: 'c1' },
      from: { id: 'u1' },
      recipient: { id: 'bot' },
    }) as Activity;

  it('accepts a request without a token, and gives each service URL its own kept client', async () => {
    const auth = new SignpostBotFrameworkAuthentication({});
    const first = await auth.authenticateRequest(activity('http://127.0.0.1:1/'), '');
    const second = await auth.authenticateRequest(activity('http://127.0.0.1:1/'), '');
    const a = await first.connectorFactory?.create('http://127.0.0.1:1/', first.audience);
    expect(await second.connectorFactory?.create('http://127.0.0.1:1/', second.audience)).toBe(a);
    expect(await second.connectorFactory?.create('http://127.0.0.1:2/', second.audience)).not.toBe(a);
    expect(await auth.createUserTokenClient(first.claimsIdentity)).toBeInstanceOf(UserTokenClient);
  });

  it('refuses a forged token once an app id is configured', async () => {
    const auth = new SignpostBotFrameworkAuthentication({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'MultiTenant',
    });
    await expect(
      auth.authenticateRequest(activity('http://127.0.0.1:1/'), 'Bearer not.a.token'),
    ).rejects.toThrow();
    await expect(auth.authenticateRequest(activity('http://127.0.0.1:1/'), '')).rejects.toThrow();
  });
});

describe('activities sent as JSON', () => {
  /** A channel that keeps each request's method, path and body, and answers with an id. */
  async function channel(): Promise<{
    url: string;
    seen: { method: string; path: string; body: unknown }[];
    close(): Promise<void>;
  }> {
    const seen: { method: string; path: string; body: unknown }[] = [];
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          path: req.url ?? '',
          body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') as unknown,
        });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `sent-${seen.length}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/`,
      seen,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }

  const client = (url: string) =>
    new ConnectorClient({ signRequest: async (request: unknown) => request } as never, { baseUri: url });

  // What the connector's model serializer would have dropped or rewritten: an entity's own fields, a
  // property its model lacks, and a local timestamp's offset.
  const reply = {
    type: 'message',
    text: 'Hello',
    locale: 'en-GB',
    localTimestamp: '2026-12-06T10:00:00.000+01:00',
    entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB' }],
    suggestedActions: { to: ['u1'], actions: [{ type: 'imBack', title: 'Yes', value: 'yes' }] },
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'A card' }] },
      },
    ],
    channelData: { notification: { alert: true } },
    conversation: { id: 'c1', tenantId: 't1' },
    from: { id: 'bot' },
    recipient: { id: 'u1' },
    replyToId: 'a1',
  } as unknown as Activity;

  it('sends the reply, the new message and the update exactly as given, and returns what the channel says', async () => {
    const { url, seen, close } = await channel();
    try {
      const connector = sendsActivitiesAsJson(client(url));
      await expect(connector.conversations.replyToActivity('c1', 'a1', reply)).resolves.toMatchObject({
        id: 'sent-1',
      });
      await expect(connector.conversations.sendToConversation('c1', reply)).resolves.toMatchObject({
        id: 'sent-2',
      });
      await expect(connector.conversations.updateActivity('c1', 'm1', reply)).resolves.toMatchObject({
        id: 'sent-3',
      });
      expect(seen.map(({ method, path }) => `${method} ${path}`)).toEqual([
        'POST /v3/conversations/c1/activities/a1',
        'POST /v3/conversations/c1/activities',
        'PUT /v3/conversations/c1/activities/m1',
      ]);
      for (const request of seen) expect(request.body).toEqual(JSON.parse(JSON.stringify(reply)));
    } finally {
      await close();
    }
  });

  it('still refuses to send no activity at all', async () => {
    const { url, seen, close } = await channel();
    try {
      const connector = sendsActivitiesAsJson(client(url));
      await expect(
        connector.conversations.replyToActivity('c1', 'a1', undefined as unknown as Activity),
      ).rejects.toThrow(/activity/i);
      expect(seen).toHaveLength(0);
    } finally {
      await close();
    }
  });

  it('leaves other requests to the connector as they were', async () => {
    const { url, seen, close } = await channel();
    try {
      await sendsActivitiesAsJson(client(url)).conversations.getConversationMembers('c1');
      expect(seen.map(({ method, path }) => `${method} ${path}`)).toEqual([
        'GET /v3/conversations/c1/members',
      ]);
    } finally {
      await close();
    }
  });

  it('is what the kept clients of a turn do', async () => {
    const { url, seen, close } = await channel();
    try {
      const auth = new SignpostBotFrameworkAuthentication({});
      const result = await auth.authenticateRequest(
        { ...reply, channelId: 'emulator', serviceUrl: url } as Activity,
        '',
      );
      const connector = await result.connectorFactory?.create(url, result.audience);
      await connector?.conversations.replyToActivity('c1', 'a1', reply);
      expect(seen[0]?.body).toEqual(JSON.parse(JSON.stringify(reply)));
    } finally {
      await close();
    }
  });
});
