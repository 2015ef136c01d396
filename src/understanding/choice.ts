// An answer to a list of options, in people's words: the option's own words or label ("cancel it",
// "Yes, that's OK"), its place in the list ("the 2nd", "the first one"), something only that option
// says ("the Tuesday one", "the one with Tom", "the 2:30"), yes or no to a yes/no question, or "none of
// those". A number picks by position only when the whole answer is a pick: "I have one question, is
// there parking?" picks nothing.
import { z } from 'zod';
import choicesEnGB from './data/en-GB/choices.json';
import {
  analyse,
  originalSpan,
  phraseSpans,
  type AnalysedText,
  type CompiledPhrase,
  type Span,
  type TokenSpan,
} from './frontEnd';
import { compilePhrase } from './frontEnd/phrase';
import { frontEndLocale } from './frontEnd/rules';
import type { Reading } from './result';
import { isWholeSkip, longestSpans, readYesNo, repliesOf, type Answer } from './yesNo';

export interface ChoiceOption {
  /** The option as shown (a button's text, a line of a list). */
  readonly label: string;
  /** Further ways of saying it, as typed ("cancel", "can't come"). */
  readonly words?: readonly string[];
  /** The option is the yes or the no of a yes/no question. */
  readonly answers?: Answer;
  /** False for an option beside the numbered list ("Show more times"): a position never names it. */
  readonly numbered?: boolean;
}

export type ChoiceValue =
  | { readonly kind: 'option'; readonly index: number }
  /** "None of those", "neither". */
  | { readonly kind: 'none' }
  /** A position past the end of the list ("5" when three were shown). */
  | { readonly kind: 'notOffered'; readonly position: number }
  /** Any of them will do ("whichever", "any is fine", "you pick"): the asker may choose. */
  | { readonly kind: 'any' }
  | { readonly kind: 'unclear' };

export type ChoiceReading = Reading<ChoiceValue>;

export interface ReadChoiceInput {
  readonly text: string;
  readonly locale?: string;
  readonly options: readonly ChoiceOption[];
  /** The message already read by the front end. */
  readonly analysed?: AnalysedText;
}

const choicesSchema = z.object({
  about: z.string(),
  positions: z.record(z.string(), z.number().int().positive()),
  last: z.array(z.string()),
  middle: z.array(z.string()),
  positionFiller: z.array(z.string()),
  either: z.array(z.string()),
  any: z.array(z.string().min(1)),
  asking: z.array(z.string().min(1)),
  stopwords: z.array(z.string()),
});

interface ChoiceWords {
  readonly positions: ReadonlyMap<string, number>;
  readonly last: ReadonlySet<string>;
  readonly middle: ReadonlySet<string>;
  readonly filler: ReadonlySet<string>;
  readonly either: ReadonlySet<string>;
  readonly any: readonly CompiledPhrase[];
  readonly asking: readonly CompiledPhrase[];
  readonly stopwords: ReadonlySet<string>;
}

const DATA: Readonly<Record<string, unknown>> = { 'en-GB': choicesEnGB };
const wordsByLocale = new Map<string, ChoiceWords>();

function choiceWords(locale: string | undefined): ChoiceWords {
  const tag = frontEndLocale(locale);
  let words = wordsByLocale.get(tag);
  if (!words) {
    const data = choicesSchema.parse(DATA[tag] ?? DATA['en-GB']);
    words = {
      positions: new Map(Object.entries(data.positions)),
      last: new Set(data.last),
      middle: new Set(data.middle),
      filler: new Set(data.positionFiller),
      either: new Set(data.either),
      any: data.any.map(compilePhrase),
      asking: data.asking.map(compilePhrase),
      stopwords: new Set(data.stopwords),
    };
    wordsByLocale.set(tag, words);
  }
  return words;
}

/** A clock time as written: hour on a 12-hour dial and minutes, so "2:30" meets "2:30pm". */
type Clock = string;

