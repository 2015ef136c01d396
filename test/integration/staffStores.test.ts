import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { HandoffRecord } from '../../src/services/handoffs/handoff';
import type { StoredReference } from '../../src/services/handoffs/conversationReference';
import type { RedisClient } from '../../src/storage/connection';
import { RedisKeys } from '../../src/storage/keys';
import { memoryStaffStorage, redisStaffStorage, type StaffStorage } from '../../src/storage/staffStorage';
import { silentLog } from '../support/logs';
import { disconnect, inspector, testClient } from '../support/redis';

const record = (id: string, start: string, workerId = 'ada-lovell'): HandoffRecord => ({
  id,
  workerId,
  patientKey: `patient-${id}`,
  start,
  createdAt: '2026-11-16T09:00:00.000Z',
  status: 'new',
});
const reference: StoredReference = {
  channelId: 'msteams',
  serviceUrl: 'https://smba.example/uk/',
  conversation: { id: 'a:conv', tenantId: 'tenant' },
  bot: { id: '28:bot' },
  user: { id: '29:ada', aadObjectId: '6f1c2a8e-0b7d-4c53-9a1e-2d4f8b6c0a11' },
  locale: 'en-GB',
};

/** The behaviour both adapters must share. */
function staffStoreContract(name: string, make: () => StaffStorage) {
  describe(`${name} staff stores`, () => {
    let stores: StaffStorage;
    beforeEach(() => {
      stores = make();
    });

    it('creates a handoff once per booking and lists it in the outbox until it is delivered', async () => {
      const { handoffs } = stores;
      expect(await handoffs.create(record('b1', '2026-11-24T13:30:00.000Z'))).toBe(true);
      expect(await handoffs.create({ ...record('b1', '2026-11-24T13:30:00.000Z'), status: 'accepted' })).toBe(
        false,
      );
      expect((await handoffs.get('b1'))?.status).toBe('new');
      expect(await handoffs.outbox('ada-lovell')).toEqual(['b1']);

      expect(await handoffs.claimDelivery({ id: 'b1', ttlMs: 10_000 })).toBe(true);
      expect(await handoffs.claimDelivery({ id: 'b1', ttlMs: 10_000 })).toBe(false);
      expect(
        await handoffs.markDelivered({ id: 'b1', workerId: 'ada-lovell', at: '2026-11-16T09:01:00Z' }),
      ).toBe(true);
      expect(
        await handoffs.markDelivered({ id: 'b1', workerId: 'ada-lovell', at: '2026-11-16T09:02:00Z' }),
      ).toBe(false);
      expect(await handoffs.isDelivered('b1')).toBe(true);
      expect(await handoffs.outbox('ada-lovell')).toEqual([]);
    });

    it("lists a worker's handoffs by start, only theirs, and keeps updates", async () => {
      const { handoffs } = stores;
      await handoffs.create(record('late', '2026-11-25T09:00:00.000Z'));
      await handoffs.create(record('early', '2026-11-24T09:00:00.000Z'));
      await handoffs.create(record('other', '2026-11-24T10:00:00.000Z', 'tom-hadley'));
      await handoffs.create(record('outside', '2026-12-24T10:00:00.000Z'));
      const early = await handoffs.get('early');
      if (!early) throw new Error('missing');
      await handoffs.save({ ...early, status: 'accepted', acceptedAt: '2026-11-16T10:00:00.000Z' });
      const listed = await handoffs.forWorker({
        workerId: 'ada-lovell',
        from: '2026-11-24T00:00:00.000Z',
        to: '2026-11-30T00:00:00.000Z',
      });
      expect(listed.map((item) => [item.id, item.status])).toEqual([
        ['early', 'accepted'],
        ['late', 'new'],
      ]);
    });

    it('keeps the safety inbox: each item shown once to each staff member, oldest first, erased with the patient', async () => {
      const { safetyInbox } = stores;
      const item = (id: string, patientKey: string, at: string) => ({
        id,
        patientKey,
        flag: { id, kinds: ['suicidal' as const], at, outcome: 'crisis' as const, words: ['I want to die'] },
      });
      await safetyInbox.put(item('f2', 'p1', '2026-11-16T09:05:00.000Z'));
      await safetyInbox.put(item('f1', 'p2', '2026-11-16T09:00:00.000Z'));
      await safetyInbox.put(item('f3', 'p1', '2026-11-16T09:10:00.000Z'));
      expect((await safetyInbox.unseen({ staffId: 'ada', limit: 10 })).map((i) => i.id)).toEqual([
        'f1',
        'f2',
        'f3',
      ]);
      expect((await safetyInbox.unseen({ staffId: 'ada', limit: 2 })).map((i) => i.id)).toEqual(['f1', 'f2']);

      await safetyInbox.markSeen({ staffId: 'ada', id: 'f1' });
      expect((await safetyInbox.unseen({ staffId: 'ada', limit: 10 })).map((i) => i.id)).toEqual([
        'f2',
        'f3',
      ]);
      expect((await safetyInbox.unseen({ staffId: 'tom', limit: 10 })).map((i) => i.id)).toEqual([
        'f1',
        'f2',
        'f3',
      ]);

      // A replaced item keeps its place; a removed one is gone for everyone.
      await safetyInbox.put({
        ...item('f2', 'p1', '2026-11-16T09:05:00.000Z'),
        flag: { ...item('f2', 'p1', '2026-11-16T09:05:00.000Z').flag, outcome: 'checkYes' },
      });
      expect((await safetyInbox.forPatient('p1')).map((i) => [i.id, i.flag.outcome])).toEqual([
        ['f2', 'checkYes'],
        ['f3', 'crisis'],
      ]);
      await safetyInbox.remove('f3');
      expect((await safetyInbox.unseen({ staffId: 'tom', limit: 10 })).map((i) => i.id)).toEqual([
        'f1',
        'f2',
      ]);
      expect((await safetyInbox.forPatient('p1')).map((i) => i.id)).toEqual(['f2']);
    });

    it('keeps conversation references and diary changes', async () => {
      await stores.references.save('staff:ada-lovell', reference);
      expect(await stores.references.load('staff:ada-lovell')).toEqual(reference);
      expect(await stores.references.load('staff:nobody')).toBeUndefined();

      await stores.availability.add({
        workerId: 'ada-lovell',
        change: { kind: 'leave', from: '2026-11-23', to: '2026-11-27' },
        by: 'ada-lovell',
        at: '2026-11-16T09:00:00.000Z',
      });
      await stores.availability.add({
        workerId: 'ada-lovell',
        change: { kind: 'remove', date: '2026-11-30', start: '09:00', end: '10:00' },
        by: 'ada-lovell',
        at: '2026-11-16T09:05:00.000Z',
      });
      expect(await stores.availability.forWorker('ada-lovell')).toEqual([
        { kind: 'leave', from: '2026-11-23', to: '2026-11-27' },
        { kind: 'remove', date: '2026-11-30', start: '09:00', end: '10:00' },
      ]);
      expect(await stores.availability.forWorker('tom-hadley')).toEqual([]);
    });
  });
}

