import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  MicrosoftAppCredentials,
  type AuthenticateRequestResult,
} from 'botframework-connector';

/**
 * A claim on every turn that comes through Signpost's own Direct Line. The person was checked only
 * by a Direct Line token, which anyone can get from the page, so such a turn never carries a staff
 * role (see the server's sender verification).
 */
export const DIRECT_LINE_CLAIM = { type: 'signpost:channel', value: 'direct-line' } as const;

/** The identity every Direct Line turn runs under: the bot's own app id, marked as Direct Line. */
export function directLineIdentity(appId: string): ClaimsIdentity {
  return new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: appId },
      { type: AuthenticationConstants.AppIdClaim, value: appId },
      DIRECT_LINE_CLAIM,
    ],
    true,
  );
}

/** What runs a turn: the ActivityHandler (SignpostBot) as the server built it. */
export interface TurnRunner {
  run(context: TurnContext): Promise<void>;
}

/**
 * Replies go to Signpost's own connector endpoint, whose URL carries the conversation's key; no
 * Bot Framework token is needed or sent.
 */
class OwnConnectorFactory extends ConnectorFactory {
  async create(serviceUrl: string): Promise<ConnectorClient> {
    return new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: serviceUrl });
  }
}

/**
 * Hands an activity to the bot in this process, through the CloudAdapter and its middleware (the
 * turn lock), as if the Bot Framework connector had posted it. The request was authenticated here,
 * by the Direct Line token, so the adapter is given the result instead of an Authorization header;
 * that is why this works whether or not MicrosoftAppId is set. The bot's replies travel the usual
 * way, to the activity's serviceUrl, which is Signpost's own connector endpoint.
 */
export class BotDelivery {
  private readonly auth: AuthenticateRequestResult;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly bot: TurnRunner,
    botAppId: string | undefined,
  ) {
    const appId = botAppId ?? '';
    this.auth = {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
      claimsIdentity: directLineIdentity(appId),
      connectorFactory: new OwnConnectorFactory(),
    };
  }

  /** Runs the turn; resolves when the bot has finished it (its replies are in the log by then). */
  async deliver(activity: Partial<Activity>): Promise<void> {
    await this.adapter.processActivityDirect(this.auth, activity as Activity, (context) =>
      this.bot.run(context),
    );
  }
}
