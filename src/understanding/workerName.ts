// The link worker a message asks for ("wednesday with amara", "can I see Priya Raman again"): by their
// full, first or last name, as long as only one worker answers to it. A name that is also an everyday
// word ("May", "Will") counts only after words that ask for a person ("with May", "see Will"), and a
// worker turned down ("not Gareth", "anyone but Amara") is not asked for.
import { isKnownWord } from './frontEnd/vocabulary';

export interface NamedWorker {
  readonly id: string;
  readonly name: string;
}

/** Words that ask for a person just before their name. */
const ASKING = new Set(['with', 'see', 'seeing', 'to', 'prefer', 'want', 'like', 'and', 'or', 'by']);
/** Words that turn a person down just before their name. */
const REFUSING = new Set(['not', 'no', 'except', 'but', 'without', 'avoid', 'than']);

const plain = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}'’-]+/u)
    .map((word) => word.replace(/['’]s$/u, ''))
    .filter(Boolean);

export function readWorkerName(
  text: string,
  workers: readonly NamedWorker[],
  locale = 'en-GB',
): string | undefined {
  const typed = plain(text.slice(0, 500));
  const words = typed.map((word) => word.toLowerCase());
  // Each worker scores the parts of their name the message gives ("Amara Okafor" is more than "Amara").
  const scores = workers.map((worker) => {
    const parts = plain(worker.name).map((part) => part.toLowerCase());
    const given = new Set(
      words.filter((word, index) => {
        if (!parts.includes(word)) return false;
        const before = words[index - 1] ?? '';
        if (REFUSING.has(before)) return false;
        return !isKnownWord(word, locale) || ASKING.has(before);
      }),
    );
    return { id: worker.id, score: given.size };
  });
  const best = Math.max(0, ...scores.map((entry) => entry.score));
  const top = scores.filter((entry) => entry.score === best);
  // A first name two workers share names neither of them.
  return best > 0 && top.length === 1 ? top[0]?.id : undefined;
}
