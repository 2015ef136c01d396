/**
 * The closed code lists the directory and its ranking speak. They are codes, never English: the dialog
 * layer turns them into words through the locale files.
 *
 * Needs, interests and the NIHR offer groups belong to the needs taxonomy (src/domain/needs); they are
 * re-exported here so directory code and its callers share one list.
 */
import { INTEREST_IDS, NEED_IDS, OFFER_GROUPS, isInterestId, isNeedId } from '../needs/taxonomy';
import type { InterestId, NeedId, OfferGroup } from '../needs/taxonomy';

export { INTEREST_IDS, NEED_IDS, isInterestId, isNeedId };
export type { InterestId, NeedId };

/** The four kinds of offer NIHR groups social prescribing into (the taxonomy's offer groups). */
export const NIHR_GROUPS = OFFER_GROUPS;
export type NihrGroup = OfferGroup;

/** Monday first, as a UK diary reads; the index of a day here is its bit position in every mask. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/** Minutes after midnight, Europe/London wall clock; start inclusive, end exclusive. */
export const PART_OF_DAY_MINUTES: Readonly<Record<PartOfDay, { start: number; end: number }>> = {
  morning: { start: 8 * 60, end: 12 * 60 },
  afternoon: { start: 12 * 60, end: 17 * 60 },
  evening: { start: 17 * 60, end: 21 * 60 },
};

/**
 * What a person may need from a venue or group to take part. `languages` are kept apart (ISO 639-1
 * codes) because they are open-ended.
 */
export const ACCESS_CODES = ['stepFree', 'hearingLoop', 'womenOnly', 'bsl', 'quietSpace'] as const;
export type AccessCode = (typeof ACCESS_CODES)[number];

/** `lessOften`: every three weeks or more, every two months or more. */
export const SESSION_FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'lessOften'] as const;
export type SessionFrequency = (typeof SESSION_FREQUENCIES)[number];

export const REMOTE_MODES = ['online', 'phone'] as const;
export type RemoteMode = (typeof REMOTE_MODES)[number];

export const isNihrGroup = (value: string): value is NihrGroup =>
  (NIHR_GROUPS as readonly string[]).includes(value);
export const isAccessCode = (value: string): value is AccessCode =>
  (ACCESS_CODES as readonly string[]).includes(value);
