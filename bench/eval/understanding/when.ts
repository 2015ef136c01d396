// "When would suit you?": the share of date and time phrases resolved to the right window (see
// windowJudge.ts for what counts as right), per split, with the time one answer takes.
import { createBankHolidayCalendar } from '../../../src/domain/calendar/bankHolidays';
import {
  addLocalDays,
  UK_TIME_ZONE,
  wallClockToInstant,
  minutesOfDay,
} from '../../../src/domain/calendar/wallClock';
import { parseWhen } from '../../../src/understanding/parseWhen';
import { alternativesOf, readRows, splitsWith, timings, type SplitFigures } from './task';
import { describe, judgeExpected, judgePreference, sameJudgement, type Judged } from './windowJudge';

export const name = 'when';

const calendar = createBankHolidayCalendar();

function instantOf(reference: string): Date {
  return new Date(
    wallClockToInstant(reference.slice(0, 10), minutesOfDay(reference.slice(11, 16)), UK_TIME_ZONE),
  );
}

function answer(reference: string, text: string): Judged {
  const parsed = parseWhen({
    text,
    locale: 'en-GB',
    referenceDate: instantOf(reference),
    timeZone: UK_TIME_ZONE,
  });
  if (!parsed.ok) return { kind: parsed.reason === 'inThePast' ? 'past' : 'unclear' };
  const { dates } = parsed.when;
  const last = addLocalDays(reference.slice(0, 10), 14);
  if (dates.length > 0 && dates.every((span) => span.from > last)) return { kind: 'beyond' };
  const [only, ...others] = dates;
  if (
    only &&
    others.length === 0 &&
    only.from === only.to &&
    calendar.isBankHoliday('england-and-wales', only.from)
  )
    return { kind: 'holiday' };
  return judgePreference(reference, parsed.when);
}

export function run(root: string): SplitFigures[] {
  return splitsWith(root, 'when.tsv').map(({ split, path }) => {
    const rows = readRows(path);
    const misses: string[] = [];
    let right = 0;
    for (const [reference = '', text = '', expected = ''] of rows) {
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
      split === 'dev' ? 5 : 3,
    );
    return {
      split,
      cases: rows.length,
      figures: { accuracy: rows.length ? right / rows.length : 0, p50Ms: speed.p50, p99Ms: speed.p99 },
      misses,
    };
  });
}
