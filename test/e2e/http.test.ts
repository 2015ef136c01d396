import path from 'node:path';
import { createTranslator } from '../../src/i18n/translator';
import { lastParagraph, oneMessage } from '../support/dialogs';
import { FakeChannel } from '../support/fakeChannel';
import { message, post, startTestSignpost, texts } from '../support/signpost';

const t = createTranslator({ localesDir: path.join(__dirname, '../../locales'), defaultLocale: 'en-GB' });

describe('Signpost over HTTP, driven as a channel', () => {
  let signpost: Awaited<ReturnType<typeof startTestSignpost>>;
  const channel = new FakeChannel();

  beforeAll(async () => {
    await channel.start();
    signpost = await startTestSignpost();
  });
  afterAll(async () => {
    await signpost.close();
    await channel.stop();
  });

  it('welcomes someone who joins, with replies sent back to the channel', async () => {
    const response = await fetch(`${signpost.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'conversationUpdate',
        id: 'cu1',
        channelId: 'emulator',
        serviceUrl: channel.url,
        conversation: { id: 'joined-1' },
        from: { id: 'patient-1' },
        recipient: { id: 'signpost' },
        membersAdded: [{ id: 'patient-1' }, { id: 'signpost' }],
      }),
    });
    expect(response.status).toBe(200);
    // The welcome is a message of its own, a paragraph a sentence; the menu's question follows it.
    const replies = await channel.waitFor('joined-1', 2);
    expect(replies.map((reply) => reply.text)).toEqual([
      oneMessage(
        t.t('en-GB', 'welcome.greeting', { practice: 'Riverside Surgery' }),
        t.t('en-GB', 'welcome.whatIDo'),
        t.t('en-GB', 'welcome.emergency'),
        t.t('en-GB', 'welcome.anytime'),
      ),
      t.t('en-GB', 'menu.prompt'),
    ]);
    expect(replies[1]).toHaveProperty('suggestedActions.actions.0.title');
  });

  it('sends each reply to its own channel when one instance serves two channels', async () => {
    // Connector clients are kept per service URL, so a reply must never go to the other channel.
    const other = await new FakeChannel().start();
    try {
      const send = (serviceUrl: string, conversation: string) =>
        fetch(`${signpost.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            id: `${conversation}-m`,
            channelId: 'emulator',
            serviceUrl,
            conversation: { id: conversation },
            from: { id: `${conversation}-user` },
            recipient: { id: 'signpost' },
            text: 'hello',
          }),
        });
      for (let round = 0; round < 2; round += 1) {
        const answers = await Promise.all([
          send(channel.url, `first-${round}`),
          send(other.url, `second-${round}`),
        ]);
        expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
        await channel.waitFor(`first-${round}`, 1);
        await other.waitFor(`second-${round}`, 1);
      }
      const conversationsOf = (fake: FakeChannel) =>
        new Set(fake.received.map((activity) => activity.conversation?.id));
      expect([...conversationsOf(other)].sort()).toEqual(['second-0', 'second-1']);
      for (const id of conversationsOf(channel)) expect(id).not.toMatch(/^second-/);
    } finally {
      await other.stop();
    }
  });

  it('takes the user through the menu and the commands that work anywhere', async () => {
    const conversation = 'menu-1';
    const first = await post(signpost.url, message(conversation, 'hi'));
    expect(lastParagraph(texts(first.replies).pop())).toBe(t.t('en-GB', 'menu.prompt'));
    const person = await post(signpost.url, message(conversation, 'Talk to a person'));
    expect(texts(person.replies)).toEqual([
      oneMessage(
        t.t('en-GB', 'talkToPerson.withoutPhone', { practice: 'Riverside Surgery' }),
        t.t('en-GB', 'menu.prompt'),
      ),
    ]);
    const again = await post(signpost.url, message(conversation, 'start over'));
    expect(texts(again.replies)).toEqual([
      oneMessage(t.t('en-GB', 'startOver.done'), t.t('en-GB', 'menu.prompt')),
    ]);
  });

  it.each([
    ['a body that is not JSON', '{"type": "message", ', 'application/json', 400],
    ['an activity with no type', '{"text":"hi"}', 'application/json', 400],
  ])(
    'answers %s with a 4xx and a short JSON body, never a stack trace',
    async (_name, body, type, status) => {
      const response = await fetch(`${signpost.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(response.status).toBe(status);
      const text = await response.text();
      expect(text).not.toMatch(/\bat .+\.(js|ts):\d+/);
      expect(text.length).toBeLessThan(200);
    },
  );

  it('says it is alive and ready', async () => {
    expect(await (await fetch(`${signpost.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${signpost.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});

describe('Signpost with a Microsoft App ID', () => {
  it('refuses a request without a Bot Framework token', async () => {
    const signpost = await startTestSignpost({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
    });
    try {
      const { status, replies } = await post(signpost.url, message('no-token', 'hi'));
      expect(status).toBe(401);
      expect(replies).toEqual([]);
      const forged = await post(signpost.url, message('forged', 'hi'), {
        authorization: 'Bearer not.a.token',
      });
      expect(forged.status).toBe(401);
    } finally {
      await signpost.close();
    }
  });
});

describe('Signpost with a malformed directory file', () => {
  it('refuses to start and lists the bad entries', async () => {
    const start = startTestSignpost({ DIRECTORY_FILE: 'test/data/directory/bad-directory.oruk.json' });
    await expect(start).rejects.toMatchObject({
      code: 'DIRECTORY_FILE_INVALID',
      problems: expect.arrayContaining([
        expect.objectContaining({ path: expect.any(String), message: expect.any(String) }),
      ]),
    });
  });
});
