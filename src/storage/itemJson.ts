/**
 * JSON that travels with a stored item inside the process, so that the same state is not turned into
 * JSON twice on the path of every turn. Both marks are symbol properties that are not enumerable:
 * they are never stored, copied by a spread, or seen by other code.
 *
 * - READ_AS: the JSON an item was read as. RedisStorage sets it on the items it returns;
 *   SnapshotConversationState takes it as the baseline that later changes are compared with.
 * - WRITE_AS: the JSON to write for an item. Its owner sets it just before a write, when it has
 *   made that JSON anyway, and clears it right after; RedisStorage writes it instead of serialising
 *   the item again. Only this mark is ever written, so an item read, changed and written back by
 *   other code is always serialised afresh.
 */
export const READ_AS = Symbol('signpost.item.readAs');
export const WRITE_AS = Symbol('signpost.item.writeAs');

type Mark = typeof READ_AS | typeof WRITE_AS;

export function markJson(item: object, mark: Mark, json: string | undefined): void {
  Object.defineProperty(item, mark, { value: json, configurable: true, enumerable: false, writable: true });
}

export function markedJson(item: unknown, mark: Mark): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const json = (item as Record<symbol, unknown>)[mark];
  return typeof json === 'string' ? json : undefined;
}
