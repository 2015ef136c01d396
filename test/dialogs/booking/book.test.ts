import type { BookDialogOptions } from '../../../dialogs/booking/bookDialog';
import type { Booking, SlotLedger } from '../../../src/services/ports';
import { MemorySlotLedger } from '../../../src/storage/memorySlotLedger';
import { bookingWorld, MINUTE, TEST_LINK_WORKERS, testBookingConfig } from '../../support/booking';
import {
  bookingClient,
  calendarOf,
  exchange,
  offerList,
  pickSlot,
  PRACTICE,
  type Reply,
  TEST_PATIENT,
  texts,
} from '../../support/bookingDialogs';
import { say } from '../../support/dialogs';
import { eventOf, unescapeText, eventInstant } from '../../support/ics';

// Every conversation happens on Monday 16 November 2026 at 09:00 in London (see bookingWorld). Ada
// Lovell sees people on weekday mornings at 9am, 10:15am and 11:30am, and on Tuesday afternoons at
// 1:30pm, 2:45pm and 4pm, with a day's notice.

type World = ReturnType<typeof bookingWorld>;
type Message = string | { value: unknown };
type Turn = [send: Message, expected: string[]] | ((world: World) => Promise<void>);

const ADA = 'Ada Lovell';
const ada = (iso: string) => `ada-lovell:${iso}`;
const how = (mode: Booking['mode'], site = 'Riverside Surgery') => say(`booking.how.${mode}`, { site });
const TUE_1_30 = 'Tuesday 24 November at 1:30pm';
const TUE_2_45 = 'Tuesday 24 November at 2:45pm';
const TUE_4 = 'Tuesday 24 November at 4pm';
const TUESDAY_AFTERNOON = offerList([TUE_1_30, ADA], [TUE_2_45, ADA], [TUE_4, ADA]);
const SOMEONE_ELSE = 'someone-else';
/** The test practice, with Ada Lovell meeting only in person (Tom Hadley meets by phone). */
const adaMeetsOnlyInPerson = () =>
  bookingWorld({
    config: testBookingConfig({
      ...TEST_LINK_WORKERS,
      linkWorkers: TEST_LINK_WORKERS.linkWorkers.map((worker) =>
        worker.id === 'ada-lovell' ? { ...worker, modes: ['inPerson'] } : worker,
      ),
    }),
  });

/** Ada Lovell's Tuesday afternoons by phone or video only; her mornings in person too. */
const adaAfternoonsByPhoneOrVideo = () =>
  bookingWorld({
    config: testBookingConfig({
      ...TEST_LINK_WORKERS,
      linkWorkers: TEST_LINK_WORKERS.linkWorkers.map((worker) =>
        worker.id === 'ada-lovell'
          ? {
              ...worker,
              week: {
                ...worker.week,
                tuesday: ['09:00-12:30', { start: '13:30', end: '17:00', modes: ['phone', 'video'] }],
              },
            }
          : worker,
      ),
    }),
  });

const start: Turn[] = [
  ['hello', [say('booking.when.ask')]],
  ['next Tuesday afternoon', [say('booking.offer.intro'), TUESDAY_AFTERNOON]],
];
const summary = (when: string, mode: Booking['mode']) => [
  say('booking.check.summary', { when, worker: ADA, how: how(mode) }),
  say('booking.check.ask'),
];
const booked = (when: string, mode: Booking['mode']) => [
  say('booking.done.confirmed', { when, worker: ADA, how: how(mode) }),
  say('booking.done.calendar'),
  say('booking.done.change'),
];

/** Someone else books a slot in the same ledger, from another conversation. */
const someoneElseBooks = (slotId: string) => async (world: World) => {
  const held = await world.service.hold({ slotId, owner: SOMEONE_ELSE });
  if (!held.ok) throw new Error(held.reason);
  const confirmed = await world.service.confirm({
    slotId,
    holdToken: held.hold.holdToken,
    owner: SOMEONE_ELSE,
    mode: 'phone',
  });
  if (!confirmed.ok) throw new Error(confirmed.reason);
};

// The world factory is always given: jest would take a missing last argument for a done callback.
/** A patient who agreed to the notice books by phone, answering the name question with `typed`. */
function nameKept(name: string, typed: string, stored: string): [string, Turn[], () => World] {
  return [
    name,
    [
      async (world) => {
        await world.referrals.agree(TEST_PATIENT);
      },
      ...start,
      ['2', [say('booking.mode.ask', { worker: ADA })]],
      ['By phone', [say('booking.contact.ask.phone', { worker: ADA })]],
      ['yes', [say('booking.contact.name', { worker: ADA })]],
      [typed, [say('booking.contact.reach.phone', { worker: ADA })]],
      [
        '07700 900123',
        [say('booking.phone.thanks', { worker: ADA, phone: '07700 900123' }), ...summary(TUE_2_45, 'phone')],
      ],
      ['Yes, book it', booked(TUE_2_45, 'phone')],
      async (world) => {
        expect((await world.service.contactOf(TEST_PATIENT)).name).toBe(stored);
      },
    ],
    bookingWorld,
  ];
}

