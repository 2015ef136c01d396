import { dayAvailability } from '../../domain/booking/availability';
import {
  bookingHorizonEnd,
  findSlot,
  generateSlots,
  validateSlotChoice,
} from '../../domain/booking/generateSlots';
import { matchSlots, type NoMatchReason } from '../../domain/booking/matchSlots';
import type { BookedRange, Slot } from '../../domain/booking/types';
import type { WeeklyWindow, WhenPreference } from '../../domain/booking/whenPreference';
import {
  type BankHolidayCalendar,
  type BankHolidayDivision,
  divisionOf,
  type Nation,
} from '../../domain/calendar/bankHolidays';
import {
  type IsoWeekday,
  instantToWallClock,
  minutesToMs,
  parseIsoInstant,
  toIsoInstant,
  UK_TIME_ZONE,
} from '../../domain/calendar/wallClock';
import type { LinkWorker, Site } from '../../domain/linkWorkers/schema';
import { PART_OF_DAY_HOURS } from '../../domain/needs/preferences';
import { type AvailabilityChange, withAvailabilityChanges } from '../../domain/staff/availabilityOverride';
import type {
  AvailabilityStore,
  Booking,
  BookingEvents,
  Cancellation,
  Clock,
  LedgerSlot,
  MeetingMode,
  SlotLedger,
} from '../ports';
import type { PatientContact, ReferralService } from '../referrals/referralService';
import type { BookingConfig } from './bookingConfig';
import { bookingCalendarFile } from './calendarFile';

/** A free slot as a patient is offered it: who, when, how and where. Plain JSON, kept in dialog state. */
export interface SlotOffer {
  /** `${workerId}:${start}`, the id the ledger and a card submit name it by. */
  readonly id: string;
  readonly workerId: string;
  readonly workerName: string;
  readonly start: string;
  readonly end: string;
  readonly modes: readonly MeetingMode[];
  /** Where an in-person meeting is held; null when the slot is phone or video only. */
  readonly site: { readonly id: string; readonly name: string } | null;
}

/** `hasMore`: another spread of times can be asked for (`page` + 1, or `exclude` the ones shown). */
export type SlotSearch =
  | { ok: true; offers: SlotOffer[]; hasMore?: boolean }
  | { ok: false; reason: NoMatchReason; alternatives: SlotOffer[]; hasMore?: boolean };

/** Why a slot chosen from an offer cannot be had now. */
export type SlotUnavailable =
  /** Someone else holds or has booked it. */
  | 'slotTaken'
  /** It is no longer in the link worker's hours (their diary changed, or it never was). */
  | 'outsideHours'
  /** It starts too soon now for the link worker to read the referral first. */
  | 'tooSoon'
  /** The id names no slot of a link worker this practice has. */
  | 'unknownSlot';

export interface SlotHold {
  readonly offer: SlotOffer;
  readonly holdToken: string;
  readonly expiresAt: string;
}

export type HoldResult = { ok: true; hold: SlotHold } | { ok: false; reason: SlotUnavailable };

/** A booking with what a person needs to read it: the link worker's name and, in person, the place. */
export interface BookingView {
  readonly booking: Booking;
  /** Null when the link worker is no longer in the configuration. */
  readonly worker: { readonly id: string; readonly name: string } | null;
  /** The site of an in-person meeting, with its address. */
  readonly site: Site | null;
}

export type ConfirmProblem =
  'slotTaken' | 'holdExpired' | 'outsideHours' | 'tooSoon' | 'unknownSlot' | 'modeUnavailable';

export type ConfirmResult =
  { ok: true; view: BookingView; alreadyConfirmed: boolean } | { ok: false; reason: ConfirmProblem };

export type CancelResult = { ok: true; view: BookingView } | { ok: false; reason: 'notFound' | 'notOwner' };

export type MoveResult =
  | { ok: true; view: BookingView; previous: BookingView }
  | { ok: false; reason: ConfirmProblem | 'notFound' | 'notOwner' };

