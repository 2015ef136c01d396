import {
  ListStyle,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { itemAt } from '../../src/domain/lists';
import type {
  BookingService,
  BookingView,
  ConfirmResult,
  MoveResult,
  SlotHold,
} from '../../src/services/booking/bookingService';
import type { Booking, MeetingMode } from '../../src/services/ports';
import { DialogIds } from '../dialogIds';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';
import { patientKeyOf } from '../patient';
import { yesNoChoices } from '../yesNo';
import type { BookingDialogDeps } from './bookingDeps';
import {
  ChooseMeetingDialog,
  givenEarly,
  type ChooseMeetingOptions,
  type ChosenMeeting,
} from './chooseMeetingDialog';
import {
  ChooseSlotDialog,
  type ChooseSlotOptions,
  type ChosenSlot,
  type SlotWording,
} from './chooseSlotDialog';
import { HoldingDialog } from './holdingDialog';
import { meetingModeChoices, offerVars, spokenWhen } from './spoken';

/**
 * The one flow that books a slot, for every way Signpost books: a patient booking or moving their own
 * session, and a receptionist booking for a patient. Choose a slot (held while they decide), how to
 * meet, check, then confirm; a hold that lapsed while they read is taken again if the slot is still
 * free. What differs is passed in: whose booking it is, who is booking, the words, and whether it is
 * a new booking or a move.
 */

export interface SlotBookingSetup {
  readonly id: string;
  readonly flowId: string;
  readonly checkId: string;
  readonly modeId: string;
  readonly wording: SlotWording;
  /**
   * A patient chooses how to meet and gives a way to reach them (with consent); a receptionist chooses
   * how the patient will meet, and the patient's details are already taken.
   */
  readonly audience: 'patient' | 'staff';
}

export interface SlotBookingOptions {
  readonly slots?: ChooseSlotOptions;
  /** A number or an address given before it was asked, in the words that began the booking. */
  readonly given?: string;
  /** Whose booking it is; the patient in this conversation when absent. */
  readonly owner?: string;
  readonly bookedBy?: Booking['bookedBy'];
  /** Moving this booking rather than making a new one. */
  readonly move?: { readonly bookingId: string; readonly start: string; readonly mode: MeetingMode };
  /** A number the patient gave reception, used for a phone meeting (E.164). */
  readonly knownPhone?: string;
}

export interface SlotBookingResult {
  view?: BookingView;
  meeting?: ChosenMeeting;
  /** A move found the booking gone or not theirs. */
  gone?: boolean;
}

interface Values {
  chosen: ChosenSlot;
  meeting: ChosenMeeting;
}

export class SlotBookingDialog extends HoldingDialog {
  constructor(
    private readonly deps: BookingDialogDeps,
    private readonly setup: SlotBookingSetup,
  ) {
    super(setup.id, deps.booking);
    this.addDialog(new ChooseSlotDialog(deps, setup.wording));
    if (setup.audience === 'patient') this.addDialog(new ChooseMeetingDialog(deps));
    else this.addDialog(new SignpostChoicePrompt(setup.modeId, deps.speaker.translator));
    this.addDialog(new SignpostChoicePrompt(setup.checkId, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(setup.flowId, [
        this.chooseSlotStep.bind(this),
        this.chooseMeetingStep.bind(this),
        this.checkStep.bind(this),
        this.confirmStep.bind(this),
      ]),
    );
    this.initialDialogId = setup.flowId;
  }

  private chooseSlotStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = optionsOf(step);
    return step.beginDialog(this.chooseSlotId(), {
      ...options.slots,
      owner: this.ownerOf(step),
    } satisfies ChooseSlotOptions);
  }

  private async chooseMeetingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = step.result as ChosenSlot | undefined;
    if (!chosen) return step.endDialog({} satisfies SlotBookingResult);
    (step.values as Values).chosen = chosen;
    this.keepHold(step, chosen.hold);
    const { offer } = chosen.hold;
    const { move } = optionsOf(step);
    if (this.setup.audience === 'patient') {
      return step.beginDialog(this.chooseMeetingId(), {
        offer,
        ...(move ? { keepMode: move.mode } : {}),
        ...(chosen.mode ? { preferMode: chosen.mode } : {}),
        ...withGiven(optionsOf(step)),
      } satisfies ChooseMeetingOptions);
    }
    if (offer.modes.length === 1) return step.next({ index: 0 });
    const { speaker } = this.deps;
    return step.prompt(this.setup.modeId, {
      prompt: speaker.text(step.context, 'staff.book.mode', { worker: offer.workerName }),
      retryPrompt: speaker.text(step.context, 'booking.mode.retry'),
      choices: meetingModeChoices(speaker, step.context, offer.modes),
      style: ListStyle.suggestedAction,
    });
  }

  private async checkStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const values = step.values as Values;
    const { offer } = values.chosen.hold;
    values.meeting =
      this.setup.audience === 'patient'
        ? (step.result as ChosenMeeting)
        : { mode: itemAt(offer.modes, (step.result as FoundChoice).index, 'the chosen way of meeting') };
    if (values.meeting.otherTimes) {
      await this.letGo(step, values.chosen.hold);
      return step.replaceDialog(this.setup.flowId, {
        ...optionsOf(step),
        ...withGiven(optionsOf(step)),
        slots: { when: values.chosen.when, mode: values.meeting.mode, modeFirst: true, exclude: [offer.id] },
      } satisfies SlotBookingOptions);
    }
    if (values.meeting.cancelled) {
      await this.letGo(step, values.chosen.hold);
      await speaker.say(step.context, 'booking.contact.noWayToMeet', { practice: this.deps.practice.name });
      return step.endDialog({} satisfies SlotBookingResult);
    }
    const vars = offerVars(speaker, step.context, offer, values.meeting.mode);
    const { move } = optionsOf(step);
    const [question, yes, no, retry] =
      this.setup.audience === 'staff'
        ? ([
            'staff.book.check',
            'staff.book.checkYes',
            'staff.book.checkNo',
            'staff.book.checkRetry',
          ] as const)
        : move
          ? (['booking.move.check', 'booking.move.yes', 'booking.move.no', 'booking.move.retry'] as const)
          : (['booking.check.ask', 'booking.check.yes', 'booking.check.no', 'booking.check.retry'] as const);
    if (!move && this.setup.audience === 'patient')
      await speaker.say(step.context, 'booking.check.summary', vars);
    return step.prompt(this.setup.checkId, {
      prompt: speaker.text(step.context, question, {
        ...vars,
        from: move ? spokenWhen(speaker, step.context, move.start) : '',
        to: vars.when,
      }),
      retryPrompt: speaker.text(step.context, retry),
      choices: yesNoChoices(speaker, step.context, yes, no),
      style: ListStyle.suggestedAction,
    });
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const options = optionsOf(step);
    const { chosen, meeting } = step.values as Values;
    if ((step.result as FoundChoice).index !== 0) {
      await this.letGo(step, chosen.hold);
      // The move dialog says the booking stays as it was.
      if (options.move) return step.endDialog({} satisfies SlotBookingResult);
      return step.replaceDialog(this.setup.flowId, {
        ...options,
        slots: { ask: true },
      } satisfies SlotBookingOptions);
    }
    const result = await confirmHeld(this.deps.booking, {
      hold: chosen.hold,
      owner: this.ownerOf(step),
      mode: meeting.mode,
      ...(options.bookedBy ? { bookedBy: options.bookedBy } : {}),
      ...(options.move ? { moveBookingId: options.move.bookingId } : {}),
      contact: {
        ...(meeting.contact?.name ? { name: meeting.contact.name } : {}),
        ...(meeting.contact?.phone ? { phone: meeting.contact.phone.e164 } : {}),
        ...(meeting.contact?.email ? { email: meeting.contact.email } : {}),
        ...(!meeting.contact && meeting.mode === 'phone' && options.knownPhone
          ? { phone: options.knownPhone }
          : {}),
      },
    });
    this.keepHold(step, undefined);
    if (result.ok) return step.endDialog({ view: result.view, meeting } satisfies SlotBookingResult);
    if (result.reason === 'notFound' || result.reason === 'notOwner') {
      await speaker.say(step.context, 'booking.move.gone');
      return step.endDialog({ gone: true } satisfies SlotBookingResult);
    }
    return step.replaceDialog(this.setup.flowId, {
      ...options,
      slots: {
        when: chosen.when,
        ...(chosen.mode ? { mode: chosen.mode } : {}),
        exclude: [chosen.hold.offer.id],
        lead: result.reason === 'slotTaken' || result.reason === 'holdExpired' ? 'taken' : 'gone',
      },
    } satisfies SlotBookingOptions);
  }

  private ownerOf(step: WaterfallStepContext): string {
    return optionsOf(step).owner ?? patientKeyOf(step.context);
  }

  private chooseSlotId(): string {
    return DialogIds.bookingChooseSlot;
  }

  private chooseMeetingId(): string {
    return DialogIds.bookingChooseMeeting;
  }
}

