import { ActivityHandler, ConversationState } from 'botbuilder';
import {
  serveYardstick,
  yardstickStorage,
  type RunningYardstick,
  type YardstickOptions,
} from './yardstickServer';

/**
 * The yardstick for bench:turns: the smallest bot built from the same stack as Signpost (restify,
 * botbuilder's stock CloudAdapter and configuration authentication, ConversationState on the same
 * RedisStorage and Redis). It counts turns in conversation state and echoes, so Signpost's own cost
 * is what the ratio shows. Signpost's own adapter (src/server/adapter.ts) is product code, measured
 * on Signpost's side.
 */
export async function startEchoBot(options: YardstickOptions): Promise<RunningYardstick> {
  const storage = yardstickStorage(options);
  const conversationState = new ConversationState(storage);
  const turns = conversationState.createProperty<number>('turns');
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await turns.set(context, (await turns.get(context, 0)) + 1);
    await context.sendActivity(`You said: ${context.activity.text}`);
    await conversationState.saveChanges(context);
    await next();
  });
  return serveYardstick(bot);
}
