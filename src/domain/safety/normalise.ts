// One canonical form for every message before any pattern sees it, so that a lexicon is written once
// for "can't", "cant" and "CAN’T", for "self-harm" and "self harm", for "żyć" and "zyc".
//
// The result is lower case, with letters hidden behind look-alike marks restored ("k1ll" → "kill"),
// single spaces between words, apostrophes removed, sentence ends as
// " . " and commas as " , " (negation and "years ago" must not reach across a sentence), and every
// other punctuation mark turned into a space.

const SMART_QUOTES = /[’‘`´ʼ′]/g;
const APOSTROPHES = /'/g;
// Latin letters only: the combining marks of Indic and Arabic scripts carry vowels and must stay.
const LATIN_MARKS = /(?<=[A-Za-z])\p{M}+/gu;
const STROKED_L = /[łŁ]/g;
// A full stop between two digits is a decimal point ("a temp of 38.5"), not the end of a sentence.
export const SENTENCE_ENDS = /(?:[!?;:\n\r…]|\.(?!\d)|(?<!\d)\.)+/g;
const COMMAS = /[,،、]+/g;
const AMPERSAND = /&/g;
const OTHER_SYMBOLS = /[^\p{L}\p{N}\p{M}., ]+/gu;
const SPACES = /\s+/g;
// Letters hidden inside a word, as people type words they expect to be filtered ("k*ll myself",
// "su1c1de", "unal!ve"): each mark stands for the letter it looks like; a star most often hides a
// vowel, and "i" restores the words that matter most here (kill, die, suicide, unalive).
const HIDDEN_LETTERS = /(?<=\p{L})[*@$!0134]+(?=\p{L})/gu;
const LOOKALIKES: Readonly<Record<string, string>> = {
  '*': 'i',
  '!': 'i',
  '1': 'i',
  '@': 'a',
  '4': 'a',
  $: 's',
  '0': 'o',
  '3': 'e',
};
const revealLetters = (marks: string): string => [...marks].map((mark) => LOOKALIKES[mark] ?? mark).join('');

export function normaliseText(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .replace(STROKED_L, 'l')
    .toLowerCase()
    .replace(HIDDEN_LETTERS, revealLetters)
    .replace(SMART_QUOTES, "'")
    .replace(APOSTROPHES, '')
    .replace(AMPERSAND, ' and ')
    .replace(SENTENCE_ENDS, ' . ')
    .replace(COMMAS, ' , ')
    .replace(OTHER_SYMBOLS, ' ')
    .replace(SPACES, ' ')
    .trim()} `;
}
