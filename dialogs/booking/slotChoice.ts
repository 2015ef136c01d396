import type { WhenPreference } from '../../src/domain/booking/whenPreference';
import { UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import { readChoice } from '../../src/understanding/choice';
import { readWhen } from '../../src/understanding/when/readWhen';
import { offerSubmitSchema } from './offerCard';

/** What a patient did with a list of offered slots. */
export type SlotChoice =
  | { kind: 'pick'; slotId: string }
  | { kind: 'more' }
  | { kind: 'otherDay' }
  /** They named another day or time instead of picking ("what about Friday?"). */
  | { kind: 'when'; when: WhenPreference };

export type SlotChoiceProblem =
  /** A slot, by button or number, that was not in the list: refused politely. */
  'notOffered' | 'notUnderstood';

export type SlotChoiceResult = { ok: true; choice: SlotChoice } | { ok: false; problem: SlotChoiceProblem };

export interface ReadSlotChoiceInput {
  readonly text: string | undefined;
  /** A card submit's value: untrusted, whatever the client sent. */
  readonly value: unknown;
  /** The offered slot ids, in the order they were numbered. */
  readonly offered: readonly string[];
  /** How each offered slot was described ("Tuesday 8 December at 10am with Amara Okafor"), in order. */
  readonly labels?: readonly string[];
  readonly words: { readonly more: readonly string[]; readonly otherDay: readonly string[] };
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
  const reading = readChoice({
    text,
    locale: input.locale,
    options: [
      ...input.offered.map((_id, index) => ({ label: input.labels?.[index] ?? '' })),
      { label: moreLabel, words: moreWords, numbered: false },
      { label: otherDayLabel, words: otherDayWords, numbered: false },
    ],
  });
  const { value } = reading;
  if (value.kind === 'notOffered') return { ok: false, problem: 'notOffered' };
  if (value.kind === 'none') return { ok: true, choice: { kind: 'more' } };
  if (value.kind === 'option') {
    const slotId = input.offered[value.index];
    if (slotId !== undefined) return { ok: true, choice: { kind: 'pick', slotId } };
    return { ok: true, choice: { kind: value.index === input.offered.length ? 'more' : 'otherDay' } };
  }

  const { outcome } = readWhen({
    text: input.text ?? '',
    locale: input.locale,
    referenceDate: input.now,
    timeZone: UK_TIME_ZONE,
  });
  if (outcome.kind === 'when' || outcome.kind === 'holiday' || outcome.kind === 'beyond')
    return { ok: true, choice: { kind: 'when', when: outcome.when } };
  return { ok: false, problem: 'notUnderstood' };
}
