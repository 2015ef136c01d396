// The needs and interests a "what matters to you" conversation can surface. Ids are stable: they are
// stored in conversation state and referrals, and locale keys are built from them, so rename none.

/** NIHR's four groups of social prescribing offers. */
export const OFFER_GROUPS = [
  'adviceAndGuidance',
  'naturalWorld',
  'artsAndCreativity',
  'sportAndExercise',
] as const;
export type OfferGroup = (typeof OFFER_GROUPS)[number];

export const NEED_IDS = [
  'loneliness',
  'lowMood',
  'physicalActivity',
  'longTermCondition',
  'healthyEating',
  'money',
  'housing',
  'workAndLearning',
  'caring',
  'domesticAbuse',
  'bereavement',
  'digitalSkills',
  'substanceUse',
  'familyAndParenting',
  'transport',
  'foodPoverty',
] as const;
export type NeedId = (typeof NEED_IDS)[number];

/**
 * Vocabularies by ORUK CURIE. 'signpost' is our own, used for every need so each one can be recorded
 * as a coded "need or concern" (PRSB social prescribing standard) even where no national term fits.
 */
export type NeedVocabulary = 'signpost' | 'esdNeed';

export interface NeedCoding {
  vocabulary: NeedVocabulary;
  code: string;
}

export interface NeedDefinition {
  id: NeedId;
  offerGroups: readonly OfferGroup[];
  codes: readonly NeedCoding[];
  /**
   * A need that carries a safety question for whoever reads it (link worker, receptionist). It is
   * said back first and is never dropped from a summary.
   */
  safeguarding: boolean;
}

const own = (id: NeedId): NeedCoding => ({ vocabulary: 'signpost', code: id });

// esdNeed terms: only those we could confirm. Open Referral UK's "taxonomies" guidance
// (openreferraluk.org, "Selecting services for particular service types, circumstances and needs")
// names http://id.esd.org.uk/need/69 "Social inclusion" and uses it for its "Lonely" persona. No other
// LGA Needs List identifier was confirmed; look them up on id.esd.org.uk/list/needs before adding one.
const ESD_NEED_SOCIAL_INCLUSION: NeedCoding = { vocabulary: 'esdNeed', code: '69' };

const define = (
  id: NeedId,
  offerGroups: readonly OfferGroup[],
  extraCodes: readonly NeedCoding[] = [],
  safeguarding = false,
): NeedDefinition => ({ id, offerGroups, codes: [own(id), ...extraCodes], safeguarding });

export const NEEDS: readonly NeedDefinition[] = [
  define(
    'loneliness',
    ['artsAndCreativity', 'naturalWorld', 'sportAndExercise'],
    [ESD_NEED_SOCIAL_INCLUSION],
  ),
  define('lowMood', ['artsAndCreativity', 'naturalWorld', 'sportAndExercise', 'adviceAndGuidance']),
  define('physicalActivity', ['sportAndExercise', 'naturalWorld']),
  define('longTermCondition', ['adviceAndGuidance', 'sportAndExercise']),
  define('healthyEating', ['adviceAndGuidance', 'naturalWorld']),
  define('money', ['adviceAndGuidance']),
  define('housing', ['adviceAndGuidance']),
  define('workAndLearning', ['adviceAndGuidance', 'naturalWorld', 'artsAndCreativity']),
  define('caring', ['adviceAndGuidance']),
  define('domesticAbuse', ['adviceAndGuidance'], [], true),
  define('bereavement', ['adviceAndGuidance', 'artsAndCreativity']),
  define('digitalSkills', ['adviceAndGuidance']),
  define('substanceUse', ['adviceAndGuidance']),
  define('familyAndParenting', ['adviceAndGuidance']),
  define('transport', ['adviceAndGuidance']),
  define('foodPoverty', ['adviceAndGuidance']),
];

const byId = new Map<NeedId, NeedDefinition>(NEEDS.map((need) => [need.id, need]));

export function needDefinition(id: NeedId): NeedDefinition {
  const found = byId.get(id);
  // Every NeedId has a definition (a test keeps NEED_IDS and NEEDS in step), so a miss is a bug.
  if (!found) throw new Error(`No definition for need "${id}"`);
  return found;
}

export function isNeedId(value: string): value is NeedId {
  return (NEED_IDS as readonly string[]).includes(value);
}

export const INTEREST_IDS = [
  'outdoorsAndNature',
  'creative',
  'sportAndMovement',
  'social',
  'learning',
  'practicalAdvice',
] as const;
export type InterestId = (typeof INTEREST_IDS)[number];

export function isInterestId(value: string): value is InterestId {
  return (INTEREST_IDS as readonly string[]).includes(value);
}

/** The offer group each interest points to, for ranking offers later. */
export const INTEREST_OFFER_GROUPS: Readonly<Record<InterestId, readonly OfferGroup[]>> = {
  outdoorsAndNature: ['naturalWorld'],
  creative: ['artsAndCreativity'],
  sportAndMovement: ['sportAndExercise'],
  social: ['artsAndCreativity', 'naturalWorld', 'sportAndExercise'],
  learning: ['adviceAndGuidance', 'artsAndCreativity'],
  practicalAdvice: ['adviceAndGuidance'],
};

/** Needs an interest makes more salient when both are present (it never adds a need on its own). */
export const INTEREST_RELATED_NEEDS: Readonly<Record<InterestId, readonly NeedId[]>> = {
  outdoorsAndNature: ['physicalActivity', 'lowMood'],
  creative: ['lowMood', 'loneliness'],
  sportAndMovement: ['physicalActivity'],
  social: ['loneliness'],
  learning: ['workAndLearning', 'digitalSkills'],
  practicalAdvice: ['money', 'housing', 'digitalSkills'],
};
