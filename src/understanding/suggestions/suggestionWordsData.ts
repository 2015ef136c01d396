// The data the suggestion words are read with (data/<locale>/suggestionWords.json): facts a person may
// state about themself, the phrases that mask them, who is who in a link worker's note, and the words
// too general to say what an offer is for. Checked with zod and compiled once per language.
import { z } from 'zod';
import { CIRCUMSTANCES, type Circumstance } from '../../domain/directory/codes';
import groupsEnGB from '../data/en-GB/needs/groups.json';
import suggestionWordsEnGB from '../data/en-GB/suggestionWords.json';
import { compilePhrase, expandWordGroups, type CompiledPhrase } from '../frontEnd';
import type { CompiledEntry } from '../needs/lexicon';
import { resolveLocale } from '../needs/lexicon';

export class SuggestionWordsDataError extends Error {
  readonly code = 'SUGGESTION_WORDS_DATA';
  constructor(detail: string) {
    super(`Suggestion words data file: ${detail}`);
    this.name = 'SuggestionWordsDataError';
  }
}

const phrases = z.array(z.string().min(1));
const fileSchema = z.object({
  about: z.string(),
  circumstances: z.partialRecord(
    z.enum(CIRCUMSTANCES),
    z.object({ theirs: z.enum(['self', 'household']), exclusive: z.boolean().optional(), phrases }),
  ),
  masks: phrases,
  note: z.object({ otherPerson: phrases, self: z.array(z.string().min(1)) }),
  alsoMeans: z.record(z.string().regex(/^[a-z']+$/), z.array(z.string().regex(/^[a-z']+$/))),
  ignore: z.array(z.string().regex(/^[a-z']+$/)),
});
const groupsSchema = z.object({ groups: z.record(z.string(), z.string()) });

export interface SuggestionWordsData {
  readonly locale: string;
  /** Each circumstance phrase, and mask phrases (exclusive entries with no id). */
  readonly entries: readonly CompiledEntry<Circumstance>[];
  /** Circumstances that must be about the person themself. */
  readonly personal: ReadonlySet<Circumstance>;
  readonly note: { readonly otherPerson: readonly CompiledPhrase[]; readonly self: ReadonlySet<string> };
  /** A word → other words naming the same activity ("choir" → "sing"). */
  readonly alsoMeans: ReadonlyMap<string, readonly string[]>;
  readonly ignore: ReadonlySet<string>;
}

const FILES: Readonly<Record<string, { words: unknown; groups: unknown }>> = {
  'en-GB': { words: suggestionWordsEnGB, groups: groupsEnGB },
};

function compile(locale: string, files: { words: unknown; groups: unknown }): SuggestionWordsData {
  const parsed = fileSchema.safeParse(files.words);
  if (!parsed.success) throw new SuggestionWordsDataError(parsed.error.message);
  const { groups } = groupsSchema.parse(files.groups);
  const expand = (phrase: string): string =>
    expandWordGroups(
      phrase,
      groups,
      (name) => new SuggestionWordsDataError(`unknown word group {${name}} in "${phrase}"`),
    );
  const data = parsed.data;
  const entries: CompiledEntry<Circumstance>[] = [];
  const personal = new Set<Circumstance>();
  for (const id of CIRCUMSTANCES) {
    const circumstance = data.circumstances[id];
    if (!circumstance) continue;
    if (circumstance.theirs === 'self') personal.add(id);
    for (const phrase of circumstance.phrases) {
      entries.push({
        compiled: compilePhrase(expand(phrase)),
        ids: [id],
        exclusive: circumstance.exclusive ?? false,
      });
    }
  }
  for (const phrase of data.masks)
    entries.push({ compiled: compilePhrase(expand(phrase)), ids: [], exclusive: true });
  return {
    locale,
    entries,
    personal,
    note: {
      otherPerson: data.note.otherPerson.map((phrase) => compilePhrase(expand(phrase))),
      self: new Set(data.note.self),
    },
    alsoMeans: new Map(Object.entries(data.alsoMeans)),
    ignore: new Set(data.ignore),
  };
}

const compiled = new Map<string, SuggestionWordsData>();

/** The data for a locale (the same language, else en-GB), compiled on first use. */
export function suggestionWordsData(locale: string): SuggestionWordsData {
  const resolved = resolveLocale(locale);
  let data = compiled.get(resolved);
  if (!data) {
    data = compile(resolved, FILES[resolved] ?? (FILES['en-GB'] as { words: unknown; groups: unknown }));
    compiled.set(resolved, data);
  }
  return data;
}
