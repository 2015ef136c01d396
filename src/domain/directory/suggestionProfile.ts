/**
 * What the suggestion rules know of a person (the profile), and the same made ready to test offers
 * against (the Person). The rules themselves are in suggestionRules.ts.
 */
import type { Circumstance, InterestId, NeedId, PartOfDay, RemoteMode, Weekday } from './codes';
import type { LatLon } from './geo';

/** How much a need stood out: 3 the main worry, 2 clearly there, 1 mentioned. */
export type NeedWeight = 1 | 2 | 3;
export type RemoteChoice = RemoteMode | 'either';
export type Gender = 'female' | 'male' | 'unknown';
export type CostLevel = 'freeOnly' | 'lowCost' | 'anyCost';
/** What the person needs from a place: `wheelchair` asks for what `stepFree` does. */
export type PersonAccess = 'stepFree' | 'wheelchair' | 'hearingLoop' | 'bsl' | 'womenOnly' | 'quietSpace';
/** A point, a postcode district ("RV2") or a postcode; a district stands for its centre. */
export type TravelOrigin = LatLon | { district: string } | { postcode: string };

/**
 * One word the person used, as the understanding layer read it: `key` compares with the word keys of
 * offers (see CommunityOffer.words), `word` is how the person wrote it, for a card to quote.
 */
export interface SaidWord {
  key: string;
  word: string;
}

export interface SuggestionProfile {
  needs: readonly { id: NeedId; weight: NeedWeight }[];
  interests?: readonly InterestId[];
  availability?: {
    /** Usual free times: a session outside them is shown only later, and says so. Absent: any time. */
    windows?: readonly { weekday: Weekday; part: PartOfDay }[] | null;
    /** Days ruled out: hard. */
    excludedDays?: readonly Weekday[];
    /** Minutes after midnight; a group must start at or after this: hard. */
    notBefore?: number | null;
    /** Minutes after midnight; a group must end by this: hard. */
    notAfter?: number | null;
  } | null;
  travel?: {
    origin?: TravelOrigin | null;
    /** Only this way of taking part will do: hard. */
    remoteOnly?: RemoteChoice | null;
    /** Remote ways that suit as well as going somewhere. */
    remoteOk?: RemoteChoice | null;
    /** Furthest the person can go to a venue: hard. */
    maxMiles?: number | null;
  } | null;
  cost?: { level: CostLevel; maxPounds?: number | null } | null;
  access?: readonly PersonAccess[];
  /** Unknown unless the person chose to say. */
  gender?: Gender;
  age?: number | null;
  /** Languages the person speaks, first language first (ISO 639-1; `bfi` for BSL). Empty: English. */
  languages?: readonly string[];
  /** Facts the person told us that no need says (a condition, no home, benefits received). */
  circumstances?: readonly Circumstance[];
  /**
   * The words the person used in their own answers ("what matters to you?", what they enjoy), as
   * the understanding layer read them: never a word they denied ("I don't like singing").
   */
  said?: readonly SaidWord[];
}

/** The profile made ready to test offers against: every default filled in, the origin placed. */
export interface Person {
  /** Strongest first; ties keep the order the person gave. */
  needs: readonly NeedId[];
  weight: ReadonlyMap<NeedId, NeedWeight>;
  interests: readonly InterestId[];
  windows: readonly { weekday: Weekday; part: PartOfDay }[] | null;
  excludedDays: ReadonlySet<Weekday>;
  notBefore: number | null;
  notAfter: number | null;
  origin: LatLon | null;
  /** The origin is a district's centre, not the person's own address. */
  originApproximate: boolean;
  district: string | null;
  remoteOnly: RemoteChoice | null;
  remoteOk: RemoteChoice | null;
  maxMiles: number | null;
  costLevel: CostLevel;
  maxPence: number | null;
  access: ReadonlySet<PersonAccess>;
  gender: Gender;
  age: number | null;
  languages: readonly string[];
  circumstances: ReadonlySet<Circumstance>;
  /** Word key → the person's own word for it (the first they used). */
  said: ReadonlyMap<string, string>;
}

export function preparePerson(
  profile: SuggestionProfile,
  place: (origin: TravelOrigin) => { point: LatLon; approximate: boolean; district: string | null } | null,
): Person {
  const weight = new Map<NeedId, NeedWeight>();
  for (const need of profile.needs)
    weight.set(need.id, Math.max(weight.get(need.id) ?? 1, need.weight) as NeedWeight);
  const order = [...weight.keys()];
  const needs = [...order].sort(
    (a, b) => (weight.get(b) ?? 1) - (weight.get(a) ?? 1) || order.indexOf(a) - order.indexOf(b),
  );
  const travel = profile.travel ?? null;
  const placed = travel?.origin ? place(travel.origin) : null;
  const availability = profile.availability ?? null;
  const windows = availability?.windows;
  const cost = profile.cost ?? null;
  const maxPounds = cost?.maxPounds ?? null;
  return {
    needs,
    weight,
    interests: [...new Set(profile.interests ?? [])],
    windows: windows && windows.length > 0 ? windows : null,
    excludedDays: new Set(availability?.excludedDays ?? []),
    notBefore: availability?.notBefore ?? null,
    notAfter: availability?.notAfter ?? null,
    origin: placed?.point ?? null,
    originApproximate: placed?.approximate ?? true,
    district: placed?.district ?? null,
    remoteOnly: travel?.remoteOnly ?? null,
    remoteOk: travel?.remoteOk ?? null,
    maxMiles:
      travel?.maxMiles !== undefined && travel.maxMiles !== null && travel.maxMiles >= 0
        ? travel.maxMiles
        : null,
    costLevel: cost?.level ?? 'anyCost',
    maxPence: cost?.level === 'freeOnly' ? 0 : maxPounds !== null ? Math.round(maxPounds * 100) : null,
    access: new Set(profile.access ?? []),
    gender: profile.gender ?? 'unknown',
    age: profile.age ?? null,
    languages: (profile.languages ?? []).map((code) => code.toLowerCase()),
    circumstances: new Set(profile.circumstances ?? []),
    said: new Map(
      (profile.said ?? [])
        .filter((w) => w.key !== '')
        .map((w) => [w.key, w.word] as const)
        .reverse(),
    ),
  };
}
