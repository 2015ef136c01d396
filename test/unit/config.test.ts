import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_KEYS, ConfigError, loadConfig } from '../../src/server/config';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env, false);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

describe('configuration', () => {
  it('starts with sensible defaults and the embedded Redis', () => {
    const config = loadConfig({}, false);
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      redis: { kind: 'embedded', keyPrefix: 'signpost:' },
      conversationTtlSeconds: 2592000,
      defaultLocale: 'en-GB',
      log: { format: 'json', level: 'info' },
    });
  });

  it.each([
    [{ REDIS_URL: 'redis://localhost:6379' }, { kind: 'url', url: 'redis://localhost:6379', tls: false }],
    [
      { REDIS_URL: 'rediss://user:pw@cache.example:6380', REDIS_TLS: 'true' },
      { kind: 'url', tls: true },
    ],
    [
      { REDIS_CLUSTER_NODES: '10.0.0.1:7000, 10.0.0.2:7001' },
      {
        kind: 'cluster',
        nodes: [
          { host: '10.0.0.1', port: 7000 },
          { host: '10.0.0.2', port: 7001 },
        ],
      },
    ],
    [{ REDIS_EMBEDDED: 'off' }, { kind: 'memory' }],
    [{ REDIS_URL: '' }, { kind: 'embedded' }],
  ])('chooses where state lives from %j', (env, expected) => {
    expect(loadConfig(env, false).redis).toMatchObject(expected);
  });

  it('uses readable logs in a terminal and JSON elsewhere', () => {
    expect(loadConfig({}, true).log.format).toBe('pretty');
    expect(
      loadConfig({ NODE_ENV: 'production', ALLOW_PRODUCTION_WITHOUT_APP_ID: 'true' }, true).log.format,
    ).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }, false).log.format).toBe('pretty');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ REDIS_URL: 'http://localhost:6379' }, 'REDIS_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ REDIS_CLUSTER_NODES: 'host-without-port' }, 'REDIS_CLUSTER_NODES'],
    [{ REDIS_URL: 'redis://a:1', REDIS_CLUSTER_NODES: 'b:2' }, 'REDIS_CLUSTER_NODES'],
    [{ REDIS_KEY_PREFIX: 'has spaces' }, 'REDIS_KEY_PREFIX'],
    [{ CONVERSATION_TTL_SECONDS: '10' }, 'CONVERSATION_TTL_SECONDS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [
      { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'a', MicrosoftAppPassword: 'b' },
      'MicrosoftAppTenantId',
    ],
    [{ PRACTICE_PHONE: 'call us' }, 'PRACTICE_PHONE'],
    [{ NODE_ENV: 'production' }, 'MicrosoftAppId'],
    [{ NODE_ENV: 'production', ALLOW_PRODUCTION_WITHOUT_APP_ID: 'yes' }, 'ALLOW_PRODUCTION_WITHOUT_APP_ID'],
    [
      { NODE_ENV: 'production', ALLOW_PRODUCTION_WITHOUT_APP_ID: 'true', STAFF_TOOLS_WITHOUT_AUTH: 'true' },
      'STAFF_TOOLS_WITHOUT_AUTH',
    ],
    [{ TRUST_PROXY: 'the load balancer' }, 'TRUST_PROXY'],
    [{ FRAME_ANCESTORS: 'http://insecure.example' }, 'FRAME_ANCESTORS'],
    [{ FRAME_ANCESTORS: "https://ok.example 'unsafe-inline'" }, 'FRAME_ANCESTORS'],
    [{ HTTP_HEADERS_TIMEOUT_MS: '40000', HTTP_REQUEST_TIMEOUT_MS: '30000' }, 'HTTP_HEADERS_TIMEOUT_MS'],
  ])('stops start-up on %j, naming %s', (env, key) => {
    const problems = problemsOf(env);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((problem) => problem.startsWith(`${key}:`))).toBe(true);
  });

  it('runs in production without an app id only when told to, and never with staff tools open', () => {
    const config = loadConfig(
      { NODE_ENV: 'production', ALLOW_PRODUCTION_WITHOUT_APP_ID: 'true', MicrosoftAppId: '' },
      false,
    );
    expect(config).toMatchObject({ production: true, staffToolsWithoutAuth: false });
    const withApp = loadConfig(
      { NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' },
      false,
    );
    expect(withApp.auth.MicrosoftAppId).toBe('app');
  });

  it.each([
    [{}, { trustProxy: 0, frameAncestors: "'none'" }],
    [{ TRUST_PROXY: 'true' }, { trustProxy: 1 }],
    [{ TRUST_PROXY: '2' }, { trustProxy: 2 }],
    [{ TRUST_PROXY: 'false' }, { trustProxy: 0 }],
    [{ FRAME_ANCESTORS: 'none' }, { frameAncestors: "'none'" }],
    [
      { FRAME_ANCESTORS: "'self'   https://www.riverside-surgery.example" },
      { frameAncestors: "'self' https://www.riverside-surgery.example" },
    ],
  ])('reads the HTTP settings from %j', (env, expected) => {
    expect(loadConfig(env, false).http).toMatchObject(expected);
  });

  it('has slow-client timeouts for a public service by default', () => {
    expect(loadConfig({}, false).http).toMatchObject({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5000,
      idleTimeoutMs: 60_000,
      maxBodyBytes: 262_144,
    });
  });

  it('lists every bad key at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });
});

describe('.env.example', () => {
  it('lists every setting, and nothing else', () => {
    const text = readFileSync(path.join(__dirname, '../../.env.example'), 'utf8');
    const listed = [...text.matchAll(/^([A-Za-z_]+)=/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual([...CONFIG_KEYS].sort());
  });
});
