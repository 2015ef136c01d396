import type { TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import type { Clock } from '../../src/services/ports';
import type { NamedWorker } from '../../src/understanding/workerName';
import type { Speaker } from '../speaker';
import { readSlotChoice, type SlotChoice, type SlotChoiceProblem } from './slotChoice';

/** Passed as the prompt's `validations`: the slot ids on screen, in the order they were numbered. */
export interface SlotChoiceValidations {
  offered: string[];
  /** How each slot was described, in the same order: "the Tuesday one" is read against these. */
  labels?: string[];
  /** When each slot starts (ISO instants), in the same order: "Friday" or "half 2" picks the one it fits. */
  starts?: string[];
}

const RETRY_MESSAGE = {
  notOffered: 'booking.offer.notOffered',
  notUnderstood: 'booking.offer.retry',
  asksMode: 'booking.offer.modeAfterTime',
} as const satisfies Record<SlotChoiceProblem, string>;

interface SlotChoiceState {
  problem?: SlotChoiceProblem;
}

/**
 * Waits for a choice from offered slots: a card button (validated; a slot that was not offered is
 * refused politely), a number, "more", "another day", or another day in words. The prompt is a whole
 * activity (numbered list and card), so a reprompt after "help", and a retry after its reason, show
 * the same slots again.
 */
export class SlotChoicePrompt extends Prompt<SlotChoice> {
  constructor(
    dialogId: string,
    private readonly speaker: Speaker,
    private readonly clock: Clock,
    /** The practice's link workers, so that one asked for by name at the list is looked for. */
    private readonly workers: () => readonly NamedWorker[] = () => [],
  ) {
    super(dialogId);
  }

  protected async onPrompt(
    context: TurnContext,
    state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    if (isRetry) {
      const problem = (state as SlotChoiceState).problem;
      await this.speaker.say(context, RETRY_MESSAGE[problem ?? 'notUnderstood']);
    }
    if (options.prompt) await context.sendActivity(options.prompt);
  }

  protected async onRecognize(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<SlotChoice>> {
    const { offered, labels, starts } = options.validations as SlotChoiceValidations;
    const result = readSlotChoice({
      text: context.activity.text,
      value: context.activity.value,
      offered,
      ...(labels ? { labels } : {}),
      ...(starts ? { starts } : {}),
      words: {
        more: this.speaker.list(context, 'booking.offer.moreWords'),
        otherDay: this.speaker.list(context, 'booking.offer.otherDayWords'),
      },
      workers: this.workers(),
      locale: this.speaker.translator.resolve(context.activity.locale),
      now: this.clock.now(),
    });
    if (result.ok) return { succeeded: true, value: result.choice };
    (state as SlotChoiceState).problem = result.problem;
    return { succeeded: false };
  }
}
