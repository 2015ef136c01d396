import {
  ComponentDialog,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { itemAt } from '../src/domain/lists';
import {
  ONS4_QUESTION_IDS,
  ONS4_QUESTIONS,
  type Ons4QuestionId,
  type Ons4Scores,
} from '../src/domain/wellbeing/ons4';
import type { ReferralService } from '../src/services/referrals/referralService';
import { parseWellbeingScore } from '../src/understanding/parseWellbeingScore';
import { isSkipAnswer } from '../src/understanding/text';
import { DialogIds } from './dialogIds';
import { patientKeyOf } from './patient';
import type { Speaker } from './speaker';
import { yesNoChoices } from './yesNo';
import { SignpostChoicePrompt } from './prompts/choicePrompt';

/** What the score prompt carries for its validator: which question a retry repeats. */
interface ScoreValidations {
  question: Ons4QuestionId;
}

function questionOf(validations: unknown): Ons4QuestionId | undefined {
  const question = (validations as Partial<ScoreValidations> | undefined)?.question;
  return ONS4_QUESTION_IDS.find((id) => id === question);
}

interface Options {
  /** Which ONS4 question comes next; absent before the patient has chosen to answer. */
  index?: number;
  scores?: Ons4Scores;
}

export interface WellbeingDialogDeps {
  speaker: Speaker;
  referrals: ReferralService;
}

/**
 * The optional ONS4 personal wellbeing baseline (GSS harmonised standard, Open Government Licence):
 * four questions answered 0 to 10, in the standard's own words and order. Each can be skipped; an
 * answer that is not a number from 0 to 10 gets a message that says what is wrong.
 */
export class WellbeingDialog extends ComponentDialog {
  constructor(private readonly deps: WellbeingDialogDeps) {
    super(DialogIds.wellbeing);
    this.addDialog(new SignpostChoicePrompt(DialogIds.wellbeingOffer, deps.speaker.translator));
    this.addDialog(new TextPrompt(DialogIds.wellbeingScore, this.validateScore.bind(this)));
    this.addDialog(
      new WaterfallDialog(DialogIds.wellbeingFlow, [
        this.askQuestionStep.bind(this),
        this.recordAnswerStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.wellbeingFlow;
  }

  private async askQuestionStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const index = step.options?.index;
    if (index === undefined) {
      return step.prompt(DialogIds.wellbeingOffer, {
        prompt: speaker.text(step.context, 'wellbeing.offer'),
        retryPrompt: speaker.text(step.context, 'wellbeing.offerRetry'),
        choices: yesNoChoices(speaker, step.context, 'wellbeing.yes', 'wellbeing.no'),
        style: ListStyle.suggestedAction,
      });
    }
    if (index === 0) await speaker.say(step.context, 'wellbeing.scale');
    const question = itemAt(ONS4_QUESTIONS, index, 'an ONS4 question');
    return step.prompt(DialogIds.wellbeingScore, {
      prompt: speaker.text(step.context, `wellbeing.${question.id}`),
      validations: { question: question.id } satisfies ScoreValidations,
    });
  }

  private async recordAnswerStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    const index = step.options?.index;
    if (index === undefined) {
      if ((step.result as FoundChoice).index !== 0) return step.endDialog();
      return step.replaceDialog(DialogIds.wellbeingFlow, { index: 0, scores: {} } satisfies Options);
    }
    const scores: Ons4Scores = { ...step.options?.scores };
    const answer = parseWellbeingScore({
      text: String(step.result),
      locale: step.context.activity.locale ?? 'en-GB',
    });
    if ('ok' in answer && answer.ok)
      scores[itemAt(ONS4_QUESTIONS, index, 'an ONS4 question').id] = answer.value;
    if (index + 1 < ONS4_QUESTIONS.length) {
      return step.replaceDialog(DialogIds.wellbeingFlow, { index: index + 1, scores } satisfies Options);
    }
    if (Object.keys(scores).length)
      await this.deps.referrals.recordWellbeing(patientKeyOf(step.context), scores);
    await this.deps.speaker.say(step.context, 'wellbeing.thanks');
    return step.endDialog();
  }

  /**
   * Accepts a score from 0 to 10 or a skip; otherwise says exactly what is wrong and asks the same
   * question again, so the next number is plainly the answer to it.
   */
  private async validateScore(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    const locale = prompt.context.activity.locale ?? 'en-GB';
    if (isSkipAnswer({ text, locale })) return true;
    const answer = parseWellbeingScore({ text, locale });
    if ('kind' in answer || answer.ok) return true;
    await this.deps.speaker.say(prompt.context, `wellbeing.retry.${answer.reason}`);
    const question = questionOf(prompt.options.validations);
    if (question) await this.deps.speaker.say(prompt.context, `wellbeing.${question}`);
    return false;
  }
}
