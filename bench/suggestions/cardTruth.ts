/**
 * Reads a suggestion's card the way a patient would and checks every claim on it against the
 * directory data and what the person said: the times under "When" are the sessions' own, a reason
 * such as "fits your free time on Tuesday mornings" names a session that does, the cost is the
 * offer's, each limit on who it is for is shown, the distance is to the venue named, and every button
 * names its offer. Returns what is wrong; an empty list is a truthful card.
 */
import {
  PART_OF_DAY_MINUTES,
  WEEKDAYS,
  type PartOfDay,
  type Weekday,
} from '../../src/domain/directory/codes';
import type { CommunityOffer, WeeklySession } from '../../src/domain/directory/communityOffer';
import { roundMiles, walkMinutes, WALK } from '../../src/domain/directory/explainSuggestion';
import { haversineMiles } from '../../src/domain/directory/geo';
import type { Suggestion } from '../../src/domain/directory/rankOffers';
import type { Person } from '../../src/domain/directory/suggestionRules';
import { describeSuggestion, restrictionText, type Say } from '../../dialogs/suggestions/describeOffer';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** "10am" → 600, "2:30pm" → 870, "midday" → 720. */
export function parseClock(text: string): number | null {
  if (text === 'midday') return 12 * 60;
  const match = /^(\d{1,2})(?::(\d\d))?(am|pm)$/.exec(text);
  if (!match) return null;
  const hour = Number(match[1]) % 12;
  return (hour + (match[3] === 'pm' ? 12 : 0)) * 60 + Number(match[2] ?? 0);
}

/** The weekdays a "When" line names: "Tuesdays and Thursdays", "Monday to Friday", "every day". */
export function parseDays(text: string): Weekday[] {
  if (/^every day/i.test(text)) return [...WEEKDAYS];
  const range = new RegExp(`(${DAY_NAMES.join('|')}) to (${DAY_NAMES.join('|')})`).exec(text);
  if (range) {
    const from = DAY_NAMES.indexOf(range[1] as (typeof DAY_NAMES)[number]);
    const to = DAY_NAMES.indexOf(range[2] as (typeof DAY_NAMES)[number]);
    return WEEKDAYS.slice(from, to + 1);
  }
  return DAY_NAMES.flatMap((name, k) =>
    new RegExp(`\\b${name}s?\\b`).test(text) ? [WEEKDAYS[k] as Weekday] : [],
  );
}

/** Whether a session belongs to a part of the day, by the rule in docs/suggestions.md. */
function inPart(session: WeeklySession, part: PartOfDay, openHours: boolean): boolean {
  const window = PART_OF_DAY_MINUTES[part];
  const startsIn = session.startMinute >= window.start && session.startMinute < window.end;
  if (session.endMinute === null) return startsIn;
  const inside = Math.max(
    0,
    Math.min(session.endMinute, window.end) - Math.max(session.startMinute, window.start),
  );
  return inside >= 60 || (!openHours && startsIn);
}

function usable(session: WeeklySession, offer: CommunityOffer, person: Person): boolean {
  if (person.excludedDays.has(session.weekday)) return false;
  if (person.notBefore === null && person.notAfter === null) return true;
  const from = person.notBefore ?? 0;
  const to = person.notAfter ?? 1440;
  if (offer.openHours) {
    return (
      Math.min(session.endMinute ?? session.startMinute + 45, to) - Math.max(session.startMinute, from) >= 45
    );
  }
  return session.startMinute >= from && (session.endMinute ?? session.startMinute) <= to;
}

