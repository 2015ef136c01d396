import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { directLineIdentity } from '../../../src/channels/directLine/botDelivery';
import { senderIsVerified } from '../../../src/server/senderVerification';

const APP = '00000000-0000-0000-0000-00000000abcd';
const channelToken = (audience: string) =>
  new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: audience },
      { type: 'iss', value: 'https://api.botframework.com' },
    ],
    true,
  );

describe('whose ids can be believed (sender verification)', () => {
  it.each([
    ['a channel token checked for this app id', channelToken(APP), { appId: APP }, true],
    ['a channel token for another app', channelToken('someone-else'), { appId: APP }, false],
    [
      'no app id: botbuilder’s anonymous identity',
      new ClaimsIdentity([], 'anonymous'),
      { appId: undefined },
      false,
    ],
    [
      'a proactive turn (no token was checked)',
      new ClaimsIdentity([{ type: 'aud', value: APP }]),
      { appId: APP },
      false,
    ],
    ['Signpost’s own Direct Line', directLineIdentity(APP), { appId: APP }, false],
    ['no identity at all', undefined, { appId: APP }, false],
  ])('%s', (_name, identity, options, expected) => {
    expect(senderIsVerified(identity, { ...options, staffToolsWithoutAuth: false })).toBe(expected);
  });

  it('lets the development setting through anything but Signpost’s own Direct Line', () => {
    const options = { appId: undefined, staffToolsWithoutAuth: true };
    expect(senderIsVerified(new ClaimsIdentity([], 'anonymous'), options)).toBe(true);
    expect(senderIsVerified(directLineIdentity(''), options)).toBe(false);
  });
});
