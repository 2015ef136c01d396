import type { RedFlagRule } from '../../lexicon';
import { CHILD, DRUGS, W, WEAPON } from './vocab';

const SPIRITS =
  '(?:vodka|gin|whisky|whiskey|rum|spirits|brandy|wine|cider|sherry|port|tequila|white cider|strong cider)';
const STREET =
  '(?:heroin|smack|crack|crack cocaine|cocaine|coke|spice|ketamine|ket|benzos|benzodiazepines|street valium|street benzos|meth|opiates|opioids|fentanyl|gbl|ghb|mcat|mephedrone)';
const PSYCH_MEDS =
  '(?:lithium|antipsychotics?|olanzapine|quetiapine|risperidone|aripiprazole|clozapine|haloperidol|depot|depot injection|injection|antidepressants|mood stabilisers?|sodium valproate|valproate|lamotrigine|psychiatric (?:meds|medication|medicine|tablets)|mental health (?:meds|medication|tablets)|meds|medication|tablets)';

// Receptionists' own wording of an emergency: shorthand (c/o CP, o/d, ?stroke), the symptom told from
// outside ("gone blue round the lips", "found on the kitchen floor"), and amounts ("30 x sertraline").
// Each needs the symptom and its sign of the moment, not a lone word.
const PERSON =
  '(?:ex|ex partner|partner|husband|boyfriend|wife|girlfriend|stepdad|stepfather|dad|father|son|he|she|hes|shes)';
