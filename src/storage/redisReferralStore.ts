import { InfrastructureError } from '../services/errors/InfrastructureError';
import type { Log, ReferralStore } from '../services/ports';
import { referralDraftSchema, type ReferralDraft } from '../services/referrals/referralDraft';
import type { RedisClient } from './connection';
import type { RedisKeys } from './keys';

/**
 * Referral drafts as JSON strings, one key per patient, expiring after the retention period unless
 * saved again. A draft that no longer validates is logged and treated as absent, never shown.
 */
export class RedisReferralStore implements ReferralStore {
  constructor(
    private readonly client: RedisClient,
    private readonly options: { keys: RedisKeys; retentionSeconds: number; log: Log },
  ) {}

  async load(patientKey: string): Promise<ReferralDraft | undefined> {
    const json = await this.guard('read', () => this.client.get(this.options.keys.referralDraft(patientKey)));
    if (json === null) return undefined;
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
    await this.guard('write', () =>
      this.client.set(
        this.options.keys.referralDraft(draft.patientKey),
        JSON.stringify(valid),
        'EX',
        this.options.retentionSeconds,
      ),
    );
  }

  async delete(patientKey: string): Promise<void> {
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
