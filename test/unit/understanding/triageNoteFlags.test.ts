import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRedFlagCases } from '../../../src/domain/safety/evaluation';
import { readTriageNote } from '../../../src/understanding/triageNote';

describe('a note read for its red flags only', () => {
  const cases = parseRedFlagCases(
    readFileSync(path.join(__dirname, '../../data/safety/red-flags.tsv'), 'utf8'),
  );

  it('gives every note the same reading as a full one, needs left out', () => {
    expect(cases.length).toBeGreaterThan(80);
    let withNeeds = 0;
    for (const { text } of cases) {
      const full = readTriageNote({ text, locale: 'en-GB' });
      if (full.needs.length > 0) withNeeds += 1;
      expect(readTriageNote({ text, locale: 'en-GB' }, { withNeeds: false })).toEqual({ ...full, needs: [] });
    }
    // Notes that do suggest needs are among them, so leaving needs out is seen to change only that.
    expect(withNeeds).toBeGreaterThan(10);
  });
});

describe("a note's needs, read as a note about the patient", () => {
  const needsOf = (text: string) => readTriageNote({ text, locale: 'en-GB' }).needs;

  it.each([
    ['she is lonely and drinking too much', ['loneliness', 'substanceUse']],
    ["her son rang, she's so lonely since her husband died", ['loneliness', 'bereavement']],
    ['he is very low since the stroke', ['lowMood']],
  ])('%s → the patient’s own needs', (text, expected) => {
    expect(needsOf(text)).toEqual(expect.arrayContaining(expected));
  });

  it('keeps a relative’s state apart from the patient’s', () => {
    expect(needsOf('lives alone, his son has anxiety and depression')).not.toContain('lowMood');
    expect(needsOf('her daughter is lonely at uni, pt wants help with bills')).not.toContain('loneliness');
  });
});
