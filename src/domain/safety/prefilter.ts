// What a rule needs in the text before its expression can match at all, worked out once from the
// expression's own source: literal strings, one of which every match contains, each showing where a
// word starts (" kill myself"). The scan indexes rules by the first letters of such a word (keyOf) and
// tries a rule's expression only on a text that has one of its words: looking words up in a map is far
// cheaper than running hundreds of expressions that fail, so a message pays for the few rules whose
// words it has.
//
// The analysis never guesses. Anything it does not fully understand (a character class, ".", \w, a
// back-reference, a Unicode property) counts as "could be anything", which only makes the list less
// selective; a rule with no such list is always tried. So the prefilter changes how fast a rule is
// tried, never what it matches.

/** Strings one of which every match contains; undefined: no such list is known. */
export type Needs = readonly string[] | undefined;

interface Info {
  /** Every string the part can match, when there are few enough; undefined otherwise. */
  exact: ReadonlySet<string> | undefined;
  /**
   * Strings one of which the text holds wherever the part matches (the space known to come just
   * before the part may lead them); undefined when nothing is known.
   */
  needs: ReadonlySet<string> | undefined;
  /** Whether the part may match nothing. */
  canBeEmpty: boolean;
  /** Whether every match of the part that is not empty ends with a space. */
  spaceEnd: boolean;
}

/** Past this many strings, a set of exact matches is given up (sequences multiply them). */
const MAX_EXACT = 64;
/**
 * Past this many strings, a list of needs is given up. Only the scan's index holds them (by the first
 * letters of a word, keyOf), so a long list costs nothing per message.
 */
const MAX_NEEDS = 1024;
/** A need shorter than this is found in almost any message and saves nothing. */
const MIN_NEED_LENGTH = 3;

// "May be empty" is the safe guess: it never makes a space be assumed before what follows.
const UNKNOWN: Info = { exact: undefined, needs: undefined, canBeEmpty: true, spaceEnd: false };
const EMPTY: Info = { exact: new Set(['']), needs: undefined, canBeEmpty: true, spaceEnd: true };

class Unsupported extends Error {}

/**
 * How good a list of needs is: best when every need starts a word the scan can look up (keyOf), then
 * by its shortest string (longer is rarer), fewer strings breaking ties.
 */
function strength(needs: ReadonlySet<string> | undefined): number {
  if (!needs || needs.size === 0 || needs.size > MAX_NEEDS) return -1;
  let known = strengths.get(needs);
  if (known === undefined) {
    let shortest = Infinity;
    let keyed = true;
    for (const need of needs) {
      shortest = Math.min(shortest, need.length);
      if (keyed && keyOf(need) === undefined) keyed = false;
    }
    known = (keyed ? 1_000_000 : 0) + shortest * 1000 - needs.size;
    strengths.set(needs, known);
  }
  return known;
}
const strengths = new WeakMap<ReadonlySet<string>, number>();

/** How many letters of a word the scan's index looks words up by. */
export const KEY_LENGTH = 3;

/**
 * The first letters of a word that a text holding `need` must have, when the need shows where a word
 * starts (after a space) and that word has at least KEY_LENGTH letters: " kill myself" → "kil".
 * Words in the texts the rules read are separated by single spaces (normalise.ts).
 */
export function keyOf(need: string): string | undefined {
  const parts = need.split(' ');
  for (let i = 1; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    if (part.length >= KEY_LENGTH) return part.slice(0, KEY_LENGTH);
  }
  return undefined;
}

/** The keys (keyOf) one of which a text must have for the rule to match, or undefined: always try it. */
export function keysOf(needs: Needs): readonly string[] | undefined {
  if (!needs) return undefined;
  const keys = new Set<string>();
  for (const need of needs) {
    const key = keyOf(need);
    if (key === undefined) return undefined;
    keys.add(key);
  }
  return [...keys];
}

/** The keys of the words of a text (its words' first KEY_LENGTH letters). */
export function keysIn(text: string): Set<string> {
  const keys = new Set<string>();
  for (const word of text.split(' ')) if (word.length >= KEY_LENGTH) keys.add(word.slice(0, KEY_LENGTH));
  return keys;
}

/** A set of exact strings as needs, after what is known to come before: only when none is empty. */
function needsOfExact(exact: ReadonlySet<string> | undefined, before = ''): ReadonlySet<string> | undefined {
  if (!exact) return undefined;
  const needs = new Set<string>();
  for (const text of exact) {
    if (before + text === '') return undefined;
    needs.add(before + text);
  }
  return needs;
}

