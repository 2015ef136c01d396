// The four ONS personal wellbeing questions: the share of replies read as the right score, a skip, or a
// clear ask-again ("clarify"), per split.
import { isSkipped } from '../../../src/understanding/result';
import { parseWellbeingScore } from '../../../src/understanding/parseWellbeingScore';
import { alternativesOf, readRows, splitsWith, timings, type SplitFigures } from './task';

export const name = 'wellbeing';

function answer(reply: string): string {
  const result = parseWellbeingScore({ text: reply, locale: 'en-GB' });
  if (isSkipped(result)) return 'skip';
  return result.ok ? String(result.value) : 'clarify';
}

export function run(root: string): SplitFigures[] {
  return splitsWith(root, 'wellbeing.tsv').map(({ split, path }) => {
    const rows = readRows(path);
    const misses: string[] = [];
    let right = 0;
    let scoresRight = 0;
    let scores = 0;
    for (const [question = '', reply = '', expected = ''] of rows) {
      const got = answer(reply);
      const alternatives = alternativesOf(expected);
      const ok = alternatives.includes(got);
      if (alternatives.some((alternative) => /^\d+$/.test(alternative))) {
        scores += 1;
        if (ok) scoresRight += 1;
      }
      if (ok) right += 1;
      else misses.push(`${question} "${reply}": expected ${expected}; got ${got}`);
    }
    const speed = timings(
      rows.map(
        ([, reply = '']) =>
          () =>
            answer(reply),
      ),
      21,
    );
    return {
      split,
      cases: rows.length,
      figures: {
        accuracy: rows.length ? right / rows.length : 0,
        scoresRight: scores ? scoresRight / scores : 0,
        p50Ms: speed.p50,
        p99Ms: speed.p99,
        rawP99Ms: speed.rawP99,
      },
      misses,
    };
  });
}
