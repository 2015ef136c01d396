import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogReason,
  type DialogInstance,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { BookingService, SlotHold } from '../../src/services/booking/bookingService';

interface HoldingState {
  heldSlot?: { slotId: string; holdToken: string } | undefined;
}

/**
 * A dialog that holds a slot while the patient finishes. When they cancel or start over part-way, the
 * slot is let go at once instead of staying unbookable until the hold expires.
 */
export abstract class HoldingDialog extends ComponentDialog {
  protected constructor(
    dialogId: string,
    private readonly bookingService: BookingService,
  ) {
    super(dialogId);
  }

  /** Remembers (or forgets) the slot held, on this dialog's own instance, outside its waterfall. */
  protected keepHold(step: WaterfallStepContext, hold: SlotHold | undefined): void {
    const instance = step.parent?.activeDialog;
    if (!instance || instance.id !== this.id) return;
    (instance.state as HoldingState).heldSlot = hold
      ? { slotId: hold.offer.id, holdToken: hold.holdToken }
      : undefined;
  }

  protected async letGo(step: WaterfallStepContext, hold: SlotHold): Promise<void> {
    await this.bookingService.releaseHold({ slotId: hold.offer.id, holdToken: hold.holdToken });
    this.keepHold(step, undefined);
  }

  protected override async onEndDialog(
    context: TurnContext,
    instance: DialogInstance,
    reason: DialogReason,
  ): Promise<void> {
    const held = (instance.state as HoldingState).heldSlot;
    if (reason === DialogReason.cancelCalled && held) await this.bookingService.releaseHold(held);
    await super.onEndDialog(context, instance, reason);
  }
}
