import { NEEDS } from '../needs/taxonomy';
import {
  AUDIENCES,
  type AccessCode,
  type Audience,
  type InterestId,
  type NeedId,
  type NihrGroup,
  type RemoteMode,
} from './codes';

/**
 * How taxonomy terms on an Open Referral UK service become Signpost's needs, interests, NIHR group,
 * access features and ways of taking part. Kept as data so a practice's directory team can read and
 * extend it without touching ranking code.
 *
 * - Needs come from the needs taxonomy's own codings (src/domain/needs/taxonomy.ts): our `signpost`
 *   vocabulary, whose code is the need id (`caring`), and the LGA needs list (`esdNeed`) terms that
 *   taxonomy has confirmed. One list, so a need coded in a referral and in the directory agree.
 * - The rest of `signpost` is matched by prefixed code (`interest.creative`, `access.stepFree`, ...).
 *   `eligibility.<group>` says who an offer is for (see AUDIENCES in codes.ts), `eligibility.referral`
 *   that a referral is needed, `timing.openHours` that its times are opening hours (a drop-in or a
 *   phone line) rather than group sessions, `delivery.homeVisit` that someone comes to the person.
 * - `openActiveActivity` (the OpenActive activity list): every term is a physical activity, so any
 *   term counts; walking terms are also outdoors.
 * A term matching no rule is ignored, never guessed at.
 */
export type Vocabulary = 'signpost' | 'esdNeed' | 'openActiveActivity';

export interface TaxonomyEffect {
  needs?: readonly NeedId[];
  interests?: readonly InterestId[];
  nihrGroup?: NihrGroup;
  access?: AccessCode;
  remote?: RemoteMode;
  homeVisit?: true;
  audience?: Audience;
  referral?: true;
  openHours?: true;
}

export type TaxonomyMatch = { code: string } | { name: string } | { anyTerm: true };

export interface TaxonomyRule extends TaxonomyEffect {
  vocabulary: Vocabulary;
  match: TaxonomyMatch;
}

/** Spellings of the vocabulary seen in feeds (taxonomy names, CURIE prefixes, URIs), lower case. */
export const VOCABULARY_ALIASES: Readonly<Record<string, Vocabulary>> = {
  signpost: 'signpost',
  esdneed: 'esdNeed',
  esdneeds: 'esdNeed',
  'esd needs': 'esdNeed',
  'http://id.esd.org.uk/need': 'esdNeed',
  'https://id.esd.org.uk/need': 'esdNeed',
  'lga needs': 'esdNeed',
  openactiveactivity: 'openActiveActivity',
  openactive: 'openActiveActivity',
  'openactive activity list': 'openActiveActivity',
  'https://openactive.io/activity-list': 'openActiveActivity',
};

const NEED_RULES: readonly TaxonomyRule[] = NEEDS.flatMap((need) =>
  need.codes.map((coding): TaxonomyRule => ({
    vocabulary: coding.vocabulary,
    match: { code: coding.code },
    needs: [need.id],
  })),
);

export const TAXONOMY_RULES: readonly TaxonomyRule[] = [
  ...NEED_RULES,
  { vocabulary: 'signpost', match: { code: 'interest.outdoorsAndNature' }, interests: ['outdoorsAndNature'] },
  { vocabulary: 'signpost', match: { code: 'interest.creative' }, interests: ['creative'] },
  { vocabulary: 'signpost', match: { code: 'interest.sportAndMovement' }, interests: ['sportAndMovement'] },
  { vocabulary: 'signpost', match: { code: 'interest.social' }, interests: ['social'] },
  { vocabulary: 'signpost', match: { code: 'interest.learning' }, interests: ['learning'] },
  { vocabulary: 'signpost', match: { code: 'interest.practicalAdvice' }, interests: ['practicalAdvice'] },

  { vocabulary: 'signpost', match: { code: 'nihr.adviceAndGuidance' }, nihrGroup: 'adviceAndGuidance' },
  { vocabulary: 'signpost', match: { code: 'nihr.naturalWorld' }, nihrGroup: 'naturalWorld' },
  { vocabulary: 'signpost', match: { code: 'nihr.artsAndCreativity' }, nihrGroup: 'artsAndCreativity' },
  { vocabulary: 'signpost', match: { code: 'nihr.sportAndExercise' }, nihrGroup: 'sportAndExercise' },

  { vocabulary: 'signpost', match: { code: 'access.stepFree' }, access: 'stepFree' },
  { vocabulary: 'signpost', match: { code: 'access.hearingLoop' }, access: 'hearingLoop' },
  { vocabulary: 'signpost', match: { code: 'access.bsl' }, access: 'bsl' },
  { vocabulary: 'signpost', match: { code: 'access.quietSpace' }, access: 'quietSpace' },
  {
    vocabulary: 'signpost',
    match: { code: 'eligibility.womenOnly' },
    access: 'womenOnly',
    audience: 'women',
  },
  ...AUDIENCES.filter((audience) => audience !== 'women').map((audience): TaxonomyRule => ({
    vocabulary: 'signpost',
    match: { code: `eligibility.${audience}` },
    audience,
  })),
  { vocabulary: 'signpost', match: { code: 'eligibility.referral' }, referral: true },
  { vocabulary: 'signpost', match: { code: 'timing.openHours' }, openHours: true },
  { vocabulary: 'signpost', match: { code: 'delivery.homeVisit' }, homeVisit: true },

  { vocabulary: 'signpost', match: { code: 'delivery.online' }, remote: 'online' },
  { vocabulary: 'signpost', match: { code: 'delivery.phone' }, remote: 'phone' },

  {
    vocabulary: 'openActiveActivity',
    match: { name: 'walking' },
    interests: ['outdoorsAndNature'],
  },
  {
    vocabulary: 'openActiveActivity',
    match: { name: 'nordic walking' },
    interests: ['outdoorsAndNature'],
  },
  {
    vocabulary: 'openActiveActivity',
    match: { anyTerm: true },
    needs: ['physicalActivity'],
    interests: ['sportAndMovement'],
    nihrGroup: 'sportAndExercise',
  },
];

