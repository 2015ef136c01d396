import {
  ACCESS_CODES,
  AUDIENCES,
  BSL_LANGUAGE,
  INTEREST_IDS,
  NEED_IDS,
  type AccessCode,
  type Audience,
  type InterestId,
  type NeedId,
  type NihrGroup,
  type RemoteMode,
} from './codes';
import type { CommunityOffer, OfferCost, OfferLocation, WeeklySession } from './communityOffer';
import { formatPostcode, postcodeDistrict } from './geo';
import type {
  OrukAttribute,
  OrukCostOption,
  OrukLanguage,
  OrukLocation,
  OrukService,
  OrukServiceArea,
  OrukTaxonomyTerm,
} from './oruk';
import { compareSessions, sessionsOfSchedule } from './sessions';
import {
  ACCESSIBILITY_TEXT_RULES,
  BENEFITS_CONCESSION,
  ATTENDING_TYPE_RULES,
  LANGUAGE_CODES,
  NEGATION,
  NIHR_GROUP_FROM_INTEREST,
  SIGN_LANGUAGE,
  TAXONOMY_RULES,
  VOCABULARY_ALIASES,
  type TaxonomyEffect,
  type TaxonomyRule,
  type Vocabulary,
} from './taxonomyMap';

export interface NormaliseOptions {
  /** YYYY-MM-DD in Europe/London; schedules and prices that ended before it are ignored. */
  today?: string | null;
  rules?: readonly TaxonomyRule[];
}

export type SkippedService = { id: string; reason: 'notActive' };

export interface NormaliseResult {
  offers: CommunityOffer[];
  skipped: SkippedService[];
}

interface IdentifiedTerm {
  vocabulary: Vocabulary | null;
  code: string | null;
  name: string | null;
}

const curiePrefix = (value: string | null | undefined): string | null => {
  if (!value) return null;
  const match = /^([A-Za-z][\w-]*):(?!\/\/)(.+)$/.exec(value);
  return match ? (match[1] ?? null) : null;
};

const curieLocal = (value: string): string => value.replace(/^[A-Za-z][\w-]*:(?!\/\/)/, '');

const toVocabulary = (value: string | null | undefined): Vocabulary | null =>
  value ? (VOCABULARY_ALIASES[value.trim().toLowerCase().replace(/\/+$/, '')] ?? null) : null;

