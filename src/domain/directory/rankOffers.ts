import {
  ACCESS_CODES,
  PARTS_OF_DAY,
  WEEKDAYS,
  type AccessCode,
  type InterestId,
  type NeedId,
  type PartOfDay,
  type RemoteMode,
  type SessionFrequency,
  type Weekday,
} from './codes';
import type { CommunityOffer } from './communityOffer';
import {
  ACCESS_BIT,
  COST_FREE,
  COST_PAID,
  COST_PAID_FREE_OPTION,
  DELIVERY_IN_PERSON,
  DELIVERY_ONLINE,
  DELIVERY_PHONE,
  INTEREST_BIT,
  NEED_BIT,
  buildDirectoryIndex,
  districtCentroid,
  type DirectoryIndex,
} from './directoryIndex';
import { EARTH_RADIUS_MILES, haversineMiles, postcodeDistrict, type LatLon } from './geo';
import { ALL_SLOTS, minutesInPart, slotBit } from './sessions';

export type TravelOrigin = LatLon | { district: string } | { postcode: string };

export interface RankProfile {
  /** Most important first. */
  needs: readonly NeedId[];
  interests?: readonly InterestId[];
  availability?: {
    /** When the person is free; none given means any time outside the excluded weekdays. */
    windows?: readonly { weekday: Weekday; partOfDay: PartOfDay }[];
    excludedWeekdays?: readonly Weekday[];
  };
  travel?: {
    origin?: TravelOrigin;
    remoteOnly?: RemoteMode | 'either';
    maxMiles?: number;
  };
  freeOnly?: boolean;
  accessNeeds?: readonly AccessCode[];
  /** ISO 639-1 codes of languages the person would rather use than English. */
  languages?: readonly string[];
  age?: number;
}

export type SuggestionReason =
  | { code: 'forNeed'; need: NeedId }
  | { code: 'interest'; interest: InterestId }
  | { code: 'when'; weekday: Weekday; partOfDay: PartOfDay; frequency: SessionFrequency }
  | { code: 'free' }
  | { code: 'lowCost'; pence: number }
  | { code: 'distance'; mode: 'walk'; minutes: number; miles: number; approximate: boolean }
  | { code: 'distance'; mode: 'miles'; miles: number; approximate: boolean }
  | { code: 'remote'; mode: RemoteMode }
  | { code: 'access'; access: AccessCode }
  | { code: 'language'; language: string };

/** `need`: meets one of the person's needs; `interest`: only an interest; `any`: the person named neither. */
export type SuggestionTier = 'need' | 'interest' | 'any';

export interface Suggestion {
  offer: CommunityOffer;
  score: number;
  tier: SuggestionTier;
  /** How the person would take part: at a venue, from home, or not known (no venue and no remote way). */
  attendance: 'inPerson' | 'remote' | 'unknown';
  reasons: SuggestionReason[];
}

export interface RankResult {
  suggestions: Suggestion[];
  /** Whether other eligible offers remain for "show me other options". */
  hasMore: boolean;
}

export interface RankOffersInput {
  offers: DirectoryIndex | readonly CommunityOffer[];
  profile: RankProfile;
  limit?: number;
  /** Offers already shown: they are left out so the next call gives other options. */
  excludeIds?: Iterable<string>;
}

/**
 * Which access needs rule an offer out when unmet, and which only count in its favour. Step-free access
 * and women-only spaces decide whether someone can go at all; the rest make it better.
 */
export const ACCESS_NEED_RULES: Readonly<Record<AccessCode, 'required' | 'preferred'>> = {
  stepFree: 'required',
  womenOnly: 'required',
  hearingLoop: 'preferred',
  bsl: 'preferred',
  quietSpace: 'preferred',
};

/**
 * Points per factor. Need fit carries most weight (60 for the first need, halving down the list), and
 * an offer meeting any need always ranks above one meeting only an interest (tiers).
 */
export const RANK_WEIGHTS = {
  need: 60,
  interestFirst: 10,
  interestMore: 4,
  scheduleFit: 12,
  scheduleFitPerExtraSlot: 1,
  scheduleFitMaxExtra: 3,
  scheduleUnknown: 5,
  costFree: 8,
  costFreeOption: 5,
  costLow: 4,
  costHigh: 1,
  costUnknown: 3,
  lowCostPence: 300,
  distanceNear: 15,
  distanceScaleMiles: 5,
  remoteWhenOriginKnown: 7,
  accessPreferred: 4,
  language: 6,
} as const;

