import { applySubstitutions, mask, type CompiledLexicon } from './engine';
import { FALLBACK_LOCALE, lexiconsFor } from './lexicons';
import { normaliseText } from './normalise';

// The text every rule reads, and the bound on how much of a message is read.
//
// The check runs on every turn, so its cost must not grow without limit with what a client sends.
// Chat messages are far shorter than the bound (Teams caps a message at about 28 KB); a longer one is
// read at its start and at its end, where people put what matters most, and the middle is skipped.

/** Characters of raw text read from the start of a long message. */
export const HEAD_CHARS = 24_000;
/** Characters of raw text read from the end of a long message. */
export const TAIL_CHARS = 8_000;

export interface PreparedText {
  /** The text as typed, bounded as below: what sentence indexes count in. */
  readonly text: string;
  readonly normalised: string;
  /** True when the message was longer than HEAD_CHARS + TAIL_CHARS and its middle was not read. */
  readonly truncated: boolean;
}

/**
 * The last few messages prepared, and each one's text per lexicon and mask set: one turn reads the
 * same message several times (the crisis rules, the learned layer, the dependence caution; a note's
 * red flags and crisis rules), and each reading starts here. Small on purpose: a message stays only
 * until a few newer ones replace it. Entries are never changed once made, so sharing them is safe.
 */
export const RECENT_LIMIT = 4;
const recent = new Map<string, PreparedText>();
const recentLexiconTexts = new Map<string, string>();

function remember<V>(cache: Map<string, V>, key: string, value: V, limit: number): V {
  if (cache.size >= limit) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, value);
  return value;
}

export function prepareMessage(text: string): PreparedText {
  const known = recent.get(text);
  if (known) return known;
  return remember(recent, text, prepare(text), RECENT_LIMIT);
}

function prepare(text: string): PreparedText {
  if (text.length <= HEAD_CHARS + TAIL_CHARS)
    return { text, normalised: normaliseText(text), truncated: false };
  // A sentence break between the two parts, so no phrase is made up across the cut.
  const bounded = `${text.slice(0, HEAD_CHARS)}\n${text.slice(text.length - TAIL_CHARS)}`;
  return { text: bounded, normalised: normaliseText(bounded), truncated: true };
}

export type MaskSet = 'crisis' | 'triage';

/** The message as one lexicon reads it: its spelling rewrites applied and its benign phrases hidden. */
export function lexiconText(lexicon: CompiledLexicon, normalised: string, masks: MaskSet): string {
  const key = `${lexicon.tag}\u0000${masks}\u0000${normalised}`;
  const known = recentLexiconTexts.get(key);
  if (known !== undefined) return known;
  // Two lexicons and two mask sets per message at most.
  return remember(recentLexiconTexts, key, readAs(lexicon, normalised, masks), RECENT_LIMIT * 4);
}

function readAs(lexicon: CompiledLexicon, normalised: string, masks: MaskSet): string {
  // The triage masks are the crisis masks and then the triage ones: the crisis reading is the start.
  return masks === 'crisis'
    ? mask(applySubstitutions(lexicon, normalised), lexicon.benign)
    : mask(lexiconText(lexicon, normalised, 'crisis'), lexicon.triageBenign);
}

/**
 * A message as the en-GB rules read it, spelling rewrites applied and benign phrases ("my back is
 * killing me") hidden: what the learned layer of the safety checks reads, so that it learns from the
 * same words the rules see and never from a figure of speech the rules have already set aside.
 */
export function englishRulesText(text: string, masks: MaskSet): string {
  const [lexicon] = lexiconsFor(FALLBACK_LOCALE);
  const { normalised } = prepareMessage(text);
  return lexicon ? lexiconText(lexicon, normalised, masks) : normalised;
}
