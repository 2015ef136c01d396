import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { z } from 'zod';

/**
 * Every user-facing sentence comes from locales/<tag>/*.json through this module; the files of one
 * language are merged (each capability keeps its sentences in its own file, under its own top-level
 * keys). en-GB is the reference catalogue: its keys type-check every call, so a misspelt key does
 * not compile. Another language is one more folder in locales/ (no code change); a key missing there
 * falls back along the chain <language>-<REGION> → <language> → the default locale (en-GB).
 */

/** The en-GB files; a new file of sentences is added here once, for its keys to type-check. */
export type Catalogue = typeof import('../../locales/en-GB/core.json') &
  typeof import('../../locales/en-GB/patient.json') &
  typeof import('../../locales/en-GB/booking.json') &
  typeof import('../../locales/en-GB/web.json') &
  typeof import('../../locales/en-GB/staff.json');

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** i18next plural forms are stored as key_one / key_other and asked for as key with a count. */
type WithoutPluralSuffix<K extends string> =
  K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

export type MessageKey = WithoutPluralSuffix<Leaves<Catalogue>>;
export type MessageVars = Record<string, string | number>;

export interface Translator {
  /** The locales that have a file, e.g. ['cy', 'en-GB']. */
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  /** The supported locale that best serves a requested tag (from the channel or the user's choice). */
  resolve(requested: string | undefined): string;
  t(locale: string | undefined, key: MessageKey, vars?: MessageVars): string;
  /** A list held in the catalogue as one string of items separated by "|" (command synonyms). */
  list(locale: string | undefined, key: MessageKey): string[];
}

type CatalogueTree = { [key: string]: string | CatalogueTree };
const catalogueTree: z.ZodType<CatalogueTree> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), catalogueTree])),
);

export interface TranslatorOptions {
  localesDir: string;
  defaultLocale: string;
  /**
   * Every sentence with variables through i18next itself, never through the compiled sentences below
   * (the tests compare the two).
   */
  alwaysI18next?: boolean;
}

// A sentence with variables is compiled once per locale and key into its text and its placeholders,
// and filled in without i18next, which otherwise resolves the locale, the key and the fallback chain
// and scans the sentence on every call. Only what i18next would fill in the very same way is
// compiled: plain placeholders ("{{name}}"), every one given a value, and no option i18next reads
// from the variables (a count chooses a plural form); anything else goes through i18next.
const PLACEHOLDER = /{{(.+?)}}/g;
const PLAIN_NAME = /^\s*[A-Za-z_][A-Za-z0-9_]*\s*$/;
/** Names i18next reads from the variables as options, not only as values. */
const OPTION_NAMES: ReadonlySet<string> = new Set([
  'count',
  'context',
  'ordinal',
  'lng',
  'lngs',
  'ns',
  'replace',
  'defaultValue',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'skipInterpolation',
  'nest',
  'keySeparator',
  'nsSeparator',
  'fallbackLng',
]);

/** A sentence as text between placeholders: texts[0], names[0], texts[1], ... */
interface CompiledSentence {
  texts: string[];
  names: string[];
}

function compileSentence(raw: string): CompiledSentence | undefined {
  if (raw.includes('$t(')) return undefined;
  const pieces = raw.split(PLACEHOLDER);
  const texts: string[] = [];
  const names: string[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (index % 2 === 0) texts.push(piece);
    else if (PLAIN_NAME.test(piece)) names.push(piece.trim());
    else return undefined;
  }
  return { texts, names };
}

/** The sentence filled in, or undefined when i18next must fill it in itself. */
function fill(sentence: CompiledSentence, vars: MessageVars): string | undefined {
  for (const name of Object.keys(vars)) if (OPTION_NAMES.has(name)) return undefined;
  let out = sentence.texts[0] ?? '';
  for (const [index, name] of sentence.names.entries()) {
    const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    if (value === undefined) return undefined;
    const text = String(value);
    // i18next would read placeholders and nesting inside a value in its own ways.
    if (text.includes('{{') || text.includes('$t(')) return undefined;
    out += text + (sentence.texts[index + 1] ?? '');
  }
  return out;
}

