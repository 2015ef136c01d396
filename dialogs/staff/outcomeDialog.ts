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
import { ONS4_QUESTIONS, type Ons4Scores } from '../../src/domain/wellbeing/ons4';
import type { HandoffService } from '../../src/services/handoffs/handoffService';
import type { Nation } from '../../src/domain/safety/types';
import { readTriageNote } from '../../src/understanding/triageNote';
import type { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import { RedFlagAlert } from './redFlagAlert';
import { parseWellbeingScore } from '../../src/understanding/parseWellbeingScore';
import { isSkipAnswer } from '../../src/understanding/text';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';
import type { Speaker } from '../speaker';
import { yesNoChoices } from '../yesNo';
import { StaffDialog } from './staffDialog';
import { StaffDialogIds } from './staffDialogIds';

export interface OutcomeDialogDeps {
  speaker: Speaker;
  directory: StaffDirectory;
  handoffs: HandoffService;
  nation: Nation;
  safety: Pick<SafetyFlagService, 'create'>;
}

export interface OutcomeOptions {
  handoffId: string;
}

interface ScoreOptions {
  index: number;
  scores: Ons4Scores;
}

interface Values {
  notes?: string;
}

/**
 * After a session: the link worker's short note of what happened, and, if they asked them again, the
 * four ONS4 wellbeing questions in the standard's own words (the same wording the patient saw), so the
 * change from the baseline can be seen. Every part can be skipped.
 */
export class OutcomeDialog extends StaffDialog {
  private readonly alert: RedFlagAlert;

  constructor(private readonly deps: OutcomeDialogDeps) {
    super(StaffDialogIds.outcome, { role: 'linkWorker', ...deps });
    this.alert = new RedFlagAlert(deps);
    this.addDialog(new TextPrompt(StaffDialogIds.outcomeNotes, this.validateNotes.bind(this)));
    this.addDialog(new SignpostChoicePrompt(StaffDialogIds.outcomeOffer, deps.speaker.translator));
    this.addDialog(new TextPrompt(StaffDialogIds.outcomeScore, this.validateScore.bind(this)));
    this.addDialog(
      new WaterfallDialog(StaffDialogIds.outcomeFlow, [
        this.askNotesStep.bind(this),
        this.offerWellbeingStep.bind(this),
        this.scoresStep.bind(this),
        this.saveStep.bind(this),
      ]),
    );
    this.addDialog(
      new WaterfallDialog(StaffDialogIds.outcomeScores, [
        this.askScoreStep.bind(this),
        this.recordScoreStep.bind(this),
      ]),
    );
    this.initialDialogId = StaffDialogIds.outcomeFlow;
  }

  private async askNotesStep(step: WaterfallStepContext<OutcomeOptions>): Promise<DialogTurnResult> {
    return step.prompt(StaffDialogIds.outcomeNotes, {
      prompt: this.deps.speaker.text(step.context, 'staff.outcome.notes'),
    });
  }

  private async offerWellbeingStep(step: WaterfallStepContext<OutcomeOptions>): Promise<DialogTurnResult> {
    const text = String(step.result).trim();
    if (!isSkipAnswer({ text, locale: 'en-GB' })) (step.values as Values).notes = text;
    const { speaker } = this.deps;
    // A link worker's note is about the patient: a red flag in it is said now, and kept as a flag
    // on the patient's record, so every link worker sees it on the card.
    const reading = readTriageNote({ text, locale: 'en-GB' });
    if (reading.urgency !== 'none') {
      await this.alert.say(step.context, reading);
      const flag = this.deps.safety.create({
        kinds: [...reading.crisisKinds],
        outcome: 'redFlag',
        source: 'linkWorker',
        redFlags: [...reading.flags],
        urgency: reading.urgency,
        words: [...reading.words],
      });
      const kept = await this.deps.handoffs.recordSafetyFlag(
        this.member(step.context),
        step.options.handoffId,
        flag,
      );
      if (kept.ok) await speaker.say(step.context, 'staff.outcome.flagged');
    }
    return step.prompt(StaffDialogIds.outcomeOffer, {
      prompt: speaker.text(step.context, 'staff.outcome.askWellbeing'),
      retryPrompt: speaker.text(step.context, 'staff.outcome.yesNoRetry'),
      choices: yesNoChoices(speaker, step.context, 'staff.outcome.yes', 'staff.outcome.no'),
      style: ListStyle.suggestedAction,
    });
  }

  private async scoresStep(step: WaterfallStepContext<OutcomeOptions>): Promise<DialogTurnResult> {
    if ((step.result as FoundChoice).index !== 0) return step.next({});
    await this.deps.speaker.say(step.context, 'wellbeing.scale');
    return step.beginDialog(StaffDialogIds.outcomeScores, { index: 0, scores: {} } satisfies ScoreOptions);
  }

  private async saveStep(step: WaterfallStepContext<OutcomeOptions>): Promise<DialogTurnResult> {
    const wellbeing = step.result as Ons4Scores;
    const { notes } = step.values as Values;
    const member = this.member(step.context);
    const saved = await this.deps.handoffs.recordOutcome(member, step.options.handoffId, {
      ...(notes ? { notes } : {}),
      wellbeing,
    });
    await this.deps.speaker.say(step.context, saved.ok ? 'staff.outcome.saved' : 'staff.handoffs.gone');
    return step.endDialog();
  }

  private async askScoreStep(step: WaterfallStepContext<ScoreOptions>): Promise<DialogTurnResult> {
    const question = itemAt(ONS4_QUESTIONS, step.options.index, 'an ONS4 question');
    return step.prompt(StaffDialogIds.outcomeScore, {
      prompt: this.deps.speaker.text(step.context, `wellbeing.${question.id}`),
      validations: { question: question.id },
    });
  }

  private async recordScoreStep(step: WaterfallStepContext<ScoreOptions>): Promise<DialogTurnResult> {
    const { index } = step.options;
    const scores: Ons4Scores = { ...step.options.scores };
    const answer = parseWellbeingScore({ text: String(step.result), locale: 'en-GB' });
    if ('ok' in answer && answer.ok)
      scores[itemAt(ONS4_QUESTIONS, index, 'an ONS4 question').id] = answer.value;
    if (index + 1 < ONS4_QUESTIONS.length) {
      return step.replaceDialog(StaffDialogIds.outcomeScores, {
        index: index + 1,
        scores,
      } satisfies ScoreOptions);
    }
    return step.endDialog(scores);
  }

  private async validateNotes(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = (prompt.recognized.value ?? '').trim();
    if (text && text.length <= 2000) return true;
    await this.deps.speaker.say(prompt.context, 'staff.outcome.notesRetry');
    return false;
  }

  private async validateScore(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (isSkipAnswer({ text, locale: 'en-GB' })) return true;
    const answer = parseWellbeingScore({ text, locale: 'en-GB' });
    if ('kind' in answer || answer.ok) return true;
    await this.deps.speaker.say(prompt.context, `wellbeing.retry.${answer.reason}`);
    // The question again, so the next number is plainly its answer.
    const asked = (prompt.options.validations as { question?: unknown } | undefined)?.question;
    const question = ONS4_QUESTIONS.find(({ id }) => id === asked);
    if (question) await this.deps.speaker.say(prompt.context, `wellbeing.${question.id}`);
    return false;
  }
}
