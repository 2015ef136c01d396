/**
 * NHS numbers: ten digits, the last a Modulus 11 check digit over the first nine (weights 10 down to
 * 2; check = 11 - (sum mod 11); 11 becomes 0; 10 means no valid number has those nine digits).
 * People type them with spaces or hyphens ("943 476 5919"), so those are allowed and dropped.
 */

export type NhsNumberProblem =
  /** Not ten digits once spaces and hyphens are taken out. */
  | 'notTenDigits'
  /** Ten digits whose last digit is not the check digit of the first nine: a digit is wrong. */
  | 'checkDigit';

export type NhsNumberResult =
  | {
      ok: true;
      /** The ten digits, nothing else. */
      value: string;
      /** Grouped 3-3-4, the way NHS letters print it. */
      display: string;
    }
  | { ok: false; reason: NhsNumberProblem };

const WEIGHTED_DIGITS = 9;

/** The check digit for nine digits, or null when none exists (the remainder gives 10). */
export function nhsCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) throw new RangeError('expected exactly nine digits');
  let sum = 0;
  for (let index = 0; index < WEIGHTED_DIGITS; index += 1) {
    sum += Number(firstNine[index]) * (10 - index);
  }
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

export function parseNhsNumber(text: string): NhsNumberResult {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return { ok: false, reason: 'notTenDigits' };
  const check = nhsCheckDigit(digits.slice(0, WEIGHTED_DIGITS));
  if (check === null || check !== Number(digits[WEIGHTED_DIGITS])) return { ok: false, reason: 'checkDigit' };
  return {
    ok: true,
    value: digits,
    display: `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
  };
}
