// The words a language's tasks look for, so that spelling tolerance corrects typos towards them and
// never "corrects" a word we know.
import { lexiconWords } from '../needs/lexicon';
import { phraseWords } from './phrase';
import { rulesFor, type CompiledRules } from './rules';
import type { SpellingVocabulary } from './spelling';

/** Only curated targets of this length or more: any lexicon word would do, but then "retraining" becomes "restraining". */
const TARGET_MIN_LENGTH = 6;

const extraWords = new Map<string, string[]>();

/**
 * A task's own phrases (intents, choices, follow-up answers) join the known words of a locale. Called
 * once, when the task's data is first compiled, before any text of that locale is read.
 */
export function addKnownPhrases(locale: string, phrases: readonly string[]): void {
  extraWords.set(locale, [...(extraWords.get(locale) ?? []), ...phrases.flatMap(phraseWords)]);
  built.delete(locale);
}

const built = new Map<string, SpellingVocabulary>();

export function vocabularyFor(rules: CompiledRules): SpellingVocabulary {
  let vocabulary = built.get(rules.locale);
  if (!vocabulary) {
    const rewrites = [...rules.words.values()].flatMap((value) => value.split(' '));
    const known = new Set([
      ...lexiconWords(rules.locale),
      ...(extraWords.get(rules.locale) ?? []),
      ...rules.common,
      ...rules.targets,
      ...rewrites,
    ]);
    const targets = [...new Set(rules.targets.filter((word) => word.length >= TARGET_MIN_LENGTH))];
    vocabulary = { known, targets };
    built.set(rules.locale, vocabulary);
  }
  return vocabulary;
}

/** Whether a canonical word is one the language's word lists use or know. */
export function isKnownWord(word: string, locale: string | undefined): boolean {
  return vocabularyFor(rulesFor(locale)).known.has(word);
}
