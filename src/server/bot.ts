import {
  ActivityHandler,
  ActivityTypes,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { DialogMemory } from '../../dialogs/dialogMemory';
import { innermostContext } from '../../dialogs/innermost';
import { dialogTreeVersion } from '../../dialogs/dialogVersion';
import { DialogIds } from '../../dialogs/dialogIds';
import type { MainDialog, MainOptions } from '../../dialogs/mainDialog';
import type { SafetyGate } from '../../dialogs/safetyGate';
import { asksWhatMatters } from '../../dialogs/whatMattersDialog';
import type { StaffSafetyGate } from '../../dialogs/staff/staffSafetyGate';
import type { ArrivedResult, StaffTurn } from '../../dialogs/staff/staffTurn';
import { rebookOptions, REBOOK_DIALOG_ID } from '../../dialogs/booking';
import type { BookingView } from '../services/booking/bookingService';
import type { ProactiveDialogs } from './handoffNotifier';
import type { Logger } from './logger';
import { ReplyBatch } from './replyBatch';

/** What Signpost keeps about a conversation besides the dialog stack. */
export interface ConversationInfo {
  /** Messages handled in this conversation; also lets tests prove no update was lost. */
  turns: number;
  /** The dialog tree version the stored stack was made with (see dialogTreeVersion). */
  dialogVersion?: string;
  /** Whether the welcome was said (channels that send no conversationUpdate get it on the first message). */
  welcomed?: boolean;
}

export interface SignpostBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  mainDialog: MainDialog;
  logger: Logger;
  /** Checks every patient message for crisis before any dialog sees it. */
  safetyGate?: SafetyGate;
  /** Checks every staff message for the red flags their role needs (their words are about a patient). */
  staffSafety?: StaffSafetyGate;
  /** Staff tools: who is staff, where to reach people later, and link workers' waiting handoffs. */
  staffTurn?: Pick<StaffTurn, 'isStaff' | 'arrived' | 'shown'>;
}

/** What a safety gate decided about a message (see SignpostBot.patientSafety). */
interface GateResult {
  readonly go: boolean;
  readonly dc?: DialogContext;
}

/**
 * Routes each turn: a welcome when someone joins, every message into the dialog tree, and state
 * saved once at the end of the turn (inside the per-conversation lock, see TurnLockMiddleware).
 */
export class SignpostBot extends ActivityHandler implements ProactiveDialogs {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly info: StatePropertyAccessor<ConversationInfo>;
  private readonly dialogs: DialogSet;
  private readonly version: string;
  private readonly memory = new DialogMemory();