export interface BookingServiceDeps {
  readonly ledger: SlotLedger;
  readonly clock: Clock;
  readonly referrals: ReferralService;
  readonly config: BookingConfig;
  /** How long a chosen slot is kept for the patient while they finish booking. */
  readonly holdTtlMs?: number | undefined;
  /** Link workers' own diary changes (leave, exceptions), laid on top of the configuration. */
  readonly availability?: AvailabilityStore;
  /** Told of every confirmed booking (the link worker's handoff); told again on a double tap. */
  readonly events?: BookingEvents;
}

// Long enough to choose how to meet, give a phone number and read the summary; short enough that a
// slot someone walked away from comes back the same morning.
export const DEFAULT_HOLD_TTL_MS = 10 * 60_000;

const DAY_MS = 24 * 60 * 60_000;

const ISO_WEEKDAY: Readonly<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', IsoWeekday>> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

/**
 * Booking a link-worker session, as use cases over the SlotLedger: find slots for what a person said,
 * hold one while they decide, confirm it, and later list, move or cancel it. Expected outcomes are
 * values; the ledger decides who gets a contested slot, atomically, and this service never retries
 * behind the patient's back.
 *
 * A slot is always re-derived from its id and the link worker's configuration, never taken from what
 * a dialog or a card sends back: a stale or forged slot cannot be booked outside the worker's hours.
 */
export class BookingService {
  private readonly workers: readonly LinkWorker[];
  private readonly nation: Nation | undefined;
  private readonly holdTtlMs: number;
  /** Each configured worker with their diary changes on top, by the changes (see withChanges). */
  private readonly changedWorkers = new WeakMap<LinkWorker, Map<string, LinkWorker>>();

  constructor(private readonly deps: BookingServiceDeps) {
    const { linkWorkers, practiceSiteId } = deps.config;
    this.workers = linkWorkers.linkWorkers.filter(
      (worker) => practiceSiteId === undefined || worker.sites.some((site) => site.id === practiceSiteId),
    );
    const practiceSite = linkWorkers.sites.find((site) => site.id === practiceSiteId);
    this.nation = practiceSite?.nation ?? this.workers[0]?.nation;
    this.holdTtlMs = deps.holdTtlMs ?? DEFAULT_HOLD_TTL_MS;
  }

  /**
   * What reading "when" needs to know about this practice: whose bank holidays apply, and how many
   * days ahead can be booked (the furthest any of its link workers allows).
   */
  whenContext(): {
    holidays: { calendar: BankHolidayCalendar; division: BankHolidayDivision };
    horizonDays: number;
  } {
    return {
      holidays: { calendar: this.deps.config.bankHolidays, division: divisionOf(this.nation ?? 'england') },
      horizonDays: Math.max(1, ...this.workers.map((worker) => worker.horizonDays)),
    };
  }

  /**
   * When the patient said they are usually free (the follow-up questions), as a request for slots, so
   * booking does not ask again. Undefined when they did not say, or gave no consent to keep it.
   */
  async usualTimes(patientKey: string): Promise<WhenPreference | undefined> {
    const availability = (await this.deps.referrals.get(patientKey))?.preferences.availability;
    const windows = availability?.windows ?? [];
    if (windows.length === 0) return undefined;
    const weekly: WeeklyWindow[] = windows.map((window) => ({
      weekday: ISO_WEEKDAY[window.weekday],
      from: window.start ?? PART_OF_DAY_HOURS[window.partOfDay].start,
      to: window.end ?? PART_OF_DAY_HOURS[window.partOfDay].end,
    }));
    return {
      timeZone: UK_TIME_ZONE,
      asap: true,
      dates: [],
      times: [],
      partOfDay: null,
      excludedWeekdays: (availability?.excludedWeekdays ?? []).map((day) => ISO_WEEKDAY[day]),
      weekly,
    };
  }

  /**
   * The best three free slots for what the person said (spread over different days), or the reason
   * nothing fits and the nearest alternatives. `exclude` leaves out slots already shown ("more").
   */
  /** The practice's link workers by id and name, as a person might ask for one. */
  workerNames(): { id: string; name: string }[] {
    return this.workers.map((worker) => ({ id: worker.id, name: worker.name }));
  }

