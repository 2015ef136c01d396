/**
 * The engine that applies the suggestion rules (suggestionRules.ts) to a whole directory quickly.
 * It changes no rule: it takes a quick first look at each offer through typed arrays (relevance,
 * who it is for, age, language, cost), skips offers whose best possible score could not reach the
 * pool, judges the rest with the rules, keeps the pool, and lets the rules choose the page.
 */
import { AUDIENCES, WEEKDAYS, type InterestId, type NeedId } from './codes';
import type { CommunityOffer, OfferLocation } from './communityOffer';
import {
  AUDIENCE_BIT,
  CEILING_BINS,
  CEILING_BIN_OFFSET,
  COST_FREE,
  COST_PAID,
  COST_UNKNOWN,
  DELIVERY_HOME_VISIT,
  DELIVERY_IN_PERSON,
  DELIVERY_ONLINE,
  DELIVERY_PHONE,
  VENUE_HEARING_LOOP,
  VENUE_QUIET_SPACE,
  INTEREST_BIT,
  NEED_BIT,
  buildDirectoryIndex,
  districtCentroid,
  slotBit,
  type DirectoryIndex,
} from './directoryIndex';
import {
  reasonsFor,
  restrictionsOf,
  type OfferRestriction,
  type SuggestionReason,
} from './explainSuggestion';
import { EARTH_RADIUS_MILES, postcodeDistrict } from './geo';
import {
  AUDIENCE_RULES,
  DISTANCE_TOLERANCE_MILES,
  MIN_OPEN_MINUTES_IN_LIMITS,
  OPEN_TO_MOST,
  TOLD_US_GROUPS,
  POINTS,
  POOL_PER_ASPECT,
  aspectsOf,
  better,
  buildPool,
  choosePage,
  covers,
  isRelevant,
  judgeOffer,
  needPoints,
  preparePerson,
  speaks,
  type Aspect,
  type Attendance,
  type Candidate,
  type Fit,
  type Person,
  type SuggestionProfile,
  type TravelOrigin,
} from './suggestionRules';

export type { SuggestionReason, OfferRestriction };

export interface Suggestion {
  offer: CommunityOffer;
  score: number;
  attendance: Attendance;
  /** False when the person gave usual free times and the offer falls outside them (the card says so). */
  fitsTimes: boolean;
  /** The venue the person would go to, when they would go somewhere. */
  venue: OfferLocation | null;
  /** Miles to that venue, when both places are known. */
  miles: number | null;
  /** Why it was chosen for this person: each reason true of the offer and of what they said. */
  reasons: SuggestionReason[];
  /** The offer's own limits (who it is for, ages, language, referral), shown whoever is looking. */
  restrictions: OfferRestriction[];
}

export interface RankResult {
  suggestions: Suggestion[];
  /** Whether other suitable offers remain for "show me other options". */
  hasMore: boolean;
}

export interface RankOffersInput {
  offers: DirectoryIndex | readonly CommunityOffer[];
  profile: SuggestionProfile;
  /** Offers on the page; 3 unless asked. */
  limit?: number;
  /** Offers already shown: they are left out so the next call gives the next page. */
  excludeIds?: Iterable<string>;
  /** More than one offer from one organisation on a page. */
  sameOrganisation?: boolean;
}

export const DEFAULT_LIMIT = 3;
export const MAX_LIMIT = 50;

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

/** Places a travel origin: a point as given, a district or postcode at the district's centre. */
export function placeOrigin(index: DirectoryIndex, origin: TravelOrigin) {
  if ('lat' in origin) {
    return Number.isFinite(origin.lat) && Number.isFinite(origin.lon)
      ? { point: { lat: origin.lat, lon: origin.lon }, approximate: false, district: null }
      : null;
  }
  const district = postcodeDistrict('district' in origin ? origin.district : origin.postcode);
  if (!district) return null;
  const point = districtCentroid(index, district);
  return point ? { point, approximate: true, district } : { point: null, approximate: true, district };
}

