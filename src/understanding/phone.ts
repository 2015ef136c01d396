import { z } from 'zod';
import digitsEnGB from './data/en-GB/digits.json';

/**
 * UK phone numbers as people type them: "07700 900123", "(0113) 496 0000", "+44 (0)20 7946 0000",
 * "0044 7700-900-123". Only numbers a link worker may ring back are accepted: mobiles (07, less the
 * personal-numbering 070 and pager 076 ranges) and landlines (01, 02, and 03, which costs the same as a
 * landline). Freephone, special-rate and premium numbers (08, 09) and the rest are refused, because a
 * call-back to them either fails or costs the practice money.
 */

export type PhoneProblem =
  /** Nothing that looks like digits was given. */
  | 'empty'
  /** Letters or other characters that are not part of a phone number. */
  | 'notANumber'
  /** A number from another country. */
  | 'notUk'
  /** A UK number of the wrong length: a digit missed or added. */
  | 'wrongLength'
  /** A UK number that is not a mobile or a landline (08, 09, 070, 076...). */
  | 'notMobileOrLandline';

export type PhoneResult =
  | {
      ok: true;
      /** +44 and the national number without its leading 0, e.g. +447700900123. */
      e164: string;
      /** Grouped the way Ofcom writes it, e.g. 07700 900123 or 020 7946 0000. */
      display: string;
    }
  | { ok: false; reason: PhoneProblem };

// Geographic areas that still have some five-digit local numbers, so some of their numbers are ten
// digits long with the 0 (Ofcom National Telephone Numbering Plan). 016977 (Brampton) still has
// four-digit local numbers under a six-digit code, which is ten digits too.
// prettier-ignore
const TEN_DIGIT_AREAS = new Set([
  '01204', '01208', '01254', '01276', '01297', '01298', '01363', '01364', '01384', '01386',
  '01404', '01420', '01460', '01461', '01480', '01488', '01524', '01527', '01562', '01566',
  '01606', '01629', '01635', '01647', '01659', '01695', '01726', '01744', '01750', '01768',
  '01827', '01837', '01884', '01900', '01905', '01935', '01946', '01949', '01963', '01995',
]);

// Six-digit area codes: written 015396 12345 rather than 01539 612345.
// prettier-ignore
const SIX_DIGIT_AREAS = new Set([
  '013873', '015242', '015394', '015395', '015396', '016973', '016974', '016977', '017683', '017684',
  '017687', '019467',
]);

const SEPARATORS = /[\s\u00a0().\-/]+/g;

function toNational(text: string): { national: string } | { problem: PhoneProblem } {
  const compact = text.trim().replace(SEPARATORS, '');
  if (compact === '') return { problem: 'empty' };
  if (!/^\+?\d+$/.test(compact)) return { problem: 'notANumber' };
  // People write "+44 (0)20..." with the trunk 0 kept in brackets; the brackets are gone by now.
  const digits = /^(?:\+|00)(\d+)$/.exec(compact)?.[1];
  if (digits !== undefined) {
    if (!digits.startsWith('44')) return { problem: 'notUk' };
    const rest = digits.slice(2);
    return { national: rest.startsWith('0') ? rest : `0${rest}` };
  }
  if (compact.startsWith('+')) return { problem: 'notANumber' };
  // "447700900123": the + was left off. A national number always starts with 0, so this is safe.
  if (compact.startsWith('44') && compact.length === 12) return { national: `0${compact.slice(2)}` };
  // "7700 900123": most likely a UK number with its 0 left off; saying so helps more than guessing.
  if (!compact.startsWith('0')) return { problem: 'wrongLength' };
  return { national: compact };
}

function kindOf(national: string): 'mobile' | 'landline' | undefined {
  if (/^07[1-57-9]/.test(national) || national.startsWith('07624')) return 'mobile';
  if (/^0[123]/.test(national)) return 'landline';
  return undefined;
}

function lengthFits(national: string): boolean {
  if (national.length === 11) return true;
  if (national.length !== 10) return false;
  return TEN_DIGIT_AREAS.has(national.slice(0, 5)) || national.startsWith('016977');
}

function group(national: string): string {
  const parts = (...sizes: number[]) => {
    const out: string[] = [];
    let at = 0;
    for (const size of sizes) {
      out.push(national.slice(at, at + size));
      at += size;
    }
    out.push(national.slice(at));
    return out.filter(Boolean).join(' ');
  };
  if (national.startsWith('07')) return parts(5);
  if (national.startsWith('02')) return parts(3, 4);
  if (national.startsWith('03')) return parts(4, 3);
  // 011x and 01x1 are the big cities: 0113 496 0000, 0161 496 0000.
  if (/^01(1\d|\d1)/.test(national)) return parts(4, 3);
  if (SIX_DIGIT_AREAS.has(national.slice(0, 6))) return parts(6);
  return parts(5);
}

