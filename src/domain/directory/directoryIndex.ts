import {
  ACCESS_CODES,
  INTEREST_IDS,
  NEED_IDS,
  WEEKDAYS,
  type AccessCode,
  type InterestId,
  type NeedId,
} from './codes';
import type { CommunityOffer } from './communityOffer';
import { postcodeDistrict, type LatLon } from './geo';
import { DuplicateOfferIdError } from './DuplicateOfferIdError';
import { sessionSlotMask } from './sessions';

export const NEED_BIT: Readonly<Record<NeedId, number>> = Object.fromEntries(
  NEED_IDS.map((need, i) => [need, i]),
) as Record<NeedId, number>;
export const INTEREST_BIT: Readonly<Record<InterestId, number>> = Object.fromEntries(
  INTEREST_IDS.map((interest, i) => [interest, i]),
) as Record<InterestId, number>;
export const ACCESS_BIT: Readonly<Record<AccessCode, number>> = Object.fromEntries(
  ACCESS_CODES.map((code, i) => [code, i]),
) as Record<AccessCode, number>;

export const DELIVERY_IN_PERSON = 1;
export const DELIVERY_ONLINE = 2;
export const DELIVERY_PHONE = 4;

export const COST_FREE = 0;
export const COST_PAID = 1;
export const COST_UNKNOWN = 2;
/** Paid, but some option (a concession, say) costs nothing. */
export const COST_PAID_FREE_OPTION = 3;

const RAD = Math.PI / 180;

export interface DirectoryIndexOptions {
  /**
   * Postcode district → centre point, e.g. from a small table shipped with the directory. It wins over
   * the mean of the directory's own venues, which is used for any district the table does not name.
   */
  districtCentroids?: Readonly<Record<string, LatLon>>;
}

/** About a mile of latitude: an offer whose venues spread further is kept out of the latitude order. */
const MAX_BAND_DEGREES = 0.015;

/** Positions per block: offers [b << BLOCK_SHIFT, (b + 1) << BLOCK_SHIFT) form block b. */
export const BLOCK_SHIFT = 6;

/**
 * What any offer in a block of positions could score on, summarised (ORs of masks, maxima, and the
 * band of latitudes its venues cover), so ranking can skip a block whose best case cannot make the list.
 */
export interface BlockSummaries {
  count: number;
  needOr: Uint32Array;
  interestOr: Uint32Array;
  slotOr: Uint32Array;
  /** 1 when some offer in the block has no known timing. */
  unknownDays: Uint8Array;
  weekdayOr: Uint8Array;
  /** Youngest minimum age in the block (0 when some offer has none). */
  minAgeLow: Int16Array;
  /** Oldest maximum age in the block (-1 when some offer has none). */
  maxAgeHigh: Int16Array;
  accessOr: Uint8Array;
  languageOr: Uint32Array;
  deliveryOr: Uint8Array;
  /** Bit (1 << COST_*) for each cost class present in the block. */
  costKinds: Uint8Array;
  /** Lowest price among the block's plain paid offers (COST_PAID), for the low-cost band. */
  lowestPence: Int32Array;
  /** Lowest id rank in the block: the best any of its offers can do in a tie. */
  minRank: Int32Array;
  /** Latitude band of the block's venues in radians; NaN when none has coordinates. */
  latMin: Float64Array;
  latMax: Float64Array;
}

