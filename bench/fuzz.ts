import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import WebSocket from 'ws';
import {
  ERROR_TEXT,
  acceptableStatus,
  cardSubmit,
  hostileActivity,
  hostileDirectLineActivity,
  invalidUtf8,
  nestedJson,
  withProtoKey,
} from './hostile';

/**
 * `npm run fuzz`: a bounded campaign of hostile requests against Signpost as it runs in production
 * (dist/src/server/main.js, its own process, its embedded redis-server). It prints what matters:
 * crashes (goal 0), 5xx answers (goal 0, but botbuilder's 501 for an invoke no handler takes), error
 * text in any answer (goal 0), the server's RSS before and after, and whether an ordinary
 * conversation still works afterwards. FUZZ_SCALE multiplies every count (default 1: 20,000+).
 */

const SCALE = Number(process.env.FUZZ_SCALE ?? '1') || 1;
const CONCURRENCY = 24;
const SEED = 20261206;
const root = path.join(__dirname, '..', '..');

interface Outcome {
  category: string;
  status: number;
  body: string;
  activityType?: unknown;
}

const results = {
  sent: 0,
  byCategory: new Map<string, number>(),
  statuses: new Map<number, number>(),
  fiveHundreds: [] as Outcome[],
  errorText: [] as Outcome[],
  noAnswer: new Map<string, number>(),
};

function record(outcome: Outcome): void {
  results.sent += 1;
  results.byCategory.set(outcome.category, (results.byCategory.get(outcome.category) ?? 0) + 1);
  if (outcome.status <= 0) {
    results.noAnswer.set(outcome.category, (results.noAnswer.get(outcome.category) ?? 0) + 1);
    return;
  }
  results.statuses.set(outcome.status, (results.statuses.get(outcome.status) ?? 0) + 1);
  if (!acceptableStatus(outcome.status, outcome.activityType)) results.fiveHundreds.push(outcome);
  const match = ERROR_TEXT.exec(withoutClientsOwnWords(outcome.body));
  if (match) results.errorText.push({ ...outcome, body: `[${match[0]}] ${outcome.body}` });
}

/**
 * A transcript read back holds what the client itself typed (the fuzzer types stack-like text too):
 * only what Signpost wrote is checked for error text.
 */
function withoutClientsOwnWords(body: string): string {
  if (!body.startsWith('{"activities"')) return body;
  try {
    const parsed = JSON.parse(body) as { activities: { from?: { role?: string } }[] };
    return JSON.stringify(parsed.activities.filter((activity) => activity.from?.role !== 'user'));
  } catch {
    return body;
  }
}

/** One request with exactly these headers and body; status 0 when nothing came back in time. */
function send(
  base: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<{ status: number; body: string }> {
  const url = new URL(options.path, base);
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'POST',
        headers: options.headers ?? {},
        agent: false,
        timeout: 15_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          if (chunks.length < 64) chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString().slice(0, 4000) }),
        );
        res.on('error', () => resolve({ status: res.statusCode ?? 0, body: '' }));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve({ status: 0, body: '' }));
    if (options.body !== undefined) req.end(options.body);
    else req.end();
  });
}

async function pool<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const item = items[next] as T;
        next += 1;
        await run(item);
      }
    }),
  );
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '0');
  return kb * 1024;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sample = <T>(arb: fc.Arbitrary<T>, count: number, offset: number) =>
  fc.sample(arb, { numRuns: Math.round(count * SCALE), seed: SEED + offset });

