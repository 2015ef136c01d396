import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { freePort, startEmbeddedRedis, type EmbeddedRedis } from '../../src/storage/embeddedRedis';
import { createTranslator } from '../../src/i18n/translator';
import { hasParagraph } from '../support/dialogs';
import { message, post, startTestSignpost, texts } from '../support/signpost';

const t = createTranslator({ localesDir: path.join(__dirname, '../../locales'), defaultLocale: 'en-GB' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForReady(url: string, want: number, timeoutMs = 10000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  let status = 0;
  while (performance.now() < deadline) {
    status = (await fetch(`${url}/readyz`)).status;
    if (status === want) return status;
    await sleep(100);
  }
  return status;
}

describe('when Redis goes away and comes back', () => {
  let redis: EmbeddedRedis;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'signpost-outage-'));
  let port: number;
  const binary = process.env.TEST_REDIS_BINARY ?? 'redis-server';

  beforeAll(async () => {
    port = await freePort();
    redis = await startEmbeddedRedis({ binary, dir, port, appendOnly: true });
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('apologises politely, reports not ready, recovers and keeps what was saved', async () => {
    const signpost = await startTestSignpost({
      REDIS_URL: `redis://127.0.0.1:${port}`,
      REDIS_COMMAND_TIMEOUT_MS: '300',
      TURN_LOCK_WAIT_MS: '500',
    });
    try {
      const first = await post(signpost.url, message('outage', 'hello'));
      expect(hasParagraph(texts(first.replies), t.t('en-GB', 'menu.prompt'))).toBe(true);
      expect((await fetch(`${signpost.url}/readyz`)).status).toBe(200);

      await redis.stop();

      const during = await post(signpost.url, message('outage', 'help'));
      expect(during.status).toBe(200);
      expect(texts(during.replies)).toEqual([t.t('en-GB', 'errors.busy')]);
      const notReady = await fetch(`${signpost.url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({
        status: 'unavailable',
        reason: expect.stringContaining('redis'),
      });
      expect((await fetch(`${signpost.url}/healthz`)).status).toBe(200);

      redis = await startEmbeddedRedis({ binary, dir, port, appendOnly: true });
      expect(await waitForReady(signpost.url, 200)).toBe(200);

      const after = await post(signpost.url, message('outage', 'help'));
      expect(hasParagraph(texts(after.replies), t.t('en-GB', 'help.intro'))).toBe(true);
      // The turn before the outage was kept (it was welcomed once, and its menu is still open);
      // the failed turn saved nothing.
      expect(texts(after.replies)).not.toContain(
        t.t('en-GB', 'welcome.greeting', { practice: 'Riverside Surgery' }),
      );
      const logged = signpost.logs.lines.filter(
        (line) => line.msg === 'turn abandoned: infrastructure unavailable',
      );
      expect(logged.length).toBeGreaterThan(0);
    } finally {
      await signpost.close();
    }
  });

  it('answers "try again in a moment" when Redis is too slow, then carries on', async () => {
    const signpost = await startTestSignpost({
      REDIS_URL: `redis://127.0.0.1:${port}`,
      REDIS_COMMAND_TIMEOUT_MS: '300',
      TURN_LOCK_WAIT_MS: '500',
    });
    const blocker = new Redis(`redis://127.0.0.1:${port}`);
    try {
      await post(signpost.url, message('slow', 'hello'));
      // A script that spins for 1.5 s blocks the whole server, as a stalled Redis would.
      const stall = blocker.eval(
        "local s = redis.call('TIME') local t0 = s[1] * 1e6 + s[2] " +
          "while true do local n = redis.call('TIME') if n[1] * 1e6 + n[2] - t0 > 1.5e6 then break end end return 1",
        0,
      );
      await sleep(50);
      const during = await post(signpost.url, message('slow', 'help'));
      expect(texts(during.replies)).toEqual([t.t('en-GB', 'errors.busy')]);
      await stall;
      const after = await post(signpost.url, message('slow', 'help'));
      expect(hasParagraph(texts(after.replies), t.t('en-GB', 'help.intro'))).toBe(true);
    } finally {
      blocker.disconnect();
      await signpost.close();
    }
  });
});
