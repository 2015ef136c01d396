import type { CommunityOffer, WeeklySession } from '../../../src/domain/directory/communityOffer';
import { reasonsFor } from '../../../src/domain/directory/explainSuggestion';
import {
  POINTS,
  choosePage,
  judgeOffer,
  neverShowRule,
  offerWordWeight,
  preparePerson,
  weighOfferWords,
  type Candidate,
  type Fit,
  type NeverShowRule,
  type SuggestionProfile,
} from '../../../src/domain/directory/suggestionRules';
import { sessionFitsPart } from '../../../src/domain/directory/sessions';
import { needs, northOfCentre, offer, venueAt } from './builders';

const CENTRE = { lat: 53.7425, lon: -1.5952 };
const person = (profile: Partial<SuggestionProfile>) =>
  preparePerson({ needs: needs('loneliness'), ...profile }, (origin) =>
    'lat' in origin
      ? { point: origin, approximate: false, district: null }
      : { point: CENTRE, approximate: true, district: 'district' in origin ? origin.district : null },
  );
const session = (weekday: WeeklySession['weekday'], start: string, end: string | null): WeeklySession => {
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  return {
    weekday,
    startMinute: minutes(start),
    endMinute: end === null ? null : minutes(end),
    frequency: 'weekly',
  };
};
const paid = (pence: number, hasFreeOption = false) => ({
  kind: 'paid' as const,
  pence,
  hasFreeOption,
  concession: hasFreeOption ? 'Free for people on Universal Credit' : null,
  freeOnBenefits: hasFreeOption,
});

