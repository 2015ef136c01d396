import type { OrukSchedule, OrukServiceInput } from '../../../src/domain/directory/oruk';
import { orukService } from '../../../src/domain/directory/oruk';
import { identifyTerm, normaliseService, normaliseServices } from '../../../src/domain/directory/normalise';
import { sessionsOfSchedule } from '../../../src/domain/directory/sessions';
import { orukService as serviceInput, signpostAttribute } from './builders';

const normalise = (input: OrukServiceInput, today: string | null = null) =>
  normaliseService(orukService.parse(input), { today });

const venue = (id: string, extra: Record<string, unknown> = {}) => ({
  id: `sal-${id}`,
  location: {
    id,
    name: `Venue ${id}`,
    latitude: 53.74,
    longitude: -1.59,
    addresses: [
      { id: `a-${id}`, address_1: '1 Street', postal_code: 'rv3 4np', address_type: 'physical' as const },
    ],
    ...extra,
  },
});

describe('sessions from ORUK schedules', () => {
  it.each<[string, Partial<OrukSchedule>, string | null, unknown[]]>([
    [
      'weekly on two days',
      { freq: 'WEEKLY', byday: 'TU,TH', opens_at: '10:00', closes_at: '11:30' },
      null,
      [
        { weekday: 'tue', startMinute: 600, endMinute: 690, frequency: 'weekly' },
        { weekday: 'thu', startMinute: 600, endMinute: 690, frequency: 'weekly' },
      ],
    ],
    [
      'fortnightly',
      {
        freq: 'WEEKLY',
        interval: 2,
        byday: 'MO',
        dtstart: '2025-01-06',
        opens_at: '13:30',
        closes_at: '15:30',
      },
      null,
      [{ weekday: 'mon', startMinute: 810, endMinute: 930, frequency: 'fortnightly' }],
    ],
    [
      'every three weeks',
      { freq: 'WEEKLY', interval: 3, byday: 'MO', opens_at: '13:30', closes_at: '15:30' },
      null,
      [{ weekday: 'mon', startMinute: 810, endMinute: 930, frequency: 'lessOften' }],
    ],
    [
      'monthly on an ordinal weekday',
      { freq: 'MONTHLY', byday: '2SA', opens_at: '12:30', closes_at: '15:00' },
      null,
      [{ weekday: 'sat', startMinute: 750, endMinute: 900, frequency: 'monthly' }],
    ],
    [
      'weekly with no day: the day of dtstart (2025-01-08 is a Wednesday)',
      { freq: 'WEEKLY', dtstart: '2025-01-08', opens_at: '09:00', closes_at: '10:00' },
      null,
      [{ weekday: 'wed', startMinute: 540, endMinute: 600, frequency: 'weekly' }],
    ],
    [
      'daily without days: every day',
      { freq: 'DAILY', opens_at: '08:00', closes_at: '20:00' },
      null,
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((weekday) => ({
        weekday,
        startMinute: 480,
        endMinute: 1200,
        frequency: 'weekly',
      })),
    ],
    [
      'no closing time: nothing claimed about the end',
      { freq: 'WEEKLY', byday: 'FR', opens_at: '19:00' },
      null,
      [{ weekday: 'fri', startMinute: 1140, endMinute: null, frequency: 'weekly' }],
    ],
    [
      'a UTC time on a summer date is an hour later in London',
      { freq: 'WEEKLY', byday: 'TU', dtstart: '2025-07-01', opens_at: '09:00Z', closes_at: '10:00Z' },
      null,
      [{ weekday: 'tue', startMinute: 600, endMinute: 660, frequency: 'weekly' }],
    ],
    [
      'a UTC time on a winter date is London time',
      { freq: 'WEEKLY', byday: 'TU', dtstart: '2025-01-07', opens_at: '09:00Z', closes_at: '10:00+00:00' },
      null,
      [{ weekday: 'tue', startMinute: 540, endMinute: 600, frequency: 'weekly' }],
    ],
    [
      'monthly by day of the month: weekday unknown',
      { freq: 'MONTHLY', bymonthday: '15', opens_at: '10:00' },
      null,
      [],
    ],
    ['no opening time', { freq: 'WEEKLY', byday: 'MO' }, null, []],
    ['no frequency and no days', { opens_at: '10:00', closes_at: '11:00' }, null, []],
    [
      'ended before today',
      { freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '11:00', valid_to: '2025-03-31' },
      '2025-04-01',
      [],
    ],
    [
      'ends today',
      { freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '11:00', valid_to: '2025-04-01' },
      '2025-04-01',
      [{ weekday: 'mon', startMinute: 600, endMinute: 660, frequency: 'weekly' }],
    ],
  ])('%s', (_label, schedule, today, expected) => {
    expect(sessionsOfSchedule({ id: 's', ...schedule }, today)).toEqual(expected);
  });
});

