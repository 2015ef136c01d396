import {
  CIRCUMSTANCES,
  INTEREST_IDS,
  NEED_IDS,
  PARTS_OF_DAY,
  WEEKDAYS,
} from '../../../src/domain/directory/codes';
import type { CommunityOffer } from '../../../src/domain/directory/communityOffer';
import { buildDirectoryIndex } from '../../../src/domain/directory/directoryIndex';
import { rankOffers, rankOffersPlainly } from '../../../src/domain/directory/rankOffers';
import type { SuggestionProfile } from '../../../src/domain/directory/suggestionRules';
import type { LoadedDirectory } from '../../../src/services/directory/loadDirectory';
import { loadShippedDirectory } from '../../support/journey';
import { seeded } from '../../../bench/suggestions/evalProfiles';
import { needs, northOfCentre, offer, venueAt } from './builders';

const ids = (offers: CommunityOffer[], profile: SuggestionProfile, limit = 3) =>
  rankOffers({ offers, profile, limit }).suggestions.map((s) => s.offer.id);

describe('rankOffers', () => {
  it('leaves out what a limit rules out and what meets nothing the person raised', () => {
    const offers = [
      offer({ id: 'lonely' }),
      offer({ id: 'money', needs: ['money'] }),
      offer({ id: 'women', audience: ['women'] }),
      offer({ id: 'far', locations: [venueAt('v', northOfCentre(5).lat, northOfCentre(5).lon)] }),
    ];
    const profile: SuggestionProfile = {
      needs: needs('loneliness'),
      travel: { origin: { lat: 53.7425, lon: -1.5952 }, maxMiles: 2 },
    };
    expect(ids(offers, profile, 10)).toEqual(['lonely']);
  });

  it('shows everything eligible, best first, when the person raised nothing', () => {
    const offers = [
      offer({
        id: 'paid',
        cost: { kind: 'paid', pence: 500, hasFreeOption: false, concession: null, freeOnBenefits: false },
      }),
      offer({ id: 'free', cost: { kind: 'free' } }),
    ];
    expect(ids(offers, { needs: [] }, 10)).toEqual(['free', 'paid']);
  });

  it('gives the next page when the shown ones are excluded, and says whether more remain', () => {
    const offers = Array.from({ length: 7 }, (_, k) =>
      offer({ id: `o${k}`, organization: { id: `org${k}`, name: 'x' } }),
    );
    const first = rankOffers({ offers, profile: { needs: needs('loneliness') } });
    const second = rankOffers({
      offers,
      profile: { needs: needs('loneliness') },
      excludeIds: first.suggestions.map((s) => s.offer.id),
    });
    const third = rankOffers({
      offers,
      profile: { needs: needs('loneliness') },
      excludeIds: [...first.suggestions, ...second.suggestions].map((s) => s.offer.id),
    });
    expect(first.suggestions.map((s) => s.offer.id)).toEqual(['o0', 'o1', 'o2']);
    expect(second.suggestions.map((s) => s.offer.id)).toEqual(['o3', 'o4', 'o5']);
    expect(third).toMatchObject({ hasMore: false, suggestions: [{ offer: { id: 'o6' } }] });
    expect(first.hasMore).toBe(true);
  });

  it('labels an offer outside the usual times and shows it only after those inside', () => {
    const offers = [
      offer({
        id: 'wed',
        sessions: [{ weekday: 'wed', startMinute: 840, endMinute: 960, frequency: 'monthly' }],
        needs: ['bereavement', 'loneliness'],
      }),
      offer({
        id: 'tue',
        sessions: [{ weekday: 'tue', startMinute: 600, endMinute: 780, frequency: 'weekly' }],
      }),
    ];
    const result = rankOffers({
      offers,
      profile: {
        needs: needs('bereavement', 'loneliness'),
        availability: { windows: [{ weekday: 'tue', part: 'morning' }] },
      },
    });
    expect(result.suggestions.map((s) => [s.offer.id, s.fitsTimes])).toEqual([
      ['tue', true],
      ['wed', false],
    ]);
    expect(result.suggestions[1]?.reasons).toContainEqual({ code: 'outsideTimes' });
    expect(result.suggestions[0]?.reasons).toContainEqual({ code: 'when', weekday: 'tue', part: 'morning' });
  });

  it('says who a restricted offer is for on every card', () => {
    const result = rankOffers({
      offers: [offer({ id: 'w', audience: ['women'], minAge: 18, languages: ['ro'], referral: true })],
      profile: { needs: needs('loneliness'), gender: 'female', languages: ['ro', 'en'] },
    });
    expect(result.suggestions[0]?.restrictions).toEqual([
      { code: 'audience', audience: 'women' },
      { code: 'age', min: 18, max: null },
      { code: 'language', languages: ['ro'] },
      { code: 'referral' },
    ]);
  });
});

