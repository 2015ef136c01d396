import { z } from 'zod';

/**
 * The only reader of process.env. Every key is listed, with a comment, in .env.example.
 * A bad value stops start-up with a message that names the key and what is wrong with it.
 */

const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const integer = (fallback: number, min: number, max: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(fallback));
const flag = (fallback: 'true' | 'false') =>
  z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default(fallback));

/** One source of a CSP frame-ancestors list: 'none', 'self' or an https origin (a practice's own site). */
const FRAME_SOURCE = /^(?:'?none'?|'?self'?|https:\/\/(?:\*\.)?[A-Za-z0-9.-]{1,253}(?::\d{1,5})?)$/;

const redisUrl = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .url('must be a URL such as redis://host:6379 or rediss://user:password@host:6380')
    .refine((value) => /^rediss?:\/\//.test(value), 'must start with redis:// or rediss://')
    .optional(),
);

const clusterNodes = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .transform((value, ctx) => {
      const nodes = value.split(',').map((entry) => entry.trim());
      const parsed: { host: string; port: number }[] = [];
      for (const node of nodes) {
        const [, host, port] = /^([^:\s]+):(\d{1,5})$/.exec(node) ?? [];
        if (host === undefined || port === undefined) {
          ctx.addIssue({ code: 'custom', message: `"${node}" is not host:port` });
          return z.NEVER;
        }
        parsed.push({ host, port: Number(port) });
      }
      return parsed;
    })
    .optional(),
);

const settings = z.object({
  PORT: integer(3978, 0, 65535),
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  PUBLIC_URL: z.preprocess(emptyToUndefined, z.string().url('must be a URL').optional()),
  NODE_ENV: z.preprocess(
    emptyToUndefined,
    z.enum(['development', 'production', 'test']).default('development'),
  ),
  HTTP_HEADERS_TIMEOUT_MS: integer(10_000, 1000, 120_000),
  HTTP_REQUEST_TIMEOUT_MS: integer(30_000, 1000, 600_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: integer(5000, 1000, 600_000),
  HTTP_IDLE_TIMEOUT_MS: integer(60_000, 1000, 3_600_000),
  HTTP_MAX_BODY_BYTES: integer(256 * 1024, 1024, 4 * 1024 * 1024),
  TRUST_PROXY: z.preprocess(
    (value) => (value === 'false' ? '0' : value === 'true' ? '1' : emptyToUndefined(value)),
    z.coerce.number().int().min(0, 'must be false, true or a number of proxies').max(10).default(0),
  ),
  FRAME_ANCESTORS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .max(1000)
      .refine(
        (value) =>
          value
            .trim()
            .split(/\s+/)
            .every((source) => FRAME_SOURCE.test(source)),
        "must be 'none', 'self' or https origins separated by spaces",
      )
      .default("'none'"),
  ),
  STAFF_TOOLS_WITHOUT_AUTH: flag('false'),
  ALLOW_PRODUCTION_WITHOUT_APP_ID: flag('false'),

  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.preprocess(
    emptyToUndefined,
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  ),
  MicrosoftAppTenantId: optionalString,

  REDIS_URL: redisUrl,
  REDIS_CLUSTER_NODES: clusterNodes,
  REDIS_PASSWORD: optionalString,
  REDIS_TLS: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
  REDIS_KEY_PREFIX: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9:_-]{1,40}$/, 'use letters, digits, ":", "_" or "-" (at most 40)')
      .default('signpost:'),
  ),
  REDIS_EMBEDDED: z.preprocess(emptyToUndefined, z.enum(['auto', 'off']).default('auto')),
  REDIS_COMMAND_TIMEOUT_MS: integer(2000, 50, 60000),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('.data')),

  CONVERSATION_TTL_SECONDS: integer(30 * 24 * 3600, 60, 400 * 24 * 3600),
  TURN_LOCK_TTL_MS: integer(6000, 1000, 600000),
  TURN_LOCK_WAIT_MS: integer(10000, 100, 120000),

  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  LOG_FORMAT: z.preprocess(emptyToUndefined, z.enum(['auto', 'json', 'pretty']).default('auto')),

  DEFAULT_LOCALE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/)
      .default('en-GB'),
  ),
  PRACTICE_NAME: z.preprocess(emptyToUndefined, z.string().max(80).default('your GP practice')),
  PRACTICE_NATION: z.preprocess(
    emptyToUndefined,
    z.enum(['england', 'wales', 'scotland', 'northern-ireland']).default('england'),
  ),
  DIRECTORY_FILE: z.preprocess(
    emptyToUndefined,
    z.string().default('data/directory/riverside-pcn.oruk.json'),
  ),
  DIRECTORY_DISTRICTS_FILE: z.preprocess(
    emptyToUndefined,
    z.string().default('data/directory/riverside-pcn.districts.json'),
  ),
  REFERRAL_RETENTION_DAYS: integer(90, 1, 3650),
  LINK_WORKERS_FILE: z.preprocess(emptyToUndefined, z.string().default('data/link-workers.example.json')),
  BANK_HOLIDAYS_FILE: optionalString,
  PRACTICE_SITE_ID: optionalString,
  BOOKING_HOLD_MINUTES: integer(10, 1, 60),
  STAFF_FILE: optionalString,
  HANDOFF_RETRY_SECONDS: integer(60, 1, 3600),
  OUTBOX_MAX_RETRY_MINUTES: integer(60, 1, 24 * 60),
  CHANNEL_SEND_TIMEOUT_MS: integer(10000, 100, 120000),
  CALENDAR_LINK_TTL_HOURS: integer(24, 1, 24 * 14),
  DIRECTLINE_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  DIRECTLINE_TOKEN_TTL_SECONDS: integer(1800, 20, 24 * 3600),
  DIRECTLINE_ACTIVITY_TTL_SECONDS: integer(86400, 300, 30 * 24 * 3600),
  DIRECTLINE_RATE_BURST: integer(30, 1, 10000),
  DIRECTLINE_RATE_PER_MINUTE: integer(120, 1, 100000),
  DIRECTLINE_SERVICE_URL: z.preprocess(emptyToUndefined, z.string().url('must be a URL').optional()),
  PRACTICE_PHONE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[0-9 +()-]{6,20}$/, 'must be a phone number')
      .optional(),
  ),
});

