import { WEEKDAYS, BSL_LANGUAGE, type Weekday } from '../../src/domain/directory/codes';
import type { CommunityOffer, OfferLocation } from '../../src/domain/directory/communityOffer';
import type { OfferRestriction, SuggestionReason } from '../../src/domain/directory/explainSuggestion';
import type { Suggestion } from '../../src/domain/directory/rankOffers';
import { scheduleLines, type ScheduleLine } from '../../src/domain/directory/sessions';
import type { MessageKey, MessageVars } from '../../src/i18n/translator';

/**
 * Turns a suggestion into the words of a card or a list entry. Only what the offer's data says is
 * said: times come from the sessions, limits from the offer's codes, reasons from the ranking. Pure:
 * `say` gives catalogue sentences in the patient's language, so a test can check every card.
 */
export type Say = (key: MessageKey, vars?: MessageVars) => string;

export interface Fact {
  title: string;
  value: string;
}

export interface OfferText {
  name: string;
  organisation: string;
  /** Why it was chosen for this person, as one line. */
  why: string;
  facts: Fact[];
  /** Button titles; each names the offer, so a screen reader can tell them apart. */
  buttons: { interested: string; moreInfo: string };
}

/** "10am", "2:30pm", "midday": the NHS style for times; other languages get their own form. */
export function clockTime(locale: string | undefined, minuteOfDay: number, say?: Say): string {
  const tag = locale ?? 'en-GB';
  if (!tag.toLowerCase().startsWith('en')) {
    const date = new Date(Date.UTC(2024, 0, 1, Math.floor(minuteOfDay / 60), minuteOfDay % 60));
    return new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date);
  }
  if (minuteOfDay === 12 * 60 && say) return say('suggestions.when.midday');
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${hours < 12 || hours === 24 ? 'am' : 'pm'}`;
}

export function poundsFromPence(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

export function languageName(locale: string | undefined, code: string, say: Say): string {
  if (code === BSL_LANGUAGE) return say('suggestions.language.bsl');
  try {
    return new Intl.DisplayNames([locale ?? 'en-GB'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "Monday to Friday" for three or more days in a row, else "Monday and Thursday". */
function dayList(say: Say, days: readonly Weekday[], plural: boolean): string {
  const name = (day: Weekday) =>
    plural ? say(`suggestions.weekdays.${day}` as const) : say(`suggestions.weekday.${day}` as const);
  const positions = days.map((day) => WEEKDAYS.indexOf(day)).sort((a, b) => a - b);
  const inARow = positions.every((p, k) => k === 0 || p === (positions[k - 1] as number) + 1);
  if (days.length === 7) return say('suggestions.when.everyDay');
  const ordered = positions.map((p) => WEEKDAYS[p] as Weekday);
  if (ordered.length >= 3 && inARow) {
    return say('suggestions.when.dayRange', {
      first: say(`suggestions.weekday.${ordered[0] as Weekday}` as const),
      last: say(`suggestions.weekday.${ordered[ordered.length - 1] as Weekday}` as const),
    });
  }
  const names = ordered.map(name);
  if (names.length === 1) return names[0] as string;
  return say('suggestions.when.and', {
    first: names.slice(0, -1).join(', '),
    last: names[names.length - 1] as string,
  });
}

/** One timetable line: "Tuesdays and Thursdays, 10am to 1pm", "One Saturday a month, from 9am". */
export function scheduleLineText(say: Say, locale: string | undefined, line: ScheduleLine): string {
  const plural = line.frequency === 'weekly' || line.frequency === 'lessOften';
  const days = say(`suggestions.when.${line.frequency}` as const, { days: dayList(say, line.days, plural) });
  const times =
    line.endMinute === null
      ? say('suggestions.when.from', { start: clockTime(locale, line.startMinute, say) })
      : say('suggestions.when.timeRange', {
          start: clockTime(locale, line.startMinute, say),
          end: clockTime(locale, line.endMinute, say),
        });
  return say('suggestions.when.line', { days: capitalise(days), times });
}

/** The whole timetable, or "ask the organiser" when the directory gives no times. */
export function whenText(say: Say, locale: string | undefined, offer: CommunityOffer): string {
  const lines = scheduleLines(offer.sessions);
  if (lines.length === 0) return say('suggestions.when.unknown');
  return lines.map((line) => scheduleLineText(say, locale, line)).join('; ');
}

export function whereText(
  say: Say,
  offer: CommunityOffer,
  venue: OfferLocation | null,
  attendance: Suggestion['attendance'],
): string {
  if (attendance === 'homeVisit') return say('suggestions.where.home');
  if (attendance === 'remote') {
    return offer.delivery.online && offer.delivery.phone
      ? say('suggestions.where.onlineOrPhone')
      : offer.delivery.online
        ? say('suggestions.where.online')
        : say('suggestions.where.phone');
  }
  const place = venue ?? offer.locations[0];
  if (place) return [place.name, place.postcode].filter(Boolean).join(', ');
  if (offer.delivery.homeVisit) return say('suggestions.where.home');
  if (offer.delivery.online) return say('suggestions.where.online');
  if (offer.delivery.phone) return say('suggestions.where.phone');
  return say('suggestions.where.unknown');
}

export function costText(say: Say, offer: CommunityOffer): string {
  const cost = offer.cost;
  switch (cost.kind) {
    case 'free':
      return say('suggestions.cost.free');
    case 'paid':
      return say(cost.hasFreeOption ? 'suggestions.cost.paidWithFree' : 'suggestions.cost.paid', {
        amount: poundsFromPence(cost.pence),
      });
    case 'unknown':
      return say('suggestions.cost.unknown');
  }
}

export function restrictionText(say: Say, locale: string | undefined, restriction: OfferRestriction): string {
  switch (restriction.code) {
    case 'audience':
      return say(`suggestions.restriction.audience.${restriction.audience}` as const);
    case 'age':
      if (restriction.min !== null && restriction.max !== null) {
        return say('suggestions.restriction.ageRange', { min: restriction.min, max: restriction.max });
      }
      return restriction.min !== null
        ? say('suggestions.restriction.ageFrom', { min: restriction.min })
        : say('suggestions.restriction.ageTo', { max: restriction.max ?? 0 });
    case 'language': {
      const names = restriction.languages.map((code) => languageName(locale, code, say));
      const languages =
        names.length === 1
          ? (names[0] as string)
          : say('suggestions.when.and', {
              first: names.slice(0, -1).join(', '),
              last: names[names.length - 1] as string,
            });
      return say('suggestions.restriction.language', { languages });
    }
    case 'referral':
      return say('suggestions.restriction.referral');
  }
}

export function reasonText(say: Say, locale: string | undefined, reason: SuggestionReason): string {
  switch (reason.code) {
    case 'forNeed':
      return say(`suggestions.forNeed.${reason.need}` as const);
    case 'interest':
      return say(`suggestions.interest.${reason.interest}` as const);
    case 'said': {
      const words = reason.words.map((word) => say('suggestions.reason.saidWord', { word }));
      return say('suggestions.reason.said', {
        words:
          words.length > 1
            ? say('suggestions.when.and', {
                first: words.slice(0, -1).join(', '),
                last: words[words.length - 1] as string,
              })
            : (words[0] ?? ''),
      });
    }
    case 'when':
      return reason.part === null
        ? say('suggestions.reason.whenDay', {
            weekdays: say(`suggestions.weekdays.${reason.weekday}` as const),
          })
        : say('suggestions.reason.when', {
            weekday: say(`suggestions.weekday.${reason.weekday}` as const),
            part: say(`suggestions.partOfDay.${reason.part}` as const),
          });
    case 'outsideTimes':
      return say('suggestions.reason.outsideTimes');
    case 'free':
      return say('suggestions.reason.free');
    case 'lowCost':
      return say('suggestions.reason.lowCost', { amount: poundsFromPence(reason.pence) });
    case 'distance':
      if (reason.mode === 'walk') {
        return say(reason.approximate ? 'suggestions.reason.walkApprox' : 'suggestions.reason.walk', {
          minutes: reason.minutes,
        });
      }
      return say(reason.approximate ? 'suggestions.reason.milesApprox' : 'suggestions.reason.miles', {
        miles: reason.miles,
      });
    case 'remote':
      return say(reason.mode === 'online' ? 'suggestions.reason.online' : 'suggestions.reason.phone');
    case 'homeVisit':
      return say('suggestions.reason.homeVisit');
    case 'access':
      return say(`suggestions.access.${reason.access}` as const);
    case 'language':
      return say('suggestions.reason.language', { language: languageName(locale, reason.language, say) });
  }
}

/** "For people who have lost someone, fits your Tuesday mornings, free". */
export function whyText(say: Say, locale: string | undefined, reasons: readonly SuggestionReason[]): string {
  return capitalise(reasons.map((reason) => reasonText(say, locale, reason)).join(', '));
}

export function contactText(offer: CommunityOffer): string {
  return [offer.contact.phone, offer.contact.email, offer.contact.url].filter(Boolean).join(', ');
}

/** The facts of a card or list entry, in order, without empty ones; `detailed` adds access and contact. */
export function factsOf(
  say: Say,
  locale: string | undefined,
  suggestion: Pick<Suggestion, 'offer' | 'attendance' | 'restrictions'> & { venue?: OfferLocation | null },
  detailed: boolean,
): Fact[] {
  const { offer } = suggestion;
  const facts: Fact[] = [
    {
      title: say(offer.openHours ? 'suggestions.label.open' : 'suggestions.label.when'),
      value: whenText(say, locale, offer),
    },
    {
      title: say('suggestions.label.where'),
      value: whereText(say, offer, suggestion.venue ?? null, suggestion.attendance),
    },
    { title: say('suggestions.label.cost'), value: costText(say, offer) },
    {
      title: say('suggestions.label.who'),
      value: suggestion.restrictions
        .map((restriction) => restrictionText(say, locale, restriction))
        .join('. '),
    },
  ];
  if (detailed) {
    const concession = offer.cost.kind === 'paid' ? offer.cost.concession : null;
    if (concession) facts.push({ title: say('suggestions.label.freeFor'), value: concession });
    if (offer.eligibilityNote)
      facts.push({ title: say('suggestions.label.eligibility'), value: offer.eligibilityNote });
    facts.push({
      title: say('suggestions.label.access'),
      value: capitalise(offer.access.map((code) => say(`suggestions.access.${code}` as const)).join(', ')),
    });
    facts.push({ title: say('suggestions.label.contact'), value: contactText(offer) });
  }
  return facts.filter((fact) => fact.value);
}

export function describeSuggestion(say: Say, locale: string | undefined, suggestion: Suggestion): OfferText {
  const name = suggestion.offer.name;
  return {
    name,
    organisation: suggestion.offer.organization?.name ?? '',
    why: whyText(say, locale, suggestion.reasons),
    facts: factsOf(say, locale, suggestion, false),
    buttons: {
      interested: say('suggestions.button.interestedIn', { name }),
      moreInfo: say('suggestions.button.moreAbout', { name }),
    },
  };
}
