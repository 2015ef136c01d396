import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assessRedFlags, hasRedFlag, type RedFlagKind, type TriageUrgency } from '../../../src/domain/safety';
import { evaluateRedFlags, parseRedFlagCases } from '../../../src/domain/safety/evaluation';

const cases = parseRedFlagCases(
  readFileSync(path.join(__dirname, '../../data/safety/red-flags.tsv'), 'utf8'),
);

describe('assessRedFlags on red-flags.tsv', () => {
  it.each(cases.map((c) => [c.line, c.urgency, c.flags.join(',') || '-', c.text] as const))(
    'line %i is %s (%s): %s',
    (_line, urgency, flags, text) => {
      const result = assessRedFlags({ text, locale: 'en-GB' });
      expect(result.urgency).toBe(urgency);
      expect(result.needsClinician).toBe(urgency !== 'none');
      if (flags !== '-') expect(result.flags).toEqual(expect.arrayContaining(flags.split(',')));
      else expect(result.flags).toEqual([]);
    },
  );

  it('gets every line right', () => {
    const evaluation = evaluateRedFlags(cases, (text) => assessRedFlags({ text, locale: 'en-GB' }));
    expect(evaluation.exactUrgency).toBe(cases.length);
    expect(evaluation.flagsFound).toBe(evaluation.flagsLabelled);
  });
});

describe('assessRedFlags behaviour', () => {
  it.each<[string, TriageUrgency, RedFlagKind[]]>([
    ['pt says he has chest pain and wants to kill himself', 'emergency999', ['chestPain', 'suicidalRisk']],
    ['says she wants to die and has been saving her tablets', 'emergency999', ['suicidalRisk']],
    ['says she wants to die', 'urgent111', ['suicidalRisk']],
    ['says her husband hits her', 'sameDayGp', ['safeguarding']],
    ['says her husband hits her and he has a knife', 'emergency999', ['safeguarding']],
    ['no chest pain, no breathlessness, no thoughts of self harm', 'none', []],
    ['had a heart attack in 2019, wants cardiac rehab', 'none', []],
  ])('%s → %s', (text, urgency, flags) => {
    const result = assessRedFlags({ text });
    expect(result.urgency).toBe(urgency);
    expect(result.flags).toEqual(flags);
  });

  it('orders flags as RED_FLAG_KINDS and keeps denied ones as evidence only', () => {
    const result = assessRedFlags({ text: 'breathless and chest pain, denies suicidal thoughts' });
    expect(result.flags).toEqual(['chestPain', 'breathlessness']);
    expect(result.evidence).toEqual(
      expect.arrayContaining([expect.objectContaining({ flag: 'suicidalRisk', status: 'negated' })]),
    );
  });

  it('names rules by locale and id, never by the words of the note', () => {
    const result = assessRedFlags({ text: 'crushing chest pain' });
    for (const item of result.evidence) expect(item.rule).toMatch(/^en-GB\/[a-zA-Z]+(\.[a-zA-Z]+)*$/);
  });
});

describe('hasRedFlag', () => {
  const root = path.join(__dirname, '../../..');
  const lines = (file: string): string[] =>
    readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split('\t')[0] ?? '');
  const texts = [
    ...lines('data/safety/dev/red-flags.tsv'),
    ...lines('data/safety/dev/crisis.tsv'),
    ...lines('data/safety/dev/ordinary.tsv'),
    'a bottle of vodka a day and I get the shakes if I stop',
    'I used to drink a lot but I have been sober for ten years',
  ];

  it('finds a flag exactly where assessRedFlags does, over the development notes and messages', () => {
    const differ: string[] = [];
    let found = 0;
    for (const text of texts) {
      const flags = assessRedFlags({ text, locale: 'en-GB' }).flags;
      for (const flag of ['alcoholDependence', 'chestPain', 'suicidalRisk'] as const) {
        const has = hasRedFlag({ text, locale: 'en-GB' }, flag);
        if (has !== flags.includes(flag)) differ.push(`${flag}: ${text}`);
        if (has) found += 1;
      }
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(20);
    expect(
      hasRedFlag(
        { text: 'a bottle of vodka a day and I get the shakes if I stop', locale: 'en-GB' },
        'alcoholDependence',
      ),
    ).toBe(true);
  });
});
