import { INTEREST_IDS, NEED_IDS, NIHR_GROUPS } from '../../../src/domain/directory/codes';
import type { CommunityOffer } from '../../../src/domain/directory/communityOffer';
import { districtCentroid } from '../../../src/domain/directory/directoryIndex';
import { haversineMiles } from '../../../src/domain/directory/geo';
import type { LoadedDirectory } from '../../../src/services/directory/loadDirectory';
import { loadShippedDirectory } from '../../support/journey';

let directory: LoadedDirectory;
beforeAll(async () => {
  directory = await loadShippedDirectory('2025-10-01');
});

describe('the shipped Riverside PCN directory', () => {
  it('has at least 80 active offers and skips the ones that are not active', () => {
    expect(directory.offers.length).toBeGreaterThanOrEqual(80);
    expect(directory.skipped.map((s) => s.reason)).toEqual(['notActive', 'notActive']);
  });

  it.each(NEED_IDS.map((need) => [need]))('has offers for the need %s', (need) => {
    expect(directory.offers.filter((o) => o.needs.includes(need)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(NIHR_GROUPS.map((group) => [group]))('has offers in the NIHR group %s', (group) => {
    expect(directory.offers.filter((o) => o.nihrGroup === group).length).toBeGreaterThanOrEqual(5);
  });

  it.each(INTEREST_IDS.map((interest) => [interest]))('has offers for the interest %s', (interest) => {
    expect(directory.offers.some((o) => o.interests.includes(interest))).toBe(true);
  });

  it.each<[string, (o: CommunityOffer) => boolean]>([
    ['weekly sessions', (o) => o.sessions.some((s) => s.frequency === 'weekly')],
    ['fortnightly sessions', (o) => o.sessions.some((s) => s.frequency === 'fortnightly')],
    ['monthly sessions', (o) => o.sessions.some((s) => s.frequency === 'monthly')],
    ['small fees', (o) => o.cost.kind === 'paid'],
    ['a phone-only offer with no address', (o) => o.delivery.phone && o.locations.length === 0],
    ['online offers', (o) => o.delivery.online],
    ['women-only offers', (o) => o.access.includes('womenOnly') && o.audience.includes('women')],
    ['BSL', (o) => o.access.includes('bsl') && o.languages.includes('bfi')],
    ['offers run only in another language', (o) => o.languages.length > 0 && !o.languages.includes('en')],
    [
      'offers in English with help in other languages',
      (o) => o.languages.includes('en') && o.languages.length > 1,
    ],
    ['age limits', (o) => o.minAge !== null && o.maxAge !== null],
    ['offers for carers', (o) => o.audience.includes('carers')],
    ['offers for people with a named condition', (o) => o.audience.includes('diabetes')],
    ['a referral needed', (o) => o.referral],
    ['opening hours rather than sessions', (o) => o.openHours],
    ['home visits', (o) => o.delivery.homeVisit],
    ['a concession named by the directory', (o) => o.cost.kind === 'paid' && o.cost.concession !== null],
    ['the area served', (o) => o.areas.join(' ') === 'RV1 RV2 RV3 RV4 RV5 RV6 RV7'],
  ])('includes %s', (_label, test) => {
    expect(directory.offers.some(test)).toBe(true);
  });

  it('is mostly free', () => {
    expect(
      directory.offers.filter((o) => o.cost.kind === 'free').length / directory.offers.length,
    ).toBeGreaterThan(0.5);
  });

  it('uses only fictional contact details and places', () => {
    for (const offer of directory.offers) {
      if (offer.contact.phone) expect(offer.contact.phone).toMatch(/^0113 496 0\d{3}$/);
      expect(offer.contact.email ?? '').toMatch(/@example\.org$/);
      expect(offer.contact.url ?? '').toMatch(/^https:\/\/example\.org\//);
      expect(offer.areas.length).toBeGreaterThan(0);
      for (const venue of offer.locations) {
        expect(venue.postcode).toMatch(/^RV\d [0-9][ABD-HJLNP-UW-Z]{2}$/);
        expect(
          haversineMiles({ lat: venue.lat ?? 0, lon: venue.lon ?? 0 }, { lat: 53.742, lon: -1.596 }),
        ).toBeLessThan(4);
      }
    }
  });

  it('knows the centre of a district without venues from the shipped table', () => {
    expect(districtCentroid(directory.index, 'RV7')).toEqual({ lat: 53.73, lon: -1.565 });
  });
});
