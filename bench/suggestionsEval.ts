/**
 * How good the first suggestions are, measured the way a link worker would judge them:
 * - precision at 3 on the link workers' judgements (data/suggestions/profiles.json, sealed: only
 *   figures are printed) and on the development profiles (data/suggestions/dev, where each miss is
 *   printed);
 * - what the person said is read as the ranking reads it: their own words where a profile has them
 *   (dev/voices-profiles.json), else the link worker's note, read as a note. The link workers' set
 *   has no words, so its notes stand for what each person said;
 * - how many of a person's needs and interests the first three cover;
 * - limits broken (an offer the person must never see) and card contradictions, on those profiles and
 *   on 1,000 generated ones, checked against a second, plain statement of the limits.
 *
 *   npm run eval:suggestions            (builds first)
 *   node dist/bench/suggestionsEval.js [--generated 1000] [--pages 3]
 *
 * The last line is a JSON summary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describeSuggestion } from '../dialogs/suggestions/describeOffer';
import type { InterestId, NeedId } from '../src/domain/directory/codes';
import type { CommunityOffer } from '../src/domain/directory/communityOffer';
import { districtCentroid } from '../src/domain/directory/directoryIndex';
import { personFor, rankOffers, type Suggestion } from '../src/domain/directory/rankOffers';
import { judgeOffer } from '../src/domain/directory/suggestionRules';
import { createTranslator } from '../src/i18n/translator';
import { loadDirectory, type LoadedDirectory } from '../src/services/directory/loadDirectory';
import { cardContradictions, pageContradictions } from './suggestions/cardTruth';
import { brokenLimits } from './suggestions/eligibilityOracle';
import { readWhatTheySaid, type WhatTheySaid } from '../src/understanding/suggestions/readWhatTheySaid';
import {
  evalFileSchema,
  hearEntry,
  randomProfiles,
  toSuggestionProfile,
  withHeardFacts,
  type EvalEntry,
  type EvalProfile,
} from './suggestions/evalProfiles';

const TODAY = '2026-12-06';
const PAGE = 3;

function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
};

interface Checked {
  pages: Suggestion[][];
  broken: { offer: CommunityOffer; limits: string[] }[];
  contradictions: { offer: CommunityOffer; problems: string[] }[];
}

type Context = {
  directory: LoadedDirectory;
  say: Parameters<typeof describeSuggestion>[0];
  pages: number;
  /** Leave the person's words out, to see what they add. */
  noWords: boolean;
};

/** Pages 1..n for a profile ("show me other options"), with every limit and card checked. */
function check(ctx: Context, asked: EvalProfile, heardWords: WhatTheySaid | null): Checked {
  const { index } = ctx.directory;
  const heard = ctx.noWords ? null : heardWords;
  // The limits are checked against what the profile records and the facts read in their words.
  const profile = withHeardFacts(asked, heard);
  const rulesProfile = toSuggestionProfile(asked, heard);
  const person = personFor(index, rulesProfile);
  const pages: Suggestion[][] = [];
  const shown: string[] = [];
  for (let page = 0; page < ctx.pages; page++) {
    const result = rankOffers({ offers: index, profile: rulesProfile, excludeIds: shown });
    if (result.suggestions.length === 0) break;
    pages.push(result.suggestions);
    shown.push(...result.suggestions.map((s) => s.offer.id));
  }
  const broken: Checked['broken'] = [];
  const contradictions: Checked['contradictions'] = [];
  for (const page of pages) {
    const onPage = pageContradictions(page, ctx.say);
    for (const suggestion of page) {
      const limits = brokenLimits(suggestion.offer, profile, (district) => districtCentroid(index, district));
      if (limits.length > 0) broken.push({ offer: suggestion.offer, limits });
      const problems = [...cardContradictions(suggestion, person, ctx.say), ...onPage];
      if (problems.length > 0) contradictions.push({ offer: suggestion.offer, problems });
    }
  }
  return { pages, broken, contradictions };
}

/** The person's needs and interests the offers cover, by the directory's tags. */
function coveredBy(offers: readonly CommunityOffer[], profile: EvalProfile): Set<NeedId | InterestId> {
  const wanted = new Set<NeedId | InterestId>([...profile.needs.map((n) => n.id), ...profile.interests]);
  return new Set(
    offers.flatMap((offer) => [...offer.needs, ...offer.interests]).filter((tag) => wanted.has(tag)),
  );
}

