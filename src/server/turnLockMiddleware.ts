import type { Middleware, TurnContext } from 'botbuilder';
import type { TurnLock } from '../services/ports';

/**
 * Runs the whole turn (state read, dialogs, state save) inside the conversation's lock, so that turns
 * of one conversation happen one after another even across bot instances.
 */
export class TurnLockMiddleware implements Middleware {
  constructor(private readonly lock: TurnLock) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId) return next();
    await this.lock.runExclusive(`${context.activity.channelId}:${conversationId}`, next);
  }
}