function optionsOf(step: WaterfallStepContext): SlotBookingOptions {
  return (step.options ?? {}) as SlotBookingOptions;
}

/**
 * Confirms (or moves to) a held slot. A hold that ran out while the person read the summary is taken
 * again if the slot is still free, and confirmed with the new hold; a slot someone else took meanwhile
 * is `slotTaken`.
 */
export async function confirmHeld(
  booking: BookingService,
  input: {
    hold: SlotHold;
    owner: string;
    mode: MeetingMode;
    bookedBy?: Booking['bookedBy'];
    moveBookingId?: string;
    contact: { name?: string; phone?: string; email?: string };
  },
): Promise<ConfirmResult | MoveResult> {
  const slotId = input.hold.offer.id;
  const contact = Object.keys(input.contact).length ? { contact: input.contact } : {};
  const attempt = (holdToken: string): Promise<ConfirmResult | MoveResult> =>
    input.moveBookingId
      ? booking.move({
          bookingId: input.moveBookingId,
          owner: input.owner,
          slotId,
          holdToken,
          mode: input.mode,
          ...contact,
        })
      : booking.confirm({
          slotId,
          holdToken,
          owner: input.owner,
          mode: input.mode,
          ...(input.bookedBy ? { bookedBy: input.bookedBy } : {}),
          ...contact,
        });
  const first = await attempt(input.hold.holdToken);
  if (first.ok || first.reason !== 'holdExpired') return first;
  const again = await booking.hold({ slotId, owner: input.owner });
  if (!again.ok) return { ok: false, reason: 'slotTaken' };
  return attempt(again.hold.holdToken);
}

/**
 * A number or an address given before the booking asked for one (kept from a search begun again, or in
 * the words that began it), as an option to pass on; nothing when there is none.
 */
function withGiven(options: SlotBookingOptions): { given?: string } {
  const given = options.given ?? givenEarly(options.slots?.said);
  return given ? { given } : {};
}