/** Every setting's name, as .env.example lists them. */
export const CONFIG_KEYS = Object.keys(settings.shape);

const schema = settings.superRefine((value, ctx) => {
  if (value.REDIS_URL && value.REDIS_CLUSTER_NODES) {
    ctx.addIssue({
      code: 'custom',
      path: ['REDIS_CLUSTER_NODES'],
      message: 'set REDIS_URL or REDIS_CLUSTER_NODES, not both',
    });
  }
  if (value.MicrosoftAppId && !value.MicrosoftAppPassword && value.MicrosoftAppType !== 'UserAssignedMSI') {
    ctx.addIssue({
      code: 'custom',
      path: ['MicrosoftAppPassword'],
      message: 'is required when MicrosoftAppId is set',
    });
  }
  if (value.NODE_ENV === 'production' && value.STAFF_TOOLS_WITHOUT_AUTH === 'true') {
    ctx.addIssue({
      code: 'custom',
      path: ['STAFF_TOOLS_WITHOUT_AUTH'],
      message: 'is for development only: it lets anyone who reaches /api/messages use the staff tools',
    });
  }
  if (
    value.NODE_ENV === 'production' &&
    !value.MicrosoftAppId &&
    value.ALLOW_PRODUCTION_WITHOUT_APP_ID !== 'true'
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['MicrosoftAppId'],
      message:
        'is required with NODE_ENV=production: without it nobody is authenticated. ' +
        'Set ALLOW_PRODUCTION_WITHOUT_APP_ID=true to run like this on purpose (Web Chat only, no staff tools)',
    });
  }
  if (value.HTTP_HEADERS_TIMEOUT_MS > value.HTTP_REQUEST_TIMEOUT_MS) {
    ctx.addIssue({
      code: 'custom',
      path: ['HTTP_HEADERS_TIMEOUT_MS'],
      message: 'must not be longer than HTTP_REQUEST_TIMEOUT_MS',
    });
  }
  if (value.MicrosoftAppType === 'SingleTenant' && !value.MicrosoftAppTenantId) {
    ctx.addIssue({
      code: 'custom',
      path: ['MicrosoftAppTenantId'],
      message: 'is required for a SingleTenant app',
    });
  }
});

type Env = z.infer<typeof schema>;

export type RedisMode =
  | { kind: 'url'; url: string; password?: string | undefined; tls: boolean }
  | { kind: 'cluster'; nodes: { host: string; port: number }[]; password?: string | undefined; tls: boolean }
  | { kind: 'embedded' }
  | { kind: 'memory' };

