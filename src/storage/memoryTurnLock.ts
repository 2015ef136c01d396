import { TurnLockTimeoutError } from '../services/errors/TurnLockTimeoutError';
import type { TurnLock } from '../services/ports';

/**
 * The in-process lock used when Signpost runs without Redis (one instance only): turns of one
 * conversation queue behind each other, with the same bounded wait as the Redis lock.
 */
export class MemoryTurnLock implements TurnLock {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly waitMs: number) {}

  async runExclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>(
        (resolve) => (timer = setTimeout(() => resolve('timeout'), this.waitMs)),
      );
      const outcome = await Promise.race([previous.then(() => 'ready' as const), timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout') throw new TurnLockTimeoutError(key);
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
