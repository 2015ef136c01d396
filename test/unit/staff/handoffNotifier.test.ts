import { TestAdapter, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { BotHandoffNotifier, type ProactiveAdapter } from '../../../src/server/handoffNotifier';
import type { HandoffView } from '../../../src/services/handoffs/handoff';
import { MemoryConversationReferences } from '../../../src/storage/memoryStaffStores';
import { FixedClock, MONDAY_16_NOVEMBER } from '../../support/booking';
import { say, translator } from '../../support/dialogs';
import { silentLog } from '../../support/logs';

const VIEW: HandoffView = {
  handoff: {
    id: 'b1',
    workerId: 'ada-lovell',
    patientKey: 'p1',
    start: '2026-11-24T13:30:00.000Z',
    createdAt: MONDAY_16_NOVEMBER,
    status: 'new',
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

/** Runs the proactive logic on a TurnContext whose sends are recorded, or fail as the test says. */
function adapter(options: { failOn?: (activity: Partial<Activity>) => boolean; refuse?: boolean } = {}) {
  const sent: Partial<Activity>[] = [];
  const fake: ProactiveAdapter & { appIds: string[] } = {
    appIds: [],
    async continueConversationAsync(appId, reference: Partial<ConversationReference>, logic) {
      fake.appIds.push(appId);
      if (options.refuse) throw new Error('403 the app is not installed');
      const test = new TestAdapter();
      test.sendActivities = async (_context, activities) => {
        for (const activity of activities) {
          if (options.failOn?.(activity)) throw new Error('channel refused');
          sent.push(activity);
        }
        return activities.map((_, index) => ({ id: String(index) }));
      };
      const context = new TurnContext(
        test,
        TurnContext.applyConversationReference(
          { type: 'event', name: 'ContinueConversation' },
          reference,
          true,
        ),
      );
      await logic(context);
    },
  };
  return { fake, sent };
}

async function notifier(fake: ProactiveAdapter, withReference = true) {
  const references = new MemoryConversationReferences();
  if (withReference) {
    await references.save('staff:ada-lovell', {
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/uk/',
      conversation: { id: 'a:ada', tenantId: 'tenant-1' },
      bot: { id: '28:signpost' },
      user: { id: '29:ada' },
    });
  }
  return new BotHandoffNotifier({
    adapter: fake,
    appId: 'app-id',
    references,
    translator,
    clock: new FixedClock(MONDAY_16_NOVEMBER),
    log: silentLog,
  });
}

describe('BotHandoffNotifier', () => {
  it('sends the card, a note and a handoff.initiate event with ids only, to the stored conversation', async () => {
    const { fake, sent } = adapter();
    expect(await (await notifier(fake)).sendHandoff({ staffId: 'ada-lovell', view: VIEW })).toBe('sent');
    expect(fake.appIds).toEqual(['app-id']);
    expect(sent.map((activity) => [activity.type, activity.name ?? activity.text])).toEqual([
      [
        'message',
        say('staff.handoff.arrived', {
          when: 'Tuesday 24 November at 1:30pm',
          how: say('booking.how.video'),
        }),
      ],
      ['message', say('staff.handoff.next')],
      ['event', 'handoff.initiate'],
    ]);
    expect(sent[2].value).toEqual({
      handoffId: 'b1',
      bookingId: 'b1',
      workerId: 'ada-lovell',
      start: '2026-11-24T13:30:00.000Z',
      mode: 'video',
      bookedBy: 'patient',
      skill: 'socialPrescribingLinkWorker',
    });
    expect(sent[2].conversation?.id).toBe('a:ada');
  });

  it('counts the handoff as sent once its card is, even if the event is refused', async () => {
    const { fake, sent } = adapter({ failOn: (activity) => activity.type === 'event' });
    expect(await (await notifier(fake)).sendHandoff({ staffId: 'ada-lovell', view: VIEW })).toBe('sent');
    expect(sent).toHaveLength(2);
  });

  it('is unreachable without a stored conversation, or when the channel refuses', async () => {
    const none = adapter();
    expect(await (await notifier(none.fake, false)).sendHandoff({ staffId: 'ada-lovell', view: VIEW })).toBe(
      'unreachable',
    );
    expect(none.fake.appIds).toEqual([]);
    const refused = adapter({ refuse: true });
    expect(await (await notifier(refused.fake)).sendHandoff({ staffId: 'ada-lovell', view: VIEW })).toBe(
      'unreachable',
    );
    const cardFails = adapter({ failOn: (activity) => activity.type === 'message' });
    expect(await (await notifier(cardFails.fake)).sendHandoff({ staffId: 'ada-lovell', view: VIEW })).toBe(
      'unreachable',
    );
  });
});
