import { createAdapter } from '../../../src/server/adapter';
import { BotHandoffNotifier, failureReason } from '../../../src/server/handoffNotifier';
import type { HandoffView } from '../../../src/services/handoffs/handoff';
import type { Accepted, TurnLock } from '../../../src/services/ports';
import type { BookingView } from '../../../src/services/booking/bookingService';
import { MemoryConversationReferences } from '../../../src/storage/memoryStaffStores';
import { MemoryTurnLock } from '../../../src/storage/memoryTurnLock';
import { FixedClock, MONDAY_16_NOVEMBER } from '../../support/booking';
import { say, translator } from '../../support/dialogs';
import { FakeChannel } from '../../support/fakeChannel';
import { capturingLogger, silentLog } from '../../support/logs';
import { TeamsChannel } from '../../support/teamsChannel';

const VIEW: HandoffView = {
  handoff: {
    id: 'b1',
    workerId: 'ada-lovell',
    patientKey: 'p1',
    start: '2026-11-24T13:30:00.000Z',
    createdAt: MONDAY_16_NOVEMBER,
    status: 'new',
    version: 0,
    cards: [],
  },
  booking: {
    id: 'b1',
    start: '2026-11-24T13:30:00.000Z',
    end: '2026-11-24T14:30:00.000Z',
    mode: 'video',
    status: 'confirmed',
    siteName: null,
    bookedBy: 'patient',
  },
  referral: null,
  patient: null,
};

/**
 * The notifier over botbuilder's real CloudAdapter (with Signpost's authentication and onTurnError),
 * sending over real HTTP to a channel that accepts or fails. CloudAdapter hands any error in a
 * proactive turn to onTurnError and resolves, so only the outcome recorded inside the turn may count.
 */
