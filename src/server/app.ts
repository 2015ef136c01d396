import path from 'node:path';
import { ConversationState, UserState } from 'botbuilder';
import type { Server } from 'restify';
import { MainDialog, type MenuCapability } from '../../dialogs/mainDialog';
import { createTranslator, type Translator } from '../i18n/translator';
import { openBackend, type Backend } from '../storage/backend';
import { createAdapter } from './adapter';
import { SignpostBot } from './bot';
import type { Config } from './config';
import { createHttpServer } from './http';
import type { Logger } from './logger';
import { TurnLockMiddleware } from './turnLockMiddleware';

/** The project's root folder (where locales/ and package.json are), from src/ or from dist/src/. */
export function projectRoot(): string {
  const here = __dirname;
  const parts = here.split(path.sep);
  const at = parts.lastIndexOf('src');
  return (
    parts
      .slice(0, at)
      .join(path.sep)
      .replace(/[\\/]dist$/, '') || path.sep
  );
}

export interface Signpost {
  server: Server;
  backend: Backend;
  translator: Translator;
  /** The base URL the server listens on, e.g. http://127.0.0.1:3978. */
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger: Logger;
  /** Extra menu capabilities (tests plug in their own). */
  capabilities?: MenuCapability[];
}

/** The composition root: builds every part from the configuration and starts listening. */
export async function startSignpost({ config, logger, capabilities = [] }: StartOptions): Promise<Signpost> {
  const translator = createTranslator({
    localesDir: path.join(projectRoot(), 'locales'),
    defaultLocale: config.defaultLocale,
  });
  const backend = await openBackend({
    choice: config.redis,
    keyPrefix: config.redis.keyPrefix,
    commandTimeoutMs: config.redis.commandTimeoutMs,
    dataDir: config.redis.dataDir,
    searchPath: config.redis.searchPath,
    conversationTtlSeconds: config.conversationTtlSeconds,
    turnLock: config.turnLock,
    log: logger,
  });

  const conversationState = new ConversationState(backend.storage);
  const userState = new UserState(backend.storage);
  const mainDialog = new MainDialog({
    translator,
    practice: config.practice,
    capabilities,
  });
  const bot = new SignpostBot({ conversationState, userState, mainDialog, logger });
  const adapter = createAdapter({ auth: config.auth, translator, logger });
  adapter.use(new TurnLockMiddleware(backend.turnLock));

  const server = createHttpServer({ adapter, bot, health: backend.health, logger });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;

  return {
    server,
    backend,
    translator,
    url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await backend.close();
    },
  };
}
