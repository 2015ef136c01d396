/**
 * The calendar file could not be written. Its input comes from a confirmed booking, so this is a bug
 * (an instant that is not one, text the ics package refuses), never something to show a patient.
 */
export class CalendarFileError extends Error {
  readonly code = 'CALENDAR_FILE_FAILED';

  constructor(message: string, cause?: unknown) {
    super(`could not write the calendar file: ${message}`, { cause });
    this.name = 'CalendarFileError';
  }
}
