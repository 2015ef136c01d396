import { spawn } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../../src/server/config';
import { TurnLockTimeoutError } from '../../src/services/errors/TurnLockTimeoutError';
import { RedisTurnLock } from '../../src/storage/redisTurnLock';
import { silentLog } from '../support/logs';
import { disconnect, testClient, testRedisUrl } from '../support/redis';

const root = path.join(__dirname, '..', '..');
const TTL_MS = 1500;

describe('a turn lock whose holder dies', () => {
  it('is kept while the holder lives (renewed), and is free within one TTL of its death', async () => {
    const { client, keys, prefix } = testClient();
    const holder = spawn(
      process.execPath,
      [
        '-r',
        './test/support/tsRequire.js',
        'test/support/lockHolder.ts',
        testRedisUrl(),
        prefix,
        'webchat:c1',
        String(TTL_MS),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the holder never took the lock')), 30_000);
        holder.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('held')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      // Alive and renewing: nobody gets the lock though its TTL passes twice over.
      const waiter = new RedisTurnLock(client, { keys, ttlMs: TTL_MS, waitMs: 2 * TTL_MS, log: silentLog });
      await expect(waiter.runExclusive('webchat:c1', async () => 'mine')).rejects.toBeInstanceOf(
        TurnLockTimeoutError,
      );

      holder.kill('SIGKILL');
      await exited;
      const died = performance.now();
      const next = new RedisTurnLock(client, { keys, ttlMs: TTL_MS, waitMs: 10_000, log: silentLog });
      expect(await next.runExclusive('webchat:c1', async () => 'mine')).toBe('mine');
      const freedAfter = performance.now() - died;
      expect(freedAfter).toBeLessThanOrEqual(TTL_MS + 500);
    } finally {
      if (holder.exitCode === null) holder.kill('SIGKILL');
      await disconnect(client);
    }
  }, 60_000);

  it('is short by default: a dead instance holds a conversation for at most 6 seconds', () => {
    expect(loadConfig({}, false).turnLock.ttlMs).toBe(6000);
  });
});
