import { randomUUID } from 'node:crypto';
import { registerDirectLine, type DirectLine, type DirectLineSettings } from '../../src/channels/directLine';
import { startSignpost, type Signpost } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import * as http from '../../src/server/http';
import type { Clock } from '../../src/services/ports';
import { capturingLogger } from './logs';

/** The Direct Line secret the tests sign with, so that they can also forge and expire tokens. */
export const TEST_DIRECTLINE_SECRET = 'test-direct-line-secret-for-signpost-e2e-only';

export type WebChatSignpost = Signpost & { logs: ReturnType<typeof capturingLogger> };

/**
 * The real server (restify, CloudAdapter, the test Redis) with Signpost's Direct Line and Web Chat
 * page, as startTestSignpost starts it, plus a fixed clock when a test needs one.
 *
 * Until the composition root calls registerDirectLine itself, this registers it on the server, with
 * the adapter and bot the composition root built (taken from its call to createHttpServer) and the
 * settings named by the same environment keys. Once the composition root does it, that is used.
 */
export async function startWebChatSignpost(
  options: { env?: Record<string, string>; clock?: Clock } = {},
): Promise<WebChatSignpost> {
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    REDIS_URL: process.env.TEST_REDIS_URL ?? '',
    REDIS_KEY_PREFIX: `test:${randomUUID().slice(0, 8)}:`,
    PRACTICE_NAME: 'Riverside Surgery',
    DIRECTLINE_SECRET: TEST_DIRECTLINE_SECRET,
    ...options.env,
  };
  const logs = capturingLogger('debug');
  const config = loadConfig({ STAFF_TOOLS_WITHOUT_AUTH: 'true', ...env }, false);
  const built = jest.spyOn(http, 'createHttpServer');
  let signpost: Signpost;
  let httpDeps: http.HttpDeps[];
  try {
    signpost = await startSignpost({
      config,
      logger: logs.logger,
      ...(options.clock ? { clock: options.clock } : {}),
    });
  } finally {
    httpDeps = built.mock.calls.map(([deps]) => deps);
    built.mockRestore();
  }
  const probe = await fetch(`${signpost.url}/v3/directline/tokens/generate`, { method: 'POST' });
  let directLine: DirectLine | undefined;
  if (probe.status === 404) {
    const [{ adapter, bot }] = httpDeps;
    try {
      directLine = registerDirectLine(signpost.server, {
        adapter,
        bot,
        backend: signpost.backend,
        translator: signpost.translator,
        log: logs.logger,
        practiceName: config.practice.name,
        botAppId: config.auth.MicrosoftAppId,
        publicUrl: config.publicUrl,
        settings: settingsFrom(env),
      });
    } catch (err) {
      await signpost.close();
      throw err;
    }
  }
  const close = signpost.close;
  return Object.assign(signpost, {
    logs,
    close: async () => {
      await directLine?.close();
      await close();
    },
  });
}

function settingsFrom(env: Record<string, string>): DirectLineSettings {
  const number = (name: string) => (env[name] ? Number(env[name]) : undefined);
  const burst = number('DIRECTLINE_RATE_BURST');
  const perMinute = number('DIRECTLINE_RATE_PER_MINUTE');
  return {
    secret: env.DIRECTLINE_SECRET,
    tokenTtlSeconds: number('DIRECTLINE_TOKEN_TTL_SECONDS'),
    activityTtlSeconds: number('DIRECTLINE_ACTIVITY_TTL_SECONDS'),
    ...(burst !== undefined || perMinute !== undefined
      ? { rateLimit: { capacity: burst ?? 30, refillPerMinute: perMinute ?? 120 } }
      : {}),
  };
}
