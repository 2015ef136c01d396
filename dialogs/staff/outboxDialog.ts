import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { StaffDirectory } from '../../src/domain/staff/staffDirectory';
import type { HandoffService, PendingDelivery } from '../../src/services/handoffs/handoffService';
import { spokenWhen } from '../booking/spoken';
import type { MessageKey } from '../../src/i18n/translator';
import type { OutboxKind } from '../../src/services/handoffs/outbox';
import type { Speaker } from '../speaker';
import { StaffDialog } from './staffDialog';
import { StaffDialogIds } from './staffDialogIds';

/** How each kind of message is named in the list. */
const KIND_KEYS = {
  'handoff.new': 'staff.outbox.kind.newReferral',
  'handoff.moved': 'staff.outbox.kind.moved',
  'handoff.movedAway': 'staff.outbox.kind.movedAway',
  'handoff.cancelled': 'staff.outbox.kind.cancelled',
  'handoff.cardUpdate': 'staff.outbox.kind.cardUpdate',
  'patient.cancelledByLeave': 'staff.outbox.kind.newTimes',
} as const satisfies Record<OutboxKind, MessageKey>;

export interface OutboxDialogDeps {
  speaker: Speaker;
  directory: StaffDirectory;
  handoffs: HandoffService;
}

/**
 * The staff inbox of what Signpost has not managed to deliver yet: each referral card, notice or
 * patient's new times still waiting, for whom, how often it was tried, the last problem in plain words,
 * and when it is tried again. Ids and times only: no patient's details or words.
 */
export class OutboxDialog extends StaffDialog {
  constructor(private readonly deps: OutboxDialogDeps) {
    super(StaffDialogIds.outbox, { role: 'anyStaff', ...deps });
    this.addDialog(new WaterfallDialog(StaffDialogIds.outboxFlow, [this.listStep.bind(this)]));
    this.initialDialogId = StaffDialogIds.outboxFlow;
  }

  private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, handoffs } = this.deps;
    const pending = await handoffs.pendingDeliveries();
    if (pending.length === 0) {
      await speaker.say(step.context, 'staff.outbox.none');
      return step.endDialog();
    }
    const lines = pending.map((item, index) => this.line(step.context, item, index + 1));
    await step.context.sendActivity(
      `${speaker.text(step.context, 'staff.outbox.intro', { count: pending.length })}\n\n${lines.join('\n')}`,
    );
    return step.endDialog();
  }

  private line(context: TurnContext, item: PendingDelivery, number: number): string {
    const { speaker } = this.deps;
    const { message } = item;
    const who = item.staffName ?? speaker.text(context, 'staff.outbox.aPatient');
    const when = item.start
      ? spokenWhen(speaker, context, item.start)
      : speaker.text(context, 'staff.outbox.noTime');
    const what = speaker.text(context, KIND_KEYS[message.kind], { who, when });
    const status = item.givenUp
      ? speaker.text(context, 'staff.outbox.givenUp', { problem: this.problem(context, message.lastError) })
      : message.attempts === 0
        ? speaker.text(context, 'staff.outbox.waiting')
        : speaker.text(context, 'staff.outbox.retrying', {
            count: message.attempts,
            problem: this.problem(context, message.lastError),
            next: spokenWhen(speaker, context, message.nextAttemptAt),
          });
    return speaker.text(context, 'staff.outbox.line', { number, what, status });
  }

  /** A failure's code in plain words. */
  private problem(context: TurnContext, code: string | undefined): string {
    const { speaker } = this.deps;
    const reason = code ?? '';
    if (/BotNotInConversationRoster/.test(reason))
      return speaker.text(context, 'staff.outbox.problem.notInstalled');
    if (reason === 'noConversation') return speaker.text(context, 'staff.outbox.problem.noConversation');
    if (reason === 'timeout') return speaker.text(context, 'staff.outbox.problem.timeout');
    if (reason === 'expired') return speaker.text(context, 'staff.outbox.problem.expired');
    const status = /^http (\d{3})/.exec(reason)?.[1];
    if (status) return speaker.text(context, 'staff.outbox.problem.http', { status });
    return speaker.text(context, 'staff.outbox.problem.other');
  }
}
