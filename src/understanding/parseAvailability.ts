// When a patient is free, from answers such as "weekday mornings", "not Fridays", "Tuesday and Thursday
// afternoons", "after 2pm on weekdays": a set of weekday × part-of-day windows and the days ruled out.
// No dates: the booking layer intersects this with real diaries.
import {
  PARTS_OF_DAY,
  PART_OF_DAY_HOURS,
  WEEKDAYS,
  type Availability,
  type AvailabilityWindow,
  type PartOfDay,
  type Weekday,
} from '../domain/needs/preferences';
import { findClockConstraints, fromClock, toClock, DAY_END, DAY_START, type MinuteRange } from './clock';
import { repliesFor, type ReplyLexicon } from './lexicon';
import { SKIPPED, notUnderstood, understood, type Understood } from './result';
import { DEFAULT_CULTURE, MAX_ANSWER_LENGTH, canonical, isSkipAnswer, tagPhrases } from './text';

export type AvailabilityReason = 'notUnderstood' | 'nothingLeft';
export type AvailabilityResult = Understood<Availability, AvailabilityReason>;

export interface ParseAvailabilityInput {
  readonly text: string;
  readonly locale?: string;
}

type Tag =
  | { readonly kind: 'days'; readonly days: readonly Weekday[] }
  | { readonly kind: 'parts'; readonly parts: readonly PartOfDay[] }
  | { readonly kind: 'time'; readonly range: MinuteRange }
  | { readonly kind: 'rangeJoiner' }
  | { readonly kind: 'excludeBefore' }
  | { readonly kind: 'excludeAfter' };

type ItemKind = 'days' | 'parts' | 'time';

interface Group {
  readonly days: Set<Weekday>;
  readonly parts: Set<PartOfDay>;
  readonly times: MinuteRange[];
  lastKind?: ItemKind;
}

const newGroup = (): Group => ({ days: new Set(), parts: new Set(), times: [] });
const isComplete = (group: Group): boolean =>
  group.days.size > 0 && (group.parts.size > 0 || group.times.length > 0);
const isEmpty = (group: Group): boolean =>
  group.days.size === 0 && group.parts.size === 0 && group.times.length === 0;

function minutesOf(clock: string | undefined, fallback: number): number {
  return clock === undefined ? fallback : fromClock(clock);
}

function tagGroups(replies: ReplyLexicon): { tag: Tag; phrases: readonly string[] }[] {
  const words = replies.availability;
  return [
    ...WEEKDAYS.map((day) => ({ tag: { kind: 'days', days: [day] } as Tag, phrases: words.days[day] })),
    { tag: { kind: 'days', days: WEEKDAYS.slice(0, 5) }, phrases: words.weekdays },
    { tag: { kind: 'days', days: WEEKDAYS.slice(5) }, phrases: words.weekend },
    { tag: { kind: 'days', days: [...WEEKDAYS] }, phrases: words.everyDay },
    ...PARTS_OF_DAY.map((part) => ({
      tag: { kind: 'parts', parts: [part] } as Tag,
      phrases: words.parts[part],
    })),
    { tag: { kind: 'parts', parts: ['morning', 'afternoon'] }, phrases: words.daytime },
    { tag: { kind: 'parts', parts: [...PARTS_OF_DAY] }, phrases: words.anyTime },
    ...words.namedTimes.map((named) => ({
      tag: {
        kind: 'time',
        range: { start: minutesOf(named.start, DAY_START), end: minutesOf(named.end, DAY_END) },
      } as Tag,
      phrases: [named.phrase],
    })),
    { tag: { kind: 'rangeJoiner' }, phrases: words.rangeJoiners },
    { tag: { kind: 'excludeBefore' }, phrases: words.exclusionBefore },
    { tag: { kind: 'excludeAfter' }, phrases: words.exclusionAfter },
  ];
}

/** Monday to Friday, or Friday round to Monday. */
function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const start = WEEKDAYS.indexOf(from);
  const length = ((WEEKDAYS.indexOf(to) - start + 7) % 7) + 1;
  return Array.from({ length }, (_, i) => WEEKDAYS[(start + i) % 7] as Weekday);
}

