import type { CommunityOffer } from '../../../src/domain/directory/communityOffer';
import { buildDirectoryIndex, districtCentroid } from '../../../src/domain/directory/directoryIndex';
import { rankOffers, walkMinutes, type RankProfile } from '../../../src/domain/directory/rankOffers';
import { northOfCentre, offer, venueAt } from './builders';

const ids = (offers: CommunityOffer[], profile: RankProfile, limit = 10) =>
  rankOffers({ offers, profile, limit }).suggestions.map((s) => s.offer.id);

const loneliness: RankProfile = { needs: ['loneliness'] };
const tuesdayMorning = {
  weekday: 'tue' as const,
  startMinute: 600,
  endMinute: 690,
  frequency: 'weekly' as const,
};

describe('rankOffers: each factor moves an offer up', () => {
  it.each<[string, CommunityOffer, CommunityOffer, RankProfile]>([
    [
      'meeting the first need over the second',
      offer({ id: 'z', needs: ['loneliness'] }),
      offer({ id: 'a', needs: ['money'] }),
      { needs: ['loneliness', 'money'] },
    ],
    [
      'meeting two needs over one',
      offer({ id: 'z', needs: ['money', 'housing'] }),
      offer({ id: 'a', needs: ['money'] }),
      { needs: ['money', 'housing'] },
    ],
    [
      'a matching interest',
      offer({ id: 'z', interests: ['creative'] }),
      offer({ id: 'a', interests: ['sportAndMovement'] }),
      { needs: ['loneliness'], interests: ['creative'] },
    ],
    [
      'a session when the person is free',
      offer({ id: 'z', sessions: [tuesdayMorning] }),
      offer({ id: 'a', sessions: [{ ...tuesdayMorning, weekday: 'wed' }] }),
      { needs: ['loneliness'], availability: { windows: [{ weekday: 'tue', partOfDay: 'morning' }] } },
    ],
    [
      'unknown timing over a known clash',
      offer({ id: 'z', sessions: [] }),
      offer({ id: 'a', sessions: [{ ...tuesdayMorning, weekday: 'wed' }] }),
      { needs: ['loneliness'], availability: { windows: [{ weekday: 'tue', partOfDay: 'morning' }] } },
    ],
    [
      'free over low cost',
      offer({ id: 'z', cost: { kind: 'free' } }),
      offer({ id: 'a', cost: { kind: 'paid', pence: 200, hasFreeOption: false } }),
      loneliness,
    ],
    [
      'low cost over dearer',
      offer({ id: 'z', cost: { kind: 'paid', pence: 300, hasFreeOption: false } }),
      offer({ id: 'a', cost: { kind: 'paid', pence: 800, hasFreeOption: false } }),
      loneliness,
    ],
    [
      'nearer',
      offer({ id: 'z', locations: [venueAt('near', northOfCentre(0.5).lat, northOfCentre(0.5).lon)] }),
      offer({ id: 'a', locations: [venueAt('far', northOfCentre(3).lat, northOfCentre(3).lon)] }),
      { needs: ['loneliness'], travel: { origin: northOfCentre(0) } },
    ],
    [
      'its nearest venue counts',
      offer({
        id: 'z',
        locations: [
          venueAt('far', northOfCentre(4).lat, -1.5952),
          venueAt('near', northOfCentre(0.2).lat, -1.5952),
        ],
      }),
      offer({ id: 'a', locations: [venueAt('mid', northOfCentre(1).lat, -1.5952)] }),
      { needs: ['loneliness'], travel: { origin: northOfCentre(0) } },
    ],
    [
      'a preferred access feature',
      offer({ id: 'z', access: ['hearingLoop'] }),
      offer({ id: 'a' }),
      { needs: ['loneliness'], accessNeeds: ['hearingLoop'] },
    ],
    [
      'the person’s language',
      offer({ id: 'z', languages: ['pl'] }),
      offer({ id: 'a', languages: ['ro'] }),
      { needs: ['loneliness'], languages: ['pl'] },
    ],
  ])('%s', (_label, better, worse, profile) => {
    // "worse" has the smaller id, so only the factor can put "better" first.
    expect(ids([worse, better], profile)).toEqual(['z', 'a']);
  });

  it('puts any need match above an offer that only matches an interest, however good', () => {
    const weakNeed = offer({
      id: 'need',
      needs: ['transport'],
      cost: { kind: 'paid', pence: 900, hasFreeOption: false },
    });
    const strongInterest = offer({
      id: 'interest',
      needs: ['caring'],
      interests: ['creative', 'social'],
      cost: { kind: 'free' },
      access: ['hearingLoop'],
    });
    const result = rankOffers({
      offers: [strongInterest, weakNeed],
      profile: {
        needs: ['loneliness', 'money', 'housing', 'transport'],
        interests: ['creative', 'social'],
        accessNeeds: ['hearingLoop'],
      },
    });
    expect(result.suggestions.map((s) => [s.offer.id, s.tier])).toEqual([
      ['need', 'need'],
      ['interest', 'interest'],
    ]);
  });

  it('considers every offer when the person names no need or interest', () => {
    const result = rankOffers({
      offers: [offer({ id: 'a', needs: ['money'] }), offer({ id: 'b', needs: [] })],
      profile: { needs: [] },
    });
    expect(result.suggestions.map((s) => [s.offer.id, s.tier])).toEqual([
      ['a', 'any'],
      ['b', 'any'],
    ]);
  });

  it.each([
    ['venues with coordinates', offer({ id: 'a' })],
    [
      'no venue at all',
      offer({ id: 'a', locations: [], delivery: { inPerson: false, online: false, phone: true } }),
    ],
  ])('scans everything from the person outwards, with %s', (_label, only) => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...only, id: `${only.id}${i}` }));
    const result = rankOffers({ offers: many, profile: { needs: [], travel: { origin: northOfCentre(1) } } });
    expect(result.suggestions).toHaveLength(5);
    expect(result.hasMore).toBe(true);
  });

  it('leaves out offers meeting neither a need nor an interest', () => {
    expect(ids([offer({ id: 'a', needs: ['money'] })], loneliness)).toEqual([]);
  });
});

