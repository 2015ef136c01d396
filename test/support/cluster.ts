import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, startEmbeddedRedis, type EmbeddedRedis } from '../../src/storage/embeddedRedis';

const run = promisify(execFile);

/** A real three-node Redis Cluster on loopback, made with redis-cli --cluster create. */
export async function startTestCluster(): Promise<{
  nodes: { host: string; port: number }[];
  stop(): Promise<void>;
}> {
  const binary = process.env.TEST_REDIS_BINARY ?? 'redis-server';
  const cli = path.join(path.dirname(binary), 'redis-cli');
  const servers: EmbeddedRedis[] = [];
  const nodes: { host: string; port: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const port = await freePort();
    const dir = mkdtempSync(path.join(os.tmpdir(), `signpost-cluster-${i}-`));
    servers.push(
      await startEmbeddedRedis({
        binary,
        dir,
        port,
        appendOnly: false,
        extraArgs: ['--cluster-enabled', 'yes', '--cluster-config-file', path.join(dir, 'nodes.conf')],
      }),
    );
    nodes.push({ host: '127.0.0.1', port });
  }
  await run(cli, [
    '--cluster',
    'create',
    ...nodes.map((n) => `${n.host}:${n.port}`),
    '--cluster-replicas',
    '0',
    '--cluster-yes',
  ]);
  for (let attempt = 0; attempt < 100; attempt++) {
    const { stdout } = await run(cli, ['-p', String(nodes[0].port), 'cluster', 'info']);
    if (stdout.includes('cluster_state:ok')) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { nodes, stop: async () => void (await Promise.all(servers.map((server) => server.stop()))) };
}
