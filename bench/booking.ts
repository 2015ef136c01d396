import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { first, itemAt } from '../src/domain/lists';
import type { Booking, LedgerSlot, Log } from '../src/services/ports';
import { createRedisClient, type RedisClient } from '../src/storage/connection';
import { findRedisServer, freePort, startEmbeddedRedis } from '../src/storage/embeddedRedis';
import { RedisKeys } from '../src/storage/keys';
import { RedisSlotLedger } from '../src/storage/redisSlotLedger';

/**
 * npm run bench:booking [-- --connections 8 --attempts 1000 --slots 10 --rounds 5 --ops 20000
 *                          --concurrency 64 --seed 1]
 *
 * Booking under contention, on its own redis-server unless REDIS_URL is set:
 * (a) `attempts` concurrent hold + confirm attempts by distinct owners on `slots` slots, spread over
 *     several connections as several bot instances would be; every attempt calls confirm, with a
 *     token of its own when its hold was refused; `rounds` times, on fresh slots each time;
 * (b) a mixed hold / confirm / double tap / cancel / move / release workload from a seeded PRNG;
 * (c) raw Redis SET throughput at the same concurrency on the same connections, for scale.
 * After (a) and (b) a plain client reads every ledger key and checks, without the ledger's code,
 * that no slot has two confirmed bookings and that every confirmed booking is the one its slot names.
 * Prints a table and a one-line JSON summary last; exits non-zero unless every round of (a) made
 * exactly one booking per slot and neither run left a duplicate or an inconsistency.
 */

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 1) throw new Error(`--${name} must be a positive number`);
  return value;
};

const NOW = new Date('2026-03-02T08:00:00.000Z');
const HOLD_TTL_MS = 60_000;
const silentLog: Log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export interface LedgerAudit {
  confirmed: number;
  cancelled: number;
  /** Confirmed bookings on a slot that names another booking: each is a second booking of a taken slot. */
  duplicates: number;
  /** Slots with more than one confirmed booking. */
  doubleBookedSlots: number;
  /**
   * Other inconsistencies: a confirmed booking on a slot that names none (the slot could be booked
   * again), a slot naming a missing, cancelled or moved booking, a record that does not parse.
   */
  problems: string[];
}

/**
 * Reads the ledger's keys with a plain client and checks its invariants from the data alone. Only
 * the key names come from RedisKeys; no ledger code is involved. Standalone Redis only (SCAN).
 */
export async function auditLedger(redis: Redis, keys: RedisKeys): Promise<LedgerAudit> {
  const bookingPrefix = keys.ledgerBooking('');
  const slotPrefix = keys.ledgerSlot('');
  const bookings: { id: string; slotId: string; status: string }[] = [];
  const problems: string[] = [];
  for (const key of await scanAll(redis, bookingPrefix)) {
    const raw = await redis.get(key);
    try {
      const record = JSON.parse(raw ?? '') as Partial<Booking>;
      const id = key.slice(bookingPrefix.length);
      if (record.id !== id || typeof record.slotId !== 'string' || typeof record.status !== 'string')
        throw new Error('bad shape');
      bookings.push({ id, slotId: record.slotId, status: record.status });
    } catch {
      problems.push(`unreadable booking at ${key}`);
    }
  }
  const slotNames = new Map<string, string | null>();
  for (const key of await scanAll(redis, slotPrefix)) {
    slotNames.set(key.slice(slotPrefix.length), await redis.hget(key, 'b'));
  }

  const confirmed = bookings.filter((booking) => booking.status === 'confirmed');
  const perSlot = new Map<string, number>();
  let duplicates = 0;
  for (const booking of confirmed) {
    perSlot.set(booking.slotId, (perSlot.get(booking.slotId) ?? 0) + 1);
    const named = slotNames.get(booking.slotId);
    if (named === undefined || named === null)
      problems.push(`confirmed booking ${booking.id} is on slot ${booking.slotId}, which names no booking`);
    else if (named !== booking.id) duplicates += 1;
  }
  const byId = new Map(bookings.map((booking) => [booking.id, booking]));
  for (const [slotId, bookingId] of slotNames) {
    const named = bookingId === null ? undefined : byId.get(bookingId);
    if (!named || named.status !== 'confirmed' || named.slotId !== slotId)
      problems.push(`slot ${slotId} names ${bookingId ?? 'nothing'}, which is not a booking on it`);
  }
  return {
    confirmed: confirmed.length,
    cancelled: bookings.length - confirmed.length,
    duplicates,
    doubleBookedSlots: [...perSlot.values()].filter((count) => count > 1).length,
    problems,
  };
}

