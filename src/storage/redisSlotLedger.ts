import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { InfrastructureError } from '../services/errors/InfrastructureError';
import type {
  Booking,
  CancelOutcome,
  ConfirmOutcome,
  DiaryEntry,
  HoldOutcome,
  LedgerSlot,
  Log,
  MeetingMode,
  MoveOutcome,
  SlotLedger,
  ConfirmInput,
  DiaryQuery,
  WorkerDiary,
} from '../services/ports';
import { newBooking } from '../services/ledgerRecords';
import type { RedisClient } from './connection';
import type { RedisKeys } from './keys';
import { defineScript } from './scripts';

/**
 * The slot ledger in Redis. Every decision that could double-book is one Lua script, so it is atomic
 * across any number of bot instances:
 * - hold: SET NX PX of the slot's hold key with a random token, refused when the slot is booked.
 *   The hold ends by a token-checked release, by confirm or move, or by expiry on Redis's clock.
 * - confirm: a slot already booked with this hold token (or for this owner) gives back that booking,
 *   so a double tap makes one booking; else the hold must be live and this caller's. The booking JSON,
 *   the slot → booking hash and both indexes are written and the hold deleted in the same script.
 * - move keeps the booking's id (the id in the patient's conversation and the link worker's handoff
 *   stays valid) and returns the record as it was as `previous`. The new slot must be held with the
 *   caller's token; taking it and letting the old slot go happen in one script, so no reader ever
 *   sees the booking in both slots or in neither.
 * - cancel keeps the record with status 'cancelled' and frees the slot.
 * A confirm or move whose answer was lost (a client timeout) may still have happened: repeating it
 * with the same hold token gives back the booking it made, so a retry is always safe.
 * All keys share one hash tag (see RedisKeys), so the scripts also run on Redis Cluster. Keys that a
 * script only learns from what it reads (the slot a booking is on) are built inside it from the key
 * names with an empty id; they carry the same hash tag, so they live on the same node.
 */

const HOLD_SCRIPT = `
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 0 end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[5])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[3])
return 1`;

// The hold's entry in the worker's holds index is left for takenSlotIds to prune: releaseHold is
// given only the slot id, not the worker.
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const CONFIRM_SCRIPT = `
local taken = redis.call('HMGET', KEYS[2], 'b', 't')
if taken[1] then
  local existing = redis.call('GET', ARGV[7] .. taken[1])
  if existing and (taken[2] == ARGV[1] or cjson.decode(existing).owner == ARGV[2]) then
    return {'alreadyConfirmed', existing}
  end
  return {'slotTaken'}
end
local held = redis.call('GET', KEYS[1])
if not held then return {'holdExpired'} end
if held ~= ARGV[1] then return {'slotTaken'} end
redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[8])
redis.call('HSET', KEYS[2], 'b', ARGV[4], 't', ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[8])
redis.call('ZADD', KEYS[4], ARGV[5], ARGV[4])
redis.call('ZADD', KEYS[5], ARGV[5], ARGV[4])
local booking = cjson.decode(ARGV[3])
redis.call('ZADD', KEYS[7], ARGV[5], cjson.encode({booking.id, booking.slotId, booking.start, booking['end']}))
redis.call('ZREMRANGEBYSCORE', KEYS[7], '(-inf', '(' .. ARGV[9])
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[6], ARGV[6])
return {'confirmed', ARGV[3]}`;

const CANCEL_SCRIPT = `
local raw = redis.call('GET', KEYS[1])
if not raw then return {'notFound'} end
local booking = cjson.decode(raw)
if booking.owner ~= ARGV[1] then return {'notOwner'} end
if booking.status ~= 'confirmed' then return {'cancelled', raw} end
local slotKey = ARGV[2] .. booking.slotId
if redis.call('HGET', slotKey, 'b') == booking.id then redis.call('DEL', slotKey) end
redis.call('ZREM', ARGV[3] .. booking.workerId, booking.id)
redis.call('ZREM', ARGV[4] .. booking.workerId, cjson.encode({booking.id, booking.slotId, booking.start, booking['end']}))
booking.status = 'cancelled'
local json = cjson.encode(booking)
redis.call('SET', KEYS[1], json, 'KEEPTTL')
return {'cancelled', json}`;

