import { randomUUID } from 'node:crypto';
import type {
  Booking,
  CancelOutcome,
  ConfirmOutcome,
  DiaryEntry,
  HoldOutcome,
  LedgerSlot,
  MeetingMode,
  MoveOutcome,
  SlotLedger,
  ConfirmInput,
  DiaryQuery,
  WorkerDiary,
} from '../services/ports';
import { newBooking } from '../services/ledgerRecords';

/**
 * The slot ledger in process memory, for dialog tests and for running without Redis (one instance
 * only, lost on restart). It keeps RedisSlotLedger's rules exactly (the same contract suite runs on
 * both); each method does its whole check-and-write without awaiting, so it is atomic within the
 * process. Holds expire by the `now` each call passes in, where Redis uses its own clock.
 */

interface Hold {
  token: string;
  workerId: string;
  startMs: number;
  expiresAtMs: number;
}

interface TakenSlot {
  bookingId: string;
  /** The hold token that took the slot, so a double tap finds its booking. */
  token: string;
  /** The booking as it was before it was moved here, to answer a repeated move the same way. */
  previous?: Booking;
}

export class MemorySlotLedger implements SlotLedger {
  private readonly holds = new Map<string, Hold>();
  private readonly slots = new Map<string, TakenSlot>();
  private readonly bookings = new Map<string, Booking>();

  async hold(input: { slot: LedgerSlot; owner: string; ttlMs: number; now: Date }): Promise<HoldOutcome> {
    const { slot, now } = input;
    const ttl = positiveMs(input.ttlMs);
    const startMs = epochMs(slot.start, 'slot.start');
    if (this.slots.has(slot.id) || this.liveHold(slot.id, now)) return { ok: false, reason: 'slotTaken' };
    const token = randomUUID();
    const expiresAtMs = now.getTime() + ttl;
    this.holds.set(slot.id, { token, workerId: slot.workerId, startMs, expiresAtMs });
    return { ok: true, slotId: slot.id, holdToken: token, expiresAt: new Date(expiresAtMs).toISOString() };
  }

  async releaseHold(input: { slotId: string; holdToken: string }): Promise<void> {
    if (this.holds.get(input.slotId)?.token === input.holdToken) this.holds.delete(input.slotId);
  }

  async confirm(input: ConfirmInput): Promise<ConfirmOutcome> {
    const { slot } = input;
    epochMs(slot.start, 'slot.start');
    const taken = this.slots.get(slot.id);
    if (taken) {
      const existing = this.bookings.get(taken.bookingId);
      if (existing && (taken.token === input.holdToken || existing.owner === input.owner)) {
        return { ok: true, booking: structuredClone(existing), alreadyConfirmed: true };
      }
      return { ok: false, reason: 'slotTaken' };
    }
    const hold = this.liveHold(slot.id, input.now);
    if (!hold) return { ok: false, reason: 'holdExpired' };
    if (hold.token !== input.holdToken) return { ok: false, reason: 'slotTaken' };
    const booking = newBooking(input, randomUUID());
    this.bookings.set(booking.id, booking);
    this.slots.set(slot.id, { bookingId: booking.id, token: input.holdToken });
    this.holds.delete(slot.id);
    return { ok: true, booking: structuredClone(booking), alreadyConfirmed: false };
  }

  async cancel(input: { bookingId: string; owner: string; now: Date }): Promise<CancelOutcome> {
    const booking = this.bookings.get(input.bookingId);
    if (!booking) return { ok: false, reason: 'notFound' };
    if (booking.owner !== input.owner) return { ok: false, reason: 'notOwner' };
    if (booking.status === 'confirmed') {
      if (this.slots.get(booking.slotId)?.bookingId === booking.id) this.slots.delete(booking.slotId);
      booking.status = 'cancelled';
    }
    return { ok: true, booking: structuredClone(booking) };
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
    epochMs(to.start, 'to.start');
    const booking = this.bookings.get(input.bookingId);
    if (!booking) return { ok: false, reason: 'notFound' };
    if (booking.owner !== input.owner) return { ok: false, reason: 'notOwner' };
    if (booking.status !== 'confirmed') return { ok: false, reason: 'notFound' };
    if (booking.slotId === to.id) {
      const previous = this.slots.get(to.id)?.previous ?? booking;
      return { ok: true, booking: structuredClone(booking), previous: structuredClone(previous) };
    }
    if (this.slots.has(to.id)) return { ok: false, reason: 'slotTaken' };
    const hold = this.liveHold(to.id, input.now);
    if (!hold) return { ok: false, reason: 'holdExpired' };
    if (hold.token !== input.holdToken) return { ok: false, reason: 'slotTaken' };
    const previous = structuredClone(booking);
    if (this.slots.get(booking.slotId)?.bookingId === booking.id) this.slots.delete(booking.slotId);
    Object.assign(booking, {
      slotId: to.id,
      workerId: to.workerId,
      start: to.start,
      end: to.end,
      mode: input.mode ?? booking.mode,
    });
    this.slots.set(to.id, { bookingId: booking.id, token: input.holdToken, previous });
    this.holds.delete(to.id);
    return { ok: true, booking: structuredClone(booking), previous: structuredClone(previous) };
  }

