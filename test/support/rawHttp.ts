import http from 'node:http';
import net from 'node:net';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request with exactly the headers and body given (no client-side checks or encoding). */
export function rawRequest(
  baseUrl: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<RawAnswer> {
  const url = new URL(options.path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'POST',
        headers: options.headers ?? {},
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    // The server may answer and close before the whole body is sent: that is the point.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ECONNRESET') return;
      reject(err);
    });
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Opens a TCP connection, writes `data`, and resolves with what came back and how long the server kept it open. */
export function rawSocket(
  baseUrl: string,
  data: string,
  options: { waitMs: number },
): Promise<{ closedByServer: boolean; openMs: number; received: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect(Number(url.port), url.hostname);
    let received = '';
    let settled = false;
    const finish = (closedByServer: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ closedByServer, openMs: performance.now() - started, received });
    };
    const timer = setTimeout(() => finish(false), options.waitMs);
    // The client never ends its side: only the server can close this connection.
    socket.on('connect', () => socket.write(data));
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
  });
}