// A booking already on the target slot means this move has been done (a double tap): the answer is
// the same as the first time, with the record as it was before, kept in the slot hash's field p.
const MOVE_SCRIPT = `
local raw = redis.call('GET', KEYS[1])
if not raw then return {'notFound'} end
local booking = cjson.decode(raw)
if booking.owner ~= ARGV[1] then return {'notOwner'} end
if booking.status ~= 'confirmed' then return {'notFound'} end
if booking.slotId == ARGV[3] then return {'moved', raw, redis.call('HGET', KEYS[3], 'p') or raw} end
if redis.call('EXISTS', KEYS[3]) == 1 then return {'slotTaken'} end
local held = redis.call('GET', KEYS[2])
if not held then return {'holdExpired'} end
if held ~= ARGV[2] then return {'slotTaken'} end
local fromKey = ARGV[9] .. booking.slotId
if redis.call('HGET', fromKey, 'b') == booking.id then redis.call('DEL', fromKey) end
redis.call('ZREM', ARGV[10] .. booking.workerId, booking.id)
redis.call('ZREM', ARGV[12] .. booking.workerId, cjson.encode({booking.id, booking.slotId, booking.start, booking['end']}))
booking.slotId = ARGV[3]
booking.workerId = ARGV[4]
booking.start = ARGV[5]
booking['end'] = ARGV[6]
if ARGV[8] ~= '' then booking.mode = ARGV[8] end
local json = cjson.encode(booking)
redis.call('SET', KEYS[1], json, 'PX', ARGV[11])
redis.call('HSET', KEYS[3], 'b', booking.id, 't', ARGV[2], 'p', raw)
redis.call('PEXPIRE', KEYS[3], ARGV[11])
redis.call('ZADD', KEYS[4], ARGV[7], booking.id)
redis.call('ZADD', KEYS[5], ARGV[7], booking.id)
redis.call('ZADD', KEYS[7], ARGV[7], cjson.encode({booking.id, booking.slotId, booking.start, booking['end']}))
redis.call('DEL', KEYS[2])
redis.call('ZREM', KEYS[6], ARGV[3])
return {'moved', json, raw}`;

// The owner's bookings, from its index and the ids given, lose every link to the owner; each keeps
// its expiry. The slot-to-booking hash and the worker's index hold no owner.
const FORGET_SCRIPT = `
local ids = redis.call('ZRANGE', KEYS[1], 0, -1)
for i = 3, #ARGV do ids[#ids + 1] = ARGV[i] end
local seen = {}
local forgotten = {}
for _, id in ipairs(ids) do
  if not seen[id] then
    seen[id] = true
    local raw = redis.call('GET', ARGV[2] .. id)
    if raw then
      local booking = cjson.decode(raw)
      if booking.owner == ARGV[1] then
        booking.owner = 'erased:' .. booking.id
        booking.referralId = nil
        local json = cjson.encode(booking)
        redis.call('SET', ARGV[2] .. id, json, 'KEEPTTL')
        forgotten[#forgotten + 1] = json
      end
    end
  end
end
redis.call('DEL', KEYS[1])
return forgotten`;

const LIST_SCRIPT = `
local found = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[2])) do
  local raw = redis.call('GET', ARGV[3] .. id)
  if raw then found[#found + 1] = raw end
end
return found`;

