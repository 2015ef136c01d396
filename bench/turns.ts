import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRedisServer, freePort, startEmbeddedRedis } from '../src/storage/embeddedRedis';

/**
 * npm run bench:turns [-- --levels 1,10,100 --seconds 5]
 *
 * Drives N concurrent conversations over HTTP the way a channel does: each conversation posts a
 * message to /api/messages, the bot answers on the serviceUrl callback (this process plays the
 * channel), and the conversation sends its next message once the turn is done. The same load runs,
 * in the same run and on the same Redis, against Signpost and against a minimal echo bot built from
 * the same stack. Prints turns/s, latency percentiles and each bot's RSS, the ratio Signpost/echo,
 * and a one-line JSON summary last.
 */

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const levels = arg('levels', '1,10,100').split(',').map(Number);
const seconds = Number(arg('seconds', '5'));
const warmupSeconds = Number(arg('warmup', '1'));

interface Result {
  turnsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  rssMb: number;
  /** CPU time the bot's process spent per turn (warm-up included), in ms. */
  cpuMsPerTurn: number;
  errors: number;
}

/** The channel: accepts the bot's replies and answers as a channel would. */
function startChannel(): Promise<{ url: string; received: () => number; close(): void }> {
  let received = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"r${received}"}`);
    });
  });
  server.keepAliveTimeout = 60000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
        received: () => received,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      });
    }),
  );
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function postActivity(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(`${url}/api/messages`);
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function startBot(
  kind: 'signpost' | 'echo',
  redisUrl: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(path.join(__dirname, 'botProcess.js'), [], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: ['--disable-warning=DEP0111'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(message.url));
    child.once('exit', (code) => reject(new Error(`${kind} bot exited with ${code}`)));
    child.send({ kind, redisUrl });
  });
  return { child, url };
}

function usageOf(child: ChildProcess): Promise<{ rss: number; cpuMs: number }> {
  return new Promise((resolve) => {
    child.once('message', (message: { rss: number; cpuMs: number }) => resolve(message));
    child.send('rss');
  });
}

async function drive(
  botUrl: string,
  channelUrl: string,
  concurrency: number,
  tag: string,
): Promise<Omit<Result, 'rssMb' | 'cpuMsPerTurn'> & { sent: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let measuring = false;
  let stop = false;
  let counter = 0;
  const conversation = async (index: number) => {
    const conversationId = `${tag}-${concurrency}-${index}`;
    while (!stop) {
      counter += 1;
      const body = JSON.stringify({
        type: 'message',
        id: `a${counter}`,
        channelId: 'bench',
        serviceUrl: channelUrl,
        conversation: { id: conversationId },
        from: { id: `user-${conversationId}` },
        recipient: { id: 'bot' },
        locale: 'en-GB',
        text: 'hello',
      });
      const started = performance.now();
      try {
        const status = await postActivity(botUrl, body);
        if (status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      if (measuring) latencies.push(performance.now() - started);
    }
  };
  const runners = Array.from({ length: concurrency }, (_, i) => conversation(i));
  await new Promise((resolve) => setTimeout(resolve, warmupSeconds * 1000));
  measuring = true;
  const began = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - began) / 1000;
  stop = true;
  await Promise.all(runners);
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    turnsPerSecond: round(latencies.length / elapsed),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors,
    sent: counter,
  };
}

async function main(): Promise<void> {
  let redisUrl = process.env.REDIS_URL;
  let stopRedis = async () => undefined as void;
  if (!redisUrl) {
    const binary = findRedisServer(process.env.PATH);
    if (!binary) throw new Error('bench:turns needs redis-server on PATH or REDIS_URL');
    const redis = await startEmbeddedRedis({
      binary,
      dir: mkdtempSync(path.join(os.tmpdir(), 'signpost-bench-')),
      port: await freePort(),
      appendOnly: false,
    });
    redisUrl = redis.url as string;
    stopRedis = () => redis.stop();
  }
  const channel = await startChannel();
  const signpost = await startBot('signpost', redisUrl);
  const echo = await startBot('echo', redisUrl);

  console.log(
    `bench:turns — ${seconds}s per run after ${warmupSeconds}s warm-up, levels ${levels.join(', ')}`,
  );
  console.log('bot       conc  turns/s   p50 ms   p95 ms   p99 ms   RSS MB  CPU ms/turn  errors');
  const summary: { concurrency: number; signpost: Result; echo: Result; ratio: number }[] = [];
  for (const concurrency of levels) {
    const results: Partial<Record<'signpost' | 'echo', Result>> = {};
    // Echo first, then Signpost, each on its own conversations; both see the same machine state.
    for (const [name, bot] of [
      ['echo', echo],
      ['signpost', signpost],
    ] as const) {
      const before = await usageOf(bot.child);
      const { sent, ...measured } = await drive(bot.url, channel.url, concurrency, name);
      const after = await usageOf(bot.child);
      results[name] = {
        ...measured,
        rssMb: Math.round((after.rss / 1024 / 1024) * 10) / 10,
        cpuMsPerTurn: Math.round(((after.cpuMs - before.cpuMs) / sent) * 1000) / 1000,
      };
      const r = results[name] as Result;
      console.log(
        `${name.padEnd(9)} ${String(concurrency).padStart(4)} ${r.turnsPerSecond.toFixed(1).padStart(8)} ${r.p50
          .toFixed(2)
          .padStart(8)} ${r.p95.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${r.rssMb
          .toFixed(1)
          .padStart(8)} ${r.cpuMsPerTurn.toFixed(3).padStart(12)} ${String(r.errors).padStart(7)}`,
      );
    }
    const ratio =
      Math.round(
        ((results.signpost as Result).turnsPerSecond / (results.echo as Result).turnsPerSecond) * 1000,
      ) / 1000;
    console.log(`          ratio Signpost/echo at ${concurrency}: ${ratio}`);
    summary.push({ concurrency, signpost: results.signpost as Result, echo: results.echo as Result, ratio });
  }

  signpost.child.kill();
  echo.child.kill();
  channel.close();
  agent.destroy();
  await stopRedis();

  const at100 = summary.find((entry) => entry.concurrency === 100);
  console.log(
    JSON.stringify({
      bench: 'turns',
      seconds,
      levels: summary,
      goal: {
        concurrency: 100,
        minRatio: 0.7,
        ratio: at100?.ratio ?? null,
        met: at100 ? at100.ratio >= 0.7 : null,
      },
    }),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
