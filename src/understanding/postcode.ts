// UK postcodes. We keep only the outward code (district, e.g. "LS6"): enough to find nearby offers, and
// the inward part narrows an address down to a few homes, which we have no reason to hold.
// Format rules: Royal Mail Programmers' Guide to PAF / the ONS Postcode Directory user guide
// (outward: A9, A9A, A99, AA9, AA9A, AA99; inward: 9AA without C, I, K, M, O, V).

/** The 124 postcode areas of the UK and Crown Dependencies (ONS Postcode Directory). */
export const POSTCODE_AREAS: ReadonlySet<string> = new Set(
  (
    'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX ' +
    'FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE ' +
    'NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ ' +
    'TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);

const NO_AREAS: ReadonlySet<string> = new Set();

const OUTWARD = /^([A-Z]{1,2})(\d)([A-Z\d]?)$/;
const INWARD = /^\d[ABD-HJLNP-UW-Z]{2}$/;
// Third character of A9A outward codes, and fourth of AA9A ones.
const A9A_LETTERS = /^[ABCDEFGHJKPSTUW]$/;
const AA9A_LETTERS = /^[ABEHMNPRVWXY]$/;

/**
 * `extraAreas` are postcode areas a deployment knows besides the real ones: the shipped fictional
 * directory uses an area ("RV") that no real postcode has, so that it is never mistaken for a place.
 */
export function isValidOutwardCode(candidate: string, extraAreas: ReadonlySet<string> = NO_AREAS): boolean {
  const code = candidate.toUpperCase();
  if (code === 'GIR') return true;
  const match = OUTWARD.exec(code);
  if (!match) return false;
  const [, area = '', , tail = ''] = match;
  if (!POSTCODE_AREAS.has(area) && !extraAreas.has(area)) return false;
  if (tail === '' || /\d/.test(tail)) return true;
  return area.length === 1 ? A9A_LETTERS.test(tail) : AA9A_LETTERS.test(tail);
}

export function isValidInwardCode(candidate: string): boolean {
  return INWARD.test(candidate.toUpperCase());
}

export type PostcodeMatch =
  | { readonly valid: true; readonly district: string; readonly from: number; readonly to: number }
  | { readonly valid: false; readonly from: number; readonly to: number; readonly full: boolean };

// Shapes that look like a postcode: outward code with an optional inward code, with or without a space.
const FULL = /\b([A-Za-z]{1,2}\d[A-Za-z\d]?)\s*(\d[A-Za-z]{2})\b/g;
const DISTRICT = /\b([A-Za-z]{1,2}\d[A-Za-z\d]?)\b/g;

/** Finds postcodes in free text; a full postcode that breaks the rules is reported as invalid. */
export function findPostcodes(text: string, extraAreas: ReadonlySet<string> = NO_AREAS): PostcodeMatch[] {
  const found: PostcodeMatch[] = [];
  const taken: [number, number][] = [];
  for (const match of text.matchAll(FULL)) {
    const from = match.index ?? 0;
    const to = from + match[0].length;
    const outward = (match[1] ?? '').toUpperCase();
    const inward = (match[2] ?? '').toUpperCase();
    taken.push([from, to]);
    if (outward === 'GIR' && inward === '0AA') found.push({ valid: true, district: 'GIR', from, to });
    else if (isValidOutwardCode(outward, extraAreas) && isValidInwardCode(inward))
      found.push({ valid: true, district: outward, from, to });
    else found.push({ valid: false, from, to, full: true });
  }
  for (const match of text.matchAll(DISTRICT)) {
    const from = match.index ?? 0;
    const to = from + match[0].length;
    if (taken.some(([a, b]) => from < b && a < to)) continue;
    const outward = (match[1] ?? '').toUpperCase();
    if (isValidOutwardCode(outward, extraAreas)) found.push({ valid: true, district: outward, from, to });
    else found.push({ valid: false, from, to, full: false });
  }
  return found.sort((a, b) => a.from - b.from);
}
