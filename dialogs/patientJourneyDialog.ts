import {
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type Dialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ConsentResult } from './consentDialog';
import type { CapabilityOptions } from './mainDialog';
import type { WhatMattersOptions } from './whatMattersDialog';
import { DialogIds } from './dialogIds';
import type { Speaker } from './speaker';
import type { SuggestionsResult } from './suggestions/suggestionsDialog';
import type { BookDialogOptions } from './booking/bookDialog';
import { yesNoChoices } from './yesNo';
import { SignpostChoicePrompt } from './prompts/choicePrompt';

export interface PatientJourneyDeps {
  speaker: Speaker;
  practiceName: string;
  consent: Dialog;
  whatMatters: Dialog;
  followUps: Dialog;
  wellbeing: Dialog;
  suggestions: Dialog;
  /** The booking dialog, begun when the patient wants to see a link worker (absent: they are told how to book). */
  bookingDialogId?: string;
}

const JOURNEY_PROMPT = `${DialogIds.patientJourney}:bookPrompt`;

/**
 * The "what matters to you" conversation from start to finish: consent first, then what matters,
 * a few skippable follow-ups, an optional wellbeing baseline, suggestions, and booking a link worker.
 * Each part is its own dialog; this one only puts them in order.
 */
export class PatientJourneyDialog extends ComponentDialog {
  constructor(private readonly deps: PatientJourneyDeps) {
    super(DialogIds.patientJourney);
    for (const dialog of [deps.consent, deps.whatMatters, deps.followUps, deps.wellbeing, deps.suggestions]) {
      this.addDialog(dialog);
    }
    this.addDialog(new SignpostChoicePrompt(JOURNEY_PROMPT, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(DialogIds.patientJourneyFlow, [
        this.consentStep.bind(this),
        this.whatMattersStep.bind(this),
        this.followUpsStep.bind(this),
        this.wellbeingStep.bind(this),
        this.suggestionsStep.bind(this),
        this.offerBookingStep.bind(this),
        this.bookStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.patientJourneyFlow;
  }

  private async consentStep(step: WaterfallStepContext<CapabilityOptions>): Promise<DialogTurnResult> {
    // What the patient already told us is kept here, not stored, until they agree to the privacy notice.
    if (step.options?.story) await this.deps.speaker.say(step.context, 'journey.heard');
    return step.beginDialog(this.deps.consent.id);
  }

  private async whatMattersStep(step: WaterfallStepContext<CapabilityOptions>): Promise<DialogTurnResult> {
    if (!(step.result as ConsentResult | undefined)?.agreed) return step.endDialog();
    const story = step.options?.story;
    return step.beginDialog(
      this.deps.whatMatters.id,
      (story ? { answer: story } : {}) satisfies WhatMattersOptions,
    );
  }

  private followUpsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(this.deps.followUps.id);
  }

  private wellbeingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(this.deps.wellbeing.id);
  }

  private suggestionsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(this.deps.suggestions.id);
  }

  private async offerBookingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as SuggestionsResult | undefined;
    if (result?.next === 'book') return this.book(step, result.said);
    if (result?.next !== 'askBook') return step.endDialog();
    const { speaker } = this.deps;
    return step.prompt(JOURNEY_PROMPT, {
      prompt: speaker.text(step.context, 'journey.askBook'),
      retryPrompt: speaker.text(step.context, 'journey.retry'),
      choices: yesNoChoices(speaker, step.context, 'journey.yes', 'journey.no'),
      style: ListStyle.suggestedAction,
    });
  }

  private async bookStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((step.result as FoundChoice).index === 0) return this.book(step);
    await this.deps.speaker.say(step.context, 'journey.noBooking');
    return step.endDialog();
  }

  /** `said`: when or how they would like to meet, in their words ("asap by phone"), read by the booking. */
  private async book(step: WaterfallStepContext, said?: string): Promise<DialogTurnResult> {
    if (this.deps.bookingDialogId)
      return step.replaceDialog(
        this.deps.bookingDialogId,
        said === undefined ? undefined : ({ said } satisfies BookDialogOptions),
      );
    await this.deps.speaker.say(step.context, 'journey.bookingLater', { practice: this.deps.practiceName });
    return step.endDialog();
  }
}
