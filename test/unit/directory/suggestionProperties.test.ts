import path from 'node:path';
import { describeSuggestion, type Say } from '../../../dialogs/suggestions/describeOffer';
import { districtCentroid } from '../../../src/domain/directory/directoryIndex';
import { personFor, rankOffers, type Suggestion } from '../../../src/domain/directory/rankOffers';
import type { SuggestionProfile } from '../../../src/domain/directory/suggestionRules';
import { createTranslator } from '../../../src/i18n/translator';
import type { LoadedDirectory } from '../../../src/services/directory/loadDirectory';
import { loadShippedDirectory } from '../../support/journey';
import { cardContradictions, pageContradictions } from '../../../bench/suggestions/cardTruth';
import { brokenLimits } from '../../../bench/suggestions/eligibilityOracle';
import {
  randomProfiles,
  toSuggestionProfile,
  withHeardFacts,
  type EvalProfile,
} from '../../../bench/suggestions/evalProfiles';
import { readWhatTheySaid } from '../../../src/understanding/suggestions/readWhatTheySaid';

const root = path.join(__dirname, '../../..');
const translator = createTranslator({ localesDir: path.join(root, 'locales'), defaultLocale: 'en-GB' });
const say: Say = (key, vars) => translator.t('en-GB', key, vars);

let directory: LoadedDirectory;
beforeAll(async () => {
  directory = await loadShippedDirectory('2026-12-06');
});

/** Three pages ("show me other options" twice), as a patient could see them. */
function pagesFor(profile: SuggestionProfile): Suggestion[][] {
  const pages: Suggestion[][] = [];
  const shown: string[] = [];
  for (let k = 0; k < 3; k++) {
    const { suggestions } = rankOffers({ offers: directory.index, profile, excludeIds: shown });
    if (suggestions.length === 0) break;
    pages.push(suggestions);
    shown.push(...suggestions.map((s) => s.offer.id));
  }
  return pages;
}

