import {
  addLocalDays,
  instantToWallClock,
  toIsoInstant,
  UK_TIME_ZONE,
  wallClockToInstant,
} from '../../domain/calendar/wallClock';
import type { StaffDirectory, StaffMember } from '../../domain/staff/staffDirectory';
import type { Ons4Scores } from '../../domain/wellbeing/ons4';
import { parseUkPhone } from '../../understanding/phone';
import type { BookingService } from '../booking/bookingService';
import type {
  Accepted,
  Booking,
  BookingEvents,
  Cancellation,
  Clock,
  HandoffNotifier,
  HandoffStore,
  Log,
  OutboundContent,
  OutboxStore,
} from '../ports';
import type { ReferralService } from '../referrals/referralService';
import type { StaffAudit } from '../staff/audit';
import type { StaffReferralService } from '../staff/staffReferralService';
import { referenceKey } from './conversationReference';
import type { HandoffCardRef, HandoffRecord, HandoffView } from './handoff';
import {
  backoffMs,
  isGivenUp,
  recipientKey,
  type OutboxKind,
  type OutboxMessage,
  type OutboxRecipient,
} from './outbox';
import type { SafetyFlag } from '../safety/safetyFlag';

export interface HandoffServiceDeps {
  store: HandoffStore;
  outbox: OutboxStore;
  booking: BookingService;
  referrals: ReferralService;
  staffReferrals: StaffReferralService;
  directory: StaffDirectory;
  audit: StaffAudit;
  clock: Clock;
  log: Log;
  /** Absent: messages wait in the outbox until each person next talks to Signpost. */
  notifier?: HandoffNotifier;
  /** How long one sender may spend on a message before another may try it. */
  leaseMs?: number;
  /** The wait after a first failure; it doubles with each failure up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Told whenever a message is queued, so delivery can start soon, apart from the current turn. */
  onQueued?: () => void;
}

export type HandoffChange =
  | { ok: true; view: HandoffView }
  | {
      ok: false;
      reason: 'notFound' | 'notYours' | 'tooEarly' | 'notAccepted' | 'tooLate' | 'notRecorded';
    };

/** A line of the link worker's list: the handoff and its booking, without the referral behind it. */
export type HandoffLine = Pick<HandoffView, 'handoff' | 'booking'>;

export interface HandoffList {
  /** Today's, and earlier ones still waiting for an outcome. */
  readonly today: HandoffLine[];
  readonly upcoming: HandoffLine[];
}

/** A message taken from the outbox to be shown in its recipient's own turn. */
export interface WaitingMessage {
  readonly message: OutboxMessage;
  readonly content: OutboundContent;
  readonly token: string;
  readonly version: number;
}

/** A message not delivered yet, for the staff inbox. */
export interface PendingDelivery {
  readonly message: OutboxMessage;
  /** The booking's start, when the booking is still known. */
  readonly start: string | null;
  /** The staff member it is for, or null for a patient. */
  readonly staffName: string | null;
  /** True once it has been given up (its session began before it could be sent). */
  readonly givenUp: boolean;
}

export type DeliveryResult = 'delivered' | 'failed' | 'busy' | 'dropped';

const DEFAULT_LEASE_MS = 60_000;
const DEFAULT_RETRY_MS = 60_000;
const DEFAULT_MAX_RETRY_MS = 60 * 60_000;
/** A patient's new times are worth sending for this long; then the link worker's list is the record. */
const REBOOK_OFFER_DAYS = 14;
/** A card already sent is worth redrawing for this long. */
const CARD_UPDATE_DAYS = 14;
/** How far back a list looks for sessions still waiting for "attended" or "did not attend". */
const LOOK_BACK_DAYS = 14;
/** How far ahead a list looks: beyond any link worker's booking horizon. */
const LOOK_AHEAD_DAYS = 60;
const DAY_MS = 24 * 60 * 60_000;
/** How many due messages one sweep sends at once. */
const SWEEP_CONCURRENCY = 4;

/**
 * Handoffs: every confirmed booking becomes one, for its link worker, and every later change to the
 * booking (moved, moved to another link worker, cancelled by the patient or by leave) reaches the
 * people it concerns. Each message is written to the outbox in the turn that made the change, and sent
 * apart from it (`deliverDue`, or in the person's own next turn); no turn waits for a channel. A
 * message is marked delivered only once the channel accepted it, so a failure is retried, with
 * backoff, and nothing is shown twice.
 *
 * What a message shows is read when it is sent, from the booking and the patient's referral draft: a
 * patient with no draft (declined, or deleted their data) gets a minimal handoff with only what the
 * booking holds.
 */
