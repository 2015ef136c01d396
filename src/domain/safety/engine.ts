import type { CrisisRule, RedFlagRule, SafetyLexicon } from './lexicon';
import { allowedBy, indexNeeds, keysIn, needOptionsOf, type NeedIndex } from './prefilter';
import type { HitStatus, Subject } from './types';

// Compiles a lexicon once, at module load, and runs it. A message pays for one substitution pass, one
// linear scan per benign phrase and per rule whose words it has (one whose literal words are absent is
// skipped, prefilter.ts); the context checks (which slice strings) only run on hits.
//
// Word boundaries are spaces: normalised text (normalise.ts) starts and ends with a space and has
// nothing but spaces between words, so every rule is compiled as " (?:pattern)(?= )". That lets the
// regular-expression engine skip ahead to the next space instead of testing a Unicode look-behind at
// every character, about three times faster. Rules are kept as separate expressions on purpose: one
// alternation of every rule was measured at twenty times slower than running them one by one, because
// the engine can no longer pick out where a match could start. Benign phrases are kept apart for the
// same reason, and for the prefilter; mask() hides what one alternation of them would have hidden.

const WORD_START = ' ';
const WORD_END = '(?= )';
const SENTENCE_BREAK = ' . ';
/** How far back negation and third-party cues may sit; further than this they belong to something else. */
const LOOK_BACK = 120;

export class SafetyLexiconError extends Error {
  readonly code = 'SAFETY_LEXICON_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'SafetyLexiconError';
  }
}

interface MatchableRule {
  id: string;
  pattern: string;
  negatable?: boolean;
  event?: boolean;
  subject?: Subject | 'either';
  /** A patient's rule: the kinds of crisis it finds. */
  kinds?: readonly string[];
  /** A receptionist's red flag: how soon a clinician is needed. */
  urgency?: string;
}

export interface CompiledRule<R> {
  rule: R;
  id: string;
  re: RegExp;
}

interface CompiledRuleSet<R> {
  rules: readonly CompiledRule<R>[];
  /** Which rules (by index) a text's words allow (prefilter.ts). */
  index: NeedIndex;
}

/**
 * A list of phrases hidden as one (see mask), each its own expression so that the prefilter can skip
 * the phrases whose words a text lacks. Order matters: where two phrases match at the same place,
 * the first in the list is hidden.
 */
export interface CompiledMask {
  phrases: readonly RegExp[];
  index: NeedIndex;
}

export interface CompiledLexicon {
  tag: string;
  substitution: { re: RegExp; map: ReadonlyMap<string, string> } | null;
  benign: CompiledMask | null;
  triageBenign: CompiledMask | null;
  negationBefore: RegExp | null;
  negationHedgeAfter: RegExp | null;
  pastBefore: RegExp | null;
  pastInClause: RegExp | null;
  resolvedAfter: RegExp | null;
  ongoing: RegExp | null;
  recurrence: RegExp | null;
  clauseBreak: RegExp | null;
  thirdParty: RegExp | null;
  thirdPartyVictim: RegExp | null;
  writerAsObject: RegExp | null;
  imminence: RegExp | null;
  triageImminence: RegExp | null;
  crisis: CompiledRuleSet<CrisisRule>;
  redFlags: CompiledRuleSet<RedFlagRule>;
}

export interface RuleHit<R> {
  rule: R;
  id: string;
  status: HitStatus;
  subject: Subject;
  /** Which sentence of the text the hit is in, from 0: the words shown to staff are that sentence's. */
  sentence: number;
}

const SENTENCE_SPLIT = / \.(?= )/;

/** The index of the sentence that holds position `at`, counting only sentences with words in them. */
export function sentenceIndex(text: string, at: number): number {
  const parts = text.slice(0, at).split(SENTENCE_SPLIT);
  let count = 0;
  for (let i = 0; i < parts.length - 1; i += 1) if ((parts[i] ?? '').trim() !== '') count += 1;
  return count;
}

