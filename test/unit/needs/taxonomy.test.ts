import {
  INTEREST_IDS,
  INTEREST_OFFER_GROUPS,
  INTEREST_RELATED_NEEDS,
  NEEDS,
  NEED_IDS,
  OFFER_GROUPS,
  isInterestId,
  isNeedId,
  needDefinition,
} from '../../../src/domain/needs/taxonomy';

describe('needs taxonomy', () => {
  it('defines every need id exactly once, in the same order', () => {
    expect(NEEDS.map((need) => need.id)).toEqual([...NEED_IDS]);
  });

  it.each(NEEDS.map((need) => [need.id, need] as const))('%s is coded and grouped', (id, need) => {
    expect(id).toMatch(/^[a-z][a-zA-Z]+$/);
    expect(need.codes[0]).toEqual({ vocabulary: 'signpost', code: id });
    expect(need.offerGroups.length).toBeGreaterThan(0);
    for (const group of need.offerGroups) expect(OFFER_GROUPS).toContain(group);
    expect(new Set(need.codes.map((code) => `${code.vocabulary}:${code.code}`)).size).toBe(need.codes.length);
  });

  it('covers the needs a link worker expects', () => {
    for (const id of [
      'loneliness',
      'lowMood',
      'money',
      'housing',
      'caring',
      'domesticAbuse',
      'bereavement',
      'foodPoverty',
    ]) {
      expect(isNeedId(id)).toBe(true);
    }
    expect(isNeedId('debt')).toBe(false);
  });

  it('maps loneliness to the confirmed LGA need "Social inclusion" (esdNeed 69)', () => {
    expect(needDefinition('loneliness').codes).toContainEqual({ vocabulary: 'esdNeed', code: '69' });
  });

  it('marks only domestic abuse as safeguarding', () => {
    expect(NEEDS.filter((need) => need.safeguarding).map((need) => need.id)).toEqual(['domesticAbuse']);
  });

  it.each(INTEREST_IDS.map((id) => [id]))('interest %s has offer groups and related needs', (id) => {
    expect(isInterestId(id)).toBe(true);
    expect(INTEREST_OFFER_GROUPS[id].length).toBeGreaterThan(0);
    for (const need of INTEREST_RELATED_NEEDS[id]) expect(isNeedId(need)).toBe(true);
  });
});
