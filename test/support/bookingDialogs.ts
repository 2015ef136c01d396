import type { Activity, Attachment } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { bookingCapabilities, createBookDialog } from '../../dialogs/booking';
import type { BookDialogOptions } from '../../dialogs/booking/bookDialog';
import { MainDialog } from '../../dialogs/mainDialog';
import { ReferralService } from '../../src/services/referrals/referralService';
import { bookingWorld } from './booking';
import { say, translator } from './dialogs';

export const PRACTICE = { name: 'Riverside Surgery', phone: '0113 496 0000' };

/** The owner key of the user every DialogTestClient speaks as (TestAdapter's "user1" on channel "test"). */
export const TEST_PATIENT = ReferralService.patientKey('test', 'user1');

export interface Reply {
  text: string;
  attachments: Attachment[];
}

type World = ReturnType<typeof bookingWorld>;

/** A conversation with the book dialog alone, or with the main menu and both booking capabilities. */
export function bookingClient(
  world: World,
  root: 'book' | 'menu' = 'book',
  channelId = 'test',
  options?: BookDialogOptions,
): DialogTestClient {
  const deps = { translator, booking: world.service, clock: world.clock, practice: PRACTICE };
  const dialog =
    root === 'book'
      ? createBookDialog(deps)
      : new MainDialog({ translator, practice: PRACTICE, capabilities: bookingCapabilities(deps) });
  return new DialogTestClient(channelId, dialog, options);
}

/** Sends a message (text, or a card submit's value) and returns every reply to it. */
export async function exchange(
  client: DialogTestClient,
  message: string | { value: unknown },
): Promise<Reply[]> {
  const activity: Partial<Activity> =
    typeof message === 'string'
      ? { type: 'message', text: message }
      : { type: 'message', value: message.value };
  const replies: Reply[] = [];
  let reply = await client.sendActivity(activity);
  while (reply) {
    replies.push({ text: reply.text ?? '', attachments: reply.attachments ?? [] });
    reply = client.getNextReply();
  }
  return replies;
}

export const texts = (replies: Reply[]) => replies.map((reply) => reply.text);

/** The numbered list of offered slots, as the patient reads it under the card. */
export function offerList(...lines: [when: string, worker: string][]): string {
  const numbered = lines.map(([when, worker], index) =>
    say('booking.offer.line', { number: index + 1, when, worker }),
  );
  return `${numbered.join('\n')}\n\n${say('booking.offer.howToChoose')}`;
}

/** The value a card's button sends when the patient taps it. */
export const pickSlot = (slotId: string) => ({ value: { card: 'slotOffer', action: 'pickSlot', slotId } });

/** The .ics behind a calendar attachment's data: URL. */
export function calendarOf(attachment: Attachment | undefined): string {
  if (!attachment?.contentUrl) throw new Error('no calendar attachment');
  const [header, data] = attachment.contentUrl.split(',');
  if (header !== 'data:text/calendar;charset=utf-8;base64')
    throw new Error(`not a base64 calendar: ${header}`);
  return Buffer.from(data, 'base64').toString('utf8');
}
