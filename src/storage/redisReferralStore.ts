import { InfrastructureError } from '../services/errors/InfrastructureError';
import type { Log, ReferralStore } from '../services/ports';
import { referralDraftSchema, type ReferralDraft } from '../services/referrals/referralDraft';
import type { RedisClient } from './connection';
import type { RedisKeys } from './keys';

/** How many drafts this process last wrote it remembers the JSON of. */
const WRITTEN_LIMIT = 512;

/**
 * Referral drafts as JSON strings, one key per patient, expiring after the retention period unless
 * saved again. A draft that no longer validates is logged and treated as absent, never shown.
 *
 * A draft is read on most turns, and the one read is most often the one this process wrote the turn
 * before: the JSON it wrote (of a draft it had just validated) is kept for the last WRITTEN_LIMIT
 * patients, and a read that returns exactly that JSON is not validated again. Any other JSON (written
 * by another instance, changed by hand) is validated as always.
 */
export class RedisReferralStore implements ReferralStore {
  private readonly written = new Map<string, string>();

  constructor(
    private readonly client: RedisClient,
    private readonly options: { keys: RedisKeys; retentionSeconds: number; log: Log },
  ) {}

  async load(patientKey: string): Promise<ReferralDraft | undefined> {
    const json = await this.guard('read', () => this.client.get(this.options.keys.referralDraft(patientKey)));
    if (json === null) return undefined;
    if (this.written.get(patientKey) === json) return JSON.parse(json) as ReferralDraft;
    try {
      const parsed = referralDraftSchema.safeParse(JSON.parse(json));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through: logged below
    }
    this.options.log.error({}, 'unreadable referral draft in redis, ignored');
    return undefined;
  }

  async save(draft: ReferralDraft): Promise<void> {
    const valid = referralDraftSchema.parse(draft);
    const json = JSON.stringify(valid);
    this.written.delete(draft.patientKey);
    await this.guard('write', () =>
      this.client.set(
        this.options.keys.referralDraft(draft.patientKey),
        json,
        'EX',
        this.options.retentionSeconds,
      ),
    );
    if (this.written.size >= WRITTEN_LIMIT) {
      const oldest = this.written.keys().next();
      if (!oldest.done) this.written.delete(oldest.value);
    }
    this.written.set(draft.patientKey, json);
  }

  async delete(patientKey: string): Promise<void> {
    this.written.delete(patientKey);
    await this.guard('delete', () => this.client.del(this.options.keys.referralDraft(patientKey)));
  }

  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw new InfrastructureError(
        `Redis referral ${operation} failed: ${err instanceof Error ? err.message : String(err)}`,
        {
          cause: err,
        },
      );
    }
  }
}
