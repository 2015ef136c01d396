import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Fields that may carry what a patient said or who they are. pino replaces them with "[redacted]"
 * before a line is written, so neither a log file nor a log shipper ever holds them.
 * Paths follow pino's redaction syntax; `*` matches one level.
 */
export const REDACTED_PATHS = [
  'text',
  '*.text',
  'activity.value',
  'activity.attachments',
  'activity.from.name',
  'activity.recipient.name',
  'activity.channelData',
  'from.name',
  'value',
  '*.value',
  'name',
  '*.name',
  'patient',
  '*.patient',
  'phone',
  '*.phone',
  'email',
  '*.email',
  'nhsNumber',
  '*.nhsNumber',
  'dateOfBirth',
  '*.dateOfBirth',
  'address',
  '*.address',
  'postcode',
  '*.postcode',
  'req.headers.authorization',
  'req.body',
  'body',
];

export interface LoggerOptions {
  level: string;
  format: 'json' | 'pretty';
  /** Tests pass a stream to read what was written. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const base: pino.LoggerOptions = {
    level: options.level,
    base: { app: 'signpost' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
  };
  if (options.destination) return pino(base, options.destination);
  if (options.format === 'pretty') {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app' },
      },
    });
  }
  return pino(base);
}
