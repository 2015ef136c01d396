/**
 * Code asked for an item that its own checks promised was there (a length it tested, an index it
 * found, a list a schema made non-empty) and found none. That is a bug in Signpost, never an outcome
 * to show a person, so it is thrown rather than returned.
 */
export class MissingItemError extends Error {
  readonly code = 'MISSING_ITEM';

  constructor(
    readonly what: string,
    readonly index: number,
    readonly length: number,
  ) {
    super(`Expected ${what} at index ${index} of a list of ${length}`);
    this.name = 'MissingItemError';
  }
}

/**
 * The item at `index`, which the caller knows is in range. `what` names it for the error. Lists that
 * hold `undefined` as a value are not for this function.
 */
export function itemAt<T>(list: readonly T[], index: number, what: string): T {
  const item = list[index];
  if (item === undefined) throw new MissingItemError(what, index, list.length);
  return item;
}

/** The first item of a list that the caller knows is not empty. */
export function first<T>(list: readonly T[], what: string): T {
  return itemAt(list, 0, what);
}
