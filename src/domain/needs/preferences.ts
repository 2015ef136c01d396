// What a patient tells us in the follow-up questions, as plain data for matching community offers.
// The understanding layer produces these; ranking (domain) consumes them, so the shapes live here.

/** RFC 5545 BYDAY codes, as ORUK schedules use them. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/** Wall-clock bounds of each part of the day, "HH:MM", end exclusive. */
export const PART_OF_DAY_HOURS: Readonly<
  Record<PartOfDay, { readonly start: string; readonly end: string }>
> = {
  morning: { start: '08:00', end: '12:00' },
  afternoon: { start: '12:00', end: '17:00' },
  evening: { start: '17:00', end: '21:00' },
};

export interface AvailabilityWindow {
  readonly day: Weekday;
  readonly part: PartOfDay;
  /** "HH:MM", within the part's bounds; narrower than the part when the patient gave a time. */
  readonly start: string;
  readonly end: string;
}

export interface Availability {
  /** Ordered by day (Monday first), then part of the day. */
  readonly windows: readonly AvailabilityWindow[];
  /** Days the patient ruled out ("not Fridays"). */
  readonly excludedDays: readonly Weekday[];
}

export type RemoteMode = 'online' | 'phone' | 'either';

export interface TravelPreference {
  /** Postcode outward code ("LS6"): the inward part is dropped, it identifies a handful of homes. */
  readonly district?: string;
  /** Only remote support will do. */
  readonly remoteOnly?: RemoteMode;
  /** Remote support is acceptable as well as in person. */
  readonly remoteOk?: RemoteMode;
  readonly maxMiles?: number;
}

export type CostLevel = 'freeOnly' | 'lowCost' | 'anyCost';

export interface CostPreference {
  readonly level: CostLevel;
  /** An amount the patient named ("up to £5"), in pounds. */
  readonly maxPounds?: number;
}

export const ACCESS_NEED_CODES = [
  'stepFree',
  'wheelchair',
  'hearingLoop',
  'bsl',
  'womenOnly',
  'menOnly',
  'quietSpace',
  'largePrint',
  'easyRead',
  'accessibleToilet',
  'assistanceDog',
  'accessibleParking',
  'interpreter',
] as const;
export type AccessNeedCode = (typeof ACCESS_NEED_CODES)[number];

export interface AccessNeeds {
  /** In ACCESS_NEED_CODES order. */
  readonly needs: readonly AccessNeedCode[];
  /** BCP 47 language tags of languages other than English the patient wants support in. */
  readonly languages: readonly string[];
}
