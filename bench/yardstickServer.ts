import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ActivityHandler } from 'botbuilder';
import restify from 'restify';
import { botRequest } from '../src/server/http';
import type { Logger } from '../src/server/logger';
import type { RedisClient } from '../src/storage/connection';
import { RedisKeys } from '../src/storage/keys';
import { RedisStorage } from '../src/storage/redisStorage';

/** Where a yardstick bot keeps its state: the same Redis as Signpost, under its own key prefix. */
export interface YardstickOptions {
  redis: RedisClient;
  keyPrefix: string;
  logger: Logger;
}

/** The yardstick's state store: Signpost's RedisStorage, with an hour's expiry. */
export const yardstickStorage = (options: YardstickOptions): RedisStorage =>
  new RedisStorage(options.redis, {
    keys: new RedisKeys(options.keyPrefix),
    ttlSeconds: 3600,
    log: options.logger,
  });

/** A running yardstick bot: where to post activities, and how to stop it. */
export interface RunningYardstick {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a yardstick bot for bench:turns the way a first botbuilder bot is served: restify with its
 * body parser, botbuilder's stock CloudAdapter and configuration authentication, on a free port.
 */
export async function serveYardstick(bot: ActivityHandler): Promise<RunningYardstick> {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppType: 'MultiTenant' }),
  );
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(botRequest(req), res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
