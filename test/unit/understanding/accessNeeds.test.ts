import type { AccessNeeds } from '../../../src/domain/needs/preferences';
import { parseAccessNeeds } from '../../../src/understanding/parseAccessNeeds';

const needs = (...codes: AccessNeeds['needs']): AccessNeeds => ({ needs: codes, languages: [] });
const languages = (...tags: string[]): AccessNeeds => ({ needs: [], languages: tags });

describe('parseAccessNeeds', () => {
  it.each<[string, AccessNeeds]>([
    ['step-free access please', needs('stepFree')],
    ['no stairs please', needs('stepFree')],
    ["I can't do stairs", needs('stepFree')],
    ['my knees are bad so nothing with stairs', needs('stepFree')],
    ['somewhere without steps, dodgy hip', needs('stepFree')],
    ['I use a wheelchair', needs('stepFree', 'wheelchair')],
    ['I need a hearing loop', needs('hearingLoop')],
    ['hard of hearing', needs('hearingLoop')],
    ['BSL', needs('bsl')],
    ['british sign language', needs('bsl')],
    ['women only', needs('womenOnly')],
    ['ladies only group', needs('womenOnly')],
    ['somewhere quiet', needs('quietSpace')],
    ["I'm autistic and hate crowds", needs('quietSpace')],
    ['large print', needs('largePrint')],
    ['my eyesight is poor', needs('largePrint')],
    ['easy read', needs('easyRead')],
    ['a disabled toilet', needs('accessibleToilet')],
    ['I have a guide dog', needs('assistanceDog')],
    ['I speak Polish', languages('pl')],
    ['Romanian', languages('ro')],
    ['Panjabi', languages('pa')],
    ['Punjabi or Urdu', languages('pa', 'ur')],
    ['Portuguese', languages('pt')],
    ['Spanish please', languages('es')],
    ['Welsh if possible', languages('cy')],
    ['Arabic', languages('ar')],
    ['Bengali', languages('bn')],
    ['Gujarati', languages('gu')],
    ['my English is not good, I speak Romanian', languages('ro')],
    ['I need an Urdu interpreter', { needs: ['interpreter'], languages: ['ur'] }],
    ['wheelchair and a Polish speaker', { needs: ['stepFree', 'wheelchair'], languages: ['pl'] }],
    ['I speak Polish but English is fine', needs()],
    ['none', needs()],
    ['no thanks', needs()],
    ["I'm fine", needs()],
    ["I don't need a wheelchair", needs()],
    // Everyday ways of saying no to the question.
    ['not now', needs()],
    ['nah not at the moment', needs()],
    ['i dont think so', needs()],
    ['nothing I can think of', needs()],
    ['not needed thanks', needs()],
  ])('%s', (text, expected) => {
    expect(parseAccessNeeds({ text, locale: 'en-GB' })).toEqual({ ok: true, value: expected });
  });

  it('skips and refuses', () => {
    expect(parseAccessNeeds({ text: 'skip' })).toEqual({ kind: 'skip' });
    expect(parseAccessNeeds({ text: 'banana' })).toEqual({ ok: false, reason: 'notUnderstood' });
  });
});
