// "When would suit you?": the share of date and time phrases resolved to the right window (see
// windowJudge.ts for what counts as right), per split, with the time one answer takes.
import { minutesOfDay, UK_TIME_ZONE, wallClockToInstant } from '../../../src/domain/calendar/wallClock';
import { readWhen } from '../../../src/understanding/when/readWhen';
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
import { describe, judgeExpected, judgePreference, sameJudgement, type Judged } from './windowJudge';

function instantOf(reference: string): Date {
  return new Date(
    wallClockToInstant(reference.slice(0, 10), minutesOfDay(reference.slice(11, 16)), UK_TIME_ZONE),
  );
}

/** The understanding's answer, judged: what the booking dialog would act on. */
function answer(reference: string, text: string): Judged {
  const { outcome } = readWhen({
    text,
    locale: 'en-GB',
    referenceDate: instantOf(reference),
    timeZone: UK_TIME_ZONE,
  });
  switch (outcome.kind) {
    case 'when':
      return judgePreference(reference, outcome.when);
    case 'past':
    case 'holiday':
    case 'beyond':
    case 'unclear':
      return { kind: outcome.kind };
    case 'unsupportedLocale':
      return { kind: 'unclear' };
  }
}

export const when: EvalTask = {
  name: 'when',
  run(context) {
    const out: SplitFigures[] = [];
    for (const split of splitsOf(context)) {
      const rows = readRows(context, split, 'when.tsv');
      if (!rows) continue;
      const misses: string[] = [];
      const rightByRow: boolean[] = [];
      let right = 0;
      let secondReader = 0;
      for (const { columns } of rows) {
        const [reference = '', text = '', expected = ''] = columns;
        const reading = readWhen({
          text,
          locale: 'en-GB',
          referenceDate: instantOf(reference),
          timeZone: UK_TIME_ZONE,
        });
        if (reading.reader === 'recognizers') secondReader += 1;
        const got = answer(reference, text);
        const ok = alternatives(expected).some((alternative) =>
          sameJudgement(judgeExpected(reference, alternative), got),
        );
        rightByRow.push(ok);
        if (ok) right += 1;
        else if (split !== 'test') misses.push(`${expected} → ${describe(got)} | ${reference} ${text}`);
      }
      out.push({
        split,
        file: filesOf(rows),
        cases: rows.length,
        figures: {
          accuracy: rows.length ? right / rows.length : 0,
          ...accuracyByFile(rows, rightByRow),
          recognizersShare: rows.length ? secondReader / rows.length : 0,
          ...timings(
            rows.map(
              ({ columns }) =>
                () =>
                  answer(columns[0] ?? '', columns[1] ?? ''),
            ),
          ),
        },
        misses,
      });
    }
    return out;
  },
};
