import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { BookingView } from '../../src/services/booking/bookingService';
import { DialogIds } from '../dialogIds';
import type { BookingDialogDeps } from './bookingDeps';
import { sendCalendar } from './calendarMessage';
import { PATIENT_SLOT_WORDING } from './chooseSlotDialog';
import { PickBookingDialog, type PickBookingOptions } from './pickBookingDialog';
import { SlotBookingDialog, type SlotBookingOptions, type SlotBookingResult } from './slotBookingDialog';
import { bookingVars } from './spoken';

export interface MoveDialogOptions {
  bookingId?: string | undefined;
  /** The words that asked for the move: a new time they name is read, and only asked when they name none. */
  said?: string;
}

interface MoveValues {
  said?: string | undefined;
}

/**
 * Moves a booking to a new time, through the shared slot-booking flow. The old booking stays until
 * the patient confirms the new one; then the ledger takes the new slot and lets the old one go in one
 * step, and the link workers concerned are told (apart from this turn).
 */
export class MoveDialog extends ComponentDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(DialogIds.bookingMove);
    this.addDialog(new PickBookingDialog(deps));
    this.addDialog(
      new SlotBookingDialog(deps, {
        id: DialogIds.bookingMoveSlots,
        flowId: DialogIds.bookingMoveSlotsFlow,
        checkId: DialogIds.bookingMoveCheck,
        modeId: DialogIds.bookingMode,
        wording: PATIENT_SLOT_WORDING,
        audience: 'patient',
      }),
    );
    this.addDialog(
      new WaterfallDialog(DialogIds.bookingMoveFlow, [
        this.pickBookingStep.bind(this),
        this.chooseSlotStep.bind(this),
        this.doneStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.bookingMoveFlow;
  }

  private pickBookingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { bookingId, said } = (step.options ?? {}) as MoveDialogOptions;
    (step.values as MoveValues).said = said;
    return step.beginDialog(DialogIds.bookingPick, {
      purpose: 'move',
      bookingId,
    } satisfies PickBookingOptions);
  }

  private async chooseSlotStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const current = step.result as BookingView | undefined;
    if (!current) return step.endDialog();
    await this.deps.speaker.say(step.context, 'booking.move.intro');
    const { booking } = current;
    const { said } = step.values as MoveValues;
    return step.beginDialog(DialogIds.bookingMoveSlots, {
      slots: { ask: true, ...(said === undefined ? {} : { said }) },
      move: { bookingId: booking.id, start: booking.start, mode: booking.mode },
    } satisfies SlotBookingOptions);
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const { view, gone, meeting } = (step.result ?? {}) as SlotBookingResult;
    if (!view) {
      if (!gone && !meeting) await speaker.say(step.context, 'booking.move.kept');
      return step.endDialog();
    }
    await speaker.say(step.context, 'booking.move.done', bookingVars(speaker, step.context, view));
    await sendCalendar(this.deps, step.context, view, 'booking.done.calendar');
    await speaker.say(step.context, 'booking.done.change');
    return step.endDialog();
  }
}
