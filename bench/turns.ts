import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { itemAt } from '../src/domain/lists';
import { findRedisServer, freePort, startEmbeddedRedis } from '../src/storage/embeddedRedis';

/**
 * npm run bench:turns [-- --levels 1,10,100 --seconds 5 --rounds 3]
 *
 * Drives N concurrent conversations over HTTP the way a channel does: each conversation posts a
 * message to /api/messages, the bot answers on the serviceUrl callback (this process plays the
 * channel), and the conversation sends its next message once the turn is done. The same load runs,
 * in the same run and on the same Redis, against Signpost and against a minimal echo bot built from
 * the same stack. Prints turns/s, latency percentiles, CPU time per turn and each bot's RSS, the
 * ratio Signpost/echo, and a one-line JSON summary last.
 *
 * On a shared machine the load from elsewhere drifts within seconds, so each level is run in rounds,
 * the two bots back to back in each round (echo first in odd rounds, Signpost first in even ones).
 * Each round gives one ratio, and the level's ratio is the median of its rounds.
 */

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = args[at + 1];
  if (value === undefined) throw new Error(`--${name} needs a value`);
  return value;
};
const levels = arg('levels', '1,10,100').split(',').map(Number);
const seconds = Number(arg('seconds', '5'));
const warmupSeconds = Number(arg('warmup', '1'));
const rounds = Math.max(1, Number(arg('rounds', '3')));

interface Result {
  turnsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  rssMb: number;
  /** CPU time the bot's process spent per measured turn, in ms. */
  cpuMsPerTurn: number;
  errors: number;
}

interface Run {
  turnsPerSecond: number;
  latencies: number[];
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
  return itemAt(sorted, Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length)), 'a percentile');
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

/** One run: `concurrency` conversations for the warm-up, then `seconds` measured. */
async function drive(
  bot: { child: ChildProcess; url: string },
  channelUrl: string,
  concurrency: number,
  tag: string,
  measureSeconds = seconds,
): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  let measuring = false;
  let stop = false;
  let counter = 0;
  let measuredTurns = 0;
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
      const counted = measuring;
      try {
        const status = await postActivity(bot.url, body);
        if (status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      if (counted && measuring) {
        latencies.push(performance.now() - started);
        measuredTurns += 1;
      }
    }
  };
  const runners = Array.from({ length: concurrency }, (_, i) => conversation(i));
  await new Promise((resolve) => setTimeout(resolve, warmupSeconds * 1000));
  const before = await usageOf(bot.child);
  measuring = true;
  const began = performance.now();
  await new Promise((resolve) => setTimeout(resolve, measureSeconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - began) / 1000;
  const after = await usageOf(bot.child);
  stop = true;
  await Promise.all(runners);
  return {
    turnsPerSecond: latencies.length / elapsed,
    latencies,
    cpuMsPerTurn: measuredTurns ? (after.cpuMs - before.cpuMs) / measuredTurns : 0,
    errors,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = itemAt(sorted, middle, 'the middle value');
  return sorted.length % 2 ? upper : (itemAt(sorted, middle - 1, 'the middle value') + upper) / 2;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A bot's figures at one level: medians over its runs, latency percentiles over all measured turns. */
function summarise(runs: Run[], rssBytes: number): Result {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  return {
    turnsPerSecond: round2(median(runs.map((run) => run.turnsPerSecond))),
    p50: round2(percentile(latencies, 50)),
    p95: round2(percentile(latencies, 95)),
    p99: round2(percentile(latencies, 99)),
    rssMb: Math.round((rssBytes / 1024 / 1024) * 10) / 10,
    cpuMsPerTurn: Math.round(median(runs.map((run) => run.cpuMsPerTurn)) * 1000) / 1000,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
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
    `bench:turns — ${rounds} round(s) per level, ${seconds}s measured per run after ${warmupSeconds}s warm-up, levels ${levels.join(', ')}`,
  );
  // Both bots' code is compiled by the JIT before anything is measured.
  for (const bot of [echo, signpost]) await drive(bot, channel.url, 10, 'jit', 2);
  console.log('bot       conc  turns/s   p50 ms   p95 ms   p99 ms   RSS MB  CPU ms/turn  errors');
  const bots = { echo, signpost } as const;
  const summary: {
    concurrency: number;
    signpost: Result;
    echo: Result;
    ratio: number;
    roundRatios: number[];
  }[] = [];
  for (const concurrency of levels) {
    const runs: Record<'signpost' | 'echo', Run[]> = { echo: [], signpost: [] };
    const roundRatios: number[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const order = round % 2 ? (['echo', 'signpost'] as const) : (['signpost', 'echo'] as const);
      for (const name of order)
        runs[name].push(await drive(bots[name], channel.url, concurrency, `${name}${round}`));
      const ofRound = (name: 'signpost' | 'echo') => itemAt(runs[name], round - 1, "a round's run");
      roundRatios.push(
        Math.round((ofRound('signpost').turnsPerSecond / ofRound('echo').turnsPerSecond) * 1000) / 1000,
      );
    }
    const results = {
      echo: summarise(runs.echo, (await usageOf(echo.child)).rss),
      signpost: summarise(runs.signpost, (await usageOf(signpost.child)).rss),
    };
    for (const name of ['echo', 'signpost'] as const) {
      const r = results[name];
      console.log(
        `${name.padEnd(9)} ${String(concurrency).padStart(4)} ${r.turnsPerSecond.toFixed(1).padStart(8)} ${r.p50
          .toFixed(2)
          .padStart(8)} ${r.p95.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${r.rssMb
          .toFixed(1)
          .padStart(8)} ${r.cpuMsPerTurn.toFixed(3).padStart(12)} ${String(r.errors).padStart(7)}`,
      );
    }
    const ratio = Math.round(median(roundRatios) * 1000) / 1000;
    console.log(
      `          ratio Signpost/echo at ${concurrency}: ${ratio} (median of rounds: ${roundRatios.join(', ')})`,
    );
    summary.push({ concurrency, ...results, ratio, roundRatios });
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
      rounds,
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