describe('never show: each limit rules an offer out, and only then', () => {
  it.each<[string, Partial<CommunityOffer>, Partial<SuggestionProfile>, NeverShowRule | null]>([
    ['women only, to a man', { audience: ['women'] }, { gender: 'male' }, 'audience'],
    ['women only, to someone of unknown gender', { audience: ['women'] }, {}, 'audience'],
    [
      'women only, to someone who asked for a women-only space',
      { audience: ['women'] },
      { access: ['womenOnly'] },
      null,
    ],
    ['women only, to a woman', { audience: ['women'] }, { gender: 'female' }, null],
    [
      'a dads club, to a widow',
      { audience: ['fathers'] },
      { gender: 'female', needs: needs('familyAndParenting') },
      'audience',
    ],
    [
      'a dads club, to a father',
      { audience: ['fathers'] },
      { gender: 'male', needs: needs('familyAndParenting') },
      null,
    ],
    ['a carers group, to someone who cares for no one', { audience: ['carers'] }, {}, 'audience'],
    ['a carers group, to a carer', { audience: ['carers'] }, { needs: needs('caring') }, null],
    ['a bereavement group, to someone not bereaved', { audience: ['bereaved'] }, {}, 'audience'],
    [
      'a diabetes group, to someone with an unnamed condition',
      { audience: ['diabetes'] },
      { needs: needs('longTermCondition') },
      'audience',
    ],
    [
      'a diabetes group, to someone with diabetes',
      { audience: ['diabetes'] },
      { circumstances: ['diabetes'] },
      null,
    ],
    [
      'exercise on referral, to someone with diabetes',
      { audience: ['longTermCondition'] },
      { circumstances: ['diabetes'] },
      null,
    ],
    [
      'tenancy support, to someone with no home',
      { audience: ['tenants'] },
      { circumstances: ['noHome'] },
      'audience',
    ],
    ['tenancy support, when nothing says they have no home', { audience: ['tenants'] }, {}, null],
    [
      'a drop-in for people without a home, when nothing says so',
      { audience: ['noHome'] },
      { needs: needs('housing') },
      'audience',
    ],
    [
      'English classes, to an English speaker',
      { audience: ['englishLearners'] },
      { languages: ['en'] },
      'audience',
    ],
    [
      'English classes, to someone whose first language is Romanian',
      { audience: ['englishLearners'] },
      { languages: ['ro', 'en'] },
      null,
    ],
    ['under the minimum age', { minAge: 18 }, { age: 17 }, 'age'],
    ['over the maximum age', { maxAge: 25 }, { age: 26 }, 'age'],
    ['age limits when age is unknown', { minAge: 60, maxAge: 99 }, {}, null],
    ['run in Romanian only, to an English speaker', { languages: ['ro'] }, { languages: ['en'] }, 'language'],
    ['run in Romanian only, to a Romanian speaker', { languages: ['ro'] }, { languages: ['ro', 'en'] }, null],
    ['run in BSL, to a BSL user who did not list it', { languages: ['bfi'] }, { access: ['bsl'] }, null],
    [
      'run in English and Polish, to an English speaker',
      { languages: ['en', 'pl'] },
      { languages: ['en'] },
      null,
    ],
    [
      'outside the area served',
      { areas: ['RV1', 'RV2'] },
      { travel: { origin: { district: 'RV9' } } },
      'area',
    ],
    ['a charge, to someone who needs it free', { cost: paid(200) }, { cost: { level: 'freeOnly' } }, 'cost'],
    [
      'free for some, when we do not know they qualify',
      { cost: paid(200, true) },
      { cost: { level: 'freeOnly' } },
      'cost',
    ],
    [
      'free for some, to someone on benefits',
      { cost: paid(200, true) },
      { cost: { level: 'freeOnly' }, circumstances: ['meansTestedBenefits'] },
      null,
    ],
    [
      '£3, to someone who can pay up to £3',
      { cost: paid(300) },
      { cost: { level: 'lowCost', maxPounds: 3 } },
      null,
    ],
    [
      '£3.01, to someone who can pay up to £3',
      { cost: paid(301) },
      { cost: { level: 'lowCost', maxPounds: 3 } },
      'cost',
    ],
    [
      'an unknown cost, to someone who needs it free',
      { cost: { kind: 'unknown' } },
      { cost: { level: 'freeOnly' } },
      null,
    ],
    [
      'only on a day ruled out',
      { sessions: [session('fri', '10:00', '12:00')] },
      { availability: { excludedDays: ['fri'] } },
      'times',
    ],
    [
      'a group starting before "only after 7"',
      { sessions: [session('tue', '18:30', '20:00')] },
      { availability: { notBefore: 19 * 60 } },
      'times',
    ],
    [
      'a group starting at 7',
      { sessions: [session('tue', '19:00', '20:30')] },
      { availability: { notBefore: 19 * 60 } },
      null,
    ],
    [
      'a group ending after "home by 5"',
      { sessions: [session('tue', '15:00', '17:30')] },
      { availability: { notAfter: 17 * 60 } },
      'times',
    ],
    [
      'a phone line open 30 minutes after "not before 4:30"',
      { openHours: true, sessions: [session('mon', '09:00', '17:00')] },
      { availability: { notBefore: 16 * 60 + 30 } },
      'times',
    ],
    [
      'a phone line open an hour after "not before 4"',
      { openHours: true, sessions: [session('mon', '09:00', '17:00')] },
      { availability: { notBefore: 16 * 60 } },
      null,
    ],
    [
      'no set times, whatever the limits',
      { sessions: [] },
      { availability: { excludedDays: ['mon'], notBefore: 19 * 60 } },
      null,
    ],
    ['a venue, to someone who wants online only', {}, { travel: { remoteOnly: 'online' } }, 'remoteOnly'],
    [
      'a home visit, to someone who wants phone only',
      { locations: [], delivery: { inPerson: false, online: false, phone: false, homeVisit: true } },
      { travel: { remoteOnly: 'phone' } },
      'remoteOnly',
    ],
    [
      'a phone line, to a Deaf BSL user',
      { locations: [], delivery: { inPerson: false, online: false, phone: true, homeVisit: false } },
      { access: ['bsl'] },
      'remoteOnly',
    ],
    [
      'an online group, to someone with no internet',
      { locations: [], delivery: { inPerson: false, online: true, phone: false, homeVisit: false } },
      { circumstances: ['noInternet'] },
      'remoteOnly',
    ],
    [
      'a venue two miles away, to someone who can go one',
      { locations: [venueAt('v', northOfCentre(2).lat, northOfCentre(2).lon)] },
      { travel: { origin: CENTRE, maxMiles: 1 } },
      'distance',
    ],
    [
      'a venue 1.05 miles away, to someone who can go one',
      { locations: [venueAt('v', northOfCentre(1.05).lat, northOfCentre(1.05).lon)] },
      { travel: { origin: CENTRE, maxMiles: 1 } },
      null,
    ],
    ['a venue with steps, to a wheelchair user', {}, { access: ['wheelchair'] }, 'stepFree'],
    [
      'a venue with steps that also takes calls, to a wheelchair user',
      { delivery: { inPerson: true, online: false, phone: true, homeVisit: false } },
      { access: ['wheelchair'] },
      null,
    ],
    [
      'a step-free venue, to a wheelchair user',
      { locations: [venueAt('v', CENTRE.lat, CENTRE.lon, 'RV1', ['stepFree'])] },
      { access: ['wheelchair'] },
      null,
    ],
  ])('%s', (_name, overrides, profile, expected) => {
    expect(neverShowRule(offer({ id: 'o', ...overrides }), person(profile))).toBe(expected);
  });
});

