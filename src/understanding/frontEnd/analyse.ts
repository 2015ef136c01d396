// The shared front end: every task reads a message through analyse(). wink-nlp splits the text into
// tokens and sentences and gives lemmas; the data files of the language then rewrite each word into
// its canonical form (contractions with or without an apostrophe, text-speak, known misspellings,
// American spellings, one-letter typos), keeping for every canonical word where it came from in the
// patient's text.
import { negationScope } from './negation';
import { rulesFor, type CompiledRules } from './rules';
import { correctSpelling, type SpellingVocabulary } from './spelling';
import type {
  AnalysedText,
  AnalysedToken,
  NegationProfile,
  NegationScope,
  TokenKind,
  TokenSpan,
} from './types';
import { vocabularyFor } from './vocabulary';
import { winkLemma, winkTokens } from './wink';

/** Longer text is cut here, so the work of one message stays bounded. */
export const MAX_TEXT_LENGTH = 5000;

// Inside one wink token: words keep inner apostrophes and digits ("m8", "ls6"); every other mark is a
// token of its own ("3/12" → 3 / 12), as the word lists expect.
const LETTERS = /^\p{L}+$/u;
/** Letters a word typed with stars keeps at its start when nothing follows the stars ("f***", "sh**"). */
const MASKED_STEM = 2;
const PIECE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const SPLITS = /[^\p{L}\p{N}'’]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD = /^[\p{L}\p{N}']+$/u;

interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  readonly sentence: number;
  /** wink-nlp's lemma, when the piece is the whole of its token. */
  readonly lemma: string | undefined;
  /** wink-nlp's expansion of a contraction part ("n't" → "not"). */
  readonly expansion: string | undefined;
}

function kindOf(winkType: string): TokenKind | undefined {
  switch (winkType) {
    case 'tabCRLF':
      return undefined;
    case 'word':
    case 'wordRP':
    case 'alpha':
    case 'shortForm':
    case 'mention':
    case 'hashtag':
      return 'word';
    case 'number':
    case 'time':
    case 'ordinal':
    case 'decade':
      return 'number';
    case 'emoji':
    case 'emoticon':
      return 'emoji';
    case 'url':
    case 'email':
      return 'symbol';
    default:
      return 'punctuation';
  }
}

const lower = (text: string): string => text.toLowerCase().replace(/’/g, "'");

/** wink-nlp's tokens, with offsets into the text and split into the pieces the word lists expect. */
/**
 * A word typed with stars for some letters ("f***ing", "sh*t", "f***") is one word, for the spelling
 * data to name; stars around a word for emphasis ("*really*") are left alone.
 */
function joinMasked(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const head = pieces[i];
    if (!head) continue;
    let j = i + 1;
    while (pieces[j]?.text === '*' && pieces[j]?.start === pieces[j - 1]?.end) j += 1;
    const tail = pieces[j];
    const withTail = tail !== undefined && tail.start === pieces[j - 1]?.end && LETTERS.test(tail.text);
    const masked = j > i + 1 && LETTERS.test(head.text) && (withTail || head.text.length <= MASKED_STEM);
    if (!masked) {
      out.push(head);
      continue;
    }
    const last = withTail ? j : j - 1;
    const end = pieces[last]?.end ?? head.end;
    out.push({
      ...head,
      kind: 'word',
      text: pieces
        .slice(i, last + 1)
        .map((p) => p.text)
        .join(''),
      end,
      lemma: undefined,
      expansion: undefined,
    });
    i = last;
  }
  return out;
}

