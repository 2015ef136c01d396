import type { NeedId } from '../../../src/domain/directory/codes';
import type { CommunityOffer } from '../../../src/domain/directory/communityOffer';
import type { OrukServiceInput } from '../../../src/domain/directory/oruk';

/** A plain in-person offer at Wrenford Community Centre; tests override only what they are about. */
export function offer(overrides: Partial<CommunityOffer> & { id: string }): CommunityOffer {
  return {
    name: `Offer ${overrides.id}`,
    description: '',
    organization: null,
    needs: ['loneliness'],
    interests: [],
    nihrGroup: 'adviceAndGuidance',
    sessions: [],
    cost: { kind: 'unknown' },
    locations: [
      {
        id: `loc-${overrides.id}`,
        name: null,
        lat: 53.7425,
        lon: -1.5952,
        postcode: 'RV1 1AB',
        district: 'RV1',
        access: [],
      },
    ],
    openHours: false,
    delivery: { inPerson: true, online: false, phone: false, homeVisit: false },
    access: [],
    languages: [],
    minAge: null,
    maxAge: null,
    audience: [],
    referral: false,
    areas: [],
    eligibilityNote: null,
    activities: [],
    words: [],
    contact: { phone: null, email: null, url: null },
    ...overrides,
  };
}

/** A point `miles` due north of the community centre (1 degree of latitude ≈ 69.09 miles). */
export const northOfCentre = (miles: number) => ({ lat: 53.7425 + miles / 69.09, lon: -1.5952 });

export const venueAt = (
  id: string,
  lat: number,
  lon: number,
  district = 'RV1',
  access: CommunityOffer['access'] = [],
) => ({
  id,
  name: `Venue ${id}`,
  lat,
  lon,
  postcode: null,
  district,
  access,
});

/** A need list with the weights of a main worry, then a clear need, then mentions. */
export const needs = (...ids: NeedId[]) =>
  ids.map((id, k) => ({ id, weight: (k === 0 ? 3 : k === 1 ? 2 : 1) as 1 | 2 | 3 }));

/** A minimal valid ORUK service. */
export function orukService(overrides: Partial<OrukServiceInput> = {}): OrukServiceInput {
  return { id: 'svc-1', name: 'Test service', status: 'active', ...overrides };
}

export const signpostAttribute = (code: string) => ({
  id: `attr-${code}`,
  link_type: 'need',
  taxonomy_term: { id: `term-${code}`, code, name: code, taxonomy: 'signpost' },
});
