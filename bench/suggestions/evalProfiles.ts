/**
 * The evaluation profiles' file shape (data/suggestions/README.md), checked with zod, and how each
 * profile becomes what the suggestion rules read. Also a seeded maker of random profiles of the same
 * shape, for checks over many people.
 */
import { z } from 'zod';
import {
  CIRCUMSTANCES,
  INTEREST_IDS,
  NEED_IDS,
  PARTS_OF_DAY,
  type Circumstance,
  type InterestId,
  type NeedId,
  type PartOfDay,
  type Weekday,
} from '../../src/domain/directory/codes';
import type { NeedWeight, PersonAccess, SuggestionProfile } from '../../src/domain/directory/suggestionRules';
import { readWhatTheySaid, type WhatTheySaid } from '../../src/understanding/suggestions/readWhatTheySaid';

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
type DayCode = (typeof DAY_CODES)[number];
const DAY: Readonly<Record<DayCode, Weekday>> = {
  MO: 'mon',
  TU: 'tue',
  WE: 'wed',
  TH: 'thu',
  FR: 'fri',
  SA: 'sat',
  SU: 'sun',
};
const remote = z.enum(['online', 'phone', 'either']).nullable();
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const ACCESS = ['stepFree', 'wheelchair', 'hearingLoop', 'bsl', 'womenOnly', 'quietSpace'] as const;

