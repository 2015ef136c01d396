// What the learned layer sees of a message: the front end's canonical words, with the words a negation
// reaches marked ("I'm not lonely" → "i am not not_lonely"), and the clauses of the message, to point
// at the words behind a need the classifier found. Training and prediction both read text through
// here, so the classifier sees at run time exactly what it learned from.
import { z } from 'zod';
import modelEnGB from '../../data/en-GB/needs/model.json';
import { analyse, type AnalysedText, type NegationProfile, type TokenSpan } from '../../frontEnd';

const schema = z.object({
  about: z.string(),
  negatedPrefix: z.string().min(1),
  clauseBreaks: z.array(z.string().regex(/^\S+$/)),
  clausePunctuation: z.array(z.string().min(1)),
});

interface FeatureData {
  readonly negatedPrefix: string;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly clausePunctuation: ReadonlySet<string>;
}

let data: FeatureData | undefined;

function featureData(): FeatureData {
  if (!data) {
    const parsed = schema.parse(modelEnGB);
    data = {
      negatedPrefix: parsed.negatedPrefix,
      clauseBreaks: new Set(parsed.clauseBreaks),
      clausePunctuation: new Set(parsed.clausePunctuation),
    };
  }
  return data;
}

/** One canonical word as the classifier sees it: no spaces inside. */
const asFeature = (word: string): string => word.replace(/\s+/g, '_');

/** The words of tokens first..last (inclusive), space-separated, negated words marked. */
export function featureText(
  analysed: AnalysedText,
  profile: NegationProfile = 'default',
  span: TokenSpan = { first: 0, last: analysed.tokens.length - 1 },
): string {
  const { negatedPrefix } = featureData();
  const negation = analysed.negation(profile);
  const words: string[] = [];
  for (let i = span.first; i <= span.last; i += 1) {
    const token = analysed.tokens[i];
    if (!token || token.kind === 'punctuation') continue;
    words.push((negation.inScope[i] ? negatedPrefix : '') + asFeature(token.text));
  }
  return words.join(' ');
}

/**
 * A whole message as a classifier reads it: each distinct sentence once (a paste repeated adds
 * nothing), up to maxWords words.
 */
export function wholeFeatureText(
  analysed: AnalysedText,
  profile: NegationProfile = 'default',
  maxWords = Infinity,
): string {
  const seen = new Set<string>();
  const words: string[] = [];
  const sentences = analysed.sentences.length
    ? analysed.sentences
    : [{ first: 0, last: analysed.tokens.length - 1 }];
  for (const sentence of sentences) {
    const text = featureText(analysed, profile, sentence);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    words.push(...text.split(' '));
    if (words.length >= maxWords) break;
  }
  return words.slice(0, maxWords).join(' ');
}

/** The classifier's words for a raw text (training reads the corpus through this). */
export function featureTextOf(text: string, locale: string, profile: NegationProfile = 'default'): string {
  return featureText(analyse(text, locale), profile);
}

/** Clauses of two or more words, split at punctuation and at words such as "and" and "but". */
export function clausesOf(analysed: AnalysedText): TokenSpan[] {
  const { clauseBreaks, clausePunctuation } = featureData();
  const clauses: TokenSpan[] = [];
  let first = -1;
  let words = 0;
  const close = (last: number): void => {
    if (first >= 0 && words >= 2) clauses.push({ first, last });
    first = -1;
    words = 0;
  };
  analysed.tokens.forEach((token, index) => {
    const breaks =
      (token.kind === 'punctuation' && clausePunctuation.has(token.text)) || clauseBreaks.has(token.text);
    if (breaks) {
      close(index - 1);
      return;
    }
    if (token.kind === 'punctuation') return;
    if (first < 0) first = index;
    words += 1;
  });
  close(analysed.tokens.length - 1);
  return clauses;
}