export interface Config {
  port: number;
  host: string;
  publicUrl: string | undefined;
  production: boolean;
  http: {
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    keepAliveTimeoutMs: number;
    idleTimeoutMs: number;
    maxBodyBytes: number;
    /** How many proxies in front of Signpost append to X-Forwarded-For (0: use the TCP peer). */
    trustProxy: number;
    /** CSP frame-ancestors of the Web Chat page: 'none', or the practice's own site. */
    frameAncestors: string;
  };
  /**
   * Staff tools for senders whose channel was not authenticated (no MicrosoftAppId): development
   * only, never in production. Signpost's own Direct Line never grants a staff role.
   */
  staffToolsWithoutAuth: boolean;
  auth: {
    MicrosoftAppId?: string;
    MicrosoftAppPassword?: string;
    MicrosoftAppType: string;
    MicrosoftAppTenantId?: string;
  };
  redis: RedisMode & {
    keyPrefix: string;
    commandTimeoutMs: number;
    dataDir: string;
    searchPath: string | undefined;
  };
  conversationTtlSeconds: number;
  turnLock: { ttlMs: number; waitMs: number };
  log: { level: Env['LOG_LEVEL']; format: 'json' | 'pretty' };
  defaultLocale: string;
  practice: { name: string; phone: string | undefined; nation: Env['PRACTICE_NATION'] };
  directory: { servicesFile: string; districtsFile: string | undefined };
  referralRetentionDays: number;
  staff: { file: string | undefined; handoffRetryMs: number; maxRetryMs: number };
  /** How long one proactive send may take before it counts as failed (and is tried again later). */
  channelSendTimeoutMs: number;
  /** How long a calendar link sent in Teams works. */
  calendarLinkTtlMs: number;
  directLine: {
    secret: string | undefined;
    tokenTtlSeconds: number;
    activityTtlSeconds: number;
    rateLimit: { capacity: number; refillPerMinute: number };
    serviceUrl: string | undefined;
  };
  booking: {
    linkWorkersFile: string;
    bankHolidaysFile: string | undefined;
    practiceSiteId: string | undefined;
    holdMs: number;
  };
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(
      `Signpost cannot start: the configuration is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from an environment (process.env by default). Throws ConfigError. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  isTty: boolean = Boolean(process.stdout.isTTY),
): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const e = result.data;
  const tls = e.REDIS_TLS === 'true';
  let mode: RedisMode;
  if (e.REDIS_URL) mode = { kind: 'url', url: e.REDIS_URL, password: e.REDIS_PASSWORD, tls };
  else if (e.REDIS_CLUSTER_NODES)
    mode = { kind: 'cluster', nodes: e.REDIS_CLUSTER_NODES, password: e.REDIS_PASSWORD, tls };
  else if (e.REDIS_EMBEDDED === 'auto') mode = { kind: 'embedded' };
  else mode = { kind: 'memory' };

  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    production: e.NODE_ENV === 'production',
    http: {
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      idleTimeoutMs: e.HTTP_IDLE_TIMEOUT_MS,
      maxBodyBytes: e.HTTP_MAX_BODY_BYTES,
      trustProxy: e.TRUST_PROXY,
      // .env files drop the quotes around 'none' and 'self'; CSP needs them.
      frameAncestors: e.FRAME_ANCESTORS.trim()
        .split(/\s+/)
        .map((source) => source.replace(/^'?(none|self)'?$/, "'$1'"))
        .join(' '),
    },
    staffToolsWithoutAuth: e.STAFF_TOOLS_WITHOUT_AUTH === 'true',
    // botbuilder's options take each id as present or absent, never as undefined.
    auth: {
      ...(e.MicrosoftAppId === undefined ? {} : { MicrosoftAppId: e.MicrosoftAppId }),
      ...(e.MicrosoftAppPassword === undefined ? {} : { MicrosoftAppPassword: e.MicrosoftAppPassword }),
      MicrosoftAppType: e.MicrosoftAppType,
      ...(e.MicrosoftAppTenantId === undefined ? {} : { MicrosoftAppTenantId: e.MicrosoftAppTenantId }),
    },
    redis: {
      ...mode,
      keyPrefix: e.REDIS_KEY_PREFIX,
      commandTimeoutMs: e.REDIS_COMMAND_TIMEOUT_MS,
      dataDir: e.DATA_DIR,
      searchPath: env.PATH,
    },
    conversationTtlSeconds: e.CONVERSATION_TTL_SECONDS,
    turnLock: { ttlMs: e.TURN_LOCK_TTL_MS, waitMs: e.TURN_LOCK_WAIT_MS },
    log: {
      level: e.LOG_LEVEL,
      format:
        e.LOG_FORMAT === 'auto' ? (isTty && e.NODE_ENV !== 'production' ? 'pretty' : 'json') : e.LOG_FORMAT,
    },
    defaultLocale: e.DEFAULT_LOCALE,
    practice: { name: e.PRACTICE_NAME, phone: e.PRACTICE_PHONE, nation: e.PRACTICE_NATION },
    directory: { servicesFile: e.DIRECTORY_FILE, districtsFile: e.DIRECTORY_DISTRICTS_FILE || undefined },
    referralRetentionDays: e.REFERRAL_RETENTION_DAYS,
    staff: {
      file: e.STAFF_FILE,
      handoffRetryMs: e.HANDOFF_RETRY_SECONDS * 1000,
      maxRetryMs: e.OUTBOX_MAX_RETRY_MINUTES * 60_000,
    },
    channelSendTimeoutMs: e.CHANNEL_SEND_TIMEOUT_MS,
    calendarLinkTtlMs: e.CALENDAR_LINK_TTL_HOURS * 3600_000,
    directLine: {
      secret: e.DIRECTLINE_SECRET,
      tokenTtlSeconds: e.DIRECTLINE_TOKEN_TTL_SECONDS,
      activityTtlSeconds: e.DIRECTLINE_ACTIVITY_TTL_SECONDS,
      rateLimit: { capacity: e.DIRECTLINE_RATE_BURST, refillPerMinute: e.DIRECTLINE_RATE_PER_MINUTE },
      serviceUrl: e.DIRECTLINE_SERVICE_URL,
    },
    booking: {
      linkWorkersFile: e.LINK_WORKERS_FILE,
      bankHolidaysFile: e.BANK_HOLIDAYS_FILE,
      practiceSiteId: e.PRACTICE_SITE_ID,
      holdMs: e.BOOKING_HOLD_MINUTES * 60_000,
    },
  };
}
