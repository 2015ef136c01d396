import { parseStaffDirectory } from '../../../src/domain/staff/staffDirectory';
import { ReferralService } from '../../../src/services/referrals/referralService';
import { SafetyFlagService } from '../../../src/services/safety/safetyFlagService';
import { MemoryReferralStore } from '../../../src/storage/memoryReferralStore';
import { MemorySafetyInbox } from '../../../src/storage/memoryStaffStores';
import { PatientPrivacyService } from '../../../src/services/privacy/patientPrivacy';
import { MemorySlotLedger } from '../../../src/storage/memorySlotLedger';
import { memoryStaffStorage } from '../../../src/storage/staffStorage';
import { silentLog } from '../../support/logs';

const clock = { now: () => new Date('2026-11-16T09:00:00.000Z') };

function world() {
  const referrals = new ReferralService({ store: new MemoryReferralStore(), clock });
  const inbox = new MemorySafetyInbox();
  let next = 0;
  const safety = new SafetyFlagService({
    referrals,
    inbox,
    clock,
    log: silentLog,
    newId: () => `f${(next += 1)}`,
  });
  const parsed = parseStaffDirectory(
    {
      network: { id: 'n', name: 'Network' },
      staff: [
        {
          id: 'ada',
          name: 'Ada',
          role: 'linkWorker',
          linkWorkerId: 'ada',
          identities: { channelUsers: [{ channelId: 'test', userId: 'ada' }] },
        },
        {
          id: 'jo',
          name: 'Jo',
          role: 'receptionist',
          identities: { channelUsers: [{ channelId: 'test', userId: 'jo' }] },
        },
      ],
    },
    { linkWorkerIds: ['ada'] },
  );
  if (!parsed.ok) throw new Error('bad staff file');
  const [ada, jo] = parsed.directory.members;
  if (!ada || !jo) throw new Error('missing staff');
  return { referrals, inbox, safety, ada, jo };
}

describe('SafetyFlagService', () => {
  it('keeps nothing for a patient who has not agreed to the privacy notice', async () => {
    const { safety, inbox } = world();
    const flag = safety.create({ kinds: ['suicidal'], outcome: 'crisis', words: ['I want to die'] });
    expect(await safety.file('p1', flag)).toEqual({ ok: false, reason: 'noConsent' });
    expect(await inbox.forPatient('p1')).toEqual([]);
  });

  it('files on the draft and in the inbox, replaces by id, and withdraws', async () => {
    const { safety, referrals, inbox } = world();
    await referrals.agree('p1');
    const flag = safety.create({
      kinds: ['suicidal'],
      outcome: 'checkUnanswered',
      words: ['  tired of it all  ', 'tired of it all'],
    });
    expect(flag).toEqual({
      id: 'f1',
      kinds: ['suicidal'],
      outcome: 'checkUnanswered',
      at: '2026-11-16T09:00:00.000Z',
      words: ['tired of it all'],
    });
    await safety.file('p1', flag);
    await safety.file('p1', { ...flag, outcome: 'checkYes' });
    expect((await referrals.get('p1'))?.safetyFlags.map((kept) => kept.outcome)).toEqual(['checkYes']);
    expect((await inbox.forPatient('p1')).map((item) => item.flag.outcome)).toEqual(['checkYes']);
    await safety.withdraw('p1', 'f1');
    expect((await referrals.get('p1'))?.safetyFlags).toEqual([]);
    expect(await inbox.forPatient('p1')).toEqual([]);
  });

  it('shows the inbox to link workers only, once each, and nobody sees a patient who deleted their data', async () => {
    const { safety, referrals, ada, jo } = world();
    await referrals.agree('p1');
    await referrals.agree('p2');
    await referrals.recordWhatMatters('p1', 'I am lonely', ['loneliness']);
    await safety.file('p1', safety.create({ kinds: ['abuse'], outcome: 'crisis' }));
    await safety.file('p2', safety.create({ kinds: ['suicidal'], outcome: 'crisis' }));
    expect(await safety.inboxFor(jo)).toEqual([]);

    await referrals.forget('p2');
    const views = await safety.inboxFor(ada);
    expect(views.map((view) => [view.item.patientKey, view.needs, view.ownWords, view.booked])).toEqual([
      ['p1', ['loneliness'], 'I am lonely', false],
    ]);
    await safety.markSeen(ada, views[0]?.item.id ?? '');
    expect(await safety.inboxFor(ada)).toEqual([]);
  });

  it('forgets a patient’s inbox items', async () => {
    const { safety, referrals, inbox } = world();
    await referrals.agree('p1');
    await safety.file('p1', safety.create({ kinds: ['abuse'], outcome: 'crisis' }));
    await safety.forget('p1');
    expect(await inbox.forPatient('p1')).toEqual([]);
  });

  it('goes with the rest of the patient when they delete their data', async () => {
    const { safety, referrals, inbox } = world();
    const staff = memoryStaffStorage();
    const privacy = new PatientPrivacyService({
      referrals,
      ledger: new MemorySlotLedger(),
      handoffs: staff.handoffs,
      references: staff.references,
      transcripts: { erase: async () => false, keepForSessionOnly: async () => false },
      clock,
      safety,
    });
    await referrals.agree('p1');
    await safety.file(
      'p1',
      safety.create({ kinds: ['suicidal'], outcome: 'crisis', words: ['I want to die'] }),
    );
    await privacy.erase({ patientKey: 'p1', channelId: 'test', conversationId: 'c1' });
    expect(await inbox.forPatient('p1')).toEqual([]);
    expect(await referrals.get('p1')).toBeUndefined();
  });
});
