/**
 * Something outside Signpost (Redis, the network) did not answer or answered with a fault. It is
 * never the user's doing: the turn is abandoned without saving, and the user is asked to try again
 * in a moment. The process keeps running.
 */
export class InfrastructureError extends Error {
  readonly code: string = 'INFRASTRUCTURE_UNAVAILABLE';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InfrastructureError';
  }
}
