import type { TurnContext } from 'botbuilder';
import { ReferralService } from '../src/services/referrals/referralService';

/** The opaque key of the person sending this message (see ReferralService.patientKey). */
export function patientKeyOf(context: TurnContext): string {
  return ReferralService.patientKey(context.activity.channelId, context.activity.from?.id ?? 'unknown');
}
