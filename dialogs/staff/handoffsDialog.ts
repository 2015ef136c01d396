import type { TurnContext } from 'botbuilder';
import {
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { itemAt } from '../../src/domain/lists';
import type { StaffDirectory } from '../../src/domain/staff/staffDirectory';
import type { HandoffView } from '../../src/services/handoffs/handoff';
import type { HandoffService } from '../../src/services/handoffs/handoffService';
import type { Clock } from '../../src/services/ports';
import { plainWords } from '../../src/understanding/plainWords';
import { spokenHow, spokenWhen } from '../booking/spoken';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';
import type { Speaker } from '../speaker';
import { handoffMessage } from './handoffCard';
import type { Nation } from '../../src/domain/safety/types';
import type { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import { OutcomeDialog, type OutcomeOptions } from './outcomeDialog';
import { StaffDialog } from './staffDialog';
import { StaffDialogIds } from './staffDialogIds';

export interface HandoffsDialogDeps {
  speaker: Speaker;
  directory: StaffDirectory;
  handoffs: HandoffService;
  clock: Clock;
  nation: Nation;
  safety: Pick<SafetyFlagService, 'create'>;
}

const ACTIONS = ['accept', 'attended', 'didNotAttend', 'outcome', 'back'] as const;
type Action = (typeof ACTIONS)[number];

interface Values {
  ids: string[];
  openId: string;
  actions: Action[];
}

/**
 * A link worker's handoffs: today's (and any still waiting for an outcome), then upcoming. They open
 * one to read its summary card, then accept it, say whether the patient came, or record the outcome.
 * Everything they do is in the audit trail.
 */
export class HandoffsDialog extends StaffDialog {
  constructor(private readonly deps: HandoffsDialogDeps) {
    super(StaffDialogIds.handoffs, { role: 'linkWorker', ...deps });
    this.addDialog(new TextPrompt(StaffDialogIds.handoffsPick, this.validatePick.bind(this)));
    this.addDialog(new SignpostChoicePrompt(StaffDialogIds.handoffAction, deps.speaker.translator));
    this.addDialog(new OutcomeDialog(deps));
    this.addDialog(
      new WaterfallDialog(StaffDialogIds.handoffsFlow, [
        this.listStep.bind(this),
        this.openStep.bind(this),
        this.actStep.bind(this),
        this.afterOutcomeStep.bind(this),
      ]),
    );
    this.initialDialogId = StaffDialogIds.handoffsFlow;
  }

  private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, handoffs } = this.deps;
    const list = await handoffs.list(this.member(step.context));
    const all = [...list.today, ...list.upcoming];
    if (all.length === 0) {
      await speaker.say(step.context, 'staff.handoffs.none');
      return step.endDialog();
    }
    (step.values as Values).ids = all.map((view) => view.handoff.id);
    const line = (view: HandoffView, index: number) =>
      speaker.text(step.context, 'staff.handoffs.line', {
        number: index + 1,
        when: spokenWhen(speaker, step.context, view.booking.start),
        how: spokenHow(speaker, step.context, view.booking.mode, view.booking.siteName ?? undefined),
        status: speaker.text(step.context, `staff.status.${view.handoff.status}`),
      });
    const sections: string[] = [];
    if (list.today.length) {
      sections.push([speaker.text(step.context, 'staff.handoffs.today'), ...list.today.map(line)].join('\n'));
    }
    if (list.upcoming.length) {
      const offset = list.today.length;
      sections.push(
        [
          speaker.text(step.context, 'staff.handoffs.upcoming'),
          ...list.upcoming.map((view, index) => line(view, offset + index)),
        ].join('\n'),
      );
    }
    await step.context.sendActivity(sections.join('\n\n'));
    return step.prompt(StaffDialogIds.handoffsPick, {
      prompt: speaker.text(step.context, 'staff.handoffs.pick'),
      validations: { count: all.length },
    });
  }

  private async openStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, handoffs } = this.deps;
    const values = step.values as Values;
    const number = Number(plainWords(String(step.result)));
    if (!Number.isInteger(number) || number < 1) return step.endDialog();
    // The prompt took only a number from 1 to the length of the list.
    values.openId = itemAt(values.ids, number - 1, 'the handoff picked by number');
    const opened = await handoffs.open(this.member(step.context), values.openId);
    if (!opened.ok) {
      await speaker.say(step.context, 'staff.handoffs.gone');
      return step.replaceDialog(StaffDialogIds.handoffsFlow);
    }
    await step.context.sendActivity(
      handoffMessage(speaker, step.context, opened.view, 'staff.handoff.summary', this.deps.clock.now()),
    );
    values.actions = actionsFor(opened.view);
    return step.prompt(StaffDialogIds.handoffAction, {
      prompt: speaker.text(step.context, 'staff.handoffs.action'),
      retryPrompt: speaker.text(step.context, 'staff.handoffs.actionRetry'),
      choices: values.actions.map((action) => ({
        value: speaker.text(step.context, `staff.handoffs.do.${action}`),
      })),
      style: ListStyle.suggestedAction,
    });
  }

  private async actStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, handoffs } = this.deps;
    const { actions, openId } = step.values as Values;
    const action = actions[(step.result as FoundChoice).index];
    const member = this.member(step.context);
    switch (action) {
      case 'accept': {
        const done = await handoffs.accept(member, openId);
        await speaker.say(step.context, done.ok ? 'staff.handoffs.accepted' : 'staff.handoffs.gone');
        break;
      }
      case 'attended':
      case 'didNotAttend': {
        const done = await handoffs.recordAttendance(member, openId, action === 'attended');
        await speaker.say(step.context, done.ok ? `staff.handoffs.marked.${action}` : 'staff.handoffs.gone');
        break;
      }
      case 'outcome':
        return step.beginDialog(StaffDialogIds.outcome, { handoffId: openId } satisfies OutcomeOptions);
      case 'back':
        break;
    }
    return step.replaceDialog(StaffDialogIds.handoffsFlow);
  }

  private async afterOutcomeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(StaffDialogIds.handoffsFlow);
  }

  private isDone(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return this.deps.speaker
      .list(context, 'staff.handoffs.doneWords')
      .some((word) => plainWords(word) === said);
  }

  /** A number from the list, or "done" (which the open step reads as leaving the list). */
  private async validatePick(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    const { count } = prompt.options.validations as { count: number };
    if (this.isDone(prompt.context, text)) {
      prompt.recognized.value = 'done';
      return true;
    }
    const number = Number(plainWords(text));
    if (Number.isInteger(number) && number >= 1 && number <= count) return true;
    await this.deps.speaker.say(prompt.context, 'staff.handoffs.pickRetry');
    return false;
  }
}

/** What makes sense for a handoff now: accept it while it is new; record outcomes any time. */
function actionsFor(view: HandoffView): Action[] {
  const { status } = view.handoff;
  return ACTIONS.filter((action) => {
    if (action === 'accept') return status === 'new';
    if (action === 'attended' || action === 'didNotAttend') return status === 'new' || status === 'accepted';
    return true;
  });
}
