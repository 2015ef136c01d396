import { ActivityTypes, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { namesATime } from '../src/domain/booking/whenPreference';
import { UK_TIME_ZONE } from '../src/domain/calendar/wallClock';
import type { Clock } from '../src/services/ports';
import type { ReferralService } from '../src/services/referrals/referralService';
import { readWhen } from '../src/understanding/when/readWhen';
import { DialogIds } from './dialogIds';
import type { PatientPrivacyService } from '../src/services/privacy/patientPrivacy';
import { patientConversationOf, patientKeyOf } from './patient';
import type { Speaker } from './speaker';
import { yesNoChoices } from './yesNo';
import { SignpostChoicePrompt } from './prompts/choicePrompt';

export interface ConsentResult {
  agreed: boolean;
  /** A day or time said at the privacy question ("no earlier than 10am"), kept for the booking. */
  timeSaid?: string;
}

interface ConsentState {
  timeSaid?: string;
}

/** Turn-state key: a time said at the privacy question was kept this turn. */
const TIME_KEPT = Symbol('timeKept');

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
  /**
   * Given when a booking follows: a day or time said at the privacy question ("half 2 on Tuesday") is
   * no answer to it, but is kept, and the booking uses it instead of asking when suits.
   */
  keepTimeSaid?: { clock: Clock };
}

/**
 * The privacy notice and the patient's choice. Nothing personal is stored until they agree; if they
 * decline they hear the practice's other routes and nothing is kept. Someone who already agreed is
 * not asked again.
 */
export class ConsentDialog extends ComponentDialog {
  constructor(private readonly deps: ConsentDialogDeps) {
    super(DialogIds.consent);
    this.addDialog(
      new SignpostChoicePrompt(DialogIds.consentPrompt, deps.speaker.translator, this.validate.bind(this)),
    );
    this.addDialog(
      new WaterfallDialog(DialogIds.consentFlow, [
        this.explainStep.bind(this),
        this.recordChoiceStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.consentFlow;
  }

  override async continueDialog(outerDc: DialogContext): Promise<DialogTurnResult> {
    const text = this.timeSaid(outerDc.context);
    const state = outerDc.activeDialog?.state as ConsentState | undefined;
    if (text !== undefined && state) state.timeSaid = text;
    return super.continueDialog(outerDc);
  }

  protected override endComponent(outerDc: DialogContext, result: unknown): Promise<DialogTurnResult> {
    const timeSaid = (outerDc.activeDialog?.state as ConsentState | undefined)?.timeSaid;
    const consent = result as ConsentResult | undefined;
    if (!consent?.agreed || timeSaid === undefined) return super.endComponent(outerDc, result);
    return super.endComponent(outerDc, { ...consent, timeSaid } satisfies ConsentResult);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const result = await super.onContinueDialog(innerDc);
    // The prompt does not ask again after the validator has spoken this turn: ask here.
    if (innerDc.context.turnState.get(TIME_KEPT) === true && result.status === DialogTurnStatus.waiting)
      await innerDc.repromptDialog();
    return result;
  }

  /** "Half 2 on Tuesday" at the privacy question: kept for the booking, and the question asked again. */
  private async validate(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    if (prompt.recognized.succeeded) return true;
    if (this.timeSaid(prompt.context) === undefined) return false;
    await this.deps.speaker.say(prompt.context, 'privacy.timeKept');
    prompt.context.turnState.set(TIME_KEPT, true);
    return false;
  }

  /** The message, when it names a day or a time and a booking follows. */
  private timeSaid(context: TurnContext): string | undefined {
    const keep = this.deps.keepTimeSaid;
    const { activity } = context;
    if (!keep || activity.type !== ActivityTypes.Message || !activity.text) return undefined;
    const { outcome } = readWhen({
      text: activity.text,
      locale: this.deps.speaker.translator.resolve(activity.locale),
      referenceDate: keep.clock.now(),
      timeZone: UK_TIME_ZONE,
    });
    const named = outcome.kind === 'when' || outcome.kind === 'holiday' || outcome.kind === 'beyond';
    return named && namesATime(outcome.when) ? activity.text : undefined;
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