export class HandoffService implements BookingEvents {
  constructor(private readonly deps: HandoffServiceDeps) {}

  // ---------------------------------------------------------------------------------------------
  // Booking events: each writes the handoff and queues messages; nothing waits for a channel.

  async confirmed(booking: Booking): Promise<void> {
    await this.guard(booking.id, async () => {
      const record = this.recordFor(booking);
      if (await this.deps.store.create(record)) await this.queueNew(record);
    });
  }

  async moved(input: { booking: Booking; previous: Booking }): Promise<void> {
    const { booking, previous } = input;
    await this.guard(booking.id, async () => {
      const record = await this.deps.store.get(booking.id);
      if (!record) {
        await this.confirmed(booking);
        return;
      }
      const oldCards = record.cards;
      record.version += 1;
      record.start = booking.start;
      if (booking.workerId !== record.workerId) {
        const previousWorkerId = record.workerId;
        record.workerId = booking.workerId;
        record.movedFrom = previousWorkerId;
        record.status = 'new';
        delete record.acceptedAt;
        record.cards = [];
        await this.deps.store.save(record, previousWorkerId);
        const oldStaff = this.deps.directory.forLinkWorker(previousWorkerId);
        if (oldStaff) {
          await this.queue(
            record,
            'handoff.movedAway',
            { kind: 'staff', staffId: oldStaff.id },
            {
              previousStart: previous.start,
            },
          );
        }
        await this.queueCardUpdates(record, oldCards);
        await this.queueNew(record);
        return;
      }
      await this.deps.store.save(record);
      const staff = this.deps.directory.forLinkWorker(record.workerId);
      if (staff) {
        await this.queue(
          record,
          'handoff.moved',
          { kind: 'staff', staffId: staff.id },
          {
            previousStart: previous.start,
          },
        );
      }
      await this.queueCardUpdates(record, record.cards);
    });
  }

