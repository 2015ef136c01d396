// Plain data shared by the crisis engine, the red-flag triage and the route table. No English sentences
// live here: the dialog layer turns these codes into localised text.

export const CRISIS_KINDS = ['medicalEmergency', 'suicidal', 'selfHarm', 'harmToOthers', 'abuse'] as const;
/** Ordered by how urgently a human must act; `kinds` in every assessment keeps this order. */
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** Who is at risk: the writer, or someone they are telling us about. */
export type Subject = 'self' | 'someoneElse';

/**
 * `negated`: the writer explicitly denied it ("I'm not suicidal"); `past`: set in the remote past with no
 * sign that it has come back ("I used to self harm years ago"). Only `current` hits raise a crisis; the
 * others are kept so a link worker's summary can say that the subject came up.
 */
export type HitStatus = 'current' | 'negated' | 'past';

/**
 * `clear`: the words leave no real doubt, and the full crisis reply is given at once. `possible`: they
 * may well mean a crisis (passive wishes, a means mentioned without a plan, a hint of danger at home),
 * and Signpost asks one direct question before giving the routes.
 */
export const CRISIS_TIERS = ['clear', 'possible'] as const;
export type CrisisTier = (typeof CRISIS_TIERS)[number];

/**
 * The direct questions crisis lines ask, in plain words:
 * - endingLife: "Are you thinking about ending your life?"
 * - safeNow: "Are you safe right now?" (here yes means safe)
 * - someoneHurting: "Is someone hurting you?"
 * - someoneInDanger: "Is someone in danger right now?" (a worry about another person)
 */
export const CHECK_QUESTIONS = ['endingLife', 'safeNow', 'someoneHurting', 'someoneInDanger'] as const;
export type CheckQuestion = (typeof CHECK_QUESTIONS)[number];

export interface CrisisEvidence {
  kind: CrisisKind;
  /** Stable rule id (`en-GB/suicidal.wantToDie`): safe to log, unlike the patient's words. */
  rule: string;
  subject: Subject;
  status: HitStatus;
  tier: CrisisTier;
  /** For a possible hit, the question its rule asks (absent: chosen from the kind). */
  question?: CheckQuestion;
  /** Which sentence of the message raised it, from 0 (see wordsOf). */
  sentence: number;
}

export interface CrisisAssessment {
  /** A current clear hit: the full crisis reply. */
  crisis: boolean;
  /** Kinds with at least one current clear hit, most urgent first. */
  kinds: CrisisKind[];
  subjects: Subject[];
  /** No clear hit, but a current possible one: a check question. */
  possible: boolean;
  /** Kinds with at least one current possible hit (also when there is a clear one), most urgent first. */
  possibleKinds: CrisisKind[];
  possibleSubjects: Subject[];
  /** A medical emergency, a stated method or plan, a weapon, or a threat that is happening now. */
  immediateDanger: boolean;
  evidence: CrisisEvidence[];
}

export const RED_FLAG_KINDS = [
  'chestPain',
  'breathlessness',
  'strokeSigns',
  'heavyBleeding',
  'collapse',
  'anaphylaxis',
  'overdose',
  'unwellChild',
  'sepsisSigns',
  'severePain',
  'otherEmergency',
  'suicidalRisk',
  'riskToOthers',
  'safeguarding',
  'alcoholDependence',
] as const;
export type RedFlagKind = (typeof RED_FLAG_KINDS)[number];

/** Most urgent first; `none` means the receptionist may carry on with the social request. */
export const TRIAGE_URGENCIES = ['emergency999', 'urgent111', 'sameDayGp', 'none'] as const;
export type TriageUrgency = (typeof TRIAGE_URGENCIES)[number];

export interface RedFlagEvidence {
  flag: RedFlagKind;
  rule: string;
  urgency: Exclude<TriageUrgency, 'none'>;
  status: HitStatus;
  /** Which sentence of the note raised it, from 0 (see wordsOf). */
  sentence: number;
}

export interface RedFlagAssessment {
  needsClinician: boolean;
  urgency: TriageUrgency;
  /** Flags with at least one current hit, in RED_FLAG_KINDS order. */
  flags: RedFlagKind[];
  evidence: RedFlagEvidence[];
}

export interface SafetyTextInput {
  text: string;
  /** BCP 47 tag of the conversation (`en-GB`, `cy`, `pl-PL`); unknown or missing tags fall back to en-GB. */
  locale?: string | undefined;
}

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/** The role a route plays; which organisation fills it depends on the nation. */
export type SafetyRouteCode =
  | 'emergency999'
  | 'nhs111MentalHealth'
  | 'nhs111'
  | 'samaritans'
  | 'shout'
  | 'childline'
  | 'papyrus'
  | 'domesticAbuseHelpline'
  | 'nspccHelpline';

/** The organisation behind a route, so the dialog can name it in the patient's language. */
export type SafetyService =
  | 'emergencyServices'
  | 'nhs111'
  | 'nhs111Wales'
  | 'nhs24'
  | 'lifeline'
  | 'samaritans'
  | 'shout'
  | 'childline'
  | 'papyrusHopeline247'
  | 'nationalDomesticAbuseHelpline'
  | 'liveFearFree'
  | 'scotlandDomesticAbuseHelpline'
  | 'northernIrelandDomesticAndSexualAbuseHelpline'
  | 'nspcc';

/** When a route applies; absent means "use it now". */
export type RouteCondition = 'ifLifeAtRisk' | 'ifInDangerNow' | 'ifWorriedAboutAChild';

export interface SafetyContact {
  service: SafetyService;
  /** As it is written for people to dial, spaces included. */
  phone?: string;
  /** The menu option to choose after dialling (NHS 111 mental health is option 2). */
  phoneOption?: number;
  sms?: { to: string; keyword: string };
  web?: string;
  /** The service is for people younger than this. */
  ageBelow?: number;
  /** Offer it, with its age said, when the person's age is not known. */
  whenAgeUnknown?: boolean;
}

export interface SafetyRoute extends SafetyContact {
  code: SafetyRouteCode;
  condition?: RouteCondition;
}
