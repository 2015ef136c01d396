import { recognizeChoices } from 'botbuilder-dialogs';
import type { WhenPreference } from '../../src/domain/booking/whenPreference';
import { UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import { itemAt } from '../../src/domain/lists';
import { normaliseCommandText } from '../../src/understanding/commands';
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
  readonly words: { readonly more: readonly string[]; readonly otherDay: readonly string[] };
  readonly locale: string;
  readonly now: Date;
}

const NUMBERED = /^(?:number |option |no )?(\d{1,2})$/;
// Ordinals only in short answers ("the second one"), so "first Monday in December" stays a date.
const MAX_ORDINAL_WORDS = 3;

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

  const said = normaliseCommandText(input.text ?? '');
  if (!said) return { ok: false, problem: 'notUnderstood' };
  const numbered = NUMBERED.exec(said);
  if (numbered) {
    const slotId = input.offered[Number(numbered[1]) - 1];
    return slotId ? { ok: true, choice: { kind: 'pick', slotId } } : { ok: false, problem: 'notOffered' };
  }
  const matches = (phrases: readonly string[]) =>
    phrases.some((phrase) => normaliseCommandText(phrase) === said);
  if (matches(input.words.more)) return { ok: true, choice: { kind: 'more' } };
  if (matches(input.words.otherDay)) return { ok: true, choice: { kind: 'otherDay' } };

  if (said.split(' ').length <= MAX_ORDINAL_WORDS) {
    const positions = input.offered.map((_, index) => String(index + 1));
    const [found] = recognizeChoices(said, positions, { locale: input.locale, recognizeNumbers: false });
    if (found) {
      const slotId = itemAt(input.offered, found.resolution.index, 'the slot id of an ordinal');
      return { ok: true, choice: { kind: 'pick', slotId } };
    }
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
