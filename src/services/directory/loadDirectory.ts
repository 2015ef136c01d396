import { z } from 'zod';
import type { CommunityOffer } from '../../domain/directory/communityOffer';
import { buildDirectoryIndex, type DirectoryIndex } from '../../domain/directory/directoryIndex';
import { postcodeDistrict, type LatLon } from '../../domain/directory/geo';
import { normaliseServices, type SkippedService } from '../../domain/directory/normalise';
import { formatPath, readOrukServices, type DirectoryProblem } from '../../domain/directory/readOrukServices';
import { readOfferWords } from '../../understanding/suggestions/offerWords';
import { DirectoryFileError } from './DirectoryFileError';

/** Reads a text file by the name configuration gave; the composition root supplies it (fs, or a fake). */
export type ReadText = (name: string) => Promise<string>;

export interface LoadDirectoryInput {
  readText: ReadText;
  /** The ORUK services file: a bare array or a `GET /services` page. */
  servicesFile: string;
  /** Optional postcode district → centre point table, `{ "RV1": { "lat": .., "lon": .. } }`. */
  districtCentroidsFile?: string | undefined;
  /** YYYY-MM-DD in Europe/London, from the Clock; schedules and prices that have ended are dropped. */
  today?: string;
}

export interface LoadedDirectory {
  offers: CommunityOffer[];
  index: DirectoryIndex;
  skipped: SkippedService[];
}

export type LoadDirectoryResult =
  { ok: true; directory: LoadedDirectory } | { ok: false; file: string; problems: DirectoryProblem[] };

const districtCentroids = z.record(
  z.string().refine((key) => postcodeDistrict(key) !== null, { error: 'not a postcode district' }),
  z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
);

const jsonProblem = (error: unknown): DirectoryProblem => ({
  index: null,
  id: null,
  path: '',
  code: 'invalid_json',
  message: error instanceof Error ? error.message : 'not valid JSON',
});

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false; problem: DirectoryProblem } => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: jsonProblem(error) };
  }
};

/**
 * Reads, checks and normalises the community offer directory and builds its ranking index. A file
 * that fails any check is rejected whole, with every problem listed; nothing is half-loaded.
 */
export async function loadDirectory(input: LoadDirectoryInput): Promise<LoadDirectoryResult> {
  const parsed = parseJson(await input.readText(input.servicesFile));
  if (!parsed.ok) return { ok: false, file: input.servicesFile, problems: [parsed.problem] };
  const read = readOrukServices(parsed.value);
  if (!read.ok) return { ok: false, file: input.servicesFile, problems: read.problems };

  let centroids: Record<string, LatLon> = {};
  if (input.districtCentroidsFile) {
    const table = parseJson(await input.readText(input.districtCentroidsFile));
    if (!table.ok) return { ok: false, file: input.districtCentroidsFile, problems: [table.problem] };
    const checked = districtCentroids.safeParse(table.value);
    if (!checked.success) {
      return {
        ok: false,
        file: input.districtCentroidsFile,
        problems: checked.error.issues.map((issue) => ({
          index: null,
          id: null,
          path: formatPath(issue.path),
          code: issue.code,
          message: issue.message,
        })),
      };
    }
    centroids = checked.data;
  }

  const normalised = normaliseServices(read.services, { today: input.today ?? null });
  // What each offer is for, in words a person's own words can be compared with (read once, here).
  const offers = readOfferWords(normalised.offers);
  const skipped = normalised.skipped;
  const index = buildDirectoryIndex(offers, { districtCentroids: centroids });
  return { ok: true, directory: { offers, index, skipped } };
}

/** For start-up: the loaded directory, or a DirectoryFileError carrying every problem. */
export async function loadDirectoryOrThrow(input: LoadDirectoryInput): Promise<LoadedDirectory> {
  const result = await loadDirectory(input);
  if (!result.ok) throw new DirectoryFileError(result.file, result.problems);
  return result.directory;
}