interface Positioned {
  /** Sort key: token index, with clock times just before the token they precede. */
  readonly at: number;
  readonly tag: Tag | { readonly kind: 'punctuation' } | { readonly kind: 'other'; readonly word: string };
  /** Raw text between this item and the next: a dash there makes a range ("Mon-Fri"). */
  readonly dashAfter: boolean;
}

function itemsOf(text: string, locale: string, replies: ReplyLexicon): Positioned[] {
  const { constraints, rest } = findClockConstraints(text.toLowerCase(), replies.availability);
  const normalised = canonical(rest, locale);
  const spans = tagPhrases(normalised, tagGroups(replies));
  const items: Positioned[] = [];
  const covered = new Set<number>();
  const dashBetween = (end: number, next: number): boolean => /[-–—]/.test(text.slice(end, next));
  for (const span of spans) {
    const last = normalised.tokens[span.last];
    const next = normalised.tokens[span.last + 1];
    items.push({
      at: span.first,
      tag: span.tag,
      dashAfter: last !== undefined && next !== undefined && dashBetween(last.end, next.start),
    });
    for (let i = span.first; i <= span.last; i += 1) covered.add(i);
  }
  normalised.tokens.forEach((token, index) => {
    if (covered.has(index)) return;
    items.push({
      at: index,
      tag: token.punctuation ? { kind: 'punctuation' } : { kind: 'other', word: token.text },
      dashAfter: false,
    });
  });
  for (const constraint of constraints) {
    const index = normalised.tokens.findIndex((token) => token.start >= constraint.from);
    items.push({
      at: (index === -1 ? normalised.tokens.length : index) - 0.5,
      tag: { kind: 'time', range: constraint.range },
      dashAfter: false,
    });
  }
  return items.sort((a, b) => a.at - b.at);
}

interface Collected {
  readonly positive: Group[];
  readonly excluded: Group[];
  readonly recognised: boolean;
}

function collect(items: readonly Positioned[], replies: ReplyLexicon): Collected {
  const continuers = new Set(replies.availability.continuers);
  const positive: Group[] = [];
  const excluded: Group[] = [];
  let excluding: Group | undefined;
  // Items since the last clause break, moved to the exclusions by "… are no good".
  let recent: { group: Group; kind: ItemKind; value: Tag }[] = [];
  let recognised = false;
  let pendingRangeFrom: Weekday | undefined;

  const addTo = (group: Group, tag: Tag): void => {
    if (tag.kind === 'days') tag.days.forEach((day) => group.days.add(day));
    else if (tag.kind === 'parts') tag.parts.forEach((part) => group.parts.add(part));
    else if (tag.kind === 'time') group.times.push(tag.range);
  };
  const positiveGroupFor = (kind: ItemKind): Group => {
    const current = positive[positive.length - 1];
    const startsNew =
      current === undefined ||
      (isComplete(current) &&
        current.lastKind !== kind &&
        !(kind === 'time' && current.times.length === 0) &&
        !(kind === 'parts' && current.parts.size === 0));
    if (!startsNew && current) return current;
    const group = newGroup();
    positive.push(group);
    return group;
  };

  items.forEach((item, index) => {
    const { tag } = item;
    switch (tag.kind) {
      case 'days':
      case 'parts':
      case 'time': {
        recognised = true;
        let value: Tag = tag;
        if (tag.kind === 'days' && pendingRangeFrom && tag.days.length === 1 && tag.days[0]) {
          value = { kind: 'days', days: dayRange(pendingRangeFrom, tag.days[0]) };
        }
        pendingRangeFrom = undefined;
        if (tag.kind === 'days' && tag.days.length === 1 && item.dashAfter) pendingRangeFrom = tag.days[0];
        const group = excluding ?? positiveGroupFor(tag.kind);
        addTo(group, value);
        group.lastKind = tag.kind;
        if (!excluding) recent.push({ group, kind: tag.kind, value });
        return;
      }
      case 'rangeJoiner': {
        const previous = items[index - 1]?.tag;
        if (previous?.kind === 'days' && previous.days.length === 1) pendingRangeFrom = previous.days[0];
        return;
      }
      case 'excludeBefore':
        excluding = newGroup();
        excluded.push(excluding);
        return;
      case 'excludeAfter': {
        // "Fridays are no good": what was just said is ruled out, not offered.
        const ruledOut = newGroup();
        for (const entry of recent) {
          addTo(ruledOut, entry.value);
          if (entry.value.kind === 'days') entry.value.days.forEach((day) => entry.group.days.delete(day));
          if (entry.value.kind === 'parts')
            entry.value.parts.forEach((part) => entry.group.parts.delete(part));
          if (entry.value.kind === 'time')
            entry.group.times.splice(entry.group.times.indexOf(entry.value.range), 1);
        }
        if (!isEmpty(ruledOut)) excluded.push(ruledOut);
        recent = [];
        return;
      }
      case 'punctuation':
        excluding = undefined;
        recent = [];
        return;
      case 'other': {
        if (continuers.has(tag.word)) return;
        // "any day BUT Friday": "but" straight before a day or time rules it out.
        const next = items[index + 1]?.tag;
        if (tag.word === 'but' && next && (next.kind === 'days' || next.kind === 'parts')) {
          excluding = newGroup();
          excluded.push(excluding);
          return;
        }
        excluding = undefined;
        if (tag.word === 'but') recent = [];
        return;
      }
    }
  });
  return {
    positive: positive.filter((group) => !isEmpty(group)),
    excluded: excluded.filter((g) => !isEmpty(g)),
    recognised,
  };
}

