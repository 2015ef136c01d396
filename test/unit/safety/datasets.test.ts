import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assessMessage, screenMessage } from '../../../src/domain/safety';
import { readTriageNote } from '../../../src/understanding/triageNote';
import {
  DEV_SPLIT_FILES,
  evaluateCrisis,
  evaluateOrdinary,
  parseCrisisCases,
  parsePlainCases,
  parseRedFlagCases,
  evaluateRedFlags,
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
    'line %i is caught (crisis reply or check question) with %s: %s',
    (_line, expected, text) => {
      const result = assessMessage({ text, locale: 'en-GB' });
      expect(result.crisis || result.possible).toBe(true);
      expect([...result.kinds, ...result.possibleKinds]).toEqual(expect.arrayContaining(expected.split(',')));
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

// The dev split (data/safety/dev) is the tuning set: these hold the figures reached on it, so a change
// that loses ground shows. The sealed split is measured only by npm run eval:safety.
describe('the dev split', () => {
  const dev = (name: string): string =>
    readFileSync(path.join(__dirname, '../../../data/safety/dev', name), 'utf8');
  const devCrisis = DEV_SPLIT_FILES.crisis.flatMap((name) => parseCrisisCases(dev(name)));
  // The everyday lines that use crisis words are spread over several files, as npm run eval:safety
  // reads them.
  const devOrdinary = DEV_SPLIT_FILES.ordinary.flatMap((name) => parsePlainCases(dev(name)));
  const devRedFlags = DEV_SPLIT_FILES.redFlags.flatMap((name) => parseRedFlagCases(dev(name)));

  it('has both tiers and enough lines of each set', () => {
    expect(devCrisis.filter((c) => c.tier === 'clear').length).toBeGreaterThanOrEqual(150);
    expect(devCrisis.filter((c) => c.tier === 'possible').length).toBeGreaterThanOrEqual(80);
    expect(devOrdinary.length).toBeGreaterThanOrEqual(1000);
    expect(devRedFlags.length).toBeGreaterThanOrEqual(400);
  });

  it('catches at least 98% of crisis lines, and at least 99% of the clear ones', () => {
    const evaluation = evaluateCrisis(devCrisis, screen);
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.98);
    expect(evaluation.byTier.clear.recall).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps full alarms under 1% and check questions under 5% of ordinary lines', () => {
    const evaluation = evaluateOrdinary(devOrdinary, screen);
    expect(evaluation.fullAlarmRate).toBeLessThanOrEqual(0.01);
    expect(evaluation.checkRate).toBeLessThanOrEqual(0.05);
  });

  it('flags every receptionist note that needs a clinician, with at most 2% false alarms', () => {
    const evaluation = evaluateRedFlags(devRedFlags, (text) => readTriageNote({ text, locale: 'en-GB' }));
    expect(evaluation.recall).toBe(1);
    expect(evaluation.falseAlarmRate).toBeLessThanOrEqual(0.02);
  });
});

// The four voices of receptionist notes in data/safety/train (the learned layer's training set) were
// each written before the notes rules were widened by category from them; these hold what the rules
// reach on them, so a narrowing that loses one shows.
describe('the training voices of receptionist notes', () => {
  const voice = (name: string) =>
    parseRedFlagCases(
      readFileSync(path.join(__dirname, `../../../data/safety/train/voices-${name}-red-flags.tsv`), 'utf8'),
    );

  it.each(['a', 'b', 'c', 'd'])(
    'voice %s: every note that needs a clinician is flagged, with at most 2% false alarms',
    (name) => {
      const cases = voice(name);
      expect(cases.length).toBeGreaterThanOrEqual(140);
      const evaluation = evaluateRedFlags(cases, (text) => readTriageNote({ text, locale: 'en-GB' }));
      expect(evaluation.recall).toBe(1);
      expect(evaluation.falseAlarmRate).toBeLessThanOrEqual(0.02);
    },
  );
});