/**
 * Profiles with two or more needs, or an interest: does the first page cover at least two of them,
 * or as many as any offers that break none of the person's limits and fit their times could cover?
 */
function coversTwo(
  ctx: Context,
  first: readonly CommunityOffer[],
  profile: EvalProfile,
  heard: WhatTheySaid | null,
): boolean | null {
  if (profile.needs.length < 2 && profile.interests.length === 0) return null;
  const person = personFor(ctx.directory.index, toSuggestionProfile(profile, ctx.noWords ? null : heard));
  const fitting = ctx.directory.offers.filter((offer) => {
    const judgement = judgeOffer(offer, person);
    return judgement.shown && judgement.fitsTimes;
  });
  const possible = coveredBy(fitting, profile).size;
  return coveredBy(first, profile).size >= Math.min(2, possible);
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const mean = (values: readonly number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;

function judged(ctx: Context, entries: readonly EvalEntry[], showMisses: boolean) {
  const precision: number[] = [];
  const strict: number[] = [];
  const mustCover: number[] = [];
  const two: boolean[] = [];
  let neverShownFirstPage = 0;
  let neverShownAnyPage = 0;
  let broken = 0;
  let contradictions = 0;
  let shortPages = 0;
  for (const entry of entries) {
    const heard = hearEntry(entry);
    const result = check(ctx, entry.profile, heard);
    const first = result.pages[0] ?? [];
    const ids = first.map((s) => s.offer.id);
    const hits = ids.filter((id) => entry.suitable.includes(id)).length;
    precision.push(entry.suitable.length === 0 ? 1 : hits / Math.min(PAGE, entry.suitable.length));
    strict.push(hits / PAGE);
    const covered = coveredBy(
      first.map((s) => s.offer),
      entry.profile,
    );
    mustCover.push(
      entry.mustCover.length === 0
        ? 1
        : entry.mustCover.filter((tag) => covered.has(tag)).length / entry.mustCover.length,
    );
    const coverage = coversTwo(
      ctx,
      first.map((s) => s.offer),
      entry.profile,
      heard,
    );
    if (coverage !== null) two.push(coverage);
    const never = new Set(entry.neverShow);
    neverShownFirstPage += ids.filter((id) => never.has(id)).length;
    const all = result.pages.flat();
    neverShownAnyPage += all.filter((s) => never.has(s.offer.id)).length;
    broken += result.broken.length;
    contradictions += result.contradictions.length;
    if (first.length < PAGE) shortPages += 1;
    if (showMisses) {
      const missed = first.filter((s) => !entry.suitable.includes(s.offer.id));
      const notCovered = entry.mustCover.filter((tag) => !covered.has(tag));
      const never = all.filter((s) => entry.neverShow.includes(s.offer.id));
      if (
        missed.length ||
        notCovered.length ||
        never.length ||
        result.broken.length ||
        result.contradictions.length
      ) {
        console.log(`  ${entry.id}: first page ${first.map((s) => s.offer.name).join(' | ')}`);
        if (missed.length)
          console.log(`    not judged suitable: ${missed.map((s) => s.offer.name).join(', ')}`);
        if (notCovered.length) console.log(`    not covered: ${notCovered.join(', ')}`);
        if (never.length)
          console.log(`    never-show offers shown: ${never.map((s) => s.offer.name).join(', ')}`);
        for (const b of result.broken) console.log(`    limit broken: ${b.offer.name} ${b.limits.join(',')}`);
        for (const c of result.contradictions)
          console.log(`    card: ${c.offer.name} ${c.problems.join('; ')}`);
      }
    }
  }
  return {
    profiles: entries.length,
    precisionAt3: round(mean(precision)),
    precisionAt3Strict: round(mean(strict)),
    mustCoverCovered: round(mean(mustCover)),
    coversTwoOrMore: round(mean(two.map(Number))),
    coversTwoProfiles: two.length,
    neverShowOnFirstPage: neverShownFirstPage,
    neverShowOnAnyPage: neverShownAnyPage,
    limitsBroken: broken,
    cardContradictions: contradictions,
    shortFirstPages: shortPages,
  };
}

function generated(ctx: Context, count: number) {
  const districts = [...ctx.directory.index.districts.keys()];
  const profiles = randomProfiles(count, 20261206, [...districts, 'LS6']);
  let suggestions = 0;
  let broken = 0;
  let contradictions = 0;
  const two: boolean[] = [];
  const examples: string[] = [];
  for (const profile of profiles) {
    const heard = readWhatTheySaid({ texts: [profile.words] });
    const result = check(ctx, profile, heard);
    suggestions += result.pages.flat().length;
    broken += result.broken.length;
    contradictions += result.contradictions.length;
    const coverage = coversTwo(
      ctx,
      (result.pages[0] ?? []).map((s) => s.offer),
      profile,
      heard,
    );
    if (coverage !== null) two.push(coverage);
    for (const b of result.broken.slice(0, 1)) examples.push(`limit ${b.limits.join(',')}: ${b.offer.name}`);
    for (const c of result.contradictions.slice(0, 1))
      examples.push(`card ${c.problems.join('; ')}: ${c.offer.name}`);
  }
  return {
    result: {
      profiles: count,
      suggestionsChecked: suggestions,
      limitsBroken: broken,
      cardContradictions: contradictions,
      coversTwoOrMore: round(mean(two.map(Number))),
      coversTwoProfiles: two.length,
    },
    examples: [...new Set(examples)].slice(0, 10),
  };
}

async function main(): Promise<void> {
  const root = projectRoot(__dirname);
  const dataDir = join(root, 'data/directory');
  const loaded = await loadDirectory({
    readText: (name) => readFile(join(dataDir, name), 'utf8'),
    servicesFile: 'riverside-pcn.oruk.json',
    districtCentroidsFile: 'riverside-pcn.districts.json',
    today: TODAY,
  });
  if (!loaded.ok) throw new Error(`directory: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
  const translator = createTranslator({ localesDir: join(root, 'locales'), defaultLocale: 'en-GB' });
  const ctx: Context = {
    directory: loaded.directory,
    say: (key, vars) => translator.t('en-GB', key, vars),
    pages: argument('pages', 3),
    noWords: process.argv.includes('--no-words'),
  };
  if (ctx.noWords) console.log('(--no-words: the ranking is not told what anyone said)');
  const read = (file: string): EvalEntry[] => evalFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

  const summary: Record<string, unknown> = { eval: 'suggestions', offers: loaded.directory.offers.length };
  const quiet = process.argv.includes('--quiet');
  const devFile = join(root, 'data/suggestions/dev/profiles.json');
  if (existsSync(devFile)) {
    console.log(
      "development profiles (data/suggestions/dev/profiles.json; the note read as the person's words), with every miss:",
    );
    const dev = judged(ctx, read(devFile), !quiet);
    console.log(dev);
    summary.dev = dev;
  }
  const voicesFile = join(root, 'data/suggestions/dev/voices-profiles.json');
  if (existsSync(voicesFile)) {
    const voices = read(voicesFile);
    console.log(
      "\ndevelopment profiles in the person's own words (data/suggestions/dev/voices-profiles.json), with every miss:",
    );
    const heard = judged(ctx, voices, !quiet);
    console.log(heard);
    summary.voices = heard;
    // The same people heard only through the link worker's note, as the sealed set is.
    const noted = judged(
      ctx,
      voices.map(({ words: _words, ...entry }) => entry),
      false,
    );
    console.log('\nthe same profiles, the note read instead of their words (figures only):');
    console.log(noted);
    summary.voicesFromNotes = noted;
  }
  const sealedFile = join(root, 'data/suggestions/profiles.json');
  if (existsSync(sealedFile) && !process.argv.includes('--dev-only')) {
    const sealed = judged(ctx, read(sealedFile), false);
    console.log(
      "\nlink-worker judgements (data/suggestions/profiles.json; no words in this set, so each link worker's note is read as the person's words; figures only):",
    );
    console.log(sealed);
    summary.judged = sealed;
  }
  const made = generated(ctx, argument('generated', 1000));
  console.log('\ngenerated profiles:');
  console.log(made.result);
  if (made.examples.length) console.log(`examples:\n  ${made.examples.join('\n  ')}`);
  summary.generated = made.result;
  console.log(JSON.stringify(summary));
}

void main();
