import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type BackendOptions } from '../../src/storage/backend';
import { capturingLogger } from '../support/logs';

const options = (dataDir: string, searchPath: string | undefined): BackendOptions => ({
  choice: { kind: 'embedded' },
  keyPrefix: 'signpost:',
  commandTimeoutMs: 2000,
  dataDir,
  searchPath,
  conversationTtlSeconds: 3600,
  referralRetentionSeconds: 3600,
  turnLock: { ttlMs: 5000, waitMs: 5000 },
  log: capturingLogger().logger,
});

describe('the embedded default, with no Redis configured', () => {
  it('runs a private redis-server whose data survives a restart of Signpost', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'signpost-embedded-'));
    const searchPath = path.dirname(process.env.TEST_REDIS_BINARY ?? '/usr/bin/redis-server');
    const first = await openBackend(options(dataDir, searchPath));
    try {
      expect(first.kind).toBe('embedded');
      await first.storage.write({ 'test/conversations/c1/': { turns: 3 } });
    } finally {
      await first.close();
    }

    const second = await openBackend(options(dataDir, searchPath));
    try {
      expect((await second.storage.read(['test/conversations/c1/']))['test/conversations/c1/']).toMatchObject(
        { turns: 3 },
      );
      expect(await second.health.check()).toEqual({ ok: true });
    } finally {
      await second.close();
    }
  });

  it('falls back to memory, loudly, when redis-server is not on PATH', async () => {
    const logs = capturingLogger();
    const backend = await openBackend({
      ...options(mkdtempSync(path.join(os.tmpdir(), 'signpost-nored-')), '/nonexistent'),
      log: logs.logger,
    });
    expect(backend.kind).toBe('memory');
    expect(backend.description).toMatch(/lost on restart/);
    expect(logs.lines.some((line) => line.level === 40 && /IS LOST ON RESTART/.test(String(line.msg)))).toBe(
      true,
    );
    await backend.close();
  });
});
