import {
  AUDIENCES,
  BSL_LANGUAGE,
  INTEREST_IDS,
  NEED_IDS,
  PARTS_OF_DAY,
  WEEKDAYS,
  type Audience,
  type InterestId,
  type NeedId,
  type PartOfDay,
  type Weekday,
} from './codes';
import type { CommunityOffer } from './communityOffer';
import { sessionFitsPart } from './sessions';
import { MIN_OPEN_MINUTES_IN_LIMITS } from './suggestionRules';
import { postcodeDistrict, type LatLon } from './geo';
import { DuplicateOfferIdError } from './DuplicateOfferIdError';

export const NEED_BIT: Readonly<Record<NeedId, number>> = Object.fromEntries(
  NEED_IDS.map((need, i) => [need, i]),
) as Record<NeedId, number>;
export const INTEREST_BIT: Readonly<Record<InterestId, number>> = Object.fromEntries(
  INTEREST_IDS.map((interest, i) => [interest, i]),
) as Record<InterestId, number>;
export const AUDIENCE_BIT: Readonly<Record<Audience, number>> = Object.fromEntries(
  AUDIENCES.map((audience, i) => [audience, i]),
) as Record<Audience, number>;

export const DELIVERY_IN_PERSON = 1;
export const DELIVERY_ONLINE = 2;
export const DELIVERY_PHONE = 4;
export const DELIVERY_HOME_VISIT = 8;

export const VENUE_HEARING_LOOP = 1;
export const VENUE_QUIET_SPACE = 2;

export const COST_FREE = 0;
export const COST_PAID = 1;
export const COST_UNKNOWN = 2;

export interface DirectoryIndexOptions {
  /**
   * Postcode district → centre point, e.g. from a small table shipped with the directory. It wins over
   * the mean of the directory's own venues, which is used for any district the table does not name.
   */
  districtCentroids?: Readonly<Record<string, LatLon>>;
}

/**
 * What ranking reads for a quick first look at every offer, laid out once as typed arrays, so a query
 * can pass over tens of thousands of offers without walking nested objects. Offers are held in id
 * order, so an offer's position is also the deterministic tie-break.
 */
