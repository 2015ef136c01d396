import { ConversationState, MemoryStorage, TestAdapter, UserState } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog } from '../../dialogs/mainDialog';
import { SignpostBot } from '../../src/server/bot';
import { capturingLogger } from '../support/logs';
import { converse, questionCapability, say, translator } from '../support/dialogs';

const practice = { name: 'Riverside Surgery', phone: '0113 496 0000' };
const menu = say('menu.prompt');
const help = [say('help.intro'), say('help.what'), say('help.commands'), say('help.emergency')];

function client() {
  const dialog = new MainDialog({ translator, practice, capabilities: [questionCapability()] });
  return new DialogTestClient('test', dialog);
}

type Turn = [send: string, expected: string[]];

const conversations: [string, Turn[]][] = [
  ['shows the menu first', [['hello', [menu]]]],
  [
    're-asks politely when the answer is not on the menu',
    [
      ['hello', [menu]],
      ['banana', [say('menu.retry'), menu]],
    ],
  ],
  [
    'tells someone asking for another person how that person can get help, then asks again',
    [
      ['hello', [menu]],
      ['can my dad get a befriender', [say('menu.forSomeoneElse'), menu]],
    ],
  ],
  [
    'gives help, then the same question again',
    [
      ['hello', [menu]],
      ['help', [...help, menu]],
    ],
  ],
  [
    'answers help chosen from the menu',
    [
      ['hello', [menu]],
      [say('menu.help'), [...help, menu]],
    ],
  ],
  [
    'tells the user how to reach a person, anywhere',
    [
      ['hello', [menu]],
      [say('menu.prompt'), ['What is your favourite colour?']],
      [
        'talk to a person',
        [
          say('talkToPerson.withPhone', { practice: practice.name, phone: practice.phone }),
          'What is your favourite colour?',
        ],
      ],
    ],
  ],
  [
    'starts a capability from the menu and comes back to the menu after',
    [
      ['hello', [menu]],
      [say('menu.prompt'), ['What is your favourite colour?']],
      ['green', ['Noted: green', menu]],
    ],
  ],
  [
    'cancels what is going on',
    [
      ['hello', [menu]],
      [say('menu.prompt'), ['What is your favourite colour?']],
      ['cancel', [say('cancel.done'), menu]],
      ['green', [say('menu.retry'), menu]],
    ],
  ],
  [
    'starts over from anywhere',
    [
      ['hello', [menu]],
      [say('menu.prompt'), ['What is your favourite colour?']],
      ['Start over.', [say('startOver.done'), menu]],
    ],
  ],
  [
    'answers a very long run of one letter kindly and asks again',
    [
      ['hello', [menu]],
      ['x'.repeat(5000), [say('badInput.gibberish'), menu]],
    ],
  ],
];

describe('MainDialog', () => {
  it.each(conversations)('%s', async (_name, turns) => {
    const test = client();
    for (const [send, expected] of turns) {
      expect(await converse(test, send)).toEqual(expected);
    }
  });
});

describe('SignpostBot', () => {
  function bot(storage: MemoryStorage, steps: number) {
    const mainDialog = new MainDialog({ translator, practice, capabilities: [questionCapability(steps)] });
    const signpost = new SignpostBot({
      conversationState: new ConversationState(storage),
      userState: new UserState(storage),
      mainDialog,
      logger: capturingLogger().logger,
    });
    return new TestAdapter((context) => signpost.run(context));
  }

  it('welcomes on the first message of a channel that sends no conversationUpdate, once', async () => {
    await bot(new MemoryStorage(), 2)
      .send('hello')
      .assertReply(say('welcome.greeting', { practice: practice.name }))
      .assertReply(say('welcome.whatIDo'))
      .assertReply(say('welcome.emergency'))
      .assertReply(say('welcome.anytime'))
      .assertReply(menu)
      .send('banana')
      .assertReply(say('menu.retry'))
      .assertReply(menu)
      .startTest();
  });

  it('restarts politely when a new release changed a dialog the conversation was in', async () => {
    const storage = new MemoryStorage();
    const before = bot(storage, 2);
    await before
      .send('hello')
      .assertReply(say('welcome.greeting', { practice: practice.name }))
      .assertReply(say('welcome.whatIDo'))
      .assertReply(say('welcome.emergency'))
      .assertReply(say('welcome.anytime'))
      .assertReply(menu)
      .send(say('menu.prompt'))
      .assertReply('What is your favourite colour?')
      .startTest();

    // The same conversation (TestAdapter's default ids), served by a release with a longer waterfall.
    await bot(storage, 3).send('green').assertReply(say('errors.updated')).assertReply(menu).startTest();
  });

  it('resumes where it was when nothing changed', async () => {
    const storage = new MemoryStorage();
    await bot(storage, 2)
      .send('hello')
      .assertReply(say('welcome.greeting', { practice: practice.name }))
      .assertReply(say('welcome.whatIDo'))
      .assertReply(say('welcome.emergency'))
      .assertReply(say('welcome.anytime'))
      .assertReply(menu)
      .send(say('menu.prompt'))
      .assertReply('What is your favourite colour?')
      .startTest();
    await bot(storage, 2).send('green').assertReply('Noted: green').assertReply(menu).startTest();
  });

  it('answers a message with no text politely', async () => {
    const adapter = bot(new MemoryStorage(), 2);
    await adapter
      .send({ type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'x' }] })
      .assertReply(say('welcome.greeting', { practice: practice.name }))
      .assertReply(say('welcome.whatIDo'))
      .assertReply(say('welcome.emergency'))
      .assertReply(say('welcome.anytime'))
      .assertReply(say('errors.notText'))
      .startTest();
  });
});
