// Needs and interests: answers to "What matters to you?" and "What do you enjoy?", each labelled with
// a set of ids. Figures are micro precision, recall and F1 over every id, the share of answers read
// exactly right, and recall and precision per id. A line whose expected column offers alternatives
// ("a,b | a") is scored against the alternative closest to what was read (fewest ids wrong).
import { detectInterests, detectNeeds } from '../../../src/understanding/needs/detectNeeds';
import { INTEREST_IDS, NEED_IDS } from '../../../src/domain/needs/taxonomy';
import {
  alternatives,
  filesOf,
  readRows,
  splitsOf,
  type EvalContext,
  type EvalTask,
  type SplitFigures,
} from './task';

const LOCALE = 'en-GB';

interface Scored {
  readonly text: string;
  readonly expected: readonly string[];
  readonly got: readonly string[];
}

/** The ids of one alternative: "-" is none. */
const idsOf = (alternative: string): string[] =>
  alternative.trim() === '-'
    ? []
    : alternative
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);

const wrongCount = (expected: readonly string[], got: readonly string[]): number =>
  expected.filter((id) => !got.includes(id)).length + got.filter((id) => !expected.includes(id)).length;

/** The alternative closest to what was read; the first on a tie. */
function closest(options: readonly string[][], got: readonly string[]): string[] {
  let best = options[0] ?? [];
  for (const option of options) if (wrongCount(option, got) < wrongCount(best, got)) best = option;
  return best;
}

export function setFigures(results: readonly Scored[], ids: readonly string[]): Record<string, number> {
  const counts = new Map(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  let exact = 0;
  for (const result of results) {
    if (wrongCount(result.expected, result.got) === 0) exact += 1;
    for (const id of result.got) {
      const count = counts.get(id);
      if (count) count[result.expected.includes(id) ? 'tp' : 'fp'] += 1;
    }
    for (const id of result.expected) {
      const count = counts.get(id);
      if (count && !result.got.includes(id)) count.fn += 1;
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const count of counts.values()) {
    tp += count.tp;
    fp += count.fp;
    fn += count.fn;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const figures: Record<string, number> = {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    exact: results.length ? exact / results.length : 0,
  };
  for (const [id, count] of counts) {
    if (count.tp + count.fn) figures[`recall.${id}`] = count.tp / (count.tp + count.fn);
  }
  for (const [id, count] of counts) {
    if (count.tp + count.fp) figures[`precision.${id}`] = count.tp / (count.tp + count.fp);
  }
  return figures;
}

function setTask(
  name: string,
  file: string,
  header: string,
  ids: readonly string[],
  read: (text: string) => readonly string[],
): EvalTask {
  return {
    name,
    run(context: EvalContext) {
      const out: SplitFigures[] = [];
      for (const split of splitsOf(context)) {
        const rows = readRows(context, split, file);
        if (!rows) continue;
        const results = rows
          .filter((row) => row.columns[1] !== header)
          .map((row): Scored => {
            const [text = '', expected = ''] = row.columns;
            const got = [...new Set(read(text))];
            return { text, got, expected: closest(alternatives(expected).map(idsOf), got) };
          });
        out.push({
          split,
          file: filesOf(rows),
          cases: results.length,
          figures: setFigures(results, ids),
          misses:
            split === 'test'
              ? []
              : results
                  .filter((result) => wrongCount(result.expected, result.got) > 0)
                  .map(
                    (result) =>
                      `${result.expected.join(',') || '-'} → ${result.got.join(',') || '-'} | ${result.text}`,
                  ),
        });
      }
      return out;
    },
  };
}

export const needs: EvalTask = setTask('needs', 'needs.tsv', 'needs', NEED_IDS, (text) =>
  detectNeeds({ text, locale: LOCALE }).needs.map((need) => need.id),
);

export const interests: EvalTask = setTask('interests', 'interests.tsv', 'interests', INTEREST_IDS, (text) =>
  detectInterests({ text, locale: LOCALE }).interests.map((interest) => interest.id),
);

/** The reviewed rules alone, to show what the classifier adds. */
export const needsRules: EvalTask = setTask('needsRules', 'needs.tsv', 'needs', NEED_IDS, (text) =>
  detectNeeds({ text, locale: LOCALE, rulesOnly: true }).needs.map((need) => need.id),
);

export const interestsRules: EvalTask = setTask(
  'interestsRules',
  'interests.tsv',
  'interests',
  INTEREST_IDS,
  (text) =>
    detectInterests({ text, locale: LOCALE, rulesOnly: true }).interests.map((interest) => interest.id),
);
