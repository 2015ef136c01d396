import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assessMessage, screenMessage } from '../../../src/domain/safety';
import {
  evaluateCrisis,
  evaluateOrdinary,
  parseCrisisCases,
  parsePlainCases,
  parseRedFlagCases,
  SafetyDataError,
  type Screen,
} from '../../../src/domain/safety/evaluation';

const screen: Screen = (text) => screenMessage({ text, locale: 'en-GB' }).outcome;

const data = (name: string): string => readFileSync(path.join(__dirname, '../../data/safety', name), 'utf8');

const crisisCases = parseCrisisCases(data('crisis.tsv'));
const ordinaryCases = parsePlainCases(data('ordinary.txt'));
const redFlagCases = parseRedFlagCases(data('red-flags.tsv'));

describe('safety data sets', () => {
  it.each([
    ['crisis phrasings', crisisCases.length, 120],
    ['ordinary messages', ordinaryCases.length, 250],
    ['urgent receptionist notes', redFlagCases.filter((c) => c.urgency !== 'none').length, 40],
    ['non-urgent social requests', redFlagCases.filter((c) => c.urgency === 'none').length, 40],
  ])('has enough %s (%i, at least %i)', (_name, count, minimum) => {
    expect(count).toBeGreaterThanOrEqual(minimum);
  });

  it('has no line twice within a file', () => {
    for (const cases of [crisisCases, ordinaryCases, redFlagCases]) {
      const texts = cases.map((c) => c.text.toLowerCase());
      expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
    }
  });

  it.each([
    ['an unknown kind', 'I want to die\tsadness'],
    ['no expected kind', 'I want to die\t'],
  ])('rejects a crisis line with %s', (_name, line) => {
    expect(() => parseCrisisCases(line)).toThrow(SafetyDataError);
  });
});

describe('crisis recall on crisis.tsv', () => {
  it.each(crisisCases.map((c) => [c.line, c.expected.join(','), c.text] as const))(
    'line %i raises a crisis with %s: %s',
    (_line, expected, text) => {
      const result = assessMessage({ text, locale: 'en-GB' });
      expect(result.crisis).toBe(true);
      expect(result.kinds).toEqual(expect.arrayContaining(expected.split(',')));
    },
  );

  it('has recall 1.0 with the expected kinds among those found', () => {
    const evaluation = evaluateCrisis(crisisCases, screen);
    expect(evaluation.misses.map((miss) => `${miss.line}: ${miss.text}`)).toEqual([]);
    expect(evaluation.recall).toBe(1);
  });
});

describe('false positives on ordinary.txt', () => {
  it('stays under 2%', () => {
    const evaluation = evaluateOrdinary(ordinaryCases, screen);
    expect(evaluation.cases).toBe(ordinaryCases.length);
    expect(evaluation.fullAlarmRate).toBeLessThan(0.02);
  });
});