/**
 * When a service carries no NIHR term, the group follows from its interests, first match wins. Social
 * and learning say nothing about the kind of offer, so they are left out.
 */
export const NIHR_GROUP_FROM_INTEREST: readonly { interest: InterestId; nihrGroup: NihrGroup }[] = [
  { interest: 'practicalAdvice', nihrGroup: 'adviceAndGuidance' },
  { interest: 'outdoorsAndNature', nihrGroup: 'naturalWorld' },
  { interest: 'creative', nihrGroup: 'artsAndCreativity' },
  { interest: 'sportAndMovement', nihrGroup: 'sportAndExercise' },
];

/**
 * Free-text accessibility descriptions (HSDS `accessibility.description`) carry no codes. These
 * patterns read only plain positive statements; a sentence with a negation is skipped, so "no step-free
 * access" never becomes a step-free claim.
 */
export const ACCESSIBILITY_TEXT_RULES: readonly { pattern: RegExp; access: AccessCode }[] = [
  { pattern: /\bstep[- ]free\b|\blevel access\b|\bwheelchair[- ](accessible|access)\b/i, access: 'stepFree' },
  { pattern: /\b(hearing|induction) loops?\b/i, access: 'hearingLoop' },
  { pattern: /\bquiet (room|space|area)\b/i, access: 'quietSpace' },
  { pattern: /\bBSL\b|\bbritish sign language\b/i, access: 'bsl' },
];

/** `attending_type` is free text in ORUK v3; these read how a session can be joined. */
export const ATTENDING_TYPE_RULES: readonly { pattern: RegExp; remote: RemoteMode }[] = [
  { pattern: /\b(online|video|virtual|zoom|teams)\b/i, remote: 'online' },
  { pattern: /\b(tele)?phone\b/i, remote: 'phone' },
];

/** A free cost option for people on means-tested benefits or a low income, by its own words. */
export const BENEFITS_CONCESSION =
  /\b(universal credit|pension credit|benefits?|low income|income support|jobseeker'?s?|means[- ]tested)\b/i;

export const NEGATION = /\b(no|not|none|without|cannot|unavailable|unfortunately)\b|n't\b/i;

/** Language names and ISO 639-2/3 codes seen in feeds, to ISO 639-1. BSL is an access code instead. */
export const LANGUAGE_CODES: Readonly<Record<string, string>> = {
  english: 'en',
  eng: 'en',
  welsh: 'cy',
  cym: 'cy',
  wel: 'cy',
  polish: 'pl',
  pol: 'pl',
  romanian: 'ro',
  ron: 'ro',
  rum: 'ro',
  panjabi: 'pa',
  punjabi: 'pa',
  pan: 'pa',
  urdu: 'ur',
  urd: 'ur',
  portuguese: 'pt',
  por: 'pt',
  spanish: 'es',
  spa: 'es',
  bengali: 'bn',
  ben: 'bn',
  arabic: 'ar',
  ara: 'ar',
  somali: 'so',
  som: 'so',
  gujarati: 'gu',
  guj: 'gu',
  french: 'fr',
  fra: 'fr',
  fre: 'fr',
  lithuanian: 'lt',
  lit: 'lt',
  tamil: 'ta',
  tam: 'ta',
};

export const SIGN_LANGUAGE = /^(bfi|sgn-gb|bsl|british sign language)$/i;
