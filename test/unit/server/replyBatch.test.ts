import {
  ActivityTypes,
  CardFactory,
  ConversationState,
  MemoryStorage,
  MessageFactory,
  TestAdapter,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt } from 'botbuilder-dialogs';
import { mergeReplies, ReplyBatch, ReplyBatching } from '../../../src/server/replyBatch';

const card = () => CardFactory.heroCard('A card', undefined, ['Open']);
const question = () => MessageFactory.suggestedActions(['Yes', 'No'], 'Shall I book it?');

describe('mergeReplies', () => {
  it('puts the sentences said before a question into it, a paragraph each, keeping its suggested actions', () => {
    const asked = question();
    const { merged, into } = mergeReplies([
      MessageFactory.text('Thank you.'),
      MessageFactory.text('I have noted that.'),
      asked,
    ]);
    expect(merged).toEqual([{ ...asked, text: 'Thank you.\n\nI have noted that.\n\nShall I book it?' }]);
    expect(into).toEqual([0, 0, 0]);
  });

  it('joins sentences with no question after them into one message', () => {
    const { merged, into } = mergeReplies([MessageFactory.text('One.'), MessageFactory.text('Two.')]);
    expect(merged.map((activity) => activity.text)).toEqual(['One.\n\nTwo.']);
    expect(into).toEqual([0, 0]);
  });

  it('never merges a card: the sentences before it go just before it, those after it after it', () => {
    const withCard = MessageFactory.attachment(card(), 'Here are some times.');
    const { merged, into } = mergeReplies([
      MessageFactory.text('One.'),
      MessageFactory.text('Two.'),
      withCard,
      MessageFactory.text('Three.'),
      question(),
    ]);
    expect(merged.map((activity) => activity.text)).toEqual([
      'One.\n\nTwo.',
      'Here are some times.',
      'Three.\n\nShall I book it?',
    ]);
    expect(merged[1]).toBe(withCard);
    expect(into).toEqual([0, 0, 1, 2, 2]);
  });

  it('keeps what is not a message (typing, events) where it was, apart from the sentences', () => {
    const typing: Partial<Activity> = { type: ActivityTypes.Typing };
    const { merged } = mergeReplies([MessageFactory.text('One.'), typing, MessageFactory.text('Two.')]);
    expect(merged.map((activity) => activity.type ?? ActivityTypes.Message)).toEqual([
      ActivityTypes.Message,
      ActivityTypes.Typing,
      ActivityTypes.Message,
    ]);
  });
});

describe('ReplyBatching', () => {
  function adapterWith(logic: (context: TurnContext) => Promise<void>) {
    const adapter = new TestAdapter(logic);
    adapter.use(new ReplyBatching());
    return adapter;
  }

  it("sends a turn's sentences and its question as one message", async () => {
    const adapter = adapterWith(async (context) => {
      await context.sendActivity('Thank you.');
      await context.sendActivity('What do you enjoy doing?');
    });
    await adapter
      .send('gardening')
      .assertReply((reply) => expect(reply.text).toBe('Thank you.\n\nWhat do you enjoy doing?'))
      .startTest();
    expect(adapter.activeQueue).toHaveLength(0);
  });

  it('gives a card the id it was sent with, to redraw it later, and sends the sentences held before it first', async () => {
    let cardId: string | undefined;
    const adapter = adapterWith(async (context) => {
      await context.sendActivity('You have a new referral.');
      cardId = (await context.sendActivity(MessageFactory.attachment(card())))?.id;
      await context.sendActivity('Type "next" for the next one.');
    });
    await adapter
      .send('hello')
      .assertReply((reply) => expect(reply.text).toBe('You have a new referral.'))
      .assertReply((reply) => {
        expect(reply.attachments).toHaveLength(1);
        expect(reply.id).toBe(cardId);
      })
      .assertReply((reply) => expect(reply.text).toBe('Type "next" for the next one.'))
      .startTest();
    expect(cardId).toBeTruthy();
  });

  it('sends what was said before a turn failed, then lets the error message go straight out', async () => {
    const adapter = adapterWith(async (context) => {
      await context.sendActivity('Thank you.');
      throw new Error('the store is down');
    });
    adapter.onTurnError = async (context) => {
      expect(ReplyBatch.of(context)).toBeDefined();
      await context.sendActivity('Sorry, something went wrong.');
    };
    await adapter
      .send('hello')
      .assertReply('Thank you.')
      .assertReply('Sorry, something went wrong.')
      .startTest();
  });

  it('sends what was held before endMessage as a message of its own, first, whatever goes out next', async () => {
    const asked = question();
    let askedId: string | undefined;
    const adapter = adapterWith(async (context) => {
      await context.sendActivity('Hello, I am Signpost.');
      await context.sendActivity('Call 999 in an emergency.');
      ReplyBatch.of(context)?.endMessage();
      await context.sendActivity('Here is what happens to what you tell me.');
      askedId = (await context.sendActivity(asked))?.id;
    });
    await adapter
      .send('hello')
      .assertReply((reply) => expect(reply.text).toBe('Hello, I am Signpost.\n\nCall 999 in an emergency.'))
      .assertReply((reply) => {
        expect(reply.text).toBe('Here is what happens to what you tell me.\n\nShall I book it?');
        expect(reply.suggestedActions).toEqual(asked.suggestedActions);
        expect(reply.id).toBe(askedId);
      })
      .startTest();
    expect(adapter.activeQueue).toHaveLength(0);

    const alone = adapterWith(async (context) => {
      await context.sendActivity('One.');
      ReplyBatch.of(context)?.endMessage();
      await context.sendActivity('Two.');
    });
    await alone.send('hi').assertReply('One.').assertReply('Two.').startTest();
  });

  it('leaves proactive turns alone (an event turn): each send goes out as it is made', async () => {
    const adapter = adapterWith(async () => undefined);
    await adapter.processActivity(
      { type: ActivityTypes.Event, name: 'ContinueConversation' },
      async (context) => {
        expect(ReplyBatch.of(context)).toBeUndefined();
        await context.sendActivity('One.');
        await context.sendActivity('Two.');
      },
    );
    expect(adapter.activeQueue.map((activity) => activity.text)).toEqual(['One.', 'Two.']);
  });
});

describe('ReplyBatching with a prompt', () => {
  it('counts a held sentence as an answer: a validator that says why does not get the question again on top', async () => {
    const state = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(state.createProperty('dialogs'));
    dialogs.add(
      new TextPrompt('name', async (prompt) => {
        if ((prompt.recognized.value ?? '').length > 1) return true;
        await prompt.context.sendActivity('That is too short for a name.');
        return false;
      }),
    );
    const adapter = new TestAdapter(async (context) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.prompt('name', 'What is your name?');
      await state.saveChanges(context);
    });
    adapter.use(new ReplyBatching());
    await adapter
      .send('hello')
      .assertReply('What is your name?')
      .send('x')
      .assertReply('That is too short for a name.')
      .startTest();
    expect(adapter.activeQueue).toHaveLength(0);
  });
});
