import http from 'node:http';
import { randomUUID } from 'node:crypto';

/**
 * A strict channel shaped like the Microsoft Teams connector (DESIGN.md, trap 15), for end-to-end
 * tests over real HTTP. The bot posts its replies and proactive messages to
 * {url}/v3/conversations/{id}/activities[/{replyToId}] and updates to PUT .../activities/{id}; this
 * server keeps what it accepts and refuses what Teams refuses:
 * - attachments that are data URLs, or of a type Teams does not know: 400 Unknown attachment type;
 * - more than 3 suggested actions: 400 (Teams would hide the rest);
 * - an Adaptive Card above version 1.5, or a message over 28 KB: 400 / 413;
 * - event activities (such as handoff.initiate): 400;
 * - a message to someone who has not installed the app: 403 BotNotInConversationRoster.
 * Tests can also make it fail on purpose: answer 500, 403, or nothing at all, for some conversations.
 */

export interface TeamsActivity {
  type: string;
  id?: string;
  text?: string;
  attachments?: { contentType: string; contentUrl?: string; content?: unknown; name?: string }[];
  suggestedActions?: { actions: { title?: string; value?: unknown }[] };
  conversation?: { id: string };
  replyToId?: string;
  [key: string]: unknown;
}

export interface Rejection {
  conversationId: string;
  status: number;
  reason: string;
  activity: TeamsActivity;
}

export type Fault = 'ok' | 500 | 403 | 'hang';

const KNOWN_ATTACHMENTS = new Set([
  'application/vnd.microsoft.card.adaptive',
  'application/vnd.microsoft.card.hero',
  'application/vnd.microsoft.card.thumbnail',
  'application/vnd.microsoft.card.signin',
  'application/vnd.microsoft.card.oauth',
  'application/vnd.microsoft.teams.card.o365connector',
  'application/vnd.microsoft.teams.card.file.consent',
  'application/vnd.microsoft.teams.file.download.info',
]);
const MAX_BYTES = 28 * 1024;

export class TeamsChannel {
  /** Accepted activities, in order; an update replaces the activity it names in `current`. */
  readonly received: TeamsActivity[] = [];
  readonly updates: TeamsActivity[] = [];
  readonly rejections: Rejection[] = [];
  /** Conversations where the app is installed: others get 403 for a proactive message. */
  readonly installed = new Set<string>();
  private readonly faults = new Map<string, Fault>();
  private defaultFault: Fault = 'ok';
  private readonly hanging = new Set<http.ServerResponse>();
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  async stop(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Makes sends to `conversationId` (or every conversation, with '*') fail as `fault` says. */
  fail(conversationId: string, fault: Fault): void {
    if (conversationId === '*') this.defaultFault = fault;
    else this.faults.set(conversationId, fault);
  }

  /** Ends every request left hanging (as if the connector timed out at its end). */
  release(): void {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
  }

  /** Accepted activities of one conversation. */
  of(conversationId: string): TeamsActivity[] {
    return this.received.filter((activity) => activity.conversation?.id === conversationId);
  }

  /** The activity as it stands now, after any updates. */
  current(activityId: string): TeamsActivity | undefined {
    const updated = [...this.updates].reverse().find((activity) => activity.id === activityId);
    return updated ?? this.received.find((activity) => activity.id === activityId);
  }

  /** Waits until at least `count` activities of the conversation were accepted. */
  async waitFor(conversationId: string, count: number, timeoutMs = 5000): Promise<TeamsActivity[]> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const mine = this.of(conversationId);
      if (mine.length >= count) return mine;
      if (performance.now() > deadline)
        throw new Error(`expected ${count} activities in ${conversationId}, got ${mine.length}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
        res.writeHead(404).end();
        return;
      }
      const conversationId = decodeURIComponent(match[1]);
      const body = Buffer.concat(chunks);
      const activity = JSON.parse(body.toString('utf8')) as TeamsActivity;
      activity.conversation ??= { id: conversationId };
      const fault = this.faults.get(conversationId) ?? this.defaultFault;
      if (fault === 'hang') {
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return;
      }
      if (fault === 500) return this.refuse(res, conversationId, activity, 500, 'InternalServerError');
      const reply = req.method === 'POST' && match[2] !== undefined;
      if (fault === 403 || (!reply && !this.installed.has(conversationId))) {
        return this.refuse(res, conversationId, activity, 403, 'BotNotInConversationRoster');
      }
      const problem = this.check(activity, body.length);
      if (problem) return this.refuse(res, conversationId, activity, problem.status, problem.code);
      if (req.method === 'PUT') {
        activity.id = decodeURIComponent(match[2] ?? '');
        this.updates.push(activity);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: activity.id }));
        return;
      }
      activity.id = `1:${randomUUID()}`;
      this.received.push(activity);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: activity.id }));
    });
  }

  private check(activity: TeamsActivity, bytes: number): { status: number; code: string } | undefined {
    if (activity.type !== 'message') return { status: 400, code: 'BadArgument' };
    if (bytes > MAX_BYTES) return { status: 413, code: 'MessageSizeTooBig' };
    if ((activity.suggestedActions?.actions.length ?? 0) > 3) return { status: 400, code: 'BadArgument' };
    for (const attachment of activity.attachments ?? []) {
      const known =
        KNOWN_ATTACHMENTS.has(attachment.contentType) || attachment.contentType.startsWith('image/');
      if (
        !known ||
        (attachment.contentUrl?.startsWith('data:') && !attachment.contentType.startsWith('image/'))
      ) {
        return { status: 400, code: 'UnknownAttachmentType' };
      }
      if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
        const version = Number((attachment.content as { version?: unknown } | undefined)?.version ?? '0');
        if (!(version <= 1.5)) return { status: 400, code: 'BadArgument' };
        if (JSON.stringify(attachment.content).includes('Action.Execute'))
          return { status: 400, code: 'BadArgument' };
      }
    }
    return undefined;
  }

  private refuse(
    res: http.ServerResponse,
    conversationId: string,
    activity: TeamsActivity,
    status: number,
    code: string,
  ): void {
    this.rejections.push({ conversationId, status, reason: code, activity });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code, message: `${code}` } }));
  }
}

/** One person talking to the bot through the Teams-shaped channel: each message waits for the turn. */
export function teamsUser(options: {
  bot: string;
  channel: TeamsChannel;
  conversationId: string;
  userId: string;
  aadObjectId?: string;
  locale?: string;
}) {
  const { channel, conversationId } = options;
  channel.installed.add(conversationId);
  let counter = 0;
  return async (text: string | { value: unknown }): Promise<{ replies: TeamsActivity[]; ms: number }> => {
    const before = channel.of(conversationId).length;
    counter += 1;
    const started = performance.now();
    const response = await fetch(`${options.bot}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `${conversationId}-${counter}`,
        channelId: 'msteams',
        serviceUrl: channel.url,
        conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
        from: {
          id: options.userId,
          name: '',
          ...(options.aadObjectId ? { aadObjectId: options.aadObjectId } : {}),
        },
        recipient: { id: '28:signpost', name: 'Signpost' },
        channelData: { tenant: { id: 'tenant-1' } },
        locale: options.locale ?? 'en-GB',
        ...(typeof text === 'string' ? { text } : { value: text.value }),
      }),
    });
    const ms = performance.now() - started;
    if (response.status >= 300) throw new Error(`the bot answered ${response.status}`);
    return { replies: channel.of(conversationId).slice(before), ms };
  };
}

export const textOf = (activities: TeamsActivity[]) => activities.map((activity) => activity.text ?? '');