async function scanAll(redis: Redis, prefix: string): Promise<string[]> {
  const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    found.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return found;
}

/** mulberry32: small, fast and seedable, so a run's choice of operations can be repeated. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeSlots(workerIds: string[], perWorker: number): LedgerSlot[] {
  const slots: LedgerSlot[] = [];
  for (const workerId of workerIds) {
    for (let i = 0; i < perWorker; i++) {
      const startMs = Date.parse('2026-03-09T09:00:00.000Z') + i * 3_600_000;
      const start = new Date(startMs).toISOString();
      slots.push({
        id: `${workerId}:${start}`,
        workerId,
        start,
        end: new Date(startMs + 2_700_000).toISOString(),
      });
    }
  }
  return slots;
}

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);

async function contention(
  clients: RedisClient[],
  keys: RedisKeys,
  attempts: number,
  slotCount: number,
): Promise<{ ms: number; booked: number; refused: Record<string, number> }> {
  const ledgers = clients.map((client) => new RedisSlotLedger(client, { keys, log: silentLog }));
  const slots = makeSlots(['lw-contended'], slotCount);
  const refused: Record<string, number> = {};
  let booked = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: attempts }, async (_, i) => {
      const ledger = itemAt(ledgers, i % ledgers.length, 'a ledger');
      const slot = itemAt(slots, i % slots.length, 'a slot');
      const owner = `owner-${i}`;
      const held = await ledger.hold({ slot, owner, ttlMs: HOLD_TTL_MS, now: NOW });
      const outcome = await ledger.confirm({
        slot,
        holdToken: held.ok ? held.holdToken : randomUUID(),
        owner,
        mode: 'inPerson',
        bookedBy: { kind: 'patient' },
        now: NOW,
      });
      if (outcome.ok && !outcome.alreadyConfirmed) booked += 1;
      else {
        const reason = outcome.ok ? 'alreadyConfirmed' : outcome.reason;
        refused[reason] = (refused[reason] ?? 0) + 1;
      }
    }),
  );
  return { ms: performance.now() - began, booked, refused };
}

interface MixedResult {
  ms: number;
  operations: number;
  outcomes: Record<string, number>;
  /** Confirmed bookings as the ledger lists them, to compare with the independent audit. */
  listed: number;
  crossCheck: string[];
}

/**
 * Loops run concurrently, each choosing its next operation from its own seeded PRNG. What each owner
 * has booked is known only from the ledger's answers, as a bot would know it, so some cancels and
 * moves are of bookings already gone: those must be refused cleanly too.
 */
