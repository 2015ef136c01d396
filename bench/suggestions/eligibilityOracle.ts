/**
 * The limits an offer must not break for a person, written a second time and plainly, straight from
 * docs/suggestions.md and the directory data, without the suggestion rules' code. The evaluation and
 * the property test hold every suggestion to it: where the two disagree, one of them is wrong.
 */
import type { Audience, Circumstance, NeedId, Weekday } from '../../src/domain/directory/codes';
import type { CommunityOffer, WeeklySession } from '../../src/domain/directory/communityOffer';
import { haversineMiles, type LatLon } from '../../src/domain/directory/geo';
import type { EvalProfile } from './evalProfiles';

const DAY_OF: Record<string, Weekday> = {
  MO: 'mon',
  TU: 'tue',
  WE: 'wed',
  TH: 'thu',
  FR: 'fri',
  SA: 'sat',
  SU: 'sun',
};

const toMinutes = (clock: string | null): number | null =>
  clock === null ? null : Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

export function brokenLimits(
  offer: CommunityOffer,
  profile: EvalProfile,
  centreOf: (district: string) => LatLon | null,
): string[] {
  const broken: string[] = [];
  const needs = new Set<NeedId>(profile.needs.map((need) => need.id));
  const facts = new Set<Circumstance>(profile.circumstances ?? []);
  const conditions = (
    ['diabetes', 'lungCondition', 'heartCondition', 'chronicPain', 'stroke', 'dementia'] as const
  ).some((c) => facts.has(c));
  const first = profile.languages[0] ?? 'en';
  const belongs: Record<Audience, boolean> = {
    women:
      profile.gender === 'female' || (profile.gender === 'unknown' && profile.access.includes('womenOnly')),
    fathers:
      profile.gender === 'male' &&
      (needs.has('familyAndParenting') || facts.has('parent') || facts.has('youngChildren')),
    carers: needs.has('caring') || facts.has('carer'),
    dementia: facts.has('dementia'),
    bereaved: needs.has('bereavement') || facts.has('bereaved'),
    domesticAbuse: needs.has('domesticAbuse'),
    substanceUse: needs.has('substanceUse'),
    longTermCondition: needs.has('longTermCondition') || conditions,
    lowMoodOrCondition: needs.has('lowMood') || needs.has('longTermCondition') || conditions,
    diabetes: facts.has('diabetes'),
    lungCondition: facts.has('lungCondition'),
    heartCondition: facts.has('heartCondition'),
    chronicPain: facts.has('chronicPain'),
    stroke: facts.has('stroke'),
    parents: needs.has('familyAndParenting') || facts.has('parent') || facts.has('youngChildren'),
    youngChildren: facts.has('youngChildren'),
    noHome: facts.has('noHome'),
    tenants: !facts.has('noHome'),
    outOfWorkIllHealth: facts.has('outOfWorkIllHealth'),
    foodNeed: needs.has('foodPoverty'),
    cannotUseBus: facts.has('cannotUseBus') || (needs.has('transport') && !facts.has('canUseBus')),
    englishLearners: first !== 'en' && first !== 'bfi',
  };
  for (const audience of offer.audience) if (!belongs[audience]) broken.push(`audience:${audience}`);

  if (profile.age !== null) {
    if (offer.minAge !== null && profile.age < offer.minAge) broken.push('age');
    if (offer.maxAge !== null && profile.age > offer.maxAge) broken.push('age');
  }

  const spoken = new Set(profile.languages.length === 0 ? ['en'] : profile.languages);
  if (profile.access.includes('bsl')) spoken.add('bfi');
  if (
    offer.languages.length > 0 &&
    !offer.languages.includes('en') &&
    !offer.languages.some((l) => spoken.has(l))
  ) {
    broken.push('language');
  }

  const district = profile.travel?.district ?? null;
  if (district && offer.areas.length > 0 && !offer.areas.includes(district.toUpperCase()))
    broken.push('area');

  const level = profile.cost?.level ?? 'anyCost';
  if (offer.cost.kind === 'paid' && level !== 'anyCost') {
    const limit = level === 'freeOnly' ? 0 : Math.round((profile.cost?.maxPounds ?? Infinity) * 100);
    // Only a concession for people on benefits: "first session free" does not make an offer free.
    const concession = offer.cost.freeOnBenefits && facts.has('meansTestedBenefits');
    if (offer.cost.pence > limit && !concession) broken.push('cost');
  }

  const availability = profile.availability;
  if (availability && offer.sessions.length > 0) {
    const excluded = new Set(availability.excludedDays.map((code) => DAY_OF[code]));
    const from = toMinutes(availability.notBefore);
    const to = toMinutes(availability.notAfter);
    const usable = (session: WeeklySession): boolean => {
      if (excluded.has(session.weekday)) return false;
      if (from === null && to === null) return true;
      const start = session.startMinute;
      if (offer.openHours) {
        const end = session.endMinute ?? start + 45;
        return Math.min(end, to ?? 1440) - Math.max(start, from ?? 0) >= 45;
      }
      return (from === null || start >= from) && (to === null || (session.endMinute ?? start) <= to);
    };
    if (!offer.sessions.some(usable)) broken.push('times');
  }

  const cannotPhone = facts.has('cannotUsePhone') || profile.access.includes('bsl');
  const noInternet = facts.has('noInternet');
  const online = offer.delivery.online && !noInternet;
  const phone = offer.delivery.phone && !cannotPhone;
  const remoteOnly = profile.travel?.remoteOnly ?? null;
  if (remoteOnly === 'online' && !online) broken.push('remoteOnly');
  else if (remoteOnly === 'phone' && !phone) broken.push('remoteOnly');
  else if (remoteOnly === 'either' && !online && !phone) broken.push('remoteOnly');
  else if (remoteOnly === null) {
    const centre = district ? centreOf(district) : null;
    const maxMiles = profile.travel?.maxMiles ?? null;
    const stepFree = profile.access.includes('stepFree') || profile.access.includes('wheelchair');
    const venueOk = offer.locations.some((venue) => {
      if (stepFree && !venue.access.includes('stepFree')) return false;
      if (maxMiles === null || !centre || venue.lat === null || venue.lon === null) return true;
      return haversineMiles(centre, { lat: venue.lat, lon: venue.lon }) <= maxMiles + 0.1;
    });
    const noWayKnown =
      offer.locations.length === 0 &&
      !offer.delivery.online &&
      !offer.delivery.phone &&
      !offer.delivery.homeVisit;
    if (!venueOk && !offer.delivery.homeVisit && !online && !phone && !noWayKnown) broken.push('takingPart');
  }
  return broken;
}
