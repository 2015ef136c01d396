import {
  ComponentDialog,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { BookingView } from '../../src/services/booking/bookingService';
import { DialogIds } from '../dialogIds';
import { patientKeyOf } from '../patient';
import { yesNoChoices } from '../yesNo';
import type { BookingDialogDeps } from './bookingDeps';
import { sendCalendar } from './calendarMessage';
import { PickBookingDialog, type PickBookingOptions } from './pickBookingDialog';
import { bookingVars } from './spoken';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';

export interface CancelDialogOptions {
  bookingId?: string | undefined;
}

interface CancelValues {
  bookingId: string;
}

const MAX_REASON = 500;

/** Cancels one of the patient's bookings after asking once, and sends the file that takes it out of their calendar. */
export class CancelDialog extends ComponentDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(DialogIds.bookingCancel);
    this.addDialog(new PickBookingDialog(deps));
    this.addDialog(new SignpostChoicePrompt(DialogIds.bookingCancelCheck, deps.speaker.translator));
    this.addDialog(new TextPrompt(DialogIds.bookingCancelReason));
    this.addDialog(
      new WaterfallDialog(DialogIds.bookingCancelFlow, [
        this.pickBookingStep.bind(this),
        this.checkStep.bind(this),
        this.reasonStep.bind(this),
        this.cancelStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.bookingCancelFlow;
  }

  private pickBookingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { bookingId } = (step.options ?? {}) as CancelDialogOptions;
    return step.beginDialog(DialogIds.bookingPick, {
      purpose: 'cancel',
      bookingId,
    } satisfies PickBookingOptions);
  }

  private async checkStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const view = step.result as BookingView | undefined;
    if (!view) return step.endDialog();
    (step.values as CancelValues).bookingId = view.booking.id;
    const { when, worker } = bookingVars(speaker, step.context, view);
    return step.prompt(DialogIds.bookingCancelCheck, {
      prompt: speaker.text(step.context, 'booking.cancelBooking.check', { when, worker }),
      retryPrompt: speaker.text(step.context, 'booking.cancelBooking.retry'),
      choices: yesNoChoices(speaker, step.context, 'booking.cancelBooking.yes', 'booking.cancelBooking.no', {
        yes: 'booking.cancelBooking.yesWords',
      }),
      style: ListStyle.suggestedAction,
    });
  }

  /** Why, if they want to say: it goes to the link worker, as plain text. */
  private async reasonStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    if ((step.result as FoundChoice).index !== 0) {
      await speaker.say(step.context, 'booking.cancelBooking.kept');
      return step.endDialog();
    }
    return step.prompt(DialogIds.bookingCancelReason, {
      prompt: speaker.text(step.context, 'booking.cancelBooking.reason'),
    });
  }

  private async cancelStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, booking } = this.deps;
    const said = String(step.result ?? '').trim();
    const skipped = !said || speaker.saysOneOf(step.context, said, 'booking.phone.skipWords');
    const { bookingId } = step.values as CancelValues;
    const result = await booking.cancel({
      bookingId,
      owner: patientKeyOf(step.context),
      cancellation: { by: 'patient', ...(skipped ? {} : { reason: said.slice(0, MAX_REASON) }) },
    });
    if (!result.ok) {
      await speaker.say(step.context, 'booking.cancelBooking.gone');
      return step.endDialog();
    }
    await speaker.say(step.context, 'booking.cancelBooking.done', { worker: result.view.worker?.name ?? '' });
    await sendCalendar(this.deps, step.context, result.view, 'booking.cancelBooking.calendar');
    return step.endDialog();
  }
}
