import { parseLinkContact, type LinkContact } from '../../../src/understanding/contact';
import { parseUkPhone, readUkPhoneAnswer, type PhoneResult } from '../../../src/understanding/phone';

// Ofcom sets aside these ranges for drama and testing, so no real person's number is used here.
const ok = (e164: string, display: string): PhoneResult => ({ ok: true, e164, display });
const no = (reason: Extract<PhoneResult, { ok: false }>['reason']): PhoneResult => ({ ok: false, reason });

describe('parseUkPhone', () => {
  it.each<[string, PhoneResult]>([
    ['07700 900123', ok('+447700900123', '07700 900123')],
    ['07700900123', ok('+447700900123', '07700 900123')],
    ['07700-900-123', ok('+447700900123', '07700 900123')],
    ['(07700) 900 123', ok('+447700900123', '07700 900123')],
    ['+447700900123', ok('+447700900123', '07700 900123')],
    ['+44 7700 900123', ok('+447700900123', '07700 900123')],
    ['+44 (0)7700 900123', ok('+447700900123', '07700 900123')],
    ['0044 7700 900123', ok('+447700900123', '07700 900123')],
    ['447700900123', ok('+447700900123', '07700 900123')],
    ['  07700.900.123  ', ok('+447700900123', '07700 900123')],
    ['07624 123456', ok('+447624123456', '07624 123456')],
    ['020 7946 0000', ok('+442079460000', '020 7946 0000')],
    ['+44 (0)20 7946 0000', ok('+442079460000', '020 7946 0000')],
    ['(0113) 496 0000', ok('+441134960000', '0113 496 0000')],
    ['0161 496 0000', ok('+441614960000', '0161 496 0000')],
    ['01632 960001', ok('+441632960001', '01632 960001')],
    ['028 9649 6000', ok('+442896496000', '028 9649 6000')],
    ['0306 999 0000', ok('+443069990000', '0306 999 0000')],
    ['015396 12345', ok('+441539612345', '015396 12345')],
    ['01204 12345', ok('+44120412345', '01204 12345')],
    ['016977 1234', ok('+44169771234', '016977 1234')],
  ])('accepts %j', (text, expected) => {
    expect(parseUkPhone(text)).toEqual(expected);
  });

  it.each<[string, PhoneResult]>([
    ['', no('empty')],
    ['   ', no('empty')],
    ['--', no('empty')],
    ['my mobile', no('notANumber')],
    ['0113 496 0000 ext 12', no('notANumber')],
    ['07700 9001234x', no('notANumber')],
    ['44+7700900123', no('notANumber')],
    ['+33 1 23 45 67 89', no('notUk')],
    ['+1 202 555 0123', no('notUk')],
    ['0033 123456789', no('notUk')],
    ['7700 900123', no('wrongLength')],
    ['07700 90012', no('wrongLength')],
    ['07700 9001234', no('wrongLength')],
    ['01632 96000', no('wrongLength')],
    ['020 7946 000', no('wrongLength')],
    ['+44 7700 90012', no('wrongLength')],
    ['0800 123 4567', no('notMobileOrLandline')],
    ['0909 879 0000', no('notMobileOrLandline')],
    ['0870 123 4567', no('notMobileOrLandline')],
    ['07012 345678', no('notMobileOrLandline')],
    ['07612 345678', no('notMobileOrLandline')],
    ['0123', no('wrongLength')],
  ])('refuses %j', (text, expected) => {
    expect(parseUkPhone(text)).toEqual(expected);
  });
});

describe('readUkPhoneAnswer: the answer to "What number should they call?"', () => {
  it.each<[string, PhoneResult]>([
    ['07700 900123', ok('+447700900123', '07700 900123')],
    ['07700 900123 is my mob', ok('+447700900123', '07700 900123')],
    ["it's 0113 496 0000, after 5 please", ok('+441134960000', '0113 496 0000')],
    ['oh seven seven double oh nine double oh one two three', ok('+447700900123', '07700 900123')],
    // The digits' own problem, not "use only numbers", when the number in the sentence is wrong.
    ['my number is 0770 090 012', no('wrongLength')],
    ['work phone 0800 123 4567', no('notMobileOrLandline')],
    ['I have not got a phone', no('notANumber')],
    ['', no('empty')],
  ])('reads %j', (text, expected) => {
    expect(readUkPhoneAnswer(text)).toEqual(expected);
  });
});

describe('parseLinkContact: where to send a video link', () => {
  it.each<[string, LinkContact]>([
    ['Sam@Example.org', { ok: true, email: 'sam@example.org' }],
    ['my email is sam@example.org.', { ok: true, email: 'sam@example.org' }],
    [
      'text me on 07700 900123 please',
      { ok: true, phone: { e164: '+447700900123', display: '07700 900123' } },
    ],
    // A landline cannot take a text, in a sentence or alone.
    ['my number is 0113 496 0000', { ok: false, reason: 'notEmailOrMobile' }],
    ['sam at example dot org', { ok: false, reason: 'notEmailOrMobile' }],
    ['not an address', { ok: false, reason: 'notEmailOrMobile' }],
  ])('reads %j', (text, expected) => {
    expect(parseLinkContact(text)).toEqual(expected);
  });
});
