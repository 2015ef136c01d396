import { type Activity, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { InfrastructureError } from '../../src/services/errors/InfrastructureError';
import { createRedisClient } from '../../src/storage/connection';
import { RedisKeys } from '../../src/storage/keys';
import { markedJson, markJson, READ_AS, WRITE_AS } from '../../src/storage/itemJson';
import { RedisStorage } from '../../src/storage/redisStorage';
import { SnapshotConversationState } from '../../src/storage/snapshotConversationState';
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

describe('conversation state on RedisStorage: JSON made once', () => {
  const { client, keys } = testClient();
  const look = inspector();
  const storage = new RedisStorage(client, { keys, ttlSeconds: 3600, log: silentLog });
  afterAll(async () => {
    await client.quit();
    await look.quit();
  });

  const turn = (conversation: string) =>
    new TurnContext(new TestAdapter(), {
      type: 'message',
      channelId: 'test',
      conversation: { id: conversation },
      from: { id: 'u' },
      recipient: { id: 'bot' },
    } as Partial<Activity>);
  const stored = (conversation: string) =>
    look.hgetall(keys.storageItem(`test/conversations/${conversation}/`));

  it('says what JSON each item was read as, and never stores the mark', async () => {
    await storage.write({ a: { list: [1, 'two', { three: null }], text: 'caf\u00e9 \u{1F600} "quoted"' } });
    const item = (await storage.read(['a'])).a;
    expect(markedJson(item, READ_AS)).toBe((await look.hgetall(keys.storageItem('a'))).d);
    expect(Object.keys(item as object)).toEqual(['list', 'text', 'eTag']);
  });

  it('writes the JSON its owner marked, and serialises afresh when it is not marked', async () => {
    const item = { n: 1 };
    markJson(item, WRITE_AS, '{"n":2}');
    await storage.write({ b: item });
    expect((await look.hgetall(keys.storageItem('b'))).d).toBe('{"n":2}');
    const read = (await storage.read(['b'])).b as { n: number; eTag: string };
    read.n = 3;
    await storage.write({ b: read });
    expect((await look.hgetall(keys.storageItem('b'))).d).toBe('{"n":3}');
  });

  it('does not write a turn that changed nothing, and writes a change exactly', async () => {
    const state = new SnapshotConversationState(storage);
    const count = state.createProperty<{ n: number; words: string[] }>('count');
    const first = turn('c1');
    await count.set(first, { n: 1, words: ['caf\u00e9', '\u{1F600}'] });
    await state.saveChanges(first);
    const before = await stored('c1');

    const idle = turn('c1');
    await count.get(idle);
    await state.saveChanges(idle);
    expect((await stored('c1')).e).toBe(before.e);

    const busy = turn('c1');
    (await count.get(busy, { n: 0, words: [] })).words.push('more');
    await state.saveChanges(busy);
    const after = await stored('c1');
    expect(after.e).not.toBe(before.e);
    expect(JSON.parse(after.d)).toEqual({ count: { n: 1, words: ['caf\u00e9', '\u{1F600}', 'more'] } });
    expect(await count.get(turn('c1'))).toEqual({ n: 1, words: ['caf\u00e9', '\u{1F600}', 'more'] });
  });
});
