import { enGB } from '../../../src/domain/needs/lexicon/en-GB';
import { correctSpelling, normalise, originalSpan, tokenIndexAt } from '../../../src/domain/needs/text';

const rules = enGB.normalisation;
const vocabulary = {
  known: new Set(['lonely', 'lovely', 'struggling', 'table', 'stressed']),
  targets: ['lonely', 'stressed', 'tablet', 'depression'],
};

describe('normalise', () => {
  it.each([
    ["I'm not lonely", 'i am not lonely'],
    ["can't afford it", 'cannot afford it'],
    ['dont knw any1', 'do not knw anyone'],
    ["money's tight", "money 's tight"],
    ['Its the money', 'it is the money'],
    ['m8 i am skint n stressed', 'mate i am skint and stressed'],
    ['I’ve been low', 'i have been low'],
    ['pre-diabetic, honestly!', 'pre diabetic , honestly !'],
    ['benifits stopped', 'benefits stopped'],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input, rules).text).toBe(expected);
  });

  it('keeps the original span of every canonical word', () => {
    const text = "Honestly I'm skint";
    const normalised = normalise(text, rules);
    const am = normalised.tokens.findIndex((token) => token.text === 'am');
    expect(originalSpan(normalised, am, am).text).toBe("I'm");
    const skint = tokenIndexAt(normalised, normalised.text.indexOf('skint'));
    expect(originalSpan(normalised, skint, skint)).toEqual({ start: 13, end: 18, text: 'skint' });
  });

  it('restores a dropped final g when the word is known', () => {
    expect(normalise('strugglin', rules, vocabulary).text).toBe('struggling');
  });

  it('gives an empty result for empty text', () => {
    expect(normalise('   ', rules).tokens).toEqual([]);
  });
});

describe('correctSpelling', () => {
  it.each([
    ['lonley', 'lonely'],
    ['lonly', 'lonely'],
    ['stresssed', 'stressed'],
    ['depresion', 'depression'],
  ])('%s → %s', (typo, expected) => {
    expect(correctSpelling(typo, vocabulary)).toBe(expected);
  });

  it.each([['lovely'], ['table'], ['lone'], ['bonely']])('leaves %s alone', (word) => {
    expect(correctSpelling(word, vocabulary)).toBeUndefined();
  });
});