// "10am", "2:30pm", "11.15", "2:30": a time needs minutes or am/pm, so "at 3" in a sentence is not one.
const TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d:])/gi;

function clocksIn(text: string): Clock[] {
  const clocks: Clock[] = [];
  for (const match of text.matchAll(TIME)) {
    const [, hour, minutes, meridiem] = match;
    if (minutes === undefined && meridiem === undefined) continue;
    const h = Number(hour);
    if (h > 23 || Number(minutes ?? 0) > 59) continue;
    clocks.push(`${h % 12 === 0 ? 12 : h % 12}:${minutes ?? '00'}`);
  }
  return clocks;
}

/** What an option offers for matching, prepared once per option text. */
interface PreparedOption {
  /** The label's canonical words, without punctuation. */
  readonly whole: string;
  readonly wordsWhole: readonly string[];
  readonly phrases: readonly CompiledPhrase[];
  readonly content: readonly string[];
  readonly clocks: readonly Clock[];
}

const PREPARED_LIMIT = 2000;
const prepared = new Map<string, PreparedOption>();

const wordsOf = (analysed: AnalysedText): string[] =>
  analysed.tokens.filter((token) => !token.punctuation).map((token) => token.text);

/** A typed phrase as a phrase pattern over canonical words (its own words, nothing special). */
function literalPhrase(words: readonly string[]): CompiledPhrase | undefined {
  const safe = words.filter((word) => /^[\p{L}\p{N}'][\p{L}\p{N}'.:]*$/u.test(word));
  return safe.length === words.length && safe.length > 0 ? compilePhrase(safe.join(' ')) : undefined;
}

function prepare(option: ChoiceOption, locale: string, yesNoWords: ReadonlySet<string>): PreparedOption {
  const key = `${locale}\u0000${option.label}\u0000${(option.words ?? []).join('|')}`;
  let found = prepared.get(key);
  if (found) return found;
  const { stopwords } = choiceWords(locale);
  const label = wordsOf(analyse(option.label, locale));
  const words = (option.words ?? []).map((phrase) => wordsOf(analyse(phrase, locale)));
  // "Yes, cancel it": what the label says besides yes or no is a phrase of its own ("cancel it").
  const labelContent = label.filter((word) => !yesNoWords.has(word));
  const phrases = [label, labelContent, ...words]
    .map((list) => literalPhrase(list))
    .filter((phrase): phrase is CompiledPhrase => phrase !== undefined);
  found = {
    whole: label.join(' '),
    wordsWhole: words.map((list) => list.join(' ')),
    phrases,
    content: [...new Set(labelContent.filter((word) => /\p{L}/u.test(word) && !stopwords.has(word)))],
    clocks: clocksIn(option.label),
  };
  if (prepared.size >= PREPARED_LIMIT) prepared.clear();
  prepared.set(key, found);
  return found;
}

/**
 * The list position the whole answer names, if it is nothing but a pick. "1 or 3" (either will do)
 * names the first of them.
 */
