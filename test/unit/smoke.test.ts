import { freePort } from '../../src/storage/embeddedRedis';

describe('test harness', () => {
  it('gives a free loopback port', async () => {
    expect(await freePort()).toBeGreaterThan(0);
  });
});
