// wink-nlp with its English lite model (MIT licence), loaded once per process on first use. It gives
// tokens (contractions split with or without an apostrophe: "don't", "dont"), token types (word,
// number, emoji, URL...), lemmas from part-of-speech tags, and sentence boundaries.
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let nlp: WinkMethods | undefined;

function instance(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export interface WinkTokens {
  readonly values: readonly string[];
  readonly types: readonly string[];
  readonly lemmas: readonly string[];
  readonly normals: readonly string[];
  readonly contractions: readonly boolean[];
  /** Sentence index of each token. */
  readonly sentences: readonly number[];
}

/** One reading of a text by wink-nlp, as plain arrays. */
export function winkTokens(text: string): WinkTokens {
  const doc = instance().readDoc(text);
  const its = instance().its;
  // wink-nlp 2.4's type declarations give its.lemma a signature that out() does not accept, though
  // the library takes it (it is its documented use).
  const lemma = its.lemma as unknown as ItsFunction<string>;
  const tokens = doc.tokens();
  const sentences: number[] = [];
  doc.sentences().each((sentence, index) => {
    const [first = 0, last = -1] = sentence.out(its.span) as unknown as number[];
    for (let i = first; i <= last; i += 1) sentences[i] = index;
  });
  return {
    values: tokens.out(its.value),
    types: tokens.out(its.type),
    lemmas: tokens.out(lemma),
    normals: tokens.out(its.normal),
    contractions: tokens.out(its.contractionFlag).map((flag) => flag === true),
    sentences,
  };
}

/** The lemma of one word on its own. */
export function winkLemma(word: string): string | undefined {
  const its = instance().its;
  const lemma = its.lemma as unknown as ItsFunction<string>;
  return instance().readDoc(word).tokens().out(lemma)[0];
}

/** The stem of one word on its own (wink-nlp's Porter 2 stemmer: "gardening" → "garden"). */
export function winkStem(word: string): string | undefined {
  // As with its.lemma, the type declarations do not match the library's documented use.
  const stem = instance().its.stem as unknown as ItsFunction<string>;
  return instance().readDoc(word).tokens().out(stem)[0];
}
