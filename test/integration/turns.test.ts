import { InfrastructureError } from '../../src/services/errors/InfrastructureError';
import { TurnLockTimeoutError } from '../../src/services/errors/TurnLockTimeoutError';
import { MemoryTurnLock } from '../../src/storage/memoryTurnLock';
import { RedisTurnLock } from '../../src/storage/redisTurnLock';
import { createRedisClient } from '../../src/storage/connection';
import type { TurnLock } from '../../src/services/ports';
import { silentLog } from '../support/logs';
import { disconnect, inspector, testClient } from '../support/redis';
import { message, post, startTestSignpost, texts } from '../support/signpost';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `n` workers at once that each read a shared counter, pause, and write it back + 1. */
async function racingIncrements(lock: TurnLock, key: string, n: number): Promise<number> {
  let counter = 0;
  await Promise.all(
    Array.from({ length: n }, () =>
      lock.runExclusive(key, async () => {
        const seen = counter;
        await sleep(2);
        counter = seen + 1;
      }),
    ),
  );
  return counter;
}

describe('turn locks', () => {
  const { client, keys } = testClient();
  const second = testClient();
  const look = inspector();
  afterAll(async () => {
    await client.quit();
    await second.client.quit();
    await look.quit();
  });

  const redisLock = (waitMs = 5000, ttlMs = 5000, c = client) =>
    new RedisTurnLock(c, { keys, ttlMs, waitMs, log: silentLog });

  it.each([
    ['MemoryTurnLock', () => new MemoryTurnLock(5000)],
    ['RedisTurnLock', () => redisLock()],
  ])('%s runs turns of one conversation one at a time', async (_name, make) => {
    expect(await racingIncrements(make(), 'conv-a', 25)).toBe(25);
  });

  it('serialises across two clients, as two bot instances would be', async () => {
    const a = redisLock(5000, 5000, client);
    const b = redisLock(5000, 5000, second.client);
    let counter = 0;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).runExclusive('shared', async () => {
          const seen = counter;
          await sleep(2);
          counter = seen + 1;
        }),
      ),
    );
    expect(counter).toBe(20);
  });

  it('does not serialise different conversations', async () => {
    const lock = redisLock();
    const order: string[] = [];
    await Promise.all([
      lock.runExclusive('slow', async () => {
        await sleep(150);
        order.push('slow');
      }),
      lock.runExclusive('fast', async () => {
        order.push('fast');
      }),
    ]);
    expect(order).toEqual(['fast', 'slow']);
  });

  it.each([
    ['MemoryTurnLock', () => new MemoryTurnLock(100)],
    ['RedisTurnLock', () => redisLock(100)],
  ])('%s gives up after the bounded wait with TurnLockTimeoutError', async (_name, make) => {
    const lock = make();
    const holder = lock.runExclusive('busy', () => sleep(400));
    await sleep(20);
    await expect(lock.runExclusive('busy', async () => 'ran')).rejects.toBeInstanceOf(TurnLockTimeoutError);
    await holder;
    await expect(lock.runExclusive('busy', async () => 'ran')).resolves.toBe('ran');
  });

  it('releases the lock when the turn throws', async () => {
    const lock = redisLock();
    await expect(lock.runExclusive('throws', async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(await look.exists(keys.turnLock('throws'))).toBe(0);
  });

  it('never releases a lock that another holder took after it expired', async () => {
    const lock = redisLock(5000, 1000);
    await lock.runExclusive('expired', async () => {
      // Simulate this holder's lock expiring and another instance taking it.
      await look.set(keys.turnLock('expired'), 'someone-else');
    });
    expect(await look.get(keys.turnLock('expired'))).toBe('someone-else');
  });

  it('renews the lock while a long turn runs', async () => {
    const lock = redisLock(5000, 1000);
    await lock.runExclusive('long', async () => {
      await sleep(1600);
      expect(await look.exists(keys.turnLock('long'))).toBe(1);
    });
  });

  it('reports a Redis that does not answer as an InfrastructureError', async () => {
    const dead = createRedisClient(
      { kind: 'tcp', host: '127.0.0.1', port: 1 },
      { commandTimeoutMs: 200, log: silentLog },
    );
    const lock = new RedisTurnLock(dead, { keys, ttlMs: 1000, waitMs: 1000, log: silentLog });
    await expect(lock.runExclusive('x', async () => 1)).rejects.toBeInstanceOf(InfrastructureError);
    await disconnect(dead);
  });
});

describe('two bot instances on one Redis', () => {
  it('answers 20 messages sent at once into one conversation and loses no update', async () => {
    const first = await startTestSignpost();
    const prefix = first.backend.keys.prefix;
    const second = await startTestSignpost({ REDIS_KEY_PREFIX: prefix });
    const look = inspector();
    try {
      const conversation = 'busy-conversation';
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          post((i % 2 ? first : second).url, message(conversation, `hello ${i}`)),
        ),
      );
      for (const result of results) {
        expect(result.status).toBe(200);
        expect(texts(result.replies).length).toBeGreaterThan(0);
      }
      const stored = await look.hget(
        first.backend.keys.storageItem(`test/conversations/${conversation}/`),
        'd',
      );
      expect(JSON.parse(stored ?? '{}').signpost.turns).toBe(20);
    } finally {
      await look.quit();
      await first.close();
      await second.close();
    }
  });
});
