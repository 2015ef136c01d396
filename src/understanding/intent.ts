// What a message means at the main menu, or as a command inside any flow: "book", "my appointment",
// "talk to a person", "delete my data", or something that matters to the patient ("I'm lonely since
// my wife went into a care home"), which goes straight into the conversation in their own words.
import { z } from 'zod';
import { itemAt } from '../domain/lists';
import intentsEnGB from './data/en-GB/intents.json';
import {
  analyse,
  originalSpan,
  phraseSpans,
  wordsOf,
  type AnalysedText,
  type CompiledPhrase,
  type Span,
  type TokenSpan,
} from './frontEnd';
import { compilePhrase, indexPhrases, phraseCandidates, type PhraseIndex } from './frontEnd/phrase';
import { frontEndLocale } from './frontEnd/rules';
import { isKnownWord } from './frontEnd/vocabulary';
import { detectInterests, detectNeeds, type NeedsDetection } from './needs/detectNeeds';
import type { Reading } from './result';

export const INTENTS = [
  'whatMatters',
  'book',
  'myBooking',
  'cancelBooking',
  'moveBooking',
  'talkToPerson',
  'help',
  'startOver',
  'deleteData',
  'greeting',
  'unclear',
] as const;
export type Intent = (typeof INTENTS)[number];

/** Inside a flow, "stop" (or "cancel" alone) ends what is going on; it is no intent at the menu. */
export type CommandIntent = Exclude<Intent, 'whatMatters' | 'book' | 'greeting' | 'unclear'> | 'stop';

type PhraseIntent = Intent | 'stop';
const PHRASE_INTENTS: readonly PhraseIntent[] = [...INTENTS, 'stop'];

const strength = z.object({
  whole: z.array(z.string().min(1)),
  strong: z.array(z.string().min(1)),
  opening: z.array(z.string().min(1)),
  weak: z.array(z.string().min(1)),
});
const intentsSchema = z.object({
  about: z.string(),
  filler: z.array(z.string().min(1)),
  intents: z.record(z.enum(PHRASE_INTENTS as [PhraseIntent, ...PhraseIntent[]]), strength),
});

interface CompiledIntents {
  readonly filler: ReadonlySet<string>;
  readonly phrases: readonly { intent: PhraseIntent; kind: Kind; phrase: CompiledPhrase }[];
  /** The phrases by the words they need, so a message looks only at those it could match. */
  readonly index: PhraseIndex;
  readonly emoji: ReadonlyMap<string, PhraseIntent>;
}

type Kind = 'whole' | 'strong' | 'opening' | 'weak';
const WEIGHT: Readonly<Record<Kind, number>> = { whole: 4, strong: 3, opening: 1, weak: 1 };
/** Needs named in the message count as strongly as a "strong" phrase. */
const NEEDS_WEIGHT = 3;
/**
 * Interests ("I love gardening") are a weaker sign that the message is about their life: the same
 * words name the service ("how do I use this chat", "what is social prescribing").
 */
const INTERESTS_WEIGHT = 2;
/** Something the service does not do ("a GP appointment") outweighs the booking words in it. */
const OUT_OF_SCOPE_BONUS = 0.5;
/** A longer message in words we know, with no more than a hint recognised, is most likely about their life. */
const STORY_WORDS = 4;
const STORY_WEIGHT = 1.5;
/** A story is told in the first person ("since I retired..."), not asked ("what time is it?"). */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our', 'mine']);
const QUESTION_START: ReadonlySet<string> = new Set([
  'am',
  'did',
  'should',
  'shall',
  'what',
  'when',
  'where',
  'who',
  'why',
  'which',
  'how',
  'is',
  'are',
  'does',
  'do',
  'can',
  'could',
  'will',
  'would',
]);

/** Intents whose hints a story outweighs (a hint of what matters is one already). */
const CHATTER: readonly PhraseIntent[] = ['greeting', 'help', 'whatMatters'];

/** When two intents score the same, the one that must not be missed wins. */
const PRIORITY: readonly PhraseIntent[] = [
  'deleteData',
  'stop',
  'cancelBooking',
  'moveBooking',
  'myBooking',
  'talkToPerson',
  'unclear',
  'book',
  'whatMatters',
  'help',
  'startOver',
  'greeting',
];

const DATA: Readonly<Record<string, unknown>> = { 'en-GB': intentsEnGB };
const compiledByLocale = new Map<string, CompiledIntents>();

