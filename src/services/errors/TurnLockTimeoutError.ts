import { InfrastructureError } from './InfrastructureError';

/**
 * Another turn of the same conversation held the lock for longer than the bounded wait. The user's
 * message is not processed; they are asked to send it again, so nothing is handled twice or lost
 * silently.
 */
export class TurnLockTimeoutError extends InfrastructureError {
  override readonly code = 'TURN_LOCK_TIMEOUT';

  constructor(readonly conversationKey: string) {
    super('Timed out waiting for another turn of the same conversation');
    this.name = 'TurnLockTimeoutError';
  }
}
