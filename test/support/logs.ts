import { Writable } from 'node:stream';
import type { Log } from '../../src/services/ports';
import { createLogger, type Logger } from '../../src/server/logger';

export const silentLog: Log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** A real pino logger whose lines are kept, parsed, for assertions. */
export function capturingLogger(level = 'info'): {
  logger: Logger;
  lines: Record<string, unknown>[];
  raw: () => string;
} {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const logger = createLogger({ level, format: 'json', destination });
  return {
    logger,
    get lines() {
      return chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    raw: () => chunks.join(''),
  };
}
