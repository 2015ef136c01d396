import type { Log, StaffReferralStore } from '../services/ports';
import { staffReferralSchema, type StaffReferral } from '../services/staff/staffReferral';
import type { RedisClient } from './connection';
import { guardRedis, readBack } from './guard';
import type { RedisKeys } from './keys';

/** Receptionists' referrals as JSON, one key per patient key, expiring after the retention period. */
export class RedisStaffReferralStore implements StaffReferralStore {
  constructor(
    private readonly client: RedisClient,
    private readonly options: { keys: RedisKeys; retentionSeconds: number; log: Log },
  ) {}

  async load(patientKey: string): Promise<StaffReferral | undefined> {
    const json = await guardRedis('staff referral read', () =>
      this.client.get(this.options.keys.staffReferral(patientKey)),
    );
    const referral = readBack(json, (value) => staffReferralSchema.safeParse(value));
    if (json !== null && !referral) this.options.log.error({}, 'unreadable staff referral in redis, ignored');
    return referral;
  }

  async save(referral: StaffReferral): Promise<void> {
    const valid = staffReferralSchema.parse(referral);
    await guardRedis('staff referral write', () =>
      this.client.set(
        this.options.keys.staffReferral(valid.patientKey),
        JSON.stringify(valid),
        'EX',
        this.options.retentionSeconds,
      ),
    );
  }
}
