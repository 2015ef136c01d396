import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { plainWords } from '../../src/understanding/plainWords';

/** What the patient did with the suggestions shown: by card button or by typing. */
export type SuggestionAnswer =
  | { action: 'interested' | 'moreInfo'; offerId: string }
  | { action: 'otherOptions' | 'book' | 'done' }
  | { action: 'unknownOffer' };

/** A card submit is untrusted input: only this shape is accepted. */
const cardSubmit = z.object({
  signpost: z.literal('suggestion'),
  action: z.enum(['interested', 'moreInfo', 'otherOptions', 'book', 'done']),
  offerId: z.string().max(200).optional(),
});

export interface SuggestionWords {
  otherOptions: readonly string[];
  book: readonly string[];
  done: readonly string[];
  moreInfo: readonly string[];
}

/**
 * Reads a card submit or a typed answer. `shown` is the offers on screen, in the order numbered: an
 * offer id that was not shown is refused (`unknownOffer`), whatever a crafted submit says.
 */
export function readSuggestionAnswer(
  activity: Partial<Activity>,
  shown: readonly { id: string; name: string }[],
  words: SuggestionWords,
): SuggestionAnswer | undefined {
  const submitted = cardSubmit.safeParse(activity.value);
  if (submitted.success) {
    const { action, offerId } = submitted.data;
    if (action === 'interested' || action === 'moreInfo') {
      return offerId && shown.some((offer) => offer.id === offerId)
        ? { action, offerId }
        : { action: 'unknownOffer' };
    }
    return { action };
  }
  if (activity.value !== undefined && !activity.text) return { action: 'unknownOffer' };

  const said = plainWords(activity.text ?? '');
  if (!said) return undefined;
  const is = (list: readonly string[]) => list.some((phrase) => plainWords(phrase) === said);
  if (is(words.otherOptions)) return { action: 'otherOptions' };
  if (is(words.book)) return { action: 'book' };
  if (is(words.done)) return { action: 'done' };

  // "2", "more 2", "tell me more about 2", or an offer's name.
  const number = /(\d+)\s*$/.exec(said);
  const wantsMore = words.moreInfo.some((phrase) => said.startsWith(plainWords(phrase)));
  if (number) {
    const index = Number(number[1]) - 1;
    const offer = shown[index];
    if (!offer) return { action: 'unknownOffer' };
    return { action: wantsMore ? 'moreInfo' : 'interested', offerId: offer.id };
  }
  const byName = shown.find((offer) => said.includes(plainWords(offer.name)));
  if (byName) return { action: wantsMore ? 'moreInfo' : 'interested', offerId: byName.id };
  return undefined;
}