/** A term URI such as http://id.esd.org.uk/need/69 or https://openactive.io/activity-list#<uuid>. */
const fromUri = (
  value: string | null | undefined,
): { vocabulary: Vocabulary; code: string | null } | null => {
  if (!value || !/^https?:\/\//i.test(value)) return null;
  const cut = value.includes('#') ? value.indexOf('#') : value.lastIndexOf('/');
  const vocabulary = toVocabulary(value.slice(0, cut));
  return vocabulary ? { vocabulary, code: value.slice(cut + 1) || null } : null;
};

/** Where a term's vocabulary and code live differs between ORUK versions; see oruk.ts. */
export function identifyTerm(term: OrukTaxonomyTerm): IdentifiedTerm {
  const taxonomyName = typeof term.taxonomy === 'string' ? term.taxonomy : (term.taxonomy?.name ?? null);
  const uri = fromUri(term.term_uri) ?? fromUri(term.id) ?? fromUri(term.code);
  const vocabulary =
    toVocabulary(term.vocabulary) ??
    toVocabulary(taxonomyName) ??
    toVocabulary(term.taxonomy_detail?.name) ??
    toVocabulary(curiePrefix(term.code)) ??
    toVocabulary(curiePrefix(term.id)) ??
    uri?.vocabulary ??
    null;
  const plainCode = term.code && !fromUri(term.code) ? curieLocal(term.code) : null;
  const rawCode = plainCode ?? (curiePrefix(term.id) ? curieLocal(term.id) : null) ?? uri?.code ?? null;
  return {
    vocabulary,
    code: rawCode ? rawCode.trim() : null,
    name: (term.name ?? term.term ?? null)?.trim() ?? null,
  };
}

/** Rules indexed once per rule list, so normalising 50,000 services does not scan the table each time. */
interface RuleLookup {
  byCode: Map<string, TaxonomyEffect[]>;
  byName: Map<string, TaxonomyEffect[]>;
  anyTerm: Map<Vocabulary, TaxonomyEffect[]>;
}

const lookups = new WeakMap<readonly TaxonomyRule[], RuleLookup>();

function lookupFor(rules: readonly TaxonomyRule[]): RuleLookup {
  const cached = lookups.get(rules);
  if (cached) return cached;
  const lookup: RuleLookup = { byCode: new Map(), byName: new Map(), anyTerm: new Map() };
  const add = <K>(map: Map<K, TaxonomyEffect[]>, key: K, effect: TaxonomyEffect) =>
    map.set(key, [...(map.get(key) ?? []), effect]);
  for (const rule of rules) {
    if ('code' in rule.match) add(lookup.byCode, `${rule.vocabulary}|${rule.match.code}`, rule);
    else if ('name' in rule.match)
      add(lookup.byName, `${rule.vocabulary}|${rule.match.name.toLowerCase()}`, rule);
    else add(lookup.anyTerm, rule.vocabulary, rule);
  }
  lookups.set(rules, lookup);
  return lookup;
}

export function effectsOfTerm(term: OrukTaxonomyTerm, rules: readonly TaxonomyRule[] = TAXONOMY_RULES) {
  const { vocabulary, code, name } = identifyTerm(term);
  if (!vocabulary) return [];
  const lookup = lookupFor(rules);
  return [
    ...(code ? (lookup.byCode.get(`${vocabulary}|${code}`) ?? []) : []),
    ...(name ? (lookup.byName.get(`${vocabulary}|${name.toLowerCase()}`) ?? []) : []),
    ...(lookup.anyTerm.get(vocabulary) ?? []),
  ];
}

interface Collected {
  needs: Set<NeedId>;
  interests: Set<InterestId>;
  nihr: NihrGroup[];
  access: Set<AccessCode>;
  remote: Set<RemoteMode>;
  audience: Set<Audience>;
  homeVisit: boolean;
  referral: boolean;
  openHours: boolean;
  /** Names of OpenActive activity terms, as the directory spells them. */
  activities: Set<string>;
}

const emptyCollected = (): Collected => ({
  needs: new Set(),
  interests: new Set(),
  nihr: [],
  access: new Set(),
  remote: new Set(),
  audience: new Set(),
  homeVisit: false,
  referral: false,
  openHours: false,
  activities: new Set(),
});

function collect(
  into: Collected,
  attributes: readonly OrukAttribute[] | null | undefined,
  rules: readonly TaxonomyRule[],
) {
  for (const attribute of attributes ?? []) {
    if (!attribute.taxonomy_term) continue;
    const term = identifyTerm(attribute.taxonomy_term);
    if (term.vocabulary === 'openActiveActivity' && term.name) into.activities.add(term.name);
    for (const effect of effectsOfTerm(attribute.taxonomy_term, rules)) {
      effect.needs?.forEach((need) => into.needs.add(need));
      effect.interests?.forEach((interest) => into.interests.add(interest));
      if (effect.nihrGroup) into.nihr.push(effect.nihrGroup);
      if (effect.access) into.access.add(effect.access);
      if (effect.remote) into.remote.add(effect.remote);
      if (effect.audience) into.audience.add(effect.audience);
      if (effect.homeVisit) into.homeVisit = true;
      if (effect.referral) into.referral = true;
      if (effect.openHours) into.openHours = true;
    }
  }
}

const positiveSentences = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/[.;!?\n]+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '' && !NEGATION.test(sentence));

function accessFromText(location: OrukLocation): Set<AccessCode> {
  const found = new Set<AccessCode>();
  for (const entry of location.accessibility ?? []) {
    for (const sentence of [...positiveSentences(entry.description), ...positiveSentences(entry.details)]) {
      for (const rule of ACCESSIBILITY_TEXT_RULES) if (rule.pattern.test(sentence)) found.add(rule.access);
    }
  }
  return found;
}

function remoteFromAttendingType(text: string | null | undefined): RemoteMode[] {
  return positiveSentences(text).flatMap((sentence) =>
    ATTENDING_TYPE_RULES.filter((rule) => rule.pattern.test(sentence)).map((rule) => rule.remote),
  );
}

