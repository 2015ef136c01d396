import {
  ActivityTypes,
  EventFactory,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import { channelTraits } from '../../dialogs/channelTraits';
import { Speaker } from '../../dialogs/speaker';
import { handoffMessage, handoffNoticeMessage, movedAwayCard } from '../../dialogs/staff/handoffCard';
import type { Translator } from '../i18n/translator';
import type { BookingView } from '../services/booking/bookingService';
import type { StoredReference } from '../services/handoffs/conversationReference';
import type {
  Accepted,
  Clock,
  ConversationReferenceStore,
  DeliveryOutcome,
  HandoffNotifier,
  Log,
  OutboundContent,
  TurnLock,
} from '../services/ports';
import { turnLockKey } from './turnLockMiddleware';

/** The one adapter method proactive messages need (CloudAdapter has it). */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

/**
 * What the bot does for a proactive message that opens a dialog in someone's conversation (new times
 * after leave): begin it on top of whatever was going on, and save the conversation's state once the
 * message has been accepted. SignpostBot provides it.
 */
export interface ProactiveDialogs {
  offerNewTimes(context: TurnContext, cancelled: BookingView): Promise<void>;
  saveState(context: TurnContext): Promise<void>;
}

export interface BotHandoffNotifierDeps {
  adapter: ProactiveAdapter;
  /** MicrosoftAppId; empty for local channels (the Emulator, tests). */
  appId: string;
  references: ConversationReferenceStore;
  translator: Translator;
  clock: Clock;
  log: Log;
  /**
   * The conversations' turn lock: a message that opens a dialog (new times after leave) reads and
   * writes the conversation's state, so it waits for the turn going on there. Other messages do not.
   */
  turnLock?: TurnLock;
}

/**
 * Proactive messages through the Bot Framework (CloudAdapter.continueConversationAsync), to a person's
 * conversation as stored when they last wrote. Each message is exactly one activity (or one update of
 * a card already sent), so "delivered" has one meaning: the channel accepted that activity.
 *
 * CloudAdapter hands any error inside the proactive turn to onTurnError and then resolves, so a
 * resolved call says nothing about delivery. The outcome is therefore recorded here, inside the turn:
 * `accepted` is called right after the send returned, and every error is caught where it happens and
 * turned into a failure with its reason. Nothing is ever thrown to CloudAdapter, which would post an
 * apology into the person's chat.
 */
export class BotHandoffNotifier implements HandoffNotifier {
  private readonly speaker: Speaker;
  private dialogs: ProactiveDialogs | undefined;

  constructor(private readonly deps: BotHandoffNotifierDeps) {
    this.speaker = new Speaker(deps.translator);
  }

  /** The bot, once it is built (it is built after the services that use this notifier). */
  attachDialogs(dialogs: ProactiveDialogs): void {
    this.dialogs = dialogs;
  }

  async deliver(input: {
    to: string;
    content: OutboundContent;
    accepted: (accepted: Accepted) => Promise<void>;
  }): Promise<DeliveryOutcome> {
    const { content } = input;
    const stored =
      content.kind === 'cardUpdate' ? content.card.reference : await this.deps.references.load(input.to);
    if (!stored) return { ok: false, reason: 'noConversation' };
    if (content.kind === 'rebook' && !this.dialogs) return { ok: false, reason: 'notReady' };
    let outcome: DeliveryOutcome | undefined;
    try {
      await this.deps.adapter.continueConversationAsync(
        this.deps.appId,
        conversationReferenceOf(stored),
        async (context) => {
          try {
            const sendAndRecord = async () => {
              const activityId = await this.send(context, content);
              const accepted: Accepted = { ...(activityId ? { activityId } : {}), reference: stored };
              outcome = { ok: true, ...accepted };
              await input.accepted(accepted);
              await this.afterAccepted(context, content);
            };
            const key = turnLockKey(context.activity);
            const { turnLock } = this.deps;
            if (content.kind === 'rebook' && turnLock && key) await turnLock.runExclusive(key, sendAndRecord);
            else await sendAndRecord();
          } catch (err) {
            if (outcome?.ok) {
              this.deps.log.error(
                { err, channelId: stored.channelId },
                'message delivered, but what follows failed',
              );
            } else {
              outcome = { ok: false, reason: failureReason(err) };
            }
          }
        },
      );
    } catch (err) {
      // Thrown before the turn ran (credentials, the connector client): nothing was sent.
      outcome ??= { ok: false, reason: failureReason(err) };
    }
    return outcome ?? { ok: false, reason: 'notRun' };
  }

  /** Sends the one activity (or update) a content makes; returns the channel's id for it. */
  private async send(context: TurnContext, content: OutboundContent): Promise<string | undefined> {
    const { speaker } = this;
    const now = this.deps.clock.now();
    switch (content.kind) {
      case 'handoffCard': {
        const message = handoffMessage(speaker, context, content.view, 'staff.handoff.arrived', now);
        message.text = `${message.text ?? ''}\n\n${speaker.text(context, 'staff.handoff.next')}`;
        return idOf(await context.sendActivity(message));
      }
      case 'handoffNotice':
        return idOf(
          await context.sendActivity(
            handoffNoticeMessage(speaker, context, content.view, content.notice, content.previousStart, now),
          ),
        );
      case 'cardUpdate': {
        const redrawn = content.movedAway
          ? { type: ActivityTypes.Message, attachments: [movedAwayCard(speaker, context, content.view)] }
          : handoffMessage(speaker, context, content.view, 'staff.handoff.summary', now);
        await context.updateActivity({ ...redrawn, id: content.card.activityId });
        return content.card.activityId;
      }
      case 'rebook':
        return this.offerNewTimes(context, content.cancelled);
    }
  }

  /**
   * Runs the dialog that offers new times, with its replies held back and sent as one activity: the
   * message is delivered whole or not at all, and the dialog's state is saved only once it was.
   */
  private async offerNewTimes(context: TurnContext, cancelled: BookingView): Promise<string | undefined> {
    const dialogs = this.dialogs;
    if (!dialogs) throw new Error('the bot is not attached to the notifier');
    const held: Partial<Activity>[] = [];
    let holding = true;
    context.onSendActivities(async (_context, activities, next) => {
      if (!holding) return next();
      held.push(...activities);
      return activities.map((): ResourceResponse => ({ id: '' }));
    });
    await dialogs.offerNewTimes(context, cancelled);
    holding = false;
    return idOf(await context.sendActivity(mergeMessages(held)));
  }

  /** Best effort, after the message counts as delivered: nothing here may send it again. */
  private async afterAccepted(context: TurnContext, content: OutboundContent): Promise<void> {
    if (content.kind === 'rebook') {
      await this.dialogs?.saveState(context);
      return;
    }
    if (content.kind !== 'handoffCard' || !channelTraits(context.activity.channelId).acceptsHandoffEvent)
      return;
    const { view } = content;
    try {
      // Ids and codes only: an agent hub routes on these, and the card is for the person.
      await context.sendActivity(
        EventFactory.createHandoffInitiation(context, {
          handoffId: view.handoff.id,
          bookingId: view.booking.id,
          workerId: view.handoff.workerId,
          start: view.booking.start,
          mode: view.booking.mode,
          bookedBy: view.booking.bookedBy,
          skill: 'socialPrescribingLinkWorker',
        }),
      );
    } catch (err) {
      this.deps.log.warn(
        { err, handoffId: view.handoff.id },
        'handoff card sent; the handoff.initiate event was not',
      );
    }
  }
}

function idOf(response: ResourceResponse | undefined): string | undefined {
  return response?.id ? response.id : undefined;
}

/**
 * One message made of several: texts in order, every attachment, and the last suggested actions (the
 * prompt's). A dialog's turn becomes one activity, so it is delivered or not as a whole.
 */
export function mergeMessages(activities: readonly Partial<Activity>[]): Partial<Activity> {
  const messages = activities.filter(
    (activity) => (activity.type ?? ActivityTypes.Message) === ActivityTypes.Message,
  );
  const texts = messages.map((activity) => activity.text).filter((text): text is string => Boolean(text));
  const attachments = messages.flatMap((activity) => activity.attachments ?? []);
  const suggested = [...messages].reverse().find((activity) => activity.suggestedActions)?.suggestedActions;
  const last = messages.at(-1);
  return {
    type: ActivityTypes.Message,
    text: texts.join('\n\n'),
    ...(attachments.length ? { attachments } : {}),
    ...(suggested ? { suggestedActions: suggested } : {}),
    ...(last?.inputHint ? { inputHint: last.inputHint } : {}),
    ...(last?.locale ? { locale: last.locale } : {}),
  };
}

/**
 * A short, log-safe reason for a failed send: the HTTP status and the channel's error code when it
 * gave one ("http 403 BotNotInConversationRoster"), "timeout", or the error's code. Never a body.
 */
export function failureReason(err: unknown): string {
  const value = err as {
    statusCode?: unknown;
    code?: unknown;
    name?: unknown;
    message?: unknown;
    response?: { bodyAsText?: unknown; status?: unknown };
  };
  const status = typeof value?.statusCode === 'number' ? value.statusCode : value?.response?.status;
  if (typeof status === 'number') {
    const code = channelErrorCode(value.response?.bodyAsText) ?? channelErrorCode(value.message);
    return code ? `http ${status} ${code}` : `http ${status}`;
  }
  const text = `${String(value?.name ?? '')} ${String(value?.code ?? '')} ${String(value?.message ?? '')}`;
  if (/timeout|timed out|aborted|AbortError/i.test(text)) return 'timeout';
  if (typeof value?.code === 'string' && /^[A-Z_]{3,40}$/.test(value.code)) return value.code.toLowerCase();
  return 'error';
}

function channelErrorCode(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown } };
    const code = parsed?.error?.code;
    return typeof code === 'string' && /^[A-Za-z0-9_.-]{1,60}$/.test(code) ? code : undefined;
  } catch {
    const match = /\b(BotNotInConversationRoster|ConversationNotFound|Throttled|BadArgument)\b/.exec(body);
    return match?.[1];
  }
}

