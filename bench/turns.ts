import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { itemAt } from '../src/domain/lists';
import { findRedisServer, freePort, startEmbeddedRedis } from '../src/storage/embeddedRedis';
import { writeBenchPractice, type BenchPractice } from './benchPractice';
import type { BotKind, Start } from './botProcess';
import {
  chooseJourney,
  judge,
  loadJourneys,
  messageOf,
  visibleText,
  type Journey,
  type JourneyStep,
} from './journey';

/**
 * npm run bench:turns [-- --levels 1,10,100,500 --seconds 5 --rounds 3 --bots signpost,prompt,echo]
 *
 * What users get, over HTTP the way a channel does it: each conversation posts a message to
 * /api/messages, the bot answers on the serviceUrl callback (this process plays the channel), and the
 * conversation sends its next message once the turn is done. What each conversation says is a journey
 * read from bench/journeys/<bot>.json: Signpost's whole patient journey, receptionists' referrals and
 * link workers' "My referrals", each pass in a new conversation (a patient is a new person each pass).
 * Every reply is checked against the journey; a reply it did not expect is an error of that step, and
 * the conversation starts a new pass. A slot someone else took a moment before is a race, counted apart.
 *
 * The same load runs, in the same run and on the same Redis, against a prompt bot (a botbuilder-dialogs
 * waterfall of text, number, choice and confirm prompts, bench/promptBot.ts) and an echo bot
 * (bench/echoBot.ts), each in its own process. At each level (concurrent conversations) every bot's
 * conversations first settle (each finishes a pass, so they are spread over the journey's steps), then
 * the bots take turns in rounds, the order rotating each round, each round giving one ratio per pair.
 * A level's ratio is the median of its rounds'.
 *
 * Prints for each bot and level: turns/s, p50/p95/p99 latency, RSS, CPU time per turn, errors and
 * races; the ratios; errors per step; the goals; and a one-line JSON summary last.
 */

const args = process.argv.slice(2);
function arg(name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = args[at + 1];
  if (value === undefined) throw new Error(`--${name} needs a value`);
  return value;
}
const levels = arg('levels', '1,10,100,500').split(',').map(Number);
const busiestLevel = Math.max(...levels);
const seconds = Number(arg('seconds', '5'));
const warmupSeconds = Number(arg('warmup', '1'));
const rounds = Math.max(1, Number(arg('rounds', '3')));
const settleMaxSeconds = Number(arg('settle', '120'));
const botNames = arg('bots', 'signpost,prompt,echo').split(',') as BotKind[];
const linkWorkerCount = Number(arg('link-workers', '10'));
const receptionistCount = Number(arg('receptionists', '4'));
const profileDir = args.includes('--profile') ? path.resolve(arg('profile', 'profiles')) : undefined;
const profileLevel = Number(arg('profile-level', '100'));
/** With --profile, V8's sampling heap profiler instead of the CPU profiler: where turns allocate. */
const heapProfile = args.includes('--heap');
const turnTimeoutMs = Number(arg('turn-timeout', '30000'));
/**
 * The Node options `npm start` gives Signpost (its memory setting among them), so that Signpost is
 * measured as it runs: the options before the script in package.json's start script.
 */
function startScriptNodeOptions(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    scripts?: { start?: string };
  };
  const words = (manifest.scripts?.start ?? '').split(/\s+/).filter(Boolean);
  const script = words.findIndex((word) => word.endsWith('.js'));
  return words
    .slice(words[0] === 'node' ? 1 : 0, script < 0 ? undefined : script)
    .filter((word) => word.startsWith('--'));
}
/**
 * Node options for Signpost's process, space-separated, in place of npm start's, e.g.
 * "--max-old-space-size=512": to measure another setting an operator may choose (see the README).
 */
const signpostNodeArgs = args.includes('--node-args')
  ? arg('node-args', '').split(' ').filter(Boolean)
  : startScriptNodeOptions();
/** Only these journeys (by name, comma-separated), e.g. to look at one of them on its own. */
const onlyJourneys = args.includes('--journeys') ? arg('journeys', '').split(',') : undefined;

const journeysDir = path.join(__dirname, '..', '..', 'bench', 'journeys');
const STAFF_CHANNEL = 'msteams';
/** Goals of the journey against the prompt bot (see the README). */
const GOALS = {
  minTurnsRatio: 0.67,
  ratioLevels: [10, 100],
  maxP99Ratio: 1.5,
  p99Level: 100,
  maxRssMb: 350,
  rssLevel: 100,
  maxErrorShare: 0.02,
};