function readLanguages(entries: readonly OrukLanguage[]): { languages: string[]; signLanguage: boolean } {
  const languages = new Set<string>();
  let signLanguage = false;
  for (const entry of entries) {
    const raw = (entry.code ?? entry.name ?? '').trim();
    if (raw === '') continue;
    if (SIGN_LANGUAGE.test(raw) || SIGN_LANGUAGE.test((entry.name ?? '').trim())) {
      signLanguage = true;
      languages.add(BSL_LANGUAGE);
      continue;
    }
    const lower = raw.toLowerCase();
    const code = /^[a-z]{2}$/.test(lower) ? lower : LANGUAGE_CODES[lower.split(/[-_]/)[0] ?? ''];
    if (code) languages.add(code);
  }
  return { languages: [...languages].sort(), signLanguage };
}

const isCurrent = (option: OrukCostOption, today: string | null): boolean =>
  !today || !option.valid_to || option.valid_to.slice(0, 10) >= today;

/** Prices are pounds in ORUK; a price in another currency is not compared with ours. */
export function costOf(options: readonly OrukCostOption[], today: string | null): OfferCost {
  const priced = options
    .filter((option) => isCurrent(option, today))
    .filter((option) => !option.currency || option.currency.trim().toUpperCase() === 'GBP')
    .filter((option): option is OrukCostOption & { amount: number } => typeof option.amount === 'number');
  if (priced.length === 0) return { kind: 'unknown' };
  const paid = priced.filter((option) => option.amount > 0);
  if (paid.length === 0) return { kind: 'free' };
  const free = priced.filter((option) => option.amount === 0);
  return {
    kind: 'paid',
    pence: Math.round(Math.min(...paid.map((option) => option.amount)) * 100),
    hasFreeOption: free.length > 0,
    concession: free.map((option) => option.option?.trim() ?? '').find((text) => text !== '') ?? null,
    freeOnBenefits: free.some((option) =>
      BENEFITS_CONCESSION.test(`${option.option ?? ''} ${option.amount_description ?? ''}`),
    ),
  };
}

/**
 * Postcode districts named in the service areas' `extent` when it is plain text ("RV1 RV2 RV3"). An
 * area given only as a shape or a description is not read: then no district is ruled out.
 */
export function areaDistricts(areas: readonly OrukServiceArea[]): string[] {
  const districts = new Set<string>();
  for (const area of areas) {
    if (!area.extent || (area.extent_type && area.extent_type.toLowerCase() !== 'text')) continue;
    for (const token of area.extent.split(/[\s,;]+/)) {
      const district = postcodeDistrict(token);
      if (district && district === token.toUpperCase()) districts.add(district);
    }
  }
  return [...districts].sort();
}

function inPersonLocation(location: OrukLocation, access: readonly AccessCode[]): OfferLocation | null {
  if (location.location_type === 'virtual') return null;
  const address =
    (location.addresses ?? []).find((a) => a.address_type === 'physical') ??
    (location.addresses ?? [])[0] ??
    null;
  if (address?.address_type === 'virtual') return null;
  const lat = location.latitude ?? null;
  const lon = location.longitude ?? null;
  const postcodeText = address?.postal_code ?? null;
  if ((lat === null || lon === null) && !postcodeText) return null;
  return {
    id: location.id,
    name: location.name ?? null,
    lat: lat !== null && lon !== null ? lat : null,
    lon: lat !== null && lon !== null ? lon : null,
    postcode: postcodeText ? (formatPostcode(postcodeText) ?? postcodeText.trim().toUpperCase()) : null,
    district: postcodeText ? postcodeDistrict(postcodeText) : null,
    access: [...access],
  };
}

const firstText = (...values: (string | null | undefined)[]): string | null =>
  values.map((value) => value?.trim()).find((value): value is string => !!value) ?? null;

