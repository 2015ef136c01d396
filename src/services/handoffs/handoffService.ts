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
import type { Booking, BookingEvents, Clock, HandoffNotifier, HandoffStore, Log } from '../ports';
import type { ReferralService } from '../referrals/referralService';
import type { StaffAudit } from '../staff/audit';
import type { StaffReferralService } from '../staff/staffReferralService';
import type { SafetyFlag } from '../safety/safetyFlag';
import type { HandoffRecord, HandoffView } from './handoff';

export interface HandoffServiceDeps {
  store: HandoffStore;
  booking: BookingService;
  referrals: ReferralService;
  staffReferrals: StaffReferralService;
  directory: StaffDirectory;
  audit: StaffAudit;
  clock: Clock;
  log: Log;
  /** Absent: handoffs wait in each link worker's inbox until they next talk to Signpost. */
  notifier?: HandoffNotifier;
  /** How long one instance may spend sending a handoff before another may try. */
  leaseMs?: number;
}

export type HandoffChange = { ok: true; view: HandoffView } | { ok: false; reason: 'notFound' | 'notYours' };

export interface HandoffList {
  /** Today's, and earlier ones still waiting for an outcome. */
  readonly today: HandoffView[];
  readonly upcoming: HandoffView[];
}

const DEFAULT_LEASE_MS = 30_000;
/** How far back a list looks for sessions still waiting for "attended" or "did not attend". */
const LOOK_BACK_DAYS = 14;
/** How far ahead a list looks: beyond any link worker's booking horizon. */
const LOOK_AHEAD_DAYS = 60;
const DAY_MS = 24 * 60 * 60_000;

/**
 * Handoffs: every confirmed booking becomes one, for its link worker. It is kept in the store first
 * (the outbox), then sent; if the link worker cannot be reached it waits for them, and it is marked
 * shown once, so it is shown once. What it shows is read at that moment from the booking and the
 * patient's referral draft: a patient with no draft (declined, or deleted their data) gets a minimal
 * handoff with only what the booking holds.
 */
export class HandoffService implements BookingEvents {
  constructor(private readonly deps: HandoffServiceDeps) {}

  /** A booking was confirmed: make its handoff and try to show it. Never fails the booking. */
  async confirmed(booking: Booking): Promise<void> {
    try {
      const record = this.recordFor(booking);
      const created = await this.deps.store.create(record);
      if (created) await this.deliver(record.id);
    } catch (err) {
      // Logged by id: the outbox sweep, or the link worker's next message, delivers it later.
      this.deps.log.error({ err, bookingId: booking.id }, 'handoff not made or not sent; it will be retried');
    }
  }

  /** Sends one handoff if it has not been shown; 'waiting' leaves it in the outbox. */
  async deliver(id: string): Promise<'shown' | 'waiting'> {
    const { store, notifier, directory } = this.deps;
    const record = await store.get(id);
    if (!record) return 'waiting';
    if (await store.isDelivered(id)) {
      await store.markDelivered({ id, workerId: record.workerId, at: this.now() });
      return 'shown';
    }
    const member = directory.forLinkWorker(record.workerId);
    if (!notifier || !member) return 'waiting';
    if (!(await store.claimDelivery({ id, ttlMs: this.deps.leaseMs ?? DEFAULT_LEASE_MS }))) return 'waiting';
    try {
      const view = await this.viewOf(record);
      if (!view) {
        await store.releaseDelivery(id);
        return 'waiting';
      }
      const outcome = await notifier.sendHandoff({ staffId: member.id, view });
      if (outcome === 'sent') {
        await store.markDelivered({ id, workerId: record.workerId, at: this.now() });
        return 'shown';
      }
      await store.releaseDelivery(id);
      return 'waiting';
    } catch (err) {
      await store.releaseDelivery(id).catch(() => undefined);
      this.deps.log.warn({ err, handoffId: id }, 'handoff not sent; it stays in the outbox');
      return 'waiting';
    }
  }

  /** Tries every handoff still in an outbox (at start-up and from time to time); returns how many were shown. */
  async deliverPending(): Promise<number> {
    let shown = 0;
    for (const member of this.deps.directory.members) {
      if (!member.linkWorkerId) continue;
      for (const id of await this.deps.store.outbox(member.linkWorkerId)) {
        if ((await this.deliver(id)) === 'shown') shown += 1;
      }
    }
    return shown;
  }