const SUSPECTED = '(?:query|suspected|possible|likely|probable)';
const TRIAGE_EMERGENCIES: readonly RedFlagRule[] = [
  {
    id: 'chestPain.notes',
    flag: 'chestPain',
    urgency: 'emergency999',
    pattern: `complains of (?:central )?cp|(?:central )?cp (?:radiating|going|spreading|moving|shooting) (?:down|into|to|up)|(?:pain|ache|aching) (?:is |s )?(?:radiating|spreading|going|shooting) (?:down|into|to|up) (?:(?:my|his|her|their|the) )?(?:l|r|left|right) (?:arm|jaw|neck|shoulder)|(?:pressure|heaviness|tightness|squeezing) (?:in|on|across) (?:the )?chest|${SUSPECTED} (?:mi|heart attack|acs)`,
  },
  {
    id: 'breathlessness.notes',
    flag: 'breathlessness',
    urgency: 'emergency999',
    pattern: `(?:gone|going|turned|turning|looks?|looking|is|s)(?: a bit| slightly| very| quite)? (?:blue|grey|gray) (?:round|around|in|at) (?:the |his |her |their |my )?(?:lips|mouth)|struggling for (?:breath|air)`,
  },
  {
    id: 'strokeSigns.notes',
    flag: 'strokeSigns',
    urgency: 'emergency999',
    pattern: `(?:lost|losing|loss of) (?:the )?(?:sight|vision) (?:in|of|from) (?:one|his|her|their|my|the|(?:the )?(?:l|r|left|right)) eye|(?:sudden|suddenly)(?: [^ .]+){0,3}? (?:lost|losing|loss of|blurred|double) (?:the )?(?:sight|vision)|${SUSPECTED} (?:stroke|cva|tia)|(?:droopy|drooping|dropped|lopsided|wonky) (?:face|mouth|smile)`,
  },
  {
    id: 'heavyBleeding.notes',
    flag: 'heavyBleeding',
    urgency: 'emergency999',
    pattern: `(?:blood|bleeding)(?: [^ .]+){0,3}? (?:soaking|soaked|soaks|coming|gone) through (?:[0-9]+|two|three|four|several|a|the|his|her)?(?: ${W}){0,2} (?:towels?|tea towels?|bandages?|dressings?|pads?)|(?:blood|bleeding)(?: [^ .]+){0,6}? (?:wont|doesnt|isnt|hasnt|cant) (?:stop|stopping|stopped|be stopped)|nose ?bleed(?: [^ .]+){0,3}? (?:over|more than|for over|for more than) (?:an|1|one|[0-9]+|two) (?:hour|hours|hr|hrs)`,
  },
  {
    id: 'collapse.notes',
    flag: 'collapse',
    urgency: 'emergency999',
    pattern: `found (?:[a-z]+ ){0,3}?on (?:the |her |his |their |a )?(?:[a-z]+ )?floor|(?:not|isnt|wasnt|no longer) (?:answering|responding|reacting|speaking) when (?:spoken|talked|called) to|found (?:${W} ){0,2}(?:unresponsive|unconscious|not breathing)|(?:cant|unable to|couldnt) (?:rouse|wake) (?:him|her|them|pt|the patient)`,
  },
  {
    id: 'anaphylaxis.notes',
    flag: 'anaphylaxis',
    urgency: 'emergency999',
    pattern: `(?:stung|sting|bitten|ate|eaten|eating|allergic|allergy|antibiotics|nuts?|peanuts?)(?: [^ .]+){0,8}? (?:face|lips?|tongue|throat|mouth|eyes)(?: and (?:face|lips?|tongue|throat|mouth|eyes))? (?:is |are |s )?(?:puffing|puffed|swelling|swollen|swelled|blown) up|(?:stung|sting|allergic|allergy|nuts?|peanuts?|hives|swelling|swollen|puffing up)(?: [^ .]+){0,8}? (?:struggling|cant|unable|difficulty|trouble) (?:to )?(?:swallow|swallowing|breathe|breathing)`,
  },
  {
    id: 'overdose.notes',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `o d (?:(?:of |on )?(?:about |approx |around |x )?(?:[0-9]+ ?(?:x )?)?(?:${W} )?${DRUGS}|this (?:am|morning|afternoon|evening)|last night|yesterday|today|earlier)|(?:[1-9][0-9]+|twenty|thirty|forty|fifty) x ${DRUGS}|(?:taken|took|had|swallowed|necked|downed) (?:way |far )?too many (?:of )?(?:${W} ){0,3}${DRUGS}|(?:taken|took|swallowed|necked|downed|had)(?: [^ .]+){1,5}? ${DRUGS}(?: [^ .]+){0,2}? (?:in one go|all at once|at once|at the same time)|(?:[0-9]+|two|three|four|five|six|seven|several|a few) (?:days|weeks|doses)(?: worth)?(?: of (?:${W} )?(?:${DRUGS}|them))?(?: [^ .]+){0,2}? (?:at once|in one go|all together|at the same time)|(?:taken|took|had|swallowed)(?: [^ .]+){0,4}? (?:extra|more|too many|too much)(?: of)?(?: [^ .]+){0,2}? ${DRUGS}(?: [^ .]+){0,4}? (?:on purpose|deliberately|intentionally)`,
  },
  {
    id: 'riskToOthers.weapon',
    flag: 'riskToOthers',
    urgency: 'emergency999',
    pattern: `(?:threatening|threatened|threatens|went for|going for|gone for|came at|coming at|chasing|chased|waving|brandishing|wielding)(?: ${W}){0,4} (?:with )?(?:a |an |the |his |her |their )?${WEAPON}|(?:has|had|got|holding|with|carrying|grabbed|picked up) (?:a |an |the |his |her |their )?${WEAPON}(?: [^ .]+){0,6}? (?:threatening|threatened|threatens|threaten|going for|shouting at)`,
  },
  {
    // A threat to kill, with fear or a weapon in the same sentence: "he'll kill her, she's frightened".
    id: 'riskToOthers.threatToKill',
    flag: 'riskToOthers',
    urgency: 'urgent111',
    pattern: `(?:hell|shell|theyll|he will|she will|they will|(?:is|s) going to|threatened to|threatening to|threatens to) kill (?:her|him|them|us|the kids|the children|everyone)(?=[^.]* (?:frightened|scared|terrified|afraid|gun|shotgun|knife|weapon|police|means it)(?![a-z0-9]))`,
  },
  {
    id: 'safeguarding.threatToKill',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:hell|shell|he will|she will|(?:is|s) going to|threatened to|threatening to|threatens to) kill (?:her|him|the kids|the children)(?=[^.]* (?:frightened|scared|terrified|afraid|gun|shotgun|knife|weapon|police|means it)(?![a-z0-9]))`,
  },
  {
    id: 'riskToOthers.smother',
    flag: 'riskToOthers',
    urgency: 'urgent111',
    pattern: `(?:pillow|cushion|bag) over (?:his|her|their|the) (?:${W} )?(?:face|head)|(?:smother|smothering|suffocate|suffocating|strangle|strangling) (?:him|her|them|the baby)`,
  },
  {
    id: 'safeguarding.atTheDoor',
    flag: 'safeguarding',
    urgency: 'emergency999',
    pattern: `${PERSON}(?: ${W}){0,2} (?:is |s )?(?:outside|at the door|downstairs)(?: ${W}){0,2} (?:banging|hammering|kicking|shouting|screaming|trying to (?:get|break) in)|(?:shes|hes|is|are|been|got) locked in (?:the |a )?(?:bathroom|bedroom|toilet|loo)|(?:locked|barricaded) (?:herself|himself|themselves) in`,
  },
];

// Risks told in the third person, as receptionists write them: urgent (111), or 999 when the note has
// a sign of immediacy (triageImminence).
const TRIAGE_RISKS: readonly RedFlagRule[] = [
  {
    id: 'suicidalRisk.notes',
    flag: 'suicidalRisk',
    urgency: 'urgent111',
    pattern: `(?:si|suicidal(?: thoughts| ideation)?|sh|self harm) (?:with|w) (?:a )?(?:plan|method|means)|(?:written|writing|wrote|left) (?:a |his |her |their )?(?:goodbye |suicide )?(?:notes?|letters?) (?:to|for) (?:(?:his|her|their|the) )?(?:family|kids|children|wife|husband|partner|mum|dad)|(?:wish|wishes|wished|wishing) (?:(?:he|she|they|i|pt) )?(?:hadnt|had not|didnt|wouldnt|would not|did not) (?:woken|wake|woke|waken)(?: up)?|(?:doesnt|dont|cant|didnt) see (?:much |any |the )?point (?:in )?(?:carrying on|going on|living|being here)|(?:wanting|wants) to (?:disappear|vanish) (?:for good|forever|for ever)|(?:thoughts? of|thinking of|thought about|thinking about|talks? about|talking about) (?:ending|end) (?:it|it all|his life|her life|their life|their lives|both (?:of )?their lives)(?!(?: (?:with|at) (?:the|his|her|their|work|job|club|group|course|tenancy|contract|lease))(?= ))|${SUSPECTED} (?:overdose|od|self harm|sh)`,
  },
  {
    id: 'riskToOthers.notes',
    flag: 'riskToOthers',
    urgency: 'urgent111',
    pattern: `(?:thoughts?|thinking|thought|urges?) (?:of|about) (?:hurting|harming|killing|attacking|stabbing|strangling|smothering|hitting|shaking) (?!(?:himself|herself|themselves|myself|meself|yourself|time|it|off|the time|the weeds|weeds|slugs|the slugs|mice|the mice|flies|wasps|bugs|germs)(?= ))${W}|(?:get|getting|got|gets) (?:back at|even with|revenge on) (?:him|her|them|the|those|people|everyone|his|her|their)|(?:ending|end|take|taking) both (?:of )?(?:their|our) lives`,
  },
  {
    // Not safe at home, or a child afraid to go home because of an adult there.
    id: 'safeguarding.notSafeAtHome',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `unsafe (?:at home|in (?:the|her|his|their|own) (?:house|home|flat))|(?:doesnt|dont|not) (?:feel )?safe (?:at home|in (?:the|her|his|their) (?:house|home|flat))|(?:scared|afraid|frightened|terrified) (?:to|of) (?:go|going|be|being) (?:back )?(?:home|to (?:${W} )?(?:dads|mums|stepdads|stepmums|the house))|(?:scared|afraid|frightened|terrified) of (?:his|her|their) (?:dad|father|mum|mother|stepdad|stepmum|mums (?:boyfriend|partner)|dads (?:girlfriend|partner)|partner|husband|wife|boyfriend|girlfriend|son|daughter|son in law|carer|nephew|grandson)`,
  },
  {
    // Dependence told as being unable to stop, with the substance named before it.
    id: 'alcoholDependence.cantStop',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:${DRUGS}|${STREET}|drink|drinking|alcohol|booze|${SPIRITS})(?: [^ .]+){0,10}? (?:cant|unable to|struggling to) (?:stop|give up|come off|get off|quit)(?!(?: (?:yawning|crying|laughing|eating|worrying|thinking|shaking|coughing|sneezing|itching|scratching|talking))(?= ))`,
  },
];

