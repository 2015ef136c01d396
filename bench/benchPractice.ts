import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { itemAt } from '../src/domain/lists';

/**
 * The practice bench:turns books into: a network whose link workers each meet in person, by phone and
 * by video, on weekdays through GP core hours, in 30-minute sessions, up to 14 days ahead, with an
 * hour's notice. Ten of them give about 2,000 free slots, enough for 500 conversations booking at
 * once (a slot someone else took a moment before is still a race, and is counted as one).
 *
 * Its staff: receptionists and one staff member per link worker, known on the bench's staff channel.
 * Staff tools run with STAFF_TOOLS_WITHOUT_AUTH (the development setting); the bench's channel sends
 * no Bot Framework token.
 */
export interface BenchPractice {
  linkWorkersFile: string;
  staffFile: string;
  receptionistIds: string[];
  linkWorkerUserIds: string[];
}

const FIRST_NAMES = ['Alex', 'Bea', 'Cal', 'Dee', 'Eli', 'Fen', 'Gus', 'Hal', 'Ida', 'Jay', 'Kit', 'Lou'];
const LAST_NAMES = ['Archer', 'Brook', 'Carter', 'Dale', 'Ellis', 'Ford', 'Grant', 'Hale', 'Irwin', 'Jones'];

/** A made-up name for the n-th person (the same on every run). */
function nameOf(n: number): string {
  const first = FIRST_NAMES[n % FIRST_NAMES.length] ?? 'Sam';
  const last = LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length] ?? 'Lee';
  return `${first} ${last}`;
}

export function writeBenchPractice(options: {
  linkWorkers: number;
  receptionists: number;
  staffChannelId: string;
}): BenchPractice {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'signpost-bench-practice-'));
  const core = ['08:00-18:30'];
  const linkWorkers = Array.from({ length: options.linkWorkers }, (_, index) => ({
    id: `worker-${index + 1}`,
    name: nameOf(index),
    siteIds: ['bench-surgery'],
    modes: ['inPerson', 'phone', 'video'],
    sessions: { firstMinutes: 30, followUpMinutes: 30, bufferMinutes: 0 },
    minimumNoticeHours: 1,
    horizonDays: 14,
    week: { monday: core, tuesday: core, wednesday: core, thursday: core, friday: core },
  }));
  const linkWorkersFile = path.join(dir, 'link-workers.json');
  writeFileSync(
    linkWorkersFile,
    JSON.stringify({
      network: { id: 'bench-pcn', name: 'Bench Primary Care Network' },
      sites: [
        {
          id: 'bench-surgery',
          name: 'Bench Surgery',
          address: { lines: ['1 High Street'], town: 'Riverton', postcode: 'RV1 2AB' },
          nation: 'england',
        },
      ],
      linkWorkers,
    }),
  );
  const receptionistIds = Array.from({ length: options.receptionists }, (_, i) => `bench-reception-${i + 1}`);
  const linkWorkerUserIds = linkWorkers.map((worker) => `bench-${worker.id}`);
  const channelUser = (userId: string) => ({
    channelUsers: [{ channelId: options.staffChannelId, userId }],
  });
  const staffFile = path.join(dir, 'staff.json');
  writeFileSync(
    staffFile,
    JSON.stringify({
      network: { id: 'bench-pcn', name: 'Bench Primary Care Network' },
      staff: [
        ...receptionistIds.map((userId, index) => ({
          id: userId,
          name: nameOf(100 + index),
          role: 'receptionist',
          identities: channelUser(userId),
        })),
        ...linkWorkers.map((worker, index) => ({
          id: worker.id,
          name: worker.name,
          role: 'linkWorker',
          linkWorkerId: worker.id,
          identities: channelUser(itemAt(linkWorkerUserIds, index, "a link worker's user id")),
        })),
      ],
    }),
  );
  return { linkWorkersFile, staffFile, receptionistIds, linkWorkerUserIds };
}