describe('parts of the day', () => {
  it.each<[string, WeeklySession, boolean, Record<'morning' | 'afternoon' | 'evening', boolean>]>([
    [
      'a group 10am to 11:30am',
      session('tue', '10:00', '11:30'),
      false,
      { morning: true, afternoon: false, evening: false },
    ],
    [
      'a group 10am to 1pm spends an hour in the afternoon',
      session('tue', '10:00', '13:00'),
      false,
      { morning: true, afternoon: true, evening: false },
    ],
    [
      'a group 11:30am to 12:30pm only starts in the morning',
      session('tue', '11:30', '12:30'),
      false,
      { morning: true, afternoon: false, evening: false },
    ],
    [
      'a phone line 9am to 6pm',
      session('tue', '09:00', '18:00'),
      true,
      { morning: true, afternoon: true, evening: true },
    ],
    [
      'a drop-in 4:30pm to 6pm',
      session('tue', '16:30', '18:00'),
      true,
      { morning: false, afternoon: false, evening: true },
    ],
    [
      'a walk at 10:30am with no end',
      session('wed', '10:30', null),
      false,
      { morning: true, afternoon: false, evening: false },
    ],
  ])('%s', (_name, given, openHours, expected) => {
    for (const part of ['morning', 'afternoon', 'evening'] as const) {
      expect([part, sessionFitsPart(given, part, openHours)]).toEqual([part, expected[part]]);
    }
  });
});

describe('how well an allowed offer fits', () => {
  const tuesdayMorning = {
    availability: { windows: [{ weekday: 'tue' as const, part: 'morning' as const }] },
  };

  it('marks an offer outside the usual free times, and scores it below everything inside them', () => {
    const inside = judgeOffer(
      offer({ id: 'a', needs: [], interests: ['creative'], sessions: [session('tue', '10:00', '12:00')] }),
      person({ ...tuesdayMorning, interests: ['creative'] }),
    );
    const outside = judgeOffer(
      offer({ id: 'b', sessions: [session('wed', '14:00', '16:00')] }),
      person({ ...tuesdayMorning, interests: ['creative'] }),
    );
    expect(inside).toMatchObject({ shown: true, fitsTimes: true, when: { weekday: 'tue', part: 'morning' } });
    expect(outside).toMatchObject({ shown: true, fitsTimes: false, when: null });
    expect((inside as Fit).score).toBeGreaterThan((outside as Fit).score);
  });

  it('names the part of the day in a reason only when a session starts in it', () => {
    const morningGroup = offer({ id: 'a', sessions: [session('sat', '10:00', '13:00')] });
    const afternoon = person({ availability: { windows: [{ weekday: 'sat', part: 'afternoon' }] } });
    const morning = person({ availability: { windows: [{ weekday: 'sat', part: 'morning' }] } });
    expect(judgeOffer(morningGroup, afternoon)).toMatchObject({
      fitsTimes: true,
      when: { weekday: 'sat', part: null },
    });
    expect(judgeOffer(morningGroup, morning)).toMatchObject({
      fitsTimes: true,
      when: { weekday: 'sat', part: 'morning' },
    });
  });

  it('weighs needs by how much they stood out', () => {
    const profile = person({
      needs: [
        { id: 'money', weight: 1 },
        { id: 'bereavement', weight: 3 },
      ],
    });
    const money = judgeOffer(offer({ id: 'a', needs: ['money'] }), profile) as Fit;
    const loss = judgeOffer(offer({ id: 'b', needs: ['bereavement'] }), profile) as Fit;
    expect(loss.score - money.score).toBe(20);
    expect(profile.needs).toEqual(['bereavement', 'money']);
  });

  it('puts a missing hearing loop below one that is there, without ruling the offer out', () => {
    const profile = person({ access: ['hearingLoop'] });
    const loop = judgeOffer(
      offer({ id: 'a', locations: [venueAt('v', CENTRE.lat, CENTRE.lon, 'RV1', ['hearingLoop'])] }),
      profile,
    ) as Fit;
    const none = judgeOffer(offer({ id: 'b' }), profile) as Fit;
    expect(none).toMatchObject({ shown: true, accessMissing: ['hearingLoop'] });
    expect(loop.score - none.score).toBe(28);
  });

  it('prefers an offer in the language the person speaks', () => {
    const profile = person({ languages: ['pl', 'en'] });
    const polish = judgeOffer(offer({ id: 'a', languages: ['en', 'pl'] }), profile) as Fit;
    expect(polish.inOwnLanguage).toBe('pl');
  });
});

