import {
  ActivityEventNames,
  ActivityTypes,
  CloudAdapter,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Translator } from '../i18n/translator';
import { InfrastructureError } from '../services/errors/InfrastructureError';
import { SignpostBotFrameworkAuthentication } from './botAuthentication';
import { safeError, type Logger } from './logger';

export interface AdapterDeps {
  auth: ConfigurationBotFrameworkAuthenticationOptions;
  /** How long a proactive send may take (see SignpostBotFrameworkAuthentication). */
  proactiveSendTimeoutMs?: number;
  translator: Translator;
  logger: Logger;
}

/**
 * CloudAdapter whose HTTP request is authenticated in two visible steps, so the server decides what
 * a failure looks like: botbuilder's own `process()` answers a failed check with the error's text
 * (a forged token during a network fault gave a 500 naming internal addresses) and writes the error
 * to the console. Tokens are still checked by botbuilder's configuration authentication.
 */
export class SignpostCloudAdapter extends CloudAdapter {
  constructor(private readonly authentication: SignpostBotFrameworkAuthentication) {
    super(authentication);
  }

  /** Checks the Bot Framework token of a request (throws when it is not good). */
  authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.authentication.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn of an authenticated request; the invoke or expectReplies answer, if any. */
  processAuthenticated(
    result: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(result, activity, logic);
  }
}

/**
 * CloudAdapter with Bot Framework authentication from configuration: with MicrosoftAppId set, a
 * request without a valid Bot Framework token is refused (401); without it, local channels (the
 * Emulator, the Agents Playground, tests) work with no token. Tokens are checked by botbuilder's
 * own configuration authentication; SignpostBotFrameworkAuthentication only reuses connector clients
 * and builds the user-token client on demand (see there).
 *
 * onTurnError logs the fault (its class and code, never its text or the turn's state) and sends a
 * localised apology. The user never sees the error's text. The turn's state is not saved, so nothing
 * already confirmed is lost or half-written.
 */
export function createAdapter(deps: AdapterDeps): SignpostCloudAdapter {
  const adapter = new SignpostCloudAdapter(
    new SignpostBotFrameworkAuthentication(deps.auth, {
      ...(deps.proactiveSendTimeoutMs ? { proactiveSendTimeoutMs: deps.proactiveSendTimeoutMs } : {}),
    }),
  );
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const infrastructure = error instanceof InfrastructureError;
    const { activity } = context;
    deps.logger[infrastructure ? 'warn' : 'error'](
      {
        err: safeError(error),
        channelId: typeof activity.channelId === 'string' ? activity.channelId : undefined,
        conversationId: typeof activity.conversation?.id === 'string' ? activity.conversation.id : undefined,
        activityType: typeof activity.type === 'string' ? activity.type : undefined,
      },
      infrastructure ? 'turn abandoned: infrastructure unavailable' : 'turn failed',
    );
    // A proactive turn (a message Signpost starts) has nobody waiting for an answer: an apology there
    // would be a stray "Sorry, something went wrong" in a link worker's chat. Its sender records the
    // failure and tries again later.
    if (isProactive(context)) return;
    const key = infrastructure ? 'errors.busy' : 'errors.general';
    try {
      const locale = typeof activity.locale === 'string' ? activity.locale : undefined;
      await context.sendActivity(deps.translator.t(locale, key));
    } catch (sendError) {
      deps.logger.warn({ err: safeError(sendError) }, 'could not send the apology');
    }
  };
  return adapter;
}

/** Whether a turn is one CloudAdapter.continueConversationAsync made, not a message from someone. */
export function isProactive(context: TurnContext): boolean {
  const { type, name } = context.activity;
  return type === ActivityTypes.Event && name === ActivityEventNames.ContinueConversation;
}
