import type { EmbeddedRedis } from '../../src/storage/embeddedRedis';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __signpostRedis?: EmbeddedRedis }).__signpostRedis?.stop();
}
