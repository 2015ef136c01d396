import type { TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { readSuggestionAnswer, type SuggestionAnswer, type SuggestionWords } from './suggestionAnswer';

/** What the prompt keeps between turns: the offers on screen, in the order they were numbered. */
export interface SuggestionPromptState {
  shown: { id: string; name: string }[];
}

/**
 * Waits for what the patient does with the suggestions: a card button (validated; an offer that was
 * not shown is refused) or typed words. Its prompt is a whole activity (cards, or a numbered list),
 * so a reprompt after "help" shows the same options again.
 */
export class SuggestionPrompt extends Prompt<SuggestionAnswer> {
  constructor(
    dialogId: string,
    private readonly words: (context: TurnContext) => SuggestionWords,
  ) {
    super(dialogId);
  }

  protected async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity);
  }

  protected async onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<SuggestionAnswer>> {
    const { shown } = options.validations as SuggestionPromptState;
    const answer = readSuggestionAnswer(context.activity, shown, this.words(context));
    return answer ? { succeeded: true, value: answer } : { succeeded: false };
  }
}
