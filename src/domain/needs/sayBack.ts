// Chooses which needs to say back after "What matters to you?", so the patient can confirm or correct
// what we understood. Pure ordering: the words come from the locale files.
import type { DetectedInterest, DetectedNeed } from './detection';
import { INTEREST_RELATED_NEEDS, NEED_IDS, needDefinition, type NeedId } from './taxonomy';

/** One short sentence per need at a reading age of 9–11: more than four is a list, not a summary. */
export const SAY_BACK_LIMIT = 4;

/** An interest the patient also named makes a related need a little more salient, never more than one mention. */
const INTEREST_BOOST = 0.5;

export interface SayBackInput {
  /** Needs from one answer, or several answers concatenated: repeats of an id are merged. */
  readonly needs: readonly DetectedNeed[];
  readonly interests?: readonly DetectedInterest[];
  readonly limit?: number;
}

interface Ranked {
  readonly id: NeedId;
  salience: number;
  firstAt: number;
  order: number;
}

/**
 * Most salient first, at most `limit` (4). A safeguarding need (domestic abuse) always comes first and is
 * never cut; then salience (mentions, emphasis, related interests), then the order the patient spoke in.
 */
export function needsToSayBack({ needs, interests = [], limit = SAY_BACK_LIMIT }: SayBackInput): NeedId[] {
  const ranked = new Map<NeedId, Ranked>();
  needs.forEach((need, order) => {
    const firstAt = need.evidence[0]?.start ?? Number.MAX_SAFE_INTEGER;
    const existing = ranked.get(need.id);
    if (existing) {
      existing.salience += need.salience;
      existing.firstAt = Math.min(existing.firstAt, firstAt);
    } else {
      ranked.set(need.id, { id: need.id, salience: need.salience, firstAt, order });
    }
  });
  for (const interest of interests) {
    for (const id of INTEREST_RELATED_NEEDS[interest.id]) {
      const item = ranked.get(id);
      if (item) item.salience += INTEREST_BOOST;
    }
  }
  const sorted = [...ranked.values()].sort(
    (a, b) =>
      Number(needDefinition(b.id).safeguarding) - Number(needDefinition(a.id).safeguarding) ||
      b.salience - a.salience ||
      a.firstAt - b.firstAt ||
      a.order - b.order ||
      NEED_IDS.indexOf(a.id) - NEED_IDS.indexOf(b.id),
  );
  const safeguarding = sorted.filter((item) => needDefinition(item.id).safeguarding);
  const room = Math.max(0, limit - safeguarding.length);
  const others = sorted.filter((item) => !needDefinition(item.id).safeguarding).slice(0, room);
  return [...safeguarding, ...others].map((item) => item.id);
}
