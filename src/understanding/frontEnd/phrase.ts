// A small phrase language for lexicon tables, so a translator edits words rather than regular
// expressions. Phrases match whole canonical words (see analyse.ts):
//   words separated by spaces          can not afford
//   (a|b c) alternatives               (mum|my mother)
//   ? after a word or group: optional  (really|very)? lonely
//   * at the end of a word: a prefix   lonel*
//   ~ or ~N: up to 3 (or N) any words  look after ~2 (mum|dad)

export class PhraseSyntaxError extends Error {
  readonly code = 'PHRASE_SYNTAX';
  constructor(phrase: string, detail: string) {
    super(`Bad phrase "${phrase}": ${detail}`);
    this.name = 'PhraseSyntaxError';
  }
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Every compiled element starts with the space that separates it from what comes before, so that
// optional elements and alternatives keep word boundaries without special cases.
function compileSequence(phrase: string, source: string): string {
  let out = '';
  let i = 0;
  const skipSpaces = (): void => {
    while (source[i] === ' ') i += 1;
  };
  skipSpaces();
  if (i >= source.length) throw new PhraseSyntaxError(phrase, 'empty phrase or alternative');
  while (i < source.length) {
    let element: string;
    if (source[i] === '(') {
      let depth = 0;
      const open = i;
      for (; i < source.length; i += 1) {
        if (source[i] === '(') depth += 1;
        if (source[i] === ')') depth -= 1;
        if (depth === 0) break;
      }
      if (depth !== 0) throw new PhraseSyntaxError(phrase, 'unbalanced parentheses');
      const inner = source.slice(open + 1, i);
      i += 1;
      element = `(?:${splitTopLevel(inner)
        .map((alternative) => compileSequence(phrase, alternative))
        .join('|')})`;
    } else if (source[i] === '~') {
      i += 1;
      const digits = /^\d+/.exec(source.slice(i))?.[0] ?? '';
      i += digits.length;
      element = `(?: \\S+){0,${digits === '' ? 3 : Number(digits)}}`;
      if (out === '') throw new PhraseSyntaxError(phrase, 'a gap cannot start a phrase');
    } else {
      const word = /^[^\s()|?]+/.exec(source.slice(i))?.[0];
      if (!word) throw new PhraseSyntaxError(phrase, `unexpected "${source[i]}"`);
      i += word.length;
      element = word.endsWith('*') ? `(?: ${escape(word.slice(0, -1))}\\S*)` : `(?: ${escape(word)})`;
    }
    if (source[i] === '?') {
      i += 1;
      element = `(?:${element})?`;
    }
    out += element;
    if (i < source.length && source[i] !== ' ')
      throw new PhraseSyntaxError(phrase, `unexpected "${source[i]}"`);
    skipSpaces();
  }
  return out;
}

function splitTopLevel(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i += 1) {
    if (inner[i] === '(') depth += 1;
    else if (inner[i] === ')') depth -= 1;
    else if (inner[i] === '|' && depth === 0) {
      parts.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(inner.slice(from));
  return parts;
}

export interface CompiledPhrase {
  readonly phrase: string;
  readonly regex: RegExp;
}

export function compilePhrase(phrase: string): CompiledPhrase {
  const body = compileSequence(phrase, phrase.trim().toLowerCase());
  return { phrase, regex: new RegExp(`${body}(?= )`, 'gu') };
}

export interface PhraseMatch {
  /** Offsets in the canonical text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Every match of a phrase in canonical text (tokens separated by single spaces). */
export function matchPhrase(compiled: CompiledPhrase, canonical: string): PhraseMatch[] {
  const subject = ` ${canonical} `;
  const matches: PhraseMatch[] = [];
  const { regex } = compiled;
  regex.lastIndex = 0;
  for (let found = regex.exec(subject); found; found = regex.exec(subject)) {
    if (found[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    // The match starts with the separating space: in canonical text that is where the first word starts.
    matches.push({ start: found.index, end: found.index + found[0].length - 1 });
    // Allow a later match to start inside this one (e.g. overlapping evidence for another reading).
    regex.lastIndex = found.index + 1;
  }
  return matches;
}

/** The literal words a phrase can match (prefix words without their "*"), for spelling tolerance. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s()|?]+/)
    .filter((word) => word !== '' && !word.startsWith('~'))
    .map((word) => (word.endsWith('*') ? '' : word))
    .filter((word) => /^[\p{L}']+$/u.test(word));
}
