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
  /** `carry` turns what the privacy question kept (a time said early) into options of the inner dialog. */
  constructor(
    id: string,
    private readonly consent: Dialog,
    private readonly inner: Dialog,
    private readonly carry: (result: ConsentResult) => object = () => ({}),
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
    const result = step.result as ConsentResult | undefined;
    if (!result?.agreed) return step.endDialog();
    return step.replaceDialog(this.inner.id, { ...(step.options ?? {}), ...this.carry(result) });
  }
}
