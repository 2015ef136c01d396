import { staffCapabilities } from '../../../dialogs/staff';
import type { StaffDirectory } from '../../../src/domain/staff/staffDirectory';
import { questionCapability, say, translator } from '../../support/dialogs';
import { clientAs, staffWorld, talk, textsOf } from '../../support/staff';

const menu = say('menu.prompt');

function menuFor(user: string, directory?: StaffDirectory) {
  const world = staffWorld();
  const capabilities = [
    questionCapability(),
    ...staffCapabilities({ translator, nation: 'england', ...world, ...(directory ? { directory } : {}) }),
  ];
  return { world, client: clientAs(user, capabilities) };
}

const STAFF_COMMANDS = [
  say('staff.menu.triage'),
  'triage',
  'new referral',
  say('staff.menu.handoffs'),
  'my handoffs',
  say('staff.menu.leave'),
  'add leave',
];

describe('staff tools and patients', () => {
  it('shows a patient no staff tools', async () => {
    const { client } = menuFor('Pat');
    const [reply] = await talk(client, 'hello');
    expect(reply.text).toBe(menu);
    expect(reply.actions).toEqual([say('menu.prompt'), say('menu.talkToPerson'), say('menu.help')]);
  });

  it('shows each role its own tools only', async () => {
    const [jo] = await talk(menuFor('Jo').client, 'hello');
    expect(jo.actions).toContain(say('staff.menu.triage'));
    expect(jo.actions).not.toContain(say('staff.menu.handoffs'));
    expect(jo.actions).not.toContain(say('staff.menu.leave'));
    const [ada] = await talk(menuFor('Ada').client, 'hello');
    expect(ada.actions).toEqual(
      expect.arrayContaining([say('staff.menu.handoffs'), say('staff.menu.leave')]),
    );
    expect(ada.actions).not.toContain(say('staff.menu.triage'));
  });

  it.each(['my handoffs', 'add leave'])(
    'answers a receptionist typing %p as it answers nonsense',
    async (command) => {
      const { client } = menuFor('Jo');
      await talk(client, 'hello');
      expect(textsOf(await talk(client, command))).toEqual([say('menu.retry'), say('menu.prompt')]);
    },
  );

  it.each(['refer someone', 'make a referral', 'new referral'])(
    'starts a referral when a receptionist types %p',
    async (words) => {
      const { client } = menuFor('Jo');
      await talk(client, 'hello');
      expect(textsOf(await talk(client, words))).toEqual([
        say('staff.triage.intro'),
        say('staff.triage.ask'),
      ]);
    },
  );

  it.each(STAFF_COMMANDS)('answers a patient typing %p exactly as it answers nonsense', async (command) => {
    const { client, world } = menuFor('Pat');
    await talk(client, 'hello');
    const unknown = textsOf(await talk(client, 'xyzzy'));
    expect(unknown).toEqual([say('menu.retry'), say('menu.prompt')]);
    expect(textsOf(await talk(client, command))).toEqual(unknown);
    expect(world.auditLog.entries).toEqual([]);
  });

  it('stops a staff tool at once for someone who is no longer staff, with the same answer', async () => {
    const world = staffWorld();
    let revoked = false;
    const directory: StaffDirectory = {
      ...world.directory,
      find: (sender) => (revoked ? undefined : world.directory.find(sender)),
    };
    const { client } = menuFor('Jo', directory);
    await talk(client, 'hello');
    expect(textsOf(await talk(client, say('staff.menu.triage')))).toEqual([
      say('staff.triage.intro'),
      say('staff.triage.ask'),
    ]);
    revoked = true;
    expect(textsOf(await talk(client, 'retired, lonely, would like to try a choir'))).toEqual([
      say('menu.retry'),
      menu,
    ]);
  });
});