/** Walking estimate: 3 mph over a route 1.3 times the straight line (a typical urban detour index). */
export const WALK = { mph: 3, detour: 1.3, maxMinutes: 30, roundTo: 5 } as const;
/** A distance is given as a reason only when it speaks for the offer. */
export const DISTANCE_REASON_MAX_MILES = 3;
export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 50;

const MAX_REASONS_PER_KIND = 2;

/** Added to the sort key only, so every need match sorts above every interest-only match. */
const TIER_OFFSET: Readonly<Record<SuggestionTier, number>> = { need: 1e6, interest: 0, any: 0 };

export const walkMinutes = (miles: number): number =>
  Math.max(WALK.roundTo, Math.ceil(((miles * WALK.detour) / WALK.mph) * 60 / WALK.roundTo) * WALK.roundTo);

export const roundMiles = (miles: number): number => Math.round(miles * 10) / 10;

interface CompiledQuery {
  needWeight: Float64Array;
  needMask: number;
  needOrder: readonly number[];
  interestMask: number;
  interestOrder: readonly number[];
  windowsStated: boolean;
  slotMask: number;
  allowedWeekdays: number;
  origin: { latRad: number; lonRad: number; cosLat: number; point: LatLon; approximate: boolean } | null;
  remoteMask: number;
  maxMiles: number | null;
  freeOnly: boolean;
  requiredAccess: number;
  preferredAccess: number;
  languages: readonly string[];
  age: number | null;
}

const RAD = Math.PI / 180;

function resolveOrigin(index: DirectoryIndex, origin: TravelOrigin | undefined): CompiledQuery['origin'] {
  if (!origin) return null;
  let point: LatLon | null;
  let approximate = true;
  if ('lat' in origin) {
    point = Number.isFinite(origin.lat) && Number.isFinite(origin.lon) ? origin : null;
    approximate = false;
  } else if ('district' in origin) {
    point = districtCentroid(index, origin.district);
  } else {
    const district = postcodeDistrict(origin.postcode);
    point = district ? districtCentroid(index, district) : null;
  }
  if (!point) return null;
  return { latRad: point.lat * RAD, lonRad: point.lon * RAD, cosLat: Math.cos(point.lat * RAD), point, approximate };
}

function compile(index: DirectoryIndex, profile: RankProfile): CompiledQuery {
  const needWeight = new Float64Array(32);
  const needOrder: number[] = [];
  for (const need of profile.needs) {
    const bit = NEED_BIT[need];
    if (bit === undefined || needOrder.includes(bit)) continue;
    needWeight[bit] = RANK_WEIGHTS.need / 2 ** needOrder.length;
    needOrder.push(bit);
  }
  const interestOrder: number[] = [];
  for (const interest of profile.interests ?? []) {
    const bit = INTEREST_BIT[interest];
    if (bit !== undefined && !interestOrder.includes(bit)) interestOrder.push(bit);
  }
  const excludedDays = (profile.availability?.excludedWeekdays ?? []).reduce(
    (mask, day) => mask | (1 << WEEKDAYS.indexOf(day)),
    0,
  );
  const windows = profile.availability?.windows ?? [];
  let slotMask = windows.length > 0 ? 0 : ALL_SLOTS;
  for (const window of windows) slotMask |= slotBit(window.weekday, window.partOfDay);
  WEEKDAYS.forEach((_, day) => {
    if (excludedDays & (1 << day)) slotMask &= ~(0b111 << (day * 3));
  });
  const remoteOnly = profile.travel?.remoteOnly;
  let requiredAccess = 0;
  let preferredAccess = 0;
  for (const code of profile.accessNeeds ?? []) {
    if (ACCESS_NEED_RULES[code] === 'required') requiredAccess |= 1 << ACCESS_BIT[code];
    else preferredAccess |= 1 << ACCESS_BIT[code];
  }
  const maxMiles = profile.travel?.maxMiles;
  return {
    needWeight,
    needMask: needOrder.reduce((mask, bit) => mask | (1 << bit), 0),
    needOrder,
    interestMask: interestOrder.reduce((mask, bit) => mask | (1 << bit), 0),
    interestOrder,
    windowsStated: windows.length > 0,
    slotMask,
    allowedWeekdays: 0b1111111 & ~excludedDays,
    origin: resolveOrigin(index, profile.travel?.origin),
    remoteMask:
      remoteOnly === 'online'
        ? DELIVERY_ONLINE
        : remoteOnly === 'phone'
          ? DELIVERY_PHONE
          : remoteOnly === 'either'
            ? DELIVERY_ONLINE | DELIVERY_PHONE
            : 0,
    maxMiles: maxMiles !== undefined && Number.isFinite(maxMiles) && maxMiles >= 0 ? maxMiles : null,
    freeOnly: profile.freeOnly === true,
    requiredAccess,
    preferredAccess,
    languages: (profile.languages ?? []).map((code) => code.toLowerCase()).filter((code) => code !== 'en'),
    age: profile.age !== undefined && Number.isFinite(profile.age) ? profile.age : null,
  };
}

