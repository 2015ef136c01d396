/**
 * Thrown when a caller passes an instant that is not one. Input from outside is validated at the trust
 * boundary (zod), so reaching this is a bug, not an outcome to show a person.
 */
export class InvalidInstantError extends Error {
  readonly code = 'INVALID_INSTANT';

  constructor(readonly value: string) {
    super(`Not an ISO 8601 instant with an offset: ${JSON.stringify(value)}`);
    this.name = 'InvalidInstantError';
  }
}
