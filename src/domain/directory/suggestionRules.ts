/**
 * The rules Signpost follows when it suggests community offers, written to be checked by a link
 * worker as well as by a programmer. docs/suggestions.md says the same in plain words.
 *
 * What is known of the person is in suggestionProfile.ts. Four steps, each a function below:
 * 1. `neverShowRule`: the limits an offer must not break (who it is for, age, language, cost, how
 *    the person can take part, distance, step-free access, times they ruled out). An offer that
 *    breaks one is never shown.
 * 2. `judgeOffer`: how well an allowed offer fits: points for the person's needs (by weight) and
 *    interests, and for words they used that say what the offer is for ("choir", "bowls"), fewer
 *    points for what fits less well (outside their usual times, missing a hearing loop they asked
 *    for, a cost they cannot be sure of). Words only order offers that are allowed: they never
 *    lift an offer past a limit.
 * 3. `buildPool`: the best few offers for each need and interest.
 * 4. `choosePage`: three offers from the pool that between them cover the person's strongest needs and
 *    at least one interest, one offer per organisation.
 *
 * The engine (rankOffers.ts) only makes this fast: it skips offers that cannot reach the pool, and
 * applies these functions to the rest. A test checks it gives exactly what these rules give alone.
 */
import {
  BSL_LANGUAGE,
  PART_OF_DAY_MINUTES,
  PARTS_OF_DAY,
  WEEKDAYS,
  type Audience,
  type Circumstance,
  type InterestId,
  type NeedId,
  type PartOfDay,
  type RemoteMode,
  type Weekday,
} from './codes';
import type { CommunityOffer, OfferLocation, OfferWord, WeeklySession } from './communityOffer';
import { haversineMiles } from './geo';
import type { Person, PersonAccess, RemoteChoice } from './suggestionProfile';
import { sessionFitsPart } from './sessions';

export * from './suggestionProfile';

// ---------------------------------------------------------------------------------------------------
// Who an offer is for
// ---------------------------------------------------------------------------------------------------

const hasNeed = (person: Person, need: NeedId) => person.weight.has(need);
const knows = (person: Person, fact: Circumstance) => person.circumstances.has(fact);
/** Long-term conditions: a fact a person tells us, and a group an offer may be made for. */
const CONDITIONS: readonly (Circumstance & Audience)[] = [
  'diabetes',
  'lungCondition',
  'heartCondition',
  'chronicPain',
  'stroke',
  'dementia',
];
const hasCondition = (person: Person) =>
  hasNeed(person, 'longTermCondition') || CONDITIONS.some((c) => knows(person, c));

/** The first language the person named, or English when they named none. */
export const firstLanguage = (person: Person): string => person.languages[0] ?? 'en';

/**
 * When a person belongs to each group an offer can be for. A group a need cannot tell (a particular
 * condition, having no home) needs the fact itself: unknown is never taken as yes.
 */
export const AUDIENCE_RULES: Readonly<Record<Audience, (person: Person) => boolean>> = {
  // A person of unknown gender who asked for a women-only space has told us enough.
  women: (p) => p.gender === 'female' || (p.gender === 'unknown' && p.access.has('womenOnly')),
  fathers: (p) =>
    p.gender === 'male' &&
    (hasNeed(p, 'familyAndParenting') || knows(p, 'parent') || knows(p, 'youngChildren')),
  carers: (p) => hasNeed(p, 'caring') || knows(p, 'carer'),
  dementia: (p) => knows(p, 'dementia'),
  bereaved: (p) => hasNeed(p, 'bereavement') || knows(p, 'bereaved'),
  domesticAbuse: (p) => hasNeed(p, 'domesticAbuse'),
  substanceUse: (p) => hasNeed(p, 'substanceUse'),
  longTermCondition: hasCondition,
  lowMoodOrCondition: (p) => hasNeed(p, 'lowMood') || hasCondition(p),
  diabetes: (p) => knows(p, 'diabetes'),
  lungCondition: (p) => knows(p, 'lungCondition'),
  heartCondition: (p) => knows(p, 'heartCondition'),
  chronicPain: (p) => knows(p, 'chronicPain'),
  stroke: (p) => knows(p, 'stroke'),
  parents: (p) => hasNeed(p, 'familyAndParenting') || knows(p, 'parent') || knows(p, 'youngChildren'),
  youngChildren: (p) => knows(p, 'youngChildren'),
  noHome: (p) => knows(p, 'noHome'),
  // Most people have a home to keep; only someone who told us they have none is left out.
  tenants: (p) => !knows(p, 'noHome'),
  outOfWorkIllHealth: (p) => knows(p, 'outOfWorkIllHealth'),
  foodNeed: (p) => hasNeed(p, 'foodPoverty'),
  // Someone with a transport need who said they can use the bus is not someone who finds buses hard.
  cannotUseBus: (p) => knows(p, 'cannotUseBus') || (hasNeed(p, 'transport') && !knows(p, 'canUseBus')),
  englishLearners: (p) => firstLanguage(p) !== 'en' && firstLanguage(p) !== BSL_LANGUAGE,
};