function compileSource(tag: string, what: string, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new SafetyLexiconError(`${tag}: ${what} is not a valid pattern: ${(error as Error).message}`);
  }
}

function words(source: string): string {
  return `${WORD_START}(?:${source})${WORD_END}`;
}

function alternation(tag: string, what: string, sources: readonly string[] | undefined): RegExp | null {
  if (!sources || sources.length === 0) return null;
  // Each source on its own first, so an error names the entry rather than the whole list.
  sources.forEach((source, index) => compileSource(tag, `${what}[${index}]`, source, 'u'));
  return compileSource(tag, what, words(sources.map((source) => `(?:${source})`).join('|')), 'gu');
}

function compileMask(tag: string, what: string, sources: readonly string[] | undefined): CompiledMask | null {
  if (!sources || sources.length === 0) return null;
  const phrases = sources.map((source, index) =>
    compileSource(tag, `${what}[${index}]`, words(source), 'gu'),
  );
  return { phrases, index: indexNeeds(phrases.map((re) => needOptionsOf(re.source, re.flags))) };
}

function optional(tag: string, what: string, source: string | undefined, flags = 'u'): RegExp | null {
  return source === undefined ? null : compileSource(tag, what, source, flags);
}

function compileRules<R extends MatchableRule>(tag: string, rules: readonly R[]): CompiledRuleSet<R> {
  const seen = new Set<string>();
  const compiled = rules.map((rule) => {
    if (seen.has(rule.id)) throw new SafetyLexiconError(`${tag}: duplicate rule id ${rule.id}`);
    seen.add(rule.id);
    const re = compileSource(tag, rule.id, words(rule.pattern), 'gu');
    return { rule, id: `${tag}/${rule.id}`, re };
  });
  // The prefilter reads each source with the flags its expression is compiled with.
  return { rules: compiled, index: indexNeeds(compiled.map(({ re }) => needOptionsOf(re.source, re.flags))) };
}

function compileSubstitutions(
  tag: string,
  substitutions: Readonly<Record<string, string>> | undefined,
): CompiledLexicon['substitution'] {
  const entries = Object.entries(substitutions ?? {});
  if (entries.length === 0) return null;
  // Longest first, so a multi-word key wins over a key that is its first word.
  const keys = entries.map(([key]) => key).sort((a, b) => b.length - a.length);
  const escaped = keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { re: alternation(tag, 'substitutions', escaped) as RegExp, map: new Map(entries) };
}

export function compileLexicon(lexicon: SafetyLexicon): CompiledLexicon {
  const { tag } = lexicon;
  for (const rule of lexicon.crisis) {
    if (rule.kinds.includes('medicalEmergency') && !rule.flag) {
      throw new SafetyLexiconError(`${tag}: medical rule ${rule.id} needs a red flag`);
    }
  }
  return {
    tag,
    substitution: compileSubstitutions(tag, lexicon.substitutions),
    benign: compileMask(tag, 'benign', lexicon.benign),
    triageBenign: compileMask(tag, 'triageBenign', lexicon.triageBenign),
    negationBefore: optional(tag, 'negationBefore', lexicon.negationBefore),
    negationHedgeAfter: optional(tag, 'negationHedgeAfter', lexicon.negationHedgeAfter),
    pastBefore: optional(tag, 'pastBefore', lexicon.pastBefore),
    pastInClause: optional(tag, 'pastInClause', lexicon.pastInClause),
    resolvedAfter: optional(tag, 'resolvedAfter', lexicon.resolvedAfter),
    ongoing: optional(tag, 'ongoing', lexicon.ongoing),
    recurrence: optional(tag, 'recurrence', lexicon.recurrence),
    clauseBreak: optional(tag, 'clauseBreak', lexicon.clauseBreak, 'gu'),
    thirdParty: optional(tag, 'thirdParty', lexicon.thirdParty),
    thirdPartyVictim: optional(tag, 'thirdPartyVictim', lexicon.thirdPartyVictim),
    writerAsObject: optional(tag, 'writerAsObject', lexicon.writerAsObject),
    imminence: optional(tag, 'imminence', lexicon.imminence),
    triageImminence: optional(tag, 'triageImminence', lexicon.triageImminence),
    crisis: compileRules(tag, lexicon.crisis),
    redFlags: compileRules(tag, lexicon.redFlags ?? []),
  };
}

