import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, existsSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { delimiter } from 'node:path';

/**
 * A private redis-server child process. `npm start` uses one when no Redis is configured, so state
 * survives a restart; the test suite uses one so integration tests meet a real Redis.
 */
export interface EmbeddedRedisOptions {
  /** Folder for the data files (AOF) and, by default, the unix socket. Created if missing. */
  dir: string;
  /** Listen on this TCP port on 127.0.0.1. When absent, listen on a unix socket only. */
  port?: number;
  /** Keep an append-only file so data survives a restart. */
  appendOnly?: boolean;
  /** How long to wait for the server to answer PING. */
  startTimeoutMs?: number;
  /** The redis-server binary (see findRedisServer). */
  binary: string;
  /** Further redis-server options, e.g. ['--cluster-enabled', 'yes'] for a cluster node. */
  extraArgs?: string[];
}

export interface EmbeddedRedis {
  /** ioredis connection target: `{ path }` for a socket, `{ host, port }` for TCP. */
  readonly target: { path: string } | { host: string; port: number };
  /** A redis:// URL for TCP servers (undefined for a socket). */
  readonly url: string | undefined;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/** Finds redis-server on PATH (only there, so that "not installed" means what it says), or undefined. */
export function findRedisServer(searchPath: string | undefined): string | undefined {
  const dirs = (searchPath ?? '').split(delimiter).filter(Boolean);
  for (const dir of dirs) {
    const candidate = path.join(dir, 'redis-server');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Unix socket paths are limited to about 107 bytes; fall back to a short path when needed. */
function socketPathFor(dir: string): string {
  const preferred = path.join(dir, 'redis.sock');
  if (Buffer.byteLength(preferred) < 100) return preferred;
  const short = `/tmp/signpost-${Buffer.from(dir).toString('base64url').slice(-24)}.sock`;
  return short;
}

function ping(target: EmbeddedRedis['target']): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = 'path' in target ? net.connect(target.path) : net.connect(target.port, target.host);
    let answer = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts redis-server and resolves once it answers PING. Rejects if it exits or never answers. */
export async function startEmbeddedRedis(options: EmbeddedRedisOptions): Promise<EmbeddedRedis> {
  const binary = options.binary;
  mkdirSync(options.dir, { recursive: true });
  const dir = path.resolve(options.dir);
  const target: EmbeddedRedis['target'] =
    options.port !== undefined ? { host: '127.0.0.1', port: options.port } : { path: socketPathFor(dir) };

  if ('path' in target) {
    // A previous run that was killed hard can leave its socket (and even its server) behind.
    if (await ping(target)) return attach(target, undefined);
    rmSync(target.path, { force: true });
  }

  const args = [
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    options.appendOnly === false ? 'no' : 'yes',
    '--daemonize',
    'no',
    '--protected-mode',
    'yes',
    '--loglevel',
    'warning',
    '--logfile',
    path.join(dir, 'redis.log'),
  ];
  if ('path' in target) args.push('--port', '0', '--unixsocket', target.path, '--unixsocketperm', '700');
  else args.push('--port', String(target.port), '--bind', '127.0.0.1');

  args.push(...(options.extraArgs ?? []));
  const child = spawn(binary, args, { stdio: 'ignore', detached: false });
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  child.on('error', () => {
    exited = -1;
  });

  const deadline = (options.startTimeoutMs ?? 10000) + Date.now();
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`redis-server exited with code ${exited}; see ${dir}/redis.log`);
    if (await ping(target)) return attach(target, child);
    await sleep(25);
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not answer in time; see ${dir}/redis.log`);
}

function attach(target: EmbeddedRedis['target'], child: ChildProcess | undefined): EmbeddedRedis {
  return {
    target,
    url: 'port' in target ? `redis://${target.host}:${target.port}` : undefined,
    pid: child?.pid,
    stop: async () => {
      if (!child || child.exitCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** A free TCP port on 127.0.0.1, for tests and benchmarks that start their own server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