staffStoreContract('in-memory', memoryStaffStorage);

describe('Redis staff stores', () => {
  let client: RedisClient;
  let keys: RedisKeys;
  let plain: Redis;
  const make = () =>
    redisStaffStorage(client, { keys, retentionSeconds: 3600, referenceTtlSeconds: 3600, log: silentLog });

  beforeAll(() => {
    ({ client, keys } = testClient());
    plain = inspector();
  });
  afterAll(async () => {
    await disconnect(client);
    plain.disconnect();
  });

  staffStoreContract('Redis', () => {
    // Each case gets its own prefix, as the contract expects empty stores.
    keys = new RedisKeys(`test:${randomUUID().slice(0, 8)}:`);
    return make();
  });

  it('appends audit entries to a stream with XADD, readable by any Redis client', async () => {
    const stores = make();
    await stores.audit.append({
      at: '2026-11-16T09:00:00.000Z',
      staffId: 'jo-bennett',
      role: 'receptionist',
      action: 'triage.consentRecorded',
      referralId: 'r-1',
      code: '871731000000106',
    });
    await stores.audit.append({
      at: '2026-11-16T09:01:00.000Z',
      staffId: 'jo-bennett',
      role: 'receptionist',
      action: 'triage.booked',
      bookingId: 'b-1',
    });
    const entries = await plain.xrange(keys.auditLog(), '-', '+');
    expect(entries.map(([, fields]) => fields)).toEqual([
      [
        'at',
        '2026-11-16T09:00:00.000Z',
        'staffId',
        'jo-bennett',
        'role',
        'receptionist',
        'action',
        'triage.consentRecorded',
        'referralId',
        'r-1',
        'code',
        '871731000000106',
      ],
      [
        'at',
        '2026-11-16T09:01:00.000Z',
        'staffId',
        'jo-bennett',
        'role',
        'receptionist',
        'action',
        'triage.booked',
        'bookingId',
        'b-1',
      ],
    ]);
  });

  it('keeps handoff keys under one hash tag and expires records with the retention period', async () => {
    const stores = make();
    await stores.handoffs.create(record('b9', '2026-11-24T13:30:00.000Z'));
    const recordKey = keys.handoff('b9');
    expect(recordKey).toContain(`{${keys.prefix}handoffs}`);
    expect(keys.handoffOutbox('ada-lovell')).toContain(`{${keys.prefix}handoffs}`);
    const ttl = await plain.ttl(recordKey);
    expect(ttl).toBeGreaterThan(3500);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it('treats an unreadable handoff as absent', async () => {
    const stores = make();
    await plain.set(keys.handoff('broken'), '{"id":');
    expect(await stores.handoffs.get('broken')).toBeUndefined();
  });
});
