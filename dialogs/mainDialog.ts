import { ActivityTypes, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  ListStyle,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { MessageKey, MessageVars, Translator } from '../src/i18n/translator';
import { commandMatcher, type CommandMatcher, type GlobalCommand } from '../src/understanding/commands';
import { DialogIds } from './dialogIds';
import { SignpostChoicePrompt, type CatalogueChoice } from './prompts/choicePrompt';

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
  dialog: Dialog;
  /** Whether this user may see it (staff tools are hidden from patients). */
  isAvailable?(context: TurnContext): boolean | Promise<boolean>;
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
  deleteData?: Dialog;
}

interface MenuValues {
  menu: string[];
}

const BUILT_IN = ['talkToPerson', 'help'] as const;
const COMMANDS: GlobalCommand[] = ['help', 'startOver', 'cancel', 'talkToPerson', 'deleteData'];

/**
 * The root of every conversation: the menu, and the commands that work anywhere (help, start over,
 * cancel, talk to a person). Every other dialog runs inside this one, so those commands are handled
 * here once, before the active dialog sees the message.
 */
export class MainDialog extends ComponentDialog {
  private readonly matchers = new Map<string, CommandMatcher>();

  constructor(private readonly deps: MainDialogDeps) {
    super(DialogIds.main);
    this.addDialog(new SignpostChoicePrompt(DialogIds.menuPrompt, deps.translator));
    this.addDialog(
      new WaterfallDialog(DialogIds.mainFlow, [
        this.showMenuStep.bind(this),
        this.startChoiceStep.bind(this),
        this.backToMenuStep.bind(this),
      ]),
    );
    for (const capability of deps.capabilities) this.addDialog(capability.dialog);
    if (deps.deleteData) this.addDialog(deps.deleteData);
    this.initialDialogId = DialogIds.mainFlow;
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
    await this.say(context, 'welcome.whatIDo');
    await this.say(context, 'welcome.emergency');
    await this.say(context, 'welcome.anytime');
  }

  /** Whether this text is one of the commands that work anywhere (help, start over, cancel...). */
  isCommand(context: TurnContext, text: string): boolean {
    return this.commandsOf(context)(text) !== undefined;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { activity } = innerDc.context;
    if (activity.type !== ActivityTypes.Message) return undefined;
    const command = this.commandsOf(innerDc.context)(activity.text);
    switch (command) {
      case 'help':
        await this.sendHelp(innerDc.context);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'talkToPerson':
        await this.sendTalkToPerson(innerDc.context);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'deleteData':
        if (!this.deps.deleteData) return undefined;
        return innerDc.beginDialog(this.deps.deleteData.id);
      case 'startOver':
      case 'cancel':
        await innerDc.cancelAllDialogs();
        await this.say(innerDc.context, command === 'cancel' ? 'cancel.done' : 'startOver.done');
        return innerDc.beginDialog(DialogIds.mainFlow);
      default:
        return undefined;
    }
  }

  /** The command phrases of the user's language, read from the catalogue once per language. */
  private commandsOf(context: TurnContext): CommandMatcher {
    const t = this.deps.translator;
    const locale = t.resolve(context.activity.locale);
    let matcher = this.matchers.get(locale);
    if (!matcher) {
      matcher = commandMatcher(
        Object.fromEntries(
          COMMANDS.map((command) => [command, t.list(locale, `commands.${command}` as MessageKey)]),
        ) as Record<GlobalCommand, string[]>,
      );
      this.matchers.set(locale, matcher);
    }
    return matcher;
  }

  private async sendHelp(context: TurnContext): Promise<void> {
    await this.say(context, 'help.intro');
    await this.say(context, 'help.what');
    await this.say(context, 'help.commands');
    await this.say(context, 'help.emergency');
  }

  private async sendTalkToPerson(context: TurnContext): Promise<void> {
    const { name, phone } = this.deps.practice;
    if (phone) await this.say(context, 'talkToPerson.withPhone', { practice: name, phone });
    else await this.say(context, 'talkToPerson.withoutPhone', { practice: name });
  }

  private async menuEntries(context: TurnContext): Promise<{ id: string; choice: CatalogueChoice }[]> {
    const entries: { id: string; choice: CatalogueChoice }[] = [];
    for (const capability of this.deps.capabilities) {
      if (capability.isAvailable && !(await capability.isAvailable(context))) continue;
      entries.push({
        id: capability.id,
        choice: {
          value: this.text(context, capability.labelKey),
          ...(capability.synonymsKey === undefined ? {} : { synonymsKey: capability.synonymsKey }),
        },
      });
    }
    for (const id of BUILT_IN) entries.push({ id, choice: { value: this.text(context, `menu.${id}`) } });
    return entries;
  }

  private async showMenuStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const entries = await this.menuEntries(step.context);
    (step.values as MenuValues).menu = entries.map((entry) => entry.id);
    return step.prompt(DialogIds.menuPrompt, {
      prompt: this.text(step.context, 'menu.prompt'),
      retryPrompt: this.text(step.context, 'menu.retry'),
      choices: entries.map((entry) => entry.choice),
      style: ListStyle.suggestedAction,
    });
  }

  private async startChoiceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const found = step.result as FoundChoice;
    const ids = (step.values as MenuValues).menu;
    const id = ids[found.index];
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
    return step.beginDialog(capability.dialog.id);
  }

  private async backToMenuStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(DialogIds.mainFlow);
  }
}
