// One language's words for the follow-up answers. Phrases use the needs phrase syntax
// (src/understanding/frontEnd/phrase.ts) over canonical text (contractions expanded, "can't" → "cannot").
import type { AccessNeedCode, PartOfDay, RemoteMode, Weekday } from '../../domain/needs/preferences';

export interface NamedTime {
  readonly phrase: string;
  /** "HH:MM" bounds the phrase implies; either may be open. */
  readonly start?: string;
  readonly end?: string;
}

export interface ReplyLexicon {
  readonly locale: string;
  /** Whole answers that decline the question: "skip", "not sure", "no idea". */
  readonly skip: readonly string[];
  /** Words that may surround a skip without being an answer: "um", "sorry". */
  readonly filler: readonly string[];
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly availability: {
    readonly days: Readonly<Record<Weekday, readonly string[]>>;
    readonly weekdays: readonly string[];
    readonly weekend: readonly string[];
    readonly everyDay: readonly string[];
    readonly parts: Readonly<Record<PartOfDay, readonly string[]>>;
    readonly daytime: readonly string[];
    readonly anyTime: readonly string[];
    readonly rangeJoiners: readonly string[];
    readonly exclusionBefore: readonly string[];
    readonly exclusionAfter: readonly string[];
    /** Words that keep an exclusion going: "not Mondays OR Fridays". */
    readonly continuers: readonly string[];
    readonly namedTimes: readonly NamedTime[];
    /** Words before a clock time that start a window: "AFTER 2pm". */
    readonly after: readonly string[];
    /** Words after a clock time that start a window: "2pm ONWARDS". */
    readonly afterFollowing: readonly string[];
    /** Words before a clock time that end a window: "BEFORE 11". */
    readonly before: readonly string[];
    /** "BETWEEN 10 AND 2": the opening words, and the words joining the two times. */
    readonly between: readonly string[];
    readonly betweenJoiners: readonly string[];
    /** Hours said as words; clock times in digits need no table. */
    readonly hourWords: Readonly<Record<string, number>>;
  };
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
