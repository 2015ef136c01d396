import WebSocket from 'ws';

export interface DirectLineActivity {
  type: string;
  id?: string;
  text?: string;
  from?: { id: string; role?: string; name?: string };
  [key: string]: unknown;
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

/** A Direct Line 3.0 client as Web Chat's botframework-directlinejs uses the API, for tests. */
export class DirectLineClient {
  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: { token?: string | undefined; body?: unknown; rawBody?: string; contentType?: string } = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    const response = await fetch(`${this.baseUrl}/v3/directline${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    let parsed: unknown = {};
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      parsed = {};
    }
    return { status: response.status, body: parsed as T, text, headers: response.headers };
  }

  async generate(): Promise<{ conversationId: string; token: string; expires_in: number; userId: string }> {
    const answer = await this.request<{
      conversationId: string;
      token: string;
      expires_in: number;
      userId: string;
    }>('POST', '/tokens/generate');
    if (answer.status !== 200) throw new Error(`generate answered ${answer.status}: ${answer.text}`);
    return answer.body;
  }

  start(token: string, body: unknown = { user: {}, locale: 'en-GB' }) {
    return this.request<{ conversationId: string; token: string; expires_in: number; streamUrl: string }>(
      'POST',
      '/conversations',
      { token, body },
    );
  }

  post(conversationId: string, token: string, activity: Record<string, unknown>) {
    return this.request<{ id: string }>('POST', `/conversations/${conversationId}/activities`, {
      token,
      body: activity,
    });
  }

  activities(conversationId: string, token: string, watermark = '') {
    return this.request<{ activities: DirectLineActivity[]; watermark: string }>(
      'GET',
      `/conversations/${conversationId}/activities?watermark=${watermark}`,
      { token },
    );
  }

  /** A new conversation, started, with its token and user. */
  async conversation(): Promise<{
    conversationId: string;
    token: string;
    userId: string;
    streamUrl: string;
  }> {
    const { token, userId } = await this.generate();
    const started = await this.start(token);
    if (started.status !== 201) throw new Error(`start answered ${started.status}: ${started.text}`);
    return { ...started.body, userId };
  }
}

/** A message as Web Chat posts it. */
export const typed = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  text,
  textFormat: 'plain',
  locale: 'en-GB',
  from: { id: 'r_webchat', role: 'user' },
  channelData: { clientActivityID: `client-${Math.random().toString(36).slice(2)}` },
  ...extra,
});

/** An open stream: every activity pushed so far, and a way to wait for more. */
export class StreamReader {
  readonly activities: DirectLineActivity[] = [];
  readonly watermarks: string[] = [];
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = data.toString();
      if (!text) return;
      const frame = JSON.parse(text) as { activities: DirectLineActivity[]; watermark: string };
      this.activities.push(...frame.activities);
      this.watermarks.push(frame.watermark);
      const waiters = this.waiters;
      this.waiters = [];
      waiters.forEach((wake) => wake());
    });
  }

  static open(url: string): Promise<StreamReader> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.once('open', () => resolve(new StreamReader(socket)));
      socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      socket.once('error', reject);
    });
  }

  /** Waits until the pushed activities satisfy `done` (a missing push fails after `timeoutMs`). */
  async until(
    done: (activities: DirectLineActivity[]) => boolean,
    timeoutMs = 10000,
  ): Promise<DirectLineActivity[]> {
    const deadline = performance.now() + timeoutMs;
    while (!done(this.activities)) {
      const left = deadline - performance.now();
      if (left <= 0) {
        throw new Error(
          `stream: condition not met; got ${JSON.stringify(this.activities.map((a) => a.text ?? a.type))}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.activities;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

/** The status with which a WebSocket handshake is refused (0 when it opens). */
export function handshakeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.once('open', () => {
      socket.close();
      resolve(0);
    });
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? -1);
      socket.terminate();
    });
    socket.once('error', () => resolve(-1));
  });
}