describe('BotHandoffNotifier over the real CloudAdapter', () => {
  let teams: TeamsChannel;
  let webChat: FakeChannel;

  beforeAll(async () => {
    teams = await new TeamsChannel().start();
    webChat = await new FakeChannel().start();
  });
  afterAll(async () => {
    await teams.stop();
    await webChat.stop();
  });

  async function notifierFor(
    conversationId: string,
    channel: 'msteams' | 'webchat',
    timeoutMs = 400,
    turnLock?: TurnLock,
  ) {
    const logs = capturingLogger('debug');
    const adapter = createAdapter({
      auth: { MicrosoftAppType: 'MultiTenant' },
      translator,
      logger: logs.logger,
      proactiveSendTimeoutMs: timeoutMs,
    });
    const references = new MemoryConversationReferences();
    await references.save('staff:ada-lovell', {
      channelId: channel,
      serviceUrl: channel === 'msteams' ? teams.url : webChat.url,
      conversation: { id: conversationId, tenantId: 'tenant-1' },
      bot: { id: '28:signpost' },
      user: { id: '29:ada' },
    });
    const notifier = new BotHandoffNotifier({
      adapter,
      appId: '',
      references,
      translator,
      clock: new FixedClock(MONDAY_16_NOVEMBER),
      log: silentLog,
      ...(turnLock ? { turnLock } : {}),
    });
    return { notifier, logs };
  }

  async function send(notifier: BotHandoffNotifier) {
    const accepted: Accepted[] = [];
    const outcome = await notifier.deliver({
      to: 'staff:ada-lovell',
      content: { kind: 'handoffCard', view: VIEW },
      accepted: async (value) => {
        accepted.push(value);
      },
    });
    return { outcome, accepted };
  }

  it('counts a card as delivered once Teams accepted it, with its activity id, and sends Teams no event', async () => {
    teams.installed.add('a:ok');
    const { notifier } = await notifierFor('a:ok', 'msteams');
    const { outcome, accepted } = await send(notifier);
    const [card] = teams.of('a:ok');
    expect(outcome).toEqual({
      ok: true,
      activityId: card.id,
      reference: expect.objectContaining({ channelId: 'msteams' }),
    });
    expect(accepted).toHaveLength(1);
    expect(card.text).toBe(
      `${say('staff.handoff.arrived', { when: 'Tuesday 24 November at 1:30pm', how: say('booking.how.video') })}\n\n${say('staff.handoff.next')}`,
    );
    expect(teams.of('a:ok')).toHaveLength(1);
    expect(teams.rejections.filter((r) => r.conversationId === 'a:ok')).toEqual([]);
  });

  it('sends the handoff.initiate event after the card on a channel that takes events', async () => {
    const { notifier } = await notifierFor('dl-ada', 'webchat');
    const { outcome } = await send(notifier);
    expect(outcome.ok).toBe(true);
    const received = await webChat.waitFor('dl-ada', 2);
    expect(received.map((activity) => activity.type)).toEqual(['message', 'event']);
    expect(received[1]?.name).toBe('handoff.initiate');
  });

  it.each([
    [500, 'http 500 InternalServerError'],
    [403, 'http 403 BotNotInConversationRoster'],
  ] as const)(
    'records %s as a failure with its reason, at once, and posts no apology into the chat',
    async (fault, reason) => {
      const conversation = `a:fail-${fault}`;
      teams.installed.add(conversation);
      teams.fail(conversation, fault);
      // A long send timeout: the channel answers at once, so the reason must be its answer, not a timeout.
      const { notifier, logs } = await notifierFor(conversation, 'msteams', 30_000);
      const { outcome, accepted } = await send(notifier);
      expect(outcome).toEqual({ ok: false, reason });
      expect(accepted).toEqual([]);
      // One try: the connector client's own retries (about 9 seconds against a 500) are off here.
      expect(teams.rejections.filter((r) => r.conversationId === conversation)).toHaveLength(1);
      teams.fail(conversation, 'ok');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(teams.of(conversation)).toEqual([]);
      expect(logs.raw()).not.toContain('turn failed');
    },
  );

  it('records a channel that never answers as a timeout', async () => {
    teams.installed.add('a:hang');
    teams.fail('a:hang', 'hang');
    const { notifier } = await notifierFor('a:hang', 'msteams', 300);
    const { outcome } = await send(notifier);
    expect(outcome).toEqual({ ok: false, reason: 'timeout' });
    teams.fail('a:hang', 'ok');
    teams.release();
  });

  it('refuses to call it delivered when nobody can be reached', async () => {
    const { notifier } = await notifierFor('a:none', 'msteams');
    const outcome = await notifier.deliver({
      to: 'staff:somebody-else',
      content: { kind: 'handoffCard', view: VIEW },
      accepted: async () => undefined,
    });
    expect(outcome).toEqual({ ok: false, reason: 'noConversation' });
  });

  it('offers new times in a conversation only between its turns: a rebook waits for the turn lock', async () => {
    const turnLock = new MemoryTurnLock(5_000);
    const { notifier } = await notifierFor('c-rebook', 'webchat', 400, turnLock);
    const events: string[] = [];
    notifier.attachDialogs({
      offerNewTimes: async (context) => {
        events.push('offer');
        await context.sendActivity('new times');
      },
      saveState: async () => {
        events.push('save');
      },
    });
    let release = () => undefined as void;
    const turn = turnLock.runExclusive('webchat:c-rebook', async () => {
      events.push('turn');
      await new Promise<void>((resolve) => (release = resolve));
      events.push('turn ends');
    });
    const delivering = notifier.deliver({
      to: 'staff:ada-lovell',
      content: { kind: 'rebook', cancelled: {} as BookingView },
      accepted: async () => {
        events.push('accepted');
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual(['turn']);
    release();
    await turn;
    expect((await delivering).ok).toBe(true);
    expect(events).toEqual(['turn', 'turn ends', 'offer', 'accepted', 'save']);
  });

  it('names reasons without bodies', () => {
    expect(failureReason(Object.assign(new Error('x'), { statusCode: 502 }))).toBe('http 502');
    expect(failureReason(new Error('The operation was aborted'))).toBe('timeout');
    expect(failureReason('nonsense')).toBe('error');
  });
});