  async findSlots(input: {
    when: WhenPreference;
    modes?: readonly MeetingMode[];
    /** Only these link workers' times (the one the person asked for). */
    workers?: readonly string[];
    /** Nearest times in those ways of meeting, never other ways at the time asked for (matchSlots). */
    modeFirst?: boolean;
    exclude?: readonly string[];
    count?: number;
    /** 0 for the first spread of times, 1 for the next, and so on. */
    page?: number;
  }): Promise<SlotSearch> {
    const now = this.deps.clock.now();
    const exclude = new Set(input.exclude ?? []);
    const perWorker = await this.freeSlots(now);
    const only = input.workers ? new Set(input.workers) : undefined;
    const slots = perWorker
      .flatMap((free) => free.slots)
      .filter((slot) => !exclude.has(slot.id) && (!only || only.has(slot.workerId)));
    const horizonEnd = perWorker
      .map((free) => free.horizonEnd)
      .sort()
      .at(-1);
    const result = matchSlots({
      slots,
      when: input.when,
      modes: input.modes,
      modeFirst: input.modeFirst,
      count: input.count,
      page: input.page,
      timeZone: UK_TIME_ZONE,
      bankHolidays: this.deps.config.bankHolidays,
      nation: this.nation,
      horizonEnd,
    });
    if (result.ok) {
      return { ok: true, offers: result.slots.map((slot) => this.offerOf(slot)), hasMore: result.hasMore };
    }
    return {
      ok: false,
      reason: result.reason,
      alternatives: result.alternatives.map((slot) => this.offerOf(slot)),
      hasMore: result.hasMore,
    };
  }

  /** Keeps a slot for this patient while they finish booking (or moving) it. */
  async hold(input: { slotId: string; owner: string }): Promise<HoldResult> {
    const now = this.deps.clock.now();
    const found = await this.resolveSlot(input.slotId, now);
    if (!found.ok) return found;
    const { slot, worker } = found;
    // A receptionist may have booked a time off the slot grid that overlaps this slot since it was
    // offered; the ledger only knows slots by id, so look at the diary around it too.
    if (await this.overlapsBooking(worker, slot, now)) return { ok: false, reason: 'slotTaken' };
    const held = await this.deps.ledger.hold({
      slot: ledgerSlot(slot),
      owner: input.owner,
      ttlMs: this.holdTtlMs,
      now,
    });
    if (!held.ok) return held;
    return {
      ok: true,
      hold: { offer: this.offerOf(slot), holdToken: held.holdToken, expiresAt: held.expiresAt },
    };
  }

  /** Lets a held slot go at once (the patient chose another), rather than when the hold expires. */
  releaseHold(input: { slotId: string; holdToken: string }): Promise<void> {
    return this.deps.ledger.releaseHold(input);
  }

  /**
   * Books a held slot. Confirming the same hold twice gives the same one booking. The booking joins
   * the patient's referral draft when there is one, so the link worker sees why they are coming.
   */
  async confirm(input: {
    slotId: string;
    holdToken: string;
    owner: string;
    mode: MeetingMode;
    bookedBy?: Booking['bookedBy'];
    /** How the link worker may reach the patient, as they agreed to give it. Kept on their referral draft. */
    contact?: PatientContact;
  }): Promise<ConfirmResult> {
    const now = this.deps.clock.now();
    const found = await this.resolveSlot(input.slotId, now);
    if (!found.ok) {
      await this.deps.ledger.releaseHold({ slotId: input.slotId, holdToken: input.holdToken });
      return found;
    }
    if (!found.slot.modes.includes(input.mode)) return { ok: false, reason: 'modeUnavailable' };
    const draft = await this.deps.referrals.get(input.owner);
    const outcome = await this.deps.ledger.confirm({
      slot: ledgerSlot(found.slot),
      holdToken: input.holdToken,
      owner: input.owner,
      mode: input.mode,
      ...(draft ? { referralId: draft.id } : {}),
      bookedBy: input.bookedBy ?? { kind: 'patient' },
      now,
    });
    if (!outcome.ok) return outcome;
    if (draft) {
      await this.deps.referrals.attachBooking(input.owner, outcome.booking.id, input.contact);
    }
    await this.deps.events?.confirmed(outcome.booking);
    return { ok: true, view: this.viewOf(outcome.booking), alreadyConfirmed: outcome.alreadyConfirmed };
  }

