import type { Request, Response, Server } from 'restify';
import type { Log, RateLimiter, TokenRevocations } from '../../services/ports';
import { InfrastructureError } from '../../services/errors/InfrastructureError';
import { localeTag } from './activities';
import { describeError } from './describeError';
import { badArgument, DirectLineError, sendError } from './errors';
import type { ConversationTicket, DirectLineService } from './service';
import { isConversationId, type TokenClaims, type TokenIssuer } from './tokens';

export interface DirectLineRoutesOptions {
  service: DirectLineService;
  tokens: TokenIssuer;
  rateLimiter: RateLimiter;
  revocations: TokenRevocations;
  /** How many proxies in front add the client's address to X-Forwarded-For (0: the TCP peer). */
  trustProxy: number;
  rate: { capacity: number; refillPerMinute: number };
  log: Log;
  /** Where browsers reach Signpost (PUBLIC_URL), for stream URLs; otherwise taken from each request. */
  publicUrl: string | undefined;
}

type Handler = (req: Request, res: Response) => Promise<void>;

const BASE = '/v3/directline';

/**
 * The Direct Line 3.0 REST surface Web Chat uses (through botframework-directlinejs), and the
 * connector endpoint the bot replies to. Every failure is a short JSON answer; nothing thrown here
 * reaches restify's default error body.
 */
export function registerDirectLineRoutes(server: Server, options: DirectLineRoutesOptions): void {
  const { service } = options;

  const guarded =
    (handler: Handler): Handler =>
    async (req, res) => {
      try {
        await handler(req, res);
      } catch (err) {
        if (err instanceof DirectLineError) {
          sendError(res, err);
          return;
        }
        const unavailable = err instanceof InfrastructureError;
        options.log[unavailable ? 'warn' : 'error'](
          { err: describeError(err), path: req.path() },
          'direct line: request failed',
        );
        sendError(
          res,
          unavailable
            ? new DirectLineError(503, 'ServiceUnavailable', 'please try again in a moment')
            : new DirectLineError(500, 'ServiceError', 'internal error'),
        );
      }
    };

  /** The token's claims, for the conversation in the path when there is one; errors say why not. */
  const authorize = async (req: Request, conversationId?: string): Promise<TokenClaims> => {
    const header = req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const check = options.tokens.verify(match?.[1], 'conversation');
    if (!check.ok) {
      if (check.reason === 'expired') throw new DirectLineError(403, 'TokenExpired', 'the token has expired');
      throw new DirectLineError(
        401,
        'Unauthorized',
        check.reason === 'missing' ? 'a token is required' : 'the token is not valid',
      );
    }
    // A refreshed token is taken back: 403, as for an expired one, so clients fetch a new one.
    if (await options.revocations.isRevoked(tokenId(check.claims))) {
      throw new DirectLineError(403, 'TokenExpired', 'the token has been replaced');
    }
    if (
      conversationId !== undefined &&
      (!isConversationId(conversationId) || conversationId !== check.claims.conversationId)
    ) {
      throw new DirectLineError(403, 'Forbidden', 'the token is not for this conversation');
    }
    await limit(`u:${check.claims.userId}`);
    return check.claims;
  };

  const limit = async (subject: string): Promise<void> => {
    const decision = await options.rateLimiter.take({ subject, ...options.rate });
    if (!decision.allowed) {
      throw new DirectLineError(429, 'TooManyRequests', 'too many requests; please slow down', {
        'Retry-After': String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))),
      });
    }
  };

  const requireJson = (req: Request): void => {
    const [type = ''] = (req.header('content-type') ?? '').split(';');
    if (type.trim().toLowerCase() !== 'application/json') {
      throw new DirectLineError(415, 'UnsupportedMediaType', 'send the activity as application/json');
    }
  };

  const conversation = (req: Request, ticket: ConversationTicket) => ({
    conversationId: ticket.conversationId,
    token: ticket.token,
    expires_in: ticket.expires_in,
    streamUrl: `${streamBase(req, options.publicUrl)}${BASE}/conversations/${encodeURIComponent(ticket.conversationId)}/stream?watermark=${encodeURIComponent(queryOf(req).get('watermark') ?? '')}&t=${encodeURIComponent(ticket.streamToken)}`,
  });

  /** Rate limits count each client address, as the trusted proxies report it (TRUST_PROXY). */
  const address = (req: Request) => clientAddress(req, options.trustProxy);

  server.post(
    `${BASE}/tokens/generate`,
    guarded(async (req, res) => {
      await limit(`ip:${address(req)}`);
      noStore(res);
      res.json(200, service.generate());
    }),
  );

  server.post(
    `${BASE}/tokens/refresh`,
    guarded(async (req, res) => {
      const claims = await authorize(req);
      // The token given is revoked before its successor is made; a second refresh of it fails.
      const first = await options.revocations.revoke({
        id: tokenId(claims),
        untilEpochSeconds: claims.expiresAt,
      });
      if (!first) throw new DirectLineError(403, 'TokenExpired', 'the token has been replaced');
      noStore(res);
      res.json(200, service.refresh(claims));
    }),
  );

  server.post(
    `${BASE}/conversations`,
    guarded(async (req, res) => {
      const claims = await authorize(req);
      await limit(`ip:${address(req)}`);
      const requested = (req.body as { locale?: unknown } | undefined)?.locale;
      let locale: string | undefined;
      if (requested !== undefined && requested !== null) {
        const parsed = localeTag.safeParse(requested);
        if (!parsed.success) throw badArgument('the locale is not valid');
        locale = parsed.data;
      }
      const { created, ticket } = await service.start(claims, locale);
      noStore(res);
      res.json(created ? 201 : 200, conversation(req, ticket));
    }),
  );

  server.get(
    `${BASE}/conversations/:conversationId`,
    guarded(async (req, res) => {
      const claims = await authorize(req, String(req.params.conversationId));
      const ticket = await service.reconnect(claims);
      noStore(res);
      res.json(200, conversation(req, ticket));
    }),
  );

  server.post(
    `${BASE}/conversations/:conversationId/activities`,
    guarded(async (req, res) => {
      const claims = await authorize(req, String(req.params.conversationId));
      requireJson(req);
      res.json(200, await service.post(claims, req.body));
    }),
  );

  server.get(
    `${BASE}/conversations/:conversationId/activities`,
    guarded(async (req, res) => {
      const claims = await authorize(req, String(req.params.conversationId));
      res.json(200, await service.activities(claims, queryOf(req).get('watermark') ?? undefined));
    }),
  );

  server.post(
    `${BASE}/conversations/:conversationId/upload`,
    guarded(async (req) => {
      await authorize(req, String(req.params.conversationId));
      throw new DirectLineError(415, 'UnsupportedMediaType', 'file uploads are not supported');
    }),
  );

  // The Bot Framework connector API, as much of it as the bot uses: send to the conversation, reply.
  const connector = '/directline/connector/:key/v3/conversations/:conversationId/activities';
  const fromBot: Handler = async (req, res) => {
    requireJson(req);
    const replyToId = req.params.activityId === undefined ? undefined : String(req.params.activityId);
    res.json(
      200,
      await service.fromBot({
        conversationId: String(req.params.conversationId),
        key: String(req.params.key),
        body: req.body,
        ...(replyToId ? { replyToId } : {}),
      }),
    );
  };
  server.post(connector, guarded(fromBot));
  server.post(`${connector}/:activityId`, guarded(fromBot));
}

