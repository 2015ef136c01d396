// Menu intents: a first message or a message typed at the main menu, read as the menu reads it.
import { INTENTS, readIntent } from '../../../src/understanding/intent';
import { SPLITS, alternatives, labelFigures, readRows, type EvalTask, type SplitFigures } from './task';

export const intents: EvalTask = {
  name: 'intents',
  run(context) {
    const out: SplitFigures[] = [];
    for (const split of SPLITS) {
      const rows = readRows(context, split, 'intents.tsv');
      if (!rows) continue;
      const results = rows.map((row) => {
        const [text = '', expected = ''] = row.columns;
        return { text, expected: alternatives(expected), got: readIntent({ text, locale: 'en-GB' }).value };
      });
      out.push({
        split,
        file: 'intents.tsv',
        cases: results.length,
        figures: labelFigures(results, INTENTS),
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
