// Run as a child process (node -r ./test/support/tsRequire.js test/support/lockHolder.ts URL PREFIX
// KEY TTL_MS): takes a conversation's turn lock as an instance of Signpost would, says "held", and
// keeps the turn running until the process is killed.
import { createRedisClient } from '../../src/storage/connection';
import { RedisKeys } from '../../src/storage/keys';
import { RedisTurnLock } from '../../src/storage/redisTurnLock';

const [url = '', prefix = '', key = '', ttl = '1000'] = process.argv.slice(2);
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const client = createRedisClient({ kind: 'url', url, tls: false }, { commandTimeoutMs: 2000, log: quiet });
const lock = new RedisTurnLock(client, {
  keys: new RedisKeys(prefix),
  ttlMs: Number(ttl),
  waitMs: 5000,
  log: quiet,
});

void lock.runExclusive(key, async () => {
  process.stdout.write('held\n');
  await new Promise(() => undefined);
});
