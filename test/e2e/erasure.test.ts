import type Redis from 'ioredis';
import { ReferralService } from '../../src/services/referrals/referralService';
import { MONDAY_16_NOVEMBER } from '../support/booking';
import { hasParagraph, oneMessage, say } from '../support/dialogs';
import { DirectLineClient, typed, type DirectLineActivity } from '../support/directLineClient';
import { PATIENT_JOURNEY, PATIENT_SECRETS, startScriptSignpost } from '../support/patientScript';
import { inspector } from '../support/redis';

/** Every key under the prefix with everything it holds, as text, whatever its type. */
async function dump(redis: Redis, prefix: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      let value: unknown;
      if (type === 'string') value = await redis.get(key);
      else if (type === 'hash') value = await redis.hgetall(key);
      else if (type === 'list') value = await redis.lrange(key, 0, -1);
      else if (type === 'zset') value = await redis.zrange(key, 0, -1, 'WITHSCORES');
      else if (type === 'set') value = await redis.smembers(key);
      else if (type === 'stream') value = await redis.xrange(key, '-', '+');
      else value = `(${type})`;
      found.set(key, JSON.stringify(value));
    }
  } while (cursor !== '0');
  return found;
}

const textsOf = (activities: DirectLineActivity[]) =>
  activities
    .filter((activity) => activity.type === 'message' && activity.from?.role === 'bot')
    .map((a) => a.text ?? '');

describe('"delete my data" over Signpost’s own Web Chat, against a real redis-server', () => {
  let signpost: Awaited<ReturnType<typeof startScriptSignpost>>;
  let redis: Redis;

  beforeAll(async () => {
    signpost = await startScriptSignpost({ PRACTICE_PHONE: '01632 960000' });
    redis = inspector();
  });
  afterAll(async () => {
    redis.disconnect();
    await signpost.close();
  });

  it('leaves none of the patient’s words or identifiers in any key or value, and says what it kept', async () => {
    const client = new DirectLineClient(signpost.url);
    const { conversationId, token, userId } = await client.conversation();
    const send = async (text: string) => {
      const posted = await client.post(conversationId, token, typed(text));
      expect(posted.status).toBe(200);
    };
    for (const text of PATIENT_JOURNEY) await send(text);
    const before = await client.activities(conversationId, token);
    expect(textsOf(before.body.activities).some((text) => text.startsWith("You're booked in"))).toBe(true);

    const prefix = signpost.backend.keys.prefix;
    const patientKey = ReferralService.patientKey('webchat', userId);
    const stored = [...(await dump(redis, prefix)).entries()]
      .map(([key, value]) => `${key} ${value}`)
      .join('\n');
    // Before: the secrets are there to be found (so the scan below can fail).
    for (const secret of [PATIENT_SECRETS[0] ?? '', '+447700900987', patientKey])
      expect(stored).toContain(secret);
    const [bookingId] = JSON.parse((await redis.get(`${prefix}referral:${patientKey}`)) ?? '{}')
      .bookingIds as string[];
    expect(bookingId).toBeDefined();

    await send('delete my data');
    const watermark = (await client.activities(conversationId, token)).body.watermark;
    await send('Yes, delete it');
    const after = await client.activities(conversationId, token, watermark);
    expect(textsOf(after.body.activities)).toEqual([
      oneMessage(
        say('deleteData.doneWithChat'),
        say('deleteData.bookingKept'),
        say('deleteData.bookingChangeWithPhone', { practice: 'Riverside Surgery', phone: '01632 960000' }),
        say('deleteData.practiceKeeps'),
        say('menu.prompt'),
      ),
    ]);

    const everything = await dump(redis, prefix);
    const leaks: string[] = [];
    for (const [key, value] of everything) {
      for (const secret of [...PATIENT_SECRETS, patientKey]) {
        if (key.includes(secret) || value.includes(secret)) leaks.push(`${secret} in ${key}`);
      }
      // The Direct Line user id binds the open chat to its token: only the binding, the messages
      // sent since the deletion and the rate bucket (which empties within minutes) may name it.
      const chat = key.endsWith(':conversation') || key.endsWith(':activities') || key.includes(':dl:rate:');
      if ((key.includes(userId) || value.includes(userId)) && !chat) {
        leaks.push(`the Direct Line user id in ${key}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(everything.size).toBeGreaterThan(5);

    // The booking is still there for the link worker, without its owner, and expires after its
    // session plus REFERRAL_RETENTION_DAYS (90).
    const bookingKey = signpost.backend.keys.ledgerBooking(bookingId ?? '');
    const booking = JSON.parse((await redis.get(bookingKey)) ?? '{}') as Record<string, unknown>;
    expect(booking).toMatchObject({ status: 'confirmed', owner: `erased:${bookingId}`, mode: 'phone' });
    expect(booking.referralId).toBeUndefined();
    // Booked on Monday 16 November 2026 (the server's clock) for Tuesday 24 November: kept until
    // the session's end, then 90 days.
    const day = 24 * 3600 * 1000;
    const expected = Date.parse(String(booking.end)) + 90 * day - Date.parse(MONDAY_16_NOVEMBER);
    const ttl = await redis.pttl(bookingKey);
    expect(Math.abs(ttl - expected)).toBeLessThan(60_000);

    // The chat keeps working, with every message before the deletion gone.
    const all = await client.activities(conversationId, token);
    const erased = all.body.activities.filter((activity) => activity.name === 'signpost.erased');
    expect(erased.length).toBe(Number(watermark) + 1);
    expect(all.body.activities.slice(0, erased.length)).toEqual(erased);
    await send('help');
    const helped = await client.activities(conversationId, token, all.body.watermark);
    expect(hasParagraph(textsOf(helped.body.activities), say('help.intro'))).toBe(true);
  }, 60_000);

  it('keeps no conversation reference and no transcript past the session for a patient who says no', async () => {
    const client = new DirectLineClient(signpost.url);
    const { conversationId, token, userId } = await client.conversation();
    for (const text of ['hello', say('journey.menu'), 'No thanks']) {
      expect((await client.post(conversationId, token, typed(text))).status).toBe(200);
    }
    const read = await client.activities(conversationId, token);
    expect(hasParagraph(textsOf(read.body.activities), say('privacy.declinedChat', { minutes: 30 }))).toBe(
      true,
    );
    const keys = signpost.backend.keys;
    const patientKey = ReferralService.patientKey('webchat', userId);
    expect(await redis.exists(keys.conversationReference(`patient:${patientKey}`))).toBe(0);
    for (const key of [
      keys.directLineConversation(conversationId),
      keys.directLineActivities(conversationId),
    ]) {
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(1800);
    }
    // Later messages do not stretch it back to a day.
    await client.post(conversationId, token, typed('hello again'));
    expect(await redis.ttl(keys.directLineActivities(conversationId))).toBeLessThanOrEqual(1800);
  });

  it('keeps where to reach a patient only once they have agreed', async () => {
    const client = new DirectLineClient(signpost.url);
    const { conversationId, token, userId } = await client.conversation();
    const keys = signpost.backend.keys;
    const reference = keys.conversationReference(`patient:${ReferralService.patientKey('webchat', userId)}`);
    await client.post(conversationId, token, typed('hello'));
    await client.post(conversationId, token, typed(say('journey.menu')));
    expect(await redis.exists(reference)).toBe(0);
    await client.post(conversationId, token, typed("Yes, that's OK"));
    await client.post(conversationId, token, typed('I feel a bit lonely'));
    expect(await redis.exists(reference)).toBe(1);
  });
});
