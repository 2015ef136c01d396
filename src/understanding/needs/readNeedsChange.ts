// A reply to the needs said back ("It sounds like money matters to you. Is that right?") or to the
// numbered list of needs: yes or no, needs to add and needs to take away. Needs are read from their
// numbers on the list ("1 and 5", only when the whole reply is picks), from the names on the list
// ("money, debt or benefits"), and from the patient's own words through needs understanding ("it's
// more the housing", "I'm not lonely"). A need is taken away when the patient denies it, or when a
// word such as "take off" comes just before it ("take off money") or "is wrong" just after it.
import { z } from 'zod';
import changesEnGB from '../data/en-GB/needs/changes.json';
import { NEED_IDS, type NeedId } from '../../domain/needs/taxonomy';
import {
  analyse,
  originalSpan,
  phraseSpans,
  type AnalysedText,
  type Span,
  type TokenSpan,
} from '../frontEnd';
import { compilePhrase, type CompiledPhrase } from '../frontEnd/phrase';
import type { Reading } from '../result';
import { readYesNo } from '../yesNo';
import { detectNeeds } from './detectNeeds';
import { MAX_INPUT_LENGTH } from './matcher';

const schema = z.object({
  about: z.string(),
  remove: z.array(z.string().min(1)),
  removeAfter: z.array(z.string().min(1)),
  removeReach: z.number().int().positive(),
  numberWords: z.record(z.string(), z.number().int().positive()),
  pickFiller: z.array(z.string().min(1)),
  somethingElse: z.array(z.string().min(1)),
  nameFiller: z.array(z.string().min(1)),
  pairFiller: z.array(z.string().min(1)),
});

interface ChangeWords {
  readonly remove: readonly CompiledPhrase[];
  readonly removeAfter: readonly CompiledPhrase[];
  readonly removeReach: number;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly pickFiller: ReadonlySet<string>;
  readonly somethingElse: readonly CompiledPhrase[];
  readonly nameFiller: ReadonlySet<string>;
  readonly pairFiller: ReadonlySet<string>;
}

let words: ChangeWords | undefined;

function changeWords(): ChangeWords {
  if (!words) {
    const data = schema.parse(changesEnGB);
    words = {
      remove: data.remove.map(compilePhrase),
      removeAfter: data.removeAfter.map(compilePhrase),
      removeReach: data.removeReach,
      numberWords: new Map(Object.entries(data.numberWords)),
      pickFiller: new Set(data.pickFiller),
      somethingElse: data.somethingElse.map(compilePhrase),
      nameFiller: new Set(data.nameFiller),
      pairFiller: new Set(data.pairFiller),
    };
  }
  return words;
}

export interface NeedsChange {
  /** "Yes, that's right" or "Not quite", when said; undefined when neither (or both) was said. */
  readonly answer: 'yes' | 'no' | undefined;
  /** Needs to add, in the order the patient named them. */
  readonly add: readonly NeedId[];
  /** Needs to take away. */
  readonly remove: readonly NeedId[];
  /** "Something else", "none of those": the last line of the list. */
  readonly somethingElse: boolean;
  /** The reply was numbers from the list, nothing more. */
  readonly picked: boolean;
}

export interface ReadNeedsChangeInput {
  readonly text: string;
  readonly locale: string;
  /**
   * The numbered list the patient was shown: the name of each need in NEED_IDS order, then the
   * "something else" line. Without it, numbers and names of the list are not read.
   */
  readonly list?: { readonly needs: readonly string[]; readonly somethingElse: string };
  /** The needs said back, with the name each is said by: a word of a name can take it away ("not low"). */
  readonly current?: readonly { readonly id: NeedId; readonly name: string }[];
}

/** Plain lower-case words, for finding a name from the list inside a reply. */
const plain = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

interface Mention {
  readonly id: NeedId;
  readonly span: TokenSpan;
}

