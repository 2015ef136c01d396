// What the safety classifiers see of a message: the words the en-GB rules read (their spelling
// rewrites applied, "kms" read as "kill myself", and the figures of speech they set aside hidden),
// then the shared front end's canonical words with negated words marked ("I'm not suicidal" → "i am
// not not_suicidal"). Training and prediction both read text through here.
import { englishRulesText, type MaskSet } from '../../../domain/safety';
import { analyse, type AnalysedText } from '../../frontEnd';
import { featureText } from '../../needs/model/features';

/**
 * The front end's reading of the text the rules read (a patient's message with the crisis masks, a
 * receptionist's note with the triage masks), or of the text as typed when no masks are given.
 */
export function analyseForSafety(text: string, masks: MaskSet | undefined): AnalysedText {
  return analyse(masks ? englishRulesText(text, masks) : text, 'en-GB');
}

/** The classifier's words for a raw text: each sentence once, up to maxWords words. */
export function safetyFeatureText(analysed: AnalysedText, maxWords = Infinity): string {
  const seen = new Set<string>();
  const words: string[] = [];
  const sentences = analysed.sentences.length
    ? analysed.sentences
    : [{ first: 0, last: analysed.tokens.length - 1 }];
  for (const sentence of sentences) {
    const text = featureText(analysed, 'default', sentence);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    words.push(...text.split(' '));
    if (words.length >= maxWords) break;
  }
  return words.slice(0, maxWords).join(' ');
}

export const safetyFeatureTextOf = (text: string, masks: MaskSet | undefined, maxWords?: number): string =>
  safetyFeatureText(analyseForSafety(text, masks), maxWords);