function piecesOf(text: string, rules: CompiledRules): Piece[] {
  const { values, types, lemmas, normals, contractions, sentences: sentenceOf } = winkTokens(text);
  const pieces: Piece[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    const kind = kindOf(types[index] ?? 'unk');
    if (kind === undefined) return;
    const found = text.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    cursor = found === -1 ? cursor : found + value.length;
    const sentence = sentenceOf[index] ?? 0;
    if (contractions[index] || /^['’]/.test(value)) {
      // "nothing's", "everything's": the data files know the whole word better than wink-nlp's split.
      const previous = pieces[pieces.length - 1];
      const whole = previous && previous.end === start ? previous.text + lower(value) : undefined;
      if (previous && whole !== undefined && rules.words.has(whole)) {
        pieces[pieces.length - 1] = {
          ...previous,
          text: whole,
          end: cursor,
          lemma: undefined,
          expansion: undefined,
        };
        return;
      }
    }
    if (contractions[index]) {
      const expansion = lower(normals[index] ?? value);
      pieces.push({
        text: lower(value),
        start,
        end: cursor,
        kind,
        sentence,
        lemma: lemmas[index],
        expansion,
      });
      return;
    }
    if (kind === 'emoji' || kind === 'symbol' || (kind !== 'punctuation' && !SPLITS.test(value))) {
      pieces.push({
        text: lower(value),
        start,
        end: cursor,
        kind,
        sentence,
        lemma: lemmas[index],
        expansion: undefined,
      });
      return;
    }
    const parts = [...value.matchAll(PIECE)];
    parts.forEach((part, i) => {
      const partText = part[0];
      const from = start + (part.index ?? 0);
      // "pre-diabetic", "sofa-surfing": a hyphen joining two words carries no meaning for us.
      if (partText === '-' || partText === '‐') {
        const before = parts[i - 1];
        const after = parts[i + 1];
        if (before && after && LETTER_OR_DIGIT.test(before[0]) && LETTER_OR_DIGIT.test(after[0])) return;
      }
      const punctuation = !LETTER_OR_DIGIT.test(partText);
      pieces.push({
        text: lower(partText),
        start: from,
        end: from + partText.length,
        kind: punctuation ? 'punctuation' : kind === 'punctuation' ? 'word' : kind,
        sentence,
        lemma: parts.length === 1 ? lemmas[index] : undefined,
        expansion: undefined,
      });
    });
  });
  // wink-nlp splits some words at letters outside English ("dzień" → "dzie" + "ń"): joined again.
  const joined: Piece[] = [];
  for (const piece of joinMasked(pieces)) {
    const previous = joined[joined.length - 1];
    if (
      previous &&
      previous.end === piece.start &&
      previous.kind === 'word' &&
      piece.kind === 'word' &&
      previous.expansion === undefined &&
      piece.expansion === undefined &&
      WORD.test(previous.text) &&
      WORD.test(piece.text)
    ) {
      joined[joined.length - 1] = {
        ...previous,
        text: previous.text + piece.text,
        end: piece.end,
        lemma: undefined,
      };
    } else joined.push(piece);
  }
  // A hyphen wink-nlp kept apart between two words ("sofa - surfing" typed "sofa-surfing").
  return joined.filter((piece, i) => {
    if (piece.text !== '-') return true;
    const before = joined[i - 1];
    const after = joined[i + 1];
    return !(
      before &&
      after &&
      before.end === piece.start &&
      after.start === piece.end &&
      before.kind !== 'punctuation' &&
      after.kind !== 'punctuation'
    );
  });
}

/** The canonical word(s) for one typed word. */
function rewrite(word: string, rules: CompiledRules, vocabulary: SpellingVocabulary): string {
  const direct = rules.words.get(word);
  if (direct !== undefined) return direct;
  for (const [suffix, replacement] of rules.suffixes) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      return `${rules.words.get(stem) ?? stem}${replacement}`;
    }
  }
  if (vocabulary.known.has(word)) return word;
  const unstretched = unstretch(word, rules, vocabulary);
  if (unstretched !== undefined) return unstretched;
  if (word.length >= 6 && !rules.izeExceptions.has(word)) {
    for (const [ending, british] of rules.izeSuffixes) {
      if (word.endsWith(ending)) return word.slice(0, -ending.length) + british;
    }
  }
  for (const [ending, restored] of rules.droppedEndings) {
    if (word.endsWith(ending)) {
      const candidate = word.slice(0, -ending.length) + restored;
      if (vocabulary.known.has(candidate)) return candidate;
    }
  }
  return correctSpelling(word, vocabulary) ?? word;
}

const STRETCHED = /(\p{L})\1{2,}/gu;
const MAX_STRETCHED_LENGTH = 16;

/**
 * A word typed with a letter held down for emphasis ("NOOO", "yesss", "pleaseee"): the word we know
 * that it stretches, keeping a doubled letter first ("goood" → "good"), else none. Only a letter typed
 * three times or more counts: "soon", "wee" and "granddad" are words of their own.
 */
function unstretch(word: string, rules: CompiledRules, vocabulary: SpellingVocabulary): string | undefined {
  // A long run of one key ("xxxxxxxxxxxxxxxxxxxx") is no word held down: it stays gibberish.
  if (word.length > MAX_STRETCHED_LENGTH || !/(\p{L})\1\1/u.test(word)) return undefined;
  const candidates = [
    word.replace(STRETCHED, (_run, letter: string) => letter + letter),
    word.replace(STRETCHED, (_run, letter: string) => letter),
  ];
  for (const candidate of candidates) {
    if (candidate.length < 2) continue;
    const rewritten = rules.words.get(candidate);
    if (rewritten !== undefined) return rewritten;
    if (vocabulary.known.has(candidate)) return candidate;
  }
  return undefined;
}