/** The person's profile ready for this directory (its district centres place a district origin). */
export function personFor(index: DirectoryIndex, profile: SuggestionProfile): Person {
  const person = preparePerson(profile, (origin) => {
    const placed = placeOrigin(index, origin);
    return placed?.point
      ? { point: placed.point, approximate: placed.approximate, district: placed.district }
      : null;
  });
  // A district the directory cannot place still says where the person lives, for area limits.
  if (person.district === null && profile.travel?.origin && !('lat' in profile.travel.origin)) {
    const origin = profile.travel.origin;
    const district = postcodeDistrict('district' in origin ? origin.district : origin.postcode);
    return { ...person, district };
  }
  return person;
}

/** The best entries for one aspect, best first, at most POOL_PER_ASPECT. */
class BestList {
  readonly entries: Candidate[] = [];
  constructor(readonly aspect: Aspect | 'overall') {}

  /** Whether an offer scoring at most `ceiling`, at tie-break place `rank`, could still get in. */
  couldEnter(ceiling: number, rank: number): boolean {
    if (this.entries.length < POOL_PER_ASPECT) return true;
    const last = this.entries[this.entries.length - 1] as Candidate;
    return ceiling > last.fit.score || (ceiling === last.fit.score && rank < last.rank);
  }

  add(candidate: Candidate): void {
    if (!this.couldEnter(candidate.fit.score, candidate.rank)) return;
    let at = this.entries.length;
    while (at > 0 && better(candidate, this.entries[at - 1] as Candidate) < 0) at -= 1;
    this.entries.splice(at, 0, candidate);
    if (this.entries.length > POOL_PER_ASPECT) this.entries.pop();
  }
}

interface Query {
  person: Person;
  needMask: number;
  interestMask: number;
  /** Points each need bit is worth to this person. */
  needPointsByBit: Float64Array;
  anything: boolean;
  /** Audiences the person belongs to; an offer for any other is left out. */
  audienceOk: number;
  /** Languages the person speaks, as index bits. */
  languageMask: number;
  speaksEnglish: boolean;
  maxPence: number;
  freeOptionCounts: boolean;
  tightBudget: boolean;
  /** Delivery bits of which one is needed (remote only), or 0. */
  remoteOnlyBits: number;
  /** Delivery bits of the remote ways the person said suit, or 0 when they did not say. */
  remoteOkBits: number;
  allowedDays: number;
  /** The usual free times on days not ruled out, 21 bits, or -1 when none were given. */
  windowMask: number;
  notBefore: number | null;
  notAfter: number | null;
  wantsStepFree: boolean;
  wantsWomenOnly: boolean;
  wantsBsl: boolean;
  /** The venue features (VENUE_* bits) the person asked for. */
  venueFeatures: number;
  origin: { lat: number; lon: number; cosLat: number } | null;
  maxMiles: number | null;
  /** Points for the person's words, by offer position (index.scratch.saidPoints, filled per query). */
  saidPoints: Float64Array;
}

const TOLD_US_BITS = TOLD_US_GROUPS.reduce((bits, group) => bits | (1 << AUDIENCE_BIT[group]), 0);
const OPEN_TO_MOST_BITS = OPEN_TO_MOST.reduce((bits, group) => bits | (1 << AUDIENCE_BIT[group]), 0);

const MILES_PER_DEGREE = (EARTH_RADIUS_MILES * Math.PI) / 180;

