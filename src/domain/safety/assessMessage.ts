// Crisis check of one patient message. The bot runs it on every turn, before any dialog, in every
// language; a crisis stops the normal flow and the dialog layer shows the routes of routes.ts.
//
// POLICY (agreed with the product owner; change it here and in test/unit/safety/policy.test.ts together)
//
// What counts. First-person, present danger: suicidal thoughts, direct or indirect ("I don't see the
// point any more", "everyone would be better off without me"), self-harm, wanting to harm someone,
// abuse or danger at home, and medical emergencies. Figures of speech ("my back is killing me", "I'm
// dying to try pottery") and talk about services ("I volunteer with Samaritans", "my mum had a stroke
// last year and I care for her") do not.
//
// Negation. An explicit denial right before the words ("I'm not suicidal, just lonely", "I would never
// hurt myself", "no thoughts of self harm") makes that hit `negated`: it does not raise a crisis, and it
// stays in `evidence` so a link worker can see the subject came up. A denial never spreads: it covers
// only the words it governs, so "I'm not suicidal but I don't see the point in being alive" is a crisis
// on its second half. A denial undone by what follows ("I don't want to kill myself yet", "... but I
// think about it a lot") is no denial. Phrases that are themselves negative ("I don't want to be here
// any more") cannot be denied by a second negative. Denials of an event that has happened (an overdose)
// or of means at hand are read the same way as any other, because the words are explicit.
//
// Past. "I used to self harm years ago" or "I was suicidal years ago" is `past` and not a crisis, unless
// the message says it is back ("I've started again", "I still feel the same", "I feel like doing it
// again"). Recent events (last night, last week, in March) are current: a recent attempt is current risk.
//
// Third parties. Someone at risk is a crisis whoever it is: "my friend said she wants to kill herself",
// "my husband has collapsed". Such hits have subject `someoneElse`, so the dialog can tell the writer how
// to get help for that person; the kinds and routes are the same. Abuse said of the writer ("he hits
// me") is always about the writer.
//
// Two tiers. Words that leave no real doubt ("I want to kill myself", "the tablets are lined up",
// "he hit me") are `clear`: the full crisis reply at once. Words that may well mean a crisis but may
// not ("I wouldn't mind not waking up", "I'm scared to go home", "can you overdose on sertraline") are
// `possible`: Signpost asks one direct question ("Are you thinking about ending your life?") and gives
// the routes unless the answer is a plain no. Recall comes first: where a rule is unsure between a
// check question and nothing, it asks; where it is unsure between the two tiers, it asks too, because
// a check question is still a catch.
//
// `immediateDanger`: any current medical emergency, a stated method, plan, means or weapon, or a current
// hit with a sign that it is happening now ("tonight", "right now", "he's outside").

import { scan } from './engine';
import { lexiconsFor } from './lexicons';
import type { CrisisRule } from './lexicon';
import { lexiconText, prepareMessage } from './prepare';
import {
  CRISIS_KINDS,
  type CrisisAssessment,
  type CrisisEvidence,
  type HitStatus,
  type SafetyTextInput,
  type Subject,
} from './types';

const SUBJECTS: readonly Subject[] = ['self', 'someoneElse'];

/** An old event ("I took an overdose last year") is history for the body, not for the mind, once it is back. */
function statusFor(
  rule: CrisisRule,
  kind: CrisisRule['kinds'][number],
  status: HitStatus,
  recurs: boolean,
): HitStatus {
  if (status === 'past' && rule.event && recurs && kind !== 'medicalEmergency') return 'current';
  return status;
}

export function assessMessage(input: SafetyTextInput): CrisisAssessment {
  const { normalised } = prepareMessage(input.text);
  const evidence: CrisisEvidence[] = [];
  const seen = new Set<string>();
  let immediateDanger = false;

  for (const lexicon of lexiconsFor(input.locale)) {
    const text = lexiconText(lexicon, normalised, 'crisis');
    const hits = scan(lexicon, text, lexicon.crisis);
    if (hits.length === 0) continue;
    const recurs = lexicon.recurrence?.test(text) ?? false;
    const now = lexicon.imminence?.test(text) ?? false;
    for (const hit of hits) {
      const tier = hit.rule.tier ?? 'clear';
      for (const kind of hit.rule.kinds) {
        const status = statusFor(hit.rule, kind, hit.status, recurs);
        const key = `${kind}|${hit.id}|${hit.subject}|${status}`;
        if (seen.has(key)) continue;
        seen.add(key);
        evidence.push({
          kind,
          rule: hit.id,
          subject: hit.subject,
          status,
          tier,
          ...(tier === 'possible' && hit.rule.question ? { question: hit.rule.question } : {}),
          sentence: hit.sentence,
        });
        if (
          tier === 'clear' &&
          status === 'current' &&
          (kind === 'medicalEmergency' || hit.rule.imminent || now)
        )
          immediateDanger = true;
      }
    }
  }

  const current = evidence.filter((item) => item.status === 'current' && item.tier === 'clear');
  const maybe = evidence.filter((item) => item.status === 'current' && item.tier === 'possible');
  const kinds = CRISIS_KINDS.filter((kind) => current.some((item) => item.kind === kind));
  const possibleKinds = CRISIS_KINDS.filter((kind) => maybe.some((item) => item.kind === kind));
  return {
    crisis: kinds.length > 0,
    kinds,
    subjects: SUBJECTS.filter((subject) => current.some((item) => item.subject === subject)),
    possible: kinds.length === 0 && possibleKinds.length > 0,
    possibleKinds,
    possibleSubjects: SUBJECTS.filter((subject) => maybe.some((item) => item.subject === subject)),
    immediateDanger,
    evidence,
  };
}
