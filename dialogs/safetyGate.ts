import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { assessMessage, safetyRoutes } from '../src/domain/safety';
import type { CrisisKind, Nation } from '../src/domain/safety/types';
import type { Log } from '../src/services/ports';
import type { ReferralService } from '../src/services/referrals/referralService';
import { CrisisResponse } from './crisisResponse';
import { patientKeyOf } from './patient';
import type { Speaker } from './speaker';

export type PendingSafetyFlags = { kinds: CrisisKind[]; at: string }[];

export interface SafetyGateDeps {
  speaker: Speaker;
  referrals: ReferralService;
  nation: Nation;
  /** Flags raised before the patient agreed to the privacy notice wait here, in conversation state. */
  pending: StatePropertyAccessor<PendingSafetyFlags>;
  clock: { now(): Date };
  log: Log;
}

/**
 * Runs on every message, before any dialog: a message that shows someone may be in crisis stops the
 * normal flow. The patient gets the right routes at once, and the referral draft carries a safety flag
 * that the link worker will see (held in the conversation until the patient agrees to the notice).
 */
export class SafetyGate {
  private readonly response: CrisisResponse;

  constructor(private readonly deps: SafetyGateDeps) {
    this.response = new CrisisResponse(deps.speaker);
  }

  /** True when the message was a crisis and has been answered; the caller then re-asks its question. */
  async intercept(context: TurnContext): Promise<boolean> {
    const text = context.activity.text;
    if (!text?.trim()) return false;
    const assessment = assessMessage({ text, locale: context.activity.locale ?? 'en-GB' });
    if (!assessment.crisis) return false;

    // Rule ids and kinds are safe to log; the patient's words are not.
    this.deps.log.warn(
      {
        kinds: assessment.kinds,
        rules: assessment.evidence.map((hit) => hit.rule),
        conversationId: context.activity.conversation?.id,
      },
      'crisis message: routes given',
    );
    const routes = safetyRoutes({
      kinds: assessment.kinds,
      nation: this.deps.nation,
      immediateDanger: assessment.immediateDanger,
    });
    await this.response.send(context, assessment, routes);

    const flagged = await this.deps.referrals.flagSafety(patientKeyOf(context), assessment.kinds);
    if (!flagged.ok) {
      const pending = await this.deps.pending.get(context, []);
      pending.push({ kinds: assessment.kinds, at: this.deps.clock.now().toISOString() });
      await this.deps.pending.set(context, pending);
    }
    return true;
  }
}