  /** The patient's bookings that have not finished yet, soonest first. */
  async myBookings(owner: string): Promise<BookingView[]> {
    const now = this.deps.clock.now().getTime();
    const bookings = await this.deps.ledger.bookingsOf(owner);
    return bookings
      .filter((booking) => (parseIsoInstant(booking.end) ?? 0) > now)
      .map((booking) => this.viewOf(booking));
  }

  async booking(bookingId: string): Promise<BookingView | undefined> {
    const booking = await this.deps.ledger.get(bookingId);
    return booking && this.viewOf(booking);
  }

  /** Cancels a booking; its link worker (or, after leave, its patient) is told apart from this turn. */
  async cancel(input: {
    bookingId: string;
    owner: string;
    cancellation?: Cancellation;
  }): Promise<CancelResult> {
    const outcome = await this.deps.ledger.cancel({
      bookingId: input.bookingId,
      owner: input.owner,
      now: this.deps.clock.now(),
    });
    if (!outcome.ok) return outcome;
    await this.deps.events?.cancelled({
      booking: outcome.booking,
      cancellation: input.cancellation ?? { by: 'patient' },
    });
    return { ok: true, view: this.viewOf(outcome.booking) };
  }

  /**
   * Moves a booking to a slot the patient holds. The ledger takes the new slot before it lets the
   * old one go, in one step, so the patient never ends up with both or neither.
   */
  async move(input: {
    bookingId: string;
    owner: string;
    slotId: string;
    holdToken: string;
    mode?: MeetingMode;
    /** What the patient agreed to give for the new way of meeting, if it changed. */
    contact?: PatientContact;
  }): Promise<MoveResult> {
    const now = this.deps.clock.now();
    const found = await this.resolveSlot(input.slotId, now);
    if (!found.ok) {
      await this.deps.ledger.releaseHold({ slotId: input.slotId, holdToken: input.holdToken });
      return found;
    }
    if (input.mode !== undefined && !found.slot.modes.includes(input.mode)) {
      return { ok: false, reason: 'modeUnavailable' };
    }
    const outcome = await this.deps.ledger.move({
      bookingId: input.bookingId,
      owner: input.owner,
      to: ledgerSlot(found.slot),
      holdToken: input.holdToken,
      ...(input.mode !== undefined ? { mode: input.mode } : {}),
      now,
    });
    if (!outcome.ok) return outcome;
    if (input.contact) await this.deps.referrals.setContact(input.owner, input.contact);
    await this.deps.events?.moved({ booking: outcome.booking, previous: outcome.previous });
    return { ok: true, view: this.viewOf(outcome.booking), previous: this.viewOf(outcome.previous) };
  }

  /**
   * The .ics for a booking, with the title and description already in the patient's language. A
   * cancelled booking gives the file that takes the entry out of their calendar.
   */
  calendarFile(view: BookingView, text: { title: string; description: string }): string {
    const { booking, site } = view;
    const stamp = this.deps.clock.now();
    const created = parseIsoInstant(booking.createdAt) ?? stamp.getTime();
    return bookingCalendarFile({
      uid: `${booking.id}@signpost`,
      start: booking.start,
      end: booking.end,
      title: text.title,
      description: text.description,
      ...(booking.mode === 'inPerson' && site ? { location: addressOf(site) } : {}),
      stamp,
      // The booking keeps its id when it is moved, so each later file must outrank the one the
      // patient already has; seconds since the booking was made always grow.
      sequence: Math.max(0, Math.floor((stamp.getTime() - created) / 1000)),
      cancelled: booking.status === 'cancelled',
    });
  }

