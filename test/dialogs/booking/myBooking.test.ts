import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { BOOK_DIALOG_ID, bookingCapabilities } from '../../../dialogs/booking';
import { MainDialog, type MenuCapability } from '../../../dialogs/mainDialog';
import type { Booking } from '../../../src/services/ports';
import { bookingWorld, DAY } from '../../support/booking';
import {
  bookingClient,
  calendarOf,
  exchange,
  offerList,
  PRACTICE,
  type Reply,
  TEST_PATIENT,
  texts,
} from '../../support/bookingDialogs';
import { say, translator } from '../../support/dialogs';
import { eventOf, readIcs, eventInstant } from '../../support/ics';

// The main menu with both booking capabilities, on Monday 16 November 2026 at 09:00 in London.

type World = ReturnType<typeof bookingWorld>;
type Turn =
  | [send: string, expected: (string | ReturnType<typeof expect.stringContaining>)[]]
  | ((world: World) => Promise<void>);

const ADA = 'Ada Lovell';
const ada = (iso: string) => `ada-lovell:${iso}`;
const how = (mode: Booking['mode'], site = 'Riverside Surgery') => say(`booking.how.${mode}`, { site });
const menu = say('menu.prompt');
const TUE_1_30 = 'Tuesday 24 November at 1:30pm';

/** A booking made earlier in this conversation (or by the patient in another one: the key is the same). */
const booked =
  (slotId: string, mode: Booking['mode'] = 'inPerson') =>
  async (world: World) => {
    const held = await world.service.hold({ slotId, owner: TEST_PATIENT });
    if (!held.ok) throw new Error(held.reason);
    const confirmed = await world.service.confirm({
      slotId,
      holdToken: held.hold.holdToken,
      owner: TEST_PATIENT,
      mode,
    });
    if (!confirmed.ok) throw new Error(confirmed.reason);
  };
const daysLater = (days: number) => async (world: World) => world.clock.advance(days * DAY);

const WEDNESDAY = offerList(
  ['Wednesday 18 November at 9am', ADA],
  ['Wednesday 18 November at 11:30am', ADA],
  ['Wednesday 18 November at 1pm', 'Tom Hadley'],
);
const confirmedFromMenu = [
  say('booking.done.confirmed', { when: TUE_1_30, worker: ADA, how: how('inPerson') }),
  say('booking.done.calendar'),
  say('booking.done.change'),
  menu,
];
const THURSDAY_MORNING = offerList(
  ['Thursday 26 November at 9am', ADA],
  ['Thursday 26 November at 10:15am', ADA],
  ['Thursday 26 November at 11:30am', ADA],
);

const bookFromMenu: Turn[] = [
  ['hello', [menu]],
  ["I'd like to see the link worker", [say('booking.when.ask')]],
  [
    'next Tuesday afternoon',
    [
      say('booking.offer.intro'),
      offerList([TUE_1_30, ADA], ['Tuesday 24 November at 2:45pm', ADA], ['Tuesday 24 November at 4pm', ADA]),
    ],
  ],
  ['1', [say('booking.mode.ask', { worker: ADA })]],
  ['In person', [say('booking.contact.ask.inPerson', { worker: ADA })]],
  [
    'No',
    [
      say('booking.check.summary', { when: TUE_1_30, worker: ADA, how: how('inPerson') }),
      say('booking.check.ask'),
    ],
  ],
  ['Yes, book it', confirmedFromMenu],
];

