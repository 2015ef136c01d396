import { clientAddress } from '../../../src/channels/directLine/routes';

const request = (forwarded: string | undefined, peer = '10.0.0.2') => ({
  header: (name: string) => (name.toLowerCase() === 'x-forwarded-for' ? forwarded : undefined),
  socket: { remoteAddress: peer },
});

describe('the client address rate limits count', () => {
  it.each([
    [0, '198.51.100.1', '10.0.0.2'],
    [1, undefined, '10.0.0.2'],
    [1, '198.51.100.1', '198.51.100.1'],
    [1, 'spoofed, 198.51.100.1', '198.51.100.1'],
    [1, '1.2.3.4, 5.6.7.8, 198.51.100.1', '198.51.100.1'],
    [2, '1.2.3.4, 198.51.100.1, 172.16.0.9', '198.51.100.1'],
    [3, '198.51.100.1', '198.51.100.1'],
    [1, 'not an address', '10.0.0.2'],
    [1, '2001:DB8::1', '2001:db8::1'],
  ])('with TRUST_PROXY=%s and X-Forwarded-For %j is %s', (trust, forwarded, expected) => {
    expect(clientAddress(request(forwarded), trust)).toBe(expected);
  });
});
