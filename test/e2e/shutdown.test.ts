import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** Whether anything answers PING on a unix socket. */
function redisAnswers(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(socketPath);
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => done(chunk.toString().startsWith('+PONG')));
  });
}

describe('shutting down', () => {
  it('exits 0 on SIGTERM with stray sockets open, and stops its embedded redis-server', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'signpost-shutdown-'));
    const child = spawn(
      process.execPath,
      ['--disable-warning=DEP0111', '-r', './test/support/tsRequire.js', 'src/server/main.ts'],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          PORT: '0',
          DATA_DIR: dataDir,
          REDIS_EMBEDDED: 'auto',
          LOG_FORMAT: 'json',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start-up line in: ${output}`)), 60_000);
        child.stdout.on('data', () => {
          const found = /Signpost is running at (http:\/\/\S+)/.exec(output)?.[1];
          if (found) {
            clearTimeout(timer);
            resolve(found);
          }
        });
      });
      const redisSocket = path.join(dataDir, 'redis', 'redis.sock');
      expect(await redisAnswers(redisSocket)).toBe(true);

      // A client stuck half-way through its headers, and one that only opened a connection.
      const { port, hostname } = new URL(url);
      const stray = [net.connect(Number(port), hostname), net.connect(Number(port), hostname)];
      await Promise.all(stray.map((socket) => new Promise((resolve) => socket.once('connect', resolve))));
      stray[0]?.write('POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"type":');
      for (const socket of stray) socket.on('error', () => undefined);

      const started = performance.now();
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(performance.now() - started).toBeLessThan(8000);
      expect(await redisAnswers(redisSocket)).toBe(false);
      for (const socket of stray) socket.destroy();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 90_000);
});
