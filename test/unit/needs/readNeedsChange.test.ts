import {
  applyNeedsChange,
  readNeedsChange,
  type NeedsChange,
} from '../../../src/understanding/needs/readNeedsChange';
import type { NeedId } from '../../../src/domain/needs/taxonomy';
import { NEED_IDS } from '../../../src/domain/needs/taxonomy';
import { say } from '../../support/dialogs';

const list = {
  needs: NEED_IDS.map((id) => say(`needs.${id}`)),
  somethingElse: say('whatMatters.somethingElse'),
};

type Expected = Partial<Omit<NeedsChange, 'add' | 'remove'>> & { add?: NeedId[]; remove?: NeedId[] };

describe('readNeedsChange', () => {
  it.each<[string, boolean, Expected]>([
    ['Not quite', false, { answer: 'no', add: [], remove: [] }],
    ["yes that's right", false, { answer: 'yes', add: [], remove: [] }],
    ['1 and 5', true, { add: ['loneliness', 'healthyEating'], picked: true }],
    ['numbers 6, 7 please', true, { add: ['money', 'housing'], picked: true }],
    ['not 3', true, { remove: ['physicalActivity'], picked: true }],
    ['17', true, { somethingElse: true, add: [] }],
    ['I have 2 kids', true, { add: ['familyAndParenting'], picked: false }],
    ['money and housing', true, { add: ['money', 'housing'] }],
    [`${say('needs.caring')} and ${say('needs.transport')}`, true, { add: ['caring', 'transport'] }],
    ['take off money', false, { add: [], remove: ['money'] }],
    ["no, it's housing not money", false, { answer: 'no', add: ['housing'], remove: ['money'] }],
    ['yes but add housing', false, { answer: 'yes', add: ['housing'] }],
    ["I'm not lonely", false, { remove: ['loneliness'], add: [] }],
    ['money is wrong', false, { remove: ['money'], add: [] }],
    ['none of those', true, { somethingElse: true }],
    ['hmm', false, { add: [], remove: [], somethingElse: false }],
  ])('"%s" (list shown: %s)', (text, shown, expected) => {
    const reading = readNeedsChange({ text, locale: 'en-GB', ...(shown ? { list } : {}) });
    expect(reading.value).toMatchObject(expected);
    if (text === 'hmm') expect(reading.confidence).toBe(0);
    else expect(reading.confidence).toBeGreaterThan(0.5);
  });

  it('takes away a need by a word of the name it was said back with ("not low")', () => {
    const current = [
      { id: 'money' as const, name: say('needs.money') },
      { id: 'lowMood' as const, name: say('needs.lowMood') },
    ];
    expect(readNeedsChange({ text: "I'm not low really", locale: 'en-GB', current }).value.remove).toEqual([
      'lowMood',
    ]);
    expect(readNeedsChange({ text: 'take off the debt bit', locale: 'en-GB', current }).value.remove).toEqual(
      ['money'],
    );
    // A word of a name that is not denied takes nothing away.
    expect(readNeedsChange({ text: 'I am low', locale: 'en-GB', current }).value.remove).toEqual([]);
  });

  it('adds and takes away without replacing the rest', () => {
    const change = readNeedsChange({ text: "add housing, I'm not lonely", locale: 'en-GB' }).value;
    expect(applyNeedsChange(['loneliness', 'money'], change)).toEqual(['money', 'housing']);
  });
});
