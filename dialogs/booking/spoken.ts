import type { TurnContext } from 'botbuilder';
import type { BookingView, SlotOffer } from '../../src/services/booking/bookingService';
import type { MeetingMode } from '../../src/services/ports';
import type { CatalogueChoice } from '../prompts/choicePrompt';
import type { Speaker } from '../speaker';

/**
 * Dates, times and ways of meeting as a patient reads them: "Tuesday 24 November at 10:30am", "in
 * person at Riverside Surgery". Always on the Europe/London clock, whatever zone the server runs in.
 */

const LONDON = 'Europe/London';
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, tag: string, options: Intl.DateTimeFormatOptions) {
  let format = cache.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...options, timeZone: LONDON });
    cache.set(tag, format);
  }
  return format;
}

/**
 * English follows the NHS style guide: "9am", "10:30am", "midday". Other languages use their own
 * 24-hour clock, which Intl knows.
 */
function spokenTime(speaker: Speaker, context: TurnContext, tag: string, instant: Date): string {
  if (!tag.toLowerCase().startsWith('en')) {
    return cached(timeFormats, tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  }
  const parts = Object.fromEntries(
    cached(timeFormats, tag, { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const period = (parts.dayPeriod ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (parts.hour === '12' && parts.minute === '00' && period === 'pm')
    return speaker.text(context, 'booking.midday');
  return `${parts.hour}${parts.minute === '00' ? '' : `:${parts.minute}`}${period}`;
}

export function spokenWhen(speaker: Speaker, context: TurnContext, iso: string): string {
  const tag = speaker.translator.resolve(context.activity.locale);
  const instant = new Date(iso);
  const date = cached(dateFormats, tag, { weekday: 'long', day: 'numeric', month: 'long' }).format(instant);
  return speaker.text(context, 'booking.dateTime', {
    date,
    time: spokenTime(speaker, context, tag, instant),
  });
}

/** A calendar date ("2026-12-28") as "Monday 28 December". */
export function spokenDate(speaker: Speaker, context: TurnContext, date: string): string {
  const tag = speaker.translator.resolve(context.activity.locale);
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  // Midday UTC is the same calendar day in London in every season.
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  return cached(dateFormats, tag, { weekday: 'long', day: 'numeric', month: 'long' }).format(instant);
}

export function spokenHow(
  speaker: Speaker,
  context: TurnContext,
  mode: MeetingMode,
  siteName: string | undefined,
): string {
  return speaker.text(context, `booking.how.${mode}`, { site: siteName ?? '' });
}

/** The words that describe a booking in a sentence: when, with whom and how. */
export function bookingVars(speaker: Speaker, context: TurnContext, view: BookingView) {
  return {
    when: spokenWhen(speaker, context, view.booking.start),
    worker: view.worker?.name ?? '',
    how: spokenHow(speaker, context, view.booking.mode, view.site?.name),
  };
}

export function offerVars(speaker: Speaker, context: TurnContext, offer: SlotOffer, mode: MeetingMode) {
  return {
    when: spokenWhen(speaker, context, offer.start),
    worker: offer.workerName,
    how: spokenHow(speaker, context, mode, offer.site?.name),
  };
}

/** The ways of meeting a link worker offers, as buttons, with the words that also choose each. */
export function meetingModeChoices(
  speaker: Speaker,
  context: TurnContext,
  modes: readonly MeetingMode[],
): CatalogueChoice[] {
  return modes.map((mode) => ({
    value: speaker.text(context, `booking.mode.label.${mode}`),
    synonymsKey: `booking.mode.words.${mode}`,
  }));
}
