import {
  PhraseSyntaxError,
  compilePhrase,
  indexPhrases,
  matchPhrase,
  mayMatch,
  phraseCandidates,
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

  it('finds by word, in list order, every phrase a message could match and no other', () => {
    const phrases = [
      'what (can|do) you (offer|provide)',
      '(i)? (am|feel) lonel*',
      'book',
      'talk to (a|someone) (person|human)',
      'cancel (my)? (booking|appointment)',
      '(please)? help',
    ].map(compilePhrase);
    const index = indexPhrases(phrases);
    const messages = [
      'what can you offer',
      'i feel lonely and want to book',
      'cancel my appointment please',
      'nothing here',
      'talk to a human about my booking',
      'help',
    ];
    for (const message of messages) {
      const words = new Set(message.split(' '));
      const expected = phrases.flatMap((phrase, at) => (mayMatch(phrase, words) ? [at] : []));
      const found = phraseCandidates(index, words);
      expect(found).toEqual([...found].sort((a, b) => a - b));
      // Phrases with a prefix are always looked at; every other candidate could match.
      expect(found.filter((at) => phrases[at]?.anchors?.prefixes.length === 0)).toEqual(
        expected.filter((at) => phrases[at]?.anchors?.prefixes.length === 0),
      );
      for (const at of expected) expect(found).toContain(at);
    }
  });
});
