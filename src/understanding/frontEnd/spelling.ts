// Spelling tolerance: a word typed with one letter missing, doubled or swapped ("lonley", "anxous",
// "stresssed") is restored when it is one edit from a word we look for. Substitutions are not tried:
// they turn real words into other real words ("lovely" → "lonely").

/** Words we know (never corrected), and the words a typo may be corrected to. */
export interface SpellingVocabulary {
  readonly known: ReadonlySet<string>;
  readonly targets: readonly string[];
}

export function correctSpelling(word: string, vocabulary: SpellingVocabulary): string | undefined {
  if (word.length < 5 || !/^\p{L}+$/u.test(word) || vocabulary.known.has(word)) return undefined;
  let found: string | undefined;
  for (const target of vocabulary.targets) {
    if (target[0] !== word[0] || Math.abs(target.length - word.length) > 1) continue;
    // A plural or a possessive stem is not a typo: "mornings" is not "morning", "parkinson" not "parkinsons".
    if (word === `${target}s` || target === `${word}s`) continue;
    if (oneEditWithoutSubstitution(word, target)) {
      if (found !== undefined && found !== target) return undefined;
      found = target;
    }
  }
  return found;
}

function oneEditWithoutSubstitution(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    // One adjacent transposition.
    let i = 0;
    while (i < a.length && a[i] === b[i]) i += 1;
    return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i += 1;
  return shorter.slice(i) === longer.slice(i + 1);
}