const lemmaCache = new Map<string, string>();

/** The lemma of a word the data files wrote (not typed): looked up once per word. */
function lemmaOf(word: string): string {
  let lemma = lemmaCache.get(word);
  if (lemma === undefined) {
    lemma = lower(winkLemma(word) ?? word);
    lemmaCache.set(word, lemma);
  }
  return lemma;
}

interface Draft {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  sentence: number;
  lemma: string;
}

function canonicalTokens(pieces: readonly Piece[], rules: CompiledRules): Draft[] {
  const vocabulary = vocabularyFor(rules);
  const drafts: Draft[] = [];
  for (const piece of pieces) {
    const base = { start: piece.start, end: piece.end, kind: piece.kind, sentence: piece.sentence };
    if (piece.kind !== 'word') {
      drafts.push({ ...base, text: piece.text, lemma: piece.text });
      continue;
    }
    const typed =
      piece.expansion === undefined ? piece.text : (rules.words.get(piece.text) ?? piece.expansion);
    const canonical = piece.expansion === undefined ? rewrite(piece.text, rules, vocabulary) : typed;
    const words = canonical.split(' ').filter(Boolean);
    for (const word of words) {
      const lemma =
        words.length === 1 && word === piece.text && piece.lemma ? lower(piece.lemma) : lemmaOf(word);
      drafts.push({ ...base, text: word, lemma });
    }
  }
  // "can" + "not" → "cannot", however it was typed.
  const joined: Draft[] = [];
  for (const draft of drafts) {
    const previous = joined[joined.length - 1];
    const into =
      previous && previous.kind === 'word' && draft.kind === 'word'
        ? rules.joined.get(previous.text)?.get(draft.text)
        : undefined;
    if (previous && into !== undefined) {
      previous.text = into;
      previous.lemma = into;
      previous.end = Math.max(previous.end, draft.end);
      continue;
    }
    joined.push(draft);
  }
  return joined;
}

function sentencesOf(tokens: readonly AnalysedToken[]): TokenSpan[] {
  const sentences: TokenSpan[] = [];
  tokens.forEach((token, index) => {
    const current = sentences[sentences.length - 1];
    if (current && tokens[current.last]?.sentence === token.sentence) {
      sentences[sentences.length - 1] = { first: current.first, last: index };
    } else sentences.push({ first: index, last: index });
  });
  return sentences;
}

/**
 * The last few readings, so the tasks of one turn (bad input, command, intent, choice) read a message
 * once. Small on purpose: a message stays here only until a few newer ones replace it.
 */
const RECENT_LIMIT = 4;
const recent = new Map<string, AnalysedText>();

/** Reads one message. Pure: the same text and locale always give the same result. */
export function analyse(text: string, locale?: string): AnalysedText {
  const rules = rulesFor(locale);
  const key = `${rules.locale}\u0000${text}`;
  const known = recent.get(key);
  if (known) return known;
  const analysed = read(text, rules);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value ?? key);
  recent.set(key, analysed);
  return analysed;
}

function read(text: string, rules: CompiledRules): AnalysedText {
  const original = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const drafts = original.trim() === '' ? [] : canonicalTokens(piecesOf(original, rules), rules);
  let at = 0;
  const tokens: AnalysedToken[] = drafts.map((draft) => {
    const token: AnalysedToken = {
      text: draft.text,
      punctuation: draft.kind === 'punctuation' || draft.kind === 'emoji',
      start: draft.start,
      end: draft.end,
      at,
      kind: draft.kind,
      lemma: draft.lemma,
      sentence: draft.sentence,
    };
    at += draft.text.length + 1;
    return token;
  });
  const canonicalText = tokens.map((token) => token.text).join(' ');
  const scopes = new Map<NegationProfile, NegationScope>();
  const analysed: AnalysedText = {
    original,
    locale: rules.locale,
    text: canonicalText,
    tokens,
    sentences: sentencesOf(tokens),
    negation: (profile = 'default') => {
      let scope = scopes.get(profile);
      if (!scope) {
        scope = negationScope(analysed, rules.negation[profile]);
        scopes.set(profile, scope);
      }
      return scope;
    },
  };
  return analysed;
}