  async cancelled(input: { booking: Booking; cancellation: Cancellation }): Promise<void> {
    const { booking, cancellation } = input;
    await this.guard(booking.id, async () => {
      const record = (await this.deps.store.get(booking.id)) ?? this.recordFor(booking);
      if (!(await this.deps.store.get(booking.id))) await this.deps.store.create(record);
      if (record.status === 'cancelled') return;
      record.status = 'cancelled';
      record.cancelledBecause = cancellation.by;
      const reason = cancellation.by === 'leave' ? undefined : cancellation.reason?.trim().slice(0, 500);
      if (reason) record.cancelReason = reason;
      record.closedAt = this.now();
      record.version += 1;
      await this.deps.store.save(record);
      if (cancellation.by === 'leave') {
        // A receptionist's patient has no conversation with Signpost: their link worker calls them.
        if (booking.bookedBy.kind === 'patient') {
          await this.queue(
            record,
            'patient.cancelledByLeave',
            { kind: 'patient', patientKey: booking.owner },
            {},
            toIsoInstant(this.deps.clock.now().getTime() + REBOOK_OFFER_DAYS * DAY_MS),
          );
        }
      } else {
        const staff = this.deps.directory.forLinkWorker(record.workerId);
        if (staff) await this.queue(record, 'handoff.cancelled', { kind: 'staff', staffId: staff.id });
      }
      await this.queueCardUpdates(record, record.cards);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Delivery.

  /** Sends every message whose next try is due; returns how many were delivered. */
  async deliverDue(): Promise<number> {
    const ids = await this.deps.outbox.due({ now: this.deps.clock.now(), limit: 200 });
    let delivered = 0;
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next];
        next += 1;
        if (id !== undefined && (await this.deliver(id)) === 'delivered') delivered += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(SWEEP_CONCURRENCY, ids.length) }, worker));
    return delivered;
  }

  /** Tries one message now, whatever its backoff says. */
  async deliver(id: string): Promise<DeliveryResult> {
    const { outbox, log } = this.deps;
    const token = await outbox.claim({ id, ttlMs: this.leaseMs() });
    if (!token) return 'busy';
    try {
      const message = await outbox.get(id);
      if (!message) {
        await outbox.giveUp({ id, recipient: '', at: this.now(), reason: 'gone' });
        await outbox.release({ id, token });
        return 'dropped';
      }
      const recipient = recipientKey(message.recipient);
      if (await outbox.delivery(id)) {
        await outbox.markDelivered({ id, recipient, delivery: { at: this.now(), via: 'proactive' } });
        return 'delivered';
      }
      if (message.expiresAt && Date.parse(message.expiresAt) <= this.deps.clock.now().getTime()) {
        await outbox.giveUp({ id, recipient, at: this.now(), reason: 'expired' });
        await outbox.release({ id, token });
        return 'dropped';
      }
      const to = this.referenceKeyOf(message.recipient);
      const prepared = to ? await this.contentFor(message) : undefined;
      if (!to || !prepared) {
        await outbox.giveUp({
          id,
          recipient,
          at: this.now(),
          reason: to ? 'nothingToSend' : 'unknownRecipient',
        });
        await outbox.release({ id, token });
        return 'dropped';
      }
      if (!this.deps.notifier) {
        await outbox.release({ id, token });
        return 'busy';
      }
      const outcome = await this.deps.notifier.deliver({
        to,
        content: prepared.content,
        accepted: (accepted) => this.accepted(message, accepted, 'proactive', prepared.version),
      });
      if (outcome.ok) return 'delivered';
      const attempts = message.attempts + 1;
      const wait = backoffMs(
        attempts,
        this.deps.retryMs ?? DEFAULT_RETRY_MS,
        this.deps.maxRetryMs ?? DEFAULT_MAX_RETRY_MS,
      );
      await outbox.recordFailure({
        id,
        token,
        at: this.now(),
        reason: outcome.reason,
        nextAttemptAt: toIsoInstant(this.deps.clock.now().getTime() + wait),
      });
      log.warn(
        { messageId: id, kind: message.kind, attempts, reason: outcome.reason },
        'message not delivered; it will be tried again',
      );
      return 'failed';
    } catch (err) {
      await outbox.release({ id, token }).catch(() => undefined);
      log.warn({ err, messageId: id }, 'message not delivered; it stays in the outbox');
      return 'failed';
    }
  }

  /**
   * Messages waiting for someone who is writing now, to show in their own turn, oldest first and at
   * most `limit` of them (the rest are not touched). With `failedOnly`, only those the outbox has
   * tried to push and could not: one not tried yet is on its way by the outbox already. With `kinds`,
   * only messages of those kinds: the others are left alone, without taking their lease. Each is
   * leased to this turn: the caller shows it, then calls `shownInTurn` (or `putBack` if it could not).
   */
  async takeWaiting(
    recipient: OutboxRecipient,
    options: { limit?: number; failedOnly?: boolean; kinds?: readonly OutboxKind[] } = {},
  ): Promise<WaitingMessage[]> {
    const { outbox } = this.deps;
    const { failedOnly, kinds } = options;
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const ids = await outbox.forRecipient(recipientKey(recipient));
    // Which to take is decided on the messages as first read, all read at once: one round trip to
    // the store, not one for each message waiting (most are on their way by the outbox anyway).
    const sift = failedOnly || kinds;
    const firstRead = sift ? await Promise.all(ids.map((id) => outbox.get(id))) : [];
    const taken: WaitingMessage[] = [];
    for (const [index, id] of ids.entries()) {
      if (taken.length >= limit) break;
      const seen = firstRead[index];
      // Tries only count up: one not tried when read is left alone, without taking its lease.
      if (failedOnly && seen?.attempts === 0) continue;
      if (kinds && seen && !kinds.includes(seen.kind)) continue;
      const token = await outbox.claim({ id, ttlMs: this.leaseMs() });
      if (!token) continue;
      const [message, delivered] = await Promise.all([outbox.get(id), outbox.delivery(id)]);
      const prepared = message && !delivered ? await this.contentFor(message) : undefined;
      if (message && prepared) {
        taken.push({ message, content: prepared.content, token, version: prepared.version });
      } else {
        await outbox.giveUp({
          id,
          recipient: recipientKey(recipient),
          at: this.now(),
          reason: 'nothingToSend',
        });
        await outbox.release({ id, token });
      }
    }
    return taken;
  }

  shownInTurn(waiting: WaitingMessage, accepted: Accepted): Promise<void> {
    return this.accepted(waiting.message, accepted, 'inTurn', waiting.version);
  }

  putBack(waiting: WaitingMessage): Promise<void> {
    return this.deps.outbox.release({ id: waiting.message.id, token: waiting.token });
  }

  /** Messages not delivered yet (and those given up), oldest first, for the staff inbox. */
  async pendingDeliveries(limit = 50): Promise<PendingDelivery[]> {
    const messages = await this.deps.outbox.pending(limit);
    const result: PendingDelivery[] = [];
    for (const message of messages) {
      const booking = await this.deps.booking.booking(message.bookingId);
      const staff =
        message.recipient.kind === 'staff' ? this.deps.directory.byId(message.recipient.staffId) : undefined;
      result.push({
        message,
        start: booking?.booking.start ?? null,
        staffName: staff?.name ?? null,
        givenUp: isGivenUp(message),
      });
    }
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // The link worker's own tools.

  /** The link worker's handoffs: today's (and any still waiting for an outcome), then upcoming. */
  async list(member: StaffMember): Promise<HandoffList> {
    const workerId = member.linkWorkerId;
    if (!workerId) return { today: [], upcoming: [] };
    const now = this.deps.clock.now().getTime();
    const today = instantToWallClock(now, UK_TIME_ZONE).date;
    const endOfToday = wallClockToInstant(addLocalDays(today, 1), 0, UK_TIME_ZONE);
    const range = {
      workerId,
      from: toIsoInstant(now - LOOK_BACK_DAYS * DAY_MS),
      to: toIsoInstant(now + LOOK_AHEAD_DAYS * DAY_MS),
    };
    const known = await this.deps.store.forWorker(range);
    // Read again only when a lost handoff was just made: most lists have none to make.
    const records = (await this.reconcile(range, known)) ? await this.deps.store.forWorker(range) : known;
    const startOfToday = wallClockToInstant(today, 0, UK_TIME_ZONE);
    const views: HandoffLine[] = [];
    // Each record's booking is read at once, not one record after another: a busy fortnight's list
    // took a round trip to the store per record. A line needs no referral: one is read when opened.
    for (const view of await Promise.all(records.map((record) => this.lineOf(record)))) {
      if (!view) continue;
      const start = Date.parse(view.booking.start);
      const finished = ['attended', 'didNotAttend', 'cancelled'].includes(view.handoff.status);
      // Past sessions stay while they wait for an outcome; a cancelled one stays until its day is over.
      if (start < startOfToday && finished) continue;
      views.push(view);
    }
    views.sort((a, b) => Date.parse(a.booking.start) - Date.parse(b.booking.start));
    await this.deps.audit.record(member, 'handoff.listed');
    return {
      today: views.filter((view) => Date.parse(view.booking.start) < endOfToday),
      upcoming: views.filter((view) => Date.parse(view.booking.start) >= endOfToday),
    };
  }

  async open(member: StaffMember, id: string): Promise<HandoffChange> {
    const found = await this.mine(member, id);
    if (!found.ok) return found;
    const view = await this.viewOf(found.record);
    if (!view) return { ok: false, reason: 'notFound' };
    await this.deps.audit.record(member, 'handoff.opened', { handoffId: id, bookingId: id });
    return { ok: true, view };
  }

  accept(member: StaffMember, id: string): Promise<HandoffChange> {
    return this.change(member, id, 'handoff.accepted', (record, now) => {
      if (record.status === 'cancelled') return 'notFound';
      if (record.status === 'new') record.status = 'accepted';
      record.acceptedAt ??= now;
      return undefined;
    });
  }

  /**
   * Whether the patient came: only from the session's start, and only on a referral the link worker
   * accepted. It can be undone the same day (undoAttendance).
   */
  recordAttendance(member: StaffMember, id: string, attended: boolean): Promise<HandoffChange> {
    return this.change(member, id, attended ? 'handoff.attended' : 'handoff.didNotAttend', (record, now) => {
      if (record.status !== 'accepted') return 'notAccepted';
      if (this.deps.clock.now().getTime() < Date.parse(record.start)) return 'tooEarly';
      record.status = attended ? 'attended' : 'didNotAttend';
      record.closedAt = now;
      return undefined;
    });
  }

  /** Takes back "they came" or "they did not come", on the day it was recorded. */
  undoAttendance(member: StaffMember, id: string): Promise<HandoffChange> {
    return this.change(member, id, 'handoff.attendanceUndone', (record) => {
      if (record.status !== 'attended' && record.status !== 'didNotAttend') return 'notRecorded';
      if (!record.closedAt || !this.sameUkDay(record.closedAt, this.now())) return 'tooLate';
      record.status = 'accepted';
      delete record.closedAt;
      return undefined;
    });
  }

  recordOutcome(
    member: StaffMember,
    id: string,
    outcome: { notes?: string; wellbeing?: Ons4Scores },
  ): Promise<HandoffChange> {
    return this.change(member, id, 'handoff.outcomeRecorded', (record, now) => {
      const notes = outcome.notes?.trim().slice(0, 2000);
      const wellbeing =
        outcome.wellbeing && Object.keys(outcome.wellbeing).length ? outcome.wellbeing : undefined;
      record.outcome = { at: now, ...(notes ? { notes } : {}), ...(wellbeing ? { wellbeing } : {}) };
      return undefined;
    });
  }

  /** A red flag in a link worker's outcome note: kept on the patient's draft, so the card shows it. */
  async recordSafetyFlag(
    member: StaffMember,
    id: string,
    flag: SafetyFlag,
  ): Promise<{ ok: true } | { ok: false; reason: 'notFound' | 'notYours' | 'noConsent' }> {
    const found = await this.mine(member, id);
    if (!found.ok) return found;
    const kept = await this.deps.referrals.fileSafetyFlag(found.record.patientKey, flag);
    if (!kept.ok) return kept;
    await this.deps.audit.record(member, 'handoff.safetyFlag', {
      handoffId: id,
      bookingId: id,
      code: flag.urgency ?? 'flag',
    });
    // The card already sent shows the flag too.
    found.record.version += 1;
    await this.deps.store.save(found.record);
    await this.queueCardUpdates(found.record, found.record.cards);
    return { ok: true };
  }

  /** The handoff a booking made, as its link worker would see it now. */
  async viewFor(id: string): Promise<HandoffView | undefined> {
    const record = await this.deps.store.get(id);
    return record && this.viewOf(record);
  }

  // ---------------------------------------------------------------------------------------------

  private async change(
    member: StaffMember,
    id: string,
    action:
      | 'handoff.accepted'
      | 'handoff.attended'
      | 'handoff.didNotAttend'
      | 'handoff.attendanceUndone'
      | 'handoff.outcomeRecorded',
    apply: (record: HandoffRecord, now: string) => Exclude<HandoffChange, { ok: true }>['reason'] | undefined,
  ): Promise<HandoffChange> {
    const found = await this.mine(member, id);
    if (!found.ok) return found;
    const refused = apply(found.record, this.now());
    if (refused) return { ok: false, reason: refused };
    found.record.version += 1;
    await this.deps.store.save(found.record);
    // Once the change is saved, its audit entry, the cards to redraw and the view are independent:
    // made at once, a link worker's busy turn waits for one round trip to the store, not three.
    const [, , view] = await Promise.all([
      this.deps.audit.record(member, action, { handoffId: id, bookingId: id, code: found.record.status }),
      this.queueCardUpdates(found.record, found.record.cards),
      this.viewOf(found.record),
    ]);
    return view ? { ok: true, view } : { ok: false, reason: 'notFound' };
  }

  private async mine(
    member: StaffMember,
    id: string,
  ): Promise<{ ok: true; record: HandoffRecord } | { ok: false; reason: 'notFound' | 'notYours' }> {
    const record = await this.deps.store.get(id);
    if (!record) return { ok: false, reason: 'notFound' };
    if (record.workerId !== member.linkWorkerId) return { ok: false, reason: 'notYours' };
    return { ok: true, record };
  }

  /**
   * Bookings whose handoff was lost (the process stopped between booking and handoff) get one now.
   * Only bookings with no handoff among `known` are tried, so a list costs no write per booking.
   * True when there was one to make.
   */
  private async reconcile(
    range: { workerId: string; from: string; to: string },
    known: readonly HandoffRecord[],
  ): Promise<boolean> {
    const ids = new Set(known.map((record) => record.id));
    const records = (await this.deps.booking.workerBookings(range))
      .filter((view) => view.booking.status === 'confirmed' && !ids.has(view.booking.id))
      .map((view) => this.recordFor(view.booking));
    const created = await Promise.all(records.map((record) => this.deps.store.create(record)));
    for (const [index, record] of records.entries()) {
      if (created[index]) await this.queueNew(record);
    }
    return records.length > 0;
  }

  private recordFor(booking: Booking): HandoffRecord {
    return {
      id: booking.id,
      workerId: booking.workerId,
      patientKey: booking.owner,
      start: booking.start,
      createdAt: this.now(),
      status: 'new',
      version: 0,
      cards: [],
    };
  }

  private async queueNew(record: HandoffRecord): Promise<void> {
    const staff = this.deps.directory.forLinkWorker(record.workerId);
    if (!staff) return;
    await this.queue(record, 'handoff.new', { kind: 'staff', staffId: staff.id });
  }

  private async queueCardUpdates(record: HandoffRecord, cards: readonly HandoffCardRef[]): Promise<void> {
    // A card in a chat that takes no updates is not tried for ever.
    const expiresAt = toIsoInstant(this.deps.clock.now().getTime() + CARD_UPDATE_DAYS * DAY_MS);
    await Promise.all(
      cards.map((card, index) =>
        this.queue(
          record,
          'handoff.cardUpdate',
          { kind: 'staff', staffId: card.staffId },
          { card },
          expiresAt,
          `card${index}`,
        ),
      ),
    );
  }

  private async queue(
    record: HandoffRecord,
    kind: OutboxKind,
    recipient: OutboxRecipient,
    details: OutboxMessage['details'] = {},
    expiresAt?: string,
    suffix = '',
  ): Promise<void> {
    const now = this.now();
    const message: OutboxMessage = {
      id: `${record.id}:${kind}${suffix}:v${record.version}`,
      kind,
      recipient,
      bookingId: record.id,
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
      ...(expiresAt ? { expiresAt } : {}),
      ...(details && Object.keys(details).length ? { details } : {}),
    };
    if (await this.deps.outbox.add(message)) this.deps.onQueued?.();
  }

  /** What a message shows now; undefined when there is nothing left to show. */
  private async contentFor(
    message: OutboxMessage,
  ): Promise<{ content: OutboundContent; version: number } | undefined> {
    if (message.kind === 'patient.cancelledByLeave') {
      const cancelled = await this.deps.booking.booking(message.bookingId);
      if (!cancelled) return undefined;
      return { content: { kind: 'rebook', cancelled }, version: 0 };
    }
    const record = await this.deps.store.get(message.bookingId);
    const view = record && (await this.viewOf(record));
    if (!record || !view) return undefined;
    const previousStart = message.details?.previousStart;
    switch (message.kind) {
      case 'handoff.new':
        return { content: { kind: 'handoffCard', view }, version: record.version };
      case 'handoff.moved':
      case 'handoff.movedAway':
      case 'handoff.cancelled':
        return {
          content: {
            kind: 'handoffNotice',
            view,
            notice:
              message.kind === 'handoff.moved'
                ? 'moved'
                : message.kind === 'handoff.movedAway'
                  ? 'movedAway'
                  : 'cancelled',
            ...(previousStart ? { previousStart } : {}),
          },
          version: record.version,
        };
      case 'handoff.cardUpdate': {
        const card = message.details?.card;
        if (!card) return undefined;
        const owner = this.deps.directory.forLinkWorker(record.workerId);
        return {
          content: { kind: 'cardUpdate', view, card, movedAway: owner?.id !== card.staffId },
          version: record.version,
        };
      }
    }
  }

  /** Called inside the send's own turn, right after the channel accepted it. */
  private async accepted(
    message: OutboxMessage,
    accepted: Accepted,
    via: 'proactive' | 'inTurn',
    version: number,
  ): Promise<void> {
    const recipient = recipientKey(message.recipient);
    await this.deps.outbox.markDelivered({
      id: message.id,
      recipient,
      delivery: {
        at: this.now(),
        via,
        ...(accepted.activityId ? { activityId: accepted.activityId } : {}),
      },
    });
    if (message.kind !== 'handoff.new' || message.recipient.kind !== 'staff') return;
    const record = await this.deps.store.get(message.bookingId);
    if (!record) return;
    if (accepted.activityId) {
      const card: HandoffCardRef = {
        staffId: message.recipient.staffId,
        activityId: accepted.activityId,
        reference: accepted.reference,
        version,
      };
      record.cards = [...record.cards.filter((known) => known.activityId !== card.activityId), card].slice(
        -20,
      );
      await this.deps.store.save(record);
      // The booking changed while the card was on its way: draw it again.
      if (record.version > version) await this.queueCardUpdates(record, [card]);
    }
  }

  private referenceKeyOf(recipient: OutboxRecipient): string | undefined {
    if (recipient.kind === 'patient') return referenceKey.patient(recipient.patientKey);
    return this.deps.directory.byId(recipient.staffId) ? referenceKey.staff(recipient.staffId) : undefined;
  }

  /** The handoff and its booking, brought in step with the booking if it changed. */
  private async lineOf(record: HandoffRecord): Promise<HandoffLine | undefined> {
    const bookingView = await this.deps.booking.booking(record.id);
    if (!bookingView) return undefined;
    const { booking, site } = bookingView;
    if (booking.status === 'cancelled' && record.status !== 'cancelled') {
      // A booking cancelled before its event was kept (an older release): close the handoff now.
      record.status = 'cancelled';
      record.cancelledBecause ??= 'booking';
      record.closedAt ??= this.now();
      await this.deps.store.save(record);
    } else if (booking.start !== record.start) {
      record.start = booking.start;
      await this.deps.store.save(record);
    }
    return {
      handoff: record,
      booking: {
        id: booking.id,
        start: booking.start,
        end: booking.end,
        mode: booking.mode,
        status: booking.status,
        siteName: site?.name ?? null,
        bookedBy: booking.bookedBy.kind,
      },
    };
  }

  private async viewOf(record: HandoffRecord): Promise<HandoffView | undefined> {
    // The referral is read with the booking, not after it: one round trip to the store, not three.
    const [line, draft, staffReferral] = await Promise.all([
      this.lineOf(record),
      this.deps.referrals.get(record.patientKey),
      this.deps.staffReferrals.get(record.patientKey),
    ]);
    if (!line) return undefined;
    const agreed = draft && staffReferral?.consent.decision === 'agreed' ? staffReferral : undefined;
    const phone = draft?.contact?.phone ? parseUkPhone(draft.contact.phone) : undefined;
    const wellbeing = draft?.wellbeing;
    return {
      ...line,
      referral: draft
        ? {
            needs: draft.whatMatters?.needs ?? [],
            ownWords: draft.whatMatters?.text ?? null,
            likedOffers: draft.likedOffers.map((offer) => offer.name),
            enjoys: draft.preferences.interestsText ?? null,
            wellbeing: wellbeing
              ? {
                  ...(wellbeing.lifeSatisfaction !== undefined
                    ? { lifeSatisfaction: wellbeing.lifeSatisfaction }
                    : {}),
                  ...(wellbeing.worthwhile !== undefined ? { worthwhile: wellbeing.worthwhile } : {}),
                  ...(wellbeing.happiness !== undefined ? { happiness: wellbeing.happiness } : {}),
                  ...(wellbeing.anxiety !== undefined ? { anxiety: wellbeing.anxiety } : {}),
                }
              : null,
            safetyFlags: draft.safetyFlags,
            languages: draft.preferences.languages ?? [],
            accessNeeds: draft.preferences.accessNeeds ?? [],
            contact: {
              name: draft.contact?.name ?? null,
              phone: phone?.ok ? phone.display : null,
              email: draft.contact?.email ?? null,
            },
          }
        : null,
      patient: agreed
        ? {
            name: agreed.patient.name,
            dateOfBirth: agreed.patient.dateOfBirth,
            nhsNumber: agreed.patient.nhsNumber ?? null,
            phone: agreed.patient.phone?.display ?? null,
            preferredContact: agreed.patient.preferredContact,
            language: agreed.patient.language,
            interpreter: agreed.patient.interpreter,
          }
        : null,
    };
  }

  private async guard(bookingId: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      // The booking itself stands; the link worker's list (reconcile) makes a lost handoff again.
      this.deps.log.error({ err, bookingId }, 'handoff not updated after a booking change');
    }
  }

  private sameUkDay(a: string, b: string): boolean {
    const day = (iso: string) => instantToWallClock(Date.parse(iso), UK_TIME_ZONE).date;
    return day(a) === day(b);
  }

  private leaseMs(): number {
    return this.deps.leaseMs ?? DEFAULT_LEASE_MS;
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