function intersect(ranges: readonly MinuteRange[]): MinuteRange {
  return ranges.reduce(
    (acc, range) => ({ start: Math.max(acc.start, range.start), end: Math.min(acc.end, range.end) }),
    { start: DAY_START, end: DAY_END },
  );
}

function windowsOf(collected: Collected): Availability {
  const excludedDays = new Set<Weekday>();
  const excludedParts = new Set<PartOfDay>();
  const excludedPairs = new Set<string>();
  for (const group of collected.excluded) {
    if (group.days.size > 0 && group.parts.size > 0) {
      group.days.forEach((day) => group.parts.forEach((part) => excludedPairs.add(`${day}:${part}`)));
    } else if (group.days.size > 0) group.days.forEach((day) => excludedDays.add(day));
    else group.parts.forEach((part) => excludedParts.add(part));
  }
  const positive = collected.positive.length > 0 ? collected.positive : [newGroup()];
  const byKey = new Map<string, { day: Weekday; part: PartOfDay; start: number; end: number }>();
  for (const group of positive) {
    const days = group.days.size > 0 ? [...group.days] : [...WEEKDAYS];
    const parts = group.parts.size > 0 ? [...group.parts] : [...PARTS_OF_DAY];
    const range = intersect(group.times);
    for (const day of days) {
      if (excludedDays.has(day)) continue;
      for (const part of parts) {
        if (excludedParts.has(part) || excludedPairs.has(`${day}:${part}`)) continue;
        const bounds = PART_OF_DAY_HOURS[part];
        const start = Math.max(fromClock(bounds.start), range.start);
        const end = Math.min(fromClock(bounds.end), range.end);
        if (start >= end) continue;
        const key = `${day}:${part}`;
        const existing = byKey.get(key);
        byKey.set(
          key,
          existing
            ? { ...existing, start: Math.min(existing.start, start), end: Math.max(existing.end, end) }
            : { day, part, start, end },
        );
      }
    }
  }
  const windows: AvailabilityWindow[] = [...byKey.values()]
    .sort(
      (a, b) =>
        WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) ||
        PARTS_OF_DAY.indexOf(a.part) - PARTS_OF_DAY.indexOf(b.part),
    )
    .map(({ day, part, start, end }) => ({ day, part, start: toClock(start), end: toClock(end) }));
  return { windows, excludedDays: WEEKDAYS.filter((day) => excludedDays.has(day)) };
}

export function parseAvailability({
  text,
  locale = DEFAULT_CULTURE,
}: ParseAvailabilityInput): AvailabilityResult {
  const answer = text.slice(0, MAX_ANSWER_LENGTH);
  if (isSkipAnswer({ text: answer, locale })) return SKIPPED;
  const replies = repliesFor(locale);
  const collected = collect(itemsOf(answer, locale, replies), replies);
  if (!collected.recognised) return notUnderstood('notUnderstood');
  const availability = windowsOf(collected);
  if (availability.windows.length === 0) return notUnderstood('nothingLeft');
  return understood(availability);
}
