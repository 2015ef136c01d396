// Turns what a patient typed into a canonical lower-case word sequence that phrase patterns can match,
// while keeping, for every canonical word, where it came from in the original text so the evidence we
// report is the patient's own words. Language specifics come in as data (NormalisationRules).

export interface NormalisationRules {
  /** Whole-word replacements applied after lower-casing: text-speak, contractions, known misspellings. */
  readonly words: Readonly<Record<string, string>>;
  /** Suffix rewrites tried when no whole-word replacement applies, e.g. ["n't", " not"]. */
  readonly suffixes: readonly (readonly [suffix: string, replacement: string])[];
  /** Words ending like this may have lost a final letter ("strugglin"); restored when the vocabulary knows the word. */
  readonly droppedEndings?: readonly (readonly [ending: string, restored: string])[];
}

/** A vocabulary for spelling tolerance: words we know, and the words a typo may be corrected to. */
export interface SpellingVocabulary {
  readonly known: ReadonlySet<string>;
  readonly targets: readonly string[];
}

export interface NormalisedToken {
  /** Canonical form, lower case. A punctuation token is its character. */
  readonly text: string;
  readonly punctuation: boolean;
  /** Offsets into the original text of the word this came from (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Offset of this token in the canonical text. */
  readonly at: number;
}

export interface NormalisedText {
  readonly original: string;
  /** Tokens joined by single spaces. */
  readonly text: string;
  readonly tokens: readonly NormalisedToken[];
}

// Words keep inner apostrophes and digits ("can't", "m8", "ls6"); a hyphen between letters splits words
// rather than ending a clause; every other mark is a token of its own.
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const PUNCTUATION = /^[^\p{L}\p{N}]$/u;

interface RawToken {
  text: string;
  start: number;
  end: number;
}

function rawTokens(original: string): RawToken[] {
  const tokens: RawToken[] = [];
  for (const match of original.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens.filter((token, i) => {
    // "pre-diabetic", "sofa-surfing": the hyphen joins two words and carries no meaning for us.
    if (token.text !== '-') return true;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    return !(before && after && before.end === token.start && after.start === token.end);
  });
}

function rewriteWord(word: string, rules: NormalisationRules, vocabulary?: SpellingVocabulary): string {
  const direct = rules.words[word];
  if (direct !== undefined) return direct;
  for (const [suffix, replacement] of rules.suffixes) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      return `${rules.words[stem] ?? stem}${replacement}`;
    }
  }
  if (vocabulary) {
    if (vocabulary.known.has(word)) return word;
    for (const [ending, restored] of rules.droppedEndings ?? []) {
      if (word.endsWith(ending)) {
        const candidate = word.slice(0, -ending.length) + restored;
        if (vocabulary.known.has(candidate)) return candidate;
      }
    }
    return correctSpelling(word, vocabulary) ?? word;
  }
  return word;
}

/**
 * Restores a word typed with one letter missing, doubled or swapped ("lonley", "anxous", "stresssed").
 * Substitutions are not tried: they turn real words into other real words ("lovely" → "lonely").
 */
export function correctSpelling(word: string, vocabulary: SpellingVocabulary): string | undefined {
  if (word.length < 5 || !/^\p{L}+$/u.test(word) || vocabulary.known.has(word)) return undefined;
  let found: string | undefined;
  for (const target of vocabulary.targets) {
    if (target[0] !== word[0] || Math.abs(target.length - word.length) > 1) continue;
    if (oneEditWithoutSubstitution(word, target)) {
      if (found !== undefined && found !== target) return undefined;
      found = target;
    }
  }
  return found;
}

function oneEditWithoutSubstitution(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    // One adjacent transposition.
    let i = 0;
    while (i < a.length && a[i] === b[i]) i += 1;
    return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i += 1;
  return shorter.slice(i) === longer.slice(i + 1);
}

/** Lower-cases, unifies apostrophes and rewrites each word by the rules, keeping original offsets. */
export function normalise(
  original: string,
  rules: NormalisationRules,
  vocabulary?: SpellingVocabulary,
): NormalisedText {
  const tokens: NormalisedToken[] = [];
  let at = 0;
  const push = (text: string, punctuation: boolean, raw: RawToken): void => {
    tokens.push({ text, punctuation, start: raw.start, end: raw.end, at });
    at += text.length + 1;
  };
  for (const raw of rawTokens(original)) {
    const lower = raw.text.toLowerCase().replace(/’/g, "'");
    if (PUNCTUATION.test(lower)) {
      const replaced = rules.words[lower];
      if (replaced === undefined) push(lower, true, raw);
      else for (const word of replaced.split(' ').filter(Boolean)) push(word, false, raw);
      continue;
    }
    for (const word of rewriteWord(lower, rules, vocabulary).split(' ').filter(Boolean)) {
      push(word, false, raw);
    }
  }
  return { original, text: tokens.map((token) => token.text).join(' '), tokens };
}

/** The index of the token that starts at, or contains, an offset of the canonical text. */
export function tokenIndexAt(normalised: NormalisedText, offset: number): number {
  const { tokens } = normalised;
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((tokens[mid] as NormalisedToken).at <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The original text covered by tokens first..last (inclusive). */
export function originalSpan(normalised: NormalisedText, first: number, last: number): Span {
  const from = normalised.tokens[first];
  const to = normalised.tokens[last];
  if (!from || !to) return { start: 0, end: 0, text: '' };
  return { start: from.start, end: to.end, text: normalised.original.slice(from.start, to.end) };
}
