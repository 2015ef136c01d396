// The patient's words as one canonical, space-separated string for the grammar, with a way back from
// any stretch of it to the patient's own text for the evidence.
import { rulesFor } from '../frontEnd/rules';
import type { WhenLexicon } from './lexicon';

interface Token {
  readonly text: string;
  /** Offsets in the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Offset in the canonical text. */
  readonly at: number;
}

export interface CanonicalText {
  readonly original: string;
  readonly text: string;
  readonly tokens: readonly Token[];
}

// Numeric dates and clock times stay one token ("3/12", "10.30"); "2pm" and "11ish" split; a word keeps
// inner apostrophes; any other mark is a token of its own.
const TOKEN_SOURCE =
  "\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[.:]\\d{2}(?![\\d.:/])|\\d{1,2}(?:st|nd|rd|th)(?![a-z])|\\d+|[a-z]+(?:'[a-z]+)*|[^\\s\\w]";

const tokenPatterns = new WeakMap<WhenLexicon, RegExp>();

/** Text-speak spellings with digits in them ("2moro", "b4") are words of their own, tried first. */
function tokenPattern(lexicon: WhenLexicon): RegExp {
  const known = tokenPatterns.get(lexicon);
  if (known) return known;
  const digitWords = [...lexicon.canonical.keys()]
    .filter((word) => /\d/.test(word) && /[a-z]/.test(word))
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  const source =
    digitWords.length > 0 ? `(?:${digitWords.join('|')})(?![a-z0-9])|${TOKEN_SOURCE}` : TOKEN_SOURCE;
  const pattern = new RegExp(source, 'g');
  tokenPatterns.set(lexicon, pattern);
  return pattern;
}

/** Rewrites that keep every offset: curly quotes, dotted a.m. and p.m. */
function sameLength(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/\b([ap])\.m\.?/g, (whole: string, letter: string) => `${letter}m`.padEnd(whole.length, ' '));
}

const WORD = /^[a-z]+(?:'[a-z]+)*$/;

/**
 * The shared front end's rewrites of a whole word (contractions, text-speak, misspellings, American
 * spellings): "im" → "i am", "wkend" → "weekend". The when words' own spellings come first.
 */
function frontEndWord(word: string, lexicon: WhenLexicon): string {
  const own = lexicon.canonical.get(word);
  if (own !== undefined || !WORD.test(word)) return own ?? word;
  return rulesFor('en-GB').words.get(word) ?? word;
}

export function canonicalText(original: string, lexicon: WhenLexicon): CanonicalText {
  const lower = sameLength(original);
  const tokens: Token[] = [];
  let at = 0;
  for (const match of lower.matchAll(tokenPattern(lexicon))) {
    const word = frontEndWord(match[0], lexicon);
    tokens.push({ text: word, start: match.index, end: match.index + match[0].length, at });
    at += word.length + 1;
  }
  return { original, text: tokens.map((token) => token.text).join(' '), tokens };
}

/** The original offsets of a stretch of canonical text. */
export function originalSpan(
  text: CanonicalText,
  start: number,
  end: number,
): { start: number; end: number } {
  const inside = text.tokens.filter((token) => token.at < end && token.at + token.text.length > start);
  const first = inside[0];
  const last = inside.at(-1);
  return first && last ? { start: first.start, end: last.end } : { start: 0, end: 0 };
}