// KEYS[1] is the hash of diaries already built (one field per worker); then, for each worker, its
// diary (KEYS[2i]) and holds index (KEYS[2i+1]); ARGV[7..] are the workers' ids. A diary not in the
// hash was kept before diaries existed, and is built once from the worker's bookings index. Expired
// or released holds are pruned from the index here, where they are found.
const DIARIES_SCRIPT = `
local built = redis.call('HMGET', KEYS[1], unpack(ARGV, 7))
local answer = {}
for w = 1, #ARGV - 6 do
  local diary = KEYS[2 * w]
  local holds = KEYS[2 * w + 1]
  local workerId = ARGV[6 + w]
  if not built[w] then
    for _, id in ipairs(redis.call('ZRANGE', ARGV[4] .. workerId, 0, -1)) do
      local raw = redis.call('GET', ARGV[5] .. id)
      if raw then
        local booking = cjson.decode(raw)
        if booking.status == 'confirmed' and booking.workerId == workerId then
          local startMs = redis.call('ZSCORE', ARGV[4] .. workerId, id)
          redis.call('ZADD', diary, startMs, cjson.encode({booking.id, booking.slotId, booking.start, booking['end']}))
        end
      end
    end
    redis.call('HSET', KEYS[1], workerId, '1')
  end
  local held = {}
  for _, slotId in ipairs(redis.call('ZRANGEBYSCORE', holds, ARGV[1], ARGV[2])) do
    if redis.call('EXISTS', ARGV[6] .. slotId) == 1 then held[#held + 1] = slotId
    else redis.call('ZREM', holds, slotId) end
  end
  answer[#answer + 1] = redis.call('ZRANGEBYSCORE', diary, ARGV[1], ARGV[2])
  answer[#answer + 1] = held
end
return answer`;

const bookingSchema = z.object({
  id: z.string().min(1),
  slotId: z.string().min(1),
  workerId: z.string().min(1),
  start: z.string().min(1),
  end: z.string().min(1),
  mode: z.enum(['inPerson', 'phone', 'video']),
  owner: z.string().min(1),
  // Read back from JSON, where a field is either there or not: exactly the Booking's optional field.
  referralId: z.string().exactOptional(),
  bookedBy: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('patient') }),
    z.object({ kind: z.literal('staff'), staffId: z.string() }),
  ]),
  createdAt: z.string().min(1),
  status: z.enum(['confirmed', 'cancelled']),
});

const scriptReply = z.array(z.string()).min(1);

export interface RedisSlotLedgerOptions {
  keys: RedisKeys;
  log: Log;
  /**
   * How long a booking's records are kept after its session ends (REFERRAL_RETENTION_DAYS): the
   * booking and its slot expire then, cancelled or not, and indexes skip what has expired.
   */
  retentionMs?: number;
}

const DAY_MS = 24 * 3600 * 1000;
const DEFAULT_RETENTION_MS = 90 * DAY_MS;

type Script = (...keysThenArgs: (string | number)[]) => Promise<unknown>;

export class RedisSlotLedger implements SlotLedger {
  private readonly keys: RedisKeys;
  private readonly holdScript: Script;
  private readonly releaseScript: Script;
  private readonly confirmScript: Script;
  private readonly forgetScript: Script;
  private readonly cancelScript: Script;
  private readonly moveScript: Script;
  private readonly listScript: Script;
  private readonly diariesScript: Script;

  constructor(
    private readonly client: RedisClient,
    private readonly options: RedisSlotLedgerOptions,
  ) {
    this.keys = options.keys;
    this.holdScript = defineScript(client, 'signpostLedgerHold', 3, HOLD_SCRIPT);
    this.releaseScript = defineScript(client, 'signpostLedgerRelease', 1, RELEASE_SCRIPT);
    this.confirmScript = defineScript(client, 'signpostLedgerConfirm', 7, CONFIRM_SCRIPT);
    this.forgetScript = defineScript(client, 'signpostLedgerForget', 1, FORGET_SCRIPT);
    this.cancelScript = defineScript(client, 'signpostLedgerCancel', 2, CANCEL_SCRIPT);
    this.moveScript = defineScript(client, 'signpostLedgerMove', 7, MOVE_SCRIPT);
    this.listScript = defineScript(client, 'signpostLedgerList', 1, LIST_SCRIPT);
    this.diariesScript = defineScript(client, 'signpostLedgerDiaries', 'dynamic', DIARIES_SCRIPT);
  }

