import { BSL_LANGUAGE, type Weekday as DirectoryWeekday } from '../../domain/directory/codes';
import type { NeedWeight, PersonAccess, SuggestionProfile } from '../../domain/directory/suggestionRules';
import {
  PART_OF_DAY_HOURS,
  type AccessNeedCode,
  type Availability,
  type CostPreference,
  type TravelPreference,
  type Weekday,
} from '../../domain/needs/preferences';
import { readWhatTheySaid } from '../../understanding/suggestions/readWhatTheySaid';
import type { ReferralDraft, ReferralPreferences } from './referralDraft';

/**
 * Converts between what the follow-up questions understand (RFC 5545 weekdays, the full list of access
 * needs) and what the draft keeps and the suggestion rules read (the directory's codes).
 */

const WEEKDAY: Record<Weekday, DirectoryWeekday> = {
  MO: 'mon',
  TU: 'tue',
  WE: 'wed',
  TH: 'thu',
  FR: 'fri',
  SA: 'sat',
  SU: 'sun',
};

/** Access needs a community offer's record can say it meets; the rest are for the link worker. */
const OFFER_ACCESS: Partial<Record<AccessNeedCode, PersonAccess>> = {
  stepFree: 'stepFree',
  wheelchair: 'wheelchair',
  hearingLoop: 'hearingLoop',
  bsl: 'bsl',
  womenOnly: 'womenOnly',
  quietSpace: 'quietSpace',
};

/**
 * The free times as the draft keeps them. A clock time the patient named becomes a hard limit when it
 * bounds every day they gave ("after 4pm": each day's first free time starts at 4pm, not at the start
 * of the afternoon); a part of the day alone stays a usual free time.
 */
export function availabilityPreference(
  availability: Availability,
): NonNullable<ReferralPreferences['availability']> {
  const byDay = new Map<Weekday, Availability['windows'][number][]>();
  for (const window of availability.windows)
    byDay.set(window.day, [...(byDay.get(window.day) ?? []), window]);
  const firsts = [...byDay.values()].map((windows) => windows.reduce((a, b) => (b.start < a.start ? b : a)));
  const lasts = [...byDay.values()].map((windows) => windows.reduce((a, b) => (b.end > a.end ? b : a)));
  const narrowedStart = firsts.length > 0 && firsts.every((w) => w.start > PART_OF_DAY_HOURS[w.part].start);
  const narrowedEnd = lasts.length > 0 && lasts.every((w) => w.end < PART_OF_DAY_HOURS[w.part].end);
  const notBefore = firsts.map((w) => w.start).sort()[0];
  const notAfter = lasts
    .map((w) => w.end)
    .sort()
    .at(-1);
  return {
    windows: availability.windows.map((window) => ({
      weekday: WEEKDAY[window.day],
      partOfDay: window.part,
      ...(window.start !== PART_OF_DAY_HOURS[window.part].start ? { start: window.start } : {}),
      ...(window.end !== PART_OF_DAY_HOURS[window.part].end ? { end: window.end } : {}),
    })),
    excludedWeekdays: availability.excludedDays.map((day) => WEEKDAY[day]),
    ...(narrowedStart && notBefore ? { notBefore } : {}),
    ...(narrowedEnd && notAfter ? { notAfter } : {}),
  };
}

export function travelPreference(travel: TravelPreference): NonNullable<ReferralPreferences['travel']> {
  return {
    ...(travel.district ? { district: travel.district } : {}),
    ...(travel.remoteOnly ? { remoteOnly: travel.remoteOnly } : {}),
    ...(travel.remoteOk ? { remoteOk: travel.remoteOk } : {}),
    ...(travel.maxMiles ? { maxMiles: travel.maxMiles } : {}),
  };
}

export function costPreference(cost: CostPreference): NonNullable<ReferralPreferences['cost']> {
  return { level: cost.level, ...(cost.maxPounds !== undefined ? { maxPounds: cost.maxPounds } : {}) };
}

/** Needs come most important first: the first is the main worry, the second clearly there. */
const weightAt = (position: number): NeedWeight => (position === 0 ? 3 : position === 1 ? 2 : 1);

const minutesOf = (clock: string | undefined): number | null => {
  if (!clock) return null;
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
};

/**
 * What the suggestion rules know of a patient. Signpost does not ask a patient's gender or age: both
 * stay unknown, so groups for women or men only are not suggested and an age limit is shown on the
 * card for the patient to judge. Languages the patient asked for support in are taken as spoken,
 * first; English follows, since they are talking to us in it, unless they asked for an interpreter.
 * Their own words (what matters to them, what they enjoy) are read for the facts they stated about
 * themselves (a named condition, a baby, having no home) and the words that say what an offer is for.
 */
export function suggestionProfileFromDraft(
  draft: ReferralDraft | undefined,
  locale = 'en-GB',
): SuggestionProfile {
  const preferences = draft?.preferences ?? {};
  const access = [...new Set((preferences.accessNeeds ?? []).flatMap((need) => OFFER_ACCESS[need] ?? []))];
  const spoken = [...new Set((preferences.languages ?? []).map(primaryLanguage))].filter(
    (code) => code !== 'en',
  );
  const languages = [
    ...(access.includes('bsl') ? [BSL_LANGUAGE] : []),
    ...spoken,
    ...((preferences.accessNeeds ?? []).includes('interpreter') && spoken.length > 0 ? [] : ['en']),
  ];
  const travel = preferences.travel;
  const availability = preferences.availability;
  const heard = readWhatTheySaid({
    texts: [draft?.whatMatters?.text ?? '', preferences.interestsText ?? ''],
    locale,
  });
  return {
    needs: (draft?.whatMatters?.needs ?? []).map((id, position) => ({ id, weight: weightAt(position) })),
    interests: preferences.interests ?? [],
    availability: availability
      ? {
          windows: (availability.windows ?? []).map((w) => ({ weekday: w.weekday, part: w.partOfDay })),
          excludedDays: availability.excludedWeekdays ?? [],
          notBefore: minutesOf(availability.notBefore),
          notAfter: minutesOf(availability.notAfter),
        }
      : null,
    travel: travel
      ? {
          origin: travel.district ? { district: travel.district } : null,
          remoteOnly: travel.remoteOnly ?? null,
          remoteOk: travel.remoteOk ?? null,
          maxMiles: travel.maxMiles ?? null,
        }
      : null,
    cost: preferences.cost
      ? { level: preferences.cost.level, maxPounds: preferences.cost.maxPounds ?? null }
      : null,
    access,
    gender: 'unknown',
    age: null,
    languages,
    circumstances: heard.circumstances,
    said: heard.said,
  };
}

/** 'pl-PL' → 'pl': the rules compare languages, not regions. */
function primaryLanguage(tag: string): string {
  const [language = tag] = tag.split('-');
  return language.toLowerCase();
}