function compile(index: DirectoryIndex, person: Person): Query {
  const needPointsByBit = new Float64Array(32);
  let needMask = 0;
  for (const need of person.needs) {
    needMask |= 1 << NEED_BIT[need];
    needPointsByBit[NEED_BIT[need]] = needPoints(person, need);
  }
  const interestMask = person.interests.reduce(
    (mask, interest: InterestId) => mask | (1 << INTEREST_BIT[interest]),
    0,
  );
  let audienceOk = 0;
  for (const audience of AUDIENCES)
    if (AUDIENCE_RULES[audience](person)) audienceOk |= 1 << AUDIENCE_BIT[audience];
  let languageMask = 0;
  for (const [code, bit] of index.languageBit) if (speaks(person, code)) languageMask |= bit;
  let allowedDays = 0;
  WEEKDAYS.forEach((day, bit) => {
    if (!person.excludedDays.has(day)) allowedDays |= 1 << bit;
  });
  const windowMask = person.windows
    ? person.windows
        .filter((w) => !person.excludedDays.has(w.weekday))
        .reduce((mask, w) => mask | slotBit(w.weekday, w.part), 0)
    : -1;
  return {
    person,
    needMask,
    interestMask,
    needPointsByBit,
    anything: needMask === 0 && interestMask === 0,
    audienceOk,
    languageMask,
    speaksEnglish: speaks(person, 'en'),
    maxPence: person.costLevel === 'anyCost' || person.maxPence === null ? Infinity : person.maxPence,
    freeOptionCounts: person.circumstances.has('meansTestedBenefits'),
    tightBudget: person.costLevel !== 'anyCost',
    remoteOnlyBits: remoteBits(person, person.remoteOnly),
    remoteOkBits: person.remoteOnly === null ? remoteBits(person, person.remoteOk) : 0,
    allowedDays,
    windowMask,
    notBefore: person.notBefore,
    notAfter: person.notAfter,
    wantsStepFree: person.access.has('stepFree') || person.access.has('wheelchair'),
    wantsWomenOnly: person.access.has('womenOnly'),
    wantsBsl: person.access.has('bsl'),
    venueFeatures:
      (person.access.has('hearingLoop') ? VENUE_HEARING_LOOP : 0) |
      (person.access.has('quietSpace') ? VENUE_QUIET_SPACE : 0),
    origin: person.origin
      ? { ...person.origin, cosLat: Math.cos((person.origin.lat * Math.PI) / 180) }
      : null,
    maxMiles: person.maxMiles,
    saidPoints: index.scratch.saidPoints,
  };
}

/**
 * Adds up, for every offer using a word the person said, the points its words give (as the rules
 * do, capped), into scratch.saidPoints. Returns how many offers it touched, listed in scratch.saidTouched,
 * so the next query clears only those.
 */
function addSaidPoints(index: DirectoryIndex, person: Person): number {
  const { saidPoints, saidTouched } = index.scratch;
  let touched = 0;
  for (const key of person.said.keys()) {
    const postings = index.wordPostings.get(key);
    if (!postings) continue;
    for (let k = 0; k < postings.positions.length; k++) {
      const weight = postings.weights[k] as number;
      if (!(weight > 0)) continue;
      const i = postings.positions[k] as number;
      if (saidPoints[i] === 0) saidTouched[touched++] = i;
      saidPoints[i] = (saidPoints[i] as number) + weight * POINTS.saidWord;
    }
  }
  for (let k = 0; k < touched; k++) {
    const i = saidTouched[k] as number;
    // A hair over the rules' own sum, whatever order the words were added in: a ceiling, never less.
    saidPoints[i] = Math.min(POINTS.saidWordsMost, saidPoints[i] as number) + SAID_SLACK;
  }
  return touched;
}

const SAID_SLACK = 1e-6;

function clearSaidPoints(index: DirectoryIndex, touched: number): void {
  const { saidPoints, saidTouched } = index.scratch;
  for (let k = 0; k < touched; k++) saidPoints[saidTouched[k] as number] = 0;
}

/** The delivery bits of the remote ways a choice allows and the person can use. */
function remoteBits(person: Person, choice: Person['remoteOnly']): number {
  if (choice === null) return 0;
  const online = choice !== 'phone' && !person.circumstances.has('noInternet') ? DELIVERY_ONLINE : 0;
  const phone =
    choice !== 'online' && !person.circumstances.has('cannotUsePhone') && !person.access.has('bsl')
      ? DELIVERY_PHONE
      : 0;
  return online | phone;
}

