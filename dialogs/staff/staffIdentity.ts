import type { TurnContext } from 'botbuilder';
import type {
  SenderIdentity,
  StaffDirectory,
  StaffMember,
  StaffRole,
} from '../../src/domain/staff/staffDirectory';

/**
 * The sender of this message as the staff directory knows them. Teams gives the AAD object id on
 * `from`; an email is used only when the channel puts one on `from.properties` (our own Direct Line
 * does, for a signed-in user), never from anything the user typed.
 */
export function senderOf(context: TurnContext): SenderIdentity {
  const { channelId, from } = context.activity;
  const properties: unknown = from?.properties;
  const email =
    typeof properties === 'object' && properties !== null && 'email' in properties
      ? (properties as { email: unknown }).email
      : undefined;
  return {
    channelId: channelId ?? '',
    userId: from?.id ?? '',
    ...(from?.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
    ...(typeof email === 'string' ? { email } : {}),
  };
}

export function staffMemberOf(directory: StaffDirectory, context: TurnContext): StaffMember | undefined {
  const sender = senderOf(context);
  return sender.userId ? directory.find(sender) : undefined;
}

/** The staff member sending this message, if they have the role. */
export function memberWithRole(
  directory: StaffDirectory,
  context: TurnContext,
  role: StaffRole,
): StaffMember | undefined {
  const member = staffMemberOf(directory, context);
  return member?.role === role ? member : undefined;
}
