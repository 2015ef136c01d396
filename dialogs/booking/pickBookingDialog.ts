import {
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { itemAt } from '../../src/domain/lists';
import type { BookingView } from '../../src/services/booking/bookingService';
import { DialogIds } from '../dialogIds';
import { patientKeyOf } from '../patient';
import type { BookingDialogDeps } from './bookingDeps';
import { bookingVars } from './spoken';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';

export interface PickBookingOptions {
  purpose: 'move' | 'cancel';
  /** The booking already chosen (the patient has only one); checked again, as it may have changed. */
  bookingId?: string | undefined;
}

interface PickBookingValues {
  ids: string[];
}

/**
 * Which of the patient's own upcoming bookings to move or cancel: asked only when there is more than
 * one. Ends with the BookingView, or with nothing when there is none (and says so).
 */
export class PickBookingDialog extends ComponentDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(DialogIds.bookingPick);
    this.addDialog(new SignpostChoicePrompt(DialogIds.bookingPickPrompt, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(DialogIds.bookingPickFlow, [this.listStep.bind(this), this.pickedStep.bind(this)]),
    );
    this.initialDialogId = DialogIds.bookingPickFlow;
  }

  private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, booking } = this.deps;
    const { purpose, bookingId } = step.options as PickBookingOptions;
    const owner = patientKeyOf(step.context);
    if (bookingId !== undefined) {
      const view = await booking.booking(bookingId);
      if (view && view.booking.owner === owner && view.booking.status === 'confirmed')
        return step.endDialog(view);
      await speaker.say(
        step.context,
        purpose === 'move' ? 'booking.move.gone' : 'booking.cancelBooking.gone',
      );
      return step.endDialog();
    }
    const views = await booking.myBookings(owner);
    if (views.length === 0) {
      await speaker.say(step.context, 'booking.mine.none');
      return step.endDialog();
    }
    if (views.length === 1) return step.endDialog(views[0]);
    (step.values as PickBookingValues).ids = views.map((view) => view.booking.id);
    return step.prompt(DialogIds.bookingPickPrompt, {
      prompt: speaker.text(step.context, `booking.pick.${purpose}`),
      retryPrompt: speaker.text(step.context, 'booking.pick.retry'),
      choices: views.map((view) => {
        const { when, worker } = bookingVars(speaker, step.context, view);
        return { value: speaker.text(step.context, 'booking.pick.line', { when, worker }) };
      }),
      style: ListStyle.list,
    });
  }

  private async pickedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { ids } = step.values as PickBookingValues;
    // The choices were the bookings whose ids were kept, in order.
    const view: BookingView | undefined = await this.deps.booking.booking(
      itemAt(ids, (step.result as FoundChoice).index, 'the id of the chosen booking'),
    );
    if (!view || view.booking.status !== 'confirmed') {
      const { purpose } = step.options as PickBookingOptions;
      await this.deps.speaker.say(
        step.context,
        purpose === 'move' ? 'booking.move.gone' : 'booking.cancelBooking.gone',
      );
      return step.endDialog();
    }
    return step.endDialog(view);
  }
}