async function mixed(
  clients: RedisClient[],
  keys: RedisKeys,
  operations: number,
  concurrency: number,
  seed: number,
): Promise<MixedResult> {
  const ledgers = clients.map((client) => new RedisSlotLedger(client, { keys, log: silentLog }));
  const workers = ['lw-ana', 'lw-ben', 'lw-cai'];
  const slots = makeSlots(workers, 40);
  const owners = Array.from({ length: 150 }, (_, i) => `owner-${i}`);
  const known = new Map<string, string[]>();
  const outcomes: Record<string, number> = {};
  const count = (name: string) => (outcomes[name] = (outcomes[name] ?? 0) + 1);
  let remaining = operations;

  const loop = async (index: number) => {
    const random = prng(seed * 1000 + index);
    const pick = <T>(list: readonly T[]): T =>
      itemAt(list, Math.floor(random() * list.length), 'a random pick');
    const ledger = itemAt(ledgers, index % ledgers.length, 'a ledger');
    while (remaining > 0) {
      remaining -= 1;
      const owner = pick(owners);
      const mine = known.get(owner) ?? [];
      const roll = random();
      if (roll < 0.4) {
        const slot = pick(slots);
        const held = await ledger.hold({ slot, owner, ttlMs: HOLD_TTL_MS, now: NOW });
        if (!held.ok) {
          count('hold:slotTaken');
          continue;
        }
        const input = {
          slot,
          holdToken: held.holdToken,
          owner,
          mode: 'inPerson' as const,
          bookedBy: { kind: 'patient' as const },
          now: NOW,
        };
        // One in four confirms is a double tap, sent twice at once from two instances.
        const taps =
          random() < 0.25
            ? await Promise.all([ledger.confirm(input), pick(ledgers).confirm(input)])
            : [await ledger.confirm(input)];
        for (const tap of taps) {
          count(
            tap.ok
              ? tap.alreadyConfirmed
                ? 'confirm:alreadyConfirmed'
                : 'confirm:booked'
              : `confirm:${tap.reason}`,
          );
          if (tap.ok && !tap.alreadyConfirmed)
            known.set(owner, [...(known.get(owner) ?? []), tap.booking.id]);
        }
      } else if (roll < 0.55) {
        if (!mine.length) continue;
        const bookingId = pick(mine);
        const outcome = await ledger.cancel({ bookingId, owner, now: NOW });
        count(outcome.ok ? 'cancel:ok' : `cancel:${outcome.reason}`);
        known.set(
          owner,
          (known.get(owner) ?? []).filter((id) => id !== bookingId),
        );
      } else if (roll < 0.8) {
        if (!mine.length) continue;
        const to = pick(slots);
        const held = await ledger.hold({ slot: to, owner, ttlMs: HOLD_TTL_MS, now: NOW });
        const outcome = await ledger.move({
          bookingId: pick(mine),
          owner,
          to,
          holdToken: held.ok ? held.holdToken : randomUUID(),
          now: NOW,
        });
        count(outcome.ok ? 'move:ok' : `move:${outcome.reason}`);
        if (!outcome.ok && held.ok) await ledger.releaseHold({ slotId: to.id, holdToken: held.holdToken });
      } else if (roll < 0.9) {
        const slot = pick(slots);
        const held = await ledger.hold({ slot, owner, ttlMs: HOLD_TTL_MS, now: NOW });
        if (held.ok) await ledger.releaseHold({ slotId: slot.id, holdToken: held.holdToken });
        count(held.ok ? 'holdRelease:ok' : 'holdRelease:slotTaken');
      } else {
        // Someone confirming a slot they never held, with a token of their own.
        const outcome = await ledger.confirm({
          slot: pick(slots),
          holdToken: randomUUID(),
          owner,
          mode: 'phone',
          bookedBy: { kind: 'staff', staffId: 'rec-1' },
          now: NOW,
        });
        // Only the owner of the booking on that slot gets an ok (their own booking back); a new
        // booking from a token nobody issued would be a bug.
        count(
          outcome.ok
            ? outcome.alreadyConfirmed
              ? 'strayConfirm:ownBooking'
              : 'strayConfirm:BOOKED'
            : `strayConfirm:${outcome.reason}`,
        );
      }
    }
  };

  const began = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, i) => loop(i)));
  const ms = performance.now() - began;

  // The ledger's own read paths must agree with each other on where every booking is.
  const ledger = first(ledgers, 'a ledger');
  const crossCheck: string[] = [];
  const ofOwners = (await Promise.all(owners.map((owner) => ledger.bookingsOf(owner)))).flat();
  const week = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-16T00:00:00.000Z' };
  const ofWorkers = (
    await Promise.all(workers.map((workerId) => ledger.bookingsForWorker({ workerId, ...week })))
  ).flat();
  if (ofOwners.length !== ofWorkers.length)
    crossCheck.push(`owners list ${ofOwners.length} bookings, workers ${ofWorkers.length}`);
  const taken = new Set<string>();
  for (const workerId of workers)
    for (const id of await ledger.takenSlotIds({ workerId, ...week, now: NOW })) taken.add(id);
  for (const booking of ofWorkers)
    if (!taken.has(booking.slotId)) crossCheck.push(`booked slot ${booking.slotId} is not in takenSlotIds`);
  return { ms, operations, outcomes, listed: ofWorkers.length, crossCheck };
}

