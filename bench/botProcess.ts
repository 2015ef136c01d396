import { randomUUID } from 'node:crypto';
import { startSignpost } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { createLogger } from '../src/server/logger';
import { createRedisClient } from '../src/storage/connection';
import { startEchoBot } from './echoBot';

/**
 * One bot in its own process, so that each one's memory (RSS) is its own. The parent sends
 * { redisUrl, kind } and gets back { url }; on 'rss' it answers with the process's RSS in bytes and
 * the CPU time it has used so far.
 */
type Start = { kind: 'signpost' | 'echo'; redisUrl: string };

process.on('message', async (message: Start | 'rss') => {
  if (message === 'rss') {
    const cpu = process.cpuUsage();
    process.send?.({ rss: process.memoryUsage().rss, cpuMs: (cpu.user + cpu.system) / 1000 });
    return;
  }
  const logger = createLogger({ level: 'error', format: 'json' });
  const prefix = `bench:${randomUUID().slice(0, 8)}:`;
  if (message.kind === 'signpost') {
    const config = loadConfig(
      { PORT: '0', REDIS_URL: message.redisUrl, REDIS_KEY_PREFIX: prefix, LOG_LEVEL: 'error' },
      false,
    );
    const signpost = await startSignpost({ config, logger });
    process.send?.({ url: signpost.url });
  } else {
    const redis = createRedisClient(
      { kind: 'url', url: message.redisUrl, tls: false },
      { commandTimeoutMs: 2000, log: logger },
    );
    const echo = await startEchoBot({ redis, keyPrefix: prefix, logger });
    process.send?.({ url: echo.url });
  }
});
