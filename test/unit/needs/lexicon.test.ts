import {
  compileLexicon,
  lexiconFor,
  resolveLocale,
  SUPPORTED_LOCALES,
} from '../../../src/understanding/needs/lexicon';
import { enGB } from '../../../src/understanding/needs/lexicon/en-GB';
import { NEED_IDS, INTEREST_IDS } from '../../../src/domain/needs/taxonomy';

describe('needs lexicon tables', () => {
  it.each(SUPPORTED_LOCALES.map((locale) => [locale]))(
    '%s compiles and covers every need and interest',
    (locale) => {
      const compiled = lexiconFor(locale);
      const needs = new Set(compiled.needs.flatMap((entry) => entry.ids));
      const interests = new Set(compiled.interests.flatMap((entry) => entry.ids));
      expect([...NEED_IDS].filter((id) => !needs.has(id))).toEqual([]);
      expect([...INTEREST_IDS].filter((id) => !interests.has(id))).toEqual([]);
    },
  );

  it('compiles the shipped table', () => {
    expect(compileLexicon(enGB).needs.length).toBe(enGB.needs.length);
  });

  it.each([
    ['en-GB', 'en-GB'],
    ['en-gb', 'en-GB'],
    ['en', 'en-GB'],
    ['fr-FR', 'en-GB'],
  ])('resolves %s to %s', (locale, expected) => {
    expect(resolveLocale(locale)).toBe(expected);
  });
});