async function rawSets(
  clients: RedisClient[],
  prefix: string,
  concurrency: number,
  total: number,
): Promise<number> {
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      const client = itemAt(clients, lane % clients.length, 'a connection');
      while (next < total) {
        const i = next++;
        await client.set(`${prefix}raw:${i % 10_000}`, 'x');
      }
    }),
  );
  return performance.now() - began;
}

async function main(): Promise<void> {
  const connections = arg('connections', 8);
  const attempts = arg('attempts', 1000);
  const slotCount = arg('slots', 10);
  const operations = arg('ops', 20_000);
  const concurrency = arg('concurrency', 64);
  const seed = arg('seed', 1);
  const roundCount = arg('rounds', 5);

  let redisUrl = process.env.REDIS_URL;
  let stopRedis = async (): Promise<void> => undefined;
  if (!redisUrl) {
    const binary = findRedisServer(process.env.PATH);
    if (!binary) throw new Error('bench:booking needs redis-server on PATH or REDIS_URL');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'signpost-bench-booking-'));
    const redis = await startEmbeddedRedis({ binary, dir, port: await freePort(), appendOnly: false });
    redisUrl = redis.url as string;
    stopRedis = async () => {
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const url = redisUrl;
  const clients = Array.from({ length: connections }, (_, i) =>
    createRedisClient(
      { kind: 'url', url, tls: false },
      { commandTimeoutMs: 10_000, log: silentLog, connectionName: `bench-booking-${i}` },
    ),
  );
  const look = new Redis(url, { maxRetriesPerRequest: 1 });
  const run = `bench:${randomUUID().slice(0, 8)}:`;

  // Warm-up: connections open and scripts loaded before anything is timed.
  await contention(clients, new RedisKeys(`${run}warm:`), attempts, slotCount);
  await rawSets(clients, `${run}warm:`, attempts, 2000);

  // Each round races for fresh slots and is audited on its own; one burst is short, so the rate
  // reported is the median of the rounds.
  const rounds: (Awaited<ReturnType<typeof contention>> & { audit: LedgerAudit })[] = [];
  for (let round = 1; round <= roundCount; round++) {
    const keys = new RedisKeys(`${run}contention:${round}:`);
    const result = await contention(clients, keys, attempts, slotCount);
    rounds.push({ ...result, audit: await auditLedger(look, keys) });
  }

  const mixedKeys = new RedisKeys(`${run}mixed:`);
  const b = await mixed(clients, mixedKeys, operations, concurrency, seed);
  const bAudit = await auditLedger(look, mixedKeys);
  if (bAudit.confirmed !== b.listed)
    b.crossCheck.push(`the ledger lists ${b.listed} bookings, the keys hold ${bAudit.confirmed}`);

  // The same number of requests in flight as in (a), over the same connections, for long enough to
  // give a steady figure.
  const setCount = Math.max(50_000, attempts * 20);
  const setMs = await rawSets(clients, `${run}`, attempts, setCount);

  const roundRates = rounds.map((round) => perSecond(attempts, round.ms)).sort((x, y) => x - y);
  const contentionRate = itemAt(roundRates, Math.floor(roundRates.length / 2), 'the median round');
  const setRate = perSecond(setCount, setMs);
  const mixedRate = perSecond(operations, b.ms);
  const ratio = Math.round((contentionRate / setRate) * 1000) / 1000;

  const row = (...cells: (string | number)[]) =>
    console.log(cells.map((cell, i) => String(cell)[i ? 'padStart' : 'padEnd'](i ? 12 : 28)).join(''));
  console.log(
    `bench:booking — ${connections} connections; (a) ${roundCount} rounds of ${attempts} attempts on ` +
      `${slotCount} slots; ` +
      `(b) ${operations} mixed operations, ${concurrency} loops, seed ${seed}`,
  );
  row('run', 'ops', 'ms', 'ops/s', 'confirmed', 'duplicates', 'problems');
  rounds.forEach((round, i) =>
    row(
      `(a) hold+confirm race #${i + 1}`,
      attempts,
      Math.round(round.ms),
      perSecond(attempts, round.ms),
      round.audit.confirmed,
      round.audit.duplicates,
      round.audit.problems.length,
    ),
  );
  row(
    '(b) mixed workload',
    operations,
    Math.round(b.ms),
    mixedRate,
    bAudit.confirmed,
    bAudit.duplicates,
    bAudit.problems.length + b.crossCheck.length,
  );
  row('(c) raw SET', setCount, Math.round(setMs), setRate, '-', '-', '-');
  rounds.forEach((round, i) =>
    console.log(`(a) #${i + 1}: bookings made ${round.booked}; refused ${JSON.stringify(round.refused)}`),
  );
  console.log(`(b) outcomes ${JSON.stringify(b.outcomes)}`);
  console.log(
    `(a)/(c): median ${contentionRate} attempts/s (each two scripts) against ${setRate} SETs/s; ratio ${ratio}`,
  );
  const aProblems = rounds.flatMap((round) => round.audit.problems);
  const aDuplicates = rounds.reduce((sum, round) => sum + round.audit.duplicates, 0);
  for (const problem of [...aProblems, ...bAudit.problems, ...b.crossCheck])
    console.log(`PROBLEM ${problem}`);

  const met =
    rounds.every(
      ({ booked, audit }) =>
        booked === slotCount &&
        audit.confirmed === slotCount &&
        audit.duplicates === 0 &&
        audit.doubleBookedSlots === 0 &&
        audit.problems.length === 0,
    ) &&
    bAudit.duplicates === 0 &&
    bAudit.doubleBookedSlots === 0 &&
    bAudit.problems.length === 0 &&
    b.crossCheck.length === 0 &&
    !b.outcomes['strayConfirm:BOOKED'];

  // A shared Redis (REDIS_URL) is left as it was found.
  for (const key of await scanAll(look, run)) await look.del(key);
  for (const client of clients) await client.quit();
  await look.quit();
  await stopRedis();

  console.log(
    JSON.stringify({
      bench: 'booking',
      connections,
      contention: {
        attempts,
        slots: slotCount,
        rounds: roundCount,
        attemptsPerSecond: contentionRate,
        bookingsPerRound: rounds.map((round) => round.audit.confirmed),
        duplicates: aDuplicates,
        problems: aProblems.length,
      },
      mixed: {
        operations,
        concurrency,
        seed,
        operationsPerSecond: mixedRate,
        confirmed: bAudit.confirmed,
        cancelled: bAudit.cancelled,
        duplicates: bAudit.duplicates,
        problems: bAudit.problems.length + b.crossCheck.length,
      },
      rawSet: { sets: setCount, setsPerSecond: setRate },
      ratio,
      met,
    }),
  );
  if (!met) process.exitCode = 1;
}

// Imported by the tests for auditLedger; run only as a program.
if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
