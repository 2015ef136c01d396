// What the safety classifiers see of a message: the words the en-GB rules read (their spelling
// rewrites applied, "kms" read as "kill myself", and the figures of speech they set aside hidden),
// then the shared front end's canonical words with negated words marked ("I'm not suicidal" → "i am
// not not_suicidal"). Training and prediction both read text through here.
import { englishRulesText, type MaskSet } from '../../../domain/safety';
import { analyse, type AnalysedText } from '../../frontEnd';
import { wholeFeatureText } from '../../needs/model/features';

/**
 * The front end's reading of the text the rules read (a patient's message with the crisis masks, a
 * receptionist's note with the triage masks), or of the text as typed when no masks are given.
 */
export function analyseForSafety(text: string, masks: MaskSet | undefined): AnalysedText {
  return analyse(masks ? englishRulesText(text, masks) : text, 'en-GB');
}

/** The classifier's words for a raw text: each sentence once, up to maxWords words. */
export const safetyFeatureText = (analysed: AnalysedText, maxWords = Infinity): string =>
  wholeFeatureText(analysed, 'default', maxWords);

export const safetyFeatureTextOf = (text: string, masks: MaskSet | undefined, maxWords?: number): string =>
  safetyFeatureText(analyseForSafety(text, masks), maxWords);