export const RED_FLAGS: readonly RedFlagRule[] = [
  ...TRIAGE_EMERGENCIES,
  ...TRIAGE_RISKS,
  {
    // Dependence: stopping suddenly can be dangerous (alcohol or benzodiazepine withdrawal can cause fits),
    // so a clinician advises the same day. Wanting to cut down a little, with no sign of dependence, is not it.
    id: 'alcoholDependence.amount',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:a|one|two|half a|[0-9]+|a full|a whole|a litre of|a bottle of) (?:bottles?|litres?|bottle|ltr|l) (?:of )?${SPIRITS}(?: ${W}){0,2} (?:a|per|every|each) (?:day|night|evening)|(?:a|one|two|half a|[0-9]+|a full|a whole) (?:bottles?|litres?|bottle|ltr|l) (?:of )?${SPIRITS} (?:daily|every day|each day|a day)|(?:[0-9]+|six|eight|ten|twelve|fifteen|twenty|a dozen|a crate of|a box of) (?:cans|pints|beers|drinks|units(?!(?: (?:of )?(?:insulin|lantus|novorapid|humalog|levemir|tresiba|humulin|abasaglar))(?= ))|tins|bottles)(?: of ${W})?(?: ${W}){0,2} (?:(?:a|per|every|each) (?:day|night)|daily)|${SPIRITS} (?:every|each) (?:day|morning|night)|(?:drinks?|drinking|drunk) (?:heavily |a lot |loads |spirits |vodka |cider )?(?:every day|daily|all day|from the morning|first thing|every morning|from when (?:he|she|they|i) (?:wakes?|gets? up)|round the clock|constantly)`,
  },
  {
    id: 'alcoholDependence.signs',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:shakes|shaky|shaking|tremor|tremors|sweats|the dts|dts|withdrawal|withdrawals) (?:in the mornings?|first thing|(?:until|till|til) (?:i|he|she|they) (?:has|have|gets?) (?:a |his |her |their )?drink|without (?:a drink|drink|alcohol|it)|when (?:i|he|she|they) (?:stops?|doesnt drink|dont drink|has no drink))|(?:morning|eye opener) drink|drinks? to stop the shakes|(?:alcohol|drink|drinking|booze) (?:dependent|dependence|dependency|addiction|addicted|problem|withdrawal)|(?:dependent|dependency|addicted|addiction) (?:on|to) (?:alcohol|drink|booze|${STREET}|${DRUGS})|alcoholic(?!(?: (?:drinks?|beverage|free|content))(?= ))|(?:is an|an) alcoholic|(?:hooked|addicted) on (?:${W} )?(?:${STREET}|${DRUGS}|drink|booze|alcohol)|(?:using|uses|injecting|injects|smoking|smokes|taking|takes|on) (?:${W} )?${STREET}(?: (?:daily|every day|for years|again|most days))?|(?:come|coming|get|getting|got|came) (?:off|clean off|clean from) (?:the )?(?:${STREET}|${DRUGS}|methadone|alcohol|the drink|drink|booze)|(?:get|getting|got|stay|staying) clean(?!(?: (?:house|clothes|water|sheets))(?= ))|detox|methadone (?:script|programme|program|clinic)`,
  },
  {
    // Psychiatric medicine stopped and the person getting worse, without threats: a clinician today.
    id: 'otherEmergency.stoppedPsychMeds',
    flag: 'otherEmergency',
    urgency: 'sameDayGp',
    pattern: `(?:stopped|stopping|come off|came off|coming off|not taking|hasnt taken|hasnt been taking|not been taking|refusing|refuses|refused|won t take|wont take|stopped taking|given up|binned|thrown away|quit|quitting|quits|packed in) (?:taking |his |her |their |my )?(?:his |her |their |my )?(?:(?:bipolar|psych|psychiatric|mental health|depression|anxiety|schizophrenia|mood|psychosis) )?${PSYCH_MEDS}(?: ${W}| ,){0,12} (?:worse|getting worse|lower|low|down|depressed|withdrawn|not eating|agitated|paranoid|hearing voices|voices|not sleeping|isnt sleeping|cant sleep|spying|being watched|being followed|convinced|muddled|confused|aggressive|manic|high|hallucinating|unwell|odd|strange|erratic|not himself|not herself|psychotic|talking nonsense|seeing things|spiralling|going downhill|deteriorat[a-z]*)`,
  },
  {
    id: 'breathlessness.short',
    flag: 'breathlessness',
    urgency: 'urgent111',
    pattern:
      'breathless(?:ness)?|short of breath|shortness of breath|sob|wheezy|wheezing|(?:inhaler|nebuliser|nebulizer|puffer) (?:not|isnt|doesnt) (?:helping|working)|struggling with (?:his|her|their|my) breathing|breathing (?:is |has been |been |s |getting |got |has got )?(?:bad|worse|difficult|laboured|noisy)',
  },
  {
    id: 'severePain.severe',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern:
      'worst (?:[a-z]+ ){0,2}pain|rolling around in (?:pain|agony)|(?:rolling|writhing) (?:around|about)|(?:cant|cannot) get comfy|doubled (?:up|over)|(?:pain|ache)(?: [^ .]+){0,3}? (?:9|10) (?:10|out of 10)|(?:9|10) (?:10|out of 10) (?:pain|ache)|(?:severe|terrible|excruciating|unbearable|agonising|agonizing|awful|extreme|really bad|very bad|worst ever)(?: [a-z]+){0,2} (?:pains?|toothache|earache|stomach ache|tummy ache|backache|cramps?)|in (?:agony|so much pain|terrible pain|a lot of pain|severe pain)|pain (?:is |has been )?(?:severe|unbearable|excruciating)|(?:screaming|crying) (?:in|with|out in) pain|cant (?:walk|move|stand) (?:for|with|because of) (?:the )?pain',
  },
  {
    id: 'unwellChild.fever',
    flag: 'unwellChild',
    urgency: 'urgent111',
    pattern: `${CHILD}(?: [^ .]+){0,6}? (?:high )?(?:fever|feverish|temp|temperature|temps|burning up)(?: of (?:3[89]|4[0-9])(?:.[0-9])?)?`,
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
