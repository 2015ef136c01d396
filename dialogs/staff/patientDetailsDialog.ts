import {
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { instantToWallClock, UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import { itemAt } from '../../src/domain/lists';
import { parseLanguage } from '../../src/domain/staff/languages';
import { parseNhsNumber } from '../../src/domain/staff/nhsNumber';
import { parseDateOfBirth } from '../../src/domain/staff/ukDate';
import type { StaffDirectory } from '../../src/domain/staff/staffDirectory';
import type { MessageKey } from '../../src/i18n/translator';
import type { Clock } from '../../src/services/ports';
import { PREFERRED_CONTACTS, type StaffReferralPatient } from '../../src/services/staff/staffReferral';
import { isSkipAnswer } from '../../src/understanding/text';
import { readPatientDetails, type PatientDetailsRead } from '../../src/understanding/patientDetails';
import { parseUkPhone } from '../../src/understanding/phone';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';
import type { Speaker } from '../speaker';
import { yesNoChoices } from '../yesNo';
import { StaffDialog } from './staffDialog';
import { StaffDialogIds } from './staffDialogIds';

export interface PatientDetailsDeps {
  speaker: Speaker;
  directory: StaffDirectory;
  clock: Clock;
}

type Draft = Partial<StaffReferralPatient>;

/**
 * The patient's details, one question at a time: name, date of birth, NHS number, phone, how they
 * like to be contacted, language and whether they need an interpreter. The NHS number and phone can
 * be "not known". Details typed before they were asked ("Asha Patel, dob 3/4/44") are taken where
 * they are found, kept out of the name, and not asked for again. Ends with a StaffReferralPatient.
 * Nothing here is logged.
 */
export class PatientDetailsDialog extends StaffDialog {
  constructor(private readonly deps: PatientDetailsDeps) {
    super(StaffDialogIds.details, { role: 'receptionist', ...deps });
    this.addDialog(new TextPrompt(StaffDialogIds.detailsName, this.validateName.bind(this)));
    this.addDialog(new TextPrompt(StaffDialogIds.detailsBirth, this.validateBirth.bind(this)));
    this.addDialog(new TextPrompt(StaffDialogIds.detailsNhs, this.validateNhs.bind(this)));
    this.addDialog(new TextPrompt(StaffDialogIds.detailsPhone, this.validatePhone.bind(this)));
    this.addDialog(new SignpostChoicePrompt(StaffDialogIds.detailsContact, deps.speaker.translator));
    this.addDialog(new TextPrompt(StaffDialogIds.detailsLanguage, this.validateLanguage.bind(this)));
    this.addDialog(new SignpostChoicePrompt(StaffDialogIds.detailsInterpreter, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(StaffDialogIds.detailsFlow, [
        this.askNameStep.bind(this),
        this.askBirthStep.bind(this),
        this.askNhsStep.bind(this),
        this.askPhoneStep.bind(this),
        this.askContactStep.bind(this),
        this.askLanguageStep.bind(this),
        this.askInterpreterStep.bind(this),
        this.finishStep.bind(this),
      ]),
    );
    this.initialDialogId = StaffDialogIds.detailsFlow;
  }

  private ask(step: WaterfallStepContext, id: string, key: MessageKey): Promise<DialogTurnResult> {
    return step.prompt(id, { prompt: this.deps.speaker.text(step.context, key) });
  }

  private async askNameStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.deps.speaker.say(step.context, 'staff.details.intro');
    return this.ask(step, StaffDialogIds.detailsName, 'staff.details.name');
  }

  private async askBirthStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.take(step);
    if (draft.dateOfBirth) return step.next();
    return this.ask(step, StaffDialogIds.detailsBirth, 'staff.details.birth');
  }

  private async askNhsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.take(step).nhsNumber) return step.next();
    return this.ask(step, StaffDialogIds.detailsNhs, 'staff.details.nhs');
  }

  private async askPhoneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.take(step).phone) return step.next();
    return this.ask(step, StaffDialogIds.detailsPhone, 'staff.details.phone');
  }

  private async askContactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.take(step);
    const { speaker } = this.deps;
    // Without a phone number, only a letter can reach them.
    const contacts = draftOf(step).phone ? PREFERRED_CONTACTS : (['letter'] as const);
    if (contacts.length === 1) return step.next({ index: PREFERRED_CONTACTS.indexOf('letter') });
    return step.prompt(StaffDialogIds.detailsContact, {
      prompt: speaker.text(step.context, 'staff.details.contact'),
      retryPrompt: speaker.text(step.context, 'staff.details.contactRetry'),
      choices: PREFERRED_CONTACTS.map((contact) => ({
        value: speaker.text(step.context, `staff.contact.${contact}`),
      })),
      style: ListStyle.suggestedAction,
    });
  }

  private async askLanguageStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    draftOf(step).preferredContact = itemAt(
      PREFERRED_CONTACTS,
      (step.result as FoundChoice).index,
      'the way of contact chosen',
    );
    return this.ask(step, StaffDialogIds.detailsLanguage, 'staff.details.language');
  }

  private async askInterpreterStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const language = parseLanguage(String(step.result));
    const draft = draftOf(step);
    draft.language = language.ok ? language.tag : 'en';
    if (!language.ok || language.english) return step.next({ index: 1 });
    const { speaker } = this.deps;
    return step.prompt(StaffDialogIds.detailsInterpreter, {
      prompt: speaker.text(step.context, 'staff.details.interpreter'),
      retryPrompt: speaker.text(step.context, 'staff.details.yesNoRetry'),
      choices: yesNoChoices(speaker, step.context, 'staff.details.yes', 'staff.details.no'),
      style: ListStyle.suggestedAction,
    });
  }

  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = draftOf(step);
    const patient: StaffReferralPatient = {
      name: draft.name ?? '',
      dateOfBirth: draft.dateOfBirth ?? '',
      ...(draft.nhsNumber ? { nhsNumber: draft.nhsNumber } : {}),
      ...(draft.phone ? { phone: draft.phone } : {}),
      preferredContact: draft.preferredContact ?? 'letter',
      language: draft.language ?? 'en',
      interpreter: (step.result as FoundChoice).index === 0,
    };
    return step.endDialog(patient);
  }

  private today(): string {
    return instantToWallClock(this.deps.clock.now().getTime(), UK_TIME_ZONE).date;
  }

  private read(text: string): PatientDetailsRead {
    return readPatientDetails(text, this.today());
  }

  /**
   * Keeps every detail the last answer gave (none when its question was skipped), over what was there:
   * the latest answer is the one meant. The answer to the name question is the name, less the details.
   */
  private take(step: WaterfallStepContext): Draft {
    const draft = draftOf(step);
    if (step.result === undefined) return draft;
    const read = this.read(String(step.result));
    if (draft.name === undefined) draft.name = read.rest;
    if (read.dateOfBirth) draft.dateOfBirth = read.dateOfBirth;
    if (read.nhsNumber) draft.nhsNumber = read.nhsNumber;
    if (read.phone) draft.phone = { e164: read.phone.e164, display: read.phone.display };
    return draft;
  }

  /** "not known", "don't have it", "no idea": the detail is not to hand, so the question is left. */
  private isSkip(context: TurnContext, text: string): boolean {
    return (
      this.deps.speaker.saysOneOf(context, text, 'staff.details.notKnownWords') ||
      isSkipAnswer({ text, locale: context.activity.locale ?? 'en-GB' })
    );
  }

  private async validateName(prompt: PromptValidatorContext<string>): Promise<boolean> {
    // The name is what is left once any details typed with it are taken out.
    const name = this.read(prompt.recognized.value ?? '').rest;
    if (name.length >= 1 && name.length <= 100 && /\p{L}/u.test(name)) return true;
    await this.deps.speaker.say(prompt.context, 'staff.details.nameRetry');
    return false;
  }

  private async validateBirth(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    const born = parseDateOfBirth({ text, today: this.today() });
    if (born.ok || this.read(text).dateOfBirth) return true;
    await this.deps.speaker.say(prompt.context, `staff.details.birthProblem.${born.reason}`);
    return false;
  }

  private async validateNhs(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (this.isSkip(prompt.context, text)) return true;
    const nhs = parseNhsNumber(text);
    if (nhs.ok || this.read(text).nhsNumber) return true;
    await this.deps.speaker.say(prompt.context, `staff.details.nhsProblem.${nhs.reason}`);
    return false;
  }

  private async validatePhone(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (this.isSkip(prompt.context, text)) return true;
    const phone = parseUkPhone(text);
    if (phone.ok || this.read(text).phone) return true;
    await this.deps.speaker.say(prompt.context, `booking.phone.problem.${phone.reason}`);
    await this.deps.speaker.say(prompt.context, 'staff.details.phoneRetry');
    return false;
  }

  private async validateLanguage(prompt: PromptValidatorContext<string>): Promise<boolean> {
    if (parseLanguage(prompt.recognized.value ?? '').ok) return true;
    await this.deps.speaker.say(prompt.context, 'staff.details.languageRetry');
    return false;
  }
}

function draftOf(step: WaterfallStepContext): Draft {
  const values = step.values as { patient?: Draft };
  values.patient ??= {};
  return values.patient;
}
