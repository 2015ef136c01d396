// The languages whose needs and interests we understand, and each table compiled once into regular
// expressions.
import { compilePhrase, phraseWords, type CompiledPhrase } from '../../frontEnd/phrase';
import type { InterestId, NeedId } from '../../../domain/needs/taxonomy';
import { enGB } from './en-GB';
import type { LexiconEntry, UnderstandingLexicon } from './types';

export type { LexiconEntry, UnderstandingLexicon } from './types';

export const DEFAULT_LOCALE = 'en-GB';

const LEXICONS: Readonly<Record<string, UnderstandingLexicon>> = { 'en-GB': enGB };

/** Locales with a table of their own. */
export const SUPPORTED_LOCALES: readonly string[] = Object.keys(LEXICONS);

/**
 * The table to use for a locale: the exact tag, else the same language, else en-GB. Patients in a
 * Polish-language session often still write in English, so falling back beats understanding nothing.
 */
export function resolveLocale(locale: string): string {
  const wanted = locale.trim().toLowerCase().replace('_', '-');
  const exact = SUPPORTED_LOCALES.find((tag) => tag.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return SUPPORTED_LOCALES.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? DEFAULT_LOCALE;
}

export interface CompiledEntry<Id extends string> {
  readonly compiled: CompiledPhrase;
  readonly ids: readonly Id[];
  readonly exclusive: boolean;
  /** A match denies the ids (see LexiconEntry.denies); false when absent. */
  readonly denies?: boolean;
}

export interface CompiledLexicon {
  readonly locale: string;
  readonly needs: readonly CompiledEntry<NeedId>[];
  readonly interests: readonly CompiledEntry<InterestId>[];
  readonly attribution: {
    readonly personalNeeds: ReadonlySet<NeedId>;
    readonly otherPerson: readonly CompiledPhrase[];
    readonly otherPersonAfter: readonly CompiledPhrase[];
    readonly self: ReadonlySet<string>;
    readonly boundaries: readonly CompiledPhrase[];
    readonly window: number;
  };
  readonly emphasis: readonly CompiledPhrase[];
}

const compileEntries = <Id extends string>(entries: readonly LexiconEntry<Id>[]): CompiledEntry<Id>[] =>
  entries.map((entry) => ({
    compiled: compilePhrase(entry.phrase),
    ids: entry.ids,
    exclusive: entry.exclusive ?? false,
    denies: entry.denies ?? false,
  }));

export function compileLexicon(lexicon: UnderstandingLexicon): CompiledLexicon {
  return {
    locale: lexicon.locale,
    needs: compileEntries(lexicon.needs),
    interests: compileEntries(lexicon.interests),
    attribution: {
      personalNeeds: new Set(lexicon.attribution.personalNeeds),
      otherPerson: lexicon.attribution.otherPerson.map(compilePhrase),
      otherPersonAfter: lexicon.attribution.otherPersonAfter.map(compilePhrase),
      self: new Set(lexicon.attribution.self),
      boundaries: lexicon.attribution.boundaries.map(compilePhrase),
      window: lexicon.attribution.window,
    },
    emphasis: lexicon.emphasis.map(compilePhrase),
  };
}

const compiledCache = new Map<string, CompiledLexicon>();

export function lexiconFor(locale: string): CompiledLexicon {
  const resolved = resolveLocale(locale);
  let compiled = compiledCache.get(resolved);
  if (!compiled) {
    compiled = compileLexicon(LEXICONS[resolved] ?? enGB);
    compiledCache.set(resolved, compiled);
  }
  return compiled;
}

/** The words the phrases of a locale's table name, for the front end's spelling tolerance. */
export function lexiconWords(locale: string): string[] {
  const lexicon = LEXICONS[resolveLocale(locale)] ?? enGB;
  return [...lexicon.needs, ...lexicon.interests].flatMap((entry) => phraseWords(entry.phrase));
}