describe('normalising a service', () => {
  it.each<[string, OrukServiceInput['cost_options'], string | null, unknown]>([
    ['no cost options', [], null, { kind: 'unknown' }],
    ['a zero amount', [{ amount: 0, currency: 'GBP' }], null, { kind: 'free' }],
    [
      'an amount as text',
      [{ amount: '2.50' }],
      null,
      { kind: 'paid', pence: 250, hasFreeOption: false, concession: null, freeOnBenefits: false },
    ],
    [
      'a price and a free concession',
      [{ amount: 3 }, { amount: 0, option: 'Free for people on Pension Credit' }],
      null,
      {
        kind: 'paid',
        pence: 300,
        hasFreeOption: true,
        concession: 'Free for people on Pension Credit',
        freeOnBenefits: true,
      },
    ],
    [
      'a first session free is not a concession for people on benefits',
      [{ amount: 3 }, { amount: 0, option: 'First session free' }],
      null,
      {
        kind: 'paid',
        pence: 300,
        hasFreeOption: true,
        concession: 'First session free',
        freeOnBenefits: false,
      },
    ],
    ['only an amount description', [{ amount_description: 'Donations welcome' }], null, { kind: 'unknown' }],
    ['a price in euros', [{ amount: 5, currency: 'EUR' }], null, { kind: 'unknown' }],
    [
      'an expired price',
      [{ amount: 5, valid_to: '2024-12-31' }, { amount: 0 }],
      '2025-01-01',
      { kind: 'free' },
    ],
  ])('cost: %s', (_label, costOptions, today, expected) => {
    expect(normalise(serviceInput({ cost_options: costOptions }), today).cost).toEqual(expected);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['vocabulary in taxonomy', { code: 'caring', taxonomy: 'signpost' }, 'caring'],
    [
      'vocabulary as a taxonomy object (HSDS 3.1)',
      { code: 'caring', taxonomy: { name: 'Signpost' } },
      'caring',
    ],
    ['vocabulary in taxonomy_detail', { code: 'caring', taxonomy_detail: { name: 'signpost' } }, 'caring'],
    ['ORUK v1 vocabulary field', { code: 'caring', vocabulary: 'signpost' }, 'caring'],
    ['CURIE in the code', { code: 'signpost:caring' }, 'caring'],
    ['CURIE in the id', { id: 'signpost:caring' }, 'caring'],
    ['esdNeed by code', { code: '69', name: 'Social inclusion', taxonomy: 'esdNeeds' }, 'loneliness'],
    ['esdNeed by CURIE', { id: 'esdNeed:69', term: 'Social inclusion' }, 'loneliness'],
    ['esdNeed by term URI', { id: 'x', term_uri: 'http://id.esd.org.uk/need/69' }, 'loneliness'],
    ['esdNeed URI as the code', { code: 'http://id.esd.org.uk/need/69' }, 'loneliness'],
    ['any OpenActive activity', { name: 'Pickleball', taxonomy: 'openActiveActivity' }, 'physicalActivity'],
    [
      'OpenActive by term_uri',
      { name: 'Netball', term_uri: 'https://openactive.io/activity-list#some-concept' },
      'physicalActivity',
    ],
  ])('needs from a term: %s', (_label, term, need) => {
    const attributes = [{ id: 'a', taxonomy_term: { id: 't', ...term } }];
    expect(normalise(serviceInput({ attributes })).needs).toEqual([need]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown vocabulary', { code: 'caring', taxonomy: 'someOtherList' }],
    ['an unknown signpost code', { code: 'somethingElse', taxonomy: 'signpost' }],
    [
      'an esdNeed term the needs taxonomy has not confirmed',
      { code: '12', name: 'Debt', taxonomy: 'esdNeed' },
    ],
    ['no vocabulary at all', { code: 'caring' }],
  ])('ignores %s', (_label, term) => {
    const attributes = [{ id: 'a', taxonomy_term: { id: 't', ...term } }];
    expect(normalise(serviceInput({ attributes })).needs).toEqual([]);
  });

  it('reads a term whose vocabulary and code come apart', () => {
    expect(identifyTerm({ id: 'openActiveActivity:abc', name: 'Walking' })).toEqual({
      vocabulary: 'openActiveActivity',
      code: 'abc',
      name: 'Walking',
    });
  });

  it.each<[string, string[], unknown]>([
    ['an NIHR term wins', ['interest.creative', 'nihr.naturalWorld'], 'naturalWorld'],
    [
      'inferred from practical advice first',
      ['interest.creative', 'interest.practicalAdvice'],
      'adviceAndGuidance',
    ],
    ['inferred from outdoors', ['interest.outdoorsAndNature'], 'naturalWorld'],
    ['inferred from sport', ['interest.sportAndMovement'], 'sportAndExercise'],
    ['social says nothing', ['interest.social'], null],
  ])('NIHR group: %s', (_label, codes, group) => {
    expect(normalise(serviceInput({ attributes: codes.map(signpostAttribute) })).nihrGroup).toEqual(group);
  });

  it.each<[string, Record<string, unknown>[], string[]]>([
    ['codes on the location', [{ attributes: [signpostAttribute('access.stepFree')] }], ['stepFree']],
    [
      'plain statements in the accessibility text',
      [{ accessibility: [{ description: 'Level access from the car park. Induction loop in the hall.' }] }],
      ['stepFree', 'hearingLoop'],
    ],
    [
      'a negative statement is not a claim',
      [{ accessibility: [{ description: 'There is no step-free access. Quiet room available.' }] }],
      ['quietSpace'],
    ],
    [
      'only what every venue has',
      [
        { attributes: [signpostAttribute('access.stepFree'), signpostAttribute('access.hearingLoop')] },
        { attributes: [signpostAttribute('access.stepFree')] },
      ],
      ['stepFree'],
    ],
  ])('access: %s', (_label, venueExtras, access) => {
    const service = serviceInput({
      service_at_locations: venueExtras.map((extra, i) => venue(`v${i}`, extra)),
    });
    expect(normalise(service).access).toEqual(access);
  });

  it('takes women-only and BSL from the service', () => {
    const result = normalise(
      serviceInput({
        attributes: [signpostAttribute('eligibility.womenOnly')],
        languages: [
          { name: 'Polish', code: 'pl' },
          { name: 'British Sign Language', code: 'bfi' },
          { name: 'Urdu' },
          { code: 'ron' },
        ],
      }),
    );
    expect(result.access).toEqual(['womenOnly', 'bsl']);
    expect(result.audience).toEqual(['women']);
    expect(result.languages).toEqual(['bfi', 'pl', 'ro', 'ur']);
  });

  it('reads who an offer is for, a referral, opening hours, home visits and the area served', () => {
    const result = normalise(
      serviceInput({
        attributes: [
          signpostAttribute('eligibility.carers'),
          signpostAttribute('eligibility.dementia'),
          signpostAttribute('eligibility.referral'),
          signpostAttribute('timing.openHours'),
          signpostAttribute('delivery.homeVisit'),
          signpostAttribute('eligibility.somethingNew'),
        ],
        service_areas: [
          { name: 'Riverside', extent: 'RV1 RV2, rv3 and more', extent_type: 'text' },
          { name: 'Shape', extent: '{"type":"Polygon"}', extent_type: 'geojson' },
        ],
        eligibility_description: ' Unpaid carers of people with dementia. ',
      }),
    );
    expect(result).toMatchObject({
      audience: ['carers', 'dementia'],
      referral: true,
      openHours: true,
      delivery: { homeVisit: true },
      areas: ['RV1', 'RV2', 'RV3'],
      eligibilityNote: 'Unpaid carers of people with dementia.',
    });
  });

  it('keeps what each venue has, but not women-only or BSL, which belong to the group', () => {
    const result = normalise(
      serviceInput({
        service_at_locations: [
          venue('a', { attributes: [signpostAttribute('access.stepFree'), signpostAttribute('access.bsl')] }),
          venue('b', { accessibility: [{ description: 'A quiet room is available.' }] }),
        ],
      }),
    );
    expect(result.locations.map((l) => l.access)).toEqual([['stepFree'], ['quietSpace']]);
    expect(result.access).toEqual([]);
  });

  it.each<[string, OrukServiceInput, unknown]>([
    [
      'a physical venue',
      serviceInput({ service_at_locations: [venue('v')] }),
      { inPerson: true, online: false, phone: false, homeVisit: false },
    ],
    [
      'a virtual location',
      serviceInput({ service_at_locations: [{ location: { id: 'web', location_type: 'virtual' } }] }),
      { inPerson: false, online: true, phone: false, homeVisit: false },
    ],
    [
      'delivery terms',
      serviceInput({
        attributes: [signpostAttribute('delivery.phone'), signpostAttribute('delivery.online')],
      }),
      { inPerson: false, online: true, phone: true, homeVisit: false },
    ],
    [
      'attending_type text',
      serviceInput({ schedules: [{ id: 's', attending_type: 'In person or by telephone' }] }),
      { inPerson: false, online: false, phone: true, homeVisit: false },
    ],
    [
      'a location with no coordinates and no postcode is not a venue',
      serviceInput({ service_at_locations: [{ location: { id: 'x', name: 'Somewhere' } }] }),
      { inPerson: false, online: false, phone: false, homeVisit: false },
    ],
  ])('delivery: %s', (_label, service, delivery) => {
    expect(normalise(service).delivery).toEqual(delivery);
  });

  it('keeps the venue, its postcode district, ages and contact', () => {
    const result = normalise(
      serviceInput({
        service_at_locations: [venue('v1'), venue('v1')],
        minimum_age: 18,
        maximum_age: '65',
        email: ' ',
        contacts: [{ email: 'team@example.org', phones: [{ number: '0113 496 0001' }] }],
        organization: { id: 'o', name: 'Org', website: 'https://example.org/org' },
      }),
    );
    expect(result.locations).toEqual([
      {
        id: 'v1',
        name: 'Venue v1',
        lat: 53.74,
        lon: -1.59,
        postcode: 'RV3 4NP',
        district: 'RV3',
        access: [],
      },
    ]);
    expect([result.minAge, result.maxAge]).toEqual([18, 65]);
    expect(result.contact).toEqual({
      phone: '0113 496 0001',
      email: 'team@example.org',
      url: 'https://example.org/org',
    });
  });

  it('leaves out services that are not active', () => {
    const services = ['active', 'inactive', 'defunct', 'temporarily closed'].map((status, i) =>
      orukService.parse({ id: `s${i}`, name: 'n', status }),
    );
    const { offers, skipped } = normaliseServices(services);
    expect(offers.map((o) => o.id)).toEqual(['s0']);
    expect(skipped).toEqual(['s1', 's2', 's3'].map((id) => ({ id, reason: 'notActive' })));
  });
});
