import { MemoryStorage } from 'botbuilder';
import { InfrastructureError } from '../../src/services/errors/InfrastructureError';
import { createRedisClient } from '../../src/storage/connection';
import { RedisKeys } from '../../src/storage/keys';
import { RedisStorage } from '../../src/storage/redisStorage';
import { silentLog } from '../support/logs';
import { disconnect, inspector, testClient } from '../support/redis';
import { storageContract } from './storageConformance';

describe('Storage contract: MemoryStorage (the reference)', () => {
  it.each(storageContract)('%s', async (_name, check) => {
    await check(new MemoryStorage());
  });
});

describe('Storage contract: RedisStorage on a real redis-server', () => {
  const { client, prefix } = testClient();
  let n = 0;
  afterAll(() => client.quit());

  it.each(storageContract)('%s', async (_name, check) => {
    await check(
      new RedisStorage(client, { keys: new RedisKeys(`${prefix}${n++}:`), ttlSeconds: 3600, log: silentLog }),
    );
  });
});

describe('RedisStorage beyond the contract', () => {
  const { client, keys } = testClient();
  const look = inspector();
  afterAll(async () => {
    await client.quit();
    await look.quit();
  });

  it('keeps each item under the configured prefix with a sliding time to live', async () => {
    const storage = new RedisStorage(client, { keys, ttlSeconds: 100, log: silentLog });
    await storage.write({ 'webchat/conversations/c1': { turns: 1 } });
    const key = keys.storageItem('webchat/conversations/c1');
    expect(key.startsWith(keys.prefix)).toBe(true);
    await look.pexpire(key, 5000);
    await storage.read(['webchat/conversations/c1']);
    const ttl = await look.pttl(key);
    expect(ttl).toBeGreaterThan(90_000);
    expect(ttl).toBeLessThanOrEqual(100_000);
  });

  it('treats an unreadable stored value as absent instead of failing every later turn', async () => {
    const storage = new RedisStorage(client, { keys, ttlSeconds: 100, log: silentLog });
    await look.hset(keys.storageItem('broken'), 'e', 'x', 'd', '{not json');
    await look.hset(keys.storageItem('array'), 'e', 'x', 'd', '[1,2]');
    expect(await storage.read(['broken', 'array'])).toEqual({});
  });

  it('turns a Redis that does not answer into an InfrastructureError, quickly', async () => {
    const dead = createRedisClient(
      { kind: 'tcp', host: '127.0.0.1', port: 1 },
      { commandTimeoutMs: 300, log: silentLog },
    );
    const storage = new RedisStorage(dead, { keys, ttlSeconds: 100, log: silentLog });
    await expect(storage.read(['anything'])).rejects.toBeInstanceOf(InfrastructureError);
    await expect(storage.write({ anything: { a: 1 } })).rejects.toBeInstanceOf(InfrastructureError);
    await disconnect(dead);
  });
});
