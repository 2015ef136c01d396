import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DirectoryFileError } from '../../../src/services/directory/DirectoryFileError';
import {
  loadDirectory,
  loadDirectoryOrThrow,
  type ReadText,
} from '../../../src/services/directory/loadDirectory';
import { createCommunityOfferDirectory } from '../../../src/services/directory/offerDirectory';

const fixtures = path.join(__dirname, '../../data/directory');
const fromFixtures: ReadText = (name) => readFile(path.join(fixtures, name), 'utf8');
const fromMemory =
  (files: Record<string, string>): ReadText =>
  async (name) => {
    const text = files[name];
    if (text === undefined) throw new Error(`no file ${name}`);
    return text;
  };

const goodServices = JSON.stringify([
  {
    id: 'svc-a',
    name: 'Money advice',
    status: 'active',
    attributes: [{ id: 'a', taxonomy_term: { id: 't', code: 'money', taxonomy: 'signpost' } }],
    service_at_locations: [
      {
        location: {
          id: 'l',
          latitude: 53.74,
          longitude: -1.59,
          addresses: [{ postal_code: 'RV1 1AB', address_type: 'physical' }],
        },
      },
    ],
  },
  { id: 'svc-b', name: 'Closed', status: 'inactive' },
]);

describe('loadDirectory', () => {
  it('loads, normalises and indexes a good file, listing what it skipped', async () => {
    const result = await loadDirectory({
      readText: fromMemory({ 'services.json': goodServices }),
      servicesFile: 'services.json',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.directory.offers.map((o) => o.id)).toEqual(['svc-a']);
    expect(result.directory.skipped).toEqual([{ id: 'svc-b', reason: 'notActive' }]);
    expect(result.directory.index.districts.get('RV1')).toEqual({ lat: 53.74, lon: -1.59 });
  });

  it.each<[string, Record<string, string>, string | undefined, string, unknown]>([
    [
      'text that is not JSON',
      { 's.json': '[{"id":' },
      undefined,
      's.json',
      { code: 'invalid_json', index: null },
    ],
    [
      'a bad entry',
      { 's.json': '[{"id":"x","name":"n","status":"gone"}]' },
      undefined,
      's.json',
      { index: 0, id: 'x', path: 'status' },
    ],
    [
      'a centroid table that is not JSON',
      { 's.json': goodServices, 'c.json': '{' },
      'c.json',
      'c.json',
      { code: 'invalid_json' },
    ],
    [
      'a centroid for something that is not a district',
      { 's.json': goodServices, 'c.json': '{"Wrenford":{"lat":1,"lon":2}}' },
      'c.json',
      'c.json',
      { path: 'Wrenford' },
    ],
    [
      'a centroid off the globe',
      { 's.json': goodServices, 'c.json': '{"RV1":{"lat":100,"lon":2}}' },
      'c.json',
      'c.json',
      { path: 'RV1.lat' },
    ],
  ])('rejects %s, naming the file', async (_label, files, centroids, file, problem) => {
    const result = await loadDirectory({
      readText: fromMemory(files),
      servicesFile: 's.json',
      ...(centroids ? { districtCentroidsFile: centroids } : {}),
    });
    expect(result).toMatchObject({ ok: false, file });
    expect(!result.ok && result.problems[0]).toMatchObject(problem as object);
  });

  it('stops start-up with every problem of the bad fixture', async () => {
    const error = await loadDirectoryOrThrow({
      readText: fromFixtures,
      servicesFile: 'bad-directory.oruk.json',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectoryFileError);
    expect(error).toMatchObject({ code: 'DIRECTORY_FILE_INVALID', source: 'bad-directory.oruk.json' });
    expect(new Set((error as DirectoryFileError).problems.map((p) => p.index))).toEqual(
      new Set([1, 2, 3, 4, 5, 6, 7]),
    );
  });

  it('lets the directory service suggest and look up offers', async () => {
    const directory = createCommunityOfferDirectory(
      await loadDirectoryOrThrow({
        readText: fromMemory({ 's.json': goodServices }),
        servicesFile: 's.json',
      }),
    );
    expect(directory.size).toBe(1);
    expect(
      directory
        .suggest({ profile: { needs: [{ id: 'money', weight: 3 }] } })
        .suggestions.map((s) => s.offer.id),
    ).toEqual(['svc-a']);
    expect(
      directory.suggest({ profile: { needs: [{ id: 'money', weight: 3 }] }, excludeIds: ['svc-a'] })
        .suggestions,
    ).toEqual([]);
    expect(directory.getOffer('svc-a')?.name).toBe('Money advice');
    expect(directory.getOffer('nope')).toBeNull();
  });
});
