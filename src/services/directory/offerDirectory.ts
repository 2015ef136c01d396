import type { CommunityOffer } from '../../domain/directory/communityOffer';
import { getOffer } from '../../domain/directory/directoryIndex';
import { rankOffers, type RankResult } from '../../domain/directory/rankOffers';
import type { SuggestionProfile } from '../../domain/directory/suggestionRules';
import type { LoadedDirectory } from './loadDirectory';

export interface SuggestOffersInput {
  profile: SuggestionProfile;
  /** Offers on a page; 3 unless asked. */
  limit?: number;
  /** Offers already shown: the next page leaves them out. */
  excludeIds?: readonly string[];
}

/** What dialogs ask of the directory: suggestions for a person, and an offer by id. */
export interface CommunityOfferDirectory {
  suggest(input: SuggestOffersInput): RankResult;
  getOffer(id: string): CommunityOffer | null;
  readonly size: number;
  /** The postcode areas ("RV") of the districts the directory can place, for reading patients' postcodes. */
  readonly postcodeAreas: ReadonlySet<string>;
}

export function createCommunityOfferDirectory(directory: LoadedDirectory): CommunityOfferDirectory {
  return {
    suggest: ({ profile, limit, excludeIds }) =>
      rankOffers({
        offers: directory.index,
        profile,
        ...(limit !== undefined ? { limit } : {}),
        excludeIds: excludeIds ?? [],
      }),
    getOffer: (id) => getOffer(directory.index, id),
    size: directory.index.offers.length,
    postcodeAreas: new Set(
      [...directory.index.districts.keys()].map((district) => district.replace(/\d.*$/, '')),
    ),
  };
}