const popcount = (value: number): number => {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/**
 * A distance no greater than the true one to offer i's nearest placed venue (flat-earth with the
 * smaller of the two latitudes' cosines, less 1%), or -1 when it has none. Only for skipping.
 */
function nearestMilesAtLeast(index: DirectoryIndex, origin: NonNullable<Query['origin']>, i: number): number {
  let best = -1;
  for (let v = index.venueStart[i] as number; v < (index.venueStart[i + 1] as number); v++) {
    const dy = ((index.venueLat[v] as number) - origin.lat) * MILES_PER_DEGREE;
    const cos = Math.min(origin.cosLat, index.venueCosLat[v] as number);
    const dx = ((index.venueLon[v] as number) - origin.lon) * MILES_PER_DEGREE * cos;
    const miles = Math.max(0, Math.sqrt(dx * dx + dy * dy) * 0.99 - 0.01);
    if (best < 0 || miles < best) best = miles;
  }
  return best;
}

function orInto(into: Uint32Array, postings: Uint32Array | undefined): void {
  if (!postings) return;
  for (let w = 0; w < into.length; w++) into[w] = (into[w] as number) | (postings[w] as number);
}

const nearPoints = (miles: number): number => POINTS.near * Math.max(0, 1 - miles / POINTS.nearMiles);

/**
 * The most offer `i` could score, or -Infinity when the quick look already shows a rule leaves it
 * out. Every test here is one the rules make too, so nothing the rules would show is lost, and
 * every part is at least what the rules would give.
 */
function ceilingOf(index: DirectoryIndex, q: Query, i: number, pendingNear: Uint8Array): number {
  const needs = (index.needMask[i] as number) & q.needMask;
  const interests = (index.interestMask[i] as number) & q.interestMask;
  if (!q.anything && needs === 0 && interests === 0) return -Infinity;
  if (((index.audienceMask[i] as number) & ~q.audienceOk) !== 0) return -Infinity;
  const age = q.person.age;
  if (age !== null) {
    const min = index.minAge[i] as number;
    const max = index.maxAge[i] as number;
    if ((min >= 0 && age < min) || (max >= 0 && age > max)) return -Infinity;
  }
  const only = index.otherLanguagesOnly[i] as number;
  if (only !== 0 && (only & q.languageMask) === 0) return -Infinity;
  const kind = index.costKind[i] as number;
  const freeOption = q.freeOptionCounts && index.freeOnBenefits[i] === 1;
  if (kind === COST_PAID && (index.costPence[i] as number) > q.maxPence && !freeOption) return -Infinity;
  const days = index.weekdayMask[i] as number;
  if (days !== 0) {
    if ((days & q.allowedDays) === 0) return -Infinity;
    // No session can keep to "not before / not after" when none starts (or stays open) late or early enough.
    const from = q.notBefore;
    const to = q.notAfter;
    if (index.openHours[i] === 1) {
      if (from !== null && (index.latestEnd[i] as number) - from < MIN_OPEN_MINUTES_IN_LIMITS)
        return -Infinity;
      if (to !== null && to - (index.earliestStart[i] as number) < MIN_OPEN_MINUTES_IN_LIMITS)
        return -Infinity;
    } else {
      if (from !== null && (index.latestStart[i] as number) < from) return -Infinity;
      if (to !== null && (index.earliestEnd[i] as number) > to) return -Infinity;
    }
  }
  const delivery = index.deliveryMask[i] as number;
  const remoteOnly = q.person.remoteOnly !== null;
  if (remoteOnly && (delivery & q.remoteOnlyBits) === 0) return -Infinity;

  // The distance is worked out now only when it may rule the offer out; otherwise the ceiling takes
  // the most nearness could add, and the visit works it out once the offer's turn comes.
  let miles = -1;
  const placed = (index.venueStart[i + 1] as number) > (index.venueStart[i] as number);
  const inPersonOnly = delivery === DELIVERY_IN_PERSON && index.venueUnplaced[i] === 0;
  pendingNear[i] = 0;
  if (q.origin && !remoteOnly && placed) {
    if (inPersonOnly && q.maxMiles !== null) miles = nearestMilesAtLeast(index, q.origin, i);
    else pendingNear[i] = 1;
  }
  // An offer people can only go to, at venues all out of reach, is ruled out here.
  if (inPersonOnly) {
    if (q.maxMiles !== null && miles > q.maxMiles + DISTANCE_TOLERANCE_MILES) return -Infinity;
    if (q.wantsStepFree) {
      let stepFree = false;
      for (let v = index.venueStart[i] as number; v < (index.venueStart[i + 1] as number); v++) {
        if (index.venueStepFree[v] === 1) stepFree = true;
      }
      if (!stepFree) return -Infinity;
    }
  }

  const interestCount = popcount(interests);
  let ceiling = interestCount === 0 ? 0 : POINTS.interest + (interestCount - 1) * POINTS.interestMore;
  for (let bits = needs; bits !== 0; bits &= bits - 1) {
    ceiling += q.needPointsByBit[31 - Math.clz32(bits & -bits)] as number;
  }
  if (q.windowMask !== -1 && days !== 0 && ((index.slotMask[i] as number) & q.windowMask) === 0) {
    ceiling += POINTS.outsideTimes;
  }
  if (q.windowMask !== -1 && days === 0) ceiling += POINTS.timesUnknown;
  if (needs !== 0 && ((index.audienceMask[i] as number) & ~OPEN_TO_MOST_BITS) !== 0) {
    ceiling += POINTS.madeForThem;
  }
  if (((index.audienceMask[i] as number) & TOLD_US_BITS) !== 0) ceiling += POINTS.madeForWhatTheyToldUs;
  if (kind === COST_FREE || freeOption) ceiling += POINTS.free;
  else if (kind === COST_PAID && (index.costPence[i] as number) <= POINTS.lowCostPence)
    ceiling += POINTS.lowCost;
  else if (kind === COST_UNKNOWN && q.tightBudget) ceiling += POINTS.unknownCostForTightBudget;
  if (miles >= 0) ceiling += nearPoints(miles);
  else if (pendingNear[i] === 1) ceiling += POINTS.near;
  if (q.wantsWomenOnly) {
    ceiling +=
      ((index.audienceMask[i] as number) & (1 << AUDIENCE_BIT.women)) !== 0
        ? POINTS.accessMet
        : POINTS.accessMissing;
  }
  if (q.wantsBsl) ceiling += index.bsl[i] === 1 ? POINTS.accessMet : POINTS.accessMissing;
  if (q.venueFeatures !== 0 && !remoteOnly) {
    const has = index.venueFeatures[i] as number;
    // A venue feature counts only for going there; an offer joined any other way is neither met nor missed.
    const elsewhere = delivery !== DELIVERY_IN_PERSON;
    for (const feature of [VENUE_HEARING_LOOP, VENUE_QUIET_SPACE]) {
      if ((q.venueFeatures & feature) === 0) continue;
      ceiling += (has & feature) !== 0 ? POINTS.accessMet : elsewhere ? 0 : POINTS.accessMissing;
    }
  }
  if (
    q.remoteOkBits !== 0 &&
    (delivery & (DELIVERY_IN_PERSON | DELIVERY_HOME_VISIT)) === 0 &&
    (delivery & q.remoteOkBits) === 0
  ) {
    ceiling += POINTS.remoteWayNotChosen;
  }
  if (((index.languageMask[i] as number) & q.languageMask) !== 0) ceiling += POINTS.ownLanguage;
  else if (!q.speaksEnglish) ceiling += POINTS.onlyInEnglish;
  ceiling += q.saidPoints[i] as number;
  return ceiling;
}

function suggestionOf(candidate: Candidate, person: Person): Suggestion {
  const { offer, fit } = candidate;
  return {
    offer,
    score: fit.score,
    attendance: fit.attendance,
    fitsTimes: fit.fitsTimes,
    venue: fit.venue,
    miles: fit.miles,
    reasons: reasonsFor(offer, fit, person.originApproximate),
    restrictions: restrictionsOf(offer),
  };
}

/**
 * One page of suggestions for a person: offers that break none of their limits, chosen so that the
 * page covers their strongest needs and an interest, with the true reasons each was chosen.
 * Deterministic: equal scores are broken by offer id.
 */
export function rankOffers(input: RankOffersInput): RankResult {
  const index = asIndex(input.offers);
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(input.limit ?? DEFAULT_LIMIT)));
  const person = personFor(index, input.profile);
  const q = compile(index, person);
  const touched = addSaidPoints(index, person);
  try {
    return rankWith(index, person, q, input, limit);
  } finally {
    clearSaidPoints(index, touched);
  }
}

