import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { bookingCapabilities } from '../../dialogs/booking';
import { MainDialog } from '../../dialogs/mainDialog';
import { bookingWorld } from '../support/booking';
import { PRACTICE } from '../support/bookingDialogs';
import { say, translator } from '../support/dialogs';

/** The menu as each channel can show it: nothing hidden, nothing over a channel's limits. */
function menuOn(channelId: string): Promise<Partial<Activity>> {
  const world = bookingWorld();
  const deps = { translator, booking: world.service, clock: world.clock, practice: PRACTICE };
  const client = new DialogTestClient(
    channelId,
    new MainDialog({ translator, practice: PRACTICE, capabilities: bookingCapabilities(deps) }),
  );
  return client.sendActivity('hello');
}

const ENTRIES = [
  say('booking.menu.book'),
  say('booking.menu.mine'),
  say('menu.talkToPerson'),
  say('menu.help'),
];

describe('menus on each channel', () => {
  it('gives Teams, which shows 3 suggested actions, a card of buttons for a longer menu', async () => {
    const reply = await menuOn('msteams');
    expect(reply.text).toBe(say('menu.prompt'));
    expect(reply.suggestedActions).toBeUndefined();
    const card = reply.attachments?.[0]?.content as {
      version: string;
      body: { actions: { title: string; data: unknown }[] }[];
    };
    expect(card.version).toBe('1.5');
    expect(card.body.map((set) => set.actions[0]?.title)).toEqual(ENTRIES);
    // Each button submits its own words, which the menu reads like a typed answer.
    expect(card.body[0]?.actions[0]?.data).toEqual({ signpostChoice: ENTRIES[0] });
  });

  it('takes a tap on a menu card button as the choice', async () => {
    const world = bookingWorld();
    const deps = { translator, booking: world.service, clock: world.clock, practice: PRACTICE };
    const client = new DialogTestClient(
      'msteams',
      new MainDialog({ translator, practice: PRACTICE, capabilities: bookingCapabilities(deps) }),
    );
    await client.sendActivity('hello');
    const reply = await client.sendActivity({
      type: 'message',
      value: { signpostChoice: ENTRIES[0] },
    } as Partial<Activity>);
    expect(reply.text).toBe(say('booking.when.ask'));
  });

  it('gives Web Chat every entry as suggested actions', async () => {
    const reply = await menuOn('webchat');
    expect(reply.suggestedActions?.actions.map((action) => action.title)).toEqual(ENTRIES);
  });
});
