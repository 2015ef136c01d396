import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { PatientPrivacyService } from '../src/services/privacy/patientPrivacy';
import type { ReferralService } from '../src/services/referrals/referralService';
import { DialogIds } from './dialogIds';
import type { PracticeDetails } from './mainDialog';
import { patientConversationOf, patientKeyOf } from './patient';
import type { Speaker } from './speaker';
import { yesNoChoices } from './yesNo';
import { SignpostChoicePrompt } from './prompts/choicePrompt';

export interface DeleteDataDialogDeps {
  speaker: Speaker;
  referrals: ReferralService;
  privacy: Pick<PatientPrivacyService, 'erase'>;
  practice: PracticeDetails;
  /** Forgets what this conversation's own state keeps beyond the dialogs (flags, markers). */
  forgetConversation(context: TurnContext): Promise<void>;
}

/**
 * "Delete my data", from anywhere. Everything Signpost keeps about the patient goes (see
 * PatientPrivacyService), and the reply says what went, what the practice keeps and why. After a
 * deletion every dialog is ended, because what they were collecting is gone; if the patient keeps
 * their data, they go back to where they were.
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

  /** Whether anything was kept with the patient's consent (their answers, a booking request). */
  async keepsAnything(context: TurnContext): Promise<boolean> {
    return (await this.deps.referrals.get(patientKeyOf(context))) !== undefined;
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    if (!(await this.keepsAnything(step.context))) {
      // Nothing was kept with consent; the chat's own messages still go, and nothing else is asked.
      await this.deps.privacy.erase(patientConversationOf(step.context));
      await this.deps.forgetConversation(step.context);
      await speaker.say(step.context, 'deleteData.nothing');
      return step.endDialog({ deleted: false });
    }
    return step.prompt(DialogIds.deleteDataPrompt, {
      prompt: speaker.text(step.context, 'deleteData.confirm'),
      retryPrompt: speaker.text(step.context, 'deleteData.retry'),
      choices: yesNoChoices(speaker, step.context, 'deleteData.yes', 'deleteData.no', {
        yes: 'deleteData.yesWords',
      }),
      style: ListStyle.suggestedAction,
    });
  }

  private async deleteStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker, practice } = this.deps;
    if ((step.result as FoundChoice).index !== 0) {
      await speaker.say(step.context, 'deleteData.kept');
      return step.endDialog({ deleted: false });
    }
    const outcome = await this.deps.privacy.erase(patientConversationOf(step.context));
    await this.deps.forgetConversation(step.context);
    await speaker.say(step.context, outcome.transcript ? 'deleteData.doneWithChat' : 'deleteData.done');
    if (outcome.upcomingBookings.length > 0) {
      await speaker.say(step.context, 'deleteData.bookingKept');
      if (practice.phone) {
        await speaker.say(step.context, 'deleteData.bookingChangeWithPhone', {
          practice: practice.name,
          phone: practice.phone,
        });
      } else {
        await speaker.say(step.context, 'deleteData.bookingChange', { practice: practice.name });
      }
    }
    await speaker.say(step.context, 'deleteData.practiceKeeps');
    return step.cancelAllDialogs(true);
  }
}
