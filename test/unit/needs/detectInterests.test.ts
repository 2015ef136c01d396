import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectInterests } from '../../../src/understanding/needs/detectNeeds';
import { evaluate, parseLabelledTsv } from '../../../src/domain/needs/evaluation';
import { INTEREST_IDS, isInterestId, type InterestId } from '../../../src/domain/needs/taxonomy';

const ids = (text: string): InterestId[] =>
  detectInterests({ text }).interests.map((interest) => interest.id);

describe('detectInterests', () => {
  // The development split of the corpus: the interests test file of test/data predates its label
  // policy (DIY is practical advice there, a choir is social when the company is the point).
  const cases = parseLabelledTsv(
    readFileSync(join(__dirname, '..', '..', '..', 'data', 'understanding', 'dev', 'interests.tsv'), 'utf8'),
    isInterestId,
  );

  it('keeps precision at 0.9 and recall at 0.85 on the development answers, covering every interest', () => {
    expect(new Set(cases.flatMap((labelled) => labelled.expected)).size).toBe(INTEREST_IDS.length);
    const result = evaluate(cases, ids, INTEREST_IDS);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.85);
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
