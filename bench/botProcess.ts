import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { startSignpost } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { createLogger } from '../src/server/logger';
import { createRedisClient } from '../src/storage/connection';
import { startEchoBot } from './echoBot';
import { startPromptBot } from './promptBot';

/**
 * One bot in its own process, so that each one's memory (RSS) and CPU time are its own. The parent
 * sends a Start and gets back { url }. Then:
 * - 'usage' answers with the process's RSS in bytes and the CPU time it has used so far;
 * - 'profileStart' starts V8's CPU profiler; { profileStop: file } stops it and writes the profile
 *   there (open it in Chrome DevTools, or summarise it with bench/profileSummary.ts).
 */
export type BotKind = 'signpost' | 'prompt' | 'echo';

export type Start = {
  kind: BotKind;
  redisUrl: string;
  /** Settings for Signpost (its link workers and staff files). */
  env?: Record<string, string>;
};

type Command = Start | 'usage' | 'profileStart' | { profileStop: string };

let profiler: Session | undefined;

function post<T>(session: Session, method: string): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, (err, result) => (err ? reject(err) : resolve(result as T))),
  );
}

process.on('message', async (message: Command) => {
  if (message === 'usage') {
    const cpu = process.cpuUsage();
    process.send?.({ rss: process.memoryUsage().rss, cpuMs: (cpu.user + cpu.system) / 1000 });
    return;
  }
  if (message === 'profileStart') {
    profiler = new Session();
    profiler.connect();
    await post(profiler, 'Profiler.enable');
    await post(profiler, 'Profiler.start');
    process.send?.({ profiling: true });
    return;
  }
  if ('profileStop' in message) {
    const session = profiler;
    if (!session) {
      process.send?.({ profiling: false });
      return;
    }
    const { profile } = await post<{ profile: unknown }>(session, 'Profiler.stop');
    writeFileSync(message.profileStop, JSON.stringify(profile));
    session.disconnect();
    profiler = undefined;
    process.send?.({ profiling: false });
    return;
  }
  const logger = createLogger({ level: 'error', format: 'json' });
  const prefix = `bench:${randomUUID().slice(0, 8)}:`;
  if (message.kind === 'signpost') {
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
    process.send?.({ url: signpost.url });
    return;
  }
  const redis = createRedisClient(
    { kind: 'url', url: message.redisUrl, tls: false },
    { commandTimeoutMs: 2000, log: logger },
  );
  const start = message.kind === 'prompt' ? startPromptBot : startEchoBot;
  const bot = await start({ redis, keyPrefix: prefix, logger });
  process.send?.({ url: bot.url });
});
