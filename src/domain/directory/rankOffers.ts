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
  COST_UNKNOWN,
  BLOCK_SHIFT,
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
    windows?: readonly { weekday: Weekday; partOfDay: PartOfDay }[] | undefined;
    excludedWeekdays?: readonly Weekday[] | undefined;
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

/** Every need match sorts above every interest-only match, whatever the scores. */
const TIERS: readonly SuggestionTier[] = ['need', 'interest', 'any'];
const TIER_NEED = 0;
const TIER_INTEREST = 1;
const TIER_ANY = 2;

export const walkMinutes = (miles: number): number =>
  Math.max(WALK.roundTo, Math.ceil((((miles * WALK.detour) / WALK.mph) * 60) / WALK.roundTo) * WALK.roundTo);

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
  languageMask: number;
  age: number | null;
}

const RAD = Math.PI / 180;
const WOMEN_ONLY_BIT = 1 << ACCESS_BIT.womenOnly;

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
  return {
    latRad: point.lat * RAD,
    lonRad: point.lon * RAD,
    cosLat: Math.cos(point.lat * RAD),
    point,
    approximate,
  };
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
  const languages = (profile.languages ?? [])
    .map((code) => code.toLowerCase())
    .filter((code) => code !== 'en');
  const origin = resolveOrigin(index, profile.travel?.origin);
  return {
    needWeight,
    needMask: needOrder.reduce((mask, bit) => mask | (1 << bit), 0),
    needOrder,
    interestMask: interestOrder.reduce((mask, bit) => mask | (1 << bit), 0),
    interestOrder,
    windowsStated: windows.length > 0,
    slotMask,
    allowedWeekdays: 0b1111111 & ~excludedDays,
    origin,
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
    languages,
    languageMask: languages.reduce((mask, code) => mask | (index.languageBit.get(code) ?? 0), 0),
    age: profile.age !== undefined && Number.isFinite(profile.age) ? profile.age : null,
  };
}

