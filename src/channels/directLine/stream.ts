import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ChannelConversationLog, Log } from '../../services/ports';
import { limits, presented } from './activities';
import { describeError } from './describeError';
import { parseWatermark } from './service';
import { isConversationId, type TokenIssuer } from './tokens';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;

export interface ActivityStreamsOptions {
  conversations: ChannelConversationLog;
  tokens: TokenIssuer;
  log: Log;
  /** A socket is closed after this long, so that the client comes back with a token that is still good. */
  maxSocketAgeMs: number;
  /** How often the server pings each socket; one that has not answered since the last ping is dropped. */
  heartbeatMs: number;
}

/** One open WebSocket: pushes the conversation's activities after its watermark, one push at a time. */
class StreamSession {
  private pumping = false;
  private again = false;
  /** Cleared at each heartbeat, set by the client's pong: a socket still false at the next beat is dead. */
  alive = true;

  constructor(
    readonly conversationId: string,
    readonly socket: WebSocket,
    private watermark: number,
    private readonly conversations: ChannelConversationLog,
    private readonly log: Log,
  ) {}

  /** Reads what is new and sends it; a call while a push is running makes that push look again. */
  async pump(): Promise<void> {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.again = false;
        const read = await this.conversations.read({
          conversationId: this.conversationId,
          from: this.watermark,
          limit: limits.batch,
        });
        if (!read.found) {
          this.socket.close(1000, 'conversation ended');
          return;
        }
        if (read.next > this.watermark && this.socket.readyState === this.socket.OPEN) {
          const activities = read.activities.map(({ index, activity }) =>
            presented(this.conversationId, index, activity),
          );
          this.socket.send(JSON.stringify({ activities, watermark: String(read.next) }));
          // A full page may have more behind it.
          if (read.next - this.watermark === limits.batch) this.again = true;
          this.watermark = read.next;
        }
      } while (this.again && this.socket.readyState === this.socket.OPEN);
    } catch (err) {
      // Redis may be away for a moment: the client keeps its watermark and catches up on the next push.
      this.log.warn({ err: describeError(err) }, 'direct line: push failed');
    } finally {
      this.pumping = false;
    }
  }
}

/**
 * The Direct Line WebSocket stream: `GET /v3/directline/conversations/{id}/stream?t=<stream token>`
 * upgraded on the restify server's own HTTP server. Each frame is `{ activities, watermark }`. Any
 * instance can serve any socket: it hears of new activities from the log's watch, which spans
 * instances. What the client sends (Web Chat sends empty keep-alives) is ignored.
 */
export class ActivityStreams {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly sessions = new Map<string, Set<StreamSession>>();
  private stopWatching: (() => Promise<void>) | undefined;
  private watching: Promise<void> | undefined;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) =>
    void this.upgrade(req, socket, head);

  constructor(
    private readonly httpServer: HttpServer,
    private readonly options: ActivityStreamsOptions,
  ) {
    httpServer.on('upgrade', this.onUpgrade);
    this.heartbeat = setInterval(() => this.ping(), options.heartbeatMs);
    this.heartbeat.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.httpServer.removeListener('upgrade', this.onUpgrade);
    for (const set of this.sessions.values()) for (const session of set) session.socket.terminate();
    this.sessions.clear();
    this.wss.close();
    await this.watching?.catch(() => undefined);
    await this.stopWatching?.();
    this.stopWatching = undefined;
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const encodedId = STREAM_PATH.exec(url.pathname)?.[1];
    if (encodedId === undefined) {
      // Nothing else on this server takes upgrades (restify only re-emits the event): an upgrade to
      // any other path is answered and its socket destroyed at once, so none is left open.
      refuse(socket, 404, 'Not Found');
      return;
    }
    const conversationId = decodeURIComponent(encodedId);
    const check = this.options.tokens.verify(url.searchParams.get('t') ?? undefined, 'stream');
    if (!check.ok) {
      refuse(
        socket,
        check.reason === 'expired' ? 403 : 401,
        check.reason === 'expired' ? 'Forbidden' : 'Unauthorized',
      );
      return;
    }
    if (!isConversationId(conversationId) || check.claims.conversationId !== conversationId) {
      refuse(socket, 403, 'Forbidden');
      return;
    }
    let watermark: number;
    try {
      watermark = parseWatermark(url.searchParams.get('watermark') ?? undefined);
    } catch {
      refuse(socket, 400, 'Bad Request');
      return;
    }
    try {
      await this.ensureWatching();
      if ((await this.options.conversations.owner(conversationId)) === undefined) {
        refuse(socket, 404, 'Not Found');
        return;
      }
    } catch (err) {
      this.options.log.warn({ err: describeError(err) }, 'direct line: could not open a stream');
      refuse(socket, 503, 'Service Unavailable');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.open(conversationId, ws, watermark));
  }

  private open(conversationId: string, ws: WebSocket, watermark: number): void {
    const session = new StreamSession(
      conversationId,
      ws,
      watermark,
      this.options.conversations,
      this.options.log,
    );
    let set = this.sessions.get(conversationId);
    if (!set) {
      set = new Set();
      this.sessions.set(conversationId, set);
    }
    set.add(session);
    const maxAge = setTimeout(() => ws.close(1000, 'please reconnect'), this.options.maxSocketAgeMs);
    maxAge.unref();
    ws.on('pong', () => {
      session.alive = true;
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      clearTimeout(maxAge);
      set.delete(session);
      if (set.size === 0) this.sessions.delete(conversationId);
    });
    void session.pump();
  }

  private ensureWatching(): Promise<void> {
    this.watching ??= this.options.conversations
      .watch((conversationId) => {
        for (const session of this.sessions.get(conversationId) ?? []) void session.pump();
      })
      .then((stop) => {
        this.stopWatching = stop;
      })
      .catch((err: unknown) => {
        this.watching = undefined;
        throw err;
      });
    return this.watching;
  }

  private ping(): void {
    for (const set of this.sessions.values()) {
      for (const session of set) {
        if (!session.alive) {
          session.socket.terminate();
          continue;
        }
        session.alive = false;
        session.socket.ping();
      }
    }
  }
}

/** Answers an upgrade that is not taken and destroys its socket (never left half-open). */
function refuse(socket: Duplex, status: number, reason: string): void {
  if (socket.destroyed) return;
  socket.on('error', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () =>
    socket.destroy(),
  );
  // A client that never reads could hold the write (and so the socket) open.
  setTimeout(() => socket.destroy(), 1000).unref();
}
