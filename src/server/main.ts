import { existsSync } from 'node:fs';
import { DirectoryFileError } from '../services/directory/DirectoryFileError';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startSignpost } from './app';

/**
 * `npm start`: reads .env when there is one, checks the configuration, starts Signpost and says how
 * to talk to it. A bad configuration stops here with a message naming each bad key.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.log);
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

  const signpost = await startSignpost({ config, logger });
  // Signals are handled before anything says Signpost is running, so a stop sent the moment it
  // is up still shuts down cleanly.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10000);
    timer.unref();
    await signpost.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  const base = config.publicUrl ?? signpost.url;
  logger.info({ url: signpost.url, store: signpost.backend.description }, 'Signpost is running');
  process.stdout.write(
    [
      '',
      `Signpost is running at ${signpost.url}`,
      `  State:           ${signpost.backend.description}`,
      `  Web Chat:        ${base}/`,
      `  Bot endpoint:    ${base}/api/messages`,
      '                   (open it in the Bot Framework Emulator or the Microsoft 365 Agents Playground)',
      `  Health:          ${base}/healthz   Ready: ${base}/readyz`,
      '  Stop with Ctrl+C.',
      '',
    ].join('\n') + '\n',
  );
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else if (err instanceof DirectoryFileError) {
    const problems = err.problems.map(
      (problem) =>
        `  - entry ${problem.index ?? '-'}${problem.id ? ` (${problem.id})` : ''} ${problem.path}: ${problem.message}`,
    );
    process.stderr.write(`Signpost cannot start: ${err.message}\n${problems.join('\n')}\n`);
  } else {
    process.stderr.write(`Signpost could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(1);
});
