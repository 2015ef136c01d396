import type { CrisisRule } from '../../lexicon';
import { ANY, DRUGS, END, LOTS, medical, NOT_THING, W } from './vocab';

/** Numbness or slurred words from a dental injection wear off: "my face is numb from the dentist". */
const AT_THE_DENTIST = `(?!(?:(?: ${W}){0,2} (?:after|from|because of|since) (?:the |my |a |an |his |her )?(?:dentist|dentists|dental|dentists injection|anaesthetic|local anaesthetic|filling|numbing injection|tooth out|wisdom tooth))(?= ))`;

export const MEDICAL: readonly CrisisRule[] = [
  medical(
    'medical.chestPain',
    'chestPain',
    'chest pains?|pains? in (?:(?:my|his|her|their|the) )?(?:chest|heart)|(?:my |his |her |their )?chest (?:is |feels |was |s )?(?:really |very |so )?(?:hurting|hurts|aching|burning|crushing|painful|sore|heavy|tight)(?!(?: (?:from|after|with|because of) (?:coughing|the cough|a cough|my cough|a cold|the cold|this cold|the gym|lifting|laughing|hay ?fever|asthma))(?= ))|crushing (?:pain|feeling|sensation|chest)|chest tightness|tight chest|tight(?:ness)? (?:in|across|on) (?:my|his|her|the) chest|pain (?:is |was |s )?(?:going|spreading|radiating|moving|shooting|travelling) (?:down|into|to|up|through|across) (?:my|his|her|the) (?:left |right )?(?:arm|jaw|neck|shoulder)',
  ),
  medical(
    'medical.heartAttack',
    'chestPain',
    `(?<!(?:of|about|risk of|chance of|avoid|avoiding|prevent|preventing) )having a heart attack|(?:think|thought|feels? like|sure)${ANY(0, 3)} (?:a )?heart attack|(?:in|having|gone into|went into) cardiac arrest`,
  ),
  medical(
    'medical.cantBreathe',
    'breathlessness',
    '(?:cant|cannot|cant hardly|can hardly|can barely|unable to|struggling to|struggle to|fighting to|fighting for|gasping for|hard to|difficult to|trouble|difficulty|problems) (?:breathe|breath|breathing|get (?:my|his|her|their) breath|catch (?:my|his|her|their) breath)(?!(?: (?:as well|as easily|as good|when|whenever|if|through (?:my|his|her) nose|in crowds|at night|in (?:the |this |that )?(?:cold|heat|hot weather|cold weather|damp|winter|summer|crowded places|humidity|weather)))(?= ))',
    { negatable: false },
  ),
  medical(
    'medical.cantSpeakForBreath',
    'breathlessness',
    '(?:cant|unable to|struggling to|cannot) (?:finish (?:(?:my|his|her|their|a) )?sentences?|get (?:(?:my|his|her|their|the) )?words out|speak in (?:full )?sentences|talk in sentences)',
    { negatable: false },
  ),
  medical(
    'medical.blueLips',
    'breathlessness',
    `(?:lips?|tongue|face|fingers)(?: [a-z]+){0,2} (?:blue|grey|gray)(?!(?: (?:eyes|badge|bin|in (?:the )?cold|in (?:the )?(?:sea|lake|pool|river)|when (?:i|im|i go) (?:swim|swimming|in the sea)|when (?:its|it is|i am|im) cold))(?= ))`,
  ),
  medical(
    'medical.choking',
    'otherEmergency',
    '(?:is |hes |shes |im |baby is |its )choking(?!(?: (?:me|her|him|on (?:my|his|her) words|back|on (?:all )?(?:this|the|that)? ?(?:dust|smoke|fumes|paint|pollen|air)))(?= ))',
  ),
  medical(
    'medical.strokeFace',
    'strokeSigns',
    '(?:face|mouth|smile|eyelid)(?: (?:is|has|looks|seems|went|gone|was|keeps|looked|all|suddenly|a bit|really|very|started|starting|to|go|gone|on one side)){0,4} (?:drooping|droopy|droops|dropped|drooped|dropping|fallen|lopsided|slipped|sagging|crooked)',
  ),
  medical(
    'medical.strokeSpeech',
    'strokeSigns',
    `(?:(?:slurred|slurring) (?:speech|talking|${W} words|words)|(?:speech|words|talking|voice) (?:is |are |was |were |has |have |keep |gone |has gone |going |went |got |getting |)(?:slurred|slurring|jumbled|muddled|garbled|coming out wrong|come out wrong|all wrong|gone funny|gone strange)|(?:speech|talking) (?:is |has gone |went |)(?:funny|strange|weird) (?:all of a sudden|suddenly))${AT_THE_DENTIST}`,
  ),
  medical(
    'medical.strokeArm',
    'strokeSigns',
    `(?:arm|arms|hand|face|one side|side of (?:my|his|her) (?:body|face))(?: ${W})? (?:went|has gone|gone|is|feels|felt|is going|going|suddenly) (?:all |really |very |suddenly |)(?:numb|weak|dead|floppy|limp|tingly)${AT_THE_DENTIST}(?!(?:(?: ${W}){0,1} (?:(?:from|after|when|because|while) )?(?:sleeping on it|sleeping|lying|sitting|leaning|i slept|i was sleeping|i sat|i lay|kneeling|gardening|typing))(?= ))|(?:cant|unable to|couldnt) (?:lift|raise|move|feel) (?:my|his|her|their|one) (?:left |right )?(?:arm|arms|leg|side|hand)`,
  ),
  medical(
    'medical.strokeSudden',
    'strokeSigns',
    `(?:sudden|suddenly) (?:weakness|numbness|confusion|confused|loss of (?:vision|sight|balance|speech)|blindness|blind|cant see|cant speak|cant talk|trouble speaking|paralysis)|weakness (?:down|on|in) (?:one|his|her|my|the) (?:left |right )?side|(?:is |im |am |hes |shes |think ${W} (?:is |am |s |was )?|might be )having a stroke`,
  ),
  medical(
    'medical.bleeding',
    'heavyBleeding',
    `(?:bleeding|bleed|bleeds|bled) (?:heavily|a lot|loads|badly|bad|really bad|so bad|everywhere|really badly|so much|non stop|nonstop|profusely)(?!(?: (?:with|on|during) (?:my|her|their) periods?(?!(?: (?:and|now|today|soaking|since|for))(?= )))(?= ))|(?:heavy|heavily|lots of|a lot of|loads of|so much|massive|severe) (?:bleeding|blood loss)|(?:wont|cant|doesnt|not) stop (?:the )?bleeding|(?:nose ?)?(?:bleed|bleeding|bleeds)(?: [^ .]+){0,6}? (?:wont|doesnt|not|cant|isnt|hasnt) (?:stop|stopping|stopped|be stopped)|blood (?:everywhere|pouring|gushing|spurting)|(?:pouring|gushing|spurting|squirting) (?:with )?blood|(?:vomiting|vomited|vomit|throwing up|threw up|thrown up|coughing up|coughed up|coughing|sicking up|being sick|been sick|was sick|puking|spitting up|spat up|bringing up|brought up|weeing|peeing|passing) (?:up )?(?:blood|bright red blood|dark blood)|blood in (?:my|his|her|their|the) (?:sick|vomit)|(?:soaking|soaked|soaks|going through|filling) (?:a |one )?(?:pad|pads|towel|towels|tampon|tampons)${ANY(0, 2)} (?:every|an|in an|within an|each) (?:hour|half hour)`,
  ),
  medical(
    'medical.stabbed',
    'otherEmergency',
    '(?:been|got|just been|has been|have been|being|was) (?:stabbed|shot)(?!(?: (?:at|down|in the back by|of|in the back))(?= ))',
    // An event: "got stabbed last year, he's fine now, but I still want to talk" is told as over.
    { event: true },
  ),
  medical(
    'medical.collapse',
    'collapse',
    `collapsed|collapsing|collapses|${NOT_THING}(?:is|was|found|lying|lay|been|gone|went|has gone) (?:${W} ){0,2}?(?:unconscious|unresponsive|out cold|not responding)|unconscious(?!(?: (?:by (?:[0-9]+(?:pm|am)?|eight|nine|ten|half)|as soon as|the minute|the moment))(?= ))|${NOT_THING}unresponsive(?!(?: (?:landlord|council|agent|agents|company|website|app|screen|phone|service|system|department))(?= ))|${NOT_THING}(?:not|isnt|wasnt|stopped) responding(?!(?: to (?:my|our|the|emails?|letters?|messages?|calls?|texts?|complaints?|requests?|repairs?)| to (?:her|him|me|them|us) (?:about|when|on)| properly to| about)(?= ))|(?:had|has had|just had|having|had another) (?:a |an )?(?:fit|seizure|epileptic fit|convulsion)(?= (?:in|at (?:home|work|school|the|my|his|her)|on|this|today|just now|earlier|and|first ever|for the first time|last night|a few minutes|[.,~])| *$)|(?:seizure|fit|fits|seizures) (?:wont|will not|isnt|hasnt|not|doesnt) (?:stop|stopping|stopped)|(?:fitting|seizing|convulsing) for (?:[0-9]+|five|ten|over|more than|ages)|(?:blacked|blacking|blacks|keep blacking) out(?!(?: (?:the|my|our|his|her|their) (?:windows?|curtains|blinds|room|bedroom|screen|names?|text|details|bits|eyes|tattoo))(?= ))|(?:keeled|fell) over and (?:isnt|not|wont|hasnt|cant|didnt)|(?:going to|about to|gonna|think (?:im going to|ill)|feel like (?:i will|ill|im going to|i might|im about to)|might) (?:pass out|faint|collapse|black out|keel over)|found ${W}(?: ${W}){0,3} (?:on (?:the )?floor|collapsed|unconscious)|(?:hasnt|not|havent|still not|isnt) (?:woken|woke|waking|come round|came round)(?: up)?|(?:passed|passing|passes) out|(?:not|stopped|isnt|no longer) breathing|(?<!(?<![a-z0-9])(?:i|ill|id) )wont wake(?: up)?(?!(?: (?:early|in|on|at|for|before|till|until|when))(?= ))|(?:cant|couldnt) (?:wake (?:him|her|them|the baby)|be woken)|(?:hard|difficult|impossible) to (?:wake|rouse)(?!(?: up)(?= ))|having (?:a |an )?(?:fit|seizure|seizures|epileptic fit)|(?:fitting|seizing|convulsing)(?!(?: (?:in|into|the|a|an|for|out|me|him|her|them|my|his|their|our|new|well|with|room|rooms))(?= ))`,
  ),
  medical(
    'medical.anaphylaxis',
    'anaphylaxis',
    `anaphyla[a-z]*|(?:severe|bad|serious|major|massive|having an?|going into) (?:allergic reaction|anaphylactic (?:shock|reaction))|allergic reaction(?: [^ .]+){0,6}? (?:swelling|swollen|cant breathe|throat|lips|tongue)|(?:throat|airway) (?:is |feels |s |keeps )?(?:like (?:its |it s |it is )?)?(?:closing|closed|tightening|going tight)(?: up)?|(?:throat|tongue|airway) (?:is |s )?(?:swelling|swelled|swollen|puffing) up|(?:lips|face|tongue|eyes|throat|mouth)(?: and (?:lips|face|tongue|eyes|throat|mouth))? (?:are |is |have |has )?(?:swelling|swelled|swollen|puffing|puffed)(?: up)? (?:after|since|from) (?:eating|a sting|being stung|taking|nuts|peanuts|shellfish|the (?:tablet|injection|medicine|antibiotics?))|(?:tongue|lips?|mouth|face|throat)(?: and (?:throat|tongue|lips?|mouth|face))+ (?:are |is |)(?:swelling|swelled|swollen|puffing)(?: up)?|(?:tongue|lips?) (?:is |are |)(?:swelling|swelled) up|(?:used|needed|given|give|gave|using) (?:his |her |my |an |the )?epi ?pen`,
  ),
  medical(
    'medical.headache',
    'otherEmergency',
    `worst (?:headache|head pain)|(?:sudden|suddenly|thunderclap|explosive|blinding|splitting sudden) (?:severe |terrible |really bad |bad |awful |excruciating |)(?:headache|head pain)|headache (?:that )?(?:came on |come on |started |hit (?:me|him|her) )?(?:suddenly|out of nowhere|like being hit|like a thunderclap|in seconds|all at once)|(?:headache|head ache)(?: ${W}| ,){0,6} (?:stiff neck|cant look at (?:the )?light|light hurts|slurred|worst ever)|(?:stiff neck|neck (?:is )?stiff)(?: ${W}| ,){0,6} (?:rash|fever|temperature|light hurts|cant look at (?:the )?light|vomiting|headache)|(?:rash|fever|temperature)(?: ${W}| ,){0,6} stiff neck`,
  ),
  medical(
    'medical.dying',
    'otherEmergency',
    `(?:think|feel like|feels like|scared|afraid|worried|sure)(?: (?:that|i|im|i am|he|she|hes|shes|he is|she is|they|theyre|is|am|s|re|might be|may be|could be)){0,3} dying(?!(?: (?:with|from|of) (?:this|a|the|my|a bad|a stinking|the worst) (?:hangover|cold|man flu|heat|hay ?fever|head cold))(?= ))|(?:i am|im) dying(?!(?: (?:to|for|of|laughing|inside|my|her|his|the|a|here|over|with))(?= ))${END}`,
  ),
  {
    ...medical(
      'medical.overdoseTaken',
      'overdose',
      `(?:taken|took|take|done|did|had|having|swallowed) (?:an |a |another |a massive |a big )?(?:overdose|od)|(?:overdosed|overdosing)(?!(?: on (?:chocolate|sugar|cake|sweets|mince pies|easter eggs|crisps|christmas|netflix|telly|tv|box sets|carbs|cheese|biscuits|pizza|sun|sunshine|love|fun|sprouts))(?= ))|(?:taken|took|swallowed|necked|downed|had|ate|eaten)(?:(?: ${W}){1,6} (?:and|with|plus))? (?:about |around |over |like |nearly |almost |at least |maybe |just )?(?:${LOTS} (?:of )?(?:(?:my|his|her|their|the|mums|dads|nans|grans|mams|these|them|those) )?(?:${W} ){0,2}${DRUGS}(?!(?:(?: [^ .~]+){0,6} (?:within the (?:limit|dose|recommended dose|safe dose)|as prescribed|as the (?:doctor|gp|pharmacist|box|leaflet) (?:said|says|told me)))(?= ))|all (?:of )?(?:my|his|her|their) (?:tablets|pills|meds|medication|medicines)(?!(?: (?:this morning|today|as (?:usual|normal|prescribed)|on time|for (?:today|the day)))(?= )))`,
      { event: true },
    ),
    kinds: ['medicalEmergency', 'suicidal'],
  },
  medical(
    'medical.ingestion',
    'overdose',
    `(?:swallowed|swallowing|drank|eaten|ate)(?: [^ .]+){0,4}? (?:${DRUGS}|bleach|batteries|battery|button battery|magnets|washing (?:tablets|pods|liquid)|detergent|poison|weed killer|antifreeze|dishwasher tablets)|(?:taken|took|swallowed|had) (?:way )?too many(?: of)?(?: (?:my|his|her|their|the))? ${DRUGS}`,
    { event: true },
  ),
  medical(
    'medical.childDanger',
    'unwellChild',
    '(?:is|was|seems|looks|gone|going|very|really|all|so) floppy|floppy and|non ?blanching|rash (?:that )?(?:doesnt|dont|wont|didnt|isnt|does not|will not) (?:fade|go|disappear)|purple (?:spots|rash|blotches)|spots (?:that )?(?:dont|doesnt|wont|do not|does not) (?:go|fade|disappear)',
  ),
  medical(
    'medical.hypo',
    'otherEmergency',
    `hypo(?:glycaemic|glycemic|glycaemia|glycemia)?(?!(?: (?:last|yesterday|years|once|kit|box|treatment|sweets|awareness))(?= ))|(?:blood sugars?|sugars?|sugar levels?|bms?|bm levels?|glucose) (?:is |are |s |has |have |keeps? )?(?:gone |going |dropped |dropping |really |very |dangerously |too |way |crashed |crashing ){1,3}(?:low|under [0-3]|[0-2](?:.[0-9])?|through the roof|over 2[0-9]|over 30)|(?:diabetic|diabetes|type 1|type one|insulin)(?: ${W}| ,){0,8} (?:shaky|shaking|confused|sweaty|sweating|drowsy|cant wake|passing out|fitting|not making sense|slurring|cant stay awake)`,
  ),
  medical(
    'medical.headInjury',
    'otherEmergency',
    `(?:hit|banged|bumped|knocked|cracked|smacked|split|fell (?:and|on|onto)(?: ${W}){0,2}) (?:his |her |their |my |the )?head(?: ${W}| ,){0,10} (?:drowsy|being sick|been sick|vomiting|vomited|sick x ?[2-9]|confused|sleepy|wont wake|passed out|knocked out|unconscious|fitting|not making sense|blood (?:from|coming out of) (?:his|her|their|my) (?:ear|ears|nose))|head injury(?: ${W}| ,){0,6} (?:drowsy|vomiting|being sick|confused|sleepy|unconscious|knocked out)`,
  ),
  medical(
    'medical.gasping',
    'breathlessness',
    `gasping(?!(?: for (?:a (?:drink|cuppa|brew|pint|cigarette|fag)|tea|coffee))(?= ))|cant get (?:any |enough )?(?:air|a breath|enough air)|(?:breathing|breath) (?:is |s |has )?(?:stopped|very shallow|rattling)`,
  ),
  medical(
    'medical.chestPressure',
    'chestPain',
    '(?:pressure|heaviness|squeezing|weight) (?:in|on|across) (?:my|his|her|their|the) chest|(?:elephant|someone) (?:on|sitting on|standing on) (?:my|his|her) chest|band (?:round|around) (?:my|his|her) chest|chest (?:feels )?like (?:its|it is) being (?:squeezed|crushed)|heart (?:hurts|is hurting|pain)(?!(?: (?:for|when i think|to see|to think|seeing|thinking))(?= ))',
  ),
  medical(
    'medical.deepWound',
    'heavyBleeding',
    `bleeding (?:through|right through) (?:a |the |his |her |my |their )?(?:towel|towels|bandage|bandages|dressing|clothes|top|t shirt|jumper|tea towel|pad)|(?:soaked|soaking) (?:through )?(?:a |the |his |her |my )?(?:towel|towels|bandage|dressing|tea towel)|(?:deep|gaping|big) (?:cut|gash|wound)(?: ${W}){0,4} (?:bleeding|wont stop|need|needs)|(?:need|needs|needing) stitches (?:now|urgently)?|(?:can see|could see) (?:the )?(?:bone|fat|tendon)`,
  ),
  medical(
    'medical.limpChild',
    'unwellChild',
    `(?:baby|babys|toddler|child|son|daughter|little one|newborn)(?: ${W}){0,3} (?:is |s |has gone |gone |went |seems |looks |very |really |all )+(?:limp|lifeless|grey|blue|mottled|unresponsive|not responding)|(?:wont|will not|cant|cannot|not) (?:wake|waking|rouse) (?:the )?(?:baby|him|her)(?: up)?`,
  ),
  {
    ...medical(
      'medical.cutTooDeep',
      'heavyBleeding',
      `cut (?:${W} )?(?:too|really|very|so|quite) deep|(?:has|have|ive|i|she|he|shes|hes|just|they) cut (?:${W} )?deep|cut (?:myself|himself|herself|themselves) (?:too |really |very |so )?(?:deep|badly)`,
      { event: true },
    ),
    kinds: ['selfHarm', 'medicalEmergency'],
  },
  medical(
    'medical.bloodFromHead',
    'otherEmergency',
    `blood (?:coming|pouring|leaking|dripping) (?:out of|from) (?:his|her|my|their|the) (?:ear|ears|head|eye)|(?:clear fluid|fluid) (?:coming )?(?:from|out of) (?:his|her|my|their) (?:ear|nose)`,
  ),
  medical(
    'medical.clutchingChest',
    'chestPain',
    '(?:clutching|grabbing|holding|gripping) (?:at )?(?:his|her|my|their) (?:chest|heart)',
  ),
  medical(
    'medical.faceNumb',
    'strokeSigns',
    `(?:cant|cannot|can t) feel (?:the )?(?:left |right |one )?(?:side of )?(?:my|his|her|their) (?:face|arm|leg|hand|side)|(?:cant|cannot) feel (?:my|his|her) (?:left|right) (?:side|arm|leg)`,
  ),
  medical(
    'medical.allergicSwelling',
    'anaphylaxis',
    `(?:rash|hives|allergic|sting|stung|nuts|peanuts|shellfish|penicillin|antibiotics)(?: ${W}| ,){0,8} (?:tongue|lips|throat|face|mouth) (?:feels |is |looks |has gone |are |feel )?(?:big|huge|swollen|thick|fat|tight|tingly|swelling)|(?:tongue|lips|throat|mouth) (?:feels |is |are |feel )?(?:big|huge|swollen|thick|fat)(?: ${W}| ,){0,8} (?:rash|hives|allergic|cant breathe|cant swallow)`,
  ),
  medical(
    'medical.childBreathing',
    'unwellChild',
    `(?:baby|babys|toddler|child|newborn|little one|son|daughter)(?: ${W}){0,4} (?:is |s )?(?:grunting|breathing (?:really |very |so )?(?:fast|quickly|hard)|struggling to breathe|sucking in (?:under|between) (?:the|his|her) ribs)`,
  ),
  medical(
    'medical.sepsis',
    'sepsisSigns',
    `mottled|blotchy (?:blue|purple)|(?:hot|feverish|temperature|temp|fever|shivery|shivering|shaking|burning up|boiling)(?: [^ .]+){0,6}? (?:very |really |more |acutely |)confused|(?:very |really |more |acutely |)confused(?: [^ .]+){0,5}? (?:hot|temperature|temp|fever|shivery|shivering|burning up|boiling|feverish)|sepsis|septic|skin (?:looks |is |has gone )?(?:blotchy|mottled|grey|blue)`,
  ),
  medical(
    'medical.pumpingBlood',
    'heavyBleeding',
    '(?:pumping|spurting|squirting|gushing|pouring) (?:out )?(?:blood|with blood)|blood (?:is |s )?(?:pumping|spurting|squirting|gushing|pouring|everywhere)|(?:its|it is|wound is|cut is) (?:pumping|spurting|gushing|pouring)',
  ),
  medical(
    'medical.asthmaAttack',
    'breathlessness',
    `(?:severe|bad|serious|massive|big|really bad|huge|awful) asthma attack|asthma attack(?: ${W}| ,){0,6} (?:inhaler|puffer|nebuliser)(?: ${W}){0,2} (?:not|isnt|doesnt|wont|not really) (?:working|helping)|(?:inhaler|puffer)(?: ${W}){0,2} (?:not|isnt|doesnt|wont) (?:working|helping)(?: ${W}| ,){0,6} (?:cant breathe|cant talk|lips|blue|getting worse)`,
  ),
  medical(
    'medical.pregnancyPain',
    'heavyBleeding',
    `pregnant(?: [^ .]+){0,10}? (?:bleeding|blood|severe pain|terrible pain|agony)|(?:bleeding|severe pain|terrible pain)(?: [^ .]+){0,8}? (?:weeks|months) pregnant`,
  ),
  medical(
    'medical.faint',
    'collapse',
    `(?:faint|fainting|lightheaded|light headed|dizzy)(?: ${W}| ,){0,6} (?:heart (?:is )?(?:racing|pounding|going mad)|chest|clammy|sweaty|cant stand|grey)|(?:pale|grey|clammy|sweaty)(?: and| ,)(?: ${W}){0,2} (?:clammy|sweaty|faint|cold|grey)`,
  ),
  medical(
    'medical.cantGetUp',
    'collapse',
    `(?:fell|fall|fallen|had a fall)(?: ${W}| ,){0,4} (?:cant|cannot|couldnt|cant get|unable to) (?:get up|move|stand)|(?:been|lying|lay|stuck|left) on the floor (?:since|for|all)`,
  ),
  medical(
    'medical.caudaEquina',
    'otherEmergency',
    `back pain(?: ${W}| ,){0,8} (?:cant (?:feel|control)|numb|numbness|lost control|bladder|bowel)|(?:cant|cannot|unable to|lost) (?:control|feel) (?:of )?(?:his|her|my|their) (?:bladder|bowels)`,
  ),
  {
    ...medical(
      'medical.wholeSupply',
      'overdose',
      `(?:taken|took|swallowed|necked|downed|had) (?:all of |the lot of )?(?:(?:a|the|my|his|her|their) )?whole (?:prescription|supply|months supply|weeks supply|months worth|weeks worth|box|packet|bottle|script|blister|strip|week|month)(?: s)?(?: worth)?(?: of (?:${W} )?(?:${DRUGS}|them))?(?: at once| in one go)?`,
      { event: true },
    ),
    kinds: ['medicalEmergency', 'suicidal'],
  },
  {
    ...medical(
      'medical.extraInsulin',
      'overdose',
      '(?:took|taken|injected|had|given (?:myself|himself|herself)) (?:extra|double|too much|way too much|loads of|a lot of|all (?:my|his|her)) (?:insulin|units of insulin)',
      { event: true },
    ),
    kinds: ['medicalEmergency', 'suicidal'],
  },
  medical(
    'medical.faceOneSide',
    'strokeSigns',
    `(?:face|mouth|smile)(?: ${W}){0,3} (?:funny|weird|strange|odd|numb|wonky|droopy|different) on one side|one side of (?:her|his|my|their) (?:face|mouth) (?:has |is |looks |)(?:dropped|drooping|gone|fallen|numb|funny|weird|slipped)`,
  ),
  medical(
    'medical.callAmbulance',
    'otherEmergency',
    '(?:should i |do i |shall i |do we |should we |need to |have to |going to |about to |gonna |must |please )?(?:call|ring|phone|get|need|needs|send|sending) (?:for )?(?:an? )?(?:ambulance|999|paramedics?)(?: (?:now|quick|please|urgently))?(?!(?: (?:last|in (?:19|20)|years?|when (?:i|he|she) (?:was|had)))(?= ))',
  ),
];
