import { repliesFor } from '../../../src/understanding/lexicon';
import { findClockConstraints, parseClock, toClock } from '../../../src/understanding/clock';

const words = repliesFor('en-GB').availability;

describe('parseClock', () => {
  it.each([
    ['2pm', '14:00'],
    ['2', '14:00'],
    ['10', '10:00'],
    ['10am', '10:00'],
    ['12', '12:00'],
    ['12am', '00:00'],
    ['half 2', '14:30'],
    ['2.30', '14:30'],
    ['14:15', '14:15'],
    ['noon', '12:00'],
    ['three', '15:00'],
    ['9 a.m.', '09:00'],
  ])('%s → %s', (text, expected) => {
    const minutes = parseClock(text, words.hourWords);
    expect(minutes === undefined ? undefined : toClock(minutes)).toBe(expected);
  });

  it.each([['25'], ['10:75'], ['banana']])('%s is not a time', (text) => {
    expect(parseClock(text, words.hourWords)).toBeUndefined();
  });
});

describe('findClockConstraints', () => {
  it('blanks what it reads, keeping offsets', () => {
    const { constraints, rest } = findClockConstraints('mondays after 2pm please', words);
    expect(constraints).toEqual([{ from: 8, to: 17, range: { start: 14 * 60, end: 24 * 60 } }]);
    expect(rest).toBe('mondays           please');
  });

  it('ignores numbers that are not times', () => {
    expect(findClockConstraints('from one week to the next, after 2 weeks', words).constraints).toEqual([]);
  });
});
