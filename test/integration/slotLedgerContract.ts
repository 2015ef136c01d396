import { randomUUID } from 'node:crypto';
import type { Booking, LedgerSlot, SlotLedger } from '../../src/services/ports';

/**
 * The SlotLedger contract that every ledger must keep (MemorySlotLedger, RedisSlotLedger on one
 * Redis and on a Redis Cluster). Each case gets a fresh, empty ledger. Times are fixed: "now" is an
 * argument, and only hold expiry on Redis needs real time to pass.
 */
type Case = [string, (ledger: SlotLedger) => Promise<void>];

const NOW = new Date('2026-03-02T09:00:00.000Z');
const HOUR = 3_600_000;
const TTL = 60_000;

function slot(workerId: string, start: string, minutes = 45): LedgerSlot {
  const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
  return { id: `${workerId}:${start}`, workerId, start, end };
}

const ana = (start: string) => slot('lw-ana', start);
const ben = (start: string) => slot('lw-ben', start);
const MON_9 = ana('2026-03-09T09:00:00.000Z');
const MON_10 = ana('2026-03-09T10:00:00.000Z');
const MON_11 = ana('2026-03-09T11:00:00.000Z');
const TUE_9 = ana('2026-03-10T09:00:00.000Z');
const BEN_MON_9 = ben('2026-03-09T09:00:00.000Z');
const WEEK = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-16T00:00:00.000Z' };

const later = (ms: number) => new Date(NOW.getTime() + ms);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function holdOk(ledger: SlotLedger, target: LedgerSlot, owner: string, ttlMs = TTL): Promise<string> {
  const held = await ledger.hold({ slot: target, owner, ttlMs, now: NOW });
  if (!held.ok) throw new Error(`expected to hold ${target.id}, got ${held.reason}`);
  return held.holdToken;
}

async function book(ledger: SlotLedger, target: LedgerSlot, owner: string): Promise<Booking> {
  const holdToken = await holdOk(ledger, target, owner);
  const confirmed = await ledger.confirm({
    slot: target,
    holdToken,
    owner,
    mode: 'inPerson',
    bookedBy: { kind: 'patient' },
    now: NOW,
  });
  if (!confirmed.ok) throw new Error(`expected to book ${target.id}, got ${confirmed.reason}`);
  return confirmed.booking;
}

function confirmInput(target: LedgerSlot, holdToken: string, owner: string, now = NOW) {
  return {
    slot: target,
    holdToken,
    owner,
    mode: 'phone' as const,
    bookedBy: { kind: 'patient' as const },
    now,
  };
}

const taken = async (ledger: SlotLedger, workerId = 'lw-ana') =>
  [...(await ledger.takenSlotIds({ workerId, ...WEEK, now: NOW }))].sort();

