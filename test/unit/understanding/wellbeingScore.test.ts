import { parseWellbeingScore } from '../../../src/understanding/parseWellbeingScore';

describe('parseWellbeingScore', () => {
  it.each([
    ['seven', 7],
    ['7', 7],
    ['7/10', 7],
    ['about a 6', 6],
    ['six out of ten', 6],
    ['zero', 0],
    ['nought', 0],
    ['ten', 10],
    ['10/10', 10],
    ["I'd say 8 out of 10", 8],
    ["out of 10 I'd give it a 4", 4],
    ['on a scale of 0 to 10, 3', 3],
    ['a solid eight', 8],
    ['not at all', 0],
    ['completely', 10],
    ['5 5', 5],
    ['middling', 5],
    ['Middling, I suppose', 5],
    ['7ish', 7],
    ['fiveish', 5],
    ['not at all anxious', 0],
    ['completely satisfied', 10],
  ])('%s → %i', (text, score) => {
    expect(parseWellbeingScore({ text, locale: 'en-GB' })).toMatchObject({ ok: true, value: score });
  });

  it('gives the words that held the score as evidence', () => {
    const text = "I'd say about a seven";
    const result = parseWellbeingScore({ text, locale: 'en-GB' });
    if (!('ok' in result) || !result.ok) throw new Error('not understood');
    expect(result.evidence.map((item) => text.slice(item.start, item.end))).toEqual(['seven']);
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    ['11', 'outOfRange'],
    ['-1', 'outOfRange'],
    ['a hundred', 'outOfRange'],
    ['6 or 7', 'ambiguous'],
    ['between 5 and 6', 'ambiguous'],
    ['6.5', 'notWholeNumber'],
    ['8.5', 'notWholeNumber'],
    ['between 6 and 7', 'ambiguous'],
    ['5-6', 'ambiguous'],
    ['hmm', 'noNumber'],
    ['pretty good', 'noNumber'],
  ])('%s → not ok (%s)', (text, reason) => {
    expect(parseWellbeingScore({ text, locale: 'en-GB' })).toEqual({ ok: false, reason });
  });

  it.each([['skip'], ['rather not say'], ['dunno']])('%s → skip', (text) => {
    expect(parseWellbeingScore({ text, locale: 'en-GB' })).toEqual({ kind: 'skip' });
  });
});