const conversations: [
  name: string,
  turns: Turn[],
  check: (world: World, replies: Reply[][]) => Promise<void>,
][] = [
  [
    'books from the menu in the patient\'s own words, and a "yes" sent twice books once',
    [
      ...bookFromMenu.slice(0, -1),
      ['yes', confirmedFromMenu],
      ['yes', [say('menu.retry'), say('menu.prompt')]],
    ],
    async (world) => {
      expect(await world.ledger.bookingsOf(TEST_PATIENT)).toHaveLength(1);
    },
  ],
  [
    'moves the booking days later when the patient says "move my appointment"',
    [
      ...bookFromMenu,
      daysLater(2),
      ['move my appointment', [say('booking.move.intro'), say('booking.when.ask')]],
      ['next Thursday morning', [say('booking.offer.intro'), THURSDAY_MORNING]],
      [
        '2',
        [
          say('booking.move.check', {
            from: TUE_1_30,
            to: 'Thursday 26 November at 10:15am',
            worker: ADA,
            how: how('inPerson'),
          }),
        ],
      ],
      [
        'Yes, move it',
        [
          say('booking.move.done', {
            when: 'Thursday 26 November at 10:15am',
            worker: ADA,
            how: how('inPerson'),
          }),
          say('booking.done.calendar'),
          say('booking.done.change'),
          menu,
        ],
      ],
    ],
    async (world, replies) => {
      const [booking] = await world.ledger.bookingsOf(TEST_PATIENT);
      expect(booking.slotId).toBe(ada('2026-11-26T10:15:00.000Z'));
      const first = eventOf(calendarOf(replies[6].find((reply) => reply.attachments.length)?.attachments[0]));
      const moved = eventOf(
        calendarOf(replies.at(-1)?.find((reply) => reply.attachments.length)?.attachments[0]),
      );
      expect(moved.get('UID')?.value).toBe(first.get('UID')?.value);
      expect(eventInstant(moved, 'DTSTART')).toBe(Date.parse('2026-11-26T10:15:00.000Z'));
      expect(Number(moved.get('SEQUENCE')?.value)).toBeGreaterThan(Number(first.get('SEQUENCE')?.value));
      const free = await world.service.hold({
        slotId: ada('2026-11-24T13:30:00.000Z'),
        owner: 'someone-else',
      });
      expect(free.ok).toBe(true);
    },
  ],
  [
    'reads the time in the words that ask to book, and asks "when" only when they name none',
    [
      ['hello', [menu]],
      [
        'can I book in with the link worker next Tuesday afternoon',
        [
          say('booking.offer.intro'),
          offerList(
            [TUE_1_30, ADA],
            ['Tuesday 24 November at 2:45pm', ADA],
            ['Tuesday 24 November at 4pm', ADA],
          ),
        ],
      ],
    ],
    async () => undefined,
  ],
  [
    'reads the new time in the words that ask for the move, and asks "when" only when they name none',
    [
      ...bookFromMenu,
      daysLater(2),
      [
        'can I move my appointment to next Thursday morning',
        [say('booking.move.intro'), say('booking.offer.intro'), THURSDAY_MORNING],
      ],
    ],
    async () => undefined,
  ],
  [
    'moves an in-person booking to a phone meeting when the patient asks for the move "by phone"',
    [
      ...bookFromMenu,
      daysLater(2),
      [
        'can I move my appointment to next Thursday morning, by phone',
        [say('booking.move.intro'), say('booking.offer.intro'), THURSDAY_MORNING],
      ],
      // Not kept in person: the way of meeting said with the new time counts, and a phone meeting
      // needs a number.
      ['2', [say('booking.contact.ask.phone', { worker: ADA })]],
      [
        'yes, Ann Lee 07700 900123',
        [
          say('booking.phone.thanks', { worker: ADA, phone: '07700 900123' }),
          say('booking.move.check', {
            from: TUE_1_30,
            to: 'Thursday 26 November at 10:15am',
            worker: ADA,
            how: how('phone'),
          }),
        ],
      ],
    ],
    async () => undefined,
  ],
  [
    'cancels the booking days later when the patient says "cancel my appointment"',
    [
      ...bookFromMenu,
      daysLater(3),
      ['cancel my appointment', [say('booking.cancelBooking.check', { when: TUE_1_30, worker: ADA })]],
      ['Yes, cancel it', [say('booking.cancelBooking.reason')]],
      [
        'skip',
        [say('booking.cancelBooking.done', { worker: ADA }), say('booking.cancelBooking.calendar'), menu],
      ],
    ],
    async (world, replies) => {
      expect(await world.ledger.bookingsOf(TEST_PATIENT)).toEqual([]);
      const ics = calendarOf(replies.at(-1)?.find((reply) => reply.attachments.length)?.attachments[0]);
      expect(readIcs(ics).find((p) => p.name === 'METHOD')?.value).toBe('CANCEL');
      expect(eventOf(ics).get('STATUS')?.value).toBe('CANCELLED');
    },
  ],
  [
    'shows "my booking" and keeps it when asked to',
    [
      booked(ada('2026-11-24T13:30:00.000Z'), 'video'),
      ['hello', [menu]],
      [
        'My booking',
        [
          say('booking.mine.one', { when: TUE_1_30, worker: ADA, how: how('video') }),
          say('booking.mine.ask'),
        ],
      ],
      ['Keep it as it is', [say('booking.mine.kept'), menu]],
    ],
    async (world) => {
      expect(await world.ledger.bookingsOf(TEST_PATIENT)).toHaveLength(1);
    },
  ],
  [
    'reads "cancel" at My booking as cancelling the booking, not stopping the conversation',
    [
      booked(ada('2026-11-24T13:30:00.000Z'), 'video'),
      ['hello', [menu]],
      [
        'My booking',
        [
          say('booking.mine.one', { when: TUE_1_30, worker: ADA, how: how('video') }),
          say('booking.mine.ask'),
        ],
      ],
      ['cancel', [say('booking.cancelBooking.check', { when: TUE_1_30, worker: ADA })]],
      ['no keep it', [say('booking.cancelBooking.kept'), menu]],
    ],
    async (world) => {
      expect(await world.ledger.bookingsOf(TEST_PATIENT)).toHaveLength(1);
    },
  ],
  [
    'reads "move it" at My booking',
    [
      booked(ada('2026-11-24T13:30:00.000Z'), 'video'),
      ['hello', [menu]],
      [
        'my appointment',
        [
          say('booking.mine.one', { when: TUE_1_30, worker: ADA, how: how('video') }),
          say('booking.mine.ask'),
        ],
      ],
      ['move it', [say('booking.move.intro'), say('booking.when.ask')]],
    ],
    async () => undefined,
  ],
  [
    'answers "my booking" from inside booking, then goes back to the question it left',
    [
      booked(ada('2026-11-24T13:30:00.000Z'), 'video'),
      ['hello', [menu]],
      ['book', [say('booking.when.ask')]],
      [
        'my booking',
        [
          say('booking.mine.one', { when: TUE_1_30, worker: ADA, how: how('video') }),
          say('booking.mine.ask'),
        ],
      ],
      ['keep it', [say('booking.mine.kept'), say('booking.when.ask')]],
    ],
    async (world) => {
      expect(await world.ledger.bookingsOf(TEST_PATIENT)).toHaveLength(1);
    },
  ],
  [
    'asks which booking to cancel when there are two, and keeps it when the patient changes their mind',
    [
      booked(ada('2026-11-24T13:30:00.000Z'), 'phone'),
      booked(ada('2026-11-26T09:00:00.000Z')),
      ['hello', [menu]],
      [
        'my bookings',
        [
          [
            say('booking.mine.several'),
            '',
            say('booking.mine.line', { number: 1, when: TUE_1_30, worker: ADA, how: how('phone') }),
            say('booking.mine.line', {
              number: 2,
              when: 'Thursday 26 November at 9am',
              worker: ADA,
              how: how('inPerson'),
            }),
          ].join('\n'),
          say('booking.mine.ask'),
        ],
      ],
      ['Cancel my booking', [expect.stringContaining(say('booking.pick.cancel'))]],
      ['2', [say('booking.cancelBooking.check', { when: 'Thursday 26 November at 9am', worker: ADA })]],
      ['No, keep it', [say('booking.cancelBooking.kept'), menu]],
    ],
    async (world) => {
      expect(await world.ledger.bookingsOf(TEST_PATIENT)).toHaveLength(2);
    },
  ],
  [
    'says so when there is no booking to show, move or cancel',
    [
      ['hello', [menu]],
      ['my booking', [say('booking.mine.none'), menu]],
      ['cancel my booking', [say('booking.mine.none'), menu]],
    ],
    async () => {},
  ],
  [
    'keeps the booking when the patient does not go ahead with a move, and lets the new slot go',
    [
      booked(ada('2026-11-24T13:30:00.000Z')),
      ['hello', [menu]],
      ['change my booking', [say('booking.move.intro'), say('booking.when.ask')]],
      [
        'Wednesday',
        [
          say('booking.offer.intro'),
          offerList(
            ['Wednesday 18 November at 9am', ADA],
            ['Wednesday 18 November at 11:30am', ADA],
            ['Wednesday 18 November at 1pm', 'Tom Hadley'],
          ),
        ],
      ],
      [
        '1',
        [
          say('booking.move.check', {
            from: TUE_1_30,
            to: 'Wednesday 18 November at 9am',
            worker: ADA,
            how: how('inPerson'),
          }),
        ],
      ],
      ['No, keep my booking', [say('booking.move.kept'), menu]],
    ],
    async (world) => {
      const [booking] = await world.ledger.bookingsOf(TEST_PATIENT);
      expect(booking.slotId).toBe(ada('2026-11-24T13:30:00.000Z'));
      expect(
        (await world.service.hold({ slotId: ada('2026-11-18T09:00:00.000Z'), owner: 'someone-else' })).ok,
      ).toBe(true);
    },
  ],
  [
    'shows the same slots again after "help"',
    [
      ['hello', [menu]],
      ['book', [say('booking.when.ask')]],
      ['Wednesday', [say('booking.offer.intro'), WEDNESDAY]],
      ['help', [say('help.intro'), say('help.what'), say('help.commands'), say('help.emergency'), WEDNESDAY]],
      ['2', [say('booking.mode.ask', { worker: ADA })]],
    ],
    async () => {},
  ],
  [
    'lets a held slot go at once when the patient cancels part-way',
    [
      ['hello', [menu]],
      ['book', [say('booking.when.ask')]],
      [
        'Wednesday',
        [
          say('booking.offer.intro'),
          offerList(
            ['Wednesday 18 November at 9am', ADA],
            ['Wednesday 18 November at 11:30am', ADA],
            ['Wednesday 18 November at 1pm', 'Tom Hadley'],
          ),
        ],
      ],
      ['1', [say('booking.mode.ask', { worker: ADA })]],
      ['cancel', [say('cancel.done'), menu]],
    ],
    async (world) => {
      expect(
        (await world.service.hold({ slotId: ada('2026-11-18T09:00:00.000Z'), owner: 'someone-else' })).ok,
      ).toBe(true);
      expect(await world.ledger.bookingsOf(TEST_PATIENT)).toEqual([]);
    },
  ],
];

