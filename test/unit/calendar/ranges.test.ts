import {
  clampRanges,
  type InstantRange,
  intersectRanges,
  isEmptyRange,
  mergeRanges,
  overlapsAnyOf,
  rangeContains,
  rangesOverlap,
  subtractRanges,
} from '../../../src/domain/calendar/ranges';

// Ranges on one UTC day written as 'HH:MM-HH:MM', so that each table row reads like a diary.
const DAY = '2026-01-05';
function r(text: string): InstantRange {
  const [from, to] = text.split('-');
  return { start: Date.parse(`${DAY}T${from}:00Z`), end: Date.parse(`${DAY}T${to}:00Z`) };
}
function rs(...texts: string[]): InstantRange[] {
  return texts.map(r);
}

describe('mergeRanges', () => {
  it.each<[string, InstantRange[], InstantRange[]]>([
    ['nothing', [], []],
    ['one range', rs('09:00-10:00'), rs('09:00-10:00')],
    ['disjoint, out of order', rs('11:00-12:00', '09:00-10:00'), rs('09:00-10:00', '11:00-12:00')],
    ['overlapping', rs('09:00-10:30', '10:00-11:00'), rs('09:00-11:00')],
    ['touching ends join', rs('09:00-10:00', '10:00-11:00'), rs('09:00-11:00')],
    ['one inside another', rs('09:00-12:00', '10:00-11:00'), rs('09:00-12:00')],
    ['empty and reversed ranges dropped', rs('09:00-09:00', '11:00-10:00', '13:00-14:00'), rs('13:00-14:00')],
    ['a chain', rs('13:00-14:00', '09:00-10:00', '09:30-13:30'), rs('09:00-14:00')],
  ])('%s', (_name, input, expected) => {
    expect(mergeRanges(input)).toEqual(expected);
  });
});

describe('subtractRanges', () => {
  it.each<[string, InstantRange[], InstantRange[], InstantRange[]]>([
    ['nothing removed', rs('09:00-12:00'), [], rs('09:00-12:00')],
    ['hole in the middle', rs('09:00-12:00'), rs('10:00-11:00'), rs('09:00-10:00', '11:00-12:00')],
    ['cut at the start', rs('09:00-12:00'), rs('08:00-10:00'), rs('10:00-12:00')],
    ['cut at the end', rs('09:00-12:00'), rs('11:00-13:00'), rs('09:00-11:00')],
    ['removed entirely', rs('09:00-12:00'), rs('08:00-13:00'), []],
    ['exactly the same range', rs('09:00-12:00'), rs('09:00-12:00'), []],
    ['touching removal leaves it whole', rs('09:00-12:00'), rs('12:00-13:00'), rs('09:00-12:00')],
    [
      'several holes',
      rs('09:00-17:00'),
      rs('10:00-11:00', '12:30-13:30', '16:00-18:00'),
      rs('09:00-10:00', '11:00-12:30', '13:30-16:00'),
    ],
    [
      'one removal across two ranges',
      rs('09:00-12:00', '13:00-17:00'),
      rs('11:00-14:00'),
      rs('09:00-11:00', '14:00-17:00'),
    ],
    [
      'overlapping removals',
      rs('09:00-17:00'),
      rs('10:00-12:00', '11:00-13:00'),
      rs('09:00-10:00', '13:00-17:00'),
    ],
  ])('%s', (_name, from, remove, expected) => {
    expect(subtractRanges(from, remove)).toEqual(expected);
  });
});

describe('intersectRanges', () => {
  it.each<[string, InstantRange[], InstantRange[], InstantRange[]]>([
    ['either side empty', rs('09:00-12:00'), [], []],
    ['disjoint', rs('09:00-10:00'), rs('11:00-12:00'), []],
    ['touching only', rs('09:00-10:00'), rs('10:00-11:00'), []],
    ['partial overlap', rs('09:00-12:00'), rs('11:00-13:00'), rs('11:00-12:00')],
    ['contained', rs('08:00-18:30'), rs('09:00-12:30'), rs('09:00-12:30')],
    [
      'many against one',
      rs('07:00-09:00', '10:00-11:00', '18:00-19:00'),
      rs('08:00-18:30'),
      rs('08:00-09:00', '10:00-11:00', '18:00-18:30'),
    ],
    ['one against touching windows', rs('17:00-20:00'), rs('08:00-18:30', '18:30-20:00'), rs('17:00-20:00')],
  ])('%s', (_name, a, b, expected) => {
    expect(intersectRanges(a, b)).toEqual(expected);
    expect(intersectRanges(b, a)).toEqual(expected);
  });
});