describe('every suggestion for 1,000 generated people, over the whole directory', () => {
  it('breaks none of their limits and every card agrees with the data, what they said included', () => {
    const districts = [...directory.index.districts.keys(), 'LS6'];
    const profiles = randomProfiles(1000, 9, districts);
    let checked = 0;
    let saidReasons = 0;
    const problems: string[] = [];
    for (const generated of profiles) {
      // What they said: the facts it states are limits like any other, checked by the oracle.
      const heard = readWhatTheySaid({ texts: [generated.words] });
      const profile = withHeardFacts(generated, heard);
      const rulesProfile = toSuggestionProfile(generated, heard);
      const person = personFor(directory.index, rulesProfile);
      for (const page of pagesFor(rulesProfile)) {
        problems.push(...pageContradictions(page, say));
        for (const suggestion of page) {
          checked += 1;
          if (suggestion.reasons.some((reason) => reason.code === 'said')) saidReasons += 1;
          const limits = brokenLimits(suggestion.offer, profile, (d) => districtCentroid(directory.index, d));
          problems.push(...limits.map((limit) => `${suggestion.offer.name}: ${limit}`));
          problems.push(
            ...cardContradictions(suggestion, person, say).map((p) => `${suggestion.offer.name}: ${p}`),
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(saidReasons).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('shows every offer of the directory, with a truthful card, to someone', () => {
    const shown = new Set<string>();
    const profiles = randomProfiles(1500, 11, [...directory.index.districts.keys()]);
    for (const profile of profiles) {
      for (const page of pagesFor(toSuggestionProfile(profile))) page.forEach((s) => shown.add(s.offer.id));
    }
    const never = directory.offers.filter((offer) => !shown.has(offer.id)).map((offer) => offer.name);
    expect(never).toEqual([]);
  });
});

describe('cards', () => {
  it('give each button a name of its own, naming the offer', () => {
    const page = rankOffers({
      offers: directory.index,
      profile: {
        needs: [
          { id: 'bereavement', weight: 3 },
          { id: 'loneliness', weight: 2 },
        ],
      },
    }).suggestions;
    const buttons = page.flatMap((s) => Object.values(describeSuggestion(say, 'en-GB', s).buttons));
    expect(new Set(buttons).size).toBe(6);
    expect(buttons).toContain(`I'm interested in ${page[0]?.offer.name}`);
  });

  it.each<[string, string, string]>([
    ['Money advice phone line', 'Open', 'Monday to Friday, 9am to 5pm'],
    ["Men's Shed workshop", 'When', 'Tuesdays and Thursdays, 9:30am to 1pm; Saturdays, 10am to 1pm'],
    ['Hollins friendship group', 'When', 'Every other Monday, 1:30pm to 3:30pm'],
    ['Polish community lunch (Obiad)', 'When', 'One Saturday a month, 12:30pm to 3pm'],
    ['Wesley Road coffee morning', 'When', 'Wednesdays, 10am to midday'],
    ['Town centre health walk', 'When', 'Wednesdays, 10:30am to 11:30am'],
    ['Good Neighbours home befriending', 'When', 'Ask the organiser'],
  ])('say %s meets: %s %s', (name, title, value) => {
    const offer = directory.offers.find((o) => o.name === name);
    if (!offer) throw new Error(`no offer named ${name}`);
    const card = describeSuggestion(say, 'en-GB', {
      offer,
      score: 0,
      attendance: 'unknown',
      fitsTimes: true,
      venue: null,
      miles: null,
      reasons: [],
      restrictions: [],
    });
    expect(card.facts).toContainEqual({ title, value });
  });
});

/** The people of the issue, as the rules read them. */
const base: EvalProfile = {
  needs: [],
  interests: [],
  availability: null,
  travel: { district: 'RV1', remoteOnly: null, remoteOk: null, maxMiles: null },
  cost: null,
  access: [],
  gender: 'unknown',
  age: null,
  languages: ['en'],
};
const firstPage = (profile: EvalProfile) =>
  rankOffers({ offers: directory.index, profile: toSuggestionProfile(profile) }).suggestions;

describe('the people in the issue', () => {
  const widow: EvalProfile = {
    ...base,
    needs: [
      { id: 'bereavement', weight: 3 },
      { id: 'money', weight: 2 },
    ],
    interests: ['outdoorsAndNature', 'creative'],
    availability: { days: ['TU'], parts: ['morning'], excludedDays: [], notBefore: null, notAfter: null },
    travel: { district: 'RV2', remoteOnly: null, remoteOk: null, maxMiles: null },
    cost: { level: 'freeOnly', maxPounds: null },
    gender: 'female',
    age: 71,
  };

  it('the widow: free, on Tuesday mornings, her money worry and her gardening, not three bereavement groups', () => {
    const page = firstPage(widow);
    const names = page.map((s) => s.offer.name);
    expect(page).toHaveLength(3);
    expect(page.some((s) => s.offer.needs.includes('money'))).toBe(true);
    expect(page.some((s) => s.offer.interests.includes('outdoorsAndNature'))).toBe(true);
    expect(page.filter((s) => s.offer.needs.includes('bereavement')).length).toBeLessThan(2);
    for (const s of page) {
      expect(s.fitsTimes).toBe(true);
      expect(s.offer.cost.kind).toBe('free');
    }
    expect(names).not.toContain('Dads and kids Saturday club');
  });

  it('never shows the dads club to a widow, on any page', () => {
    const all = [0, 1, 2].reduce<string[]>((shown) => {
      const page = rankOffers({
        offers: directory.index,
        profile: toSuggestionProfile({
          ...widow,
          availability: null,
          needs: [...widow.needs, { id: 'familyAndParenting', weight: 1 }],
        }),
        excludeIds: shown,
      });
      return [...shown, ...page.suggestions.map((s) => s.offer.id)];
    }, []);
    const names = all.map((id) => directory.offers.find((o) => o.id === id)?.name);
    expect(names).not.toContain('Dads and kids Saturday club');
  });

  it.each<[string, EvalProfile['gender'], EvalProfile['access'], boolean]>([
    ['a man', 'male', [], false],
    ['someone of unknown gender', 'unknown', [], false],
    ['someone of unknown gender who asked for a women-only space', 'unknown', ['womenOnly'], true],
    ['a woman', 'female', [], true],
  ])('women-only groups for %s: shown %s, and always labelled', (_who, gender, access, shown) => {
    const profile: EvalProfile = {
      ...base,
      needs: [
        { id: 'lowMood', weight: 3 },
        { id: 'loneliness', weight: 2 },
      ],
      gender,
      access,
    };
    const all: Suggestion[] = [];
    for (let k = 0; k < 4; k++) {
      all.push(
        ...rankOffers({
          offers: directory.index,
          profile: toSuggestionProfile(profile),
          excludeIds: all.map((s) => s.offer.id),
        }).suggestions,
      );
    }
    const womenOnly = all.filter((s) => s.offer.audience.includes('women'));
    expect(womenOnly.length > 0).toBe(shown);
    for (const s of womenOnly) {
      expect(describeSuggestion(say, 'en-GB', s).facts).toContainEqual({
        title: "Who it's for",
        value: expect.stringContaining('Women only'),
      });
    }
  });

  it('never shows advice in Romanian to an English speaker, and says "In Romanian" to a Romanian speaker', () => {
    const money: EvalProfile = {
      ...base,
      needs: [
        { id: 'money', weight: 3 },
        { id: 'housing', weight: 2 },
      ],
      travel: { district: 'RV3', remoteOnly: null, remoteOk: null, maxMiles: null },
    };
    const english = [0, 1, 2, 3].reduce<string[]>(
      (shown) => [
        ...shown,
        ...rankOffers({
          offers: directory.index,
          profile: toSuggestionProfile(money),
          excludeIds: shown,
        }).suggestions.map((s) => s.offer.name),
      ],
      [],
    );
    expect(english).not.toContain('Advice in Romanian');
    const romanian = firstPage({ ...money, languages: ['ro', 'en'] });
    const advice = romanian.find((s) => s.offer.name === 'Advice in Romanian');
    expect(advice).toBeDefined();
    const card = describeSuggestion(say, 'en-GB', advice as Suggestion);
    expect(card.facts).toContainEqual({ title: "Who it's for", value: 'In Romanian' });
    expect(card.why).toContain('in Romanian');
  });

  it('keeps to "only evenings after 7"', () => {
    const page = [0, 1, 2].reduce<Suggestion[]>(
      (shown) => [
        ...shown,
        ...rankOffers({
          offers: directory.index,
          profile: toSuggestionProfile({
            ...base,
            needs: [
              { id: 'loneliness', weight: 3 },
              { id: 'lowMood', weight: 2 },
            ],
            availability: {
              days: null,
              parts: ['evening'],
              excludedDays: [],
              notBefore: '19:00',
              notAfter: null,
            },
          }),
          excludeIds: shown.map((s) => s.offer.id),
        }).suggestions,
      ],
      [],
    );
    expect(page.length).toBeGreaterThan(0);
    for (const s of page) {
      if (s.offer.sessions.length === 0) continue;
      expect(
        s.offer.sessions.some(
          (session) =>
            session.startMinute >= 19 * 60 || (s.offer.openHours && (session.endMinute ?? 0) - 19 * 60 >= 45),
        ),
      ).toBe(true);
    }
  });
});
