import {
  POSTCODE_AREAS,
  findPostcodes,
  isValidInwardCode,
  isValidOutwardCode,
} from '../../../src/understanding/postcode';

describe('postcodes', () => {
  it('knows the 124 postcode areas', () => {
    expect(POSTCODE_AREAS.size).toBe(124);
  });

  it.each([['LS6'], ['M1'], ['B33'], ['EC1A'], ['W1A'], ['SW1A'], ['BT9'], ['gir']])(
    '%s is a valid district',
    (code) => {
      expect(isValidOutwardCode(code)).toBe(true);
    },
  );

  it.each([['QQ1'], ['XY1'], ['A1'], ['LS'], ['L8R'], ['EC1Z'], ['123']])('%s is not', (code) => {
    expect(isValidOutwardCode(code)).toBe(false);
  });

  it.each([
    ['3QW', true],
    ['0AA', true],
    ['3CQ', false],
    ['QQ3', false],
  ])('inward %s valid: %s', (code, valid) => {
    expect(isValidInwardCode(code)).toBe(valid);
  });

  it('finds full and outward codes in text', () => {
    expect(findPostcodes('I live at ls6 3qw, near M1')).toEqual([
      { valid: true, district: 'LS6', from: 10, to: 17 },
      { valid: true, district: 'M1', from: 24, to: 26 },
    ]);
  });
});
