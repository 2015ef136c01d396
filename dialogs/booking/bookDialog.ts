import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { DialogIds } from '../dialogIds';
import type { BookingDialogDeps } from './bookingDeps';
import { sendCalendar } from './calendarMessage';
import { PATIENT_SLOT_WORDING, type ChooseSlotOptions } from './chooseSlotDialog';
import { SlotBookingDialog, type SlotBookingOptions, type SlotBookingResult } from './slotBookingDialog';
import { bookingVars } from './spoken';

/** Begin with no options, or with the slots to offer at once (new times after a cancellation). */
export type BookDialogOptions = ChooseSlotOptions;

/** What the book dialog ends with: the booking made, if one was. */
export interface BookDialogResult {
  bookingId?: string;
}

/**
 * A patient books a time with a link worker: the shared slot-booking flow (when, which slot, how to
 * meet, a way to reach them only if that meeting needs one and they agree, a plain check), then the
 * confirmation and the calendar.
 */
export class BookDialog extends ComponentDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(DialogIds.bookingBook);
    this.addDialog(
      new SlotBookingDialog(deps, {
        id: DialogIds.bookingBookSlots,
        flowId: DialogIds.bookingBookFlow,
        checkId: DialogIds.bookingBookCheck,
        modeId: DialogIds.bookingMode,
        wording: PATIENT_SLOT_WORDING,
        audience: 'patient',
      }),
    );
    this.addDialog(
      new WaterfallDialog(DialogIds.bookingBookSteps, [this.bookStep.bind(this), this.doneStep.bind(this)]),
    );
    this.initialDialogId = DialogIds.bookingBookSteps;
  }

  private bookStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const slots = (step.options ?? {}) as BookDialogOptions;
    return step.beginDialog(DialogIds.bookingBookSlots, { slots } satisfies SlotBookingOptions);
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { view } = (step.result ?? {}) as SlotBookingResult;
    if (!view) return step.endDialog({} satisfies BookDialogResult);
    const { speaker } = this.deps;
    await speaker.say(step.context, 'booking.done.confirmed', bookingVars(speaker, step.context, view));
    await sendCalendar(this.deps, step.context, view, 'booking.done.calendar');
    await speaker.say(step.context, 'booking.done.change');
    return step.endDialog({ bookingId: view.booking.id } satisfies BookDialogResult);
  }
}
