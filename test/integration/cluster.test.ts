import { createRedisClient, type RedisClient } from '../../src/storage/connection';
import { RedisKeys } from '../../src/storage/keys';
import { RedisStorage } from '../../src/storage/redisStorage';
import { RedisTurnLock } from '../../src/storage/redisTurnLock';
import { startTestCluster } from '../support/cluster';
import { silentLog } from '../support/logs';
import { message, post, startTestSignpost } from '../support/signpost';
import { storageContract } from './storageConformance';

describe('on a real Redis Cluster', () => {
  let cluster: Awaited<ReturnType<typeof startTestCluster>>;
  let client: RedisClient;
  let n = 0;

  beforeAll(async () => {
    cluster = await startTestCluster();
    client = createRedisClient(
      { kind: 'cluster', nodes: cluster.nodes, tls: false },
      { commandTimeoutMs: 2000, log: silentLog },
    );
  });
  afterAll(async () => {
    await client.quit();
    await cluster.stop();
  });

  it.each(storageContract)('RedisStorage keeps the contract: %s', async (_name, check) => {
    await check(
      new RedisStorage(client, { keys: new RedisKeys(`c${n++}:`), ttlSeconds: 3600, log: silentLog }),
    );
  });

  it('serialises turns with the lock', async () => {
    const lock = new RedisTurnLock(client, {
      keys: new RedisKeys('c:'),
      ttlMs: 5000,
      waitMs: 5000,
      log: silentLog,
    });
    let counter = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        lock.runExclusive('conv', async () => {
          const seen = counter;
          await new Promise((resolve) => setTimeout(resolve, 2));
          counter = seen + 1;
        }),
      ),
    );
    expect(counter).toBe(20);
  });

  it('serves conversations with REDIS_CLUSTER_NODES', async () => {
    const signpost = await startTestSignpost({
      REDIS_URL: '',
      REDIS_CLUSTER_NODES: cluster.nodes.map((node) => `${node.host}:${node.port}`).join(','),
    });
    try {
      expect(signpost.backend.kind).toBe('cluster');
      for (const id of ['a', 'b', 'c', 'd']) {
        const { status, replies } = await post(signpost.url, message(`cluster-${id}`, 'hello'));
        expect(status).toBe(200);
        expect(replies.length).toBeGreaterThan(0);
      }
      expect((await fetch(`${signpost.url}/readyz`)).status).toBe(200);
    } finally {
      await signpost.close();
    }
  });
});
