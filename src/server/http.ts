import type { Socket } from 'node:net';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, ActivityHandler, Request as BotRequest } from 'botbuilder';
import { z } from 'zod';
import type { HealthProbe } from '../services/ports';
import type { SignpostCloudAdapter } from './adapter';
import { safeError, type Logger } from './logger';

/** Longest conversation id taken: what every store and reference downstream can hold. */
export const MAX_CONVERSATION_ID = 512;

/**
 * The least an activity must have before the adapter sees it. Everything else is checked where it
 * is used (card submits, dialog answers); unknown fields pass through, as channels add their own.
 * Fields the turn reads as strings must be strings: a number as the locale once failed the turn and
 * then its apology.
 */
const incomingActivity = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    conversation: z.object({ id: z.string().min(1).max(MAX_CONVERSATION_ID) }).passthrough(),
    channelId: z.string().min(1).max(64).optional(),
    serviceUrl: z.string().max(2048).optional(),
    text: z
      .string()
      .max(64 * 1024)
      .optional(),
    locale: z.string().max(35).optional(),
    from: z
      .object({ id: z.string().max(512).optional() })
      .passthrough()
      .optional(),
    recipient: z
      .object({ id: z.string().max(512).optional() })
      .passthrough()
      .optional(),
    timestamp: z.string().max(64).optional(),
    localTimestamp: z.string().max(64).optional(),
    expiration: z.string().max(64).optional(),
  })
  .passthrough();

/**
 * The part of a restify request that CloudAdapter.process reads (body, headers, method), for code
 * that hands a request to botbuilder's own handling (the echo yardstick in bench/).
 */
export function botRequest(req: Request): BotRequest {
  return {
    body: req.body,
    headers: req.headers,
    ...(req.method === undefined ? {} : { method: req.method }),
  };
}

export interface HttpSettings {
  /** Largest request body accepted, in bytes (nothing is decompressed: only identity bodies are read). */
  maxBodyBytes: number;
  /** Deepest JSON nesting accepted; deeper bodies are refused before anything walks them. */
  maxJsonDepth: number;
  /** A client has this long to send its headers (Node checks timeouts every 30 s). */
  headersTimeoutMs: number;
  /** ... and this long to send the whole request. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic at all for this long is closed. */
  idleTimeoutMs: number;
}

export const defaultHttpSettings: HttpSettings = {
  maxBodyBytes: 256 * 1024,
  maxJsonDepth: 32,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5000,
  idleTimeoutMs: 60_000,
};

export interface HttpDeps {
  adapter: SignpostCloudAdapter;
  bot: ActivityHandler;
  health: HealthProbe;
  logger: Logger;
  settings?: Partial<HttpSettings>;
}

export interface HttpServer {
  server: Server;
  /** Stops listening, closes idle connections, and destroys any still open after `graceMs`. */
  close(graceMs?: number): Promise<void>;
}

/**
 * The HTTP surface: POST /api/messages for Bot Framework channels, GET /healthz (the process is up)
 * and GET /readyz (the state store answers). Every error answer is a short JSON body; no stack trace
 * or error text ever leaves the process.
 *
 * Before any route or body parser runs, a request whose body is compressed (any Content-Encoding but
 * identity) is refused with 415 and one declaring a body over the limit with 413. restify 11.1's body
 * reader pipes such bodies into a Gunzip with no error listener, so one request with a body that is
 * not gzip killed the process, and a 100 KB gzip bomb became a 100 MB body (restify issue #1975).
 */
