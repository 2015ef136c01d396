import { detectNeeds } from './needs/detectNeeds';
import { noteLexicon } from './suggestions/readWhatTheySaid';
import { needsToSayBack } from '../domain/needs/sayBack';
import type { NeedId } from '../domain/needs/taxonomy';
import { assessMessage, assessRedFlags, normaliseText, wordsOf } from '../domain/safety';
import { englishRulesText, prepareMessage } from '../domain/safety/prepare';
import { spellOutQueries } from '../domain/safety/redFlags';
import { CRISIS_KINDS, type CrisisKind, type RedFlagKind, type TriageUrgency } from '../domain/safety/types';

/**
 * A receptionist's note of a walk-in or phone request, read for what must happen first (red flags that
 * need a clinician, 999 or 111) and for the social needs a link worker could help with. Signpost only
 * suggests: the receptionist confirms, changes or overrules every part of it.
 */
export interface TriageReading {
  /** `none`: no red flag is current, and the social request can go ahead. */
  readonly urgency: TriageUrgency;
  readonly flags: readonly RedFlagKind[];
  /** Crisis kinds, for the routes to give the caller (999, NHS 111 option 2, helplines). */
  readonly crisisKinds: readonly CrisisKind[];
  readonly immediateDanger: boolean;
  /** Suggested needs, most important first; empty when the note names none. */
  readonly needs: readonly NeedId[];
  /** The sentences of the note that raised a current flag, as typed. */
  readonly words: readonly string[];
  /** The patient's age if the note says it ("78, lives alone", "aged 15", "older man"), for age-limited lines. */
  readonly age: number | undefined;
}

// Ages as receptionists write them. "78, lives alone" (a number first), "82 year old", "aged 80", "15yo",
// "in her 80s"; words that say old or young give a typical age, enough to choose an age-limited line.
const AGE_PATTERNS: readonly RegExp[] = [
  /^ (\d{1,3}) (?:,|\.|year|years|yr|yrs|yo|y o|m|f|male|female)(?= )/,
  / (?:aged|age|is) (\d{1,3})(?= )/,
  / (\d{1,3}) ?(?:year old|years old|yr old|yrs old|yo|y o|year|years)(?= )/,
  / in (?:his|her|their) (\d)0s(?= )/,
];
const OLDER =
  / (?:elderly|older (?:man|lady|woman|gentleman|gent|person|patient)|pensioner|retired|oap|grandad|grandma|nan|gran|widow|widower)(?= )/;
const YOUNGER =
  / (?:teenager|teen|schoolgirl|schoolboy|child|kid|toddler|baby|boy|girl|year (?:7|8|9|10|11)|school pupil|pupil)(?= )/;

/** The patient's age in years if the note gives it, or a typical age if it says old or young. */
export function ageInNote(text: string): number | undefined {
  const normal = normaliseText(text);
  for (const [index, pattern] of AGE_PATTERNS.entries()) {
    const match = pattern.exec(normal);
    if (!match?.[1]) continue;
    const value = Number(match[1]) * (index === 3 ? 10 : 1);
    if (Number.isFinite(value) && value >= 0 && value <= 120) return value;
  }
  if (OLDER.test(normal)) return 70;
  if (YOUNGER.test(normal)) return 12;
  return undefined;
}

/** The crisis kind each red flag of a risk stands for, so a note's flags always come with their routes. */
const KIND_OF_FLAG: Partial<Record<RedFlagKind, CrisisKind>> = {
  suicidalRisk: 'suicidal',
  riskToOthers: 'harmToOthers',
  safeguarding: 'abuse',
};
const NOT_MEDICAL: ReadonlySet<RedFlagKind> = new Set([
  'suicidalRisk',
  'riskToOthers',
  'safeguarding',
  'alcoholDependence',
]);

/**
 * The crisis kinds of a note: those the crisis check found, and those its red flags stand for (a
 * receptionist's "SI w plan" is found by the triage rules alone). A medical flag at 999 is a medical
 * emergency.
 */
function kindsOf(
  found: readonly CrisisKind[],
  flags: readonly RedFlagKind[],
  urgency: TriageUrgency,
): CrisisKind[] {
  const kinds = new Set<CrisisKind>(found);
  for (const flag of flags) {
    const kind = KIND_OF_FLAG[flag];
    if (kind) kinds.add(kind);
    else if (!NOT_MEDICAL.has(flag) && urgency === 'emergency999') kinds.add('medicalEmergency');
  }
  return CRISIS_KINDS.filter((kind) => kinds.has(kind));
}

/**
 * Reads a note. `withNeeds: false` leaves the needs out (empty), for a check of every staff message
 * that only wants the red flags: reading needs is most of the cost of a short message.
 */
export function readTriageNote(
  note: { text: string; locale: string },
  options: { withNeeds?: boolean } = {},
): TriageReading {
  // "?stroke" is read as "query stroke" by every check, so the sentences they count are the same.
  const input = { ...note, text: spellOutQueries(note.text) };
  const redFlags = assessRedFlags(input);
  const found = assessMessage(input);
  // The crisis check reads first-person wording the triage rules may not; a crisis is never "none".
  // Where only it finds something, it reads the note again with the note's own set-asides hidden (the
  // remote past, a known and stable situation: "had sepsis 2021, fully recovered").
  const crisis =
    found.crisis &&
    redFlags.urgency === 'none' &&
    !assessMessage({ ...input, text: englishRulesText(input.text, 'triage') }).crisis
      ? { ...found, crisis: false, immediateDanger: false, kinds: [], evidence: [] }
      : found;
  const urgency: TriageUrgency =
    redFlags.urgency === 'none' && crisis.crisis
      ? crisis.immediateDanger
        ? 'emergency999'
        : 'urgent111'
      : redFlags.urgency;
  // The classifier learned from patients' own answers; a receptionist's note about a patient is read by the
  // rules, as a note: "she is so lonely" is the patient's need, "her son has anxiety" is not.
  const needs =
    options.withNeeds === false
      ? []
      : needsToSayBack({
          needs: detectNeeds({ ...input, rulesOnly: true, lexicon: noteLexicon(input.locale) }).needs,
          limit: 6,
        });
  const { text } = prepareMessage(input.text);
  const sentences = new Set<number>([
    ...redFlags.evidence.filter((hit) => hit.status === 'current').map((hit) => hit.sentence),
    ...crisis.evidence.filter((hit) => hit.status === 'current').map((hit) => hit.sentence),
  ]);
  const flags: readonly RedFlagKind[] =
    redFlags.flags.length === 0 && crisis.crisis
      ? [crisis.kinds.includes('abuse') ? 'safeguarding' : 'suicidalRisk']
      : redFlags.flags;
  return {
    urgency,
    flags,
    crisisKinds: kindsOf(crisis.kinds, flags, urgency),
    immediateDanger: crisis.immediateDanger || urgency === 'emergency999',
    needs,
    words: [...sentences].sort((a, b) => a - b).map((index) => wordsOf(text, index)),
    age: ageInNote(note.text),
  };
}
