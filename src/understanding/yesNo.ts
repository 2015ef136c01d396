// Yes or no in people's words, with the evidence and how sure we are. "I don't mind", said to "Is
// that OK with you?", is agreement; "definitely not" is a no although it holds "definitely"; "yeah
// nah" is a no. The words are in data/<locale>/replies.json.
import { z } from 'zod';
import repliesEnGB from './data/en-GB/replies.json';
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

const phrases = z.array(z.string().min(1));
const repliesSchema = z.object({
  about: z.string(),
  skip: phrases,
  filler: phrases,
  yes: phrases,
  no: phrases,
  yesAlone: phrases,
  noAlone: phrases,
  skipIsNo: phrases,
  agree: phrases,
  neither: phrases,
  unsure: phrases,
  polite: phrases,
  elsewhere: phrases,
});

export type Answer = 'yes' | 'no';

interface CompiledReplies {
  readonly skip: readonly CompiledPhrase[];
  readonly skipIsNo: readonly CompiledPhrase[];
  readonly filler: ReadonlySet<string>;
  readonly groups: readonly {
    readonly tag: Answer | 'yesAlone' | 'noAlone' | 'agree' | 'neither' | 'unsure' | 'polite' | 'elsewhere';
    readonly phrases: readonly CompiledPhrase[];
  }[];
}

const DATA: Readonly<Record<string, unknown>> = { 'en-GB': repliesEnGB };
const compiledByLocale = new Map<string, CompiledReplies>();

export function repliesOf(locale: string | undefined): CompiledReplies {
  const tag = frontEndLocale(locale);
  let compiled = compiledByLocale.get(tag);
  if (!compiled) {
    const data = repliesSchema.parse(DATA[tag] ?? DATA['en-GB']);
    compiled = {
      skip: data.skip.map(compilePhrase),
      skipIsNo: data.skipIsNo.map(compilePhrase),
      filler: new Set(data.filler),
      groups: [
        { tag: 'yes', phrases: data.yes.map(compilePhrase) },
        { tag: 'no', phrases: data.no.map(compilePhrase) },
        { tag: 'yesAlone', phrases: data.yesAlone.map(compilePhrase) },
        { tag: 'noAlone', phrases: data.noAlone.map(compilePhrase) },
        { tag: 'agree', phrases: data.agree.map(compilePhrase) },
        { tag: 'neither', phrases: data.neither.map(compilePhrase) },
        { tag: 'unsure', phrases: data.unsure.map(compilePhrase) },
        { tag: 'polite', phrases: data.polite.map(compilePhrase) },
        { tag: 'elsewhere', phrases: data.elsewhere.map(compilePhrase) },
      ],
    };
    compiledByLocale.set(tag, compiled);
  }
  return compiled;
}

export interface TaggedSpan<Tag> extends TokenSpan {
  readonly tag: Tag;
}

/** Spans of several kinds at once, longest first across kinds and not overlapping. */
export function longestSpans<Tag>(
  analysed: AnalysedText,
  groups: readonly { readonly tag: Tag; readonly phrases: readonly CompiledPhrase[] }[],
): TaggedSpan<Tag>[] {
  const spans = groups.flatMap(({ tag, phrases: list }) =>
    phraseSpans(analysed, list).map((span) => ({ ...span, tag })),
  );
  spans.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const kept: TaggedSpan<Tag>[] = [];
  for (const span of spans) {
    if (!kept.some((other) => span.first <= other.last && other.first <= span.last)) kept.push(span);
  }
  return kept.sort((a, b) => a.first - b.first);
}

const SYMBOLS: Readonly<Record<string, Answer>> = {
  y: 'yes',
  n: 'no',
  '👍': 'yes',
  '👌': 'yes',
  '✅': 'yes',
  '✔️': 'yes',
  '👎': 'no',
  '❌': 'no',
};

/** A message that starts with one of these asks something; it answers nothing unless it is all yes or no. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'how', 'why', 'which', 'who', 'where', 'when']);

export interface YesNoReading extends Reading<Answer | 'unclear'> {
  /** The words of the answer covered the whole message (give or take filler): nothing else was said. */
  readonly whole: boolean;
}

