import {
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { itemAt } from '../../src/domain/lists';
import { DialogIds } from '../dialogIds';
import type { CapabilityOptions } from '../mainDialog';
import { patientKeyOf } from '../patient';
import type { BookingDialogDeps } from './bookingDeps';
import { CancelDialog, type CancelDialogOptions } from './cancelDialog';
import { MoveDialog, type MoveDialogOptions } from './moveDialog';
import { bookingVars } from './spoken';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';

type Intent = 'move' | 'cancel';

interface MyBookingValues {
  /** The only booking, when there is one, so move and cancel need not ask which (none when there are several). */
  onlyBookingId?: string | undefined;
}

const ACTIONS = ['move', 'cancel', 'keep'] as const;

/**
 * "My booking": the patient's upcoming bookings, then move, cancel or keep. Saying "move my
 * appointment" or "cancel my appointment" at the menu goes straight to moving or cancelling.
 */
export class MyBookingDialog extends ComponentDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(DialogIds.bookingMine);
    this.addDialog(new MoveDialog(deps));
    this.addDialog(new CancelDialog(deps));
    this.addDialog(new SignpostChoicePrompt(DialogIds.bookingMineAction, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(DialogIds.bookingMineFlow, [
        this.listStep.bind(this),
        this.actStep.bind(this),
        this.doneStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.bookingMineFlow;
  }

  private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, booking } = this.deps;
    const { context } = step;
    const views = await booking.myBookings(patientKeyOf(context));
    const [firstView, ...laterViews] = views;
    if (firstView === undefined) {
      await speaker.say(context, 'booking.mine.none');
      return step.endDialog();
    }
    const onlyView = laterViews.length === 0 ? firstView : undefined;
    (step.values as MyBookingValues).onlyBookingId = onlyView?.booking.id;
    const options = step.options as CapabilityOptions | undefined;
    const intent = this.intentOf(options);
    if (intent) return this.begin(step, intent, options?.said);

    if (onlyView) {
      await speaker.say(context, 'booking.mine.one', bookingVars(speaker, context, onlyView));
    } else {
      const lines = views.map((view, index) =>
        speaker.text(context, 'booking.mine.line', {
          number: index + 1,
          ...bookingVars(speaker, context, view),
        }),
      );
      await context.sendActivity(`${speaker.text(context, 'booking.mine.several')}\n\n${lines.join('\n')}`);
    }
    return step.prompt(DialogIds.bookingMineAction, {
      prompt: speaker.text(context, 'booking.mine.ask'),
      retryPrompt: speaker.text(context, 'booking.mine.retry'),
      choices: ACTIONS.map((action) => ({
        value: speaker.text(context, `booking.mine.${action}`),
        synonymsKey: `booking.mine.${action}Words`,
      })),
      style: ListStyle.suggestedAction,
    });
  }

  private async actStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const found = step.result as FoundChoice | undefined;
    // Came back from moving or cancelling, begun straight from the first step.
    if (!found || typeof found.index !== 'number') return step.endDialog();
    const action = itemAt(ACTIONS, found.index, 'the action chosen from my booking');
    if (action === 'keep') {
      await this.deps.speaker.say(step.context, 'booking.mine.kept');
      return step.endDialog();
    }
    return this.begin(step, action);
  }

  private doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }

  /** `said`: the words that asked to move it, when they did ("move it to the afternoon"). */
  private begin(step: WaterfallStepContext, intent: Intent, said?: string): Promise<DialogTurnResult> {
    const { onlyBookingId } = step.values as MyBookingValues;
    if (intent === 'move') {
      return step.beginDialog(DialogIds.bookingMove, {
        bookingId: onlyBookingId,
        ...(said === undefined ? {} : { said }),
      } satisfies MoveDialogOptions);
    }
    return step.beginDialog(DialogIds.bookingCancel, {
      bookingId: onlyBookingId,
    } satisfies CancelDialogOptions);
  }

  /** What the message that opened this dialog asked for, when it asked for more than "my booking". */
  private intentOf(options: CapabilityOptions | undefined): Intent | undefined {
    if (options?.intent === 'cancelBooking') return 'cancel';
    if (options?.intent === 'moveBooking') return 'move';
    return undefined;
  }
}
