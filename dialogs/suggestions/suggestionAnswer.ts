import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { readSuggestionReply, type SuggestionButton } from '../../src/understanding/suggestionReply';
import type { ReadWhenInput } from '../../src/understanding/when/readWhen';

/** What the patient did with the suggestions shown: by card button or by typing. */
export type SuggestionAnswer =
  | { action: 'interested' | 'moreInfo'; offerId: string }
  | { action: 'otherOptions' | 'done' }
  /** `said`: their words, when they said when or how they would like to meet ("asap by phone"). */
  | { action: 'book'; said?: string }
  | { action: 'unknownOffer' };

/** A card submit is untrusted input: only this shape is accepted. */
const cardSubmit = z.object({
  signpost: z.literal('suggestion'),
  action: z.enum(['interested', 'moreInfo', 'otherOptions', 'book', 'done']),
  offerId: z.string().max(200).optional(),
});

/** The words of the prompt, in the patient's language. */
export interface SuggestionWords {
  /** Each button's text and its further words. */
  buttons: Record<SuggestionButton, { label: string; words: readonly string[] }>;
  /** Ways of asking to hear more ("tell me more about"). */
  moreInfo: readonly string[];
  locale?: string;
  /** For reading a day, a time or a way of meeting said here ("asap by phone please"). */
  when?: Omit<ReadWhenInput, 'text' | 'locale'>;
}

/**
 * Reads a card submit or a typed answer. `shown` is the offers on screen, in the order numbered: an
 * offer id that was not shown is refused (`unknownOffer`), whatever a crafted submit says. Typed
 * words are read by the understanding layer (readSuggestionReply).
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

  const text = (activity.text ?? '').trim();
  if (!text) return undefined;
  const { value } = readSuggestionReply({
    text,
    ...(words.locale === undefined ? {} : { locale: words.locale }),
    offers: shown.map((offer) => offer.name),
    buttons: words.buttons,
    moreWords: words.moreInfo,
    ...(words.when ? { when: words.when } : {}),
  });
  switch (value.kind) {
    case 'offer': {
      const offer = shown[value.index];
      if (!offer) return { action: 'unknownOffer' };
      // Naming an offer answers "say which one interests you"; asking for more is its own wish.
      return { action: value.more ? 'moreInfo' : 'interested', offerId: offer.id };
    }
    case 'notOffered':
      return { action: 'unknownOffer' };
    case 'button':
      return { action: value.button };
    case 'book':
      return value.said === undefined ? { action: 'book' } : { action: 'book', said: value.said };
    case 'unclear':
      return undefined;
  }
}