describe('an offer made for what the person told us about themself', () => {
  it('comes before an open offer for the same need: the drop-in for people without a home', () => {
    const told = person({ needs: needs('housing'), circumstances: ['noHome'] });
    const dropIn = judgeOffer(offer({ id: 'a', needs: ['housing'], audience: ['noHome'] }), told) as Fit;
    const open = judgeOffer(offer({ id: 'b', needs: ['housing'] }), told) as Fit;
    expect(dropIn.score - open.score).toBe(POINTS.madeForThem + POINTS.madeForWhatTheyToldUs);
  });

  it('counts only for the groups a stated fact opens, not for carers or the bereaved', () => {
    const carer = person({ needs: needs('caring') });
    const carers = judgeOffer(offer({ id: 'a', needs: ['caring'], audience: ['carers'] }), carer) as Fit;
    const open = judgeOffer(offer({ id: 'b', needs: ['caring'] }), carer) as Fit;
    expect(carers.score - open.score).toBe(POINTS.madeForThem);
  });

  it('is never shown to someone who did not tell us', () => {
    expect(
      neverShowRule(
        offer({ id: 'a', needs: ['housing'], audience: ['noHome'] }),
        person({ needs: needs('housing') }),
      ),
    ).toBe('audience');
  });
});

describe("the person's words", () => {
  const choir = { key: 'choir', weight: 1 };
  const sing = { key: 'sing', weight: 0.5 };

  it.each<[number, number, number]>([
    [1, 120, 1],
    [2, 120, 0.72],
    [3, 120, 0.555],
    [6, 120, 0.279],
    [12, 120, 0],
    [13, 120, 0],
    [1, 5, 1],
    [0, 120, 0],
  ])('a word %i of %i offers use weighs %d', (using, offers, weight) => {
    expect(offerWordWeight(using, offers)).toBeCloseTo(weight, 2);
  });

  it("weighs each offer's words by how few offers use them, halving a word only the description uses", () => {
    const offers = Array.from({ length: 20 }, (_, i) => offer({ id: `o${i}` }));
    const weighed = weighOfferWords(offers, (o) =>
      o.id === 'o0'
        ? [
            { key: 'pottery', named: true },
            { key: 'clay', named: false },
            { key: 'group', named: true },
          ]
        : [{ key: 'group', named: true }],
    );
    // "group": every offer uses it, so it counts for nothing and is dropped.
    expect(weighed[0]?.words).toEqual([
      { key: 'clay', weight: 0.5 },
      { key: 'pottery', weight: 1 },
    ]);
    expect(weighed[1]?.words).toEqual([]);
    expect(offers[0]?.words).toEqual([]);
  });

  it('adds points for each word the person used that the offer is for, up to a most', () => {
    const said = [
      { key: 'choir', word: 'choir' },
      { key: 'sing', word: 'sang' },
    ];
    const plain = judgeOffer(offer({ id: 'a' }), person({})) as Fit;
    const one = judgeOffer(offer({ id: 'b', words: [choir] }), person({ said })) as Fit;
    const both = judgeOffer(offer({ id: 'c', words: [choir, sing] }), person({ said })) as Fit;
    expect(one.score - plain.score).toBe(POINTS.saidWord);
    expect(both.score - plain.score).toBe(Math.min(POINTS.saidWordsMost, 1.5 * POINTS.saidWord));
    expect(both.said).toEqual(['choir', 'sang']);
    expect(reasonsFor(offer({ id: 'c' }), both, true)).toContainEqual({
      code: 'said',
      words: ['choir', 'sang'],
    });
    expect(plain.said).toEqual([]);
  });

  it('never lifts an offer past a limit: the words only order offers that may be shown', () => {
    const said = [{ key: 'choir', word: 'choir' }];
    const women = offer({ id: 'a', words: [choir], audience: ['women'] });
    const priced = offer({ id: 'b', words: [choir], cost: paid(500) });
    expect(neverShowRule(women, person({ said, gender: 'male' }))).toBe('audience');
    expect(judgeOffer(priced, person({ said, cost: { level: 'freeOnly' } }))).toEqual({
      shown: false,
      rule: 'cost',
    });
  });
});

