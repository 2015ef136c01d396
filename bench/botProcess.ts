import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createLogger } from '../src/server/logger';
import { createRedisClient } from '../src/storage/connection';

/**
 * One bot in its own process, so that each one's memory (RSS) and CPU time are its own. The parent
 * sends a Start and gets back { url }. Then:
 * - 'usage' answers with the process's RSS and V8 heap in use, in bytes, and the CPU time it has used
 *   so far; 'cpu' with the CPU time only;
 * - 'profileStart' starts V8's CPU profiler; { profileStop: file } stops it and writes the profile
 *   there (open it in Chrome DevTools, or summarise it with bench/profileSummary.ts);
 * - 'heapProfileStart' and { heapProfileStop: file } do the same with V8's sampling heap profiler,
 *   counting what was allocated, kept or not (what the garbage collector is kept busy with).
 */
export type BotKind = 'signpost' | 'prompt' | 'echo';

export type Start = {
  kind: BotKind;
  redisUrl: string;
  /** Settings for Signpost (its link workers and staff files). */
  env?: Record<string, string>;
};

type Command =
  | Start
  | 'usage'
  | 'cpu'
  | 'profileStart'
  | { profileStop: string }
  | 'heapProfileStart'
  | { heapProfileStop: string };

let profiler: Session | undefined;

/**
 * The modules loaded once the bot was ready: none should be, since loading a module during a turn
 * costs that turn. Each one is written to the bot's log the first time 'usage' is asked after it.
 */
let modulesAtStart: Set<string> | undefined;
function reportModulesLoadedSinceStart(): void {
  if (!modulesAtStart) return;
  for (const file of Object.keys(require.cache)) {
    if (modulesAtStart.has(file)) continue;
    modulesAtStart.add(file);
    process.stderr.write(`module loaded after start: ${file}\n`);
  }
}

function post<T>(session: Session, method: string): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, (err, result) => (err ? reject(err) : resolve(result as T))),
  );
}

process.on('message', async (message: Command) => {
  if (message === 'cpu') {
    // Only the CPU time: asked around every turn measured alone, where a look for new modules (a pass
    // over every module loaded, a large part of a turn) would be counted as the turn's.
    const cpu = process.cpuUsage();
    process.send?.({ cpuMs: (cpu.user + cpu.system) / 1000 });
    return;
  }
  if (message === 'usage') {
    const cpu = process.cpuUsage();
    const memory = process.memoryUsage();
    process.send?.({ rss: memory.rss, heapUsed: memory.heapUsed, cpuMs: (cpu.user + cpu.system) / 1000 });
    reportModulesLoadedSinceStart();
    return;
  }
  if (message === 'profileStart' || message === 'heapProfileStart') {
    const session = new Session();
    profiler = session;
    session.connect();
    if (message === 'profileStart') {
      await post(session, 'Profiler.enable');
      await post(session, 'Profiler.start');
    } else {
      await post(session, 'HeapProfiler.enable');
      await new Promise<void>((resolve, reject) =>
        session.post(
          'HeapProfiler.startSampling',
          {
            samplingInterval: 16384,
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: true,
          },
          (err) => (err ? reject(err) : resolve()),
        ),
      );
    }
    process.send?.({ profiling: true });
    return;
  }
  if ('profileStop' in message || 'heapProfileStop' in message) {
    const session = profiler;
    if (session) {
      const heap = 'heapProfileStop' in message;
      const { profile } = await post<{ profile: unknown }>(
        session,
        heap ? 'HeapProfiler.stopSampling' : 'Profiler.stop',
      );
      writeFileSync(heap ? message.heapProfileStop : message.profileStop, JSON.stringify(profile));
      session.disconnect();
      profiler = undefined;
    }
    process.send?.({ profiling: false });
    return;
  }
  // BENCH_LOG_LEVEL=warn shows, in the run's log folder, what a bot warned of (messages not delivered).
  const logger = createLogger({ level: process.env.BENCH_LOG_LEVEL ?? 'error', format: 'json' });
  const prefix = `bench:${randomUUID().slice(0, 8)}:`;
  // Each process loads only its own bot's modules, so that the yardsticks' memory is their own and
  // not Signpost's models and data as well.
  if (message.kind === 'signpost') {
    const { startSignpost } = await import('../src/server/app');
    const { loadConfig } = await import('../src/server/config');
    const config = loadConfig(
      {
        ...message.env,
        PORT: '0',
        REDIS_URL: message.redisUrl,
        REDIS_KEY_PREFIX: prefix,
        LOG_LEVEL: 'error',
        LOG_FORMAT: 'json',
      },
      false,
    );
    const signpost = await startSignpost({ config, logger });
    modulesAtStart = new Set(Object.keys(require.cache));
    process.send?.({ url: signpost.url });
    return;
  }
  const redis = createRedisClient(
    { kind: 'url', url: message.redisUrl, tls: false },
    { commandTimeoutMs: 2000, log: logger },
  );
  const start =
    message.kind === 'prompt'
      ? (await import('./promptBot')).startPromptBot
      : (await import('./echoBot')).startEchoBot;
  const bot = await start({ redis, keyPrefix: prefix, logger });
  process.send?.({ url: bot.url });
});
