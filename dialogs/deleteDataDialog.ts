import {
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ReferralService } from '../src/services/referrals/referralService';
import type { SafetyFlagService } from '../src/services/safety/safetyFlagService';
import { DialogIds } from './dialogIds';
import { patientKeyOf } from './patient';
import type { Speaker } from './speaker';
import { yesNoChoices } from './yesNo';
import { SignpostChoicePrompt } from './prompts/choicePrompt';

export interface DeleteDataDialogDeps {
  speaker: Speaker;
  referrals: ReferralService;
  /** The patient's safety inbox items go with their draft. */
  safety?: Pick<SafetyFlagService, 'forget'>;
}

/**
 * "Delete my data", from anywhere. After a deletion every dialog is ended, because what they were
 * collecting is gone; if the patient keeps their data, they go back to where they were.
 */
export class DeleteDataDialog extends ComponentDialog {
  constructor(private readonly deps: DeleteDataDialogDeps) {
    super(DialogIds.deleteData);
    this.addDialog(new SignpostChoicePrompt(DialogIds.deleteDataPrompt, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(DialogIds.deleteDataFlow, [
        this.confirmStep.bind(this),
        this.deleteStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.deleteDataFlow;
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    if (!(await this.deps.referrals.get(patientKeyOf(step.context)))) {
      await speaker.say(step.context, 'deleteData.nothing');
      return step.endDialog({ deleted: false });
    }
    return step.prompt(DialogIds.deleteDataPrompt, {
      prompt: speaker.text(step.context, 'deleteData.confirm'),
      retryPrompt: speaker.text(step.context, 'deleteData.retry'),
      choices: yesNoChoices(speaker, step.context, 'deleteData.yes', 'deleteData.no'),
      style: ListStyle.suggestedAction,
    });
  }

  private async deleteStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    if ((step.result as FoundChoice).index !== 0) {
      await speaker.say(step.context, 'deleteData.kept');
      return step.endDialog({ deleted: false });
    }
    await this.deps.safety?.forget(patientKeyOf(step.context));
    await this.deps.referrals.forget(patientKeyOf(step.context));
    await speaker.say(step.context, 'deleteData.done');
    return step.cancelAllDialogs(true);
  }
}
