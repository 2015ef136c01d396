import {
  ComponentDialog,
  WaterfallDialog,
  type Dialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ConsentResult } from './consentDialog';

/**
 * Runs the privacy notice before a dialog that keeps personal data (booking keeps a phone number and
 * joins the referral draft), so a patient who goes straight to "book" is asked first too. Someone who
 * already agreed goes straight through.
 */
export class ConsentFirstDialog extends ComponentDialog {
  constructor(
    id: string,
    private readonly consent: Dialog,
    private readonly inner: Dialog,
  ) {
    super(id);
    this.addDialog(consent);
    this.addDialog(inner);
    this.addDialog(
      new WaterfallDialog(`${id}:flow`, [this.consentStep.bind(this), this.innerStep.bind(this)]),
    );
    this.initialDialogId = `${id}:flow`;
  }

  private consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(this.consent.id);
  }

  private async innerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (!(step.result as ConsentResult | undefined)?.agreed) return step.endDialog();
    return step.replaceDialog(this.inner.id, step.options);
  }
}