const conversations: [name: string, turns: Turn[], world: () => World][] = [
  [
    'books a slot in person, from "next Tuesday afternoon" to the calendar file',
    [
      ...start,
      ['1', [say('booking.mode.ask', { worker: ADA })]],
      ['In person', [say('booking.contact.ask.inPerson', { worker: ADA })]],
      ['No', summary(TUE_1_30, 'inPerson')],
      ['Yes, book it', booked(TUE_1_30, 'inPerson')],
    ],
    bookingWorld,
  ],
  [
    'books by phone with the name and number the patient agrees to give, after a mistyped one',
    [
      ...start,
      ['2', [say('booking.mode.ask', { worker: ADA })]],
      ['By phone', [say('booking.contact.ask.phone', { worker: ADA })]],
      ['yes', [say('booking.contact.name', { worker: ADA })]],
      // Saying yes again is not a name to pass on to the link worker.
      ['yes book it', [say('booking.contact.nameRetry')]],
      ['Sam', [say('booking.contact.reach.phone', { worker: ADA })]],
      ['0770 090 012', [say('booking.phone.problem.wrongLength'), say('booking.phone.retry')]],
      ['0800 123 4567', [say('booking.phone.problem.notMobileOrLandline'), say('booking.phone.retry')]],
      // A number in a sentence is read for its digits, and a wrong one is named as wrong, not as words.
      ['my mob is 0770 090 012', [say('booking.phone.problem.wrongLength'), say('booking.phone.retry')]],
      [
        '+44 (0)7700 900123 is my mob',
        [say('booking.phone.thanks', { worker: ADA, phone: '07700 900123' }), ...summary(TUE_2_45, 'phone')],
      ],
      ['Yes, book it', booked(TUE_2_45, 'phone')],
    ],
    bookingWorld,
  ],
  [
    'uses a way of meeting said with the time, and asks how else to meet when no number is given',
    [
      ['hello', [say('booking.when.ask')]],
      ['next Tuesday afternoon, by phone please', [say('booking.offer.intro'), TUESDAY_AFTERNOON]],
      ['the 2nd', [say('booking.contact.ask.phone', { worker: ADA })]],
      [
        'no thanks',
        [say('booking.contact.needed.phone', { worker: ADA }), say('booking.mode.ask', { worker: ADA })],
      ],
    ],
    bookingWorld,
  ],
  [
    'keeps a phone number given with the yes: "yes its 07700 900 123", and asks only the name',
    [
      ...start,
      ['2', [say('booking.mode.ask', { worker: ADA })]],
      ['By phone', [say('booking.contact.ask.phone', { worker: ADA })]],
      ['yes its 07700 900 123', [say('booking.contact.name', { worker: ADA })]],
      [
        'Sam',
        [say('booking.phone.thanks', { worker: ADA, phone: '07700 900123' }), ...summary(TUE_2_45, 'phone')],
      ],
      ['Yes, book it', booked(TUE_2_45, 'phone')],
    ],
    bookingWorld,
  ],
  [
    'keeps a phone number typed with the name ("Ann Lee 07700 900456") and asks for no number',
    [
      ...start,
      ['2', [say('booking.mode.ask', { worker: ADA })]],
      ['By phone', [say('booking.contact.ask.phone', { worker: ADA })]],
      ['yes', [say('booking.contact.name', { worker: ADA })]],
      [
        'Ann Lee 07700 900456',
        [say('booking.phone.thanks', { worker: ADA, phone: '07700 900456' }), ...summary(TUE_2_45, 'phone')],
      ],
      ['Yes, book it', booked(TUE_2_45, 'phone')],
    ],
    bookingWorld,
  ],
  [
    'takes a name typed instead of yes ("its Margaret Hill") as agreement and the name, and asks only the number',
    [
      ...start,
      ['2', [say('booking.mode.ask', { worker: ADA })]],
      ['By phone', [say('booking.contact.ask.phone', { worker: ADA })]],
      ['its Margaret Hill', [say('booking.contact.reach.phone', { worker: ADA })]],
      [
        '07700 900123',
        [say('booking.phone.thanks', { worker: ADA, phone: '07700 900123' }), ...summary(TUE_2_45, 'phone')],
      ],
      ['Yes, book it', booked(TUE_2_45, 'phone')],
    ],
    bookingWorld,
  ],
  [
    'looks for times in person when the time chosen is only by phone or video and they say "in person"',
    [
      ...start,
      ['1', [say('booking.mode.ask', { worker: ADA })]],
      [
        'id rather come in in person tbh',
        [
          say('booking.mode.notOffered.inPerson', { worker: ADA }),
          // Nearest in person, not the afternoon's phone and video times again.
          say('booking.noMatch.noneAtThatTime'),
          say('booking.offer.nearest'),
          offerList(
            ['Tuesday 24 November at 9am', ADA],
            ['Tuesday 24 November at 10:15am', ADA],
            ['Tuesday 24 November at 11:30am', ADA],
          ),
        ],
      ],
      ['the 11:30', [say('booking.contact.ask.inPerson', { worker: ADA })]],
      ['No', summary('Tuesday 24 November at 11:30am', 'inPerson')],
      ['Yes, book it', booked('Tuesday 24 November at 11:30am', 'inPerson')],
      async (world) => {
        // The phone-or-video time chosen first was let go: another patient can book it.
        const held = await world.service.hold({
          slotId: ada('2026-11-24T13:30:00.000Z'),
          owner: SOMEONE_ELSE,
        });
        expect(held.ok).toBe(true);
      },
    ],
    adaAfternoonsByPhoneOrVideo,
  ],
  nameKept(
    'keeps the name without the words before it ("its Maggie Doyle") for the link worker',
    'its Maggie Doyle',
    'Maggie Doyle',
  ),
  nameKept(
    'keeps a name given plainly as it was typed ("mary-jane o\'neil")',
    "mary-jane o'neil",
    "mary-jane o'neil",
  ),
  [
    'takes a name and a number given together with the yes, and asks neither again',
    [
      ...start,
      ['2', [say('booking.mode.ask', { worker: ADA })]],
      ['By phone', [say('booking.contact.ask.phone', { worker: ADA })]],
      [
        'yes, Margaret Hill, 07700 900123',
        [say('booking.phone.thanks', { worker: ADA, phone: '07700 900123' }), ...summary(TUE_2_45, 'phone')],
      ],
    ],
    bookingWorld,
  ],
  [
    'takes a name typed at the question for meeting in person, and asks nothing more',
    [
      ...start,
      ['1', [say('booking.mode.ask', { worker: ADA })]],
      ['In person', [say('booking.contact.ask.inPerson', { worker: ADA })]],
      ['Margaret Hill', summary(TUE_1_30, 'inPerson')],
    ],
    bookingWorld,
  ],
  [
    'takes a phone number typed instead of yes, and picks a time by the words of its line',
    [
      ...start,
      ['the 2:45 one', [say('booking.mode.ask', { worker: ADA })]],
      ['a phone call is best', [say('booking.contact.ask.phone', { worker: ADA })]],
      ['07700900123', [say('booking.contact.name', { worker: ADA })]],
      [
        'skip',
        [say('booking.phone.thanks', { worker: ADA, phone: '07700 900123' }), ...summary(TUE_2_45, 'phone')],
      ],
    ],
    bookingWorld,
  ],
  [
    'offers another way to meet when the patient would rather not give a number for a phone meeting',
    [
      ...start,
      ['3', [say('booking.mode.ask', { worker: ADA })]],
      ['phone', [say('booking.contact.ask.phone', { worker: ADA })]],
      [
        'No',
        [say('booking.contact.needed.phone', { worker: ADA }), say('booking.mode.ask', { worker: ADA })],
      ],
      ['In person', [say('booking.contact.ask.inPerson', { worker: ADA })]],
      ['no', summary(TUE_4, 'inPerson')],
      ['yes', booked(TUE_4, 'inPerson')],
    ],
    bookingWorld,
  ],
  [
    'lets the patient skip the number, and then asks how else to meet',
    [
      ...start,
      ['1', [say('booking.mode.ask', { worker: ADA })]],
      ['By phone', [say('booking.contact.ask.phone', { worker: ADA })]],
      ['Yes', [say('booking.contact.name', { worker: ADA })]],
      ['skip', [say('booking.contact.reach.phone', { worker: ADA })]],
      [
        'skip',
        [say('booking.contact.needed.phone', { worker: ADA }), say('booking.mode.ask', { worker: ADA })],
      ],
    ],
    bookingWorld,
  ],
  [
    'books a video call, picked with a card button, with an email address for the link',
    [
      ...start,
      [pickSlot(ada('2026-11-24T14:45:00.000Z')), [say('booking.mode.ask', { worker: ADA })]],
      ['video call', [say('booking.contact.ask.video', { worker: ADA })]],
      ['yes', [say('booking.contact.name', { worker: ADA })]],
      ['Sam', [say('booking.contact.reach.video', { worker: ADA })]],
      ['not an address', [say('booking.contact.linkRetry')]],
      [
        'my email is Sam@Example.org thanks',
        [
          say('booking.contact.thanksEmail', { worker: ADA, email: 'sam@example.org' }),
          ...summary(TUE_2_45, 'video'),
        ],
      ],
      ['yes please', booked(TUE_2_45, 'video')],
    ],
    bookingWorld,
  ],
  [
    'understands "tomorrow after 2"',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'tomorrow after 2',
        [
          say('booking.offer.intro'),
          offerList(['Tuesday 17 November at 2:45pm', ADA], ['Tuesday 17 November at 4pm', ADA]),
        ],
      ],
    ],
    bookingWorld,
  ],
  [
    'understands "any morning next week"',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'any morning next week',
        [
          say('booking.offer.intro'),
          offerList(
            ['Monday 23 November at 9am', ADA],
            ['Tuesday 24 November at 9am', ADA],
            ['Wednesday 25 November at 9am', ADA],
          ),
        ],
      ],
    ],
    bookingWorld,
  ],
  [
    'understands "as soon as possible"',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'as soon as possible',
        [
          say('booking.offer.intro'),
          offerList(
            ['Tuesday 17 November at 9am', ADA],
            ['Wednesday 18 November at 1pm', 'Tom Hadley'],
            ['Thursday 19 November at 9am', ADA],
          ),
        ],
      ],
    ],
    bookingWorld,
  ],
  [
    'understands "not Tuesdays"',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'not Tuesdays',
        [
          say('booking.offer.intro'),
          offerList(
            ['Wednesday 18 November at 9am', ADA],
            ['Thursday 19 November at 9am', ADA],
            ['Friday 20 November at 9am', ADA],
          ),
        ],
      ],
    ],
    bookingWorld,
  ],
  [
    'says clearly when a date is too far ahead ("3/12"), and what is nearest',
    [
      ['hello', [say('booking.when.ask')]],
      [
        '3/12',
        [
          say('booking.noMatch.beyondHorizon'),
          say('booking.offer.nearest'),
          offerList(
            ['Wednesday 25 November at 2:30pm', 'Tom Hadley'],
            ['Thursday 26 November at 11:30am', ADA],
            ['Friday 27 November at 11:30am', ADA],
          ),
        ],
      ],
    ],
    bookingWorld,
  ],
  [
    'says clearly when nothing fits on the day asked for, and what is nearest',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'Saturday',
        [
          say('booking.noMatch.noneThatDay'),
          say('booking.offer.nearest'),
          offerList(
            ['Wednesday 18 November at 2:30pm', 'Tom Hadley'],
            ['Thursday 19 November at 11:30am', ADA],
            ['Friday 20 November at 11:30am', ADA],
          ),
        ],
      ],
    ],
    bookingWorld,
  ],
  [
    'tells the patient to call the practice when there is no slot at all, and ends',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'as soon as possible',
        [
          say('booking.noMatch.noSlots'),
          say('booking.callPractice.withPhone', { practice: PRACTICE.name, phone: PRACTICE.phone }),
        ],
      ],
    ],
    () =>
      bookingWorld({
        config: testBookingConfig({
          ...TEST_LINK_WORKERS,
          linkWorkers: TEST_LINK_WORKERS.linkWorkers.map((worker) => ({
            ...worker,
            leave: [{ from: '2026-11-01', to: '2026-12-31' }],
          })),
        }),
      }),
  ],
  [
    'asks again, kindly, when it cannot read the answer',
    [
      ['hello', [say('booking.when.ask')]],
      ['banana', [say('booking.when.problem.notUnderstood'), say('booking.when.ask')]],
      ['last Tuesday', [say('booking.when.problem.inThePast'), say('booking.when.ask')]],
      [
        { value: { something: 'else' } },
        [say('booking.when.problem.notUnderstood'), say('booking.when.ask')],
      ],
      ['next Tuesday afternoon', [say('booking.offer.intro'), TUESDAY_AFTERNOON]],
    ],
    bookingWorld,
  ],
  [
    'shows more slots (the nearest, once none is left that fits), then takes another day',
    [
      ...start,
      [
        'more',
        [
          say('booking.offer.noMore'),
          say('booking.offer.nearest'),
          offerList(
            ['Tuesday 24 November at 9am', ADA],
            ['Tuesday 24 November at 10:15am', ADA],
            ['Tuesday 24 November at 11:30am', ADA],
          ),
        ],
      ],
      [{ value: { card: 'slotOffer', action: 'otherDay' } }, [say('booking.when.ask')]],
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
    ],
    bookingWorld,
  ],
  [
    'takes a new day typed instead of a number',
    [
      ...start,
      [
        'what about Wednesday afternoon?',
        [
          say('booking.offer.intro'),
          offerList(
            ['Wednesday 18 November at 1pm', 'Tom Hadley'],
            ['Wednesday 18 November at 1:45pm', 'Tom Hadley'],
            ['Wednesday 18 November at 2:30pm', 'Tom Hadley'],
          ),
        ],
      ],
      // Tom meets only by phone, so there is no way of meeting to choose.
      ['the second one', [say('booking.contact.ask.phone', { worker: 'Tom Hadley' })]],
    ],
    bookingWorld,
  ],
  [
    'refuses a card submit for a slot it did not offer, and one that is not a choice',
    [
      ...start,
      [pickSlot(ada('2026-11-24T09:00:00.000Z')), [say('booking.offer.notOffered'), TUESDAY_AFTERNOON]],
      [
        { value: { card: 'slotOffer', action: 'pickSlot', slotId: 42 } },
        [say('booking.offer.retry'), TUESDAY_AFTERNOON],
      ],
      [{ value: 'pickSlot' }, [say('booking.offer.retry'), TUESDAY_AFTERNOON]],
      ['7', [say('booking.offer.notOffered'), TUESDAY_AFTERNOON]],
      ['purple', [say('booking.offer.retry'), TUESDAY_AFTERNOON]],
      [pickSlot(ada('2026-11-24T13:30:00.000Z')), [say('booking.mode.ask', { worker: ADA })]],
    ],
    bookingWorld,
  ],
  [
    'offers the next best slots when the chosen one went just before it was picked',
    [
      ...start,
      someoneElseBooks(ada('2026-11-24T13:30:00.000Z')),
      [
        '1',
        [say('booking.lead.taken'), say('booking.offer.nextBest'), offerList([TUE_2_45, ADA], [TUE_4, ADA])],
      ],
    ],
    bookingWorld,
  ],
  [
    'says kindly that the slot was taken while the patient was deciding, with the next best slots',
    [
      ...start,
      ['1', [say('booking.mode.ask', { worker: ADA })]],
      ['In person', [say('booking.contact.ask.inPerson', { worker: ADA })]],
      ['No', summary(TUE_1_30, 'inPerson')],
      async (world) => {
        // The hold runs out while the patient reads the summary, and someone else books the slot.
        world.clock.advance(11 * MINUTE);
        await someoneElseBooks(ada('2026-11-24T13:30:00.000Z'))(world);
      },
      [
        'Yes, book it',
        [say('booking.lead.taken'), say('booking.offer.nextBest'), offerList([TUE_2_45, ADA], [TUE_4, ADA])],
      ],
      ['1', [say('booking.mode.ask', { worker: ADA })]],
    ],
    bookingWorld,
  ],
  [
    'still books a slot whose hold ran out if nobody else took it',
    [
      ...start,
      ['1', [say('booking.mode.ask', { worker: ADA })]],
      ['In person', [say('booking.contact.ask.inPerson', { worker: ADA })]],
      ['No', summary(TUE_1_30, 'inPerson')],
      async (world) => world.clock.advance(11 * MINUTE),
      ['Yes, book it', booked(TUE_1_30, 'inPerson')],
    ],
    bookingWorld,
  ],
  [
    'lets the patient choose another time at the summary, and lets the held slot go',
    [
      ...start,
      ['1', [say('booking.mode.ask', { worker: ADA })]],
      ['In person', [say('booking.contact.ask.inPerson', { worker: ADA })]],
      ['No', summary(TUE_1_30, 'inPerson')],
      ['No, choose another time', [say('booking.when.ask')]],
      async (world) => {
        const held = await world.service.hold({
          slotId: ada('2026-11-24T13:30:00.000Z'),
          owner: SOMEONE_ELSE,
        });
        expect(held.ok).toBe(true);
      },
    ],
    bookingWorld,
  ],
  [
    'offers no time before 10 to "not before 10"',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'not before 10',
        [
          say('booking.offer.intro'),
          offerList(
            ['Tuesday 17 November at 10:15am', ADA],
            ['Wednesday 18 November at 1pm', 'Tom Hadley'],
            ['Thursday 19 November at 10:15am', ADA],
          ),
        ],
      ],
    ],
    bookingWorld,
  ],
  [
    'reads "this Thursday" on a Monday as this week\'s Thursday, not one that has gone',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'this Thursday',
        [
          say('booking.offer.intro'),
          offerList(
            ['Thursday 19 November at 9am', ADA],
            ['Thursday 19 November at 10:15am', ADA],
            ['Thursday 19 November at 11:30am', ADA],
          ),
        ],
      ],
    ],
    bookingWorld,
  ],
  [
    'offers only link workers who meet by phone to "asap by phone please"',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'asap by phone please',
        [
          say('booking.offer.intro'),
          offerList(
            ['Wednesday 18 November at 1pm', 'Tom Hadley'],
            ['Wednesday 18 November at 2:30pm', 'Tom Hadley'],
            ['Wednesday 25 November at 1pm', 'Tom Hadley'],
          ),
        ],
      ],
      ['1', [say('booking.contact.ask.phone', { worker: 'Tom Hadley' })]],
    ],
    adaMeetsOnlyInPerson,
  ],
  [
    'keeps a way of meeting said with a new time at the list of times ("asap by phone please")',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'next Tuesday afternoon',
        [
          say('booking.offer.intro'),
          offerList(
            ['Tuesday 24 November at 1:30pm', ADA],
            ['Tuesday 24 November at 2:45pm', ADA],
            ['Tuesday 24 November at 4pm', ADA],
          ),
        ],
      ],
      [
        'asap by phone please',
        [
          say('booking.offer.intro'),
          offerList(
            ['Wednesday 18 November at 1pm', 'Tom Hadley'],
            ['Wednesday 18 November at 2:30pm', 'Tom Hadley'],
            ['Wednesday 25 November at 1pm', 'Tom Hadley'],
          ),
        ],
      ],
      ['1', [say('booking.contact.ask.phone', { worker: 'Tom Hadley' })]],
    ],
    adaMeetsOnlyInPerson,
  ],
  [
    'keeps a way of meeting said first when another day is asked for ("by video", then "another day")',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'tomorrow afternoon by video',
        [
          say('booking.offer.intro'),
          offerList(
            ['Tuesday 17 November at 1:30pm', ADA],
            ['Tuesday 17 November at 2:45pm', ADA],
            ['Tuesday 17 November at 4pm', ADA],
          ),
        ],
      ],
      ['another day', [say('booking.when.ask')]],
      [
        'next Tuesday afternoon',
        [
          say('booking.offer.intro'),
          offerList(
            ['Tuesday 24 November at 1:30pm', ADA],
            ['Tuesday 24 November at 2:45pm', ADA],
            ['Tuesday 24 November at 4pm', ADA],
          ),
        ],
      ],
      ['1', [say('booking.contact.ask.video', { worker: ADA })]],
    ],
    bookingWorld,
  ],
  [
    'does not ask again how to meet when the patient already said ("tomorrow afternoon by video")',
    [
      ['hello', [say('booking.when.ask')]],
      [
        'tomorrow afternoon by video',
        [
          say('booking.offer.intro'),
          offerList(
            ['Tuesday 17 November at 1:30pm', ADA],
            ['Tuesday 17 November at 2:45pm', ADA],
            ['Tuesday 17 November at 4pm', ADA],
          ),
        ],
      ],
      // Not asked how to meet again; only, with consent, where to send the video link.
      ['1', [say('booking.contact.ask.video', { worker: ADA })]],
      ['yes', [say('booking.contact.name', { worker: ADA })]],
      ['Sam', [say('booking.contact.reach.video', { worker: ADA })]],
      [
        '07700 900123',
        [
          say('booking.contact.thanksText', { worker: ADA, phone: '07700 900123' }),
          ...summary('Tuesday 17 November at 1:30pm', 'video'),
        ],
      ],
    ],
    bookingWorld,
  ],
  [
    'says a date already gone this year is past ("3/12" on 10 December), and asks again',
    [
      ['hello', [say('booking.when.ask')]],
      ['3/12', [say('booking.when.problem.inThePast'), say('booking.when.ask')]],
    ],
    () => bookingWorld({ now: '2026-12-10T09:00:00.000Z' }),
  ],
  [
    'uses when the patient said they are usually free, instead of asking again',
    [
      async (world) => {
        await world.referrals.agree(TEST_PATIENT);
        await world.referrals.setPreferences(TEST_PATIENT, {
          availability: { windows: [{ weekday: 'thu', partOfDay: 'morning', start: '10:00' }] },
        });
      },
      [
        'hello',
        [
          say('booking.when.usual'),
          say('booking.offer.intro'),
          offerList(
            ['Thursday 19 November at 10:15am', ADA],
            ['Thursday 19 November at 11:30am', ADA],
            ['Thursday 26 November at 10:15am', ADA],
          ),
        ],
      ],
      [{ value: { card: 'slotOffer', action: 'otherDay' } }, [say('booking.when.ask')]],
    ],
    bookingWorld,
  ],
];

