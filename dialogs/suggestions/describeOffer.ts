import type { TurnContext } from 'botbuilder';
import type { WeeklySession, CommunityOffer, OfferCost } from '../../src/domain/directory/communityOffer';
import type { PartOfDay, Weekday } from '../../src/domain/directory/codes';
import { WEEKDAYS } from '../../src/domain/directory/codes';
import type { Suggestion, SuggestionReason } from '../../src/domain/directory/rankOffers';
import type { MessageKey } from '../../src/i18n/translator';
import type { Speaker } from '../speaker';

/**
 * Turns an offer and the ranking's reason codes into the patient's language. Only what the offer's
 * data says is said: the ranking gives codes, and this file gives them words.
 */

const MAX_SESSIONS_SHOWN = 3;

export function weekdayName(locale: string | undefined, day: Weekday): string {
  // 1 January 2024 was a Monday; the index in WEEKDAYS is days after Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return new Intl.DateTimeFormat(locale ?? 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** "10am", "2:30pm": the NHS style for times; other languages get their own form. */
export function clockTime(locale: string | undefined, minuteOfDay: number): string {
  const date = new Date(Date.UTC(2024, 0, 1, Math.floor(minuteOfDay / 60), minuteOfDay % 60));
  const tag = locale ?? 'en-GB';
  if (!tag.toLowerCase().startsWith('en')) {
    return new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date);
  }
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${hours < 12 ? 'am' : 'pm'}`;
}

export function poundsFromPence(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

function partOfDayOf(minute: number): PartOfDay {
  if (minute < 12 * 60) return 'morning';
  if (minute < 17 * 60) return 'afternoon';
  return 'evening';
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export class OfferDescriber {
  constructor(private readonly speaker: Speaker) {}

  private t(context: TurnContext, key: MessageKey, vars?: Record<string, string | number>) {
    return this.speaker.text(context, key, vars);
  }

  /** "Free, Tuesday mornings, 10 minutes' walk from you, for people who care for someone". */
  why(context: TurnContext, reasons: readonly SuggestionReason[]): string {
    return capitalise(reasons.map((reason) => this.reason(context, reason)).join(', '));
  }

  reason(context: TurnContext, reason: SuggestionReason): string {
    const locale = context.activity.locale;
    switch (reason.code) {
      case 'free':
        return this.t(context, 'suggestions.reason.free');
      case 'lowCost':
        return this.t(context, 'suggestions.reason.lowCost', { amount: poundsFromPence(reason.pence) });
      case 'when':
        return this.t(context, `suggestions.when.${reason.frequency}`, {
          weekday: weekdayName(locale, reason.weekday),
          part: this.t(context, `suggestions.partOfDay.${reason.partOfDay}`),
        });
      case 'distance':
        return reason.mode === 'walk'
          ? this.t(
              context,
              reason.approximate ? 'suggestions.reason.walkApprox' : 'suggestions.reason.walk',
              {
                minutes: reason.minutes,
              },
            )
          : this.t(
              context,
              reason.approximate ? 'suggestions.reason.milesApprox' : 'suggestions.reason.miles',
              {
                miles: reason.miles,
              },
            );
      case 'remote':
        return this.t(
          context,
          reason.mode === 'online' ? 'suggestions.reason.online' : 'suggestions.reason.phone',
        );
      case 'access':
        return this.t(context, `suggestions.access.${reason.access}`);
      case 'language':
        return this.t(context, 'suggestions.reason.language', {
          language: languageName(locale, reason.language),
        });
      case 'forNeed':
        return this.t(context, `suggestions.forNeed.${reason.need}`);
      case 'interest':
        return this.t(context, `suggestions.interest.${reason.interest}`);
    }
  }

  when(context: TurnContext, sessions: readonly WeeklySession[]): string {
    if (!sessions.length) return this.t(context, 'suggestions.when.unknown');
    const locale = context.activity.locale;
    return sessions
      .slice(0, MAX_SESSIONS_SHOWN)
      .map((session) => {
        const pattern = this.t(context, `suggestions.when.${session.frequency}`, {
          weekday: weekdayName(locale, session.weekday),
          part: this.t(context, `suggestions.partOfDay.${partOfDayOf(session.startMinute)}`),
        });
        const times =
          session.endMinute === null
            ? clockTime(locale, session.startMinute)
            : this.t(context, 'suggestions.when.timeRange', {
                start: clockTime(locale, session.startMinute),
                end: clockTime(locale, session.endMinute),
              });
        return this.t(context, 'suggestions.when.session', { pattern: capitalise(pattern), times });
      })
      .join('; ');
  }

  where(context: TurnContext, offer: CommunityOffer): string {
    const venue = offer.locations[0];
    if (venue) return [venue.name, venue.postcode].filter(Boolean).join(', ');
    if (offer.delivery.online) return this.t(context, 'suggestions.where.online');
    if (offer.delivery.phone) return this.t(context, 'suggestions.where.phone');
    return this.t(context, 'suggestions.where.unknown');
  }

  cost(context: TurnContext, cost: OfferCost): string {
    switch (cost.kind) {
      case 'free':
        return this.t(context, 'suggestions.cost.free');
      case 'paid':
        return this.t(
          context,
          cost.hasFreeOption ? 'suggestions.cost.paidWithFree' : 'suggestions.cost.paid',
          {
            amount: poundsFromPence(cost.pence),
          },
        );
      case 'unknown':
        return this.t(context, 'suggestions.cost.unknown');
    }
  }

  contact(offer: CommunityOffer): string {
    return [offer.contact.phone, offer.contact.email, offer.contact.url].filter(Boolean).join(', ');
  }

  access(context: TurnContext, offer: CommunityOffer): string {
    return offer.access.map((code) => this.t(context, `suggestions.access.${code}`)).join(', ');
  }

  /** The facts a card or a plain-text description shows, in order, without empty ones. */
  facts(context: TurnContext, suggestion: Suggestion, detailed: boolean): { title: string; value: string }[] {
    const { offer } = suggestion;
    const facts = [
      { title: this.t(context, 'suggestions.label.when'), value: this.when(context, offer.sessions) },
      { title: this.t(context, 'suggestions.label.where'), value: this.where(context, offer) },
      { title: this.t(context, 'suggestions.label.cost'), value: this.cost(context, offer.cost) },
    ];
    if (detailed) {
      facts.push({
        title: this.t(context, 'suggestions.label.access'),
        value: capitalise(this.access(context, offer)),
      });
      facts.push({ title: this.t(context, 'suggestions.label.contact'), value: this.contact(offer) });
    }
    return facts.filter((fact) => fact.value);
  }
}

export function languageName(locale: string | undefined, code: string): string {
  try {
    return new Intl.DisplayNames([locale ?? 'en-GB'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
