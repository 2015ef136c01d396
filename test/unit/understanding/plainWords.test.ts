import { plainPhrase, plainWords, saysOneOf } from '../../../src/understanding/plainWords';

describe('plain words of a short answer', () => {
  it('drops punctuation and "please", and expands contractions, on both sides', () => {
    expect(plainWords("Don't know, please!")).toBe(plainWords('do not know'));
    expect(saysOneOf("Don't know!", ['no idea', 'do not know'])).toBe(true);
    expect(saysOneOf('I know', ['no idea', 'do not know'])).toBe(false);
    expect(saysOneOf('', ['no idea'])).toBe(false);
  });

  it('reads a fixed phrase once and gives the same words as plainWords every time', () => {
    const phrases = ['Skip this', "I don't have one", 'More 1', 'Talk to a person'];
    for (const phrase of phrases) {
      const first = plainPhrase(phrase);
      expect(first).toBe(plainWords(phrase));
      expect(plainPhrase(phrase)).toBe(first);
    }
    // A locale is part of what a phrase is read as.
    expect(plainPhrase('Skip this', 'en-GB')).toBe(plainWords('Skip this', 'en-GB'));
  });

  it('keeps reading phrases right after more phrases than it keeps', () => {
    for (let i = 0; i < 2100; i += 1) plainPhrase(`option number ${i}`);
    expect(plainPhrase("I don't have one")).toBe(plainWords("I don't have one"));
  });
});
