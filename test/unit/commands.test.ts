import { commandMatcher } from '../../src/understanding/commands';

const phrases = {
  help: ['help', 'what can you do'],
  startOver: ['start over', 'start again'],
  cancel: ['cancel', 'stop'],
  talkToPerson: ['talk to a person', 'human'],
  deleteData: ['delete my data', 'forget me'],
};

const match = commandMatcher(phrases);

describe('global commands', () => {
  it.each([
    ['help', 'help'],
    ['HELP!', 'help'],
    ['  What can you do?  ', 'help'],
    ['start over please', 'startOver'],
    ['Start again.', 'startOver'],
    ['stop', 'cancel'],
    ['Cancel', 'cancel'],
    ['talk to a person', 'talkToPerson'],
    ['human pls', 'talkToPerson'],
    ['Delete my data!', 'deleteData'],
  ])('"%s" is the %s command', (text, command) => {
    expect(match(text)).toBe(command);
  });

  it.each([
    'I want to stop smoking',
    'can you help me with money',
    'my husband is not much help',
    'cancel my gym membership, I cannot afford it',
    '',
    '   ',
    'a'.repeat(500),
  ])('"%s" is an answer, not a command', (text) => {
    expect(match(text)).toBeUndefined();
  });

  it('ignores a missing text', () => {
    expect(match(undefined)).toBeUndefined();
  });

  it('reads several messages with the same prepared phrases', () => {
    expect(['HELP!', 'start over please', 'human pls', 'I want to stop smoking', ''].map(match)).toEqual([
      'help',
      'startOver',
      'talkToPerson',
      undefined,
      undefined,
    ]);
  });

  it('gives a phrase two commands share to the one listed first', () => {
    const shared = { ...phrases, cancel: ['stop', 'start over'] };
    expect(commandMatcher(shared)('Start over')).toBe('startOver');
    expect(commandMatcher({ ...shared, startOver: [] })('Start over')).toBe('cancel');
  });
});
