import type { TurnContext } from 'botbuilder';
import type { BookingView } from '../../src/services/booking/bookingService';
import { calendarDataUrl } from '../../src/services/booking/calendarFile';
import type { MessageKey } from '../../src/i18n/translator';
import type { BookingDialogDeps } from './bookingDeps';

/**
 * Sends the booking's .ics as an attachment, with `text` above it. The file says who, when, where and
 * how, in the patient's language, and nothing about why they are coming.
 */
export async function sendCalendarFile(
  deps: BookingDialogDeps,
  context: TurnContext,
  view: BookingView,
  text: MessageKey,
  phone?: { display: string },
): Promise<void> {
  const { speaker, booking } = deps;
  const worker = view.worker?.name ?? '';
  const how =
    view.booking.mode === 'phone' && phone
      ? speaker.text(context, 'booking.calendar.phoneNumber', { worker, phone: phone.display })
      : speaker.text(context, `booking.calendar.${view.booking.mode}`, {
          worker,
          site: view.site?.name ?? '',
        });
  const ics = booking.calendarFile(view, {
    title: speaker.text(context, 'booking.calendar.title', { worker }),
    description: `${how}\n${speaker.text(context, 'booking.calendar.change')}`,
  });
  await context.sendActivity({
    type: 'message',
    text: speaker.text(context, text),
    attachments: [
      {
        contentType: 'text/calendar',
        contentUrl: calendarDataUrl(ics),
        name: speaker.text(context, 'booking.calendar.fileName'),
      },
    ],
  });
}