/** The normalised text as this lexicon reads it: its own spelling rewrites applied. */
export function applySubstitutions(lexicon: CompiledLexicon, normalised: string): string {
  const substitution = lexicon.substitution;
  if (!substitution) return normalised;
  // Each match carries its leading space (see WORD_START).
  return normalised.replace(
    substitution.re,
    (match) => ` ${substitution.map.get(match.slice(1)) ?? match.slice(1)}`,
  );
}

/**
 * Hides figures of speech and the like behind a token no rule can match, as `text.replace` with one
 * global alternation of the mask's phrases would: going left to right, the match that starts first is
 * hidden, the phrase first in the list where two start at the same place, and the search goes on after
 * it. Only the phrases whose words the text has are run (prefilter.ts).
 */
export function mask(text: string, compiled: CompiledMask | null): string {
  if (!compiled) return text;
  const allowed = allowedBy(compiled.index, keysIn(text));
  const phrases: RegExp[] = [];
  const next: (RegExpExecArray | null)[] = [];
  for (let index = 0; index < compiled.phrases.length; index += 1) {
    const re = compiled.phrases[index];
    if (allowed[index] !== 1 || !re) continue;
    re.lastIndex = 0;
    const found = re.exec(text);
    if (!found) continue;
    phrases.push(re);
    next.push(found);
  }
  if (phrases.length === 0) return text;
  let out = '';
  let from = 0;
  for (;;) {
    let first: RegExpExecArray | null = null;
    for (const found of next) if (found && (!first || found.index < first.index)) first = found;
    if (!first) break;
    out += `${text.slice(from, first.index)} ~`;
    // Every phrase starts with a space (WORD_START), so a match is never empty.
    from = first.index + first[0].length;
    // A phrase whose next match began inside the one hidden looks again after it.
    for (let i = 0; i < next.length; i += 1) {
      const found = next[i];
      const re = phrases[i];
      if (!found || !re || found.index >= from) continue;
      re.lastIndex = from;
      next[i] = re.exec(text);
    }
  }
  return out + text.slice(from);
}

function lastClauseBreakEnd(lexicon: CompiledLexicon, text: string, from: number, to: number): number {
  const re = lexicon.clauseBreak;
  if (!re) return from;
  let end = from;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    end = m.index + m[0].length - 1;
    re.lastIndex = m.index + Math.max(1, m[0].length - 1);
  }
  return end;
}

function firstClauseBreakStart(lexicon: CompiledLexicon, text: string, from: number, to: number): number {
  const re = lexicon.clauseBreak;
  if (!re) return to;
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < to ? m.index + 1 : to;
}

/**
 * A receptionist's red flag, or a patient's rule for a medical emergency alone: an illness or a fall
 * can be over ("fully recovered"); a thought of ending one's life is never read as over from that.
 */
function isMedicalOnly(rule: MatchableRule): boolean {
  if (rule.urgency !== undefined) return true;
  const kinds = rule.kinds ?? [];
  return kinds.length > 0 && kinds.every((kind) => kind === 'medicalEmergency');
}

