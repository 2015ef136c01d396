// A short answer as plain canonical words, for comparing it with a list of words ("skip", "done",
// "more 1"): lower case, contractions expanded and typos corrected by the front end, punctuation and
// "please" dropped. Both sides of a comparison go through it, so "Don't want to!" meets "do not want to".
import { analyse } from './frontEnd';

const POLITE: ReadonlySet<string> = new Set(['please', 'pls', 'plz']);

export function plainWords(text: string, locale?: string): string {
  return analyse(text.slice(0, 500), locale)
    .tokens.filter((token) => !token.punctuation && !POLITE.has(token.text))
    .map((token) => token.text)
    .join(' ');
}

/** How many fixed phrases plainPhrase keeps; past it, it starts again (they are few: button labels, word lists). */
const PHRASE_LIMIT = 2000;
const phrases = new Map<string, string>();

/**
 * plainWords of a fixed phrase (a button's label, a catalogue's list of words; never what someone
 * typed), worked out once: a list is compared with every answer, and reading each of its phrases again
 * on every turn cost as much as reading the answer itself.
 */
export function plainPhrase(phrase: string, locale?: string): string {
  const key = `${locale ?? ''}\u0000${phrase}`;
  let plain = phrases.get(key);
  if (plain === undefined) {
    plain = plainWords(phrase, locale);
    if (phrases.size >= PHRASE_LIMIT) phrases.clear();
    phrases.set(key, plain);
  }
  return plain;
}

/** Whether the answer is, word for word, one of the phrases. */
export function saysOneOf(text: string, phrases: readonly string[], locale?: string): boolean {
  const said = plainWords(text, locale);
  return said !== '' && phrases.some((phrase) => plainPhrase(phrase, locale) === said);
}
