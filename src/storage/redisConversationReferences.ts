import { storedReferenceSchema, type StoredReference } from '../services/handoffs/conversationReference';
import type { ConversationReferenceStore } from '../services/ports';
import type { RedisClient } from './connection';
import { guardRedis, readBack } from './guard';
import type { RedisKeys } from './keys';

/** Conversation references as JSON, living as long as a conversation's state does. */
export class RedisConversationReferences implements ConversationReferenceStore {
  constructor(
    private readonly client: RedisClient,
    private readonly options: { keys: RedisKeys; ttlSeconds: number },
  ) {}

  async save(key: string, reference: StoredReference): Promise<void> {
    const valid = storedReferenceSchema.parse(reference);
    await guardRedis('conversation reference write', () =>
      this.client.set(
        this.options.keys.conversationReference(key),
        JSON.stringify(valid),
        'EX',
        this.options.ttlSeconds,
      ),
    );
  }

  async load(key: string): Promise<StoredReference | undefined> {
    const json = await guardRedis('conversation reference read', () =>
      this.client.get(this.options.keys.conversationReference(key)),
    );
    return readBack(json, (value) => storedReferenceSchema.safeParse(value));
  }

  async delete(key: string): Promise<void> {
    await guardRedis('conversation reference delete', () =>
      this.client.del(this.options.keys.conversationReference(key)),
    );
  }
}
