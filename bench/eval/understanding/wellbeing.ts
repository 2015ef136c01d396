// The four ONS personal wellbeing questions: the share of replies read as the right score, a skip, or a
// clear ask-again ("clarify"), per split.
import { isSkipped } from '../../../src/understanding/result';
import { parseWellbeingScore } from '../../../src/understanding/parseWellbeingScore';
import {
  alternatives,
  readRows,
  splitsOf,
  type EvalTask,
  type SplitFigures,
  filesOf,
  accuracyByFile,
} from './task';
import { timings } from './timing';

function answer(reply: string): string {
  const result = parseWellbeingScore({ text: reply, locale: 'en-GB' });
  if (isSkipped(result)) return 'skip';
  return result.ok ? String(result.value) : 'clarify';
}

export const wellbeing: EvalTask = {
  name: 'wellbeing',
  run(context) {
    const out: SplitFigures[] = [];
    for (const split of splitsOf(context)) {
      const rows = readRows(context, split, 'wellbeing.tsv');
      if (!rows) continue;
      const misses: string[] = [];
      const rightByRow: boolean[] = [];
      let right = 0;
      let scoresRight = 0;
      let scores = 0;
      for (const { columns } of rows) {
        const [question = '', reply = '', expected = ''] = columns;
        const got = answer(reply);
        const wanted = alternatives(expected);
        const ok = wanted.includes(got);
        if (wanted.some((alternative) => /^\d+$/.test(alternative))) {
          scores += 1;
          if (ok) scoresRight += 1;
        }
        rightByRow.push(ok);
        if (ok) right += 1;
        else if (split !== 'test') misses.push(`${expected} → ${got} | ${question}: ${reply}`);
      }
      out.push({
        split,
        file: filesOf(rows),
        cases: rows.length,
        figures: {
          accuracy: rows.length ? right / rows.length : 0,
          ...accuracyByFile(rows, rightByRow),
          scoresRight: scores ? scoresRight / scores : 0,
          ...timings(
            rows.map(
              ({ columns }) =>
                () =>
                  answer(columns[1] ?? ''),
            ),
          ),
        },
        misses,
      });
    }
    return out;
  },
};
