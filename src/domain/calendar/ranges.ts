/**
 * A small algebra of half-open ranges of instants, [start, end) in epoch milliseconds (UTC).
 *
 * Half-open so that a session ending at 10:00 and one starting at 10:00 touch but do not overlap, and
 * epoch numbers so that no zone can creep in: wall-clock questions are answered before a range is made
 * (see wallClock.ts). Every function returns a new, sorted list of non-empty ranges.
 */
export interface InstantRange {
  readonly start: number;
  readonly end: number;
}

export function isEmptyRange(range: InstantRange): boolean {
  return !(range.end > range.start);
}

export function rangesOverlap(a: InstantRange, b: InstantRange): boolean {
  return a.start < b.end && b.start < a.end && !isEmptyRange(a) && !isEmptyRange(b);
}

/**
 * Whether a range overlaps any of `ranges`, asked many times of the same list: the list is sorted once,
 * so each question costs a binary search instead of a pass over the whole list (a worker's diary
 * checked against each of their bookings grew with the square of a busy fortnight).
 */
export function overlapsAnyOf(ranges: readonly InstantRange[]): (range: InstantRange) => boolean {
  const sorted = ranges.filter((range) => !isEmptyRange(range)).sort((a, b) => a.start - b.start);
  // The latest end among the first i+1 ranges: a range before the probe's end overlaps it when any of
  // them ends after the probe starts.
  const reach: number[] = [];
  let latest = Number.NEGATIVE_INFINITY;
  for (const range of sorted) {
    latest = Math.max(latest, range.end);
    reach.push(latest);
  }
  return (probe) => {
    if (isEmptyRange(probe)) return false;
    // The number of ranges that start before the probe ends.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle]?.start ?? Number.POSITIVE_INFINITY) < probe.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (reach[low - 1] ?? Number.NEGATIVE_INFINITY) > probe.start;
  };
}

export function rangeContains(outer: InstantRange, inner: InstantRange): boolean {
  return !isEmptyRange(inner) && outer.start <= inner.start && inner.end <= outer.end;
}

function sortedNonEmpty(ranges: readonly InstantRange[]): InstantRange[] {
  return ranges.filter((range) => !isEmptyRange(range)).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Sorts and joins ranges that overlap or touch. */
export function mergeRanges(ranges: readonly InstantRange[]): InstantRange[] {
  const merged: InstantRange[] = [];
  for (const range of sortedNonEmpty(ranges)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    } else {
      merged.push({ start: range.start, end: range.end });
    }
  }
  return merged;
}

/** What is left of `from` once every range in `remove` is taken out. */
export function subtractRanges(
  from: readonly InstantRange[],
  remove: readonly InstantRange[],
): InstantRange[] {
  const cuts = mergeRanges(remove);
  const left: InstantRange[] = [];
  for (const range of mergeRanges(from)) {
    let cursor = range.start;
    for (const cut of cuts) {
      if (cut.end <= cursor) continue;
      if (cut.start >= range.end) break;
      if (cut.start > cursor) left.push({ start: cursor, end: cut.start });
      cursor = Math.max(cursor, cut.end);
      if (cursor >= range.end) break;
    }
    if (cursor < range.end) left.push({ start: cursor, end: range.end });
  }
  return left;
}

/** The instants that lie in both lists. */
export function intersectRanges(a: readonly InstantRange[], b: readonly InstantRange[]): InstantRange[] {
  const left = mergeRanges(a);
  const right = mergeRanges(b);
  const both: InstantRange[] = [];
  let i = 0;
  let j = 0;
  let l = left[i];
  let r = right[j];
  while (l !== undefined && r !== undefined) {
    const start = Math.max(l.start, r.start);
    const end = Math.min(l.end, r.end);
    if (start < end) both.push({ start, end });
    if (l.end < r.end) {
      i += 1;
      l = left[i];
    } else {
      j += 1;
      r = right[j];
    }
  }
  return both;
}

/** Cuts every range to `bounds`, dropping those wholly outside. Unlike intersect, it does not merge. */
export function clampRanges(ranges: readonly InstantRange[], bounds: InstantRange): InstantRange[] {
  return sortedNonEmpty(
    ranges.map((range) => ({
      start: Math.max(range.start, bounds.start),
      end: Math.min(range.end, bounds.end),
    })),
  );
}
