import {
  PhraseSyntaxError,
  compilePhrase,
  matchPhrase,
  mayMatch,
  phraseWords,
} from '../../../src/understanding/frontEnd/phrase';

const matches = (phrase: string, text: string): string[] =>
  matchPhrase(compilePhrase(phrase), text).map((match) => text.slice(match.start, match.end));

describe('phrase language', () => {
  it.each([
    ['lonely', 'i am lonely', ['lonely']],
    ['lonely', 'i am lonelyish', []],
    ['lonel*', 'loneliness and lonely days', ['loneliness', 'lonely']],
    // Overlapping readings are all returned; the matcher keeps the widest.
    ['(really|very)? lonely', 'really lonely', ['really lonely', 'lonely']],
    ['(really|very)? lonely', 'so lonely', ['lonely']],
    ['cannot afford (food|to eat)', 'we cannot afford to eat', ['cannot afford to eat']],
    ['look after ~2 mum', 'i look after my old mum', ['look after my old mum']],
    ['look after ~2 mum', 'look after my very old mum', []],
    ['(no one|nobody) to talk', 'no one to talk to', ['no one to talk']],
    ["carer 's allowance", "my carer 's allowance", ["carer 's allowance"]],
    ['debt', 'debts and debt', ['debt']],
  ])('%s in "%s"', (phrase, text, expected) => {
    expect(matches(phrase, text)).toEqual(expected);
  });

  it.each([['(unclosed'], ['~ starts'], [''], ['a (b|)'], ['bad)']])('rejects %s', (phrase) => {
    expect(() => compilePhrase(phrase)).toThrow(PhraseSyntaxError);
  });

  it('lists the literal words of a phrase', () => {
    expect(phraseWords('(cannot|could not) afford lonel* ~2 food')).toEqual([
      'cannot',
      'could',
      'not',
      'afford',
      'food',
    ]);
  });

  it('is tried only when a word it always needs is there, the rarest such word', () => {
    const phrase = compilePhrase('what (can|do) you (offer|provide)');
    expect(phrase.anchors?.words).toEqual(['offer', 'provide']);
    expect(mayMatch(phrase, new Set(['what', 'can', 'you', 'do']))).toBe(false);
    expect(mayMatch(phrase, new Set(['what', 'can', 'you', 'offer']))).toBe(true);
    expect(compilePhrase('(i)? (am|feel) lonel*').anchors).toEqual({ words: [], prefixes: ['lonel'] });
  });
});
