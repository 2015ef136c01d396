import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLinkWorkersConfig } from '../../../src/domain/linkWorkers/schema';
import { parseStaffDirectory, type StaffDirectoryInput } from '../../../src/domain/staff/staffDirectory';
import { loadStaffDirectory } from '../../../src/services/staff/staffConfig';

const root = path.join(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

const AAD = '6f1c2a8e-0b7d-4c53-9a1e-2d4f8b6c0a11';
const base = (): StaffDirectoryInput => ({
  network: { id: 'test-pcn', name: 'Test PCN' },
  staff: [
    {
      id: 'ada-lovell',
      name: 'Ada Lovell',
      role: 'linkWorker',
      linkWorkerId: 'ada-lovell',
      identities: { aadObjectIds: [AAD], emails: ['Ada.Lovell@test.example'] },
    },
    {
      id: 'jo-bennett',
      name: 'Jo Bennett',
      role: 'receptionist',
      identities: { channelUsers: [{ channelId: 'msteams', userId: '29:jo' }] },
    },
  ],
});
const parse = (input: unknown) => parseStaffDirectory(input, { linkWorkerIds: ['ada-lovell', 'tom-hadley'] });

describe('staff directory', () => {
  const parsed = parse(base());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const { directory } = parsed;

  it.each([
    [
      'by AAD object id, in any case',
      { channelId: 'webchat', userId: 'x', aadObjectId: AAD.toUpperCase() },
      'ada-lovell',
    ],
    [
      'by email, in any case',
      { channelId: 'webchat', userId: 'x', email: 'ada.lovell@TEST.example' },
      'ada-lovell',
    ],
    ['by channel user id', { channelId: 'msteams', userId: '29:jo' }, 'jo-bennett'],
    ['not by the same user id on another channel', { channelId: 'webchat', userId: '29:jo' }, undefined],
    ['not anyone else', { channelId: 'msteams', userId: '29:someone' }, undefined],
  ])('finds staff %s', (_name, sender, expected) => {
    expect(directory.find(sender)?.id).toBe(expected);
  });

  it('knows each link worker by their link-worker id', () => {
    expect(directory.forLinkWorker('ada-lovell')).toEqual({
      id: 'ada-lovell',
      name: 'Ada Lovell',
      role: 'linkWorker',
      linkWorkerId: 'ada-lovell',
    });
    expect(directory.forLinkWorker('tom-hadley')).toBeUndefined();
    expect(directory.byId('jo-bennett')?.role).toBe('receptionist');
  });

  const broken: [string, (input: StaffDirectoryInput) => void, string][] = [
    ['a link worker without their id', (input) => delete input.staff[0].linkWorkerId, 'staff.0.linkWorkerId'],
    [
      'a link worker the booking file lacks',
      (input) => (input.staff[0].linkWorkerId = 'nobody'),
      'staff.0.linkWorkerId',
    ],
    [
      'a receptionist with a link-worker id',
      (input) => (input.staff[1].linkWorkerId = 'tom-hadley'),
      'staff.1.linkWorkerId',
    ],
    ['a repeated id', (input) => (input.staff[1].id = 'ada-lovell'), 'staff.1.id'],
    ['an unknown role', (input) => Object.assign(input.staff[1], { role: 'doctor' }), 'staff.1.role'],
    ['nobody to recognise', (input) => (input.staff[1].identities = {}), 'staff.1.identities'],
    [
      'an email twice',
      (input) => (input.staff[1].identities = { emails: ['ada.lovell@test.example'] }),
      'staff.1.identities.emails.0',
    ],
    [
      'a bad AAD id',
      (input) => (input.staff[0].identities = { aadObjectIds: ['not-a-guid'] }),
      'staff.0.identities.aadObjectIds.0',
    ],
    ['an unknown field', (input) => Object.assign(input.staff[0], { password: 'x' }), 'staff.0'],
  ];
  it.each(broken)('refuses %s', (_name, breakIt, issuePath) => {
    const input = base();
    breakIt(input);
    const result = parse(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain(issuePath);
  });

  it('makes everyone a patient when no STAFF_FILE is set', () => {
    const result = loadStaffDirectory({ staffJson: undefined, linkWorkerIds: [] });
    expect(result.ok && result.directory.find({ channelId: 'msteams', userId: '29:jo' })).toBeUndefined();
  });

  it('names STAFF_FILE when the file is not JSON', () => {
    const result = loadStaffDirectory({ staffJson: '{', linkWorkerIds: [] });
    expect(result.ok ? [] : result.problems.map((problem) => problem.file)).toEqual(['STAFF_FILE']);
  });

  it('ships an example for Riverside PCN whose link workers are those of the link-workers example', () => {
    const workers = parseLinkWorkersConfig(JSON.parse(read('data/link-workers.example.json')));
    if (!workers.ok) throw new Error('link-workers example does not parse');
    const workerIds = workers.config.linkWorkers.map((worker) => worker.id);
    const result = loadStaffDirectory({
      staffJson: read('data/staff.example.json'),
      linkWorkerIds: workerIds,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.directory.network).toEqual(workers.config.network);
    const linkWorkers = result.directory.members.filter((member) => member.role === 'linkWorker');
    expect(linkWorkers.map((member) => member.linkWorkerId).sort()).toEqual([...workerIds].sort());
    expect(result.directory.members.some((member) => member.role === 'receptionist')).toBe(true);
  });
});
