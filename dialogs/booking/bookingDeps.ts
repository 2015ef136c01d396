import type { BookingService } from '../../src/services/booking/bookingService';
import type { Clock } from '../../src/services/ports';
import type { PracticeDetails } from '../mainDialog';
import type { Speaker } from '../speaker';
import type { CalendarLinks } from './calendarMessage';

/** What every booking dialog is built from; the composition root makes the services. */
export interface BookingDialogDeps {
  readonly speaker: Speaker;
  readonly booking: BookingService;
  /** "Now" for reading "tomorrow" and "next week". */
  readonly clock: Clock;
  readonly practice: PracticeDetails;
  /** Signed links to a booking's .ics, for channels that take no file (absent: no calendar there). */
  readonly calendarLinks?: CalendarLinks;
}