/** Runs in English when the directory names no language, or names English among others. */
export const runsInEnglish = (offer: CommunityOffer): boolean =>
  offer.languages.length === 0 || offer.languages.includes('en');

/** A Deaf BSL user speaks BSL whether or not they listed it. */
export const speaks = (person: Person, language: string): boolean =>
  language === 'en'
    ? person.languages.length === 0 || person.languages.includes('en')
    : person.languages.includes(language) || (language === BSL_LANGUAGE && person.access.has('bsl'));

// ---------------------------------------------------------------------------------------------------
// 1. Never show
// ---------------------------------------------------------------------------------------------------

export type NeverShowRule =
  'audience' | 'age' | 'language' | 'area' | 'cost' | 'times' | 'remoteOnly' | 'distance' | 'stepFree';

/** A venue within this much of the person's limit still counts as within it (a tenth of a mile). */
export const DISTANCE_TOLERANCE_MILES = 0.1;
/** Opening hours must overlap the person's hard time limits by this much to be usable. */
export const MIN_OPEN_MINUTES_IN_LIMITS = 45;

export type Attendance = 'inPerson' | 'homeVisit' | 'remote' | 'unknown';

/** How the person would take part in an offer, or which limit rules every way out. */
export type TakingPart =
  | {
      ok: true;
      attendance: Attendance;
      venue: OfferLocation | null;
      miles: number | null;
      remote: RemoteMode | null;
    }
  | { ok: false; rule: 'remoteOnly' | 'distance' | 'stepFree' };

const cannotPhone = (person: Person) => knows(person, 'cannotUsePhone') || person.access.has('bsl');
const noInternet = (person: Person) => knows(person, 'noInternet');
const wantsStepFree = (person: Person) => person.access.has('stepFree') || person.access.has('wheelchair');

/** The remote ways the person can use for an offer, in order of preference. */
function usableRemote(offer: CommunityOffer, person: Person, allowed: RemoteChoice | null): RemoteMode[] {
  const ways: RemoteMode[] = [];
  if (offer.delivery.online && !noInternet(person) && allowed !== 'phone') ways.push('online');
  if (offer.delivery.phone && !cannotPhone(person) && allowed !== 'online') ways.push('phone');
  return ways;
}

export function milesTo(person: Person, venue: OfferLocation): number | null {
  if (!person.origin || venue.lat === null || venue.lon === null) return null;
  return haversineMiles(person.origin, { lat: venue.lat, lon: venue.lon });
}

export function takingPart(offer: CommunityOffer, person: Person): TakingPart {
  if (person.remoteOnly) {
    const [remote] = usableRemote(offer, person, person.remoteOnly);
    return remote
      ? { ok: true, attendance: 'remote', venue: null, miles: null, remote }
      : { ok: false, rule: 'remoteOnly' };
  }
  let best: { venue: OfferLocation; miles: number | null } | null = null;
  let blocked: 'distance' | 'stepFree' | null = null;
  for (const venue of offer.locations) {
    if (wantsStepFree(person) && !venue.access.includes('stepFree')) {
      blocked ??= 'stepFree';
      continue;
    }
    const miles = milesTo(person, venue);
    if (person.maxMiles !== null && miles !== null && miles > person.maxMiles + DISTANCE_TOLERANCE_MILES) {
      blocked = 'distance';
      continue;
    }
    if (!best || (miles !== null && (best.miles === null || miles < best.miles))) best = { venue, miles };
  }
  if (best) return { ok: true, attendance: 'inPerson', venue: best.venue, miles: best.miles, remote: null };
  if (offer.delivery.homeVisit)
    return { ok: true, attendance: 'homeVisit', venue: null, miles: null, remote: null };
  const [remote] = usableRemote(offer, person, null);
  if (remote) return { ok: true, attendance: 'remote', venue: null, miles: null, remote };
  if (blocked) return { ok: false, rule: blocked };
  // A phone-only line for someone who cannot phone, or an online group for someone with no internet.
  if (offer.delivery.online || offer.delivery.phone) return { ok: false, rule: 'remoteOnly' };
  return { ok: true, attendance: 'unknown', venue: null, miles: null, remote: null };
}

