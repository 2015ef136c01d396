// British English needs and interests phrases, read from the reviewable data files in
// src/understanding/data/en-GB/needs/ (one file per need, plus combined phrases, word groups and
// attribution) and src/understanding/data/en-GB/interests.json, checked with zod.
import attribution from '../../data/en-GB/needs/attribution.json';
import bereavement from '../../data/en-GB/needs/bereavement.json';
import caring from '../../data/en-GB/needs/caring.json';
import combined from '../../data/en-GB/needs/combined.json';
import digitalSkills from '../../data/en-GB/needs/digitalSkills.json';
import domesticAbuse from '../../data/en-GB/needs/domesticAbuse.json';
import familyAndParenting from '../../data/en-GB/needs/familyAndParenting.json';
import foodPoverty from '../../data/en-GB/needs/foodPoverty.json';
import groups from '../../data/en-GB/needs/groups.json';
import healthyEating from '../../data/en-GB/needs/healthyEating.json';
import housing from '../../data/en-GB/needs/housing.json';
import loneliness from '../../data/en-GB/needs/loneliness.json';
import longTermCondition from '../../data/en-GB/needs/longTermCondition.json';
import lowMood from '../../data/en-GB/needs/lowMood.json';
import money from '../../data/en-GB/needs/money.json';
import physicalActivity from '../../data/en-GB/needs/physicalActivity.json';
import substanceUse from '../../data/en-GB/needs/substanceUse.json';
import transport from '../../data/en-GB/needs/transport.json';
import workAndLearning from '../../data/en-GB/needs/workAndLearning.json';
import interests from '../../data/en-GB/interests.json';
import type { NeedId } from '../../../domain/needs/taxonomy';
import { readLexicon } from './data';
import type { UnderstandingLexicon } from './types';

const NEED_FILES: Readonly<Record<NeedId, unknown>> = {
  loneliness,
  lowMood,
  physicalActivity,
  longTermCondition,
  healthyEating,
  money,
  housing,
  workAndLearning,
  caring,
  domesticAbuse,
  bereavement,
  digitalSkills,
  substanceUse,
  familyAndParenting,
  transport,
  foodPoverty,
};

export const enGB: UnderstandingLexicon = readLexicon({
  locale: 'en-GB',
  needs: NEED_FILES,
  combined,
  groups,
  attribution,
  interests,
});
