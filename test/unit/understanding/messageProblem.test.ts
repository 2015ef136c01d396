import { readMessageProblem } from '../../../src/understanding/messageProblem';
import { findUkPhone } from '../../../src/understanding/phone';

const problem = (text: string) => readMessageProblem({ text, locale: 'en-GB' })?.value;

describe('readMessageProblem', () => {
  it.each([
    ['😂😂😂', 'noWords'],
    ['...', 'noWords'],
    ['Dzień dobry, potrzebuję pomocy', 'otherLanguage'],
    ['Hola, necesito ayuda por favor', 'otherLanguage'],
    ['مجھے مدد چاہیے', 'otherLanguage'],
    ['ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ', 'otherLanguage'],
    ['you are useless', 'abuse'],
    ['stupid bot', 'abuse'],
    ['this is f***ing useless', 'abuse'],
    ['f*** off', 'abuse'],
    ['asdfgh', 'gibberish'],
    ['jfjfjf kdkdkd', 'gibberish'],
  ])('%s → %s', (text, expected) => {
    expect(problem(text)).toBe(expected);
  });

  it.each([
    ["I'm so fucking lonely"],
    ["I'm so f***ing lonely"],
    ['no'],
    ['Tuesday'],
    ['I need help with my benefits'],
    ['banana'],
  ])('%s is no problem', (text) => {
    expect(problem(text)).toBeUndefined();
  });
});

it('reads a very long run of one letter as gibberish, without throwing', () => {
  expect(problem('x'.repeat(5000))).toBe('gibberish');
});

describe('findUkPhone', () => {
  it.each([
    ['yes its 07700 900 123', '07700900123'],
    ['call me on +44 7700 900123 after 5', '07700900123'],
    ['my number is (0113) 496 0000', '01134960000'],
    ['oh seven seven oh oh nine oh oh three three one', '07700900331'],
    ['its oh seven seven double oh nine double oh one two three', '07700900123'],
    ['zero one one three, four nine six, oh oh oh oh', '01134960000'],
  ])('%s → %s', (text, national) => {
    expect(findUkPhone(text)?.national).toBe(national);
  });

  it.each([['I have 2 kids'], ['0800 123 4567'], ['yes'], ['one two three'], ['ring at two on tuesday']])(
    'finds no number a link worker can ring in %s',
    (text) => {
      expect(findUkPhone(text)).toBeUndefined();
    },
  );
});
