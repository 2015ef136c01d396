import type { TurnContext } from 'botbuilder';
import {
  DialogReason,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogInstance,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { WhenPreference } from '../../src/domain/booking/whenPreference';
import { UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import { itemAt } from '../../src/domain/lists';
import type { StaffDirectory } from '../../src/domain/staff/staffDirectory';
import type {
  BookingService,
  BookingView,
  SlotHold,
  SlotOffer,
} from '../../src/services/booking/bookingService';
import type { Clock } from '../../src/services/ports';
import type { StaffAudit } from '../../src/services/staff/audit';
import type { StaffReferralService } from '../../src/services/staff/staffReferralService';
import { readWhen as readWhenText } from '../../src/understanding/when/readWhen';
import { whenOf } from '../booking/chooseSlotDialog';
import type { SlotChoice } from '../booking/slotChoice';
import { SlotChoicePrompt } from '../booking/slotChoicePrompt';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';
import type { Speaker } from '../speaker';
import { StaffDialog } from './staffDialog';
import { StaffDialogIds } from './staffDialogIds';
import { slotOfferPrompt } from '../booking/offerCard';
import { meetingModeChoices } from '../booking/spoken';

export interface StaffBookDeps {
  speaker: Speaker;
  directory: StaffDirectory;
  clock: Clock;
  booking: BookingService;
  staffReferrals: StaffReferralService;
  audit: StaffAudit;
}

export interface StaffBookOptions {
  /** The opaque key of the receptionist's referral: the booking's owner. */
  patientKey: string;
  /** The staff referral's id, for the audit trail. */
  referralId: string;
  /** E.164, when the patient gave a number: a phone meeting uses it. */
  phone?: string;
  when?: WhenPreference;
  exclude?: string[];
  lead?: 'taken' | 'more';
}

export interface StaffBookResult {
  view?: BookingView;
}

interface Values {
  when: WhenPreference;
  shown: string[];
  hold: SlotHold;
}

interface HeldState {
  heldSlot?: { slotId: string; holdToken: string } | undefined;
}

/**
 * A receptionist books a link-worker slot for the patient in front of them (or on the phone): when
 * suits the patient, which slot, how they will meet. The booking is the patient's (owner: their
 * referral's key) and says a member of staff made it. A slot taken meanwhile offers the next ones.
 */
export class StaffBookDialog extends StaffDialog {
  constructor(private readonly deps: StaffBookDeps) {
    super(StaffDialogIds.book, { role: 'receptionist', ...deps });
    this.addDialog(new TextPrompt(StaffDialogIds.bookWhen, this.validateWhen.bind(this)));
    this.addDialog(new SlotChoicePrompt(StaffDialogIds.bookSlot, deps.speaker, deps.clock));
    this.addDialog(new SignpostChoicePrompt(StaffDialogIds.bookMode, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(StaffDialogIds.bookFlow, [
        this.askWhenStep.bind(this),
        this.offerSlotsStep.bind(this),
        this.holdStep.bind(this),
        this.confirmStep.bind(this),
      ]),
    );
    this.initialDialogId = StaffDialogIds.bookFlow;
  }

  private async askWhenStep(step: WaterfallStepContext<StaffBookOptions>): Promise<DialogTurnResult> {
    if (optionsOf(step).when) return step.next();
    return step.prompt(StaffDialogIds.bookWhen, {
      prompt: this.deps.speaker.text(step.context, 'staff.book.when'),
    });
  }

  private async offerSlotsStep(step: WaterfallStepContext<StaffBookOptions>): Promise<DialogTurnResult> {
    const { speaker, booking } = this.deps;
    const options = optionsOf(step);
    const when = options.when ?? this.understand(step.context, String(step.result));
    const exclude = options.exclude ?? [];
    const values = step.values as Values;
    values.when = when;
    const search = await booking.findSlots({ when, exclude });
    if (options.lead === 'taken') await speaker.say(step.context, 'staff.book.taken');
    const offers = search.ok ? search.offers : search.alternatives;
    if (offers.length === 0) {
      await speaker.say(step.context, 'staff.book.noSlots');
      return step.endDialog({} satisfies StaffBookResult);
    }
    await speaker.say(step.context, search.ok ? 'staff.book.offer' : 'staff.book.nearest');
    return this.offer(step, offers, exclude);
  }

  private async holdStep(step: WaterfallStepContext<StaffBookOptions>): Promise<DialogTurnResult> {
    const choice = step.result as SlotChoice;
    const options = optionsOf(step);
    const { when, shown } = step.values as Values;
    const again = (next: Partial<StaffBookOptions>) =>
      step.replaceDialog(StaffDialogIds.bookFlow, { ...base(options), ...next } satisfies StaffBookOptions);
    switch (choice.kind) {
      case 'more':
        return again({ when, exclude: shown, lead: 'more' });
      case 'otherDay':
        return again({});
      case 'when':
        return again({ when: choice.when });
      case 'pick':
        break;
    }
    const held = await this.deps.booking.hold({ slotId: choice.slotId, owner: options.patientKey });
    if (!held.ok) return again({ when, exclude: [choice.slotId], lead: 'taken' });
    (step.values as Values).hold = held.hold;
    this.keepHold(step, held.hold);
    const { offer } = held.hold;
    if (offer.modes.length === 1) return step.next({ index: 0 });
    const { speaker } = this.deps;
    return step.prompt(StaffDialogIds.bookMode, {
      prompt: speaker.text(step.context, 'staff.book.mode', { worker: offer.workerName }),
      retryPrompt: speaker.text(step.context, 'booking.mode.retry'),
      choices: meetingModeChoices(speaker, step.context, offer.modes),
      style: ListStyle.suggestedAction,
    });
  }

  private async confirmStep(step: WaterfallStepContext<StaffBookOptions>): Promise<DialogTurnResult> {
    const options = optionsOf(step);
    const { hold, when } = step.values as Values;
    // The choices were the offer's modes, in order.
    const mode = itemAt(hold.offer.modes, (step.result as FoundChoice).index, 'the chosen way of meeting');
    const member = this.member(step.context);
    const result = await this.deps.booking.confirm({
      slotId: hold.offer.id,
      holdToken: hold.holdToken,
      owner: options.patientKey,
      mode,
      bookedBy: { kind: 'staff', staffId: member.id },
      ...(mode === 'phone' && options.phone ? { contactPhone: options.phone } : {}),
    });
    this.keepHold(step, undefined);
    if (!result.ok) {
      return step.replaceDialog(StaffDialogIds.bookFlow, {
        ...base(options),
        when,
        exclude: [hold.offer.id],
        lead: 'taken',
      } satisfies StaffBookOptions);
    }
    const bookingId = result.view.booking.id;
    await this.deps.staffReferrals.attachBooking(options.patientKey, bookingId);
    await this.deps.audit.record(member, 'triage.booked', { referralId: options.referralId, bookingId });
    return step.endDialog({ view: result.view } satisfies StaffBookResult);
  }

  private async offer(
    step: WaterfallStepContext<StaffBookOptions>,
    offers: SlotOffer[],
    exclude: string[],
  ): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const { context } = step;
    (step.values as Values).shown = [...exclude, ...offers.map((offer) => offer.id)];
    const { prompt, validations } = slotOfferPrompt(speaker, context, offers);
    return step.prompt(StaffDialogIds.bookSlot, { prompt, validations });
  }

  // The staff tools are in English whatever the channel's language, so staff answers are read as en-GB.
  private readWhen(_context: TurnContext, text: string) {
    const { holidays, horizonDays } = this.deps.booking.whenContext();
    return readWhenText({
      text,
      locale: 'en-GB',
      referenceDate: this.deps.clock.now(),
      timeZone: UK_TIME_ZONE,
      holidays,
      horizonDays,
    });
  }

  private understand(context: TurnContext, text: string): WhenPreference {
    return whenOf(this.readWhen(context, text));
  }

  private async validateWhen(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { outcome } = this.readWhen(prompt.context, prompt.recognized.value ?? '');
    if (outcome.kind !== 'unclear' && outcome.kind !== 'past') return true;
    await this.deps.speaker.say(
      prompt.context,
      outcome.kind === 'past' ? 'booking.when.problem.inThePast' : 'booking.when.problem.notUnderstood',
    );
    await this.deps.speaker.say(prompt.context, 'staff.book.when');
    return false;
  }

  /** The slot held for the patient, on this dialog's own instance, so a cancel lets it go at once. */
  private keepHold(step: WaterfallStepContext, hold: SlotHold | undefined): void {
    const instance = step.parent?.activeDialog;
    if (!instance || instance.id !== this.id) return;
    (instance.state as HeldState).heldSlot = hold
      ? { slotId: hold.offer.id, holdToken: hold.holdToken }
      : undefined;
  }

  protected override async onEndDialog(
    context: TurnContext,
    instance: DialogInstance,
    reason: DialogReason,
  ): Promise<void> {
    const held = (instance.state as HeldState).heldSlot;
    if (reason === DialogReason.cancelCalled && held) await this.deps.booking.releaseHold(held);
    await super.onEndDialog(context, instance, reason);
  }
}

function optionsOf(step: WaterfallStepContext<StaffBookOptions>): StaffBookOptions {
  return step.options;
}

function base(options: StaffBookOptions): StaffBookOptions {
  return {
    patientKey: options.patientKey,
    referralId: options.referralId,
    ...(options.phone ? { phone: options.phone } : {}),
  };
}