function better(
  a: ReadonlySet<string> | undefined,
  b: ReadonlySet<string> | undefined,
): ReadonlySet<string> | undefined {
  return strength(b) > strength(a) ? b : a;
}

/**
 * Parts read one after another. `afterSpace` says whether a space is known to come just before the
 * first part; from there on, whether one comes before the next part follows from the parts read.
 */
class Sequence {
  private current: Set<string> | undefined = new Set(['']);
  /** A space known to come just before the strings of `current`. */
  private before: string;
  private allExact = true;
  private best: ReadonlySet<string> | undefined;
  private canBeEmpty = true;
  private spaceEnd = true;
  /** Whether a space is known to come just before the next part. */
  afterSpace: boolean;

  constructor(afterSpace: boolean) {
    this.afterSpace = afterSpace;
    this.before = afterSpace ? ' ' : '';
  }

  add(part: Info): void {
    const spaceBefore = this.afterSpace;
    this.afterSpace = part.canBeEmpty ? this.afterSpace && part.spaceEnd : part.spaceEnd;
    this.spaceEnd = part.canBeEmpty ? this.spaceEnd && part.spaceEnd : part.spaceEnd;
    this.canBeEmpty = this.canBeEmpty && part.canBeEmpty;
    this.best = better(this.best, part.needs);
    const { current } = this;
    if (part.exact && current && current.size * part.exact.size <= MAX_EXACT) {
      const next = new Set<string>();
      for (const left of current) for (const right of part.exact) next.add(left + right);
      this.current = next;
      return;
    }
    this.allExact = false;
    this.best = better(this.best, needsOfExact(current, this.before));
    if (part.exact && part.exact.size <= MAX_EXACT) {
      this.current = new Set(part.exact);
      this.before = spaceBefore ? ' ' : '';
    } else {
      this.current = new Set(['']);
      this.before = this.afterSpace ? ' ' : '';
    }
  }

  info(): Info {
    const needs = better(this.best, needsOfExact(this.current, this.before));
    return {
      exact: this.allExact ? this.current : undefined,
      needs,
      canBeEmpty: this.canBeEmpty,
      spaceEnd: this.spaceEnd,
    };
  }
}

function alternatives(options: readonly Info[]): Info {
  let exact: Set<string> | undefined = new Set();
  let needs: Set<string> | undefined = new Set();
  for (const option of options) {
    if (exact && option.exact && exact.size + option.exact.size <= MAX_EXACT)
      for (const text of option.exact) exact.add(text);
    else exact = undefined;
    const own = option.needs ?? needsOfExact(option.exact);
    if (needs && own) for (const text of own) needs.add(text);
    else needs = undefined;
  }
  return {
    exact,
    needs: needs ?? needsOfExact(exact),
    canBeEmpty: options.some((option) => option.canBeEmpty),
    spaceEnd: options.every((option) => option.spaceEnd),
  };
}

const literals = new Map<string, Info>();
/** One character, matched as itself (the same object for the same character: nothing changes it). */
function literal(text: string): Info {
  let info = literals.get(text);
  if (!info) {
    info = { exact: new Set([text]), needs: undefined, canBeEmpty: false, spaceEnd: text === ' ' };
    literals.set(text, info);
  }
  return info;
}