/** A token's id for revocation: its conversation and its own random part. */
const tokenId = (claims: TokenClaims) => `${claims.conversationId}:${claims.nonce}`;

/** Answers that carry a token are never kept by a browser or a proxy. */
function noStore(res: Response): void {
  res.header('Cache-Control', 'no-store');
  res.header('Pragma', 'no-cache');
}

const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * The client's address: the TCP peer, or, behind `trustProxy` proxies that each append the address
 * they were reached from to X-Forwarded-For, the address the outermost trusted proxy saw. Entries
 * further left were written by the client and are never believed.
 */
export function clientAddress(
  req: { header(name: string): string | undefined; socket: { remoteAddress?: string | undefined } },
  trustProxy: number,
): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustProxy <= 0) return peer;
  const forwarded = (req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const chain = [...forwarded, peer];
  const candidate = chain[Math.max(0, chain.length - 1 - trustProxy)] ?? peer;
  return ADDRESS.test(candidate) ? candidate.toLowerCase() : peer;
}

function queryOf(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://localhost').searchParams;
}

/** ws(s)://host of the request, unless PUBLIC_URL says where browsers reach Signpost. */
function streamBase(req: Request, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/^http/, 'ws').replace(/\/+$/, '');
  const host = req.header('host') ?? '';
  if (!/^[A-Za-z0-9.\-:[\]]{1,255}$/.test(host)) throw badArgument('the Host header is not valid');
  const [forwarded = ''] = (req.header('x-forwarded-proto') ?? '').split(',');
  const secure = forwarded.trim() === 'https' || req.isSecure();
  return `${secure ? 'wss' : 'ws'}://${host}`;
}