/** Whether a session keeps to the hard limits: not on a day ruled out, inside "not before / not after". */
export function keepsTimeLimits(session: WeeklySession, openHours: boolean, person: Person): boolean {
  if (person.excludedDays.has(session.weekday)) return false;
  const from = person.notBefore ?? 0;
  const to = person.notAfter ?? 24 * 60;
  if (person.notBefore === null && person.notAfter === null) return true;
  if (openHours) {
    const end = session.endMinute ?? session.startMinute + MIN_OPEN_MINUTES_IN_LIMITS;
    return Math.min(end, to) - Math.max(session.startMinute, from) >= MIN_OPEN_MINUTES_IN_LIMITS;
  }
  return session.startMinute >= from && (session.endMinute ?? session.startMinute) <= to;
}

/** The sessions the person could go to; all of them when the offer has no set times. */
export const usableSessions = (offer: CommunityOffer, person: Person): WeeklySession[] =>
  offer.sessions.filter((session) => keepsTimeLimits(session, offer.openHours, person));

/** Whether a paid offer's price is within what the person can pay. */
function affordable(offer: CommunityOffer, person: Person): boolean {
  const cost = offer.cost;
  if (cost.kind !== 'paid' || person.costLevel === 'anyCost') return true;
  if (person.maxPence !== null && cost.pence <= person.maxPence) return true;
  // "Free for people on Universal Credit or Pension Credit" counts only when we know they qualify;
  // "first session free" or "free with a leisure card" never makes an offer free.
  return cost.freeOnBenefits && knows(person, 'meansTestedBenefits');
}

/** The first limit the offer breaks, or null when it may be shown. */
export function neverShowRule(offer: CommunityOffer, person: Person): NeverShowRule | null {
  const checked = checkLimits(offer, person);
  return 'rule' in checked ? checked.rule : null;
}

/** The limits checked in order; what was worked out on the way is kept for judging the fit. */
function checkLimits(
  offer: CommunityOffer,
  person: Person,
): { rule: NeverShowRule } | { sessions: WeeklySession[]; part: Extract<TakingPart, { ok: true }> } {
  const fail = (rule: NeverShowRule) => ({ rule });
  if (!offer.audience.every((group) => AUDIENCE_RULES[group](person))) return fail('audience');
  if (
    person.age !== null &&
    ((offer.minAge !== null && person.age < offer.minAge) ||
      (offer.maxAge !== null && person.age > offer.maxAge))
  ) {
    return fail('age');
  }
  if (!runsInEnglish(offer) && !offer.languages.some((language) => speaks(person, language))) {
    return fail('language');
  }
  if (person.district !== null && offer.areas.length > 0 && !offer.areas.includes(person.district)) {
    return fail('area');
  }
  if (!affordable(offer, person)) return fail('cost');
  const sessions = usableSessions(offer, person);
  if (offer.sessions.length > 0 && sessions.length === 0) return fail('times');
  const part = takingPart(offer, person);
  return part.ok ? { sessions, part } : fail(part.rule);
}

// ---------------------------------------------------------------------------------------------------
// What the person said, and what an offer is for
// ---------------------------------------------------------------------------------------------------

/**
 * A word that more than this share of the directory's offers use ("group", "friendly") says nothing
 * about any one of them: it counts for nothing.
 */
export const COMMON_WORD_SHARE = 0.1;