describe('rankOffers: hard filters', () => {
  const online = { inPerson: false, online: true, phone: false };
  const phone = { inPerson: false, online: false, phone: true };
  const both = { inPerson: true, online: true, phone: false };

  it.each<[string, CommunityOffer, Partial<RankProfile>, boolean, string | null]>([
    ['age under the minimum', offer({ id: 'x', minAge: 50 }), { age: 49 }, false, null],
    ['age at the minimum', offer({ id: 'x', minAge: 50 }), { age: 50 }, true, null],
    ['age over the maximum', offer({ id: 'x', maxAge: 25 }), { age: 26 }, false, null],
    ['age not given', offer({ id: 'x', minAge: 50, maxAge: 60 }), {}, true, null],
    [
      'free only, paid offer',
      offer({ id: 'x', cost: { kind: 'paid', pence: 100, hasFreeOption: true } }),
      { freeOnly: true },
      false,
      null,
    ],
    [
      'free only, unknown cost',
      offer({ id: 'x', cost: { kind: 'unknown' } }),
      { freeOnly: true },
      false,
      null,
    ],
    ['free only, free offer', offer({ id: 'x', cost: { kind: 'free' } }), { freeOnly: true }, true, null],
    ['step-free needed, venue has steps', offer({ id: 'x' }), { accessNeeds: ['stepFree'] }, false, null],
    [
      'step-free needed, step-free venue',
      offer({ id: 'x', access: ['stepFree'] }),
      { accessNeeds: ['stepFree'] },
      true,
      'inPerson',
    ],
    [
      'step-free needed, steps but online too',
      offer({ id: 'x', delivery: both }),
      { accessNeeds: ['stepFree'] },
      true,
      'remote',
    ],
    [
      'step-free needed, phone line',
      offer({ id: 'x', locations: [], delivery: phone }),
      { accessNeeds: ['stepFree'] },
      true,
      'remote',
    ],
    [
      'step-free needed, home visits (no venue, no remote way)',
      offer({ id: 'x', locations: [], delivery: { inPerson: false, online: false, phone: false } }),
      { accessNeeds: ['stepFree'] },
      false,
      null,
    ],
    [
      'women-only needed, mixed group',
      offer({ id: 'x', access: ['stepFree'] }),
      { accessNeeds: ['womenOnly'] },
      false,
      null,
    ],
    [
      'women-only needed, women-only group',
      offer({ id: 'x', access: ['womenOnly'] }),
      { accessNeeds: ['womenOnly'] },
      true,
      null,
    ],
    [
      'a preferred feature missing is no bar',
      offer({ id: 'x' }),
      { accessNeeds: ['quietSpace', 'bsl', 'hearingLoop'] },
      true,
      null,
    ],
    ['online only, venue only', offer({ id: 'x' }), { travel: { remoteOnly: 'online' } }, false, null],
    [
      'online only, online offer',
      offer({ id: 'x', locations: [], delivery: online }),
      { travel: { remoteOnly: 'online' } },
      true,
      'remote',
    ],
    [
      'phone only, online offer',
      offer({ id: 'x', locations: [], delivery: online }),
      { travel: { remoteOnly: 'phone' } },
      false,
      null,
    ],
    [
      'either, phone offer',
      offer({ id: 'x', locations: [], delivery: phone }),
      { travel: { remoteOnly: 'either' } },
      true,
      'remote',
    ],
    [
      'beyond max miles',
      offer({ id: 'x', locations: [venueAt('v', northOfCentre(3).lat, -1.5952)] }),
      { travel: { origin: northOfCentre(0), maxMiles: 2 } },
      false,
      null,
    ],
    [
      'within max miles',
      offer({ id: 'x', locations: [venueAt('v', northOfCentre(1.5).lat, -1.5952)] }),
      { travel: { origin: northOfCentre(0), maxMiles: 2 } },
      true,
      'inPerson',
    ],
    [
      'beyond max miles but online too',
      offer({ id: 'x', delivery: both, locations: [venueAt('v', northOfCentre(3).lat, -1.5952)] }),
      { travel: { origin: northOfCentre(0), maxMiles: 2 } },
      true,
      'remote',
    ],
    [
      'max miles with an unknown origin is not applied',
      offer({ id: 'x', locations: [venueAt('v', northOfCentre(30).lat, -1.5952)] }),
      { travel: { origin: { district: 'ZX9' }, maxMiles: 2 } },
      true,
      null,
    ],
    [
      'every session on an excluded day',
      offer({ id: 'x', sessions: [tuesdayMorning] }),
      { availability: { excludedWeekdays: ['tue'] } },
      false,
      null,
    ],
    [
      'one session on an allowed day',
      offer({ id: 'x', sessions: [tuesdayMorning, { ...tuesdayMorning, weekday: 'sat' }] }),
      { availability: { excludedWeekdays: ['tue'] } },
      true,
      null,
    ],
    [
      'timing unknown with excluded days',
      offer({ id: 'x', sessions: [] }),
      { availability: { excludedWeekdays: ['tue'] } },
      true,
      null,
    ],
    [
      'sessions outside stated free time are not a bar',
      offer({ id: 'x', sessions: [tuesdayMorning] }),
      { availability: { windows: [{ weekday: 'fri', partOfDay: 'evening' }] } },
      true,
      null,
    ],
  ])('%s → shown: %s', (_label, candidate, extra, shown, attendance) => {
    const result = rankOffers({ offers: [candidate], profile: { needs: ['loneliness'], ...extra } });
    expect(result.suggestions.length).toBe(shown ? 1 : 0);
    if (attendance) expect(result.suggestions[0]?.attendance).toBe(attendance);
  });
});

