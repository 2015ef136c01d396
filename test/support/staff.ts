import {
  ConversationState,
  MemoryStorage,
  type Activity,
  type CardAction,
  type Middleware,
} from 'botbuilder';
import { heldRedFlags } from '../../dialogs/staff';
import { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog, type MenuCapability } from '../../dialogs/mainDialog';
import { markSenderVerified } from '../../dialogs/staff/staffIdentity';
import { parseStaffDirectory, type StaffDirectory } from '../../src/domain/staff/staffDirectory';
import { BookingService, type BookingView } from '../../src/services/booking/bookingService';
import { BookingEventRelay } from '../../src/services/handoffs/bookingEventRelay';
import type { HandoffView } from '../../src/services/handoffs/handoff';
import type {
  Accepted,
  DeliveryOutcome,
  HandoffNotifier,
  MeetingMode,
  OutboundContent,
} from '../../src/services/ports';
import { ReferralService } from '../../src/services/referrals/referralService';
import { createStaffServices } from '../../src/services/staff/staffServices';
import { MemoryAuditLog } from '../../src/storage/memoryStaffStores';
import { MemoryReferralStore } from '../../src/storage/memoryReferralStore';
import { MemorySlotLedger } from '../../src/storage/memorySlotLedger';
import { memoryStaffStorage } from '../../src/storage/staffStorage';
import { FixedClock, MONDAY_16_NOVEMBER, testBookingConfig } from './booking';
import { silentLog } from './logs';
import { PRACTICE } from './bookingDialogs';
import { translator } from './dialogs';
import { channelUser, testStaffFile } from './staffFile';

/**
 * Staff of the test network, as the TestAdapter names its users: a conversation created for "Jo" has
 * the user id "jo" on channel "test". Ada is the link worker "ada-lovell" of test/support/booking.ts.
 */
export const STAFF_FILE = testStaffFile({
  ada: channelUser('ada'),
  tom: channelUser('tom'),
  jo: channelUser('jo'),
});

export function testStaffDirectory(): StaffDirectory {
  const parsed = parseStaffDirectory(STAFF_FILE, { linkWorkerIds: ['ada-lovell', 'tom-hadley'] });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.directory;
}

/**
 * Proactive messages as a list, with the people who can be reached chosen by the test (staff ids and
 * patient keys). Someone not reachable gets the failure Teams gives for an app that is not installed.
 */
export class FakeNotifier implements HandoffNotifier {
  readonly sent: { to: string; content: OutboundContent; activityId: string }[] = [];
  readonly reachable = new Set<string>();
  private next = 0;

  /** New referral cards sent, by staff id. */
  get handoffs(): { staffId: string; view: HandoffView }[] {
    return this.sent.flatMap(({ to, content }) =>
      content.kind === 'handoffCard' ? [{ staffId: to.replace(/^staff:/, ''), view: content.view }] : [],
    );
  }

  async deliver(input: {
    to: string;
    content: OutboundContent;
    accepted: (accepted: Accepted) => Promise<void>;
  }): Promise<DeliveryOutcome> {
    const who = input.to.replace(/^(staff|patient):/, '');
    if (!this.reachable.has(who)) return { ok: false, reason: 'http 403 BotNotInConversationRoster' };
    this.next += 1;
    const activityId =
      input.content.kind === 'cardUpdate' ? input.content.card.activityId : `activity-${this.next}`;
    this.sent.push({ to: input.to, content: input.content, activityId });
    const accepted: Accepted = {
      activityId,
      reference: {
        channelId: 'msteams',
        serviceUrl: 'https://smba.example/uk/',
        conversation: { id: `a:${who}` },
        bot: { id: '28:signpost' },
      },
    };
    await input.accepted(accepted);
    return { ok: true, ...accepted };
  }
}

/**
 * Booking, referrals, handoffs and the staff stores in memory, wired as the server wires them, on
 * Monday 16 November 2026 at 09:00 unless told otherwise.
 */
