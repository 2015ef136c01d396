import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import { loadDirectoryOrThrow, type LoadedDirectory } from '../../src/services/directory/loadDirectory';
import {
  createCommunityOfferDirectory,
  type CommunityOfferDirectory,
} from '../../src/services/directory/offerDirectory';
import type { Clock } from '../../src/services/ports';
import { ReferralService } from '../../src/services/referrals/referralService';
import { MemoryReferralStore } from '../../src/storage/memoryReferralStore';
import { MemorySafetyInbox } from '../../src/storage/memoryStaffStores';
import { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import type { SafetyFlag } from '../../src/services/safety/safetyFlag';
import { silentLog } from './logs';
import { directLineTranscripts } from '../../src/channels/directLine/transcripts';
import { PatientPrivacyService } from '../../src/services/privacy/patientPrivacy';
import { MemoryConversationLog } from '../../src/storage/memoryConversationLog';
import { MemorySlotLedger } from '../../src/storage/memorySlotLedger';
import { memoryStaffStorage } from '../../src/storage/staffStorage';
import { Speaker } from '../../dialogs/speaker';
import { translator } from './dialogs';

const root = path.join(__dirname, '../..');

/** A clock stopped at a fixed instant (never today's). */
export const fixedClock = (iso = '2026-11-24T10:00:00Z'): Clock => ({ now: () => new Date(iso) });

let shipped: Promise<CommunityOfferDirectory> | undefined;

/** The shipped fictional directory's data as loaded on `today` (offers that have ended are left out). */
export function loadShippedDirectory(today: string): Promise<LoadedDirectory> {
  return loadDirectoryOrThrow({
    readText: (name) => readFile(path.join(root, name), 'utf8'),
    servicesFile: 'data/directory/riverside-pcn.oruk.json',
    districtCentroidsFile: 'data/directory/riverside-pcn.districts.json',
    today,
  });
}

/** The shipped fictional directory, loaded once per test file. */
export function shippedDirectory(): Promise<CommunityOfferDirectory> {
  shipped ??= loadShippedDirectory('2026-11-24').then(createCommunityOfferDirectory);
  return shipped;
}

export function journeyServices() {
  const store = new MemoryReferralStore();
  const referrals = new ReferralService({ store, clock: fixedClock() });
  const inbox = new MemorySafetyInbox();
  let next = 0;
  const safety = new SafetyFlagService({
    referrals,
    inbox,
    clock: fixedClock(),
    log: silentLog,
    newId: () => `flag-${(next += 1)}`,
  });
  /** Flags a conversation holds until consent (what the safety gate keeps in conversation state). */
  const held: SafetyFlag[] = [];
  return {
    store,
    referrals,
    inbox,
    safety,
    speaker: new Speaker(translator),
    held,
    fileHeldSafetyFlags: async (_context: TurnContext) => {
      for (const flag of held.splice(0)) await safety.file(ReferralService.patientKey('test', 'user1'), flag);
    },
  };
}

/**
 * The privacy service over in-memory stores, as the server wires it, with a transcript for the test
 * channel's conversations (as Signpost keeps for its own Direct Line).
 */
export function privacyWorld(referrals: ReferralService, clock: Clock = fixedClock()) {
  const ledger = new MemorySlotLedger();
  const staff = memoryStaffStorage();
  const conversations = new MemoryConversationLog();
  const privacy = new PatientPrivacyService({
    referrals,
    ledger,
    handoffs: staff.handoffs,
    references: staff.references,
    transcripts: directLineTranscripts(conversations, { channelId: 'test', sessionTtlSeconds: 1800 }),
    clock,
  });
  return { privacy, ledger, staff, conversations };
}
