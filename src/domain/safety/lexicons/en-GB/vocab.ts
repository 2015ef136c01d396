import type { CrisisRule } from '../../lexicon';
import type { CrisisKind, RedFlagKind } from '../../types';

// Building blocks shared by the en-GB rule files: word classes, and the helpers that make a rule.

export const W = '[a-z0-9]+';
export const ANY = (min: number, max: number): string => `(?: ${W}){${min},${max}}`;
/** Words of a benign span: never a comma or a full stop, so a mask cannot swallow the next clause. */
export const ANY_TOKEN = (min: number, max: number): string => `(?: [^ .,~]+){${min},${max}}`;
/** The hit ends its clause: end of text, a comma or full stop, or a word that starts a new clause. */
export const END =
  '(?= *$| [.,~]| (?:and|but|so|because|though|lol|x+|tbh|honestly|really|now|please|any more|no more|anyway|at all|i|im|tonight|today|tomorrow|soon|again)(?![a-z0-9]))';
export const TO = '(?:to|2)';
export const SELF = '(?:myself|meself)';
export const OTHER_SELF = '(?:himself|herself|themselves|themself)';
export const ME = 'me';
export const OTHER_ME = '(?:her|him|them)';
export const PEOPLE =
  '(?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|ex|ex partner|ex husband|ex wife|dad|father|stepdad|stepfather|mum|mam|mom|mother|stepmum|stepmother|son|daughter|brother|sister|stepbrother|stepsister|uncle|aunt|auntie|grandad|grandpa|nan|nana|gran|grandma|grandson|granddaughter|nephew|niece|cousin|carer|lodger|flatmate|housemate|family|parents|kids|children|son in law|daughter in law)';
export const DRUGS =
  '(?:paracetamols?|ibuprofen|aspirins?|co codamol|codeine|tramadol|tablets|pills|meds|medication|medicines?|painkillers|antidepressants|sertraline|citalopram|fluoxetine|sleeping (?:pills|tablets)|insulin|diazepam|valium|pregabalin|gabapentin|morphine|oramorph|methadone|lithium|propranolol|amitriptyline|mirtazapine|zopiclone|quetiapine|olanzapine|venlafaxine|duloxetine|naproxen|dihydrocodeine|oxycodone|fentanyl|benzos|temazepam|lorazepam|promethazine|nytol|digoxin|warfarin|metformin|novorapid|lantus|levemir|humalog|tresiba|baclofen|bisoprolol|keppra|levetiracetam|co careldopa|sinemet|madopar|apixaban|rivaroxaban|fentanyl patches|insulin pens)';
/** An amount of medicine that is an overdose whatever the day: "30", "a whole packet of", "loads of". */
export const LOTS =
  '(?:[1-9][0-9]+|twenty|thirty|forty|fifty|a hundred|(?:(?:a|the|my|his|her|their) )?whole (?:prescription|supply|months supply|weeks supply|week|weeks|month|months|script)(?: s)?(?: worth)?(?: of)?|(?:a|the) (?:whole |full )?(?:packet|pack|box|bottle|strip|tub|handful|load|bag|jar)(?: of)?|loads of|lots of|a lot of|a load of|a bunch of|a heap of|a pile of|a fistful of|handfuls of|half (?:a|the) (?:packet|box|bottle) of|every one of)';
export const MANY = `(?:${LOTS}|all(?: of)?)`;
/** "20 of my mum's pills", "a box of his tablets": an amount, then whose, then the medicine. */
export const AMOUNT_OF_DRUGS = `(?:(?:${LOTS}|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|a few|some|too many|way too many|all)(?: of)?(?: (?:my|his|her|their|the|these|those|them|mums|dads|nans|grans|mams|wifes|husbands|partners|sons|daughters|brothers|sisters))?(?: ${W})? ${DRUGS}|every (?:single |last )?(?:tablet|pill|painkiller|capsule))`;
/** Spirits, wine and cider, named in a plan or in how much someone drinks. */
export const SPIRITS =
  '(?:vodka|gin|whisky|whiskey|rum|spirits|brandy|wine|cider|sherry|port|tequila|white cider|strong cider)';
/** Weapons and things used as them. */
export const WEAPON =
  '(?:knife|knives|blade|blades|machete|gun|guns|shotgun|rifle|pistol|hammer|axe|baseball bat|bat|crowbar|screwdriver|broken bottle|meat cleaver|cleaver)';
/** Where people go to end their lives, and the means of height and traffic. */
export const PLACE =
  '(?:bridge|bridges|cliff|cliffs|cliff edge|ledge|roof|rooftop|railway line|railway|railway bridge|tracks|train tracks|level crossing|viaduct|top of the car park|multi storey|multistorey|car park roof|quarry|motorway bridge|flyover|beachy head|edge)';