describe('the engine gives exactly what the rules give alone', () => {
  let shipped: LoadedDirectory;
  beforeAll(async () => {
    shipped = await loadShippedDirectory('2026-12-06');
  });

  function randomProfile(random: () => number): SuggestionProfile {
    const one = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const some = <T>(list: readonly T[], max: number): T[] => [
      ...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => one(list))),
    ];
    return {
      needs: some(NEED_IDS, 3).map((id, k) => ({ id, weight: (k === 0 ? 3 : k === 1 ? 2 : 1) as 1 | 2 | 3 })),
      interests: some(INTEREST_IDS, 2),
      availability:
        random() < 0.6
          ? {
              windows:
                random() < 0.7
                  ? some(WEEKDAYS, 4).flatMap((weekday) =>
                      some(PARTS_OF_DAY, 2).map((part) => ({ weekday, part })),
                    )
                  : null,
              excludedDays: some(WEEKDAYS, 2),
              notBefore: random() < 0.2 ? 17 * 60 : null,
              notAfter: random() < 0.2 ? 14 * 60 : null,
            }
          : null,
      travel: {
        origin:
          random() < 0.5
            ? { lat: 53.742 + (random() - 0.5) * 0.05, lon: -1.596 + (random() - 0.5) * 0.08 }
            : { district: one(['RV1', 'RV2', 'RV3', 'RV6', 'RV7', 'RV9']) },
        remoteOnly: random() < 0.1 ? one(['online', 'phone', 'either'] as const) : null,
        remoteOk: random() < 0.2 ? one(['online', 'phone', 'either'] as const) : null,
        maxMiles: random() < 0.3 ? 0.5 + random() * 3 : null,
      },
      cost:
        random() < 0.3 ? { level: 'freeOnly' } : random() < 0.2 ? { level: 'lowCost', maxPounds: 3 } : null,
      access: some(['stepFree', 'wheelchair', 'hearingLoop', 'quietSpace', 'womenOnly', 'bsl'] as const, 2),
      gender: one(['female', 'male', 'unknown'] as const),
      age: random() < 0.6 ? Math.floor(10 + random() * 85) : null,
      languages:
        random() < 0.8 ? ['en'] : [one(['pl', 'ro', 'pa', 'ur', 'bfi']), ...(random() < 0.5 ? ['en'] : [])],
      circumstances: some(CIRCUMSTANCES, 2),
      // Words the person used: some that offers use, some no offer does.
      said: some(
        [...new Set(shipped.offers.flatMap((o) => o.words.map((w) => w.key))), 'zzz', 'chess'],
        8,
      ).map((key) => ({ key, word: key })),
    };
  }

  it('on the shipped directory, for many profiles and pages', () => {
    const random = seeded(42);
    for (let k = 0; k < 300; k++) {
      const profile = randomProfile(random);
      const shown: string[] = [];
      for (let page = 0; page < 2; page++) {
        const fast = rankOffers({ offers: shipped.index, profile, excludeIds: shown });
        const plain = rankOffersPlainly({ offers: shipped.index, profile, excludeIds: shown });
        expect(fast).toEqual(plain);
        shown.push(...fast.suggestions.map((s) => s.offer.id));
      }
    }
  });

  it('on 3,000 offers copied from the shipped ones and spread over a wider area', () => {
    const random = seeded(7);
    const offers = Array.from({ length: 3000 }, (_, i): CommunityOffer => {
      const template = shipped.offers[Math.floor(random() * shipped.offers.length)] as CommunityOffer;
      return {
        ...template,
        id: `copy-${i}`,
        organization: { id: `org-${i % 400}`, name: 'Organisation' },
        locations: template.locations.map((venue) => ({
          ...venue,
          lat: 53.742 + (random() - 0.5) * 0.2,
          lon: -1.596 + (random() - 0.5) * 0.3,
        })),
      };
    });
    const index = buildDirectoryIndex(offers, {
      districtCentroids: { RV1: { lat: 53.742, lon: -1.596 }, RV2: { lat: 53.755, lon: -1.595 } },
    });
    for (let k = 0; k < 120; k++) {
      const profile = randomProfile(random);
      expect(rankOffers({ offers: index, profile })).toEqual(rankOffersPlainly({ offers: index, profile }));
    }
  });
});
