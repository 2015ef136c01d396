// Menu intents: a first message or a message typed at the main menu, read as the menu reads it.
import { INTENTS, readIntent } from '../../../src/understanding/intent';
import {
  splitsOf,
  alternatives,
  labelFigures,
  readRows,
  type EvalTask,
  type SplitFigures,
  filesOf,
  accuracyByFile,
} from './task';

export const intents: EvalTask = {
  name: 'intents',
  run(context) {
    const out: SplitFigures[] = [];
    for (const split of splitsOf(context)) {
      const rows = readRows(context, split, 'intents.tsv');
      if (!rows) continue;
      const results = rows.map((row) => {
        const [text = '', expected = ''] = row.columns;
        return { text, expected: alternatives(expected), got: readIntent({ text, locale: 'en-GB' }).value };
      });
      out.push({
        split,
        file: filesOf(rows),
        cases: results.length,
        figures: {
          ...labelFigures(results, INTENTS),
          ...accuracyByFile(
            rows,
            results.map((result) => result.expected.includes(result.got)),
          ),
        },
        misses:
          split === 'test'
            ? []
            : results
                .filter((result) => !result.expected.includes(result.got))
                .map((result) => `${result.expected.join('|')} → ${result.got} | ${result.text}`),
      });
    }
    return out;
  },
};
