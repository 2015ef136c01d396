import type { CostPreference } from '../../../src/domain/needs/preferences';
import { parseCostPreference, type CostQuestion } from '../../../src/understanding/parseCostPreference';

describe('parseCostPreference', () => {
  it.each<[string, CostPreference]>([
    ['free only', { level: 'freeOnly' }],
    ['it has to be free', { level: 'freeOnly' }],
    ["I can't afford anything", { level: 'freeOnly' }],
    ['skint', { level: 'freeOnly' }],
    ["I don't mind but free would be best", { level: 'freeOnly' }],
    ['happy to pay a little', { level: 'lowCost' }],
    ['a few quid', { level: 'lowCost' }],
    ["it doesn't have to be free", { level: 'lowCost' }],
    ['up to £5', { level: 'lowCost', maxPounds: 5 }],
    ['10 pounds max', { level: 'lowCost', maxPounds: 10 }],
    ['a fiver', { level: 'lowCost', maxPounds: 5 }],
    ['£0', { level: 'freeOnly' }],
    ["don't mind", { level: 'anyCost' }],
    ["I'm happy to pay", { level: 'anyCost' }],
    ["money's no object", { level: 'anyCost' }],
  ])('%s', (text, expected) => {
    expect(parseCostPreference({ text, locale: 'en-GB' })).toEqual({ ok: true, value: expected });
  });

  it.each<[string, CostQuestion, CostPreference['level']]>([
    ['yes please', 'mustBeFree', 'freeOnly'],
    ['yeah', 'mustBeFree', 'freeOnly'],
    ['nope', 'mustBeFree', 'lowCost'],
    ['definitely not', 'mustBeFree', 'lowCost'],
    ['yes please', 'happyToPay', 'lowCost'],
    ['nope', 'happyToPay', 'freeOnly'],
    ['definitely not', 'happyToPay', 'freeOnly'],
  ])('%s to %s → %s', (text, question, level) => {
    expect(parseCostPreference({ text, locale: 'en-GB', question })).toEqual({ ok: true, value: { level } });
  });

  it('skips and refuses', () => {
    expect(parseCostPreference({ text: 'not sure', locale: 'en-GB' })).toEqual({ kind: 'skip' });
    expect(parseCostPreference({ text: 'banana', locale: 'en-GB' })).toEqual({
      ok: false,
      reason: 'notUnderstood',
    });
  });
});
