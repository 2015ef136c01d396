// Reply tables by locale, compiled once.
import { compilePhrase, type CompiledPhrase } from '../frontEnd/phrase';
import { repliesEnGB } from './en-GB';
import type { ReplyLexicon } from './types';

export type { ReplyLexicon } from './types';

export const DEFAULT_REPLY_LOCALE = 'en-GB';

const TABLES: Readonly<Record<string, ReplyLexicon>> = { 'en-GB': repliesEnGB };

/** Exact tag, else the same language, else en-GB (answers in a Welsh session may well be English). */
export function repliesFor(locale: string): ReplyLexicon {
  const wanted = locale.trim().toLowerCase().replace('_', '-');
  const tags = Object.keys(TABLES);
  const tag =
    tags.find((candidate) => candidate.toLowerCase() === wanted) ??
    tags.find((candidate) => candidate.toLowerCase().split('-')[0] === wanted.split('-')[0]) ??
    DEFAULT_REPLY_LOCALE;
  return TABLES[tag] ?? repliesEnGB;
}

const cache = new Map<string, CompiledPhrase[]>();

/** Compiled phrases, cached by their source so each list is compiled once per process. */
export function compiled(phrases: readonly string[]): CompiledPhrase[] {
  const key = phrases.join('\u0000');
  let found = cache.get(key);
  if (!found) {
    found = phrases.map(compilePhrase);
    cache.set(key, found);
  }
  return found;
}
