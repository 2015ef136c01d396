import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SlotLedger } from '../../src/services/ports';
import { createTranslator } from '../../src/i18n/translator';
import { ReferralService } from '../../src/services/referrals/referralService';
import { FixedClock, MONDAY_16_NOVEMBER, TEST_LINK_WORKERS } from '../support/booking';
import { eventOf, eventInstant } from '../support/ics';
import { type ActivityLike, message, post, startTestSignpost, texts } from '../support/signpost';
import { lastParagraph, oneMessage } from '../support/dialogs';

const t = createTranslator({ localesDir: path.join(__dirname, '../../locales'), defaultLocale: 'en-GB' });
const say = (key: Parameters<typeof t.t>[1], vars?: Parameters<typeof t.t>[2]) => t.t('en-GB', key, vars);
const ADA = 'Ada Lovell';
const TUE_1_30 = 'Tuesday 24 November at 1:30pm';
const inPerson = say('booking.how.inPerson', { site: 'Riverside Surgery' });

interface Attachment {
  contentType: string;
  contentUrl?: string;
  name?: string;
  content?: { actions?: { data?: unknown }[] };
}
const attachmentsOf = (replies: ActivityLike[]) =>
  replies.flatMap((reply) => (reply.attachments as Attachment[] | undefined) ?? []);

describe('booking over HTTP, against the real server and a real Redis', () => {
  let signpost: Awaited<ReturnType<typeof startTestSignpost>>;
  let ledger: SlotLedger;

  beforeAll(async () => {
    // The server as it runs, with its own ledger on the test Redis, reading a link-workers file and
    // told the time by a fixed clock.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'signpost-booking-'));
    const workersFile = path.join(dir, 'link-workers.json');
    writeFileSync(workersFile, JSON.stringify(TEST_LINK_WORKERS));
    signpost = await startTestSignpost(
      { LINK_WORKERS_FILE: workersFile },
      [],
      new FixedClock(MONDAY_16_NOVEMBER),
    );
    ledger = signpost.backend.ledger;
  });

  afterAll(async () => {
    await signpost.close();
  });

  it('goes from "book" to the calendar file, with the booking in Redis', async () => {
    const conversation = 'booking-e2e-1';
    const send = async (text: string, extra: Record<string, unknown> = {}) => {
      // Web Chat renders cards: the times come once, on the card.
      const response = await post(
        signpost.url,
        message(conversation, text, { channelId: 'webchat', ...extra }),
      );
      expect(response.status).toBe(200);
      return response.replies;
    };

    expect(lastParagraph(texts(await send('hello')).pop())).toBe(say('menu.prompt'));
    // Booking keeps personal data, so a patient who goes straight to "book" sees the privacy notice first.
    expect(lastParagraph(texts(await send('book')).pop())).toBe(say('privacy.ask'));
    expect(texts(await send('yes'))).toEqual([oneMessage(say('privacy.agreed'), say('booking.when.ask'))]);

    const offered = await send('next Tuesday afternoon');
    expect(texts(offered)).toEqual([say('booking.offer.intro'), say('booking.offer.howToChooseCard')]);
    const card = attachmentsOf(offered).find(
      (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
    );
    const firstButton = card?.content?.actions?.[0]?.data;
    expect(firstButton).toEqual({
      card: 'slotOffer',
      action: 'pickSlot',
      slotId: 'ada-lovell:2026-11-24T13:30:00.000Z',
    });

    // A card button sends its data as the activity's value, with no text.
    expect(texts(await send('', { text: undefined, value: firstButton }))).toEqual([
      say('booking.mode.ask', { worker: ADA }),
    ]);
    expect(texts(await send('In person'))).toEqual([say('booking.contact.ask.inPerson', { worker: ADA })]);
    expect(texts(await send('No'))).toEqual([
      oneMessage(
        say('booking.check.summary', { when: TUE_1_30, worker: ADA, how: inPerson }),
        say('booking.check.ask'),
      ),
    ]);

    const done = await send('Yes, book it');
    expect(texts(done)).toEqual([
      say('booking.done.confirmed', { when: TUE_1_30, worker: ADA, how: inPerson }),
      say('booking.done.calendar'),
      oneMessage(say('booking.done.change'), say('menu.prompt')),
    ]);
    const calendar = attachmentsOf(done).find((a) => a.contentType === 'text/calendar');
    const [header, data] = (calendar?.contentUrl ?? '').split(',');
    expect(header).toBe('data:text/calendar;charset=utf-8;base64');
    const event = eventOf(Buffer.from(data, 'base64').toString('utf8'));
    expect(eventInstant(event, 'DTSTART')).toBe(Date.parse('2026-11-24T13:30:00.000Z'));

    const owner = ReferralService.patientKey('webchat', `user-${conversation}`);
    const bookings = await ledger.bookingsOf(owner);
    expect(bookings).toHaveLength(1);
    expect(bookings[0]).toMatchObject({ slotId: 'ada-lovell:2026-11-24T13:30:00.000Z', mode: 'inPerson' });
    expect(event.get('UID')?.value).toBe(`${bookings[0].id}@signpost`);
  });
});