function classify<R extends MatchableRule>(
  lexicon: CompiledLexicon,
  text: string,
  rule: R,
  start: number,
  end: number,
): { status: HitStatus; subject: Subject } {
  const sentenceBreak = text.lastIndexOf(SENTENCE_BREAK, start - 1);
  const sentenceStart = sentenceBreak < 0 ? 0 : sentenceBreak + SENTENCE_BREAK.length - 1;
  const sentenceBreakAfter = text.indexOf(SENTENCE_BREAK, start);
  const sentenceEnd = sentenceBreakAfter < 0 ? text.length : sentenceBreakAfter + 1;
  const prefix = text.slice(Math.max(sentenceStart, start - LOOK_BACK), start);

  const clauseStart = lastClauseBreakEnd(lexicon, text, sentenceStart, start);
  const clauseEnd = firstClauseBreakStart(lexicon, text, start, sentenceEnd);
  const clause = text.slice(clauseStart, clauseEnd);
  const clausePrefix = text.slice(Math.max(clauseStart, start - LOOK_BACK), start);

  let subject: Subject = rule.subject === 'someoneElse' ? 'someoneElse' : 'self';
  if ((rule.subject ?? 'either') === 'either') {
    const abuse = rule.kinds?.includes('abuse') === true;
    // Abuse done to the writer, named in the words that matched ("they're taking me to a deliverance
    // service"), is the writer's, whoever the clause named before it.
    const doneToWriter = abuse && lexicon.writerAsObject?.test(text.slice(start, end)) === true;
    if (!doneToWriter && lexicon.thirdParty?.test(clausePrefix)) subject = 'someoneElse';
    else if (abuse && !doneToWriter && lexicon.thirdPartyVictim?.test(clause)) subject = 'someoneElse';
  }

  if (
    rule.negatable !== false &&
    lexicon.negationBefore?.test(prefix) &&
    !lexicon.negationHedgeAfter?.test(text.slice(end, end + 40))
  ) {
    return { status: 'negated', subject };
  }
  const resolved = isMedicalOnly(rule) && lexicon.resolvedAfter?.test(text.slice(end, sentenceEnd)) === true;
  const past =
    (lexicon.pastBefore?.test(clausePrefix) || lexicon.pastInClause?.test(clause) || resolved) &&
    !lexicon.ongoing?.test(clause) &&
    !(!rule.event && lexicon.recurrence?.test(text));
  return { status: past ? 'past' : 'current', subject };
}

/**
 * The last texts each rule set was run on, with their hits: a receptionist's note is read by the crisis
 * rules twice (as a note and as a message), and the two readings are most often the same text. A rule
 * set belongs to one compiled lexicon, so the set and the text decide the hits.
 */
const recentScans = new WeakMap<object, { text: string; hits: readonly RuleHit<MatchableRule>[] }[]>();
const RECENT_SCANS = 2;

/** Every hit of every rule in `set`, with its status and subject. Empty when nothing matches. */
export function scan<R extends MatchableRule>(
  lexicon: CompiledLexicon,
  text: string,
  set: CompiledRuleSet<R>,
): RuleHit<R>[] {
  const recent = recentScans.get(set) ?? [];
  const known = recent.find((entry) => entry.text === text);
  if (known) return [...known.hits] as RuleHit<R>[];
  const hits = scanAll(lexicon, text, set);
  recent.unshift({ text, hits });
  if (recent.length > RECENT_SCANS) recent.pop();
  recentScans.set(set, recent);
  return [...hits];
}

function scanAll<R extends MatchableRule>(
  lexicon: CompiledLexicon,
  text: string,
  set: CompiledRuleSet<R>,
): RuleHit<R>[] {
  const hits: RuleHit<R>[] = [];
  // Which rules the text's words allow; the others cannot match and are not run.
  const allowed = allowedBy(set.index, keysIn(text));
  // An index loop: entries() would make a pair for every rule of every message.
  for (let index = 0; index < set.rules.length; index += 1) {
    if (allowed[index] !== 1) continue;
    const compiled = set.rules[index] as CompiledRule<R>;
    const re = compiled.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // The match starts with the space before its first word.
      const { status, subject } = classify(lexicon, text, compiled.rule, m.index + 1, m.index + m[0].length);
      hits.push({
        rule: compiled.rule,
        id: compiled.id,
        status,
        subject,
        sentence: sentenceIndex(text, m.index + 1),
      });
    }
  }
  return hits;
}
