import { mayNameAPosition } from '../../../src/understanding/choicePosition';

describe('answers that may pick an option by position', () => {
  it.each(['2', 'number 3', 'the second one', 'First', 'the last one', 'option one please'])(
    '"%s" may',
    (text) => {
      expect(mayNameAPosition({ text, locale: 'en-GB' })).toBe(true);
    },
  );

  it.each(['hello', 'what is a link worker?', 'I feel lonely', 'someone'])('"%s" cannot', (text) => {
    expect(mayNameAPosition({ text, locale: 'en-GB' })).toBe(false);
  });

  it('leaves other languages to the full recognizer', () => {
    expect(mayNameAPosition({ text: 'drugi', locale: 'pl' })).toBe(true);
  });
});