function rankWith(
  index: DirectoryIndex,
  person: Person,
  q: Query,
  input: RankOffersInput,
  limit: number,
): RankResult {
  const scratch = index.scratch;
  scratch.generation = (scratch.generation + 1) >>> 0;
  if (scratch.generation === 0) {
    scratch.excluded.fill(0);
    scratch.generation = 1;
  }
  const generation = scratch.generation;
  for (const id of input.excludeIds ?? []) {
    const position = index.positionOfId.get(id);
    if (position !== undefined) scratch.excluded[position] = generation;
  }

  const aspects = aspectsOf(person);
  const overall = new BestList('overall');
  const lists = aspects.map((aspect) => new BestList(aspect));
  const needLists = new Map<NeedId, BestList>();
  const interestLists = new Map<InterestId, BestList>();
  lists.forEach((list) => {
    const aspect = list.aspect;
    if (aspect === 'any' || aspect === 'overall') return;
    if ('need' in aspect) needLists.set(aspect.need, list);
    else interestLists.set(aspect.interest, list);
  });
  const anyList = lists.find((list) => list.aspect === 'any');

  /** Whether a candidate with this ceiling could enter the overall list or a list of an aspect it meets. */
  const couldEnter = (i: number, ceiling: number): boolean => {
    if (overall.couldEnter(ceiling, i)) return true;
    if (anyList) return anyList.couldEnter(ceiling, i);
    for (let bits = (index.needMask[i] as number) & q.needMask; bits !== 0; bits &= bits - 1) {
      const need = NEED_ORDER[31 - Math.clz32(bits & -bits)] as NeedId;
      if (needLists.get(need)?.couldEnter(ceiling, i)) return true;
    }
    for (let bits = (index.interestMask[i] as number) & q.interestMask; bits !== 0; bits &= bits - 1) {
      const interest = INTEREST_ORDER[31 - Math.clz32(bits & -bits)] as InterestId;
      if (interestLists.get(interest)?.couldEnter(ceiling, i)) return true;
    }
    return false;
  };

  // First look at every offer: its ceiling, or out. Then visit offers best ceiling first (a counting
  // sort into whole-point bins), so the pool fills with strong offers and the rest can be skipped.
  const { ceilings, passing, order, bins, pendingNear } = scratch;
  bins.fill(0);
  let count = 0;
  const look = (i: number) => {
    if (scratch.excluded[i] === generation) return;
    const ceiling = ceilingOf(index, q, i, pendingNear);
    if (ceiling === -Infinity) return;
    ceilings[i] = ceiling;
    passing[count++] = i;
    bins[binOf(ceiling)] = (bins[binOf(ceiling)] as number) + 1;
  };
  if (q.anything) {
    for (let i = 0; i < index.offers.length; i++) look(i);
  } else {
    // Only offers meeting one of the person's needs or interests: the union of their postings.
    const words = scratch.candidates;
    words.fill(0);
    for (const need of person.needs) orInto(words, index.needPostings[NEED_BIT[need]]);
    for (const interest of person.interests) orInto(words, index.interestPostings[INTEREST_BIT[interest]]);
    for (let w = 0; w < words.length; w++) {
      for (let bits = words[w] as number; bits !== 0; bits &= bits - 1) {
        look((w << 5) | (31 - Math.clz32(bits & -bits)));
      }
    }
  }
  // Start of each bin in `order`, highest bin first.
  let at = 0;
  for (let bin = CEILING_BINS - 1; bin >= 0; bin--) {
    const size = bins[bin] as number;
    bins[bin] = at;
    at += size;
  }
  for (let k = 0; k < count; k++) {
    const i = passing[k] as number;
    const bin = binOf(ceilings[i] as number);
    order[bins[bin] as number] = i;
    bins[bin] = (bins[bin] as number) + 1;
  }
  const allLists = [overall, ...lists];
  let lastBin = -1;
  for (let k = 0; k < count; k++) {
    const i = order[k] as number;
    const ceiling = ceilings[i] as number;
    const bin = binOf(ceiling);
    if (bin !== lastBin) {
      lastBin = bin;
      // Every later offer scores below bin + 1 - CEILING_BIN_OFFSET: stop once no list takes that.
      const top = bin + 1 - CEILING_BIN_OFFSET;
      if (allLists.every((list) => !list.couldEnter(top, -1))) break;
    }
    if (!couldEnter(i, ceiling)) continue;
    if (pendingNear[i] === 1 && q.origin) {
      const refined = ceiling - POINTS.near + nearPoints(nearestMilesAtLeast(index, q.origin, i));
      if (!couldEnter(i, refined)) continue;
    }
    const offer = index.offers[i] as CommunityOffer;
    const judged = judgeOffer(offer, person);
    if (!judged.shown || !isRelevant(judged, person)) continue;
    const candidate: Candidate = { offer, rank: i, fit: judged as Fit };
    overall.add(candidate);
    for (const list of lists)
      if (list.aspect !== 'overall' && covers(candidate.fit, list.aspect)) list.add(candidate);
  }

  const pool = new Set<Candidate>(overall.entries);
  for (const list of lists) list.entries.forEach((candidate) => pool.add(candidate));
  const ordered = [...pool].sort(better);
  const page = choosePage(ordered, person, limit, { sameOrganisation: input.sameOrganisation === true });
  return {
    suggestions: page.map((candidate) => suggestionOf(candidate, person)),
    hasMore: ordered.length > page.length,
  };
}

