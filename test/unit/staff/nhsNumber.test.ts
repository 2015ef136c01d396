import { nhsCheckDigit, parseNhsNumber } from '../../../src/domain/staff/nhsNumber';

describe('NHS number (Modulus 11)', () => {
  it.each([
    // NHS England's own published example, and numbers whose check digit was worked by hand.
    ['9434765919', '943 476 5919'],
    ['943 476 5919', '943 476 5919'],
    ['943-476-5919', '943 476 5919'],
    [' 9434765919 ', '943 476 5919'],
    // 4010232137: sum 4*10+0*9+1*8+0*7+2*6+3*5+2*4+1*3+3*2 = 92; 92 mod 11 = 4; 11 - 4 = 7.
    ['4010232137', '401 023 2137'],
    // 200000001: sum 2*10 + 1*2 = 22; 22 mod 11 = 0; 11 - 0 = 11, which is written 0.
    ['2000000010', '200 000 0010'],
  ])('accepts %s as %s', (text, display) => {
    expect(parseNhsNumber(text)).toEqual({ ok: true, value: display.replace(/ /g, ''), display });
  });

  it.each([
    ['9434765918', 'checkDigit'],
    ['9434765910', 'checkDigit'],
    ['4010232138', 'checkDigit'],
    // 100000001: sum 10 + 2 = 12; 12 mod 11 = 1; 11 - 1 = 10: no check digit can make it valid.
    ['1000000010', 'checkDigit'],
    ['1000000011', 'checkDigit'],
    ['943476591', 'notTenDigits'],
    ['94347659190', 'notTenDigits'],
    ['943 476 591X', 'notTenDigits'],
    ['', 'notTenDigits'],
    ['nhs 9434765919', 'notTenDigits'],
  ])('refuses %p (%s)', (text, reason) => {
    expect(parseNhsNumber(text)).toEqual({ ok: false, reason });
  });

  it.each([
    ['943476591', 9],
    ['401023213', 7],
    ['200000001', 0],
    ['100000001', null],
  ])('check digit of %s is %p', (nine, check) => {
    expect(nhsCheckDigit(nine)).toBe(check);
  });

  it('refuses to work a check digit from anything but nine digits', () => {
    expect(() => nhsCheckDigit('12345678')).toThrow(RangeError);
  });
});
