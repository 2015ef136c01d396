import { parseYesNo } from '../../../src/understanding/parseYesNo';

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
