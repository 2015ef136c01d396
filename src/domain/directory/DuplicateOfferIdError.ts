/**
 * Two community offers share an id. The loader rejects such a file before it gets here, so reaching this
 * is a bug in whatever built the offer list, not bad data.
 */
export class DuplicateOfferIdError extends Error {
  readonly code = 'DUPLICATE_OFFER_ID';

  constructor(readonly offerId: string) {
    super(`Two community offers share the id ${offerId}`);
    this.name = 'DuplicateOfferIdError';
  }
}
