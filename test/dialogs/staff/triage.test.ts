import type { TurnContext } from 'botbuilder';
import { CrisisResponse } from '../../../dialogs/crisisResponse';
import { Speaker } from '../../../dialogs/speaker';
import { staffCapabilities } from '../../../dialogs/staff';
import { safetyRoutes } from '../../../src/domain/safety';
import { readTriageNote } from '../../../src/understanding/triageNote';
import type { CrisisKind } from '../../../src/domain/safety/types';
import { say, translator } from '../../support/dialogs';
import { offerList } from '../../support/bookingDialogs';
import { bookAs, clientAs, staffWorld, talk, textsOf, play } from '../../support/staff';

// Monday 16 November 2026, 09:00 in London. Jo Bennett is a receptionist; Ada Lovell sees people on
// Tuesday afternoons at 1:30pm, 2:45pm and 4pm (test/support/booking.ts).

type World = ReturnType<typeof staffWorld>;
const ADA = 'Ada Lovell';
const TUE_1_30 = 'Tuesday 24 November at 1:30pm';
const TUESDAY_AFTERNOON = offerList(
  [TUE_1_30, ADA],
  ['Tuesday 24 November at 2:45pm', ADA],
  ['Tuesday 24 November at 4pm', ADA],
);
const LUNCH_CLUB = '78, lives alone since her husband died, asking about the lunch club';
const menu = say('menu.prompt');

function receptionist(world: World = staffWorld()) {
  const capabilities = staffCapabilities({ translator, nation: 'england', ...world });
  return { world, client: clientAs('Jo', capabilities) };
}

/** The crisis routes as the dialog words them for a receptionist. */
function routes(kinds: CrisisKind[], immediateDanger: boolean): string[] {
  const response = new CrisisResponse(new Speaker(translator));
  const context = { activity: { locale: 'en-GB' } } as TurnContext;
  return safetyRoutes({ kinds, nation: 'england', immediateDanger }).map((route) =>
    response.routeText(context, route),
  );
}

const upToDetails: [string, string[]][] = [
  ['hello', [menu]],
  [say('staff.menu.triage'), [say('staff.triage.intro'), say('staff.triage.ask')]],
  [
    LUNCH_CLUB,
    [
      say('staff.triage.noRedFlags'),
      say('staff.needs.suggested', { needs: 'loneliness or isolation and bereavement' }),
      say('staff.needs.confirm'),
    ],
  ],
  ["Yes, that's right", [say('staff.details.intro'), say('staff.details.name')]],
  ['Margaret Smith', [say('staff.details.birth')]],
  ['03/04/1948', [say('staff.details.nhs')]],
  ['943 476 5919', [say('staff.details.phone')]],
  ['07700 900123', [say('staff.details.contact')]],
  ['Phone call', [say('staff.details.language')]],
  ['Polish', [say('staff.details.interpreter')]],
  ['Yes', [say('staff.consent.explain'), say('staff.consent.ask')]],
];

