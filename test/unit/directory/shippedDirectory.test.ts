import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ACCESS_CODES,
  INTEREST_IDS,
  NEED_IDS,
  NIHR_GROUPS,
  PARTS_OF_DAY,
  WEEKDAYS,
  type AccessCode,
  type InterestId,
  type NeedId,
  type Weekday,
} from '../../../src/domain/directory/codes';
import type { CommunityOffer } from '../../../src/domain/directory/communityOffer';
import {
  buildDirectoryIndex,
  districtCentroid,
  type DirectoryIndex,
} from '../../../src/domain/directory/directoryIndex';
import { haversineMiles, type LatLon } from '../../../src/domain/directory/geo';
import {
  DISTANCE_REASON_MAX_MILES,
  WALK,
  rankOffers,
  roundMiles,
  walkMinutes,
  type RankProfile,
  type SuggestionReason,
} from '../../../src/domain/directory/rankOffers';
import { minutesInPart } from '../../../src/domain/directory/sessions';
import { loadDirectory, type LoadedDirectory } from '../../../src/services/directory/loadDirectory';

const dataDir = path.join(__dirname, '../../../data/directory');
const readText = (name: string) => readFile(path.join(dataDir, name), 'utf8');

let directory: LoadedDirectory;
beforeAll(async () => {
  const result = await loadDirectory({
    readText,
    servicesFile: 'riverside-pcn.oruk.json',
    districtCentroidsFile: 'riverside-pcn.districts.json',
    today: '2025-10-01',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  directory = result.directory;
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
    ['women-only offers', (o) => o.access.includes('womenOnly')],
    ['BSL', (o) => o.access.includes('bsl')],
    ['other languages', (o) => o.languages.includes('pl')],
    ['age limits', (o) => o.minAge !== null && o.maxAge !== null],
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

/** mulberry32: a small seeded generator, so the cases are the same on every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomProfile(random: () => number): RankProfile {
  const pick = <T>(list: readonly T[], max: number): T[] => {
    const count = Math.floor(random() * (max + 1));
    return [...new Set(Array.from({ length: count }, () => list[Math.floor(random() * list.length)] as T))];
  };
  const origins: RankProfile['travel'] extends infer T
    ? T extends { origin?: infer O }
      ? O[]
      : never
    : never = [
    { lat: 53.742 + (random() - 0.5) * 0.05, lon: -1.596 + (random() - 0.5) * 0.08 },
    { district: pick(['RV1', 'RV2', 'RV3', 'RV4', 'RV5', 'RV6', 'RV7', 'RV9'], 1)[0] ?? 'RV1' },
    { postcode: 'rv3 4np' },
  ];
  const profile: RankProfile = {
    needs: pick(NEED_IDS, 3),
    interests: pick(INTEREST_IDS, 2),
    availability: {
      windows: pick(WEEKDAYS, 4).flatMap((weekday) =>
        pick(PARTS_OF_DAY, 2).map((partOfDay) => ({ weekday, partOfDay })),
      ),
      excludedWeekdays: pick(WEEKDAYS, 2),
    },
    travel: {
      ...(random() < 0.8 ? { origin: origins[Math.floor(random() * origins.length)] } : {}),
      ...(random() < 0.15
        ? { remoteOnly: (['online', 'phone', 'either'] as const)[Math.floor(random() * 3)] }
        : {}),
      ...(random() < 0.3 ? { maxMiles: 0.5 + random() * 3 } : {}),
    },
    freeOnly: random() < 0.2,
    accessNeeds: pick(ACCESS_CODES, 2),
    languages: pick(['pl', 'ro', 'ur', 'pa', 'en'], 1),
  };
  if (random() < 0.5) profile.age = Math.floor(10 + random() * 80);
  return profile;
}

function originPoint(
  index: DirectoryIndex,
  profile: RankProfile,
): { point: LatLon; approximate: boolean } | null {
  const origin = profile.travel?.origin;
  if (!origin) return null;
  if ('lat' in origin) return { point: origin, approximate: false };
  const point = districtCentroid(index, 'district' in origin ? origin.district : origin.postcode);
  return point ? { point, approximate: true } : null;
}

/** What would make each reason true, checked against the offer's own data and the person's profile. */
function reasonHolds(
  offer: CommunityOffer,
  reason: SuggestionReason,
  profile: RankProfile,
  index: DirectoryIndex,
): boolean {
  switch (reason.code) {
    case 'forNeed':
      return offer.needs.includes(reason.need) && profile.needs.includes(reason.need);
    case 'interest':
      return offer.interests.includes(reason.interest) && (profile.interests ?? []).includes(reason.interest);
    case 'when':
      return (
        offer.sessions.some(
          (s) =>
            s.weekday === reason.weekday &&
            s.frequency === reason.frequency &&
            minutesInPart(s, reason.partOfDay) > 0,
        ) &&
        (profile.availability?.windows ?? []).some(
          (w) => w.weekday === reason.weekday && w.partOfDay === reason.partOfDay,
        ) &&
        !(profile.availability?.excludedWeekdays ?? []).includes(reason.weekday)
      );
    case 'free':
      return offer.cost.kind === 'free';
    case 'lowCost':
      return offer.cost.kind === 'paid' && offer.cost.pence === reason.pence && reason.pence <= 300;
    case 'distance': {
      const origin = originPoint(index, profile);
      if (!origin || origin.approximate !== reason.approximate) return false;
      const miles = Math.min(
        ...offer.locations
          .filter((v) => v.lat !== null && v.lon !== null)
          .map((v) => haversineMiles(origin.point, { lat: v.lat as number, lon: v.lon as number })),
      );
      const sameMiles =
        Math.abs(roundMiles(miles) - reason.miles) < 1e-9 && miles <= DISTANCE_REASON_MAX_MILES;
      return reason.mode === 'walk'
        ? sameMiles && reason.minutes === walkMinutes(miles) && reason.minutes <= WALK.maxMinutes
        : sameMiles && walkMinutes(miles) > WALK.maxMinutes;
    }
    case 'remote': {
      const wanted = profile.travel?.remoteOnly;
      return offer.delivery[reason.mode] && (!wanted || wanted === 'either' || wanted === reason.mode);
    }
    case 'access':
      return offer.access.includes(reason.access) && (profile.accessNeeds ?? []).includes(reason.access);
    case 'language':
      return offer.languages.includes(reason.language) && (profile.languages ?? []).includes(reason.language);
  }
}

function passesHardFilters(offer: CommunityOffer, profile: RankProfile): boolean {
  const age = profile.age;
  if (
    age !== undefined &&
    ((offer.minAge !== null && age < offer.minAge) || (offer.maxAge !== null && age > offer.maxAge))
  ) {
    return false;
  }
  if (profile.freeOnly && offer.cost.kind !== 'free') return false;
  if ((profile.accessNeeds ?? []).includes('womenOnly') && !offer.access.includes('womenOnly')) return false;
  const remote = profile.travel?.remoteOnly;
  if (remote === 'online' && !offer.delivery.online) return false;
  if (remote === 'phone' && !offer.delivery.phone) return false;
  if (remote === 'either' && !offer.delivery.online && !offer.delivery.phone) return false;
  const excluded = new Set<Weekday>(profile.availability?.excludedWeekdays ?? []);
  if (offer.sessions.length > 0 && offer.sessions.every((s) => excluded.has(s.weekday))) return false;
  const related =
    offer.needs.some((n: NeedId) => profile.needs.includes(n)) ||
    offer.interests.some((i: InterestId) => (profile.interests ?? []).includes(i)) ||
    (profile.needs.length === 0 && (profile.interests ?? []).length === 0);
  return related;
}

describe('suggestions from the shipped directory (many seeded profiles)', () => {
  const random = seeded(20250601);
  const profiles = Array.from({ length: 600 }, () => randomProfile(random));

  it('give only reasons that are true of the offer and the person', () => {
    let reasonsChecked = 0;
    const kinds = new Set<string>();
    for (const profile of profiles) {
      for (const suggestion of rankOffers({ offers: directory.index, profile, limit: 8 }).suggestions) {
        for (const reason of suggestion.reasons) {
          reasonsChecked += 1;
          kinds.add(reason.code);
          if (!reasonHolds(suggestion.offer, reason, profile, directory.index)) {
            throw new Error(
              `untrue reason ${JSON.stringify(reason)} for ${suggestion.offer.id} and ${JSON.stringify(profile)}`,
            );
          }
        }
      }
    }
    expect(reasonsChecked).toBeGreaterThan(2000);
    expect([...kinds].sort()).toEqual(
      ['access', 'distance', 'forNeed', 'free', 'interest', 'language', 'lowCost', 'remote', 'when'].sort(),
    );
  });

  it('never suggest an offer a hard filter rules out, and step-free needs are met or attended from home', () => {
    for (const profile of profiles) {
      for (const { offer, attendance } of rankOffers({ offers: directory.index, profile, limit: 8 })
        .suggestions) {
        expect(passesHardFilters(offer, profile)).toBe(true);
        if ((profile.accessNeeds ?? []).includes('stepFree' as AccessCode) && attendance === 'inPerson') {
          expect(offer.access).toContain('stepFree');
        }
      }
    }
  });

  it('are the head of a longer list: skipping offers that cannot make the list changes nothing', () => {
    for (const profile of profiles.slice(0, 300)) {
      const short = rankOffers({ offers: directory.index, profile, limit: 5 });
      const long = rankOffers({ offers: directory.index, profile, limit: 50 });
      expect(short.suggestions).toEqual(long.suggestions.slice(0, 5));
      expect(short.hasMore).toBe(long.suggestions.length > 5);
    }
  });

  it('are sorted by tier, then score, then id', () => {
    const tierRank = { need: 0, interest: 1, any: 2 };
    for (const profile of profiles.slice(0, 200)) {
      const list = rankOffers({ offers: directory.index, profile, limit: 10 }).suggestions;
      for (let k = 1; k < list.length; k++) {
        const [a, b] = [list[k - 1], list[k]];
        if (!a || !b) continue;
        const order =
          tierRank[a.tier] - tierRank[b.tier] || b.score - a.score || (a.offer.id < b.offer.id ? -1 : 1);
        expect(order).toBeLessThan(0);
      }
    }
  });
});

describe('pruning on a larger directory', () => {
  it('gives the same head as a long list for 4,000 offers made from the shipped ones', () => {
    const random = seeded(7);
    const offers = Array.from({ length: 4000 }, (_, i): CommunityOffer => {
      const template = directory.offers[Math.floor(random() * directory.offers.length)] as CommunityOffer;
      return {
        ...template,
        id: `copy-${i}`,
        cost:
          random() < 0.5
            ? template.cost
            : { kind: 'paid', pence: 100 + Math.floor(random() * 500), hasFreeOption: false },
        locations: template.locations.map((venue) => ({
          ...venue,
          lat: 53.742 + (random() - 0.5) * 0.1,
          lon: -1.596 + (random() - 0.5) * 0.16,
        })),
      };
    });
    const index = buildDirectoryIndex(offers, { districtCentroids: { RV1: { lat: 53.742, lon: -1.596 } } });
    for (let k = 0; k < 150; k++) {
      const profile = randomProfile(random);
      const short = rankOffers({ offers: index, profile, limit: 5 });
      const long = rankOffers({ offers: index, profile, limit: 50 });
      expect(short.suggestions.map((s) => [s.offer.id, s.score])).toEqual(
        long.suggestions.slice(0, 5).map((s) => [s.offer.id, s.score]),
      );
    }
  });
});

describe('against a brute-force reference', () => {
  it('returns exactly what scoring every offer on its own and sorting would', () => {
    const random = seeded(99);
    const offers = Array.from({ length: 700 }, (_, i): CommunityOffer => {
      const template = directory.offers[Math.floor(random() * directory.offers.length)] as CommunityOffer;
      return {
        ...template,
        id: `ref-${String(i).padStart(3, '0')}`,
        locations: template.locations.map((venue) => ({
          ...venue,
          lat: 53.742 + (random() - 0.5) * 0.1,
          lon: -1.596 + (random() - 0.5) * 0.16,
        })),
      };
    });
    // Every district a profile may name is in the table, so no centre depends on which offers an index holds.
    const table = JSON.parse(
      readFileSync(path.join(dataDir, 'riverside-pcn.districts.json'), 'utf8'),
    ) as Record<string, LatLon>;
    const centroids = { districtCentroids: table };
    const index = buildDirectoryIndex(offers, centroids);
    const alone = offers.map((offer) => buildDirectoryIndex([offer], centroids));
    const tierOrder = { need: 0, interest: 1, any: 2 };
    for (let k = 0; k < 80; k++) {
      const profile = randomProfile(random);
      const each = alone.flatMap((single) => rankOffers({ offers: single, profile, limit: 1 }).suggestions);
      const needTier = each.filter((s) => s.tier === 'need');
      const pool = needTier.length > 5 ? needTier : each;
      const expected = [...pool]
        .sort(
          (a, b) =>
            tierOrder[a.tier] - tierOrder[b.tier] || b.score - a.score || (a.offer.id < b.offer.id ? -1 : 1),
        )
        .slice(0, 5)
        .map((s) => [s.offer.id, s.score]);
      const actual = rankOffers({ offers: index, profile, limit: 5 }).suggestions.map((s) => [
        s.offer.id,
        s.score,
      ]);
      expect(actual).toEqual(expected);
    }
  });
});