  /**
   * Handoffs waiting for this link worker, to show in the conversation they have just written in. Each
   * is leased to this turn; the caller shows it and then calls markShown.
   */
  async inbox(member: StaffMember): Promise<HandoffView[]> {
    const { store } = this.deps;
    if (!member.linkWorkerId) return [];
    const views: HandoffView[] = [];
    for (const id of await store.outbox(member.linkWorkerId)) {
      if (!(await store.claimDelivery({ id, ttlMs: this.deps.leaseMs ?? DEFAULT_LEASE_MS }))) continue;
      const record = await store.get(id);
      const view = record && !(await store.isDelivered(id)) ? await this.viewOf(record) : undefined;
      if (view) views.push(view);
      else if (record) await store.markDelivered({ id, workerId: record.workerId, at: this.now() });
      else await store.releaseDelivery(id);
    }
    return views;
  }

  async markShown(member: StaffMember, id: string): Promise<void> {
    if (!member.linkWorkerId) return;
    await this.deps.store.markDelivered({ id, workerId: member.linkWorkerId, at: this.now() });
  }

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
    await this.reconcile(member, range);
    const startOfToday = wallClockToInstant(today, 0, UK_TIME_ZONE);
    const views: HandoffView[] = [];
    for (const record of await this.deps.store.forWorker(range)) {
      const view = await this.viewOf(record);
      if (!view || view.handoff.status === 'cancelled') continue;
      const start = Date.parse(view.booking.start);
      const finished = view.handoff.status === 'attended' || view.handoff.status === 'didNotAttend';
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
      if (record.status === 'new') record.status = 'accepted';
      record.acceptedAt ??= now;
    });
  }

  recordAttendance(member: StaffMember, id: string, attended: boolean): Promise<HandoffChange> {
    return this.change(member, id, attended ? 'handoff.attended' : 'handoff.didNotAttend', (record, now) => {
      record.status = attended ? 'attended' : 'didNotAttend';
      record.acceptedAt ??= now;
      record.closedAt = now;
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
    return { ok: true };
  }

  /** The booking was cancelled because its link worker is away: the handoff closes, saying why. */
  async cancelledForLeave(id: string): Promise<void> {
    const record = await this.deps.store.get(id);
    if (!record || record.status === 'cancelled') return;
    record.status = 'cancelled';
    record.cancelledBecause = 'leave';
    record.closedAt = this.now();
    await this.deps.store.save(record);
  }

  /** The handoff a booking made, as its link worker would see it now (for the notifier and tests). */
  async viewFor(id: string): Promise<HandoffView | undefined> {
    const record = await this.deps.store.get(id);
    return record && this.viewOf(record);
  }

  private async change(
    member: StaffMember,
    id: string,
    action: 'handoff.accepted' | 'handoff.attended' | 'handoff.didNotAttend' | 'handoff.outcomeRecorded',
    apply: (record: HandoffRecord, now: string) => void,
  ): Promise<HandoffChange> {
    const found = await this.mine(member, id);
    if (!found.ok) return found;
    apply(found.record, this.now());
    await this.deps.store.save(found.record);
    await this.deps.audit.record(member, action, { handoffId: id, bookingId: id, code: found.record.status });
    const view = await this.viewOf(found.record);
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

  /** Bookings whose handoff was lost (the process stopped between booking and handoff) get one now. */
  private async reconcile(member: StaffMember, range: { workerId: string; from: string; to: string }) {
    for (const view of await this.deps.booking.workerBookings(range)) {
      if (view.booking.status !== 'confirmed') continue;
      const record = this.recordFor(view.booking);
      if (await this.deps.store.create(record)) await this.markShown(member, record.id);
    }
  }

  private recordFor(booking: Booking): HandoffRecord {
    return {
      id: booking.id,
      workerId: booking.workerId,
      patientKey: booking.owner,
      start: booking.start,
      createdAt: this.now(),
      status: 'new',
    };
  }

  private async viewOf(record: HandoffRecord): Promise<HandoffView | undefined> {
    const bookingView = await this.deps.booking.booking(record.id);
    if (!bookingView) return undefined;
    const { booking, site } = bookingView;
    if (booking.status === 'cancelled' && record.status !== 'cancelled') {
      record.status = 'cancelled';
      record.cancelledBecause ??= 'booking';
      record.closedAt ??= this.now();
      await this.deps.store.save(record);
    } else if (booking.start !== record.start) {
      record.start = booking.start;
      await this.deps.store.save(record);
    }
    const draft = await this.deps.referrals.get(record.patientKey);
    const staffReferral = draft ? await this.deps.staffReferrals.get(record.patientKey) : undefined;
    const agreed = staffReferral?.consent.decision === 'agreed' ? staffReferral : undefined;
    const phone = draft?.contact?.phone ? parseUkPhone(draft.contact.phone) : undefined;
    const wellbeing = draft?.wellbeing;
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
      referral: draft
        ? {
            needs: draft.whatMatters?.needs ?? [],
            ownWords: draft.whatMatters?.text ?? null,
            likedOffers: draft.likedOffers.map((offer) => offer.name),
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
            contactPhone: phone?.ok ? phone.display : null,
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

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
