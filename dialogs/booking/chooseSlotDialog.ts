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
import { readWorkerName } from '../../src/understanding/workerName';
import { DialogIds } from '../dialogIds';
import { patientKeyOf } from '../patient';
import type { BookingDialogDeps } from './bookingDeps';
import type { SlotChoice } from './slotChoice';
import { SlotChoicePrompt } from './slotChoicePrompt';
import { slotOfferPrompt } from './offerCard';
import { spokenDate, spokenWhen } from './spoken';

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
  /** Whether the times the person said they are usually free may stand in for asking. */
  readonly usualTimes: boolean;
}

export const PATIENT_SLOT_WORDING: SlotWording = {
  whenAsk: 'booking.when.ask',
  intro: 'booking.offer.intro',
  nearest: 'booking.offer.nearest',
  leadTaken: 'booking.lead.taken',
  leadGone: 'booking.lead.gone',
  noSlots: 'callPractice',
  usualTimes: true,
};

export const STAFF_SLOT_WORDING: SlotWording = {
  whenAsk: 'staff.book.when',
  intro: 'staff.book.offer',
  nearest: 'staff.book.nearest',
  leadTaken: 'staff.book.taken',
  leadGone: 'staff.book.taken',
  noSlots: 'staff.book.noSlots',
  locale: 'en-GB',
  usualTimes: false,
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
  /** How they said they would like to meet ("asap by phone"): only link workers who can, asked no more. */
  mode?: MeetingMode;
  /** They turned a time down for that way of meeting: nearest times in it, not other ways at that time. */
  modeFirst?: boolean;
  /** Ask "when would suit you?" even though the follow-up questions said when they are usually free. */
  ask?: boolean;
  /** When suits them, said before the question was asked (at the privacy question): read, not asked. */
  said?: string;
  /** The link worker they asked for ("wednesday with amara"), by id: only their times are offered. */
  worker?: string;
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
  worker?: string;
  modeFirst?: boolean;
  /** Taken from the follow-up questions instead of asking. */
  usual?: WhenPreference;
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
    this.addDialog(
      new SlotChoicePrompt(DialogIds.bookingSlot, deps.speaker, deps.clock, () => deps.booking.workerNames()),
    );
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
    if (options.said !== undefined) {
      const { outcome } = this.read(step.context, options.said);
      if (outcome.kind !== 'unclear' && outcome.kind !== 'past') return step.next(options.said);
    }
    if (!options.ask && this.wording.usualTimes) {
      const usual = await this.deps.booking.usualTimes(options.owner ?? patientKeyOf(step.context));
      if (usual) {
        (step.values as ChooseSlotValues).usual = usual;
        return step.next();
      }
    }
    return step.prompt(DialogIds.bookingWhen, {
      prompt: this.deps.speaker.text(step.context, this.wording.whenAsk),
    });
  }

  private async offerSlotsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, booking } = this.deps;
    const options = optionsOf(step);
    const values = step.values as ChooseSlotValues;
    let when = options.when ?? values.usual;
    let mode = options.mode;
    let worker = options.worker;
    // A link worker or a way of meeting named in the words that began the booking ("book with Amara
    // please", "asap by phone") stands, whether the time comes from those words, an answer or the usual
    // times; an answer that names another changes it (below). Words that are the answer are read there.
    const answer = when ? undefined : String(step.result);
    if (options.said !== undefined && options.said !== answer) {
      mode = this.read(step.context, options.said).mode ?? mode;
      worker = this.workerNamed(step.context, options.said) ?? worker;
    }
    let saidHoliday = false;
    if (values.usual && !options.when) await speaker.say(step.context, 'booking.when.usual');
    if (!when) {
      const text = String(step.result);
      const reading = this.read(step.context, text);
      when = whenOf(reading);
      // A way of meeting said before ("by phone") stands unless this answer names another; so does a
      // link worker asked for.
      mode = reading.mode ?? mode;
      worker = this.workerNamed(step.context, text) ?? worker;
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
    // Kept only while the way of meeting is the one they turned a time down for.
    const modeFirst = options.modeFirst === true && mode !== undefined && mode === options.mode;
    if (modeFirst) values.modeFirst = true;

    const find = (only: string | undefined) =>
      booking.findSlots({
        when,
        exclude,
        ...(mode ? { modes: [mode] } : {}),
        ...(modeFirst ? { modeFirst } : {}),
        ...(only ? { workers: [only] } : {}),
      });
    let search = await find(worker);
    const workerName = worker ? booking.workerNames().find((named) => named.id === worker)?.name : undefined;
    if (worker && !search.ok && search.alternatives.length === 0) {
      // Nothing free with them at all: the other link workers' times, saying so.
      await speaker.say(step.context, 'booking.worker.noneFree', { worker: workerName ?? '' });
      worker = undefined;
      search = await find(undefined);
    }
    if (worker) values.worker = worker;
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
    // Others may be free then: it is the one they asked for who is not.
    else if (worker && workerName && search.reason !== 'beyondHorizon' && search.reason !== 'bankHoliday')
      await speaker.say(step.context, 'booking.worker.notThen', { worker: workerName });
    // After "that day is a bank holiday", only a day too far ahead still needs saying.
    else if (!saidHoliday || search.reason === 'beyondHorizon')
      await speaker.say(step.context, `booking.noMatch.${search.reason}`);
    if (search.alternatives.length > 0)
      return this.offer(step, search.alternatives, this.wording.nearest, exclude);
    if (exclude.length > 0) {
      return step.replaceDialog(DialogIds.bookingChooseSlotFlow, {
        ...(options.owner ? { owner: options.owner } : {}),
      } satisfies ChooseSlotOptions);
    }
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
    const { when, shown, mode, modeFirst, worker } = step.values as ChooseSlotValues;
    const withMode = {
      ...(mode ? { mode, ...(modeFirst ? { modeFirst } : {}) } : {}),
      ...(worker ? { worker } : {}),
    };
    const { owner } = optionsOf(step);
    const again = (options: ChooseSlotOptions) =>
      step.replaceDialog(DialogIds.bookingChooseSlotFlow, { ...options, ...(owner ? { owner } : {}) });
    switch (choice.kind) {
      case 'more':
        return again({ when, exclude: shown, lead: 'more', ...withMode });
      case 'otherDay':
        return again({ ask: true, ...withMode });
      case 'when': {
        // A way of meeting said with the new time ("asap by phone please") replaces the one before;
        // so does a link worker asked for by name.
        const asked = choice.worker ?? worker;
        return again({
          when: choice.when,
          ...(choice.mode ? { mode: choice.mode } : withMode),
          ...(asked ? { worker: asked } : {}),
        });
      }
      case 'pick': {
        const held = await this.deps.booking.hold({
          slotId: choice.slotId,
          owner: owner ?? patientKeyOf(step.context),
        });
        // A way of meeting said with the pick ("2 by phone") is asked no more, where the worker offers it.
        const chosenMode = choice.mode ? { mode: choice.mode } : {};
        if (held.ok)
          return step.endDialog({ hold: held.hold, when, ...withMode, ...chosenMode } satisfies ChosenSlot);
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
      locale: this.wording.locale ?? this.deps.speaker.translator.resolve(context.activity.locale),
      referenceDate: this.deps.clock.now(),
      timeZone: UK_TIME_ZONE,
      holidays,
      horizonDays,
    });
  }

  /** The link worker the words ask for, by id, if they ask for one of this practice's. */
  private workerNamed(context: TurnContext, text: string): string | undefined {
    return readWorkerName(
      text,
      this.deps.booking.workerNames(),
      this.wording.locale ?? this.deps.speaker.translator.resolve(context.activity.locale),
    );
  }

  /**
   * Asks again, saying why, when the answer names no usable day or time. A link worker asked for
   * ("can I see Amara?") is an answer: their earliest times.
   */
  private async validateWhen(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    const { outcome } = this.read(prompt.context, text);
    if (outcome.kind !== 'unclear' && outcome.kind !== 'past') return true;
    if (outcome.kind === 'unclear' && this.workerNamed(prompt.context, text)) return true;
    await this.deps.speaker.say(
      prompt.context,
      outcome.kind === 'past' ? 'booking.when.problem.inThePast' : 'booking.when.problem.notUnderstood',
    );
    await this.deps.speaker.say(prompt.context, this.wording.whenAsk);
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
