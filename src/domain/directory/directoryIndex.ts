import { ACCESS_CODES, INTEREST_IDS, NEED_IDS, WEEKDAYS, type AccessCode, type InterestId, type NeedId } from './codes';
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

/**
 * Everything ranking reads, laid out once so a query touches typed arrays and postings instead of
 * walking nested objects. Offers are held in id order, so an offer's position doubles as the
 * deterministic tie-break.
 */
export interface DirectoryIndex {
  readonly kind: 'directoryIndex';
  readonly offers: readonly CommunityOffer[];
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
  /** Per-query working memory, reused so a query allocates almost nothing. Ranking is synchronous. */
  readonly scratch: { seen: Uint32Array; excluded: Uint32Array; generation: number };
}

const clampAge = (age: number | null): number => (age === null ? -1 : Math.max(0, Math.min(200, Math.round(age))));

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
  return new Map([...sums].map(([district, sum]) => [district, { lat: sum.lat / sum.n, lon: sum.lon / sum.n }]));
}

export function buildDirectoryIndex(
  offers: readonly CommunityOffer[],
  options: DirectoryIndexOptions = {},
): DirectoryIndex {
  const sorted = [...offers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = sorted.length;
  const positionOfId = new Map<string, number>();
  const needLists: number[][] = NEED_IDS.map(() => []);
  const interestLists: number[][] = INTEREST_IDS.map(() => []);
  const needMask = new Uint32Array(n);
  const interestMask = new Uint32Array(n);
  const slotMask = new Uint32Array(n);
  const weekdayMask = new Uint8Array(n);
  const accessMask = new Uint8Array(n);
  const deliveryMask = new Uint8Array(n);
  const costKind = new Uint8Array(n);
  const costPence = new Int32Array(n);
  const minAge = new Int16Array(n);
  const maxAge = new Int16Array(n);
  const venueStart = new Int32Array(n + 1);
  const lat: number[] = [];
  const lon: number[] = [];

  sorted.forEach((offer, i) => {
    if (positionOfId.has(offer.id)) throw new DuplicateOfferIdError(offer.id);
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

  const districts = meanDistrictCentroids(sorted);
  for (const [district, point] of Object.entries(options.districtCentroids ?? {})) {
    const key = postcodeDistrict(district);
    if (key) districts.set(key, point);
  }

  return {
    kind: 'directoryIndex',
    offers: sorted,
    positionOfId,
    needPostings: needLists.map((list) => Int32Array.from(list)),
    interestPostings: interestLists.map((list) => Int32Array.from(list)),
    needMask,
    interestMask,
    slotMask,
    weekdayMask,
    accessMask,
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
    scratch: { seen: new Uint32Array(n), excluded: new Uint32Array(n), generation: 0 },
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
