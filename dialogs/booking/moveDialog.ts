import {
  ListStyle,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { BookingView, MoveResult } from '../../src/services/booking/bookingService';
import { DialogIds } from '../dialogIds';
import { patientKeyOf } from '../patient';
import { yesNoChoices } from '../yesNo';
import type { BookingDialogDeps } from './bookingDeps';
import { sendCalendarFile } from './calendarMessage';
import { ChooseMeetingDialog, type ChooseMeetingOptions, type ChosenMeeting } from './chooseMeetingDialog';
import { ChooseSlotDialog, type ChooseSlotOptions, type ChosenSlot } from './chooseSlotDialog';
import { HoldingDialog } from './holdingDialog';
import { PickBookingDialog, type PickBookingOptions } from './pickBookingDialog';
import { bookingVars, offerVars, spokenWhen } from './spoken';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';

export interface MoveDialogOptions {
  bookingId?: string | undefined;
  /** Set by the dialog itself when the new slot went while the patient decided. */
  retry?: ChooseSlotOptions;
}

interface MoveValues {
  current: BookingView;
  chosen: ChosenSlot;
  meeting: ChosenMeeting;
}

/**
 * Moves a booking to a new time. The old booking stays until the patient confirms the new one; then
 * the ledger takes the new slot and lets the old one go in one step.
 */
export class MoveDialog extends HoldingDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(DialogIds.bookingMove, deps.booking);
    this.addDialog(new PickBookingDialog(deps));
    this.addDialog(new ChooseSlotDialog(deps));
    this.addDialog(new ChooseMeetingDialog(deps));
    this.addDialog(new SignpostChoicePrompt(DialogIds.bookingMoveCheck, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(DialogIds.bookingMoveFlow, [
        this.pickBookingStep.bind(this),
        this.chooseSlotStep.bind(this),
        this.chooseMeetingStep.bind(this),
        this.checkStep.bind(this),
        this.moveStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.bookingMoveFlow;
  }

  private pickBookingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { bookingId } = optionsOf(step);
    return step.beginDialog(DialogIds.bookingPick, {
      purpose: 'move',
      bookingId,
    } satisfies PickBookingOptions);
  }

  private async chooseSlotStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const current = step.result as BookingView | undefined;
    if (!current) return step.endDialog();
    (step.values as MoveValues).current = current;
    const { retry } = optionsOf(step);
    if (!retry) await this.deps.speaker.say(step.context, 'booking.move.intro');
    return step.beginDialog(
      DialogIds.bookingChooseSlot,
      retry ?? ({ ask: true } satisfies ChooseSlotOptions),
    );
  }

  private async chooseMeetingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = step.result as ChosenSlot | undefined;
    const values = step.values as MoveValues;
    if (!chosen) {
      await this.deps.speaker.say(step.context, 'booking.move.kept');
      return step.endDialog();
    }
    values.chosen = chosen;
    this.keepHold(step, chosen.hold);
    const options: ChooseMeetingOptions = { offer: chosen.hold.offer, keepMode: values.current.booking.mode };
    return step.beginDialog(DialogIds.bookingChooseMeeting, options);
  }

  private async checkStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const values = step.values as MoveValues;
    values.meeting = step.result as ChosenMeeting;
    const to = offerVars(speaker, step.context, values.chosen.hold.offer, values.meeting.mode);
    return step.prompt(DialogIds.bookingMoveCheck, {
      prompt: speaker.text(step.context, 'booking.move.check', {
        from: spokenWhen(speaker, step.context, values.current.booking.start),
        to: to.when,
        worker: to.worker,
        how: to.how,
      }),
      retryPrompt: speaker.text(step.context, 'booking.move.retry'),
      choices: yesNoChoices(speaker, step.context, 'booking.move.yes', 'booking.move.no'),
      style: ListStyle.suggestedAction,
    });
  }

  private async moveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const { current, chosen, meeting } = step.values as MoveValues;
    if ((step.result as FoundChoice).index !== 0) {
      await this.letGo(step, chosen.hold);
      await speaker.say(step.context, 'booking.move.kept');
      return step.endDialog();
    }
    const result = await this.move(step, current, chosen, meeting);
    this.keepHold(step, undefined);
    if (result.ok) {
      await speaker.say(step.context, 'booking.move.done', bookingVars(speaker, step.context, result.view));
      await sendCalendarFile(this.deps, step.context, result.view, 'booking.done.calendar', meeting.phone);
      await speaker.say(step.context, 'booking.done.change');
      return step.endDialog();
    }
    if (result.reason === 'notFound' || result.reason === 'notOwner') {
      await speaker.say(step.context, 'booking.move.gone');
      return step.endDialog();
    }
    const retry: ChooseSlotOptions = {
      when: chosen.when,
      exclude: [chosen.hold.offer.id],
      lead: result.reason === 'slotTaken' || result.reason === 'holdExpired' ? 'taken' : 'gone',
    };
    return step.replaceDialog(DialogIds.bookingMoveFlow, {
      bookingId: current.booking.id,
      retry,
    } satisfies MoveDialogOptions);
  }

  private async move(
    step: WaterfallStepContext,
    current: BookingView,
    chosen: ChosenSlot,
    meeting: ChosenMeeting,
  ): Promise<MoveResult> {
    const { booking } = this.deps;
    const owner = patientKeyOf(step.context);
    const request = {
      bookingId: current.booking.id,
      owner,
      slotId: chosen.hold.offer.id,
      mode: meeting.mode,
    };
    const first = await booking.move({ ...request, holdToken: chosen.hold.holdToken });
    if (first.ok || first.reason !== 'holdExpired') return first;
    const again = await booking.hold({ slotId: request.slotId, owner });
    if (!again.ok) return { ok: false, reason: 'slotTaken' };
    return booking.move({ ...request, holdToken: again.hold.holdToken });
  }
}

function optionsOf(step: WaterfallStepContext): MoveDialogOptions {
  return (step.options ?? {}) as MoveDialogOptions;
}
