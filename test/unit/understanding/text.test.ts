import { SKIPPED, isSkipped, notUnderstood, understood } from '../../../src/understanding/result';
import { canonical, isSkipAnswer, recognizerCulture, wholeAnswerIs } from '../../../src/understanding/text';

describe('isSkipAnswer', () => {
  it.each([
    ['skip'],
    ['Skip this one'],
    ['not sure'],
    ["I'm not sure, sorry"],
    ['no idea'],
    ['pass'],
    ["don't mind"],
    ['dunno'],
    ['idk'],
    ['rather not say'],
    ['erm... no idea tbh'],
  ])('%s is a skip', (text) => {
    expect(isSkipAnswer({ text, locale: 'en-GB' })).toBe(true);
  });

  it.each([['not sure, maybe Tuesdays'], ['mornings'], [''], ['no']])('%s is not', (text) => {
    expect(isSkipAnswer({ text, locale: 'en-GB' })).toBe(false);
  });
});

describe('understanding helpers', () => {
  it('finds a whole-answer phrase among filler', () => {
    expect(wholeAnswerIs(canonical('um, none thanks', 'en-GB'), ['none'], ['um', 'thanks'])).toBe(true);
    expect(wholeAnswerIs(canonical('none of the above', 'en-GB'), ['none'], ['um'])).toBe(false);
  });

  it.each([
    ['en-GB', 'en-GB'],
    ['es-ES', 'es-ES'],
    ['pl-PL', 'en-GB'],
    ['cy', 'en-GB'],
  ])('hands recognizers-text %s as %s', (locale, culture) => {
    expect(recognizerCulture(locale)).toBe(culture);
  });

  it('tells a skip from an answer', () => {
    expect(isSkipped(SKIPPED)).toBe(true);
    expect(isSkipped(understood(1))).toBe(false);
    expect(isSkipped(notUnderstood('unclear'))).toBe(false);
  });
});