const popcount = (value: number): number => {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/** Nearest venue in miles, or -1 when the offer has no venue with coordinates. */
function nearestMiles(index: DirectoryIndex, position: number, origin: NonNullable<CompiledQuery['origin']>): number {
  const from = index.venueStart[position] as number;
  const to = index.venueStart[position + 1] as number;
  let best = -1;
  for (let v = from; v < to; v++) {
    const lat = index.venueLat[v] as number;
    const sinLat = Math.sin((lat - origin.latRad) / 2);
    const sinLon = Math.sin(((index.venueLon[v] as number) - origin.lonRad) / 2);
    const h = sinLat * sinLat + origin.cosLat * (index.venueCosLat[v] as number) * sinLon * sinLon;
    const miles = 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
    if (best < 0 || miles < best) best = miles;
  }
  return best;
}

const ATTEND_IN_PERSON = 0;
const ATTEND_REMOTE = 1;
const ATTEND_UNKNOWN = 2;

/**
 * Applies the hard filters and scores what is left: -1 when the offer is ruled out. Also reports how
 * the person would attend, which the reasons need.
 */
function evaluate(index: DirectoryIndex, q: CompiledQuery, i: number, out: { attend: number }): number {
  if (q.age !== null) {
    const min = index.minAge[i] as number;
    const max = index.maxAge[i] as number;
    if ((min >= 0 && q.age < min) || (max >= 0 && q.age > max)) return -1;
  }
  const costKind = index.costKind[i] as number;
  if (q.freeOnly && costKind !== COST_FREE) return -1;
  const access = index.accessMask[i] as number;
  const delivery = index.deliveryMask[i] as number;
  const days = index.weekdayMask[i] as number;
  if (days !== 0 && (days & q.allowedWeekdays) === 0) return -1;

  const remoteWays = delivery & (q.remoteMask || DELIVERY_ONLINE | DELIVERY_PHONE);
  let attend: number;
  let miles = -1;
  if (q.remoteMask !== 0) {
    if (remoteWays === 0) return -1;
    attend = ATTEND_REMOTE;
  } else {
    let inPersonOk = (delivery & DELIVERY_IN_PERSON) !== 0;
    const venueNeeds = q.requiredAccess & ~(1 << ACCESS_BIT.womenOnly);
    if (inPersonOk && (access & venueNeeds) !== venueNeeds) inPersonOk = false;
    if (inPersonOk && q.origin) {
      miles = nearestMiles(index, i, q.origin);
      if (q.maxMiles !== null && miles > q.maxMiles) inPersonOk = false;
    }
    if (inPersonOk) attend = ATTEND_IN_PERSON;
    else if (remoteWays !== 0) attend = ATTEND_REMOTE;
    else if ((delivery & DELIVERY_IN_PERSON) === 0 && (q.requiredAccess & ~(1 << ACCESS_BIT.womenOnly)) === 0)
      attend = ATTEND_UNKNOWN;
    else return -1;
  }
  const womenOnly = 1 << ACCESS_BIT.womenOnly;
  if (q.requiredAccess & womenOnly && !(access & womenOnly)) return -1;
  out.attend = attend;

  let score = 0;
  let needs = (index.needMask[i] as number) & q.needMask;
  while (needs !== 0) {
    const low = needs & -needs;
    score += q.needWeight[31 - Math.clz32(low)] as number;
    needs ^= low;
  }
  const interests = popcount((index.interestMask[i] as number) & q.interestMask);
  if (interests > 0) score += RANK_WEIGHTS.interestFirst + RANK_WEIGHTS.interestMore * (interests - 1);

  if (q.windowsStated) {
    if (days === 0) score += RANK_WEIGHTS.scheduleUnknown;
    else {
      const free = popcount((index.slotMask[i] as number) & q.slotMask);
      if (free > 0) {
        score +=
          RANK_WEIGHTS.scheduleFit +
          Math.min(RANK_WEIGHTS.scheduleFitMaxExtra, (free - 1) * RANK_WEIGHTS.scheduleFitPerExtraSlot);
      }
    }
  }

  if (costKind === COST_FREE) score += RANK_WEIGHTS.costFree;
  else if (costKind === COST_PAID_FREE_OPTION) score += RANK_WEIGHTS.costFreeOption;
  else if (costKind === COST_PAID) {
    score +=
      (index.costPence[i] as number) <= RANK_WEIGHTS.lowCostPence ? RANK_WEIGHTS.costLow : RANK_WEIGHTS.costHigh;
  } else score += RANK_WEIGHTS.costUnknown;

  if (q.origin && q.remoteMask === 0) {
    if (attend === ATTEND_IN_PERSON && miles >= 0) {
      const scale = q.maxMiles ?? RANK_WEIGHTS.distanceScaleMiles;
      score += scale > 0 ? RANK_WEIGHTS.distanceNear * Math.max(0, 1 - miles / scale) : 0;
    } else if (attend === ATTEND_REMOTE) score += RANK_WEIGHTS.remoteWhenOriginKnown;
  }

  const preferred = popcount(access & q.preferredAccess);
  score += preferred * RANK_WEIGHTS.accessPreferred;
  if (q.languages.length > 0) {
    const spoken = index.offers[i]?.languages ?? [];
    if (q.languages.some((code) => spoken.includes(code))) score += RANK_WEIGHTS.language;
  }
  return score;
}

/** Keeps the best `limit` (score desc, then position asc = id asc) in sorted parallel arrays. */
class TopK {
  readonly positions: number[] = [];
  readonly scores: number[] = [];
  readonly attends: number[] = [];
  readonly tiers: SuggestionTier[] = [];

  constructor(private readonly limit: number) {}

  offer(position: number, score: number, attend: number, tier: SuggestionTier): void {
    const { positions, scores } = this;
    if (positions.length === this.limit) {
      const worst = positions.length - 1;
      const worstScore = scores[worst] as number;
      if (score < worstScore || (score === worstScore && position > (positions[worst] as number))) return;
    }
    let at = positions.length;
    while (at > 0) {
      const s = scores[at - 1] as number;
      if (s > score || (s === score && (positions[at - 1] as number) < position)) break;
      at -= 1;
    }
    positions.splice(at, 0, position);
    scores.splice(at, 0, score);
    this.attends.splice(at, 0, attend);
    this.tiers.splice(at, 0, tier);
    if (positions.length > this.limit) {
      positions.pop();
      scores.pop();
      this.attends.pop();
      this.tiers.pop();
    }
  }
}

function bestWhen(offer: CommunityOffer, slotMask: number): SuggestionReason | null {
  let best: { weekday: Weekday; partOfDay: PartOfDay; frequency: SessionFrequency; minutes: number } | null = null;
  for (const session of offer.sessions) {
    for (const part of PARTS_OF_DAY) {
      if ((slotMask & slotBit(session.weekday, part)) === 0) continue;
      const minutes = minutesInPart(session, part);
      if (minutes > 0 && (best === null || minutes > best.minutes)) {
        best = { weekday: session.weekday, partOfDay: part, frequency: session.frequency, minutes };
      }
    }
  }
  return best
    ? { code: 'when', weekday: best.weekday, partOfDay: best.partOfDay, frequency: best.frequency }
    : null;
}

function reasonsFor(
  offer: CommunityOffer,
  profile: RankProfile,
  q: CompiledQuery,
  attend: number,
): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  const needs = [...new Set(profile.needs)].filter((need) => offer.needs.includes(need));
  needs.slice(0, MAX_REASONS_PER_KIND).forEach((need) => reasons.push({ code: 'forNeed', need }));
  const interests = [...new Set(profile.interests ?? [])].filter((interest) => offer.interests.includes(interest));
  interests.slice(0, MAX_REASONS_PER_KIND).forEach((interest) => reasons.push({ code: 'interest', interest }));

  if (q.windowsStated) {
    const when = bestWhen(offer, q.slotMask);
    if (when) reasons.push(when);
  }

  if (offer.cost.kind === 'free') reasons.push({ code: 'free' });
  else if (offer.cost.kind === 'paid' && offer.cost.pence <= RANK_WEIGHTS.lowCostPence) {
    reasons.push({ code: 'lowCost', pence: offer.cost.pence });
  }

  if (attend === ATTEND_REMOTE) {
    const modes: RemoteMode[] = ['online', 'phone'];
    const mode = modes.find(
      (m) =>
        offer.delivery[m] &&
        (q.remoteMask === 0 || (q.remoteMask & (m === 'online' ? DELIVERY_ONLINE : DELIVERY_PHONE)) !== 0),
    );
    if (mode) reasons.push({ code: 'remote', mode });
  } else if (attend === ATTEND_IN_PERSON && q.origin) {
    const miles = nearestVenueMiles(offer, q.origin.point);
    if (miles !== null && miles <= DISTANCE_REASON_MAX_MILES) {
      const minutes = walkMinutes(miles);
      const approximate = q.origin.approximate;
      reasons.push(
        minutes <= WALK.maxMinutes
          ? { code: 'distance', mode: 'walk', minutes, miles: roundMiles(miles), approximate }
          : { code: 'distance', mode: 'miles', miles: roundMiles(miles), approximate },
      );
    }
  }

  for (const code of ACCESS_CODES) {
    if ((profile.accessNeeds ?? []).includes(code) && offer.access.includes(code)) {
      if (code === 'stepFree' && attend !== ATTEND_IN_PERSON) continue;
      reasons.push({ code: 'access', access: code });
    }
  }
  const language = q.languages.find((code) => offer.languages.includes(code));
  if (language) reasons.push({ code: 'language', language });
  return reasons;
}

