import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Keeps the hazard log (docs/clinical-safety/hazard-log.md) and the tests in step: every hazard has
 * every field of the DCB0129 shape, every rating follows the log's own risk matrix, every control
 * names at least one test, and every test named exists, by name, in the file named. Renaming or
 * deleting a test that proves a control fails here.
 */

const root = path.join(__dirname, '../..');
const log = readFileSync(path.join(root, 'docs/clinical-safety/hazard-log.md'), 'utf8');

const SEVERITIES = ['Minor', 'Significant', 'Considerable', 'Major', 'Catastrophic'] as const;
const LIKELIHOODS = ['Very high', 'High', 'Medium', 'Low', 'Very low'] as const;

/** The matrix as the log prints it: rows by likelihood, columns by severity. */
function matrix(): Map<string, number> {
  const table = new Map<string, number>();
  const section = log.slice(log.indexOf('## Risk matrix'), log.indexOf('\n---\n'));
  for (const row of section.split('\n').filter((line) => line.startsWith('| ') && !line.includes('---'))) {
    const cells = row
      .split('|')
      .map((cell) => cell.trim())
      .filter(Boolean);
    const [likelihood, ...ratings] = cells;
    if (!likelihood || !(LIKELIHOODS as readonly string[]).includes(likelihood)) continue;
    ratings.forEach((rating, index) => table.set(`${likelihood}|${SEVERITIES[index]}`, Number(rating)));
  }
  return table;
}

interface TestReference {
  file: string;
  name: string;
}

interface Hazard {
  id: string;
  title: string;
  fields: Map<string, string>;
  controls: { title: string; tests: TestReference[] }[];
}

function hazards(): Hazard[] {
  const sections = log.split(/^## (?=H\d+ )/m).slice(1);
  return sections.map((section) => {
    const [heading = '', ...rest] = section.split('\n');
    const body = rest.join('\n');
    const fields = new Map<string, string>();
    for (const match of body.matchAll(/^- \*\*([^*]+):\*\* (.+)$/gm)) {
      if (match[1] && match[2]) fields.set(match[1], match[2].trim());
    }
    const controlsText = body.slice(body.indexOf('### Controls'), body.indexOf('- **Residual severity'));
    const controls = controlsText
      .split(/^\d+\. /m)
      .slice(1)
      .map((control) => ({
        title: control.split('\n')[0] ?? '',
        tests: [...control.matchAll(/- Test: `([^`]+)` › "((?:[^"\\]|\\.)+)"/g)].map((match) => ({
          file: match[1] ?? '',
          name: (match[2] ?? '').replace(/\\"/g, '"'),
        })),
      }));
    return { id: heading.split(' ')[0] ?? '', title: heading, fields, controls };
  });
}

const all = hazards();
const table = matrix();

describe('the hazard log', () => {
  it('has a complete risk matrix', () => {
    expect(table.size).toBe(25);
  });

  it('covers at least the hazards the safety case must', () => {
    const titles = all.map((hazard) => hazard.title.toLowerCase());
    for (const needed of [
      'missed crisis',
      'false crisis',
      'missed red flag',
      'lost handoff',
      'wrong booking time',
      'wrong patient',
      'disclosure of personal data',
      'stale directory offer',
      'staff impersonation',
    ]) {
      expect({ needed, found: titles.some((title) => title.includes(needed)) }).toEqual({
        needed,
        found: true,
      });
    }
  });

  it.each(all.map((hazard) => [hazard.title, hazard] as const))('%s has every field', (_title, hazard) => {
    for (const field of [
      'Cause',
      'Effect',
      'Harm',
      'Initial severity',
      'Initial likelihood',
      'Initial risk',
      'Residual severity',
      'Residual likelihood',
      'Residual risk',
      'Residual risk statement',
    ]) {
      expect({ field, value: hazard.fields.get(field) ?? '' }).toEqual({
        field,
        value: expect.stringMatching(/\S/),
      });
    }
    expect(hazard.controls.length).toBeGreaterThan(0);
  });

  it.each(all.map((hazard) => [hazard.title, hazard] as const))(
    '%s rates its risk by the matrix',
    (_title, hazard) => {
      for (const stage of ['Initial', 'Residual']) {
        const severity = hazard.fields.get(`${stage} severity`) ?? '';
        const likelihood = hazard.fields.get(`${stage} likelihood`) ?? '';
        expect(SEVERITIES).toContain(severity);
        expect(LIKELIHOODS).toContain(likelihood);
        expect({ stage, risk: Number(hazard.fields.get(`${stage} risk`)) }).toEqual({
          stage,
          risk: table.get(`${likelihood}|${severity}`),
        });
      }
    },
  );

  it.each(
    all.flatMap((hazard) => hazard.controls.map((control) => [hazard.id, control.title, control] as const)),
  )('%s control "%s" is proved by tests that exist', (_id, _title, control) => {
    expect(control.tests.length).toBeGreaterThan(0);
    for (const test of control.tests) {
      const file = path.join(root, test.file);
      expect({ test, exists: existsSync(file) }).toEqual({ test, exists: true });
      const source = readFileSync(file, 'utf8');
      const named = [`'${test.name}'`, `"${test.name}"`, `\`${test.name}\``].some((quoted) =>
        source.includes(quoted),
      );
      expect({ test, named }).toEqual({ test, named: true });
    }
  });
});