/**
 * How much a word says about an offer that uses it: 1 when no other offer uses it, falling with the
 * logarithm of how many offers do, to 0 at COMMON_WORD_SHARE of the directory. In a directory of 120
 * offers a word used by 2 offers weighs 0.72, by 3 weighs 0.56, by 6 weighs 0.28.
 */
export function offerWordWeight(offersUsing: number, offers: number): number {
  if (offersUsing === 1) return 1;
  const common = offers * COMMON_WORD_SHARE;
  if (offersUsing < 1 || offersUsing > common) return 0;
  return Math.round((1 - Math.log(offersUsing) / Math.log(common)) * 1000) / 1000;
}

/** A word the offer's description or eligibility uses, but not its name or activities, counts for this share. */
export const DESCRIBED_WORD_SHARE = 0.5;

/**
 * A word key the understanding layer read in what an offer is for: `named` when it is in the offer's
 * name or the activities it is tagged with ("Clay and chat pottery"), not only in its description.
 */
export interface OfferWordKey {
  key: string;
  named: boolean;
}

/**
 * Gives each offer its words with their weights: how few offers use the word (offerWordWeight),
 * halved (DESCRIBED_WORD_SHARE) for a word only its description uses. Words of weight 0 are
 * dropped. Offers are copied, not changed.
 */
