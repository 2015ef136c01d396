import type { Activity } from 'botbuilder';
import type { ChannelConversationLog, Log, StoredActivity } from '../../services/ports';
import {
  activityId,
  botActivityRecord,
  limits,
  parsePostedActivity,
  presented,
  userActivityRecord,
  type Party,
} from './activities';
import type { BotDelivery } from './botDelivery';
import { describeError } from './describeError';
import { badArgument, DirectLineError, notFound } from './errors';
import { newConversationId, newUserId, type TokenClaims, type TokenIssuer } from './tokens';

export interface DirectLineServiceOptions {
  conversations: ChannelConversationLog;
  tokens: TokenIssuer;
  delivery: BotDelivery;
  log: Log;
  /** Lifetime of a conversation token, in seconds (Direct Line's expires_in). */
  tokenTtlSeconds: number;
  /** Lifetime of a stream URL's token: the time a client has to open the WebSocket. */
  streamTokenTtlSeconds: number;
  /** How long a conversation's activities are kept after its last activity. */
  activityTtlSeconds: number;
  /** The channel id the bot sees. */
  channelId: string;
  bot: Party;
  /** The base URL at which this instance (or any instance) serves the connector endpoint. */
  connectorBaseUrl: () => string;
  now: () => Date;
}

export interface ConversationTicket {
  conversationId: string;
  token: string;
  expires_in: number;
  /** For the stream URL: a short-lived token good only for opening the WebSocket. */
  streamToken: string;
}

/**
 * The Direct Line 3.0 operations, free of HTTP: tokens, starting and resuming a conversation,
 * posting and reading activities, and the bot's side (the connector endpoint its replies reach).
 * Outcomes other than success are DirectLineErrors carrying their HTTP status.
 */
export class DirectLineService {
  constructor(private readonly options: DirectLineServiceOptions) {}

  /** A new user and conversation, bound together in a token. The conversation starts when used. */
  generate(): { conversationId: string; token: string; expires_in: number; userId: string } {
    const conversationId = newConversationId();
    const userId = newUserId();
    return { ...this.conversationToken(conversationId, userId), userId };
  }

  refresh(claims: TokenClaims): { conversationId: string; token: string; expires_in: number } {
    return this.conversationToken(claims.conversationId, claims.userId);
  }

  /** Starts the token's conversation (created: true) or finds it started already. */
  async start(
    claims: TokenClaims,
    locale: string | undefined,
  ): Promise<{ created: boolean; ticket: ConversationTicket }> {
    const { conversations } = this.options;
    const created = await conversations.open({
      conversationId: claims.conversationId,
      userId: claims.userId,
      ttlSeconds: this.options.activityTtlSeconds,
    });
    if (!created && (await conversations.owner(claims.conversationId)) !== claims.userId) {
      throw new DirectLineError(403, 'Forbidden', 'the token is not for this conversation');
    }
    if (created) await this.welcome(claims, locale);
    return { created, ticket: this.ticket(claims) };
  }

  async reconnect(claims: TokenClaims): Promise<ConversationTicket> {
    if ((await this.options.conversations.owner(claims.conversationId)) === undefined) throw notFound();
    return this.ticket(claims);
  }

  async post(claims: TokenClaims, body: unknown): Promise<{ id: string }> {
    const activity = parsePostedActivity(body);
    // Typing from a person is not kept: nobody else is in the conversation to see it.
    if (activity.type === 'typing') return { id: '' };
    const { conversationId } = claims;
    const user = this.user(claims);
    const record = userActivityRecord({
      activity,
      conversationId,
      user,
      bot: this.options.bot,
      channelId: this.options.channelId,
      timestamp: this.options.now().toISOString(),
    });
    const index = await this.append(conversationId, record);
    const id = activityId(conversationId, index);
    await this.deliver({ ...record, id, serviceUrl: this.serviceUrl(conversationId) });
    return { id };
  }

