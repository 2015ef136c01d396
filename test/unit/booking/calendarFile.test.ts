import { CalendarFileError } from '../../../src/services/booking/CalendarFileError';
import {
  bookingCalendarFile,
  calendarDataUrl,
  type CalendarFileInput,
} from '../../../src/services/booking/calendarFile';
import { eventOf, instantOf, londonWallClock, readIcs, unescapeText, eventInstant } from '../../support/ics';

const base: CalendarFileInput = {
  uid: 'b-1@signpost',
  start: '2026-11-24T10:30:00.000Z',
  end: '2026-11-24T11:30:00.000Z',
  title: 'Meeting with Amara Okafor, link worker',
  description: 'Amara will phone you.\nCall the practice; if you cannot come.',
  stamp: new Date('2026-11-20T09:15:00.000Z'),
};

describe('bookingCalendarFile', () => {
  it.each<[string, string, string, string]>([
    // GMT: London time is UTC.
    ['a winter morning', '2026-11-24T10:30:00.000Z', '2026-11-24T11:30:00.000Z', '2026-11-24 10:30'],
    // BST: 10:30 in London is 09:30 UTC.
    ['a summer morning', '2026-06-02T09:30:00.000Z', '2026-06-02T10:30:00.000Z', '2026-06-02 10:30'],
    // The Monday after the clocks go forward (Sunday 29 March 2026).
    [
      'the day after the spring clock change',
      '2026-03-30T08:00:00.000Z',
      '2026-03-30T08:45:00.000Z',
      '2026-03-30 09:00',
    ],
    // The Monday after the clocks go back (Sunday 25 October 2026).
    [
      'the day after the autumn clock change',
      '2026-10-26T09:00:00.000Z',
      '2026-10-26T09:45:00.000Z',
      '2026-10-26 09:00',
    ],
  ])('puts %s at the right instant and London time', (_name, start, end, london) => {
    const event = eventOf(bookingCalendarFile({ ...base, start, end }));
    const dtstart = event.get('DTSTART');
    const dtend = event.get('DTEND');
    if (!dtstart || !dtend) throw new Error('no DTSTART or DTEND');
    expect(instantOf(dtstart)).toBe(Date.parse(start));
    expect(instantOf(dtend)).toBe(Date.parse(end));
    expect(londonWallClock(instantOf(dtstart))).toBe(london);
  });

  it('carries the title, description and place as given, and nothing else about the patient', () => {
    const ics = bookingCalendarFile({
      ...base,
      location: 'Riverside Surgery, 12 Mill Lane, Riverton, RV1 2AB',
    });
    const event = eventOf(ics);
    expect(unescapeText(event.get('SUMMARY')?.value ?? '')).toBe(base.title);
    expect(unescapeText(event.get('DESCRIPTION')?.value ?? '')).toBe(base.description);
    expect(unescapeText(event.get('LOCATION')?.value ?? '')).toBe(
      'Riverside Surgery, 12 Mill Lane, Riverton, RV1 2AB',
    );
    expect(event.get('UID')?.value).toBe('b-1@signpost');
    expect(event.get('STATUS')?.value).toBe('CONFIRMED');
    expect(event.get('CLASS')?.value).toBe('PRIVATE');
    expect(eventInstant(event, 'DTSTAMP')).toBe(base.stamp.getTime());
    expect([...event.keys()].sort()).toEqual(
      [
        'CLASS',
        'DESCRIPTION',
        'DTEND',
        'DTSTAMP',
        'DTSTART',
        'LOCATION',
        'SEQUENCE',
        'STATUS',
        'SUMMARY',
        'UID',
        'X-MICROSOFT-CDO-BUSYSTATUS',
      ].sort(),
    );
  });

  it('has no place for a phone or video meeting', () => {
    expect(eventOf(bookingCalendarFile(base)).has('LOCATION')).toBe(false);
  });

  it('reminds the patient the day before', () => {
    const properties = readIcs(bookingCalendarFile(base));
    const alarm = properties.slice(properties.findIndex((p) => p.name === 'BEGIN' && p.value === 'VALARM'));
    expect(alarm.find((p) => p.name === 'TRIGGER')?.value).toBe('-PT24H');
    expect(unescapeText(alarm.find((p) => p.name === 'DESCRIPTION')?.value ?? '')).toBe(base.title);
  });

  it('writes a cancellation that replaces the entry the patient has', () => {
    const ics = bookingCalendarFile({ ...base, cancelled: true, sequence: 3 });
    const properties = readIcs(ics);
    const event = eventOf(ics);
    expect(properties.find((p) => p.name === 'METHOD')?.value).toBe('CANCEL');
    expect(event.get('STATUS')?.value).toBe('CANCELLED');
    expect(event.get('SEQUENCE')?.value).toBe('3');
    expect(event.get('UID')?.value).toBe('b-1@signpost');
    expect(properties.some((p) => p.value === 'VALARM')).toBe(false);
  });

  it('refuses an instant without an offset, as a bug', () => {
    expect(() => bookingCalendarFile({ ...base, start: '2026-11-24T10:30' })).toThrow(CalendarFileError);
  });

  it('makes a data: URL that decodes to the same file', () => {
    const ics = bookingCalendarFile(base);
    const url = calendarDataUrl(ics);
    expect(url.startsWith('data:text/calendar;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1], 'base64').toString('utf8')).toBe(ics);
  });
});
