import { TurnContext, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import type { StaffDirectory } from '../../src/domain/staff/staffDirectory';
import { localDateReader, UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import { referenceKey, type StoredReference } from '../../src/services/handoffs/conversationReference';
import type { HandoffService } from '../../src/services/handoffs/handoffService';
import type { Clock, ConversationReferenceStore, Log } from '../../src/services/ports';
import type { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import { patientKeyOf } from '../patient';
import type { Speaker } from '../speaker';
import { handoffMessage } from './handoffCard';
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

  /** Call first on every message and on members joining; awaits every send. */
  async arrived(context: TurnContext): Promise<void> {
    const member = staffMemberOf(this.deps.directory, context);
    if (member) {
      await this.remember(context, referenceKey.staff(member.id));
    } else if (!this.deps.patientConsented || (await this.deps.patientConsented(context))) {
      await this.remember(context, referenceKey.patient(patientKeyOf(context)));
    }
    if (member?.role === 'linkWorker') {
      await this.showSafetyInbox(context, member);
      await this.showInbox(context, member);
    }
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

  private async remember(context: TurnContext, key: string): Promise<void> {
    const reference = storedReferenceOf(context);
    if (!reference) return;
    const today = this.ukDateOf(this.deps.clock.now().getTime());
    // One write a day per conversation is enough to keep the reference fresh and its TTL sliding.
    const marker = `${key}|${reference.serviceUrl}|${reference.conversation.id}|${today}`;
    if ((await this.saved.get(context)) === marker) return;
    await this.deps.references.save(key, reference);
    await this.saved.set(context, marker);
  }

  private async showInbox(
    context: TurnContext,
    member: Parameters<HandoffService['inbox']>[0],
  ): Promise<void> {
    const { handoffs, speaker } = this.deps;
    const waiting = await handoffs.inbox(member);
    if (waiting.length === 0) return;
    await speaker.say(context, 'staff.handoff.waiting', { count: waiting.length });
    for (const view of waiting) {
      await context.sendActivity(
        handoffMessage(speaker, context, view, 'staff.handoff.arrived', this.deps.clock.now()),
      );
      await handoffs.markShown(member, view.handoff.id);
    }
    await speaker.say(context, 'staff.handoff.next');
  }
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