// ---------------------------------------------------------------------------------------------
// The channel: receives the bots' replies, keeps each turn's by the activity it answers.

interface Channel {
  url: string;
  /** Replies received for an activity id, taken (and forgotten) once its turn is over. */
  take(activityId: string): string[];
  proactive(): number;
  close(): void;
}

function startChannel(): Promise<Channel> {
  const replies = new Map<string, string[]>();
  let received = 0;
  let proactive = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received += 1;
      // POST /v3/conversations/{id}/activities/{replyToId} is a reply in a turn; anything else (a
      // proactive message, a card update) is answered and set aside.
      const reply =
        req.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities\/([^/?]+)/.exec(req.url ?? '');
      const replyTo = reply ? decodeURIComponent(reply[1] ?? '') : undefined;
      if (replyTo) {
        let activity: unknown;
        try {
          activity = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          activity = undefined;
        }
        const list = replies.get(replyTo);
        const text = visibleText(activity);
        if (list) list.push(text);
        else replies.set(replyTo, [text]);
      } else {
        proactive += 1;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"r${received}"}`);
    });
  });
  server.keepAliveTimeout = 60000;
  return new Promise((resolve) =>
    // A deep queue of connections waiting to be accepted: at 500 conversations a stock CloudAdapter
    // opens a connection per reply, more at once than the default backlog holds.
    server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
        take: (activityId) => {
          const list = replies.get(activityId) ?? [];
          replies.delete(activityId);
          return list;
        },
        proactive: () => proactive,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      });
    }),
  );
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });

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
        timeout: turnTimeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer in ${turnTimeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

// ---------------------------------------------------------------------------------------------
// The bots, each in its own process.

interface Bot {
  name: BotKind;
  child: ChildProcess;
  url: string;
  logFile: string;
}

const children = new Set<ChildProcess>();
// The bots go with the benchmark, however it ends.
process.on('exit', () => {
  for (const child of children) child.kill();
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGPIPE'] as const) {
  process.on(signal, () => process.exit(1));
}

async function startBot(
  name: BotKind,
  redisUrl: string,
  logDir: string,
  env: Record<string, string>,
): Promise<Bot> {
  const logFile = path.join(logDir, `${name}.log`);
  const out = openSync(logFile, 'a');
  const child = fork(path.join(__dirname, 'botProcess.js'), [], {
    stdio: ['ignore', out, out, 'ipc'],
    execArgv: [...new Set(['--disable-warning=DEP0111', ...(name === 'signpost' ? signpostNodeArgs : [])])],
  });
  closeSync(out);
  children.add(child);
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(message.url));
    child.once('exit', (code) => reject(new Error(`the ${name} bot exited with ${code} (see ${logFile})`)));
    child.send({ kind: name, redisUrl, env } satisfies Start);
  });
  return { name, child, url, logFile };
}

/** Each bot process's asks, one at a time: an answer is matched to its question by order alone. */
const asking = new WeakMap<ChildProcess, Promise<unknown>>();

function ask<T>(child: ChildProcess, message: unknown): Promise<T> {
  // Two asks in flight at once (a turn's CPU reading at one conversation, and the window's) would both
  // take the first answer, and the second answer would go to the next ask: every reading after it
  // would then be the one before.
  const previous = asking.get(child) ?? Promise.resolve();
  const answer = previous.then(
    () =>
      new Promise<T>((resolve) => {
        child.once('message', (reply: T) => resolve(reply));
        child.send(message as string);
      }),
  );
  asking.set(
    child,
    answer.catch(() => undefined),
  );
  return answer;
}

const usageOf = (bot: Bot) => ask<{ rss: number; heapUsed: number; cpuMs: number }>(bot.child, 'usage');
const cpuOf = async (bot: Bot) => (await ask<{ cpuMs: number }>(bot.child, 'cpu')).cpuMs;

/** Redis's own counts, read around each measured window (one bot runs at a time). */
let redisProbe: Redis | undefined;
async function redisCounts(): Promise<{ commands: number; bytesIn: number; byName: Map<string, number> }> {
  const info = redisProbe ? await redisProbe.info('stats') : '';
  const read = (name: string) => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1] ?? 0);
  // Calls per command name (those run inside scripts included), to see where a turn's commands go.
  const stats = redisProbe ? await redisProbe.info('commandstats') : '';
  const byName = new Map<string, number>();
  for (const match of stats.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    byName.set(match[1] ?? '', Number(match[2]));
  }
  return { commands: read('total_commands_processed'), bytesIn: read('total_net_input_bytes'), byName };
}

/** Commands per name between two readings of redisCounts. */
function commandsBetween(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  const delta = new Map<string, number>();
  for (const [name, calls] of after) {
    const made = calls - (before.get(name) ?? 0);
    if (made > 0) delta.set(name, made);
  }
  return delta;
}

// ---------------------------------------------------------------------------------------------
// Conversations following the journeys.

interface StepCount {
  journey: string;
  step: string;
  turns: number;
  errors: number;
  races: number;
  /** Latencies of this step's turns measured at concurrency 1 (no queueing): the step's own cost. */
  alone: number[];
  /**
   * The bot process's CPU time over each of this step's turns at concurrency 1, in ms: what the step
   * itself costs (with any timer that happened to run during it), to see which steps are dear.
   */
  aloneCpu: number[];
  /** Latencies of this step's measured turns at the busiest level: which steps make the tail. */
  busiest: number[];
  /** Activities the bot sent back in this step's turns (each one an HTTP call to the channel). */
  sentBack: number;
  /** The first few unexpected replies, to show what changed. */
  examples: string[];
}

interface Window {
  turns: number;
  latencies: number[];
  errors: number;
  races: number;
}

const newWindow = (): Window => ({ turns: 0, latencies: [], errors: 0, races: 0 });

class Load {
  readonly steps = new Map<string, StepCount>();
  /** All turns this bot was sent, and how many were errors (the goal counts every turn). */
  totalTurns = 0;
  totalErrors = 0;
  totalRaces = 0;
  /** Activities the bot sent back in its turns (each one an HTTP call to the channel). */
  totalReplies = 0;
  private counter = 0;
  private paused = true;
  private stopped = false;
  private waiters: (() => void)[] = [];
  private inFlight = 0;
  private idle: (() => void)[] = [];
  private runners: Promise<void>[] = [];
  private passesDone: number[] = [];
  private window: Window | undefined;
  private level = 0;
  /**
   * Each measured turn at concurrency 1: its step and when it ran, on the monotonic clock the bot's
   * CPU profile also uses (µs), so a profile can be split by step (profileSummary --by-step).
   */
  turnTimes: { journey: string; step: string; startUs: number; endUs: number }[] = [];

  constructor(
    readonly bot: Bot,
    readonly journeys: readonly Journey[],
    private readonly channel: Channel,
    private readonly practice: BenchPractice,
  ) {}

  start(level: number): void {
    this.level = level;
    this.stopped = false;
    this.paused = true;
    this.passesDone = Array.from({ length: level }, () => 0);
    // Conversations begin one after another over up to 5 s, as people arrive, not all in the same
    // millisecond (500 new connections at once measure the TCP stack, and keep the passes in step).
    const gapMs = Math.min(10, 5000 / level);
    this.runners = Array.from({ length: level }, (_, index) => this.run(index, index * gapMs));
  }

  resume(): void {
    // Connections left idle while the other bots ran may have been closed by this bot's server (its
    // keep-alive timeout); a request sent on one would fail with "socket hang up", not the bot's doing.
    for (const sockets of Object.values(agent.freeSockets))
      for (const socket of sockets ?? []) socket.destroy();
    this.paused = false;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Stops sending; resolves once no turn is in flight. */
  async pause(): Promise<void> {
    this.paused = true;
    if (this.inFlight > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.resume();
    await Promise.all(this.runners);
    this.runners = [];
  }

  /** Runs until every conversation has finished a pass, or `maxMs` has gone. */
  async settle(maxMs: number): Promise<{ ms: number; settled: boolean }> {
    const began = performance.now();
    this.resume();
    while (performance.now() - began < maxMs && this.passesDone.some((done) => done === 0)) {
      await sleep(200);
    }
    await this.pause();
    return { ms: performance.now() - began, settled: this.passesDone.every((done) => done > 0) };
  }

  async measure(): Promise<
    Window & {
      cpuMs: number;
      seconds: number;
      redisCommands: number;
      redisBytesIn: number;
      redisByName: Map<string, number>;
      rss: number;
      heapUsed: number;
    }
  > {
    this.resume();
    await sleep(warmupSeconds * 1000);
    const before = await usageOf(this.bot);
    const redisBefore = await redisCounts();
    const window = newWindow();
    this.window = window;
    const began = performance.now();
    await sleep(seconds * 1000);
    this.window = undefined;
    const elapsed = (performance.now() - began) / 1000;
    const after = await usageOf(this.bot);
    const redisAfter = await redisCounts();
    await this.pause();
    return {
      ...window,
      cpuMs: after.cpuMs - before.cpuMs,
      seconds: elapsed,
      redisCommands: redisAfter.commands - redisBefore.commands,
      redisBytesIn: redisAfter.bytesIn - redisBefore.bytesIn,
      redisByName: commandsBetween(redisBefore.byName, redisAfter.byName),
      rss: after.rss,
      heapUsed: after.heapUsed,
    };
  }

  private async gate(): Promise<void> {
    if (this.paused && !this.stopped) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private count(journey: Journey, step: JourneyStep): StepCount {
    const key = `${journey.name}\u0000${step.name}`;
    let count = this.steps.get(key);
    if (!count) {
      count = {
        journey: journey.name,
        step: step.name,
        turns: 0,
        errors: 0,
        races: 0,
        alone: [],
        aloneCpu: [],
        busiest: [],
        sentBack: 0,
        examples: [],
      };
      this.steps.set(key, count);
    }
    return count;
  }

  private userFor(journey: Journey, conversationId: string): string {
    const pickFrom = (ids: readonly string[]) =>
      itemAt(ids, Math.floor(Math.random() * ids.length), 'a staff user id');
    switch (journey.user) {
      case 'new':
        return `user-${conversationId}`;
      case 'receptionist':
        return pickFrom(this.practice.receptionistIds);
      case 'linkWorker':
        return pickFrom(this.practice.linkWorkerUserIds);
    }
  }

  /** Walks each journey once, alone; returns whether every step got what it expected. */
  async check(): Promise<boolean> {
    this.level = 1;
    this.stopped = false;
    this.paused = false;
    let ok = true;
    for (const journey of this.journeys) ok = (await this.pass(journey, `check-${journey.name}`)) && ok;
    this.paused = true;
    return ok;
  }

  private async run(index: number, delayMs: number): Promise<void> {
    await this.gate();
    if (delayMs > 0) await sleep(delayMs);
    let pass = 0;
    while (!this.stopped) {
      pass += 1;
      const journey = chooseJourney(this.journeys, Math.random());
      const finished = await this.pass(journey, `${this.level}-${index}-${pass}`);
      if (finished) this.passesDone[index] = (this.passesDone[index] ?? 0) + 1;
    }
  }

  /** One pass of a journey in a new conversation; false when a step got a reply it did not expect. */
  private async pass(journey: Journey, tag: string): Promise<boolean> {
    const conversationId = `${this.bot.name}-${tag}-${Date.now().toString(36)}`;
    const userId = this.userFor(journey, conversationId);
    let captured: string | undefined;
    let previous = '';
    for (const step of journey.steps) {
      if (step.onlyIf && !step.onlyIf.test(previous)) continue;
      for (let attempt = 1; ; attempt += 1) {
        await this.gate();
        if (this.stopped) return false;
        const outcome = await this.turn(journey, step, conversationId, userId, captured, previous);
        if (outcome.kind === 'error') return false;
        previous = outcome.replies;
        if (outcome.kind === 'race') {
          if (step.onRace === 'retry' && attempt < 3) continue;
          return true;
        }
        if (outcome.captured !== undefined) captured = outcome.captured;
        if (outcome.endPass) return true;
        break;
      }
    }
    return true;
  }

  private async turn(
    journey: Journey,
    step: JourneyStep,
    conversationId: string,
    userId: string,
    captured: string | undefined,
    previous: string,
  ): Promise<
    | { kind: 'ok'; replies: string; captured: string | undefined; endPass: boolean }
    | { kind: 'race'; replies: string }
    | { kind: 'error' }
  > {
    this.counter += 1;
    const activityId = `${this.bot.name}-a${this.counter}`;
    const text = messageOf(step, Math.random(), captured, previous);
    const teams = journey.channelId === 'msteams';
    const body = JSON.stringify({
      type: 'message',
      id: activityId,
      timestamp: new Date().toISOString(),
      channelId: journey.channelId,
      serviceUrl: this.channel.url,
      conversation: teams
        ? { id: conversationId, conversationType: 'personal', tenantId: 'bench-tenant' }
        : { id: conversationId },
      from: { id: userId },
      recipient: { id: 'bot' },
      locale: 'en-GB',
      text,
      ...(teams ? { channelData: { tenant: { id: 'bench-tenant' } } } : {}),
    });
    const count = this.count(journey, step);
    const window = this.window;
    this.inFlight += 1;
    const alone = this.level === 1 && this.window !== undefined;
    const cpuBefore = alone ? await cpuOf(this.bot) : 0;
    const startUs = monotonicUs();
    const started = performance.now();
    let status = 0;
    let failure: string | undefined;
    try {
      status = await postActivity(this.bot.url, body);
    } catch (err) {
      failure = err instanceof Error ? err.message : String(err);
    }
    const ms = performance.now() - started;
    if (alone) this.turnTimes.push({ journey: journey.name, step: step.name, startUs, endUs: monotonicUs() });
    const cpuMs = alone ? (await cpuOf(this.bot)) - cpuBefore : 0;
    const received = this.channel.take(activityId);
    this.totalReplies += received.length;
    count.sentBack += received.length;
    const replies = received.join('\n');
    this.inFlight -= 1;
    if (this.inFlight === 0) for (const wake of this.idle.splice(0)) wake();

    count.turns += 1;
    this.totalTurns += 1;
    const inWindow = window !== undefined && this.window === window;
    if (inWindow) {
      window.turns += 1;
      window.latencies.push(ms);
    }
    if (this.level === busiestLevel && inWindow) count.busiest.push(ms);
    if (this.level === 1 && inWindow) {
      count.alone.push(ms);
      count.aloneCpu.push(cpuMs);
    }
    const fail = (why: string) => {
      count.errors += 1;
      this.totalErrors += 1;
      if (inWindow) window.errors += 1;
      if (count.examples.length < 3) count.examples.push(why);
      return { kind: 'error' as const };
    };
    if (failure !== undefined || status !== 200) {
      return fail(`sent "${text}": ${failure ?? `HTTP ${status}`}`);
    }
    const judged = judge(step, replies);
    if (judged.kind === 'unexpected') {
      return fail(
        `after ${clip(previous)}\n        sent "${text}", expected /${step.expect.source}/, got: ${clip(replies)}`,
      );
    }
    if (judged.kind === 'race') {
      count.races += 1;
      this.totalRaces += 1;
      if (inWindow) window.races += 1;
      return { kind: 'race', replies };
    }
    return { kind: 'ok', replies, captured: judged.captured, endPass: judged.endPass };
  }
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 1200 ? `${flat.slice(0, 1200)}…` : flat || '(no reply)';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The system's monotonic clock in µs: the clock V8's CPU profiles are timed on, in any process. */
const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

// ---------------------------------------------------------------------------------------------
// Figures.

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return itemAt(sorted, Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length)), 'a percentile');
}

function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = itemAt(sorted, middle, 'the middle value');
  return sorted.length % 2 ? upper : (itemAt(sorted, middle - 1, 'the middle value') + upper) / 2;
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

interface Measured {
  turnsPerSecond: number;
  cpuMsPerTurn: number;
  latencies: number[];
  errors: number;
  races: number;
  turns: number;
  redisPerTurn: number;
  redisBytesPerTurn: number;
  redisByName: Map<string, number>;
  rss: number;
  heapUsed: number;
}

interface Result {
  turnsPerSecond: number;
  cpuMsPerTurn: number;
  p50: number;
  p95: number;
  p99: number;
  /** The largest RSS and V8 heap in use seen at the end of a measured window. */
  rssMb: number;
  heapMb: number;
  turns: number;
  errors: number;
  races: number;
  /** Redis commands per turn (those run inside scripts included), and bytes sent to Redis. */
  redisPerTurn: number;
  redisBytesPerTurn: number;
}

function summarise(runs: readonly Measured[]): Result {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  return {
    turnsPerSecond: round(median(runs.map((run) => run.turnsPerSecond)), 1),
    cpuMsPerTurn: round(median(runs.map((run) => run.cpuMsPerTurn)), 3),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    rssMb: round(Math.max(0, ...runs.map((run) => run.rss)) / 1024 / 1024, 1),
    heapMb: round(Math.max(0, ...runs.map((run) => run.heapUsed)) / 1024 / 1024, 1),
    turns: runs.reduce((sum, run) => sum + run.turns, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    races: runs.reduce((sum, run) => sum + run.races, 0),
    redisPerTurn: round(median(runs.map((run) => run.redisPerTurn)), 1),
    redisBytesPerTurn: Math.round(median(runs.map((run) => run.redisBytesPerTurn))),
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  let redisUrl = process.env.REDIS_URL;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'signpost-bench-'));
  let stopRedis = async (): Promise<void> => undefined;
  if (!redisUrl) {
    const binary = findRedisServer(process.env.PATH);
    if (!binary) throw new Error('bench:turns needs redis-server on PATH or REDIS_URL');
    const redis = await startEmbeddedRedis({
      binary,
      dir: workDir,
      port: await freePort(),
      appendOnly: false,
    });
    redisUrl = redis.url as string;
    stopRedis = () => redis.stop();
  }
  redisProbe = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 });
  const practice = writeBenchPractice({
    linkWorkers: linkWorkerCount,
    receptionists: receptionistCount,
    staffChannelId: STAFF_CHANNEL,
  });
  const channel = await startChannel();
  const signpostEnv = {
    LINK_WORKERS_FILE: practice.linkWorkersFile,
    STAFF_FILE: practice.staffFile,
    STAFF_TOOLS_WITHOUT_AUTH: 'true',
    PRACTICE_PHONE: '01234 567890',
  };
  const loads: Load[] = [];
  for (const name of botNames) {
    const bot = await startBot(name, redisUrl, workDir, signpostEnv);
    const journeys = loadJourneys(path.join(journeysDir, `${name}.json`)).filter(
      (journey) => !onlyJourneys || onlyJourneys.includes(journey.name),
    );
    if (journeys.length === 0) throw new Error(`${name}: no journey named ${String(onlyJourneys)}`);
    loads.push(new Load(bot, journeys, channel, practice));
  }
  const stopAll = async () => {
    for (const load of loads) load.bot.child.kill();
    channel.close();
    agent.destroy();
    redisProbe?.disconnect();
    await stopRedis();
  };

  console.log(
    `bench:turns — levels ${levels.join(', ')}; ${rounds} round(s) per level, ${seconds}s measured per run after ${warmupSeconds}s warm-up; ` +
      `bots ${botNames.join(', ')}; ${linkWorkerCount} link workers, ${receptionistCount} receptionists; ` +
      `Signpost's Node options: ${signpostNodeArgs.join(' ') || 'none'}; bots' logs in ${workDir}`,
  );

  // Every journey is walked once, alone, before anything is measured: a reply the journey does not
  // expect stops the benchmark here, with what was said.
  for (const load of loads) {
    if (await load.check()) continue;
    for (const count of load.steps.values()) {
      for (const example of count.examples)
        console.error(`${load.bot.name} ${count.journey} / ${count.step}: ${example}`);
    }
    await stopAll();
    throw new Error(
      `${load.bot.name}: the journey in bench/journeys/${load.bot.name}.json no longer matches what the bot says (above)`,
    );
  }
  // Both kinds of code are compiled by the JIT before anything is measured.
  for (const load of loads) {
    load.start(10);
    await load.settle(10_000);
    await load.stop();
  }
  for (const load of loads) {
    load.steps.clear();
    load.totalTurns = 0;
    load.totalErrors = 0;
    load.totalRaces = 0;
    load.totalReplies = 0;
  }

  console.log(
    'bot       conc  turns/s   p50 ms   p95 ms   p99 ms   RSS MB  heap MB  CPU ms/turn   turns  errors  races  settle s  redis/turn  redis B/turn',
  );
  const summary: Record<string, unknown>[] = [];
  const results = new Map<string, Result>();
  const ratiosAt = new Map<
    number,
    Record<string, { turns: number; cpu: number; p99: number; rounds: number[] }>
  >();
  for (const level of levels) {
    const runs = new Map<BotKind, Measured[]>(loads.map((load) => [load.bot.name, []]));
    const settled = new Map<BotKind, number>();
    for (const load of loads) load.start(level);
    for (const load of loads) {
      const { ms } = await load.settle(settleMaxSeconds * 1000);
      settled.set(load.bot.name, ms / 1000);
    }
    for (let r = 0; r < rounds; r += 1) {
      const order = loads.map((_, i) => itemAt(loads, (i + r) % loads.length, 'a bot'));
      for (const load of order) {
        const profiling = profileDir !== undefined && level === profileLevel && load.bot.name !== 'echo';
        if (profiling) await ask(load.bot.child, heapProfile ? 'heapProfileStart' : 'profileStart');
        load.turnTimes = [];
        const window = await load.measure();
        if (profiling && profileDir) {
          mkdirSync(profileDir, { recursive: true });
          const file = path.join(
            profileDir,
            `${load.bot.name}-${level}-round${r + 1}.${heapProfile ? 'heapprofile' : 'cpuprofile'}`,
          );
          await ask(load.bot.child, heapProfile ? { heapProfileStop: file } : { profileStop: file });
          // At concurrency 1 turns run one at a time, so the profile can be split by step.
          if (load.turnTimes.length > 0) writeFileSync(`${file}.turns.json`, JSON.stringify(load.turnTimes));
        }
        runs.get(load.bot.name)?.push({
          turnsPerSecond: window.turns / window.seconds,
          cpuMsPerTurn: window.turns ? window.cpuMs / window.turns : 0,
          latencies: window.latencies,
          errors: window.errors,
          races: window.races,
          turns: window.turns,
          redisPerTurn: window.turns ? window.redisCommands / window.turns : 0,
          redisBytesPerTurn: window.turns ? window.redisBytesIn / window.turns : 0,
          redisByName: window.redisByName,
          rss: window.rss,
          heapUsed: window.heapUsed,
        });
      }
    }
    for (const load of loads) await load.stop();
    const levelResults: Record<string, Result> = {};
    for (const load of loads) {
      const result = summarise(runs.get(load.bot.name) ?? []);
      levelResults[load.bot.name] = result;
      results.set(`${load.bot.name}@${level}`, result);
      console.log(
        [
          load.bot.name.padEnd(9),
          String(level).padStart(4),
          result.turnsPerSecond.toFixed(1).padStart(8),
          result.p50.toFixed(2).padStart(8),
          result.p95.toFixed(2).padStart(8),
          result.p99.toFixed(2).padStart(8),
          result.rssMb.toFixed(1).padStart(8),
          result.heapMb.toFixed(1).padStart(8),
          result.cpuMsPerTurn.toFixed(3).padStart(12),
          String(result.turns).padStart(7),
          String(result.errors).padStart(7),
          String(result.races).padStart(6),
          (settled.get(load.bot.name) ?? 0).toFixed(1).padStart(9),
          result.redisPerTurn.toFixed(1).padStart(11),
          String(result.redisBytesPerTurn).padStart(13),
        ].join(' '),
      );
    }
    // Where each bot's Redis commands go, per turn over all of this level's measured runs.
    for (const load of loads) {
      const measured = runs.get(load.bot.name) ?? [];
      const turns = measured.reduce((sum, run) => sum + run.turns, 0);
      const calls = new Map<string, number>();
      for (const run of measured) {
        for (const [name, made] of run.redisByName) calls.set(name, (calls.get(name) ?? 0) + made);
      }
      const top = [...calls.entries()]
        .filter(([name]) => name !== 'info')
        .sort((a, b) => b[1] - a[1])
        .slice(0, 14)
        .map(([name, made]) => `${name} ${turns ? round(made / turns, 2) : 0}`);
      if (top.length) console.log(`          ${load.bot.name} redis/turn by command: ${top.join(', ')}`);
    }
    // Ratios of Signpost against each yardstick, per round (each round's runs were back to back).
    const ratios: Record<string, { turns: number; cpu: number; p99: number; rounds: number[] }> = {};
    const mine = runs.get('signpost');
    for (const other of ['prompt', 'echo'] as const) {
      const theirs = runs.get(other);
      const signpost = levelResults.signpost;
      const yardstick = levelResults[other];
      if (!mine || !theirs || !signpost || !yardstick) continue;
      const roundRatios = mine.map((run, i) => {
        const their = theirs[i];
        return their && their.turnsPerSecond ? round(run.turnsPerSecond / their.turnsPerSecond, 3) : 0;
      });
      ratios[other] = {
        turns: round(median(roundRatios), 3),
        cpu: yardstick.cpuMsPerTurn ? round(signpost.cpuMsPerTurn / yardstick.cpuMsPerTurn, 2) : 0,
        p99: yardstick.p99 ? round(signpost.p99 / yardstick.p99, 2) : 0,
        rounds: roundRatios,
      };
      console.log(
        `          Signpost/${other} at ${level}: turns/s ${ratios[other].turns} (rounds ${roundRatios.join(', ')}), ` +
          `CPU per turn ${ratios[other].cpu}×, p99 ${ratios[other].p99}×`,
      );
    }
    ratiosAt.set(level, ratios);
    summary.push({ concurrency: level, ...levelResults, ratios });
  }

  // Errors per step, over every turn sent after the checks (settling, warm-up and measured).
  const steps: Record<string, unknown>[] = [];
  for (const load of loads) {
    const share = load.totalTurns ? load.totalErrors / load.totalTurns : 0;
    console.log(
      `\n${load.bot.name}: ${load.totalTurns} turns, ${load.totalErrors} errors (${round(share * 100)}%), ${load.totalRaces} races, ` +
        `${round(load.totalReplies / Math.max(1, load.totalTurns))} activities sent back per turn`,
    );
    console.log(
      `  journey / step                                   turns  errors  races  sent back  p50 ms alone  CPU ms alone  p99 ms at ${busiestLevel}`,
    );
    // In the journeys' own order, each journey's steps as the file lists them.
    const order = (count: StepCount) => {
      const journey = load.journeys.findIndex((candidate) => candidate.name === count.journey);
      const step = load.journeys[journey]?.steps.findIndex((candidate) => candidate.name === count.step) ?? 0;
      return journey * 1000 + step;
    };
    for (const count of [...load.steps.values()].sort((a, b) => order(a) - order(b))) {
      const alone = [...count.alone].sort((a, b) => a - b);
      const aloneCpu = [...count.aloneCpu].sort((a, b) => a - b);
      const busiest = [...count.busiest].sort((a, b) => a - b);
      console.log(
        `  ${`${count.journey} / ${count.step}`.padEnd(46)} ${String(count.turns).padStart(8)} ${String(count.errors).padStart(7)} ${String(count.races).padStart(6)} ${(count.sentBack / Math.max(1, count.turns)).toFixed(2).padStart(10)} ${(alone.length ? percentile(alone, 50).toFixed(2) : '-').padStart(13)} ${(aloneCpu.length ? percentile(aloneCpu, 50).toFixed(2) : '-').padStart(13)} ${(busiest.length ? percentile(busiest, 99).toFixed(0) : '-').padStart(13)}`,
      );
      for (const example of count.examples) console.log(`      ! ${example}`);
      steps.push({
        bot: load.bot.name,
        journey: count.journey,
        step: count.step,
        turns: count.turns,
        errors: count.errors,
        races: count.races,
        sentBackPerTurn: round(count.sentBack / Math.max(1, count.turns)),
        p50AloneMs: alone.length ? round(percentile(alone, 50)) : null,
        p50AloneCpuMs: aloneCpu.length ? round(percentile(aloneCpu, 50)) : null,
        p99BusiestMs: busiest.length ? round(percentile(busiest, 99)) : null,
      });
    }
    const logged = readFileSync(load.bot.logFile, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"level":50')).length;
    if (logged) console.log(`  the bot logged ${logged} error(s): ${load.bot.logFile}`);
  }
  console.log(
    `\nproactive messages received by the channel (handoffs, card updates): ${channel.proactive()}`,
  );

  await stopAll();

  // The goals, against the prompt bot.
  const goals: Record<string, { value: number | null; limit: number; met: boolean | null }> = {};
  for (const level of GOALS.ratioLevels) {
    const value = ratiosAt.get(level)?.prompt?.turns ?? null;
    goals[`turnsRatio@${level}`] = {
      value,
      limit: GOALS.minTurnsRatio,
      met: value === null ? null : value >= GOALS.minTurnsRatio,
    };
  }
  const p99 = ratiosAt.get(GOALS.p99Level)?.prompt?.p99 ?? null;
  goals[`p99Ratio@${GOALS.p99Level}`] = {
    value: p99,
    limit: GOALS.maxP99Ratio,
    met: p99 === null ? null : p99 <= GOALS.maxP99Ratio,
  };
  const rss = results.get(`signpost@${GOALS.rssLevel}`)?.rssMb ?? null;
  goals[`rssMb@${GOALS.rssLevel}`] = {
    value: rss,
    limit: GOALS.maxRssMb,
    met: rss === null ? null : rss <= GOALS.maxRssMb,
  };
  const signpostLoad = loads.find((load) => load.bot.name === 'signpost');
  const errorShare = signpostLoad?.totalTurns
    ? round(signpostLoad.totalErrors / signpostLoad.totalTurns, 4)
    : null;
  goals.errorShare = {
    value: errorShare,
    limit: GOALS.maxErrorShare,
    met: errorShare === null ? null : errorShare <= GOALS.maxErrorShare,
  };
  console.log('\ngoals (Signpost against the prompt bot):');
  for (const [name, goal] of Object.entries(goals)) {
    console.log(
      `  ${name.padEnd(16)} ${String(goal.value).padStart(8)}  limit ${goal.limit}  ${goal.met === null ? 'not measured' : goal.met ? 'met' : 'NOT MET'}`,
    );
  }

  console.log(
    JSON.stringify({
      bench: 'turns',
      seconds,
      rounds,
      linkWorkers: linkWorkerCount,
      levels: summary,
      steps,
      goals,
    }),
  );
  // Journeys that go wrong fail the run loudly, whatever the speed.
  if (loads.some((load) => load.totalTurns && load.totalErrors / load.totalTurns > GOALS.maxErrorShare)) {
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
