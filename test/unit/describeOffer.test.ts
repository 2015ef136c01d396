import { clockTime, poundsFromPence, weekdayName } from '../../dialogs/suggestions/describeOffer';

describe('offer wording', () => {
  it.each([
    [0, '12am'],
    [9 * 60, '9am'],
    [10 * 60 + 30, '10:30am'],
    [12 * 60, '12pm'],
    [12 * 60 + 15, '12:15pm'],
    [15 * 60, '3pm'],
    [23 * 60 + 59, '11:59pm'],
  ])('minute %i of the day is %s', (minute, expected) => {
    expect(clockTime('en-GB', minute)).toBe(expected);
  });

  it.each([
    [0, '0'],
    [250, '2.50'],
    [300, '3'],
    [1005, '10.05'],
  ])('%i pence is £%s', (pence, expected) => {
    expect(poundsFromPence(pence)).toBe(expected);
  });

  it("names weekdays in the patient's language", () => {
    expect(weekdayName('en-GB', 'tue')).toBe('Tuesday');
    expect(weekdayName('pl', 'mon')).toBe('poniedziałek');
    expect(weekdayName('cy', 'sun')).toMatch(/Sul/);
  });
});
