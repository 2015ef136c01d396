import { ActivityHandler, ConversationState, UserState } from 'botbuilder';
import {
  ChoiceFactory,
  ChoicePrompt,
  ConfirmPrompt,
  DialogSet,
  DialogTurnStatus,
  ListStyle,
  NumberPrompt,
  TextPrompt,
  WaterfallDialog,
  type DialogState,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import {
  serveYardstick,
  yardstickStorage,
  type RunningYardstick,
  type YardstickOptions,
} from './yardstickServer';

/**
 * The yardstick for Signpost's journey in bench:turns: a bot a team would write first with the same
 * stack. restify, botbuilder's stock CloudAdapter with configuration authentication, a five-step
 * botbuilder-dialogs waterfall with text, number, choice and confirm prompts (the choice and confirm
 * prompts read answers with recognizers-text, as Signpost's do), and conversation and user state on
 * the same RedisStorage and Redis. Its words are in English only, in this file: it is a yardstick,
 * not a product.
 */

const IDS = {
  flow: 'profile',
  name: 'namePrompt',
  age: 'agePrompt',
  interest: 'interestPrompt',
  free: 'freePrompt',
  confirm: 'confirmPrompt',
} as const;

const INTERESTS = ['Walking group', 'Art class', 'Lunch club', 'Gardening'];

interface Profile {
  name: string;
  age: number;
  interest: string;
  free: string;
}

export async function startPromptBot(options: YardstickOptions): Promise<RunningYardstick> {
  const storage = yardstickStorage(options);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const profiles = userState.createProperty<Profile[]>('profiles');

  const dialogs = new DialogSet(dialogState);
  dialogs.add(new TextPrompt(IDS.name));
  dialogs.add(
    new NumberPrompt(IDS.age, async (prompt) => {
      const age = prompt.recognized.value;
      return prompt.recognized.succeeded && age !== undefined && age >= 16 && age <= 120;
    }),
  );
  dialogs.add(new ChoicePrompt(IDS.interest));
  dialogs.add(new TextPrompt(IDS.free));
  dialogs.add(new ConfirmPrompt(IDS.confirm));
  dialogs.add(
    new WaterfallDialog(IDS.flow, [
      async (step: WaterfallStepContext) => step.prompt(IDS.name, "Hello. What's your first name?"),
      async (step: WaterfallStepContext) => {
        (step.values as Partial<Profile>).name = String(step.result);
        return step.prompt(IDS.age, {
          prompt: `Thanks, ${String(step.result)}. How old are you?`,
          retryPrompt: 'Please type your age as a number, like 42.',
        });
      },
      async (step: WaterfallStepContext) => {
        (step.values as Partial<Profile>).age = Number(step.result);
        return step.prompt(IDS.interest, {
          prompt: 'Which of these would you like to try?',
          choices: ChoiceFactory.toChoices(INTERESTS),
          style: ListStyle.suggestedAction,
        });
      },
      async (step: WaterfallStepContext) => {
        (step.values as Partial<Profile>).interest = (step.result as FoundChoice).value;
        return step.prompt(IDS.free, 'When are you usually free?');
      },
      async (step: WaterfallStepContext) => {
        (step.values as Partial<Profile>).free = String(step.result);
        const { name, interest } = step.values as Profile;
        return step.prompt(IDS.confirm, {
          prompt: `Shall I note down ${interest} for ${name}?`,
          style: ListStyle.suggestedAction,
        });
      },
      async (step: WaterfallStepContext) => {
        const profile = step.values as Profile;
        if (step.result === true) {
          const kept = await profiles.get(step.context, []);
          kept.push({ name: profile.name, age: profile.age, interest: profile.interest, free: profile.free });
          await step.context.sendActivity(`Noted: ${profile.interest}, ${profile.free}.`);
        } else {
          await step.context.sendActivity('OK, I have not noted anything.');
        }
        return step.endDialog();
      },
    ]),
  );

  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(IDS.flow);
    await conversationState.saveChanges(context);
    await userState.saveChanges(context);
    await next();
  });
  return serveYardstick(bot);
}