  /** What the patient agreed to give their link worker (for the calendar file's words). */
  async contactOf(owner: string): Promise<{ name?: string; phone?: string; email?: string }> {
    const contact = (await this.deps.referrals.get(owner))?.contact;
    return {
      ...(contact?.name ? { name: contact.name } : {}),
      ...(contact?.phone ? { phone: contact.phone } : {}),
      ...(contact?.email ? { email: contact.email } : {}),
    };
  }

  /** A link worker's confirmed bookings between two instants, soonest first (their handoffs, their leave). */
  async workerBookings(input: { workerId: string; from: string; to: string }): Promise<BookingView[]> {
    const bookings = await this.deps.ledger.bookingsForWorker(input);
    return bookings.map((booking) => this.viewOf(booking));
  }

  /**
   * The worker as slots are made from: the configuration with their own diary changes on top. The same
   * changes give the same worker object, so the slots laid for it are not laid again (see generateSlots).
   */
  private async withChanges(worker: LinkWorker): Promise<LinkWorker> {
    if (!this.deps.availability) return worker;
    const changes = await this.deps.availability.forWorker(worker.id);
    if (changes.length === 0) return worker;
    let known = this.changedWorkers.get(worker);
    if (!known) {
      known = new Map();
      this.changedWorkers.set(worker, known);
    }
    const key = fingerprintOf(changes);
    let changed = known.get(key);
    if (!changed) {
      changed = withAvailabilityChanges(worker, changes);
      const oldest = known.keys().next();
      if (known.size >= CHANGED_WORKERS_KEPT && !oldest.done) known.delete(oldest.value);
      known.set(key, changed);
    }
    return changed;
  }

  /**
   * Every worker's free slots: the diaries of all of them are read at once (one read of the store,
   * whatever the number of bookings), over the furthest horizon any of them has.
   */
  private async freeSlots(now: Date): Promise<{ slots: Slot[]; horizonEnd: string }[]> {
    const workers = await Promise.all(this.workers.map((worker) => this.withChanges(worker)));
    const horizons = workers.map((worker) => bookingHorizonEnd({ worker, now, timeZone: UK_TIME_ZONE }));
    const furthest = horizons.reduce(
      (latest, end) => (end > latest ? end : latest),
      toIsoInstant(now.getTime()),
    );
    const diaries = await this.deps.ledger.diaries({
      workerIds: workers.map((worker) => worker.id),
      // A session that began before now can still overlap the first slots, so look back a day.
      from: toIsoInstant(now.getTime() - DAY_MS),
      to: furthest,
      now,
    });
    return workers.map((worker, i) => {
      const diary = diaries.get(worker.id);
      const taken = new Set([
        ...(diary?.booked ?? []).map((entry) => entry.slotId),
        ...(diary?.heldSlotIds ?? []),
      ]);
      const slots = generateSlots({
        worker,
        now,
        timeZone: UK_TIME_ZONE,
        bankHolidays: this.deps.config.bankHolidays,
        booked: (diary?.booked ?? []).map((entry): BookedRange => ({ start: entry.start, end: entry.end })),
      }).filter((slot) => !taken.has(slot.id));
      return { slots, horizonEnd: horizons[i] ?? furthest };
    });
  }

  private async resolveSlot(
    slotId: string,
    now: Date,
  ): Promise<{ ok: true; slot: Slot; worker: LinkWorker } | { ok: false; reason: SlotUnavailable }> {
    const at = slotId.indexOf(':');
    const configured =
      at > 0 ? this.workers.find((candidate) => candidate.id === slotId.slice(0, at)) : undefined;
    const worker = configured && (await this.withChanges(configured));
    const start = slotId.slice(at + 1);
    if (!worker || parseIsoInstant(start) === null) return { ok: false, reason: 'unknownSlot' };
    const slot = findSlot({
      id: slotId,
      worker,
      now,
      timeZone: UK_TIME_ZONE,
      bankHolidays: this.deps.config.bankHolidays,
    });
    if (slot) return { ok: true, slot, worker };
    const choice = validateSlotChoice({
      worker,
      now,
      start,
      timeZone: UK_TIME_ZONE,
      bankHolidays: this.deps.config.bankHolidays,
    });
    return { ok: false, reason: !choice.ok && choice.reason === 'tooSoon' ? 'tooSoon' : 'outsideHours' };
  }