/** Reads an expression's source (flags "u", no "i") into what it needs. */
class Reader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Info {
    const info = this.disjunction(false);
    if (this.at !== this.source.length) throw new Unsupported();
    return info;
  }

  private disjunction(afterSpace: boolean): Info {
    const options = [this.alternative(afterSpace)];
    while (this.source[this.at] === '|') {
      this.at += 1;
      options.push(this.alternative(afterSpace));
    }
    return options.length === 1 ? (options[0] as Info) : alternatives(options);
  }

  private alternative(afterSpace: boolean): Info {
    const sequence = new Sequence(afterSpace);
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      sequence.add(this.quantified(this.atom(sequence.afterSpace)));
    }
    return sequence.info();
  }

  private quantified(atom: Info): Info {
    const char = this.source[this.at];
    let min: number;
    let max: number;
    if (char === '?' || char === '*' || char === '+') {
      this.at += 1;
      min = char === '+' ? 1 : 0;
      max = char === '?' ? 1 : Infinity;
    } else if (char === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unsupported();
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    if (this.source[this.at] === '?') this.at += 1; // lazy: the same strings
    if (min === 1 && max === 1) return atom;
    if (min === 0) {
      const exact = max === 1 && atom.exact ? new Set([...atom.exact, '']) : undefined;
      return { exact, needs: undefined, canBeEmpty: true, spaceEnd: atom.spaceEnd };
    }
    // At least once: what the first time needs, the whole needs.
    return {
      exact: undefined,
      needs: atom.needs ?? needsOfExact(atom.exact),
      canBeEmpty: atom.canBeEmpty,
      spaceEnd: atom.spaceEnd,
    };
  }

  private atom(afterSpace: boolean): Info {
    const char = this.source[this.at];
    if (char === undefined) throw new Unsupported();
    if (char === '(') return this.group(afterSpace);
    if (char === '[') {
      this.skipClass();
      return UNKNOWN;
    }
    if (char === '\\') return this.escape();
    if (char === '.') {
      this.at += 1;
      return UNKNOWN;
    }
    if (char === '^' || char === '$') {
      this.at += 1;
      return EMPTY;
    }
    if ('*+?{}|)]'.includes(char)) throw new Unsupported();
    // One code point: with the "u" flag a surrogate pair is one character.
    const codePoint = this.source.codePointAt(this.at) ?? 0;
    const text = String.fromCodePoint(codePoint);
    this.at += text.length;
    return literal(text);
  }

  private group(afterSpace: boolean): Info {
    const rest = this.source.slice(this.at);
    const lookaround = /^\((\?<?[=!])/.exec(rest);
    if (lookaround) this.at += lookaround[0].length;
    else if (rest.startsWith('(?:')) this.at += 3;
    else if (rest.startsWith('(?<')) {
      const name = /^\(\?<[A-Za-z_$][\w$]*>/.exec(rest);
      if (!name) throw new Unsupported();
      this.at += name[0].length;
    } else if (rest.startsWith('(?')) throw new Unsupported();
    else this.at += 1;
    // A look-around reads from where it stands, but matches no characters of its own.
    const inner = this.disjunction(lookaround ? false : afterSpace);
    if (this.source[this.at] !== ')') throw new Unsupported();
    this.at += 1;
    // A capture that is referred to back later is handled where the back-reference is (as unknown).
    return lookaround ? EMPTY : inner;
  }

  private skipClass(): void {
    this.at += 1;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      this.at += this.source[this.at] === '\\' ? 2 : 1;
    }
    if (this.source[this.at] !== ']') throw new Unsupported();
    this.at += 1;
  }

  private escape(): Info {
    const next = this.source[this.at + 1];
    if (next === undefined) throw new Unsupported();
    // Assertions of no width.
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return EMPTY;
    }
    // Unicode properties and code points: \p{L}, \u{1F600}, \u00e9.
    if (next === 'p' || next === 'P' || next === 'u' || next === 'x' || next === 'k' || next === 'c') {
      this.at += 2;
      if (this.source[this.at] === '{' || this.source[this.at] === '<') {
        const close = this.source.indexOf(this.source[this.at] === '{' ? '}' : '>', this.at);
        if (close < 0) throw new Unsupported();
        this.at = close + 1;
      } else if (next === 'u') this.at += 4;
      else if (next === 'x') this.at += 2;
      else if (next === 'c') this.at += 1;
      return UNKNOWN;
    }
    this.at += 2;
    // A character set (\w, \s, \d...), a control character or a back-reference: could be anything.
    if (/[A-Za-z0-9]/.test(next)) return UNKNOWN;
    // An escaped mark stands for itself.
    return literal(next);
  }
}

/**
 * What an expression's matches need, from its source (read with the "u" flag and without "i"):
 * literal strings one of which every match contains, or undefined when no useful list is known.
 */
export function needsOf(source: string): Needs {
  let info: Info;
  try {
    info = new Reader(source).read();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const needs = info.needs ?? needsOfExact(info.exact);
  if (!needs || needs.size > MAX_NEEDS) return undefined;
  for (const need of needs) if (need.length < MIN_NEED_LENGTH) return undefined;
  // Keep only the shortest of needs that contain one another: "kill" covers "killing".
  const kept: string[] = [];
  for (const need of [...needs].sort((a, b) => a.length - b.length)) {
    if (!kept.some((shorter) => need.includes(shorter))) kept.push(need);
  }
  return kept;
}