export function cardContradictions(
  suggestion: Suggestion,
  person: Person,
  say: Say,
  locale = 'en-GB',
): string[] {
  const problems: string[] = [];
  const { offer } = suggestion;
  const card = describeSuggestion(say, locale, suggestion);
  const fact = (key: Parameters<Say>[0]) => card.facts.find((f) => f.title === say(key))?.value ?? '';

  // The timetable: every line is a set of sessions with exactly those days and times.
  const whenValue = fact(offer.openHours ? 'suggestions.label.open' : 'suggestions.label.when');
  if (offer.sessions.length === 0) {
    if (whenValue !== say('suggestions.when.unknown')) problems.push(`when without sessions: ${whenValue}`);
  } else {
    if (/\b(morning|afternoon|evening)s?\b/i.test(whenValue))
      problems.push(`part of day in timetable: ${whenValue}`);
    const covered = new Set<WeeklySession>();
    for (const line of whenValue.split('; ')) {
      const times = /, (?:(\S+) to (\S+)|from (\S+))$/.exec(line);
      const start = parseClock(times?.[1] ?? times?.[3] ?? '');
      const end = times?.[2] ? parseClock(times[2]) : null;
      const days = parseDays(line);
      const sessions = offer.sessions.filter(
        (s) => days.includes(s.weekday) && s.startMinute === start && s.endMinute === end,
      );
      if (start === null || days.length === 0 || sessions.length !== days.length) {
        problems.push(`timetable line not in the data: "${line}"`);
      }
      sessions.forEach((s) => covered.add(s));
    }
    if (covered.size !== offer.sessions.length) problems.push(`timetable leaves out sessions: ${whenValue}`);
  }

  // Cost.
  const costValue = fact('suggestions.label.cost');
  const price = /£(\d+(?:\.\d\d)?)/.exec(costValue);
  if (offer.cost.kind === 'free' && costValue !== say('suggestions.cost.free'))
    problems.push(`cost ${costValue} for a free offer`);
  if (offer.cost.kind === 'paid' && (!price || Math.round(Number(price[1]) * 100) !== offer.cost.pence)) {
    problems.push(`cost ${costValue} for ${offer.cost.pence}p`);
  }
  if (offer.cost.kind === 'unknown' && costValue !== say('suggestions.cost.unknown'))
    problems.push(`cost ${costValue} unknown`);

  // Who it is for: every limit of the offer is on the card.
  const whoValue = fact('suggestions.label.who');
  for (const restriction of suggestion.restrictions) {
    if (!whoValue.includes(restrictionText(say, locale, restriction)))
      problems.push(`limit not shown: ${restriction.code}`);
  }
  const limits =
    offer.audience.length +
    (offer.minAge !== null || offer.maxAge !== null ? 1 : 0) +
    (offer.referral ? 1 : 0);
  const otherLanguagesOnly = offer.languages.length > 0 && !offer.languages.includes('en') ? 1 : 0;
  if (suggestion.restrictions.length !== limits + otherLanguagesOnly)
    problems.push('limits differ from the data');
  if (offer.audience.includes('women') && !whoValue.includes(say('suggestions.restriction.audience.women'))) {
    problems.push('women-only offer without "Women only"');
  }

  // Where.
  const whereValue = fact('suggestions.label.where');
  if (suggestion.attendance === 'inPerson') {
    if (!suggestion.venue || (suggestion.venue.name && !whereValue.includes(suggestion.venue.name))) {
      problems.push(`in person but where is "${whereValue}"`);
    }
  } else if (suggestion.attendance === 'remote') {
    if (
      ![
        say('suggestions.where.online'),
        say('suggestions.where.phone'),
        say('suggestions.where.onlineOrPhone'),
      ].includes(whereValue)
    ) {
      problems.push(`remote but where is "${whereValue}"`);
    }
  } else if (suggestion.attendance === 'homeVisit' && whereValue !== say('suggestions.where.home')) {
    problems.push(`home visit but where is "${whereValue}"`);
  }

  // Reasons: each true of the offer and of the person.
  const windows = person.windows;
  const usableSessions = offer.sessions.filter((s) => usable(s, offer, person));
  const fitsSomeWindow = usableSessions.some((s) =>
    (windows ?? []).some((w) => w.weekday === s.weekday && inPart(s, w.part, offer.openHours)),
  );
  const codes = suggestion.reasons.map((reason) => reason.code);
  if (windows && offer.sessions.length > 0 && !fitsSomeWindow && !codes.includes('outsideTimes')) {
    problems.push('outside the usual times but not labelled');
  }
  for (const reason of suggestion.reasons) {
    switch (reason.code) {
      case 'forNeed':
        if (!offer.needs.includes(reason.need) || !person.weight.has(reason.need))
          problems.push(`reason need ${reason.need}`);
        break;
      case 'interest':
        if (!offer.interests.includes(reason.interest) || !person.interests.includes(reason.interest)) {
          problems.push(`reason interest ${reason.interest}`);
        }
        break;
      case 'said':
        // Each word quoted is one the person used, and the offer says it is for that word.
        for (const word of reason.words) {
          const keys = [...person.said].filter(([, written]) => written === word).map(([key]) => key);
          if (keys.length === 0) problems.push(`reason said "${word}": not the person's word`);
          else if (!offer.words.some((w) => keys.includes(w.key)))
            problems.push(`reason said "${word}": not the offer's`);
        }
        break;
      case 'when': {
        const { weekday, part } = reason;
        const free = (windows ?? []).some((w) => w.weekday === weekday && (part === null || w.part === part));
        // A part of the day is named only for a session that starts in it.
        const session = usableSessions.some(
          (s) =>
            s.weekday === weekday &&
            (part === null
              ? (windows ?? []).some((w) => w.weekday === weekday && inPart(s, w.part, offer.openHours))
              : inPart(s, part, offer.openHours) &&
                s.startMinute >= PART_OF_DAY_MINUTES[part].start &&
                s.startMinute < PART_OF_DAY_MINUTES[part].end),
        );
        if (!free || !session) problems.push(`reason when ${weekday} ${part ?? ''}`);
        break;
      }
      case 'outsideTimes':
        if (!windows || fitsSomeWindow || offer.sessions.length === 0) problems.push('reason outside times');
        break;
      case 'free':
        if (offer.cost.kind !== 'free') problems.push('reason free');
        break;
      case 'lowCost':
        if (offer.cost.kind !== 'paid' || offer.cost.pence !== reason.pence) problems.push('reason low cost');
        break;
      case 'distance': {
        const venue = suggestion.venue;
        if (
          !venue ||
          venue.lat === null ||
          venue.lon === null ||
          !person.origin ||
          suggestion.attendance !== 'inPerson'
        ) {
          problems.push('distance without a venue and an origin');
          break;
        }
        const miles = haversineMiles(person.origin, { lat: venue.lat, lon: venue.lon });
        if (Math.abs(roundMiles(miles) - reason.miles) > 1e-9)
          problems.push(`distance ${reason.miles} is ${miles}`);
        if (
          reason.mode === 'walk' &&
          (reason.minutes !== walkMinutes(miles) || reason.minutes > WALK.maxMinutes)
        ) {
          problems.push('walking minutes');
        }
        if (reason.approximate !== person.originApproximate) problems.push('distance exactness');
        break;
      }
      case 'remote':
        if (!offer.delivery[reason.mode] || suggestion.attendance !== 'remote')
          problems.push(`reason remote ${reason.mode}`);
        break;
      case 'homeVisit':
        if (!offer.delivery.homeVisit || suggestion.attendance !== 'homeVisit')
          problems.push('reason home visit');
        break;
      case 'access': {
        const venue = suggestion.venue;
        const holds =
          reason.access === 'womenOnly'
            ? offer.audience.includes('women')
            : reason.access === 'bsl'
              ? offer.access.includes('bsl') || offer.languages.includes('bfi')
              : suggestion.attendance === 'inPerson' && !!venue && venue.access.includes(reason.access);
        if (!holds) problems.push(`reason access ${reason.access}`);
        break;
      }
      case 'language':
        if (
          !offer.languages.includes(reason.language) ||
          !(
            person.languages.includes(reason.language) ||
            (reason.language === 'bfi' && person.access.has('bsl'))
          )
        ) {
          problems.push(`reason language ${reason.language}`);
        }
        break;
    }
  }

  // Every word the line quotes is a word the person used, given as a reason.
  const quoted = [...card.why.matchAll(/“([^”]*)”/g)].map((match) => match[1] ?? '');
  const saidWords = suggestion.reasons.flatMap((reason) => (reason.code === 'said' ? reason.words : []));
  if (quoted.length !== saidWords.length || quoted.some((word) => !saidWords.includes(word))) {
    problems.push(`quoted words ${quoted.join(', ')} are not the reasons ${saidWords.join(', ')}`);
  }

  // Buttons name their offer.
  if (!card.buttons.interested.includes(offer.name) || !card.buttons.moreInfo.includes(offer.name)) {
    problems.push('button without the offer name');
  }
  return problems;
}

/** A page's buttons must all have different names, or a screen reader hears the same button twice. */
export function pageContradictions(suggestions: readonly Suggestion[], say: Say, locale = 'en-GB'): string[] {
  const titles = suggestions.flatMap((s) => {
    const card = describeSuggestion(say, locale, s);
    return [card.buttons.interested, card.buttons.moreInfo];
  });
  return new Set(titles).size === titles.length ? [] : ['two buttons with one name on a page'];
}
