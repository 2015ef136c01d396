import {
  addLocalDays,
  instantToWallClock,
  minutesOfDay,
  toIsoInstant,
  UK_TIME_ZONE,
  wallClockToInstant,
} from '../../domain/calendar/wallClock';
import {
  checkAvailabilityChange,
  type AvailabilityChange,
  type AvailabilityChangeProblem,
} from '../../domain/staff/availabilityOverride';
import type { StaffMember } from '../../domain/staff/staffDirectory';
import type { BookingService, BookingView } from '../booking/bookingService';
import type { AvailabilityStore, Clock } from '../ports';
import type { StaffAudit } from './audit';

export type AvailabilityPreview =
  { ok: true; affected: BookingView[] } | { ok: false; reason: AvailabilityChangeProblem | 'notALinkWorker' };

export type AvailabilityResult =
  | {
      ok: true;
      cancelled: BookingView[];
      /** Patients who booked in Signpost: each is being sent new times (see the outbox). */
      offeredNewTimes: BookingView[];
      /** Patients a receptionist booked: Signpost cannot reach them, so the link worker contacts them. */
      callThem: BookingView[];
    }
  | { ok: false; reason: AvailabilityChangeProblem | 'notALinkWorker' };

/**
 * A link worker's own changes to their diary: leave, time off on one day, extra hours. Slots are made
 * from the configuration with these on top (BookingService reads the same store). A change that
 * removes booked sessions says which first; once the link worker goes ahead, those bookings are
 * cancelled, and each patient who booked in Signpost is sent new times they can pick (through the
 * outbox, in that conversation or their next one). Patients a receptionist booked have no conversation
 * with Signpost: the link worker is given them, to contact themselves.
 */
export class AvailabilityService {
  constructor(
    private readonly deps: {
      store: AvailabilityStore;
      booking: BookingService;
      audit: StaffAudit;
      clock: Clock;
    },
  ) {}

  async preview(member: StaffMember, change: AvailabilityChange): Promise<AvailabilityPreview> {
    const workerId = member.linkWorkerId;
    if (!workerId) return { ok: false, reason: 'notALinkWorker' };
    const checked = checkAvailabilityChange(change, this.today());
    if (!checked.ok) return checked;
    return { ok: true, affected: await this.affected(workerId, change) };
  }

  async apply(member: StaffMember, change: AvailabilityChange): Promise<AvailabilityResult> {
    const preview = await this.preview(member, change);
    if (!preview.ok) return preview;
    const workerId = member.linkWorkerId ?? '';
    const { booking, audit } = this.deps;
    // The change is stored first, so no new booking can take a slot inside it while we cancel.
    await this.deps.store.add({ workerId, change, by: member.id, at: this.deps.clock.now().toISOString() });
    await audit.record(member, 'availability.changed', { code: change.kind });
    const cancelled: BookingView[] = [];
    for (const view of preview.affected) {
      const done = await booking.cancel({
        bookingId: view.booking.id,
        owner: view.booking.owner,
        cancellation: { by: 'leave' },
      });
      if (!done.ok) continue;
      cancelled.push(done.view);
      await audit.record(member, 'availability.bookingCancelled', { bookingId: done.view.booking.id });
    }
    return {
      ok: true,
      cancelled,
      offeredNewTimes: cancelled.filter((view) => view.booking.bookedBy.kind === 'patient'),
      callThem: cancelled.filter((view) => view.booking.bookedBy.kind !== 'patient'),
    };
  }

  private async affected(workerId: string, change: AvailabilityChange): Promise<BookingView[]> {
    if (change.kind === 'add') return [];
    const [from, to] =
      change.kind === 'leave'
        ? [
            wallClockToInstant(change.from, 0, UK_TIME_ZONE),
            wallClockToInstant(addLocalDays(change.to, 1), 0, UK_TIME_ZONE),
          ]
        : [
            wallClockToInstant(change.date, minutesOfDay(change.start), UK_TIME_ZONE),
            wallClockToInstant(change.date, minutesOfDay(change.end), UK_TIME_ZONE),
          ];
    // A session that started before the time off can still run into it, so look back a day.
    const views = await this.deps.booking.workerBookings({
      workerId,
      from: toIsoInstant(from - 24 * 60 * 60_000),
      to: toIsoInstant(to),
    });
    const now = this.deps.clock.now().getTime();
    return views.filter((view) => {
      const start = Date.parse(view.booking.start);
      const end = Date.parse(view.booking.end);
      return view.booking.status === 'confirmed' && start < to && end > from && end > now;
    });
  }

  private today(): string {
    return instantToWallClock(this.deps.clock.now().getTime(), UK_TIME_ZONE).date;
  }
}
