import type { TurnContext } from 'botbuilder';
import {
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { NEED_IDS, type NeedId } from '../../src/domain/needs/taxonomy';
import type { StatePropertyAccessor } from 'botbuilder';
import type { Nation } from '../../src/domain/safety/types';
import { checkTriageNote, type CheckedNote } from '../../src/understanding/safety/checkNote';
import type { StaffDirectory } from '../../src/domain/staff/staffDirectory';
import type { BookingService } from '../../src/services/booking/bookingService';
import type { Clock } from '../../src/services/ports';
import type { StaffAudit } from '../../src/services/staff/audit';
import type { StaffReferral, StaffReferralPatient } from '../../src/services/staff/staffReferral';
import type { StaffReferralService } from '../../src/services/staff/staffReferralService';
import type { SafetyFlag } from '../../src/services/safety/safetyFlag';
import type { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import type { CapabilityOptions } from '../mainDialog';
import { bookingVars } from '../booking/spoken';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';
import type { Speaker } from '../speaker';
import { joinList } from '../whatMattersDialog';
import { yesNoChoices } from '../yesNo';
import { PatientDetailsDialog } from './patientDetailsDialog';
import { RedFlagAlert } from './redFlagAlert';
import { StaffBookDialog, type StaffBookOptions, type StaffBookResult } from './staffBookDialog';
import { StaffDialog } from './staffDialog';
import { StaffDialogIds } from './staffDialogIds';

export interface TriageDialogDeps {
  speaker: Speaker;
  directory: StaffDirectory;
  clock: Clock;
  nation: Nation;
  booking: BookingService;
  staffReferrals: StaffReferralService;
  audit: StaffAudit;
  safety: Pick<SafetyFlagService, 'create' | 'file'>;
  /** Red flags the staff safety gate found at later prompts of this referral. */
  heldFlags: StatePropertyAccessor<SafetyFlag[]>;
}

interface Values {
  note: string;
  reading: CheckedNote;
  needs: NeedId[];
  patient: StaffReferralPatient;
  referral: StaffReferral;
  /** The note's own red flag, if it had one. */
  flag?: SafetyFlag;
  /** Every red flag of this referral: the note's and any found at later prompts. */
  flags?: SafetyFlag[];
}

/** Urgencies that stop the social referral: the receptionist deals with them first. */
const STOP = new Set(['emergency999', 'urgent111']);

/**
 * Care navigation for a receptionist: they describe the request in their own words; Signpost first
 * looks for red flags and says plainly when the patient needs 999, 111 or a clinician now. Otherwise it
 * suggests the social needs, which the receptionist confirms or changes, takes the patient's details,
 * records their consent decision (SNOMED CT coded) and books them a link-worker slot. Every decision
 * stays with the receptionist.
 */
export class TriageDialog extends StaffDialog {
  private readonly alert: RedFlagAlert;

  constructor(private readonly deps: TriageDialogDeps) {
    super(StaffDialogIds.triage, { role: 'receptionist', ...deps });
    this.alert = new RedFlagAlert(deps);
    this.addDialog(
      new TextPrompt(StaffDialogIds.triageNote, async (prompt: PromptValidatorContext<string>) =>
        Boolean(prompt.recognized.value?.trim()),
      ),
    );
    this.addDialog(new SignpostChoicePrompt(StaffDialogIds.triageGoOn, deps.speaker.translator));
    this.addDialog(new SignpostChoicePrompt(StaffDialogIds.triageNeedsConfirm, deps.speaker.translator));
    this.addDialog(new TextPrompt(StaffDialogIds.triageNeedsPick, this.validateNeeds.bind(this)));
    this.addDialog(new SignpostChoicePrompt(StaffDialogIds.triageConsent, deps.speaker.translator));
    this.addDialog(new PatientDetailsDialog(deps));
    this.addDialog(new StaffBookDialog(deps));
    this.addDialog(
      new WaterfallDialog(StaffDialogIds.triageFlow, [
        this.askNoteStep.bind(this),
        this.assessStep.bind(this),
        this.suggestNeedsStep.bind(this),
        this.pickNeedsStep.bind(this),
        this.detailsStep.bind(this),
        this.askConsentStep.bind(this),
        this.recordStep.bind(this),
        this.confirmationStep.bind(this),
      ]),
    );
    this.initialDialogId = StaffDialogIds.triageFlow;
  }

  private async askNoteStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    // A new referral: red flags held from an earlier one belong to that one, which has ended.
    await this.deps.heldFlags.delete(step.context);
    // Typed at the menu, the request has been told already: it is read at once.
    const story = (step.options as CapabilityOptions | undefined)?.story;
    if (story) return step.next(story);
    await speaker.say(step.context, 'staff.triage.intro');
    return step.prompt(StaffDialogIds.triageNote, {
      prompt: speaker.text(step.context, 'staff.triage.ask'),
      retryPrompt: speaker.text(step.context, 'staff.triage.empty'),
    });
  }

  private async assessStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const values = step.values as Values;
    values.note = String(step.result).trim();
    // The rules, and the learned layer where they found nothing: it may only add a check.
    values.reading = checkTriageNote({ text: values.note, locale: 'en-GB' });
    const { reading } = values;
    await this.deps.audit.record(this.member(step.context), 'triage.assessed', { code: reading.urgency });
    if (reading.urgency === 'none') {
      await speaker.say(step.context, 'staff.triage.noRedFlags');
      return step.next({ index: 0 });
    }
    // A red flag only the learned layer saw is a question for the receptionist, who decides.
    if (reading.source === 'model') await speaker.say(step.context, 'staff.triage.modelCheck');
    else await this.alert.say(step.context, reading);
    values.flag = this.deps.safety.create({
      kinds: [...reading.crisisKinds],
      outcome: 'redFlag',
      source: 'receptionist',
      redFlags: [...reading.flags],
      urgency: reading.urgency,
      words: [...reading.words],
    });
    if (STOP.has(reading.urgency)) {
      await speaker.say(step.context, 'staff.triage.stopped');
      return step.endDialog();
    }
    return step.prompt(StaffDialogIds.triageGoOn, {
      prompt: speaker.text(step.context, 'staff.triage.goOn'),
      retryPrompt: speaker.text(step.context, 'staff.triage.yesNoRetry'),
      choices: yesNoChoices(speaker, step.context, 'staff.triage.goOnYes', 'staff.triage.goOnNo'),
      style: ListStyle.suggestedAction,
    });
  }

  private async suggestNeedsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    if ((step.result as FoundChoice).index !== 0) {
      await speaker.say(step.context, 'staff.triage.notReferred');
      return step.endDialog();
    }
    const { needs } = (step.values as Values).reading;
    if (needs.length === 0) {
      await speaker.say(step.context, 'staff.needs.noneFound');
      return step.next({ index: 1 });
    }
    await speaker.say(step.context, 'staff.needs.suggested', { needs: this.needNames(step.context, needs) });
    return step.prompt(StaffDialogIds.triageNeedsConfirm, {
      prompt: speaker.text(step.context, 'staff.needs.confirm'),
      retryPrompt: speaker.text(step.context, 'staff.needs.confirmRetry'),
      choices: yesNoChoices(speaker, step.context, 'staff.needs.right', 'staff.needs.change', {
        no: 'staff.needs.changeWords',
      }),
      style: ListStyle.suggestedAction,
    });
  }

  private async pickNeedsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    if ((step.result as FoundChoice).index === 0) {
      values.needs = [...values.reading.needs];
      return step.next();
    }
    const { speaker } = this.deps;
    const list = NEED_IDS.map(
      (id, index) => `${index + 1}. ${speaker.text(step.context, `staff.need.${id}`)}`,
    );
    return step.prompt(StaffDialogIds.triageNeedsPick, {
      prompt: `${speaker.text(step.context, 'staff.needs.pick')}\n\n${list.join('\n')}`,
    });
  }

  private async detailsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    if (typeof step.result === 'string') {
      values.needs = readNeedNumbers(step.result) ?? [];
      await this.deps.speaker.say(step.context, 'staff.needs.noted', {
        needs: this.needNames(step.context, values.needs),
      });
    }
    return step.beginDialog(StaffDialogIds.details);
  }

  private async askConsentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    (step.values as Values).patient = step.result as StaffReferralPatient;
    await speaker.say(step.context, 'staff.consent.explain');
    return step.prompt(StaffDialogIds.triageConsent, {
      prompt: speaker.text(step.context, 'staff.consent.ask'),
      retryPrompt: speaker.text(step.context, 'staff.consent.retry'),
      choices: yesNoChoices(speaker, step.context, 'staff.consent.agreed', 'staff.consent.declined'),
      style: ListStyle.suggestedAction,
    });
  }

  private async recordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const values = step.values as Values;
    const decision = (step.result as FoundChoice).index === 0 ? 'agreed' : 'declined';
    const held = await this.deps.heldFlags.get(step.context, []);
    await this.deps.heldFlags.delete(step.context);
    values.flags = [...(values.flag ? [values.flag] : []), ...held];
    values.referral = await this.deps.staffReferrals.record({
      member: this.member(step.context),
      note: values.note,
      needs: values.needs,
      patient: values.patient,
      decision,
      // Shared with the link worker only if the patient agreed.
      safetyFlags: values.flags,
    });
    if (decision === 'declined') {
      await speaker.say(step.context, 'staff.consent.declinedRecorded', {
        code: values.referral.consent.snomed,
      });
      return step.endDialog();
    }
    await speaker.say(step.context, 'staff.consent.agreedRecorded', { code: values.referral.consent.snomed });
    const phone = values.patient.phone?.e164;
    return step.beginDialog(StaffDialogIds.book, {
      patientKey: values.referral.patientKey,
      referralId: values.referral.id,
      ...(phone ? { phone } : {}),
    } satisfies StaffBookOptions);
  }

  private async confirmationStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const { view } = (step.result ?? {}) as StaffBookResult;
    if (!view) {
      // No booking, so no handoff card: the link workers see the red flags in the safety inbox.
      const { referral, flags = [] } = step.values as Values;
      for (const flag of flags) await this.deps.safety.file(referral.patientKey, flag);
      await speaker.say(step.context, 'staff.book.notBooked');
      return step.endDialog();
    }
    const vars = bookingVars(speaker, step.context, view);
    await speaker.say(step.context, 'staff.book.done', vars);
    await speaker.say(step.context, 'staff.book.readOut', vars);
    await speaker.say(step.context, 'staff.book.handoff', { worker: vars.worker });
    return step.endDialog();
  }

  private needNames(context: TurnContext, needs: readonly NeedId[]): string {
    return joinList(
      'en-GB',
      needs.map((id) => this.deps.speaker.text(context, `staff.need.${id}`)),
    );
  }

  private async validateNeeds(prompt: PromptValidatorContext<string>): Promise<boolean> {
    if (readNeedNumbers(prompt.recognized.value ?? '')) return true;
    await this.deps.speaker.say(prompt.context, 'staff.needs.pickRetry');
    return false;
  }
}

/** "1, 3 and 5" → those needs; undefined when any number is not on the list or none is given. */
export function readNeedNumbers(text: string): NeedId[] | undefined {
  const parts = text
    .toLowerCase()
    .split(/\s*(?:,|and|&|\s)\s*/)
    .filter(Boolean);
  if (parts.length === 0 || parts.some((part) => !/^\d{1,2}$/.test(part))) return undefined;
  const ids: NeedId[] = [];
  for (const part of parts) {
    const id = NEED_IDS[Number(part) - 1];
    if (id === undefined) return undefined;
    ids.push(id);
  }
  return [...new Set(ids)];
}
