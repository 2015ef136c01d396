import type { TurnContext } from 'botbuilder';
import type {
  SenderIdentity,
  StaffDirectory,
  StaffMember,
  StaffRole,
} from '../../src/domain/staff/staffDirectory';

/**
 * Set on a turn by the server when the sender's channel proved who they are (a Bot Framework token
 * checked against Signpost's app id), or when a development setting allows staff tools without it.
 * Without it nobody is staff, whatever ids the activity claims: those are only as good as the token.
 */
const SENDER_VERIFIED = Symbol.for('signpost.senderVerified');

export function markSenderVerified(context: TurnContext): void {
  context.turnState.set(SENDER_VERIFIED, true);
}

export function isSenderVerified(context: TurnContext): boolean {
  return context.turnState.get(SENDER_VERIFIED) === true;
}

/**
 * The sender of this message as the staff directory knows them. Teams gives the AAD object id on
 * `from`; an email is used only when the channel puts one on `from.properties`, never from anything
 * the user typed. Only a verified sender is looked up at all (see markSenderVerified).
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
  if (!isSenderVerified(context)) return undefined;
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