function positionOf(analysed: AnalysedText, count: number, locale: string): number | undefined {
  const { positions, last, middle, filler, either } = choiceWords(locale);
  const words = analysed.tokens.filter((token) => !token.punctuation);
  const named: number[] = [];
  let one = false;
  let eitherSaid = false;
  for (const token of words) {
    const word = token.text;
    if (word === 'one') {
      one = true;
      continue;
    }
    const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
    if (digits) named.push(Number(digits[1]));
    else if (positions.has(word)) named.push(positions.get(word) ?? 0);
    else if (last.has(word)) named.push(count);
    else if (middle.has(word)) {
      // Only a list with a middle has a middle one.
      if (count % 2 === 0) return undefined;
      named.push((count + 1) / 2);
    } else if (either.has(word)) eitherSaid = true;
    else if (!filler.has(word)) return undefined;
  }
  if (named.length === 0 && one) return 1;
  if (named.length > 1 && eitherSaid) return named[0];
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Whether the words name something beyond the words that surround a pick ("the knitting one" does,
 * "that one" and "it" do not): asked about, a thing not on the list is then not on the list.
 */
export function namesSomething(analysed: AnalysedText, locale = 'en-GB'): boolean {
  const { filler, positions, last, middle } = choiceWords(locale);
  const words = analysed.tokens.filter((token) => !token.punctuation && !filler.has(token.text));
  // A place in the list ("the first of the month") is not a name; it is read, or not, as a place.
  const place = (word: string) =>
    positions.has(word) || last.has(word) || middle.has(word) || /\d/.test(word);
  if (words.some((token) => place(token.text))) return false;
  return words.some((token) => /\p{L}/u.test(token.text));
}

/** The whole answer leaves the choice to the asker ("any of them", "not fussed, you pick"). */
function leavesItToUs(analysed: AnalysedText, locale: string): boolean {
  const { any, filler } = choiceWords(locale);
  const spans = phraseSpans(analysed, any);
  if (spans.length === 0) return false;
  return analysed.tokens.every(
    (token, index) =>
      token.punctuation ||
      filler.has(token.text) ||
      spans.some((span) => index >= span.first && index <= span.last),
  );
}

/** The answer asks something ("what's a video call?", "which one is by phone?") rather than choosing. */
export function asksSomething(analysed: AnalysedText, locale: string | undefined): boolean {
  const { asking } = choiceWords(locale);
  const first = analysed.tokens.findIndex((token) => !token.punctuation);
  return first >= 0 && phraseSpans(analysed, asking).some((span) => span.first === first);
}

const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'when', 'where', 'who', 'why', 'which', 'how']);

function isQuestion(analysed: AnalysedText): boolean {
  const first = analysed.tokens.find((token) => !token.punctuation)?.text ?? '';
  return QUESTION_WORDS.has(first) || /\?\s*$/.test(analysed.original);
}

interface Score {
  score: number;
  spans: TokenSpan[];
}

