import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { auditLedger } from '../../bench/booking';
import { InfrastructureError } from '../../src/services/errors/InfrastructureError';
import type { LedgerSlot, Log, SlotLedger } from '../../src/services/ports';
import { createRedisClient, type RedisClient } from '../../src/storage/connection';
import { findRedisServer, freePort, startEmbeddedRedis } from '../../src/storage/embeddedRedis';
import { RedisKeys } from '../../src/storage/keys';
import { MemorySlotLedger } from '../../src/storage/memorySlotLedger';
import { RedisSlotLedger } from '../../src/storage/redisSlotLedger';
import { startTestCluster } from '../support/cluster';
import { silentLog } from '../support/logs';
import { disconnect, inspector, testClient, testRedisUrl } from '../support/redis';
import { slotLedgerContract } from './slotLedgerContract';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const TTL = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function slot(workerId: string, start: string): LedgerSlot {
  const end = new Date(Date.parse(start) + 45 * 60_000).toISOString();
  return { id: `${workerId}:${start}`, workerId, start, end };
}

const confirmWith = (target: LedgerSlot, holdToken: string, owner: string) => ({
  slot: target,
  holdToken,
  owner,
  mode: 'inPerson' as const,
  bookedBy: { kind: 'patient' as const },
  now: NOW,
});

describe('SlotLedger contract: MemorySlotLedger', () => {
  it.each(slotLedgerContract)('%s', async (_name, check) => {
    await check(new MemorySlotLedger());
  });
});

describe('SlotLedger contract: RedisSlotLedger on a real redis-server', () => {
  const { client, prefix } = testClient();
  let n = 0;
  afterAll(() => client.quit());

  it.each(slotLedgerContract)('%s', async (_name, check) => {
    await check(new RedisSlotLedger(client, { keys: new RedisKeys(`${prefix}${n++}:`), log: silentLog }));
  });
});

describe('SlotLedger on a real Redis Cluster', () => {
  let cluster: Awaited<ReturnType<typeof startTestCluster>>;
  let client: RedisClient;
  let n = 0;

  beforeAll(async () => {
    cluster = await startTestCluster();
    client = createRedisClient(
      { kind: 'cluster', nodes: cluster.nodes, tls: false },
      { commandTimeoutMs: 2000, log: silentLog },
    );
  });
  afterAll(async () => {
    await client.quit();
    await cluster.stop();
  });

  it.each(slotLedgerContract)('RedisSlotLedger keeps the contract: %s', async (_name, check) => {
    await check(new RedisSlotLedger(client, { keys: new RedisKeys(`c${n++}:`), log: silentLog }));
  });

  it('puts every ledger key in one cluster slot, and a race there still makes one booking', async () => {
    const keys = new RedisKeys('race:');
    const ledger = new RedisSlotLedger(client, { keys, log: silentLog });
    const target = slot('lw-ana', '2026-03-09T09:00:00.000Z');
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const held = await ledger.hold({ slot: target, owner: `p${i}`, ttlMs: TTL, now: NOW });
        return ledger.confirm(confirmWith(target, held.ok ? held.holdToken : randomUUID(), `p${i}`));
      }),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    const names = [
      keys.ledgerHold(target.id),
      keys.ledgerSlot(target.id),
      keys.ledgerBooking('b'),
      keys.ledgerWorkerBookings('lw-ana'),
      keys.ledgerWorkerHolds('lw-ben'),
      keys.ledgerWorkerDiary('lw-ana'),
      keys.ledgerDiariesBuilt(),
      keys.ledgerOwnerBookings('p1'),
    ];
    const slots = await Promise.all(names.map((name) => client.cluster('KEYSLOT', name)));
    expect(new Set(slots).size).toBe(1);
  });
});