export function createHttpServer(deps: HttpDeps): HttpServer {
  const settings = { ...defaultHttpSettings, ...deps.settings };
  const server = restify.createServer({ name: 'signpost', handleUncaughtExceptions: false });
  const node = server.server;
  node.headersTimeout = settings.headersTimeoutMs;
  node.requestTimeout = settings.requestTimeoutMs;
  node.keepAliveTimeout = settings.keepAliveTimeoutMs;
  node.setTimeout(settings.idleTimeoutMs);
  const sockets = new Set<Socket>();
  node.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  server.pre((req: Request, res: Response, next: (result?: false) => void) => {
    const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
    if (encoding !== '' && encoding !== 'identity') {
      refuse(res, 415, 'only uncompressed bodies are accepted');
      return next(false);
    }
    const length = Number(req.headers['content-length'] ?? 0);
    if (Number.isFinite(length) && length > settings.maxBodyBytes) {
      refuse(res, 413, 'the body is too large');
      return next(false);
    }
    return next();
  });
  // JSON only: restify's bodyParser would also accept multipart uploads and write them to disk.
  const json: restify.plugins.JsonBodyParserOptions & { maxBodySize: number } = {
    maxBodySize: settings.maxBodyBytes,
    mapParams: false,
  };
  server.use(restify.plugins.jsonBodyParser(json));
  server.use((req: Request, res: Response, next: (result?: false) => void) => {
    if (req.body !== undefined && !withinDepth(req.body, settings.maxJsonDepth)) {
      res.json(400, { error: 'the body is nested too deeply' });
      return next(false);
    }
    return next();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = incomingActivity.safeParse(req.body);
    if (!parsed.success) {
      res.json(400, { error: 'the body must be a Bot Framework activity' });
      return;
    }
    const activity = withDates(req.body as Activity);
    const header = req.headers.authorization;
    let authenticated;
    try {
      authenticated = await deps.adapter.authenticate(activity, typeof header === 'string' ? header : '');
    } catch (err) {
      deps.logger.warn({ err: safeError(err), path: '/api/messages' }, 'request not authenticated');
      res.json(401, { error: 'unauthorized' });
      return;
    }
    try {
      const answer = await deps.adapter.processAuthenticated(authenticated, activity, (context) =>
        deps.bot.run(context),
      );
      if (answer?.body === undefined) {
        res.status(answer?.status ?? 200);
        res.end();
      } else {
        res.json(answer.status, answer.body);
      }
    } catch (err) {
      deps.logger.error({ err: safeError(err), path: '/api/messages' }, 'request failed');
      if (!res.headersSent) res.json(500, { error: 'internal error' });
    }
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
      if (status >= 500) deps.logger.error({ err: safeError(err), path: req.path() }, 'request failed');
      // Replace restify's default body, which can carry an error message, with a fixed short one.
      (err as Error & { toJSON?: () => object }).toJSON = () => ({
        error: status >= 500 ? 'internal error' : (err.name || 'bad request').replace(/Error$/, ''),
      });
      callback();
    },
  );

  return {
    server,
    close: (graceMs = 2000) =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        node.closeIdleConnections();
        // A stray upgraded socket or a slow client must not hold the process open.
        const timer = setTimeout(() => {
          for (const socket of sockets) socket.destroy();
        }, graceMs);
        timer.unref();
      }),
  };
}

/** A refusal sent before the body is read: the connection is closed after it, body unread. */
function refuse(res: Response, status: number, message: string): void {
  res.header('Connection', 'close');
  res.json(status, { error: message });
}

/**
 * Whether a parsed JSON value nests no deeper than `limit`, walked without recursion (so depth alone
 * cannot overflow the stack). Keys named `__proto__` are removed on the way: they are harmless as
 * JSON.parse makes them, but not once something copies the object with Object.assign.
 */
export function withinDepth(root: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) return false;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(value, '__proto__')) {
      delete (value as Record<string, unknown>)['__proto__'];
    }
    for (const item of Object.values(value)) stack.push({ value: item, depth: depth + 1 });
  }
  return true;
}

/** Timestamps as botbuilder's own request handling turns them into Dates (keeping the raw text). */
function withDates(activity: Activity): Activity {
  const raw = activity as Activity & Record<string, unknown>;
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value = raw[field];
    if (typeof value === 'string') {
      const rawField = `raw${field.charAt(0).toUpperCase()}${field.slice(1)}`;
      raw[rawField] = value;
      raw[field] = new Date(value);
    }
  }
  return activity;
}