  constructor(private readonly deps: SignpostBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.info = deps.conversationState.createProperty<ConversationInfo>('signpost');
    this.dialogs = new DialogSet(this.dialogState).add(deps.mainDialog);
    this.version = dialogTreeVersion(deps.mainDialog);

    this.onMembersAdded(async (context, next) => {
      const joined = context.activity.membersAdded ?? [];
      if (joined.some((member) => member.id !== context.activity.recipient?.id)) {
        const info = await this.info.get(context, { turns: 0 });
        if (!info.welcomed) {
          info.welcomed = true;
          await deps.mainDialog.sendWelcome(context);
          ReplyBatch.of(context)?.endMessage();
          const arrived = await deps.staffTurn?.arrived(context);
          if (!(await this.offerWaiting(context, arrived))) await this.runDialogs(context);
        }
      }
      await next();
    });

    // A patient who leaves with a safety question open still gets the routes, for the record.
    this.onEndOfConversation(async (context, next) => {
      if (!(deps.staffTurn?.isStaff(context) ?? false)) await deps.safetyGate?.conversationEnded(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const left = context.activity.membersRemoved ?? [];
      const userLeft = left.some((member) => member.id !== context.activity.recipient?.id);
      if (userLeft && !(deps.staffTurn?.isStaff(context) ?? false))
        await deps.safetyGate?.conversationEnded(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      const info = await this.info.get(context, { turns: 0 });
      info.turns += 1;
      // Safety first, even before a welcome: someone in crisis hears the routes at once. Staff describe
      // other people's situations, so their words are read for the red flags their role needs.
      const staff = deps.staffTurn?.isStaff(context) ?? false;
      const gate = staff ? await this.staffSafety(context) : await this.patientSafety(context);
      if (!gate.go) return next();
      if (!info.welcomed) {
        info.welcomed = true;
        await deps.mainDialog.sendWelcome(context);
        ReplyBatch.of(context)?.endMessage();
      }
      const arrived = await deps.staffTurn?.arrived(context);
      if (await this.offerWaiting(context, arrived)) {
        // New times that could not reach this patient before come first; their message waits.
      } else if (!context.activity.text?.trim() && !context.activity.value) {
        await context.sendActivity(deps.mainDialog.text(context, 'errors.notText'));
        // The question that was open is asked again, so the patient knows where they were.
        await this.repromptDialogs(context);
      } else {
        // botbuilder's prompts ask again only while the turn has said nothing: after the safety gate's
        // own words ("Let's carry on" before the message that raised a check is replayed), a message
        // the open question cannot read would go unanswered. The question is asked again here.
        const spokeFirst = context.responded;
        const repliesFromHere = messageCounter(context);
        await this.runDialogs(context, gate.dc);
        if (spokeFirst && repliesFromHere() === 0) await this.repromptDialogs(context);
      }
      await next();
    });
  }

  /**
   * The turn's replies, when they are batched (see ReplyBatching), go out before its state is saved, so a reply the
   * channel refused leaves the conversation where it was, as when each was sent on its own. A turn
   * that fails still sends what it had said before the error's own message.
   */
  override async run(context: TurnContext): Promise<void> {
    const replies = ReplyBatch.of(context);
    try {
      await super.run(context);
    } catch (err) {
      await replies?.flush().catch(() => undefined);
      throw err;
    }
    await replies?.flush();
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  /** Begins the dialog that offers new times, on top of whatever was going on (a proactive turn). */
  async offerNewTimes(context: TurnContext, cancelled: BookingView): Promise<void> {
    await this.restartIfTreeChanged(context);
    const dc = await this.memory.createContext(this.dialogs, context);
    await this.deps.mainDialog.beginOnTop(
      dc,
      REBOOK_DIALOG_ID,
      rebookOptions({ start: cancelled.booking.start, workerName: cancelled.worker?.name ?? '' }),
    );
  }

  /** Saves the conversation's state after a proactive turn (run() does it for the others). */
  async saveState(context: TurnContext): Promise<void> {
    await this.deps.conversationState.saveChanges(context, false);
  }

  private async offerWaiting(context: TurnContext, arrived: ArrivedResult | undefined): Promise<boolean> {
    const offer = arrived?.offerNewTimes;
    if (!offer || !this.deps.staffTurn) return false;
    await this.offerNewTimes(context, offer.cancelled);
    await this.deps.staffTurn.shown(context, offer.waiting);
    return true;
  }

  /**
   * Continues the open dialog with this message. `gateContext` is the dialog context the safety gate
   * made for this turn, used again when nothing has changed the dialogs since (each new one costs a
   * pass through botbuilder's dialog memory set-up).
   */
  private async runDialogs(context: TurnContext, gateContext?: DialogContext): Promise<void> {
    await this.restartIfTreeChanged(context);
    const dc = gateContext ?? (await this.memory.createContext(this.dialogs, context));
    const result = await dc.continueDialog();
    // The main dialog loops forever; it is only absent on the first turn, after a restart, or after
    // "delete my data" ended every dialog. A message that begins it is answered, not swallowed.
    if (result.status !== DialogTurnStatus.waiting) {
      const text = context.activity.type === 'message' ? context.activity.text?.trim() : undefined;
      await dc.beginDialog(DialogIds.main, (text ? { firstMessage: text } : {}) satisfies MainOptions);
    }
  }

  /** Asks the open question again (after a message with no text, or when the patient chose to carry on). */
  private async repromptDialogs(context: TurnContext): Promise<void> {
    await this.restartIfTreeChanged(context);
    const dc = await this.memory.createContext(this.dialogs, context);
    if (dc.activeDialog) await dc.repromptDialog();
  }

  /**
   * The patient's safety gate; `go` when the dialogs should run on this message, with the dialog
   * context the gate read them through (nothing in the gate changes the dialogs when they go on).
   */
  private async patientSafety(context: TurnContext): Promise<GateResult> {
    const gate = this.deps.safetyGate;
    if (!gate) return { go: true };
    await this.restartIfTreeChanged(context);
    const dc = await this.memory.createContext(this.dialogs, context);
    const outcome = await gate.handle(context, {
      interrupted: dc.activeDialog !== undefined,
      isCommand: (text) => this.deps.mainDialog.isCommand(context, text),
      asksWhatMatters: () => asksWhatMatters(dc),
    });
    switch (outcome.action) {
      case 'handled':
        return { go: false };
      case 'reprompt':
        // The patient chose to carry on: the question that was open is asked again.
        if (dc.activeDialog) await dc.repromptDialog();
        return { go: false };
      case 'stop':
        await dc.cancelAllDialogs();
        return { go: false };
      case 'replay':
        // A check question answered no: the message that raised it is the answer to what was asked.
        context.activity.text = outcome.text;
        if (outcome.value === undefined) delete context.activity.value;
        else context.activity.value = outcome.value;
        return { go: true, dc };
      case 'continue':
        return { go: true, dc };
    }
  }

  /** The staff safety gate, as the patient's (see patientSafety). */
  private async staffSafety(context: TurnContext): Promise<GateResult> {
    const gate = this.deps.staffSafety;
    if (!gate) return { go: true };
    await this.restartIfTreeChanged(context);
    const dc = await this.memory.createContext(this.dialogs, context);
    const outcome = await gate.handle(context, { activeDialogId: innermostContext(dc).activeDialog?.id });
    if (outcome === 'reprompt') {
      if (dc.activeDialog) await dc.repromptDialog();
      return { go: false };
    }
    return { go: true, dc };
  }

  private async restartIfTreeChanged(context: TurnContext): Promise<void> {
    const info = await this.info.get(context, { turns: 0 });
    const state = await this.dialogState.get(context);
    if (info.dialogVersion && info.dialogVersion !== this.version && state?.dialogStack?.length) {
      this.deps.logger.info(
        { from: info.dialogVersion, to: this.version },
        'dialog tree changed; restarting conversation',
      );
      await this.dialogState.set(context, { dialogStack: [] });
      await context.sendActivity(this.deps.mainDialog.text(context, 'errors.updated'));
    }
    info.dialogVersion = this.version;
  }
}

/** Counts the messages the turn says from here on, also those its ReplyBatch holds back. */
function messageCounter(context: TurnContext): () => number {
  const batch = ReplyBatch.of(context);
  if (batch) {
    const from = batch.messagesSoFar;
    return () => batch.messagesSoFar - from;
  }
  let said = 0;
  context.onSendActivities(async (_context, activities, next) => {
    said += activities.filter(
      (activity) => (activity.type ?? ActivityTypes.Message) === ActivityTypes.Message,
    ).length;
    return next();
  });
  return () => said;
}
