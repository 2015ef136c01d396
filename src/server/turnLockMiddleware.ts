import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { TurnLock } from '../services/ports';
import { isProactive } from './adapter';

/** The lock a conversation's turns share: one per channel and conversation. */
export function turnLockKey(activity: Partial<Activity>): string | undefined {
  const conversationId = activity.conversation?.id;
  return conversationId ? `${activity.channelId}:${conversationId}` : undefined;
}

/**
 * Runs the whole turn (state read, dialogs, state save) inside the conversation's lock, so that turns
 * of one conversation happen one after another even across bot instances.
 *
 * A proactive turn (a message from the outbox: a referral card, a notice, a card redrawn) reads and
 * writes no conversation state, so it takes no lock: a link worker's own message is not kept waiting
 * behind the cards sent to them. The one proactive message that opens a dialog (new times after
 * leave) takes the lock itself (BotHandoffNotifier).
 */
export class TurnLockMiddleware implements Middleware {
  constructor(private readonly lock: TurnLock) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = turnLockKey(context.activity);
    if (!key || isProactive(context)) return next();
    await this.lock.runExclusive(key, next);
  }
}
