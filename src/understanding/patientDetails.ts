// A patient's details as a receptionist types them, several at once: "Asha Patel, dob 3/4/44, NHS
// 943 476 5919, 07700 900123". Each detail found is taken out, and what is left is the name, so a
// date of birth typed with the name never becomes part of it.
import type { LocalDate } from '../domain/calendar/wallClock';
import { parseNhsNumber } from '../domain/staff/nhsNumber';
import { parseDateOfBirth } from '../domain/staff/ukDate';
import { findUkPhone, parseUkPhone } from './phone';

export interface PatientDetailsRead {
  /** What is left once the details are taken out: the name, when the answer was to the name question. */
  readonly rest: string;
  readonly dateOfBirth?: LocalDate;
  /** Ten digits, checked. */
  readonly nhsNumber?: string;
  readonly phone?: { readonly e164: string; readonly display: string };
}

/** Ten digits as typed (3-3-4 or run together). */
const NHS_DIGITS = /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/g;
/** A date as typed: day first with / . or -, ISO, or with the month in words; a year of 2 or 4 digits. */
const DATES =
  /(?<![\d/.-])(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,9}\.?,?\s+'?(?:\d{4}|\d{2}))(?![\d/.-])/gi;
/** The words that label a detail ("dob", "NHS no.", "tel", "mob"), left out of the name. */
const LABELS =
  /(?<![\p{L}])(?:d\.?\s?o\.?\s?b\.?|date of birth|born(?: on)?|nhs(?:\s?(?:no\.?|number|num|#))?|tel(?:ephone)?\.?|phone(?: number| no\.?)?|mob(?:ile)?(?: number| no\.?)?|number)(?![\p{L}])\s*[:#-]?/giu;

/** Cuts `from`-`to` out of `text`, keeping every other offset where it was. */
const blank = (text: string, from: number, to: number) =>
  text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);

/**
 * The details in an answer. An answer that is one detail and nothing else ("3 April 1948", "943 476
 * 5919") is read whole, as its own question reads it; anything longer is searched for each one.
 */
export function readPatientDetails(text: string, today: LocalDate): PatientDetailsRead {
  const born = parseDateOfBirth({ text, today });
  if (born.ok) return { rest: '', dateOfBirth: born.date };
  const nhs = parseNhsNumber(text);
  if (nhs.ok) return { rest: '', nhsNumber: nhs.value };
  const phoneAlone = parseUkPhone(text);
  if (phoneAlone.ok) return { rest: '', phone: { e164: phoneAlone.e164, display: phoneAlone.display } };
  let rest = text.slice(0, 500);
  let phone: PatientDetailsRead['phone'];
  const found = findUkPhone(rest);
  if (found) {
    phone = { e164: found.e164, display: found.display };
    rest = blank(rest, found.start, found.end);
  }
  let nhsNumber: string | undefined;
  for (const match of rest.matchAll(NHS_DIGITS)) {
    const nhs = parseNhsNumber(match[0]);
    if (!nhs.ok) continue;
    nhsNumber = nhs.value;
    rest = blank(rest, match.index, match.index + match[0].length);
    break;
  }
  let dateOfBirth: LocalDate | undefined;
  for (const match of rest.matchAll(DATES)) {
    const born = parseDateOfBirth({ text: match[0], today });
    if (!born.ok) continue;
    dateOfBirth = born.date;
    rest = blank(rest, match.index, match.index + match[0].length);
    break;
  }
  if (!phone && !nhsNumber && !dateOfBirth) return { rest: text.trim() };
  const name = rest
    .replace(LABELS, ' ')
    .replace(/[\s,;:()|/-]+$/u, '')
    .replace(/^[\s,;:()|/-]+/u, '')
    .replace(/\s*[,;]\s*(?=[,;]|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    rest: name,
    ...(dateOfBirth ? { dateOfBirth } : {}),
    ...(nhsNumber ? { nhsNumber } : {}),
    ...(phone ? { phone } : {}),
  };
}