export interface DirectoryIndex {
  readonly kind: 'directoryIndex';
  readonly offers: readonly CommunityOffer[];
  readonly positionOfId: ReadonlyMap<string, number>;
  readonly needMask: Uint32Array;
  readonly interestMask: Uint32Array;
  /** For each need and interest bit, a bitset over positions (bit i of word i >> 5) of its offers. */
  readonly needPostings: readonly Uint32Array[];
  readonly interestPostings: readonly Uint32Array[];
  readonly audienceMask: Uint32Array;
  /** Bits of the languages an offer runs in when it does not run in English; 0 when it does. */
  readonly otherLanguagesOnly: Uint32Array;
  /** The bit of each language; languages past the 31st share the last bit (a looser first look only). */
  readonly languageBit: ReadonlyMap<string, number>;
  readonly deliveryMask: Uint8Array;
  readonly costKind: Uint8Array;
  readonly costPence: Int32Array;
  /** 1 when a free option is for people on means-tested benefits (OfferCost.freeOnBenefits). */
  readonly freeOnBenefits: Uint8Array;
  /** -1 when the offer sets no limit. */
  readonly minAge: Int16Array;
  readonly maxAge: Int16Array;
  /** 7 bits: the weekdays an offer has sessions on (0 when it has no set times). */
  readonly weekdayMask: Uint8Array;
  /** 21 bits: the (weekday, part of day) pairs some session belongs to (see slotBit). */
  readonly slotMask: Uint32Array;
  /** Over all sessions, minutes after midnight: earliest and latest start, earliest and latest end. */
  readonly earliestStart: Int16Array;
  readonly latestStart: Int16Array;
  readonly earliestEnd: Int16Array;
  readonly latestEnd: Int16Array;
  /** 1 when the sessions are opening hours rather than group sessions. */
  readonly openHours: Uint8Array;
  /** Venues with coordinates, flattened: offer i's are [venueStart[i], venueStart[i + 1]). Degrees. */
  readonly venueStart: Int32Array;
  readonly venueLat: Float64Array;
  readonly venueLon: Float64Array;
  /** Cosine of each venue's latitude. */
  readonly venueCosLat: Float64Array;
  /** 1 when the venue is step-free. */
  readonly venueStepFree: Uint8Array;
  /** What some venue of the offer has: VENUE_HEARING_LOOP, VENUE_QUIET_SPACE bits. */
  readonly venueFeatures: Uint8Array;
  /** Bits of every language other than English the offer runs in (see languageBit). */
  readonly languageMask: Uint32Array;
  /** 1 when the offer is run in BSL or has BSL support. */
  readonly bsl: Uint8Array;
  /** 1 when some venue of the offer has no coordinates (its distance cannot be known). */
  readonly venueUnplaced: Uint8Array;
  readonly districts: ReadonlyMap<string, LatLon>;
  /**
   * For each word key the offers use (CommunityOffer.words): the positions of the offers using it,
   * and the word's weight in each, so a query looks up only the words the person said.
   */
  readonly wordPostings: ReadonlyMap<string, { positions: Int32Array; weights: Float64Array }>;
  /** Per-query working memory, reused so a query allocates little. Ranking is synchronous. */
  readonly scratch: {
    excluded: Uint32Array;
    generation: number;
    ceilings: Float64Array;
    passing: Int32Array;
    order: Int32Array;
    bins: Int32Array;
    /** 1 when an offer's ceiling still counts the most nearness could add. */
    pendingNear: Uint8Array;
    /** Bitset of the offers meeting the person's needs or interests. */
    candidates: Uint32Array;
    /** Points each offer gets for the person's words; only the offers in `saidTouched` are non-zero. */
    saidPoints: Float64Array;
    saidTouched: Int32Array;
  };
}

/** Bit of (weekday, part of day) in a 21-bit mask: weekday-major, Monday morning first. */
export const slotBit = (weekday: Weekday, part: PartOfDay): number =>
  1 << (WEEKDAYS.indexOf(weekday) * 3 + PARTS_OF_DAY.indexOf(part));

/** Score bins for visiting offers best first: whole points from -512 to +511. */
export const CEILING_BINS = 1024;
export const CEILING_BIN_OFFSET = 512;

const clampAge = (age: number | null): number =>
  age === null ? -1 : Math.max(0, Math.min(200, Math.round(age)));

function meanDistrictCentroids(offers: readonly CommunityOffer[]): Map<string, LatLon> {
  const sums = new Map<string, { lat: number; lon: number; n: number; seen: Set<string> }>();
  for (const offer of offers) {
    for (const venue of offer.locations) {
      if (venue.lat === null || venue.lon === null || !venue.district) continue;
      const sum = sums.get(venue.district) ?? { lat: 0, lon: 0, n: 0, seen: new Set<string>() };
      // A venue shared by many offers is one place: counting it once keeps busy halls from pulling the mean.
      const key = `${venue.lat.toFixed(5)},${venue.lon.toFixed(5)}`;
      if (!sum.seen.has(key)) {
        sum.seen.add(key);
        sum.lat += venue.lat;
        sum.lon += venue.lon;
        sum.n += 1;
      }
      sums.set(venue.district, sum);
    }
  }
  return new Map(
    [...sums].map(([district, sum]) => [district, { lat: sum.lat / sum.n, lon: sum.lon / sum.n }]),
  );
}

