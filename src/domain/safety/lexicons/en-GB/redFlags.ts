import type { RedFlagRule } from '../../lexicon';
import { CHILD, DRUGS, W } from './vocab';

const SPIRITS =
  '(?:vodka|gin|whisky|whiskey|rum|spirits|brandy|wine|cider|sherry|port|tequila|white cider|strong cider)';
const STREET =
  '(?:heroin|smack|crack|crack cocaine|cocaine|coke|spice|ketamine|ket|benzos|benzodiazepines|street valium|street benzos|meth|opiates|opioids|fentanyl|gbl|ghb|mcat|mephedrone)';
const PSYCH_MEDS =
  '(?:lithium|antipsychotics?|olanzapine|quetiapine|risperidone|aripiprazole|clozapine|haloperidol|depot|depot injection|injection|antidepressants|mood stabilisers?|sodium valproate|valproate|lamotrigine|psychiatric (?:meds|medication|medicine|tablets)|mental health (?:meds|medication|tablets)|meds|medication|tablets)';

export const RED_FLAGS: readonly RedFlagRule[] = [
  {
    // Dependence: stopping suddenly can be dangerous (alcohol or benzodiazepine withdrawal can cause fits),
    // so a clinician advises the same day. Wanting to cut down a little, with no sign of dependence, is not it.
    id: 'alcoholDependence.amount',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:a|one|two|half a|[0-9]+|a full|a whole|a litre of|a bottle of) (?:bottles?|litres?|bottle|ltr|l) (?:of )?${SPIRITS}(?: ${W}){0,2} (?:a|per|every|each) (?:day|night|evening)|(?:a|one|two|half a|[0-9]+|a full|a whole) (?:bottles?|litres?|bottle|ltr|l) (?:of )?${SPIRITS} (?:daily|every day|each day|a day)|(?:[0-9]+|six|eight|ten|twelve|fifteen|twenty|a dozen|a crate of|a box of) (?:cans|pints|beers|drinks|units(?!(?: (?:of )?(?:insulin|lantus|novorapid|humalog|levemir|tresiba|humulin|abasaglar))(?= ))|tins|bottles)(?: of ${W})?(?: ${W}){0,2} (?:a|per|every|each) (?:day|night)|${SPIRITS} (?:every|each) (?:day|morning|night)|(?:drinks?|drinking|drunk) (?:heavily |a lot |loads |spirits |vodka |cider )?(?:every day|daily|all day|from the morning|first thing|every morning|from when (?:he|she|they|i) (?:wakes?|gets? up)|round the clock|constantly)`,
  },
  {
    id: 'alcoholDependence.signs',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:shakes|shaky|shaking|tremor|tremors|sweats|the dts|dts|withdrawal|withdrawals) (?:in the morning|first thing|until (?:i|he|she|they) (?:has|have) a drink|without (?:a drink|drink|alcohol|it)|when (?:i|he|she|they) (?:stops?|doesnt drink|dont drink|has no drink))|(?:morning|eye opener) drink|drinks? to stop the shakes|(?:alcohol|drink|drinking|booze) (?:dependent|dependence|dependency|addiction|addicted|problem|withdrawal)|(?:dependent|dependency|addicted|addiction) (?:on|to) (?:alcohol|drink|booze|${STREET}|${DRUGS})|alcoholic(?!(?: (?:drinks?|beverage|free|content))(?= ))|(?:is an|an) alcoholic|(?:hooked|addicted) on (?:${W} )?(?:${STREET}|${DRUGS}|drink|booze|alcohol)|(?:using|uses|injecting|injects|smoking|smokes|taking|takes|on) (?:${W} )?${STREET}(?: (?:daily|every day|for years|again|most days))?|(?:come|coming|get|getting|got|came) (?:off|clean off|clean from) (?:the )?(?:${STREET}|${DRUGS}|methadone|alcohol|the drink|drink|booze)|(?:get|getting|got|stay|staying) clean(?!(?: (?:house|clothes|water|sheets))(?= ))|detox|methadone (?:script|programme|program|clinic)`,
  },
  {
    // Psychiatric medicine stopped and the person getting worse, without threats: a clinician today.
    id: 'otherEmergency.stoppedPsychMeds',
    flag: 'otherEmergency',
    urgency: 'sameDayGp',
    pattern: `(?:stopped|stopping|come off|came off|coming off|not taking|hasnt taken|hasnt been taking|not been taking|refusing|refuses|refused|won t take|wont take|stopped taking|given up|binned|thrown away) (?:taking |his |her |their |my )?(?:his |her |their |my )?${PSYCH_MEDS}(?: ${W}| ,){0,12} (?:worse|getting worse|agitated|paranoid|hearing voices|voices|not sleeping|isnt sleeping|cant sleep|spying|being watched|being followed|convinced|muddled|confused|aggressive|manic|high|hallucinating|unwell|odd|strange|erratic|not himself|not herself|psychotic|talking nonsense|seeing things|spiralling|going downhill|deteriorat[a-z]*)`,
  },
  {
    id: 'breathlessness.short',
    flag: 'breathlessness',
    urgency: 'urgent111',
    pattern:
      'breathless(?:ness)?|short of breath|shortness of breath|sob|wheezy|wheezing|(?:inhaler|nebuliser|nebulizer|puffer) (?:not|isnt|doesnt) (?:helping|working)|struggling with (?:his|her|their|my) breathing|breathing (?:is |has been |getting )?(?:bad|worse|difficult|laboured|noisy)',
  },
  {
    id: 'severePain.severe',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern:
      'worst (?:[a-z]+ ){0,2}pain|rolling around in (?:pain|agony)|(?:rolling|writhing) (?:around|about)|(?:cant|cannot) get comfy|doubled up|(?:severe|terrible|excruciating|unbearable|agonising|agonizing|awful|extreme|really bad|very bad|worst ever)(?: [a-z]+){0,2} (?:pains?|toothache|earache|stomach ache|tummy ache|backache|cramps?)|in (?:agony|so much pain|terrible pain|a lot of pain|severe pain)|pain (?:is |has been )?(?:severe|unbearable|excruciating)|(?:screaming|crying) (?:in|with|out in) pain|cant (?:walk|move|stand) (?:for|with|because of) (?:the )?pain',
  },
  {
    id: 'unwellChild.fever',
    flag: 'unwellChild',
    urgency: 'urgent111',
    pattern: `${CHILD}(?: [^ .]+){0,6}? (?:high )?(?:fever|temp|temperature|temps)(?: of (?:3[89]|4[0-9])(?:.[0-9])?)?`,
  },
  {
    id: 'otherEmergency.babyMovements',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:baby|babys)(?: ${W}){0,2} (?:not|hasnt|havent|stopped|isnt|has not) (?:been )?(?:moving|moved|kicking|kicked)|(?:not|havent|hasnt|have not) felt (?:the |my |her )?baby (?:move|moving|kick|kicking)|reduced (?:fetal |foetal )?movements?`,
  },
  {
    id: 'unwellChild.notDrinking',
    flag: 'unwellChild',
    urgency: 'urgent111',
    pattern: `${CHILD}(?: [^ .]+){0,8}? (?:not|isnt|wont|refusing to|refuses to|stopped|hasnt been|not been) (?:drinking|taking (?:fluids|drinks|any fluids)|eating or drinking|keeping (?:anything|fluids|milk|drinks) down)`,
  },
  {
    id: 'unwellChild.notFeeding',
    flag: 'unwellChild',
    urgency: 'urgent111',
    pattern:
      '(?:not|isnt|hasnt been|wont|refusing to|refuses to|stopped|not been) (?:feeding|feed|taking (?:milk|feeds|bottles?|the breast))(?!(?: (?:the|my|his|her|their|our|them|him|us|me|themselves|herself|himself|myself))(?= ))|(?:no|not had a|not had any|hasnt had a|hasnt had any) wet nappy|(?:dry|no wet) nappies',
  },
  {
    id: 'unwellChild.drowsy',
    flag: 'unwellChild',
    urgency: 'urgent111',
    pattern: `${CHILD}(?: [^ .]+){0,4}? (?:very |really |so |unusually )?(?:drowsy|sleepy|lethargic|listless|hard to wake|difficult to wake)`,
  },
  {
    id: 'unwellChild.breathing',
    flag: 'unwellChild',
    urgency: 'emergency999',
    pattern: `grunting|${CHILD}(?: [^ .]+){0,4}? (?:breathing (?:very |really |)(?:fast|quickly)|struggling to breathe|sucking in (?:under|between) (?:the|his|her) ribs)`,
  },
  {
    id: 'sepsisSigns.signs',
    flag: 'sepsisSigns',
    urgency: 'emergency999',
    pattern:
      'mottled|blotchy (?:blue|purple)|(?:not|hasnt|havent|not been able to|cant) (?:passed|pass|had a|done a|been for a) (?:urine|wee|pee)|(?:no|not passed) urine|(?:hot|feverish|temperature|temp|fever|shivery|shivering|shaking|burning up|boiling)(?: [^ .]+){0,5}? (?:very |really |more |acutely |)confused|(?:very |really |more |acutely |)confused(?: [^ .]+){0,5}? (?:hot|temperature|temp|fever|shivery|shivering|burning up|boiling|feverish)|sepsis|septic|breathing (?:very |really |)(?:fast|quickly|rapidly)',
  },
];