/** Nearest venue of an offer in miles (haversine), or null when none has coordinates. */
export function nearestVenueMiles(offer: CommunityOffer, origin: LatLon): number | null {
  let best: number | null = null;
  for (const venue of offer.locations) {
    if (venue.lat === null || venue.lon === null) continue;
    const miles = haversineMiles(origin, { lat: venue.lat, lon: venue.lon });
    if (best === null || miles < best) best = miles;
  }
  return best;
}

const cachedIndexes = new WeakMap<readonly CommunityOffer[], DirectoryIndex>();

const asIndex = (offers: DirectoryIndex | readonly CommunityOffer[]): DirectoryIndex => {
  if (!Array.isArray(offers)) return offers as DirectoryIndex;
  const list = offers as readonly CommunityOffer[];
  let index = cachedIndexes.get(list);
  if (!index) {
    index = buildDirectoryIndex(list);
    cachedIndexes.set(list, index);
  }
  return index;
};

/**
 * The best offers for one person, most suitable first, each with the true reasons it was chosen.
 * Deterministic: equal scores are broken by offer id.
 */
export function rankOffers(input: RankOffersInput): RankResult {
  const index = asIndex(input.offers);
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(input.limit ?? DEFAULT_LIMIT)));
  const q = compile(index, input.profile);
  const scratch = index.scratch;
  scratch.generation = (scratch.generation + 1) >>> 0;
  if (scratch.generation === 0) {
    scratch.seen.fill(0);
    scratch.excluded.fill(0);
    scratch.generation = 1;
  }
  const generation = scratch.generation;
  for (const id of input.excludeIds ?? []) {
    const position = index.positionOfId.get(id);
    if (position !== undefined) scratch.excluded[position] = generation;
  }

  const top = new TopK(limit);
  const out = { attend: ATTEND_IN_PERSON };
  let eligible = 0;
  const consider = (position: number, tier: SuggestionTier) => {
    if (scratch.seen[position] === generation) return;
    scratch.seen[position] = generation;
    if (scratch.excluded[position] === generation) return;
    const score = evaluate(index, q, position, out);
    if (score < 0) return;
    eligible += 1;
    top.offer(position, score + TIER_OFFSET[tier], out.attend, tier);
  };

  for (const bit of q.needOrder) {
    const posting = index.needPostings[bit] as Int32Array;
    for (let k = 0; k < posting.length; k++) consider(posting[k] as number, 'need');
  }
  // Interest-only offers are looked at when need matches cannot fill the list (or say whether more exist).
  if (eligible <= limit) {
    for (const bit of q.interestOrder) {
      const posting = index.interestPostings[bit] as Int32Array;
      for (let k = 0; k < posting.length; k++) consider(posting[k] as number, 'interest');
    }
  }
  if (q.needOrder.length === 0 && q.interestOrder.length === 0) {
    for (let position = 0; position < index.offers.length; position++) consider(position, 'any');
  }

  const suggestions = top.positions.map((position, k): Suggestion => {
    const offer = index.offers[position] as CommunityOffer;
    const attend = top.attends[k] as number;
    return {
      offer,
      score: Math.round(((top.scores[k] as number) - TIER_OFFSET[top.tiers[k] as SuggestionTier]) * 1000) / 1000,
      tier: top.tiers[k] as SuggestionTier,
      attendance: attend === ATTEND_IN_PERSON ? 'inPerson' : attend === ATTEND_REMOTE ? 'remote' : 'unknown',
      reasons: reasonsFor(offer, input.profile, q, attend),
    };
  });
  return { suggestions, hasMore: eligible > suggestions.length };
}