/** The whole-point bin of a ceiling, clamped to the bins there are. */
const binOf = (ceiling: number): number =>
  Math.max(0, Math.min(CEILING_BINS - 1, Math.floor(ceiling) + CEILING_BIN_OFFSET));

const NEED_ORDER = Object.entries(NEED_BIT)
  .sort(([, a], [, b]) => a - b)
  .map(([need]) => need);
const INTEREST_ORDER = Object.entries(INTEREST_BIT)
  .sort(([, a], [, b]) => a - b)
  .map(([interest]) => interest);

/**
 * The same page worked out the slow, plain way: every offer judged by the rules, the pool built by
 * the rules, the page chosen by the rules. Tests hold the engine to it.
 */
export function rankOffersPlainly(input: RankOffersInput): RankResult {
  const index = asIndex(input.offers);
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(input.limit ?? DEFAULT_LIMIT)));
  const person = personFor(index, input.profile);
  const excluded = new Set(input.excludeIds ?? []);
  const candidates: Candidate[] = [];
  index.offers.forEach((offer, rank) => {
    if (excluded.has(offer.id)) return;
    const judged = judgeOffer(offer, person);
    if (judged.shown && isRelevant(judged, person)) candidates.push({ offer, rank, fit: judged });
  });
  const pool = buildPool(candidates, person);
  const page = choosePage(pool, person, limit, { sameOrganisation: input.sameOrganisation === true });
  return { suggestions: page.map((c) => suggestionOf(c, person)), hasMore: pool.length > page.length };
}
