import {
  ComponentDialog,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { itemAt } from '../../src/domain/lists';
import type { SlotOffer } from '../../src/services/booking/bookingService';
import type { MeetingMode } from '../../src/services/ports';
import { plainWords } from '../../src/understanding/plainWords';
import { findUkPhone, parseUkPhone, type FoundPhone } from '../../src/understanding/phone';
import { DialogIds } from '../dialogIds';
import { meetingModeChoices } from './spoken';
import { yesNoChoices } from '../yesNo';
import type { BookingDialogDeps } from './bookingDeps';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';

export interface ChooseMeetingOptions {
  offer: SlotOffer;
  /** When moving a booking: keep its way of meeting if the new slot offers it, without asking. */
  keepMode?: MeetingMode;
  /** The way they already said they would like to meet ("by phone"): not asked again if the slot offers it. */
  preferMode?: MeetingMode;
}

/** A phone number only ever given for a phone meeting, with the patient's agreement. */
export interface ChosenMeeting {
  mode: MeetingMode;
  phone?: { e164: string; display: string };
}

interface ChooseMeetingValues {
  mode: MeetingMode;
  kept: boolean;
}

/**
 * How the patient meets the link worker (in person, phone or video, as the slot allows) and, for a
 * phone meeting only, a number to call if they are happy to give one. "skip" is always an answer.
 */
export class ChooseMeetingDialog extends ComponentDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(DialogIds.bookingChooseMeeting);
    this.addDialog(new SignpostChoicePrompt(DialogIds.bookingMode, deps.speaker.translator));
    // "yes its 07700 900 123", or just the number: the answer to the next question, given early.
    this.addDialog(
      new SignpostChoicePrompt(
        DialogIds.bookingPhoneConsent,
        deps.speaker.translator,
        async (prompt) =>
          prompt.recognized.succeeded || findUkPhone(prompt.context.activity.text ?? '') !== undefined,
      ),
    );
    this.addDialog(new TextPrompt(DialogIds.bookingPhone, this.validatePhone.bind(this)));
    this.addDialog(
      new WaterfallDialog(DialogIds.bookingChooseMeetingFlow, [
        this.askModeStep.bind(this),
        this.askPhoneConsentStep.bind(this),
        this.askPhoneStep.bind(this),
        this.finishStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.bookingChooseMeetingFlow;
  }

  private async askModeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const { offer, keepMode, preferMode } = step.options as ChooseMeetingOptions;
    const values = step.values as ChooseMeetingValues;
    values.kept = keepMode !== undefined && offer.modes.includes(keepMode);
    const [onlyMode, ...otherModes] = offer.modes;
    if (keepMode !== undefined && values.kept) values.mode = keepMode;
    else if (preferMode !== undefined && offer.modes.includes(preferMode)) values.mode = preferMode;
    else if (onlyMode !== undefined && otherModes.length === 0) values.mode = onlyMode;
    else {
      return step.prompt(DialogIds.bookingMode, {
        prompt: speaker.text(step.context, 'booking.mode.ask', { worker: offer.workerName }),
        retryPrompt: speaker.text(step.context, 'booking.mode.retry'),
        choices: meetingModeChoices(speaker, step.context, offer.modes),
        style: ListStyle.suggestedAction,
      });
    }
    return step.next();
  }

  private async askPhoneConsentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const { offer } = step.options as ChooseMeetingOptions;
    const values = step.values as ChooseMeetingValues;
    const found = step.result as FoundChoice | undefined;
    // The choices were the offer's modes, in order.
    if (found) values.mode = itemAt(offer.modes, found.index, 'the chosen way of meeting');
    // A booking moved without changing how they meet keeps the number the link worker already has.
    if (values.mode !== 'phone' || values.kept)
      return step.endDialog({ mode: values.mode } satisfies ChosenMeeting);
    return step.prompt(DialogIds.bookingPhoneConsent, {
      prompt: speaker.text(step.context, 'booking.phone.askConsent', { worker: offer.workerName }),
      retryPrompt: speaker.text(step.context, 'booking.phone.consentRetry'),
      choices: yesNoChoices(
        speaker,
        step.context,
        'booking.phone.yes',
        'booking.phone.no',
        'booking.phone.noWords',
      ),
      style: ListStyle.suggestedAction,
    });
  }

  private async askPhoneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { offer } = step.options as ChooseMeetingOptions;
    const given = findUkPhone(step.context.activity.text ?? '');
    if (given) return this.withNumber(step, given);
    if ((step.result as FoundChoice | undefined)?.index !== 0) return this.withoutNumber(step);
    return step.prompt(DialogIds.bookingPhone, {
      prompt: this.deps.speaker.text(step.context, 'booking.phone.ask', { worker: offer.workerName }),
    });
  }

  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = String(step.result);
    const parsed = findUkPhone(text) ?? parseUkPhone(text);
    if (!parsed.ok) return this.withoutNumber(step);
    return this.withNumber(step, parsed);
  }

  private async withNumber(
    step: WaterfallStepContext,
    phone: Pick<FoundPhone, 'e164' | 'display'>,
  ): Promise<DialogTurnResult> {
    const { offer } = step.options as ChooseMeetingOptions;
    await this.deps.speaker.say(step.context, 'booking.phone.thanks', {
      worker: offer.workerName,
      phone: phone.display,
    });
    return step.endDialog({
      mode: 'phone',
      phone: { e164: phone.e164, display: phone.display },
    } satisfies ChosenMeeting);
  }

  private async withoutNumber(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { offer } = step.options as ChooseMeetingOptions;
    await this.deps.speaker.say(step.context, 'booking.phone.noNumber', { worker: offer.workerName });
    return step.endDialog({ mode: 'phone' } satisfies ChosenMeeting);
  }

  private async validatePhone(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { speaker } = this.deps;
    const text = prompt.recognized.value ?? '';
    const said = plainWords(text);
    if (
      said &&
      speaker.list(prompt.context, 'booking.phone.skipWords').some((word) => plainWords(word) === said)
    ) {
      return true;
    }
    if (findUkPhone(text)) return true;
    const parsed = parseUkPhone(text);
    if (parsed.ok) return true;
    await speaker.say(prompt.context, `booking.phone.problem.${parsed.reason}`);
    await speaker.say(prompt.context, 'booking.phone.retry');
    return false;
  }
}
