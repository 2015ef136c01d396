import type { AccessCode, Weekday as DirectoryWeekday } from '../../domain/directory/codes';
import type { RankProfile } from '../../domain/directory/rankOffers';
import {
  PART_OF_DAY_HOURS,
  type Availability,
  type AccessNeedCode,
  type CostPreference,
  type TravelPreference,
  type Weekday,
} from '../../domain/needs/preferences';
import type { ReferralDraft, ReferralPreferences } from './referralDraft';

/**
 * Converts between what the follow-up questions understand (RFC 5545 weekdays, the full list of access
 * needs) and what the draft keeps and the ranking reads (the directory's codes).
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
const DIRECTORY_ACCESS: Partial<Record<AccessNeedCode, AccessCode>> = {
  stepFree: 'stepFree',
  wheelchair: 'stepFree',
  hearingLoop: 'hearingLoop',
  bsl: 'bsl',
  womenOnly: 'womenOnly',
  quietSpace: 'quietSpace',
};

export function availabilityPreference(
  availability: Availability,
): NonNullable<ReferralPreferences['availability']> {
  return {
    windows: availability.windows.map((window) => ({
      weekday: WEEKDAY[window.day],
      partOfDay: window.part,
      ...(window.start !== PART_OF_DAY_HOURS[window.part].start ? { start: window.start } : {}),
      ...(window.end !== PART_OF_DAY_HOURS[window.part].end ? { end: window.end } : {}),
    })),
    excludedWeekdays: availability.excludedDays.map((day) => WEEKDAY[day]),
  };
}

export function travelPreference(travel: TravelPreference): NonNullable<ReferralPreferences['travel']> {
  return {
    ...(travel.district ? { district: travel.district } : {}),
    ...(travel.remoteOnly ? { remoteOnly: travel.remoteOnly } : {}),
    ...(travel.maxMiles ? { maxMiles: travel.maxMiles } : {}),
  };
}

export function costPreference(cost: CostPreference): NonNullable<ReferralPreferences['cost']> {
  return { level: cost.level, ...(cost.maxPounds !== undefined ? { maxPounds: cost.maxPounds } : {}) };
}

/** The ranking's view of a referral draft. */
export function rankProfileFromDraft(draft: ReferralDraft | undefined): RankProfile {
  const preferences = draft?.preferences ?? {};
  const access = new Set<AccessCode>();
  for (const need of preferences.accessNeeds ?? []) {
    const code = DIRECTORY_ACCESS[need];
    if (code) access.add(code);
  }
  const travel = preferences.travel;
  return {
    needs: draft?.whatMatters?.needs ?? [],
    interests: preferences.interests ?? [],
    ...(preferences.availability ? { availability: preferences.availability } : {}),
    ...(travel
      ? {
          travel: {
            ...(travel.district ? { origin: { district: travel.district } } : {}),
            ...(travel.remoteOnly ? { remoteOnly: travel.remoteOnly } : {}),
            ...(travel.maxMiles ? { maxMiles: travel.maxMiles } : {}),
          },
        }
      : {}),
    freeOnly: preferences.cost?.level === 'freeOnly',
    accessNeeds: [...access],
    languages: [...new Set((preferences.languages ?? []).map(primaryLanguage))],
  };
}

/** 'pl-PL' → 'pl': the ranking compares languages, not regions. */
function primaryLanguage(tag: string): string {
  const [language = tag] = tag.split('-');
  return language.toLowerCase();
}
