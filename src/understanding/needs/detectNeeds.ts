// Maps a free-text answer to "What matters to you at the moment?" onto coded needs (and an answer to
// "What do you enjoy?" onto interests), in two layers:
// - the reviewed phrase rules (data/<locale>/needs/*.json): precise, and each finding points at the
//   patient's words;
// - a classifier trained at build time on the labelled corpus (model/): it adds a need the rules did
//   not find when its probability reaches the task's threshold, pointing at the clause it comes from.
// The rules also veto: a need the patient denied ("I'm not lonely": the front end's negation scope),
// said of someone else ("my son has anxiety") or read inside a phrase that means something else ("he
// controls all the money") is never added by the classifier.
import type {
  DetectedInterest,
  DetectedNeed,
  DetectionSource,
  InterestsDetection,
  NeedsDetection,
  Span,
} from '../../domain/needs/detection';
import { isInterestId, isNeedId, type InterestId, type NeedId } from '../../domain/needs/taxonomy';
import { analyse, originalSpan, type AnalysedText, type TokenSpan } from '../frontEnd';
import { DEFAULT_LOCALE, lexiconFor, type CompiledLexicon } from './lexicon';
import { findEvidence, MAX_INPUT_LENGTH, type Evidence } from './matcher';
import { classifierFor, type Classifier } from './model/classifier';
import { clausesOf } from './model/features';
import type { ClassifierTask } from './model/settings';

export type {
  DetectedInterest,
  DetectedNeed,
  InterestsDetection,
  NeedsDetection,
  Span,
} from '../../domain/needs/detection';

/** The confidence of a finding of the reviewed rules (raised when the classifier is surer still). */
export const RULE_CONFIDENCE = 0.9;
const EMPHASIS_WEIGHT = 2;

/** Where the model files are read from; by default the project's dist/models. Set once at start-up. */
let modelsFolder: string | undefined;

/** Loads the classifiers now (at start-up), from a folder other than the default if given. */
export function loadNeedsModels(folder?: string): void {
  if (folder !== undefined) modelsFolder = folder;
  classifierFor('needs', modelsFolder);
  classifierFor('interests', modelsFolder);
}

export interface DetectNeedsInput {
  readonly text: string;
  /** BCP 47 tag of the conversation, e.g. "en-GB". Unknown languages fall back to en-GB. */
  readonly locale: string;
  /** The same text already read by the front end, if the caller has it. */
  readonly analysed?: AnalysedText;
  /** Rules only, without the classifier: to show what each layer adds. */
  readonly rulesOnly?: boolean;
  /** Another classifier than the shipped one, to try other settings (bench/tuneUnderstandingModels.ts). */
  readonly classifier?: Classifier;
  /** The lexicon to read with, if not the locale's own (a note about a patient reads "she" as them). */
  readonly lexicon?: CompiledLexicon;
}

interface Finding<Id extends string> {
  readonly id: Id;
  readonly evidence: readonly Span[];
  readonly salience: number;
  readonly emphasised: boolean;
  readonly confidence: number;
  readonly source: DetectionSource;
}

const salienceOf = (evidence: readonly Span[], emphasised: boolean): number =>
  evidence.length + (emphasised ? EMPHASIS_WEIGHT : 0);

/** The clause where the classifier is surest of the label, else the whole message. */
function modelEvidence(
  analysed: AnalysedText,
  classifier: Classifier,
  label: string,
  clauseScores: () => readonly { span: TokenSpan; scores: Map<string, number> }[],
): Span {
  let best: { span: TokenSpan; score: number } | undefined;
  for (const clause of clauseScores()) {
    const score = clause.scores.get(label) ?? 0;
    if (!best || score > best.score) best = { span: clause.span, score };
  }
  const words = analysed.tokens.flatMap((token, index) => (token.kind === 'punctuation' ? [] : [index]));
  const span = best && best.score >= classifier.threshold / 2 ? best.span : undefined;
  return originalSpan(analysed, span?.first ?? words[0] ?? 0, span?.last ?? words[words.length - 1] ?? 0);
}

function combine<Id extends string>(
  task: ClassifierTask,
  analysed: AnalysedText,
  rules: { found: readonly Evidence<Id>[]; vetoed: readonly Id[] },
  isId: (value: string) => value is Id,
  options: { readonly rulesOnly?: boolean; readonly classifier?: Classifier },
): Finding<Id>[] {
  const findings = new Map<Id, Finding<Id>>();
  const classifier =
    options.rulesOnly || analysed.tokens.length === 0
      ? undefined
      : (options.classifier ?? classifierFor(task, modelsFolder));
  const scores = classifier?.scores(analysed) ?? new Map<string, number>();
  for (const evidence of rules.found) {
    const score = scores.get(evidence.id) ?? 0;
    findings.set(evidence.id, {
      id: evidence.id,
      evidence: evidence.spans,
      salience: salienceOf(evidence.spans, evidence.emphasised),
      emphasised: evidence.emphasised,
      confidence: Math.max(RULE_CONFIDENCE, score),
      source: classifier && score >= classifier.threshold ? 'both' : 'rules',
    });
  }
  if (classifier) {
    let clauses: { span: TokenSpan; scores: Map<string, number> }[] | undefined;
    const clauseScores = () =>
      (clauses ??= clausesOf(analysed).map((span) => ({ span, scores: classifier.scores(analysed, span) })));
    for (const [label, score] of scores) {
      if (score < classifier.threshold || !isId(label) || findings.has(label)) continue;
      // A need the patient named only to deny it, or said of someone else, is not theirs, whatever
      // the classifier thinks.
      if (rules.vetoed.includes(label)) continue;
      const evidence = [modelEvidence(analysed, classifier, label, clauseScores)];
      findings.set(label, {
        id: label,
        evidence,
        salience: salienceOf(evidence, false),
        emphasised: false,
        confidence: score,
        source: 'model',
      });
    }
  }
  return [...findings.values()].sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}

export function detectNeeds({ text, locale, analysed, ...options }: DetectNeedsInput): NeedsDetection {
  const lexicon = options.lexicon ?? lexiconFor(locale);
  const read = analysed ?? analyse(text.slice(0, MAX_INPUT_LENGTH), lexicon.locale);
  const rules = findEvidence<NeedId>(text, lexicon, lexicon.needs, {
    personal: lexicon.attribution.personalNeeds,
    analysed: read,
  });
  const needs: DetectedNeed[] = combine('needs', read, rules, isNeedId, options);
  return {
    locale: lexicon.locale,
    needs,
    denied: rules.denied.filter((id) => !needs.some((need) => need.id === id)),
    aboutOthers: rules.aboutOthers.filter((id) => !needs.some((need) => need.id === id)),
  };
}

export interface DetectInterestsInput {
  readonly text: string;
  readonly locale?: string;
  readonly rulesOnly?: boolean;
  readonly classifier?: Classifier;
}

export function detectInterests({
  text,
  locale = DEFAULT_LOCALE,
  ...options
}: DetectInterestsInput): InterestsDetection {
  const lexicon = lexiconFor(locale);
  const read = analyse(text.slice(0, MAX_INPUT_LENGTH), lexicon.locale);
  const rules = findEvidence<InterestId>(text, lexicon, lexicon.interests, {
    negation: 'interests',
    analysed: read,
  });
  const interests: DetectedInterest[] = combine('interests', read, rules, isInterestId, options).map(
    ({ id, evidence, salience, confidence, source }) => ({ id, evidence, salience, confidence, source }),
  );
  return {
    locale: lexicon.locale,
    interests,
    denied: rules.denied.filter((id) => !interests.some((interest) => interest.id === id)),
  };
}