export function weighOfferWords(
  offers: readonly CommunityOffer[],
  keysOf: (offer: CommunityOffer) => readonly OfferWordKey[],
): CommunityOffer[] {
  const keys = offers.map((offer) => {
    const named = new Map<string, boolean>();
    for (const { key, named: inName } of keysOf(offer)) named.set(key, (named.get(key) ?? false) || inName);
    return [...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  });
  const using = new Map<string, number>();
  for (const list of keys) for (const [key] of list) using.set(key, (using.get(key) ?? 0) + 1);
  // One word object per key and place: offers share them.
  const words = new Map<string, OfferWord>();
  const wordOf = (key: string, named: boolean): OfferWord | null => {
    const id = `${named ? 'n' : 'd'}${key}`;
    let word = words.get(id);
    if (!word) {
      const weight = offerWordWeight(using.get(key) ?? 0, offers.length) * (named ? 1 : DESCRIBED_WORD_SHARE);
      word = { key, weight: Math.round(weight * 1000) / 1000 };
      words.set(id, word);
    }
    return word.weight > 0 ? word : null;
  };
  return offers.map((offer, i) => ({
    ...offer,
    words: (keys[i] ?? []).flatMap(([key, named]) => wordOf(key, named) ?? []),
  }));
}

/** The offer's words the person used, the most telling first (then by key, so the order is fixed). */
export const wordsSaidFor = (offer: CommunityOffer, person: Person): OfferWord[] =>
  person.said.size === 0
    ? []
    : offer.words
        .filter((word) => person.said.has(word.key))
        .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

/** Points for the words: each word's weight times POINTS.saidWord, at most POINTS.saidWordsMost. */
export const saidPoints = (words: readonly OfferWord[]): number =>
  Math.min(
    POINTS.saidWordsMost,
    words.reduce((sum, word) => sum + word.weight * POINTS.saidWord, 0),
  );

// ---------------------------------------------------------------------------------------------------
// 2. How well an allowed offer fits
// ---------------------------------------------------------------------------------------------------

/** Points. Needs and interests decide what is suggested; the rest orders offers that fit equally. */
export const POINTS = {
  /** Per unit of need weight: a main worry (3) is worth 30. */
  needPerWeight: 10,
  /** The first of the person's interests an offer meets; each further one adds `interestMore`. */
  interest: 12,
  interestMore: 4,
  /** Outside the usual free times: shown only after everything inside them. */
  outsideTimes: -100,
  /** The person gave free times and the offer gives none, so it cannot be said to fit them. */
  timesUnknown: -3,
  /** The offer meets a need and is made for a group the person belongs to (carers, the bereaved). */
  madeForThem: 6,
  /**
   * It is made for people in a situation the person told us about themself (TOLD_US_GROUPS: a named
   * condition, a baby, having no home): what a link worker reaches for first.
   */
  madeForWhatTheyToldUs: 15,
  free: 4,
  /** Up to this price an offer counts as low cost. */
  lowCostPence: 300,
  lowCost: 2,
  /** The cost is unknown and the person needs it free or cheap. */
  unknownCostForTightBudget: -8,
  /** Most for a venue on the doorstep, nothing at `nearMiles` or further. */
  near: 6,
  nearMiles: 5,
  /** A hearing loop, quiet space, women-only group or BSL the person asked for: there, or missing. */
  accessMet: 3,
  accessMissing: -25,
  /** The offer is run in a language the person speaks other than English. */
  ownLanguage: 10,
  /** The person did not say they speak English and the offer is only in English. */
  onlyInEnglish: -10,
  /** The person said which remote ways suit them, and this offer can only be joined another way. */
  remoteWayNotChosen: -25,
  /** Each word the person used that says what the offer is for, times the word's weight (0 to 1). */
  saidWord: 15,
  /** The most the person's words can add to one offer. */
  saidWordsMost: 25,
} as const;

/** Groups most people belong to: an offer for one is not thereby made for the person's situation. */
export const OPEN_TO_MOST: readonly Audience[] = ['women', 'tenants'];

/**
 * Groups a person belongs to only by a fact they stated (see AUDIENCE_RULES). An offer for one is
 * shown only to someone who told us, so it is made for exactly what they said.
 */
export const TOLD_US_GROUPS: readonly Audience[] = [
  ...CONDITIONS,
  'youngChildren',
  'noHome',
  'outOfWorkIllHealth',
];

/** Strong preferences: missing one costs an offer its place among the first, never its chance. */
const PREFERENCES = ['hearingLoop', 'quietSpace', 'womenOnly', 'bsl'] as const;

export interface Fit {
  score: number;
  /** The person's needs the offer meets, strongest first. */
  needs: NeedId[];
  interests: InterestId[];
  /** False only when the person gave usual times and no session falls in them. */
  fitsTimes: boolean;
  /** A usual free time the offer meets, in week order, when the person gave times. */
  /**
   * A usual free time the offer meets, in week order, when the person gave times. `part` is named
   * only when a session starts in it: "fits your Tuesday mornings" is not said of 10am to 1pm on a
   * Tuesday afternoon, though the hour after midday counts for fitting.
   */
  when: { weekday: Weekday; part: PartOfDay | null } | null;
  attendance: Attendance;
  venue: OfferLocation | null;
  miles: number | null;
  remote: RemoteMode | null;
  /** The preferences the offer meets, and those it misses. */
  accessMet: PersonAccess[];
  accessMissing: PersonAccess[];
  inOwnLanguage: string | null;
  /** The person's own words that say what the offer is for, the most telling first. */
  said: string[];
}

export type Judgement = { shown: false; rule: NeverShowRule } | ({ shown: true } & Fit);

function preferenceMet(
  offer: CommunityOffer,
  attendance: Attendance,
  venue: OfferLocation | null,
  access: PersonAccess,
): boolean | null {
  switch (access) {
    case 'womenOnly':
      return offer.audience.includes('women');
    case 'bsl':
      return offer.access.includes('bsl') || offer.languages.includes(BSL_LANGUAGE);
    case 'hearingLoop':
    case 'quietSpace':
      // A building's features matter only when the person goes to the building.
      return attendance === 'inPerson' && venue ? venue.access.includes(access) : null;
    default:
      return null;
  }
}

function usualTime(offer: CommunityOffer, person: Person, sessions: readonly WeeklySession[]) {
  if (person.windows === null || offer.sessions.length === 0) return { fitsTimes: true, when: null };
  for (const weekday of WEEKDAYS) {
    for (const part of PARTS_OF_DAY) {
      if (!person.windows.some((w) => w.weekday === weekday && w.part === part)) continue;
      const fitting = sessions.filter(
        (s) => s.weekday === weekday && sessionFitsPart(s, part, offer.openHours),
      );
      if (fitting.length > 0) {
        const window = PART_OF_DAY_MINUTES[part];
        const startsIn = fitting.some((s) => s.startMinute >= window.start && s.startMinute < window.end);
        return { fitsTimes: true, when: { weekday, part: startsIn ? part : null } };
      }
    }
  }
  return { fitsTimes: false, when: null };
}

export function judgeOffer(offer: CommunityOffer, person: Person): Judgement {
  const checked = checkLimits(offer, person);
  if ('rule' in checked) return { shown: false, rule: checked.rule };
  const { part, sessions } = checked;
  const needs = person.needs.filter((need) => offer.needs.includes(need));
  const interests = person.interests.filter((interest) => offer.interests.includes(interest));
  let score = needs.reduce((sum, need) => sum + (person.weight.get(need) ?? 1) * POINTS.needPerWeight, 0);
  score += interests.reduce((sum, _interest, k) => sum + interestPoints(k), 0);

  const { fitsTimes, when } = usualTime(offer, person, sessions);
  if (!fitsTimes) score += POINTS.outsideTimes;
  if (person.windows !== null && offer.sessions.length === 0) score += POINTS.timesUnknown;
  if (needs.length > 0 && offer.audience.some((group) => !OPEN_TO_MOST.includes(group))) {
    score += POINTS.madeForThem;
  }
  if (offer.audience.some((group) => TOLD_US_GROUPS.includes(group))) score += POINTS.madeForWhatTheyToldUs;

  const cost = offer.cost;
  const freeForThem =
    cost.kind === 'free' ||
    (cost.kind === 'paid' && cost.freeOnBenefits && knows(person, 'meansTestedBenefits'));
  if (freeForThem) score += POINTS.free;
  else if (cost.kind === 'paid' && cost.pence <= POINTS.lowCostPence) score += POINTS.lowCost;
  else if (cost.kind === 'unknown' && person.costLevel !== 'anyCost')
    score += POINTS.unknownCostForTightBudget;

  if (part.miles !== null) score += POINTS.near * Math.max(0, 1 - part.miles / POINTS.nearMiles);
  if (part.attendance === 'remote' && person.remoteOk !== null && person.remoteOnly === null) {
    const chosen = person.remoteOk === 'either' || person.remoteOk === part.remote;
    const other = usableRemote(offer, person, person.remoteOk).length > 0;
    if (!chosen && !other) score += POINTS.remoteWayNotChosen;
  }

  const accessMet: PersonAccess[] = [];
  const accessMissing: PersonAccess[] = [];
  for (const access of PREFERENCES) {
    if (!person.access.has(access)) continue;
    const met = preferenceMet(offer, part.attendance, part.venue, access);
    if (met === true) accessMet.push(access);
    if (met === false) accessMissing.push(access);
  }
  if (wantsStepFree(person) && part.attendance === 'inPerson')
    accessMet.unshift(person.access.has('stepFree') ? 'stepFree' : 'wheelchair');
  score += accessMet.filter((a) => a !== 'stepFree' && a !== 'wheelchair').length * POINTS.accessMet;
  score += accessMissing.length * POINTS.accessMissing;

  const inOwnLanguage =
    offer.languages.find((language) => language !== 'en' && speaks(person, language)) ?? null;
  if (inOwnLanguage) score += POINTS.ownLanguage;
  else if (person.languages.length > 0 && !speaks(person, 'en')) score += POINTS.onlyInEnglish;

  const said = wordsSaidFor(offer, person);
  score += saidPoints(said);

  return {
    shown: true,
    score: Math.round(score * 1000) / 1000,
    needs,
    interests,
    fitsTimes,
    when,
    attendance: part.attendance,
    venue: part.venue,
    miles: part.miles,
    remote: part.remote,
    accessMet,
    accessMissing,
    inOwnLanguage,
    said: [...new Set(said.map((word) => person.said.get(word.key) ?? word.key))],
  };
}

/** Whether an offer is about something the person raised; with nothing raised, everything is. */
export const isRelevant = (fit: Fit, person: Person): boolean =>
  fit.needs.length > 0 ||
  fit.interests.length > 0 ||
  (person.needs.length === 0 && person.interests.length === 0);

/** Points for the k-th of the person's interests an offer meets (counting from 0). */
export const interestPoints = (k: number): number => (k === 0 ? POINTS.interest : POINTS.interestMore);

export const needPoints = (person: Person, need: NeedId): number =>
  (person.weight.get(need) ?? 1) * POINTS.needPerWeight;

// ---------------------------------------------------------------------------------------------------
// 3. The pool, and 4. one page
// ---------------------------------------------------------------------------------------------------

export interface Candidate {
  offer: CommunityOffer;
  /** Place of the offer id in id order: the tie-break, so results never depend on file order. */
  rank: number;
  fit: Fit;
}

/** How many of the best offers for each need and interest (and overall) a page is chosen from. */
export const POOL_PER_ASPECT = 12;

/** Better first: higher score, then earlier id. */
export const better = (a: Candidate, b: Candidate): number => b.fit.score - a.fit.score || a.rank - b.rank;

export type Aspect = { need: NeedId } | { interest: InterestId } | 'any';

/** The person's needs (strongest first) and interests; 'any' when they raised neither. */
export const aspectsOf = (person: Person): Aspect[] =>
  person.needs.length === 0 && person.interests.length === 0
    ? ['any']
    : [...person.needs.map((need) => ({ need })), ...person.interests.map((interest) => ({ interest }))];

export const covers = (fit: Fit, aspect: Aspect): boolean =>
  aspect === 'any'
    ? true
    : 'need' in aspect
      ? fit.needs.includes(aspect.need)
      : fit.interests.includes(aspect.interest);

/** The best POOL_PER_ASPECT relevant offers for each aspect, and overall. */
export function buildPool(candidates: readonly Candidate[], person: Person): Candidate[] {
  const sorted = [...candidates].sort(better);
  const pool = new Set<Candidate>(sorted.slice(0, POOL_PER_ASPECT));
  for (const aspect of aspectsOf(person)) {
    sorted
      .filter((c) => covers(c.fit, aspect))
      .slice(0, POOL_PER_ASPECT)
      .forEach((c) => pool.add(c));
  }
  return sorted.filter((c) => pool.has(c));
}

/** An aspect already covered on the page counts for this share of its points in the next choice. */
export const REPEAT_SHARE = 0.5;

/**
 * Picks a page greedily: each next offer is the one adding most, where a need or interest already met
 * on the page counts for REPEAT_SHARE of its points. The last place goes to an offer meeting an
 * interest when none has yet and one fits the person's times. One offer per organisation, unless
 * `sameOrganisation` allows more, or no other organisation has an offer left for the place (a carer
 * whose needs only the carers' network meets still sees a full page).
 */
export function choosePage(
  pool: readonly Candidate[],
  person: Person,
  size: number,
  options: { sameOrganisation?: boolean } = {},
): Candidate[] {
  const chosen: Candidate[] = [];
  const coveredNeeds = new Set<NeedId>();
  const coveredInterests = new Set<InterestId>();
  const organisations = new Set<string>();
  const gain = (c: Candidate): number => {
    let value = c.fit.score;
    for (const need of c.fit.needs) {
      if (coveredNeeds.has(need)) value -= needPoints(person, need) * (1 - REPEAT_SHARE);
    }
    c.fit.interests.forEach((interest, k) => {
      if (coveredInterests.has(interest)) value -= interestPoints(k) * (1 - REPEAT_SHARE);
    });
    return value;
  };
  while (chosen.length < size) {
    const left = pool.filter((c) => !chosen.includes(c));
    const others = left.filter((c) => !c.offer.organization || !organisations.has(c.offer.organization.id));
    const open = options.sameOrganisation || others.length === 0 ? left : others;
    const lastPlace = chosen.length === size - 1;
    const interestMissing = person.interests.length > 0 && coveredInterests.size === 0;
    const withInterest = open.filter((c) => c.fit.interests.length > 0 && c.fit.fitsTimes);
    const choices = lastPlace && interestMissing && withInterest.length > 0 ? withInterest : open;
    let best: Candidate | null = null;
    let bestGain = -Infinity;
    for (const c of choices) {
      const value = gain(c);
      if (value > bestGain || (value === bestGain && best !== null && c.rank < best.rank)) {
        best = c;
        bestGain = value;
      }
    }
    if (!best) break;
    chosen.push(best);
    best.fit.needs.forEach((need) => coveredNeeds.add(need));
    best.fit.interests.forEach((interest) => coveredInterests.add(interest));
    if (best.offer.organization) organisations.add(best.offer.organization.id);
  }
  return chosen;
}
