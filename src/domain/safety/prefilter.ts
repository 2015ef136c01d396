// What a rule needs in the text before its expression can match at all, worked out once from the
// expression's own source: literal strings, one of which every match contains, each showing where a
// word starts (" kill myself"). A rule's parts each add such a list, all of which a match holds (a
// partner and a blow, in "(?:husband|partner) (?:\w+ ){0,3}(?:hits|kicks) me"), and each option of
// a choice has its own lists. The scan indexes rules by the words of such lists (whole words, or the
// first letters of a word that may go on) and tries a rule's expression only on a text that has the
// words of every list of one of its options: looking words up in a map is far cheaper than running
// hundreds of expressions that fail, so a message pays for the few rules whose words it has.
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
/** Lists of strings: every match contains one string of each list. */
export type NeedLists = readonly (readonly string[])[];
/** Options, one of which every match holds. */
export type NeedOptions = readonly NeedLists[];

interface Info {
  /** Every string the part can match, when there are few enough; undefined otherwise. */
  exact: ReadonlySet<string> | undefined;
  /**
   * Strings one of which the text holds wherever the part matches (the space known to come just
   * before the part may lead them); undefined when nothing is known.
   */
  needs: ReadonlySet<string> | undefined;
  /**
   * Where the part matches, one of these options holds; an option is lists of needs that all hold, the
   * strongest first, one for each part of a sequence that is known. "my (?:husband|partner) (?:\w+ )?
   * (?:hits|kicks) me" has one option: a partner and a blow; "(?:took my passport|hits me)" has two.
   * An option with no lists holds anywhere.
   */
  options: Options;
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
/** Past this many needs, a list keeps needs that contain another (see usable). */
const MAX_PRUNED = 128;
/** A need shorter than this is found in almost any message and saves nothing. */
const MIN_NEED_LENGTH = 3;

// "May be empty" is the safe guess: it never makes a space be assumed before what follows.
/** Lists of needs that all hold. */
type Lists = readonly ReadonlySet<string>[];
/** Options, one of which holds. */
type Options = readonly Lists[];
/** Nothing known: one option that holds anywhere. */
const FREE: Options = [[]];
const UNKNOWN: Info = {
  exact: undefined,
  needs: undefined,
  options: FREE,
  canBeEmpty: true,
  spaceEnd: false,
};
const EMPTY: Info = {
  exact: new Set(['']),
  needs: undefined,
  options: FREE,
  canBeEmpty: true,
  spaceEnd: true,
};
/** Past this many lists of needs in an option, the weakest are given up. */
const MAX_LISTS = 6;
/** Past this many options, a part's options are put together into one (see joined). */
const MAX_OPTIONS = 4;

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
 * The keys of every word a text holding `need` must have: each word the need shows the start of, as
 * the whole word where the need shows its end too, else as its first letters (" kill myself" → "kill",
 * "mys": "killing myself" has no word "kill"). A text whose keys (keysIn) lack one of them cannot hold
 * the need.
 */
export function wordKeysOf(need: string): readonly string[] {
  const keys = new Set<string>();
  const parts = need.split(' ');
  for (let i = 1; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    if (part.length < KEY_LENGTH) continue;
    keys.add(i < parts.length - 1 ? part : part.slice(0, KEY_LENGTH));
  }
  return [...keys];
}

/**
 * Which of a list of expressions a text's words allow, each expression known by the options of its
 * needs (needOptionsOf). A need is met only by a text with every word key it has (wordKeysOf), which
 * skips far more than one key would: " sat on the edge" is in few messages, though " sat" is in many.
 * Each list keeps only its smallest sets of keys (a need whose keys include another's adds nothing).
 * Each option's first list is filed, each set under its key that the fewest sets have, so a text's
 * common words lead to few sets to check; its other lists are checked only when the first is met.
 */
export interface NeedIndex {
  readonly size: number;
  /** Expressions whose needs are not known (or have no key): tried on every text. */
  readonly always: readonly number[];
  /** Each key's number; the arrays below are flat, by number, as allowedBy runs on every message. */
  readonly keyIds: ReadonlyMap<string, number>;
  /** The sets filed under key k are entries firstEntry[k] to firstEntry[k + 1] - 1. */
  readonly firstEntry: Int32Array;
  /** Each entry's option. */
  readonly entryOption: Int32Array;
  /** Each entry's other keys (by number) are others[firstOther[e]] to others[firstOther[e + 1] - 1]. */
  readonly firstOther: Int32Array;
  readonly others: Int32Array;
  /** Each option's expression. */
  readonly optionItem: Int32Array;
  /** Option o's other lists are firstList[o] to firstList[o + 1] - 1. */
  readonly firstList: Int32Array;
  /** List l has sets firstSet[l] to firstSet[l + 1] - 1; set s has keys setKeys[firstKey[s]] on. */
  readonly firstSet: Int32Array;
  readonly firstKey: Int32Array;
  readonly setKeys: Int32Array;
}

/**
 * Past this many sets of keys, a list other than an option's first is not checked: every set of a list
 * the text does not meet is looked at, and a long list is rarely one the text does not meet.
 */
const MAX_CHECKED_SETS = 24;

export function indexNeeds(items: readonly (NeedOptions | undefined)[]): NeedIndex {
  const always: number[] = [];
  const options: { item: number; lists: string[][][] }[] = [];
  items.forEach((itemOptions, item) => {
    // Each list as sets of keys, leaving out a list with a need that has no key to look up.
    const keyed = (itemOptions ?? []).map((lists) =>
      lists
        .map(keySetsOf)
        .filter((sets): sets is string[][] => sets !== undefined)
        .filter((sets, at) => at === 0 || sets.length <= MAX_CHECKED_SETS),
    );
    if (keyed.length === 0 || keyed.some((lists) => lists.length === 0)) always.push(item);
    else for (const lists of keyed) options.push({ item, lists });
  });
  const howMany = new Map<string, number>();
  for (const { lists } of options)
    for (const keys of lists[0] ?? []) for (const key of keys) howMany.set(key, (howMany.get(key) ?? 0) + 1);
  const keyIds = new Map([...howMany.keys()].map((key, id) => [key, id]));
  for (const { lists } of options)
    for (const sets of lists.slice(1))
      for (const keys of sets) for (const key of keys) if (!keyIds.has(key)) keyIds.set(key, keyIds.size);
  const filed: { option: number; others: number[] }[][] = [...keyIds].map(() => []);
  options.forEach(({ lists: [sets = []] }, option) => {
    for (const keys of sets) {
      let under = keys[0] ?? '';
      for (const key of keys) if ((howMany.get(key) ?? 0) < (howMany.get(under) ?? 0)) under = key;
      const others = keys.filter((key) => key !== under).map((key) => keyIds.get(key) ?? -1);
      filed[keyIds.get(under) ?? 0]?.push({ option, others });
    }
  });
  const entries = filed.flat();
  const firstEntry = new Int32Array(filed.length + 1);
  filed.forEach((list, id) => (firstEntry[id + 1] = (firstEntry[id] ?? 0) + list.length));
  const firstOther = new Int32Array(entries.length + 1);
  entries.forEach((entry, e) => (firstOther[e + 1] = (firstOther[e] ?? 0) + entry.others.length));
  const firstList = [0];
  const firstSet = [0];
  const firstKey = [0];
  const setKeys: number[] = [];
  for (const { lists } of options) {
    for (const sets of lists.slice(1)) {
      for (const keys of sets) {
        for (const key of keys) setKeys.push(keyIds.get(key) ?? -1);
        firstKey.push(setKeys.length);
      }
      firstSet.push(firstKey.length - 1);
    }
    firstList.push(firstSet.length - 1);
  }
  return {
    size: items.length,
    always,
    keyIds,
    firstEntry,
    entryOption: Int32Array.from(entries, (entry) => entry.option),
    firstOther,
    others: Int32Array.from(entries.flatMap((entry) => entry.others)),
    optionItem: Int32Array.from(options, (option) => option.item),
    firstList: Int32Array.from(firstList),
    firstSet: Int32Array.from(firstSet),
    firstKey: Int32Array.from(firstKey),
    setKeys: Int32Array.from(setKeys),
  };
}

/**
 * A list of needs as the smallest sets of keys a text must have one of; undefined when a need has no
 * key to look up. The same list is often in many options, and worked out once.
 */
function keySetsOf(needs: readonly string[]): string[][] | undefined {
  if (keySets.has(needs)) return keySets.get(needs);
  const sets = needs.map((need) => [...wordKeysOf(need)].sort());
  const found = sets.length > 0 && sets.every((keys) => keys.length > 0) ? smallestSets(sets) : undefined;
  keySets.set(needs, found);
  return found;
}
const keySets = new WeakMap<readonly string[], string[][] | undefined>();

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
  const { firstEntry, entryOption, firstOther, others, optionItem, firstList, firstSet, firstKey, setKeys } =
    index;
  const tried = new Uint8Array(optionItem.length);
  for (const id of ids) {
    const end = firstEntry[id + 1] ?? 0;
    for (let e = firstEntry[id] ?? 0; e < end; e += 1) {
      const option = entryOption[e] ?? 0;
      const item = optionItem[option] ?? 0;
      if (allowed[item] === 1 || tried[option] === 1) continue;
      const last = firstOther[e + 1] ?? 0;
      let o = firstOther[e] ?? 0;
      while (o < last && present[others[o] ?? 0] === 1) o += 1;
      if (o !== last) continue;
      // The option's first list is met: it allows the expression if its other lists are met too.
      tried[option] = 1;
      const lastList = firstList[option + 1] ?? 0;
      let l = firstList[option] ?? 0;
      while (l < lastList && meetsOneSet(present, firstSet[l] ?? 0, firstSet[l + 1] ?? 0, firstKey, setKeys))
        l += 1;
      if (l === lastList) allowed[item] = 1;
    }
  }
  return allowed;
}

