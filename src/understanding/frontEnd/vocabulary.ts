// The words a language's tasks look for, so that spelling tolerance corrects typos towards them and
// never "corrects" a word we know.
import choicesEnGB from '../data/en-GB/choices.json';
import intentsEnGB from '../data/en-GB/intents.json';
import repliesEnGB from '../data/en-GB/replies.json';
import { repliesFor } from '../lexicon';
import { lexiconWords } from '../needs/lexicon';
import { phraseWords } from './phrase';
import { rulesFor, type CompiledRules } from './rules';
import type { SpellingVocabulary } from './spelling';

/** Only curated targets of this length or more: any lexicon word would do, but then "retraining" becomes "restraining". */
const TARGET_MIN_LENGTH = 6;

/** Every string inside a data file (its phrases and words), for the known words. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (key === 'about' ? [] : stringsIn(inner)));
  }
  return [];
}

/** The phrases of the tasks' data files by locale: intents, yes and no, choices, follow-up answers. */
const TASK_DATA: Readonly<Record<string, readonly unknown[]>> = {
  'en-GB': [intentsEnGB, repliesEnGB, choicesEnGB, repliesFor('en-GB')],
};

const built = new Map<string, SpellingVocabulary>();

export function vocabularyFor(rules: CompiledRules): SpellingVocabulary {
  let vocabulary = built.get(rules.locale);
  if (!vocabulary) {
    const rewrites = [...rules.words.values()].flatMap((value) => value.split(' '));
    const known = new Set([
      ...lexiconWords(rules.locale),
      ...stringsIn(TASK_DATA[rules.locale] ?? []).flatMap(phraseWords),
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
