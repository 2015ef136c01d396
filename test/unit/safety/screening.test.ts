import { escapeMarkdown } from '../../../dialogs/staff/safetyFlagCard';
import { messageText } from '../../../dialogs/messageText';
import { answerMeansRisk, screenMessage, sentencesOf, wordsOf } from '../../../src/domain/safety';
import { ageInNote } from '../../../src/understanding/triageNote';
import type { CheckQuestion } from '../../../src/domain/safety/types';

describe('screenMessage: three outcomes', () => {
  it.each<[string, 'crisis' | 'check' | 'none', CheckQuestion | undefined]>([
    ['I want to kill myself', 'crisis', undefined],
    ['the rope is in the garage', 'crisis', undefined],
    ['I cannot keep myself safe tonight', 'crisis', undefined],
    ['sometimes I hope I just dont wake up', 'check', 'endingLife'],
    ['I bang my head against the wall when it gets too much', 'check', 'safeNow'],
    ['I walk on eggshells at home', 'check', 'someoneHurting'],
    ["my friend keeps saying she can't see a future", 'check', 'someoneInDanger'],
    ['this debt is killing me', 'none', undefined],
    ['I could murder a cuppa', 'none', undefined],
    ['I cut my hair myself', 'none', undefined],
  ])('%s → %s %s', (text, outcome, question) => {
    const screening = screenMessage({ text, locale: 'en-GB' });
    expect(screening.outcome).toBe(outcome);
    expect(screening.question).toBe(question);
  });

  it('keeps the words that raised each signal, as typed, one sentence each', () => {
    const screening = screenMessage({
      text: 'Hi there. Can I join the choir? Honestly I just want to be dead.',
      locale: 'en-GB',
    });
    expect(screening.signals).toEqual([
      { kind: 'suicidal', tier: 'clear', subject: 'self', words: 'Honestly I just want to be dead' },
    ]);
  });

  it('never lets the possible tier hide a clear hit in the same message', () => {
    const screening = screenMessage({ text: 'I feel hopeless. I am going to kill myself.', locale: 'en-GB' });
    expect(screening.outcome).toBe('crisis');
    expect(screening.signals.map((signal) => signal.tier)).toEqual(['clear', 'possible']);
  });
});

describe('answerMeansRisk', () => {
  it.each<[CheckQuestion, boolean, boolean]>([
    ['endingLife', true, true],
    ['endingLife', false, false],
    ['someoneHurting', true, true],
    ['someoneInDanger', true, true],
    // "Are you safe right now?": yes is safe.
    ['safeNow', true, false],
    ['safeNow', false, true],
  ])('%s answered %s → risk %s', (question, yes, risk) => {
    expect(answerMeansRisk(question, yes)).toBe(risk);
  });
});

describe('wordsOf', () => {
  it('finds the sentence as typed, skipping empty ones, and cuts a long one', () => {
    const text = 'First!!  ... Second one, here? Third.';
    expect(sentencesOf(text)).toEqual(['First', 'Second one, here', 'Third']);
    expect(wordsOf(text, 1)).toBe('Second one, here');
    expect(wordsOf('x '.repeat(400), 0)).toHaveLength(240);
    expect(wordsOf('only one', 5)).toBe('only one');
  });

  it('keeps decimal numbers in one sentence', () => {
    expect(sentencesOf('temp of 38.5 since lunch. Floppy')).toEqual(['temp of 38.5 since lunch', 'Floppy']);
  });
});

describe('messageText', () => {
  it('reads the text and every text field of a card submit, without repeating', () => {
    expect(
      messageText({ text: 'hello', value: { note: 'I want to die', nested: { more: ['a', 'hello'] } } }),
    ).toBe('hello\nI want to die\na');
    expect(messageText({ value: { slotId: 'x1', action: 'pick' } })).toBe('x1\npick');
    expect(messageText({})).toBe('');
  });

  it('bounds what a card submit adds', () => {
    expect(messageText({ value: { a: 'x'.repeat(10_000) } }).length).toBe(4000);
  });
});

describe('escapeMarkdown', () => {
  it('escapes every character an Adaptive Card would read as Markdown', () => {
    expect(escapeMarkdown('[click](http://x.test) **bold** _it_ # head\n- item')).toBe(
      '\\[click\\]\\(http://x\\.test\\) \\*\\*bold\\*\\* \\_it\\_ \\# head \\- item',
    );
  });
});

describe('ageInNote', () => {
  it.each<[string, number | undefined]>([
    ['78, lives alone since her husband died', 78],
    ['82 year old man on the phone', 82],
    ['pt aged 15 at the desk', 15],
    ['lady in her 80s', 80],
    ['elderly gentleman asking about the lunch club', 70],
    ['teenager came in with her mum', 12],
    ['pt wants a walking group', undefined],
  ])('%s → %s', (text, age) => {
    expect(ageInNote(text)).toBe(age);
  });
});
