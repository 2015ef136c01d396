import type { TurnContext } from 'botbuilder';
import type { MessageKey } from '../src/i18n/translator';
import type { CatalogueChoice } from './prompts/choicePrompt';
import type { Speaker } from './speaker';

/** Catalogue lists of words that mean yes or no at one question only. */
export interface YesNoWords {
  /** "Bin it" to "Do you want to cancel your booking?". */
  readonly yes?: MessageKey;
  /** "Use the one you have" to "Can I take a phone number?". */
  readonly no?: MessageKey;
}

/**
 * The two buttons of a yes/no question, marked as the yes and the no, so typing "yeah", "I don't mind"
 * or "no thanks" works as well as pressing a button (the understanding layer's yes/no words). Index 0
 * is yes. For a SignpostChoicePrompt. `words` names words that mean yes or no at this question only.
 */
export function yesNoChoices(
  speaker: Speaker,
  context: TurnContext,
  yesKey: MessageKey,
  noKey: MessageKey,
  words: YesNoWords = {},
): CatalogueChoice[] {
  return yesNoCatalogueChoices((key) => speaker.text(context, key), yesKey, noKey, words);
}

/** The same, from any way of reading the catalogue (the evaluation reads it without a turn). */
export function yesNoCatalogueChoices(
  text: (key: MessageKey) => string,
  yesKey: MessageKey,
  noKey: MessageKey,
  words: YesNoWords = {},
): CatalogueChoice[] {
  return [
    { value: text(yesKey), answers: 'yes', ...(words.yes ? { synonymsKey: words.yes } : {}) },
    { value: text(noKey), answers: 'no', ...(words.no ? { synonymsKey: words.no } : {}) },
  ];
}
