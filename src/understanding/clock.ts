// Clock times inside availability answers: "after 2pm", "before 11", "between 10 and 2", "half 2",
// "2.30". Times without am/pm are read as a community activity would be: 1–7 in the afternoon or
// evening, 8–11 in the morning.

export interface ClockWords {
  readonly after: readonly string[];
  readonly afterFollowing: readonly string[];
  readonly before: readonly string[];
  readonly between: readonly string[];
  readonly betweenJoiners: readonly string[];
  readonly hourWords: Readonly<Record<string, number>>;
}

export interface MinuteRange {
  /** Minutes after midnight; start inclusive, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface ClockConstraint {
  /** Offsets in the text searched, end exclusive. */
  readonly from: number;
  readonly to: number;
  readonly range: MinuteRange;
}

export const DAY_START = 0;
export const DAY_END = 24 * 60;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const alternatives = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escape(word).replace(/ /g, '\\s+'))
    .join('|');

const NOT_A_TIME_AFTER =
  '(?!\\s*(?:days?|weeks?|months?|years?|hours?|minutes?|mins?|times?|people|kids|children|of|miles?)\\b)';

function clockSource(words: ClockWords): string {
  const hourWords = alternatives(Object.keys(words.hourWords));
  return (
    `(?:half\\s+)?(?:\\d{1,2}(?:[:.]\\d{2})?|${hourWords})` +
    `(?:\\s*(?:am|pm|a\\.m\\.?|p\\.m\\.?|o'?clock))?${NOT_A_TIME_AFTER}`
  );
}

export function parseClock(text: string, hourWords: Readonly<Record<string, number>>): number | undefined {
  const match =
    /^(half\s+)?(?:(\d{1,2})(?:[:.](\d{2}))?|([a-z]+))(?:\s*(am|pm|a\.m\.?|p\.m\.?|o'?clock))?$/.exec(
      text.trim().toLowerCase(),
    );
  if (!match) return undefined;
  const [, half, digits, minutes, word, suffix] = match;
  let hour = digits !== undefined ? Number(digits) : word !== undefined ? hourWords[word] : undefined;
  if (hour === undefined || hour > 23) return undefined;
  const minute = minutes !== undefined ? Number(minutes) : half ? 30 : 0;
  if (minute > 59) return undefined;
  const meridiem = suffix?.startsWith('p') ? 'pm' : suffix?.startsWith('a') ? 'am' : undefined;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  else if (meridiem === 'am' && hour === 12) hour = 0;
  else if (meridiem === undefined && hour >= 1 && hour <= 7) hour += 12;
  return hour * 60 + minute;
}

/** Finds clock constraints in lower-case text; returns them with the text those matches blanked out. */
export function findClockConstraints(
  text: string,
  words: ClockWords,
): { constraints: ClockConstraint[]; rest: string } {
  const clock = `(${clockSource(words)})`;
  const patterns: { regex: RegExp; toRange: (match: RegExpExecArray) => MinuteRange | undefined }[] = [];
  const at = (value: string | undefined): number | undefined =>
    value === undefined ? undefined : parseClock(value, words.hourWords);
  const between = (match: RegExpExecArray): MinuteRange | undefined => {
    const start = at(match[1]);
    const end = at(match[2]);
    return start !== undefined && end !== undefined && start < end ? { start, end } : undefined;
  };
  patterns.push({
    regex: new RegExp(
      `\\b(?:${alternatives(words.between)})\\s+${clock}\\s*(?:${alternatives(words.betweenJoiners)})\\s*${clock}`,
      'g',
    ),
    toRange: between,
  });
  patterns.push({
    regex: new RegExp(`(?<![\\w:.])${clock}\\s*(?:-|–|till|until|til)\\s*${clock}`, 'g'),
    toRange: between,
  });
  const fromOnly = (match: RegExpExecArray): MinuteRange | undefined => {
    const start = at(match[1]);
    return start === undefined ? undefined : { start, end: DAY_END };
  };
  patterns.push({
    regex: new RegExp(
      `\\b(?:${alternatives(words.after)})\\s+${clock}(?:\\s*(?:${alternatives(words.afterFollowing)}))?`,
      'g',
    ),
    toRange: fromOnly,
  });
  patterns.push({
    regex: new RegExp(`(?<![\\w:.])${clock}\\s*(?:${alternatives(words.afterFollowing)})\\b`, 'g'),
    toRange: fromOnly,
  });
  patterns.push({
    regex: new RegExp(`\\b(?:${alternatives(words.before)})\\s+${clock}`, 'g'),
    toRange: (match) => {
      const end = at(match[1]);
      return end === undefined ? undefined : { start: DAY_START, end };
    },
  });

  const constraints: ClockConstraint[] = [];
  let rest = text;
  for (const { regex, toRange } of patterns) {
    for (let match = regex.exec(rest); match; match = regex.exec(rest)) {
      const range = toRange(match);
      if (!range) continue;
      constraints.push({ from: match.index, to: match.index + match[0].length, range });
      rest =
        rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
    }
  }
  return { constraints: constraints.sort((a, b) => a.from - b.from), rest };
}

export const toClock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function fromClock(clock: string): number {
  const [hours = '0', minutes = '0'] = clock.split(':');
  return Number(hours) * 60 + Number(minutes);
}
