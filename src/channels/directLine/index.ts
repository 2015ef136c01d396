import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import type { Translator } from '../../i18n/translator';
import type { ChannelConversationLog, Log, RateLimiter, TokenRevocations } from '../../services/ports';
import { createChannelStores } from '../../storage/conversationLogs';
import type { RedisClient } from '../../storage/connection';
import type { RedisKeys } from '../../storage/keys';
import { registerWebChatPage } from '../webChat/page';
import { BotDelivery, type TurnRunner } from './botDelivery';
import { registerDirectLineRoutes } from './routes';
import { DirectLineService } from './service';
import { ActivityStreams } from './stream';
import { TokenIssuer } from './tokens';

export interface DirectLineSettings {
  /** DIRECTLINE_SECRET: signs tokens; every instance needs the same one. Unset: random per start. */
  secret?: string | undefined;
  /** DIRECTLINE_TOKEN_TTL_SECONDS: a token's lifetime (Direct Line's expires_in); clients refresh it. */
  tokenTtlSeconds?: number | undefined;
  /** DIRECTLINE_ACTIVITY_TTL_SECONDS: how long a conversation's activities are kept after the last one. */
  activityTtlSeconds?: number | undefined;
  /** DIRECTLINE_RATE_BURST and DIRECTLINE_RATE_PER_MINUTE: the token bucket of each user (and each address, for new tokens). */
  rateLimit?: { capacity: number; refillPerMinute: number } | undefined;
  /** DIRECTLINE_SERVICE_URL: where instances reach the connector endpoint; default this instance's own address. */
  serviceUrl?: string | undefined;
}

export interface DirectLineDeps {
  adapter: CloudAdapter;
  /** The bot whose turns the adapter runs (SignpostBot). */
  bot: TurnRunner;
  /** The state backend: its Redis, shared by every instance, or none (memory, one instance). */
  backend: { redis: RedisClient | undefined; keys: RedisKeys };
  translator: Translator;
  log: Log;
  practiceName: string;
  /** MicrosoftAppId: the identity the bot's turns run under. Pass it whenever it is set, or every turn fails ("Invalid appId"). */
  botAppId?: string | undefined;
  /** PUBLIC_URL: where browsers reach Signpost, for WebSocket stream URLs behind a proxy. */
  publicUrl?: string | undefined;
  settings?: DirectLineSettings;
  /** Serve the Web Chat page at GET / (default true). */
  page?: boolean;
  /** The conversation log and rate limiter, when the caller made them (default: made here). */
  stores?: { conversations: ChannelConversationLog; rateLimiter: RateLimiter; revocations: TokenRevocations };
  /** TRUST_PROXY: how many proxies add the client's address to X-Forwarded-For (0: the TCP peer). */
  trustProxy?: number;
  /** FRAME_ANCESTORS: the page's CSP frame-ancestors (default 'none'). */
  frameAncestors?: string;
}

/** The channel id the bot sees for Signpost's own Direct Line. */
export const DIRECT_LINE_CHANNEL_ID = 'webchat';

export interface DirectLine {
  /** Closes open WebSockets and stops listening for other instances' activities. Call before server.close(). */
  close(): Promise<void>;
}

export const directLineDefaults = {
  tokenTtlSeconds: 30 * 60,
  activityTtlSeconds: 24 * 3600,
  rateLimit: { capacity: 30, refillPerMinute: 120 },
};

/**
 * Signpost's own Direct Line 3.0 for Web Chat, on the restify server: the REST routes, the
 * WebSocket stream, the connector endpoint the bot replies to, and (unless `page: false`) the Web
 * Chat page at GET /. Web Chat's messages reach the bot in this process, through the adapter.
 */
export function registerDirectLine(server: Server, deps: DirectLineDeps): DirectLine {
  const settings = deps.settings ?? {};
  let secret = settings.secret;
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    deps.log.warn(
      {},
      'DIRECTLINE_SECRET is not set: Web Chat tokens are signed with a random secret made at start-up. ' +
        'They stop working when Signpost restarts, and other instances cannot check them. Set it when running more than one.',
    );
  }
  const tokenTtlSeconds = settings.tokenTtlSeconds ?? directLineDefaults.tokenTtlSeconds;
  const activityTtlSeconds = settings.activityTtlSeconds ?? directLineDefaults.activityTtlSeconds;
  const tokens = new TokenIssuer(secret);
  const { conversations, rateLimiter, revocations } =
    deps.stores ?? createChannelStores(deps.backend, deps.log);
  const ownUrl = () => {
    const address = server.address() as AddressInfo | string | null;
    if (!address || typeof address === 'string') throw new Error('the server is not listening');
    const host =
      address.address === '0.0.0.0' || address.address === ''
        ? '127.0.0.1'
        : address.address === '::'
          ? '[::1]'
          : address.family === 'IPv6'
            ? `[${address.address}]`
            : address.address;
    return `http://${host}:${address.port}`;
  };
  const service = new DirectLineService({
    conversations,
    tokens,
    delivery: new BotDelivery(deps.adapter, deps.bot, deps.botAppId || undefined),
    log: deps.log,
    tokenTtlSeconds,
    streamTokenTtlSeconds: 60,
    activityTtlSeconds,
    channelId: DIRECT_LINE_CHANNEL_ID,
    bot: { id: deps.botAppId || 'signpost', name: 'Signpost', role: 'bot' },
    connectorBaseUrl: () => (settings.serviceUrl ? settings.serviceUrl.replace(/\/+$/, '') : ownUrl()),
    now: () => new Date(),
  });
  registerDirectLineRoutes(server, {
    service,
    tokens,
    rateLimiter,
    revocations,
    trustProxy: deps.trustProxy ?? 0,
    rate: settings.rateLimit ?? directLineDefaults.rateLimit,
    log: deps.log,
    publicUrl: deps.publicUrl,
  });
  const streams = new ActivityStreams(server.server, {
    conversations,
    tokens,
    log: deps.log,
    maxSocketAgeMs: tokenTtlSeconds * 1000,
    heartbeatMs: 30_000,
  });
  if (deps.page !== false) {
    registerWebChatPage(server, {
      translator: deps.translator,
      practiceName: deps.practiceName,
      log: deps.log,
      keptHours: Math.max(1, Math.round(activityTtlSeconds / 3600)),
      frameAncestors: deps.frameAncestors ?? "'none'",
    });
  }
  return { close: () => streams.close() };
}
