import { ageOn, parseDateOfBirth, parseTimeRange, parseUkDate } from '../../../src/domain/staff/ukDate';
import { languageName, parseLanguage } from '../../../src/domain/staff/languages';

const TODAY = '2026-11-16';

describe('UK dates', () => {
  it.each([
    ['03/04/1948', '1948-04-03'],
    ['3/4/1948', '1948-04-03'],
    ['03-04-1948', '1948-04-03'],
    ['03.04.1948', '1948-04-03'],
    ['1948-04-03', '1948-04-03'],
    ['3 April 1948', '1948-04-03'],
    ['3rd Apr 1948', '1948-04-03'],
    ['3rd of April, 1948', '1948-04-03'],
    ['29/02/1948', '1948-02-29'],
    // As staff jot it: a label before it, a year of two digits (the latest such year not ahead).
    ['dob 3/4/48', '1948-04-03'],
    ['D.O.B.: 03/04/1948', '1948-04-03'],
    ['born 3rd April 1948', '1948-04-03'],
    ['3.4.48', '1948-04-03'],
    ["3 Apr '48", '1948-04-03'],
    ['12/11/15', '2015-11-12'],
    ['16/11/26', '2026-11-16'],
    ['17/11/26', '1926-11-17'],
  ])('reads a date of birth %p as %s', (text, date) => {
    expect(parseDateOfBirth({ text, today: TODAY })).toEqual({ ok: true, date });
  });

  it.each([
    ['3 April', 'needYear'],
    ['31/04/1948', 'noSuchDate'],
    ['29/02/1949', 'noSuchDate'],
    ['17/11/2026', 'future'],
    ['01/01/1900', 'tooOld'],
    ['last Tuesday', 'notADate'],
    ['3 Smarch 1948', 'notADate'],
  ])('refuses a date of birth %p (%s)', (text, reason) => {
    expect(parseDateOfBirth({ text, today: TODAY })).toEqual({ ok: false, reason });
  });

  it.each([
    ['5 December', '2026-12-05'],
    ['Monday 16 November', '2026-11-16'],
    ['2 Jan', '2027-01-02'],
    ['10/11/2026', '2026-11-10'],
  ])('reads a diary date %p as %s (the next one, without a year)', (text, date) => {
    expect(parseUkDate({ text, today: TODAY, missingYear: 'next' })).toEqual({ ok: true, date });
  });

  it.each([
    ['1948-04-03', '2026-04-02', 77],
    ['1948-04-03', '2026-04-03', 78],
  ])('age from %s on %s is %i', (born, today, age) => {
    expect(ageOn(born, today)).toBe(age);
  });
});

describe('time ranges', () => {
  it.each([
    ['13:00-15:00', '13:00', '15:00'],
    ['1pm to 3pm', '13:00', '15:00'],
    ['9.30 - 11am', '09:30', '11:00'],
    ['11 to 1pm', '11:00', '13:00'],
    ['from 9:00 until 12:30', '09:00', '12:30'],
    ['1 to 3', '13:00', '15:00'],
  ])('reads %p as %s to %s', (text, start, end) => {
    expect(parseTimeRange(text)).toEqual({ ok: true, start, end });
  });

  it.each([
    ['3pm to 1pm', 'endBeforeStart'],
    ['all day', 'notATime'],
    ['25:00-26:00', 'notATime'],
  ])('refuses %p (%s)', (text, reason) => {
    expect(parseTimeRange(text)).toEqual({ ok: false, reason });
  });
});

describe('languages', () => {
  it.each([
    ['English', 'en', true],
    ['polish', 'pl', false],
    ['Punjabi', 'pa', false],
    ['BSL', 'bfi', false],
    ['pt-BR', 'pt-BR', false],
    ['pl', 'pl', false],
  ])('reads %p as %s', (text, tag, english) => {
    expect(parseLanguage(text)).toEqual({ ok: true, tag, english });
  });

  it.each(['no', 'yes', 'the usual', 'xx-YY'])('does not read %p as a language', (text) => {
    expect(parseLanguage(text)).toEqual({ ok: false });
  });

  it.each([
    ['pl', 'Polish'],
    ['bfi', 'British Sign Language'],
    ['pa', 'Punjabi'],
  ])('names %s as %s', (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });
});