const popcount = (value: number): number => {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/** Nearest venue in miles, or -1 when the offer has no venue with coordinates. */
function nearestMiles(
  index: DirectoryIndex,
  position: number,
  origin: NonNullable<CompiledQuery['origin']>,
): number {
  const from = index.venueStart[position] as number;
  const to = index.venueStart[position + 1] as number;
  let best = -1;
  for (let v = from; v < to; v++) {
    const lat = index.venueLat[v] as number;
    // North-south separation alone already rules this venue out as the nearest.
    if (best >= 0 && Math.abs(lat - origin.latRad) * EARTH_RADIUS_MILES >= best) continue;
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

/** What the cheap pass leaves for the distance pass. */
interface Pending {
  /** Attendance if the venue turns out near enough (or no distance applies). */
  attend: number;
  /** Whether a remote way remains if the venue is too far. */
  remoteFallback: boolean;
  /** Whether a distance is to be measured at all. */
  measure: boolean;
}

/**
 * First pass: every hard filter and every score part that needs no trigonometry. Returns -1 when the
 * offer is ruled out. The distance part is left to `finish`, so offers that cannot reach the current
 * top list never pay for it.
 */
function cheapPass(
  index: DirectoryIndex,
  q: CompiledQuery,
  i: number,
  pending: Pending,
  costPoints: Float64Array,
): number {
  if (q.age !== null) {
    const min = index.minAge[i] as number;
    const max = index.maxAge[i] as number;
    if ((min >= 0 && q.age < min) || (max >= 0 && q.age > max)) return -1;
  }
  const costKind = index.costKind[i] as number;
  if (q.freeOnly && costKind !== COST_FREE) return -1;
  const access = index.accessMask[i] as number;
  if ((q.requiredAccess & WOMEN_ONLY_BIT) !== 0 && (access & WOMEN_ONLY_BIT) === 0) return -1;
  const days = index.weekdayMask[i] as number;
  if (days !== 0 && (days & q.allowedWeekdays) === 0) return -1;

  const delivery = index.deliveryMask[i] as number;
  const remoteWays = delivery & (q.remoteMask || DELIVERY_ONLINE | DELIVERY_PHONE);
  pending.measure = false;
  pending.remoteFallback = remoteWays !== 0;
  if (q.remoteMask !== 0) {
    if (remoteWays === 0) return -1;
    pending.attend = ATTEND_REMOTE;
  } else {
    const venueNeeds = q.requiredAccess & ~WOMEN_ONLY_BIT;
    const inPersonOk = (delivery & DELIVERY_IN_PERSON) !== 0 && (access & venueNeeds) === venueNeeds;
    if (inPersonOk) {
      pending.attend = ATTEND_IN_PERSON;
      pending.measure =
        q.origin !== null && (index.venueStart[i + 1] as number) > (index.venueStart[i] as number);
    } else if (remoteWays !== 0) pending.attend = ATTEND_REMOTE;
    else if ((delivery & DELIVERY_IN_PERSON) === 0 && venueNeeds === 0) pending.attend = ATTEND_UNKNOWN;
    else return -1;
  }

  let score = 0;
  let needs = (index.needMask[i] as number) & q.needMask;
  while (needs !== 0) {
    const low = needs & -needs;
    score += q.needWeight[31 - Math.clz32(low)] as number;
    needs ^= low;
  }
  const interests = popcount((index.interestMask[i] as number) & q.interestMask);
  if (interests > 0) score += RANK_WEIGHTS.interestFirst + RANK_WEIGHTS.interestMore * (interests - 1);

  if (q.windowsStated) score += schedulePoints(index, q, i);

  score += costPoints[i] as number;

  score += popcount(access & q.preferredAccess) * RANK_WEIGHTS.accessPreferred;
  if (q.languageMask !== 0 && ((index.languageMask[i] as number) & q.languageMask) !== 0) {
    score += RANK_WEIGHTS.language;
  }
  if (q.origin && q.remoteMask === 0 && pending.attend === ATTEND_REMOTE)
    score += RANK_WEIGHTS.remoteWhenOriginKnown;
  return score;
}

const costPointsCache = new WeakMap<DirectoryIndex, Float64Array>();

/** Cost points depend only on the offer, so they are worked out once per index. */
function costPointsOf(index: DirectoryIndex): Float64Array {
  let points = costPointsCache.get(index);
  if (!points) {
    points = new Float64Array(index.offers.length);
    for (let i = 0; i < points.length; i++) {
      const kind = index.costKind[i] as number;
      points[i] =
        kind === COST_FREE
          ? RANK_WEIGHTS.costFree
          : kind === COST_PAID_FREE_OPTION
            ? RANK_WEIGHTS.costFreeOption
            : kind === COST_PAID
              ? (index.costPence[i] as number) <= RANK_WEIGHTS.lowCostPence
                ? RANK_WEIGHTS.costLow
                : RANK_WEIGHTS.costHigh
              : RANK_WEIGHTS.costUnknown;
    }
    costPointsCache.set(index, points);
  }
  return points;
}

/**
 * A ceiling on an offer's score from a few loads and no trigonometry: its exact need, interest,
 * timing, cost, access and language points, plus the most distance could add given how far its
 * nearest venue is north or south of the person (a great-circle distance is never shorter than
 * that). An offer whose ceiling cannot reach the current list is skipped unevaluated.
 */
function scoreCeiling(index: DirectoryIndex, q: CompiledQuery, i: number, costPoints: Float64Array): number {
  let score = costPoints[i] as number;
  let needs = (index.needMask[i] as number) & q.needMask;
  while (needs !== 0) {
    const low = needs & -needs;
    score += q.needWeight[31 - Math.clz32(low)] as number;
    needs ^= low;
  }
  const interests = popcount((index.interestMask[i] as number) & q.interestMask);
  if (interests > 0) score += RANK_WEIGHTS.interestFirst + RANK_WEIGHTS.interestMore * (interests - 1);
  if (q.windowsStated) score += schedulePoints(index, q, i);
  if (q.preferredAccess !== 0) {
    score += popcount((index.accessMask[i] as number) & q.preferredAccess) * RANK_WEIGHTS.accessPreferred;
  }
  if (q.languageMask !== 0 && ((index.languageMask[i] as number) & q.languageMask) !== 0) {
    score += RANK_WEIGHTS.language;
  }
  if (q.origin && q.remoteMask === 0) {
    let distance = 0;
    const from = index.venueStart[i] as number;
    const to = index.venueStart[i + 1] as number;
    if (to > from) distance = distancePoints(q, northSouthMiles(index, i, q.origin));
    if (((index.deliveryMask[i] as number) & (DELIVERY_ONLINE | DELIVERY_PHONE)) !== 0) {
      distance = Math.max(distance, RANK_WEIGHTS.remoteWhenOriginKnown);
    }
    score += distance;
  }
  return score;
}

/** Miles north or south to the offer's nearest venue: a floor under its great-circle distance. */
function northSouthMiles(
  index: DirectoryIndex,
  i: number,
  origin: NonNullable<CompiledQuery['origin']>,
): number {
  let nearest = Infinity;
  const to = index.venueStart[i + 1] as number;
  for (let v = index.venueStart[i] as number; v < to; v++) {
    nearest = Math.min(nearest, Math.abs((index.venueLat[v] as number) - origin.latRad));
  }
  return nearest * EARTH_RADIUS_MILES;
}

function schedulePoints(index: DirectoryIndex, q: CompiledQuery, i: number): number {
  if ((index.weekdayMask[i] as number) === 0) return RANK_WEIGHTS.scheduleUnknown;
  const free = popcount((index.slotMask[i] as number) & q.slotMask);
  return free > 0
    ? RANK_WEIGHTS.scheduleFit +
        Math.min(RANK_WEIGHTS.scheduleFitMaxExtra, (free - 1) * RANK_WEIGHTS.scheduleFitPerExtraSlot)
    : 0;
}

function distancePoints(q: CompiledQuery, miles: number): number {
  const scale = q.maxMiles ?? RANK_WEIGHTS.distanceScaleMiles;
  return scale > 0 ? RANK_WEIGHTS.distanceNear * Math.max(0, 1 - miles / scale) : 0;
}

/** The most any offer can score on everything but needs. */
function bestOfTheRest(q: CompiledQuery): number {
  const interests = popcount(q.interestMask);
  return (
    (interests > 0 ? RANK_WEIGHTS.interestFirst + RANK_WEIGHTS.interestMore * (interests - 1) : 0) +
    (q.windowsStated ? RANK_WEIGHTS.scheduleFit + RANK_WEIGHTS.scheduleFitMaxExtra : 0) +
    RANK_WEIGHTS.costFree +
    popcount(q.preferredAccess) * RANK_WEIGHTS.accessPreferred +
    (q.languages.length > 0 ? RANK_WEIGHTS.language : 0) +
    (q.origin && q.remoteMask === 0
      ? Math.max(RANK_WEIGHTS.distanceNear, RANK_WEIGHTS.remoteWhenOriginKnown)
      : 0)
  );
}

/** Most the distance pass can add, for the bound that lets an offer be skipped unmeasured. */
const distanceHeadroom = (pending: Pending): number =>
  pending.measure
    ? Math.max(RANK_WEIGHTS.distanceNear, pending.remoteFallback ? RANK_WEIGHTS.remoteWhenOriginKnown : 0)
    : 0;

/** Second pass: distance to the nearest venue, the max-miles filter and the distance score. */
function finish(
  index: DirectoryIndex,
  q: CompiledQuery,
  i: number,
  pending: Pending,
  partial: number,
): number {
  if (!pending.measure || !q.origin) return partial;
  const miles =
    q.maxMiles !== null && northSouthMiles(index, i, q.origin) > q.maxMiles
      ? Infinity
      : nearestMiles(index, i, q.origin);
  if (q.maxMiles !== null && miles > q.maxMiles) {
    if (!pending.remoteFallback) return -1;
    pending.attend = ATTEND_REMOTE;
    return partial + RANK_WEIGHTS.remoteWhenOriginKnown;
  }
  return partial + distancePoints(q, miles);
}

/** Keeps the best `limit` in sorted parallel arrays: tier first, then score desc, then id rank asc. */
class TopK {
  readonly positions: number[] = [];
  readonly keys: number[] = [];
  readonly scores: number[] = [];
  readonly attends: number[] = [];
  readonly tiers: number[] = [];

  constructor(private readonly limit: number) {}

  /** True when (tier, score, key) a ranks before b. */
  private static before(
    tierA: number,
    scoreA: number,
    keyA: number,
    tierB: number,
    scoreB: number,
    keyB: number,
  ) {
    return tierA !== tierB ? tierA < tierB : scoreA !== scoreB ? scoreA > scoreB : keyA < keyB;
  }

  /** Whether an offer scoring at most `bound` could still enter the list. */
  couldEnter(key: number, bound: number, tier: number): boolean {
    const last = this.positions.length - 1;
    return (
      this.positions.length < this.limit ||
      TopK.before(
        tier,
        bound,
        key,
        this.tiers[last] as number,
        this.scores[last] as number,
        this.keys[last] as number,
      )
    );
  }

  offer(position: number, key: number, score: number, attend: number, tier: number): void {
    if (!this.couldEnter(key, score, tier)) return;
    const { positions, keys, scores, tiers, attends } = this;
    let at = positions.length;
    while (
      at > 0 &&
      TopK.before(tier, score, key, tiers[at - 1] as number, scores[at - 1] as number, keys[at - 1] as number)
    ) {
      at -= 1;
    }
    positions.splice(at, 0, position);
    keys.splice(at, 0, key);
    scores.splice(at, 0, score);
    attends.splice(at, 0, attend);
    tiers.splice(at, 0, tier);
    if (positions.length > this.limit) {
      positions.pop();
      keys.pop();
      scores.pop();
      attends.pop();
      tiers.pop();
    }
  }
}

/** Whether a hard filter rules out every offer in block `b`, whatever the list holds. */
function blockRuledOut(blocks: DirectoryIndex['blocks'], q: CompiledQuery, b: number): boolean {
  if (q.freeOnly && ((blocks.costKinds[b] as number) & (1 << COST_FREE)) === 0) return true;
  if (q.remoteMask !== 0 && ((blocks.deliveryOr[b] as number) & q.remoteMask) === 0) return true;
  if ((q.requiredAccess & WOMEN_ONLY_BIT) !== 0 && ((blocks.accessOr[b] as number) & WOMEN_ONLY_BIT) === 0) {
    return true;
  }
  if (blocks.unknownDays[b] === 0 && ((blocks.weekdayOr[b] as number) & q.allowedWeekdays) === 0) return true;
  if (q.age !== null) {
    const oldest = blocks.maxAgeHigh[b] as number;
    if (q.age < (blocks.minAgeLow[b] as number) || (oldest >= 0 && q.age > oldest)) return true;
  }
  return false;
}

/**
 * The best any offer in block `b` could score: ORs and extremes of the block's offers, and the
 * north-south gap between the person and the block's band of venues.
 */
function blockCeiling(index: DirectoryIndex, q: CompiledQuery, b: number): number {
  const blocks = index.blocks;
  if (blockRuledOut(blocks, q, b)) return -Infinity;
  let score = 0;
  let needs = (blocks.needOr[b] as number) & q.needMask;
  while (needs !== 0) {
    const low = needs & -needs;
    score += q.needWeight[31 - Math.clz32(low)] as number;
    needs ^= low;
  }
  const interests = popcount((blocks.interestOr[b] as number) & q.interestMask);
  if (interests > 0) score += RANK_WEIGHTS.interestFirst + RANK_WEIGHTS.interestMore * (interests - 1);
  if (q.windowsStated) {
    if (((blocks.slotOr[b] as number) & q.slotMask) !== 0) {
      score += RANK_WEIGHTS.scheduleFit + RANK_WEIGHTS.scheduleFitMaxExtra;
    } else if (blocks.unknownDays[b] === 1) score += RANK_WEIGHTS.scheduleUnknown;
  }
  const kinds = blocks.costKinds[b] as number;
  let cost = 0;
  if (kinds & (1 << COST_FREE)) cost = RANK_WEIGHTS.costFree;
  else {
    if (kinds & (1 << COST_PAID_FREE_OPTION)) cost = RANK_WEIGHTS.costFreeOption;
    if (kinds & (1 << COST_PAID)) {
      cost = Math.max(
        cost,
        (blocks.lowestPence[b] as number) <= RANK_WEIGHTS.lowCostPence
          ? RANK_WEIGHTS.costLow
          : RANK_WEIGHTS.costHigh,
      );
    }
    if (kinds & (1 << COST_UNKNOWN)) cost = Math.max(cost, RANK_WEIGHTS.costUnknown);
  }
  score += cost;
  score += popcount((blocks.accessOr[b] as number) & q.preferredAccess) * RANK_WEIGHTS.accessPreferred;
  if (((blocks.languageOr[b] as number) & q.languageMask) !== 0) score += RANK_WEIGHTS.language;
  if (q.origin && q.remoteMask === 0) {
    let distance = 0;
    const low = blocks.latMin[b] as number;
    if (!Number.isNaN(low)) {
      const high = blocks.latMax[b] as number;
      const gap =
        q.origin.latRad < low ? low - q.origin.latRad : q.origin.latRad > high ? q.origin.latRad - high : 0;
      distance = distancePoints(q, gap * EARTH_RADIUS_MILES);
    }
    if (((blocks.deliveryOr[b] as number) & (DELIVERY_ONLINE | DELIVERY_PHONE)) !== 0) {
      distance = Math.max(distance, RANK_WEIGHTS.remoteWhenOriginKnown);
    }
    score += distance;
  }
  return score;
}

function bestWhen(offer: CommunityOffer, slotMask: number): SuggestionReason | null {
  let best: { weekday: Weekday; partOfDay: PartOfDay; frequency: SessionFrequency; minutes: number } | null =
    null;
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
  const interests = [...new Set(profile.interests ?? [])].filter((interest) =>
    offer.interests.includes(interest),
  );
  interests
    .slice(0, MAX_REASONS_PER_KIND)
    .forEach((interest) => reasons.push({ code: 'interest', interest }));

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
 * Visits a posting list in order of north-south distance from `originLat`, nearest first, without
 * sorting (positions are already in latitude order). Runs of a block that `skipBlock` rules out are
 * stepped over whole.
 */
function visitOutward(
  positionLat: Float64Array,
  list: Int32Array,
  originLat: number,
  skipBlock: (block: number) => boolean,
  visit: (position: number) => void,
): void {
  const count = list.length;
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((positionLat[list[mid] as number] as number) < originLat) low = mid + 1;
    else high = mid;
  }
  let down = low - 1;
  let up = low;
  while (down >= 0 || up < count) {
    const goDown =
      up >= count ||
      (down >= 0 &&
        originLat - (positionLat[list[down] as number] as number) <=
          (positionLat[list[up] as number] as number) - originLat);
    const position = list[goDown ? down : up] as number;
    const block = position >> BLOCK_SHIFT;
    if (skipBlock(block)) {
      if (goDown) while (down >= 0 && (list[down] as number) >> BLOCK_SHIFT === block) down -= 1;
      else while (up < count && (list[up] as number) >> BLOCK_SHIFT === block) up += 1;
      continue;
    }
    visit(position);
    if (goDown) down -= 1;
    else up += 1;
  }
}

/** Visits every position block by block, nearest band of latitude first, skipping ruled-out blocks. */
function visitAllOutward(
  positionLat: Float64Array,
  originLat: number | null,
  skipBlock: (block: number) => boolean,
  visit: (position: number) => void,
): void {
  const count = positionLat.length;
  const blocks = (count + (1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT;
  const visitBlock = (block: number) => {
    if (skipBlock(block)) return;
    const end = Math.min(count, (block + 1) << BLOCK_SHIFT);
    for (let position = block << BLOCK_SHIFT; position < end; position++) visit(position);
  };
  if (originLat === null) {
    for (let block = 0; block < blocks; block++) visitBlock(block);
    return;
  }
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((positionLat[mid] as number) < originLat) low = mid + 1;
    else high = mid;
  }
  let down = (low >> BLOCK_SHIFT) - 1;
  let up = low >> BLOCK_SHIFT;
  while (down >= 0 || up < blocks) {
    const downGap =
      down >= 0 ? originLat - (positionLat[((down + 1) << BLOCK_SHIFT) - 1] as number) : Infinity;
    const upGap = up < blocks ? (positionLat[up << BLOCK_SHIFT] as number) - originLat : Infinity;
    if (down >= 0 && (up >= blocks || downGap <= upGap)) visitBlock(down--);
    else visitBlock(up++);
  }
}

/**
 * The best offers for one person, most suitable first, each with the true reasons it was chosen.
 * Deterministic: equal scores are broken by offer id.
 *
 * Exact, not approximate: candidates come from the postings of the person's needs (then interests,
 * then everything), nearest latitude first; once more than `limit` eligible offers are known, a
 * posting, a block of positions or a single offer is skipped only when a ceiling on its score shows it
 * cannot displace the current list.
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
    scratch.blockStamp.fill(0);
    scratch.generation = 1;
  }
  const generation = scratch.generation;
  for (const id of input.excludeIds ?? []) {
    const position = index.positionOfId.get(id);
    if (position !== undefined) scratch.excluded[position] = generation;
  }

  const top = new TopK(limit);
  const costPoints = costPointsOf(index);
  const pending: Pending = { attend: ATTEND_IN_PERSON, remoteFallback: false, measure: false };
  const { blockStamp, blockCeiling: ceilings } = scratch;
  /** Whether block `b` could still hold an offer good enough for the list. */
  const blockOpen = (b: number, tier: number): boolean => {
    if (blockStamp[b] !== generation) {
      ceilings[b] = blockCeiling(index, q, b);
      blockStamp[b] = generation;
    }
    const ceiling = ceilings[b] as number;
    return ceiling !== -Infinity && top.couldEnter(index.blocks.minRank[b] as number, ceiling, tier);
  };
  // Offers known to be eligible; once it passes `limit`, "more" is settled and pruning may start.
  let eligible = 0;
  const consider = (position: number, tier: number) => {
    if (scratch.seen[position] === generation) return;
    scratch.seen[position] = generation;
    if (scratch.excluded[position] === generation) return;
    const key = index.idRank[position] as number;
    if (eligible > limit && !top.couldEnter(key, scoreCeiling(index, q, position, costPoints), tier)) return;
    const partial = cheapPass(index, q, position, pending, costPoints);
    if (partial < 0) return;
    if (eligible > limit && !top.couldEnter(key, partial + distanceHeadroom(pending), tier)) return;
    const score = finish(index, q, position, pending, partial);
    if (score < 0) return;
    eligible += 1;
    top.offer(position, key, score, pending.attend, tier);
  };

  // Near offers first: the list fills with strong candidates early, so far blocks are skipped.
  // A block every offer of which a hard filter rules out is skipped at once; one that merely cannot
  // beat the list only once "more" is settled.
  const skipFor = (tier: number) => (block: number) =>
    !blockOpen(block, tier) && (eligible > limit || ceilings[block] === -Infinity);
  const visit = (list: Int32Array, tier: number) => {
    const skip = skipFor(tier);
    const one = (position: number) => consider(position, tier);
    if (q.origin) visitOutward(index.positionLat, list, q.origin.latRad, skip, one);
    else for (let k = 0; k < list.length; k++) one(list[k] as number);
  };
  // An offer first met in the k-th need's posting lacks every earlier need, so it scores at most the
  // weights from k on plus the best of everything else; once that cannot reach the list, neither can
  // any later posting.
  let needsLeft = q.needOrder.reduce((sum, bit) => sum + (q.needWeight[bit] as number), 0);
  for (const bit of q.needOrder) {
    if (eligible > limit && !top.couldEnter(0, needsLeft + bestOfTheRest(q), TIER_NEED)) break;
    visit(index.needPostings[bit] as Int32Array, TIER_NEED);
    needsLeft -= q.needWeight[bit] as number;
  }
  // Interest-only offers are looked at when need matches cannot fill the list (or say whether more exist).
  if (eligible <= limit) {
    for (const bit of q.interestOrder) visit(index.interestPostings[bit] as Int32Array, TIER_INTEREST);
  }
  if (q.needOrder.length === 0 && q.interestOrder.length === 0) {
    visitAllOutward(index.positionLat, q.origin ? q.origin.latRad : null, skipFor(TIER_ANY), (position) =>
      consider(position, TIER_ANY),
    );
  }

  const suggestions = top.positions.map((position, k): Suggestion => {
    const offer = index.offers[position] as CommunityOffer;
    const attend = top.attends[k] as number;
    return {
      offer,
      score: top.scores[k] as number,
      tier: TIERS[top.tiers[k] as number] as SuggestionTier,
      attendance: attend === ATTEND_IN_PERSON ? 'inPerson' : attend === ATTEND_REMOTE ? 'remote' : 'unknown',
      reasons: reasonsFor(offer, input.profile, q, attend),
    };
  });
  return { suggestions, hasMore: eligible > suggestions.length };
}