  async activities(
    claims: TokenClaims,
    watermark: string | undefined,
  ): Promise<{ activities: StoredActivity[]; watermark: string }> {
    const from = parseWatermark(watermark);
    const read = await this.options.conversations.read({
      conversationId: claims.conversationId,
      from,
      limit: limits.batch,
    });
    if (!read.found) throw notFound();
    return {
      activities: read.activities.map(({ index, activity }) =>
        presented(claims.conversationId, index, activity),
      ),
      watermark: String(read.next),
    };
  }

  /** An activity the bot sends to the conversation, through the connector endpoint. */
  async fromBot(input: {
    conversationId: string;
    key: string;
    body: unknown;
    replyToId?: string;
  }): Promise<{ id: string }> {
    const { conversationId } = input;
    if (!this.options.tokens.checkConnectorKey(conversationId, input.key)) {
      throw new DirectLineError(403, 'Forbidden', 'not allowed');
    }
    const userId = await this.options.conversations.owner(conversationId);
    if (userId === undefined) throw notFound();
    const record = botActivityRecord({
      body: input.body,
      conversationId,
      user: { id: userId, role: 'user' },
      bot: this.options.bot,
      channelId: this.options.channelId,
      timestamp: this.options.now().toISOString(),
      replyToId: input.replyToId,
    });
    if (!record) return { id: '' };
    return { id: activityId(conversationId, await this.append(conversationId, record)) };
  }

  /** The service URL the bot is given; its path carries the conversation's connector key. */
  serviceUrl(conversationId: string): string {
    return `${this.options.connectorBaseUrl()}/directline/connector/${this.options.tokens.connectorKey(conversationId)}`;
  }

  private async welcome(claims: TokenClaims, locale: string | undefined): Promise<void> {
    const user = this.user(claims);
    await this.deliver({
      type: 'conversationUpdate',
      id: `${claims.conversationId}|start`,
      channelId: this.options.channelId,
      serviceUrl: this.serviceUrl(claims.conversationId),
      conversation: { id: claims.conversationId, isGroup: false, name: '', conversationType: 'personal' },
      from: user,
      recipient: this.options.bot,
      membersAdded: [this.options.bot, user],
      timestamp: this.options.now().toISOString(),
      ...(locale ? { locale } : {}),
    });
  }

  /**
   * The person's activity is in the log whatever the bot does with it, so a failed turn is logged
   * and the post still succeeds: a client that retried would say the same thing twice.
   */
  private async deliver(activity: StoredActivity): Promise<void> {
    try {
      await this.options.delivery.deliver(activity as Partial<Activity>);
    } catch (err) {
      this.options.log.error(
        { err: describeError(err), activityType: activity.type },
        'direct line: the bot could not take the activity',
      );
    }
  }

  private async append(conversationId: string, activity: StoredActivity): Promise<number> {
    const outcome = await this.options.conversations.append({
      conversationId,
      activity,
      ttlSeconds: this.options.activityTtlSeconds,
      maxActivities: limits.activitiesPerConversation,
    });
    if (outcome.ok) return outcome.index;
    if (outcome.reason === 'notFound') throw notFound();
    throw new DirectLineError(403, 'ConversationFull', 'this conversation is full; please start a new one');
  }

  private user(claims: TokenClaims): Party {
    return { id: claims.userId, role: 'user' };
  }

  private conversationToken(conversationId: string, userId: string) {
    const { token, expiresIn } = this.options.tokens.issue({
      scope: 'conversation',
      conversationId,
      userId,
      ttlSeconds: this.options.tokenTtlSeconds,
    });
    return { conversationId, token, expires_in: expiresIn };
  }

  private ticket(claims: TokenClaims): ConversationTicket {
    const stream = this.options.tokens.issue({
      scope: 'stream',
      conversationId: claims.conversationId,
      userId: claims.userId,
      ttlSeconds: this.options.streamTokenTtlSeconds,
    });
    return { ...this.conversationToken(claims.conversationId, claims.userId), streamToken: stream.token };
  }
}

/** A watermark is the number of activities already seen; empty means from the start. */
export function parseWatermark(watermark: string | undefined): number {
  if (watermark === undefined || watermark === '' || watermark === '-') return 0;
  if (!/^\d{1,9}$/.test(watermark)) throw badArgument('the watermark is not valid');
  return Number(watermark);
}
