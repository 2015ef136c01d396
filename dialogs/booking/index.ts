import type { Translator } from '../../src/i18n/translator';
import type { BookingService } from '../../src/services/booking/bookingService';
import type { Clock } from '../../src/services/ports';
import { DialogIds } from '../dialogIds';
import type { MenuCapability, PracticeDetails } from '../mainDialog';
import { Speaker } from '../speaker';
import { BookDialog } from './bookDialog';
import type { BookingDialogDeps } from './bookingDeps';
import { MyBookingDialog } from './myBookingDialog';
import type { CalendarLinks } from './calendarMessage';
import type { BookDialogOptions } from './bookDialog';
import { anyTimePreference } from '../../src/domain/booking/whenPreference';
import { UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';

export type { BookDialogOptions, BookDialogResult } from './bookDialog';

/**
 * The id of the dialog that books a link-worker slot. Another dialog inside the main menu can begin
 * (or replace itself with) it by this id, with no options, once the booking capability is on the menu.
 */
export const BOOK_DIALOG_ID = DialogIds.bookingBook;

export interface BookingCapabilityDeps {
  translator: Translator;
  booking: BookingService;
  clock: Clock;
  practice: PracticeDetails;
  calendarLinks?: CalendarLinks;
}

function dialogDeps(deps: BookingCapabilityDeps): BookingDialogDeps {
  return {
    speaker: new Speaker(deps.translator),
    booking: deps.booking,
    clock: deps.clock,
    practice: deps.practice,
    ...(deps.calendarLinks ? { calendarLinks: deps.calendarLinks } : {}),
  };
}

export function createBookDialog(deps: BookingCapabilityDeps): BookDialog {
  return new BookDialog(dialogDeps(deps));
}

/** The id of the dialog that offers new times after a session was cancelled (see createRebookDialog). */
export const REBOOK_DIALOG_ID = DialogIds.bookingBook;

/**
 * The booking dialog as Signpost begins it by itself, for a patient whose session was cancelled by
 * leave: begin it with `rebookOptions`. It is the same flow as "Book a time", with the slots offered at
 * once.
 */
export function createRebookDialog(deps: BookingCapabilityDeps): BookDialog {
  return new BookDialog(dialogDeps(deps));
}

export function rebookOptions(cancelled: { start: string; workerName: string }): BookDialogOptions {
  return {
    when: { ...anyTimePreference(UK_TIME_ZONE), asap: true },
    lead: 'cancelledByLeave',
    cancelled,
  };
}

/** "Book a time with a link worker" and "My booking" (move or cancel), for the main menu. */
export function bookingCapabilities(
  deps: BookingCapabilityDeps,
): [book: MenuCapability, myBooking: MenuCapability] {
  const dialogs = dialogDeps(deps);
  return [
    {
      id: 'book',
      labelKey: 'booking.menu.book',
      synonymsKey: 'booking.menu.bookSynonyms',
      intents: ['book'],
      dialog: new BookDialog(dialogs),
    },
    {
      id: 'myBooking',
      labelKey: 'booking.menu.mine',
      synonymsKey: 'booking.menu.mineSynonyms',
      intents: ['myBooking', 'cancelBooking', 'moveBooking'],
      dialog: new MyBookingDialog(dialogs),
    },
  ];
}
