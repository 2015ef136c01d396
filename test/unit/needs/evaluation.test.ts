import { LabelledDataError, evaluate, parseLabelledTsv } from '../../../src/domain/needs/evaluation';
import { NEED_IDS, isNeedId, type NeedId } from '../../../src/domain/needs/taxonomy';

describe('labelled data', () => {
  it('parses comments, a header, "-" and lists', () => {
    const cases = parseLabelledTsv(
      '# note\ntext\tneeds\nI am lonely\tloneliness\nhi\t-\nskint and sad\tmoney, lowMood\n',
      isNeedId,
    );
    expect(cases).toEqual([
      { line: 3, text: 'I am lonely', expected: ['loneliness'] },
      { line: 4, text: 'hi', expected: [] },
      { line: 5, text: 'skint and sad', expected: ['money', 'lowMood'] },
    ]);
  });

  it.each([['text\tneeds\nbad line\n'], ['text\tneeds\nx\tnotANeed\n']])('rejects %j', (source) => {
    expect(() => parseLabelledTsv(source, isNeedId)).toThrow(LabelledDataError);
  });

  it('scores precision and recall per id and overall', () => {
    const cases = [
      { line: 1, text: 'a', expected: ['money'] as NeedId[] },
      { line: 2, text: 'b', expected: ['housing'] as NeedId[] },
    ];
    const predictions: Record<string, NeedId[]> = { a: ['money', 'caring'], b: [] };
    const result = evaluate(cases, (text) => predictions[text] ?? [], NEED_IDS);
    expect(result.overall.truePositives).toBe(1);
    expect(result.overall.precision).toBe(0.5);
    expect(result.overall.recall).toBe(0.5);
    expect(result.perId.find((score) => score.id === 'caring')?.precision).toBe(0);
    expect(result.perId.find((score) => score.id === 'lowMood')).toMatchObject({ precision: 1, recall: 1 });
    expect(result.errors.map((error) => [error.line, error.missing, error.extra])).toEqual([
      [1, [], ['caring']],
      [2, ['housing'], []],
    ]);
  });
});