describe('clampRanges', () => {
  it.each<[string, InstantRange[], InstantRange, InstantRange[]]>([
    ['inside stays', rs('10:00-11:00'), r('09:00-17:00'), rs('10:00-11:00')],
    ['cut both ends', rs('07:00-09:30', '16:30-19:00'), r('09:00-17:00'), rs('09:00-09:30', '16:30-17:00')],
    ['outside dropped', rs('06:00-07:00', '18:00-19:00'), r('09:00-17:00'), []],
    [
      'overlapping ranges are not merged',
      rs('09:00-11:00', '10:00-12:00'),
      r('09:00-17:00'),
      rs('09:00-11:00', '10:00-12:00'),
    ],
  ])('%s', (_name, ranges, bounds, expected) => {
    expect(clampRanges(ranges, bounds)).toEqual(expected);
  });
});

describe('predicates', () => {
  it.each<[string, InstantRange, InstantRange, boolean]>([
    ['overlap', r('09:00-10:00'), r('09:30-10:30'), true],
    ['touching', r('09:00-10:00'), r('10:00-11:00'), false],
    ['inside', r('09:00-12:00'), r('10:00-11:00'), true],
    ['empty never overlaps', r('09:00-12:00'), r('10:00-10:00'), false],
  ])('rangesOverlap: %s', (_name, a, b, expected) => {
    expect(rangesOverlap(a, b)).toBe(expected);
    expect(rangesOverlap(b, a)).toBe(expected);
  });

  it.each<[string, InstantRange, InstantRange, boolean]>([
    ['same range', r('09:00-10:00'), r('09:00-10:00'), true],
    ['inside', r('09:00-12:00'), r('10:00-11:00'), true],
    ['runs past the end', r('09:00-12:00'), r('11:30-12:15'), false],
    ['starts before', r('09:00-12:00'), r('08:45-09:30'), false],
    ['empty is not contained', r('09:00-12:00'), r('10:00-10:00'), false],
  ])('rangeContains: %s', (_name, outer, inner, expected) => {
    expect(rangeContains(outer, inner)).toBe(expected);
  });

  it.each<[string, InstantRange, boolean]>([
    ['positive length', r('09:00-10:00'), false],
    ['zero length', r('09:00-09:00'), true],
    ['reversed', r('10:00-09:00'), true],
  ])('isEmptyRange: %s', (_name, range, expected) => {
    expect(isEmptyRange(range)).toBe(expected);
  });
});

describe('overlapsAnyOf', () => {
  it.each([
    ['10:00-11:00', ['09:00-10:00', '11:00-12:00'], false],
    ['10:00-11:00', ['09:00-10:01'], true],
    ['10:00-11:00', ['10:59-12:00'], true],
    ['10:00-11:00', ['08:00-18:00'], true],
    ['10:00-11:00', ['10:15-10:45'], true],
    // A long range early in the list still reaches past later short ones.
    ['15:00-16:00', ['08:00-17:00', '09:00-09:30', '12:00-12:30'], true],
    ['10:00-11:00', ['10:30-10:30'], false],
    ['10:00-11:00', [], false],
  ])('%s against %j is %s', (probe, ranges, expected) => {
    expect(overlapsAnyOf(rs(...ranges))(r(probe))).toBe(expected);
  });

  it('answers as a pass over every range does, for lists in any order', () => {
    // A fixed pseudo-random sequence, so that the lists are the same on every run.
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const minute = 60_000;
    const range = (): InstantRange => {
      const start = Math.floor(next() * 600) * minute;
      return { start, end: start + Math.floor(next() * 90 - 5) * minute };
    };
    let differences = 0;
    let overlaps = 0;
    for (let list = 0; list < 200; list += 1) {
      const ranges = Array.from({ length: Math.floor(next() * 20) }, range);
      const isTaken = overlapsAnyOf(ranges);
      for (let probe = 0; probe < 50; probe += 1) {
        const session = range();
        const expected = ranges.some((taken) => rangesOverlap(taken, session));
        if (expected) overlaps += 1;
        if (isTaken(session) !== expected) differences += 1;
      }
    }
    expect(differences).toBe(0);
    // Both answers were asked for many times.
    expect(overlaps).toBeGreaterThan(1000);
    expect(overlaps).toBeLessThan(9000);
  });
});