/** Whether the text has every key of one of the sets from `from` to `to` - 1. */
function meetsOneSet(
  present: Uint8Array,
  from: number,
  to: number,
  firstKey: Int32Array,
  setKeys: Int32Array,
): boolean {
  for (let s = from; s < to; s += 1) {
    const last = firstKey[s + 1] ?? 0;
    let k = firstKey[s] ?? 0;
    while (k < last && present[setKeys[k] ?? 0] === 1) k += 1;
    if (k === last) return true;
  }
  return false;
}

/** The keys of the words of a text: each word's first KEY_LENGTH letters, and each word itself. */
export function keysIn(text: string): Set<string> {
  const keys = new Set<string>();
  for (const word of text.split(' ')) {
    if (word.length < KEY_LENGTH) continue;
    keys.add(word.slice(0, KEY_LENGTH));
    if (word.length > KEY_LENGTH) keys.add(word);
  }
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

/** The lists that say something, each once, strongest first, at most MAX_LISTS. */
function kept(lists: Lists): Lists {
  // Lists told apart by their size and ends: two that only look alike keep one, which is less
  // selective, never wrong.
  const unique = new Map<string, ReadonlySet<string>>();
  for (const list of lists) {
    if (strength(list) < 0) continue;
    let first = '';
    let last = '';
    for (const text of list) {
      if (first === '') first = text;
      last = text;
    }
    const key = `${list.size}\n${first}\n${last}`;
    if (!unique.has(key)) unique.set(key, list);
  }
  return [...unique.values()].sort((a, b) => strength(b) - strength(a)).slice(0, MAX_LISTS);
}

/**
 * One option that holds whichever of `options` holds: its j-th list is the j-th strongest list of every
 * option (an option's weakest where it has fewer) put together. It holds anywhere when one of them does.
 */
function joined(options: Options): Lists {
  if (options.length === 0 || options.some((lists) => lists.length === 0)) return [];
  if (options.length === 1) return options[0] ?? [];
  const lists: ReadonlySet<string>[] = [];
  const count = Math.max(...options.map((own) => own.length));
  for (let j = 0; j < count; j += 1) {
    const union = new Set<string>();
    for (const own of options) for (const text of own[Math.min(j, own.length - 1)] ?? []) union.add(text);
    if (union.size <= MAX_NEEDS) lists.push(union);
  }
  return kept(lists);
}

/** The options of a choice: every option of every choice, or all of them joined when too many. */
function eitherOf(choices: readonly Options[]): Options {
  const options = choices.flat();
  if (options.some((lists) => lists.length === 0)) return FREE;
  return options.length <= MAX_OPTIONS ? options : [joined(options)];
}

const isFree = (options: Options): boolean => options.length === 1 && options[0]?.length === 0;

/** The options of two parts one after the other: each option of the first with each of the second. */
function bothOf(first: Options, second: Options): Options {
  if (isFree(second)) return first;
  if (isFree(first)) return second;
  const right = first.length * second.length > MAX_OPTIONS ? [joined(second)] : second;
  return first.flatMap((left) => right.map((lists) => kept([...left, ...lists])));
}

/** A part's options; its exact strings, when it has nothing else. */
function optionsOf(info: Info): Options {
  if (info.options.every((lists) => lists.length > 0)) return info.options;
  const own = info.needs ?? needsOfExact(info.exact);
  return own ? [kept([own])] : FREE;
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
  /** The options of the parts read so far: every part of a sequence must match. */
  private options: Options = FREE;
  /** Needs of the runs of exact strings read so far, each of which holds. */
  private readonly runs: ReadonlySet<string>[] = [];
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
    this.options = bothOf(this.options, part.options);
    const { current } = this;
    if (part.exact && current && current.size * part.exact.size <= MAX_EXACT) {
      const next = new Set<string>();
      for (const left of current) for (const right of part.exact) next.add(left + right);
      this.current = next;
      return;
    }
    this.allExact = false;
    const run = needsOfExact(current, this.before);
    this.best = better(this.best, run);
    if (run) this.runs.push(run);
    if (part.exact && part.exact.size <= MAX_EXACT) {
      this.current = new Set(part.exact);
      this.before = spaceBefore ? ' ' : '';
    } else {
      this.current = new Set(['']);
      this.before = this.afterSpace ? ' ' : '';
    }
  }

  info(): Info {
    const run = needsOfExact(this.current, this.before);
    const needs = better(this.best, run);
    return {
      exact: this.allExact ? this.current : undefined,
      needs,
      options:
        this.runs.length === 0 && !run
          ? this.options
          : this.options.map((lists) => kept([...lists, ...this.runs, ...(run ? [run] : [])])),
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
  const final = needs ?? needsOfExact(exact);
  return {
    exact,
    needs: final,
    options: eitherOf(options.map(optionsOf)),
    canBeEmpty: options.some((option) => option.canBeEmpty),
    spaceEnd: options.every((option) => option.spaceEnd),
  };
}

const literals = new Map<string, Info>();
/** One character, matched as itself (the same object for the same character: nothing changes it). */
function literal(text: string): Info {
  let info = literals.get(text);
  if (!info) {
    info = {
      exact: new Set([text]),
      needs: undefined,
      options: FREE,
      canBeEmpty: false,
      spaceEnd: text === ' ',
    };
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
    return { exact, needs: undefined, options: FREE, canBeEmpty: true, spaceEnd: atom.spaceEnd };
  }
  // At least once: what the first time needs, the whole needs.
  return {
    exact: undefined,
    needs: atom.needs ?? needsOfExact(atom.exact),
    options: optionsOf(atom),
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
  return needs && usable(needs);
}

/**
 * What an expression's matches need, as options one of which every match holds: in each, lists of
 * strings, every match holding one string of each list ("(?:husband|partner) (?:\w+ ){0,3}(?:hits|
 * kicks) me" needs a partner and a blow). Undefined when nothing useful is known.
 */
export function needOptionsOf(source: string, flags = 'u'): NeedOptions | undefined {
  const root = parsed(source, flags);
  if (!root) return undefined;
  const info = bodyInfo(partsOf(root), false);
  const first = info.needs ?? needsOfExact(info.exact);
  const options = info.options.some((lists) => lists.length === 0) ? FREE : info.options;
  const usableOptions = options.map((lists) =>
    kept(first ? [first, ...lists] : lists)
      .map(usable)
      .filter((list): list is readonly string[] => list !== undefined),
  );
  return usableOptions.some((lists) => lists.length === 0) ? undefined : usableOptions;
}

/** A list of needs as the index takes it, or undefined when it would choose nothing. */
function usable(needs: ReadonlySet<string>): readonly string[] | undefined {
  if (usableLists.has(needs)) return usableLists.get(needs);
  let list: string[] | undefined;
  if (needs.size <= MAX_NEEDS && [...needs].every((need) => need.length >= MIN_NEED_LENGTH)) {
    // Keep only the shortest of needs that contain one another: "kill" covers "killing" (in a long
    // list, where comparing each with each would cost more than the longer list, all are kept).
    const sorted = [...needs].sort((a, b) => a.length - b.length);
    list = [];
    for (const need of sorted) {
      if (needs.size > MAX_PRUNED || !list.some((shorter) => need.includes(shorter))) list.push(need);
    }
  }
  usableLists.set(needs, list);
  return list;
}
/** The same list is often in many options (a sequence's run of exact strings is in each). */
const usableLists = new WeakMap<ReadonlySet<string>, string[] | undefined>();
