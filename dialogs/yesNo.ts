import type { TurnContext } from 'botbuilder';
import type { Choice } from 'botbuilder-dialogs';
import type { MessageKey } from '../src/i18n/translator';
import type { Speaker } from './speaker';

/**
 * The two buttons of a yes/no question, with the everyday ways of saying yes and no as synonyms, so
 * typing "yeah" or "no thanks" works as well as pressing a button. Index 0 is yes.
 */
export function yesNoChoices(
  speaker: Speaker,
  context: TurnContext,
  yesKey: MessageKey,
  noKey: MessageKey,
): Choice[] {
  return [
    { value: speaker.text(context, yesKey), synonyms: speaker.list(context, 'answers.yesWords') },
    { value: speaker.text(context, noKey), synonyms: speaker.list(context, 'answers.noWords') },
  ];
}
