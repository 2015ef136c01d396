import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import {
  ComponentDialog,
  DialogContext,
  DialogSet,
  ListStyle,
  TextPrompt,
  TurnMemoryScope,
  WaterfallDialog,
  type DialogState,
} from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { DIALOG_MEMORY_CONFIGURATION_KEY, DialogMemory } from '../../dialogs/dialogMemory';
import { MainDialog } from '../../dialogs/mainDialog';
import { SignpostChoicePrompt, type CatalogueChoice } from '../../dialogs/prompts/choicePrompt';
import type { MessageKey } from '../../src/i18n/translator';
import { converse, questionCapability, say, translator } from '../support/dialogs';

/** The real catalogue, with a count of how often a list of words was read from it. */
function countingCatalogue() {
  const reads: string[] = [];
  return {
    reads,
    list(locale: string | undefined, key: MessageKey) {
      reads.push(key);
      return translator.list(locale, key);
    },
  };
}

const choices: CatalogueChoice[] = [
  { value: 'Talk about what matters to me', synonymsKey: 'journey.synonyms' },
  { value: 'Book a time', synonyms: ['appointment'], synonymsKey: 'booking.menu.bookSynonyms' },
  { value: 'Help' },
];

/** One choice prompt in a waterfall that says which option was picked, run by a plain DialogSet. */
function harness(catalogue: ReturnType<typeof countingCatalogue>, storage = new MemoryStorage()) {
  const state = new ConversationState(storage);
  const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
  dialogs.add(new SignpostChoicePrompt('pick', catalogue));
  dialogs.add(
    new WaterfallDialog('flow', [
      async (step) =>
        step.prompt('pick', {
          prompt: 'Pick one',
          retryPrompt: 'Pick again',
          choices,
          style: ListStyle.none,
        }),
      async (step) => {
        await step.context.sendActivity(`picked ${(step.result as { index: number }).index}`);
        return step.endDialog();
      },
    ]),
  );
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === 'empty') await dc.beginDialog('flow');
    await state.saveChanges(context);
  });
  return { adapter, storage };
}

describe('SignpostChoicePrompt', () => {
  it.each([
    ['find a group', 'picked 0'],
    ['I would like to see the link worker', 'picked 1'],
    ['appointment', 'picked 1'],
    ['help', 'picked 2'],
    ['2', 'picked 1'],
    ['banana', 'Pick again'],
  ])('reads "%s" with words from the catalogue and its own', async (answer, reply) => {
    const { adapter } = harness(countingCatalogue());
    await adapter.send('hi').assertReply('Pick one').send(answer).assertReply(reply).startTest();
  });

  it('keeps the catalogue key, not the words, in the stored dialog state', async () => {
    const { adapter, storage } = harness(countingCatalogue());
    await adapter.send('hi').assertReply('Pick one').startTest();
    const stored = JSON.stringify(await storage.read(['test/conversations/Convo1/']));
    expect(stored).toContain('"synonymsKey":"journey.synonyms"');
    expect(stored).toContain('"appointment"');
    for (const word of translator.list('en-GB', 'journey.synonyms'))
      expect(stored).not.toContain(`"${word}"`);
  });

  it('reads each message once, although botbuilder asks it twice a turn', async () => {
    const catalogue = countingCatalogue();
    const { adapter } = harness(catalogue);
    await adapter.send('hi').assertReply('Pick one').startTest();
    catalogue.reads.length = 0;
    await adapter.send('banana').assertReply('Pick again').startTest();
    expect(catalogue.reads).toEqual(['journey.synonyms', 'booking.menu.bookSynonyms']);
  });

  it('still reads a prompt stored by an earlier release, with the words in the state', async () => {
    const storage = new MemoryStorage();
    const { adapter } = harness(countingCatalogue(), storage);
    await adapter.send('hi').assertReply('Pick one').startTest();
    const key = 'test/conversations/Convo1/';
    const item = (await storage.read([key]))[key] as { dialogState: DialogState };
    const prompt = item.dialogState.dialogStack[1].state as { options: { choices: CatalogueChoice[] } };
    prompt.options.choices = [{ value: 'Yes', synonyms: ['yeah'] }, { value: 'No' }];
    await storage.write({ [key]: { ...item, eTag: '*' } });
    await adapter.send('yeah').assertReply('picked 0').startTest();
  });
});

describe('DialogMemory', () => {
  function turnContext(): TurnContext {
    return new TurnContext(new TestAdapter(), {
      type: 'message',
      channelId: 'test',
      conversation: { id: 'c1' },
      from: { id: 'u1' },
      recipient: { id: 'bot' },
      text: 'hi',
    } as Partial<Activity>);
  }

  function dialogSet() {
    const state = new ConversationState(new MemoryStorage());
    const inner = new ComponentDialog('outer').addDialog(new TextPrompt('ask'));
    return new DialogSet(state.createProperty<DialogState>('dialogState')).add(inner);
  }

  it('is the turn-state key botbuilder-dialogs reads its memory configuration from', () => {
    const context = turnContext();
    // Only the turn scope: a configuration botbuilder would never build itself.
    const configuration = { memoryScopes: [new TurnMemoryScope()], pathResolvers: [] };
    context.turnState.set(DIALOG_MEMORY_CONFIGURATION_KEY, configuration);
    const dc = new DialogContext(dialogSet(), context, { dialogStack: [] });
    expect(dc.state.configuration).toBe(configuration);
  });

  it('builds the memory configuration once and gives it to later turns', async () => {
    const memory = new DialogMemory();
    const dialogs = dialogSet();
    const first = await memory.createContext(dialogs, turnContext());
    const second = await memory.createContext(dialogs, turnContext());
    expect(second.state.configuration).toBe(first.state.configuration);
    expect(first.state.configuration.memoryScopes.map((scope) => scope.name)).toEqual(
      expect.arrayContaining(['turn', 'dialog', 'this', 'conversation', 'user', 'settings']),
    );
  });

  it('leaves dialog memory working on a later turn', async () => {
    const memory = new DialogMemory();
    const dialogs = dialogSet();
    await memory.createContext(dialogs, turnContext());
    const dc = await memory.createContext(dialogs, turnContext());
    dc.state.setValue('turn.answer', 42);
    expect(dc.state.getValue('turn.answer')).toBe(42);
    expect(dc.state.getValue('turn.activity.text')).toBe('hi');
  });
});

describe('the menu', () => {
  it('is stored with its catalogue keys, and its catalogue words choose an option', async () => {
    const storage = new MemoryStorage();
    const capability = {
      ...questionCapability(),
      labelKey: 'journey.menu',
      synonymsKey: 'journey.synonyms',
      intents: ['whatMatters'],
    } as const;
    const test = new DialogTestClient(
      'test',
      new MainDialog({
        translator,
        practice: { name: 'Riverside', phone: undefined },
        capabilities: [capability],
      }),
      undefined,
      [],
      new ConversationState(storage),
    );
    expect(await converse(test, 'hello')).toEqual([say('menu.prompt')]);
    const stored = JSON.stringify(await storage.read(['test/conversations/Convo1/']));
    expect(stored).toContain('"synonymsKey":"journey.synonyms"');
    expect(stored).not.toContain('find a group');
    expect(await converse(test, 'find a group')).toEqual(['What is your favourite colour?']);
  });
});
