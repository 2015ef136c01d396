import { detectInterests } from '../../../src/understanding/needs/detectNeeds';
import { evaluate, parseLabelledTsv } from '../../../src/domain/needs/evaluation';
import { INTEREST_IDS, isInterestId, type InterestId } from '../../../src/domain/needs/taxonomy';
import { readNeedsData } from './needsData';

const ids = (text: string): InterestId[] =>
  detectInterests({ text }).interests.map((interest) => interest.id);

describe('detectInterests', () => {
  const cases = parseLabelledTsv(readNeedsData('interests.tsv'), isInterestId);

  it('reaches precision and recall of 0.9 on labelled answers covering every interest', () => {
    expect(new Set(cases.flatMap((labelled) => labelled.expected)).size).toBe(INTEREST_IDS.length);
    const result = evaluate(cases, ids, INTEREST_IDS);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each<[string, InterestId[]]>([
    ["I'm not into sport, more arts and crafts", ['creative']],
    ["I don't like groups, I prefer walking on my own", ['outdoorsAndNature']],
    ['walking football on a Tuesday', ['sportAndMovement']],
    ['of course', []],
  ])('%s → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('denies an interest the patient rules out', () => {
    const detection = detectInterests({ text: "I'm not arty at all", locale: 'en-GB' });
    expect(detection.interests).toEqual([]);
    expect(detection.denied).toEqual(['creative']);
  });
});
