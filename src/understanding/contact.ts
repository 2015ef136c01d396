import { findUkPhone, parseUkPhone } from './phone';

/**
 * Where a video link can be sent: an email address, or a UK mobile number for a text. Anything else is
 * refused with the reason, so the question can be asked again plainly.
 */
export type LinkContact =
  | { ok: true; email: string }
  | { ok: true; phone: { e164: string; display: string } }
  | { ok: false; reason: 'notEmailOrMobile' };

// Deliberately plain: one @, something before it, a dotted domain after it, no spaces.
const EMAIL =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$/;

/** An email address inside a sentence ("it's dan@example.com thanks"), trailing full stop left off. */
const EMAIL_IN_TEXT = /[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * Where to send the link, from the answer: the whole message, or an email address or a mobile number
 * inside it ("my email is dan@example.com", "text me on 07700 900123 please").
 */
export function parseLinkContact(text: string): LinkContact {
  const whole = parseWholeContact(text);
  if (whole.ok) return whole;
  const email = EMAIL_IN_TEXT.exec(text.slice(0, 500))?.[0];
  if (email !== undefined) return parseWholeContact(email);
  const phone = findUkPhone(text);
  return phone ? parseWholeContact(phone.national) : whole;
}

function parseWholeContact(text: string): LinkContact {
  const trimmed = text.trim().replace(/^mailto:/i, '');
  if (trimmed.includes('@')) {
    return EMAIL.test(trimmed) && trimmed.length <= 254
      ? { ok: true, email: trimmed.toLowerCase() }
      : { ok: false, reason: 'notEmailOrMobile' };
  }
  const phone = parseUkPhone(trimmed);
  if (phone.ok && phone.display.startsWith('07'))
    return { ok: true, phone: { e164: phone.e164, display: phone.display } };
  return { ok: false, reason: 'notEmailOrMobile' };
}
