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

/** Whether the answer is, word for word, one of the phrases. */
export function saysOneOf(text: string, phrases: readonly string[], locale?: string): boolean {
  const said = plainWords(text, locale);
  return said !== '' && phrases.some((phrase) => plainWords(phrase, locale) === said);
}
