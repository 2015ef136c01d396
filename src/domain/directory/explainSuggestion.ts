/**
 * What a card may say about a suggestion, as codes: the reasons it was chosen for this person (each
 * one true of the offer and of what the person said) and the offer's own limits (who it is for, ages,
 * language, referral). The dialog layer gives the codes words; it adds no claims of its own.
 */
import {
  BSL_LANGUAGE,
  type AccessCode,
  type Audience,
  type InterestId,
  type NeedId,
  type PartOfDay,
  type RemoteMode,
  type Weekday,
} from './codes';
import type { CommunityOffer } from './communityOffer';
import { POINTS, runsInEnglish, type Fit, type PersonAccess } from './suggestionRules';

export type SuggestionReason =
  | { code: 'forNeed'; need: NeedId }
  | { code: 'interest'; interest: InterestId }
  /** Words the person used that say what the offer is for, as they wrote them. */
  | { code: 'said'; words: string[] }
  | { code: 'when'; weekday: Weekday; part: PartOfDay | null }
  | { code: 'outsideTimes' }
  | { code: 'free' }
  | { code: 'lowCost'; pence: number }
  | { code: 'distance'; mode: 'walk'; minutes: number; miles: number; approximate: boolean }
  | { code: 'distance'; mode: 'miles'; miles: number; approximate: boolean }
  | { code: 'remote'; mode: RemoteMode }
  | { code: 'homeVisit' }
  | { code: 'access'; access: AccessCode }
  | { code: 'language'; language: string };

export type OfferRestriction =
  | { code: 'audience'; audience: Audience }
  | { code: 'age'; min: number | null; max: number | null }
  | { code: 'language'; languages: string[] }
  | { code: 'referral' };

/** Walking estimate: 3 mph over a route 1.3 times the straight line (a typical urban detour index). */
export const WALK = { mph: 3, detour: 1.3, maxMinutes: 30, roundTo: 5 } as const;
/** A distance is given as a reason only when it speaks for the offer. */
export const DISTANCE_REASON_MAX_MILES = 3;
/** At most this many needs, this many interests and this many of the person's words are named on one card. */
export const MAX_REASONS_PER_KIND = 2;

export const walkMinutes = (miles: number): number =>
  Math.max(WALK.roundTo, Math.ceil((((miles * WALK.detour) / WALK.mph) * 60) / WALK.roundTo) * WALK.roundTo);

export const roundMiles = (miles: number): number => Math.round(miles * 10) / 10;

const ACCESS_OF_PREFERENCE: Readonly<Record<PersonAccess, AccessCode>> = {
  stepFree: 'stepFree',
  wheelchair: 'stepFree',
  hearingLoop: 'hearingLoop',
  bsl: 'bsl',
  womenOnly: 'womenOnly',
  quietSpace: 'quietSpace',
};

export function reasonsFor(offer: CommunityOffer, fit: Fit, originApproximate: boolean): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  fit.needs.slice(0, MAX_REASONS_PER_KIND).forEach((need) => reasons.push({ code: 'forNeed', need }));
  fit.interests
    .slice(0, MAX_REASONS_PER_KIND)
    .forEach((interest) => reasons.push({ code: 'interest', interest }));
  if (fit.said.length > 0) reasons.push({ code: 'said', words: fit.said.slice(0, MAX_REASONS_PER_KIND) });
  if (!fit.fitsTimes) reasons.push({ code: 'outsideTimes' });
  else if (fit.when) reasons.push({ code: 'when', weekday: fit.when.weekday, part: fit.when.part });

  if (offer.cost.kind === 'free') reasons.push({ code: 'free' });
  else if (offer.cost.kind === 'paid' && offer.cost.pence <= POINTS.lowCostPence) {
    reasons.push({ code: 'lowCost', pence: offer.cost.pence });
  }

  if (fit.attendance === 'remote' && fit.remote) reasons.push({ code: 'remote', mode: fit.remote });
  if (fit.attendance === 'homeVisit') reasons.push({ code: 'homeVisit' });
  if (fit.attendance === 'inPerson' && fit.miles !== null && fit.miles <= DISTANCE_REASON_MAX_MILES) {
    const minutes = walkMinutes(fit.miles);
    const miles = roundMiles(fit.miles);
    reasons.push(
      minutes <= WALK.maxMinutes
        ? { code: 'distance', mode: 'walk', minutes, miles, approximate: originApproximate }
        : { code: 'distance', mode: 'miles', miles, approximate: originApproximate },
    );
  }
  const access = new Set(fit.accessMet.map((code) => ACCESS_OF_PREFERENCE[code]));
  // "In British Sign Language" already says what "BSL" would.
  if (fit.inOwnLanguage === BSL_LANGUAGE) access.delete('bsl');
  access.forEach((code) => reasons.push({ code: 'access', access: code }));
  if (fit.inOwnLanguage) reasons.push({ code: 'language', language: fit.inOwnLanguage });
  return reasons;
}

/** The offer's own limits, shown on every card whoever is looking. */
export function restrictionsOf(offer: CommunityOffer): OfferRestriction[] {
  const restrictions: OfferRestriction[] = offer.audience.map((audience) => ({ code: 'audience', audience }));
  if (offer.minAge !== null || offer.maxAge !== null) {
    restrictions.push({ code: 'age', min: offer.minAge, max: offer.maxAge });
  }
  if (!runsInEnglish(offer)) restrictions.push({ code: 'language', languages: [...offer.languages] });
  if (offer.referral) restrictions.push({ code: 'referral' });
  return restrictions;
}
