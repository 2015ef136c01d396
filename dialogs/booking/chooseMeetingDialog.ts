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
import type { TurnContext } from 'botbuilder';
import { MEETING_MODES } from '../../src/domain/linkWorkers/schema';
import { itemAt } from '../../src/domain/lists';
import type { SlotOffer } from '../../src/services/booking/bookingService';
import type { MeetingMode } from '../../src/services/ports';
import { readChoice } from '../../src/understanding/choice';
import { parseLinkContact } from '../../src/understanding/contact';
import { isPlainlyNotAName, readPersonName } from '../../src/understanding/personName';
import { findUkPhone, readUkPhoneAnswer } from '../../src/understanding/phone';
import { DialogIds } from '../dialogIds';
import { meetingModeChoices } from './spoken';
import { yesNoChoices } from '../yesNo';
import type { BookingDialogDeps } from './bookingDeps';
import { SignpostChoicePrompt } from '../prompts/choicePrompt';
import { choiceOptions } from '../prompts/choiceOptions';

export interface ChooseMeetingOptions {
  offer: SlotOffer;
  /** When moving a booking: keep its way of meeting if the new slot offers it, without asking. */
  keepMode?: MeetingMode;
  /** The way they already said they would like to meet ("by phone"): not asked again if the slot offers it. */
  preferMode?: MeetingMode;
  /** Ways of meeting ruled out already (the patient would not give what they need). */
  without?: MeetingMode[];
  /**
   * A number or an address they gave before the booking asked ("next Tuesday, I'm on 07700 900456"):
   * once they agree to pass it on, it is not asked for again.
   */
  given?: string;
}

/**
 * How the patient will meet, and what the link worker may use to reach them: only what that meeting
 * needs (a number to call; an email or mobile for a video link; a name to ask for at reception), and
 * only once the patient agreed to pass it on. `cancelled`: no way of meeting was left.
 */
export interface ChosenMeeting {
  mode: MeetingMode;
  contact?: { name?: string; phone?: { e164: string; display: string }; email?: string };
  /** The way of meeting and what goes with it were kept from the booking being moved. */
  kept?: boolean;
  cancelled?: boolean;
  /** They would rather meet in a way this time does not offer (`mode`): times when they can are wanted. */
  otherTimes?: boolean;
}

/** Turn-state key: the way of meeting an answer named that the choice prompt did not take. */
const NOT_OFFERED = Symbol('modeNotOffered');

interface ChooseMeetingValues {
  mode: MeetingMode;
  name?: string;
  /** A number or an address given with the yes. */
  early?: string;
}

/** A phone number or an email address in a message, as typed ("yes, 07700 900123"). */
export function givenEarly(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const phone = findUkPhone(text);
  if (phone) return phone.display;
  const reach = parseLinkContact(text);
  return reach.ok && 'email' in reach ? reach.email : undefined;
}

/**
 * How the patient meets the link worker (in person, phone or video, as the slot allows), then, with
 * their agreement, what the link worker needs to reach them for that meeting. A phone or video meeting
 * cannot happen without a way to reach them: a patient who would rather not give one chooses another
 * way of meeting instead.
 */
