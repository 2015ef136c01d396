import { InfrastructureError } from '../services/errors/InfrastructureError';

/** Turns a Redis fault into an InfrastructureError naming what was being done, so the turn fails politely. */
export async function guardRedis<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw new InfrastructureError(
      `Redis ${what} failed: ${err instanceof Error ? err.message : String(err)}`,
      {
        cause: err,
      },
    );
  }
}

/** Parses JSON read back from Redis with a validator; anything unreadable is treated as absent. */
export function readBack<T>(
  json: string | null,
  validate: (value: unknown) => { success: true; data: T } | { success: false },
): T | undefined {
  if (json === null) return undefined;
  try {
    const parsed = validate(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