function compiledFor(locale: string): CompiledIntents {
  const tag = frontEndLocale(locale);
  let compiled = compiledByLocale.get(tag);
  if (!compiled) {
    const data = intentsSchema.parse(DATA[tag] ?? DATA['en-GB']);
    const phrases: { intent: PhraseIntent; kind: Kind; phrase: CompiledPhrase }[] = [];
    const emoji = new Map<string, PhraseIntent>();
    const all: string[] = [];
    for (const [intent, lists] of Object.entries(data.intents) as [
      PhraseIntent,
      z.infer<typeof strength>,
    ][]) {
      for (const kind of ['whole', 'strong', 'opening', 'weak'] as const) {
        for (const source of lists[kind]) {
          if (!/[\p{L}\p{N}]/u.test(source)) emoji.set(source, intent);
          else phrases.push({ intent, kind, phrase: compilePhrase(source) });
          all.push(source);
        }
      }
    }
    compiled = {
      filler: new Set(data.filler),
      phrases,
      index: indexPhrases(phrases.map((entry) => entry.phrase)),
      emoji,
    };
    compiledByLocale.set(tag, compiled);
  }
  return compiled;
}

export interface IntentReading extends Reading<Intent> {
  /**
   * The message tells something about the patient's life, beyond naming the menu entry ("I'm lonely
   * since my wife went into a care home", not "talk about what matters"): pass it on as their answer.
   */
  readonly story: boolean;
  /**
   * Unclear as a choice, but it names someone else's needs only ("can my dad get a befriender?"): the
   * writer is asking for another person, which the patient's own journey cannot do.
   */
  readonly forSomeoneElse?: boolean;
}

export interface CommandReading extends Reading<CommandIntent> {
  /** The command is the whole message ("help"), not part of a longer sentence. */
  readonly whole: boolean;
}

interface Scored {
  intent: PhraseIntent;
  score: number;
  kind: Kind | 'needs' | 'interests' | 'story';
  spans: TokenSpan[];
}

/** Words of the longest piece of evidence: between equal scores, the more specific phrase wins. */
const reach = (scored: Scored): number =>
  scored.spans.reduce((longest, span) => Math.max(longest, span.last - span.first + 1), 0);

const covers = (spans: readonly TokenSpan[], index: number): boolean =>
  spans.some((span) => index >= span.first && index <= span.last);

function isWhole(analysed: AnalysedText, span: TokenSpan, filler: ReadonlySet<string>): boolean {
  return analysed.tokens.every(
    (token, index) => token.punctuation || covers([span], index) || filler.has(token.text),
  );
}

/** At the menu, the message's needs as the rules read them count too (readIntent reads them once). */
function score(
  analysed: AnalysedText,
  locale: string,
  reading: { mode: 'command' } | { mode: 'menu'; needs: NeedsDetection },
): Scored[] {
  const data = compiledFor(locale);
  const negation = analysed.negation();
  const best = new Map<PhraseIntent, Scored>();
  const add = (intent: PhraseIntent, value: number, kind: Scored['kind'], span?: TokenSpan): void => {
    const current = best.get(intent);
    if (!current || value > current.score)
      best.set(intent, { intent, score: value, kind, spans: span ? [span] : [] });
    else if (span && value === current.score) current.spans.push(span);
  };
  const firstWord = analysed.tokens.findIndex((token) => !token.punctuation);
  for (const at of phraseCandidates(data.index, wordsOf(analysed))) {
    const { intent, kind, phrase } = itemAt(data.phrases, at, 'an intent phrase');
    for (const span of phraseSpans(analysed, [phrase])) {
      if (negation.denies(span)) continue;
      if (kind === 'whole' && !isWhole(analysed, span, data.filler)) continue;
      if (kind === 'opening' && span.first !== firstWord) continue;
      add(intent, WEIGHT[kind] + (intent === 'unclear' ? OUT_OF_SCOPE_BONUS : 0), kind, span);
    }
  }
  if (reading.mode === 'menu') {
    const needs = reading.needs.needs;
    const interests = needs.length
      ? []
      : detectInterests({ text: analysed.original, locale, rulesOnly: true }).interests;
    const evidence = needs.length
      ? needs.flatMap((need) => need.evidence)
      : interests.flatMap((interest) => interest.evidence);
    if (evidence.length) {
      const spans = evidence.map((span) => tokenSpanOf(analysed, span));
      const [weight, kind] = needs.length
        ? ([NEEDS_WEIGHT, 'needs'] as const)
        : ([INTERESTS_WEIGHT, 'interests'] as const);
      for (const span of spans) add('whatMatters', weight, kind, span);
    }
    // A story ("since we lost Dennis I've not been anywhere") outweighs a greeting or a hint of
    // confusion ("lost"), but not a phrase or a hint of what they want done ("reschedule with Tom").
    // Greeting words are not part of it.
    const greetingSpans = best.get('greeting')?.spans ?? [];
    const words = analysed.tokens.filter(
      (token, index) => !token.punctuation && !covers(greetingSpans, index),
    );
    const known = words.filter((token) => isKnownWord(token.text, locale));
    const aboutThemselves = words.some((token) => FIRST_PERSON.has(token.text));
    const asking = QUESTION_START.has(words[0]?.text ?? '') || /\?\s*$/.test(analysed.original);
    const onlyHints = [...best.values()].every(
      (scored) => scored.score <= WEIGHT.weak && CHATTER.includes(scored.intent),
    );
    if (
      onlyHints &&
      words.length >= STORY_WORDS &&
      known.length / words.length >= 0.6 &&
      aboutThemselves &&
      !asking
    ) {
      add('whatMatters', STORY_WEIGHT, 'story');
    }
  }
  return [...best.values()];
}

