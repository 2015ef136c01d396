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
//
// The source is read by regjsparser, a parser of ECMAScript expressions, into a tree of parts.

import { parse, type RootNode } from 'regjsparser';

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

/**
 * How good a list of needs is: best when every need starts a word the scan can look up (keyOf), then
 * when none of those words is one of the commonest (" and all my" is in half of all messages, " pills"
 * in few), then by its shortest string (longer is rarer), fewer strings breaking ties.
 */
function strength(needs: ReadonlySet<string> | undefined): number {
  if (!needs || needs.size === 0 || needs.size > MAX_NEEDS) return -1;
  let known = strengths.get(needs);
  if (known === undefined) {
    let shortest = Infinity;
    let keyed = true;
    let rare = true;
    for (const need of needs) {
      shortest = Math.min(shortest, need.length);
      const key = keyed ? keyOf(need) : undefined;
      if (key === undefined) keyed = false;
      else if (COMMON_KEYS.has(key)) rare = false;
    }
    known = (keyed ? 1_000_000 : 0) + (keyed && rare ? 500_000 : 0) + shortest * 1000 - needs.size;
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
  let first: string | undefined;
  for (let i = 1; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    if (part.length < KEY_LENGTH) continue;
    const key = part.slice(0, KEY_LENGTH);
    // Any word of the need will do; one of the commonest only when there is nothing else.
    if (!COMMON_KEYS.has(key)) return key;
    first ??= key;
  }
  return first;
}

/**
 * The first letters of the commonest words of messages ("the", "and", "with", "have"): a rule indexed
 * by one of them is tried on most messages, so another word of the same need is used where there is one.
 */
const COMMON_KEYS: ReadonlySet<string> = new Set(
  [
    'the and you for wit hav not but all are was thi tha wha whe her his him she wou cou can get got',
    'jus don did now out one som abo fro lik kno wan bee goi tim our any wil sti ver rea mor hel nee',
    'whi who how wen had has bac day thr int ove aft bef off too als eve ple',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The keys of every word a text holding `need` must have: the first letters of each word the need
 * shows the start of (" kill myself" → "kil", "mys"). A text whose keys (keysIn) lack one of them
 * cannot hold the need.
 */
export function wordKeysOf(need: string): readonly string[] {
  const keys = new Set<string>();
  const parts = need.split(' ');
  for (let i = 1; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    if (part.length >= KEY_LENGTH) keys.add(part.slice(0, KEY_LENGTH));
  }
  return [...keys];
}

/**
 * Which of a list of expressions a text's words allow, each expression known by its needs. A need is
 * met only by a text with every word key it has (wordKeysOf), which skips far more than one key
 * would: " sat on the edge" is in few messages, though " sat" is in many. Each expression keeps only
 * its smallest sets of keys (a need whose keys include another's adds nothing), and each set is filed
 * under its key that the fewest sets have, so a text's common words lead to few sets to check.
 */
export interface NeedIndex {
  readonly size: number;
  /** Expressions whose needs are not known (or have no key): tried on every text. */
  readonly always: readonly number[];
  /** Each key's number; the arrays below are flat, by number, as allowedBy runs on every message. */
  readonly keyIds: ReadonlyMap<string, number>;
  /** The sets filed under key k are entries firstEntry[k] to firstEntry[k + 1] - 1. */
  readonly firstEntry: Int32Array;
  /** Each entry's expression. */
  readonly entryItem: Int32Array;
  /** Each entry's other keys (by number) are others[firstOther[e]] to others[firstOther[e + 1] - 1]. */
  readonly firstOther: Int32Array;
  readonly others: Int32Array;
}

export function indexNeeds(needsList: readonly Needs[]): NeedIndex {
  const always: number[] = [];
  const setsOf: (readonly string[][])[] = needsList.map((needs, item) => {
    const sets = needs?.map((need) => [...wordKeysOf(need)].sort());
    if (!sets || sets.length === 0 || sets.some((keys) => keys.length === 0)) {
      always.push(item);
      return [];
    }
    return smallestSets(sets);
  });
  const howMany = new Map<string, number>();
  for (const sets of setsOf)
    for (const keys of sets) for (const key of keys) howMany.set(key, (howMany.get(key) ?? 0) + 1);
  const keyIds = new Map([...howMany.keys()].map((key, id) => [key, id]));
  const filed: { item: number; others: number[] }[][] = [...keyIds].map(() => []);
  setsOf.forEach((sets, item) => {
    for (const keys of sets) {
      let under = keys[0] ?? '';
      for (const key of keys) if ((howMany.get(key) ?? 0) < (howMany.get(under) ?? 0)) under = key;
      const others = keys.filter((key) => key !== under).map((key) => keyIds.get(key) ?? -1);
      filed[keyIds.get(under) ?? 0]?.push({ item, others });
    }
  });
  const entries = filed.flat();
  const firstEntry = new Int32Array(filed.length + 1);
  filed.forEach((list, id) => (firstEntry[id + 1] = (firstEntry[id] ?? 0) + list.length));
  const firstOther = new Int32Array(entries.length + 1);
  entries.forEach((entry, e) => (firstOther[e + 1] = (firstOther[e] ?? 0) + entry.others.length));
  return {
    size: needsList.length,
    always,
    keyIds,
    firstEntry,
    entryItem: Int32Array.from(entries, (entry) => entry.item),
    firstOther,
    others: Int32Array.from(entries.flatMap((entry) => entry.others)),
  };
}

/** The sets (each sorted) that hold no other set of the list, each once. */
function smallestSets(sets: readonly string[][]): string[][] {
  const bySize = [...sets].sort((a, b) => a.length - b.length);
  const kept: string[][] = [];
  for (const keys of bySize) {
    const has = new Set(keys);
    if (!kept.some((smaller) => smaller.every((key) => has.has(key)))) kept.push(keys);
  }
  return kept;
}

/** 1 for each expression of the index that may match a text with these keys (keysIn), 0 for the rest. */
export function allowedBy(index: NeedIndex, textKeys: ReadonlySet<string>): Uint8Array {
  const allowed = new Uint8Array(index.size);
  for (const item of index.always) allowed[item] = 1;
  const present = new Uint8Array(index.keyIds.size);
  const ids: number[] = [];
  for (const key of textKeys) {
    const id = index.keyIds.get(key);
    if (id === undefined) continue;
    present[id] = 1;
    ids.push(id);
  }
  const { firstEntry, entryItem, firstOther, others } = index;
  for (const id of ids) {
    const end = firstEntry[id + 1] ?? 0;
    for (let e = firstEntry[id] ?? 0; e < end; e += 1) {
      const item = entryItem[e] ?? 0;
      if (allowed[item] === 1) continue;
      const last = firstOther[e + 1] ?? 0;
      let o = firstOther[e] ?? 0;
      while (o < last && present[others[o] ?? 0] === 1) o += 1;
      if (o === last) allowed[item] = 1;
    }
  }
  return allowed;
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

/** How the rules' expressions are read: what their flags allow ("u"), nothing more. */
const FEATURES = { lookbehind: true, namedGroups: true, unicodePropertyEscape: true } as const;
type Node = RootNode<typeof FEATURES>;

/** The parts of an alternative, read one after another. */
function partsOf(node: Node): readonly Node[] {
  return node.type === 'alternative' ? node.body : [node];
}

/** A group's body or a whole expression: one alternative, or a choice between several. */
function bodyInfo(body: readonly Node[], afterSpace: boolean): Info {
  const only = body.length === 1 ? body[0] : undefined;
  if (only?.type === 'disjunction') {
    return alternatives(only.body.map((option) => sequenceInfo(partsOf(option), afterSpace)));
  }
  return sequenceInfo(body, afterSpace);
}

function sequenceInfo(parts: readonly Node[], afterSpace: boolean): Info {
  const sequence = new Sequence(afterSpace);
  for (const part of parts) sequence.add(nodeInfo(part, sequence.afterSpace));
  return sequence.info();
}

function quantified(atom: Info, min: number, max: number): Info {
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

function nodeInfo(node: Node, afterSpace: boolean): Info {
  switch (node.type) {
    case 'value':
      // One code point, matched as itself (no "i" flag): an escaped mark or "\u00e9" as well.
      return literal(String.fromCodePoint(node.codePoint));
    case 'alternative':
      return sequenceInfo(node.body, afterSpace);
    case 'disjunction':
      return bodyInfo([node], afterSpace);
    case 'quantifier':
      return quantified(nodeInfo(node.body[0], afterSpace), node.min, node.max ?? Infinity);
    case 'group':
      // A look-around matches no characters of its own. A capture that is referred to back later is
      // handled where the back-reference is (as unknown).
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') return EMPTY;
      return bodyInfo(node.body, afterSpace);
    case 'anchor':
      // ^, $, \b and \B: assertions of no width.
      return EMPTY;
    default:
      // A character class, ".", \w, \s, \d, a Unicode property or a back-reference: could be anything.
      return UNKNOWN;
  }
}

/** The expression read by the parser, or undefined when it cannot be read with these flags. */
function parsed(source: string, flags: string): Node | undefined {
  // Case-insensitive or set-notation expressions are not understood: every rule is then always tried.
  if (/[iv]/.test(flags)) return undefined;
  try {
    return parse(source, flags, FEATURES);
  } catch {
    return undefined;
  }
}

/**
 * What an expression's matches need, from its source read with the flags it is compiled with:
 * literal strings one of which every match contains, or undefined when no useful list is known.
 */
export function needsOf(source: string, flags = 'u'): Needs {
  const root = parsed(source, flags);
  if (!root) return undefined;
  const info = bodyInfo(partsOf(root), false);
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
