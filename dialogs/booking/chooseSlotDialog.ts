import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { anyTimePreference, type WhenPreference } from '../../src/domain/booking/whenPreference';
import { UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import type { SlotHold, SlotOffer } from '../../src/services/booking/bookingService';
import type { MessageKey } from '../../src/i18n/translator';
import { parseWhen } from '../../src/understanding/parseWhen';
import { DialogIds } from '../dialogIds';
import { patientKeyOf } from '../patient';
import type { BookingDialogDeps } from './bookingDeps';
import type { SlotChoice } from './slotChoice';
import { SlotChoicePrompt } from './slotChoicePrompt';
import { slotOfferPrompt } from './offerCard';
import { spokenWhen } from './spoken';

/**
 * The words one audience reads while choosing a slot: a patient booking for themselves, or a
 * receptionist booking for the patient in front of them (whose answers are read as en-GB).
 */
export interface SlotWording {
  readonly whenAsk: MessageKey;
  readonly intro: MessageKey;
  readonly nearest: MessageKey;
  readonly leadTaken: MessageKey;
  readonly leadGone: MessageKey;
  /** Said when there is no slot at all; the patient is also told to call the practice. */
  readonly noSlots: MessageKey | 'callPractice';
  /** Read answers in this locale instead of the user's. */
  readonly locale?: string;
}

export const PATIENT_SLOT_WORDING: SlotWording = {
  whenAsk: 'booking.when.ask',
  intro: 'booking.offer.intro',
  nearest: 'booking.offer.nearest',
  leadTaken: 'booking.lead.taken',
  leadGone: 'booking.lead.gone',
  noSlots: 'callPractice',
};

export const STAFF_SLOT_WORDING: SlotWording = {
  whenAsk: 'staff.book.when',
  intro: 'staff.book.offer',
  nearest: 'staff.book.nearest',
  leadTaken: 'staff.book.taken',
  leadGone: 'staff.book.taken',
  noSlots: 'staff.book.noSlots',
  locale: 'en-GB',
};

export interface ChooseSlotOptions {
  /** Whose hold it is: the patient's own key, or the key of the patient a receptionist books for. */
  owner?: string;
  /** Already known (a retry after a slot was taken, "more"): the question is not asked again. */
  when?: WhenPreference;
  /** Slots not to offer again. */
  exclude?: string[];
  /** Why the slots are offered (again). */
  lead?: 'taken' | 'gone' | 'more' | 'cancelledByLeave';
  /** The session that was cancelled, when new times are offered because of it. */
  cancelled?: { start: string; workerName: string };
}

/** The slot the patient chose, held for them, and what they had asked for (to find the next best). */
export interface ChosenSlot {
  hold: SlotHold;
  when: WhenPreference;
}

interface ChooseSlotValues {
  when: WhenPreference;
  shown: string[];
}

/**
 * "When suits you?", then the three best slots (a card and a numbered list), then the chosen slot held
 * for the patient. Ends with a ChosenSlot, or with nothing when there is no slot to offer at all.
 */
export class ChooseSlotDialog extends ComponentDialog {
  constructor(
    private readonly deps: BookingDialogDeps,
    private readonly wording: SlotWording = PATIENT_SLOT_WORDING,
  ) {
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
    if (optionsOf(step).when) return step.next();
    return step.prompt(DialogIds.bookingWhen, {
      prompt: this.deps.speaker.text(step.context, this.wording.whenAsk),
    });
  }

  private async offerSlotsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, booking } = this.deps;
    const options = optionsOf(step);
    const when = options.when ?? this.understand(step, String(step.result));
    const exclude = options.exclude ?? [];
    const values = step.values as ChooseSlotValues;
    values.when = when;

    const search = await booking.findSlots({ when, exclude });
    if (options.lead === 'taken') await speaker.say(step.context, this.wording.leadTaken);
    if (options.lead === 'gone') await speaker.say(step.context, this.wording.leadGone);
    if (options.lead === 'cancelledByLeave' && options.cancelled) {
      await speaker.say(step.context, 'booking.lead.cancelledByLeave', {
        when: spokenWhen(speaker, step.context, options.cancelled.start),
        worker: options.cancelled.workerName,
      });
    }
    if (search.ok) {
      const intro: MessageKey =
        options.lead === 'more'
          ? 'booking.offer.more'
          : options.lead === 'cancelledByLeave'
            ? 'booking.offer.newTimes'
            : options.lead
              ? 'booking.offer.nextBest'
              : this.wording.intro;
      return this.offer(step, search.offers, intro, exclude);
    }
    if (options.lead === 'more') await speaker.say(step.context, 'booking.offer.noMore');
    else await speaker.say(step.context, `booking.noMatch.${search.reason}`);
    if (search.alternatives.length > 0)
      return this.offer(step, search.alternatives, this.wording.nearest, exclude);
    if (exclude.length > 0)
      return step.replaceDialog(DialogIds.bookingChooseSlotFlow, { owner: options.owner });
    if (this.wording.noSlots !== 'callPractice') {
      await speaker.say(step.context, this.wording.noSlots);
      return step.endDialog();
    }
    const { name, phone } = this.deps.practice;
    if (phone) await speaker.say(step.context, 'booking.callPractice.withPhone', { practice: name, phone });
    else await speaker.say(step.context, 'booking.callPractice.withoutPhone', { practice: name });
    return step.endDialog();
  }

  private async holdSlotStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = step.result as SlotChoice;
    const { when, shown } = step.values as ChooseSlotValues;
    const { owner } = optionsOf(step);
    const again = (options: ChooseSlotOptions) =>
      step.replaceDialog(DialogIds.bookingChooseSlotFlow, { ...options, ...(owner ? { owner } : {}) });
    switch (choice.kind) {
      case 'more':
        return again({ when, exclude: shown, lead: 'more' });
      case 'otherDay':
        return again({});
      case 'when':
        return again({ when: choice.when });
      case 'pick': {
        const held = await this.deps.booking.hold({
          slotId: choice.slotId,
          owner: owner ?? patientKeyOf(step.context),
        });
        if (held.ok) return step.endDialog({ hold: held.hold, when } satisfies ChosenSlot);
        return again({
          when,
          exclude: [choice.slotId],
          lead: held.reason === 'slotTaken' ? 'taken' : 'gone',
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

  private whenOf(step: { context: WaterfallStepContext['context'] }, text: string) {
    return parseWhen({
      text,
      locale: this.wording.locale ?? this.deps.speaker.translator.resolve(step.context.activity.locale),
      referenceDate: this.deps.clock.now(),
      timeZone: UK_TIME_ZONE,
    });
  }

  /** A language the recognizers cannot read gets the earliest slots rather than a question it can't answer. */
  private understand(step: WaterfallStepContext, text: string): WhenPreference {
    const parsed = this.whenOf(step, text);
    return parsed.ok ? parsed.when : { ...anyTimePreference(UK_TIME_ZONE), asap: true };
  }

  private async validateWhen(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const parsed = this.whenOf(prompt, prompt.recognized.value ?? '');
    if (parsed.ok || parsed.reason === 'unsupportedLocale') return true;
    await this.deps.speaker.say(prompt.context, `booking.when.problem.${parsed.reason}`);
    await this.deps.speaker.say(prompt.context, this.wording.whenAsk);
    return false;
  }
}

function optionsOf(step: WaterfallStepContext): ChooseSlotOptions {
  return (step.options ?? {}) as ChooseSlotOptions;
}
