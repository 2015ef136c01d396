import restify, { type Request, type Response, type Server } from 'restify';
import type { ActivityHandler, Request as BotRequest, CloudAdapter } from 'botbuilder';
import { z } from 'zod';
import type { HealthProbe } from '../services/ports';
import type { Logger } from './logger';

/**
 * The least an activity must have before the adapter sees it. Everything else is checked where it
 * is used (card submits, dialog answers); unknown fields pass through, as channels add their own.
 */
const incomingActivity = z
  .object({
    type: z.string().min(1).max(64),
    conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
    channelId: z.string().min(1).max(64).optional(),
    serviceUrl: z.string().max(2048).optional(),
    text: z.string().optional(),
  })
  .passthrough();

/**
 * The part of a restify request that CloudAdapter.process reads (body, headers, method). Node types
 * `method` as `string | undefined`, which botbuilder's optional `method` does not take as it is, so
 * the view leaves it out when it is missing.
 */
export function botRequest(req: Request): BotRequest {
  return {
    body: req.body,
    headers: req.headers,
    ...(req.method === undefined ? {} : { method: req.method }),
  };
}

export interface HttpDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  health: HealthProbe;
  logger: Logger;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

/**
 * The HTTP surface: POST /api/messages for Bot Framework channels, GET /healthz (the process is up)
 * and GET /readyz (the state store answers). Every error answer is a short JSON body; no stack trace
 * ever leaves the process.
 */
export function createHttpServer(deps: HttpDeps): Server {
  const server = restify.createServer({ name: 'signpost', handleUncaughtExceptions: false });
  // JSON only: restify's bodyParser would also accept multipart uploads and write them to disk.
  const json: restify.plugins.JsonBodyParserOptions & { maxBodySize: number } = {
    maxBodySize: deps.maxBodyBytes ?? 256 * 1024,
    mapParams: false,
  };
  server.use(restify.plugins.jsonBodyParser(json));

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!incomingActivity.safeParse(req.body).success) {
      res.json(400, { error: 'the body must be a Bot Framework activity' });
      return;
    }
    await deps.adapter.process(botRequest(req), res, (context) => deps.bot.run(context));
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.json(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const health = await deps.health.check();
    if (health.ok) res.json(200, { status: 'ready' });
    else res.json(503, { status: 'unavailable', reason: health.reason });
  });

  server.on(
    'restifyError',
    (req: Request, _res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
      const status = err.statusCode ?? 500;
      if (status >= 500) deps.logger.error({ err, path: req.path() }, 'request failed');
      // Replace restify's default body, which can carry an error message, with a fixed short one.
      (err as Error & { toJSON?: () => object }).toJSON = () => ({
        error: status >= 500 ? 'internal error' : (err.name || 'bad request').replace(/Error$/, ''),
      });
      callback();
    },
  );

  return server;
}
