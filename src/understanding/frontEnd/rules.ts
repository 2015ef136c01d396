// The front end's word lists for one language, read from reviewable data files
// (src/understanding/data/<locale>/*.json), checked once with zod and compiled once.
import { z } from 'zod';
import contractionsEnGB from '../data/en-GB/contractions.json';
import negationEnGB from '../data/en-GB/negation.json';
import spellingsEnGB from '../data/en-GB/spellings.json';
import textSpeakEnGB from '../data/en-GB/textSpeak.json';
import vocabularyEnGB from '../data/en-GB/vocabulary.json';
import { compilePhrase, type CompiledPhrase } from './phrase';
import type { NegationProfile } from './types';

const wordMap = z.record(z.string().min(1), z.string().min(1));
const pairs = z.array(z.tuple([z.string().min(1), z.string()]));

const contractionsSchema = z.object({
  about: z.string(),
  words: wordMap,
  suffixes: pairs,
  joined: z.array(z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)])),
});
const textSpeakSchema = z.object({ about: z.string(), words: wordMap });
const spellingsSchema = z.object({
  about: z.string(),
  misspellings: wordMap,
  american: wordMap,
  izeSuffixes: pairs,
  izeExceptions: z.array(z.string()),
  droppedEndings: pairs,
});
const vocabularySchema = z.object({
  about: z.string(),
  common: z.array(z.string().min(1)),
  targets: z.array(z.string().min(1)),
});
const profileSchema = z.object({
  cues: z.array(z.string().min(1)).optional(),
  bridge: z.array(z.string().min(1)).optional(),
  /** Replaces the language's "after" phrases for this profile. */
  after: z.array(z.string().min(1)).optional(),
});
const negationSchema = z.object({
  about: z.string(),
  cues: z.array(z.string().min(1)),
  notCues: z.array(z.string().min(1)),
  after: z.array(z.string().min(1)),
  bridge: z.array(z.string().min(1)),
  coordinators: z.array(z.string().min(1)),
  reach: z.number().int().positive(),
  coordinatedWords: z.number().int().nonnegative(),
  profiles: z.record(z.string(), profileSchema),
});

export interface LanguageData {
  readonly contractions: z.infer<typeof contractionsSchema>;
  readonly textSpeak: z.infer<typeof textSpeakSchema>;
  readonly spellings: z.infer<typeof spellingsSchema>;
  readonly vocabulary: z.infer<typeof vocabularySchema>;
  readonly negation: z.infer<typeof negationSchema>;
}

/** Raw data files by locale; a language is added by writing its folder and naming it here. */
const DATA: Readonly<Record<string, () => LanguageData>> = {
  'en-GB': () => ({
    contractions: contractionsSchema.parse(contractionsEnGB),
    textSpeak: textSpeakSchema.parse(textSpeakEnGB),
    spellings: spellingsSchema.parse(spellingsEnGB),
    vocabulary: vocabularySchema.parse(vocabularyEnGB),
    negation: negationSchema.parse(negationEnGB),
  }),
};

export const FRONT_END_DEFAULT_LOCALE = 'en-GB';

/** The locale whose data serves a tag: exact, else the same language, else en-GB. */
export function frontEndLocale(locale: string | undefined): string {
  const wanted = (locale ?? FRONT_END_DEFAULT_LOCALE).trim().toLowerCase().replace('_', '-');
  const tags = Object.keys(DATA);
  return (
    tags.find((tag) => tag.toLowerCase() === wanted) ??
    tags.find((tag) => tag.toLowerCase().split('-')[0] === wanted.split('-')[0]) ??
    FRONT_END_DEFAULT_LOCALE
  );
}

export interface CompiledNegation {
  readonly cues: readonly CompiledPhrase[];
  readonly notCues: readonly CompiledPhrase[];
  readonly after: readonly CompiledPhrase[];
  readonly bridge: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  readonly reach: number;
  readonly coordinatedWords: number;
}

export interface CompiledRules {
  readonly locale: string;
  /** Whole-word rewrites: contractions, text-speak, misspellings, American spellings. */
  readonly words: ReadonlyMap<string, string>;
  readonly suffixes: readonly (readonly [string, string])[];
  /** "can" + "not" → "cannot". */
  readonly joined: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly izeSuffixes: readonly (readonly [string, string])[];
  readonly izeExceptions: ReadonlySet<string>;
  readonly droppedEndings: readonly (readonly [string, string])[];
  readonly common: readonly string[];
  readonly targets: readonly string[];
  readonly negation: Readonly<Record<NegationProfile, CompiledNegation>>;
}

function compileNegation(data: LanguageData['negation'], profile: NegationProfile): CompiledNegation {
  const extra = profile === 'default' ? {} : (data.profiles[profile] ?? {});
  return {
    cues: [...data.cues, ...(extra.cues ?? [])].map(compilePhrase),
    notCues: data.notCues.map(compilePhrase),
    after: (extra.after ?? data.after).map(compilePhrase),
    bridge: new Set([...data.bridge, ...(extra.bridge ?? [])]),
    coordinators: new Set(data.coordinators),
    reach: data.reach,
    coordinatedWords: data.coordinatedWords,
  };
}

export function compileRules(locale: string, data: LanguageData): CompiledRules {
  const words = new Map<string, string>();
  // Later tables win: a contraction is never re-read as text-speak.
  for (const table of [
    data.spellings.american,
    data.spellings.misspellings,
    data.textSpeak.words,
    data.contractions.words,
  ]) {
    for (const [from, to] of Object.entries(table)) words.set(from.toLowerCase(), to.toLowerCase());
  }
  const joined = new Map<string, Map<string, string>>();
  for (const [first, second, into] of data.contractions.joined) {
    const after = joined.get(first) ?? new Map<string, string>();
    after.set(second, into);
    joined.set(first, after);
  }
  return {
    locale,
    words,
    suffixes: data.contractions.suffixes,
    joined,
    izeSuffixes: data.spellings.izeSuffixes,
    izeExceptions: new Set(data.spellings.izeExceptions),
    droppedEndings: data.spellings.droppedEndings,
    common: data.vocabulary.common,
    targets: data.vocabulary.targets,
    negation: {
      default: compileNegation(data.negation, 'default'),
      interests: compileNegation(data.negation, 'interests'),
      accessNeeds: compileNegation(data.negation, 'accessNeeds'),
      saidWords: compileNegation(data.negation, 'saidWords'),
      choices: compileNegation(data.negation, 'choices'),
    },
  };
}

const compiled = new Map<string, CompiledRules>();

export function rulesFor(locale: string | undefined): CompiledRules {
  const tag = frontEndLocale(locale);
  let rules = compiled.get(tag);
  if (!rules) {
    const load = DATA[tag] ?? DATA[FRONT_END_DEFAULT_LOCALE];
    if (!load) throw new Error(`No front-end data for ${tag}`);
    rules = compileRules(tag, load());
    compiled.set(tag, rules);
  }
  return rules;
}
