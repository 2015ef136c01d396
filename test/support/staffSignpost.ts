import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'restify';
import type { StaffDirectoryInput } from '../../src/domain/staff/staffDirectory';
import type { Clock } from '../../src/services/ports';
import type { Backend } from '../../src/storage/backend';
import { TEST_LINK_WORKERS } from './booking';
import { capturingLogger } from './logs';
import { startTestSignpost } from './signpost';

/**
 * The real server (restify, CloudAdapter, Redis), wired by the composition root as in production,
 * with a staff file and the test link workers written to files, and a clock the test controls.
 * Undelivered handoffs are retried only when the test calls deliverPending.
 */
export async function startStaffSignpost(options: {
  clock: Clock;
  staff: StaffDirectoryInput;
  /** Share another instance's Redis keys (a second instance, or one started after a restart). */
  prefix?: string;
  env?: Record<string, string>;
}): Promise<{
  url: string;
  server: Server;
  backend: Backend;
  prefix: string;
  logs: ReturnType<typeof capturingLogger>;
  deliverPending(): Promise<number>;
  /** Resolves once no outbox delivery is running. */
  outboxIdle(): Promise<void>;
  close(): Promise<void>;
}> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'signpost-staff-'));
  const staffFile = path.join(dir, 'staff.json');
  const workersFile = path.join(dir, 'link-workers.json');
  writeFileSync(staffFile, JSON.stringify(options.staff));
  writeFileSync(workersFile, JSON.stringify(TEST_LINK_WORKERS));
  const signpost = await startTestSignpost(
    {
      STAFF_FILE: staffFile,
      LINK_WORKERS_FILE: workersFile,
      ...(options.prefix ? { REDIS_KEY_PREFIX: options.prefix } : {}),
      ...options.env,
    },
    [],
    options.clock,
  );
  return {
    url: signpost.url,
    server: signpost.server,
    backend: signpost.backend,
    prefix: signpost.backend.keys.prefix,
    logs: signpost.logs,
    deliverPending: () => signpost.deliverPendingHandoffs(),
    outboxIdle: () => signpost.outboxIdle(),
    close: () => signpost.close(),
  };
}
