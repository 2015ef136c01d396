import type Redis from 'ioredis';
import type { ReferralDraft } from '../../src/services/referrals/referralDraft';
import type { RedisClient } from '../../src/storage/connection';
import type { RedisKeys } from '../../src/storage/keys';
import { RedisReferralStore } from '../../src/storage/redisReferralStore';
import { silentLog } from '../support/logs';
import { disconnect, inspector, testClient } from '../support/redis';

const draft = (patientKey: string, text = 'I feel lonely since my wife died'): ReferralDraft => ({
  id: `referral-${patientKey}`,
  patientKey,
  createdAt: '2026-11-16T09:00:00.000Z',
  updatedAt: '2026-11-16T09:05:00.000Z',
  consent: { agreedAt: '2026-11-16T09:01:00.000Z', noticeVersion: '2026-10' },
  whatMatters: { text, needs: ['loneliness'] },
  preferences: {},
  likedOffers: [],
  safetyFlags: [],
  bookingIds: [],
});

describe('referral drafts in Redis', () => {
  let client: RedisClient;
  let keys: RedisKeys;
  let look: Redis;
  let store: RedisReferralStore;
  const make = () => new RedisReferralStore(client, { keys, retentionSeconds: 3600, log: silentLog });

  beforeAll(() => {
    ({ client, keys } = testClient());
    look = inspector();
  });
  beforeEach(() => {
    store = make();
  });
  afterAll(async () => {
    await disconnect(client);
    look.disconnect();
  });

  it('reads back what it wrote, as a copy of its own each time', async () => {
    await store.save(draft('p1'));
    const first = await store.load('p1');
    expect(first).toEqual(draft('p1'));
    first?.bookingIds.push('changed by the caller');
    expect(await store.load('p1')).toEqual(draft('p1'));
  });

  it('reads what another instance wrote since, and validates it', async () => {
    await store.save(draft('p2'));
    await make().save(draft('p2', 'I need help with my rent'));
    expect((await store.load('p2'))?.whatMatters?.text).toBe('I need help with my rent');
  });

  it('refuses a draft changed behind its back that no longer validates', async () => {
    await store.save(draft('p3'));
    const key = keys.referralDraft('p3');
    const stored = JSON.parse((await look.get(key)) ?? '{}') as Record<string, unknown>;
    await look.set(key, JSON.stringify({ ...stored, consent: 'yes' }));
    expect(await store.load('p3')).toBeUndefined();
  });

  it('forgets a deleted draft', async () => {
    await store.save(draft('p4'));
    await store.delete('p4');
    expect(await store.load('p4')).toBeUndefined();
  });
});