export interface ReadYesNoInput {
  readonly text: string;
  readonly locale?: string;
  /** The message already read by the front end. */
  readonly analysed?: AnalysedText;
  /**
   * The question proposes something ("Is that OK with you?"): "I don't mind" agrees. When it asks for a
   * preference instead, such words are neither yes nor no.
   */
  readonly proposal?: boolean;
}

/** Yes, no, or unclear (both, neither, a hedge such as "sort of", or a question). */
export function readYesNo({ text, locale, analysed: given, proposal = true }: ReadYesNoInput): YesNoReading {
  const replies = repliesOf(locale);
  const trimmed = text
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  const symbol = SYMBOLS[trimmed];
  if (symbol)
    return { value: symbol, confidence: 0.9, evidence: [{ start: 0, end: text.length, text }], whole: true };
  const analysed = given ?? analyse(text, locale);
  const spans = longestSpans(analysed, replies.groups);
  const negation = analysed.negation();
  const answers = new Set<Answer>();
  const evidence: Span[] = [];
  /** "Not bothered" agrees only when nothing plainer was said: "nah, not bothered" is a no. */
  let agreed: Span | undefined;
  let hedged = false;
  let elsewhere = false;
  for (const span of spans) {
    // "if that's OK" is politeness: its "OK" is no yes. "No earlier than 10" answers another question.
    if (span.tag === 'polite') continue;
    if (span.tag === 'elsewhere') {
      elsewhere = true;
      continue;
    }
    if (span.tag === 'unsure' || span.tag === 'neither') {
      hedged = true;
      continue;
    }
    // "please" is a yes on its own, but only politeness in "another time please".
    const alone = span.tag === 'yesAlone' || span.tag === 'noAlone';
    if (
      alone &&
      analysed.tokens.some((token, index) => !token.punctuation && (index < span.first || index > span.last))
    ) {
      continue;
    }
    const tag: Answer | undefined =
      span.tag === 'agree'
        ? proposal
          ? 'yes'
          : undefined
        : span.tag === 'yesAlone'
          ? 'yes'
          : span.tag === 'noAlone'
            ? 'no'
            : span.tag;
    if (!tag) continue;
    // "not sure yes" is no yes; a denied "yes" word flips nothing, it just does not count.
    if (tag === 'yes' && negation.inScope[span.first] && span.first > 0) continue;
    if (span.tag === 'agree') {
      agreed ??= originalSpan(analysed, span.first, span.last);
      continue;
    }
    answers.add(tag);
    evidence.push(originalSpan(analysed, span.first, span.last));
  }
  if (agreed && answers.size === 0) {
    answers.add('yes');
    evidence.push(agreed);
  }
  const words = analysed.tokens.filter((token) => !token.punctuation);
  const covered =
    !elsewhere &&
    analysed.tokens.every(
      (token, index) =>
        token.punctuation ||
        replies.filler.has(token.text) ||
        spans.some((span) => index >= span.first && index <= span.last),
    );
  // "What if I say no?", "what happens if I say no": a question about the answers is neither.
  const question = !covered && (/\?\s*$/.test(text) || QUESTION_WORDS.has(words[0]?.text ?? ''));
  if (answers.size !== 1 || hedged || question || words.length === 0) {
    return { value: 'unclear', confidence: answers.size > 1 || hedged ? 0.3 : 0.5, evidence, whole: false };
  }
  const [value] = [...answers];
  return { value: value ?? 'unclear', confidence: covered ? 0.95 : 0.75, evidence, whole: covered };
}

/**
 * True when the whole answer declines the question ("skip", "not sure, sorry"); with `asNo`, only the
 * words that turn down an offer ("skip", "pass"), not a hedge ("not sure").
 */
export function isWholeSkip(analysed: AnalysedText, locale: string | undefined, asNo = false): boolean {
  const replies = repliesOf(locale);
  const spans = phraseSpans(analysed, asNo ? replies.skipIsNo : replies.skip);
  if (spans.length === 0) return false;
  return analysed.tokens.every(
    (token, index) =>
      token.punctuation ||
      replies.filler.has(token.text) ||
      spans.some((span) => index >= span.first && index <= span.last),
  );
}
