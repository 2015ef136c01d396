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
  const current = (ids: NeedId[]) => ids.map((id) => ({ id, name: say(`needs.${id}`) }));

  it.each<[string, NeedId[], Expected]>([
    // The needs reader's own denial, not only the name said back.
    [
      'shes not died, shes in a care home. its the money as well',
      ['loneliness', 'bereavement'],
      { add: ['money'], remove: ['bereavement'] },
    ],
    ["he's still alive, he's in a nursing home", ['bereavement'], { remove: ['bereavement'] }],
    // Two words of a name in a row, though each alone is too common to count.
    ['take off losing someone', ['bereavement', 'loneliness'], { add: [], remove: ['bereavement'] }],
  ])('"%s" takes away a need said back', (text, said, expected) => {
    const reading = readNeedsChange({ text, locale: 'en-GB', current: current(said) });
    expect(reading.value).toMatchObject(expected);
  });

  it('does not take a need away for two common words that are not in its name', () => {
    const reading = readNeedsChange({
      text: 'take off the bit about work',
      locale: 'en-GB',
      current: current(['bereavement']),
    });
    expect(reading.value.remove).toEqual([]);
  });

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
