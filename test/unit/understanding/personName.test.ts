import { readPersonName } from '../../../src/understanding/personName';

describe('readPersonName', () => {
  it.each([
    ['Margaret Hill', 'Margaret Hill'],
    ['its Margaret Hill', 'Margaret Hill'],
    ["it's margaret hill", 'margaret hill'],
    ['margaret hill', 'margaret hill'],
    ['my name is Margaret', 'Margaret'],
    ['Im Maggie', 'Maggie'],
    ['yes its Margaret Hill 07700 900123', 'Margaret Hill'],
    ['yes, Margaret Hill, and my number is 07700 900123', 'Margaret Hill'],
    ['Mrs M. Hill', 'Mrs M. Hill'],
    ['call me Mags x', 'Mags'],
  ])('finds the name in "%s"', (text, name) => {
    expect(readPersonName(text)?.name).toBe(name);
  });

  it.each([
    'yes please',
    'no thanks',
    'Not Now',
    'Yes Go Ahead',
    'I would rather not',
    '07700 900123',
    'Sure',
    'Who is Gareth',
    'Is it free',
    'Does It Cost',
    'skip',
    'dunno',
    'asdf',
  ])('finds no name in "%s"', (text) => {
    expect(readPersonName(text)).toBeUndefined();
  });
});
