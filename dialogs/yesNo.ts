import type { TurnContext } from 'botbuilder';
import type { MessageKey } from '../src/i18n/translator';
import type { CatalogueChoice } from './prompts/choicePrompt';
import type { Speaker } from './speaker';

/**
 * The two buttons of a yes/no question, marked as the yes and the no, so typing "yeah", "I don't mind"
 * or "no thanks" works as well as pressing a button (the understanding layer's yes/no words). Index 0
 * is yes. For a SignpostChoicePrompt. `noWordsKey` names words
 * that mean no at this question only ("use the one you have").
 */
export function yesNoChoices(
  speaker: Speaker,
  context: TurnContext,
  yesKey: MessageKey,
  noKey: MessageKey,
  noWordsKey?: MessageKey,
): CatalogueChoice[] {
  return yesNoCatalogueChoices((key) => speaker.text(context, key), yesKey, noKey, noWordsKey);
}

/** The same, from any way of reading the catalogue (the evaluation reads it without a turn). */
export function yesNoCatalogueChoices(
  text: (key: MessageKey) => string,
  yesKey: MessageKey,
  noKey: MessageKey,
  noWordsKey?: MessageKey,
): CatalogueChoice[] {
  return [
    { value: text(yesKey), answers: 'yes' },
    { value: text(noKey), answers: 'no', ...(noWordsKey ? { synonymsKey: noWordsKey } : {}) },
  ];
}
