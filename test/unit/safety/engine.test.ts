import { assessMessage, assessRedFlags, normaliseText, SafetyLexiconError } from '../../../src/domain/safety';
import { compileLexicon, scan } from '../../../src/domain/safety/engine';
import type { SafetyLexicon } from '../../../src/domain/safety/lexicon';
import { enGB } from '../../../src/domain/safety/lexicons/en-GB';
import { pl } from '../../../src/domain/safety/lexicons/pl';
import { HEAD_CHARS, prepareMessage, TAIL_CHARS } from '../../../src/domain/safety/prepare';

describe('normaliseText', () => {
  it.each([
    ["I DON'T want to   die!!", ' i dont want to die . '],
    ['I don’t', ' i dont '],
    ['self-harm', ' self harm '],
    ['chcę się żyć, ŁÓDŹ', ' chce sie zyc , lodz '],
    ['a temp of 38.5. Then', ' a temp of 38.5 . then '],
    ['me & him', ' me and him '],
    ['line one\nline two', ' line one . line two '],
    ['', '  '],
    ['k*ll myself', ' kill myself '],
    ['su1c1de', ' suicide '],
    ['unal!ve', ' unalive '],
    ['3 weeks, 10am, RV1', ' 3 weeks , 10am , rv1 '],
  ])('%j → %j', (text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });
});

describe('letters hidden behind marks', () => {
  it.each([
    'i want to k*ll myself',
    'thinking about su1c1de',
    'i just want to d*e',
    'going to unal!ve myself',
  ])('%j is read as a crisis', (text) => {
    expect(assessMessage({ text }).kinds).toEqual(['suicidal']);
  });

  it('reads a masked swear word as no crisis', () => {
    expect(assessMessage({ text: 'the f*cking bus was late again' }).crisis).toBe(false);
  });
});

describe('compileLexicon', () => {
  const base: SafetyLexicon = {
    tag: 'test',
    crisis: [{ id: 'a', kinds: ['suicidal'], subject: 'either', pattern: 'want to die' }],
  };

  it.each<[string, SafetyLexicon]>([
    ['a duplicate rule id', { ...base, crisis: [...base.crisis, ...base.crisis] }],
    [
      'a medical rule without a red flag',
      {
        ...base,
        crisis: [{ id: 'm', kinds: ['medicalEmergency'], subject: 'either', pattern: 'chest pain' }],
      },
    ],
    [
      'an invalid rule pattern',
      { ...base, crisis: [{ id: 'x', kinds: ['suicidal'], subject: 'self', pattern: 'want (to' }] },
    ],
    ['an invalid benign pattern', { ...base, benign: ['fine', 'dying (to'] }],
    ['an invalid context pattern', { ...base, negationBefore: 'not (' }],
  ])('refuses %s', (_name, lexicon) => {
    expect(() => compileLexicon(lexicon)).toThrow(SafetyLexiconError);
  });

  it.each([enGB, pl])('$tag: every negative look-ahead that starts a word also ends on one', (lexicon) => {
    // "(?! an)" would also refuse "and"; lexicon.ts asks for "(?!(?: an)(?= ))".
    const sources = [
      ...lexicon.crisis.map((rule) => rule.pattern),
      ...(lexicon.redFlags ?? []).map((rule) => rule.pattern),
      ...(lexicon.benign ?? []),
      ...(lexicon.triageBenign ?? []),
    ];
    expect(sources.filter((source) => /\(\?! /.test(source))).toEqual([]);
  });

  it('matches whole words only', () => {
    const compiled = compileLexicon(base);
    expect(scan(compiled, normaliseText('I want to die'), compiled.crisis)).toHaveLength(1);
    expect(scan(compiled, normaliseText('I want to diet'), compiled.crisis)).toHaveLength(0);
    expect(scan(compiled, normaliseText('swant to die'), compiled.crisis)).toHaveLength(0);
  });

  it('answers a text it has just read with the same hits, each call its own list', () => {
    const compiled = compileLexicon(base);
    const text = normaliseText('I want to die');
    const first = scan(compiled, text, compiled.crisis);
    first.pop();
    const again = scan(compiled, text, compiled.crisis);
    expect(again).toHaveLength(1);
    expect(again[0]?.status).toBe('current');
    // Another text in between, then the first again: still its own hits.
    expect(scan(compiled, normaliseText('I want a diet'), compiled.crisis)).toHaveLength(0);
    expect(scan(compiled, normaliseText('swant to die'), compiled.crisis)).toHaveLength(0);
    expect(scan(compiled, text, compiled.crisis)).toHaveLength(1);
  });
});

describe('cost per call', () => {
  it('compiles no regular expression while checking a message', () => {
    const Original = globalThis.RegExp;
    let constructed = 0;
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args: [string | RegExp, string?]) {
        constructed += 1;
        return new target(...args);
      },
      apply(target, _this, args: [string | RegExp, string?]) {
        constructed += 1;
        return target(...args);
      },
    });
    try {
      assessMessage({ text: 'my friend said she wants to kill herself', locale: 'pl-PL' });
      assessRedFlags({ text: '78, lives alone, chest pain since this morning' });
    } finally {
      globalThis.RegExp = Original;
    }
    expect(constructed).toBe(0);
  });
});

describe('very long input', () => {
  const filler = 'I went to the allotment and then had a cup of tea with my neighbour. ';

  it.each([
    ['at the start', `I want to end it all. ${filler.repeat(20_000)}`],
    ['at the end', `${filler.repeat(20_000)}I want to end it all.`],
  ])('finds a crisis %s of a 1.4 MB message (its cost is measured by bench:safety)', (_where, text) => {
    expect(assessMessage({ text }).kinds).toEqual(['suicidal']);
  });

  it('reads only the head and the tail of a message longer than the bound', () => {
    const long = filler.repeat(1_000);
    expect(prepareMessage(long.slice(0, HEAD_CHARS + TAIL_CHARS)).truncated).toBe(false);
    const prepared = prepareMessage(long);
    expect(prepared.truncated).toBe(true);
    // Normalisation pads full stops with spaces, hence the margin.
    expect(prepared.normalised.length).toBeLessThan((HEAD_CHARS + TAIL_CHARS) * 1.1);
    // The documented cost of the bound: a crisis only in the skipped middle is not read.
    const middle = `${long}I want to end it all. ${long}`;
    expect(assessMessage({ text: middle }).crisis).toBe(false);
  });

  it('takes a long run of one character without trouble', () => {
    // How long it takes is measured by bench:safety; here it must simply finish and find nothing.
    expect(assessMessage({ text: 'a'.repeat(200_000) }).crisis).toBe(false);
    expect(assessMessage({ text: 'die '.repeat(50_000) }).crisis).toBe(false);
  });
});

describe('odd input', () => {
  it.each(['', '   ', '!!!???', '🙂🙂🙂', '\u0000\u0001', 'ー'.repeat(10)])('%j is not a crisis', (text) => {
    expect(assessMessage({ text })).toEqual({
      crisis: false,
      kinds: [],
      subjects: [],
      possible: false,
      possibleKinds: [],
      possibleSubjects: [],
      immediateDanger: false,
      evidence: [],
    });
  });
});
