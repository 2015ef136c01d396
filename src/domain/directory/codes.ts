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

/**
 * Minutes after midnight, Europe/London wall clock; start inclusive, end exclusive. The evening runs to
 * midnight: a group from 7pm to 9:30pm is still an evening group.
 */
export const PART_OF_DAY_MINUTES: Readonly<Record<PartOfDay, { start: number; end: number }>> = {
  morning: { start: 6 * 60, end: 12 * 60 },
  afternoon: { start: 12 * 60, end: 17 * 60 },
  evening: { start: 17 * 60, end: 24 * 60 },
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

/** ISO 639-3 code of British Sign Language, which has no two-letter code. */
export const BSL_LANGUAGE = 'bfi';

export const REMOTE_MODES = ['online', 'phone'] as const;
export type RemoteMode = (typeof REMOTE_MODES)[number];

/**
 * Who an offer is for, when it is not for everyone. A code is the directory's claim about the offer
 * (`eligibility.<code>` in the signpost vocabulary); whether a person belongs is decided by the rules
 * in suggestionRules.ts. An offer with several codes is for people who meet all of them.
 */
export const AUDIENCES = [
  'women',
  'fathers',
  'carers',
  'dementia',
  'bereaved',
  'domesticAbuse',
  'substanceUse',
  'longTermCondition',
  'lowMoodOrCondition',
  'diabetes',
  'lungCondition',
  'heartCondition',
  'chronicPain',
  'stroke',
  'parents',
  'youngChildren',
  'noHome',
  'tenants',
  'outOfWorkIllHealth',
  'foodNeed',
  'cannotUseBus',
  'englishLearners',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Facts about a person that no need says on its own, recorded only when the person told us (or their
 * link worker recorded it). Unknown is never guessed: an offer for a group the person may not be in
 * is not shown.
 */
export const CIRCUMSTANCES = [
  'carer',
  'bereaved',
  'parent',
  'youngChildren',
  'dementia',
  'diabetes',
  'lungCondition',
  'heartCondition',
  'chronicPain',
  'stroke',
  'noHome',
  'outOfWorkIllHealth',
  'meansTestedBenefits',
  'cannotUseBus',
  /** They said they can use the bus: a transport need alone then does not make dial-a-ride theirs. */
  'canUseBus',
  'cannotUsePhone',
  'noInternet',
] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];

export const isAudience = (value: string): value is Audience =>
  (AUDIENCES as readonly string[]).includes(value);

export const isNihrGroup = (value: string): value is NihrGroup =>
  (NIHR_GROUPS as readonly string[]).includes(value);
export const isAccessCode = (value: string): value is AccessCode =>
  (ACCESS_CODES as readonly string[]).includes(value);
