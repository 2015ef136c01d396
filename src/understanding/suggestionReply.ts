// What someone types back to the community offers shown to them: one of the offers (by its place,
// "the 2nd one", or by a word of its name, "the allotment"), more about one ("tell me more about the
// allotment"), one of the buttons beside them, or a wish to see a link worker ("I'd like to see
// someone", "asap by phone please"). It is read with the shared readers: choice, intent and when.
import { namesATime } from '../domain/booking/whenPreference';
import { namesSomething, readChoice, type ChoiceOption } from './choice';
import { analyse, compilePhrase, phraseSpans, type CompiledPhrase, type Span } from './frontEnd';
import { readIntent } from './intent';
import type { Reading } from './result';
import { readWhen, type ReadWhenInput } from './when/readWhen';

export type SuggestionButton = 'otherOptions' | 'book' | 'done';

export type SuggestionReplyValue =
  /** An offer named by its place or its words; `more` when they asked to hear more about it. */
  | { readonly kind: 'offer'; readonly index: number; readonly more: boolean }
  /** A place past the end of the list ("the 5th" when three were shown). */
  | { readonly kind: 'notOffered' }
  | { readonly kind: 'button'; readonly button: SuggestionButton }
  /**
   * They want to see a link worker. `said` is their message when it says when or how to meet
   * ("asap by phone please"), for the booking to read instead of asking.
   */
  | { readonly kind: 'book'; readonly said?: string }
  | { readonly kind: 'unclear' };

export type SuggestionReply = Reading<SuggestionReplyValue>;

export interface ReadSuggestionReplyInput {
  readonly text: string;
  readonly locale?: string;
  /** The offers' names, in the order they were shown (and numbered). */
  readonly offers: readonly string[];
  /** Each button's text and its further words. */
  readonly buttons: Readonly<Record<SuggestionButton, { label: string; words: readonly string[] }>>;
  /** Ways of asking to hear more ("tell me more", "more about", "details"). */
  readonly moreWords: readonly string[];
  /** For reading a day or time in the message; without it, only words choose booking. */
  readonly when?: Omit<ReadWhenInput, 'text' | 'locale'>;
}

const BUTTONS: readonly SuggestionButton[] = ['otherOptions', 'book', 'done'];
/** Below this, a choice reading is a guess: the message is read for other meanings first. */
const SURE_CHOICE = 0.6;

const unclear: SuggestionReply = { value: { kind: 'unclear' }, confidence: 0.5, evidence: [] };

const MORE_PHRASES_LIMIT = 64;
const morePhrasesCache = new Map<string, readonly CompiledPhrase[]>();

/** The catalogue's ways of asking for more, compiled once per language and list. */
function morePhrases(locale: string, moreWords: readonly string[]): readonly CompiledPhrase[] {
  const key = `${locale}\u0000${moreWords.join('\u0001')}`;
  let phrases = morePhrasesCache.get(key);
  if (!phrases) {
    phrases = moreWords.map((words) => compilePhrase(analyse(words, locale).text));
    if (morePhrasesCache.size >= MORE_PHRASES_LIMIT) morePhrasesCache.clear();
    morePhrasesCache.set(key, phrases);
  }
  return phrases;
}

/** The message without the words that ask for more ("tell me more about the allotment" → "the allotment"). */
function withoutMoreWords(
  text: string,
  locale: string,
  moreWords: readonly string[],
): { rest: string; more: boolean } {
  const phrases = morePhrases(locale, moreWords);
  const analysed = analyse(text, locale);
  const spans = phraseSpans(analysed, phrases);
  if (spans.length === 0) return { rest: text, more: false };
  // The ask nearest the start is taken out, with every ask that overlaps or touches it ("tell me more"
  // and "more about" in "tell me more about the allotment"); what is left names the offer.
  const sorted = [...spans].sort((a, b) => a.first - b.first || b.last - a.last);
  const [span] = sorted;
  if (!span) return { rest: text, more: false };
  let last = span.last;
  for (const next of sorted) if (next.first <= last + 1) last = Math.max(last, next.last);
  const from = analysed.tokens[span.first]?.start ?? 0;
  const to = analysed.tokens[last]?.end ?? 0;
  return { rest: `${text.slice(0, from)} ${text.slice(to)}`.trim(), more: true };
}

