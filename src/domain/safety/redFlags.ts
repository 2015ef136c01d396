// Red-flag triage of a receptionist's (care navigator's) note. Same engine, normalisation and crisis
// rules as assessMessage, plus triage-only rules; notes are usually in the third person ("78, lives
// alone, chest pain since this morning"), so a hit counts whoever it is about. Signpost only flags: the
// receptionist and a clinician decide (GP contract: automated signposting alone is not triage).
//
// URGENCY POLICY (test/data/safety/red-flags.tsv is labelled with it)
// - emergency999: any medical emergency of the crisis rules (chest pain, stroke signs, can't breathe,
//   blue lips, heavy or unstoppable bleeding, collapse, unconscious, fitting, anaphylaxis, an overdose
//   taken, even "last night" and "feels ok now"), the worst or a sudden severe headache, a very unwell
//   child (floppy, a rash that does not fade, grunting or very fast breathing, hard to wake), sepsis signs
//   (mottled skin, no urine, fever with new confusion, very fast breathing); and suicidal risk, risk to
//   others or abuse when there is a method, plan, means, weapon or a sign it is happening now.
// - urgent111: breathlessness that is new or getting worse, severe pain, a baby or child with a fever,
//   not feeding, no wet nappy or unusually drowsy; suicidal thoughts, self-harm and thoughts of harming
//   others without signs of immediacy (NHS 111 option 2 in England, or a same-day clinician).
// - sameDayGp: abuse, coercive control or not being safe at home, without immediate danger (a child
//   afraid to go home because of an adult there): a safeguarding conversation with a clinician that
//   day. Alcohol or drug dependence where the person wants to stop or cut down (stopping suddenly can
//   be dangerous), and psychiatric medicine stopped with the person getting worse, without threats.
// - none: nothing above is current. Denied ("no chest pain"), remote past ("had a stroke 3 years ago")
//   and stable, known situations ("gets breathless on the stairs", "chronic back pain") do not count.

import { scan, type CompiledLexicon } from './engine';
import { lexiconsFor } from './lexicons';
import type { CrisisRule } from './lexicon';
import { lexiconText, prepareMessage } from './prepare';
import {
  RED_FLAG_KINDS,
  TRIAGE_URGENCIES,
  type CrisisKind,
  type RedFlagAssessment,
  type RedFlagEvidence,
  type RedFlagKind,
  type SafetyTextInput,
  type TriageUrgency,
} from './types';

type Urgency = Exclude<TriageUrgency, 'none'>;

const rank = (urgency: TriageUrgency): number => TRIAGE_URGENCIES.indexOf(urgency);

function crisisFlag(
  rule: CrisisRule,
  kind: CrisisKind,
  immediate: boolean,
): { flag: RedFlagKind; urgency: Urgency } {
  // A possible hit is never an emergency on its own: it needs a clinician to ask.
  if (rule.tier === 'possible') immediate = false;
  switch (kind) {
    case 'medicalEmergency':
      // compileLexicon refuses a medical rule without a flag; the fallback only satisfies the type.
      // A possible one (a baby not feeding and sleepy) needs a clinician today, through 111, not 999.
      return {
        flag: rule.flag ?? 'otherEmergency',
        urgency: rule.tier === 'possible' ? 'urgent111' : 'emergency999',
      };
    case 'suicidal':
    case 'selfHarm':
      return { flag: 'suicidalRisk', urgency: immediate ? 'emergency999' : 'urgent111' };
    case 'harmToOthers':
      return { flag: 'riskToOthers', urgency: immediate ? 'emergency999' : 'urgent111' };
    case 'abuse':
      return { flag: 'safeguarding', urgency: immediate ? 'emergency999' : 'sameDayGp' };
  }
}

/** Red flags that are a risk to someone: a sign of immediacy anywhere in the note makes them 999. */
const RISK_FLAGS: ReadonlySet<RedFlagKind> = new Set(['suicidalRisk', 'riskToOthers', 'safeguarding']);