describe('choosing a page', () => {
  const candidate = (id: string, fit: Partial<Fit>, organisation = id, rank = 0): Candidate => ({
    offer: offer({ id, organization: { id: organisation, name: organisation } }),
    rank,
    fit: {
      score: 0,
      needs: [],
      interests: [],
      fitsTimes: true,
      when: null,
      attendance: 'inPerson',
      venue: null,
      miles: null,
      remote: null,
      accessMet: [],
      accessMissing: [],
      inOwnLanguage: null,
      said: [],
      ...fit,
    },
  });
  const widow = person({
    needs: [
      { id: 'bereavement', weight: 3 },
      { id: 'money', weight: 2 },
    ],
    interests: ['outdoorsAndNature'],
  });

  it('covers the strongest needs and an interest rather than three offers for one need', () => {
    const pool = [
      candidate('loss-1', { score: 34, needs: ['bereavement'] }, 'a', 1),
      candidate('loss-2', { score: 33, needs: ['bereavement'] }, 'b', 2),
      candidate('loss-3', { score: 32, needs: ['bereavement'] }, 'c', 3),
      candidate('money', { score: 24, needs: ['money'] }, 'd', 4),
      candidate('garden', { score: 16, interests: ['outdoorsAndNature'] }, 'e', 5),
    ];
    expect(choosePage(pool, widow, 3).map((c) => c.offer.id)).toEqual(['loss-1', 'money', 'garden']);
  });

  it('shows one offer per organisation unless asked', () => {
    const pool = [
      candidate('advice-1', { score: 30, needs: ['money'] }, 'bureau', 1),
      candidate('advice-2', { score: 29, needs: ['money'] }, 'bureau', 2),
      candidate('other', { score: 10, needs: ['money'] }, 'other', 3),
    ];
    expect(choosePage(pool, widow, 2).map((c) => c.offer.id)).toEqual(['advice-1', 'other']);
    expect(choosePage(pool, widow, 2, { sameOrganisation: true }).map((c) => c.offer.id)).toEqual([
      'advice-1',
      'advice-2',
    ]);
  });

  it('fills the page from the same organisation only when no other has an offer left', () => {
    const pool = [
      candidate('carers-1', { score: 40, needs: ['caring'] }, 'carers', 1),
      candidate('carers-2', { score: 39, needs: ['caring'] }, 'carers', 2),
      candidate('carers-3', { score: 38, needs: ['caring'] }, 'carers', 3),
    ];
    expect(choosePage(pool, widow, 3).map((c) => c.offer.id)).toEqual(['carers-1', 'carers-2', 'carers-3']);
  });

  it('keeps the last place for an interest that fits the person times when none is on the page', () => {
    const pool = [
      candidate('loss', { score: 34, needs: ['bereavement'] }, 'a', 1),
      candidate('money', { score: 24, needs: ['money'] }, 'b', 2),
      candidate('money-2', { score: 23, needs: ['money', 'bereavement'] }, 'c', 3),
      candidate('walk-outside', { score: -80, interests: ['outdoorsAndNature'], fitsTimes: false }, 'd', 4),
      candidate('walk', { score: 5, interests: ['outdoorsAndNature'] }, 'e', 5),
    ];
    expect(choosePage(pool, widow, 3).map((c) => c.offer.id)).toEqual(['loss', 'money', 'walk']);
  });

  it('breaks equal gains by id order, so a page never depends on file order', () => {
    const pool = [
      candidate('b', { score: 10, needs: ['money'] }, 'x', 2),
      candidate('a', { score: 10, needs: ['money'] }, 'y', 1),
    ];
    expect(choosePage(pool, widow, 1).map((c) => c.offer.id)).toEqual(['a']);
  });
});
