import {
  ONS4_QUESTIONS,
  Ons4ScoreError,
  isOns4Concern,
  ons4Band,
  summariseOns4,
  type Ons4QuestionId,
} from '../../../src/domain/wellbeing/ons4';

describe('ONS4', () => {
  it('asks the four questions in the standard order, anxiety reversed', () => {
    expect(ONS4_QUESTIONS).toEqual([
      { id: 'lifeSatisfaction', direction: 'higherIsBetter' },
      { id: 'worthwhile', direction: 'higherIsBetter' },
      { id: 'happiness', direction: 'higherIsBetter' },
      { id: 'anxiety', direction: 'higherIsWorse' },
    ]);
  });

  it.each<[Ons4QuestionId, number, string, boolean]>([
    ['lifeSatisfaction', 0, 'low', true],
    ['lifeSatisfaction', 4, 'low', true],
    ['lifeSatisfaction', 5, 'medium', false],
    ['worthwhile', 6, 'medium', false],
    ['worthwhile', 7, 'high', false],
    ['happiness', 8, 'high', false],
    ['happiness', 9, 'veryHigh', false],
    ['happiness', 10, 'veryHigh', false],
    ['anxiety', 0, 'veryLow', false],
    ['anxiety', 1, 'veryLow', false],
    ['anxiety', 2, 'low', false],
    ['anxiety', 3, 'low', false],
    ['anxiety', 5, 'medium', false],
    ['anxiety', 6, 'high', true],
    ['anxiety', 10, 'high', true],
  ])('%s %i is %s (concern: %s)', (id, score, band, concern) => {
    expect(ons4Band(id, score)).toBe(band);
    expect(isOns4Concern(id, score)).toBe(concern);
  });

  it('summarises a baseline', () => {
    expect(
      summariseOns4({ scores: { lifeSatisfaction: 3, worthwhile: 7, happiness: 4, anxiety: 8 } }),
    ).toEqual({
      answers: [
        { id: 'lifeSatisfaction', score: 3, direction: 'higherIsBetter', band: 'low', concern: true },
        { id: 'worthwhile', score: 7, direction: 'higherIsBetter', band: 'high', concern: false },
        { id: 'happiness', score: 4, direction: 'higherIsBetter', band: 'low', concern: true },
        { id: 'anxiety', score: 8, direction: 'higherIsWorse', band: 'high', concern: true },
      ],
      unanswered: [],
      complete: true,
      lowWellbeing: ['lifeSatisfaction', 'happiness'],
      highAnxiety: true,
      concerns: ['lifeSatisfaction', 'happiness', 'anxiety'],
    });
  });

  it('summarises a partly answered baseline', () => {
    const summary = summariseOns4({ scores: { anxiety: 2 } });
    expect(summary.complete).toBe(false);
    expect(summary.unanswered).toEqual(['lifeSatisfaction', 'worthwhile', 'happiness']);
    expect(summary.highAnxiety).toBe(false);
    expect(summary.concerns).toEqual([]);
  });

  it.each([[11], [-1], [6.5], [Number.NaN]])('rejects a score of %p as a bug', (score) => {
    expect(() => summariseOns4({ scores: { happiness: score } })).toThrow(Ons4ScoreError);
  });
});
