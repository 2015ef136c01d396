// Finds lexicon evidence in a message read by the front end and decides, for each piece, whether the
// patient affirmed it, denied it ("I'm not lonely": the front end's negation scope), or said it about
// someone else ("my son's drinking").
import {
  analyse,
  contains,
  mayMatch,
  originalSpan,
  overlaps,
  phraseSpans,
  wordsOf,
  type AnalysedText,
  type NegationProfile,
  type NegationScope,
  type Span,
  type TokenSpan,
} from '../frontEnd';
import type { CompiledEntry, CompiledLexicon } from './lexicon';

/** Longer input is cut here: a chat answer is short, and the work per turn must stay bounded. */
export const MAX_INPUT_LENGTH = 4000;

type TokenRange = TokenSpan;

interface Candidate<Id extends string> extends TokenRange {
  readonly ids: readonly Id[];
  readonly exclusive: boolean;
  readonly denies: boolean;
}

export interface Evidence<Id extends string> {
  readonly id: Id;
  readonly spans: readonly Span[];
  /** The patient marked it as the main thing ("mainly", "the biggest worry"). */
  readonly emphasised: boolean;
}

export interface MatchResult<Id extends string> {
  /** Affirmed ids, in the order the patient first mentioned them. */
  readonly found: readonly Evidence<Id>[];
  /** Ids the patient mentioned only to deny them. */
  readonly denied: readonly Id[];
  /**
   * Ids whose only evidence was denied, said of someone else ("my son has anxiety") or inside a phrase
   * that means something else ("he controls all the money"): the classifier may not add these.
   */
  readonly vetoed: readonly Id[];
  /** Ids of a person's own state said only of someone else ("can my dad get a befriender"). */
  readonly aboutOthers: readonly Id[];
}

/** Emphasis counts when this close before the evidence. */
const EMPHASIS_REACH = 3;

class Analysis {
  private readonly otherPersonEnds: Set<number>;
  private readonly otherPersonStarts: Set<number>;
  private readonly emphasis: TokenRange[];
  private readonly clauseStarts: Set<number>;
  private readonly negation: NegationScope;

  constructor(
    private readonly analysed: AnalysedText,
    private readonly lexicon: CompiledLexicon,
    profile: NegationProfile,
  ) {
    this.negation = analysed.negation(profile);
    this.otherPersonEnds = new Set(
      phraseSpans(analysed, lexicon.attribution.otherPerson).map((range) => range.last),
    );
    this.otherPersonStarts = new Set(
      phraseSpans(analysed, lexicon.attribution.otherPersonAfter).map((range) => range.first),
    );
    this.emphasis = phraseSpans(analysed, lexicon.emphasis);
    this.clauseStarts = new Set(
      phraseSpans(analysed, lexicon.attribution.boundaries).map((range) => range.first),
    );
  }

  private word(index: number): string {
    return this.analysed.tokens[index]?.text ?? '';
  }

  private isPunctuation(index: number): boolean {
    return this.analysed.tokens[index]?.punctuation ?? true;
  }

  denied(candidate: TokenRange): boolean {
    return this.negation.denies(candidate);
  }

  /** True when the nearest subject before the evidence is someone other than the patient. */
  aboutSomeoneElse(candidate: TokenRange): boolean {
    if (this.otherPersonStarts.has(candidate.last + 1)) return true;
    const { self, window } = this.lexicon.attribution;
    for (let j = candidate.first - 1; j >= 0 && candidate.first - j <= window; j -= 1) {
      if (this.isPunctuation(j) || this.clauseStarts.has(j)) return false;
      if (this.otherPersonEnds.has(j)) return true;
      if (self.has(this.word(j))) return false;
    }
    return false;
  }

  emphasised(candidate: TokenRange): boolean {
    return this.emphasis.some(
      (range) =>
        (range.last < candidate.first && candidate.first - range.last <= EMPHASIS_REACH) ||
        range.first === candidate.last + 1,
    );
  }

  span(range: TokenRange): Span {
    return originalSpan(this.analysed, range.first, range.last);
  }
}

export interface FindOptions {
  /** Ids that are a person's own state: dropped when said about someone else. */
  readonly personal?: ReadonlySet<string>;
  /** The negation words to use: interests reach across "like" ("I don't LIKE groups"), needs do not. */
  readonly negation?: NegationProfile;
  /** The message already read by the front end (the same text), to save reading it twice. */
  readonly analysed?: AnalysedText;
}

export function findEvidence<Id extends string>(
  text: string,
  lexicon: CompiledLexicon,
  entries: readonly CompiledEntry<Id>[],
  options: FindOptions = {},
): MatchResult<Id> {
  const personal = options.personal ?? new Set<string>();
  const analysed = options.analysed ?? analyse(text.slice(0, MAX_INPUT_LENGTH), lexicon.locale);
  if (analysed.tokens.length === 0) return { found: [], denied: [], vetoed: [], aboutOthers: [] };
  const analysis = new Analysis(analysed, lexicon, options.negation ?? 'default');

  // Hundreds of entries per message: one whose words are absent costs one look-up.
  const words = wordsOf(analysed);
  const candidates: Candidate<Id>[] = [];
  for (const entry of entries) {
    if (!mayMatch(entry.compiled, words)) continue;
    for (const range of phraseSpans(analysed, [entry.compiled])) {
      candidates.push({
        ...range,
        ids: entry.ids,
        exclusive: entry.exclusive,
        denies: entry.denies ?? false,
      });
    }
  }
  const exclusive = candidates.filter((candidate) => candidate.exclusive);

  const affirmed = new Map<Id, TokenRange[]>();
  const emphasised = new Set<Id>();
  const deniedIds = new Set<Id>();
  const vetoed = new Set<Id>();
  const aboutOthers = new Set<Id>();
  for (const candidate of candidates) {
    // "She's not died" denies losing someone by its own words; other phrases by the negation scope.
    const isDenied = candidate.denies || analysis.denied(candidate);
    for (const id of candidate.ids) {
      const masked = exclusive.some(
        (mask) => mask !== candidate && overlaps(mask, candidate) && !mask.ids.includes(id),
      );
      if (masked) {
        vetoed.add(id);
        continue;
      }
      if (personal.has(id) && analysis.aboutSomeoneElse(candidate)) {
        vetoed.add(id);
        if (!isDenied) aboutOthers.add(id);
        continue;
      }
      if (isDenied) {
        deniedIds.add(id);
        vetoed.add(id);
        continue;
      }
      const list = affirmed.get(id) ?? [];
      list.push(candidate);
      affirmed.set(id, list);
      if (analysis.emphasised(candidate)) emphasised.add(id);
    }
  }

  const found: Evidence<Id>[] = [...affirmed.entries()]
    .map(([id, list]) => {
      // Keep the widest evidence: "in debt" rather than "debt" inside it.
      const widest = list.filter(
        (range, i) =>
          !list.some(
            (other, j) =>
              j !== i &&
              contains(other, range) &&
              (other.last - other.first > range.last - range.first || j < i),
          ),
      );
      widest.sort((a, b) => a.first - b.first);
      return { id, spans: widest.map((range) => analysis.span(range)), emphasised: emphasised.has(id) };
    })
    .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));

  return {
    found,
    denied: [...deniedIds].filter((id) => !affirmed.has(id)),
    vetoed: [...vetoed].filter((id) => !affirmed.has(id)),
    aboutOthers: [...aboutOthers].filter((id) => !affirmed.has(id)),
  };
}
