import { SignedCalendarLinks } from '../../../src/server/calendarLinks';
import { FixedClock, MONDAY_16_NOVEMBER } from '../../support/booking';

describe('signed calendar links', () => {
  const clock = new FixedClock(MONDAY_16_NOVEMBER);
  const links = new SignedCalendarLinks({
    secret: 'a-secret-that-is-long-enough-for-the-test-0001',
    baseUrl: () => 'https://signpost.example/',
    ttlMs: 3_600_000,
    clock,
  });

  it('carries only an opaque token, and checks its signature and expiry', () => {
    const url = links.urlFor({ bookingId: 'b-123', locale: 'en-GB' });
    expect(url).toMatch(
      /^https:\/\/signpost\.example\/calendar\/[A-Za-z0-9_-]{1,100}\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    const token = url.slice('https://signpost.example/calendar/'.length);
    expect(links.check(token)).toEqual({ ok: true, bookingId: 'b-123', locale: 'en-GB' });
    const [payload, signature] = token.replace(/\.ics$/, '').split('/');
    const forged = Buffer.from(
      JSON.stringify({ b: 'b-999', l: 'en-GB', e: Date.parse(MONDAY_16_NOVEMBER) / 1000 + 1e6 }),
    ).toString('base64url');
    expect(links.check(`${forged}/${signature}.ics`)).toEqual({ ok: false, reason: 'invalid' });
    expect(links.check(`${payload}/${'A'.repeat(43)}.ics`)).toEqual({ ok: false, reason: 'invalid' });
    const other = new SignedCalendarLinks({
      secret: 'another-secret-that-is-long-enough-0000000',
      baseUrl: () => '',
      ttlMs: 1,
      clock,
    });
    expect(other.check(token)).toEqual({ ok: false, reason: 'invalid' });
    clock.advance(3_600_001);
    expect(links.check(token)).toEqual({ ok: false, reason: 'expired' });
  });
});
