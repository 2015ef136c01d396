import {
  availabilityPreference,
  suggestionProfileFromDraft,
  travelPreference,
} from '../../../src/services/referrals/profile';
import { referralDraftSchema, type ReferralDraft } from '../../../src/services/referrals/referralDraft';
import { readAvailability } from '../../../src/understanding/when/readAvailability';

const AT = '2026-12-06T10:00:00.000Z';
const draft = (extra: Partial<ReferralDraft>): ReferralDraft =>
  referralDraftSchema.parse({
    id: 'r1',
    patientKey: 'p1',
    createdAt: AT,
    updatedAt: AT,
    consent: { agreedAt: AT, noticeVersion: '2026-11' },
    ...extra,
  });

function availabilityOf(text: string) {
  const result = readAvailability({ text, locale: 'en-GB' });
  if (!('ok' in result) || !result.ok) throw new Error(`not understood: ${text}`);
  return availabilityPreference(result.value);
}

describe('what the suggestion rules know of a patient', () => {
  it.each<[string, { notBefore?: string; notAfter?: string }]>([
    ['only evenings after 7', { notBefore: '19:00' }],
    ['after 4pm', { notBefore: '16:00' }],
    ['weekdays before 11', { notAfter: '11:00' }],
    ['Tuesday mornings or Thursday after 7pm', {}],
    ['weekday mornings', {}],
    ['Tuesday mornings', {}],
  ])('"%s" keeps a clock time the patient named as a hard limit', (text, limits) => {
    const availability = availabilityOf(text);
    expect({ notBefore: availability.notBefore, notAfter: availability.notAfter }).toEqual({
      notBefore: limits.notBefore,
      notAfter: limits.notAfter,
    });
  });

  it('reads the needs in order as weights, the free times, travel, cost and access', () => {
    const profile = suggestionProfileFromDraft(
      draft({
        whatMatters: { text: 'x', needs: ['bereavement', 'money', 'loneliness', 'housing'] },
        preferences: {
          interests: ['outdoorsAndNature'],
          availability: {
            windows: [{ weekday: 'tue', partOfDay: 'morning' }],
            excludedWeekdays: ['fri'],
            notBefore: '09:30',
          },
          travel: travelPreference({ district: 'RV2', remoteOk: 'phone', maxMiles: 3 }),
          cost: { level: 'freeOnly' },
          accessNeeds: ['wheelchair', 'largePrint', 'hearingLoop'],
        },
      }),
    );
    expect(profile).toEqual({
      needs: [
        { id: 'bereavement', weight: 3 },
        { id: 'money', weight: 2 },
        { id: 'loneliness', weight: 1 },
        { id: 'housing', weight: 1 },
      ],
      interests: ['outdoorsAndNature'],
      availability: {
        windows: [{ weekday: 'tue', part: 'morning' }],
        excludedDays: ['fri'],
        notBefore: 570,
        notAfter: null,
      },
      travel: { origin: { district: 'RV2' }, remoteOnly: null, remoteOk: 'phone', maxMiles: 3 },
      cost: { level: 'freeOnly', maxPounds: null },
      access: ['wheelchair', 'hearingLoop'],
      gender: 'unknown',
      age: null,
      languages: ['en'],
      circumstances: [],
      said: [],
    });
  });

  it("reads the patient's own words: the facts they stated and the words that say what an offer is for", () => {
    const profile = suggestionProfileFromDraft(
      draft({
        whatMatters: {
          text: "I've got type 2 diabetes and my wife had a stroke. I don't like singing.",
          needs: ['longTermCondition'],
        },
        preferences: { interests: ['creative'], interestsText: 'Pottery, and I used to play chess' },
      }),
    );
    expect(profile.circumstances).toEqual(['diabetes']);
    const words = (profile.said ?? []).map((word) => word.word);
    expect(words).toEqual(expect.arrayContaining(['diabetes', 'pottery', 'chess']));
    // Denied: never a reason to suggest a choir.
    expect(words).not.toContain('singing');
  });

  it.each<[string, Partial<ReferralDraft['preferences']>, string[]]>([
    ['no languages named: English', {}, ['en']],
    ['support wanted in Polish: Polish first, then English', { languages: ['pl-PL'] }, ['pl', 'en']],
    ['an interpreter for Urdu: Urdu only', { languages: ['ur'], accessNeeds: ['interpreter'] }, ['ur']],
    ['a BSL user', { accessNeeds: ['bsl'] }, ['bfi', 'en']],
  ])('languages: %s', (_name, preferences, languages) => {
    expect(suggestionProfileFromDraft(draft({ preferences })).languages).toEqual(languages);
  });

  it('knows nothing yet for a patient with no draft', () => {
    expect(suggestionProfileFromDraft(undefined)).toMatchObject({ needs: [], gender: 'unknown', age: null });
  });
});
