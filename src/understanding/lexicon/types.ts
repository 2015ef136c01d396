// One language's words for the follow-up answers. Phrases use the needs phrase syntax
// (src/understanding/frontEnd/phrase.ts) over canonical text (contractions expanded, "can't" → "cannot").
import type { AccessNeedCode, RemoteMode } from '../../domain/needs/preferences';

export interface ReplyLexicon {
  readonly locale: string;
  /** Whole answers that decline the question: "skip", "not sure", "no idea". */
  readonly skip: readonly string[];
  /** Whole answers to an open question that say there is nothing: "not really", "nothing much". */
  readonly nothing: readonly string[];
  /** Words that may surround a skip without being an answer: "um", "sorry". */
  readonly filler: readonly string[];
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly travel: {
    readonly remote: Readonly<Record<RemoteMode, readonly string[]>>;
    readonly only: readonly string[];
    readonly cannotTravel: readonly string[];
    readonly walkingDistance: readonly string[];
    readonly notFar: readonly string[];
    readonly anywhere: readonly string[];
    /** Unit words, each with its factor to miles. */
    readonly units: Readonly<Record<string, number>>;
    readonly fractions: Readonly<Record<string, number>>;
    readonly walkMinutes: readonly string[];
  };
  readonly cost: {
    readonly freeOnly: readonly string[];
    readonly lowCost: readonly string[];
    readonly anyCost: readonly string[];
  };
  readonly access: {
    readonly needs: Readonly<Record<AccessNeedCode, readonly string[]>>;
    /** Codes another implies: a wheelchair user needs step-free access. */
    readonly implies: Readonly<Partial<Record<AccessNeedCode, readonly AccessNeedCode[]>>>;
    readonly none: readonly string[];
    /** Language names (lower case, canonical form) to BCP 47 tags. */
    readonly languages: Readonly<Record<string, string>>;
    readonly englishIsFine: readonly string[];
    readonly languageNeeded: readonly string[];
  };
}