describe('RedisSlotLedger beyond the contract', () => {
  const { client, keys, prefix } = testClient();
  const look = inspector();
  afterAll(async () => {
    await client.quit();
    await look.quit();
  });

  it('writes only keys that start with the prefix and carry its one hash tag', async () => {
    const ledger = new RedisSlotLedger(client, { keys, log: silentLog });
    const from = slot('lw-ana', '2026-03-09T09:00:00.000Z');
    const to = slot('lw-ben', '2026-03-09T10:00:00.000Z');
    const held = await ledger.hold({ slot: from, owner: 'p1', ttlMs: TTL, now: NOW });
    if (!held.ok) throw new Error('hold refused');
    const confirmed = await ledger.confirm(confirmWith(from, held.holdToken, 'p1'));
    if (!confirmed.ok) throw new Error('confirm refused');
    const second = await ledger.hold({ slot: to, owner: 'p1', ttlMs: TTL, now: NOW });
    if (!second.ok) throw new Error('hold refused');
    expect(await look.pttl(keys.ledgerHold(to.id))).toBeGreaterThan(TTL - 5000);
    await ledger.move({
      bookingId: confirmed.booking.id,
      owner: 'p1',
      to,
      holdToken: second.holdToken,
      now: NOW,
    });
    const written = await look.keys(`${prefix}*`);
    expect(written.length).toBeGreaterThanOrEqual(4);
    for (const key of written) expect(key.startsWith(`${prefix}{${prefix}ledger}:`)).toBe(true);
    expect(await look.exists(keys.ledgerHold(to.id))).toBe(0);
    expect(await look.hget(keys.ledgerSlot(to.id), 'b')).toBe(confirmed.booking.id);
    expect(await look.exists(keys.ledgerSlot(from.id))).toBe(0);
  });

  it('leaves an unreadable stored booking out of lists, and logs it', async () => {
    const errors: object[] = [];
    const log: Log = { ...silentLog, error: (obj) => void errors.push(obj) };
    const own = new RedisKeys(`${prefix}broken:`);
    const ledger = new RedisSlotLedger(client, { keys: own, log });
    const good = slot('lw-ana', '2026-03-09T09:00:00.000Z');
    const held = await ledger.hold({ slot: good, owner: 'p1', ttlMs: TTL, now: NOW });
    if (!held.ok) throw new Error('hold refused');
    const confirmed = await ledger.confirm(confirmWith(good, held.holdToken, 'p1'));
    await look.set(own.ledgerBooking('bad'), '{"id":"bad","status":"maybe"}');
    await look.zadd(own.ledgerOwnerBookings('p1'), 0, 'bad');
    expect(await ledger.bookingsOf('p1')).toEqual([confirmed.ok && confirmed.booking]);
    expect(await ledger.get('bad')).toBeUndefined();
    expect(errors).toEqual([{ operation: 'bookingsOf' }, { operation: 'get', bookingId: 'bad' }]);
  });

  it('builds a diary kept before diaries existed from the bookings index, once, on its first read', async () => {
    const own = new RedisKeys(`${prefix}diary:`);
    const ledger = new RedisSlotLedger(client, { keys: own, log: silentLog });
    const book = async (target: LedgerSlot, owner: string) => {
      const held = await ledger.hold({ slot: target, owner, ttlMs: TTL, now: NOW });
      if (!held.ok) throw new Error('hold refused');
      const confirmed = await ledger.confirm(confirmWith(target, held.holdToken, owner));
      if (!confirmed.ok) throw new Error('confirm refused');
      return confirmed.booking;
    };
    const nine = await book(slot('lw-ana', '2026-03-09T09:00:00.000Z'), 'p1');
    const ten = await book(slot('lw-ana', '2026-03-09T10:00:00.000Z'), 'p2');
    const week = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-16T00:00:00.000Z' };
    // As a deployment kept it before: the bookings and their index, and no diary.
    await look.del(own.ledgerWorkerDiary('lw-ana'), own.ledgerDiariesBuilt());
    const first = await ledger.diaries({ workerIds: ['lw-ana'], ...week, now: NOW });
    expect(first.get('lw-ana')?.booked.map((entry) => entry.bookingId)).toEqual([nine.id, ten.id]);
    // Built once: a booking the index no longer has stays in the diary it went into.
    await look.zrem(own.ledgerWorkerBookings('lw-ana'), nine.id);
    const again = await ledger.diaries({ workerIds: ['lw-ana'], ...week, now: NOW });
    expect(again.get('lw-ana')?.booked.map((entry) => entry.bookingId)).toEqual([nine.id, ten.id]);
    await ledger.cancel({ bookingId: ten.id, owner: 'p2', now: NOW });
    expect([...(await ledger.takenSlotIds({ workerId: 'lw-ana', ...week, now: NOW }))]).toEqual([
      nine.slotId,
    ]);
  });

  it('undoes a hold that timed out on the client but ran once Redis caught up', async () => {
    const binary = process.env.TEST_REDIS_BINARY ?? findRedisServer(process.env.PATH);
    if (!binary) throw new Error('redis-server is needed');
    // A private server: stalling the shared one would slow every other test file.
    const server = await startEmbeddedRedis({
      binary,
      dir: mkdtempSync(path.join(os.tmpdir(), 'signpost-ledger-stall-')),
      port: await freePort(),
      appendOnly: false,
    });
    const slow = createRedisClient(
      { kind: 'url', url: server.url as string, tls: false },
      { commandTimeoutMs: 100, log: silentLog },
    );
    const blocker = new Redis(server.url as string);
    try {
      const ledger = new RedisSlotLedger(slow, { keys, log: silentLog });
      const target = slot('lw-ana', '2026-03-09T09:00:00.000Z');
      await ledger.bookingsOf('warm-up');
      const stall = blocker.eval(
        "local s = redis.call('TIME') local t0 = s[1] * 1e6 + s[2] " +
          "while true do local n = redis.call('TIME') if n[1] * 1e6 + n[2] - t0 > 4e5 then break end end return 1",
        0,
      );
      await sleep(30);
      await expect(ledger.hold({ slot: target, owner: 'p1', ttlMs: TTL, now: NOW })).rejects.toBeInstanceOf(
        InfrastructureError,
      );
      await stall;
      await sleep(50);
      expect(await blocker.exists(keys.ledgerHold(target.id))).toBe(0);
      expect((await ledger.hold({ slot: target, owner: 'p2', ttlMs: TTL, now: NOW })).ok).toBe(true);
    } finally {
      blocker.disconnect();
      await disconnect(slow);
      await server.stop();
    }
  });

  it('turns a Redis that does not answer into an InfrastructureError, quickly', async () => {
    const dead = createRedisClient(
      { kind: 'tcp', host: '127.0.0.1', port: 1 },
      { commandTimeoutMs: 300, log: silentLog },
    );
    const ledger = new RedisSlotLedger(dead, { keys, log: silentLog });
    const target = slot('lw-ana', '2026-03-09T09:00:00.000Z');
    await expect(ledger.hold({ slot: target, owner: 'p1', ttlMs: TTL, now: NOW })).rejects.toBeInstanceOf(
      InfrastructureError,
    );
    await expect(ledger.confirm(confirmWith(target, 't', 'p1'))).rejects.toBeInstanceOf(InfrastructureError);
    await expect(ledger.bookingsOf('p1')).rejects.toBeInstanceOf(InfrastructureError);
    await disconnect(dead);
  });
});