describe('rankOffers: reasons', () => {
  const origin = northOfCentre(0);

  it.each<[string, CommunityOffer, RankProfile, unknown[]]>([
    [
      'the example from the dialog design',
      offer({
        id: 'x',
        needs: ['caring'],
        cost: { kind: 'free' },
        sessions: [tuesdayMorning],
        locations: [venueAt('v', northOfCentre(0.4).lat, -1.5952)],
      }),
      {
        needs: ['caring'],
        availability: { windows: [{ weekday: 'tue', partOfDay: 'morning' }] },
        travel: { origin },
      },
      [
        { code: 'forNeed', need: 'caring' },
        { code: 'when', weekday: 'tue', partOfDay: 'morning', frequency: 'weekly' },
        { code: 'free' },
        { code: 'distance', mode: 'walk', minutes: walkMinutes(0.4), miles: 0.4, approximate: false },
      ],
    ],
    [
      'the part of the day most of the session falls in',
      offer({
        id: 'x',
        sessions: [{ weekday: 'wed', startMinute: 690, endMinute: 840, frequency: 'fortnightly' }],
      }),
      {
        needs: ['loneliness'],
        availability: {
          windows: [
            { weekday: 'wed', partOfDay: 'morning' },
            { weekday: 'wed', partOfDay: 'afternoon' },
          ],
        },
      },
      [
        { code: 'forNeed', need: 'loneliness' },
        { code: 'when', weekday: 'wed', partOfDay: 'afternoon', frequency: 'fortnightly' },
      ],
    ],
    [
      'no "when" if the person gave no free times',
      offer({ id: 'x', sessions: [tuesdayMorning] }),
      loneliness,
      [{ code: 'forNeed', need: 'loneliness' }],
    ],
    [
      'low cost, and a walk too far given in miles',
      offer({
        id: 'x',
        cost: { kind: 'paid', pence: 250, hasFreeOption: false },
        locations: [venueAt('v', northOfCentre(2.1).lat, -1.5952)],
      }),
      { needs: ['loneliness'], travel: { origin } },
      [
        { code: 'forNeed', need: 'loneliness' },
        { code: 'lowCost', pence: 250 },
        { code: 'distance', mode: 'miles', miles: 2.1, approximate: false },
      ],
    ],
    [
      'no distance claimed beyond three miles',
      offer({ id: 'x', locations: [venueAt('v', northOfCentre(3.5).lat, -1.5952)] }),
      { needs: ['loneliness'], travel: { origin } },
      [{ code: 'forNeed', need: 'loneliness' }],
    ],
    [
      'remote attendance, access and language',
      offer({
        id: 'x',
        delivery: { inPerson: true, online: false, phone: true },
        access: ['hearingLoop', 'womenOnly'],
        languages: ['ur'],
      }),
      {
        needs: ['loneliness'],
        accessNeeds: ['stepFree', 'womenOnly', 'hearingLoop'],
        languages: ['en', 'ur'],
        travel: { origin },
      },
      [
        { code: 'forNeed', need: 'loneliness' },
        { code: 'remote', mode: 'phone' },
        { code: 'access', access: 'hearingLoop' },
        { code: 'access', access: 'womenOnly' },
        { code: 'language', language: 'ur' },
      ],
    ],
    [
      'two needs and interests at most each',
      offer({
        id: 'x',
        needs: ['money', 'housing', 'loneliness'],
        interests: ['social', 'learning', 'creative'],
      }),
      { needs: ['housing', 'loneliness', 'money'], interests: ['creative', 'social', 'learning'] },
      [
        { code: 'forNeed', need: 'housing' },
        { code: 'forNeed', need: 'loneliness' },
        { code: 'interest', interest: 'creative' },
        { code: 'interest', interest: 'social' },
      ],
    ],
  ])('%s', (_label, candidate, profile, reasons) => {
    const [first] = rankOffers({ offers: [candidate], profile }).suggestions;
    expect(first?.reasons).toEqual(reasons);
  });

  it('uses a shipped district centre over the mean of venues, and skips distance for unknown districts', () => {
    const offers = [
      offer({ id: 'a', locations: [venueAt('v1', 53.74, -1.59, 'RV1'), venueAt('v2', 53.75, -1.6, 'RV2')] }),
    ];
    const index = buildDirectoryIndex(offers, { districtCentroids: { rv2: { lat: 1, lon: 2 } } });
    expect(districtCentroid(index, 'RV1 1AB')).toEqual({ lat: 53.74, lon: -1.59 });
    expect(districtCentroid(index, 'RV2')).toEqual({ lat: 1, lon: 2 });
    expect(districtCentroid(index, 'RV9')).toBeNull();
    const [unknown] = rankOffers({
      offers: index,
      profile: { needs: ['loneliness'], travel: { origin: { postcode: 'RV9 9ZZ' } } },
    }).suggestions;
    expect(unknown?.reasons.some((r) => r.code === 'distance')).toBe(false);
    const [known] = rankOffers({
      offers: index,
      profile: { needs: ['loneliness'], travel: { origin: { district: 'rv1' } } },
    }).suggestions;
    expect(known?.reasons).toContainEqual({
      code: 'distance',
      mode: 'walk',
      minutes: 5,
      miles: 0,
      approximate: true,
    });
  });
});

