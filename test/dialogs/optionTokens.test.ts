import { findChoices, type Choice } from 'botbuilder-dialogs';
import { OptionTokens } from '../../dialogs/prompts/optionTokens';

const choices: Choice[] = [
  { value: 'Talk about what matters to me', synonyms: ['what matters', 'talk', 'find support'] },
  { value: 'Book a time with a link worker', synonyms: ['book', 'see the link worker', 'link worker'] },
  { value: 'My booking', synonyms: ['my appointment', 'cancel my booking'] },
  { value: 'Help' },
];

const utterances = [
  'book',
  'I would like to book please',
  'can I see the link worker?',
  'cancel my booking',
  'what matters',
  'help',
  'hello',
  'my appointment on Tuesday',
  'talk 😊',
  '',
];

describe('remembered option tokens', () => {
  it('find exactly what botbuilder finds, on first and later turns', () => {
    const tokens = new OptionTokens();
    for (const round of [1, 2, 3]) {
      for (const utterance of utterances) {
        const expected = findChoices(utterance, choices, { locale: 'en-GB' });
        const found = findChoices(utterance, choices, { locale: 'en-GB', tokenizer: tokens.for(utterance) });
        expect({ round, utterance, found }).toEqual({ round, utterance, found: expected });
      }
    }
  });

  it("remember the options' words and never the utterance", () => {
    const tokens = new OptionTokens();
    findChoices('I feel lonely since my wife died', choices, {
      locale: 'en-GB',
      tokenizer: tokens.for('I feel lonely since my wife died'),
    });
    expect(tokens.holds('see the link worker', 'en-GB')).toBe(true);
    expect(tokens.holds('I feel lonely since my wife died', 'en-GB')).toBe(false);
  });

  it('stay within their limit', () => {
    const tokens = new OptionTokens(4);
    const many = Array.from({ length: 10 }, (_, i) => ({ value: `option ${i}` }));
    findChoices('something else', many, { tokenizer: tokens.for('something else') });
    expect(tokens.size).toBeGreaterThan(0);
    expect(tokens.size).toBeLessThanOrEqual(4);
  });
});
