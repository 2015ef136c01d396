import type { TurnContext } from 'botbuilder';
import {
  ChoiceFactory,
  ChoicePrompt,
  findChoices,
  type FoundChoice,
  type PromptOptions,
  type PromptRecognizerResult,
} from 'botbuilder-dialogs';
import { mayNameAPosition } from '../../src/understanding/choicePosition';

/**
 * botbuilder's ChoicePrompt, reading answers in the same order (an option's words, then its position),
 * but skipping the number and ordinal recognizers when the answer cannot name a position. Those
 * recognizers build their models on every call, and were the largest single cost of a turn whose
 * answer matched no option.
 */
export class SignpostChoicePrompt extends ChoicePrompt {
  protected override async onRecognize(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<FoundChoice>> {
    const utterance = context.activity.text;
    if (!utterance) return { succeeded: false };
    const found = findChoices(utterance, ChoiceFactory.toChoices(options.choices ?? []));
    if (found.length) return { succeeded: true, value: found[0].resolution };
    if (!mayNameAPosition({ text: utterance, locale: context.activity.locale })) return { succeeded: false };
    return super.onRecognize(context, state, options);
  }
}
