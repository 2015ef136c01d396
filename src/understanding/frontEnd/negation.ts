// One negation scope for every task. A cue ("not", "never", "no problems with") denies what follows,
// reaching across bridge words only ("not REALLY THAT lonely"), so "I never get a break from caring"
// keeps caring; a phrase after the words can deny them too ("housing IS FINE"). wink-nlp marks its
// own negation scope up to the next punctuation mark; that is too wide for us ("I can't afford my gas
// bill" would deny the bill, "no friends" would deny friends), so the scope is ours, over its tokens.
import type { CompiledNegation } from './rules';
import { contains, phraseSpans } from './spans';
import type { AnalysedToken, NegationScope, NormalisedText, TokenSpan } from './types';

export function negationScope(
  normalised: NormalisedText & { readonly tokens: readonly AnalysedToken[] },
  rules: CompiledNegation,
): NegationScope {
  const { tokens } = normalised;
  const notCues = phraseSpans(normalised, rules.notCues);
  const cues = phraseSpans(normalised, rules.cues).filter(
    (cue) => !notCues.some((range) => contains(range, cue)),
  );
  const cueEnds = new Map<number, TokenSpan[]>();
  for (const cue of cues) cueEnds.set(cue.last, [...(cueEnds.get(cue.last) ?? []), cue]);
  const afterStarts = new Set(phraseSpans(normalised, rules.after).map((range) => range.first));

  const reached = (index: number): boolean => {
    let skippable = 0;
    for (let j = index - 1; j >= 0 && index - j <= rules.reach; j -= 1) {
      if ((cueEnds.get(j) ?? []).some((cue) => cue.first < index)) return true;
      const token = tokens[j];
      if (!token || token.punctuation) return false;
      if (rules.coordinators.has(token.text)) skippable = rules.coordinatedWords;
      else if (rules.bridge.has(token.text)) continue;
      else if (skippable > 0) skippable -= 1;
      else return false;
    }
    return false;
  };
  const inScope = tokens.map((_token, index) => cues.length > 0 && reached(index));
  const deniedAfter = tokens.map((_token, index) => afterStarts.has(index + 1));
  return {
    cues,
    inScope,
    deniedAfter,
    denies: (span) => (deniedAfter[span.last] ?? false) || (inScope[span.first] ?? false),
  };
}