  async get(bookingId: string): Promise<Booking | undefined> {
    const booking = this.bookings.get(bookingId);
    return booking && structuredClone(booking);
  }

  async bookingsOf(owner: string): Promise<Booking[]> {
    return this.confirmed((booking) => booking.owner === owner);
  }

  async takenSlotIds(input: { workerId: string; from: string; to: string; now: Date }): Promise<Set<string>> {
    const within = range(input.from, input.to);
    const taken = new Set(
      this.confirmed(
        (booking) => booking.workerId === input.workerId && within(epochMs(booking.start, 'start')),
      ).map((booking) => booking.slotId),
    );
    for (const [slotId, hold] of this.holds) {
      if (hold.workerId !== input.workerId || !within(hold.startMs)) continue;
      if (hold.expiresAtMs > input.now.getTime()) taken.add(slotId);
      else this.holds.delete(slotId);
    }
    return taken;
  }

  async bookingsForWorker(input: { workerId: string; from: string; to: string }): Promise<Booking[]> {
    const within = range(input.from, input.to);
    return this.confirmed(
      (booking) => booking.workerId === input.workerId && within(epochMs(booking.start, 'start')),
    );
  }

  async diaries(input: DiaryQuery): Promise<Map<string, WorkerDiary>> {
    const within = range(input.from, input.to);
    const found = new Map<string, WorkerDiary>(
      input.workerIds.map((workerId) => [workerId, { booked: [], heldSlotIds: [] }]),
    );
    const booked = this.confirmed(
      (booking) => found.has(booking.workerId) && within(epochMs(booking.start, 'start')),
    );
    for (const booking of booked) {
      const entry: DiaryEntry = {
        bookingId: booking.id,
        slotId: booking.slotId,
        start: booking.start,
        end: booking.end,
      };
      found.get(booking.workerId)?.booked.push(entry);
    }
    // Soonest first, as Redis gives them.
    const holds = [...this.holds].sort(([a, x], [b, y]) => x.startMs - y.startMs || (a < b ? -1 : 1));
    for (const [slotId, hold] of holds) {
      const diary = found.get(hold.workerId);
      if (!diary || !within(hold.startMs)) continue;
      if (hold.expiresAtMs > input.now.getTime()) diary.heldSlotIds.push(slotId);
      else this.holds.delete(slotId);
    }
    return found;
  }

  async forgetOwner(input: { owner: string; bookingIds: readonly string[] }): Promise<Booking[]> {
    const forgotten: Booking[] = [];
    for (const booking of this.bookings.values()) {
      if (booking.owner !== input.owner) continue;
      booking.owner = `erased:${booking.id}`;
      delete booking.referralId;
      forgotten.push(structuredClone(booking));
    }
    return forgotten;
  }

  private liveHold(slotId: string, now: Date): Hold | undefined {
    const hold = this.holds.get(slotId);
    return hold && hold.expiresAtMs > now.getTime() ? hold : undefined;
  }

  /** Soonest first; equal starts by id, the order Redis gives members of equal score. */
  private confirmed(keep: (booking: Booking) => boolean): Booking[] {
    return [...this.bookings.values()]
      .filter((booking) => booking.status === 'confirmed' && keep(booking))
      .map((booking) => ({ booking, startMs: epochMs(booking.start, 'start') }))
      .sort((a, b) => a.startMs - b.startMs || (a.booking.id < b.booking.id ? -1 : 1))
      .map(({ booking }) => structuredClone(booking));
  }
}

/** Slots and bookings count as between two instants when they start in [from, to), as in Redis. */
function range(from: string, to: string): (startMs: number) => boolean {
  const fromMs = epochMs(from, 'from');
  const toMs = epochMs(to, 'to');
  return (startMs) => startMs >= fromMs && startMs < toMs;
}

function epochMs(iso: string, what: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not an ISO instant: ${iso}`);
  return ms;
}

function positiveMs(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs < 1) throw new RangeError(`ttlMs must be at least 1, got ${ttlMs}`);
  return Math.ceil(ttlMs);
}
