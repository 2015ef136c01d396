import { ConversationState, type Storage, type TurnContext } from 'botbuilder';
import { markedJson, markJson, READ_AS, WRITE_AS } from './itemJson';

interface Cached {
  state: Record<string, unknown>;
  /** The state as JSON when it was loaded or last saved; '' when it must be saved whatever it holds. */
  snapshot: string;
}

/**
 * botbuilder's ConversationState with a cheaper change check. BotState hashes the whole state three
 * times a turn (on load, on save and after the save), each time through a JSON.stringify with a
 * replacer function, which keeps V8 off its fast path, then SHA-256. Here the check compares plain
 * JSON snapshots: the JSON the store read the state as (or one made on load), and one made on save,
 * which is also the JSON written (see itemJson.ts) and the next baseline.
 *
 * The contract is botbuilder's: state is read once a turn and cached on the turn; saveChanges writes
 * it only when it changed (or when forced), with eTag '*' (turns are serialised by the turn lock);
 * clear empties it and marks it for saving; delete removes it from the turn and from storage.
 * Property accessors work unchanged, since they go through load() and get().
 */
export class SnapshotConversationState extends ConversationState {
  private readonly cacheKey = Symbol('signpostConversationState');

  constructor(storage: Storage, namespace = '') {
    super(storage, namespace);
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get<Cached>(this.cacheKey);
    if (cached?.state && !force) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] as Record<string, unknown> | undefined) ?? {};
    // A store that says what JSON it read the state as saves turning it into JSON again here.
    const snapshot = markedJson(state, READ_AS) ?? snapshotOf(state);
    context.turnState.set(this.cacheKey, { state, snapshot } satisfies Cached);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const key = await this.storageKey(context);
    // From here to the write nothing is awaited, so the JSON written is the state as checked.
    const cached = context.turnState.get<Cached>(this.cacheKey);
    if (!cached && !force) return;
    const state = cached?.state ?? {};
    const json = snapshotOf(state);
    if (!force && json === cached?.snapshot) return;
    state.eTag = '*';
    // The JSON just made for the change check is the JSON to store (the eTag is never stored).
    markJson(state, WRITE_AS, json);
    try {
      await this.storage.write({ [key]: state });
    } finally {
      markJson(state, WRITE_AS, undefined);
    }
    context.turnState.set(this.cacheKey, { state, snapshot: json } satisfies Cached);
  }

  override async clear(context: TurnContext): Promise<void> {
    context.turnState.set(this.cacheKey, { state: {}, snapshot: '' } satisfies Cached);
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.storage.delete([await this.storageKey(context)]);
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    const cached = context.turnState.get<Cached>(this.cacheKey);
    return typeof cached === 'object' && typeof cached.state === 'object' ? cached.state : undefined;
  }
}

/** The state without its eTag, as JSON: equal snapshots mean nothing changed. */
function snapshotOf(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}
