import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import {
  ChoiceFactory,
  ChoicePrompt,
  ListStyle,
  type Choice,
  type FoundChoice,
  type PromptOptions,
  type PromptRecognizerResult,
  type PromptValidator,
} from 'botbuilder-dialogs';
import type { MessageKey, Translator } from '../../src/i18n/translator';
import { readChoice, type ChoiceReading } from '../../src/understanding/choice';
import type { Answer } from '../../src/understanding/yesNo';
import { channelTraits } from '../channelTraits';
import { choiceOptions } from './choiceOptions';

/**
 * A choice whose further words come from a catalogue list ("|"-separated) named by `synonymsKey`. The
 * key, not the words, is what is kept in the conversation's dialog state: the menu's words alone
 * were half of a conversation's stored state, read, copied and written on every turn.
 */
export type CatalogueChoice = Choice & {
  synonymsKey?: MessageKey;
  /** The choice is the yes or the no of a yes/no question: "I don't mind" and "go on" reach it too. */
  answers?: Answer;
};

interface Recognised {
  options: PromptOptions;
  text: string | undefined;
  reading: ChoiceReading | undefined;
}

/** Turn-state key under which the latest reading of a choice prompt is kept, for the command check. */
export const CHOICE_READING = Symbol('choiceReading');

/**
 * A choice prompt that reads answers in people's words through the understanding layer (readChoice):
 * a button's text, the option's words, its place in the list when the whole answer is a pick, words
 * only that option has, or yes and no. Buttons and typed words reach the same result. A retry says
 * why, then asks the same question again with its buttons. The reading is made once a turn and kept,
 * because botbuilder asks for it twice (once to see whether the prompt takes the message).
 */
export class SignpostChoicePrompt extends ChoicePrompt {
  private readonly recognisedKey = Symbol('recognised');

  /** `catalogue` gives the words of choices that name their synonyms by key. */
  constructor(
    dialogId: string,
    private readonly catalogue: Pick<Translator, 'list'>,
    validator?: PromptValidator<FoundChoice>,
  ) {
    super(dialogId, validator);
  }

  protected override async onPrompt(
    context: TurnContext,
    state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const shown = choicesAsChannelShows(
      context,
      options.prompt,
      options.choices ?? [],
      options.style ?? this.style,
    );
    if (shown) {
      if (isRetry && options.retryPrompt) await context.sendActivity(options.retryPrompt);
      await context.sendActivity(shown);
      return;
    }
    if (isRetry && options.retryPrompt && options.prompt) {
      await context.sendActivity(options.retryPrompt);
      return super.onPrompt(context, state, options, false);
    }
    return super.onPrompt(context, state, options, isRetry);
  }

  protected override async onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<FoundChoice>> {
    const text = context.activity.text ?? choiceFromCard(context.activity.value);
    const earlier = context.turnState.get<Recognised | undefined>(this.recognisedKey);
    const reading =
      earlier && earlier.options === options && earlier.text === text
        ? earlier.reading
        : this.read(context, options);
    context.turnState.set(this.recognisedKey, { options, text, reading } satisfies Recognised);
    context.turnState.set(CHOICE_READING, reading);
    if (reading?.value.kind !== 'option') return { succeeded: false };
    const index = reading.value.index;
    const choice = (options.choices ?? [])[index];
    if (choice === undefined) return { succeeded: false };
    return {
      succeeded: true,
      value: {
        value: typeof choice === 'string' ? choice : choice.value,
        index,
        score: reading.confidence,
      },
    };
  }

  private read(context: TurnContext, options: PromptOptions): ChoiceReading | undefined {
    const text = context.activity.text ?? choiceFromCard(context.activity.value);
    if (!text) return undefined;
    const locale = context.activity.locale;
    const choices = (options.choices ?? []) as (CatalogueChoice | string)[];
    return readChoice({
      text,
      ...(locale === undefined ? {} : { locale }),
      options: choiceOptions(choices, (key) => this.catalogue.list(locale, key)),
    });
  }
}

/**
 * Suggested actions where the channel shows them all; where it shows fewer (Teams shows 3), the
 * choices go in a card of buttons, or a numbered list on a channel without cards, so nothing is
 * hidden. Undefined: the prompt's usual rendering is right for this channel.
 */
export function choicesAsChannelShows(
  context: TurnContext,
  prompt: string | Partial<Activity> | undefined,
  choices: readonly (string | Choice)[],
  style: ListStyle | undefined,
): Partial<Activity> | undefined {
  const traits = channelTraits(context.activity.channelId);
  if (style !== undefined && style !== ListStyle.suggestedAction) return undefined;
  if (choices.length <= traits.maxSuggestedActions) return undefined;
  const list = ChoiceFactory.toChoices([...choices]);
  const text = typeof prompt === 'string' ? prompt : (prompt?.text ?? '');
  return traits.rendersAdaptiveCards
    ? MessageFactory.attachment(choiceCard(list.map((choice) => choice.action?.title ?? choice.value)), text)
    : ChoiceFactory.list(list, text);
}

/**
 * The words a choice card's button sent (`{ signpostChoice }`), read like a typed answer. The value is
 * untrusted: anything but a short string is ignored.
 */
export function choiceFromCard(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const choice = (value as { signpostChoice?: unknown }).signpostChoice;
  return typeof choice === 'string' && choice.length > 0 && choice.length <= 200 ? choice : undefined;
}

/**
 * An Adaptive Card 1.5 with one button per choice, one under another. Each button submits its own
 * words, which the prompt reads like a typed answer (Action.Submit works in Teams, Web Chat and the
 * Agents Playground alike).
 */
export function choiceCard(titles: readonly string[]) {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: titles.map((title) => ({
      type: 'ActionSet',
      actions: [{ type: 'Action.Submit', title, data: { signpostChoice: title } }],
    })),
  });
}
