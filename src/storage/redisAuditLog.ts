import type { AuditLog } from '../services/ports';
import type { AuditEntry } from '../services/staff/audit';
import type { RedisClient } from './connection';
import { guardRedis } from './guard';
import type { RedisKeys } from './keys';

/**
 * The audit trail as one Redis stream. XADD only: nothing in Signpost trims or deletes it, so it keeps
 * every entry until the operator's retention policy says otherwise. A stream entry's id is its time.
 */
export class RedisAuditLog implements AuditLog {
  constructor(
    private readonly client: RedisClient,
    private readonly keys: RedisKeys,
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    const fields: string[] = [];
    for (const [name, value] of Object.entries(entry)) {
      if (value !== undefined) fields.push(name, String(value));
    }
    await guardRedis('audit append', () => this.client.xadd(this.keys.auditLog(), '*', ...fields));
  }
}
