/**
 * What the outside world must provide to Signpost's services. Adapters live in src/storage (Redis and
 * in-memory); the composition root in src/server picks them.
 */

/** The current instant. Domain code takes "now" as an argument; services ask a Clock for it. */
export interface Clock {
  now(): Date;
}

/**
 * Serialises turns of one conversation across every bot instance. Bot Framework's state is
 * last-writer-wins, so two turns of the same conversation must never run at once.
 */
export interface TurnLock {
  /** Runs `work` while holding the lock for `key`; waits a bounded time for it (TurnLockTimeoutError). */
  runExclusive<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export type HealthStatus = { ok: true } | { ok: false; reason: string };

/** Answers whether the state store is reachable, for GET /readyz. */
export interface HealthProbe {
  check(): Promise<HealthStatus>;
}

/** The structured logger's shape as services and adapters see it (pino satisfies it). */
export interface Log {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
