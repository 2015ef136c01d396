import { ActivityTypes, type TurnContext } from 'botbuilder';
import {
  ChoicePrompt,
  ComponentDialog,
  Dialog,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type PromptOptions,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { MessageKey, MessageVars, Translator } from '../src/i18n/translator';
import { readChoice } from '../src/understanding/choice';
import { readCommand, readIntent, type Intent, type IntentReading } from '../src/understanding/intent';
import { readMessageProblem } from '../src/understanding/messageProblem';
import { DialogIds } from './dialogIds';
import { innermostContext } from './innermost';
import { choiceOptions } from './prompts/choiceOptions';
import { MenuPrompt, type MenuAnswer } from './prompts/menuPrompt';
import type { CatalogueChoice } from './prompts/choicePrompt';

/**
 * A capability that the menu offers: the patient journey, booking, staff tools. Each brings its own
 * dialog; the main dialog only lists and starts it, and takes the user back to the menu after.
 */
export interface MenuCapability {
  /** Stable id, used in the menu's choice list. */
  id: string;
  /** The menu entry's text. */
  labelKey: MessageKey;
  /** Further phrases that choose it, "|"-separated in the catalogue. */
  synonymsKey?: MessageKey;
  /** What people say that this capability answers ("book", "my appointment"), typed anywhere. */
  intents?: readonly Intent[];
  dialog: Dialog;
  /** Whether this user may see it (staff tools are hidden from patients). */
  isAvailable?(context: TurnContext): boolean | Promise<boolean>;
}

/** What a capability is begun with when a message, not a button, chose it. */
export interface CapabilityOptions {
  /** The intent read from the message ("cancelBooking" begins My booking at cancelling). */
  intent?: Intent;
  /** The patient's own words, when they told something that matters: the journey takes them as their answer. */
  story?: string;
  /** The message's words when it asked to book or move a booking: a time it names ("next Tuesday") is read, not asked. */
  said?: string;
}

/** The "delete my data" dialog, which can say whether anything was kept with consent. */
export interface ForgettingDialog extends Dialog {
  keepsAnything(context: TurnContext): Promise<boolean>;
}

export interface PracticeDetails {
  name: string;
  phone: string | undefined;
}

export interface MainDialogDeps {
  translator: Translator;
  practice: PracticeDetails;
  capabilities: MenuCapability[];
  /** "Delete my data", begun on top of whatever is going on (absent: the command is not offered). */
  deleteData?: ForgettingDialog;
  /** Dialogs not on the menu that Signpost itself may begin (new times after leave). */
  hidden?: Dialog[];
  /**
   * Whether the sender is practice staff: their welcome and help speak of the staff tools, and the
   * menu offers no "talk to a person" (absent: everyone is spoken to as a patient).
   */
  isStaff?(context: TurnContext): boolean;
}

export interface MainOptions {
  /** Passed by the bot when a conversation begins with a message: it is answered, not swallowed. */
  firstMessage?: string;
  /** Begins the main dialog straight into another dialog (new times after leave), then the menu. */
  start?: { dialogId: string; options?: object };
}

interface MenuValues {
  menu: string[];
}

const BUILT_IN = ['talkToPerson', 'help'] as const;

/** What the welcome and help say after the greeting, to a patient and to staff. */
const PATIENT_WELCOME: readonly MessageKey[] = ['welcome.whatIDo', 'welcome.emergency', 'welcome.anytime'];
const STAFF_WELCOME: readonly MessageKey[] = ['welcome.staff', 'welcome.anytime'];
const PATIENT_HELP: readonly MessageKey[] = ['help.intro', 'help.what', 'help.commands', 'help.emergency'];
const STAFF_HELP: readonly MessageKey[] = ['help.intro', 'help.staff', 'help.staffCommands'];

/**
 * The root of every conversation: the menu, which reads free text as well as its buttons, and the
 * commands that work anywhere (help, start over, stop, talk to a person, my booking, delete my data).
 * Every other dialog runs inside this one, so those commands are handled here once, before the active
 * dialog sees the message, and only when the message does not answer the question on screen.
 */
export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: MainDialogDeps) {
    super(DialogIds.main);
    this.addDialog(new MenuPrompt(DialogIds.menuPrompt, deps.translator));
    this.addDialog(
      new WaterfallDialog(DialogIds.mainFlow, [
        this.showMenuStep.bind(this),
        this.startChoiceStep.bind(this),
        this.backToMenuStep.bind(this),
      ]),
    );
    for (const capability of deps.capabilities) this.addDialog(capability.dialog);
    if (deps.deleteData) this.addDialog(deps.deleteData);
    for (const dialog of deps.hidden ?? []) this.addDialog(dialog);
    this.initialDialogId = DialogIds.mainFlow;
  }

  /**
   * Begins `dialogId` (one of this dialog's own) on top of whatever the conversation is doing; when it
   * ends, what was going on asks its question again. With nothing going on, the menu follows it.
   */
  async beginOnTop(outer: DialogContext, dialogId: string, options?: object): Promise<void> {
    const inner = outer.activeDialog?.id === this.id ? outer.child : undefined;
    if (inner) {
      await inner.beginDialog(dialogId, options);
      return;
    }
    await outer.beginDialog(this.id, {
      start: { dialogId, ...(options ? { options } : {}) },
    } satisfies MainOptions);
  }

  /** Sends a catalogue message in the user's language. */
  say(context: TurnContext, key: MessageKey, vars?: MessageVars) {
    return context.sendActivity(this.text(context, key, vars));
  }

  text(context: TurnContext, key: MessageKey, vars?: MessageVars): string {
    return this.deps.translator.t(context.activity.locale, key, vars);
  }

  /** The welcome said when someone first opens the conversation. */
  async sendWelcome(context: TurnContext): Promise<void> {
    await this.say(context, 'welcome.greeting', { practice: this.deps.practice.name });
    for (const key of this.isStaff(context) ? STAFF_WELCOME : PATIENT_WELCOME) await this.say(context, key);
  }

  /** Whether this text is one of the commands that work anywhere (help, start over, cancel...). */
  isCommand(context: TurnContext, text: string): boolean {
    return readCommand({ text, locale: context.activity.locale ?? 'en-GB' }) !== undefined;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    // The question on screen is looked up once: each look makes a dialog context for every level.
    let leaf: DialogContext | undefined;
    const leafOf = () => (leaf ??= innermostContext(innerDc));
    const handled = (await this.badInput(innerDc, leafOf)) ?? (await this.interrupt(innerDc, leafOf));
    return handled ?? super.onContinueDialog(innerDc);
  }

  /**
   * Emoji only, a message in another language, abuse or gibberish: a short kind word and the same
   * question again. Nothing said before is lost, because the question is still open.
   */
  private async badInput(
    innerDc: DialogContext,
    leafOf: () => DialogContext,
  ): Promise<DialogTurnResult | undefined> {
    const { activity } = innerDc.context;
    if (activity.type !== ActivityTypes.Message || !activity.text || activity.value !== undefined)
      return undefined;
    const leaf = leafOf();
    // A question that takes any words (what matters, notes) hears them as they are, unless they hold none.
    const freeText =
      leaf.activeDialog !== undefined && leaf.dialogs.find(leaf.activeDialog.id) instanceof TextPrompt;
    const problem = readMessageProblem({ text: activity.text, locale: activity.locale });
    if (!problem || (freeText && problem.value !== 'noWords')) return undefined;
    // "👍" answers a yes/no question.
    if (this.choiceTakes(leaf, activity.text)) return undefined;
    await this.say(innerDc.context, `badInput.${problem.value}`);
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  private async interrupt(
    innerDc: DialogContext,
    leafOf: () => DialogContext,
  ): Promise<DialogTurnResult | undefined> {
    const { activity } = innerDc.context;
    if (activity.type !== ActivityTypes.Message || !activity.text) return undefined;
    // The menu reads every one of these itself.
    if (innerDc.activeDialog?.id === DialogIds.mainFlow) return undefined;
    const command = readCommand({ text: activity.text, locale: activity.locale ?? 'en-GB' });
    if (!command || this.answersTheQuestion(leafOf(), activity.text, command.whole)) return undefined;
    switch (command.value) {
      case 'help':
        await this.sendHelp(innerDc.context);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'talkToPerson':
        await this.sendTalkToPerson(innerDc.context);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'deleteData': {
        const deleteData = this.deps.deleteData;
        if (!deleteData) return undefined;
        if (await deleteData.keepsAnything(innerDc.context)) return innerDc.beginDialog(deleteData.id);
        // Nothing was kept with consent, but the question on screen may hold what they said (a story
        // held until they agree to the privacy notice): it goes too, and the menu follows.
        await innerDc.cancelAllDialogs();
        await innerDc.beginDialog(deleteData.id);
        return innerDc.beginDialog(DialogIds.mainFlow);
      }
      case 'myBooking':
      case 'cancelBooking':
      case 'moveBooking': {
        const capability = await this.capabilityFor(innerDc.context, command.value);
        if (!capability || innerDc.activeDialog?.id === capability.dialog.id) return undefined;
        // Begun on top: when it ends, the conversation goes back to the question it left.
        return innerDc.beginDialog(capability.dialog.id, {
          intent: command.value,
          ...(command.value === 'moveBooking' ? { said: activity.text } : {}),
        } satisfies CapabilityOptions);
      }
      case 'startOver':
      case 'stop':
        await innerDc.cancelAllDialogs();
        await this.say(innerDc.context, command.value === 'stop' ? 'cancel.done' : 'startOver.done');
        return innerDc.beginDialog(DialogIds.mainFlow);
    }
  }

  /**
   * Whether the open question takes this message as its answer, so a command must not steal it:
   * "cancel" at My booking chooses "Cancel my booking". At a question that takes any words, only a
   * message that is nothing but the command ("help") is a command.
   */
  private answersTheQuestion(leaf: DialogContext, text: string, whole: boolean): boolean {
    const active = leaf.activeDialog;
    if (!active) return false;
    if (leaf.dialogs.find(active.id) instanceof ChoicePrompt) return this.choiceTakes(leaf, text);
    return !whole;
  }

  /**
   * The menu entry a message names by its text or further words, before the menu was shown; never by
   * a number, since no numbered list was on screen.
   */
  private entryNamed(
    context: TurnContext,
    text: string,
    entries: readonly { id: string; choice: CatalogueChoice }[],
  ): string | undefined {
    const locale = context.activity.locale;
    const options = choiceOptions(
      entries.map((entry) => entry.choice),
      (key) => this.deps.translator.list(locale, key),
    ).map((option) => ({ ...option, numbered: false }));
    const reading = readChoice({ text, ...(locale === undefined ? {} : { locale }), options });
    if (reading.value.kind !== 'option' || reading.confidence < 0.6) return undefined;
    return entries[reading.value.index]?.id;
  }

  /** Whether the choice question on screen, if there is one, reads this message as one of its options. */
  private choiceTakes(leaf: DialogContext, text: string): boolean {
    const active = leaf.activeDialog;
    if (!active || !(leaf.dialogs.find(active.id) instanceof ChoicePrompt)) return false;
    const options = (active.state as { options?: PromptOptions }).options;
    const choices = (options?.choices ?? []) as (CatalogueChoice | string)[];
    const locale = leaf.context.activity.locale;
    const reading = readChoice({
      text,
      ...(locale === undefined ? {} : { locale }),
      options: choiceOptions(choices, (key) => this.deps.translator.list(locale, key)),
    });
    return reading.value.kind === 'option' && reading.confidence >= 0.6;
  }

  private isStaff(context: TurnContext): boolean {
    return this.deps.isStaff?.(context) ?? false;
  }

  private async sendHelp(context: TurnContext): Promise<void> {
    for (const key of this.isStaff(context) ? STAFF_HELP : PATIENT_HELP) await this.say(context, key);
  }

  private async sendTalkToPerson(context: TurnContext): Promise<void> {
    const { name, phone } = this.deps.practice;
    if (phone) await this.say(context, 'talkToPerson.withPhone', { practice: name, phone });
    else await this.say(context, 'talkToPerson.withoutPhone', { practice: name });
  }

  private async available(context: TurnContext): Promise<MenuCapability[]> {
    const found: MenuCapability[] = [];
    for (const capability of this.deps.capabilities) {
      if (capability.isAvailable && !(await capability.isAvailable(context))) continue;
      found.push(capability);
    }
    return found;
  }

  /**
   * The capability that answers an intent. One kept for this user's role (a receptionist's "Refer a
   * patient" for a story about someone) answers before the one everybody has.
   */
  private async capabilityFor(context: TurnContext, intent: Intent): Promise<MenuCapability | undefined> {
    const answering = (await this.available(context)).filter((capability) =>
      capability.intents?.includes(intent),
    );
    return answering.find((capability) => capability.isAvailable !== undefined) ?? answering[0];
  }

  private async menuEntries(context: TurnContext): Promise<{ id: string; choice: CatalogueChoice }[]> {
    const entries: { id: string; choice: CatalogueChoice }[] = [];
    for (const capability of await this.available(context)) {
      entries.push({
        id: capability.id,
        choice: {
          value: this.text(context, capability.labelKey),
          ...(capability.synonymsKey === undefined ? {} : { synonymsKey: capability.synonymsKey }),
        },
      });
    }
    const staff = this.isStaff(context);
    for (const id of BUILT_IN) {
      // Staff are at the practice: "talk to a person" would only give them its phone number.
      if (staff && id === 'talkToPerson') continue;
      entries.push({ id, choice: { value: this.text(context, `menu.${id}`) } });
    }
    return entries;
  }

  private async showMenuStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const start = step.options?.start;
    if (start) return step.beginDialog(start.dialogId, start.options);
    const entries = await this.menuEntries(step.context);
    (step.values as MenuValues).menu = entries.map((entry) => entry.id);
    // The first message of a conversation is answered ("book", "I'm lonely..."), not swallowed.
    const first = step.options?.firstMessage;
    if (first) {
      const problem = readMessageProblem({ text: first, locale: step.context.activity.locale });
      if (problem && problem.value !== 'gibberish') await this.say(step.context, `badInput.${problem.value}`);
      const reading = readIntent({ text: first, locale: step.context.activity.locale ?? 'en-GB' });
      if (
        (reading.value !== 'greeting' && reading.value !== 'unclear' && reading.value !== 'startOver') ||
        reading.forSomeoneElse
      ) {
        return this.route(step, reading, first);
      }
      // A menu entry named in words ("my referrals" from a link worker) opens it, as its button would.
      const named = this.entryNamed(step.context, first, entries);
      if (named !== undefined) return this.startEntry(step, named);
    }
    return step.prompt(DialogIds.menuPrompt, {
      prompt: this.text(step.context, 'menu.prompt'),
      retryPrompt: this.text(step.context, 'menu.retry'),
      choices: entries.map((entry) => entry.choice),
      style: ListStyle.suggestedAction,
    });
  }

  private async startChoiceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // A capability begun straight from the first message has finished: back to the menu.
    if (!isMenuAnswer(step.result)) return step.replaceDialog(DialogIds.mainFlow);
    const answer = step.result;
    const ids = (step.values as MenuValues).menu;
    if (answer.kind === 'intent') return this.route(step, answer.reading, answer.text);
    return this.startEntry(step, ids[(answer.found as FoundChoice).index]);
  }

  private async startEntry(step: WaterfallStepContext, id: string | undefined, options?: CapabilityOptions) {
    if (id === 'help') {
      await this.sendHelp(step.context);
      return step.next();
    }
    if (id === 'talkToPerson') {
      await this.sendTalkToPerson(step.context);
      return step.next();
    }
    const capability = this.deps.capabilities.find((candidate) => candidate.id === id);
    if (!capability) return step.next();
    return step.beginDialog(capability.dialog.id, options);
  }

  /** Acts on what a typed message meant: the same places the buttons lead to. */
  private async route(
    step: WaterfallStepContext,
    reading: IntentReading,
    text: string,
  ): Promise<DialogTurnResult> {
    switch (reading.value) {
      case 'help':
      case 'talkToPerson':
        return this.startEntry(step, reading.value);
      case 'deleteData':
        if (!this.deps.deleteData) return step.next();
        return step.beginDialog(this.deps.deleteData.id);
      case 'unclear':
        if (reading.forSomeoneElse) return this.forSomeoneElse(step, text);
        return step.replaceDialog(DialogIds.mainFlow);
      case 'greeting':
      case 'startOver':
        return step.replaceDialog(DialogIds.mainFlow);
      default: {
        const capability = await this.capabilityFor(step.context, reading.value);
        if (!capability) {
          // Something this user has no way to do here (a link worker asking to book for themselves).
          await this.say(step.context, 'menu.notHere');
          return step.replaceDialog(DialogIds.mainFlow);
        }
        return this.startEntry(step, capability.id, {
          intent: reading.value,
          ...(reading.story ? { story: text } : {}),
          ...(reading.value === 'moveBooking' || reading.value === 'book' ? { said: text } : {}),
        });
      }
    }
  }

  /**
   * A message about someone else's needs only ("can my dad get a befriender?"). A receptionist's is the
   * request about a patient. A patient's journey is their own, with their own agreement: they are
   * told how the other person can get help, and that their own part in it (as a carer) is welcome.
   */
  private async forSomeoneElse(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    const capability = this.isStaff(step.context)
      ? await this.capabilityFor(step.context, 'whatMatters')
      : undefined;
    if (capability) {
      return this.startEntry(step, capability.id, { intent: 'whatMatters', story: text });
    }
    await this.say(step.context, 'menu.forSomeoneElse');
    return step.replaceDialog(DialogIds.mainFlow);
  }

  private async backToMenuStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(DialogIds.mainFlow);
  }
}

function isMenuAnswer(value: unknown): value is MenuAnswer {
  const kind = (value as { kind?: unknown } | undefined)?.kind;
  return kind === 'entry' || kind === 'intent';
}