describe('rankOffers: other options and determinism', () => {
  const many = Array.from({ length: 30 }, (_, i) =>
    offer({
      id: `o${String(i).padStart(2, '0')}`,
      needs: i % 3 === 0 ? ['loneliness', 'money'] : ['loneliness'],
      cost: i % 2 === 0 ? { kind: 'free' } : { kind: 'unknown' },
    }),
  );
  const profile: RankProfile = { needs: ['loneliness', 'money'] };

  it('gives the next options, never repeating, when shown ones are excluded', () => {
    const all = rankOffers({ offers: many, profile, limit: 15 }).suggestions.map((s) => s.offer.id);
    const first = rankOffers({ offers: many, profile, limit: 5 });
    const second = rankOffers({
      offers: many,
      profile,
      limit: 5,
      excludeIds: first.suggestions.map((s) => s.offer.id),
    });
    const third = rankOffers({
      offers: many,
      profile,
      limit: 5,
      excludeIds: [...first.suggestions, ...second.suggestions].map((s) => s.offer.id),
    });
    expect(
      [...first.suggestions, ...second.suggestions, ...third.suggestions].map((s) => s.offer.id),
    ).toEqual(all);
    expect(first.hasMore).toBe(true);
  });

  it('says when nothing is left', () => {
    const result = rankOffers({ offers: many, profile, limit: 50, excludeIds: ['o00', 'unknown-id'] });
    expect(result.suggestions).toHaveLength(29);
    expect(result.hasMore).toBe(false);
  });

  it('breaks ties by id and ignores the order offers arrive in', () => {
    const forward = ids(many, profile, 30);
    const backward = ids([...many].reverse(), profile, 30);
    expect(backward).toEqual(forward);
    expect(forward.slice(0, 5)).toEqual(['o00', 'o06', 'o12', 'o18', 'o24']);
  });

  it('gives the same answer to the same question, on an index or a list', () => {
    const index = buildDirectoryIndex(many);
    const a = rankOffers({ offers: index, profile, limit: 7 });
    rankOffers({ offers: index, profile: { needs: ['money'] }, limit: 3, excludeIds: ['o03'] });
    const b = rankOffers({ offers: index, profile, limit: 7 });
    expect(b).toEqual(a);
    expect(rankOffers({ offers: many, profile, limit: 7 })).toEqual(a);
  });

  it.each([
    [0, 1],
    [3, 3],
    [500, 30],
  ])('limit %i gives %i', (limit, count) => {
    expect(rankOffers({ offers: many, profile, limit }).suggestions).toHaveLength(count);
  });
});
