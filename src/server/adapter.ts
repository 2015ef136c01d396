import {
  ActivityEventNames,
  ActivityTypes,
  CloudAdapter,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { Translator } from '../i18n/translator';
import { InfrastructureError } from '../services/errors/InfrastructureError';
import { SignpostBotFrameworkAuthentication } from './botAuthentication';
import type { Logger } from './logger';

export interface AdapterDeps {
  auth: ConfigurationBotFrameworkAuthenticationOptions;
  /** How long a proactive send may take (see SignpostBotFrameworkAuthentication). */
  proactiveSendTimeoutMs?: number;
  translator: Translator;
  logger: Logger;
}

/**
 * CloudAdapter with Bot Framework authentication from configuration: with MicrosoftAppId set, a
 * request without a valid Bot Framework token is refused (401); without it, local channels (the
 * Emulator, the Agents Playground, tests) work with no token. Tokens are checked by botbuilder's
 * own configuration authentication; SignpostBotFrameworkAuthentication only reuses connector clients
 * and builds the user-token client on demand (see there).
 *
 * onTurnError logs the fault and sends a localised apology. The user never sees the error's text.
 * The turn's state is not saved, so nothing already confirmed is lost or half-written.
 */
export function createAdapter(deps: AdapterDeps): CloudAdapter {
  const adapter = new CloudAdapter(
    new SignpostBotFrameworkAuthentication(deps.auth, {
      ...(deps.proactiveSendTimeoutMs ? { proactiveSendTimeoutMs: deps.proactiveSendTimeoutMs } : {}),
    }),
  );
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const infrastructure = error instanceof InfrastructureError;
    deps.logger[infrastructure ? 'warn' : 'error'](
      {
        err: error,
        code: (error as { code?: unknown }).code,
        channelId: context.activity.channelId,
        conversationId: context.activity.conversation?.id,
        activityType: context.activity.type,
      },
      infrastructure ? 'turn abandoned: infrastructure unavailable' : 'turn failed',
    );
    // A proactive turn (a message Signpost starts) has nobody waiting for an answer: an apology there
    // would be a stray "Sorry, something went wrong" in a link worker's chat. Its sender records the
    // failure and tries again later.
    if (isProactive(context)) return;
    const key = infrastructure ? 'errors.busy' : 'errors.general';
    try {
      await context.sendActivity(deps.translator.t(context.activity.locale, key));
    } catch (sendError) {
      deps.logger.warn({ err: sendError }, 'could not send the apology');
    }
  };
  return adapter;
}

/** Whether a turn is one CloudAdapter.continueConversationAsync made, not a message from someone. */
function isProactive(context: TurnContext): boolean {
  const { type, name } = context.activity;
  return type === ActivityTypes.Event && name === ActivityEventNames.ContinueConversation;
}
