import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { StaffDirectory } from '../../src/domain/staff/staffDirectory';
import type { BookingService, BookingView } from '../../src/services/booking/bookingService';
import type { Clock } from '../../src/services/ports';
import type { StaffAudit } from '../../src/services/staff/audit';
import type { StaffReferralService } from '../../src/services/staff/staffReferralService';
import { STAFF_SLOT_WORDING } from '../booking/chooseSlotDialog';
import {
  SlotBookingDialog,
  type SlotBookingOptions,
  type SlotBookingResult,
} from '../booking/slotBookingDialog';
import type { PracticeDetails } from '../mainDialog';
import type { Speaker } from '../speaker';
import { StaffDialog } from './staffDialog';
import { StaffDialogIds } from './staffDialogIds';

export interface StaffBookDeps {
  speaker: Speaker;
  directory: StaffDirectory;
  clock: Clock;
  booking: BookingService;
  staffReferrals: StaffReferralService;
  audit: StaffAudit;
  practice?: PracticeDetails;
}

export interface StaffBookOptions {
  /** The opaque key of the receptionist's referral: the booking's owner. */
  patientKey: string;
  /** The staff referral's id, for the audit trail. */
  referralId: string;
  /** E.164, when the patient gave a number: a phone meeting uses it. */
  phone?: string;
}

export interface StaffBookResult {
  view?: BookingView;
}

/**
 * A receptionist books a link-worker slot for the patient in front of them (or on the phone), through
 * the same slot-booking flow patients use (choose, hold, re-hold if still free, confirm): when suits the
 * patient, which slot, how they will meet, a check. The booking is the patient's (owner: their
 * referral's key) and says a member of staff made it.
 */
export class StaffBookDialog extends StaffDialog {
  constructor(private readonly deps: StaffBookDeps) {
    super(StaffDialogIds.book, { role: 'receptionist', ...deps });
    this.addDialog(
      new SlotBookingDialog(
        {
          speaker: deps.speaker,
          booking: deps.booking,
          clock: deps.clock,
          practice: deps.practice ?? { name: '', phone: undefined },
        },
        {
          id: StaffDialogIds.bookSlots,
          flowId: StaffDialogIds.bookFlow,
          checkId: StaffDialogIds.bookCheck,
          modeId: StaffDialogIds.bookMode,
          wording: STAFF_SLOT_WORDING,
          audience: 'staff',
        },
      ),
    );
    this.addDialog(
      new WaterfallDialog(StaffDialogIds.bookSteps, [this.bookStep.bind(this), this.doneStep.bind(this)]),
    );
    this.initialDialogId = StaffDialogIds.bookSteps;
  }

  private bookStep(step: WaterfallStepContext<StaffBookOptions>): Promise<DialogTurnResult> {
    const { patientKey, phone } = step.options;
    const member = this.member(step.context);
    return step.beginDialog(StaffDialogIds.bookSlots, {
      owner: patientKey,
      bookedBy: { kind: 'staff', staffId: member.id },
      ...(phone ? { knownPhone: phone } : {}),
    } satisfies SlotBookingOptions);
  }

  private async doneStep(step: WaterfallStepContext<StaffBookOptions>): Promise<DialogTurnResult> {
    const { view } = (step.result ?? {}) as SlotBookingResult;
    if (!view) return step.endDialog({} satisfies StaffBookResult);
    const { patientKey, referralId } = step.options;
    await this.deps.staffReferrals.attachBooking(patientKey, view.booking.id);
    await this.deps.audit.record(this.member(step.context), 'triage.booked', {
      referralId,
      bookingId: view.booking.id,
    });
    return step.endDialog({ view } satisfies StaffBookResult);
  }
}
