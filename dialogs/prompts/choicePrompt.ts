import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import {
  ChoiceFactory,
  ChoicePrompt,
  ListStyle,
  findChoices,
  type Choice,
  type FoundChoice,
  type PromptOptions,
  type PromptRecognizerResult,
} from 'botbuilder-dialogs';
import type { MessageKey, Translator } from '../../src/i18n/translator';
import { mayNameAPosition } from '../../src/understanding/choicePosition';
import { channelTraits } from '../channelTraits';
import { OptionTokens } from './optionTokens';

/** Shared by every choice prompt: options' words are the same whichever prompt shows them. */
export const optionTokens = new OptionTokens();

/**
 * A choice whose further words come from a catalogue list ("|"-separated) named by `synonymsKey`. The
 * key, not the words, is what is kept in the conversation's dialog state: the menu's words alone
 * were half of a conversation's stored state, read, copied and written on every turn.
 */
export type CatalogueChoice = Choice & { synonymsKey?: MessageKey };

interface Recognised {
  options: PromptOptions;
  text: string | undefined;
  result: PromptRecognizerResult<FoundChoice>;
}

/**
 * botbuilder's ChoicePrompt, reading answers in the same order (an option's words, then its position),
 * with choices that may name their synonyms by catalogue key (CatalogueChoice), and with three
 * savings on the path of every turn:
 * - botbuilder recognises each message twice (once when the message arrives, to see whether the
 *   prompt will take it, and again to answer it); the second time reuses the first result;
 * - the options' words are tokenized once rather than on every turn;
 * - the number and ordinal recognizers are skipped when the answer cannot name a position. Those
 *   recognizers build their models on every call, and were the largest single cost of a turn whose
 *   answer matched no option.
 */
export class SignpostChoicePrompt extends ChoicePrompt {
  private readonly recognisedKey = Symbol('recognised');

  /** `catalogue` gives the words of choices that name their synonyms by key. */
  constructor(
    dialogId: string,
    private readonly catalogue: Pick<Translator, 'list'>,
  ) {
    super(dialogId);
  }

  /**
   * Suggested actions where the channel shows them all; where it shows fewer (Teams shows 3), the
   * choices go in a card of buttons that send their own words, or a numbered list on a channel
   * without cards. Nothing is hidden from anyone.
   */
  protected override async onPrompt(
    context: TurnContext,
    state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const choices = ChoiceFactory.toChoices(options.choices ?? []);
    const traits = channelTraits(context.activity.channelId);
    const style = options.style ?? this.style;
    if (style !== ListStyle.suggestedAction || choices.length <= traits.maxSuggestedActions) {
      return super.onPrompt(context, state, options, isRetry);
    }
    const prompt = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    const text = typeof prompt === 'string' ? prompt : (prompt?.text ?? '');
    const activity: Partial<Activity> = traits.rendersAdaptiveCards
      ? MessageFactory.attachment(
          choiceCard(choices.map((choice) => choice.action?.title ?? choice.value)),
          text,
        )
      : ChoiceFactory.list(choices, text);
    await context.sendActivity(activity);
  }

  protected override async onRecognize(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<FoundChoice>> {
    const text = context.activity.text ?? choiceFromCard(context.activity.value);
    const earlier = context.turnState.get<Recognised | undefined>(this.recognisedKey);
    if (earlier && earlier.options === options && earlier.text === text) return earlier.result;
    const result = await this.recognise(context, state, options);
    context.turnState.set(this.recognisedKey, { options, text, result } satisfies Recognised);
    return result;
  }

  private async recognise(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<FoundChoice>> {
    const utterance = context.activity.text ?? choiceFromCard(context.activity.value);
    if (!utterance) return { succeeded: false };
    const locale = context.activity.locale;
    const choices = ChoiceFactory.toChoices(options.choices ?? []).map((choice) =>
      this.withCatalogueWords(choice as CatalogueChoice, locale),
    );
    const [best] = findChoices(utterance, choices, {
      ...(locale === undefined ? {} : { locale }),
      tokenizer: optionTokens.for(utterance),
    });
    if (best) return { succeeded: true, value: best.resolution };
    if (!mayNameAPosition({ text: utterance, locale })) return { succeeded: false };
    if (context.activity.text === undefined) return { succeeded: false };
    return super.onRecognize(context, state, options);
  }

  private withCatalogueWords(choice: CatalogueChoice, locale: string | undefined): Choice {
    if (!choice.synonymsKey) return choice;
    const words = this.catalogue.list(locale, choice.synonymsKey);
    return { ...choice, synonyms: choice.synonyms ? [...choice.synonyms, ...words] : words };
  }
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
