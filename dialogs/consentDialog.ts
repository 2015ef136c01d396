import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ReferralService } from '../src/services/referrals/referralService';
import { DialogIds } from './dialogIds';
import type { PatientPrivacyService } from '../src/services/privacy/patientPrivacy';
import { patientConversationOf, patientKeyOf } from './patient';
import type { Speaker } from './speaker';
import { yesNoChoices } from './yesNo';
import { SignpostChoicePrompt } from './prompts/choicePrompt';

export interface ConsentResult {
  agreed: boolean;
}

export interface ConsentDialogDeps {
  speaker: Speaker;
  referrals: ReferralService;
  practiceName: string;
  retentionDays: number;
  /** Safety flags raised in this conversation before consent are filed once the draft exists. */
  fileHeldSafetyFlags(context: TurnContext): Promise<void>;
  /** Makes "I won't keep anything" true: no transcript past the session, no way to reach them later. */
  privacy?: Pick<PatientPrivacyService, 'declined'>;
  /** How long this chat is kept after its last message once the patient says no, in minutes. */
  sessionMinutes?: number;
}

/**
 * The privacy notice and the patient's choice. Nothing personal is stored until they agree; if they
 * decline they hear the practice's other routes and nothing is kept. Someone who already agreed is
 * not asked again.
 */
export class ConsentDialog extends ComponentDialog {
  constructor(private readonly deps: ConsentDialogDeps) {
    super(DialogIds.consent);
    this.addDialog(new SignpostChoicePrompt(DialogIds.consentPrompt, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(DialogIds.consentFlow, [
        this.explainStep.bind(this),
        this.recordChoiceStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.consentFlow;
  }

  private async explainStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (await this.deps.referrals.get(patientKeyOf(step.context))) return step.endDialog({ agreed: true });
    const { speaker } = this.deps;
    await speaker.say(step.context, 'privacy.intro');
    await speaker.say(step.context, 'privacy.what');
    await speaker.say(step.context, 'privacy.who', { practice: this.deps.practiceName });
    await speaker.say(step.context, 'privacy.howLong', { days: this.deps.retentionDays });
    await speaker.say(step.context, 'privacy.safety');
    await speaker.say(step.context, 'privacy.delete');
    return step.prompt(DialogIds.consentPrompt, {
      prompt: speaker.text(step.context, 'privacy.ask'),
      retryPrompt: speaker.text(step.context, 'privacy.retry'),
      choices: yesNoChoices(speaker, step.context, 'privacy.agree', 'privacy.decline'),
      style: ListStyle.suggestedAction,
    });
  }

  private async recordChoiceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    if ((step.result as FoundChoice).index === 0) {
      await this.deps.referrals.agree(patientKeyOf(step.context));
      await this.deps.fileHeldSafetyFlags(step.context);
      await speaker.say(step.context, 'privacy.agreed');
      return step.endDialog({ agreed: true } satisfies ConsentResult);
    }
    await this.deps.privacy?.declined(patientConversationOf(step.context));
    await speaker.say(step.context, 'privacy.declined');
    if (this.deps.sessionMinutes !== undefined) {
      await speaker.say(step.context, 'privacy.declinedChat', { minutes: this.deps.sessionMinutes });
    }
    await speaker.say(step.context, 'privacy.otherRoutes', { practice: this.deps.practiceName });
    return step.endDialog({ agreed: false } satisfies ConsentResult);
  }
}
