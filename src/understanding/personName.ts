// A person's name in a message: the answer to "What name should they use?", or given before it was
// asked ("its Margaret Hill" to "Can I give them your name and a phone number?"). The words that
// introduce a name and those that never are one live in data/<locale>/names.json.
import { z } from 'zod';
import namesEnGB from './data/en-GB/names.json';
import { analyse, compilePhrase, phraseSpans, type CompiledPhrase, type Span } from './frontEnd';
import { frontEndLocale } from './frontEnd/rules';
import { isKnownWord } from './frontEnd/vocabulary';
import { findUkPhone } from './phone';

const namesSchema = z.object({
  about: z.string(),
  before: z.array(z.string().min(1)),
  leadIns: z.array(z.string().min(1)),
  after: z.array(z.string().min(1)),
  notNames: z.array(z.string().min(1)),
});

interface NameWords {
  readonly before: readonly CompiledPhrase[];
  readonly leadIns: readonly CompiledPhrase[];
  readonly after: readonly CompiledPhrase[];
  readonly notNames: ReadonlySet<string>;
}

const DATA: Readonly<Record<string, unknown>> = { 'en-GB': namesEnGB };
const byLocale = new Map<string, NameWords>();

function wordsFor(locale: string): NameWords {
  const tag = frontEndLocale(locale);
  let words = byLocale.get(tag);
  if (!words) {
    const data = namesSchema.parse(DATA[tag] ?? DATA['en-GB']);
    words = {
      before: data.before.map(compilePhrase),
      leadIns: data.leadIns.map(compilePhrase),
      after: data.after.map(compilePhrase),
      notNames: new Set(data.notNames),
    };
    byLocale.set(tag, words);
  }
  return words;
}

/** At most this many words make a name ("Mary Anne Lloyd Jones"). */
const MAX_NAME_WORDS = 4;
const EMAIL = /[^\s@<>()[\],;:"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const NAME_WORD = /^\p{L}[\p{L}'’.-]*$/u;

export interface PersonName {
  /** The name as they typed it. */
  readonly name: string;
  readonly evidence: Span;
}

/**
 * The name in a message that gives one, possibly with agreement before it ("yes, its Margaret Hill")
 * and a phone number or email address after it. Nothing when the message is anything else.
 */
export function readPersonName(text: string, locale = 'en-GB'): PersonName | undefined {
  // A phone number or an email address is set aside (blanked, so offsets stay the same).
  let rest = text.slice(0, 300).replace(EMAIL, (email) => ' '.repeat(email.length));
  const phone = findUkPhone(rest);
  if (phone) rest = rest.slice(0, phone.start) + ' '.repeat(phone.end - phone.start) + rest.slice(phone.end);
  const analysed = analyse(rest, locale);
  const words = wordsFor(locale);
  const tokens = analysed.tokens;
  const isWord = (index: number) => !(tokens[index]?.punctuation ?? true);
  let at = 0;
  const skipPunctuation = () => {
    while (at < tokens.length && !isWord(at)) at += 1;
  };
  /** The longest phrase starting at the current word, if any: moves past it. */
  const take = (phrases: readonly CompiledPhrase[]): boolean => {
    skipPunctuation();
    const ends = phraseSpans(analysed, phrases)
      .filter((span) => span.first === at)
      .map((span) => span.last);
    if (ends.length === 0) return false;
    at = Math.max(...ends) + 1;
    return true;
  };
  while (take(words.before));
  const introduced = take(words.leadIns);
  skipPunctuation();
  const first = at;
  while (at < tokens.length && at - first < 2 * MAX_NAME_WORDS) {
    const token = tokens[at];
    // An initial: "M." in "Mrs M. Hill".
    const initial = token?.text === '.' && /^\p{L}$/u.test(tokens[at - 1]?.text ?? '') && at > first;
    if (initial) {
      at += 1;
      continue;
    }
    if (!token || token.punctuation) break;
    const original = analysed.original.slice(token.start, token.end);
    if (!NAME_WORD.test(original) || words.notNames.has(token.text)) break;
    at += 1;
  }
  const last = at - 1;
  const count = tokens.slice(first, last + 1).filter((token) => !token.punctuation).length;
  if (count < 1 || count > MAX_NAME_WORDS) return undefined;
  // What follows the name is only a number, an address, or words that go with them.
  while (take(words.after));
  skipPunctuation();
  if (at < tokens.length) return undefined;

  const nameTokens = tokens.slice(first, last + 1).filter((token) => !token.punctuation);
  const originals = nameTokens.map((token) => analysed.original.slice(token.start, token.end));
  if (!introduced) {
    // "Margaret Hill": a name without "it's" or "my name is" is written as one.
    // In lower case, two words or more that the word lists do not know ("margaret hill").
    const capitals = originals.every((word) => /^\p{Lu}/u.test(word));
    const known = nameTokens.filter((token) => isKnownWord(token.text, locale)).length;
    if (capitals ? known === count : count < 2 || known > 0) return undefined;
  }
  const start = nameTokens[0]?.start ?? 0;
  const end = nameTokens[nameTokens.length - 1]?.end ?? 0;
  const name = text.slice(start, end);
  return { name, evidence: { start, end, text: name } };
}

/**
 * Whether an answer to "What name should they use?" is plainly not a name: every word of it is one
 * that never is ("yes book it", "ok thanks"). Anything else may be a name, however it is written.
 */
export function isPlainlyNotAName(text: string, locale = 'en-GB'): boolean {
  const { notNames } = wordsFor(locale);
  const words = analyse(text.slice(0, 300), locale).tokens.filter((token) => !token.punctuation);
  return words.length > 0 && words.every((token) => notNames.has(token.text));
}