function summariseBlocks(a: {
  n: number;
  needMask: Uint32Array;
  interestMask: Uint32Array;
  slotMask: Uint32Array;
  weekdayMask: Uint8Array;
  accessMask: Uint8Array;
  languageMask: Uint32Array;
  deliveryMask: Uint8Array;
  costKind: Uint8Array;
  costPence: Int32Array;
  minAge: Int16Array;
  maxAge: Int16Array;
  venueStart: Int32Array;
  lat: readonly number[];
  idRank: Int32Array;
}): BlockSummaries {
  const count = (a.n + (1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT;
  const blocks: BlockSummaries = {
    count,
    needOr: new Uint32Array(count),
    interestOr: new Uint32Array(count),
    slotOr: new Uint32Array(count),
    unknownDays: new Uint8Array(count),
    weekdayOr: new Uint8Array(count),
    minAgeLow: new Int16Array(count).fill(32767),
    maxAgeHigh: new Int16Array(count),
    accessOr: new Uint8Array(count),
    languageOr: new Uint32Array(count),
    deliveryOr: new Uint8Array(count),
    costKinds: new Uint8Array(count),
    minRank: new Int32Array(count).fill(2 ** 31 - 1),
    lowestPence: new Int32Array(count).fill(2 ** 31 - 1),
    latMin: new Float64Array(count).fill(NaN),
    latMax: new Float64Array(count).fill(NaN),
  };
  for (let i = 0; i < a.n; i++) {
    const b = i >> BLOCK_SHIFT;
    blocks.minRank[b] = Math.min(blocks.minRank[b] as number, a.idRank[i] as number);
    blocks.needOr[b] = (blocks.needOr[b] as number) | (a.needMask[i] as number);
    blocks.interestOr[b] = (blocks.interestOr[b] as number) | (a.interestMask[i] as number);
    blocks.slotOr[b] = (blocks.slotOr[b] as number) | (a.slotMask[i] as number);
    if (a.weekdayMask[i] === 0) blocks.unknownDays[b] = 1;
    blocks.weekdayOr[b] = (blocks.weekdayOr[b] as number) | (a.weekdayMask[i] as number);
    blocks.minAgeLow[b] = Math.min(blocks.minAgeLow[b] as number, Math.max(0, a.minAge[i] as number));
    const maxAge = a.maxAge[i] as number;
    if (blocks.maxAgeHigh[b] !== -1)
      blocks.maxAgeHigh[b] = maxAge < 0 ? -1 : Math.max(blocks.maxAgeHigh[b] as number, maxAge);
    blocks.accessOr[b] = (blocks.accessOr[b] as number) | (a.accessMask[i] as number);
    blocks.languageOr[b] = (blocks.languageOr[b] as number) | (a.languageMask[i] as number);
    blocks.deliveryOr[b] = (blocks.deliveryOr[b] as number) | (a.deliveryMask[i] as number);
    const kind = a.costKind[i] as number;
    blocks.costKinds[b] = (blocks.costKinds[b] as number) | (1 << kind);
    if (kind === COST_PAID)
      blocks.lowestPence[b] = Math.min(blocks.lowestPence[b] as number, a.costPence[i] as number);
    for (let v = a.venueStart[i] as number; v < (a.venueStart[i + 1] as number); v++) {
      const lat = a.lat[v] as number;
      const low = blocks.latMin[b] as number;
      const high = blocks.latMax[b] as number;
      blocks.latMin[b] = Number.isNaN(low) ? lat : Math.min(low, lat);
      blocks.latMax[b] = Number.isNaN(high) ? lat : Math.max(high, lat);
    }
  }
  return blocks;
}

/**
 * Everything ranking reads, laid out once so a query touches typed arrays and postings instead of
 * walking nested objects. Offers are held in id order, so an offer's position doubles as the
 * deterministic tie-break.
 */
export interface DirectoryIndex {
  readonly kind: 'directoryIndex';
  /** In position order (by latitude); `idRank` gives each position's place in id order. */
  readonly offers: readonly CommunityOffer[];
  /** Rank of each position's offer id: the deterministic tie-break. */
  readonly idRank: Int32Array;
  /** Southernmost venue latitude of each position in radians (Infinity without one): ascending. */
  readonly positionLat: Float64Array;
  readonly positionOfId: ReadonlyMap<string, number>;
  /** Positions of the offers meeting each need / interest, by bit (see NEED_BIT, INTEREST_BIT), ascending. */
  readonly needPostings: readonly Int32Array[];
  readonly interestPostings: readonly Int32Array[];
  readonly needMask: Uint32Array;
  readonly interestMask: Uint32Array;
  /** 21 bits: weekday × part of day the offer's sessions touch. */
  readonly slotMask: Uint32Array;
  /** 7 bits: weekdays the offer has sessions on (0 when its timing is unknown). */
  readonly weekdayMask: Uint8Array;
  readonly accessMask: Uint8Array;
  /** Bits of the languages each offer is run in; the bit of a language is in `languageBit`. */
  readonly languageMask: Uint32Array;
  readonly languageBit: ReadonlyMap<string, number>;
  readonly deliveryMask: Uint8Array;
  readonly costKind: Uint8Array;
  readonly costPence: Int32Array;
  /** -1 when the offer sets no limit. */
  readonly minAge: Int16Array;
  readonly maxAge: Int16Array;
  /** Venue coordinates in radians, flattened; an offer's venues are [venueStart[i], venueStart[i + 1]). */
  readonly venueStart: Int32Array;
  readonly venueLat: Float64Array;
  readonly venueLon: Float64Array;
  readonly venueCosLat: Float64Array;
  readonly districts: ReadonlyMap<string, LatLon>;
  readonly blocks: BlockSummaries;
  /** Per-query working memory, reused so a query allocates almost nothing. Ranking is synchronous. */
  readonly scratch: {
    seen: Uint32Array;
    excluded: Uint32Array;
    blockStamp: Uint32Array;
    blockCeiling: Float64Array;
    generation: number;
  };
}

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
  const byId = [...offers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let k = 1; k < byId.length; k++) {
    if (byId[k]?.id === byId[k - 1]?.id) throw new DuplicateOfferIdError(byId[k]?.id ?? '');
  }
  // Positions follow latitude, so a block of neighbouring positions covers a narrow north-south band
  // and ranking can rule out whole blocks by distance. Offers without coordinates, and the few whose
  // venues lie far apart, go last: one of them would widen its block's band to the whole area.
  const latitudeKey = (offer: CommunityOffer): number => {
    const lats = offer.locations.flatMap((venue) =>
      venue.lat !== null && venue.lon !== null ? [venue.lat] : [],
    );
    if (lats.length === 0) return Infinity;
    const low = Math.min(...lats);
    return Math.max(...lats) - low <= MAX_BAND_DEGREES ? low : Infinity;
  };
  const keyed = byId.map((offer, rank) => ({
    offer,
    rank,
    lat: latitudeKey(offer),
    spread: offer.locations.some((venue) => venue.lat !== null) ? 1 : 0,
  }));
  // Infinity - Infinity is NaN, so equal keys are compared explicitly.
  keyed.sort((a, b) => (a.lat === b.lat ? a.spread - b.spread || a.rank - b.rank : a.lat - b.lat));
  const sorted = keyed.map((entry) => entry.offer);
  const idRank = Int32Array.from(keyed, (entry) => entry.rank);
  const positionLat = Float64Array.from(keyed, (entry) => entry.lat * RAD);
  const n = sorted.length;
  const positionOfId = new Map<string, number>();
  const needLists: number[][] = NEED_IDS.map(() => []);
  const interestLists: number[][] = INTEREST_IDS.map(() => []);
  const needMask = new Uint32Array(n);
  const interestMask = new Uint32Array(n);
  const slotMask = new Uint32Array(n);
  const weekdayMask = new Uint8Array(n);
  const accessMask = new Uint8Array(n);
  const languageMask = new Uint32Array(n);
  const languageBit = new Map<string, number>();
  const deliveryMask = new Uint8Array(n);
  const costKind = new Uint8Array(n);
  const costPence = new Int32Array(n);
  const minAge = new Int16Array(n);
  const maxAge = new Int16Array(n);
  const venueStart = new Int32Array(n + 1);
  const lat: number[] = [];
  const lon: number[] = [];

  sorted.forEach((offer, i) => {
    positionOfId.set(offer.id, i);
    const needs = offer.needs.reduce((mask, need) => mask | (1 << NEED_BIT[need]), 0);
    const interests = offer.interests.reduce((mask, interest) => mask | (1 << INTEREST_BIT[interest]), 0);
    needMask[i] = needs;
    interestMask[i] = interests;
    needLists.forEach((list, bit) => (needs & (1 << bit) ? list.push(i) : undefined));
    interestLists.forEach((list, bit) => (interests & (1 << bit) ? list.push(i) : undefined));
    let slots = 0;
    let days = 0;
    for (const session of offer.sessions) {
      slots |= sessionSlotMask(session);
      days |= 1 << WEEKDAYS.indexOf(session.weekday);
    }
    slotMask[i] = slots;
    weekdayMask[i] = days;
    accessMask[i] = offer.access.reduce((mask, code) => mask | (1 << ACCESS_BIT[code]), 0);
    let languages = 0;
    for (const code of offer.languages) {
      // 32 bits hold 31 languages; any beyond share the last bit, which can only add false matches
      // to the score, never to a reason (reasons read the offer itself).
      let bit = languageBit.get(code);
      if (bit === undefined) {
        bit = 1 << Math.min(31, languageBit.size);
        languageBit.set(code, bit);
      }
      languages |= bit;
    }
    languageMask[i] = languages;
    deliveryMask[i] =
      (offer.delivery.inPerson ? DELIVERY_IN_PERSON : 0) |
      (offer.delivery.online ? DELIVERY_ONLINE : 0) |
      (offer.delivery.phone ? DELIVERY_PHONE : 0);
    costKind[i] =
      offer.cost.kind === 'free'
        ? COST_FREE
        : offer.cost.kind === 'unknown'
          ? COST_UNKNOWN
          : offer.cost.hasFreeOption
            ? COST_PAID_FREE_OPTION
            : COST_PAID;
    costPence[i] = offer.cost.kind === 'paid' ? offer.cost.pence : 0;
    minAge[i] = clampAge(offer.minAge);
    maxAge[i] = clampAge(offer.maxAge);
    venueStart[i] = lat.length;
    for (const venue of offer.locations) {
      if (venue.lat === null || venue.lon === null) continue;
      lat.push(venue.lat * RAD);
      lon.push(venue.lon * RAD);
    }
  });
  venueStart[n] = lat.length;
  const blocks = summariseBlocks({
    n,
    needMask,
    interestMask,
    slotMask,
    weekdayMask,
    accessMask,
    languageMask,
    deliveryMask,
    costKind,
    costPence,
    minAge,
    maxAge,
    venueStart,
    lat,
    idRank,
  });

  const districts = meanDistrictCentroids(sorted);
  for (const [district, point] of Object.entries(options.districtCentroids ?? {})) {
    const key = postcodeDistrict(district);
    if (key) districts.set(key, point);
  }

  return {
    kind: 'directoryIndex',
    offers: sorted,
    idRank,
    positionLat,
    positionOfId,
    needPostings: needLists.map((list) => Int32Array.from(list)),
    interestPostings: interestLists.map((list) => Int32Array.from(list)),
    needMask,
    interestMask,
    slotMask,
    weekdayMask,
    accessMask,
    languageMask,
    languageBit,
    deliveryMask,
    costKind,
    costPence,
    minAge,
    maxAge,
    venueStart,
    venueLat: Float64Array.from(lat),
    venueLon: Float64Array.from(lon),
    venueCosLat: Float64Array.from(lat, Math.cos),
    districts,
    blocks,
    scratch: {
      seen: new Uint32Array(n),
      excluded: new Uint32Array(n),
      blockStamp: new Uint32Array(blocks.count),
      blockCeiling: new Float64Array(blocks.count),
      generation: 0,
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