export function staffWorld(options: { now?: string } = {}) {
  const clock = new FixedClock(options.now ?? MONDAY_16_NOVEMBER);
  const ledger = new MemorySlotLedger();
  const referrals = new ReferralService({ store: new MemoryReferralStore(), clock });
  const config = testBookingConfig();
  const storage = memoryStaffStorage();
  const events = new BookingEventRelay();
  const booking = new BookingService({
    ledger,
    clock,
    referrals,
    config,
    availability: storage.availability,
    events,
  });
  const notifier = new FakeNotifier();
  const directory = testStaffDirectory();
  let next = 0;
  const services = createStaffServices({
    storage,
    directory,
    referrals,
    booking,
    clock,
    log: silentLog,
    notifier,
    newId: () => `id-${(next += 1)}`,
  });
  events.subscribe(services.handoffs);
  const auditLog = storage.audit as MemoryAuditLog;
  const safety = new SafetyFlagService({
    referrals,
    inbox: storage.safetyInbox,
    clock,
    log: silentLog,
    newId: () => `flag-${(next += 1)}`,
  });
  const heldFlags = heldRedFlags(new ConversationState(new MemoryStorage()));
  return {
    clock,
    ledger,
    referrals,
    config,
    storage,
    booking,
    service: booking,
    notifier,
    directory,
    auditLog,
    safety,
    heldFlags,
    ...services,
  };
}

/** Books a slot as a patient would (a hold, then a confirm), or fails the test. */
export async function bookAs(
  world: ReturnType<typeof staffWorld>,
  owner: string,
  slotId: string,
  mode: MeetingMode = 'inPerson',
): Promise<BookingView> {
  const held = await world.booking.hold({ slotId, owner });
  if (!held.ok) throw new Error(`hold failed: ${held.reason}`);
  const confirmed = await world.booking.confirm({ slotId, holdToken: held.hold.holdToken, owner, mode });
  if (!confirmed.ok) throw new Error(`confirm failed: ${confirmed.reason}`);
  return confirmed.view;
}

/** A conversation with the main menu as a given user ("Jo", "Ada", or a patient such as "Pat"). */
export function clientAs(
  user: string,
  capabilities: MenuCapability[],
  options: { verified?: boolean } = {},
): DialogTestClient {
  const root: Dialog = new MainDialog({ translator, practice: PRACTICE, capabilities });
  return new DialogTestClient('test', root, undefined, [asUser(user, options)]);
}

/**
 * Makes every message come from `user` (the TestAdapter's own user is always "user1"), on a channel
 * that proved who the sender is, as Teams with an app id does (the server marks such turns).
 */
export function asUser(user: string, options: { verified?: boolean } = {}): Middleware {
  return {
    onTurn: async (context, next) => {
      context.activity.from = { id: user.toLowerCase(), name: user };
      context.activity.locale = 'en-GB';
      if (options.verified !== false) markSenderVerified(context);
      await next();
    },
  };
}

export interface StaffReply {
  text: string;
  attachments: NonNullable<Activity['attachments']>;
  type: string;
  name?: string;
  value?: unknown;
  /** The titles of suggested-action buttons (a menu's entries). */
  actions: string[];
}

/** Sends a message (text, or a card submit's value) and returns every reply to it. */
export async function talk(
  client: DialogTestClient,
  message: string | { value: unknown },
): Promise<StaffReply[]> {
  const activity: Partial<Activity> =
    typeof message === 'string'
      ? { type: 'message', text: message }
      : { type: 'message', value: message.value };
  const replies: StaffReply[] = [];
  let reply = await client.sendActivity(activity);
  while (reply) {
    replies.push({
      text: reply.text ?? '',
      attachments: reply.attachments ?? [],
      type: reply.type,
      actions: (reply.suggestedActions?.actions ?? []).map((action: CardAction) =>
        String(action.title ?? action.value),
      ),
      ...(reply.name ? { name: reply.name } : {}),
      ...(reply.value !== undefined ? { value: reply.value } : {}),
    });
    reply = client.getNextReply();
  }
  return replies;
}

export const textsOf = (replies: StaffReply[]) =>
  replies.filter((reply) => reply.type === 'message').map((reply) => reply.text);

/** Sends each message in turn and expects exactly these reply texts to each (the message named on a miss). */
export async function play(client: DialogTestClient, turns: [string, string[]][]): Promise<void> {
  for (const [send, expected] of turns) {
    expect({ send, replies: textsOf(await talk(client, send)) }).toEqual({ send, replies: expected });
  }
}
