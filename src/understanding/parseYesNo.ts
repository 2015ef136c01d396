// Yes or no to a closed question, in the words people actually use ("go on then", "nah", "I'm alright
// thanks"), backed by recognizers-text's boolean model for anything our list does not know.
import { recognizeBoolean } from '@microsoft/recognizers-text-suite';
import { repliesFor } from './lexicon';
import { SKIPPED, notUnderstood, understood, type Understood } from './result';
import { DEFAULT_CULTURE, canonical, isSkipAnswer, recognizerCulture, tagPhrases } from './text';

export type YesNoResult = Understood<boolean, 'unclear'>;

export interface ParseYesNoInput {
  readonly text: string;
  readonly locale?: string;
}

// Single characters and symbols, decided before normalising (which reads "n" as "and").
const SYMBOLS: Readonly<Record<string, boolean>> = {
  y: true,
  n: false,
  '👍': true,
  '👎': false,
  '✅': true,
  '❌': false,
};

interface RecognizedBoolean {
  value?: unknown;
  otherResults?: { value?: unknown }[];
}

function fromRecognizer(text: string, locale: string): boolean | undefined {
  const values = new Set<boolean>();
  for (const result of recognizeBoolean(text, recognizerCulture(locale))) {
    const resolution = result.resolution as RecognizedBoolean | undefined;
    if (typeof resolution?.value === 'boolean') values.add(resolution.value);
    for (const other of resolution?.otherResults ?? []) {
      if (typeof other.value === 'boolean') values.add(other.value);
    }
  }
  return values.size === 1 ? [...values][0] : undefined;
}

export function parseYesNo({ text, locale = DEFAULT_CULTURE }: ParseYesNoInput): YesNoResult {
  const trimmed = text
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  const symbol = SYMBOLS[trimmed];
  if (symbol !== undefined) return understood(symbol);
  if (isSkipAnswer({ text, locale })) return SKIPPED;

  const replies = repliesFor(locale);
  const normalised = canonical(text, locale);
  // Longest phrases win, so "definitely not" is a no although it contains "definitely".
  const answers = new Set(
    tagPhrases(normalised, [
      { tag: true, phrases: replies.yes },
      { tag: false, phrases: replies.no },
    ]).map((span) => span.tag),
  );
  if (answers.size > 1) return notUnderstood('unclear');
  const [answer] = [...answers];
  if (answer !== undefined) return understood(answer);

  const recognised = fromRecognizer(text, locale);
  return recognised === undefined ? notUnderstood('unclear') : understood(recognised);
}