  private async overlapsBooking(worker: LinkWorker, slot: Slot, now: Date): Promise<boolean> {
    const start = parseIsoInstant(slot.start) ?? 0;
    const end = parseIsoInstant(slot.end) ?? 0;
    const buffer = minutesToMs(worker.sessions.bufferMinutes);
    const diaries = await this.deps.ledger.diaries({
      workerIds: [worker.id],
      from: toIsoInstant(start - DAY_MS),
      to: slot.end,
      now,
    });
    const nearby = diaries.get(worker.id)?.booked ?? [];
    return nearby.some((booking) => {
      // A booking on this very slot is for the ledger's hold to judge: it refuses someone else, and a
      // patient's own booking there is a double tap, which confirm answers kindly.
      if (booking.slotId === slot.id) return false;
      const bookedStart = parseIsoInstant(booking.start) ?? 0;
      const bookedEnd = parseIsoInstant(booking.end) ?? 0;
      return bookedStart - buffer < end && start < bookedEnd + buffer;
    });
  }

  private offerOf(slot: Slot): SlotOffer {
    const worker = this.workers.find((candidate) => candidate.id === slot.workerId);
    return {
      id: slot.id,
      workerId: slot.workerId,
      workerName: worker?.name ?? '',
      start: slot.start,
      end: slot.end,
      modes: [...slot.modes],
      site: slot.site ? { id: slot.site.id, name: slot.site.name } : null,
    };
  }

  private viewOf(booking: Booking): BookingView {
    const worker = this.deps.config.linkWorkers.linkWorkers.find(
      (candidate) => candidate.id === booking.workerId,
    );
    return {
      booking,
      worker: worker ? { id: worker.id, name: worker.name } : null,
      site:
        worker && booking.mode === 'inPerson' ? siteOf(worker, booking, this.deps.config.bankHolidays) : null,
    };
  }
}

/** How many sets of diary changes of one worker are remembered; a worker changes their diary rarely. */
const CHANGED_WORKERS_KEPT = 4;

/** The same changes in the same order give the same text, whichever store read them. */
function fingerprintOf(changes: readonly AvailabilityChange[]): string {
  return JSON.stringify(
    changes.map((change) =>
      change.kind === 'leave'
        ? [change.kind, change.from, change.to]
        : [change.kind, change.date, change.start, change.end],
    ),
  );
}

function ledgerSlot(slot: Slot): LedgerSlot {
  return { id: slot.id, workerId: slot.workerId, start: slot.start, end: slot.end };
}

/**
 * The place of an in-person booking, from the worker's diary for that day: the booking names its slot,
 * not its site, and a worker may be at different sites on different days.
 */
function siteOf(
  worker: LinkWorker,
  booking: Booking,
  bankHolidays: BookingConfig['bankHolidays'],
): Site | null {
  const start = parseIsoInstant(booking.start);
  if (start === null) return null;
  const day = dayAvailability({
    worker,
    date: instantToWallClock(start, UK_TIME_ZONE).date,
    timeZone: UK_TIME_ZONE,
    bankHolidays,
    nation: worker.nation,
  });
  const piece = day.open
    ? day.pieces.find((candidate) => candidate.range.start <= start && start < candidate.range.end)
    : undefined;
  const siteId = piece?.siteId ?? worker.sites[0]?.id;
  return worker.sites.find((site) => site.id === siteId) ?? null;
}

function addressOf(site: Site): string {
  return [site.name, ...site.address.lines, site.address.town, site.address.postcode].join(', ');
}