async function startServer(
  dataDir: string,
): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', 'dist/src/server/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      DATA_DIR: dataDir,
      REDIS_EMBEDDED: 'auto',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
      PRACTICE_NAME: 'Riverside Surgery',
      DIRECTLINE_RATE_BURST: '10000',
      DIRECTLINE_RATE_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2_000_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2_000_000)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Signpost did not start:\n${output}`)), 60_000);
    const look = () => {
      const found = /Signpost is running at (http:\/\/\S+)/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', look);
    child.on('exit', (code) => reject(new Error(`Signpost exited (${code}) while starting:\n${output}`)));
  });
  return { child, url, log: () => output };
}

/** A Direct Line conversation: its id, token and stream URL. */
async function directLine(
  base: string,
): Promise<{ conversationId: string; token: string; streamUrl: string }> {
  const generated = JSON.parse((await send(base, { path: '/v3/directline/tokens/generate' })).body) as {
    token: string;
  };
  const started = await send(base, {
    path: '/v3/directline/conversations',
    headers: { authorization: `Bearer ${generated.token}`, 'content-type': 'application/json' },
    body: '{"locale":"en-GB"}',
  });
  return JSON.parse(started.body) as { conversationId: string; token: string; streamUrl: string };
}

/** WebSocket abuse: upgrades on other paths, bad tokens, garbage and oversized frames, sockets left open. */
async function webSocketAbuse(
  base: string,
  index: number,
  good: { conversationId: string; streamUrl: string },
): Promise<Outcome> {
  const category = 'websocket';
  const kind = index % 5;
  const wsBase = base.replace(/^http/, 'ws');
  if (kind === 0 || kind === 1) {
    const target =
      kind === 0
        ? `/nowhere/${index}`
        : `/v3/directline/conversations/${good.conversationId}/stream?t=forged.${index}`;
    const answer = await new Promise<Outcome>((resolve) => {
      const socket = net.connect(Number(new URL(base).port), '127.0.0.1');
      let received = '';
      const timer = setTimeout(() => {
        socket.destroy();
        resolve({ category, status: 0, body: 'left open' });
      }, 5000);
      socket.on('connect', () =>
        socket.write(
          `GET ${target} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        ),
      );
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => {
        clearTimeout(timer);
        resolve({
          category,
          status: Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0) || 1,
          body: received.slice(0, 500),
        });
      });
      socket.on('error', () => undefined);
    });
    return answer;
  }
  // A real stream, abused once open.
  return new Promise<Outcome>((resolve) => {
    const ws = new WebSocket(good.streamUrl.replace(/^ws:\/\/[^/]+/, wsBase));
    const done = (status: number, body = '') => {
      ws.terminate();
      resolve({ category, status, body });
    };
    const timer = setTimeout(() => done(101), 1500);
    ws.on('open', () => {
      if (kind === 2) ws.send(Buffer.alloc(64 * 1024, 0x41));
      else if (kind === 3) ws.send('{"__proto__":{"polluted":true}}');
      else ws.ping(Buffer.alloc(100));
    });
    ws.on('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      done(res.statusCode ?? 0);
    });
    ws.on('close', () => {
      clearTimeout(timer);
      done(101);
    });
    ws.on('error', () => {
      clearTimeout(timer);
      done(101);
    });
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'signpost-fuzz-'));
  const server = await startServer(dataDir);
  const { child, url } = server;
  let crashed = false;
  child.on('exit', () => {
    crashed = true;
  });
  const pid = child.pid ?? 0;
  const started = performance.now();
  try {
    const warm = await directLine(url);
    await send(url, {
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        conversation: { id: 'warm' },
        from: { id: 'warm' },
        channelId: 'test',
        serviceUrl: 'http://127.0.0.1:9',
        deliveryMode: 'expectReplies',
        text: 'hello',
      }),
    });
    const rssBefore = rssOf(pid);
    const conversations = Array.from({ length: 40 }, (_, i) => `fuzz-${i}`);
    const json = { 'content-type': 'application/json' };

    // 1. Activities of every kind to /api/messages, some with an own __proto__ key.
    const activities = sample(fc.tuple(hostileActivity(conversations), fc.nat(9)), 7100, 1);
    await pool(activities, async ([activity, roll]) => {
      const body = roll === 0 ? withProtoKey(activity) : JSON.stringify(activity);
      const answer = await send(url, { path: '/api/messages', headers: json, body });
      record({
        category: roll === 0 ? 'prototype keys' : 'activities',
        ...answer,
        activityType: activity.type,
      });
    });

    // 2. Invokes nobody handles, and unknown activity types.
    const invokes = sample(
      fc.tuple(
        fc.constantFrom('invoke', 'invoke', 'messageReaction', 'x-unknown', 'suggestion', 'handoff'),
        fc.string({ maxLength: 30 }),
        fc.constantFrom(...conversations),
      ),
      1500,
      2,
    );
    await pool(invokes, async ([type, name, conversation]) => {
      const answer = await send(url, {
        path: '/api/messages',
        headers: json,
        body: JSON.stringify({
          type,
          name,
          value: { a: 1 },
          channelId: 'msteams',
          serviceUrl: 'http://127.0.0.1:9',
          deliveryMode: 'expectReplies',
          conversation: { id: conversation },
          from: { id: 'fuzz' },
        }),
      });
      record({ category: 'invokes and unknown types', ...answer, activityType: type });
    });

    // 3. A flood of conversationUpdates on a few conversations.
    const floods = Array.from({ length: Math.round(1500 * SCALE) }, (_, i) => i);
    await pool(floods, async (i) => {
      const answer = await send(url, {
        path: '/api/messages',
        headers: json,
        body: JSON.stringify({
          type: 'conversationUpdate',
          channelId: 'test',
          serviceUrl: 'http://127.0.0.1:9',
          deliveryMode: 'expectReplies',
          conversation: { id: `flood-${i % 3}` },
          from: { id: `flood-user-${i}` },
          recipient: { id: 'signpost' },
          membersAdded: Array.from({ length: 1 + (i % 50) }, (_, m) => ({ id: `member-${m}` })),
        }),
      });
      record({ category: 'conversationUpdate flood', ...answer, activityType: 'conversationUpdate' });
    });

    // 4. Direct Line conversations taken to the suggestions (cards of offers) and the slot offers.
    const dlConversations = await Promise.all(Array.from({ length: 20 }, () => directLine(url)));
    const say = (conversation: { conversationId: string; token: string }, text: string) =>
      send(url, {
        path: `/v3/directline/conversations/${conversation.conversationId}/activities`,
        headers: { ...json, authorization: `Bearer ${conversation.token}` },
        body: JSON.stringify({ type: 'message', text, locale: 'en-GB' }),
      });
    await Promise.all(
      dlConversations.map(async (conversation, i) => {
        const script =
          i % 2
            ? ['book', "Yes, that's OK", 'next week']
            : [
                'Talk about what matters to me',
                "Yes, that's OK",
                'I feel lonely',
                'yes',
                'skip',
                'skip',
                'skip',
                'skip',
                'skip',
                'Not now',
              ];
        for (const text of script) await say(conversation, text);
      }),
    );

    // 5. Card submits, in conversations that have reached the suggestions and the slot offers.
    const submits = sample(fc.tuple(fc.nat(dlConversations.length - 1), cardSubmit), 1500, 5);
    await pool(submits, async ([which, value]) => {
      const conversation = dlConversations[which] ?? warm;
      const answer = await send(url, {
        path: `/v3/directline/conversations/${conversation.conversationId}/activities`,
        headers: { ...json, authorization: `Bearer ${conversation.token}` },
        body: JSON.stringify({ type: 'message', value }),
      });
      record({ category: 'card submits', ...answer });
    });

    // 6. Every Direct Line route, with good, forged and no tokens.
    const dlRequests = sample(
      fc.tuple(
        fc.nat(dlConversations.length - 1),
        fc.nat(11),
        fc.constantFrom('good', 'none', 'forged', 'long'),
        hostileDirectLineActivity,
        fc.boolean(),
      ),
      4000,
      4,
    );
    await pool(dlRequests, async ([which, route, tokenKind, body, protoKey]) => {
      const conversation = dlConversations[which] ?? warm;
      const id = conversation.conversationId;
      const routes: [string, string][] = [
        ['POST', '/tokens/generate'],
        ['POST', '/tokens/refresh'],
        ['POST', '/conversations'],
        ['GET', `/conversations/${id}`],
        ['POST', `/conversations/${id}/activities`],
        ['POST', `/conversations/${id}/activities`],
        ['GET', `/conversations/${id}/activities?watermark=${which}`],
        ['GET', `/conversations/${id}/activities?watermark=999999999999`],
        ['POST', `/conversations/${id}/upload`],
        ['GET', '/conversations/..%2F..%2Fetc'],
        ['POST', `/directline/connector/forged/v3/conversations/${id}/activities`],
        ['GET', `/conversations/${id}/stream`],
      ];
      const [method, routePath] = routes[route] ?? ['GET', '/'];
      // Refreshing the good token would revoke it for the rest of the campaign; the others are fair game.
      const token =
        tokenKind === 'good' && route !== 1
          ? conversation.token
          : tokenKind === 'forged'
            ? `dl1.${'e30'}.forged`
            : tokenKind === 'long'
              ? 'x'.repeat(8000)
              : undefined;
      const target = routePath.startsWith('/directline/') ? routePath : `/v3/directline${routePath}`;
      const answer = await send(url, {
        method,
        path: target,
        headers: { ...json, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(method === 'POST' ? { body: protoKey ? withProtoKey(body) : JSON.stringify(body) } : {}),
      });
      record({ category: 'direct line routes', ...answer });
    });

    // 7. Encodings, on every kind of route.
    const paths = [
      '/api/messages',
      '/healthz',
      '/readyz',
      '/',
      '/v3/directline/tokens/generate',
      `/v3/directline/conversations/${warm.conversationId}/activities`,
      '/nope',
    ];
    const encodings = Array.from({ length: Math.round(2000 * SCALE) }, (_, i) => i);
    await pool(encodings, async (i) => {
      const kind = i % 6;
      const plain = Buffer.from(JSON.stringify({ type: 'message', text: 'hi', conversation: { id: 'enc' } }));
      const [encoding, body] = [
        ['gzip', Buffer.from('not gzip at all')],
        ['gzip', gzipSync(plain)],
        ['deflate', deflateSync(plain)],
        ['br', Buffer.from('garbage')],
        ['GZip, identity', plain],
        ['x-custom', plain],
      ][kind] as [string, Buffer];
      const answer = await send(url, {
        path: paths[i % paths.length] ?? '/',
        headers: { ...json, 'content-encoding': encoding },
        body,
      });
      record({ category: 'encodings', ...answer });
    });

    // 8. Gzip bombs: 100 MB of zeros in about 100 KB.
    const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024));
    await pool(
      Array.from({ length: Math.round(40 * SCALE) }, (_, i) => i),
      async (i) => {
        const answer = await send(url, {
          path: paths[i % paths.length] ?? '/',
          headers: { ...json, 'content-encoding': 'gzip' },
          body: bomb,
        });
        record({ category: 'gzip bombs', ...answer });
      },
    );

    // 9. Deep nesting, arrays and objects, far past any sensible depth.
    const depths = Array.from({ length: Math.round(500 * SCALE) }, (_, i) => i);
    await pool(depths, async (i) => {
      const depth = [40, 200, 2000, 20_000, 100_000][i % 5] ?? 40;
      const body = i % 2 ? nestedJson(depth) : nestedJson(depth, '{"a":', '}').replace(/\{"a":\}/, '{"a":1}');
      const route =
        i % 3 === 0 ? `/v3/directline/conversations/${warm.conversationId}/activities` : '/api/messages';
      const answer = await send(url, {
        path: route,
        headers: { ...json, authorization: `Bearer ${warm.token}` },
        body,
      });
      record({ category: 'deep nesting', ...answer });
    });

    // 10. Bodies that are not UTF-8.
    await pool(
      Array.from({ length: Math.round(1000 * SCALE) }, (_, i) => i),
      async (i) => {
        const route =
          i % 2 ? `/v3/directline/conversations/${warm.conversationId}/activities` : '/api/messages';
        const answer = await send(url, {
          path: route,
          headers: { ...json, authorization: `Bearer ${warm.token}` },
          body: invalidUtf8(i),
        });
        record({ category: 'invalid UTF-8', ...answer });
      },
    );

    // 11. Bodies too large, and lengths that lie.
    const big = Buffer.alloc(300 * 1024, 0x61);
    await pool(
      Array.from({ length: Math.round(300 * SCALE) }, (_, i) => i),
      async (i) => {
        const headers: Record<string, string> =
          i % 2 ? { ...json } : { ...json, 'content-length': '999999999' };
        const answer = await send(url, {
          path: '/api/messages',
          headers,
          body: i % 2 ? big : Buffer.from('{}'),
        });
        record({ category: 'oversized and lying lengths', ...answer });
      },
    );

    // 12. WebSocket abuse.
    const stream = await directLine(url);
    await pool(
      Array.from({ length: Math.round(600 * SCALE) }, (_, i) => i),
      async (i) => {
        record(await webSocketAbuse(url, i, stream));
      },
    );

    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rssAfter = crashed ? 0 : rssOf(pid);

    // An ordinary conversation afterwards, on both channels.
    const turn = async (text: string) => {
      const answer = await send(url, {
        path: '/api/messages',
        headers: json,
        body: JSON.stringify({
          type: 'message',
          channelId: 'test',
          serviceUrl: 'http://127.0.0.1:9',
          deliveryMode: 'expectReplies',
          conversation: { id: 'after-fuzz' },
          from: { id: 'after' },
          locale: 'en-GB',
          text,
        }),
      });
      return answer.status === 200
        ? ((JSON.parse(answer.body) as { activities: { text?: string }[] }).activities ?? []).map(
            (a) => a.text ?? '',
          )
        : [];
    };
    const hello = await turn('hello');
    const help = await turn('help');
    const after = await directLine(url);
    await send(url, {
      path: `/v3/directline/conversations/${after.conversationId}/activities`,
      headers: { ...json, authorization: `Bearer ${after.token}` },
      body: JSON.stringify({ type: 'message', text: 'hello' }),
    });
    const read = await send(url, {
      method: 'GET',
      path: `/v3/directline/conversations/${after.conversationId}/activities`,
      headers: { authorization: `Bearer ${after.token}` },
    });
    const webChatReplies = (
      JSON.parse(read.body || '{"activities":[]}') as { activities: { from?: { role?: string } }[] }
    ).activities.filter((a) => a.from?.role === 'bot').length;
    const normal =
      hello.includes('What would you like to do?') &&
      help.some((text) => text.startsWith("I'm Signpost")) &&
      webChatReplies > 0;

    const seconds = (performance.now() - started) / 1000;
    const lines = [
      '',
      `Fuzz campaign: ${results.sent} hostile requests in ${seconds.toFixed(0)} s (seed ${SEED}, scale ${SCALE})`,
      ...[...results.byCategory.entries()].map(([name, count]) => `  ${name.padEnd(30)} ${count}`),
      `Status codes: ${[...results.statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}×${count}`)
        .join(' ')}`,
      `No answer (timeout or reset): ${[...results.noAnswer.values()].reduce((a, b) => a + b, 0)} ${JSON.stringify(Object.fromEntries(results.noAnswer))}`,
      `Crashes: ${crashed ? 1 : 0}`,
      `5xx (other than 501 for an unhandled invoke): ${results.fiveHundreds.length}`,
      ...results.fiveHundreds.slice(0, 5).map((o) => `    ${o.category} ${o.status} ${o.body.slice(0, 160)}`),
      `Answers with error text: ${results.errorText.length}`,
      ...results.errorText.slice(0, 5).map((o) => `    ${o.category} ${o.status} ${o.body.slice(0, 160)}`),
      `Server RSS: before ${mb(rssBefore)}, after ${crashed ? 'n/a (crashed)' : mb(rssAfter)}`,
      `A normal conversation afterwards: ${normal ? 'works' : 'FAILED'} (Bot Framework: ${hello.length} + ${help.length} replies; Web Chat: ${webChatReplies} replies)`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
    process.exitCode =
      crashed || results.fiveHundreds.length > 0 || results.errorText.length > 0 || !normal ? 1 : 0;
  } finally {
    if (!crashed) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
