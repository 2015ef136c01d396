// "When would suit you?": the share of date and time phrases resolved to the right window (see
// windowJudge.ts for what counts as right), per split, with the time one answer takes.
import { minutesOfDay, UK_TIME_ZONE, wallClockToInstant } from '../../../src/domain/calendar/wallClock';
import { readWhen } from '../../../src/understanding/when/readWhen';
import { alternativesOf, readRows, splitsWith, timings, type SplitFigures } from './task';
import { describe, judgeExpected, judgePreference, sameJudgement, type Judged } from './windowJudge';

export const name = 'when';

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

export function run(root: string): SplitFigures[] {
  return splitsWith(root, 'when.tsv').map(({ split, path }) => {
    const rows = readRows(path);
    const misses: string[] = [];
    let right = 0;
    let secondReader = 0;
    for (const [reference = '', text = '', expected = ''] of rows) {
      const reading = readWhen({
        text,
        locale: 'en-GB',
        referenceDate: instantOf(reference),
        timeZone: UK_TIME_ZONE,
      });
      if (reading.reader === 'recognizers') secondReader += 1;
      const got = answer(reference, text);
      const ok = alternativesOf(expected).some((alternative) =>
        sameJudgement(judgeExpected(reference, alternative), got),
      );
      if (ok) right += 1;
      else misses.push(`${reference} "${text}": expected ${expected}; got ${describe(got)}`);
    }
    const speed = timings(
      rows.map(
        ([reference = '', text = '']) =>
          () =>
            answer(reference, text),
      ),
      21,
    );
    return {
      split,
      cases: rows.length,
      figures: {
        accuracy: rows.length ? right / rows.length : 0,
        recognizersShare: rows.length ? secondReader / rows.length : 0,
        p50Ms: speed.p50,
        p99Ms: speed.p99,
        rawP99Ms: speed.rawP99,
      },
      misses,
    };
  });
}
