import { createEvent, type EventAttributes } from 'ics';
import { parseIsoInstant } from '../../domain/calendar/wallClock';
import { CalendarFileError } from './CalendarFileError';

export interface CalendarFileInput {
  /** The booking's id; the same id in a later file updates or cancels the same calendar entry. */
  readonly uid: string;
  /** UTC ISO instants. */
  readonly start: string;
  readonly end: string;
  /** In the patient's language. Never a clinical reason: GP Connect keeps those out of bookings. */
  readonly title: string;
  readonly description: string;
  /** The address, for a meeting in person; absent for phone and video. */
  readonly location?: string;
  /** When the file is made (DTSTAMP), from the Clock port. */
  readonly stamp: Date;
  /** Raised on every change to the booking, so calendars replace the old entry. */
  readonly sequence?: number;
  /** A file that takes the entry out of the patient's calendar. */
  readonly cancelled?: boolean;
}

// RFC 5545 TEXT escaping. The ics package escapes SUMMARY, DESCRIPTION and LOCATION itself, but not
// an alarm's DESCRIPTION.
const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');

function instant(value: string): number {
  const parsed = parseIsoInstant(value);
  if (parsed === null) throw new CalendarFileError(`not an ISO instant: ${JSON.stringify(value)}`);
  return parsed;
}

/**
 * An iCalendar file (RFC 5545) for one link-worker booking. Times are written as UTC instants
 * ("...Z"), which every calendar app converts to the device's own zone: a patient in the UK sees the
 * Europe/London time, on either side of a clock change, with no VTIMEZONE block to get wrong.
 */
export function bookingCalendarFile(input: CalendarFileInput): string {
  const attributes: EventAttributes & { timestamp: number } = {
    uid: input.uid,
    // DTSTAMP would otherwise be the server's clock, which services never read directly.
    timestamp: input.stamp.getTime(),
    start: instant(input.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: instant(input.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: input.title,
    description: input.description,
    ...(input.location === undefined ? {} : { location: input.location }),
    status: input.cancelled ? 'CANCELLED' : 'CONFIRMED',
    method: input.cancelled ? 'CANCEL' : 'PUBLISH',
    sequence: input.sequence ?? 0,
    busyStatus: 'BUSY',
    classification: 'PRIVATE',
    productId: 'signpost/booking',
    // A reminder the day before: missed first appointments are what link workers lose most time to.
    ...(input.cancelled
      ? {}
      : {
          alarms: [
            { action: 'display', description: escapeText(input.title), trigger: { hours: 24, before: true } },
          ],
        }),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new CalendarFileError(error?.message ?? 'no output', error ?? undefined);
  return value;
}

/** The file as a data: URL, which Web Chat and Teams offer as a download without a file server. */
export function calendarDataUrl(ics: string): string {
  return `data:text/calendar;charset=utf-8;base64,${Buffer.from(ics, 'utf8').toString('base64')}`;
}
