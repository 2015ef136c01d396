import path from 'node:path';
import {
  clockTime,
  poundsFromPence,
  restrictionText,
  scheduleLineText,
  whenText,
  whyText,
  type Say,
} from '../../dialogs/suggestions/describeOffer';
import type { ScheduleLine } from '../../src/domain/directory/sessions';
import { createTranslator } from '../../src/i18n/translator';
import { offer } from './directory/builders';

const translator = createTranslator({
  localesDir: path.join(__dirname, '../../locales'),
  defaultLocale: 'en-GB',
});
const say: Say = (key, vars) => translator.t('en-GB', key, vars);

describe('offer wording', () => {
  it.each([
    [0, '12am'],
    [9 * 60, '9am'],
    [10 * 60 + 30, '10:30am'],
    [12 * 60, 'midday'],
    [12 * 60 + 15, '12:15pm'],
    [15 * 60, '3pm'],
    [23 * 60 + 59, '11:59pm'],
  ])('minute %i of the day is %s', (minute, expected) => {
    expect(clockTime('en-GB', minute, say)).toBe(expected);
  });

  it.each([
    [0, '0'],
    [250, '2.50'],
    [300, '3'],
    [1005, '10.05'],
  ])('%i pence is £%s', (pence, expected) => {
    expect(poundsFromPence(pence)).toBe(expected);
  });

  it.each<[string, ScheduleLine, string]>([
    [
      'weekdays in a row',
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], frequency: 'weekly', startMinute: 540, endMinute: 1080 },
      'Monday to Friday, 9am to 6pm',
    ],
    [
      'two days',
      { days: ['tue', 'thu'], frequency: 'weekly', startMinute: 600, endMinute: 780 },
      'Tuesdays and Thursdays, 10am to 1pm',
    ],
    [
      'three days apart',
      { days: ['mon', 'wed', 'fri'], frequency: 'weekly', startMinute: 570, endMinute: 780 },
      'Mondays, Wednesdays and Fridays, 9:30am to 1pm',
    ],
    [
      'fortnightly',
      { days: ['mon'], frequency: 'fortnightly', startMinute: 810, endMinute: 930 },
      'Every other Monday, 1:30pm to 3:30pm',
    ],
    [
      'monthly',
      { days: ['sat'], frequency: 'monthly', startMinute: 750, endMinute: 900 },
      'One Saturday a month, 12:30pm to 3pm',
    ],
    [
      'every day',
      {
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        frequency: 'weekly',
        startMinute: 480,
        endMinute: 1200,
      },
      'Every day, 8am to 8pm',
    ],
    [
      'only a start time',
      { days: ['sun'], frequency: 'fortnightly', startMinute: 660, endMinute: null },
      'Every other Sunday, from 11am',
    ],
  ])('a timetable line: %s', (_name, line, expected) => {
    expect(scheduleLineText(say, 'en-GB', line)).toBe(expected);
  });

  it('never names a part of the day for a session the times contradict ("Tuesday mornings, 9am to 6pm")', () => {
    const text = whenText(
      say,
      'en-GB',
      offer({
        id: 'x',
        sessions: [{ weekday: 'tue', startMinute: 540, endMinute: 1080, frequency: 'weekly' }],
      }),
    );
    expect(text).toBe('Tuesdays, 9am to 6pm');
  });

  it.each<[Parameters<typeof restrictionText>[2], string]>([
    [{ code: 'audience', audience: 'women' }, 'Women only'],
    [{ code: 'audience', audience: 'carers' }, 'For people who care for someone'],
    [{ code: 'age', min: 60, max: null }, 'Age 60 and over'],
    [{ code: 'age', min: 16, max: 25 }, 'Age 16 to 25'],
    [{ code: 'language', languages: ['ro'] }, 'In Romanian'],
    [{ code: 'language', languages: ['ur', 'pa'] }, 'In Urdu and Punjabi'],
    [{ code: 'language', languages: ['bfi'] }, 'In British Sign Language'],
    [{ code: 'referral' }, 'You need a referral first. Your link worker can help'],
  ])('says who an offer is for: %j', (restriction, expected) => {
    expect(restrictionText(say, 'en-GB', restriction)).toBe(expected);
  });

  it('gives the reasons in one line, capitalised', () => {
    expect(
      whyText(say, 'en-GB', [
        { code: 'forNeed', need: 'bereavement' },
        { code: 'when', weekday: 'tue', part: 'morning' },
        { code: 'free' },
      ]),
    ).toBe('For people who have lost someone, fits your free time on Tuesday mornings, free');
    expect(whyText(say, 'en-GB', [{ code: 'when', weekday: 'sat', part: null }])).toBe(
      'Fits your free time on Saturdays',
    );
    expect(
      whyText(say, 'en-GB', [{ code: 'forNeed', need: 'workAndLearning' }, { code: 'outsideTimes' }]),
    ).toBe("For work, volunteering or learning, outside the times you said you're free");
  });
});