describe('receptionist triage', () => {
  it.each(['not known', 'dont have it', "they don't know it", 'no idea'])(
    'leaves the NHS number out when the receptionist says "%s"',
    async (answer) => {
      const { client } = receptionist();
      await play(client, [...upToDetails.slice(0, 6), [answer, [say('staff.details.phone')]]]);
    },
  );

  it.each([
    ['yes', [say('staff.details.intro'), say('staff.details.name')]],
    ['yep thats right', [say('staff.details.intro'), say('staff.details.name')]],
    ['no, change them', [expect.stringContaining(say('staff.needs.pick'))]],
  ])('takes "%s" typed at "Is that right?" about the needs', async (answer, expected) => {
    const { client } = receptionist();
    await play(client, [...upToDetails.slice(0, 3), [answer, expected]]);
  });

  it('still books the slot when its hold lapsed while the receptionist talked to the patient, if it is free', async () => {
    const { world, client } = receptionist();
    await play(client, [
      ...upToDetails,
      [
        'Yes, they agree',
        [say('staff.consent.agreedRecorded', { code: '871731000000106' }), say('staff.book.when')],
      ],
      ['next Tuesday afternoon', [say('staff.book.offer'), TUESDAY_AFTERNOON]],
      ['1', [say('staff.book.mode', { worker: ADA })]],
    ]);
    const vars = {
      when: TUE_1_30,
      worker: ADA,
      how: say('booking.how.inPerson', { site: 'Riverside Surgery' }),
    };
    await play(client, [['In person', [say('staff.book.check', vars)]]]);
    // The 10-minute hold runs out while the patient finds their diary.
    world.clock.advance(11 * 60_000);
    expect(textsOf(await talk(client, 'Yes, book it'))[0]).toBe(say('staff.book.done', vars));
    const [booking] = await world.ledger.bookingsOf('staff-id1');
    expect(booking?.slotId).toBe('ada-lovell:2026-11-24T13:30:00.000Z');
  });

  it('says the time has gone, and offers the next ones, when someone else took it after the hold lapsed', async () => {
    const { world, client } = receptionist();
    await play(client, [
      ...upToDetails,
      [
        'Yes, they agree',
        [say('staff.consent.agreedRecorded', { code: '871731000000106' }), say('staff.book.when')],
      ],
      ['next Tuesday afternoon', [say('staff.book.offer'), TUESDAY_AFTERNOON]],
      ['1', [say('staff.book.mode', { worker: ADA })]],
      [
        'In person',
        [
          say('staff.book.check', {
            when: TUE_1_30,
            worker: ADA,
            how: say('booking.how.inPerson', { site: 'Riverside Surgery' }),
          }),
        ],
      ],
    ]);
    world.clock.advance(11 * 60_000);
    await bookAs(world, 'someone-else', 'ada-lovell:2026-11-24T13:30:00.000Z');
    const replies = textsOf(await talk(client, 'Yes, book it'));
    expect(replies[0]).toBe(say('staff.book.taken'));
    expect(replies[1]).toBe(say('booking.offer.nextBest'));
    expect(await world.ledger.bookingsOf('staff-id1')).toEqual([]);
  });

  it('names the needs, takes the details and consent, and books a link worker for the patient', async () => {
    const { world, client } = receptionist();
    await play(client, [
      ...upToDetails,
      [
        'Yes, they agree',
        [say('staff.consent.agreedRecorded', { code: '871731000000106' }), say('staff.book.when')],
      ],
      ['next Tuesday afternoon', [say('staff.book.offer'), TUESDAY_AFTERNOON]],
      ['1', [say('staff.book.mode', { worker: ADA })]],
    ]);
    const how = say('booking.how.inPerson', { site: 'Riverside Surgery' });
    const vars = { when: TUE_1_30, worker: ADA, how };
    await play(client, [
      ['In person', [say('staff.book.check', vars)]],
      [
        'Yes, book it',
        [
          say('staff.book.done', vars),
          say('staff.book.readOut', vars),
          say('staff.book.handoff', { worker: ADA }),
          menu,
        ],
      ],
    ]);

    // The referral is the patient's, under a new opaque key; the booking is theirs, made by staff.
    const referral = await world.staffReferrals.get('staff-id1');
    expect(referral).toMatchObject({
      id: 'id-2',
      createdBy: 'jo-bennett',
      needs: ['loneliness', 'bereavement'],
      patient: {
        name: 'Margaret Smith',
        dateOfBirth: '1948-04-03',
        nhsNumber: '9434765919',
        phone: { e164: '+447700900123', display: '07700 900123' },
        preferredContact: 'phone',
        language: 'pl',
        interpreter: true,
      },
      consent: { decision: 'agreed', snomed: '871731000000106', at: '2026-11-16T09:00:00.000Z' },
    });
    const [booking] = await world.ledger.bookingsOf('staff-id1');
    expect(booking).toMatchObject({
      slotId: 'ada-lovell:2026-11-24T13:30:00.000Z',
      mode: 'inPerson',
      bookedBy: { kind: 'staff', staffId: 'jo-bennett' },
    });
    expect(referral?.bookingIds).toEqual([booking.id]);
    const draft = await world.referrals.get('staff-id1');
    expect(draft).toMatchObject({
      id: referral?.referralId,
      whatMatters: { text: LUNCH_CLUB, needs: ['loneliness', 'bereavement'] },
      preferences: { languages: ['pl'], accessNeeds: ['interpreter'] },
      contact: { phone: '+447700900123' },
      bookingIds: [booking.id],
    });

    // Who did what, to which referral and when; codes and ids only.
    expect(world.auditLog.entries).toEqual([
      {
        at: '2026-11-16T09:00:00.000Z',
        staffId: 'jo-bennett',
        role: 'receptionist',
        action: 'triage.assessed',
        code: 'none',
      },
      {
        at: '2026-11-16T09:00:00.000Z',
        staffId: 'jo-bennett',
        role: 'receptionist',
        action: 'triage.consentRecorded',
        referralId: 'id-2',
        code: '871731000000106',
      },
      {
        at: '2026-11-16T09:00:00.000Z',
        staffId: 'jo-bennett',
        role: 'receptionist',
        action: 'triage.booked',
        referralId: 'id-2',
        bookingId: booking.id,
      },
    ]);
    const written = JSON.stringify(world.auditLog.entries);
    for (const personal of ['Margaret', '9434765919', '07700', 'lunch club', '1948']) {
      expect(written).not.toContain(personal);
    }
  });

  it('records a decline with its SNOMED CT code and shares nothing', async () => {
    const { world, client } = receptionist();
    await play(client, [
      ...upToDetails,
      ['No, they decline', [say('staff.consent.declinedRecorded', { code: '871711000000103' }), menu]],
    ]);
    const referral = await world.staffReferrals.get('staff-id1');
    expect(referral?.consent).toEqual({
      decision: 'declined',
      snomed: '871711000000103',
      at: '2026-11-16T09:00:00.000Z',
    });
    expect(referral?.referralId).toBeUndefined();
    expect(await world.referrals.get('staff-id1')).toBeUndefined();
    expect(await world.ledger.bookingsOf('staff-id1')).toEqual([]);
    expect(world.auditLog.entries.map((entry) => [entry.action, entry.code])).toEqual([
      ['triage.assessed', 'none'],
      ['triage.consentRecorded', '871711000000103'],
    ]);
  });

  it.each([
    [
      'a possible heart attack: 999 now, and no referral',
      'daughter rang, mum 82 chest pain since this morning and lonely',
      'emergency999',
      'chest pain',
      routes(['medicalEmergency'], true),
    ],
    [
      'suicidal thoughts: NHS 111 option 2 today, and no referral',
      'man on phone says he has been thinking about ending his life, lost his job',
      'urgent111',
      'a risk of suicide or self-harm',
      routes(['suicidal'], false),
    ],
    [
      'a new stroke while asking about benefits',
      'walk-in, says his face feels droopy and his words are slurred, wants help with benefits',
      'emergency999',
      'signs of a stroke',
      routes(['medicalEmergency'], true),
    ],
  ])('stops for %s', async (_name, note, urgency, flags, routeTexts) => {
    const { world, client } = receptionist();
    await play(client, [
      ['hello', [menu]],
      [say('staff.menu.triage'), [say('staff.triage.intro'), say('staff.triage.ask')]],
      [
        note,
        [
          say(`staff.triage.urgency.${urgency}` as 'staff.triage.urgency.emergency999'),
          say('staff.triage.flags', { flags }),
          say('staff.triage.routes'),
          ...routeTexts,
          say('staff.triage.stopped'),
          menu,
        ],
      ],
    ]);
    expect(world.auditLog.entries.map((entry) => [entry.action, entry.code])).toEqual([
      ['triage.assessed', urgency],
    ]);
  });

  it('asks before going on when a clinician should call today, and stops when told to', async () => {
    const { client } = receptionist();
    await play(client, [
      ['hello', [menu]],
      [say('staff.menu.triage'), [say('staff.triage.intro'), say('staff.triage.ask')]],
      [
        "says her partner controls her money and she doesn't feel safe at home",
        [
          say('staff.triage.urgency.sameDayGp'),
          say('staff.triage.flags', { flags: 'a safeguarding worry' }),
          say('staff.triage.routes'),
          ...routes(['abuse'], false),
          say('staff.triage.goOn'),
        ],
      ],
      ['No, not now', [say('staff.triage.notReferred'), menu]],
    ]);
  });

  it('asks the receptionist to check with a clinician when only the learned layer sees a red flag', async () => {
    const note = "son says he's been hearing voices and not sleeping, wants housing help";
    expect(readTriageNote({ text: note, locale: 'en-GB' }).urgency).toBe('none');
    const { client } = receptionist();
    await play(client, [
      ['hello', [menu]],
      [say('staff.menu.triage'), [say('staff.triage.intro'), say('staff.triage.ask')]],
      [note, [say('staff.triage.modelCheck'), say('staff.triage.goOn')]],
      ['No, not now', [say('staff.triage.notReferred'), menu]],
    ]);
  });

  it('takes details typed before they were asked, keeps them out of the name, and does not ask for them again', async () => {
    const { world, client } = receptionist();
    await play(client, [
      ...upToDetails.slice(0, 4),
      ['Margaret Smith, dob 3/4/48, nhs 943 476 5919', [say('staff.details.phone')]],
      ['07700 900123', [say('staff.details.contact')]],
      ['Phone call', [say('staff.details.language')]],
      ['English', [say('staff.consent.explain'), say('staff.consent.ask')]],
      ['No, they decline', [say('staff.consent.declinedRecorded', { code: '871711000000103' }), menu]],
    ]);
    expect((await world.staffReferrals.get('staff-id1'))?.patient).toEqual({
      name: 'Margaret Smith',
      dateOfBirth: '1948-04-03',
      nhsNumber: '9434765919',
      phone: { e164: '+447700900123', display: '07700 900123' },
      preferredContact: 'phone',
      language: 'en',
      interpreter: false,
    });
  });

  it('reads a phone number given with the date of birth, and asks the NHS number but not the phone', async () => {
    const { client } = receptionist();
    await play(client, [
      ...upToDetails.slice(0, 5),
      ['born 3rd April 1948, mobile 07700 900123', [say('staff.details.nhs')]],
      ['not known', [say('staff.details.contact')]],
    ]);
  });

  it('lets the receptionist change the needs and re-asks for details that do not check out', async () => {
    const { world, client } = receptionist();
    await play(client, [
      ['hello', [menu]],
      [say('staff.menu.triage'), [say('staff.triage.intro'), say('staff.triage.ask')]],
      [
        LUNCH_CLUB,
        [
          say('staff.triage.noRedFlags'),
          say('staff.needs.suggested', { needs: 'loneliness or isolation and bereavement' }),
          say('staff.needs.confirm'),
        ],
      ],
    ]);
    const [pick] = textsOf(await talk(client, 'Change them'));
    expect(pick.startsWith(say('staff.needs.pick'))).toBe(true);
    expect(pick).toContain('1. loneliness or isolation\n2. low mood or stress');
    await play(client, [
      ['1, 99', [say('staff.needs.pickRetry')]],
      [
        '1 and 5',
        [
          say('staff.needs.noted', { needs: 'loneliness or isolation and healthy eating' }),
          say('staff.details.intro'),
          say('staff.details.name'),
        ],
      ],
      ['Margaret Smith', [say('staff.details.birth')]],
      ['03/04/2030', [say('staff.details.birthProblem.future')]],
      ['3 April', [say('staff.details.birthProblem.needYear')]],
      ['3 April 1948', [say('staff.details.nhs')]],
      ['943 476 5918', [say('staff.details.nhsProblem.checkDigit')]],
      ['94347', [say('staff.details.nhsProblem.notTenDigits')]],
      ['not known', [say('staff.details.phone')]],
      ['0900 123456', [say('booking.phone.problem.notMobileOrLandline'), say('staff.details.phoneRetry')]],
      ['none', [say('staff.details.language')]],
      ['Klingon', [say('staff.details.languageRetry')]],
      ['English', [say('staff.consent.explain'), say('staff.consent.ask')]],
      ['No, they decline', [say('staff.consent.declinedRecorded', { code: '871711000000103' }), menu]],
    ]);
    expect((await world.staffReferrals.get('staff-id1'))?.patient).toEqual({
      name: 'Margaret Smith',
      dateOfBirth: '1948-04-03',
      preferredContact: 'letter',
      language: 'en',
      interpreter: false,
    });
    expect((await world.staffReferrals.get('staff-id1'))?.needs).toEqual(['loneliness', 'healthyEating']);
  });
});