export class ChooseMeetingDialog extends ComponentDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(DialogIds.bookingChooseMeeting);
    this.addDialog(
      new SignpostChoicePrompt(DialogIds.bookingMode, deps.speaker.translator, this.validateMode.bind(this)),
    );
    // "yes its 07700 900 123", or just the number or address: the answer to a later question, given early.
    this.addDialog(
      new SignpostChoicePrompt(
        DialogIds.bookingPhoneConsent,
        deps.speaker.translator,
        async (prompt) =>
          prompt.recognized.succeeded ||
          givenEarly(prompt.context.activity.text) !== undefined ||
          this.nameGiven(prompt.context) !== undefined,
      ),
    );
    this.addDialog(new TextPrompt(DialogIds.bookingContactName, this.validateName.bind(this)));
    this.addDialog(new TextPrompt(DialogIds.bookingPhone, this.validateContact.bind(this)));
    this.addDialog(
      new WaterfallDialog(DialogIds.bookingChooseMeetingFlow, [
        this.askModeStep.bind(this),
        this.askConsentStep.bind(this),
        this.askNameStep.bind(this),
        this.askContactStep.bind(this),
        this.finishStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.bookingChooseMeetingFlow;
  }

  private modes(options: ChooseMeetingOptions): MeetingMode[] {
    return options.offer.modes.filter((mode) => !(options.without ?? []).includes(mode));
  }

  private async askModeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const options = step.options as ChooseMeetingOptions;
    const values = step.values as ChooseMeetingValues;
    const modes = this.modes(options);
    // Moved with the same way of meeting: the link worker has what they had. A way of meeting said
    // with the new time ("move it to Friday, by phone") counts over the old one.
    const said = options.preferMode !== undefined && modes.includes(options.preferMode);
    const keep = options.keepMode;
    if (keep !== undefined && modes.includes(keep) && (!said || options.preferMode === keep)) {
      return step.endDialog({ mode: keep, kept: true } satisfies ChosenMeeting);
    }
    const [onlyMode, ...otherModes] = modes;
    if (onlyMode === undefined)
      return step.endDialog({ mode: 'inPerson', cancelled: true } satisfies ChosenMeeting);
    if (options.preferMode !== undefined && modes.includes(options.preferMode)) {
      values.mode = options.preferMode;
      return step.next();
    }
    if (otherModes.length === 0) {
      values.mode = onlyMode;
      return step.next();
    }
    return step.prompt(DialogIds.bookingMode, {
      prompt: speaker.text(step.context, 'booking.mode.ask', { worker: options.offer.workerName }),
      retryPrompt: speaker.text(step.context, 'booking.mode.retry'),
      choices: meetingModeChoices(speaker, step.context, modes),
      style: ListStyle.suggestedAction,
    });
  }

  private async askConsentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const options = step.options as ChooseMeetingOptions;
    const values = step.values as ChooseMeetingValues;
    const named = step.context.turnState.get<MeetingMode | undefined>(NOT_OFFERED);
    if (named !== undefined && !this.modes(options).includes(named)) {
      await speaker.say(step.context, `booking.mode.notOffered.${named}`, {
        worker: options.offer.workerName,
      });
      return step.endDialog({ mode: named, otherTimes: true } satisfies ChosenMeeting);
    }
    const found = step.result as FoundChoice | undefined;
    // The choices were the modes left, in order.
    if (named !== undefined) values.mode = named;
    else if (found) values.mode = itemAt(this.modes(options), found.index, 'the chosen way of meeting');
    return step.prompt(DialogIds.bookingPhoneConsent, {
      prompt: speaker.text(step.context, `booking.contact.ask.${values.mode}`, {
        worker: options.offer.workerName,
      }),
      retryPrompt: speaker.text(step.context, 'booking.phone.consentRetry'),
      choices: yesNoChoices(speaker, step.context, 'booking.phone.yes', 'booking.phone.no', {
        no: 'booking.phone.noWords',
      }),
      style: ListStyle.suggestedAction,
    });
  }

  private async askNameStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const options = step.options as ChooseMeetingOptions;
    const values = step.values as ChooseMeetingValues;
    const { mode } = values;
    const early = givenEarly(step.context.activity.text);
    const found = step.result as FoundChoice | undefined;
    // A name, a number or an address typed instead of "yes" says yes, and answers the question it
    // belongs to: "its Margaret Hill" is not asked for a name again.
    const agreed = found === undefined || found.index === 0;
    if (agreed && mode !== 'inPerson') {
      const known = early ?? options.given;
      if (known) values.early = known;
    }
    const name = agreed ? this.nameGiven(step.context) : undefined;
    if (name !== undefined) return step.next(name);
    if (agreed) {
      return step.prompt(DialogIds.bookingContactName, {
        prompt: speaker.text(step.context, 'booking.contact.name', { worker: options.offer.workerName }),
      });
    }
    // In person works without a name. Phone and video do not work without a way to reach them.
    if (mode === 'inPerson') return step.endDialog({ mode } satisfies ChosenMeeting);
    return this.declined(step, mode);
  }

  /** No way to reach them for this meeting: another way of meeting, or none left. */
  private async declined(step: WaterfallStepContext, mode: 'phone' | 'video'): Promise<DialogTurnResult> {
    const options = step.options as ChooseMeetingOptions;
    await this.deps.speaker.say(step.context, `booking.contact.needed.${mode}`, {
      worker: options.offer.workerName,
    });
    const without = [...(options.without ?? []), mode];
    if (this.modes({ ...options, without }).length === 0) {
      return step.endDialog({ mode, cancelled: true } satisfies ChosenMeeting);
    }
    return step.replaceDialog(DialogIds.bookingChooseMeetingFlow, {
      ...options,
      without,
    } satisfies ChooseMeetingOptions);
  }

  private async askContactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const options = step.options as ChooseMeetingOptions;
    const values = step.values as ChooseMeetingValues;
    const answered = String(step.result ?? '').trim();
    // A number or an address typed with the name ("Ann Lee 07700 900456") answers the next question
    // too, and is no part of the name.
    const early = values.mode === 'inPerson' ? undefined : givenEarly(answered);
    if (early && !values.early) values.early = early;
    const locale = this.deps.speaker.translator.resolve(step.context.activity.locale);
    const read = readPersonName(answered, locale);
    // The answer is the name, but not the words that lead into it ("its Maggie Doyle", "yes, Maggie
    // Doyle"): those would be on the link worker's card. A name read from the very start is kept as
    // typed, whole.
    const name = early ? (read?.name ?? '') : read && read.evidence.start > 0 ? read.name : answered;
    if (name && !this.isSkip(step, name)) values.name = name.slice(0, 100);
    if (values.early) return step.next(values.early);
    if (values.mode === 'inPerson') {
      return step.endDialog({
        mode: 'inPerson',
        ...(values.name ? { contact: { name: values.name } } : {}),
      } satisfies ChosenMeeting);
    }
    return step.prompt(DialogIds.bookingPhone, {
      prompt: speaker.text(step.context, `booking.contact.reach.${values.mode}`, {
        worker: options.offer.workerName,
      }),
      validations: { mode: values.mode },
    });
  }

  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const options = step.options as ChooseMeetingOptions;
    const { mode: chosen, name } = step.values as ChooseMeetingValues;
    // In person ended at the name; what is left needs a way to reach them.
    const mode = chosen === 'video' ? 'video' : 'phone';
    const text = String(step.result);
    const worker = options.offer.workerName;
    const named = name ? { name } : {};
    if (this.isSkip(step, text)) return this.declined(step, mode);
    if (mode === 'phone') {
      const phone = readUkPhoneAnswer(text);
      if (!phone.ok) return this.declined(step, mode);
      await speaker.say(step.context, 'booking.phone.thanks', { worker, phone: phone.display });
      return step.endDialog({
        mode,
        contact: { ...named, phone: { e164: phone.e164, display: phone.display } },
      } satisfies ChosenMeeting);
    }
    const reach = parseLinkContact(text);
    if (!reach.ok) return this.declined(step, mode);
    if ('email' in reach) {
      await speaker.say(step.context, 'booking.contact.thanksEmail', { worker, email: reach.email });
      return step.endDialog({ mode, contact: { ...named, email: reach.email } } satisfies ChosenMeeting);
    }
    await speaker.say(step.context, 'booking.contact.thanksText', { worker, phone: reach.phone.display });
    return step.endDialog({ mode, contact: { ...named, phone: reach.phone } } satisfies ChosenMeeting);
  }

  /** A name in the message ("its Margaret Hill", "yes, Margaret Hill, 07700 900123"), if it gives one. */
  private nameGiven(context: TurnContext): string | undefined {
    const { text, locale } = context.activity;
    if (!text) return undefined;
    return readPersonName(text, this.deps.speaker.translator.resolve(locale))?.name;
  }

  private isSkip(step: { context: PromptValidatorContext<string>['context'] }, text: string): boolean {
    return this.deps.speaker.saysOneOf(step.context, text, 'booking.phone.skipWords');
  }

  /**
   * "In person" when this time is only by phone or video is an answer too: they would rather meet that
   * way, so times when they can are found instead (askConsentStep).
   */
  private async validateMode(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    if (prompt.recognized.succeeded) return true;
    const named = this.modeNamed(prompt.context);
    if (named === undefined) return false;
    prompt.context.turnState.set(NOT_OFFERED, named);
    return true;
  }

  /** The way of meeting an answer names, whether or not this time offers it. */
  private modeNamed(context: TurnContext): MeetingMode | undefined {
    const { text, locale } = context.activity;
    if (!text) return undefined;
    const { speaker } = this.deps;
    const reading = readChoice({
      text,
      ...(locale === undefined ? {} : { locale }),
      options: choiceOptions(meetingModeChoices(speaker, context, MEETING_MODES), (key) =>
        speaker.translator.list(locale, key),
      ),
    });
    return reading?.value.kind === 'option' ? MEETING_MODES[reading.value.index] : undefined;
  }

  private async validateName(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const name = (prompt.recognized.value ?? '').trim();
    if (this.isSkip(prompt, name)) return true;
    const locale = this.deps.speaker.translator.resolve(prompt.context.activity.locale);
    const plausible = name.length >= 1 && name.length <= 100 && /\p{L}/u.test(name);
    if (plausible && !isPlainlyNotAName(name, locale)) return true;
    await this.deps.speaker.say(prompt.context, 'booking.contact.nameRetry');
    return false;
  }

  private async validateContact(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { speaker } = this.deps;
    const { mode } = prompt.options.validations as { mode: MeetingMode };
    const text = prompt.recognized.value ?? '';
    if (this.isSkip(prompt, text)) return true;
    if (mode === 'phone') {
      const parsed = readUkPhoneAnswer(text);
      if (parsed.ok) return true;
      await speaker.say(prompt.context, `booking.phone.problem.${parsed.reason}`);
      await speaker.say(prompt.context, 'booking.phone.retry');
      return false;
    }
    if (parseLinkContact(text).ok) return true;
    await speaker.say(prompt.context, 'booking.contact.linkRetry');
    return false;
  }
}
