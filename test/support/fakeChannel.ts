import http from 'node:http';

export interface ChannelActivity {
  type: string;
  text?: string;
  conversation?: { id: string };
  replyToId?: string;
  [key: string]: unknown;
}

/**
 * Plays the channel side of the Bot Framework protocol: the bot sends its replies to
 * {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}], and this server keeps them.
 */
export class FakeChannel {
  readonly received: ChannelActivity[] = [];
  /** Activities the bot updated (PUT .../activities/{id}), in order. */
  readonly updates: ChannelActivity[] = [];
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private waiters: (() => void)[] = [];
  private next = 0;
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Waits until `count` activities for the conversation have arrived, and returns them. */
  async waitFor(conversationId: string, count: number, timeoutMs = 5000): Promise<ChannelActivity[]> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const mine = this.received.filter((activity) => activity.conversation?.id === conversationId);
      if (mine.length >= count) return mine;
      const left = deadline - performance.now();
      if (left <= 0)
        throw new Error(`expected ${count} activities for ${conversationId}, got ${mine.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      if (req.method === 'PUT' && match?.[2]) {
        const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChannelActivity;
        activity.id = decodeURIComponent(match[2]);
        this.updates.push(activity);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: activity.id }));
        return;
      }
      if (req.method === 'POST' && match) {
        const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChannelActivity;
        activity.conversation ??= { id: decodeURIComponent(match[1]) };
        this.received.push(activity);
        const waiters = this.waiters;
        this.waiters = [];
        waiters.forEach((wake) => wake());
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${++this.next}` }));
        return;
      }
      res.writeHead(404);
      res.end();
    });
  }
}
