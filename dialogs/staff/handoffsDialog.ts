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
import type { HandoffChange, HandoffLine, HandoffService } from '../../src/services/handoffs/handoffService';
import type { MessageKey } from '../../src/i18n/translator';
import { instantToWallClock, UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import type { Clock } from '../../src/services/ports';
import { readChoice } from '../../src/understanding/choice';
import { spokenHow, spokenWhen } from '../booking/spoken';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';
import type { Speaker } from '../speaker';
import { handoffMessage } from './handoffCard';
import type { Nation } from '../../src/domain/safety/types';
import type { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import { OutcomeDialog, type OutcomeOptions } from './outcomeDialog';
import { StaffDialog } from './staffDialog';
import { StaffDialogIds } from './staffDialogIds';

/** What the list question checks an answer against: its lines, in order. */
interface PickValidations {
  labels: string[];
}

export interface HandoffsDialogDeps {
  speaker: Speaker;
  directory: StaffDirectory;
  handoffs: HandoffService;
  clock: Clock;
  nation: Nation;
  safety: Pick<SafetyFlagService, 'create'>;
}

const ACTIONS = ['accept', 'attended', 'didNotAttend', 'undo', 'outcome', 'back'] as const;
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
    const line = (view: HandoffLine, index: number) =>
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
    // Each line as the choice reader sees it: "2", "the second one", "the Thursday one".
    const labels = all.map((view) =>
      [
        spokenWhen(speaker, step.context, view.booking.start),
        spokenHow(speaker, step.context, view.booking.mode, view.booking.siteName ?? undefined),
      ].join(', '),
    );
    return step.prompt(StaffDialogIds.handoffsPick, {
      prompt: speaker.text(step.context, 'staff.handoffs.pick'),
      validations: { labels } satisfies PickValidations,
    });
  }

  private async openStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, handoffs } = this.deps;
    const values = step.values as Values;
    const number = Number(String(step.result));
    if (!Number.isInteger(number) || number < 1) return step.endDialog();
    // The prompt took only a line of the list, as its number from 1.
    values.openId = itemAt(values.ids, number - 1, 'the handoff picked by number');
    const opened = await handoffs.open(this.member(step.context), values.openId);
    if (!opened.ok) {
      await speaker.say(step.context, 'staff.handoffs.gone');
      return step.replaceDialog(StaffDialogIds.handoffsFlow);
    }
    await step.context.sendActivity(
      handoffMessage(speaker, step.context, opened.view, 'staff.handoff.summary', this.deps.clock.now()),
    );
    values.actions = actionsFor(opened.view, this.deps.clock.now());
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
    const { handoffs } = this.deps;
    const { actions, openId } = step.values as Values;
    const action = actions[(step.result as FoundChoice).index];
    const member = this.member(step.context);
    switch (action) {
      case 'accept': {
        const done = await handoffs.accept(member, openId);
        await this.confirm(step.context, done, 'staff.handoffs.accepted', openId);
        break;
      }
      case 'attended':
      case 'didNotAttend': {
        const done = await handoffs.recordAttendance(member, openId, action === 'attended');
        await this.confirm(step.context, done, `staff.handoffs.marked.${action}`, openId);
        break;
      }
      case 'undo': {
        const done = await handoffs.undoAttendance(member, openId);
        await this.confirm(step.context, done, 'staff.handoffs.undone', openId);
        break;
      }
      case 'outcome':
        return step.beginDialog(StaffDialogIds.outcome, { handoffId: openId } satisfies OutcomeOptions);
      case 'back':
        break;
    }
    return step.replaceDialog(StaffDialogIds.handoffsFlow);
  }

  /** Says what happened: the change made, or why it was not made. */
  private async confirm(
    context: TurnContext,
    done: HandoffChange,
    key: MessageKey,
    openId: string,
  ): Promise<void> {
    const { speaker } = this.deps;
    if (done.ok) {
      await speaker.say(context, key);
      return;
    }
    if (done.reason === 'tooEarly') {
      const view = await this.deps.handoffs.viewFor(openId);
      await speaker.say(context, 'staff.handoffs.refused.tooEarly', {
        when: view ? spokenWhen(speaker, context, view.booking.start) : '',
      });
      return;
    }
    await speaker.say(
      context,
      done.reason === 'notAccepted' || done.reason === 'tooLate' || done.reason === 'notRecorded'
        ? `staff.handoffs.refused.${done.reason}`
        : 'staff.handoffs.gone',
    );
  }

  private async afterOutcomeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(StaffDialogIds.handoffsFlow);
  }

  private isDone(context: TurnContext, text: string): boolean {
    return this.deps.speaker.saysOneOf(context, text, 'staff.handoffs.doneWords');
  }

  private saysOpenIt(context: TurnContext, text: string): boolean {
    return this.deps.speaker.saysOneOf(context, text, 'staff.handoffs.openItWords');
  }

  /** A number from the list, or "done" (which the open step reads as leaving the list). */
  private async validatePick(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    const { labels } = prompt.options.validations as PickValidations;
    if (this.isDone(prompt.context, text)) {
      prompt.recognized.value = 'done';
      return true;
    }
    const locale = prompt.context.activity.locale;
    const reading = readChoice({
      text,
      ...(locale === undefined ? {} : { locale }),
      options: labels.map((label) => ({ label })),
    });
    if (reading.value.kind === 'option') {
      prompt.recognized.value = String(reading.value.index + 1);
      return true;
    }
    // One referral on the list: "open it" can mean only that one.
    if (labels.length === 1 && this.saysOpenIt(prompt.context, text)) {
      prompt.recognized.value = '1';
      return true;
    }
    await this.deps.speaker.say(prompt.context, 'staff.handoffs.pickRetry');
    return false;
  }
}

/**
 * What makes sense for a handoff now: accept it while it is new; say whether the patient came once the
 * session has started (on a referral accepted); take that back the same day; record the outcome of a
 * referral in hand.
 */
export function actionsFor(view: HandoffView, now: Date): Action[] {
  const { status, closedAt } = view.handoff;
  const started = now.getTime() >= Date.parse(view.booking.start);
  const day = (instant: number) => instantToWallClock(instant, UK_TIME_ZONE).date;
  return ACTIONS.filter((action) => {
    switch (action) {
      case 'accept':
        return status === 'new';
      case 'attended':
      case 'didNotAttend':
        return status === 'accepted' && started;
      case 'undo':
        return (
          (status === 'attended' || status === 'didNotAttend') &&
          closedAt !== undefined &&
          day(Date.parse(closedAt)) === day(now.getTime())
        );
      case 'outcome':
        return status !== 'new' && status !== 'cancelled';
      case 'back':
        return true;
    }
  });
}
