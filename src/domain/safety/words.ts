// The words that raised a flag, for the staff who must act on it: the sentence of the original message
// that a hit was found in. Hits carry a sentence index (engine.ts); this finds that sentence in the
// text as it was typed, split where normaliseText marks a sentence end.

import { normaliseText, SENTENCE_ENDS } from './normalise';

/** Longest excerpt kept: a flag shows a sentence, not a whole message. */
export const MAX_WORDS_CHARS = 240;

/** The sentences of a message that have words in them, as typed (trimmed). */
export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_ENDS)
    .map((part) => part.trim())
    .filter((part) => normaliseText(part).trim() !== '');
}

/** The typed words of sentence `index`, cut to MAX_WORDS_CHARS; the whole text when it is not found. */
export function wordsOf(text: string, index: number): string {
  const sentence = sentencesOf(text)[index] ?? text.trim();
  return sentence.length > MAX_WORDS_CHARS ? `${sentence.slice(0, MAX_WORDS_CHARS - 1)}…` : sentence;
}