export function buildDirectoryIndex(
  offers: readonly CommunityOffer[],
  options: DirectoryIndexOptions = {},
): DirectoryIndex {
  const sorted = [...offers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k]?.id === sorted[k - 1]?.id) throw new DuplicateOfferIdError(sorted[k]?.id ?? '');
  }
  const n = sorted.length;
  const positionOfId = new Map<string, number>();
  const needMask = new Uint32Array(n);
  const interestMask = new Uint32Array(n);
  const audienceMask = new Uint32Array(n);
  const otherLanguagesOnly = new Uint32Array(n);
  const languageBit = new Map<string, number>();
  const deliveryMask = new Uint8Array(n);
  const costKind = new Uint8Array(n);
  const costPence = new Int32Array(n);
  const freeOnBenefits = new Uint8Array(n);
  const minAge = new Int16Array(n);
  const maxAge = new Int16Array(n);
  const weekdayMask = new Uint8Array(n);
  const slotMask = new Uint32Array(n);
  const earliestStart = new Int16Array(n);
  const latestStart = new Int16Array(n);
  const earliestEnd = new Int16Array(n);
  const latestEnd = new Int16Array(n);
  const openHours = new Uint8Array(n);
  const venueStart = new Int32Array(n + 1);
  const venueUnplaced = new Uint8Array(n);
  const words = (n + 31) >> 5;
  const needPostings = NEED_IDS.map(() => new Uint32Array(words));
  const interestPostings = INTEREST_IDS.map(() => new Uint32Array(words));
  const venueFeatures = new Uint8Array(n);
  const lat: number[] = [];
  const lon: number[] = [];
  const stepFree: number[] = [];
  const languageMask = new Uint32Array(n);
  const bsl = new Uint8Array(n);
  const bitOf = (code: string): number => {
    let bit = languageBit.get(code);
    if (bit === undefined) {
      bit = 1 << Math.min(31, languageBit.size);
      languageBit.set(code, bit);
    }
    return bit;
  };

  sorted.forEach((offer, i) => {
    positionOfId.set(offer.id, i);
    needMask[i] = offer.needs.reduce((mask, need) => mask | (1 << NEED_BIT[need]), 0);
    interestMask[i] = offer.interests.reduce((mask, interest) => mask | (1 << INTEREST_BIT[interest]), 0);
    for (const need of offer.needs) {
      const set = needPostings[NEED_BIT[need]] as Uint32Array;
      set[i >> 5] = (set[i >> 5] as number) | (1 << (i & 31));
    }
    for (const interest of offer.interests) {
      const set = interestPostings[INTEREST_BIT[interest]] as Uint32Array;
      set[i >> 5] = (set[i >> 5] as number) | (1 << (i & 31));
    }
    audienceMask[i] = offer.audience.reduce((mask, audience) => mask | (1 << AUDIENCE_BIT[audience]), 0);
    const others = offer.languages
      .filter((code) => code !== 'en')
      .reduce((bits, code) => bits | bitOf(code), 0);
    languageMask[i] = others;
    if (offer.languages.length > 0 && !offer.languages.includes('en')) otherLanguagesOnly[i] = others;
    bsl[i] = offer.access.includes('bsl') || offer.languages.includes(BSL_LANGUAGE) ? 1 : 0;
    deliveryMask[i] =
      (offer.delivery.inPerson ? DELIVERY_IN_PERSON : 0) |
      (offer.delivery.online ? DELIVERY_ONLINE : 0) |
      (offer.delivery.phone ? DELIVERY_PHONE : 0) |
      (offer.delivery.homeVisit ? DELIVERY_HOME_VISIT : 0);
    costKind[i] =
      offer.cost.kind === 'free' ? COST_FREE : offer.cost.kind === 'paid' ? COST_PAID : COST_UNKNOWN;
    costPence[i] = offer.cost.kind === 'paid' ? offer.cost.pence : 0;
    freeOnBenefits[i] = offer.cost.kind === 'paid' && offer.cost.freeOnBenefits ? 1 : 0;
    minAge[i] = clampAge(offer.minAge);
    maxAge[i] = clampAge(offer.maxAge);
    let days = 0;
    let slots = 0;
    for (const session of offer.sessions) {
      days |= 1 << WEEKDAYS.indexOf(session.weekday);
      for (const part of PARTS_OF_DAY) {
        if (sessionFitsPart(session, part, offer.openHours)) slots |= slotBit(session.weekday, part);
      }
    }
    weekdayMask[i] = days;
    slotMask[i] = slots;
    openHours[i] = offer.openHours ? 1 : 0;
    // A session without an end is read as the time limits read it (suggestionRules.ts).
    const starts = offer.sessions.map((session) => session.startMinute);
    const ends = offer.sessions.map(
      (session) =>
        session.endMinute ?? session.startMinute + (offer.openHours ? MIN_OPEN_MINUTES_IN_LIMITS : 0),
    );
    earliestStart[i] = starts.length ? Math.min(...starts) : 0;
    latestStart[i] = starts.length ? Math.max(...starts) : 0;
    earliestEnd[i] = ends.length ? Math.min(...ends) : 0;
    latestEnd[i] = ends.length ? Math.max(...ends) : 0;
    venueStart[i] = lat.length;
    for (const venue of offer.locations) {
      venueFeatures[i] =
        (venueFeatures[i] as number) |
        (venue.access.includes('hearingLoop') ? VENUE_HEARING_LOOP : 0) |
        (venue.access.includes('quietSpace') ? VENUE_QUIET_SPACE : 0);
      if (venue.lat === null || venue.lon === null) {
        venueUnplaced[i] = 1;
        continue;
      }
      lat.push(venue.lat);
      lon.push(venue.lon);
      stepFree.push(venue.access.includes('stepFree') ? 1 : 0);
    }
  });
  venueStart[n] = lat.length;

  const wordLists = new Map<string, { positions: number[]; weights: number[] }>();
  sorted.forEach((offer, i) => {
    for (const word of offer.words) {
      let list = wordLists.get(word.key);
      if (!list) {
        list = { positions: [], weights: [] };
        wordLists.set(word.key, list);
      }
      list.positions.push(i);
      list.weights.push(word.weight);
    }
  });
  const wordPostings = new Map(
    [...wordLists].map(([key, list]) => [
      key,
      { positions: Int32Array.from(list.positions), weights: Float64Array.from(list.weights) },
    ]),
  );

  const districts = meanDistrictCentroids(sorted);
  for (const [district, point] of Object.entries(options.districtCentroids ?? {})) {
    const key = postcodeDistrict(district);
    if (key) districts.set(key, point);
  }

  return {
    kind: 'directoryIndex',
    offers: sorted,
    positionOfId,
    needMask,
    interestMask,
    needPostings,
    interestPostings,
    audienceMask,
    otherLanguagesOnly,
    languageBit,
    deliveryMask,
    costKind,
    costPence,
    freeOnBenefits,
    minAge,
    maxAge,
    weekdayMask,
    slotMask,
    earliestStart,
    latestStart,
    earliestEnd,
    latestEnd,
    openHours,
    venueStart,
    venueLat: Float64Array.from(lat),
    venueLon: Float64Array.from(lon),
    venueCosLat: Float64Array.from(lat, (degrees) => Math.cos((degrees * Math.PI) / 180)),
    languageMask,
    bsl,
    venueStepFree: Uint8Array.from(stepFree),
    venueFeatures,
    venueUnplaced,
    districts,
    wordPostings,
    scratch: {
      excluded: new Uint32Array(n),
      generation: 0,
      ceilings: new Float64Array(n),
      passing: new Int32Array(n),
      order: new Int32Array(n),
      bins: new Int32Array(CEILING_BINS + 1),
      pendingNear: new Uint8Array(n),
      candidates: new Uint32Array(words),
      saidPoints: new Float64Array(n),
      saidTouched: new Int32Array(n),
    },
  };
}

export const getOffer = (index: DirectoryIndex, id: string): CommunityOffer | null => {
  const position = index.positionOfId.get(id);
  return position === undefined ? null : (index.offers[position] ?? null);
};

/** A district's centre point, or null when neither the table nor the directory knows it. */
export const districtCentroid = (index: DirectoryIndex, district: string): LatLon | null => {
  const key = postcodeDistrict(district);
  return key ? (index.districts.get(key) ?? null) : null;
};