export function createTranslator(options: TranslatorOptions): Translator {
  const resources: Record<string, { translation: CatalogueTree }> = {};
  for (const tag of readdirSync(options.localesDir, { withFileTypes: true })) {
    if (!tag.isDirectory()) continue;
    const merged: CatalogueTree = {};
    const folder = path.join(options.localesDir, tag.name);
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const parsed = catalogueTree.safeParse(JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
      if (!parsed.success)
        throw new Error(`locales/${tag.name}/${file} is not a catalogue of strings: ${parsed.error.message}`);
      for (const [key, value] of Object.entries(parsed.data)) {
        if (key in merged) throw new Error(`locales/${tag.name}/${file} repeats the top-level key "${key}"`);
        merged[key] = value;
      }
    }
    resources[tag.name] = { translation: merged };
  }
  const locales = Object.keys(resources).sort();
  if (!resources[options.defaultLocale]) {
    throw new Error(
      `DEFAULT_LOCALE ${options.defaultLocale} has no folder in locales/ (found: ${locales.join(', ')})`,
    );
  }

  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: options.defaultLocale,
    fallbackLng: (code: string) => {
      const [language = code] = code.split('-');
      return [...new Set([language, options.defaultLocale])];
    },
    supportedLngs: false,
    load: 'currentOnly',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
    showSupportNotice: false,
  });

  const byLowerCase = new Map(locales.map((tag) => [tag.toLowerCase(), tag]));
  const fixed = new Map<string, TFunction>();

  const resolve = (requested: string | undefined): string => {
    if (!requested) return options.defaultLocale;
    const lower = requested.toLowerCase();
    const exact = byLowerCase.get(lower);
    if (exact) return exact;
    const [language = lower] = lower.split('-');
    const sameLanguage =
      byLowerCase.get(language) ?? locales.find((tag) => tag.toLowerCase().split('-')[0] === language);
    return sameLanguage ?? options.defaultLocale;
  };

  const tFor = (locale: string | undefined): TFunction => {
    const tag = resolve(locale);
    let t = fixed.get(tag);
    if (!t) {
      t = instance.getFixedT(tag);
      fixed.set(tag, t);
    }
    return t;
  };

  // Catalogues do not change while the process runs, so a sentence without variables is looked up
  // once per locale and key: the lookup is on the path of every turn.
  const plain = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const compiled = new Map<string, CompiledSentence | null>();
  const withVars = (locale: string | undefined, key: MessageKey, vars: MessageVars): string => {
    if (options.alwaysI18next) return tFor(locale)(key, vars) as string;
    const cacheKey = `${resolve(locale)}\u0000${key}`;
    let sentence = compiled.get(cacheKey);
    if (sentence === undefined) {
      const raw = tFor(locale)(key, { skipInterpolation: true }) as string;
      sentence = compileSentence(raw) ?? null;
      compiled.set(cacheKey, sentence);
    }
    return (sentence && fill(sentence, vars)) ?? (tFor(locale)(key, vars) as string);
  };
  const t = (locale: string | undefined, key: MessageKey, vars?: MessageVars): string => {
    if (vars) return withVars(locale, key, vars);
    const cacheKey = `${resolve(locale)}\u0000${key}`;
    let text = plain.get(cacheKey);
    if (text === undefined) {
      text = tFor(locale)(key) as string;
      plain.set(cacheKey, text);
    }
    return text;
  };

  return {
    locales,
    defaultLocale: options.defaultLocale,
    resolve,
    t,
    list: (locale, key) => {
      const cacheKey = `${resolve(locale)}\u0000${key}`;
      let items = lists.get(cacheKey);
      if (!items) {
        items = t(locale, key)
          .split('|')
          .map((item) => item.trim())
          .filter(Boolean);
        lists.set(cacheKey, items);
      }
      return items;
    },
  };
}