/**
 * Receptionists write a suspected condition as "?stroke" or "?sepsis"; normalising drops the mark, so
 * it is spelt out first ("query stroke"). Only where the mark starts a word: "any questions? none".
 */
export const spellOutQueries = (text: string): string =>
  text.replace(/(^|[\s(,;:/-])\?(?=\p{L})/gu, '$1query ');

/**
 * Whether assessRedFlags would find `flag` in the text now. For a flag no crisis rule maps to (as
 * "alcoholDependence"), only the notes' own rules are run: the crisis rules could not raise it.
 */
export function hasRedFlag(input: SafetyTextInput, flag: RedFlagKind): boolean {
  const lexicons = lexiconsFor(input.locale);
  if (lexicons.some((lexicon) => flagsOfCrisisRules(lexicon).has(flag))) {
    return assessRedFlags(input).flags.includes(flag);
  }
  const { normalised } = prepareMessage(spellOutQueries(input.text));
  return lexicons.some((lexicon) =>
    scan(lexicon, lexiconText(lexicon, normalised, 'triage'), lexicon.redFlags).some(
      (hit) => hit.rule.flag === flag && hit.status === 'current',
    ),
  );
}

/** The flags a lexicon's crisis rules map to (crisisFlag). */
function flagsOfCrisisRules(lexicon: CompiledLexicon): ReadonlySet<RedFlagKind> {
  let flags = crisisRuleFlags.get(lexicon);
  if (!flags) {
    flags = new Set(
      lexicon.crisis.rules.flatMap(({ rule }) =>
        rule.kinds.map((kind) => crisisFlag(rule, kind, false).flag),
      ),
    );
    crisisRuleFlags.set(lexicon, flags);
  }
  return flags;
}
const crisisRuleFlags = new WeakMap<CompiledLexicon, ReadonlySet<RedFlagKind>>();

export function assessRedFlags(input: SafetyTextInput): RedFlagAssessment {
  const { normalised } = prepareMessage(spellOutQueries(input.text));
  const evidence: RedFlagEvidence[] = [];
  const seen = new Set<string>();
  const add = (item: RedFlagEvidence): void => {
    const key = `${item.flag}|${item.rule}|${item.urgency}|${item.status}`;
    if (seen.has(key)) return;
    seen.add(key);
    evidence.push(item);
  };

  for (const lexicon of lexiconsFor(input.locale)) {
    const text = lexiconText(lexicon, normalised, 'triage');
    const now = (lexicon.imminence?.test(text) ?? false) || (lexicon.triageImminence?.test(text) ?? false);
    const crisisHits = scan(lexicon, text, lexicon.crisis);
    const recurs = crisisHits.length > 0 && (lexicon.recurrence?.test(text) ?? false);
    for (const hit of crisisHits) {
      for (const kind of hit.rule.kinds) {
        const { flag, urgency } = crisisFlag(hit.rule, kind, now || hit.rule.imminent === true);
        const revived = hit.status === 'past' && hit.rule.event && recurs && kind !== 'medicalEmergency';
        add({
          flag,
          rule: hit.id,
          urgency,
          status: revived ? 'current' : hit.status,
          sentence: hit.sentence,
        });
      }
    }
    for (const hit of scan(lexicon, text, lexicon.redFlags)) {
      add({
        flag: hit.rule.flag,
        rule: hit.id,
        urgency: now && RISK_FLAGS.has(hit.rule.flag) ? 'emergency999' : hit.rule.urgency,
        status: hit.status,
        sentence: hit.sentence,
      });
    }
  }

  const current = evidence.filter((item) => item.status === 'current');
  const urgency = current.reduce<TriageUrgency>(
    (most, item) => (rank(item.urgency) < rank(most) ? item.urgency : most),
    'none',
  );
  return {
    needsClinician: urgency !== 'none',
    urgency,
    flags: RED_FLAG_KINDS.filter((flag) => current.some((item) => item.flag === flag)),
    evidence,
  };
}
