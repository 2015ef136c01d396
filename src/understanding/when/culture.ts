import { Culture } from '@microsoft/recognizers-text-suite';

export interface WhenCulture {
  /** The recognizers-text culture code. */
  readonly recognizer: string;
  /** Our own English cues (asap, "not Mondays", "weekday mornings", "the 14th") apply. */
  readonly english: boolean;
  /** Numeric dates are day first (3/12 is 3 December), as everywhere in the UK but en-US. */
  readonly dayFirst: boolean;
}

const BY_LANGUAGE: Readonly<Record<string, string>> = {
  es: Culture.Spanish,
  pt: Culture.Portuguese,
  fr: Culture.French,
  de: Culture.German,
  it: Culture.Italian,
  nl: Culture.Dutch,
  zh: Culture.Chinese,
  ja: Culture.Japanese,
};

/**
 * Maps a BCP 47 locale to a recognizer culture. en-GB (and any English but en-US) uses EnglishOthers,
 * which reads dates day first; botbuilder's default 'en-us' would read 3/12 as 12 March. Languages the
 * recognizers do not know (Welsh, Polish, Romanian, Panjabi, Urdu) give null, and the caller offers
 * choices instead of free text.
 */
export function cultureFor(locale: string): WhenCulture | null {
  const [language = '', region = ''] = locale.toLowerCase().split(/[-_]/);
  if (language === 'en') {
    const us = region === 'us';
    return { recognizer: us ? Culture.English : Culture.EnglishOthers, english: true, dayFirst: !us };
  }
  const recognizer = BY_LANGUAGE[language];
  return recognizer ? { recognizer, english: false, dayFirst: true } : null;
}