export function readChoice({
  text,
  locale = 'en-GB',
  options,
  analysed: given,
}: ReadChoiceInput): ChoiceReading {
  const unclear: ChoiceReading = { value: { kind: 'unclear' }, confidence: 0.5, evidence: [] };
  if (options.length === 0) return unclear;
  const analysed = given ?? analyse(text, locale);
  const hasYesNo = options.some((option) => option.answers !== undefined);
  const replies = repliesOf(locale);
  const yesNoWords = new Set(['yes', 'no', 'yeah', 'nope', 'ok', 'okay', 'thanks', 'not', 'please']);
  const ready = options.map((option) => prepare(option, locale, yesNoWords));
  const said = wordsOf(analysed).join(' ');
  const whole: Span[] = [{ start: 0, end: analysed.original.length, text: analysed.original }];
  const pick = (index: number, confidence: number, evidence: readonly Span[]): ChoiceReading => ({
    value: { kind: 'option', index },
    confidence,
    evidence,
  });

  if (said === '') {
    if (!hasYesNo) return unclear;
    const symbol = readYesNo({ text, locale, analysed });
    const index = options.findIndex((option) => option.answers === symbol.value);
    return index >= 0 ? pick(index, symbol.confidence, symbol.evidence) : unclear;
  }

  // A button's text typed, or one of its words as the whole answer.
  const exact = ready.findIndex((option) => option.whole === said || option.wordsWhole.includes(said));
  if (
    exact >= 0 &&
    ready.filter((option) => option.whole === said || option.wordsWhole.includes(said)).length === 1
  ) {
    return pick(exact, 1, whole);
  }

  const numbered = options.flatMap((option, index) => (option.numbered === false ? [] : [index]));
  const position = positionOf(analysed, numbered.length, locale);
  if (position !== undefined) {
    const index = numbered[position - 1];
    if (position >= 1 && index !== undefined) return pick(index, 0.9, whole);
    // "Yes, the one on the 8th" to a yes/no question is a yes with a date, not the 8th button.
    if (position <= 20 && !hasYesNo)
      return { value: { kind: 'notOffered', position }, confidence: 0.8, evidence: whole };
  }

  // "What's a video call?" chooses nothing, though it names an option.
  if (asksSomething(analysed, locale)) return unclear;
  if (!hasYesNo && leavesItToUs(analysed, locale)) {
    return { value: { kind: 'any' }, confidence: 0.8, evidence: whole };
  }

  // "skip" to "Would you like to answer 4 short questions?" is a no.
  const answer = hasYesNo ? readYesNo({ text, locale, analysed }) : undefined;
  if (answer?.value === 'unclear' && isWholeSkip(analysed, locale, true)) {
    const index = options.findIndex((option) => option.answers === 'no');
    if (index >= 0) return pick(index, 0.7, whole);
  }

  const negation = analysed.negation('choices');
  const scores: Score[] = options.map(() => ({ score: 0, spans: [] }));
  /** Evidence that is more than a word of a label: a phrase, a time, or a yes or no. */
  const firm = options.map(() => false);
  const phraseHits = longestSpans(
    analysed,
    ready.map((option, index) => ({ tag: index, phrases: option.phrases })),
  ).filter((span) => !negation.denies(span));
  for (const span of phraseHits) {
    const entry = scores[span.tag];
    if (!entry) continue;
    entry.score += 2 + (span.last - span.first) * 0.5;
    entry.spans.push(span);
    firm[span.tag] = true;
  }
  // Words only one option's label has ("Tuesday", "Tom").
  const covered = (index: number) => phraseHits.some((span) => index >= span.first && index <= span.last);
  analysed.tokens.forEach((token, index) => {
    if (token.punctuation || covered(index) || negation.inScope[index]) return;
    const word = token.text.replace(/^(\d{1,2})(?:st|nd|rd|th)$/, '$1');
    const holders = ready.flatMap((option, at) => (option.content.includes(word) ? [at] : []));
    const [only] = holders;
    if (holders.length === 1 && only !== undefined) {
      const entry = scores[only];
      if (entry) {
        entry.score += 1;
        entry.spans.push({ first: index, last: index });
      }
    }
  });
  const clocks = clocksIn(text);
  if (clocks.length) {
    const holders = ready.flatMap((option, at) =>
      option.clocks.some((clock) => clocks.includes(clock)) ? [at] : [],
    );
    const [only] = holders;
    if (holders.length === 1 && only !== undefined && scores[only]) {
      scores[only].score += 2;
      firm[only] = true;
    }
  }
  if (answer) {
    const index = options.findIndex((option) => option.answers === answer.value);
    const entry = scores[index];
    if (entry && answer.value !== 'unclear') {
      entry.score += answer.whole ? 3 : 2;
      firm[index] = true;
    }
    if (answer.value === 'unclear' && answer.confidence < 0.5 && !scores.some((entry) => entry.score >= 2))
      return unclear;
  }

  const ranked = scores.map((entry, index) => ({ ...entry, index })).sort((a, b) => b.score - a.score);
  const [top, second] = ranked;
  // A question ("what will you delete?") that only shares a word with a label chooses nothing.
  if (top && !firm[top.index] && isQuestion(analysed)) return unclear;
  if (top && top.score > 0 && top.score > (second?.score ?? 0)) {
    const margin = top.score - (second?.score ?? 0);
    return pick(
      top.index,
      Math.min(0.95, 0.5 + 0.1 * margin),
      top.spans.map((span) => originalSpan(analysed, span.first, span.last)),
    );
  }
  if (top && top.score > 0) return { value: { kind: 'unclear' }, confidence: 0.3, evidence: [] };
  const neither = replies.groups.find((group) => group.tag === 'neither');
  if (neither && phraseSpans(analysed, neither.phrases).length) {
    return { value: { kind: 'none' }, confidence: 0.8, evidence: whole };
  }
  return unclear;
}