function tokenSpanOf(analysed: AnalysedText, span: Span): TokenSpan {
  const first = analysed.tokens.findIndex((token) => token.end > span.start);
  let last = first;
  while (last + 1 < analysed.tokens.length && (analysed.tokens[last + 1]?.start ?? Infinity) < span.end)
    last += 1;
  return { first: Math.max(first, 0), last: Math.max(last, 0) };
}

function rank(scored: Scored[]): Scored[] {
  return scored.sort(
    (a, b) =>
      b.score - a.score || reach(b) - reach(a) || PRIORITY.indexOf(a.intent) - PRIORITY.indexOf(b.intent),
  );
}

function confidenceOf(top: Scored, second: Scored | undefined): number {
  const base = top.kind === 'whole' ? 0.95 : top.kind === 'strong' || top.kind === 'needs' ? 0.8 : 0.5;
  // A tie broken by the longer phrase is less sure than a clear win.
  return second && second.score === top.score ? base - 0.2 : base;
}

function evidenceOf(analysed: AnalysedText, spans: readonly TokenSpan[]): Span[] {
  return spans.map((span) => originalSpan(analysed, span.first, span.last));
}

function emojiIntent(analysed: AnalysedText, locale: string): PhraseIntent | undefined {
  const { emoji } = compiledFor(locale);
  for (const token of analysed.tokens) {
    const intent = emoji.get(analysed.original.slice(token.start, token.end));
    if (intent) return intent;
  }
  return undefined;
}

/** A message at the main menu, or the first message of a conversation. */
export function readIntent({ text, locale = 'en-GB' }: { text: string; locale?: string }): IntentReading {
  compiledFor(locale);
  const analysed = analyse(text, locale);
  const unclear: IntentReading = { value: 'unclear', confidence: 0.5, evidence: [], story: false };
  if (!analysed.tokens.some((token) => !token.punctuation)) {
    return emojiIntent(analysed, locale) === 'greeting'
      ? { value: 'greeting', confidence: 0.9, evidence: [], story: false }
      : unclear;
  }
  const needsRead = detectNeeds({ text: analysed.original, locale, analysed, rulesOnly: true });
  const [top, second] = rank(
    score(analysed, locale, { mode: 'menu', needs: needsRead }).filter((scored) => scored.intent !== 'stop'),
  );
  if (
    !top ||
    top.intent === 'stop' ||
    top.kind === 'story' ||
    (top.intent === 'greeting' && top.kind !== 'whole')
  ) {
    // Needs said only of someone else are not the writer's; with nothing of their own named, they
    // tell who the message is for ("my dad is so lonely, is there anything for him?").
    if (needsRead.aboutOthers.length > 0) return { ...unclear, forSomeoneElse: true };
  }
  if (!top || top.intent === 'stop') return unclear;
  // One word is their answer only when it names a need ("lonely"); "gardening" alone is a hint.
  const story =
    top.intent === 'whatMatters' &&
    top.kind !== 'whole' &&
    (top.kind === 'needs' || analysed.tokens.filter((token) => !token.punctuation).length >= 2);
  return {
    value: top.intent,
    confidence: confidenceOf(top, second),
    evidence: evidenceOf(analysed, top.spans),
    story,
  };
}

const COMMANDS: readonly CommandIntent[] = [
  'stop',
  'help',
  'startOver',
  'talkToPerson',
  'deleteData',
  'myBooking',
  'cancelBooking',
  'moveBooking',
];
const isCommand = (intent: PhraseIntent): intent is CommandIntent =>
  (COMMANDS as readonly PhraseIntent[]).includes(intent);

/**
 * A command inside a flow ("talk to a person", "cancel my booking", "help"), or nothing: the message
 * is then an answer to whatever was asked. A command counts only when it is what the whole message
 * means, so "help with my gas bill" and "I want to stop smoking" are answers.
 */
export function readCommand({
  text,
  locale = 'en-GB',
}: {
  text: string;
  locale?: string;
}): CommandReading | undefined {
  compiledFor(locale);
  const analysed = analyse(text, locale);
  if (!analysed.tokens.some((token) => !token.punctuation)) return undefined;
  const [top, second] = rank(
    score(analysed, locale, { mode: 'command' }).filter(
      (scored) => scored.kind !== 'weak' && scored.kind !== 'opening',
    ),
  );
  if (!top || !isCommand(top.intent)) return undefined;
  return {
    value: top.intent,
    confidence: confidenceOf(top, second),
    evidence: evidenceOf(analysed, top.spans),
    whole: top.kind === 'whole',
  };
}
