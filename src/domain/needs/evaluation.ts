// Scores a detector against hand-labelled sentences: shared by the unit tests (which assert the
// figures) and bench/needsEval.ts (which prints them).

export class LabelledDataError extends Error {
  readonly code = 'LABELLED_DATA';
  constructor(line: number, detail: string) {
    super(`Labelled data line ${line}: ${detail}`);
    this.name = 'LabelledDataError';
  }
}

export interface LabelledCase<Id extends string> {
  /** 1-based line in the source file, to find a failing case quickly. */
  readonly line: number;
  readonly text: string;
  readonly expected: readonly Id[];
}

/**
 * Reads "text<TAB>id,id" lines. "#" starts a comment line, the first other line is a header, and "-"
 * means no ids. An unknown id is an error in the data, not a miss.
 */
export function parseLabelledTsv<Id extends string>(
  source: string,
  isId: (value: string) => value is Id,
): LabelledCase<Id>[] {
  const cases: LabelledCase<Id>[] = [];
  let seenHeader = false;
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    if (!seenHeader) {
      seenHeader = true;
      return;
    }
    const columns = raw.split('\t');
    if (columns.length !== 2)
      throw new LabelledDataError(line, `expected 2 tab-separated columns, got ${columns.length}`);
    const [text = '', labels = ''] = columns;
    const names = labels.trim() === '-' ? [] : labels.split(',').map((label) => label.trim());
    const expected = names.map((name) => {
      if (!isId(name)) throw new LabelledDataError(line, `unknown id "${name}"`);
      return name;
    });
    cases.push({ line, text: text.trim(), expected });
  });
  return cases;
}

export interface Score {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface IdScore<Id extends string> extends Score {
  readonly id: Id;
}

export interface CaseError<Id extends string> {
  readonly line: number;
  readonly text: string;
  readonly expected: readonly Id[];
  readonly predicted: readonly Id[];
  readonly missing: readonly Id[];
  readonly extra: readonly Id[];
}

export interface Evaluation<Id extends string> {
  readonly cases: number;
  /** Pooled over every id (micro-average). */
  readonly overall: Score;
  readonly perId: readonly IdScore<Id>[];
  readonly errors: readonly CaseError<Id>[];
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  // Nothing predicted is perfectly precise, nothing expected is perfectly recalled.
  const precision =
    truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

export function evaluate<Id extends string>(
  cases: readonly LabelledCase<Id>[],
  predict: (text: string) => readonly Id[],
  ids: readonly Id[],
): Evaluation<Id> {
  const counts = new Map<Id, { tp: number; fp: number; fn: number }>(
    ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]),
  );
  const errors: CaseError<Id>[] = [];
  for (const labelled of cases) {
    const predicted = [...new Set(predict(labelled.text))];
    const missing = labelled.expected.filter((id) => !predicted.includes(id));
    const extra = predicted.filter((id) => !labelled.expected.includes(id));
    for (const id of predicted) {
      const count = counts.get(id);
      if (count) count[labelled.expected.includes(id) ? 'tp' : 'fp'] += 1;
    }
    for (const id of missing) {
      const count = counts.get(id);
      if (count) count.fn += 1;
    }
    if (missing.length > 0 || extra.length > 0) {
      errors.push({
        line: labelled.line,
        text: labelled.text,
        expected: labelled.expected,
        predicted,
        missing,
        extra,
      });
    }
  }
  const perId = ids.map((id) => {
    const count = counts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    return { id, ...score(count.tp, count.fp, count.fn) };
  });
  const total = perId.reduce(
    (sum, item) => ({
      tp: sum.tp + item.truePositives,
      fp: sum.fp + item.falsePositives,
      fn: sum.fn + item.falseNegatives,
    }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return { cases: cases.length, overall: score(total.tp, total.fp, total.fn), perId, errors };
}
