// What the suggestion rules may use of a person's own words ("what matters to you?", what they enjoy):
// - the words themselves, as keys the rules compare with what each offer is for ("choir", "bowls"),
//   leaving out every word the person denied ("I don't like singing") and words too general to tell
//   offers apart;
// - facts about the person that no need says (a named condition, a baby or toddler, having no home),
//   read with the needs' rules of negation and of whose it is ("my wife had a stroke" is not theirs).
// The rules receive these as data (src/domain/directory/suggestionProfile.ts); they never read text.
import type { Circumstance } from '../../domain/directory/codes';
import type { SaidWord } from '../../domain/directory/suggestionProfile';
import { analyse, type AnalysedText, type AnalysedToken } from '../frontEnd';
import { winkStem } from '../frontEnd/wink';
import { lexiconFor, type CompiledLexicon } from '../needs/lexicon';
import { findEvidence, MAX_INPUT_LENGTH } from '../needs/matcher';
import { suggestionWordsData, type SuggestionWordsData } from './suggestionWordsData';

/**
 * Whose words they are: the person's own (`person`), or a link worker's note about them (`note`),
 * where "he" and "she" are the person and "his wife" is someone else.
 */
export type WordsVoice = 'person' | 'note';

export interface ReadWhatTheySaidInput {
  /** Each answer on its own ("what matters to you?", the interests question). */
  readonly texts: readonly string[];
  readonly locale?: string;
  readonly voice?: WordsVoice;
}

export interface WhatTheySaid {
  /** Their words, each once by key, in the order first used. */
  readonly said: SaidWord[];
  /** Facts they stated about themself (or, for dementia, someone they live with or care for). */
  readonly circumstances: Circumstance[];
}

const KEY_CACHE_LIMIT = 20_000;
const keyCache = new Map<string, string>();

/**
 * The key a word is compared by: the stem of its dictionary form, so "sang", "singing" and "sing"
 * meet, and "gardening" meets "garden".
 */
export function wordKey(lemma: string): string {
  let key = keyCache.get(lemma);
  if (key === undefined) {
    key = (winkStem(lemma) ?? lemma).toLowerCase();
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(lemma, key);
  }
  return key;
}

const WORD = /^[a-z][a-z'-]*$/;
const MIN_LETTERS = 3;

/** Whether a token can say what an offer is for: a word of three letters or more that is not too general. */
export function isTellingWord(token: AnalysedToken, data: SuggestionWordsData): boolean {
  return (
    token.kind === 'word' &&
    token.text.length >= MIN_LETTERS &&
    WORD.test(token.text) &&
    !data.ignore.has(token.text) &&
    !data.ignore.has(token.lemma)
  );
}

/** The word as the person wrote it, without the capital a sentence starts with. */
function asWritten(analysed: AnalysedText, index: number): string {
  const token = analysed.tokens[index] as AnalysedToken;
  const written = analysed.original.slice(token.start, token.end);
  const sentenceStart = analysed.sentences.some((sentence) => sentence.first === index);
  return sentenceStart && /^\p{Lu}\p{Ll}*$/u.test(written) ? written.toLowerCase() : written;
}

/** The telling words of a text that no negation reaches, as keys, each with its first written form. */
export function saidWordsOf(analysed: AnalysedText, data: SuggestionWordsData): SaidWord[] {
  const negation = analysed.negation('saidWords');
  const words: SaidWord[] = [];
  const seen = new Set<string>();
  analysed.tokens.forEach((token, index) => {
    if (!isTellingWord(token, data) || negation.denies({ first: index, last: index })) return;
    const written = asWritten(analysed, index);
    const also = data.alsoMeans.get(token.text) ?? data.alsoMeans.get(token.lemma) ?? [];
    for (const key of [wordKey(token.lemma), ...also.map(wordKey)]) {
      if (key.length < MIN_LETTERS || seen.has(key)) continue;
      seen.add(key);
      words.push({ key, word: written });
    }
  });
  return words;
}

const noteLexicons = new WeakMap<CompiledLexicon, CompiledLexicon>();

/** The needs' attribution rules, with a note's idea of who is who when the words are a note. */
function lexiconForVoice(locale: string, voice: WordsVoice, data: SuggestionWordsData): CompiledLexicon {
  const lexicon = lexiconFor(locale);
  if (voice === 'person') return lexicon;
  let note = noteLexicons.get(lexicon);
  if (!note) {
    note = {
      ...lexicon,
      attribution: { ...lexicon.attribution, otherPerson: data.note.otherPerson, self: data.note.self },
    };
    noteLexicons.set(lexicon, note);
  }
  return note;
}

/** The needs lexicon as a note about a patient is read: "she" and "he" are the patient, "her son" is not. */
export function noteLexicon(locale: string): CompiledLexicon {
  return lexiconForVoice(locale, 'note', suggestionWordsData(locale));
}

export function readWhatTheySaid({
  texts,
  locale = 'en-GB',
  voice = 'person',
}: ReadWhatTheySaidInput): WhatTheySaid {
  const data = suggestionWordsData(locale);
  const lexicon = lexiconForVoice(locale, voice, data);
  const said: SaidWord[] = [];
  const keys = new Set<string>();
  const circumstances = new Set<Circumstance>();
  for (const text of texts) {
    if (text.trim() === '') continue;
    const analysed = analyse(text.slice(0, MAX_INPUT_LENGTH), lexicon.locale);
    for (const word of saidWordsOf(analysed, data)) {
      if (keys.has(word.key)) continue;
      keys.add(word.key);
      said.push(word);
    }
    const found = findEvidence<Circumstance>(text, lexicon, data.entries, {
      personal: data.personal,
      analysed,
    });
    for (const evidence of found.found) circumstances.add(evidence.id);
  }
  return { said, circumstances: [...circumstances] };
}