/** One ORUK service to one CommunityOffer. The service must already have passed the schema. */
export function normaliseService(service: OrukService, options: NormaliseOptions = {}): CommunityOffer {
  const today = options.today ?? null;
  const rules = options.rules ?? TAXONOMY_RULES;
  const serviceLevel = emptyCollected();
  collect(serviceLevel, service.attributes, rules);

  const locations: OfferLocation[] = [];
  const venueAccess: Set<AccessCode>[] = [];
  const schedules = [...(service.schedules ?? [])];
  let virtualLocation = false;
  for (const sal of service.service_at_locations ?? []) {
    collect(serviceLevel, sal.attributes, rules);
    schedules.push(...(sal.schedules ?? []));
    const location = sal.location;
    if (!location) continue;
    const atVenue = emptyCollected();
    collect(atVenue, location.attributes, rules);
    const here = new Set([...atVenue.access, ...accessFromText(location)]);
    // Only what a building has: a venue cannot make a group women-only or run it in BSL.
    const venueCodes = ACCESS_CODES.filter(
      (code) => here.has(code) && code !== 'womenOnly' && code !== 'bsl',
    );
    const place = inPersonLocation(location, venueCodes);
    if (!place) {
      if (location.location_type === 'virtual') virtualLocation = true;
      continue;
    }
    if (locations.some((known) => known.id === place.id)) continue;
    locations.push(place);
    venueAccess.push(new Set(venueCodes));
  }

  const sessions: WeeklySession[] = [];
  const seen = new Set<string>();
  for (const schedule of schedules) {
    remoteFromAttendingType(schedule.attending_type).forEach((mode) => serviceLevel.remote.add(mode));
    for (const session of sessionsOfSchedule(schedule, today)) {
      const key = `${session.weekday}|${session.startMinute}|${session.endMinute}|${session.frequency}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sessions.push(session);
    }
  }
  sessions.sort(compareSessions);

  const { languages, signLanguage } = readLanguages(service.languages ?? []);
  const access = new Set<AccessCode>(serviceLevel.access);
  if (signLanguage) access.add('bsl');
  for (const code of ACCESS_CODES) {
    if (venueAccess.length > 0 && venueAccess.every((atVenue) => atVenue.has(code))) access.add(code);
  }

  const interests = INTEREST_IDS.filter((interest) => serviceLevel.interests.has(interest));
  const nihrGroup =
    serviceLevel.nihr[0] ??
    NIHR_GROUP_FROM_INTEREST.find((rule) => interests.includes(rule.interest))?.nihrGroup ??
    null;

  const contactPhones = (service.contacts ?? []).flatMap((contact) => contact.phones ?? []);
  return {
    id: service.id,
    name: service.name.trim(),
    description: service.description?.trim() ?? '',
    organization: service.organization
      ? { id: service.organization.id, name: service.organization.name }
      : null,
    needs: NEED_IDS.filter((need) => serviceLevel.needs.has(need)),
    interests,
    nihrGroup,
    sessions,
    openHours: serviceLevel.openHours,
    cost: costOf(service.cost_options ?? [], today),
    locations,
    delivery: {
      inPerson: locations.length > 0,
      online: serviceLevel.remote.has('online') || virtualLocation,
      phone: serviceLevel.remote.has('phone'),
      homeVisit: serviceLevel.homeVisit,
    },
    access: ACCESS_CODES.filter((code) => access.has(code)),
    languages,
    minAge: service.minimum_age ?? null,
    maxAge: service.maximum_age ?? null,
    audience: AUDIENCES.filter((audience) => serviceLevel.audience.has(audience)),
    referral: serviceLevel.referral,
    areas: areaDistricts(service.service_areas ?? []),
    eligibilityNote: service.eligibility_description?.trim() || null,
    activities: [...serviceLevel.activities],
    words: [],
    contact: {
      phone: firstText(service.phones?.[0]?.number, contactPhones[0]?.number),
      email: firstText(
        service.email,
        ...(service.contacts ?? []).map((c) => c.email),
        service.organization?.email,
      ),
      url: firstText(service.url, service.organization?.website, service.organization?.url),
    },
  };
}

/** Active services become offers; the rest are listed as skipped so start-up can log them. */
export function normaliseServices(
  services: readonly OrukService[],
  options: NormaliseOptions = {},
): NormaliseResult {
  const offers: CommunityOffer[] = [];
  const skipped: SkippedService[] = [];
  for (const service of services) {
    if (service.status !== 'active') skipped.push({ id: service.id, reason: 'notActive' });
    else offers.push(normaliseService(service, options));
  }
  return { offers, skipped };
}