  /** The hold keeps only its token, not the owner: the token alone is the proof of holding. */
  async hold(input: { slot: LedgerSlot; owner: string; ttlMs: number; now: Date }): Promise<HoldOutcome> {
    const { slot, ttlMs, now } = input;
    const ttl = positiveMs(ttlMs);
    const startMs = epochMs(slot.start, 'slot.start');
    const token = randomUUID();
    const holdKey = this.keys.ledgerHold(slot.id);
    const held = await this.guard('hold', () =>
      this.holdScript(
        holdKey,
        this.keys.ledgerSlot(slot.id),
        this.keys.ledgerWorkerHolds(slot.workerId),
        token,
        ttl,
        slot.id,
        startMs,
        now.getTime(),
      ).catch((err: unknown) => {
        // A hold that timed out here may still run once Redis catches up, keeping the slot from
        // everyone until it expires; the release queued behind it on the same connection undoes it.
        this.releaseScript(holdKey, token).catch(() => undefined);
        throw err;
      }),
    );
    if (held !== 1) return { ok: false, reason: 'slotTaken' };
    return {
      ok: true,
      slotId: slot.id,
      holdToken: token,
      expiresAt: new Date(now.getTime() + ttl).toISOString(),
    };
  }

  async releaseHold(input: { slotId: string; holdToken: string }): Promise<void> {
    await this.guard('releaseHold', () =>
      this.releaseScript(this.keys.ledgerHold(input.slotId), input.holdToken),
    );
  }

  async confirm(input: ConfirmInput): Promise<ConfirmOutcome> {
    const { slot } = input;
    const booking = newBooking(input, randomUUID());
    const startMs = epochMs(slot.start, 'slot.start');
    const reply = await this.run('confirm', () =>
      this.confirmScript(
        this.keys.ledgerHold(slot.id),
        this.keys.ledgerSlot(slot.id),
        this.keys.ledgerBooking(booking.id),
        this.keys.ledgerWorkerBookings(slot.workerId),
        this.keys.ledgerOwnerBookings(input.owner),
        this.keys.ledgerWorkerHolds(slot.workerId),
        this.keys.ledgerWorkerDiary(slot.workerId),
        input.holdToken,
        input.owner,
        JSON.stringify(booking),
        booking.id,
        startMs,
        slot.id,
        this.keys.ledgerBooking(''),
        this.keptForMs(slot.end, input.now),
        // Diary entries that started before every booking still kept had started are dropped.
        input.now.getTime() - this.retentionMs() - DAY_MS,
      ),
    );
    switch (reply[0]) {
      case 'confirmed':
        return { ok: true, booking: this.bookingFrom(reply[1], 'confirm'), alreadyConfirmed: false };
      case 'alreadyConfirmed':
        return { ok: true, booking: this.bookingFrom(reply[1], 'confirm'), alreadyConfirmed: true };
      case 'slotTaken':
      case 'holdExpired':
        return { ok: false, reason: reply[0] };
      default:
        throw unexpected('confirm', reply);
    }
  }

  async cancel(input: { bookingId: string; owner: string; now: Date }): Promise<CancelOutcome> {
    const reply = await this.run('cancel', () =>
      this.cancelScript(
        this.keys.ledgerBooking(input.bookingId),
        this.keys.ledgerOwnerBookings(input.owner),
        input.owner,
        this.keys.ledgerSlot(''),
        this.keys.ledgerWorkerBookings(''),
        this.keys.ledgerWorkerDiary(''),
      ),
    );
    switch (reply[0]) {
      case 'cancelled':
        return { ok: true, booking: this.bookingFrom(reply[1], 'cancel') };
      case 'notFound':
      case 'notOwner':
        return { ok: false, reason: reply[0] };
      default:
        throw unexpected('cancel', reply);
    }
  }

