import type { TurnContext } from 'botbuilder';
import {
  ListStyle,
  Prompt,
  type FoundChoice,
  type PromptOptions,
  type PromptRecognizerResult,
} from 'botbuilder-dialogs';
import type { Translator } from '../../src/i18n/translator';
import { readChoice } from '../../src/understanding/choice';
import { readIntent, type IntentReading } from '../../src/understanding/intent';
import { plainPhrase, plainWords } from '../../src/understanding/plainWords';
import { choiceOptions } from './choiceOptions';
import { choiceFromCard, choicesAsChannelShows, type CatalogueChoice } from './choicePrompt';

/** What the menu heard: one of its buttons (or its number), or a message read for its meaning. */
export type MenuAnswer =
  | { readonly kind: 'entry'; readonly found: FoundChoice }
  | { readonly kind: 'intent'; readonly reading: IntentReading; readonly text: string };

/**
 * The main menu: its buttons, and free text read for what it means ("book", "my appointment", "I'm
 * really lonely since my wife went into a care home"). A button's text picks its entry; other words
 * are read by readIntent, so "help with my gas bill" is about money, not the help button; an entry's
 * number or further words come last.
 * A retry says why, then asks the same question again with its buttons.
 */
export class MenuPrompt extends Prompt<MenuAnswer> {
  constructor(
    dialogId: string,
    private readonly catalogue: Pick<Translator, 'list'>,
  ) {
    super(dialogId);
  }

  protected async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const choices = options.choices ?? [];
    const style = options.style ?? ListStyle.suggestedAction;
    if (isRetry && options.retryPrompt) await context.sendActivity(options.retryPrompt);
    if (options.prompt) {
      await context.sendActivity(
        choicesAsChannelShows(context, options.prompt, choices, style) ??
          this.appendChoices(options.prompt, context.activity.channelId, choices, style),
      );
    }
  }

  protected async onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<MenuAnswer>> {
    const text = (context.activity.text ?? choiceFromCard(context.activity.value))?.trim();
    if (!text) return { succeeded: false };
    const locale = context.activity.locale;
    const choices = (options.choices ?? []) as (CatalogueChoice | string)[];
    const entry = (index: number, score: number): PromptRecognizerResult<MenuAnswer> => {
      const choice = choices[index];
      const value = typeof choice === 'string' ? choice : (choice?.value ?? '');
      return { succeeded: true, value: { kind: 'entry', found: { value, index, score } } };
    };
    // A button pressed (its text, exactly).
    const said = plainWords(text, locale);
    const pressed = choices.findIndex(
      (choice) => plainPhrase(typeof choice === 'string' ? choice : choice.value, locale) === said,
    );
    if (pressed >= 0) return entry(pressed, 1);
    // Words read for their meaning: "move my appointment" goes straight to moving it.
    const reading = readIntent({ text, locale: locale ?? 'en-GB' });
    if (reading.value !== 'unclear' || reading.forSomeoneElse)
      return { succeeded: true, value: { kind: 'intent', reading, text } };
    // An entry's number, or one of its further words.
    const picked = readChoice({
      text,
      ...(locale === undefined ? {} : { locale }),
      options: choiceOptions(choices, (key) => this.catalogue.list(locale, key)),
    });
    if (picked.value.kind === 'option' && picked.confidence >= 0.9)
      return entry(picked.value.index, picked.confidence);
    return { succeeded: false };
  }
}
