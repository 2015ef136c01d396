/**
 * A patient's preferred language as a receptionist names it ("Polish", "Panjabi", "BSL"), as a BCP 47
 * tag. The list covers the main languages of England and Wales (Census 2021) and British Sign Language;
 * a tag typed as such ("pl", "pt-BR") is taken as it is.
 */

const NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  welsh: 'cy',
  polish: 'pl',
  romanian: 'ro',
  panjabi: 'pa',
  punjabi: 'pa',
  urdu: 'ur',
  portuguese: 'pt',
  spanish: 'es',
  arabic: 'ar',
  bengali: 'bn',
  bangla: 'bn',
  sylheti: 'syl',
  gujarati: 'gu',
  italian: 'it',
  french: 'fr',
  lithuanian: 'lt',
  tamil: 'ta',
  chinese: 'zh',
  mandarin: 'cmn',
  cantonese: 'yue',
  turkish: 'tr',
  bulgarian: 'bg',
  persian: 'fa',
  farsi: 'fa',
  pashto: 'ps',
  somali: 'so',
  tigrinya: 'ti',
  kurdish: 'ku',
  russian: 'ru',
  ukrainian: 'uk',
  hungarian: 'hu',
  hindi: 'hi',
  greek: 'el',
  german: 'de',
  'british sign language': 'bfi',
  bsl: 'bfi',
  'sign language': 'bfi',
};

const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

function knownLanguage(tag: string): boolean {
  try {
    return displayNames.of(tag) !== undefined;
  } catch {
    return false;
  }
}

export type LanguageResult = { ok: true; tag: string; english: boolean } | { ok: false };

export function parseLanguage(text: string): LanguageResult {
  const said = text
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ');
  const named = NAMES[said];
  if (named) return { ok: true, tag: named, english: named === 'en' };
  const tag = text.trim();
  // A bare tag only from the list, so "no" is not read as Norwegian; a regional tag if the platform knows it.
  const listed = Object.values(NAMES).includes(tag.toLowerCase());
  if (TAG.test(tag) && (listed || (tag.includes('-') && knownLanguage(tag)))) {
    return { ok: true, tag, english: tag.toLowerCase().split('-')[0] === 'en' };
  }
  return { ok: false };
}

/** The English name of a language tag, for staff to read. */
export function languageName(tag: string): string {
  const own = Object.entries(NAMES).find(([, value]) => value === tag);
  if (tag === 'bfi') return 'British Sign Language';
  try {
    const name = displayNames.of(tag);
    if (name) return name;
  } catch {
    // fall back to the list below
  }
  return own ? own[0].charAt(0).toUpperCase() + own[0].slice(1) : tag;
}
