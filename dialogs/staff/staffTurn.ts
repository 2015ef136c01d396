import { TurnContext, type Activity, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import type { StaffDirectory } from '../../src/domain/staff/staffDirectory';
import { localDateReader, UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import { referenceKey, type StoredReference } from '../../src/services/handoffs/conversationReference';
import type { HandoffService, WaitingMessage } from '../../src/services/handoffs/handoffService';
import type { OutboxKind } from '../../src/services/handoffs/outbox';
import type { BookingView } from '../../src/services/booking/bookingService';
import type { Clock, ConversationReferenceStore, Log } from '../../src/services/ports';
import type { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import { patientKeyOf } from '../patient';
import type { Speaker } from '../speaker';
import { handoffMessage, handoffNoticeMessage } from './handoffCard';
import { safetyInboxMessage } from './safetyFlagCard';
import { staffMemberOf } from './staffIdentity';

/** The conversation-state property marking when this conversation's reference was last saved. */
export const REFERENCE_SAVED_PROPERTY = 'signpostReferenceSaved';

export interface StaffTurnDeps {
  speaker: Speaker;
  directory: StaffDirectory;
  references: ConversationReferenceStore;
  handoffs: HandoffService;
  conversationState: ConversationState;
  clock: Clock;
  log: Log;
  /** The practice's safety inbox, shown to link workers at their next message. */
  safety?: Pick<SafetyFlagService, 'inboxFor' | 'markSeen'>;
  /**
   * Whether a patient agreed to the privacy notice: only then is where to reach them kept (to tell
   * them of a change to their booking). Absent: patients' references are kept as staff's are.
   */
  patientConsented?(context: TurnContext): Promise<boolean>;
}

/**
 * What the bot does at the start of every turn for the staff tools: it remembers where to reach the
 * sender later (a conversation reference, kept in Redis and refreshed daily), and shows a link worker
 * any handoff that waited for them. It also tells the bot whether the sender is staff, whose words
 * describe someone else and so are not checked as if they were in crisis themselves.
 */
export class StaffTurn {
  private readonly saved: StatePropertyAccessor<string>;
  private readonly ukDateOf = localDateReader(UK_TIME_ZONE);

  constructor(private readonly deps: StaffTurnDeps) {
    this.saved = deps.conversationState.createProperty<string>(REFERENCE_SAVED_PROPERTY);
  }

  isStaff(context: TurnContext): boolean {
    return staffMemberOf(this.deps.directory, context) !== undefined;
  }

  /**
   * Call first on every message and on members joining; awaits every send. A link worker is shown
   * what waited for them (new referrals, changes). For a patient in a new conversation (or on a new
   * day), new times that could not reach them earlier are returned, for the bot to offer now.
   */
  async arrived(context: TurnContext): Promise<ArrivedResult> {
    const member = staffMemberOf(this.deps.directory, context);
    if (member) {
      await this.remember(context, referenceKey.staff(member.id));
      if (member.role === 'linkWorker') {
        await this.showSafetyInbox(context, member);
        await this.showWaiting(context, member.id);
      }
      return {};
    }
    // Where to reach a patient is kept only once they agreed to the privacy notice.
    const { patientConsented } = this.deps;
    const fresh = await this.remember(
      context,
      referenceKey.patient(patientKeyOf(context)),
      patientConsented && (() => patientConsented(context)),
    );
    return fresh ? this.waitingForPatient(context) : {};
  }

  /** Safety flags from patients' conversations, each shown once to each link worker, before anything else. */
  private async showSafetyInbox(
    context: TurnContext,
    member: Parameters<SafetyFlagService['inboxFor']>[0],
  ): Promise<void> {
    const { safety, speaker } = this.deps;
    if (!safety) return;
    const waiting = await safety.inboxFor(member);
    if (waiting.length === 0) return;
    await speaker.say(context, 'staff.safety.waiting', { count: waiting.length });
    for (const view of waiting) {
      await context.sendActivity(safetyInboxMessage(speaker, context, view));
      await safety.markSeen(member, view.item.id);
    }
  }

  /** The patient has been shown the new times the bot offered from `arrived`. */
  shown(context: TurnContext, waiting: WaitingMessage): Promise<void> {
    const reference = storedReferenceOf(context);
    if (!reference) return this.deps.handoffs.putBack(waiting);
    return this.deps.handoffs.shownInTurn(waiting, { reference });
  }

  /**
   * Keeps where to reach this conversation under `key`, once a day: the conversation remembers the
   * key, where and the UK day it last did. `allowed` is asked only when there is something to keep, so
   * a patient's referral is not read again on every message. True when it was kept now.
   */
  private async remember(
    context: TurnContext,
    key: string,
    allowed?: () => Promise<boolean>,
  ): Promise<boolean> {
    const reference = storedReferenceOf(context);
    if (!reference) return false;
    const today = this.ukDateOf(this.deps.clock.now().getTime());
    const marker = `${key}|${reference.serviceUrl}|${reference.conversation.id}|${today}`;
    if ((await this.saved.get(context)) === marker) return false;
    if (allowed && !(await allowed())) return false;
    await this.deps.references.save(key, reference);
    await this.saved.set(context, marker);
    return true;
  }

  private async waitingForPatient(context: TurnContext): Promise<ArrivedResult> {
    // One offer at a time; any other stays in the outbox for a later turn.
    const [first] = await this.deps.handoffs.takeWaiting(
      { kind: 'patient', patientKey: patientKeyOf(context) },
      { limit: 1, kinds: ['patient.cancelledByLeave'] },
    );
    if (first?.content.kind !== 'rebook') {
      if (first) await this.deps.handoffs.putBack(first);
      return {};
    }
    return { offerNewTimes: { waiting: first, cancelled: first.content.cancelled } };
  }

  private async showWaiting(context: TurnContext, staffId: string): Promise<void> {
    const { handoffs, speaker } = this.deps;
    // What the outbox could not push (no conversation yet, the app not installed, the channel down),
    // a few at the start of a turn, so the link worker is not kept waiting behind a long run of cards
    // (each one read from Redis and sent to the channel). The rest stay in the outbox, which sends
    // them on its own, as it sends those it has not tried yet; a card in another conversation is
    // redrawn where it is, by the outbox too.
    const waiting = await handoffs.takeWaiting(
      { kind: 'staff', staffId },
      { limit: SHOWN_IN_TURN + 1, failedOnly: true, kinds: SHOWN_KINDS },
    );
    const showing = waiting.slice(0, SHOWN_IN_TURN);
    for (const item of waiting.slice(SHOWN_IN_TURN)) await handoffs.putBack(item);
    const more = waiting.length > showing.length;
    const reference = storedReferenceOf(context);
    const now = this.deps.clock.now();
    const cards = showing.filter((item) => item.content.kind === 'handoffCard').length;
    if (cards > 0) await speaker.say(context, 'staff.handoff.waiting', { count: cards });
    for (const item of showing) {
      const { content } = item;
      let message: Partial<Activity> | undefined;
      if (content.kind === 'handoffCard')
        message = handoffMessage(speaker, context, content.view, 'staff.handoff.arrived', now);
      if (content.kind === 'handoffNotice') {
        const { view, notice, previousStart } = content;
        message = handoffNoticeMessage(speaker, context, view, notice, previousStart, now);
      }
      if (!message) continue;
      const sent = await context.sendActivity(message);
      if (reference) {
        await handoffs.shownInTurn(item, { ...(sent?.id ? { activityId: sent.id } : {}), reference });
      }
    }
    if (more) await speaker.say(context, 'staff.handoff.more');
    if (cards > 0 || more) await speaker.say(context, 'staff.handoff.next');
  }
}

/** Referral cards and notices shown at the start of a link worker's turn, at most. */
const SHOWN_IN_TURN = 3;
/** What a link worker's turn shows of what waited: cards and notices (a card's redraw is the outbox's). */
const SHOWN_KINDS: readonly OutboxKind[] = [
  'handoff.new',
  'handoff.moved',
  'handoff.movedAway',
  'handoff.cancelled',
];

export interface ArrivedResult {
  /** New times to offer a patient, which could not reach them before. */
  offerNewTimes?: { waiting: WaitingMessage; cancelled: BookingView };
}

/** The parts of this turn's conversation reference that a proactive message needs. */
export function storedReferenceOf(context: TurnContext): StoredReference | undefined {
  const reference = TurnContext.getConversationReference(context.activity);
  const { channelId, serviceUrl, conversation, bot, user } = reference;
  if (!channelId || !serviceUrl || !conversation?.id || !bot?.id) return undefined;
  return {
    channelId,
    serviceUrl,
    conversation: {
      id: conversation.id,
      ...(conversation.tenantId ? { tenantId: conversation.tenantId } : {}),
      ...(conversation.conversationType ? { conversationType: conversation.conversationType } : {}),
      ...(conversation.isGroup !== undefined ? { isGroup: conversation.isGroup } : {}),
    },
    bot: { id: bot.id, ...(bot.name ? { name: bot.name } : {}) },
    ...(user?.id
      ? { user: { id: user.id, ...(user.aadObjectId ? { aadObjectId: user.aadObjectId } : {}) } }
      : {}),
    ...(reference.locale ? { locale: reference.locale } : {}),
  };
}
