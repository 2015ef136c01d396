import { CardFactory, type TurnContext } from 'botbuilder';
import type { BookingView } from '../../src/services/booking/bookingService';
import { calendarDataUrl } from '../../src/services/booking/calendarFile';
import type { MessageKey, Translator } from '../../src/i18n/translator';
import { parseUkPhone } from '../../src/understanding/phone';
import { channelTraits } from '../channelTraits';
import type { BookingDialogDeps } from './bookingDeps';

/**
 * A signed, short-lived address of a booking's .ics, served by Signpost itself, for channels that take
 * no file in a message (Teams). The address names no person: only a token (see src/server).
 */
export interface CalendarLinks {
  urlFor(input: { bookingId: string; locale: string }): string;
}

/** What the link worker may use to reach the patient, as the calendar file says it. */
export interface CalendarContact {
  phone?: string;
  email?: string;
}

/**
 * The title and description of a booking's calendar entry, in the patient's language: who, when,
 * where and how (and where a video link will go), and nothing about why they are coming.
 */
export function calendarText(
  translator: Pick<Translator, 't'>,
  locale: string | undefined,
  view: BookingView,
  contact: CalendarContact,
): { title: string; description: string } {
  const t = (key: MessageKey, vars?: Record<string, string>) => translator.t(locale, key, vars);
  const worker = view.worker?.name ?? '';
  const phone = contact.phone ? parseUkPhone(contact.phone) : undefined;
  const display = phone?.ok ? phone.display : undefined;
  let how: string;
  if (view.booking.mode === 'phone') {
    how = display
      ? t('booking.calendar.phoneNumber', { worker, phone: display })
      : t('booking.calendar.phone', { worker });
  } else if (view.booking.mode === 'video') {
    how = contact.email
      ? t('booking.calendar.videoEmail', { worker, email: contact.email })
      : display
        ? t('booking.calendar.videoText', { worker, phone: display })
        : t('booking.calendar.video', { worker });
  } else {
    how = t('booking.calendar.inPerson', { worker, site: view.site?.name ?? '' });
  }
  return {
    title: t('booking.calendar.title', { worker }),
    description: `${how}\n${t('booking.calendar.change')}`,
  };
}

/**
 * Sends the booking's calendar entry with `text` above it, as the channel takes it: the .ics file as
 * an attachment where files in messages work (Web Chat), or a card whose "Add to calendar" button opens
 * Signpost's signed link to the same file (Teams, which refuses a text/calendar attachment).
 */
/** What is said above the calendar, for the file and for the link. */
const LINK_TEXT = {
  'booking.done.calendar': 'booking.done.calendarLink',
  'booking.cancelBooking.calendar': 'booking.cancelBooking.calendarLink',
} as const satisfies Record<string, MessageKey>;

export async function sendCalendar(
  deps: BookingDialogDeps,
  context: TurnContext,
  view: BookingView,
  text: keyof typeof LINK_TEXT,
): Promise<void> {
  const { speaker, booking } = deps;
  const locale = speaker.translator.resolve(context.activity.locale);
  if (!channelTraits(context.activity.channelId).acceptsDataUrlFiles) {
    const url = deps.calendarLinks?.urlFor({ bookingId: view.booking.id, locale });
    if (!url) return;
    await context.sendActivity({
      type: 'message',
      text: speaker.text(context, LINK_TEXT[text]),
      attachments: [
        CardFactory.adaptiveCard({
          type: 'AdaptiveCard',
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          version: '1.5',
          body: [{ type: 'TextBlock', text: speaker.text(context, 'booking.calendar.cardText'), wrap: true }],
          actions: [
            { type: 'Action.OpenUrl', title: speaker.text(context, 'booking.calendar.addButton'), url },
          ],
        }),
      ],
    });
    return;
  }
  const contact = await booking.contactOf(view.booking.owner);
  const ics = booking.calendarFile(view, calendarText(speaker.translator, locale, view, contact));
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
