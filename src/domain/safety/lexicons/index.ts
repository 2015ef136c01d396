import { compileLexicon, type CompiledLexicon } from '../engine';
import type { SafetyLexicon } from '../lexicon';
import { enGB } from './en-GB/index';
import { pl } from './pl';

// Adding a language is adding its table here. Every lexicon is compiled once, when this module loads,
// so an invalid pattern fails at start-up rather than on a patient's message.

export const FALLBACK_LOCALE = 'en-GB';

const LEXICONS: readonly SafetyLexicon[] = [enGB, pl];

const COMPILED: ReadonlyMap<string, CompiledLexicon> = new Map(
  LEXICONS.map((lexicon) => [lexicon.tag.toLowerCase(), compileLexicon(lexicon)]),
);

const FALLBACK = COMPILED.get(FALLBACK_LOCALE.toLowerCase()) as CompiledLexicon;

/** Tags of the shipped lexicons, for tests and the evaluation script. */
export const SAFETY_LOCALES: readonly string[] = LEXICONS.map((lexicon) => lexicon.tag);

/**
 * The lexicons to run for a conversation's locale: its own (by full tag, then by language), then en-GB.
 * en-GB always runs, because patients switch to English mid-conversation and a missed crisis costs more
 * than a second scan.
 */
export function lexiconsFor(locale: string | undefined): readonly CompiledLexicon[] {
  if (!locale) return [FALLBACK];
  const tag = locale.trim().toLowerCase().replace(/_/g, '-');
  const own = COMPILED.get(tag) ?? COMPILED.get(tag.split('-')[0] ?? '');
  return own && own !== FALLBACK ? [own, FALLBACK] : [FALLBACK];
}