export const slotLedgerContract: Case[] = [
  [
    'holds a free slot and confirms it into one booking',
    async (ledger) => {
      const held = await ledger.hold({ slot: MON_9, owner: 'p1', ttlMs: TTL, now: NOW });
      expect(held).toEqual({
        ok: true,
        slotId: MON_9.id,
        holdToken: expect.any(String),
        expiresAt: later(TTL).toISOString(),
      });
      if (!held.ok) return;
      const confirmed = await ledger.confirm({
        slot: MON_9,
        holdToken: held.holdToken,
        owner: 'p1',
        mode: 'video',
        referralId: 'ref-1',
        bookedBy: { kind: 'staff', staffId: 'rec-7' },
        now: later(1000),
      });
      expect(confirmed).toEqual({
        ok: true,
        alreadyConfirmed: false,
        booking: {
          id: expect.any(String),
          slotId: MON_9.id,
          workerId: 'lw-ana',
          start: MON_9.start,
          end: MON_9.end,
          mode: 'video',
          owner: 'p1',
          referralId: 'ref-1',
          bookedBy: { kind: 'staff', staffId: 'rec-7' },
          createdAt: later(1000).toISOString(),
          status: 'confirmed',
        },
      });
      if (!confirmed.ok) return;
      expect(await ledger.get(confirmed.booking.id)).toEqual(confirmed.booking);
      expect(await ledger.bookingsOf('p1')).toEqual([confirmed.booking]);
      expect(await ledger.get('no-such-booking')).toBeUndefined();
    },
  ],
  [
    'refuses a hold on a slot that is held or booked',
    async (ledger) => {
      const token = await holdOk(ledger, MON_9, 'p1');
      expect(await ledger.hold({ slot: MON_9, owner: 'p2', ttlMs: TTL, now: NOW })).toEqual({
        ok: false,
        reason: 'slotTaken',
      });
      expect(await ledger.hold({ slot: MON_9, owner: 'p1', ttlMs: TTL, now: NOW })).toEqual({
        ok: false,
        reason: 'slotTaken',
      });
      expect((await ledger.confirm(confirmInput(MON_9, token, 'p1'))).ok).toBe(true);
      // The hold is gone once the slot is booked; the booking alone keeps the slot.
      await ledger.releaseHold({ slotId: MON_9.id, holdToken: token });
      expect(await ledger.hold({ slot: MON_9, owner: 'p2', ttlMs: TTL, now: later(HOUR) })).toEqual({
        ok: false,
        reason: 'slotTaken',
      });
      expect((await ledger.hold({ slot: MON_10, owner: 'p2', ttlMs: TTL, now: NOW })).ok).toBe(true);
    },
  ],
  [
    'a double confirm of one hold gives one booking',
    async (ledger) => {
      const token = await holdOk(ledger, MON_9, 'p1');
      const taps = await Promise.all([1, 2, 3].map(() => ledger.confirm(confirmInput(MON_9, token, 'p1'))));
      const bookings = taps.map((tap) => (tap.ok ? tap.booking : undefined));
      expect(new Set(bookings.map((booking) => booking?.id)).size).toBe(1);
      expect(bookings[0]).toBeDefined();
      expect(taps.filter((tap) => tap.ok && !tap.alreadyConfirmed)).toHaveLength(1);
      const again = await ledger.confirm(confirmInput(MON_9, token, 'p1', later(5000)));
      expect(again).toEqual({ ok: true, booking: bookings[0], alreadyConfirmed: true });
      expect(await ledger.bookingsOf('p1')).toHaveLength(1);
      expect(await ledger.bookingsForWorker({ workerId: 'lw-ana', ...WEEK })).toHaveLength(1);
    },
  ],
  [
    'a confirm by the owner of a booked slot gives back their booking, whatever the token',
    async (ledger) => {
      const booking = await book(ledger, MON_9, 'p1');
      expect(await ledger.confirm(confirmInput(MON_9, randomUUID(), 'p1'))).toEqual({
        ok: true,
        booking,
        alreadyConfirmed: true,
      });
    },
  ],
  [
    'a confirm after the hold expired is holdExpired, and the slot is free again',
    async (ledger) => {
      const token = await holdOk(ledger, MON_9, 'p1', 40);
      await sleep(150);
      expect(await ledger.confirm(confirmInput(MON_9, token, 'p1', later(150)))).toEqual({
        ok: false,
        reason: 'holdExpired',
      });
      expect((await ledger.hold({ slot: MON_9, owner: 'p2', ttlMs: TTL, now: later(150) })).ok).toBe(true);
      expect(await ledger.confirm(confirmInput(MON_9, token, 'p1', later(150)))).toEqual({
        ok: false,
        reason: 'slotTaken',
      });
    },
  ],
  [
    'releasing a hold needs its token; a confirm after release is holdExpired',
    async (ledger) => {
      const token = await holdOk(ledger, MON_9, 'p1');
      await ledger.releaseHold({ slotId: MON_9.id, holdToken: 'not-the-token' });
      expect((await ledger.hold({ slot: MON_9, owner: 'p2', ttlMs: TTL, now: NOW })).ok).toBe(false);
      await ledger.releaseHold({ slotId: MON_9.id, holdToken: token });
      expect(await ledger.confirm(confirmInput(MON_9, token, 'p1'))).toEqual({
        ok: false,
        reason: 'holdExpired',
      });
      expect((await ledger.hold({ slot: MON_9, owner: 'p2', ttlMs: TTL, now: NOW })).ok).toBe(true);
      await ledger.releaseHold({ slotId: 'never-held', holdToken: token });
    },
  ],
  [
    "a confirm with another's token is slotTaken and leaves their hold",
    async (ledger) => {
      const mine = await holdOk(ledger, MON_9, 'p1');
      const theirs = await holdOk(ledger, MON_10, 'p2');
      expect(await ledger.confirm(confirmInput(MON_9, theirs, 'p2'))).toEqual({
        ok: false,
        reason: 'slotTaken',
      });
      expect(await ledger.confirm(confirmInput(MON_9, randomUUID(), 'p2'))).toEqual({
        ok: false,
        reason: 'slotTaken',
      });
      const confirmed = await ledger.confirm(confirmInput(MON_9, mine, 'p1'));
      expect(confirmed.ok && confirmed.booking.owner).toBe('p1');
      expect(await ledger.confirm(confirmInput(MON_9, theirs, 'p2'))).toEqual({
        ok: false,
        reason: 'slotTaken',
      });
      expect(await ledger.bookingsOf('p2')).toEqual([]);
    },
  ],
  [
    'cancel frees the slot for someone else and keeps the record as cancelled',
    async (ledger) => {
      const booking = await book(ledger, MON_9, 'p1');
      const cancelled = await ledger.cancel({ bookingId: booking.id, owner: 'p1', now: NOW });
      expect(cancelled).toEqual({ ok: true, booking: { ...booking, status: 'cancelled' } });
      expect(await ledger.get(booking.id)).toEqual({ ...booking, status: 'cancelled' });
      expect(await ledger.bookingsOf('p1')).toEqual([]);
      expect(await ledger.bookingsForWorker({ workerId: 'lw-ana', ...WEEK })).toEqual([]);
      expect(await taken(ledger)).toEqual([]);
      const next = await book(ledger, MON_9, 'p2');
      expect(next.id).not.toBe(booking.id);
      // A second cancel (a double tap) answers the same and does not touch the slot's new booking.
      expect(await ledger.cancel({ bookingId: booking.id, owner: 'p1', now: NOW })).toEqual(cancelled);
      expect(await ledger.get(next.id)).toEqual(next);
      expect(await taken(ledger)).toEqual([MON_9.id]);
    },
  ],
  [
    'cancel by someone who does not own the booking is notOwner; an unknown id is notFound',
    async (ledger) => {
      const booking = await book(ledger, MON_9, 'p1');
      expect(await ledger.cancel({ bookingId: booking.id, owner: 'p2', now: NOW })).toEqual({
        ok: false,
        reason: 'notOwner',
      });
      expect(await ledger.get(booking.id)).toEqual(booking);
      expect(await taken(ledger)).toEqual([MON_9.id]);
      expect(await ledger.cancel({ bookingId: 'no-such-booking', owner: 'p1', now: NOW })).toEqual({
        ok: false,
        reason: 'notFound',
      });
    },
  ],
  [
    'moves a booking to a slot its owner holds, to another link worker, keeping its id',
    async (ledger) => {
      const booking = await book(ledger, MON_9, 'p1');
      const token = await holdOk(ledger, BEN_MON_9, 'p1');
      const moved = await ledger.move({
        bookingId: booking.id,
        owner: 'p1',
        to: BEN_MON_9,
        holdToken: token,
        mode: 'phone',
        now: NOW,
      });
      const expected = {
        ...booking,
        slotId: BEN_MON_9.id,
        workerId: 'lw-ben',
        start: BEN_MON_9.start,
        end: BEN_MON_9.end,
        mode: 'phone',
      };
      expect(moved).toEqual({ ok: true, booking: expected, previous: booking });
      expect(await ledger.get(booking.id)).toEqual(expected);
      expect(await ledger.bookingsOf('p1')).toEqual([expected]);
      expect(await ledger.bookingsForWorker({ workerId: 'lw-ana', ...WEEK })).toEqual([]);
      expect(await ledger.bookingsForWorker({ workerId: 'lw-ben', ...WEEK })).toEqual([expected]);
      expect(await taken(ledger, 'lw-ana')).toEqual([]);
      expect(await taken(ledger, 'lw-ben')).toEqual([BEN_MON_9.id]);
      // A repeated move (a double tap) answers the same; the old slot is free, the new one is not.
      expect(
        await ledger.move({ bookingId: booking.id, owner: 'p1', to: BEN_MON_9, holdToken: token, now: NOW }),
      ).toEqual(moved);
      expect((await ledger.hold({ slot: BEN_MON_9, owner: 'p2', ttlMs: TTL, now: NOW })).ok).toBe(false);
      await book(ledger, MON_9, 'p2');
    },
  ],
  [
    'a move keeps the mode when none is given, and within one link worker',
    async (ledger) => {
      const booking = await book(ledger, TUE_9, 'p1');
      const token = await holdOk(ledger, MON_10, 'p1');
      const moved = await ledger.move({
        bookingId: booking.id,
        owner: 'p1',
        to: MON_10,
        holdToken: token,
        now: NOW,
      });
      expect(moved.ok && moved.booking.mode).toBe('inPerson');
      expect(await ledger.bookingsForWorker({ workerId: 'lw-ana', ...WEEK })).toEqual([
        { ...booking, slotId: MON_10.id, start: MON_10.start, end: MON_10.end },
      ]);
      expect(await taken(ledger)).toEqual([MON_10.id]);
    },
  ],
  [
    'a move to a taken slot, or without a live hold of its own, leaves the booking where it was',
    async (ledger) => {
      const mine = await book(ledger, MON_9, 'p1');
      const theirs = await book(ledger, MON_10, 'p2');
      const myHold = await holdOk(ledger, TUE_9, 'p1');
      const attempt = (to: LedgerSlot, holdToken: string) =>
        ledger.move({ bookingId: mine.id, owner: 'p1', to, holdToken, now: NOW });
      expect(await attempt(MON_10, myHold)).toEqual({ ok: false, reason: 'slotTaken' });
      const otherHold = await holdOk(ledger, MON_11, 'p3');
      expect(await attempt(MON_11, myHold)).toEqual({ ok: false, reason: 'slotTaken' });
      await ledger.releaseHold({ slotId: MON_11.id, holdToken: otherHold });
      expect(await attempt(MON_11, otherHold)).toEqual({ ok: false, reason: 'holdExpired' });
      expect(await ledger.get(mine.id)).toEqual(mine);
      expect(await ledger.get(theirs.id)).toEqual(theirs);
      expect(await taken(ledger)).toEqual([MON_9.id, MON_10.id, TUE_9.id]);
      expect((await attempt(TUE_9, myHold)).ok).toBe(true);
    },
  ],
  [
    'a move checks the owner, and that the booking exists and is not cancelled',
    async (ledger) => {
      const booking = await book(ledger, MON_9, 'p1');
      const token = await holdOk(ledger, MON_10, 'p1');
      const attempt = (bookingId: string, owner: string) =>
        ledger.move({ bookingId, owner, to: MON_10, holdToken: token, now: NOW });
      expect(await attempt(booking.id, 'p2')).toEqual({ ok: false, reason: 'notOwner' });
      expect(await attempt('no-such-booking', 'p1')).toEqual({ ok: false, reason: 'notFound' });
      await ledger.cancel({ bookingId: booking.id, owner: 'p1', now: NOW });
      expect(await attempt(booking.id, 'p1')).toEqual({ ok: false, reason: 'notFound' });
      expect(await taken(ledger)).toEqual([MON_10.id]);
    },
  ],
  [
    "takenSlotIds lists one worker's booked and held slots that start in [from, to)",
    async (ledger) => {
      await book(ledger, MON_9, 'p1');
      await holdOk(ledger, MON_10, 'p2');
      const released = await holdOk(ledger, MON_11, 'p3');
      await ledger.releaseHold({ slotId: MON_11.id, holdToken: released });
      const cancelled = await book(ledger, TUE_9, 'p4');
      await ledger.cancel({ bookingId: cancelled.id, owner: 'p4', now: NOW });
      await book(ledger, BEN_MON_9, 'p5');
      const atEnd = ana(WEEK.to);
      await book(ledger, atEnd, 'p6');
      const atStart = ana(WEEK.from);
      await holdOk(ledger, atStart, 'p7');
      expect(await taken(ledger)).toEqual([atStart.id, MON_10.id, MON_9.id].sort());
      expect(await taken(ledger, 'lw-ben')).toEqual([BEN_MON_9.id]);
      expect(await taken(ledger, 'lw-nobody')).toEqual([]);
    },
  ],
  [
    "takenSlotIds leaves out a hold that has expired by Redis's clock or by the given now",
    async (ledger) => {
      await holdOk(ledger, MON_9, 'p1', 40);
      await holdOk(ledger, MON_10, 'p2');
      await sleep(150);
      const ids = await ledger.takenSlotIds({ workerId: 'lw-ana', ...WEEK, now: later(150) });
      expect([...ids]).toEqual([MON_10.id]);
    },
  ],
  [
    'diaries gives each worker asked for its confirmed bookings and live holds that start in [from, to)',
    async (ledger) => {
      const tuesday = await book(ledger, TUE_9, 'p1');
      const nine = await book(ledger, MON_9, 'p2');
      await holdOk(ledger, MON_10, 'p3');
      const released = await holdOk(ledger, MON_11, 'p4');
      await ledger.releaseHold({ slotId: MON_11.id, holdToken: released });
      const dropped = await book(ledger, ana('2026-03-12T09:00:00.000Z'), 'p5');
      await ledger.cancel({ bookingId: dropped.id, owner: 'p5', now: NOW });
      const benNine = await book(ledger, BEN_MON_9, 'p6');
      await book(ledger, ana(WEEK.to), 'p7');
      await book(ledger, slot('lw-cat', MON_9.start), 'p8');
      const found = await ledger.diaries({ workerIds: ['lw-ana', 'lw-ben', 'lw-nobody'], ...WEEK, now: NOW });
      const entry = (booking: Booking) => ({
        bookingId: booking.id,
        slotId: booking.slotId,
        start: booking.start,
        end: booking.end,
      });
      expect([...found.keys()].sort()).toEqual(['lw-ana', 'lw-ben', 'lw-nobody']);
      expect(found.get('lw-ana')).toEqual({
        booked: [entry(nine), entry(tuesday)],
        heldSlotIds: [MON_10.id],
      });
      expect(found.get('lw-ben')).toEqual({ booked: [entry(benNine)], heldSlotIds: [] });
      expect(found.get('lw-nobody')).toEqual({ booked: [], heldSlotIds: [] });
    },
  ],
  [
    'diaries follow a move to another worker and leave out a hold that has expired',
    async (ledger) => {
      const booking = await book(ledger, MON_9, 'p1');
      const token = await holdOk(ledger, BEN_MON_9, 'p1');
      expect(
        (await ledger.move({ bookingId: booking.id, owner: 'p1', to: BEN_MON_9, holdToken: token, now: NOW }))
          .ok,
      ).toBe(true);
      await holdOk(ledger, TUE_9, 'p2', 40);
      await sleep(150);
      const found = await ledger.diaries({ workerIds: ['lw-ana', 'lw-ben'], ...WEEK, now: later(150) });
      expect(found.get('lw-ana')).toEqual({ booked: [], heldSlotIds: [] });
      expect(found.get('lw-ben')?.booked.map((entry) => [entry.bookingId, entry.slotId])).toEqual([
        [booking.id, BEN_MON_9.id],
      ]);
      expect(await ledger.diaries({ workerIds: [], ...WEEK, now: NOW })).toEqual(new Map());
    },
  ],
  [
    "bookingsOf lists one owner's confirmed bookings, soonest first",
    async (ledger) => {
      const tuesday = await book(ledger, TUE_9, 'p1');
      const eleven = await book(ledger, MON_11, 'p1');
      await book(ledger, MON_10, 'p2');
      const withBen = await book(ledger, BEN_MON_9, 'p1');
      const dropped = await book(ledger, MON_9, 'p1');
      await ledger.cancel({ bookingId: dropped.id, owner: 'p1', now: NOW });
      expect(await ledger.bookingsOf('p1')).toEqual([withBen, eleven, tuesday]);
      expect(await ledger.bookingsOf('nobody')).toEqual([]);
    },
  ],
  [
    "bookingsForWorker lists a worker's confirmed bookings that start in [from, to), soonest first",
    async (ledger) => {
      const tuesday = await book(ledger, TUE_9, 'p1');
      const nine = await book(ledger, MON_9, 'p2');
      const eleven = await book(ledger, MON_11, 'p3');
      await book(ledger, BEN_MON_9, 'p4');
      await book(ledger, ana('2026-03-16T09:00:00.000Z'), 'p5');
      const dropped = await book(ledger, MON_10, 'p6');
      await ledger.cancel({ bookingId: dropped.id, owner: 'p6', now: NOW });
      await holdOk(ledger, ana('2026-03-11T09:00:00.000Z'), 'p7');
      expect(await ledger.bookingsForWorker({ workerId: 'lw-ana', ...WEEK })).toEqual([
        nine,
        eleven,
        tuesday,
      ]);
      expect(
        await ledger.bookingsForWorker({
          workerId: 'lw-ana',
          from: MON_11.start,
          to: TUE_9.start,
        }),
      ).toEqual([eleven]);
    },
  ],
  [
    'throws for a start that is not an instant or a ttl under 1 ms: those are bugs, not outcomes',
    async (ledger) => {
      await expect(
        ledger.hold({ slot: { ...MON_9, start: 'Monday' }, owner: 'p1', ttlMs: TTL, now: NOW }),
      ).rejects.toThrow(RangeError);
      await expect(ledger.hold({ slot: MON_9, owner: 'p1', ttlMs: 0, now: NOW })).rejects.toThrow(RangeError);
      await expect(
        ledger.takenSlotIds({ workerId: 'lw-ana', from: 'soon', to: WEEK.to, now: NOW }),
      ).rejects.toThrow(RangeError);
      expect((await ledger.hold({ slot: MON_9, owner: 'p1', ttlMs: TTL, now: NOW })).ok).toBe(true);
    },
  ],
  [
    'forgets whose bookings they were, cancelled ones too, and keeps them for the link worker',
    async (ledger) => {
      const kept = await book(ledger, MON_9, 'p1');
      const cancelled = await book(ledger, MON_10, 'p1');
      const other = await book(ledger, MON_11, 'p2');
      expect((await ledger.cancel({ bookingId: cancelled.id, owner: 'p1', now: NOW })).ok).toBe(true);
      const forgotten = await ledger.forgetOwner({ owner: 'p1', bookingIds: [other.id, 'no-such-booking'] });
      expect(forgotten.map((booking) => booking.id).sort()).toEqual([kept.id, cancelled.id].sort());
      for (const booking of forgotten) {
        expect(booking.owner).toBe(`erased:${booking.id}`);
        expect(booking.referralId).toBeUndefined();
      }
      expect(await ledger.bookingsOf('p1')).toEqual([]);
      expect(await ledger.get(kept.id)).toMatchObject({ status: 'confirmed', owner: `erased:${kept.id}` });
      expect(await ledger.get(other.id)).toMatchObject({ owner: 'p2' });
      expect(await taken(ledger, 'lw-ana')).toEqual([MON_9.id, MON_11.id].sort());
      expect(await ledger.forgetOwner({ owner: 'p1', bookingIds: [] })).toEqual([]);
    },
  ],
];
