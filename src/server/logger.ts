import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Logs never hold what a patient said or who they are. Redacting known fields is not enough (a
 * failed turn once logged the dialog state, three levels deep, with the patient's words, NHS number
 * and phone), so every line goes through an allowlist instead: only the keys below survive, at any
 * depth, and only as numbers, booleans and short strings. Errors become their class, their code and
 * their stack frames: never their message, which can quote what was being parsed, and never their
 * own fields, which can carry a request or a state.
 */

/** Keys a log line may carry: ids, dialog ids, error classes, codes, counts and the like. */
const ALLOWED_KEYS = new Set([
  'id',
  'err',
  'cause',
  'type',
  'code',
  'errno',
  'syscall',
  'frames',
  'status',
  'statusCode',
  'method',
  'path',
  'route',
  'url',
  'store',
  'signal',
  'from',
  'to',
  'shown',
  'key',
  'asset',
  'kinds',
  'rules',
  'reason',
  'operation',
  'attempt',
  'count',
  'size',
  'ok',
  'found',
  'next',
  'setting',
  'mode',
  'level',
]);

/** Further keys by their ending: `conversationId`, `bookingIds`, `turnCount`, `waitedMs`, `expiresAt`. */
const ALLOWED_SUFFIX = /(?:Id|Ids|Count|Ms|Seconds|At|Status|Code|Kind|Type)$/;

const MAX_DEPTH = 4;
const MAX_STRING = 300;
const MAX_ITEMS = 20;
const MAX_FRAMES = 10;
/** A stack frame as V8 writes it; a message line (which may quote anything) never ends like this. */
const FRAME = /^\s+at (?:[^\s()]+(?: \[as [^\]]+\])? \()?[^\s()]+:\d+:\d+\)?$/;
const CODE = /^[A-Za-z0-9_.:-]{1,60}$/;
const CLASS_NAME = /^[A-Za-z_$][A-Za-z0-9_$]{0,60}$/;

export const isAllowedLogKey = (key: string): boolean => ALLOWED_KEYS.has(key) || ALLOWED_SUFFIX.test(key);

export interface SafeError {
  type: string;
  code?: string | number;
  errno?: number;
  syscall?: string;
  frames?: string[];
  cause?: SafeError;
}

/** An error as a log may keep it: class, code, system call and stack frames, nothing it says. */
export function safeError(err: unknown, depth = 0): SafeError {
  if (typeof err !== 'object' || err === null) return { type: typeof err };
  if (isSafeError(err)) return err;
  const source = err as {
    name?: unknown;
    code?: unknown;
    errno?: unknown;
    syscall?: unknown;
    cause?: unknown;
    stack?: unknown;
  };
  const name = err instanceof Error ? err.constructor.name || err.name : source.name;
  const safe: SafeError = { type: typeof name === 'string' && CLASS_NAME.test(name) ? name : 'Error' };
  if (typeof source.code === 'number' || (typeof source.code === 'string' && CODE.test(source.code))) {
    safe.code = source.code;
  }
  if (typeof source.errno === 'number') safe.errno = source.errno;
  if (typeof source.syscall === 'string' && CODE.test(source.syscall)) safe.syscall = source.syscall;
  if (typeof source.stack === 'string') {
    const frames = source.stack
      .split('\n')
      .filter((line) => FRAME.test(line))
      .slice(0, MAX_FRAMES)
      .map((line) => line.trim());
    if (frames.length > 0) safe.frames = frames;
  }
  // botbuilder-dialogs wraps a step's error in a DialogContextError that keeps it as `error` (and
  // carries the dialog stack, state and all, as `dialogContext`: never logged).
  const inner = source.cause ?? (source as { error?: unknown }).error;
  if (typeof inner === 'object' && inner !== null && depth < 2) safe.cause = safeError(inner, depth + 1);
  return safe;
}

/** A log object with every key not on the allowlist left out, at any depth. */
export function allowlisted(value: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!isAllowedLogKey(key)) continue;
    const kept = key === 'err' || key === 'cause' ? safeError(item) : keep(item, depth + 1);
    if (kept !== undefined) out[key] = kept;
  }
  return out;
}

function keep(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') {
    // Control characters would let a value forge a second log line in a plain-text shipper.
    return value.replace(/\p{Cc}/gu, ' ').slice(0, MAX_STRING);
  }
  if (typeof value === 'bigint') return value.toString();
  if (depth > MAX_DEPTH || typeof value !== 'object') return undefined;
  if (value instanceof Error) return safeError(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (Array.isArray(value)) {
    return value
      .slice(0, MAX_ITEMS)
      .map((item) => keep(item, depth + 1))
      .filter((item) => item !== undefined);
  }
  return allowlisted(value as Record<string, unknown>, depth);
}

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
    formatters: {
      log: (object) => allowlisted(object),
      bindings: (bindings) => allowlisted(bindings),
    },
    // The allowlist has made `err` safe already; pino's own serializer would add the message back.
    serializers: { err: (err: unknown) => (isSafeError(err) ? err : safeError(err)) },
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

/** Made by safeError already (so a second pass keeps it as it is). */
function isSafeError(value: unknown): value is SafeError {
  if (typeof value !== 'object' || value === null || value instanceof Error) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.type === 'string' &&
    CLASS_NAME.test(record.type) &&
    Object.keys(record).every((key) => SAFE_ERROR_KEYS.has(key)) &&
    (record.code === undefined ||
      typeof record.code === 'number' ||
      (typeof record.code === 'string' && CODE.test(record.code))) &&
    (record.syscall === undefined || (typeof record.syscall === 'string' && CODE.test(record.syscall))) &&
    (record.errno === undefined || typeof record.errno === 'number') &&
    (record.frames === undefined ||
      (Array.isArray(record.frames) &&
        record.frames.every((frame) => typeof frame === 'string' && FRAME.test(`    ${frame}`)))) &&
    (record.cause === undefined || isSafeError(record.cause))
  );
}

const SAFE_ERROR_KEYS = new Set(['type', 'code', 'errno', 'syscall', 'frames', 'cause']);
