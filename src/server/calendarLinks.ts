import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { calendarText, type CalendarLinks } from '../../dialogs/booking/calendarMessage';
import type { Translator } from '../i18n/translator';
import type { BookingService } from '../services/booking/bookingService';
import type { Clock, Log } from '../services/ports';

/**
 * Signed, short-lived links to a booking's .ics, for Teams, which refuses a calendar file sent in a
 * message (a text/calendar data URL gets "400 Unknown attachment type"). The link carries only an
 * opaque token: the booking's random id, the language for the file's words and an expiry, signed with
 * HMAC-SHA256. No name, no time, nothing about the patient is in the address. The file is made when the
 * link is opened, so a moved or cancelled booking gives the file as it stands then.
 */

const claimsSchema = z.object({
  b: z.string().min(1).max(100),
  l: z.string().min(2).max(35),
  e: z.number().int().positive(),
});

export type CalendarLinkCheck =
  { ok: true; bookingId: string; locale: string } | { ok: false; reason: 'invalid' | 'expired' };

export class SignedCalendarLinks implements CalendarLinks {
  private readonly key: Buffer;

  constructor(
    private readonly options: {
      /** Shared by every instance (DIRECTLINE_SECRET); a random one is made when absent. */
      secret: string | undefined;
      /** Where users reach Signpost; read when a link is made (it is known once the server listens). */
      baseUrl: () => string;
      ttlMs: number;
      clock: Clock;
    },
  ) {
    // A key of its own, derived from the shared secret, so a calendar token is never a Web Chat token.
    const secret = options.secret ?? randomBytes(32).toString('base64url');
    this.key = createHmac('sha256', secret).update('signpost calendar links').digest();
  }

  urlFor(input: { bookingId: string; locale: string }): string {
    const expires = Math.ceil((this.options.clock.now().getTime() + this.options.ttlMs) / 1000);
    const claims = { b: input.bookingId, l: input.locale, e: expires };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    // Two path segments: the router takes at most 100 characters in one.
    const base = this.options.baseUrl().replace(/\/+$/, '');
    return `${base}/calendar/${payload}/${this.sign(payload)}.ics`;
  }

  /** Checks `<payload>/<signature>.ics` (the part of the address after /calendar/). */
  check(token: string): CalendarLinkCheck {
    const match = /^([A-Za-z0-9_-]{1,100})\/([A-Za-z0-9_-]{43})(?:\.ics)?$/.exec(token);
    if (!match?.[1] || !match[2]) return { ok: false, reason: 'invalid' };
    const expected = Buffer.from(this.sign(match[1]));
    const given = Buffer.from(match[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return { ok: false, reason: 'invalid' };
    }
    let claims: z.infer<typeof claimsSchema>;
    try {
      claims = claimsSchema.parse(JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8')));
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    if (claims.e * 1000 <= this.options.clock.now().getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, bookingId: claims.b, locale: claims.l };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** GET /calendar/:payload/:signature.ics: the booking's .ics, or a short plain answer when the link is bad or old. */
export function registerCalendarRoute(
  server: Server,
  deps: { links: SignedCalendarLinks; booking: BookingService; translator: Translator; log: Log },
): void {
  server.get('/calendar/:payload/:signature', async (req: Request, res: Response) => {
    const plain = (status: number, key: 'booking.calendar.linkExpired' | 'booking.calendar.linkInvalid') => {
      const body = deps.translator.t(undefined, key);
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    const checked = deps.links.check(
      `${String(req.params.payload ?? '')}/${String(req.params.signature ?? '')}`,
    );
    if (!checked.ok)
      return plain(
        checked.reason === 'expired' ? 410 : 404,
        checked.reason === 'expired' ? 'booking.calendar.linkExpired' : 'booking.calendar.linkInvalid',
      );
    try {
      const view = await deps.booking.booking(checked.bookingId);
      if (!view) return plain(404, 'booking.calendar.linkInvalid');
      const contact = await deps.booking.contactOf(view.booking.owner);
      const ics = deps.booking.calendarFile(
        view,
        calendarText(deps.translator, checked.locale, view, contact),
      );
      const fileName = deps.translator.t(checked.locale, 'booking.calendar.fileName');
      res.writeHead(200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '')}"`,
        'cache-control': 'no-store',
      });
      res.end(ics);
    } catch (err) {
      deps.log.warn({ err }, 'calendar link not served');
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('');
    }
  });
}