  async move(input: {
    bookingId: string;
    owner: string;
    to: LedgerSlot;
    holdToken: string;
    mode?: MeetingMode;
    now: Date;
  }): Promise<MoveOutcome> {
    const { to } = input;
    const startMs = epochMs(to.start, 'to.start');
    const reply = await this.run('move', () =>
      this.moveScript(
        this.keys.ledgerBooking(input.bookingId),
        this.keys.ledgerHold(to.id),
        this.keys.ledgerSlot(to.id),
        this.keys.ledgerWorkerBookings(to.workerId),
        this.keys.ledgerOwnerBookings(input.owner),
        this.keys.ledgerWorkerHolds(to.workerId),
        this.keys.ledgerWorkerDiary(to.workerId),
        input.owner,
        input.holdToken,
        to.id,
        to.workerId,
        to.start,
        to.end,
        startMs,
        input.mode ?? '',
        this.keys.ledgerSlot(''),
        this.keys.ledgerWorkerBookings(''),
        this.keptForMs(to.end, input.now),
        this.keys.ledgerWorkerDiary(''),
      ),
    );
    switch (reply[0]) {
      case 'moved':
        return {
          ok: true,
          booking: this.bookingFrom(reply[1], 'move'),
          previous: this.bookingFrom(reply[2], 'move'),
        };
      case 'slotTaken':
      case 'holdExpired':
      case 'notFound':
      case 'notOwner':
        return { ok: false, reason: reply[0] };
      default:
        throw unexpected('move', reply);
    }
  }

  async forgetOwner(input: { owner: string; bookingIds: readonly string[] }): Promise<Booking[]> {
    const answer = await this.guard('forgetOwner', () =>
      this.forgetScript(
        this.keys.ledgerOwnerBookings(input.owner),
        input.owner,
        this.keys.ledgerBooking(''),
        ...input.bookingIds,
      ),
    );
    const parsed = z.array(z.string()).safeParse(answer);
    if (!parsed.success) throw unexpected('forgetOwner', answer);
    return parsed.data.flatMap((raw) => this.readStored(raw, { operation: 'forgetOwner' }) ?? []);
  }

  /**
   * How long from `now` a booking's records are kept: until its end plus the retention period
   * (REFERRAL_RETENTION_DAYS). Counted from the service's clock, as a TTL, so Redis's own clock
   * cannot disagree with it.
   */
  private keptForMs(end: string, now: Date): number {
    const retention = this.retentionMs();
    return Math.max(retention, epochMs(end, 'end') + retention - now.getTime());
  }

  private retentionMs(): number {
    return this.options.retentionMs ?? DEFAULT_RETENTION_MS;
  }

  async get(bookingId: string): Promise<Booking | undefined> {
    const raw = await this.guard('get', () => this.client.get(this.keys.ledgerBooking(bookingId)));
    return raw === null ? undefined : this.readStored(raw, { operation: 'get', bookingId });
  }

  async bookingsOf(owner: string): Promise<Booking[]> {
    const found = await this.list('bookingsOf', this.keys.ledgerOwnerBookings(owner), '-inf', '+inf');
    return found.filter((booking) => booking.owner === owner && booking.status === 'confirmed');
  }

  async takenSlotIds(input: { workerId: string; from: string; to: string; now: Date }): Promise<Set<string>> {
    const diary = (await this.diaries({ ...input, workerIds: [input.workerId] })).get(input.workerId);
    return new Set([...(diary?.booked ?? []).map((entry) => entry.slotId), ...(diary?.heldSlotIds ?? [])]);
  }

  async diaries(input: DiaryQuery): Promise<Map<string, WorkerDiary>> {
    const fromMs = epochMs(input.from, 'from');
    const toMs = epochMs(input.to, 'to');
    const found = new Map<string, WorkerDiary>();
    const workerIds = [...new Set(input.workerIds)];
    if (workerIds.length === 0) return found;
    const keys = [
      this.keys.ledgerDiariesBuilt(),
      ...workerIds.flatMap((workerId) => [
        this.keys.ledgerWorkerDiary(workerId),
        this.keys.ledgerWorkerHolds(workerId),
      ]),
    ];
    const answer = await this.guard('diaries', () =>
      this.diariesScript(
        keys.length,
        ...keys,
        fromMs,
        `(${toMs}`,
        this.keys.ledgerWorkerDiary(''),
        this.keys.ledgerWorkerBookings(''),
        this.keys.ledgerBooking(''),
        this.keys.ledgerHold(''),
        ...workerIds,
      ),
    );
    if (!Array.isArray(answer) || answer.length !== workerIds.length * 2) throw unexpected('diaries', answer);
    workerIds.forEach((workerId, i) => {
      const members: unknown = answer[2 * i];
      const held: unknown = answer[2 * i + 1];
      if (!isStrings(members) || !isStrings(held)) throw unexpected('diaries', answer);
      const booked: DiaryEntry[] = [];
      for (const member of members) {
        const entry = diaryEntry(member);
        if (entry) booked.push(entry);
        else this.options.log.error({ operation: 'diaries' }, 'unreadable diary entry in redis, ignored');
      }
      found.set(workerId, { booked, heldSlotIds: held });
    });
    return found;
  }

