/**
 * Every Redis key Signpost writes is named here, so the key space can be read in one place.
 * `{...}` is a Redis Cluster hash tag: keys that a Lua script touches together share one, so the
 * script runs on one node. All keys start with the configured prefix (REDIS_KEY_PREFIX).
 */
export class RedisKeys {
  constructor(readonly prefix: string) {}

  /** A botbuilder Storage item (conversation state, user state). */
  storageItem(key: string): string {
    return `${this.prefix}state:${key}`;
  }

  /** The lock that serialises turns of one conversation. */
  turnLock(conversationKey: string): string {
    return `${this.prefix}lock:turn:${conversationKey}`;
  }

  /** A patient's referral draft. */
  referralDraft(patientKey: string): string {
    return `${this.prefix}referral:${patientKey}`;
  }
}
