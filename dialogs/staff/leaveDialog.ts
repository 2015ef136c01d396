import {
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { instantToWallClock, UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import { itemAt } from '../../src/domain/lists';
import type { AvailabilityChange } from '../../src/domain/staff/availabilityOverride';
import type { StaffDirectory } from '../../src/domain/staff/staffDirectory';
import { parseTimeRange, parseUkDate } from '../../src/domain/staff/ukDate';
import { readWhen } from '../../src/understanding/when/readWhen';
import type { HandoffService } from '../../src/services/handoffs/handoffService';
import type { Clock } from '../../src/services/ports';
import type { AvailabilityService } from '../../src/services/staff/availabilityService';
import { spokenWhen } from '../booking/spoken';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';
import type { Speaker } from '../speaker';
import { yesNoChoices } from '../yesNo';
import { handoffMessage } from './handoffCard';
import { StaffDialog } from './staffDialog';
import { StaffDialogIds } from './staffDialogIds';

/** How far ahead a day said in words may be for leave (a year and a little). */
const LEAVE_HORIZON_DAYS = 400;

export interface LeaveDialogDeps {
  speaker: Speaker;
  directory: StaffDirectory;
  availability: AvailabilityService;
  handoffs: HandoffService;
  clock: Clock;
}

const KINDS = ['leave', 'remove', 'add'] as const;
type Kind = (typeof KINDS)[number];

interface Values {
  kind: Kind;
  from: string;
  change: AvailabilityChange;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/**
 * A link worker changes their own diary: leave (whole days), time off on one day, or extra hours on one
 * day. They see what it means before it is saved; sessions it removes are cancelled only if they say
 * so, and then each patient is told and offered new times, or handed back to the link worker to call.
 */
export class LeaveDialog extends StaffDialog {
  constructor(private readonly deps: LeaveDialogDeps) {
    super(StaffDialogIds.leave, { role: 'linkWorker', ...deps });
    this.addDialog(new SignpostChoicePrompt(StaffDialogIds.leaveKind, deps.speaker.translator));
    this.addDialog(new TextPrompt(StaffDialogIds.leaveFrom, this.validateDate.bind(this)));
    this.addDialog(new TextPrompt(StaffDialogIds.leaveTo, this.validateDate.bind(this)));
    this.addDialog(new TextPrompt(StaffDialogIds.leaveTimes, this.validateTimes.bind(this)));
    this.addDialog(new SignpostChoicePrompt(StaffDialogIds.leaveConfirm, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(StaffDialogIds.leaveFlow, [
        this.askKindStep.bind(this),
        this.askDateStep.bind(this),
        this.askEndStep.bind(this),
        this.checkStep.bind(this),
        this.applyStep.bind(this),
      ]),
    );
    this.initialDialogId = StaffDialogIds.leaveFlow;
  }

  private async askKindStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    return step.prompt(StaffDialogIds.leaveKind, {
      prompt: speaker.text(step.context, 'staff.leave.kind'),
      retryPrompt: speaker.text(step.context, 'staff.leave.kindRetry'),
      choices: KINDS.map((kind) => ({ value: speaker.text(step.context, `staff.leave.kinds.${kind}`) })),
      style: ListStyle.suggestedAction,
    });
  }

  private async askDateStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const kind = itemAt(KINDS, (step.result as FoundChoice).index, 'the kind of change chosen');
    (step.values as Values).kind = kind;
    return step.prompt(StaffDialogIds.leaveFrom, {
      prompt: this.deps.speaker.text(
        step.context,
        kind === 'leave' ? 'staff.leave.firstDay' : 'staff.leave.day',
      ),
    });
  }

  private async askEndStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    values.from = this.readDate(String(step.result)) ?? '';
    const { speaker } = this.deps;
    if (values.kind === 'leave') {
      return step.prompt(StaffDialogIds.leaveTo, {
        prompt: speaker.text(step.context, 'staff.leave.lastDay'),
      });
    }
    return step.prompt(StaffDialogIds.leaveTimes, {
      prompt: speaker.text(step.context, 'staff.leave.times'),
    });
  }

  private async checkStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, availability } = this.deps;
    const values = step.values as Values;
    const answer = String(step.result);
    if (values.kind === 'leave') {
      values.change = { kind: 'leave', from: values.from, to: this.readDate(answer) ?? '' };
    } else {
      const times = parseTimeRange(answer);
      const [start, end] = times.ok ? [times.start, times.end] : ['', ''];
      values.change = { kind: values.kind, date: values.from, start, end };
    }
    const preview = await availability.preview(this.member(step.context), values.change);
    if (!preview.ok) {
      await speaker.say(
        step.context,
        preview.reason === 'notALinkWorker' ? 'staff.handoffs.gone' : `staff.leave.problem.${preview.reason}`,
      );
      return step.replaceDialog(StaffDialogIds.leaveFlow);
    }
    await speaker.say(
      step.context,
      `staff.leave.summary.${values.change.kind}`,
      this.describe(values.change),
    );
    if (preview.affected.length > 0) {
      const lines = preview.affected.map(
        (view) => `- ${spokenWhen(speaker, step.context, view.booking.start)}`,
      );
      await step.context.sendActivity(
        `${speaker.text(step.context, 'staff.leave.affected', { count: preview.affected.length })}\n${lines.join('\n')}`,
      );
    }
    return step.prompt(StaffDialogIds.leaveConfirm, {
      prompt: speaker.text(
        step.context,
        preview.affected.length ? 'staff.leave.confirmCancel' : 'staff.leave.confirm',
      ),
      retryPrompt: speaker.text(step.context, 'staff.leave.yesNoRetry'),
      choices: yesNoChoices(speaker, step.context, 'staff.leave.yes', 'staff.leave.no'),
      style: ListStyle.suggestedAction,
    });
  }

  private async applyStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, availability, handoffs } = this.deps;
    if ((step.result as FoundChoice).index !== 0) {
      await speaker.say(step.context, 'staff.leave.notSaved');
      return step.endDialog();
    }
    const { change } = step.values as Values;
    const result = await availability.apply(this.member(step.context), change);
    if (!result.ok) {
      await speaker.say(step.context, 'staff.leave.notSaved');
      return step.endDialog();
    }
    // Say what the change does, in its own words: leave and time off close hours, extra hours open them.
    await speaker.say(step.context, `staff.leave.saved.${change.kind}`, this.describe(change));
    if (result.cancelled.length > 0) {
      await speaker.say(step.context, 'staff.leave.cancelled', { count: result.cancelled.length });
    }
    if (result.offeredNewTimes.length > 0) {
      await speaker.say(step.context, 'staff.leave.sendingTimes', { count: result.offeredNewTimes.length });
    }
    if (result.callThem.length > 0) {
      await speaker.say(step.context, 'staff.leave.callThem', { count: result.callThem.length });
      for (const cancelled of result.callThem) {
        const view = await handoffs.viewFor(cancelled.booking.id);
        if (view) {
          await step.context.sendActivity(
            handoffMessage(speaker, step.context, view, 'staff.handoff.summary', this.deps.clock.now()),
          );
        }
      }
    }
    return step.endDialog();
  }

  private describe(change: AvailabilityChange): Record<string, string> {
    const day = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));
    if (change.kind === 'leave') return { from: day(change.from), to: day(change.to) };
    return { day: day(change.date), start: change.start, end: change.end };
  }

  private today(): string {
    return instantToWallClock(this.deps.clock.now().getTime(), UK_TIME_ZONE).date;
  }

  private readDate(text: string): string | undefined {
    const parsed = parseUkDate({ text, today: this.today(), missingYear: 'next' });
    return parsed.ok ? parsed.date : this.dayNamed(text);
  }

  /**
   * One day said in words ("next Friday", "tomorrow", "Monday week"), read by the same reader as a
   * patient's booking, with no booking horizon: leave can be a long way ahead.
   */
  private dayNamed(text: string): string | undefined {
    const { outcome } = readWhen({
      text,
      locale: 'en-GB',
      referenceDate: this.deps.clock.now(),
      timeZone: UK_TIME_ZONE,
      horizonDays: LEAVE_HORIZON_DAYS,
    });
    if (outcome.kind !== 'when' && outcome.kind !== 'beyond') return undefined;
    const [span, ...more] = outcome.when.dates;
    return span && more.length === 0 && span.from === span.to ? span.from : undefined;
  }

  private async validateDate(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const parsed = parseUkDate({
      text: prompt.recognized.value ?? '',
      today: this.today(),
      missingYear: 'next',
    });
    if (parsed.ok || this.dayNamed(prompt.recognized.value ?? '') !== undefined) return true;
    await this.deps.speaker.say(prompt.context, `staff.leave.dateProblem.${parsed.reason}`);
    return false;
  }

  private async validateTimes(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const parsed = parseTimeRange(prompt.recognized.value ?? '');
    if (parsed.ok) return true;
    await this.deps.speaker.say(prompt.context, `staff.leave.timesProblem.${parsed.reason}`);
    return false;
  }
}
