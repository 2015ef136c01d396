import { randomUUID } from 'node:crypto';
import { InfrastructureError } from '../services/errors/InfrastructureError';
import { TurnLockTimeoutError } from '../services/errors/TurnLockTimeoutError';
import type { Log, TurnLock } from '../services/ports';
import type { RedisClient } from './connection';
import type { RedisKeys } from './keys';
import { defineScript } from './scripts';

/**
 * A per-conversation lock in Redis (SET NX PX), the seam botbuilder lacks: BotState saves with
 * eTag '*', so without it two instances running turns of one conversation would overwrite each
 * other. The holder's random token guards release and renewal, so an instance whose lock expired
 * can never release the next holder's lock. The lock is renewed while a long turn runs and expires
 * by itself if its instance dies. Waiting is bounded (TURN_LOCK_WAIT_MS).
 */

const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const RENEW_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

export interface RedisTurnLockOptions {
  keys: RedisKeys;
  /** How long a held lock lives without renewal: the longest a dead instance can block a conversation. */
  ttlMs: number;
  /** How long a turn waits for the lock before giving up politely. */
  waitMs: number;
  log: Log;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RedisTurnLock implements TurnLock {
  private readonly release: (key: string, token: string) => Promise<number>;
  private readonly renew: (key: string, token: string, ttlMs: number) => Promise<number>;

  constructor(
    private readonly client: RedisClient,
    private readonly options: RedisTurnLockOptions,
  ) {
    this.release = defineScript(client, 'signpostLockRelease', 1, RELEASE_SCRIPT);
    this.renew = defineScript(client, 'signpostLockRenew', 1, RENEW_SCRIPT);
  }

  async runExclusive<T>(conversationKey: string, work: () => Promise<T>): Promise<T> {
    const key = this.options.keys.turnLock(conversationKey);
    const token = randomUUID();
    await this.acquire(key, token, conversationKey);
    const renewal = setInterval(
      () => {
        this.renew(key, token, this.options.ttlMs).catch((err: unknown) => {
          this.options.log.warn({ err: describe(err) }, 'could not renew a turn lock');
        });
      },
      Math.max(250, Math.floor(this.options.ttlMs / 3)),
    );
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      // If release fails the lock simply expires after ttlMs; the turn's own outcome stands.
      await this.release(key, token).catch((err: unknown) => {
        this.options.log.warn({ err: describe(err) }, 'could not release a turn lock; it will expire');
      });
    }
  }

  private async acquire(key: string, token: string, conversationKey: string): Promise<void> {
    const started = performance.now();
    let pause = 4;
    for (;;) {
      let acquired: string | null;
      try {
        acquired = await this.client.set(key, token, 'PX', this.options.ttlMs, 'NX');
      } catch (err) {
        // A SET that timed out here may still run once Redis catches up, leaving a lock nobody
        // holds for ttlMs. The release, queued behind it on the same connection, undoes it.
        this.release(key, token).catch(() => undefined);
        throw new InfrastructureError(`Redis lock failed: ${describe(err).message}`, { cause: err });
      }
      if (acquired === 'OK') return;
      if (performance.now() - started >= this.options.waitMs) throw new TurnLockTimeoutError(conversationKey);
      // Jittered, growing pause: waiters do not poll in step, and a long queue does not hammer Redis.
      await sleep(pause / 2 + Math.random() * pause);
      pause = Math.min(pause * 1.5, 100);
    }
  }
}

function describe(err: unknown): { message: string } {
  return { message: err instanceof Error ? err.message : String(err) };
}