export const evalProfileSchema = z.object({
  needs: z.array(
    z.object({ id: z.enum(NEED_IDS), weight: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
  ),
  interests: z.array(z.enum(INTEREST_IDS)),
  availability: z
    .object({
      days: z.array(z.enum(DAY_CODES)).nullable(),
      parts: z.array(z.enum(PARTS_OF_DAY)).nullable(),
      excludedDays: z.array(z.enum(DAY_CODES)),
      notBefore: clock.nullable(),
      notAfter: clock.nullable(),
    })
    .nullable(),
  travel: z
    .object({
      district: z.string().nullable(),
      remoteOnly: remote,
      remoteOk: remote,
      maxMiles: z.number().nonnegative().nullable(),
    })
    .nullable(),
  cost: z
    .object({ level: z.enum(['freeOnly', 'lowCost', 'anyCost']), maxPounds: z.number().nullable() })
    .nullable(),
  access: z.array(z.enum(ACCESS)),
  gender: z.enum(['female', 'male', 'unknown']),
  age: z.number().int().nullable(),
  languages: z.array(z.string().min(2).max(3)),
  /** Not in the sealed set; random profiles use it to reach offers for particular groups. */
  circumstances: z.array(z.enum(CIRCUMSTANCES)).optional(),
});
export type EvalProfile = z.infer<typeof evalProfileSchema>;

export const evalEntrySchema = z.object({
  id: z.string().min(1),
  note: z.string(),
  /** What the person said, in their own words (development profiles only). */
  words: z.string().optional(),
  profile: evalProfileSchema,
  suitable: z.array(z.string()),
  neverShow: z.array(z.string()),
  mustCover: z.array(z.union([z.enum(NEED_IDS), z.enum(INTEREST_IDS)])),
});
export type EvalEntry = z.infer<typeof evalEntrySchema>;
export const evalFileSchema = z.array(evalEntrySchema);

const minutes = (clockTime: string | null): number | null => {
  if (clockTime === null) return null;
  const [hours = 0, mins = 0] = clockTime.split(':').map(Number);
  return hours * 60 + mins;
};

/**
 * What the rules hear of a person: their own words where the file has them, else the link worker's
 * note, read as a note ("she" is the person). The link workers' set has no words, so its notes stand
 * for what each person said.
 */
export function hearEntry(
  entry: Pick<EvalEntry, 'note' | 'words'>,
): WhatTheySaid & { source: 'words' | 'note' } {
  return entry.words !== undefined
    ? { ...readWhatTheySaid({ texts: [entry.words], voice: 'person' }), source: 'words' }
    : { ...readWhatTheySaid({ texts: [entry.note], voice: 'note' }), source: 'note' };
}

/** The profile with the facts read in the person's words added to what it records. */
export function withHeardFacts(profile: EvalProfile, heard: WhatTheySaid | null): EvalProfile {
  if (!heard) return profile;
  return {
    ...profile,
    circumstances: [...new Set([...(profile.circumstances ?? []), ...heard.circumstances])],
  };
}

/** The rules' view of an evaluation profile: days × parts become free-time windows. */
export function toSuggestionProfile(
  profile: EvalProfile,
  heard: WhatTheySaid | null = null,
): SuggestionProfile {
  const availability = profile.availability;
  let windows: { weekday: Weekday; part: PartOfDay }[] | null = null;
  if (availability && (availability.days !== null || availability.parts !== null)) {
    const days = (availability.days ?? [...DAY_CODES]).map((code) => DAY[code]);
    const parts = availability.parts ?? [...PARTS_OF_DAY];
    windows = days.flatMap((weekday) => parts.map((part) => ({ weekday, part })));
  }
  return {
    needs: profile.needs,
    interests: profile.interests,
    availability: availability
      ? {
          windows,
          excludedDays: availability.excludedDays.map((code) => DAY[code]),
          notBefore: minutes(availability.notBefore),
          notAfter: minutes(availability.notAfter),
        }
      : null,
    travel: profile.travel
      ? {
          origin: profile.travel.district ? { district: profile.travel.district } : null,
          remoteOnly: profile.travel.remoteOnly,
          remoteOk: profile.travel.remoteOk,
          maxMiles: profile.travel.maxMiles,
        }
      : null,
    cost: profile.cost,
    access: profile.access,
    gender: profile.gender,
    age: profile.age,
    languages: profile.languages,
    circumstances: withHeardFacts(profile, heard).circumstances ?? [],
    said: heard?.said ?? [],
  };
}

/** mulberry32: a small seeded generator, so every run makes the same profiles. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated person: a profile and something they said in their own words. */
export type GeneratedProfile = EvalProfile & { words: string };

const ACTIVITIES = [
  'singing',
  'the choir',
  'bowls',
  'pottery',
  'painting',
  'drawing',
  'swimming',
  'dancing',
  'football',
  'gardening',
  'birds',
  'chess',
  'a quiz',
  'cooking',
  'knitting',
  'walking',
  'fishing',
  'reading',
  'writing poems',
  'yoga',
  'tai chi',
  'cycling',
  'computers',
  'learning English',
  'speaking Polish',
  'woodwork',
  'crafts',
  'music',
  'the ukulele',
  'drama',
  'history',
  'volunteering',
  'running',
];
const SAYINGS = [
  (a: string) => `I love ${a}.`,
  (a: string) => `I used to do a lot of ${a}.`,
  (a: string) => `I don't like ${a}.`,
  (a: string) => `I'm not into ${a} at all.`,
  (a: string) => `Maybe something like ${a}?`,
];
const FACTS = [
  'I have type 2 diabetes.',
  'My husband has diabetes.',
  'I have COPD and my chest is bad.',
  'I had a heart attack last year.',
  'My wife had a stroke.',
  'I had a stroke in the spring.',
  'My mum has dementia.',
  'I have arthritis and I am in pain every day.',
  "I'm sleeping rough at the moment.",
  "I'm worried I could end up homeless.",
  'I have a six month old baby.',
  "I can't use the phone.",
  "I don't have the internet.",
  'The bus frightens me.',
  "I've been off sick from work since March.",
  "I'm not diabetic.",
];

/** Random profiles in the evaluation shape, spread over every field the rules read. */
export function randomProfiles(
  count: number,
  seed: number,
  districts: readonly string[],
): GeneratedProfile[] {
  const random = seeded(seed);
  const one = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => one(list))),
  ];
  const maybe = <T>(chance: number, value: () => T): T | null => (random() < chance ? value() : null);
  return Array.from({ length: count }, (): GeneratedProfile => {
    const needs = some(NEED_IDS, 3).map((id: NeedId, k) => ({
      id,
      weight: (k === 0 ? 3 : k === 1 ? 2 : 1) as NeedWeight,
    }));
    const interests: InterestId[] = some(INTEREST_IDS, 3);
    const firstLanguage = random() < 0.85 ? 'en' : one(['pl', 'ro', 'pa', 'ur', 'bfi', 'pt']);
    const languages =
      firstLanguage === 'en' ? ['en'] : random() < 0.7 ? [firstLanguage, 'en'] : [firstLanguage];
    const access: PersonAccess[] = some(ACCESS, 2).filter(
      (code) => code !== 'bsl' || firstLanguage === 'bfi',
    );
    return {
      needs,
      interests,
      availability: maybe(0.7, () => ({
        days: maybe(0.7, () => some(DAY_CODES, 4)) ?? null,
        parts: maybe(0.7, () => some(PARTS_OF_DAY, 2)) ?? null,
        excludedDays: some(DAY_CODES, 2),
        notBefore: maybe(0.15, () => one(['09:30', '10:00', '13:00', '17:00', '19:00'])),
        notAfter: maybe(0.15, () => one(['12:00', '15:00', '17:00', '20:00'])),
      })),
      travel: maybe(0.85, () => ({
        district: maybe(0.9, () => one(districts)),
        remoteOnly: maybe(0.08, () => one(['online', 'phone', 'either'] as const)),
        remoteOk: maybe(0.2, () => one(['online', 'phone', 'either'] as const)),
        maxMiles: maybe(0.35, () => Math.round((0.3 + random() * 3) * 10) / 10),
      })),
      cost: maybe(0.6, () => {
        const level = one(['freeOnly', 'lowCost', 'anyCost'] as const);
        return { level, maxPounds: level === 'lowCost' ? one([1, 2, 3, 5]) : null };
      }),
      access,
      gender: one(['female', 'male', 'unknown'] as const),
      age: maybe(0.85, () => 10 + Math.floor(random() * 85)),
      languages,
      circumstances: some<Circumstance>(CIRCUMSTANCES, 2),
      words: [...some(ACTIVITIES, 3).map((activity) => one(SAYINGS)(activity)), ...some(FACTS, 2)].join(' '),
    };
  });
}
