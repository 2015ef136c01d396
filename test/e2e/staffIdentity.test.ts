import path from 'node:path';
import type Redis from 'ioredis';
import { createTranslator } from '../../src/i18n/translator';
import { RedisKeys } from '../../src/storage/keys';
import { FixedClock, MONDAY_16_NOVEMBER } from '../support/booking';
import { hasParagraph } from '../support/dialogs';
import { DirectLineClient } from '../support/directLineClient';
import { inspector } from '../support/redis';
import { message, post, type ActivityLike } from '../support/signpost';
import { AAD, testStaffFile } from '../support/staffFile';
import { startStaffSignpost } from '../support/staffSignpost';

const t = createTranslator({ localesDir: path.join(__dirname, '../../locales'), defaultLocale: 'en-GB' });
const TRIAGE = t.t('en-GB', 'staff.menu.triage');
const HANDOFFS = t.t('en-GB', 'staff.menu.handoffs');
const SECRET = 'a-direct-line-secret-of-at-least-32-characters';

const staffFile = (webChatUserId = 'u_nobody_at_all') =>
  testStaffFile({
    ada: { aadObjectIds: [AAD.ada] },
    tom: { aadObjectIds: [AAD.tom] },
    jo: {
      channelUsers: [
        { channelId: 'test', userId: 'staff-jo' },
        { channelId: 'webchat', userId: webChatUserId },
      ],
    },
  });

const menuOf = (replies: ActivityLike[]) =>
  replies.flatMap((reply) =>
    ((reply.suggestedActions as { actions?: { title?: string }[] } | undefined)?.actions ?? []).map(
      (action) => action.title ?? '',
    ),
  );

describe('staff roles come only from channels that proved who is sending', () => {
  let plain: Redis;
  beforeAll(() => {
    plain = inspector();
  });
  afterAll(() => plain.disconnect());

  it('without an app id, keeps the staff tools off: claimed ids make nobody staff', async () => {
    const signpost = await startStaffSignpost({
      clock: new FixedClock(MONDAY_16_NOVEMBER),
      staff: staffFile(),
      env: { STAFF_TOOLS_WITHOUT_AUTH: 'false' },
    });
    try {
      const jo = await post(signpost.url, message('jo-unverified', 'hello', { from: { id: 'staff-jo' } }));
      expect(jo.status).toBe(200);
      expect(menuOf(jo.replies)).not.toContain(TRIAGE);
      const triage = await post(signpost.url, message('jo-unverified', TRIAGE, { from: { id: 'staff-jo' } }));
      expect(
        hasParagraph(
          triage.replies.map((reply) => reply.text),
          t.t('en-GB', 'menu.retry'),
        ),
      ).toBe(true);

      // The attack that took over a link worker's deliveries: Ada's AAD object id, claimed by anyone.
      const attacker = { id: '29:attacker', aadObjectId: AAD.ada };
      const claimed = await post(
        signpost.url,
        message('teams-attacker', 'hello', { channelId: 'msteams', from: attacker }),
      );
      expect(claimed.status).toBe(200);
      expect(menuOf(claimed.replies)).not.toContain(HANDOFFS);
      const keys = new RedisKeys(signpost.prefix);
      expect(await plain.exists(keys.conversationReference('staff:ada-lovell'))).toBe(0);

      const warned = signpost.logs.lines.some((line) => String(line.msg).startsWith('staff tools are off'));
      expect(warned).toBe(true);
    } finally {
      await signpost.close();
    }
  });

  it('with STAFF_TOOLS_WITHOUT_AUTH=true, recognises staff on unchecked channels and warns loudly', async () => {
    const signpost = await startStaffSignpost({
      clock: new FixedClock(MONDAY_16_NOVEMBER),
      staff: staffFile(),
      env: { STAFF_TOOLS_WITHOUT_AUTH: 'true' },
    });
    try {
      const jo = await post(signpost.url, message('jo-dev', 'hello', { from: { id: 'staff-jo' } }));
      expect(menuOf(jo.replies)).toContain(TRIAGE);
      const warning = signpost.logs.lines.find((line) => line.setting === 'STAFF_TOOLS_WITHOUT_AUTH');
      expect(warning).toMatchObject({ level: 40 });
      expect(String(warning?.msg)).toMatch(/^STAFF TOOLS WITHOUT AUTHENTICATION/);
    } finally {
      await signpost.close();
    }
  });

  it('never grants a staff role on its own Direct Line, even to a listed user with the development setting', async () => {
    // The Web Chat user id is made when a token is generated; a first instance makes one, and a
    // second instance (same DIRECTLINE_SECRET) lists exactly that user as a receptionist.
    const first = await startStaffSignpost({
      clock: new FixedClock(MONDAY_16_NOVEMBER),
      staff: staffFile(),
      env: { DIRECTLINE_SECRET: SECRET },
    });
    const generated = await new DirectLineClient(first.url).generate();
    await first.close();
    const signpost = await startStaffSignpost({
      clock: new FixedClock(MONDAY_16_NOVEMBER),
      staff: staffFile(generated.userId),
      env: { DIRECTLINE_SECRET: SECRET, STAFF_TOOLS_WITHOUT_AUTH: 'true' },
    });
    try {
      const client = new DirectLineClient(signpost.url);
      const started = await client.start(generated.token);
      expect(started.status).toBe(201);
      const posted = await client.request('POST', `/conversations/${generated.conversationId}/activities`, {
        token: generated.token,
        body: { type: 'message', text: 'hello' },
      });
      expect(posted.status).toBe(200);
      const read = await client.request<{ activities: ActivityLike[] }>(
        'GET',
        `/conversations/${generated.conversationId}/activities`,
        { token: generated.token },
      );
      const menus = menuOf(read.body.activities);
      expect(menus.length).toBeGreaterThan(0);
      expect(menus).not.toContain(TRIAGE);
    } finally {
      await signpost.close();
    }
  });
});
