import { parseLinkWorkersConfig, type LinkWorkersConfigInput } from '../../src/domain/linkWorkers/schema';
import { createBankHolidayCalendar } from '../../src/domain/calendar/bankHolidays';
import type { BookingConfig } from '../../src/services/booking/bookingConfig';
import { BookingService } from '../../src/services/booking/bookingService';
import type { Clock, SlotLedger } from '../../src/services/ports';
import { ReferralService } from '../../src/services/referrals/referralService';
import { MemoryReferralStore } from '../../src/storage/memoryReferralStore';
import { MemorySlotLedger } from '../../src/storage/memorySlotLedger';

/** A clock that shows whatever the test sets, so no test depends on today's date. */
export class FixedClock implements Clock {
  private at: number;

  constructor(iso: string) {
    this.at = Date.parse(iso);
  }

  now(): Date {
    return new Date(this.at);
  }

  set(iso: string): void {
    this.at = Date.parse(iso);
  }

  advance(ms: number): void {
    this.at += ms;
  }
}

/** Monday 16 November 2026, 09:00 in London (GMT). The next bank holiday is Christmas Day. */
export const MONDAY_16_NOVEMBER = '2026-11-16T09:00:00.000Z';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * Two fictional link workers. Ada sees people at Riverside Surgery, by phone or by video on weekday
 * mornings (09:00, 10:15, 11:30) and on Tuesday afternoons (13:30, 14:45, 16:00) for 60 minutes, with
 * a day's notice. Tom works only by phone from Oak Street on Wednesday afternoons.
 */
export const TEST_LINK_WORKERS: LinkWorkersConfigInput = {
  network: { id: 'test-pcn', name: 'Test Primary Care Network' },
  sites: [
    {
      id: 'riverside-surgery',
      name: 'Riverside Surgery',
      address: { lines: ['12 Mill Lane'], town: 'Riverton', postcode: 'RV1 2AB' },
      nation: 'england',
    },
    {
      id: 'oak-street',
      name: 'Oak Street Medical Centre',
      address: { lines: ['48 Oak Street'], town: 'Riverton', postcode: 'RV2 5HQ' },
      nation: 'england',
    },
  ],
  linkWorkers: [
    {
      id: 'ada-lovell',
      name: 'Ada Lovell',
      siteIds: ['riverside-surgery'],
      modes: ['inPerson', 'phone', 'video'],
      sessions: { firstMinutes: 60, followUpMinutes: 30, bufferMinutes: 15 },
      minimumNoticeHours: 24,
      horizonDays: 14,
      week: {
        monday: ['09:00-12:30'],
        tuesday: ['09:00-12:30', '13:30-17:00'],
        wednesday: ['09:00-12:30'],
        thursday: ['09:00-12:30'],
        friday: ['09:00-12:30'],
      },
    },
    {
      id: 'tom-hadley',
      name: 'Tom Hadley',
      siteIds: ['oak-street'],
      modes: ['phone'],
      sessions: { firstMinutes: 30, bufferMinutes: 15 },
      minimumNoticeHours: 24,
      week: { wednesday: ['13:00-15:00'] },
    },
  ],
};

export function testBookingConfig(
  input: LinkWorkersConfigInput = TEST_LINK_WORKERS,
  practiceSiteId?: string,
): BookingConfig {
  const parsed = parseLinkWorkersConfig(input);
  if (!parsed.ok) throw new Error(`test link workers do not parse: ${JSON.stringify(parsed.issues)}`);
  return {
    linkWorkers: parsed.config,
    bankHolidays: createBankHolidayCalendar(),
    ...(practiceSiteId ? { practiceSiteId } : {}),
  };
}

/** A booking service over in-memory adapters, with a clock the test controls. */
export function bookingWorld(
  options: { now?: string; config?: BookingConfig; ledger?: SlotLedger; holdTtlMs?: number } = {},
) {
  const clock = new FixedClock(options.now ?? MONDAY_16_NOVEMBER);
  const ledger = options.ledger ?? new MemorySlotLedger();
  const referrals = new ReferralService({ store: new MemoryReferralStore(), clock });
  const config = options.config ?? testBookingConfig();
  const service = new BookingService({ ledger, clock, referrals, config, holdTtlMs: options.holdTtlMs });
  return { clock, ledger, referrals, config, service };
}
