import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { anyTimePreference, type WhenPreference } from '../../src/domain/booking/whenPreference';
import { UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import type { SlotHold, SlotOffer } from '../../src/services/booking/bookingService';
import type { MessageKey } from '../../src/i18n/translator';
import type { MeetingMode } from '../../src/services/ports';
import { readWhen, type WhenUnderstanding } from '../../src/understanding/when/readWhen';
import { DialogIds } from '../dialogIds';
import { patientKeyOf } from '../patient';
import type { BookingDialogDeps } from './bookingDeps';
import type { SlotChoice } from './slotChoice';
import { SlotChoicePrompt } from './slotChoicePrompt';
import { slotOfferPrompt } from './offerCard';
import { spokenDate } from './spoken';

export interface ChooseSlotOptions {
  /** Already known (a retry after a slot was taken, "more"): the question is not asked again. */
  when?: WhenPreference;
  /** Slots not to offer again. */
  exclude?: string[];
  /** Why the slots are offered again. */
  lead?: 'taken' | 'gone' | 'more';
  /** How they said they would like to meet ("asap by phone"): only link workers who can, asked no more. */
  mode?: MeetingMode;
  /** Ask "when would suit you?" even though the follow-up questions said when they are usually free. */
  ask?: boolean;
}

/** The slot the patient chose, held for them, and what they had asked for (to find the next best). */
export interface ChosenSlot {
  hold: SlotHold;
  when: WhenPreference;
  mode?: MeetingMode;
}

interface ChooseSlotValues {
  when: WhenPreference;
  shown: string[];
  mode?: MeetingMode;
  /** Taken from the follow-up questions instead of asking. */
  usual?: WhenPreference;
}

/**
 * "When suits you?", then the three best slots (a card and a numbered list), then the chosen slot held
 * for the patient. Ends with a ChosenSlot, or with nothing when there is no slot to offer at all.
 */
export class ChooseSlotDialog extends ComponentDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(DialogIds.bookingChooseSlot);
    this.addDialog(new TextPrompt(DialogIds.bookingWhen, this.validateWhen.bind(this)));
    this.addDialog(new SlotChoicePrompt(DialogIds.bookingSlot, deps.speaker, deps.clock));
    this.addDialog(
      new WaterfallDialog(DialogIds.bookingChooseSlotFlow, [
        this.askWhenStep.bind(this),
        this.offerSlotsStep.bind(this),
        this.holdSlotStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.bookingChooseSlotFlow;
  }

  private async askWhenStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = optionsOf(step);
    if (options.when) return step.next();
    if (!options.ask) {
      const usual = await this.deps.booking.usualTimes(patientKeyOf(step.context));
      if (usual) {
        (step.values as ChooseSlotValues).usual = usual;
        return step.next();
      }
    }
    return step.prompt(DialogIds.bookingWhen, {
      prompt: this.deps.speaker.text(step.context, 'booking.when.ask'),
    });
  }

  private async offerSlotsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, booking } = this.deps;
    const options = optionsOf(step);
    const values = step.values as ChooseSlotValues;
    let when = options.when ?? values.usual;
    let mode = options.mode;
    let saidHoliday = false;
    if (values.usual && !options.when) await speaker.say(step.context, 'booking.when.usual');
    if (!when) {
      const reading = this.read(step.context, String(step.result));
      when = whenOf(reading);
      mode = reading.mode ?? undefined;
      if (reading.outcome.kind === 'holiday') {
        await speaker.say(step.context, 'booking.when.holiday', {
          day: spokenDate(speaker, step.context, reading.outcome.holiday.date),
        });
        saidHoliday = true;
      }
    }
    const exclude = options.exclude ?? [];
    values.when = when;
    if (mode) values.mode = mode;

    const search = await booking.findSlots({ when, exclude, ...(mode ? { modes: [mode] } : {}) });
    if (options.lead === 'taken' || options.lead === 'gone')
      await speaker.say(step.context, `booking.lead.${options.lead}`);
    if (search.ok) {
      const intro: MessageKey =
        options.lead === 'more'
          ? 'booking.offer.more'
          : options.lead
            ? 'booking.offer.nextBest'
            : 'booking.offer.intro';
      return this.offer(step, search.offers, intro, exclude);
    }
    if (options.lead === 'more') await speaker.say(step.context, 'booking.offer.noMore');
    // After "that day is a bank holiday", only a day too far ahead still needs saying.
    else if (!saidHoliday || search.reason === 'beyondHorizon')
      await speaker.say(step.context, `booking.noMatch.${search.reason}`);
    if (search.alternatives.length > 0)
      return this.offer(step, search.alternatives, 'booking.offer.nearest', exclude);
    if (exclude.length > 0) return step.replaceDialog(DialogIds.bookingChooseSlotFlow, {});
    const { name, phone } = this.deps.practice;
    if (phone) await speaker.say(step.context, 'booking.callPractice.withPhone', { practice: name, phone });
    else await speaker.say(step.context, 'booking.callPractice.withoutPhone', { practice: name });
    return step.endDialog();
  }

  private async holdSlotStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = step.result as SlotChoice;
    const { when, shown, mode } = step.values as ChooseSlotValues;
    const withMode = mode ? { mode } : {};
    const again = (options: ChooseSlotOptions) =>
      step.replaceDialog(DialogIds.bookingChooseSlotFlow, options);
    switch (choice.kind) {
      case 'more':
        return again({ when, exclude: shown, lead: 'more', ...withMode });
      case 'otherDay':
        return again({ ask: true, ...withMode });
      case 'when':
        return again({ when: choice.when, ...withMode });
      case 'pick': {
        const held = await this.deps.booking.hold({
          slotId: choice.slotId,
          owner: patientKeyOf(step.context),
        });
        if (held.ok) return step.endDialog({ hold: held.hold, when, ...withMode } satisfies ChosenSlot);
        return again({
          when,
          exclude: [choice.slotId],
          lead: held.reason === 'slotTaken' ? 'taken' : 'gone',
          ...withMode,
        });
      }
    }
  }

  private async offer(
    step: WaterfallStepContext,
    offers: SlotOffer[],
    intro: MessageKey,
    exclude: string[],
  ): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const { context } = step;
    (step.values as ChooseSlotValues).shown = [...exclude, ...offers.map((offer) => offer.id)];
    await speaker.say(context, intro);
    const { prompt, validations } = slotOfferPrompt(speaker, context, offers);
    return step.prompt(DialogIds.bookingSlot, { prompt, validations });
  }

  private read(context: TurnContext, text: string): WhenUnderstanding {
    const { holidays, horizonDays } = this.deps.booking.whenContext();
    return readWhen({
      text,
      locale: this.deps.speaker.translator.resolve(context.activity.locale),
      referenceDate: this.deps.clock.now(),
      timeZone: UK_TIME_ZONE,
      holidays,
      horizonDays,
    });
  }

  /** Asks again, saying why, when the answer names no usable day or time. */
  private async validateWhen(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { outcome } = this.read(prompt.context, prompt.recognized.value ?? '');
    if (outcome.kind !== 'unclear' && outcome.kind !== 'past') return true;
    await this.deps.speaker.say(
      prompt.context,
      outcome.kind === 'past' ? 'booking.when.problem.inThePast' : 'booking.when.problem.notUnderstood',
    );
    await this.deps.speaker.say(prompt.context, 'booking.when.ask');
    return false;
  }
}

/**
 * The request to search with. A language the recognizers cannot read gets the earliest slots rather
 * than a question it can't answer; a holiday or a day too far ahead is searched as said, so the nearest
 * days come back with the reason.
 */
export function whenOf(reading: WhenUnderstanding): WhenPreference {
  const { outcome } = reading;
  switch (outcome.kind) {
    case 'when':
    case 'holiday':
    case 'beyond':
      return outcome.when;
    default:
      return { ...anyTimePreference(UK_TIME_ZONE), asap: true };
  }
}

function optionsOf(step: WaterfallStepContext): ChooseSlotOptions {
  return (step.options ?? {}) as ChooseSlotOptions;
}
