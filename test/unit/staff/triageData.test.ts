import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTriageNote } from '../../../src/understanding/triageNote';
import { NEED_IDS } from '../../../src/domain/needs/taxonomy';
import { TRIAGE_URGENCIES } from '../../../src/domain/safety/types';

/** Data lines of a TSV file: comments and blank lines left out, each with its line number. */
function rows(name: string): { line: number; cells: string[] }[] {
  const text = readFileSync(path.join(__dirname, '../../data/staff', name), 'utf8');
  return text
    .split('\n')
    .map((raw, index) => ({ line: index + 1, raw }))
    .filter(({ raw }) => raw.trim() && !raw.startsWith('#'))
    .map(({ line, raw }) => ({ line, cells: raw.split('\t') }));
}

const redFlags = rows('red-flags.tsv').map(({ line, cells: [text, urgency, stop] }) => ({
  line,
  text,
  urgency,
  stop,
}));
const needs = rows('needs.tsv').map(({ line, cells: [text, expected] }) => ({
  line,
  text,
  expected: expected.split(','),
}));

describe('staff triage data', () => {
  it('is well formed', () => {
    for (const row of redFlags) {
      expect(TRIAGE_URGENCIES).toContain(row.urgency);
      expect(['yes', 'no']).toContain(row.stop);
      // "stop" must agree with the urgency: 999 and 111 stop the social referral.
      expect(row.stop === 'yes').toBe(row.urgency === 'emergency999' || row.urgency === 'urgent111');
    }
    for (const row of needs) for (const id of row.expected) expect(NEED_IDS).toContain(id);
    expect(redFlags.length).toBeGreaterThanOrEqual(15);
    expect(needs.length).toBeGreaterThanOrEqual(9);
  });

  it.each(redFlags.map((row) => [row.line, row.urgency, row.text] as const))(
    'red-flags.tsv line %i is %s: %s',
    (_line, urgency, text) => {
      expect(readTriageNote({ text, locale: 'en-GB' }).urgency).toBe(urgency);
    },
  );

  it.each(needs.map((row) => [row.line, row.expected.join(','), row.text] as const))(
    'needs.tsv line %i suggests %s: %s',
    (_line, expected, text) => {
      expect(readTriageNote({ text, locale: 'en-GB' }).needs).toEqual(
        expect.arrayContaining(expected.split(',')),
      );
    },
  );

  it('gives crisis kinds for the routes when a note describes a crisis', () => {
    const reading = readTriageNote({
      text: 'man on phone says he has been thinking about ending his life, lost his job',
      locale: 'en-GB',
    });
    expect(reading.crisisKinds).toEqual(['suicidal']);
    expect(reading.immediateDanger).toBe(false);
  });
});
