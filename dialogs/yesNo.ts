import type { TurnContext } from 'botbuilder';
import type { MessageKey } from '../src/i18n/translator';
import type { CatalogueChoice } from './prompts/choicePrompt';
import type { Speaker } from './speaker';

/**
 * The two buttons of a yes/no question, with the everyday ways of saying yes and no as synonyms, so
 * typing "yeah" or "no thanks" works as well as pressing a button. Index 0 is yes. For a
 * SignpostChoicePrompt, which reads the words from the catalogue by key.
 */
export function yesNoChoices(
  speaker: Speaker,
  context: TurnContext,
  yesKey: MessageKey,
  noKey: MessageKey,
): CatalogueChoice[] {
  return [
    { value: speaker.text(context, yesKey), synonymsKey: 'answers.yesWords' },
    { value: speaker.text(context, noKey), synonymsKey: 'answers.noWords' },
  ];
}
