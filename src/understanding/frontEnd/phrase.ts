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

/** Words one of which every match contains: a message without any of them cannot match. */
export interface Anchors {
  readonly words: readonly string[];
  readonly prefixes: readonly string[];
}

export interface CompiledPhrase {
  readonly phrase: string;
  readonly regex: RegExp;
  /** Absent when the phrase has no word it always needs (then it is always tried). */
  readonly anchors?: Anchors;
}

/** The elements of a sequence, as written: a word, a group's inside, or a gap; and whether optional. */
function elementsOf(source: string): { kind: 'word' | 'group' | 'gap'; text: string; optional: boolean }[] {
  const elements: { kind: 'word' | 'group' | 'gap'; text: string; optional: boolean }[] = [];
  let i = 0;
  while (i < source.length) {
    if (source[i] === ' ') {
      i += 1;
      continue;
    }
    let kind: 'word' | 'group' | 'gap';
    let text: string;
    if (source[i] === '(') {
      let depth = 0;
      const open = i;
      for (; i < source.length; i += 1) {
        if (source[i] === '(') depth += 1;
        if (source[i] === ')') depth -= 1;
        if (depth === 0) break;
      }
      kind = 'group';
      text = source.slice(open + 1, i);
      i += 1;
    } else if (source[i] === '~') {
      kind = 'gap';
      text = /^~\d*/.exec(source.slice(i))?.[0] ?? '~';
      i += text.length;
    } else {
      kind = 'word';
      text = /^[^\s()|?]+/.exec(source.slice(i))?.[0] ?? source.charAt(i);
      i += text.length;
    }
    const optional = source[i] === '?';
    if (optional) i += 1;
    elements.push({ kind, text, optional });
  }
  return elements;
}

/**
 * Words so common that a phrase anchored on them would be tried on nearly every message. A phrase
 * that also needs a rarer word is anchored on that instead: "what (can|do) you offer" is tried only
 * when "offer" is there. Which words anchor a phrase changes how fast, never what, it matches.
 */
// prettier-ignore
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'i', 'a', 'an', 'the', 'to', 'is', 'it', 'my', 'me', 'you', 'do', 'not', 'what', 'how', 'can',
  'could', 'will', 'would', 'am', 'are', 'be', 'have', 'and', 'of', 'in', 'on', 'for', 'that', 'this',
]);

/** How often a phrase anchored this way would be tried, roughly: common words cost far more. */
const anchorCost = (anchors: Anchors): number =>
  anchors.words.reduce((cost, word) => cost + (COMMON_WORDS.has(word) ? 100 : 1), 0) +
  anchors.prefixes.reduce((cost, prefix) => cost + (prefix.length < 4 ? 50 : 2), 0);

/**
 * Words one of which every match of the phrase contains: those of one element the phrase always
 * needs, the least common such element.
 */
function anchorsOf(source: string): Anchors | undefined {
  let best: Anchors | undefined;
  for (const element of elementsOf(source)) {
    if (element.optional || element.kind === 'gap') continue;
    let anchors: Anchors | undefined;
    if (element.kind === 'word') {
      anchors = element.text.endsWith('*')
        ? { words: [], prefixes: [element.text.slice(0, -1)] }
        : { words: [element.text], prefixes: [] };
    } else {
      const alternatives = splitTopLevel(element.text).map(anchorsOf);
      // An alternative with no word it needs may match nothing: look further along.
      if (alternatives.some((found) => found === undefined)) continue;
      anchors = {
        words: alternatives.flatMap((found) => found?.words ?? []),
        prefixes: alternatives.flatMap((found) => found?.prefixes ?? []),
      };
    }
    if (!best || anchorCost(anchors) < anchorCost(best)) best = anchors;
  }
  return best;
}

/**
 * Puts a data file's word groups into a phrase: {name} is the group as written, and {name's} the same
 * words as a possessive typed without its apostrophe ("my mums funeral"), which stays one word.
 */
export function expandWordGroups(
  phrase: string,
  groups: Readonly<Record<string, string>>,
  unknown: (name: string) => Error,
): string {
  return phrase.replace(/\{(\w+)('s)?\}/g, (_, name: string, owner: string | undefined) => {
    const group = groups[name];
    if (group === undefined) throw unknown(name);
    if (!owner) return group;
    const words = group.replace(/^\(|\)$/g, '').split('|');
    return `(${words.map((word) => `${word}s`).join('|')})`;
  });
}

export function compilePhrase(phrase: string): CompiledPhrase {
  const source = phrase.trim().toLowerCase();
  const body = compileSequence(phrase, source);
  const anchors = anchorsOf(source);
  return { phrase, regex: new RegExp(`${body}(?= )`, 'gu'), ...(anchors ? { anchors } : {}) };
}

/** Which phrases of a list a message's words could match, found by word rather than phrase by phrase. */
export interface PhraseIndex {
  /** Phrases that need one of their anchor words: by each of those words. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** Phrases with no anchor, or with a prefix anchor: always looked at. */
  readonly always: readonly number[];
}

export function indexPhrases(phrases: readonly CompiledPhrase[]): PhraseIndex {
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  phrases.forEach(({ anchors }, index) => {
    if (!anchors || anchors.prefixes.length > 0) {
      always.push(index);
      return;
    }
    for (const word of anchors.words) {
      const list = byWord.get(word);
      if (!list) byWord.set(word, [index]);
      else if (list.at(-1) !== index) list.push(index);
    }
  });
  return { byWord, always };
}

/**
 * The positions, in list order, of the phrases a message with these words could match: the others
 * would fail mayMatch. Long lists cost a look-up per word of the message, not a test per phrase.
 */
export function phraseCandidates(index: PhraseIndex, words: ReadonlySet<string>): number[] {
  const found = new Set(index.always);
  for (const word of words) for (const at of index.byWord.get(word) ?? []) found.add(at);
  return [...found].sort((a, b) => a - b);
}

/** Whether a message with these words could match the phrase at all (a cheap test before the regex). */
export function mayMatch(compiled: CompiledPhrase, words: ReadonlySet<string>): boolean {
  const { anchors } = compiled;
  if (!anchors) return true;
  if (anchors.words.some((word) => words.has(word))) return true;
  if (anchors.prefixes.length === 0) return false;
  for (const word of words) if (anchors.prefixes.some((prefix) => word.startsWith(prefix))) return true;
  return false;
}

export interface PhraseMatch {
  /** Offsets in the canonical text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

// The text with a space at each end, as phrases match it: the last one made, since one message is
// tried against many phrases in a row.
let lastCanonical = '';
let lastSubject = '  ';

/** Every match of a phrase in canonical text (tokens separated by single spaces). */
export function matchPhrase(compiled: CompiledPhrase, canonical: string): PhraseMatch[] {
  if (canonical !== lastCanonical) {
    lastCanonical = canonical;
    lastSubject = ` ${canonical} `;
  }
  const subject = lastSubject;
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
