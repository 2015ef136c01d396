// Finds lexicon evidence in normalised text and decides, for each piece, whether the patient affirmed
// it, denied it ("I'm not lonely"), or said it about someone else ("my son's drinking").
import { matchPhrase, type CompiledPhrase } from './phrase';
import { normalise, originalSpan, tokenIndexAt, type NormalisedText, type Span } from './text';
import type { CompiledEntry, CompiledLexicon } from './lexicon';

/** Longer input is cut here: a chat answer is short, and the work per turn must stay bounded. */
export const MAX_INPUT_LENGTH = 4000;

interface TokenRange {
  readonly first: number;
  readonly last: number;
}

interface Candidate<Id extends string> extends TokenRange {
  readonly ids: readonly Id[];
  readonly exclusive: boolean;
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
}

function ranges(normalised: NormalisedText, phrases: readonly CompiledPhrase[]): TokenRange[] {
  if (normalised.tokens.length === 0) return [];
  return phrases.flatMap((phrase) =>
    matchPhrase(phrase, normalised.text).map((match) => ({
      first: tokenIndexAt(normalised, match.start),
      last: tokenIndexAt(normalised, match.end - 1),
    })),
  );
}

const overlaps = (a: TokenRange, b: TokenRange): boolean => a.first <= b.last && b.first <= a.last;
const contains = (outer: TokenRange, inner: TokenRange): boolean =>
  outer.first <= inner.first && inner.last <= outer.last;

/** How far back a denial may reach, in words, before it is taken to be about something else. */
const DENIAL_REACH = 8;
/** After "or"/"nor", this many content words may be skipped: "not drink or smoke". */
const COORDINATED_WORDS = 2;
/** Emphasis counts when this close before the evidence. */
const EMPHASIS_REACH = 3;

class Analysis {
  private readonly denialEnds: Map<number, TokenRange[]>;
  private readonly afterStarts: Set<number>;
  private readonly otherPersonEnds: Set<number>;
  private readonly otherPersonStarts: Set<number>;
  private readonly emphasis: TokenRange[];
  private readonly clauseStarts: Set<number>;

  constructor(
    private readonly normalised: NormalisedText,
    private readonly lexicon: CompiledLexicon,
    private readonly bridge: ReadonlySet<string>,
  ) {
    const notADenial = ranges(normalised, lexicon.negation.notADenial);
    this.denialEnds = new Map();
    for (const cue of ranges(normalised, lexicon.negation.before)) {
      if (notADenial.some((range) => contains(range, cue))) continue;
      const list = this.denialEnds.get(cue.last) ?? [];
      list.push(cue);
      this.denialEnds.set(cue.last, list);
    }
    this.afterStarts = new Set(ranges(normalised, lexicon.negation.after).map((range) => range.first));
    this.otherPersonEnds = new Set(
      ranges(normalised, lexicon.attribution.otherPerson).map((range) => range.last),
    );
    this.otherPersonStarts = new Set(
      ranges(normalised, lexicon.attribution.otherPersonAfter).map((range) => range.first),
    );
    this.emphasis = ranges(normalised, lexicon.emphasis);
    this.clauseStarts = new Set(
      ranges(normalised, lexicon.attribution.boundaries).map((range) => range.first),
    );
  }

  private word(index: number): string {
    return this.normalised.tokens[index]?.text ?? '';
  }

  private isPunctuation(index: number): boolean {
    return this.normalised.tokens[index]?.punctuation ?? true;
  }

  denied(candidate: TokenRange): boolean {
    if (this.afterStarts.has(candidate.last + 1)) return true;
    const { bridge } = this;
    const { coordinators } = this.lexicon.negation;
    let skippable = 0;
    for (let j = candidate.first - 1; j >= 0 && candidate.first - j <= DENIAL_REACH; j -= 1) {
      if ((this.denialEnds.get(j) ?? []).some((cue) => cue.first < candidate.first)) return true;
      if (this.isPunctuation(j)) return false;
      const word = this.word(j);
      if (coordinators.has(word)) skippable = COORDINATED_WORDS;
      else if (bridge.has(word)) continue;
      else if (skippable > 0) skippable -= 1;
      else return false;
    }
    return false;
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
    return originalSpan(this.normalised, range.first, range.last);
  }
}

export function normaliseFor(text: string, lexicon: CompiledLexicon): NormalisedText {
  return normalise(text.slice(0, MAX_INPUT_LENGTH), lexicon.normalisation, lexicon.vocabulary);
}

export interface FindOptions {
  /** Ids that are a person's own state: dropped when said about someone else. */
  readonly personal?: ReadonlySet<string>;
  /** Words a denial reaches across; defaults to the lexicon's bridge for needs. */
  readonly bridge?: ReadonlySet<string>;
}

export function findEvidence<Id extends string>(
  text: string,
  lexicon: CompiledLexicon,
  entries: readonly CompiledEntry<Id>[],
  options: FindOptions = {},
): MatchResult<Id> {
  const personal = options.personal ?? new Set<string>();
  const normalised = normaliseFor(text, lexicon);
  if (normalised.tokens.length === 0) return { found: [], denied: [] };
  const analysis = new Analysis(normalised, lexicon, options.bridge ?? lexicon.negation.bridge);

  const candidates: Candidate<Id>[] = entries.flatMap((entry) =>
    ranges(normalised, [entry.compiled]).map((range) => ({
      ...range,
      ids: entry.ids,
      exclusive: entry.exclusive,
    })),
  );
  const exclusive = candidates.filter((candidate) => candidate.exclusive);

  const affirmed = new Map<Id, TokenRange[]>();
  const emphasised = new Set<Id>();
  const deniedIds = new Set<Id>();
  for (const candidate of candidates) {
    const isDenied = analysis.denied(candidate);
    for (const id of candidate.ids) {
      const masked = exclusive.some(
        (mask) => mask !== candidate && overlaps(mask, candidate) && !mask.ids.includes(id),
      );
      if (masked) continue;
      if (personal.has(id) && analysis.aboutSomeoneElse(candidate)) continue;
      if (isDenied) {
        deniedIds.add(id);
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

  return { found, denied: [...deniedIds].filter((id) => !affirmed.has(id)) };
}
