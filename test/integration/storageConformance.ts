import type { Storage } from 'botbuilder';

/**
 * The Storage contract every store must keep, after botbuilder-js's storageBaseTests and its
 * reference MemoryStorage. Each case gets a fresh store from `make`.
 */
type Case = [string, (storage: Storage) => Promise<void>];

export const storageContract: Case[] = [
  [
    'returns an empty object for an unknown key',
    async (storage) => {
      expect(await storage.read(['unknown'])).toEqual({});
    },
  ],
  [
    'rejects reading without keys, as MemoryStorage does',
    async (storage) => {
      // botbuilder-js's storageBaseTests expects exactly this of MemoryStorage (and of the
      // partitioned Cosmos DB and Blob stores): a ReferenceError with this message.
      await expect(storage.read(null as unknown as string[])).rejects.toMatchObject({
        name: 'ReferenceError',
        message: 'Keys are required when reading.',
      });
      await expect(storage.read(undefined as unknown as string[])).rejects.toBeInstanceOf(ReferenceError);
    },
  ],
  [
    'rejects writing without changes, as MemoryStorage does',
    async (storage) => {
      await expect(storage.write(null as unknown as Record<string, unknown>)).rejects.toMatchObject({
        name: 'ReferenceError',
        message: 'Changes are required when writing.',
      });
    },
  ],
  [
    'accepts a write of no items',
    async (storage) => {
      await expect(storage.write({})).resolves.toBeUndefined();
    },
  ],
  [
    'creates objects and gives each an eTag',
    async (storage) => {
      await storage.write({ a: { id: 1 }, b: { id: 2, nested: { list: [1, 'two'] } } });
      const read = await storage.read(['a', 'b']);
      expect(read.a).toMatchObject({ id: 1 });
      expect(read.b).toMatchObject({ id: 2, nested: { list: [1, 'two'] } });
      expect(typeof read.a.eTag).toBe('string');
      expect(typeof read.b.eTag).toBe('string');
    },
  ],
  [
    'handles keys with any characters',
    async (storage) => {
      const key = '!@#$%^&*()~/\\><,.?\';"`~ {tag} ü';
      await storage.write({ [key]: { id: 1 } });
      expect((await storage.read([key]))[key]).toMatchObject({ id: 1 });
    },
  ],
  [
    'makes a new eTag on every write',
    async (storage) => {
      await storage.write({ item: { count: 1 } });
      const first = (await storage.read(['item'])).item.eTag;
      await storage.write({ item: { count: 2, eTag: first } });
      const second = (await storage.read(['item'])).item.eTag;
      await storage.write({ item: { count: 3 } });
      const third = (await storage.read(['item'])).item.eTag;
      expect(new Set([first, second, third]).size).toBe(3);
    },
  ],
  [
    "updates with the current eTag and rejects a stale one with botbuilder's message",
    async (storage) => {
      await storage.write({ item: { count: 1 } });
      const loaded = (await storage.read(['item'])).item;
      await storage.write({ item: { ...loaded, count: 2 } });
      await expect(storage.write({ item: { ...loaded, count: 99 } })).rejects.toThrow(
        'Storage: error writing "item" due to eTag conflict.',
      );
      expect((await storage.read(['item'])).item.count).toBe(2);
    },
  ],
  [
    'overwrites when the eTag is "*" or missing',
    async (storage) => {
      await storage.write({ item: { count: 1 } });
      await storage.write({ item: { count: 2, eTag: '*' } });
      expect((await storage.read(['item'])).item.count).toBe(2);
      await storage.write({ item: { count: 3 } });
      expect((await storage.read(['item'])).item.count).toBe(3);
    },
  ],
  [
    'writes a missing key whatever eTag it carries',
    async (storage) => {
      await storage.write({ fresh: { count: 1, eTag: 'from-somewhere-else' } });
      expect((await storage.read(['fresh'])).fresh.count).toBe(1);
    },
  ],
  [
    'deletes objects, and deleting an unknown key is fine',
    async (storage) => {
      await storage.write({ gone: { id: 1 } });
      await storage.delete(['gone', 'never-there']);
      expect(await storage.read(['gone'])).toEqual({});
    },
  ],
  [
    'reads, writes and deletes in batches',
    async (storage) => {
      await storage.write({ b1: { count: 10 }, b2: { count: 20 }, b3: { count: 30 } });
      const read = await storage.read(['b1', 'b2', 'b3', 'missing']);
      expect(Object.keys(read).sort()).toEqual(['b1', 'b2', 'b3']);
      await storage.delete(['b1', 'b2', 'b3']);
      expect(await storage.read(['b1', 'b2', 'b3'])).toEqual({});
    },
  ],
  [
    'lets exactly one of several writers with the same eTag win',
    async (storage) => {
      await storage.write({ race: { count: 0 } });
      const loaded = (await storage.read(['race'])).race;
      const outcomes = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => storage.write({ race: { ...loaded, count: i + 1 } })),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const winner = outcomes.findIndex((o) => o.status === 'fulfilled');
      expect((await storage.read(['race'])).race.count).toBe(winner + 1);
    },
  ],
];
