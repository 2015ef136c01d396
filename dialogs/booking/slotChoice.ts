import {
  anyTimePreference,
  instantFits,
  namesATime,
  type WhenPreference,
} from '../../src/domain/booking/whenPreference';
import { UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import { analyse } from '../../src/understanding/frontEnd';
import { asksSomething, readChoice } from '../../src/understanding/choice';
import { readWhenPhrases } from '../../src/understanding/when/grammar';
import { readWhen } from '../../src/understanding/when/readWhen';
import { readWorkerName, type NamedWorker } from '../../src/understanding/workerName';
import type { MeetingMode } from '../../src/services/ports';
import { offerSubmitSchema } from './offerCard';

/** What a patient did with a list of offered slots. */
export type SlotChoice =
  /** A slot, and perhaps how they want to meet in it ("the 2nd one by phone"). */
  | { kind: 'pick'; slotId: string; mode?: MeetingMode }
  | { kind: 'more' }
  | { kind: 'otherDay' }
  /**
   * They named another day or time instead of picking ("what about Friday?"), and perhaps a way of
   * meeting with it ("asap by phone please"), which the new search keeps, or a link worker whose
   * times were not on the list ("with Amara please"): their earliest, or theirs at the time named.
   */
  | { kind: 'when'; when: WhenPreference; mode?: MeetingMode; worker?: string };

export type SlotChoiceProblem =
  /** A slot, by button or number, that was not in the list: refused politely. */
  | 'notOffered'
  | 'notUnderstood'
  /** A question about how the times are held ("is the first one by phone?"): chosen after the time. */
  | 'asksMode';

export type SlotChoiceResult = { ok: true; choice: SlotChoice } | { ok: false; problem: SlotChoiceProblem };

export interface ReadSlotChoiceInput {
  readonly text: string | undefined;
  /** A card submit's value: untrusted, whatever the client sent. */
  readonly value: unknown;
  /** The offered slot ids, in the order they were numbered. */
  readonly offered: readonly string[];
  /** How each offered slot was described ("Tuesday 8 December at 10am with Amara Okafor"), in order. */
  readonly labels?: readonly string[];
  /** When each offered slot starts (ISO instants), in order: "Friday", "half 2" or "earliest" pick one. */
  readonly starts?: readonly string[];
  readonly words: { readonly more: readonly string[]; readonly otherDay: readonly string[] };
  /** The practice's link workers: one asked for by name is looked for, not read as a day. */
  readonly workers?: readonly NamedWorker[];
  readonly locale: string;
  readonly now: Date;
}

export function readSlotChoice(input: ReadSlotChoiceInput): SlotChoiceResult {
  if (input.value !== undefined && input.value !== null) {
    const submit = offerSubmitSchema.safeParse(input.value);
    if (!submit.success) return { ok: false, problem: 'notUnderstood' };
    if (submit.data.action === 'moreSlots') return { ok: true, choice: { kind: 'more' } };
    if (submit.data.action === 'otherDay') return { ok: true, choice: { kind: 'otherDay' } };
    return input.offered.includes(submit.data.slotId)
      ? { ok: true, choice: { kind: 'pick', slotId: submit.data.slotId } }
      : { ok: false, problem: 'notOffered' };
  }

  const text = input.text ?? '';
  if (!text.trim()) return { ok: false, problem: 'notUnderstood' };
  // "2", "the 2nd", "the Tuesday one", "the one with Tom", "show me more", "another day".
  const [moreLabel = 'more', ...moreWords] = input.words.more;
  const [otherDayLabel = 'another day', ...otherDayWords] = input.words.otherDay;
  const analysed = analyse(text, input.locale);
  // "Is it in person?", "which one is by phone": a question about the times shown, read once.
  const asking = /\?\s*$/.test(text) || asksSomething(analysed, input.locale);
  const reading = readChoice({
    text,
    analysed,
    locale: input.locale,
    options: [
      ...input.offered.map((_id, index) => ({ label: input.labels?.[index] ?? '' })),
      { label: moreLabel, words: moreWords, numbered: false },
      { label: otherDayLabel, words: otherDayWords, numbered: false },
    ],
  });
  const { value } = reading;
  if (value.kind === 'none') return { ok: true, choice: { kind: 'more' } };
  if (value.kind !== 'option' && value.kind !== 'any') {
    const withMode = modeSaidWithPick(input, text, asking);
    if (withMode) return withMode;
  }
  if (value.kind === 'option') {
    const slotId = input.offered[value.index];
    if (slotId !== undefined) return { ok: true, choice: { kind: 'pick', slotId } };
    return { ok: true, choice: { kind: value.index === input.offered.length ? 'more' : 'otherDay' } };
  }
  // "Any of them", "you pick": the earliest.
  if (value.kind === 'any') return pickEarliest(input, allOffered(input));

  const { outcome, mode } = readWhen({
    text: input.text ?? '',
    locale: input.locale,
    referenceDate: input.now,
    timeZone: UK_TIME_ZONE,
  });
  // "With Amara please", "can I see Tom instead": that worker's times are looked for, at the time
  // named with them or the earliest. "The one with Tom", when Tom's time is listed, was a pick above.
  const worker = input.workers && readWorkerName(text, input.workers, input.locale);
  if (worker) {
    const named = outcome.kind === 'when' || outcome.kind === 'holiday' || outcome.kind === 'beyond';
    const when = named ? outcome.when : { ...anyTimePreference(UK_TIME_ZONE), asap: true };
    return { ok: true, choice: { kind: 'when', when, worker, ...(mode === null ? {} : { mode }) } };
  }
  if (outcome.kind === 'when' || outcome.kind === 'holiday' || outcome.kind === 'beyond') {
    const { when } = outcome;
    // "Is it in person?" asks about the times shown; it names no other time.
    if (!namesATime(when) && (mode !== null || !when.asap) && asking)
      return { ok: false, problem: 'notUnderstood' };
    // "Earliest", "next available": the earliest on the list.
    if (!namesATime(when) && when.asap && mode === null) return pickEarliest(input, allOffered(input));
    // "Friday", "half 2", "the 8th": the one time on the list it fits. When several fit ("mornings"),
    // the times are looked for again with what they said.
    // A question ("when am I seeing her?", "what about Friday?") picks nothing by itself.
    const fitting = namesATime(when) && !asking ? fittingSlots(input, when) : [];
    const [only] = fitting;
    if (fitting.length === 1 && only !== undefined) return pickEarliest(input, [only]);
    return { ok: true, choice: { kind: 'when', when, ...(mode === null ? {} : { mode }) } };
  }
  if (value.kind === 'notOffered') return { ok: false, problem: 'notOffered' };
  return { ok: false, problem: 'notUnderstood' };
}

/**
 * A way of meeting said with a pick ("the 2nd one by phone please": that slot, by phone), or asked
 * about ("can I do it in person?", "is the first one by phone"): the way is chosen after the time, so
 * the question is answered rather than read as a day ("the first" of a month).
 */
function modeSaidWithPick(
  input: ReadSlotChoiceInput,
  text: string,
  asking: boolean,
): SlotChoiceResult | undefined {
  const modes = readWhenPhrases(text).found.flatMap((item) =>
    item.phrase.kind === 'mode' ? [{ mode: item.phrase.mode, start: item.start, end: item.end }] : [],
  );
  const [first] = modes;
  if (first === undefined || modes.some((item) => item.mode !== first.mode)) return undefined;
  if (asking) return { ok: false, problem: 'asksMode' };
  let rest = text;
  for (const item of [...modes].reverse()) rest = `${rest.slice(0, item.start)} ${rest.slice(item.end)}`;
  if (!rest.trim()) return undefined;
  const again = readChoice({
    text: rest,
    locale: input.locale,
    options: input.offered.map((_id, index) => ({ label: input.labels?.[index] ?? '' })),
  });
  const slotId = again.value.kind === 'option' ? input.offered[again.value.index] : undefined;
  return slotId === undefined ? undefined : { ok: true, choice: { kind: 'pick', slotId, mode: first.mode } };
}

const allOffered = (input: ReadSlotChoiceInput): number[] => input.offered.map((_id, index) => index);

const startOf = (input: ReadSlotChoiceInput, index: number): number | undefined => {
  const start = input.starts?.[index];
  const instant = start === undefined ? NaN : Date.parse(start);
  return Number.isNaN(instant) ? undefined : instant;
};

/** The offered slots (by index) that start at a time the words fit. */
function fittingSlots(input: ReadSlotChoiceInput, when: WhenPreference): number[] {
  return input.offered.flatMap((_id, index) => {
    const start = startOf(input, index);
    return start !== undefined && instantFits(when, start) ? [index] : [];
  });
}

/** The earliest of these offered slots (the first listed when their times are not known). */
function pickEarliest(input: ReadSlotChoiceInput, indexes: readonly number[]): SlotChoiceResult {
  let best: number | undefined;
  for (const index of indexes) {
    if (best === undefined) best = index;
    else if ((startOf(input, index) ?? Infinity) < (startOf(input, best) ?? Infinity)) best = index;
  }
  const slotId = best === undefined ? undefined : input.offered[best];
  return slotId === undefined
    ? { ok: false, problem: 'notUnderstood' }
    : { ok: true, choice: { kind: 'pick', slotId } };
}