/** Several connections, as several bot instances, each with its own ledger over the same keys. */
describe('booking races on a real redis-server', () => {
  const instances = 6;
  const url = testRedisUrl();
  const clients = Array.from({ length: instances }, () =>
    createRedisClient({ kind: 'url', url, tls: false }, { commandTimeoutMs: 5000, log: silentLog }),
  );
  const look = inspector();
  let keys: RedisKeys;
  let ledgers: SlotLedger[];

  beforeEach(() => {
    keys = new RedisKeys(`test:${randomUUID().slice(0, 8)}:`);
    ledgers = clients.map((client) => new RedisSlotLedger(client, { keys, log: silentLog }));
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.quit()));
    await look.quit();
  });

  const instance = (i: number) => ledgers[i % ledgers.length];

  async function book(target: LedgerSlot, owner: string, i = 0) {
    const held = await instance(i).hold({ slot: target, owner, ttlMs: TTL, now: NOW });
    if (!held.ok) throw new Error('hold refused');
    const confirmed = await instance(i + 1).confirm(confirmWith(target, held.holdToken, owner));
    if (!confirmed.ok) throw new Error('confirm refused');
    return confirmed.booking;
  }

  it('200 attempts of hold + confirm on one slot make exactly one booking', async () => {
    const target = slot('lw-ana', '2026-03-09T09:00:00.000Z');
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const owner = `p${i}`;
        const held = await instance(i).hold({ slot: target, owner, ttlMs: TTL, now: NOW });
        // Every attempt confirms, so the confirm script itself is raced, not only the hold.
        return instance(i + 3).confirm(confirmWith(target, held.ok ? held.holdToken : randomUUID(), owner));
      }),
    );
    const won = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.booking] : []));
    expect(won).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === 'slotTaken')).toHaveLength(199);

    const audit = await auditLedger(look, keys);
    expect(audit).toEqual({ confirmed: 1, cancelled: 0, duplicates: 0, doubleBookedSlots: 0, problems: [] });
    const bookingKeys = await look.keys(`${keys.ledgerBooking('')}*`);
    expect(bookingKeys).toEqual([keys.ledgerBooking(won[0].id)]);
    expect(JSON.parse((await look.get(bookingKeys[0])) ?? '')).toMatchObject({
      slotId: target.id,
      owner: won[0].owner,
      status: 'confirmed',
    });
    expect(await look.hget(keys.ledgerSlot(target.id), 'b')).toBe(won[0].id);
    expect(await look.zrange(keys.ledgerWorkerBookings('lw-ana'), 0, -1)).toEqual([won[0].id]);
    expect(await look.exists(keys.ledgerHold(target.id))).toBe(0);
  });

  it('concurrent double taps of one confirm, from every instance, give one booking per hold', async () => {
    const targets = Array.from({ length: 10 }, (_, i) =>
      slot('lw-ben', new Date(Date.parse('2026-03-09T09:00:00.000Z') + i * 3_600_000).toISOString()),
    );
    const perSlot = await Promise.all(
      targets.map(async (target, i) => {
        const owner = `p${i}`;
        const held = await instance(i).hold({ slot: target, owner, ttlMs: TTL, now: NOW });
        if (!held.ok) throw new Error('hold refused');
        return Promise.all(
          Array.from({ length: 12 }, (_, tap) =>
            instance(tap).confirm(confirmWith(target, held.holdToken, owner)),
          ),
        );
      }),
    );
    for (const taps of perSlot) {
      const ids = new Set(taps.map((tap) => (tap.ok ? tap.booking.id : 'refused')));
      expect(ids.size).toBe(1);
      expect(ids.has('refused')).toBe(false);
      expect(taps.filter((tap) => tap.ok && !tap.alreadyConfirmed)).toHaveLength(1);
    }
    expect(await auditLedger(look, keys)).toEqual({
      confirmed: 10,
      cancelled: 0,
      duplicates: 0,
      doubleBookedSlots: 0,
      problems: [],
    });
  });

  it('concurrent moves into one slot: one wins, every other booking stays where it was', async () => {
    const target = slot('lw-ana', '2026-03-12T15:00:00.000Z');
    const originals = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        book(
          slot('lw-ana', new Date(Date.parse('2026-03-09T09:00:00.000Z') + i * 3_600_000).toISOString()),
          `m${i}`,
          i,
        ),
      ),
    );
    const movers = originals.map(async (booking, i) => {
      const held = await instance(i).hold({ slot: target, owner: booking.owner, ttlMs: TTL, now: NOW });
      const holdToken = held.ok ? held.holdToken : randomUUID();
      // The one who holds the slot double-taps the move from two instances.
      const taps = await Promise.all(
        (held.ok ? [i, i + 1] : [i]).map((at) =>
          instance(at).move({ bookingId: booking.id, owner: booking.owner, to: target, holdToken, now: NOW }),
        ),
      );
      return { booking, taps };
    });
    const newcomers = Array.from({ length: 20 }, async (_, i) => {
      const held = await instance(i).hold({ slot: target, owner: `n${i}`, ttlMs: TTL, now: NOW });
      return instance(i + 2).confirm(confirmWith(target, held.ok ? held.holdToken : randomUUID(), `n${i}`));
    });
    const moved = await Promise.all(movers);
    const confirmed = await Promise.all(newcomers);

    const winningMoves = moved.filter(({ taps }) => taps.some((tap) => tap.ok));
    const winningConfirms = confirmed.filter((outcome) => outcome.ok);
    expect(winningMoves.length + winningConfirms.length).toBe(1);
    for (const { taps } of winningMoves) {
      expect(taps.every((tap) => tap.ok)).toBe(true);
      expect(new Set(taps.map((tap) => tap.ok && tap.booking.slotId))).toEqual(new Set([target.id]));
    }
    for (const { booking, taps } of moved) {
      if (taps.some((tap) => tap.ok)) continue;
      expect(taps.every((tap) => !tap.ok && tap.reason === 'slotTaken')).toBe(true);
      expect(await ledgers[0].get(booking.id)).toEqual(booking);
      expect(await look.hget(keys.ledgerSlot(booking.slotId), 'b')).toBe(booking.id);
    }
    const audit = await auditLedger(look, keys);
    expect(audit).toEqual({
      confirmed: 20 + winningConfirms.length,
      cancelled: 0,
      duplicates: 0,
      doubleBookedSlots: 0,
      problems: [],
    });
    const taken = await ledgers[0].takenSlotIds({
      workerId: 'lw-ana',
      from: '2026-03-09T00:00:00.000Z',
      to: '2026-03-16T00:00:00.000Z',
      now: NOW,
    });
    expect(taken.size).toBe(20 + winningConfirms.length);
    expect(taken.has(target.id)).toBe(true);
  });

  it('the audit itself catches a second booking on a slot and a slot naming no booking', async () => {
    const target = slot('lw-ana', '2026-03-09T09:00:00.000Z');
    const booking = await book(target, 'p1');
    await look.set(keys.ledgerBooking('forged'), JSON.stringify({ ...booking, id: 'forged', owner: 'p2' }));
    await look.set(
      keys.ledgerBooking('stray'),
      JSON.stringify({ ...booking, id: 'stray', slotId: 'lw-x:1' }),
    );
    expect(await auditLedger(look, keys)).toEqual({
      confirmed: 3,
      cancelled: 0,
      duplicates: 1,
      doubleBookedSlots: 1,
      problems: ['confirmed booking stray is on slot lw-x:1, which names no booking'],
    });
    await look.hset(keys.ledgerSlot('lw-x:2'), 'b', 'gone');
    expect((await auditLedger(look, keys)).problems).toContain(
      'slot lw-x:2 names gone, which is not a booking on it',
    );
  });
});