/** A new conversation with the book dialog, and the replies to this answer to "When would suit you?". */
async function answerToWhen(world: World, answer: string): Promise<string[]> {
  const client = bookingClient(world);
  await exchange(client, 'hello');
  return texts(await exchange(client, answer));
}

async function run(
  turns: Turn[],
  world: World,
  channelId = 'test',
  options?: BookDialogOptions,
): Promise<Reply[][]> {
  const client = bookingClient(world, 'book', channelId, options);
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
  return all;
}

describe('BookDialog', () => {
  it('offers only the link worker asked for ("wednesday with tom"), and says when they are not free then', async () => {
    const world = bookingWorld();
    const offered = await answerToWhen(world, 'wednesday with tom');
    expect(offered[0]).toBe(say('booking.offer.intro'));
    const lines = (offered[1] ?? '').split('\n').filter((line) => /^\d\. /.test(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\d\. Wednesday .* with Tom Hadley$/);

    const nearest = await answerToWhen(world, 'tuesday afternoon with tom please');
    expect(nearest.slice(0, 2)).toEqual([
      say('booking.worker.notThen', { worker: 'Tom Hadley' }),
      say('booking.offer.nearest'),
    ]);
    expect(nearest[2]).toContain('with Tom Hadley');
    expect(nearest[2]).not.toContain('Ada Lovell');
  });

  it('keeps a link worker named in the words that began the booking ("book with Tom please")', async () => {
    const onlyTom = (offered: string[]) => {
      const lines = offered
        .join('\n')
        .split('\n')
        .filter((line) => /^\d\. /.test(line));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/ with Tom Hadley$/);
    };
    // When the time is asked for: the answer names no one, so Tom stands.
    const asked = bookingWorld();
    const client = bookingClient(asked, 'book', 'test', { said: 'can I book with Tom please' });
    expect(texts(await exchange(client, 'hello'))).toEqual([say('booking.when.ask')]);
    onlyTom(texts(await exchange(client, 'next week')));
    // When the usual times answer it, and the time is not asked at all.
    const usual = bookingWorld();
    await usual.referrals.agree(TEST_PATIENT);
    await usual.referrals.setPreferences(TEST_PATIENT, {
      availability: { windows: [{ weekday: 'wed', partOfDay: 'afternoon' }] },
    });
    const offered = texts(
      await exchange(bookingClient(usual, 'book', 'test', { said: 'book with Tom please' }), 'hi'),
    );
    expect(offered.slice(0, 2)).toEqual([say('booking.when.usual'), say('booking.offer.intro')]);
    onlyTom(offered);
  });

  it('takes "can I see Ada" as an answer: her earliest times', async () => {
    const world = bookingWorld();
    const offered = await answerToWhen(world, 'can I see Ada');
    expect(offered[0]).toBe(say('booking.offer.intro'));
    expect(offered[1]).toContain('with Ada Lovell');
    expect(offered[1]).not.toContain('Tom Hadley');
  });

  it('takes a link worker asked for at the list of times ("with Tom please") as a new search for their times', async () => {
    const world = bookingWorld();
    const client = bookingClient(world);
    await exchange(client, 'hello');
    const first = texts(await exchange(client, 'can I see Ada'));
    expect(first[1]).toContain('with Ada Lovell');
    const tom = texts(await exchange(client, 'with Tom please'));
    expect(tom[0]).toBe(say('booking.offer.intro'));
    expect(tom[1]).toContain('with Tom Hadley');
    expect(tom[1]).not.toContain('Ada Lovell');
  });

  it('answers a question about how the times are held, and keeps a way of meeting said with the pick', async () => {
    const world = bookingWorld();
    await world.referrals.agree(TEST_PATIENT);
    await run(
      [
        ['hello', [say('booking.offer.intro'), TUESDAY_AFTERNOON]],
        ['is the first one by phone', [say('booking.offer.modeAfterTime'), TUESDAY_AFTERNOON]],
        ['2 by phone please', [say('booking.contact.ask.phone', { worker: ADA })]],
      ],
      world,
      'test',
      { said: 'next Tuesday afternoon' },
    );
  });

  it('uses the number given with the words that began the booking, once the patient agrees to pass it on', async () => {
    const world = bookingWorld();
    await world.referrals.agree(TEST_PATIENT);
    await run(
      [
        ['hello', [say('booking.offer.intro'), TUESDAY_AFTERNOON]],
        ['2', [say('booking.mode.ask', { worker: ADA })]],
        ['By phone', [say('booking.contact.ask.phone', { worker: ADA })]],
        ['yes', [say('booking.contact.name', { worker: ADA })]],
        [
          'Dave',
          [
            say('booking.phone.thanks', { worker: ADA, phone: '07700 900456' }),
            ...summary(TUE_2_45, 'phone'),
          ],
        ],
        ['Yes, book it', booked(TUE_2_45, 'phone')],
        async (w) => {
          expect((await w.service.contactOf(TEST_PATIENT)).phone).toBe('+447700900456');
        },
      ],
      world,
      'test',
      { said: "can I see someone next Tuesday afternoon please, I'm on 07700 900456" },
    );
  });

  it('asks for a number when the patient will not pass on the one they gave before', async () => {
    const world = bookingWorld();
    await run(
      [
        ['hello', [say('booking.offer.intro'), TUESDAY_AFTERNOON]],
        ['2', [say('booking.mode.ask', { worker: ADA })]],
        ['By phone', [say('booking.contact.ask.phone', { worker: ADA })]],
        ['no', [say('booking.contact.needed.phone', { worker: ADA }), expect.anything()]],
      ],
      world,
      'test',
      { said: "next Tuesday afternoon, I'm on 07700 900456" },
    );
  });

  it('says a named bank holiday is one, and offers the nearest days', async () => {
    // Thursday 17 December 2026: Boxing Day is a Saturday, and Monday 28 December is the bank holiday.
    const world = bookingWorld({ now: '2026-12-17T09:00:00.000Z' });
    const replies = await answerToWhen(world, 'Boxing Day');
    expect(replies.slice(0, 2)).toEqual([
      say('booking.when.holiday', { day: 'Monday 28 December' }),
      say('booking.offer.nearest'),
    ]);
    expect(replies[2]).toContain('December');
    expect(replies[2]).not.toMatch(/2[5-8] December/);
  });

  it('says a named bank holiday beyond the booking horizon is both', async () => {
    const client = bookingClient(bookingWorld());
    await exchange(client, 'hello');
    const replies = texts(await exchange(client, 'Boxing Day'));
    expect(replies.slice(0, 3)).toEqual([
      say('booking.when.holiday', { day: 'Monday 28 December' }),
      say('booking.noMatch.beyondHorizon'),
      say('booking.offer.nearest'),
    ]);
  });

  it.each(conversations)('%s', async (_name, turns, makeWorld) => {
    await run(turns, makeWorld());
  });

  it('offers slots once per channel: a card where cards render, with each button naming its time', async () => {
    const world = bookingWorld();
    const [, offered] = await run(
      start
        .slice(0, 1)
        .concat([
          ['next Tuesday afternoon', [say('booking.offer.intro'), say('booking.offer.howToChooseCard')]],
        ]),
      world,
      'webchat',
    );
    const [list] = offered.filter((reply) => reply.attachments.length > 0);
    // No numbered list beside the card: a screen reader hears each time once.
    expect(list.text).toBe(say('booking.offer.howToChooseCard'));
    expect(offered.map((reply) => reply.text).join('\n')).not.toContain(TUE_1_30);
    const card = list.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const content = card.content as {
      version: string;
      actions: { type: string; title: string; data: unknown }[];
    };
    expect(content.version).toBe('1.5');
    expect(content.actions.map((action) => action.type)).toEqual(Array(5).fill('Action.Submit'));
    expect(content.actions.map((action) => action.title)).toEqual([
      say('booking.offer.line', { number: 1, when: TUE_1_30, worker: ADA }),
      say('booking.offer.line', { number: 2, when: TUE_2_45, worker: ADA }),
      say('booking.offer.line', { number: 3, when: TUE_4, worker: ADA }),
      say('booking.offer.moreButton'),
      say('booking.offer.otherDayButton'),
    ]);
    expect(content.actions[0].data).toEqual(pickSlot(ada('2026-11-24T13:30:00.000Z')).value);
  });

  it('offers slots as a numbered list, and no card, on a channel without cards', async () => {
    const [, offered] = await run(start, bookingWorld());
    expect(offered.every((reply) => reply.attachments.length === 0)).toBe(true);
  });

  it('sends the booking as a calendar file at the right time, with no reason for the visit', async () => {
    const world = bookingWorld();
    await world.referrals.agree(TEST_PATIENT);
    await world.referrals.recordWhatMatters(TEST_PATIENT, 'I feel lonely since my wife died', ['loneliness']);
    const replies = await run(conversations[1][1], world);
    const calendar = replies.at(-1)?.find((reply) => reply.attachments.length > 0)?.attachments[0];
    expect(calendar?.contentType).toBe('text/calendar');
    expect(calendar?.name).toBe(say('booking.calendar.fileName'));
    const ics = calendarOf(calendar);
    const event = eventOf(ics);
    expect(eventInstant(event, 'DTSTART')).toBe(Date.parse('2026-11-24T14:45:00.000Z'));
    expect(unescapeText(event.get('SUMMARY')?.value ?? '')).toBe(
      say('booking.calendar.title', { worker: ADA }),
    );
    expect(unescapeText(event.get('DESCRIPTION')?.value ?? '')).toBe(
      `${say('booking.calendar.phoneNumber', { worker: ADA, phone: '07700 900123' })}\n${say('booking.calendar.change')}`,
    );
    expect(ics).not.toMatch(/lonel|wife/i);

    const bookings = await world.ledger.bookingsOf(TEST_PATIENT);
    expect(bookings).toHaveLength(1);
    expect(bookings[0]).toMatchObject({
      slotId: ada('2026-11-24T14:45:00.000Z'),
      mode: 'phone',
      owner: TEST_PATIENT,
    });
    expect((await world.referrals.get(TEST_PATIENT))?.bookingIds).toEqual([bookings[0].id]);
  });

  it('makes one booking when the confirmation reaches the ledger twice', async () => {
    // A confirm that is sent again (a double tap handled by two instances, a retried request) must
    // come back as the same one booking, and the patient is told once.
    const inner = new MemorySlotLedger();
    const twice: SlotLedger = Object.assign(Object.create(inner) as MemorySlotLedger, {
      confirm: async (input: Parameters<SlotLedger['confirm']>[0]) => {
        await inner.confirm(input);
        return inner.confirm(input);
      },
    });
    const world = bookingWorld({ ledger: twice });
    await run(
      [
        ...start,
        ['1', [say('booking.mode.ask', { worker: ADA })]],
        ['In person', [say('booking.contact.ask.inPerson', { worker: ADA })]],
        ['No', summary(TUE_1_30, 'inPerson')],
        ['Yes, book it', booked(TUE_1_30, 'inPerson')],
      ],
      world,
    );
    expect(await inner.bookingsOf(TEST_PATIENT)).toHaveLength(1);
  });
});
