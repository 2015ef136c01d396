import type { CheckQuestion, CrisisKind, CrisisTier, RedFlagKind, Subject, TriageUrgency } from './types';

// A lexicon is the whole of what one language contributes: adding a language is adding one of these,
// not touching the engine. Every pattern is regular-expression source (compiled once, with the `u`
// flag) over the normalised text of normalise.ts: lower case, no apostrophes, no diacritics on Latin
// letters, single spaces. The engine wraps each rule, benign phrase and substitution in word
// boundaries (the spaces around it). A look-ahead inside a pattern must end on a word boundary itself:
// "(?!(?: an)(?= ))", not "(?! an)", which would also refuse "and".

export interface CrisisRule {
  /** Unique within the lexicon; evidence carries it as `<tag>/<id>`. */
  id: string;
  kinds: readonly CrisisKind[];
  /** `either`: decided by a third-party cue (thirdParty) earlier in the same sentence. */
  subject: Subject | 'either';
  pattern: string;
  /** The triage flag a medical emergency maps to; required when kinds include medicalEmergency. */
  flag?: RedFlagKind;
  /** Set false when the words already carry their own negation in a way a denial cannot undo. */
  negatable?: boolean;
  /** A one-off happening (an overdose taken, a collapse): "again" elsewhere does not make an old one current. */
  event?: boolean;
  /** A method, plan, means or weapon: the danger is immediate. */
  imminent?: boolean;
  /** `possible`: the words may well mean a crisis, and a check question is asked first. Default `clear`. */
  tier?: CrisisTier;
  /** For a possible rule, the check question to ask when the kind alone would choose the wrong one. */
  question?: CheckQuestion;
}

export interface RedFlagRule {
  id: string;
  flag: RedFlagKind;
  urgency: Exclude<TriageUrgency, 'none'>;
  pattern: string;
  negatable?: boolean;
}

export interface SafetyLexicon {
  /** BCP 47 tag: `en-GB`, `cy`, `pl`. */
  tag: string;
  /** Whole-word rewrites applied before matching (text-speak, spelling variants). */
  substitutions?: Readonly<Record<string, string>>;
  /** Masked out before crisis rules run: figures of speech and talk about services. */
  benign?: readonly string[];
  /** Masked out before red-flag rules run: known, stable, chronic situations. */
  triageBenign?: readonly string[];
  /** Must match the END of the sentence text before a hit for the hit to count as denied. */
  negationBefore?: string;
  /** Right after a denied hit, undoes the denial ("I don't want to kill myself yet"). */
  negationHedgeAfter?: string;
  /** Must match the END of the clause text before a hit for it to be history ("used to"). */
  pastBefore?: string;
  /** Anywhere in the hit's clause, marks it as remote past ("years ago"). */
  pastInClause?: string;
  /**
   * After a hit of a red flag or of a medical emergency alone, in the rest of its sentence, says it is
   * over ("had sepsis in the spring, fully recovered"): read as past unless its clause says it is
   * going on ("collapsed this morning, recovered now" stays current).
   */
  resolvedAfter?: string;
  /** Anywhere in the hit's clause, says it is still going on ("still", "again"): the past reading loses. */
  ongoing?: string;
  /** Anywhere in the message, says something in the past is back ("again", "relapsed"). */
  recurrence?: string;
  /**
   * Where a clause ends inside a sentence (" but ", " and ", " , "). Must match with its surrounding
   * spaces, because the engine steps over the first and last character of each match.
   */
  clauseBreak?: string;
  /** Must match the END of the clause text before a hit: the nearest subject there is someone else. */
  thirdParty?: string;
  /**
   * Abuse only, where no third-party cue came before the hit: tested on the hit's whole clause, and
   * matches when the one it is done to is someone else, told as the object ("a man online keeps
   * asking her for pictures"), and no word in the clause is the writer's ("I'm frightened of him").
   */
  thirdPartyVictim?: string;
  /** Abuse only: tested on the words a hit matched; the writer is the one it is done to ("me", "us"). */
  writerAsObject?: string;
  /** Anywhere in the message, raises a crisis to immediate danger ("right now", "has a knife"). */
  imminence?: string;
  /**
   * Receptionists' notes only: anywhere in the note, also raises a risk (suicidal, harm to others,
   * abuse) to immediate danger ("SI w plan", "he's waiting outside", "locked in the bathroom").
   */
  triageImminence?: string;
  crisis: readonly CrisisRule[];
  redFlags?: readonly RedFlagRule[];
}
