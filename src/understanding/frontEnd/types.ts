// What the front end makes of a message: canonical words that phrase patterns can match, each keeping
// where it came from in the patient's text (so evidence is their own words), with its lemma, its
// sentence and whether a negation reaches it.

export interface NormalisedToken {
  /** Canonical form, lower case. A punctuation token is its character. */
  readonly text: string;
  readonly punctuation: boolean;
  /** Offsets into the original text of the word this came from (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Offset of this token in the canonical text. */
  readonly at: number;
}

/** Canonical text: the shape phrase matching needs. */
export interface NormalisedText {
  readonly original: string;
  /** Tokens joined by single spaces. */
  readonly text: string;
  readonly tokens: readonly NormalisedToken[];
}

/** wink-nlp's token types, narrowed to what the tasks tell apart. */
export type TokenKind = 'word' | 'number' | 'punctuation' | 'emoji' | 'symbol';

export interface AnalysedToken extends NormalisedToken {
  readonly kind: TokenKind;
  /** Dictionary form of the canonical word ("struggling" → "struggle"); the word itself for other kinds. */
  readonly lemma: string;
  /** Index of the sentence this token is in. */
  readonly sentence: number;
}

/** First and last token (inclusive). */
export interface TokenSpan {
  readonly first: number;
  readonly last: number;
}

/** Part of the patient's own text. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Named sets of extra negation words a task may ask for (see data/<locale>/negation.json). */
export type NegationProfile = 'default' | 'interests' | 'accessNeeds' | 'saidWords' | 'choices';

export interface NegationScope {
  /** Denial cues found ("not", "no problems with"), as token spans. */
  readonly cues: readonly TokenSpan[];
  /** For each token: an earlier cue reaches it ("not REALLY lonely" → lonely is in scope). */
  readonly inScope: readonly boolean[];
  /** For each token: a denial starts right after it ("housing IS FINE"). */
  readonly deniedAfter: readonly boolean[];
  /** Whether the words first..last are denied, by a cue before them or a denial just after. */
  denies(span: TokenSpan): boolean;
}

export interface AnalysedText extends NormalisedText {
  readonly locale: string;
  readonly tokens: readonly AnalysedToken[];
  /** Sentence boundaries as token spans, from wink-nlp's sentence splitter. */
  readonly sentences: readonly TokenSpan[];
  /** Negation scope, computed on first use for each profile. */
  negation(profile?: NegationProfile): NegationScope;
}
