import type { Middleware, TurnContext } from 'botbuilder';
import { AuthenticationConstants, type ClaimsIdentity } from 'botframework-connector';
import { markSenderVerified } from '../../dialogs/staff/staffIdentity';
import { DIRECT_LINE_CLAIM } from '../channels/directLine/botDelivery';

export interface SenderVerificationOptions {
  /** MicrosoftAppId: tokens are checked against it; without it no token is checked at all. */
  appId: string | undefined;
  /** STAFF_TOOLS_WITHOUT_AUTH: development only; staff are then recognised on unchecked channels. */
  staffToolsWithoutAuth: boolean;
  /** The adapter's key for the turn's claims identity (CloudAdapter.BotIdentityKey). */
  identityKey: symbol;
}

/**
 * Decides, once per turn, whether the sender's ids can be believed, and marks the turn for the staff
 * tools (dialogs/staff/staffIdentity.ts). A sender is verified only when the request carried a Bot
 * Framework token that botbuilder checked against Signpost's own app id: in practice, Teams. Without
 * an app id nothing is checked, so anyone who reaches /api/messages could claim a staff member's
 * AAD object id; staff tools are then off unless STAFF_TOOLS_WITHOUT_AUTH says otherwise. Signpost's
 * own Direct Line never verifies a sender: its tokens are handed to anyone who opens the page.
 */
export class SenderVerification implements Middleware {
  constructor(private readonly options: SenderVerificationOptions) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const identity = context.turnState.get(this.options.identityKey) as ClaimsIdentity | undefined;
    if (senderIsVerified(identity, this.options)) markSenderVerified(context);
    await next();
  }
}

export function senderIsVerified(
  identity: ClaimsIdentity | undefined,
  options: Pick<SenderVerificationOptions, 'appId' | 'staffToolsWithoutAuth'>,
): boolean {
  if (!identity || identity.getClaimValue(DIRECT_LINE_CLAIM.type) !== null) return false;
  if (options.staffToolsWithoutAuth) return true;
  // With authentication off botbuilder gives an anonymous identity with no claims at all; a checked
  // channel token is issued for this bot, so its audience is the app id.
  if (!options.appId || !identity.isAuthenticated) return false;
  return identity.getClaimValue(AuthenticationConstants.AudienceClaim) === options.appId;
}
