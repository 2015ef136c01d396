import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRedisServer, freePort, startEmbeddedRedis } from '../../src/storage/embeddedRedis';
import { buildShippedModels } from '../../src/understanding/model/tasks';

/**
 * Builds the understanding models when they are missing or out of date (as `npm run build` does), then
 * starts one private redis-server for the whole run, unless REDIS_URL names one already. Test files
 * read TEST_REDIS_URL and each use their own key prefix, so files never see each other's keys.
 */
export default async function globalSetup(): Promise<void> {
  // The understanding models are trained at build time; a fresh clone has none until this builds them.
  buildShippedModels({ root: path.join(__dirname, '..', '..') });
  if (process.env.REDIS_URL) {
    process.env.TEST_REDIS_URL = process.env.REDIS_URL;
    return;
  }
  const binary = findRedisServer(process.env.PATH);
  if (!binary) {
    throw new Error('The tests need redis-server (Debian: apt-get install -y redis-server) or REDIS_URL.');
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'signpost-test-redis-'));
  const server = await startEmbeddedRedis({ binary, dir, port: await freePort(), appendOnly: false });
  process.env.TEST_REDIS_URL = server.url;
  process.env.TEST_REDIS_BINARY = binary;
  (globalThis as { __signpostRedis?: typeof server }).__signpostRedis = server;
}