  async bookingsForWorker(input: { workerId: string; from: string; to: string }): Promise<Booking[]> {
    const found = await this.list(
      'bookingsForWorker',
      this.keys.ledgerWorkerBookings(input.workerId),
      epochMs(input.from, 'from'),
      `(${epochMs(input.to, 'to')}`,
    );
    return found.filter((booking) => booking.workerId === input.workerId && booking.status === 'confirmed');
  }

  private async list(
    operation: string,
    index: string,
    min: number | string,
    max: number | string,
  ): Promise<Booking[]> {
    const answer = await this.guard(operation, () =>
      this.listScript(index, min, max, this.keys.ledgerBooking('')),
    );
    const parsed = z.array(z.string()).safeParse(answer);
    if (!parsed.success) throw unexpected(operation, answer);
    return parsed.data.flatMap((raw) => this.readStored(raw, { operation }) ?? []);
  }

  /** A script's answer is checked before any branch trusts it. */
  private async run(operation: string, call: () => Promise<unknown>): Promise<string[]> {
    const answer = await this.guard(operation, call);
    const parsed = scriptReply.safeParse(answer);
    if (!parsed.success) throw unexpected(operation, answer);
    return parsed.data;
  }

  /** A booking a script has just returned: if it cannot be read, the outcome cannot be told. */
  private bookingFrom(raw: string | undefined, operation: string): Booking {
    const booking = raw === undefined ? undefined : parseBooking(raw);
    if (!booking) throw new InfrastructureError(`Redis ${operation} returned an unreadable booking`);
    return booking;
  }

  /**
   * A stored booking that cannot be read is left out of lists and logged for the operator, rather
   * than failing every later look at that patient's or link worker's diary. Its slot stays taken.
   * The log names the operation, never the owner's key.
   */
  private readStored(raw: string, context: { operation: string; bookingId?: string }): Booking | undefined {
    const booking = parseBooking(raw);
    if (!booking) this.options.log.error(context, 'unreadable booking in redis, ignored');
    return booking;
  }

  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw new InfrastructureError(
        `Redis ${operation} failed: ${err instanceof Error ? err.message : String(err)}`,
        { cause: err },
      );
    }
  }
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A diary member, [booking id, slot id, start, end] as JSON; read by hand, as it runs per booking. */
function diaryEntry(member: string): DiaryEntry | undefined {
  try {
    const parsed: unknown = JSON.parse(member);
    if (!isStrings(parsed) || parsed.length !== 4) return undefined;
    const [bookingId, slotId, start, end] = parsed as [string, string, string, string];
    return { bookingId, slotId, start, end };
  } catch {
    return undefined;
  }
}

function parseBooking(raw: string): Booking | undefined {
  try {
    const parsed = bookingSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Names only the answer's shape: an answer may carry a booking, and error messages reach the logs. */
function unexpected(operation: string, answer: unknown): InfrastructureError {
  const first = Array.isArray(answer) ? answer[0] : answer;
  const shape = typeof first === 'string' && first.length <= 20 ? `'${first}'` : typeof first;
  return new InfrastructureError(`Redis ${operation} gave an unexpected answer (${shape})`);
}

/** Sorted-set scores are epoch ms; an instant that does not parse is a caller's bug, not Redis's. */
function epochMs(iso: string, what: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not an ISO instant: ${iso}`);
  return ms;
}

function positiveMs(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs < 1) throw new RangeError(`ttlMs must be at least 1, got ${ttlMs}`);
  return Math.ceil(ttlMs);
}
