import { EventFactory, type ConversationReference, type TurnContext } from 'botbuilder';
import { spokenWhen } from '../../dialogs/booking/spoken';
import { Speaker } from '../../dialogs/speaker';
import { handoffMessage } from '../../dialogs/staff/handoffCard';
import type { Translator } from '../i18n/translator';
import type { BookingView, SlotOffer } from '../services/booking/bookingService';
import { referenceKey, type StoredReference } from '../services/handoffs/conversationReference';
import type { HandoffView } from '../services/handoffs/handoff';
import type { HandoffService } from '../services/handoffs/handoffService';
import type {
  Clock,
  ConversationReferenceStore,
  HandoffNotifier,
  Log,
  NotifyOutcome,
} from '../services/ports';

/** The one adapter method proactive messages need (CloudAdapter has it). */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export interface BotHandoffNotifierDeps {
  adapter: ProactiveAdapter;
  /** MicrosoftAppId; empty for local channels (the Emulator, tests). */
  appId: string;
  references: ConversationReferenceStore;
  translator: Translator;
  clock: Clock;
  log: Log;
}

/**
 * Proactive messages through the Bot Framework: to a link worker, a new handoff (an Adaptive Card and a
 * `handoff.initiate` event for channels with an agent hub); to a patient, a session cancelled by leave
 * with new times. Each needs a conversation reference stored in Redis when that person last wrote; in
 * Teams the app must also still be installed for them. A failed send is `unreachable`, never thrown, so
 * the caller keeps the message for later. Every send is awaited.
 */
export class BotHandoffNotifier implements HandoffNotifier {
  private readonly speaker: Speaker;

  constructor(private readonly deps: BotHandoffNotifierDeps) {
    this.speaker = new Speaker(deps.translator);
  }

  async sendHandoff(input: { staffId: string; view: HandoffView }): Promise<NotifyOutcome> {
    const { view } = input;
    const ids = { handoffId: view.handoff.id };
    return this.send(referenceKey.staff(input.staffId), ids, async (context) => {
      await context.sendActivity(
        handoffMessage(this.speaker, context, view, 'staff.handoff.arrived', this.deps.clock.now()),
      );
      // The card is the handoff: once it is sent, a failure below must not send it again.
      try {
        await this.speaker.say(context, 'staff.handoff.next');
        // Ids and codes only: an agent hub routes on these, and the card above is for the person.
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
        this.deps.log.warn({ err, ...ids }, 'handoff card sent; the note or handoff.initiate event was not');
      }
    });
  }

  async sendBookingCancelled(input: {
    patientKey: string;
    cancelled: BookingView;
    alternatives: readonly SlotOffer[];
  }): Promise<NotifyOutcome> {
    const { speaker } = this;
    const { cancelled, alternatives } = input;
    return this.send(
      referenceKey.patient(input.patientKey),
      { bookingId: cancelled.booking.id },
      async (context) => {
        await speaker.say(context, 'staff.leave.patientCancelled', {
          when: spokenWhen(speaker, context, cancelled.booking.start),
          worker: cancelled.worker?.name ?? '',
        });
        if (alternatives.length === 0) {
          await speaker.say(context, 'staff.leave.patientNoTimes');
          return;
        }
        const lines = alternatives.map((offer, index) =>
          speaker.text(context, 'booking.offer.line', {
            number: index + 1,
            when: spokenWhen(speaker, context, offer.start),
            worker: offer.workerName,
          }),
        );
        await context.sendActivity(
          `${speaker.text(context, 'staff.leave.patientTimes')}\n${lines.join('\n')}`,
        );
        await speaker.say(context, 'staff.leave.patientRebook');
      },
    );
  }

  private async send(
    key: string,
    ids: Record<string, string>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<NotifyOutcome> {
    const stored = await this.deps.references.load(key);
    if (!stored) return 'unreachable';
    try {
      await this.deps.adapter.continueConversationAsync(
        this.deps.appId,
        conversationReferenceOf(stored),
        logic,
      );
      return 'sent';
    } catch (err) {
      // The person may have removed the app, or the channel is down: the message waits for them.
      this.deps.log.warn({ err, ...ids, channelId: stored.channelId }, 'proactive message not delivered');
      return 'unreachable';
    }
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
 * Sends whatever waits in the handoff outbox now and then every `intervalMs`: the path that delivers a
 * handoff after a restart, or once a link worker's Teams app is reachable again. Stop it on shutdown.
 */
export function startHandoffDelivery(
  handoffs: Pick<HandoffService, 'deliverPending'>,
  options: { intervalMs: number; log: Log },
): { stop(): void } {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const shown = await handoffs.deliverPending();
      if (shown > 0) options.log.info({ shown }, 'waiting handoffs delivered');
    } catch (err) {
      options.log.warn({ err }, 'handoff outbox sweep failed; it will run again');
    } finally {
      running = false;
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
