import {
  type Activity,
  ConversationState,
  MemoryStorage,
  TestAdapter,
  TurnContext,
  type Storage,
  type StoreItems,
} from 'botbuilder';
import { SnapshotConversationState } from '../../../src/storage/snapshotConversationState';

/** MemoryStorage that keeps a log of what was written, so a test can see whether a save happened. */
class LoggedStorage implements Storage {
  readonly inner = new MemoryStorage();
  readonly writes: StoreItems[] = [];
  read(keys: string[]) {
    return this.inner.read(keys);
  }
  write(changes: StoreItems) {
    this.writes.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
    return this.inner.write(changes);
  }
  delete(keys: string[]) {
    return this.inner.delete(keys);
  }
}

function turn(conversationId = 'c1'): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'test',
    conversation: { id: conversationId },
    from: { id: 'u1' },
    recipient: { id: 'bot' },
    text: 'hi',
  } as Partial<Activity>);
}

type Kind = 'botbuilder' | 'snapshot';
const make = (kind: Kind, storage: Storage) =>
  kind === 'botbuilder' ? new ConversationState(storage) : new SnapshotConversationState(storage);

/**
 * Each scenario runs on botbuilder's own ConversationState and on ours, with the same storage; what
 * they write and what they read back must be the same.
 */
const scenarios: Record<string, (state: ConversationState) => Promise<unknown>> = {
  'a turn that changes nothing writes nothing': async (state) => {
    const context = turn();
    await state.createProperty<number>('count').get(context, 0);
    await state.saveChanges(context);
  },
  'a changed property is written once, and a second save writes nothing': async (state) => {
    const context = turn();
    const count = state.createProperty<number>('count');
    await count.set(context, (await count.get(context, 0)) + 1);
    await state.saveChanges(context);
    await state.saveChanges(context);
  },
  'a change inside a nested object is seen': async (state) => {
    const first = turn();
    const nested = state.createProperty<{ list: string[] }>('nested');
    await nested.set(first, { list: ['a'] });
    await state.saveChanges(first);
    const second = turn();
    (await nested.get(second, { list: [] })).list.push('b');
    await state.saveChanges(second);
    return nested.get(turn());
  },
  'force writes an unchanged state': async (state) => {
    const context = turn();
    await state.load(context);
    await state.saveChanges(context, true);
  },
  'force writes even when nothing was loaded': async (state) => {
    await state.saveChanges(turn(), true);
  },
  'nothing loaded and no force writes nothing': async (state) => {
    await state.saveChanges(turn());
  },
  'clear empties the state and the save writes the empty state': async (state) => {
    const first = turn();
    await state.createProperty<string>('name').set(first, 'Ann');
    await state.saveChanges(first);
    const second = turn();
    await state.load(second);
    await state.clear(second);
    await state.saveChanges(second);
    return state.load(turn());
  },
  'delete removes the state from storage and from the turn': async (state) => {
    const first = turn();
    await state.createProperty<string>('name').set(first, 'Ann');
    await state.saveChanges(first);
    const second = turn();
    await state.load(second);
    await state.delete(second);
    return { cached: state.get(second) ?? null, stored: await state.load(turn()) };
  },
  'load is cached for the turn, and force reads storage again': async (state) => {
    const context = turn();
    const name = state.createProperty<string>('name');
    await name.set(context, 'unsaved');
    const cached = await name.get(context);
    await state.load(context, true);
    return { cached, afterForce: (await name.get(context)) ?? null };
  },
  'conversations are kept apart': async (state) => {
    const a = turn('a');
    const b = turn('b');
    await state.createProperty<string>('name').set(a, 'A');
    await state.saveChanges(a);
    await state.saveChanges(b, true);
    return { a: await state.load(turn('a')), b: await state.load(turn('b')) };
  },
};

describe('SnapshotConversationState behaves as botbuilder ConversationState', () => {
  it.each(Object.keys(scenarios))('%s', async (name) => {
    const outcomes = await Promise.all(
      (['botbuilder', 'snapshot'] as const).map(async (kind) => {
        const storage = new LoggedStorage();
        const returned = await scenarios[name](make(kind, storage));
        const strip = (value: unknown) =>
          JSON.parse(JSON.stringify(value ?? null, (k, v) => (k === 'eTag' ? undefined : v)));
        return { writes: strip(storage.writes), returned: strip(returned) };
      }),
    );
    expect(outcomes[1]).toEqual(outcomes[0]);
  });

  it('saves with eTag "*", so the turn lock and not the eTag keeps turns apart', async () => {
    const storage = new LoggedStorage();
    const state = new SnapshotConversationState(storage);
    const context = turn();
    await state.createProperty<number>('n').set(context, 1);
    await state.saveChanges(context);
    expect(Object.values(storage.writes[0])[0]).toMatchObject({ eTag: '*', n: 1 });
  });

  it('reports a missing conversation id as botbuilder does', async () => {
    const context = turn();
    context.activity.conversation = undefined as unknown as typeof context.activity.conversation;
    await expect(new SnapshotConversationState(new MemoryStorage()).load(context)).rejects.toThrow(
      'missing activity.conversation.id',
    );
  });
});
