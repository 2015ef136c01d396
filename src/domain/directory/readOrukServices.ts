import type { z } from 'zod';
import { orukService, orukServicePage, type OrukService } from './oruk';

/**
 * One thing wrong with a directory file. `index` is the entry's position in the list of services (null
 * for a fault of the file as a whole), `path` points inside that entry in the usual dotted form.
 * `message` is for whoever maintains the file, in the server log; it never reaches a patient.
 */
export interface DirectoryProblem {
  index: number | null;
  id: string | null;
  path: string;
  code: string;
  message: string;
}

export type ReadOrukServicesResult =
  { ok: true; services: OrukService[] } | { ok: false; problems: DirectoryProblem[] };

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');

const fromIssues = (issues: readonly z.core.$ZodIssue[], index: number | null, id: string | null) =>
  issues.map((issue): DirectoryProblem => ({
    index,
    id,
    path: formatPath(issue.path),
    code: issue.code,
    message: issue.message,
  }));

const idOf = (entry: unknown): string | null => {
  if (typeof entry !== 'object' || entry === null) return null;
  const id = (entry as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : null;
};

/**
 * Checks a parsed directory document: a bare array of services, or the paged `GET /services` body.
 * Every entry is checked on its own so one report lists every bad entry, not just the first.
 */
export function readOrukServices(document: unknown): ReadOrukServicesResult {
  let entries: readonly unknown[];
  if (Array.isArray(document)) {
    entries = document;
  } else {
    const page = orukServicePage.safeParse(document);
    if (!page.success) {
      const problems = fromIssues(page.error.issues, null, null);
      if (typeof document !== 'object' || document === null) {
        return {
          ok: false,
          problems: [
            {
              index: null,
              id: null,
              path: '',
              code: 'not_a_service_list',
              message: 'expected an array of services or a GET /services page',
            },
          ],
        };
      }
      return { ok: false, problems };
    }
    entries = page.data.contents;
  }

  const problems: DirectoryProblem[] = [];
  const services: OrukService[] = [];
  const firstIndexOfId = new Map<string, number>();
  entries.forEach((entry, index) => {
    const id = idOf(entry);
    const parsed = orukService.safeParse(entry);
    if (!parsed.success) {
      problems.push(...fromIssues(parsed.error.issues, index, id));
      return;
    }
    const seenAt = firstIndexOfId.get(parsed.data.id);
    if (seenAt !== undefined) {
      problems.push({
        index,
        id,
        path: 'id',
        code: 'duplicate_id',
        message: `id already used by the entry at index ${seenAt}`,
      });
      return;
    }
    firstIndexOfId.set(parsed.data.id, index);
    services.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, services };
}
