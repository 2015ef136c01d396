import { parseYesNo } from '../../../src/understanding/parseYesNo';
import { readYesNo } from '../../../src/understanding/yesNo';

describe('parseYesNo', () => {
  it.each([
    ['yes'],
    ['Yes please'],
    ['yeah'],
    ['yep!'],
    ['aye'],
    ['go on then'],
    ['of course'],
    ['I suppose so'],
    ['sounds good'],
    ['ok'],
    ['y'],
    ['👍'],
    ['yes, but not on Mondays'],
    ['Sure.'],
  ])('%s → yes', (text) => {
    expect(parseYesNo({ text, locale: 'en-GB' })).toEqual({ ok: true, value: true });
  });

  it.each([
    ['no'],
    ['nope'],
    ['nah'],
    ['no thanks'],
    ['No thank you.'],
    ['definitely not'],
    ['of course not'],
    ['not really'],
    ["I'm alright thanks"],
    ["I'd rather not"],
    ['not at the moment'],
    ['yeah nah'],
    ['n'],
  ])('%s → no', (text) => {
    expect(parseYesNo({ text, locale: 'en-GB' })).toEqual({ ok: true, value: false });
  });

  it.each([['yes no'], ['maybe'], ['banana'], ['']])('%s → unclear', (text) => {
    expect(parseYesNo({ text, locale: 'en-GB' })).toEqual({ ok: false, reason: 'unclear' });
  });

  it.each([['skip'], ['not sure'], ['no idea'], ['pass'], ["don't mind"], ['dunno, sorry']])(
    '%s → skip',
    (text) => {
      expect(parseYesNo({ text, locale: 'en-GB' })).toEqual({ kind: 'skip' });
    },
  );

  it('falls back to the recognizers-text boolean model for words it does not list', () => {
    expect(parseYesNo({ text: 'yup yup', locale: 'en-GB' })).toEqual({ ok: true, value: true });
    expect(parseYesNo({ text: 'sí', locale: 'es-ES' })).toEqual({ ok: true, value: true });
  });
});

describe('readYesNo', () => {
  const value = (text: string) => readYesNo({ text, locale: 'en-GB' }).value;

  it.each([
    ['NOOO', 'no'],
    ['yesss', 'yes'],
    ['yh', 'yes'],
    ['bang on', 'yes'],
    ['not bothered', 'yes'],
    ['nah not bothered', 'no'],
    ["rather not if that's ok", 'no'],
    ['nah its ok', 'no'],
    ["I'd rather you didn't keep anything", 'no'],
    ['i dont agree', 'no'],
    ['I changed my mind', 'no'],
    ['another day maybe', 'no'],
    ['no, not today thanks', 'no'],
  ])('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['what if I say no'],
    ['what happens if I say no'],
    ['no earlier than 10am'],
    ['not before 11 on Tuesday'],
    ['first thing monday'],
  ])('%s is neither: a question, or a time said early', (text) => {
    expect(value(text)).toBe('unclear');
  });

  it('agrees with "not bothered" only to a proposal', () => {
    expect(readYesNo({ text: 'not bothered', locale: 'en-GB', proposal: false }).value).toBe('unclear');
  });
});
