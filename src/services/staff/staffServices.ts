import type { StaffDirectory } from '../../domain/staff/staffDirectory';
import type { BookingService } from '../booking/bookingService';
import { HandoffService } from '../handoffs/handoffService';
import type {
  AuditLog,
  AvailabilityStore,
  Clock,
  HandoffNotifier,
  HandoffStore,
  Log,
  OutboxStore,
  StaffReferralStore,
} from '../ports';
import type { ReferralService } from '../referrals/referralService';
import { StaffAudit } from './audit';
import { AvailabilityService } from './availabilityService';
import { StaffReferralService } from './staffReferralService';

export interface StaffServicesDeps {
  storage: {
    audit: AuditLog;
    staffReferrals: StaffReferralStore;
    handoffs: HandoffStore;
    outbox: OutboxStore;
    availability: AvailabilityStore;
  };
  directory: StaffDirectory;
  referrals: ReferralService;
  booking: BookingService;
  clock: Clock;
  log: Log;
  /** Absent: messages wait in the outbox until each person next writes. */
  notifier?: HandoffNotifier;
  /** How the outbox retries (see HandoffServiceDeps). */
  delivery?: { leaseMs?: number; retryMs?: number; maxRetryMs?: number; onQueued?: () => void };
  /** Ids for new referrals and their opaque patient keys (tests fix them). */
  newId?: () => string;
}

/** Builds the staff use cases over their stores; the composition root wires the result. */
export function createStaffServices(deps: StaffServicesDeps) {
  const { storage, directory, referrals, booking, clock, log, notifier } = deps;
  const audit = new StaffAudit({ log: storage.audit, clock });
  const staffReferrals = new StaffReferralService({
    store: storage.staffReferrals,
    referrals,
    audit,
    clock,
    ...(deps.newId ? { newId: deps.newId } : {}),
  });
  const handoffs = new HandoffService({
    store: storage.handoffs,
    outbox: storage.outbox,
    ...deps.delivery,
    booking,
    referrals,
    staffReferrals,
    directory,
    audit,
    clock,
    log,
    ...(notifier ? { notifier } : {}),
  });
  const availability = new AvailabilityService({
    store: storage.availability,
    booking,
    audit,
    clock,
  });
  return { audit, staffReferrals, handoffs, availability };
}

export type StaffServices = ReturnType<typeof createStaffServices>;
