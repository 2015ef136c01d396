// What each community offer is for, as word keys a person's words can be compared with: read once,
// when the directory is loaded, from the offer's name, description, eligibility and activities. The
// suggestion rules weigh each word by how few offers use it (weighOfferWords in suggestionRules.ts).
import type { CommunityOffer } from '../../domain/directory/communityOffer';
import { weighOfferWords, type OfferWordKey } from '../../domain/directory/suggestionRules';
import { analyse } from '../frontEnd';
import { isTellingWord, wordKey } from './readWhatTheySaid';
import { suggestionWordsData } from './suggestionWordsData';

const sentences = (parts: readonly string[]): string =>
  parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('.\n');

/** What an offer's name and activities say it is ("Clay and chat pottery", "Bowls"). */
export const offerNameText = (offer: CommunityOffer): string => sentences([offer.name, ...offer.activities]);

/** What an offer's description and eligibility say about it. */
export const offerDescriptionText = (offer: CommunityOffer): string =>
  sentences([offer.description, offer.eligibilityNote ?? '']);

/** The word keys of an offer, each marked when its name or activities use it. */
export function offerWordKeys(
  offer: CommunityOffer,
  locale = 'en-GB',
  read = wordKeysOfText,
): OfferWordKey[] {
  const named = new Set(read(offerNameText(offer), locale));
  const described = read(offerDescriptionText(offer), locale).filter((key) => !named.has(key));
  return [
    ...[...named].map((key) => ({ key, named: true })),
    ...described.map((key) => ({ key, named: false })),
  ];
}

/**
 * The word keys of a text about an offer, leaving out what it denies ("no running, no tackling") and
 * words too general to tell offers apart.
 */
export function wordKeysOfText(text: string, locale = 'en-GB'): string[] {
  const data = suggestionWordsData(locale);
  const analysed = analyse(text, data.locale);
  const negation = analysed.negation('default');
  const keys = new Set<string>();
  analysed.tokens.forEach((token, index) => {
    if (!isTellingWord(token, data) || negation.denies({ first: index, last: index })) return;
    const key = wordKey(token.lemma);
    if (key.length >= 3) keys.add(key);
  });
  return [...keys];
}

/**
 * The offers with their words read and weighed (a copy of each). Offers that share their text share
 * one reading, so a large directory made of a few kinds of offer loads quickly.
 */
export function readOfferWords(offers: readonly CommunityOffer[], locale = 'en-GB'): CommunityOffer[] {
  const known = new Map<string, string[]>();
  const read = (text: string): string[] => {
    let keys = known.get(text);
    if (!keys) {
      keys = wordKeysOfText(text, locale);
      known.set(text, keys);
    }
    return keys;
  };
  return weighOfferWords(offers, (offer) => offerWordKeys(offer, locale, read));
}