/** The first person, as a word. */
export const I = '(?:i|im|ive|id|ill|i am|i have|i had|i would|i will)';
/** Words that say a person means or wants to do something. */
export const INTENT =
  '(?:going to|gonna|will|ill|i will|want to|wanna|wants to|planning to|plan to|planned to|decided to|ready to|about to|thinking (?:of|about)|intend to|intending to|tempted to|might|may|could|feel like|need to|have to|gotta|finally going to)';
export const CHILD =
  '(?:baby|babies|newborn|infant|toddler|child|kid|little one|(?:[0-9]|1[0-5]) ?(?:yo|yr old|year old|years old|yrs old)|[0-9]+ ?(?:month|months|mth|mths|week|weeks|wk|wks|day|days)(?: old)?|under (?:3|three|6|six) months)';

/** Words in a sentence that say the danger is now or grave: then asking how to help changes nothing. */
const DANGER_NOW =
  '(?:right now|now|tonight|today|outside|knife|knives|gun|weapon|kill|killed|killing|blood|bleeding|hospital|unconscious|strangled|choked|police|999|scared|terrified|frightened|hiding|locked)';
/**
 * Later in the same sentence, the writer asks how to help the person hurt, and nothing says the danger
 * is now: "my friend's husband hit her, I want to help her", "... I just want to be a good friend".
 */
export const HELPING_THEM = `(?![^.~]* ${DANGER_NOW}(?![a-z0-9]))[^.~]*? (?:(?:i|id|im|i am|pt|caller|patient)(?: [a-z]+){0,5} (?:help|helping|support|supporting|be there for|look out for|stand by) (?:her|him|them)|how (?:do|can|could|should|would) i(?: [a-z]+){0,3} (?:help|support|be there for) (?:her|him|them)|(?:be|being) (?:a good friend|a good neighbour|supportive|there for (?:her|him|them))|tips (?:on|to|for|about) (?:help|helping|support|supporting|be|being))(?![a-z0-9])`;

/** The writer's own self-harm ("I self harm"): never read as asking how to help someone else. */
export const MY_SELF_HARM = '(?<![a-z0-9])(?:i|im|i am|i have|ive) self (?:harm|harms|harming)';

export type RuleExtras = Pick<CrisisRule, 'negatable' | 'event' | 'imminent' | 'flag' | 'tier' | 'question'>;

export function crisis(
  id: string,
  kinds: readonly CrisisKind[],
  pattern: string,
  extras: RuleExtras & { subject?: CrisisRule['subject'] } = {},
): CrisisRule {
  return { id, kinds, subject: extras.subject ?? 'either', pattern, ...extras };
}

/** A rule of the possible tier: a direct check question rather than the whole crisis reply. */
export function possible(
  id: string,
  kinds: readonly CrisisKind[],
  pattern: string,
  extras: RuleExtras & { subject?: CrisisRule['subject'] } = {},
): CrisisRule {
  return crisis(id, kinds, pattern, { ...extras, tier: 'possible' });
}

/** The same words said of the writer and of someone else, told apart by the pronoun the words carry. */
export function pair(
  id: string,
  kinds: readonly CrisisKind[],
  template: (who: string) => string,
  selfWord: string,
  otherWord: string,
  extras: RuleExtras = {},
): CrisisRule[] {
  return [
    { id: `${id}.self`, kinds, subject: 'self', pattern: template(selfWord), ...extras },
    { id: `${id}.other`, kinds, subject: 'someoneElse', pattern: template(otherWord), ...extras },
  ];
}

export function medical(id: string, flag: RedFlagKind, pattern: string, extras: RuleExtras = {}): CrisisRule {
  return { id, kinds: ['medicalEmergency'], subject: 'either', pattern, flag, ...extras };
}

/** Things, not people, that "do not respond": a landlord is not a collapse. */
export const NOT_THING =
  '(?<!(?:landlord|landlady|council|agent|agents|agency|company|office|school|bank|dwp|website|app|phone|computer|laptop|email|emails|builder|plumber|housing|association|insurer|system|server|screen|router|tv|line|they|officer|department|gp|surgery|solicitor|employer|boss|repairs|letting)s?(?: (?:who|that|which|is|has|was|are|been|keeps|still|just|completely|totally|being|have|had|were|not|isnt)){0,3} )';

/** A day a plan or an end is set for: "planned it for Friday", "decided my birthday is the day". */
export const A_DAY =
  '(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|the morning|morning|new years (?:eve|day)|christmas(?: day| eve)?|boxing day|(?:my|his|her|our) (?:birthday|anniversary)|the anniversary|the [0-9]+(?:st|nd|rd|th)?(?: of [a-z]+)?)';
