import { lexiconsFor } from '../../../src/domain/safety/lexicons';
import { RECENT_LIMIT, lexiconText, prepareMessage } from '../../../src/domain/safety/prepare';

describe('the recent messages prepared for the safety rules', () => {
  const [lexicon] = lexiconsFor('en-GB');
  if (!lexicon) throw new Error('the en-GB lexicon is missing');

  it('gives the same reading the second time a turn asks for it', () => {
    const first = prepareMessage("I can't cope, my back is killing me");
    expect(prepareMessage("I can't cope, my back is killing me")).toBe(first);
    expect(first.normalised).toBe(' i cant cope , my back is killing me ');
    const masked = lexiconText(lexicon, first.normalised, 'crisis');
    expect(lexiconText(lexicon, first.normalised, 'crisis')).toBe(masked);
    // The benign figure of speech is hidden from the crisis rules.
    expect(masked).not.toContain('killing');
  });

  it('keeps only the last few messages, and reads an older one again the same way', () => {
    const first = prepareMessage('first message . I feel alone');
    for (let i = 0; i < RECENT_LIMIT; i += 1) prepareMessage(`another message ${i}`);
    const again = prepareMessage('first message . I feel alone');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
