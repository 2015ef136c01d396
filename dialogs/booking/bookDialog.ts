import {
  ListStyle,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ConfirmResult } from '../../src/services/booking/bookingService';
import { DialogIds } from '../dialogIds';
import { patientKeyOf } from '../patient';
import { yesNoChoices } from '../yesNo';
import type { BookingDialogDeps } from './bookingDeps';
import { sendCalendarFile } from './calendarMessage';
import { ChooseMeetingDialog, type ChooseMeetingOptions, type ChosenMeeting } from './chooseMeetingDialog';
import { ChooseSlotDialog, type ChooseSlotOptions, type ChosenSlot } from './chooseSlotDialog';
import { HoldingDialog } from './holdingDialog';
import { bookingVars, offerVars } from './spoken';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';

/** Begin with no options; the dialog passes some to itself when a slot went while the patient decided. */
export type BookDialogOptions = ChooseSlotOptions;

/** What the book dialog ends with: the booking made, if one was. */
export interface BookDialogResult {
  bookingId?: string;
}

interface BookValues {
  chosen: ChosenSlot;
  meeting: ChosenMeeting;
}

/**
 * Books a time with a link worker: when suits, which slot, how to meet, a phone number only for a
 * phone meeting and only if the patient agrees, a plain summary to check, then the booking and its
 * calendar file. A slot taken while the patient decided gets a kind word and the next best slots.
 */
export class BookDialog extends HoldingDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(DialogIds.bookingBook, deps.booking);
    this.addDialog(new ChooseSlotDialog(deps));
    this.addDialog(new ChooseMeetingDialog(deps));
    this.addDialog(new SignpostChoicePrompt(DialogIds.bookingBookCheck, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(DialogIds.bookingBookFlow, [
        this.chooseSlotStep.bind(this),
        this.chooseMeetingStep.bind(this),
        this.checkStep.bind(this),
        this.confirmStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.bookingBookFlow;
  }

  private chooseSlotStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.bookingChooseSlot, (step.options ?? {}) as BookDialogOptions);
  }

  private async chooseMeetingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = step.result as ChosenSlot | undefined;
    if (!chosen) return step.endDialog({} satisfies BookDialogResult);
    (step.values as BookValues).chosen = chosen;
    this.keepHold(step, chosen.hold);
    return step.beginDialog(DialogIds.bookingChooseMeeting, {
      offer: chosen.hold.offer,
      ...(chosen.mode ? { preferMode: chosen.mode } : {}),
    } satisfies ChooseMeetingOptions);
  }

  private async checkStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const values = step.values as BookValues;
    values.meeting = step.result as ChosenMeeting;
    const vars = offerVars(speaker, step.context, values.chosen.hold.offer, values.meeting.mode);
    await speaker.say(step.context, 'booking.check.summary', vars);
    return step.prompt(DialogIds.bookingBookCheck, {
      prompt: speaker.text(step.context, 'booking.check.ask'),
      retryPrompt: speaker.text(step.context, 'booking.check.retry'),
      choices: yesNoChoices(speaker, step.context, 'booking.check.yes', 'booking.check.no'),
      style: ListStyle.suggestedAction,
    });
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { chosen, meeting } = step.values as BookValues;
    if ((step.result as FoundChoice).index !== 0) {
      await this.letGo(step, chosen.hold);
      return step.replaceDialog(DialogIds.bookingBookFlow, { ask: true } satisfies BookDialogOptions);
    }
    const result = await this.confirm(step, chosen, meeting);
    this.keepHold(step, undefined);
    if (!result.ok) {
      const retry: BookDialogOptions = {
        when: chosen.when,
        exclude: [chosen.hold.offer.id],
        lead: result.reason === 'slotTaken' || result.reason === 'holdExpired' ? 'taken' : 'gone',
      };
      return step.replaceDialog(DialogIds.bookingBookFlow, retry);
    }
    const { speaker } = this.deps;
    await speaker.say(
      step.context,
      'booking.done.confirmed',
      bookingVars(speaker, step.context, result.view),
    );
    await sendCalendarFile(this.deps, step.context, result.view, 'booking.done.calendar', meeting.phone);
    await speaker.say(step.context, 'booking.done.change');
    return step.endDialog({ bookingId: result.view.booking.id } satisfies BookDialogResult);
  }

  /** A hold that ran out while the patient read the summary is taken again if the slot is still free. */
  private async confirm(
    step: WaterfallStepContext,
    chosen: ChosenSlot,
    meeting: ChosenMeeting,
  ): Promise<ConfirmResult> {
    const { booking } = this.deps;
    const owner = patientKeyOf(step.context);
    const slotId = chosen.hold.offer.id;
    const contactPhone = meeting.phone?.e164;
    const first = await booking.confirm({
      slotId,
      holdToken: chosen.hold.holdToken,
      owner,
      mode: meeting.mode,
      ...(contactPhone ? { contactPhone } : {}),
    });
    if (first.ok || first.reason !== 'holdExpired') return first;
    const again = await booking.hold({ slotId, owner });
    if (!again.ok) return { ok: false, reason: 'slotTaken' };
    return booking.confirm({
      slotId,
      holdToken: again.hold.holdToken,
      owner,
      mode: meeting.mode,
      ...(contactPhone ? { contactPhone } : {}),
    });
  }
}