/** Letters without their accents, so "cafe" names the "Bereavement café" (the length stays the same). */
const plainLetters = (text: string): string =>
  [...text]
    .map((letter) => {
      const plain = letter.normalize('NFD').replace(/\p{M}/gu, '');
      return plain.length === letter.length ? plain : letter;
    })
    .join('');

export function readSuggestionReply(input: ReadSuggestionReplyInput): SuggestionReply {
  const { locale = 'en-GB', buttons, moreWords } = input;
  const text = plainLetters(input.text);
  const offers = input.offers.map(plainLetters);
  if (!/[\p{L}\p{N}]/u.test(text)) return unclear;
  const whole: Span[] = [{ start: 0, end: text.length, text }];
  const offerOptions: ChoiceOption[] = offers.map((label) => ({ label }));
  const buttonOptions: ChoiceOption[] = BUTTONS.map((button) => ({
    label: buttons[button].label,
    words: buttons[button].words,
    numbered: false,
  }));

  // "Tell me more about the allotment", "more 2": which offer, once the asking words are set aside.
  const asked = withoutMoreWords(text, locale, moreWords);
  if (asked.more) {
    const rest = asked.rest;
    if (!/[\p{L}\p{N}]/u.test(rest)) {
      // "Tell me more" with one offer on screen can only be about that one.
      return offers.length === 1
        ? { value: { kind: 'offer', index: 0, more: true }, confidence: 0.7, evidence: whole }
        : unclear;
    }
    const restAnalysed = analyse(rest, locale);
    const about = readChoice({ text: rest, analysed: restAnalysed, locale, options: offerOptions });
    if (about.value.kind === 'option')
      return { value: { kind: 'offer', index: about.value.index, more: true }, ...confidenceOf(about) };
    if (about.value.kind === 'notOffered') return { value: { kind: 'notOffered' }, ...confidenceOf(about) };
    // "Tell me more about the knitting one" when none of them is: not on the list, said so.
    if (about.value.kind === 'unclear' && namesSomething(restAnalysed, locale))
      return { value: { kind: 'notOffered' }, confidence: 0.6, evidence: whole };
  }

  // An offer by its place or a word of its name, or a button's words.
  const choice = readChoice({ text, locale, options: [...offerOptions, ...buttonOptions] });
  if (choice.value.kind === 'notOffered') return { value: { kind: 'notOffered' }, ...confidenceOf(choice) };
  if (choice.value.kind === 'option' && choice.confidence >= SURE_CHOICE) {
    const { index } = choice.value;
    const button = BUTTONS[index - offers.length];
    if (index < offers.length)
      return { value: { kind: 'offer', index, more: false }, ...confidenceOf(choice) };
    if (button === 'book') return { value: bookWith(input.text, input), ...confidenceOf(choice) };
    if (button) return { value: { kind: 'button', button }, ...confidenceOf(choice) };
  }

  // Asking to hear more is no wish to book, whatever else it holds ("the first" is no date here).
  if (asked.more) return unclear;

  // "I'd like to see someone", "yes book it".
  const intent = readIntent({ text, locale });
  if (intent.value === 'book')
    return { value: bookWith(input.text, input), confidence: intent.confidence, evidence: intent.evidence };

  // A day, a time or a way of meeting ("asap by phone please"): the offers have their own times, so
  // this is about seeing a link worker.
  const said = bookWith(input.text, input);
  if (said.said !== undefined) return { value: said, confidence: 0.7, evidence: whole };
  return unclear;
}

function confidenceOf(reading: Reading<unknown>): Pick<SuggestionReply, 'confidence' | 'evidence'> {
  return { confidence: reading.confidence, evidence: reading.evidence };
}

/** Booking, with their words passed on when they say when or how to meet. */
function bookWith(
  text: string,
  input: ReadSuggestionReplyInput,
): { readonly kind: 'book'; readonly said?: string } {
  if (!input.when) return { kind: 'book' };
  const reading = readWhen({ ...input.when, text, locale: input.locale ?? 'en-GB' });
  const { outcome } = reading;
  const named =
    (outcome.kind === 'when' || outcome.kind === 'holiday' || outcome.kind === 'beyond') &&
    (outcome.when.asap || namesATime(outcome.when));
  return named || reading.mode !== null ? { kind: 'book', said: text } : { kind: 'book' };
}