describe('booking from the main menu: book, my booking, move, cancel', () => {
  it('can be begun by its id from another dialog on the menu, as the patient journey does at its end', async () => {
    class JourneyEnd extends ComponentDialog {
      constructor() {
        super('test.journeyEnd');
        this.addDialog(
          new WaterfallDialog('test.journeyEnd.flow', [async (step) => step.replaceDialog(BOOK_DIALOG_ID)]),
        );
        this.initialDialogId = 'test.journeyEnd.flow';
      }
    }
    const world = bookingWorld();
    const deps = { translator, booking: world.service, clock: world.clock, practice: PRACTICE };
    const journey: MenuCapability = { id: 'journey', labelKey: 'help.intro', dialog: new JourneyEnd() };
    const client = new DialogTestClient(
      'test',
      new MainDialog({
        translator,
        practice: PRACTICE,
        capabilities: [journey, ...bookingCapabilities(deps)],
      }),
    );
    expect(texts(await exchange(client, 'hello'))).toEqual([menu]);
    expect(texts(await exchange(client, '1'))).toEqual([say('booking.when.ask')]);
    expect(texts(await exchange(client, 'Wednesday'))).toEqual([say('booking.offer.intro'), WEDNESDAY]);
  });

  it.each(conversations)('%s', async (_name, turns, check) => {
    const world = bookingWorld();
    const client = bookingClient(world, 'menu');
    const all: Reply[][] = [];
    for (const turn of turns) {
      if (typeof turn === 'function') {
        await turn(world);
        continue;
      }
      const [send, expected] = turn;
      const replies = await exchange(client, send);
      all.push(replies);
      expect({ send, replies: texts(replies) }).toEqual({ send, replies: expected });
    }
    await check(world, all);
  });
});
