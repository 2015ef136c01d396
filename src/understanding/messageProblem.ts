// Messages that answer no question: no words at all (emoji only, punctuation), another language,
// abuse aimed at Signpost, or keyboard gibberish. The dialog answers with a short kind word and asks
// the same question again; nothing said before is lost.
import { z } from 'zod';
import problemsEnGB from './data/en-GB/messageProblems.json';
import { analyse, phraseSpans, type AnalysedText, type CompiledPhrase } from './frontEnd';
import { compilePhrase } from './frontEnd/phrase';
import { frontEndLocale } from './frontEnd/rules';
import { isKnownWord } from './frontEnd/vocabulary';
import { detectNeeds } from './needs/detectNeeds';
import type { Reading } from './result';

export type MessageProblem = 'noWords' | 'otherLanguage' | 'abuse' | 'gibberish';

const schema = z.object({
  about: z.string(),
  otherLanguages: z.record(z.string(), z.array(z.string().min(1))),
  abuse: z.array(z.string().min(1)),
});

interface Compiled {
  readonly languages: ReadonlyMap<string, ReadonlySet<string>>;
  readonly abuse: readonly CompiledPhrase[];
}

const DATA: Readonly<Record<string, unknown>> = { 'en-GB': problemsEnGB };
const compiledByLocale = new Map<string, Compiled>();

function compiledFor(locale: string | undefined): Compiled {
  const tag = frontEndLocale(locale);
  let compiled = compiledByLocale.get(tag);
  if (!compiled) {
    const data = schema.parse(DATA[tag] ?? DATA['en-GB']);
    compiled = {
      languages: new Map(
        Object.entries(data.otherLanguages).map(([language, words]) => [language, new Set(words)]),
      ),
      abuse: data.abuse.map(compilePhrase),
    };
    compiledByLocale.set(tag, compiled);
  }
  return compiled;
}

// Letters of scripts other than Latin: Arabic (Urdu), Gurmukhi (Panjabi), Devanagari, Bengali,
// Cyrillic, Greek, Hebrew, Chinese, Japanese, Korean, Thai...
const OTHER_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Gurmukhi}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Ethiopic}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

function otherLanguage(analysed: AnalysedText, locale: string | undefined): boolean {
  const words = analysed.tokens.filter((token) => token.kind === 'word');
  if (words.length === 0) return false;
  const text = analysed.original;
  const otherLetters = [...text].filter((char) => OTHER_SCRIPT.test(char)).length;
  const latinLetters = [...text].filter((char) => LATIN_LETTER.test(char)).length;
  if (otherLetters > latinLetters) return true;
  const english = words.filter((token) => isKnownWord(token.text, locale)).length;
  for (const vocabulary of compiledFor(locale).languages.values()) {
    const foreign = words.filter(
      (token) => vocabulary.has(token.text) && !isKnownWord(token.text, locale),
    ).length;
    if (foreign >= 2 && foreign >= english && foreign / words.length >= 0.4) return true;
  }
  return false;
}

/** A word typed by running fingers along the keyboard: no vowel, or a short pattern repeated. */
function keyboardMash(word: string): boolean {
  if (word.length < 3 || !/^\p{L}+$/u.test(word)) return false;
  if (!/[aeiouy]/.test(word)) return true;
  if (/^(.{1,3})\1{2,}$/.test(word)) return true;
  return /(qwert|asdf|zxcv|sdfg|dfgh|fghj|ghjk|hjkl|lkjh|wert|poiu|uiop)/.test(word);
}

export function readMessageProblem({
  text,
  locale,
}: {
  text: string;
  locale?: string | undefined;
}): Reading<MessageProblem> | undefined {
  const analysed = analyse(text, locale);
  const whole = [{ start: 0, end: analysed.original.length, text: analysed.original }];
  const words = analysed.tokens.filter((token) => !token.punctuation);
  if (words.length === 0) return { value: 'noWords', confidence: 0.9, evidence: whole };
  if (otherLanguage(analysed, locale)) return { value: 'otherLanguage', confidence: 0.7, evidence: whole };
  const abuse = phraseSpans(analysed, compiledFor(locale).abuse);
  if (
    abuse.length &&
    detectNeeds({ text, locale: locale ?? 'en-GB', analysed, rulesOnly: true }).needs.length === 0
  ) {
    return { value: 'abuse', confidence: 0.7, evidence: whole };
  }
  const unknown = words.filter((token) => !isKnownWord(token.text, locale));
  if (
    unknown.length === words.length &&
    unknown.filter((token) => keyboardMash(token.text)).length * 2 >= words.length
  ) {
    return { value: 'gibberish', confidence: 0.7, evidence: whole };
  }
  return undefined;
}