/** The token span of a character range of the original text. */
function tokenSpanOf(analysed: AnalysedText, start: number, end: number): TokenSpan | undefined {
  const inside = analysed.tokens.flatMap((token, index) =>
    token.start < end && token.end > start ? [index] : [],
  );
  const first = inside[0];
  const last = inside[inside.length - 1];
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** Numbers of the list, when the whole reply is picks; each with whether a negation reaches it. */
function picks(analysed: AnalysedText, count: number): { position: number; index: number }[] | undefined {
  const { numberWords, pickFiller } = changeWords();
  const found: { position: number; index: number }[] = [];
  for (const [index, token] of analysed.tokens.entries()) {
    if (token.kind === 'punctuation') continue;
    const value = token.kind === 'number' ? Number(token.text) : numberWords.get(token.text);
    if (value !== undefined && Number.isInteger(value) && value >= 1 && value <= count) {
      found.push({ position: value, index });
      continue;
    }
    if (pickFiller.has(token.text) || token.text === 'not' || token.text === 'no') continue;
    return undefined;
  }
  return found.length ? found : undefined;
}

export function readNeedsChange({
  text,
  locale,
  list,
  current = [],
}: ReadNeedsChangeInput): Reading<NeedsChange> {
  const {
    remove: removeCues,
    removeAfter,
    removeReach,
    somethingElse,
    nameFiller,
    pairFiller,
  } = changeWords();
  const analysed = analyse(text.slice(0, MAX_INPUT_LENGTH), locale);
  const negation = analysed.negation();
  const evidence: Span[] = [];
  const mentions: Mention[] = [];
  const removed = new Set<NeedId>();

  // Numbers from the list: the whole reply must be picks.
  const listed = list ? [...list.needs, list.somethingElse] : [];
  const numbers = list ? picks(analysed, listed.length) : undefined;
  let somethingElsePicked = false;
  for (const pick of numbers ?? []) {
    const id = NEED_IDS[pick.position - 1];
    const span = { first: pick.index, last: pick.index };
    evidence.push(originalSpan(analysed, pick.index, pick.index));
    if (id === undefined) somethingElsePicked = true;
    else if (negation.inScope[pick.index]) removed.add(id);
    else mentions.push({ id, span });
  }

  // Names from the list, as written there.
  if (list && !numbers) {
    const reply = plain(text);
    list.needs.forEach((name, index) => {
      const id = NEED_IDS[index];
      const wanted = plain(name);
      const at = reply.indexOf(wanted);
      if (id === undefined || wanted.trim() === '' || at < 0) return;
      // Offsets of the plain form differ from the text's; find the name's first word in the tokens.
      const firstWord = wanted.trim().split(' ')[0] ?? '';
      const token = analysed.tokens.findIndex((candidate) => plain(candidate.text).trim() === firstWord);
      const span = token >= 0 ? { first: token, last: token } : undefined;
      if (span) mentions.push({ id, span });
    });
  }
  const saidSomethingElse =
    somethingElsePicked ||
    (!numbers && phraseSpans(analysed, somethingElse).length > 0 && mentions.length === 0);

  // The patient's own words, read for needs (rules and classifier).
  if (!numbers) {
    const detection = detectNeeds({ text, locale, analysed });
    for (const id of detection.denied) removed.add(id);
    const anyRemoval = detection.denied.length > 0 || phraseSpans(analysed, removeCues).length > 0;
    for (const need of detection.needs) {
      // A need only the classifier found is not added beside a removal: "yes but not the money".
      if (need.source === 'model' && anyRemoval) continue;
      for (const found of need.evidence) {
        const span = tokenSpanOf(analysed, found.start, found.end);
        if (span) mentions.push({ id: need.id, span });
      }
    }
  }

  // "take off money", "money is wrong".
  const before = phraseSpans(analysed, removeCues);
  // A word of the name of a need said back, or two of its words in a row ("losing someone", whose
  // words alone are too common), denied or after a remove phrase: "I'm not low really", "take off
  // losing someone".
  if (!numbers) {
    for (const { id, name } of current) {
      const all = plain(name).trim().split(' ').filter(Boolean);
      const nameWords = new Set(all.filter((word) => !nameFiller.has(word)));
      const pairs = new Set(
        all.slice(1).flatMap((word, at) => {
          const first = all[at] ?? '';
          const plainPair = !nameWords.has(first) && !nameWords.has(word);
          return plainPair && !pairFiller.has(first) && !pairFiller.has(word) ? [`${first} ${word}`] : [];
        }),
      );
      analysed.tokens.forEach((token, index) => {
        const next = analysed.tokens[index + 1]?.text ?? '';
        const pair = pairs.has(`${token.text} ${next}`);
        if (!nameWords.has(token.text) && !pair) return;
        const cueBefore = before.some((cue) => cue.last < index && index - cue.last <= removeReach);
        if (negation.inScope[index] || cueBefore) {
          removed.add(id);
          evidence.push(originalSpan(analysed, index, pair ? index + 1 : index));
        }
      });
    }
  }
  const after = phraseSpans(analysed, removeAfter);
  const added: NeedId[] = [];
  for (const mention of mentions) {
    const cueBefore = before.some(
      (cue) => cue.last < mention.span.first && mention.span.first - cue.last <= removeReach,
    );
    const cueAfter = after.some((cue) => cue.first > mention.span.last && cue.first - mention.span.last <= 2);
    if (cueBefore || cueAfter || negation.inScope[mention.span.first]) removed.add(mention.id);
    else if (!added.includes(mention.id)) added.push(mention.id);
    evidence.push(originalSpan(analysed, mention.span.first, mention.span.last));
  }

  const yesNo = numbers ? undefined : readYesNo({ text, locale, analysed });
  const answer = yesNo && yesNo.value !== 'unclear' ? yesNo.value : undefined;
  if (yesNo) evidence.push(...yesNo.evidence);
  const add = added.filter((id) => !removed.has(id));
  const remove = [...removed].filter((id) => !add.includes(id));
  const understoodSomething =
    add.length > 0 || remove.length > 0 || answer !== undefined || saidSomethingElse;
  return {
    value: { answer, add, remove, somethingElse: saidSomethingElse, picked: numbers !== undefined },
    confidence: !understoodSomething ? 0 : numbers || yesNo?.whole ? 0.95 : 0.8,
    evidence: evidence.sort((a, b) => a.start - b.start),
  };
}

/** The needs after a change: taken away first, then added at the end, without repeats. */
export function applyNeedsChange(current: readonly NeedId[], change: NeedsChange): NeedId[] {
  const kept = current.filter((id) => !change.remove.includes(id));
  return [...kept, ...change.add.filter((id) => !kept.includes(id))];
}
