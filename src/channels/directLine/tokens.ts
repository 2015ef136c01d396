import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Direct Line tokens: `dl1.<claims>.<mac>`, the claims base64url JSON and the mac an HMAC-SHA256 of
 * everything before it. A token binds one user to one conversation until it expires, and it is only
 * good for its scope: a conversation token for the REST calls, a stream token (short-lived, as it
 * travels in a URL) for opening the WebSocket. Nothing about a token is kept in Redis, so any
 * instance with the same secret can check it.
 */

export type TokenScope = 'conversation' | 'stream';

export interface TokenClaims {
  scope: TokenScope;
  conversationId: string;
  userId: string;
  /** Seconds since the epoch. */
  expiresAt: number;
  /** The token's own random part: what a revocation names. */
  nonce: string;
}

export type TokenCheck =
  { ok: true; claims: TokenClaims } | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'wrongScope' };

const VERSION = 'dl1';
const claimsSchema = z.object({
  s: z.enum(['conversation', 'stream']),
  c: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  u: z.string().regex(/^[A-Za-z0-9_-]{4,64}$/),
  e: z.number().int().positive(),
  n: z.string().max(32),
});

/** Ids are random and URL-, key- and hash-tag-safe. */
export const newConversationId = (): string => randomBytes(18).toString('base64url');
export const newUserId = (): string => `u_${randomBytes(12).toString('base64url')}`;
export const isConversationId = (value: string): boolean => /^[A-Za-z0-9_-]{8,64}$/.test(value);

export class TokenIssuer {
  private readonly key: Buffer;

  /** `now` is in milliseconds, as Date.now. */
  constructor(
    secret: string,
    private readonly now: () => number = Date.now,
  ) {
    this.key = createHmac('sha256', 'signpost direct line').update(secret).digest();
  }

  issue(input: { scope: TokenScope; conversationId: string; userId: string; ttlSeconds: number }): {
    token: string;
    expiresIn: number;
  } {
    const claims = {
      s: input.scope,
      c: input.conversationId,
      u: input.userId,
      e: Math.floor(this.now() / 1000) + input.ttlSeconds,
      // Two tokens issued in the same second still differ, so a refresh always yields a new one, and
      // a revocation names exactly one token.
      n: randomBytes(12).toString('base64url'),
    };
    const body = `${VERSION}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return { token: `${body}.${this.mac(body)}`, expiresIn: input.ttlSeconds };
  }

  verify(token: string | undefined, scope: TokenScope): TokenCheck {
    if (!token) return { ok: false, reason: 'missing' };
    const [version, payload, mac, ...extra] = token.split('.');
    if (
      version !== VERSION ||
      payload === undefined ||
      mac === undefined ||
      extra.length > 0 ||
      token.length > 1024
    )
      return { ok: false, reason: 'invalid' };
    const body = `${version}.${payload}`;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, reason: 'invalid' };
    }
    let claims: z.infer<typeof claimsSchema>;
    try {
      const parsed = claimsSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      claims = parsed.data;
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    if (claims.s !== scope) return { ok: false, reason: 'wrongScope' };
    if (claims.e * 1000 <= this.now()) return { ok: false, reason: 'expired' };
    return {
      ok: true,
      claims: {
        scope: claims.s,
        conversationId: claims.c,
        userId: claims.u,
        expiresAt: claims.e,
        nonce: claims.n,
      },
    };
  }

  /**
   * The secret part of the service URL the bot replies to. Only Signpost knows it, so only the bot
   * (through a conversation reference it was given) can add replies to a conversation.
   */
  connectorKey(conversationId: string): string {
    return createHmac('sha256', this.key)
      .update(`connector\n${conversationId}`)
      .digest('base64url')
      .slice(0, 32);
  }

  checkConnectorKey(conversationId: string, key: string): boolean {
    const expected = Buffer.from(this.connectorKey(conversationId));
    const given = Buffer.from(key);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
