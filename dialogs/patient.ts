import type { TurnContext } from 'botbuilder';
import type { PatientConversation } from '../src/services/privacy/patientPrivacy';
import { ReferralService } from '../src/services/referrals/referralService';

/** The opaque key of the person sending this message (see ReferralService.patientKey). */
export function patientKeyOf(context: TurnContext): string {
  return ReferralService.patientKey(context.activity.channelId, context.activity.from?.id ?? 'unknown');
}

/** The person sending this message and the conversation they are in, for the privacy service. */
export function patientConversationOf(context: TurnContext): PatientConversation {
  return {
    patientKey: patientKeyOf(context),
    channelId: context.activity.channelId,
    conversationId: context.activity.conversation?.id ?? '',
  };
}