export function conversationReferenceOf(stored: StoredReference): Partial<ConversationReference> {
  return {
    channelId: stored.channelId,
    serviceUrl: stored.serviceUrl,
    conversation: {
      id: stored.conversation.id,
      isGroup: stored.conversation.isGroup ?? false,
      conversationType: stored.conversation.conversationType ?? '',
      name: '',
      ...(stored.conversation.tenantId ? { tenantId: stored.conversation.tenantId } : {}),
    },
    bot: { id: stored.bot.id, name: stored.bot.name ?? '' },
    ...(stored.user
      ? {
          user: {
            id: stored.user.id,
            name: '',
            ...(stored.user.aadObjectId ? { aadObjectId: stored.user.aadObjectId } : {}),
          },
        }
      : {}),
    ...(stored.locale ? { locale: stored.locale } : {}),
  };
}

/**
 * Sends what waits in the outbox: now, every `intervalMs`, and soon after `nudge()` (a message was
 * just queued). A user's turn only nudges; it never waits for a send. Stop it on shutdown.
 */
export function startOutboxDelivery(
  deliver: () => Promise<number>,
  options: { intervalMs: number; log: Log; timer?: boolean },
): { nudge(): void; idle(): Promise<void>; stop(): void } {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const sweep = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          const delivered = await deliver();
          if (delivered > 0) options.log.info({ delivered }, 'outbox messages delivered');
        } catch (err) {
          options.log.warn({ err }, 'outbox sweep failed; it will run again');
        }
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = options.timer === false ? undefined : setInterval(() => void sweep(), options.intervalMs);
  timer?.unref();
  if (options.timer !== false) void sweep();
  return {
    nudge: () => {
      setImmediate(() => void sweep());
    },
    idle: async () => {
      // A nudge waits one tick before it sweeps; let it start, then wait for every sweep to end.
      await new Promise((resolve) => setImmediate(resolve));
      while (running) await running;
    },
    stop: () => {
      stopped = true;
      if (timer) clearInterval(timer);
    },
  };
}