export function parseUkPhone(text: string): PhoneResult {
  const read = toNational(text);
  if ('problem' in read) return { ok: false, reason: read.problem };
  const { national } = read;
  const kind = kindOf(national);
  if (kind === undefined) {
    return {
      ok: false,
      reason: national.length < 10 || national.length > 11 ? 'wrongLength' : 'notMobileOrLandline',
    };
  }
  if (kind === 'mobile' ? national.length !== 11 : !lengthFits(national))
    return { ok: false, reason: 'wrongLength' };
  return { ok: true, e164: `+44${national.slice(1)}`, display: group(national) };
}

export type FoundPhone = Extract<PhoneResult, { ok: true }> & {
  /** Where it was in the text. */
  readonly start: number;
  readonly end: number;
  /** The national number, digits only: 07700900123. */
  readonly national: string;
};

// Digits, with the spaces, dashes, dots and brackets people put between them, 9 or more characters.
const CANDIDATE = /(?:\+|\b00)?\(?\d[\d\s\u00a0().\-/]{7,}\d/g;

const digitsSchema = z.object({
  about: z.string(),
  digits: z.record(z.string().min(1), z.string().regex(/^\d$/)),
  repeat: z.record(z.string().min(1), z.number().int().min(2).max(3)),
});
let digitWords: z.infer<typeof digitsSchema> | undefined;
const spokenDigits = (): z.infer<typeof digitsSchema> => (digitWords ??= digitsSchema.parse(digitsEnGB));

/** The longest stretch of a number said in words ("oh seven seven double oh..."), as digits with its place. */
function spokenNumbers(text: string): { digits: string; start: number; end: number }[] {
  const { digits, repeat } = spokenDigits();
  const runs: { digits: string; start: number; end: number }[] = [];
  let current: { digits: string; start: number; end: number } | undefined;
  let times = 1;
  for (const match of text.matchAll(/[\p{L}\d]+/gu)) {
    const word = match[0].toLowerCase();
    const start = match.index ?? 0;
    const digit = /^\d+$/.test(word) ? word : digits[word];
    const repeats = repeat[word];
    const gap = current ? text.slice(current.end, start) : '';
    if (current && !/^[\s,.-]*$/.test(gap)) {
      runs.push(current);
      current = undefined;
    }
    if (digit === undefined && repeats === undefined) {
      if (current) runs.push(current);
      current = undefined;
      times = 1;
      continue;
    }
    current ??= { digits: '', start, end: start };
    current.end = start + word.length;
    if (repeats !== undefined) times = repeats;
    else {
      current.digits += digit === undefined ? '' : digit.repeat(digit.length === 1 ? times : 1);
      times = 1;
    }
  }
  if (current) runs.push(current);
  return runs.filter((run) => run.digits.length >= 10);
}

/**
 * A UK phone number inside a sentence: "yes its 07700 900 123", "call me on +44 7700 900123 after 5",
 * "oh seven seven double oh nine...". The first candidate that is a number a link worker may ring back.
 */
export function findUkPhone(text: string): FoundPhone | undefined {
  const head = text.slice(0, 500);
  for (const match of head.matchAll(CANDIDATE)) {
    const parsed = parseUkPhone(match[0]);
    if (parsed.ok) {
      const start = match.index ?? 0;
      return { ...parsed, start, end: start + match[0].length, national: `0${parsed.e164.slice(3)}` };
    }
  }
  for (const run of spokenNumbers(head)) {
    const parsed = parseUkPhone(run.digits);
    if (parsed.ok) return { ...parsed, start: run.start, end: run.end, national: `0${parsed.e164.slice(3)}` };
  }
  return undefined;
}

/**
 * The answer to "What number should they call?": the whole message, or a number inside it ("its 07700
 * 900123 thanks", "07700 900123 is my mob"). With no number to ring back, the problem with the digits it
 * holds ("my number is 0770 900", too short), or with the message when it holds none.
 */
export function readUkPhoneAnswer(text: string): PhoneResult {
  const whole = parseUkPhone(text);
  if (whole.ok || whole.reason !== 'notANumber') return whole;
  const found = findUkPhone(text);
  if (found) return { ok: true, e164: found.e164, display: found.display };
  const [digits] = text.slice(0, 500).match(CANDIDATE) ?? [];
  return digits === undefined ? whole : parseUkPhone(digits);
}
