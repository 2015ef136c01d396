// Reads one language's needs and interests data files into a lexicon: each file checked with zod, every
// need and interest present, word groups ("{family}") expanded into the phrases that name them.
import { z } from 'zod';
import { INTEREST_IDS, NEED_IDS, type InterestId, type NeedId } from '../../../domain/needs/taxonomy';
import { expandWordGroups } from '../../frontEnd/phrase';
import type { LexiconEntry, UnderstandingLexicon } from './types';

export class LexiconDataError extends Error {
  readonly code = 'LEXICON_DATA';
  constructor(detail: string) {
    super(`Needs data file: ${detail}`);
    this.name = 'LexiconDataError';
  }
}

const phrases = z.array(z.string().min(1));
const needId = z.enum(NEED_IDS);
const interestId = z.enum(INTEREST_IDS);

const needFile = z.object({ about: z.string(), need: needId, phrases });
const combinedFile = z.object({
  about: z.string(),
  entries: z.array(
    z.object({
      phrase: z.string().min(1),
      needs: z.array(needId),
      exclusive: z.boolean().optional(),
      denies: z.boolean().optional(),
      why: z.string().optional(),
    }),
  ),
});
const groupsFile = z.object({
  about: z.string(),
  groups: z.record(z.string().regex(/^\w+$/), z.string().min(1)),
});
const attributionFile = z.object({
  about: z.string(),
  personalNeeds: z.array(needId),
  otherPerson: phrases,
  otherPersonAfter: phrases,
  self: z.array(z.string().min(1)),
  boundaries: phrases,
  window: z.number().int().positive(),
  emphasis: phrases,
});
const interestsFile = z.object({
  about: z.string(),
  interests: z.record(interestId, phrases),
  combined: z.array(
    z.object({
      phrase: z.string().min(1),
      interests: z.array(interestId),
      exclusive: z.boolean().optional(),
    }),
  ),
});

export interface LexiconFiles {
  readonly locale: string;
  /** One file per need, by id. */
  readonly needs: Readonly<Record<NeedId, unknown>>;
  readonly combined: unknown;
  readonly groups: unknown;
  readonly attribution: unknown;
  readonly interests: unknown;
}

function parse<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new LexiconDataError(`${name}: ${result.error.message}`);
  return result.data;
}

export function readLexicon(files: LexiconFiles): UnderstandingLexicon {
  const { groups } = parse(groupsFile, files.groups, 'groups.json');
  const expand = (phrase: string): string =>
    expandWordGroups(
      phrase,
      groups,
      (name) => new LexiconDataError(`unknown word group {${name}} in "${phrase}"`),
    );

  const needs: LexiconEntry<NeedId>[] = NEED_IDS.flatMap((id) => {
    const file = parse(needFile, files.needs[id], `${id}.json`);
    if (file.need !== id) throw new LexiconDataError(`${id}.json names the need "${file.need}"`);
    return file.phrases.map((phrase) => ({ phrase: expand(phrase), ids: [id] }));
  });
  for (const entry of parse(combinedFile, files.combined, 'combined.json').entries) {
    needs.push({
      phrase: expand(entry.phrase),
      ids: entry.needs,
      exclusive: entry.exclusive ?? false,
      denies: entry.denies ?? false,
    });
  }

  const interestData = parse(interestsFile, files.interests, 'interests.json');
  const interests: LexiconEntry<InterestId>[] = INTEREST_IDS.flatMap((id) =>
    (interestData.interests[id] ?? []).map((phrase) => ({ phrase: expand(phrase), ids: [id] })),
  );
  for (const entry of interestData.combined) {
    interests.push({
      phrase: expand(entry.phrase),
      ids: entry.interests,
      exclusive: entry.exclusive ?? false,
    });
  }

  const attribution = parse(attributionFile, files.attribution, 'attribution.json');
  return {
    locale: files.locale,
    needs,
    interests,
    attribution: {
      personalNeeds: attribution.personalNeeds,
      otherPerson: attribution.otherPerson.map(expand),
      otherPersonAfter: attribution.otherPersonAfter.map(expand),
      self: attribution.self,
      boundaries: attribution.boundaries.map(expand),
      window: attribution.window,
    },
    emphasis: attribution.emphasis.map(expand),
  };
}
