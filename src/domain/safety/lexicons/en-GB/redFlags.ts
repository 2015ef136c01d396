import type { RedFlagRule } from '../../lexicon';
import { CHILD, DRUGS, NOT_THING, SPIRITS, W, WEAPON } from './vocab';

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
    pattern: `(?:lost|losing|loss of) (?:the )?(?:sight|vision) (?:in|of|from) (?:(?:one|his|her|their|my|the) )?(?:(?:l|r|left|right) )?eye|(?:sudden|suddenly)(?: [^ .]+){0,3}? (?:lost|losing|loss of|blurred|double) (?:the )?(?:sight|vision)|${SUSPECTED} (?:stroke|cva|tia)|(?:droopy|drooping|dropped|lopsided|wonky) (?:face|mouth|smile)`,
  },
  {
    id: 'heavyBleeding.notes',
    flag: 'heavyBleeding',
    urgency: 'emergency999',
    pattern: `(?:blood|bleeding)(?: [^ .]+){0,14}? (?:soaking|soaked|soaks|coming|gone) through (?:[0-9]+|two|three|four|several|a|the|his|her)?(?: ${W}){0,2} (?:towels?|tea towels?|bandages?|dressings?|pads?)|(?:blood|bleeding)(?: [^ .]+){0,6}? (?:wont|doesnt|isnt|hasnt|cant) (?:stop|stopping|stopped|be stopped)|nose ?bleed(?: [^ .]+){0,3}? (?:over|more than|for over|for more than) (?:an|1|one|[0-9]+|two) (?:hour|hours|hr|hrs)`,
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
    pattern: `(?:si|suicidal(?: thoughts| ideation)?|sh|self harm) (?:with|w) (?:a )?(?:plan|method|means)|(?:written|writing|wrote|left) (?:a |his |her |their )?(?:goodbye|suicide|farewell) (?:notes?|letters?)|(?:wish|wishes|wished|wishing) (?:(?:he|she|they|i|pt) )?(?:hadnt|had not|didnt|wouldnt|would not|did not) (?:woken|wake|woke|waken)(?: up)?|(?:doesnt|dont|cant|didnt) see (?:much |any |the )?point (?:in )?(?:carrying on|going on|living|being here)|(?:wanting|wants) to (?:disappear|vanish) (?:for good|forever|for ever)|(?:thoughts? of|thinking of|thought about|thinking about|talks? about|talking about) (?:ending|end) (?:it|it all|his life|her life|their life|their lives|both (?:of )?their lives)(?!(?: (?:with|at) (?:the|his|her|their|work|job|club|group|course|tenancy|contract|lease))(?= ))|${SUSPECTED} (?:overdose|od|self harm|sh)`,
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
    pattern: `unsafe (?:at home|in (?:the|her|his|their|own) (?:house|home|flat))|(?:doesnt|dont|not) (?:feel )?safe (?:at home|in (?:the|her|his|their) (?:house|home|flat))|(?:scared|afraid|frightened|terrified) (?:to|of) (?:go|going|be|being) (?:back )?(?:home|to (?:${W} )?(?:dads|mums|stepdads|stepmums|the house))(?!(?: (?:to )?(?:an |the )?empty|(?: ,)? alone| on (?:her|his|their) own| after dark| in the dark)(?= ))|(?:scared|afraid|frightened|terrified) of (?:his|her|their) (?:dad|father|mum|mother|stepdad|stepmum|mums (?:boyfriend|partner)|dads (?:girlfriend|partner)|partner|husband|wife|boyfriend|girlfriend|son|daughter|son in law|carer|nephew|grandson)(?!(?: (?:getting|being|going|leaving|moving|dying|having|not))(?= ))`,
  },
  {
    // Dependence told as being unable to stop, with the substance named before it.
    id: 'alcoholDependence.cantStop',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:${DRUGS}|${STREET}|drink|drinking|alcohol|booze|${SPIRITS})(?: [^ .]+){0,10}? (?:cant|unable to|struggling to) (?:stop|give up|come off|get off|quit)(?!(?: (?:yawning|crying|laughing|eating|worrying|thinking|shaking|coughing|sneezing|itching|scratching|talking))(?= ))`,
  },
];

// Further receptionists' wording, by category (bleeding seen through a dressing, means of suicide told
// in the third person, neglect and abuse of children and older people, grooming, dependence).
const ANTICOAGULANT = '(?:blood thinners?|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|anticoagulants?)';
const YOUNG = `(?:${CHILD}|[0-9]+ ?(?:mo|mos|mth|mths)(?: old)?|boy|girl|son|daughter|teen|teenager|pupil|kids|children)`;
const NO_DENIAL = '(?!(?:no|not|without|denies|nil)(?= ))';
const HABIT_FORMING =
  '(?:diazepam|valium|codeine|co codamol|tramadol|pregabalin|gabapentin|oxycodone|zopiclone|xanax|benzos|temazepam|lorazepam|dihydrocodeine|morphine|fentanyl)';
const TRIAGE_MORE: readonly RedFlagRule[] = [
  {
    id: 'heavyBleeding.throughDressing',
    flag: 'heavyBleeding',
    urgency: 'emergency999',
    pattern: `(?:bandage|dressing|tea towel|towel|plaster|wound|cut|gash|sleeve)(?: [^ .]+){0,6}? (?:soaked|soaking) through|(?:blood|bleeding) (?:coming|seeping|showing|leaking) through|bleeding through (?:(?:his|her|their|the) )?(?:sleeve|sleeves|clothes|top|jeans|trousers)|(?:vomiting|vomit|sick|bringing up|brought up|throwing up|threw up)(?: [^ .]+){0,3}? coffee grounds?|coffee ground (?:vomit|sick|stuff)|black (?:tarry )?(?:stools|poo|poos)|tarry stools|(?:very|v) heavy (?:${W} )?bleeding|soaking (?:a |through )?(?:pads?|towels?) every|(?:blood|wound|cut|gash|bleeding)(?: [^ .]+){0,12}? spurting|(?:it|its|hand|arm|leg)(?: [^ .]+){0,2}? spurting|spurting (?:blood|everywhere)`,
  },
  {
    id: 'chestPain.clutching',
    flag: 'chestPain',
    urgency: 'emergency999',
    pattern: `(?:clutching|grabbing|holding|gripping) (?:at )?(?:the )?chest`,
  },
  {
    id: 'anaphylaxis.allergy',
    flag: 'anaphylaxis',
    urgency: 'emergency999',
    pattern: `(?:used|needed|given|gave|using|had) (?:one|an|his|her|their|the|my|two|both) epi ?pens?|(?:allergy|allergic)(?: [^ .]+){0,8}? (?:stung|ate|eaten|eating|had)(?: [^ .]+){0,6}? (?:faint|dizzy|wheezy|wheezing|tight|swelling|swollen|puffy|cant breathe|struggling)`,
  },
  {
    id: 'strokeSigns.mouth',
    flag: 'strokeSigns',
    urgency: 'emergency999',
    pattern: `(?:dribbling|drooling) (?:from|out of) (?:one|the (?:left|right)) side|one side of (?:his|her|their|the) (?:mouth|face) (?:drooping|dropped|dribbling|drooling|gone)`,
  },
  {
    id: 'sepsisSigns.chemo',
    flag: 'sepsisSigns',
    urgency: 'emergency999',
    pattern: `(?:chemo|chemotherapy)(?: ${NO_DENIAL}[^ .]+){0,8}? (?:temp|temperature|fever|feverish|shivering|shivery|rigors)|(?:temp|temperature|fever|shivering|rigors)(?: [^ .]+){0,8}? (?:chemo|chemotherapy)|rigors`,
  },
  {
    id: 'otherEmergency.notes',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `tearing (?:pain|sensation)|(?:hit|banged|bumped|knocked)(?: ${W}){0,2} head(?: [^ .]+){0,14}? (?:vomiting|being sick|been sick|drowsy|on ${ANTICOAGULANT})|(?:head injury|hit (?:his|her|their) head|banged (?:his|her|their) head)(?: [^ .]+){0,8}? ${ANTICOAGULANT}|(?:preg|pregnant)(?: [^ .]+){0,10}? (?:flashing lights|swollen face|face swollen|swelling (?:of|in) (?:the |her )?(?:face|hands))|(?:drink|drinking|drinker|alcohol|cans|vodka)(?: [^ .]+){0,12}? (?:shaking|shakes|sweating|sweats)(?: [^ .]+){0,4}? (?:seeing things|hallucinating|confused|fitting|seizure)`,
  },
  {
    id: 'collapse.floor',
    flag: 'collapse',
    urgency: 'emergency999',
    pattern: `(?:is|s|hes|shes|been|lying|lay|left) still on the floor|(?:is|s|hes|shes|lying) on the floor still|${NOT_THING}(?:not|isnt|wasnt|stopped) (?:answering|responding) (?:her|him|them)(?= *$| [.,~]| now| at all)`,
  },
  {
    id: 'severePain.notes',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern: `(?:v|very) (?:bad|severe) pain|(?:cant|unable to) (?:weight bear|bear weight|put (?:any )?weight on)`,
  },
  {
    id: 'overdose.packs',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `(?:taken|took|had|swallowed) (?:[0-9]+|two|three|four|five|a couple of|several) (?:packs|packets|boxes|strips|bottles) (?:of )?(?:${W} )?${DRUGS}|(?:taken|took|had|swallowed|necked)(?: \\.| query)? (?:a |the |his |her |their )?(?:whole|full|entire) (?:pack|packet|box|strip|bottle|tub|blister pack) (?:of )?(?:${W} )?${DRUGS}|(?<!(?:feels?|feeling|felt|looks?|looking|seems?|bit|very|quite|really|so|little) )(?:odd|oded|odded|od) (?:on|with) (?:${W} )?${DRUGS}|empty (?:blister )?(?:packs|packets|boxes|bottles)(?: of)?(?: ${W})? ${DRUGS}|${SUSPECTED} (?:o d|od|overdose)`,
  },
  {
    id: 'breathlessness.reliever',
    flag: 'breathlessness',
    urgency: 'urgent111',
    pattern: `(?:reliever|blue inhaler|inhaler|puffer)(?: [^ .]+){0,3}? (?:every (?:hour|half hour|[0-9]+ (?:mins|minutes))|isnt lasting|not lasting|not touching)|breathings? (?:is |s )?(?:much |a lot |really |more )?(?:worse|more hard|harder|very hard)`,
  },
  {
    id: 'unwellChild.feeding',
    flag: 'unwellChild',
    urgency: 'urgent111',
    pattern: `not interested in (?:bottles|feeds|feeding|milk|the breast)|(?:feeding|feeds) (?:poorly|less|badly)|not feeding well|off (?:his|her|their) (?:feeds|bottles|milk)|${YOUNG}(?: ${NO_DENIAL}[^ .]+){0,6}? (?:high )?(?:fever|feverish|temp|temperature|burning up)`,
  },
  {
    id: 'unwellChild.rash',
    flag: 'unwellChild',
    urgency: 'emergency999',
    pattern: `rash (?:not|isnt|wasnt) (?:fading|going)|(?:not|isnt|doesnt|didnt|wont|dont) (?:fading|fade|disappear|go)(?: [^ .]+){0,2}? (?:with|under) (?:the |a )?(?:glass|tumbler)`,
  },
];

const TRIAGE_MORE_RISKS: readonly RedFlagRule[] = [
  {
    id: 'suicidalRisk.means',
    flag: 'suicidalRisk',
    urgency: 'urgent111',
    pattern: `(?:has|got|bought|keeps|with) (?:a |the )?(?:rope|noose|ligature)(?: in| at| ready| with)|easy way out|last errand|(?:doesnt|dont|not) (?:plan|planning|intend|intending|expect) to be (?:here|around)(?= (?:any more|much longer|for much longer|when))|(?:a few|some) bits saved up|si(?= *$| [.,~]| w | with | no | and | but )|(?:active|current|ongoing|recent) (?:sh|self harm)|fresh (?:cuts|scratches|burns|wounds)`,
  },
  {
    id: 'suicidalRisk.exhaust',
    flag: 'suicidalRisk',
    urgency: 'emergency999',
    pattern: `(?:car|engine) (?:running|on)(?: [^ .]+){0,4}? (?:garage|hose|pipe)|(?:garage|hose|pipe)(?: [^ .]+){0,6}? (?:car|engine) (?:running|on)|hose(?:pipe)? (?:on|to|from|into|in) (?:the )?exhaust|(?:is|s|shes|hes|standing|sat|sitting) on (?:the|a) (?:bridge|roof|ledge|cliff edge|railway|tracks)(?: [^ .]+){0,4}? (?:now|right now)`,
  },
  {
    id: 'riskToOthers.threats',
    flag: 'riskToOthers',
    urgency: 'urgent111',
    pattern: `threats? (?:[a-z]+ ){0,4}?to (?:hurt|harm|kill|attack|stab)|take (?:everyone|them all|us all|the whole family) with (?:him|her|them)(?= *$| [.,~]| when| if)|has it coming|(?:threatening|threatened|threatens)(?: ${W}| ,){0,5} (?:has|had|got|with|carrying) (?:a |an |the |his |her )?${WEAPON}|(?:pillow|cushion|bag) over (?:(?:his|her|their|the) )?(?:${W} )?(?:face|head)`,
  },
  {
    id: 'safeguarding.olderPeople',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:son|daughter|grandson|granddaughter|nephew|niece|partner|husband|wife|carer|lodger|son in law|daughter in law|family)(?: [^ .]+){0,2}? (?:takes|taken|taking|took|borrows|borrowing|borrowed|controls|controlling|has taken|keeps taking) (?:all )?(?:of )?(?:his|her|their) (?:pension|money|bank cards?|benefits|savings)(?!(?: (?:to|for (?:her|him|them)|out for))(?= ))|(?:bruises|bruising|bruised|marks)(?: [^ .]+){0,8}? (?:temper|gets cross|gets angry|shouts|hits|pushes|handy|grabs)|(?:temper|gets cross|gets angry|shouts at (?:her|him)|gets handy|lashes out)(?: [^ .]+){0,10}? (?:bruises|bruising|bruised)|(?:unexplained|fingertip|grip) (?:bruises|bruising|marks)|gets handy|sleeps with (?:the|her|his) (?:bedroom )?door locked|(?:being|is|was|been) (?:kept|locked) in (?:her|his|their) room|not (?:being )?fed(?!(?: up)(?= ))(?: properly| enough)?|(?:grab|grabbed|grabbing|shake|shaking|shook) (?:her|him|them|mum|dad)(?: [^ .]+){0,3}? too hard|(?:scared|frightened|afraid) of (?:myself|himself|herself|themselves)`,
  },
  {
    id: 'safeguarding.children',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `${YOUNG}(?: [^ .]+){0,20}? (?:(?:always|often|constantly) hungry|(?:often|always) no food|(?:left|leaves|leaving) (?:on (?:their|his|her) own|alone|home alone)|home alone|out all night)|(?:parents|mum|dad|mother|father) (?:are |is )?(?:often |always )?out all night|${YOUNG}(?: [^ .]+){0,24}? (?:doesnt|dont|does not|wont|refuses to|refusing to) (?:want to )?go (?:back )?home|(?:asking|asked|asks|wants|wanted|sending|sent) (?:her|him|them|kids|children) (?:for )?(?:pics|photos|pictures|nudes|images)|nudes|(?:online|snapchat|instagram|tiktok|discord|roblox|internet)(?: [^ .]+){0,8}? (?:pics|photos|pictures|images|secret)|${YOUNG}(?: [^ .]+){0,12}? (?:man|men|guy|bloke|adult)(?: [^ .]+){0,8}? (?:picking (?:her|him) up|pick (?:her|him) up|gifts|buying (?:her|him)|his flat|his house|his car)|(?:met|meeting|talking to) (?:[a-z]+ ){0,2}(?:online|on snapchat|on instagram|on tiktok|on discord|on roblox)(?: [^ .]+){0,8}? (?:picking|meet|meeting|flat|house|pics|photos|secret)|(?:take|taking|send|sending|taken) (?:her|him|them) abroad to (?:marry|get married|be married)|forced (?:to )?marr[a-z]*`,
  },
  {
    id: 'safeguarding.weaponAtTheDoor',
    flag: 'safeguarding',
    urgency: 'emergency999',
    pattern: `${PERSON}(?: ${W}){0,2} (?:is |s )?(?:outside|at the door|at (?:her|his|the) door|downstairs)(?: ${W}){0,4} with (?:a |an |the )?${WEAPON}`,
  },
  {
    id: 'alcoholDependence.stopping',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:stop|quit|come off|get off|give up|cut down on|cut down) (?:the |using )?(?!coke(?= ))${STREET}|(?!coke(?= ))${STREET} (?:daily|every day|most days)|${DRUGS}(?: [^ .]+){0,2}? (?:bought|buys|buying|got|gets|getting|ordered|orders) (?:${W} )?(?:off the internet|on the street|on the dark web|from a dealer|off a mate|from a friend|online without (?:a )?prescription)|${HABIT_FORMING}(?: [^ .]+){0,3}? (?:bought|buys|buying|gets|getting|ordered|orders) (?:${W} )?online|(?:a|one|two|half a|[0-9]+) (?:bottles?|litres?) (?:of )?${SPIRITS} (?:most|every) (?:days|nights)|(?:a|one|half a|[0-9]+) (?:bottles?|litres?) (?:of )?${SPIRITS} (?:day|a day)|(?:[0-9]+|six|eight|ten|twelve|twenty) (?:cans|pints|beers|tins) (?:day|daily|most days)`,
  },
];

// Classes of a red flag in a note that the wording above did not reach, from a later author's notes
// (care homes, schools, pharmacies, out of hours): a hip that looks broken, a new droop of the face, a
// chest "being squeezed", blood vomited like coffee grounds or passed heavily, yellow skin with pain,
// numbness at the toilet or in both legs, a limb bent out of shape, extra doses and drowsiness, pain
// not controlled at the end of life, cold and drowsy without heating, and withdrawal shakes.
const TRIAGE_CATEGORIES: readonly RedFlagRule[] = [
  {
    id: 'severePain.hipBroken',
    flag: 'severePain',
    urgency: 'emergency999',
    pattern: `(?:leg|foot) (?:is |looks |looking )?(?:shortened|short)(?: and| ,)? (?:and )?(?:rotated|turned out|turned outwards)|(?:shortened|rotated) (?:leg|limb)`,
  },
  {
    id: 'strokeSigns.facialDroop',
    flag: 'strokeSigns',
    urgency: 'emergency999',
    pattern: `${NO_DENIAL}(?:new |sudden )?(?:facial|face) (?:droop|drooping|weakness)(?!(?: (?:last|in) (?:year|[0-9]+))(?= ))|face (?:is |has )?(?:drooping|droopy|dropped|lopsided) (?:on one side|since|today|this)`,
  },
  {
    id: 'strokeSigns.passedSpell',
    flag: 'strokeSigns',
    urgency: 'sameDayGp',
    pattern: `(?:episode|spell|bout|few minutes|[0-9]+ ?(?:min|mins|minutes)(?: episode| spell)?) of (?:not being able to speak|being unable to speak|no speech|slurred speech|losing (?:his|her|their) speech|not making sense)(?: ${W}| ,){0,4} (?:now fine|now ok|resolved|better now|fine now|recovered)`,
  },
  {
    id: 'chestPain.squeezed',
    flag: 'chestPain',
    urgency: 'emergency999',
    pattern: `(?:chest|heart) (?:is )?(?:being )?(?:squeezed|crushed|in a vice)|(?:squeezing|crushing) (?:in|on|across) (?:the |his |her |my )?chest`,
  },
  {
    id: 'chestPain.palpitations',
    flag: 'chestPain',
    urgency: 'urgent111',
    pattern: `(?:palpitations|heart racing|heart pounding)(?: ${W}| ,){0,6} (?:light headed|lightheaded|dizzy|faint|feeling faint)|heart (?:racing|rate) (?:at )?(?:1[5-9][0-9]|2[0-9][0-9])`,
  },
  {
    id: 'heavyBleeding.gut',
    flag: 'heavyBleeding',
    urgency: 'urgent111',
    pattern: `(?:vomited|vomiting|being sick|been sick|sick|throwing up|threw up) (?:up )?(?:coffee ground|coffee grounds|blood)|coffee (?:ground|grounds) (?:vomit|material|sick|stuff)|bleeding from (?:the |his |her )?(?:back passage|bottom|rectum)(?: ${W}){0,2} (?:heavily|a lot|lots)|(?:heavily|a lot) from (?:the |his |her )?back passage`,
  },
  {
    id: 'severePain.jaundicePain',
    flag: 'severePain',
    urgency: 'sameDayGp',
    pattern: `(?:(?:yellow|jaundiced) (?:in )?(?:the )?(?:eyes|skin|whites of (?:the |his |her )?eyes)|(?:eyes|skin)(?: have| has| are| is)? (?:gone|going|turned|turning|looking|look|looks) yellow)(?: ${W}| ,| and){0,4} (?:pain|abdo pain|abdominal pain|tummy pain|belly pain)`,
  },
  {
    id: 'severePain.caudaEquina',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern: `(?:cant|cannot|can not|unable to) feel (?:when )?(?:(?:going|needing|needs) (?:to )?(?:the )?(?:toilet|loo|wee|poo)|using the toilet)|numb(?:ness)? (?:in |around )?(?:the |his |her )?(?:saddle|groin|back passage|bottom)|(?:numbness|weakness|numb)(?: and| ,| [a-z]+){0,3} (?:in )?both legs`,
  },
  {
    id: 'severePain.testicular',
    flag: 'severePain',
    urgency: 'emergency999',
    pattern: `(?:sudden|severe|bad|terrible) (?:testicular|testicle|testicles|ball|balls|scrotal) pain|(?:testicular|testicle) pain(?: ${W}){0,4} (?:vomiting|being sick|sudden)`,
  },
  {
    id: 'severePain.limbBent',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern: `(?:arm|leg|wrist|ankle|finger|elbow) (?:looks|is|looking|s) (?:bent|deformed|the wrong shape|out of shape|at a (?:funny|weird|odd|strange) angle|crooked)`,
  },
  {
    id: 'overdose.extraDoses',
    flag: 'overdose',
    urgency: 'urgent111',
    pattern: `(?:taken|took|had|used|put on) (?:a few |some |several |two |three )?extra (?:of )?(?:his |her |their |my )?(?:${W} )?(?:${DRUGS}|patches|morphine patches|fentanyl patches|doses|tablets)(?: ${W}| ,| and){0,6} (?:drowsy|sleepy|dozing|confused|drowsiness|cant stay awake)|(?:took|taken|had|swallowed) all (?:of )?(?:her|his|their) (?:weeks|week s|weekly) (?:dosette|dosette box|tablets|blister pack)`,
  },
  {
    id: 'severePain.uncontrolled',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern: `(?:pain|pains) (?:is |are )?(?:not|isnt|arent|not being) (?:controlled|under control|managed)|uncontrolled pain|pain (?:out of control|not controlled)`,
  },
  {
    id: 'otherEmergency.coldDrowsy',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `(?:very |v |so )?cold(?: ${W}| ,){0,6} (?:drowsy|slurring|confused|not making sense)(?: ${W}| ,){0,3}(?<=(?:no heating|heating off|cant afford (?:the )?heating|no gas|no electric|freezing)[^~]{0,80})`,
  },
  {
    id: 'alcoholDependence.withdrawal',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:drinking|been drinking|drunk) since (?:[0-9]+ ?am|[0-9]+ in the morning|breakfast|first thing)(?: ${W}| ,){0,4} (?:shaky|shaking|hears things|hearing things|seeing things|the shakes)|(?:shaky|shakes|shaking|hears things|seeing things|hearing things) when (?:she|he|i|they) stops?(?: drinking)?|drinks heavily(?: ${W}| ,){0,4} (?:shaky|shaking|the shakes)`,
  },
];

// Classes a later author's notes showed (a Monday-morning desk, online-form triage, calls from
// relatives, schools and care homes): an arm that will not lift with odd speech, a first seizure or a
// fit minutes ago, a double dose with a slow pulse, a child who discloses that a parent hits, and
// withdrawal that brings fits or hallucinations when the drinking stops.
const CANT_LIFT = `(?:cant|cannot|unable to|couldnt|can not|not able to) (?:lift|raise|move|use|grip with|feel) (?:(?:his|her|their|my|the) )?(?:l|r|left|right) (?:arm|hand|leg|side)`;
/** A fit or seizure, not a fit note, a fit of giggles or being fit for work. */
const FIT =
  '(?:seizure|fit(?!(?: (?:note|notes|of|for|and|to|test|bit|enough|again|out|in|with|well))(?= )))';
const TRIAGE_LATER: readonly RedFlagRule[] = [
  {
    id: 'strokeSigns.armAndSpeech',
    flag: 'strokeSigns',
    urgency: 'emergency999',
    pattern: `(?:today|this am|this morning|suddenly|since (?:this morning|breakfast|lunch|last night))(?: [^ .]+){0,3}? ${CANT_LIFT}|(?:sudden|suddenly)(?: [^ .]+){0,2}? (?:l |r |left |right )?(?:arm|leg|hand|face|side) (?:weakness|weak|numbness|numb|droop|drooping)(?: [^ .,]+| ,){0,6}? (?:speech|talking|words|slurred|slurring|muddled)|${CANT_LIFT}(?: [^ .,]+| ,){0,6}? (?:speech|talking|words|slurred|slurring|muddled)`,
  },
  {
    id: 'collapse.recentFit',
    flag: 'collapse',
    urgency: 'emergency999',
    pattern: `(?:first|1st) (?:ever )?${FIT}|(?:had|having|has had) (?:a |another |her |his )?${FIT}(?: [^ .]+){0,3}? (?:[0-9]+|ten|five|twenty|few) (?:mins?|minutes) ago|${FIT}(?: [^ .]+){0,6}? still (?:drowsy|confused|not right|not with it|out of it|not responding)`,
  },
  {
    id: 'overdose.doubleDoseSigns',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `(?:double|extra|twice (?:the|her|his)|two lots of|wrong) (?:dose|doses|tablets)(?: [^ .,]+| ,){0,8}? (?:pulse slow|slow pulse|pulse (?:is |very )?low|dizzy|drowsy|confused|heart racing|palpitations|vomiting|being sick|not right|fainted|collapsed)`,
  },
  {
    id: 'safeguarding.childDisclosed',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:disclosed|discloses|told (?:the )?(?:school|teacher|nurse|us|staff))(?: that)? (?:(?:her|his|their|my) )?(?:dad|mum|stepdad|stepmum|mums boyfriend|mums partner|dads girlfriend|dads partner|uncle|brother|parent|parents|grandad)(?: [^ .]+){0,2}? (?:hits|hit|beats|beat|hurts|kicks|punches|slaps|touches|touched|chokes|burns) (?:her|him|them|me|mum|dad|the kids|(?:his|her|their) (?:mum|dad|sister|brother))`,
  },
  {
    id: 'alcoholDependence.withdrawalSigns',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:sees things|seeing things|shakes|shaking|sweats|sweating|fits|a fit|${FIT}s?|hallucinates|hallucinating)(?: [^ .]+){0,4}? (?:if|when|whenever|last time|the last time) (?:he|she|they|i|pt) (?:stops|stopped|stop|tries to stop|tried to stop|cuts down|cut down)|(?:stopping|stopped|stop|quit|quitting|giving up) drinking(?: [^ .,]+| ,){0,6}? (?:had a fit|fitted|${FIT}|sees things|seeing things|dts|delirium)`,
  },
];

// Classes from notes of the south of England and the Midlands: new weakness down one side after an
// old stroke, the DTs when drinking last stopped, going round to a neighbour with a weapon, and sugars
// reading high with vomiting or drowsiness.
const TRIAGE_SOUTH_AND_MIDLANDS: readonly RedFlagRule[] = [
  {
    id: 'strokeSigns.newWeakness',
    flag: 'strokeSigns',
    urgency: 'emergency999',
    pattern: `(?:new|sudden|suddenly)(?: [^ .]+){0,2}? (?:weakness|weak|numbness|numb|heaviness)(?: [^ .]+){0,2}? (?:in|of|down) (?:(?:his|her|their|my|the) )?(?:l|r|left|right|one) (?:arm|leg|side|hand)`,
  },
  {
    id: 'alcoholDependence.dts',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:had|has had|gets|got|getting|had a bout of|ended up with) (?:the )?(?:dts|delirium tremens)(?![a-z0-9])`,
  },
  {
    id: 'riskToOthers.goRoundWithWeapon',
    flag: 'riskToOthers',
    urgency: 'sameDayGp',
    pattern: `(?:go|going|gonna|ill go|hell go|he ll go|he will go|will go|to go|goes) (?:up|round|over|down|upstairs|downstairs|next door) (?:there |to (?:him|her|them) |to his |to hers )?(?:with|wi) (?:a|the|his|my|me) (?:hammer|knife|bat|baseball bat|machete|crowbar|axe|blade|golf club)`,
  },
  {
    id: 'otherEmergency.seizureCluster',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:[2-9]|two|three|four|five|six|several|multiple|a few|lots of) (?:seizures|fits) (?:today|this morning|this afternoon|since|in the last|overnight|in a row|back to back)`,
  },
  {
    id: 'otherEmergency.vitalMedsOut',
    flag: 'otherEmergency',
    urgency: 'sameDayGp',
    pattern: `(?:ran out of|run out of|running out of|out of|no|without|missed|missing|not had) (?:his |her |their |my |any )?(?:arvs|antiretrovirals|hiv (?:meds|medication|tablets)|insulin|(?:epilepsy|anti ?epileptic|seizure) (?:meds|medication|tablets)|hydrocortisone|steroids|warfarin|clozapine|parkinsons (?:meds|medication|tablets)|transplant (?:meds|medication|tablets)|immunosuppressants)(?![a-z0-9])`,
  },
  {
    id: 'collapse.seenOnFloor',
    flag: 'collapse',
    urgency: 'emergency999',
    pattern: `on the (?:floor|ground)(?: [^ .]+){0,6}? (?:through the window|cant get up|cannot get up|shouting for help|calling for help|calling out)|(?:shouting|calling|crying|screaming) (?:out )?for help(?: [^ .]+){0,8}? on the (?:floor|ground)`,
  },
  {
    id: 'overdose.unknownSubstance',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `(?:vape|spliff|joint|pill|pills|drink|sweets?|gummy|gummies|edibles?|brownie)(?: [^ .]+){0,8}? (?:twitching|fitting|out of it|unresponsive|floppy|wont wake|cant wake|cannot wake|not making sense|not responding)`,
  },
  {
    id: 'otherEmergency.sugarsHigh',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:sugars?|blood sugars?|bms|bm|glucose|meter|readings?)(?: [^ .]+){0,4}? (?:hi|high|very high|really high|through the roof|off the scale|over 20|2[0-9]|3[0-3])(?: [^ .]+){0,8}? (?:vomiting|being sick|been sick|drowsy|confused|breathing fast|ketones)`,
  },
];

// Notes two more voices showed the rules missing (failing businesses, exploitation and service
// families; palliative care, bereavement by suicide and dictation): affairs sorted and a pet given
// away, someone still on the floor from a fall, a bank card or passport held by someone who answers for
// the patient, a wage kept for rent and a caravan of men who cannot leave, a weapon in a bag with a
// threat to "sort out" someone, a whole week's dosette taken, a fentanyl patch on top of another, a
// weak arm and slurred speech that passed, wet and numb "down below" with back pain (cauda equina),
// insulin stopped since a death, charcoal bought after a cousin did the same.
const TRIAGE_GUARDED_AND_GRIEVING: readonly RedFlagRule[] = [
  {
    id: 'suicidalRisk.affairsSorted',
    flag: 'suicidalRisk',
    urgency: 'sameDayGp',
    pattern: `(?:sorted|sorting|put|putting|got|getting) (?:his|her|their) affairs(?: in order)?(?: [^ .]+){0,10}? (?:gave|given|giving|dog|cat|will|letters?|goodbye)|(?:wont|won t|will not) need (?:the |it |the appt |the appointment )?(?:appt |appointment )?(?:after|past) (?:this|the) (?:weekend|week)|(?:got|bought|has|have) enough to do (?:the job|it) (?:properly|this time)|(?:putting|put|keeping|saving) (?:his|her|their) (?:${DRUGS}) aside|(?:stopped|stopping) (?:her|his|their) insulin(?: [^ .]+){0,6}? (?:since|point)|(?:burning|burn) charcoal|charcoal(?: [^ .]+){0,6}? (?:bought|has bought|got some)`,
  },
  {
    id: 'collapse.stillOnTheFloor',
    flag: 'collapse',
    urgency: 'emergency999',
    pattern: `(?:fell|fallen|had a fall|went down)(?: [^ .]+){0,8}? (?:still|was still|been) on (?:the |her |his )?(?:${W} )?floor`,
  },
  {
    id: 'safeguarding.heldByAnother',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:have|has|holding|holds|keeps|kept|took|taken|got) (?:his|her|their) (?:bank cards?|card|passport|phone|purse)(?: (?:and|&) (?:his|her|their)? ?(?:bank cards?|card|passport|phone|purse))?(?: [^ .]+){0,3}? ?(?:(?:seemed|looked|v|very) (?:scared|frightened|withdrawn)|answer(?:s|ed)? (?:everything|for her|for him))|(?:answered|answers|answering|doing) (?:everything|all the talking|the talking)(?: for (?:her|him))?(?: [^ .]+){0,16}? (?:passport|phone|purse|bank card|not allowed)|(?:not allowed|isnt allowed|isn t allowed) (?:my|her|his) (?:purse|money|bank card|phone|key)|(?:keeps|kept|takes|took) (?:the |their |his |her )?wages for (?:rent|transport|food|the room)|(?:[0-9]+|ten|twelve|eight) (?:men|people|women|workers) (?:sleeping|living) in (?:one|a) (?:caravan|room|house)|(?:takes|took|taking) (?:her|him) to (?:the )?bank (?:weekly|every week)(?: [^ .]+){0,8}? (?:upset|crying|worried)|(?:pension|money|benefits) (?:keeps|kept) going missing|wedding abroad(?: [^ .]+){0,6}? (?:not agreed|hasnt agreed|hasn t agreed|didnt agree)|(?:new friend|stranger)(?: [^ .]+){0,4}? (?:has|got|holds) (?:her|his) (?:bank cards?|cards|pin)|(?:(?:man|he|partner|husband|boss|someone|they) (?:has|keeps|kept|took)|holds|holding) (?:her|his) passport|(?:goes|going|gone|went|keeps going) (?:off|missing)(?: [^ .]+){0,10}? (?:comes|came|coming) back with (?:new|money|cash|phones|2 phones|two phones)|(?:some lads|lads|men)(?: [^ .]+){0,4}? (?:stopping|staying) at (?:his|her) (?:flat|house)(?: [^ .]+){0,4}? (?:wont|won t|will not) (?:go|leave)`,
  },
  {
    id: 'riskToOthers.weaponInBag',
    flag: 'riskToOthers',
    urgency: 'emergency999',
    pattern: `(?:hammer|knife|blade|machete|bat|crowbar) in (?:his|her|their|the) (?:rucksack|bag|pocket|car|van|coat)(?: [^ .]+){0,8}? (?:agitated|angry|sort|threat|raised voice)|(?:sort out|sort|do) (?:the|his|her) (?:${W} )?(?:landlord|boss|ex|neighbour|manager)(?: [^ .]+){0,6}? (?:hammer|knife|blade|machete|bat|crowbar)`,
  },
  {
    id: 'riskToOthers.frightenedWhatNext',
    flag: 'riskToOthers',
    urgency: 'sameDayGp',
    pattern: `(?:frightened|scared|afraid) (?:of )?what (?:i ll|ill|i will|i might|she ll|he ll|shell|hell) do(?: next)?|(?:taking|take) (?:him|her) out(?: [^ .]+){0,6}? knows where (?:he|she) (?:lives|works)|(?:give|giving) (?:him|her) the (?:lot|whole lot|lot of them)|had (?:her|him|me) by the (?:throat|neck)`,
  },
  {
    id: 'overdose.wholeDosette',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `(?:took|taken|had) (?:the |a |his |her )?(?:whole |full )?(?:week s|weeks|days|day s|month s|months) (?:dosette|blister pack|tablets|meds)(?: [^ .]+){0,8}? (?:drowsy|sleepy|confused|unresponsive)|(?:new|second|another) (?:fentanyl|morphine|buprenorphine) patch(?: [^ .]+){0,10}? (?:old one|drowsy|hard to rouse)|(?:took|taken|takes) (?:a few|some|several) extra(?: [^ .]+){0,4}? (?:tramadol|diazepam|codeine|sleeping|morphine|pregabalin)(?: [^ .]+){0,8}? (?:slurring|slurred|drowsy)`,
  },
  {
    // As overdose.extraDrowsy: a clinician now, by 111, when extra of a sedating medicine was taken.
    id: 'overdose.extraSedating',
    flag: 'overdose',
    urgency: 'urgent111',
    pattern: `(?:took|taken|takes|taking) (?:a few|some|several) extra (?:of )?(?:his |her |their |my )?(?:sleeping (?:tabs|tablets|pills)|tramadol|diazepam|codeine|morphine|pregabalin|zopiclone|oxycodone)`,
  },
  {
    id: 'strokeSigns.passedOff',
    flag: 'strokeSigns',
    urgency: 'urgent111',
    pattern: `(?:arm|leg|face|hand)(?: went)? (?:numb|weak|dead)(?: [^ .]+){0,4}? (?:and|&) (?:speech|words) (?:slurred|went funny|jumbled)(?: [^ .]+){0,8}? (?:resolved|passed|gone|better)`,
  },
  {
    id: 'otherEmergency.caudaEquina',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `(?:back pain|back)(?: [^ .]+){0,10}? (?:wet (?:herself|himself)|numb down below|numb (?:in )?(?:the )?saddle|cant feel (?:down below|to wee)|not passed (?:urine|water))|(?:wet (?:herself|himself)|numb down below)(?: [^ .]+){0,8}? (?:back pain|legs weak)`,
  },
  {
    id: 'severePain.syringeDriverScreaming',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern: `(?:syringe driver|pain uncontrolled|uncontrolled pain)(?: [^ .]+){0,8}? (?:screaming|in agony|crying out)`,
  },
  {
    id: 'heavyBleeding.throughTowels',
    flag: 'heavyBleeding',
    urgency: 'emergency999',
    pattern: `bleeding through (?:[0-9]+|two|three|four|several) (?:tea towels|towels|dressings|pads|bandages)`,
  },
  {
    id: 'suicidalRisk.noteAndGone',
    flag: 'suicidalRisk',
    urgency: 'emergency999',
    pattern: `left a note(?: [^ .]+){0,8}? (?:took the car|taken the car|gone|not answering|taken (?:his|her) (?:meds|tablets|pills))|locked in (?:the |a |his |her |their )?(?:bathroom|bedroom|toilet|loo|room|car)(?: [^ .]+| ,){0,8}? (?:not answering|not responding|wont answer|won t answer|no answer|no reply)(?: [^ .]+| ,){0,6}? (?:note|letter)|(?:note|letter) (?:on|under|taped to|stuck to) (?:the |his |her |their )?door(?<=(?:locked in|not answering|no answer|wont answer)(?: [^ .]+| ,){1,12})`,
  },
  {
    id: 'anaphylaxis.swellingHoarse',
    flag: 'anaphylaxis',
    urgency: 'emergency999',
    pattern: `(?:lip|lips|tongue|throat|face) (?:swollen|swelling|puffy)(?: [^ .]+){0,12}? (?:voice (?:going |gone )?hoarse|hoarse|wheezy|wheezing|cant swallow|struggling to breathe)`,
  },
];

// Notes from a practice near a university, a hospital and farmland, and answers to the tool's own
// questions: a drink needed to stop a fit, withdrawal fits told of, alcohol smelt in the morning.
const TRIAGE_TRADES_AND_ANSWERS: readonly RedFlagRule[] = [
  {
    id: 'alcoholDependence.drinkOrFit',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:needs?|need) a drink (?:or|otherwise|else) (?:ill|i ll|i will|hell|he ll|shell|she ll|he will|she will|hed|he d|shed|she d|id|i d) (?:fit|have a fit|start fitting|shake|get the shakes)|withdrawal (?:seizures|fits)|smells? of (?:alcohol|drink|booze) (?:at )?(?:[0-9]+ ?am|in the morning|first thing)`,
  },
];

// Notes from practices with homeless, asylum and student clinics, banks' and police calls: empty blister
// packs in a room not left for days, thoughts of ending life worse since a new tablet, petrol in a bag
// with a grudge, adverts or the television talking to someone, a fever with muddled thinking or a wound
// spreading, pads soaked hourly.
const TRIAGE_ONLINE_AND_EDGES: readonly RedFlagRule[] = [
  {
    id: 'overdose.emptyPacks',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `empty (?:blister packs?|pill packets?|tablet packets?|packets? of (?:tablets|pills|paracetamol)|boxes of (?:tablets|pills|paracetamol)|pill bottles?)(?<=(?:hasnt left|not left|not come out of|wont come out of|locked in|wont answer|not answering|vodka|bottle|bottles)(?: [^ .]+){1,20})`,
  },
  {
    id: 'suicidalRisk.thoughtsWorse',
    flag: 'suicidalRisk',
    urgency: 'sameDayGp',
    pattern: `thoughts? (?:of|about) (?:ending (?:it|life|things|(?:his|her|their) life)|suicide|dying)(?: [^ .]+){0,4}? (?:worse|worsening|getting worse|more often|since (?:starting|the|new))`,
  },
  {
    id: 'riskToOthers.petrolAndGrudge',
    flag: 'riskToOthers',
    urgency: 'emergency999',
    pattern: `(?:petrol|lighter fluid|accelerant|jerry can|petrol can) in (?:his|her|their|a|the) (?:bag|rucksack|car|pocket|coat|van)|make (?:the (?:${W} )?|them |him |her )(?:bookies |landlord |council )?pay(?: [^ .]+){0,6}? (?:petrol|lighter fluid|knife|hammer|weapon)`,
  },
  {
    id: 'otherEmergency.thingsTalking',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:tv|telly|television|radio|adverts|ads|the news|phone|the walls) (?:are |is |keep |keeps )?(?:(?:talking|speaking) (?:to|about) (?:him|her|them)|sending (?:him|her|them) (?:messages|signs|signals))`,
  },
  {
    id: 'sepsisSigns.feverMuddled',
    flag: 'sepsisSigns',
    urgency: 'emergency999',
    pattern: `(?:fever|feverish|high temp|temperature|shivery|shivering|rigors|burning up)(?: [^ .]+){0,6}? (?:muddled|confused|drowsy|not making sense)|(?:wound|cut|bite|ulcer|leg|arm)(?: [^ .]+){0,3}? red(?: [^ .]+){0,4}? (?:spreading|tracking|streaks?)`,
  },
  {
    id: 'heavyBleeding.padsHourly',
    flag: 'heavyBleeding',
    urgency: 'emergency999',
    pattern: `(?:soaking|soaked|soaks|going through|changing) (?:through )?(?:a |one |her )?(?:pad|pads|towel|towels)(?: [^ .]+){0,2}? (?:hourly|every hour|an hour|every half hour|every 30 mins)`,
  },
  {
    id: 'suicidalRisk.goodbyesAndCuts',
    flag: 'suicidalRisk',
    urgency: 'sameDayGp',
    pattern: `(?:gave|given|giving) (?:his|her|their) (?:${W} )?(?:${W} )?away(?: [^ .]+){0,4}? said goodbye|said goodbye to (?:his|her|their) (?:gran|nan|grandad|mum|dad|family|friends|dog)|fresh (?:cut|cuts|self harm|burn|burns) (?:marks|wounds)?(?: ${W}){0,2} (?:on )?(?:his |her |their )?(?:forearms?|arms?|wrists?|legs?|thighs?)`,
  },
  {
    id: 'suicidalRisk.boughtAround',
    flag: 'suicidalRisk',
    urgency: 'urgent111',
    pattern: `(?:buying|bought|buys) (?:paracetamol|tablets|pills|painkillers)(?: [^ .]+){0,3}? (?:in|from|at) (?:diff|different|several|lots of|various) (?:shops|chemists|pharmacies|places)`,
  },
  {
    id: 'strokeSigns.speechAndArm',
    flag: 'strokeSigns',
    urgency: 'emergency999',
    pattern: `(?:cant|can t|cannot|unable to) speak(?: ${W}| ,){0,4} (?:r |l |right |left )?(?:arm|leg|hand|side) (?:weak|numb|heavy|floppy)`,
  },
  {
    id: 'safeguarding.withholding',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:withholding|withholds|withheld|keeping back|hiding|hides) (?:his|her|their) (?:meds|medication|tablets|food|insulin|money)`,
  },
  {
    id: 'sepsisSigns.confusionFirst',
    flag: 'sepsisSigns',
    urgency: 'urgent111',
    pattern: `(?:new )?(?:confusion|confused|muddled)(?: [^ .]+){0,4}? (?:fever|feverish|shivering|rigors|high temp)`,
  },
];

// Notes the late-night and faith voices showed the rules missing: withdrawal with things seen, a faint
// in the building just now, bleeding in pregnancy, older men who give a child things and drive him
// about, pinpoint pupils after extra tablets, a child's disclosure, a threat to "do him in" with a
// weapon kept, a weak arm with speech gone funny.
const TRIAGE_NIGHT_AND_FAITH: readonly RedFlagRule[] = [
  {
    // Seeing things while coming off alcohol is delirium tremens, a medical emergency.
    id: 'alcoholDependence.withdrawalSeeing',
    flag: 'alcoholDependence',
    urgency: 'emergency999',
    pattern: `(?:seeing things|hallucinating|hallucinations|seeing spiders|hearing things)(?: [^ .]+){0,8}? (?:since|after) (?:stopping|stopped|quitting|quit|coming off|came off) (?:drinking|the drink|alcohol|booze)|(?:not had|no|without|hasnt had|havent had) (?:a )?drink (?:for|in) (?:[0-9]+|two|three|four|a few|several) (?:days|day|d)(?: [^ .]+){0,8}? (?:seeing things|hallucinat[a-z]*|fits?|fitting)|(?:shaking|sweating|shakes)(?: [^ .]+){0,6}? seeing things`,
  },
  {
    id: 'collapse.faintedHereJustNow',
    flag: 'collapse',
    urgency: 'emergency999',
    pattern: `(?:fainted|passed out|collapsed|went down|blacked out|keeled over)(?: [^ .]+){0,4}? (?:just now|in (?:our|the) (?:toilets?|loos?|waiting room|reception|surgery)|at the (?:desk|counter)|a few (?:minutes|mins) ago|for a few (?:seconds|secs))`,
  },
  {
    id: 'heavyBleeding.pregnancyBleed',
    flag: 'heavyBleeding',
    urgency: 'emergency999',
    pattern: `(?:pregnant|[0-9]+ 40|weeks pregnant|expecting)(?: [^ .]+){0,6}? (?:bleeding|bleed|pv bleed|blood loss|losing blood)(?!(?: [^ .]+){0,3}? (?:last (?:year|month)|years? ago|in (?:her|my|the) (?:first|last) pregnancy))`,
  },
  {
    id: 'safeguarding.olderMenGiveDrive',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `older (?:men|man|lads|blokes|guys|boyfriend|males?)(?: [^ .]+){0,6}? (?:give|gives|giving|gave|buy|buys|buying|drive|drives|driving|pick|picks|picking) (?:him|her|them)(?: stuff| things| money| about| around| up| lifts)?`,
  },
  {
    id: 'overdose.pinpointPupils',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `pinpoint pupils`,
  },
  {
    // As with other extra tablets and drowsiness (notesRules.test.ts): a clinician now, by 111.
    id: 'overdose.extraDrowsy',
    flag: 'overdose',
    urgency: 'urgent111',
    pattern: `(?:taken|took|had|taking) (?:a few|some|several|[0-9]+|too many|loads of|a load of) (?:extra|more)(?: [^ .]+){0,8}? (?:drowsy|slurring|slurred|sleepy|confused|unresponsive|cant stay awake)|(?:on top of|as well as) (?:his|her|their|my) own(?: [^ .]+){0,6}? (?:drowsy|slurring|slurred|sleepy|confused)`,
  },
  {
    id: 'safeguarding.disclosedLater',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:disclosed|disclosure|told (?:the )?(?:teacher|school|staff))(?: [^ .]+){0,8}? (?:hits|hit|hurts|hurt|touches|touched|touching|abuses|abused|beats|beat|kicks|kicked|slaps|slapped|locks|locked)`,
  },
  {
    id: 'riskToOthers.doHimIn',
    flag: 'riskToOthers',
    urgency: 'urgent111',
    pattern: `(?:do|doing|done) (?:him|her|them|a bloke|the neighbour|a man|someone|the bloke|that bloke) in(?![a-z0-9])|(?:do|doing) in (?:a|the|that) (?:bloke|man|lad|neighbour|fella|guy)`,
  },
  {
    id: 'strokeSigns.weakArmSpeech',
    flag: 'strokeSigns',
    urgency: 'emergency999',
    pattern: `(?:l|r|left|right) (?:arm|leg|side|hand) (?:is |s |has gone |gone |feels |went )?(?:weak|numb|heavy|floppy|dead)(?: [^ .]+){0,6}? (?:talking funny|slurring|slurred|speech|words|face)|(?:talking funny|slurring|slurred)(?: [^ .]+){0,6}? (?:l|r|left|right) (?:arm|leg|side|hand) (?:is |s |has gone |gone |feels )?(?:weak|numb|heavy|floppy|dead|isnt working|is not working|not working|wont move)`,
  },
  {
    // Pregnancy and the weeks after: pre-eclampsia, puerperal psychosis.
    id: 'otherEmergency.preEclampsia',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:[2-4][0-9] 40|pregnant)(?: [^ .]+){0,8}? (?:headache|blurry vision|blurred vision|seeing spots|flashing lights)`,
  },
  {
    id: 'otherEmergency.postnatalPsychosis',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:thinks|believes|says|convinced) (?:the )?baby (?:is|isnt|isn t|is not) (?:talking|telling|speaking|evil|not hers|not his|possessed|theirs|not theirs)|(?:query |suspected |possible )?(?:pp|postpartum|post partum|puerperal|postnatal) psychosis|(?:new mum|postnatal|[0-9] 52|weeks postpartum)(?: [^ .]+){0,8}? (?:hasnt slept|has not slept|not slept|no sleep) (?:in|for) days|(?:watching (?:her|him|them|me) through|(?:baby|babys|baby s)(?: is| s)? (?:not|isnt|isn t) (?:ours|mine|hers|real|his|theirs)|hearing voices|not slept (?:for )?(?:[3-9]|three|four|five|six) nights|swapped (?:the|her|our) baby)(?<=(?:postnatal|post natal|postpartum|post partum|[0-9]+ ?(?:52|weeks?|wks?) (?:pn|postnatal|post natal|pp)|just had (?:a|the|her|their) baby|new mum|newborn)(?: [^ .]+| .| ,){1,24})`,
  },
  {
    id: 'collapse.faintedRepeatedly',
    flag: 'collapse',
    urgency: 'urgent111',
    pattern: `(?:fainted|passed out|blacked out|collapsed) (?:x ?[2-9]|twice|two times|[2-9] times|three times)`,
  },
  {
    id: 'safeguarding.hitsMum',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:boyfriend|partner|stepdad|step dad|dad|fella) hits (?:mum|her mum|his mum|their mum|mam|her|him)|sleeps in (?:her|his|their|my) clothes (?:in case|ready)|knows where (?:she|he|i|they) (?:is|lives|live|am|are) now|threaten(?:s|ed|ing)? to report (?:her|him|them) to (?:the )?home office`,
  },
  {
    id: 'sepsisSigns.spreadingRed',
    flag: 'sepsisSigns',
    urgency: 'urgent111',
    pattern: `red (?:streak|line|streaks|lines) (?:going |spreading |tracking )?(?:up|along)|injection site(?: [^ .]+){0,6}? (?:fever|feverish|hot|shivery|temp|pus)|(?:hot|red|swollen)(?: [^ .]+){0,6}? (?:old )?injection site`,
  },
  {
    id: 'otherEmergency.carbonMonoxide',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:headache|headachey|headaches|dizzy|dizziness|drowsy)(?: [^ .]+){0,8}? better (?:when )?(?:out|away from|outside) (?:of )?(?:the )?(?:house|flat|home)|(?:boiler|gas fire)(?: [^ .]+){0,8}? (?:headaches?|headachey|dizzy|drowsy)`,
  },
  {
    id: 'unwellChild.fallThenSleepy',
    flag: 'unwellChild',
    urgency: 'emergency999',
    pattern: `(?:rolled|fell|fallen) off (?:the )?(?:changing table|changing mat|bed|sofa|worktop|table|high chair)(?: [^ .]+){0,8}? (?:sick|vomit|vomiting|sleepy|drowsy|floppy)`,
  },
  {
    id: 'safeguarding.bruisedBaby',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:[0-9]+ ?(?:wk|wks|week|weeks|mo|mos|month|months)|[0-9]+ (?:52|12)) (?:old|baby)(?: [^ .]+){0,4}? (?:bruise|bruising|bruised|bruises)`,
  },
  {
    id: 'collapse.notSeenDays',
    flag: 'collapse',
    urgency: 'urgent111',
    pattern: `(?:not seen|hasnt been seen|havent seen|not been seen)(?: [^ .]+){0,6}? (?:for )?(?:[2-9]|two|three|several) days(?: [^ .]+){0,8}? (?:curtains|milk|post|not answering)|curtains (?:shut|closed|drawn)(?: [^ .]+){0,4}? milk`,
  },
  {
    id: 'overdose.lowTolerance',
    flag: 'overdose',
    urgency: 'sameDayGp',
    pattern: `tolerance (?:is |s |will be )?(?:low|gone|down)`,
  },
];

// Notes about someone else's warning signs, and the first days after a life event (a release, a
// discharge, a death, an eviction): tablets to be taken tonight, insulin stopped to end it, a car and a
// hosepipe, a last goodbye, a patient who means to use tonight with no dose since prison, a child made
// to sleep outside or burnt in a pattern, marks like fingers or from a belt, a fit on stopping drink.
const TRIAGE_OTHERS_AND_AFTER: readonly RedFlagRule[] = [
  {
    id: 'suicidalRisk.tonightOrNow',
    flag: 'suicidalRisk',
    urgency: 'emergency999',
    pattern: `(?:plans?|planning|going|intends?|intending|(?:says|said) (?:hell|he ll|shell|she ll|he will|she will|theyll|they ll|they will|he is going|she is going|hes going|shes going)) (?:to )?(?:take|swallow|have) (?:all|the lot of|every one of) (?:his|her|their|the) (?:tablets|pills|meds|medication)(?: [^ .]+){0,3}? (?:tonight|today|now|later|this evening)|stopped (?:taking )?(?:his|her|their) (?:insulin|meds|medication|tablets)(?: [^ .]+){0,3}? (?:to get it over with|to die|so (?:he|she|they) (?:can |will )?die|to end it)|(?:sat|sitting) in (?:his|her|their|the) (?:car|van|garage)(?: [^ .]+){0,3}? with (?:a |the )?(?:hose|hosepipe|pipe|tubing)`,
  },
  {
    id: 'suicidalRisk.goodbyeSaid',
    flag: 'suicidalRisk',
    urgency: 'sameDayGp',
    pattern: `(?:take|swallow) everything (?:she s|shes|he s|hes|she has|he has|theyve|they ve)(?: got)?(?= )(?<!(?:shop|bag|bags|coat|charity|tip|dump|car)(?: [^ .]+){1,6})|(?:the )?last time (?:you ll|youll|you will|you would|youd|you d|anyone will|anyone would|she ll|shell|she will|she would|he ll|hell|he will|he would|they ll|they will|they would) (?:ever )?(?:see|hear from) (?:me|him|her|them)(?= *$| [.,~!&]| and(?![a-z0-9]))|(?:given|gave|giving) away (?:his|her|their|all (?:his|her|their)) (?:tools|belongings|possessions|guitar|records)(?<=(?:not eating|low|died|death|widow|widowed|quiet|goodbye|depressed)(?: [^ .]+){1,20})|(?:said|saying|says) (?:a )?(?:proper|final|last) goodbye|(?:wants?|wanting) to be with (?:him|her|them)(?<=(?:died|death|suicide|passed|lost|funeral)(?: [^ .]+){1,24})|(?:wont|won t|will not) be needing (?:it|them|the (?:appointment|appt))(?: [^ .]+){0,3}? thank (?:everyone|you all|them all)|not bothered (?:either way )?(?:about|if (?:he|she|i|they)) (?:living|lives|dies|die|wakes up|being alive)`,
  },
  {
    id: 'riskToOthers.sortThemOut',
    flag: 'riskToOthers',
    urgency: 'emergency999',
    pattern: `going (?:round|over) to (?:sort (?:him|her|them|the (?:manager|boss|landlord|neighbour|bloke|lad|guy)|(?:his|her|their) (?:manager|boss|ex|landlord)) out|sort out (?:him|her|them|the|his|her|their) (?:manager|boss|landlord|neighbour|neighbours|ex|bloke|lad|guy))(?: [^ .]+){0,8}? (?:tonight|today|now|home address|knows where|taking something)`,
  },
  {
    id: 'safeguarding.childSignsTold',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:not allowed|isnt allowed|is not allowed) to eat at home|(?:has|made|makes|have) to sleep in the (?:shed|garden|garage|car)|(?:going|goes|been going) to (?:older )?(?:mens|men s|older mens|adults)(?: [^ .]+)? (?:flats|houses|homes)|given (?:drugs|alcohol|money)(?: (?:&|and) (?:drugs|alcohol|money))?(?: [^ .]+){0,4}? missing|burns? (?:on|to) (?:his|her|their|both) (?:hands|feet|arms|legs|back|bottom)(?: [^ .]+){0,3}? (?:in a pattern|pattern)|explanation (?:doesnt|does not|didnt|did not) (?:fit|match|add up)|(?:like )?(?:finger ?marks|finger ?tip marks|fingertip bruising|grab marks)|disciplined (?:the |her |his )?(?:[0-9]+ ?yo |child |kid |son |daughter |boy |girl )?with a (?:belt|stick|slipper|cane|wooden spoon|cable)`,
  },
  {
    id: 'alcoholDependence.fitOnStopping',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:fit|seizure|funny turn)(?: [^ .]+){0,6}? (?:when|after) (?:he|she|they|i) (?:tried|try|tries) to (?:stop|come off|quit)|(?:shakes|shaking|shaky)(?: badly| a lot)? (?:in the mornings|if (?:he|she|they|i) (?:doesnt|does not|dont|do not))`,
  },
  {
    id: 'heavyBleeding.dripping',
    flag: 'heavyBleeding',
    urgency: 'emergency999',
    pattern: `blood (?:dripping|pouring|running|pumping)(?: [^ .]+){0,2}? (?:onto|on to|down|all over) (?:the )?(?:floor|his|her|their|arm|leg|counter|desk)`,
  },
  {
    id: 'overdose.toleranceLost',
    flag: 'overdose',
    urgency: 'sameDayGp',
    pattern: `(?:just )?(?:score|scoring|use|using|get gear|buy gear) (?:tonight|today)(?<=(?:released|out of prison|prison|inside|no script|no dose|tolerance)(?: [^ .]+){1,24})`,
  },
  {
    id: 'severePain.cantStandStraight',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern: `(?:cant|can t|cannot|unable to) (?:walk|stand)(?: up)? (?:up ?right|straight)(?<=(?:tummy|abdo|abdominal|stomach|belly|side)(?: [^ .]+){1,16})`,
  },
];

// Notes from a practice with a learning-disability register and Deaf patients, and from an evening
// desk, the answerphone and e-consult forms: someone on the hall floor
// since last night, a knife carried with a named threat, a fire threatened with people inside, a man
// who keeps a bank card and sends someone with parcels, a lighter used "when it gets bad", a high
// temperature with a blotchy rash, a swollen calf and breathlessness, lips and throat after a new
// tablet, green vomit, a head hit on a wall and vomiting.
const TRIAGE_PLAIN_AND_LATE: readonly RedFlagRule[] = [
  {
    id: 'collapse.floorSinceNight',
    flag: 'collapse',
    urgency: 'emergency999',
    pattern: `on the (?:hall |kitchen |bathroom |bedroom |lounge )?floor(?: [^ .]+){0,4}? (?:since|all) (?:last night|yesterday|the night|this morning)`,
  },
  {
    id: 'riskToOthers.namedThreat',
    flag: 'riskToOthers',
    urgency: 'sameDayGp',
    pattern: `(?:says?|saying|said|keeps saying) (?:hell|he ll|he will|shell|she ll|she will|theyll|they ll) (?:stab|kill|hurt|batter|burn) (?!(?:himself|herself|themselves|for|it|time|a|an|off)(?= ))[^ .,]+(?!(?: [^ .]+){0,6} (?:lol|haha|joking|jokes)(?= ))|(?:ill|i ll|i will) do something to (?:that|the|my) (?:${W} )?(?:coach|worker|manager|assessor|neighbour|landlord)|burn (?:the place|the house|the flat|the building|it) down(?: [^ .]+){0,3}? (?:with|and) (?:the )?(?:neighbours|them|him|her|people|everyone) in it|(?:carried|carrying|carries) (?:a )?(?:kitchen )?(?:knife|blade|machete) in (?:his|her|their) (?:pocket|bag|coat)`,
  },
  {
    id: 'safeguarding.toldPlainly',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `does (?:sex|sexual) (?:things|stuff) to (?:her|him|me|them)|keeps (?:my|his|her|their) (?:bank )?card and makes (?:me|him|her|them) (?:take|carry|deliver)|(?:thumps|thumped|wallops|walloped|batters|battered) (?:her|him|me|them)|(?:only (?:ring|call|phone)(?: back)?|(?:ring|call|phone)(?: back)? only)(?: [^ .]+){0,6}? when (?:he s|hes|he is) (?:at work|out|not (?:in|home|there))`,
  },
  {
    id: 'otherEmergency.headAndVomiting',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `(?:hitting|banging|hit|banged) (?:his |her |their )?head (?:on|against) (?:the )?(?:wall|floor|door)(?: [^ .]+){0,12}? (?:vomit|vomiting|vomited|being sick|drowsy)|(?:fallen|fell) down the stairs(?: [^ .]+){0,6}? (?:blood|bleeding|unconscious|cant get up)`,
  },
  {
    id: 'severePain.greenVomit',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern: `(?:vomit|vomiting|vomited|being sick)(?: x ?[0-9]+| [0-9]+ times)? (?:green|bile|dark green)|(?:green|bile) (?:vomit|sick)`,
  },
  {
    id: 'suicidalRisk.burnsWhenBad',
    flag: 'suicidalRisk',
    urgency: 'sameDayGp',
    pattern: `(?:uses?|using|used) a (?:lighter|blade|razor)(?: [^ .]+){0,3}? (?:when it gets bad|on (?:herself|himself|themselves))|(?:fresh|new) (?:blistered )?(?:burns|cuts) (?:on|to) (?:her|his|their) (?:forearm|arm|arms|wrist|wrists|legs|thighs)`,
  },
  {
    id: 'sepsisSigns.feverAndRash',
    flag: 'sepsisSigns',
    urgency: 'emergency999',
    pattern: `(?:temp|temperature|fever) (?:of )?(?:40|41|39 ?5|39 ?8)(?: [^ .]+){0,6}? (?:rash|sleepy|floppy|drowsy|not drinking)|(?:blotchy|mottled|purple|non blanching) (?:rash|skin)(?: [^ .]+){0,4}? (?:sleepy|drowsy|floppy|not drinking)`,
  },
  {
    id: 'anaphylaxis.swellingThenThroat',
    flag: 'anaphylaxis',
    urgency: 'emergency999',
    pattern: `(?:lips?|tongue|face)(?: [^ .]+){0,3}? swelling(?: [^ .]+){0,8}? (?:throat (?:feels |is )?(?:tight|closing|swelling)|noisy breathing|stridor)`,
  },
  {
    id: 'breathlessness.calfThenBreath',
    flag: 'breathlessness',
    urgency: 'emergency999',
    pattern: `calf(?: [^ .]+){0,6}? (?:swollen|red|hot|painful)(?: [^ .]+){0,16}? (?:sob|short of breath|breathless|out of breath)`,
  },
];

// Notes from a children's safeguarding desk (school nurses, health visitors, nursery staff, parents and
// grandparents ringing about a child) and from long-term condition clinics (renal, diabetes, heart
// failure, Parkinson's, stomas): a child's neck grabbed or a parent strangled in front of a child,
// bruising to a small child's ears or cheek, a child with a history of exploitation gone missing or
// an adult man wanting to meet a boy; insulin stopped "not starting again"; ketones high
// with vomiting, a low sugar with confusion, dialysis sessions missed and no answer at the door, a
// cloudy dialysis bag or a stoma with no output and vomiting, an ICD that keeps firing, lips and
// tongue swelling with noisy breathing.
const TRIAGE_PARENTS_AND_CONDITIONS: readonly RedFlagRule[] = [
  {
    id: 'safeguarding.childHandsOn',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:grabbed|held|squeezed|choked|pinned) (?:him|her|them|the (?:[0-9]+ ?yo|baby|toddler|child|kid|boy|girl)) (?:by|round) the (?:neck|throat)|(?:dad|stepdad|step dad|he|partner|boyfriend|bf) strangled (?:mum|her|his mum|their mum|the mum)|bruis(?:ing|es) (?:to|on|behind) (?:both )?(?:ears|ear|cheek|cheeks)(?<=(?:${CHILD}|[0-9]+ ?(?:mo|mos|mth|mths)|nursery)(?: [^ .]+){1,12})|(?:hx|history) (?:of )?cse|(?:adult|older|grown) man (?:wanting|wants|asking|trying) to meet (?:him|her|them)`,
  },
  {
    id: 'suicidalRisk.treatmentStopped',
    flag: 'suicidalRisk',
    urgency: 'sameDayGp',
    pattern: `stopped (?:my|his|her|their) (?:insulin|dialysis|heart tablets)(?: [^ .]+){0,4}? (?:not|never) (?:starting|restarting|going back)`,
  },
  {
    id: 'otherEmergency.conditionCrisis',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `ketones (?:of |at |are |is |were )?(?:[3-9](?:\\.[0-9])?|[3-9] point)(?= )(?<=(?:vomit|vomiting|vomited|sick|cant keep|can t keep)(?: [^ .]+| .| ,){1,16})|(?:vomit|vomiting|vomited|being sick)(?: [^.]+){0,12}? ketones (?:of |at |are |is )?(?:[3-9](?:\\.[0-9])?|[3-9] point)(?= )|(?:bm|bg|sugar|sugars|glucose) (?:of |is |was )?(?:[0-2]\\.[0-9]|1|2)(?= )(?<=(?:confused|not making sense|drowsy|wont eat|won t eat)(?: [^ .]+| .| ,){1,16})|(?:icd|defib|defibrillator) (?:has )?(?:gone off|fired|shocked (?:him|her|me))(?: [^ .]+){0,3}? (?:twice|again|[2-9] times|more than once)|missed (?:[2-9]|two|three) (?:hd|dialysis|renal) sessions(?: [^ .]+| .| ,){0,10}? not answering`,
  },
  {
    id: 'severePain.bagOrStoma',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern: `(?:pd |dialysis )?bags? (?:have |has |s )?(?:gone |come out |looks? )?cloudy|no (?:stoma )?output (?:for |since )?(?:[0-9]+ ?(?:hrs|hours)|24hrs|yesterday|a day)(?: [^ .]+| ,){0,6}? (?:vomit|vomiting|sick|swollen|distended)`,
  },
];

// Notes from a breezy front desk (jokes and emoji around the facts) and from an antenatal, postnatal and
// baby clinic written in its shorthand (6/40 for weeks pregnant, 3/52 or 10/7 for weeks or days since the
// birth, pp, PPROM, ?ectopic, FM): a positive test with one-sided or shoulder-tip pain, soaking a pad
// every few minutes while miscarrying, waters broken early and now a fever, no fluids kept down for a day
// or two, a partner afraid to be left with the baby, an adult who comes into a girl's room at night, a
// girl with a much older boyfriend, a partner who answers every question and a whispered "help", a son
// who says he'll end up killing his mother; a patient who laughs and says she'll "take the whole lot",
// who cancels because she "won't need it", talks of being a burden and gives things away; a chest pain
// that runs down the left arm, lip swelling with a wheeze after jabs, a child who swallowed someone's
// tablets, a number of tablets taken and queried, redness and swelling spreading up a limb with a fever.
const TRIAGE_JOKES_AND_BIRTH: readonly RedFlagRule[] = [
  {
    id: 'otherEmergency.earlyPregnancyPain',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `(?:query |suspected |possible )ectopic(?!(?: [^ .]+){0,3}? (?:before|previously|in (?:19|20)[0-9][0-9]|hx|history|ago))|(?:ve|positive|pos) (?:pt|preg test|pregnancy test|hcg)(?: [^ .]+){0,8}? (?:shoulder tip|one sided|l sided|r sided|left sided|right sided)`,
  },
  {
    id: 'heavyBleeding.miscarryingSoaking',
    flag: 'heavyBleeding',
    urgency: 'emergency999',
    pattern: `soaking (?:a |through )?(?:pad|pads)(?: [^ .]+){0,2}? (?:q ?[0-9]+ ?(?:min|mins)|q[0-9]+ ?(?:min|mins)|every [0-9]+ ?(?:min|mins|minutes)|an hour|per hour|hourly)|miscarrying(?: [^ .]+){0,6}? (?:lightheaded|light headed|dizzy|faint|fainting|soaking)`,
  },
  {
    id: 'sepsisSigns.afterWatersOrWound',
    flag: 'sepsisSigns',
    urgency: 'urgent111',
    pattern: `(?:pprom|srom|waters (?:broke|gone|went))(?: [^ .]+){0,6}? (?:feverish|fever|temp|shivery|shivering|rigors|offensive)|(?:bite|bitten|scratch|wound|cut)(?: [^ .]+){0,6}? (?:swelling|spreading|tracking|red line) up (?:the |his |her |their )?(?:arm|leg)`,
  },
  {
    id: 'otherEmergency.cantKeepFluids',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:unable to|cant|can t|cannot|not) keep(?:ing)? (?:fluids|anything|water|drinks) down(?: [^ .]+){0,2}? (?:24|36|48|72) ?(?:h|hr|hrs|hours)|(?:query |suspected )(?:hg|hyperemesis)`,
  },
  {
    id: 'riskToOthers.afraidAloneWithBaby',
    flag: 'riskToOthers',
    urgency: 'sameDayGp',
    pattern: `(?:afraid|scared|frightened|terrified) (?:to be )?(?:left )?alone with (?:the |her |his |their )?baby|(?:says?|said|saying) (?:hell|he ll|he will|shell|she ll|she will) end up (?:killing|hurting) (?:me|her|him|mum|dad)`,
  },
  {
    id: 'safeguarding.quietSigns',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:stepfather|stepdad|step dad|uncle|mums boyfriend|mum s boyfriend|lodger|brother|cousin) (?:comes|came|coming|goes|gets) into (?:her |his |their )?(?:room|bedroom|bed) at night|(?:1[2-7]) ?(?:yo|yr old|year old)(?: [^ ]+){0,12}? (?:bf|boyfriend) (?:is |aged |age )?(?:2[1-9]|[3-9][0-9])|whispered (?:help|please help|help me)|(?:partner|husband|boyfriend|he) (?:answered|answers|answering) (?:every|all (?:the |my )?) ?(?:q|qs|question|questions) for (?:her|him)`,
  },
  {
    id: 'suicidalRisk.toldLightly',
    flag: 'suicidalRisk',
    urgency: 'sameDayGp',
    pattern: `(?:said|says|saying|joked|joking) (?:shed|she d|hed|he d|she would|he would|she ll|shell|he ll|hell|she will|he will|id|i d|ill|i ll) take the (?:whole )?lot|(?:wont|won t|will not|wouldnt|wouldn t) need it(?: [^ .]+){0,6}? (?:sorted everything|sorted it all|everything sorted|note written|notes? (?:left|written)|tabs saved|tablets saved|affairs in order)|(?:cancel|cancelled|cancelling|cancels)(?: [^ .]+){0,6}? (?:wont|won t|will not) need it|(?:talking about|talks (?:about|of)|says? (?:hes|he s|shes|she s|he is|she is)) being a burden|gave away (?:his|her|their) (?:${W} )?(?:gear|watch|tools|things|stuff|possessions|guitar|medals)`,
  },
  {
    id: 'chestPain.downTheArm',
    flag: 'chestPain',
    urgency: 'emergency999',
    pattern: `(?:cp|chest pain|chest pains|chest tightness|tight chest)(?: [^ .]+){0,2}? (?:radiating|going|spreading|shooting) (?:to |down |into )?(?:the |his |her |their |my )?(?:l|left) (?:arm|jaw)`,
  },
  {
    id: 'anaphylaxis.lipsAndWheeze',
    flag: 'anaphylaxis',
    urgency: 'emergency999',
    pattern: `(?:lip|lips|tongue|face) swelling(?: [^ .]+){0,3}? (?:wheeze|wheezing|wheezy|stridor|sob|noisy breathing)|(?:wheeze|wheezing|wheezy)(?: [^ .]+){0,3}? (?:lip|lips|tongue|face) swelling`,
  },
  {
    id: 'overdose.takenOrSwallowed',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `(?:took|taken|swallowed|had) (?:query |approx |about |around |\\. )?(?:[1-9][0-9]+) ?(?:x )?(?:${W} )?(?:paracetamol|ibuprofen|co codamol|codeine|tablets|pills|tabs|sertraline|citalopram|iron tabs)|(?:swallowed|eaten|ate|taken|took|got into) (?:some of |a few of )?(?:mums|dads|nans|grans|his mums|her mums|the|some|my|her|his) (?:iron |blood pressure |heart )?(?:tabs|tablets|pills|meds|medicine)(?<=(?:toddler|child|baby|[0-9]+ 12|[0-9]+ ?(?:yo|mo|mos|mth|mths|month old|months old)|son|daughter|kid)(?: [^ .]+){1,10})`,
  },
];

// Notes written in a clipped line ("mum rang. 4yo floppy", "w" for "with", "yest", "BM 2.1") and from a
// sports and gym clinic (sparring, tackles, steroids and fat burners, eating disorders in athletes, a
// squad chat): a threat to go for someone with a weapon or to "do" someone whose address is known, a
// threat to batter a housemate; voices telling someone to hurt children; cannot keep self safe; a
// goodbye message sent and no answer since; the shakes after stopping heavy drinking yesterday; a low
// sugar with drowsiness; a face that drooped and has recovered; a blow to the head in sport then
// vomiting, confusion or drowsiness; fainting with a slow pulse; a cold pale foot after a tackle; heavy
// bleeding from the back passage with dizziness; purging or low potassium with palpitations; a fat
// burner (DNP) with heat and a racing heart; a coach who asked a young player for photos and still
// coaches children.
const TRIAGE_SHORT_AND_SPORT: readonly RedFlagRule[] = [
  {
    id: 'riskToOthers.weaponOrAddress',
    flag: 'riskToOthers',
    urgency: 'emergency999',
    pattern: `(?:will|going to|gonna|says (?:he ll|hell|she ll|shell)) (?:sort|do|batter|get|deal with|go for)(?: [^ .]+){0,2}? (?:out )?(?:w|with) (?:a |the |his |her )?${WEAPON}|voices (?:tell|telling|told|say|saying|tells) (?:him|her|them|pt|me) to (?:hurt|kill|harm|attack|stab) (?:the |his |her |their )?(?:kids|children|baby|son|daughter|people|someone)|threatening to (?:batter|kill|stab|hurt|do in|glass|smash)(?: [^ .]+){0,2}? (?:housemate|flatmate|partner|wife|girlfriend|neighbour|brother|dad|mum|son)`,
  },
  {
    id: 'riskToOthers.knowsWhereTheyLive',
    flag: 'riskToOthers',
    urgency: 'urgent111',
    pattern: `(?:knows|know|found out) where (?:he|she|they) (?:lives|live)(?<=(?:going to do|gonna do|sort (?:him|her|them) out|get (?:him|her|them)|kill|hurt|batter|stab|do (?:him|her|them) in)(?: [^ .]+| ,){1,12})`,
  },
  {
    id: 'suicidalRisk.notSafeOrGoodbye',
    flag: 'suicidalRisk',
    urgency: 'emergency999',
    pattern: `(?:cant|can t|cannot|unable to|not able to) keep (?:self|himself|herself|themselves|themself|myself) safe|goodbye (?:msg|message|text|post|note|video)(?: [^ .]+| ,){0,8}? (?:not answering|no answer|cant get hold|can t get hold|not responding|phone off|unreachable)`,
  },
  {
    id: 'alcoholDependence.stoppedSuddenly',
    flag: 'alcoholDependence',
    urgency: 'urgent111',
    pattern: `(?:stopped|stopping|ran out|stopped drinking) (?:yest|yesterday|today|last night|this am|this morning)(?<=(?:shaky|shaking|shakes|sweaty|sweats|sweating|tremor)(?: [^ .]+| ,| \\.){1,14})(?<=(?:vodka|spirits|cider|wine|alcohol|drink|drinking|beers|cans|btl|bottles?)(?: [^ .]+| ,| \\.){1,10})`,
  },
  {
    id: 'otherEmergency.sportAndSugar',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `(?:bm|sugar|sugars|blood sugar|bg|glucose|cbg) (?:of |is |was |at )?[0-2]\\.[0-9](?: [^ .]+| ,){0,4}? (?:drowsy|confused|unresponsive|shaking|sweaty|fitting|not making sense)|(?:sparring|match|game|fight|tackle|boxing|rugby|concussion|ko|knocked out|head injury|head knock|blow to (?:the )?head)(?: [^ .]+| ,| \\.){0,10}? (?:vomited|vomiting|being sick|confused|v drowsy|very drowsy|drowsy|seeing double|double vision|slurring|slurred)|(?:foot|feet|hand|toes|fingers|leg|arm) (?:cold|white|pale|blue)(?: and)? (?:blue|pale|white|numb|cold)(?<=(?:tackle|fall|fell|break|broken|fracture|ankle|knee|injury|twisted|dislocat[a-z]*|swollen|cast)(?: [^ .]+| ,){1,16})`,
  },
  {
    id: 'overdose.fatBurner',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `(?:dnp|fat burner|fat burners)(?: [^ .]+| ,){0,8}? (?:v hot|very hot|hot|sweating|temp|fever|hr [0-9]+|heart racing|racing|pounding)`,
  },
  {
    id: 'strokeSigns.resolved',
    flag: 'strokeSigns',
    urgency: 'urgent111',
    pattern: `(?:face|mouth|smile) (?:drooped|droop|drooping|dropped)(?: [^ .]+| ,){0,8}? (?:now )?(?:resolved|gone|better|back to normal)`,
  },
  {
    id: 'collapse.faintedSlowPulse',
    flag: 'collapse',
    urgency: 'urgent111',
    pattern: `(?:fainted|collapsed|passed out|blacked out)(?: [^ .]+| ,){0,6}? (?:hr|pulse|heart rate) (?:of )?(?:[2-3][0-9]|4[0-4])(?![0-9])`,
  },
  {
    id: 'heavyBleeding.rectalDizzy',
    flag: 'heavyBleeding',
    urgency: 'emergency999',
    pattern: `(?:heavy|lots of|a lot of) (?:pr|rectal|bright red rectal) (?:bleed|bleeding|blood)(?: [^ .]+| ,){0,6}? (?:dizzy|faint|light headed|lightheaded|pale|clammy)`,
  },
  {
    id: 'otherEmergency.purgingHeart',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:purging|laxative abuse|low k|low potassium|hypokalaemia)(?: [^ .]+| ,){0,10}? (?:palpitations|heart racing|irregular heart|extra beats|leg cramps)`,
  },
  {
    id: 'safeguarding.photosAsked',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:still|now) (?:coaches|teaches|trains|works with|runs|volunteers with)(?: [^ .]+){0,2} (?:juniors|kids|children|girls|boys|young|under|u1[0-9]s?|youth)(?<=(?:asked|asking|asks) (?:her|him|them|pt)(?: ${W})? for (?:photos|pics|pictures|nudes|images)(?: [^ .]+| ,){1,12})`,
  },
];

// Notes about old history and today's news, and from a winter and holiday desk: a diabetic (T1DM,
// fasting) who is drowsy, confused or has a low sugar; a body temperature under 36 at home; a second
// seizure in minutes; hives or tingling lips since a new antibiotic; a relapse after years sober; a
// plan told with the date ("will jump tonight after results", "won't be around after", "he's done",
// letters written, a last text that said goodbye); a threat to stab or "sort out" someone with a knife
// on them; a family taking a young person abroad to marry; heating or money kept from someone.
const TRIAGE_TIME_AND_SEASONS: readonly RedFlagRule[] = [
  {
    id: 'otherEmergency.diabeticDrowsy',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `(?:t1dm|tidm|t1 dm|type 1|type one|diabetic|dka)(?: [^ .]+){0,14}? (?:drowsy|confused|hard to rouse|hard to wake|not making sense)|(?:bm|bg|cbg|sugar|sugars|blood sugar|glucose) (?:of |is |was |now )?(?:[0-2](?:\\.[0-9])?|1\\.[0-9])(?![0-9])`,
  },
  {
    id: 'otherEmergency.coldBody',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `(?:temp|temperature|t) (?:of |is |was |now )?(?:2[5-9]|3[0-5])(?:\\.[0-9])?(?![0-9])(?!(?: (?:weeks|wks|mins|minutes|years|yrs))(?= ))`,
  },
  {
    id: 'collapse.secondSeizure',
    flag: 'collapse',
    urgency: 'emergency999',
    pattern: `(?:2nd|second|3rd|third|another) (?:seizure|fit|convulsion) (?:in|within) (?:[0-9]+|ten|five|half an) ?(?:min|mins|minutes|hour|hr)`,
  },
  {
    id: 'anaphylaxis.sinceNewMedicine',
    flag: 'anaphylaxis',
    urgency: 'urgent111',
    pattern: `(?:hives|urticaria|lip tingling|lips tingling|tingling lips|lip swelling|swollen lips?)(?: [^ .]+){0,6}? (?:since|after) (?:starting|taking|new|first dose of) (?:${W} )?(?:antibiotics?|amoxicillin|penicillin|co amoxiclav|flucloxacillin|tablets|medication|meds)`,
  },
  {
    id: 'alcoholDependence.relapseAfterYears',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `relapsed?(?: after)?(?: [^ .]+){0,3}? (?:sober|dry|abstinent|clean)(?: [^ .]+| ,){0,4}? drinking`,
  },
  {
    id: 'suicidalRisk.datedPlan',
    flag: 'suicidalRisk',
    urgency: 'emergency999',
    pattern: `(?:will|going to|gonna|plans to|planning to) jump (?:tonight|today)|(?:wont|won t|will not|not) be around (?:after|by then|anyway)|(?:hes|shes|he s|she s|he is|she is|theyre|they re) done(?: [^ .]+| ,){0,8}? (?:written|wrote) (?:letters|notes|a letter|a note)|not answering(?: [^ .]+| ,){0,8}? (?:text|message) (?:said|saying) goodbye`,
  },
  {
    id: 'riskToOthers.threatWithKnife',
    flag: 'riskToOthers',
    urgency: 'urgent111',
    pattern: `(?:sort out|sort|stab|cut|do in|get)(?: [^ .]+| ,){0,10}? (?:has|got|with|carrying|says|said) (?:a )?(?:knife|blade|machete)`,
  },
  {
    id: 'safeguarding.abroadOrCold',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:taking|take|takes|sending|send|sends) (?:her|him|me|them) (?:abroad|back home|to ${W})(?: [^ .]+){0,4}? (?:to (?:marry|get married|be married)|for (?:a |an )?(?:wedding|marriage|arranged marriage))|(?:wont|won t|will not|doesnt|doesn t|not) (?:allow|let) (?:her|him|me|them) (?:have |put |turn )?(?:the )?heating`,
  },
];

// Notes about students and LGBTQ+ people (halls, placements, nights out, binding, hormones, surgery,
// sexual health, families and faith): a chest swollen and tense days after top surgery or another
// operation; heavy drinking stopped days ago and now seeing or hearing things or fitting (withdrawal
// delirium, 999); a family or a faith group arranging counselling, healing or an exorcism to change or
// "cure" a young person's sexuality or gender (conversion practices, a same-day safeguarding call); a
// condom that split or sex without one with a partner who has HIV, or with no PrEP, asking what to do
// (post-exposure treatment cannot wait for a routine slot). The older rules were widened for an
// overdose "20x" typed as one word, a whole box or bottle taken, and someone locked in a room not
// answering with a note on the door.
const TRIAGE_IDENTITY_AND_STUDY: readonly RedFlagRule[] = [
  {
    id: 'severePain.swollenAfterSurgery',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern: `(?:post|after) (?:(?:top|chest|breast|bottom|${W}) )?(?:surgery|op|operation|mastectomy|augmentation|reduction|phalloplasty|vaginoplasty)(?: [^ .]+| ,){0,6}? (?:swollen|swelling|swelled)(?: [^ .]+| ,){0,3}? (?:tense|tight|hard|rock hard)`,
  },
  {
    id: 'alcoholDependence.withdrawalDelirium',
    flag: 'alcoholDependence',
    urgency: 'emergency999',
    pattern: `(?:stopped|stopping|ran out|run out|cut down|not had a drink|no alcohol)(?: [^ .]+| ,){0,6}? (?:seeing things|hallucinating|hearing things|seeing (?:bugs|insects|spiders|people)|fitting|having fits)(?<=(?:vodka|spirits|cider|wine|alcohol|drink|drinking|drinks|beers|cans|btl|bottles?)(?: [^ .]+| ,| \\.){1,20})`,
  },
  {
    id: 'safeguarding.conversionPractices',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:church|religious|faith|prayer|chapel|mosque|temple|pastor|priest|imam|elders?) (?:[^ .]+ ){0,2}?(?:counsellor|counselling|therapy|therapist|sessions?|healing|retreat|camp|group)(?: [^ .]+| ,){0,4}? (?:to )?(?:change|cure|fix|straighten|heal|pray away|sort out) (?:him|her|them|pt|it|his|their)(?![a-z0-9])|conversion (?:therapy|practices?|camp)|(?:make|turn|pray) (?:him|her|them|pt) straight|exorcism(?<=(?:gay|lesbian|bi|trans|queer|gender|girlfriend|boyfriend|sexuality|came out|coming out)(?: [^ .]+| ,){1,12})`,
  },
  {
    id: 'otherEmergency.hivExposure',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:condom (?:split|broke|burst|came off|slipped off)|unprotected|without (?:a )?condom|no condom|bareback)(?: [^ .]+| ,){0,10}? hiv(?!(?: (?:neg|negative|test|tests|testing|clinic|screen))(?= ))|(?:not on prep|no prep|stopped prep|ran out of prep)(?<=(?:condom (?:split|broke|burst|came off)|unprotected|bareback|chemsex)(?: [^ .]+| ,){1,16})`,
  },
];

// Notes from a working life and a faith community, and an overdose taken over time: paracetamol
// taken beyond the dose through a day or over days, however well the patient feels ("staggered",
// 999 and A&E, never a routine or same-day slot), and one taken already with slurring or dozing
// off, the lot of a medicine taken, or drink with a sedative (999); chemicals splashed in an eye; a blood pressure over
// 180 with a headache or blurred vision; a pregnancy with shoulder-tip pain; cutting with a wound
// that gapes; pills kept back with a plan, or a man who has given his tools away and is not
// answering; a family booking a flight abroad for a marriage with the passport taken, "?FM", "?HBA",
// "?MSHT", a boss who holds the passport and does not pay; drinking before shifts to stop a tremor.
/** Paracetamol taken past the dose over a day or days: a staggered overdose. */
const STAGGERED = `(?:(?:extra|too many|too much|more than (?:the dose|the stated dose|it says|(?:he|she|they|i|pt) (?:should|was meant to|is meant to))|double(?: (?:the|her|his|their|my))?(?: dose)?(?: of)?)(?: [^ .]+){0,3}? (?:paracetamol|co codamol|cocodamol)(?: [^ .]+| ,){0,8}? (?:through|throughout|all through|over|across|for) (?:the |a |[0-9]+ |two |three |four |a few |several |the last (?:[0-9]+ |two |three |few )?)?(?:day|days|weekend|week)|(?:paracetamol|co codamol|cocodamol)(?: [^ .]+| ,){0,8}? (?:9|1[0-9]|2[0-9]|ten|twelve|sixteen) (?:a|per|each|every) day)`;
const TRIAGE_WORK_AND_BELIEF: readonly RedFlagRule[] = [
  {
    id: 'overdose.staggeredParacetamol',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: STAGGERED,
  },
  {
    // Taken already and now slurring or dozing off, or the lot taken, or drink with a sedative: 999.
    id: 'overdose.takenAndSedated',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `(?:taken|took|had|swallowed|necked|used|put on)(?: [^ .]+){0,6}? (?:${DRUGS}|patches|tabs|sleeping tabs)(?: [^ .]+| ,| \\.){0,14}? (?:slurring|slurred|slurry|dozing off|dozes off|falling asleep|keeps nodding off|hard to rouse|cant rouse|can t rouse)|(?:dozing off|dozed off|slurring|slurred|falling asleep|nodding off)(?: [^ .]+| ,| \\.){0,10}? (?:took|taken|had|used|put on) (?:extra|too many|more|a few extra|the lot)|(?:taken|took|swallowed|necked) (?:the lot|the whole lot|every one|the whole (?:box|packet|pack|bottle|strip)) of (?:his|her|their|pts?|my) (?:${W} )?${DRUGS}|(?:drunk|drank|had) (?:a bottle|a litre|half a bottle|loads|a lot)(?: of ${W})?(?: [^ .]+){0,3}? (?:and|then|with|plus) (?:taken|took|had) (?:his |her |their |(?:${W} ){0,2})?(?:diazepam|benzos|valium|zopiclone|sleeping (?:pills|tablets|tabs)|temazepam|pregabalin|methadone|morphine|oramorph|tramadol)`,
  },
  {
    id: 'otherEmergency.chemicalInEye',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `(?:splashed|splash|sprayed|got|squirted) (?:some )?(?:of )?(?:the )?(?:${W} )?(?:caustic|bleach|chemical|chemicals|acid|oven cleaner|drain cleaner|cleaning fluid|ammonia|lime|cement|alkali|degreaser)(?: stuff)? (?:in|into) (?:(?:his|her|their|pts?|l|r|left|right|one|both) )?(?:eye|eyes)|(?:caustic|bleach|chemicals?|acid|oven cleaner|drain cleaner|ammonia|cement|alkali|degreaser)(?: stuff)? (?:splashed|sprayed|squirted|went|got) (?:in|into) (?:(?:his|her|their|pts?|l|r|left|right|one|both) )?(?:eye|eyes)`,
  },
  {
    id: 'otherEmergency.bpVeryHigh',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:bp|blood pressure) (?:of |is |was |now )?(?:1[89][0-9]|2[0-9][0-9]) (?:1[1-9][0-9]|[2-9][0-9]{2})(?: [^ .]+| ,){0,8}? (?:headache|blurred vision|visual disturbance|confused|chest pain|nosebleed)`,
  },
  {
    id: 'otherEmergency.ectopicSigns',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `(?:lmp|pregnant|pregnancy|positive (?:preg|pregnancy )?test|period late)(?: [^ .]+| ,){0,12}? shoulder tip pain`,
  },
  {
    id: 'suicidalRisk.woundGaping',
    flag: 'suicidalRisk',
    urgency: 'urgent111',
    pattern: `(?:cutting|cut (?:himself|herself|themselves)|self harm|self harming|sh)(?: [^ .]+| ,){0,8}? wound(?: [^ .]+){0,3}? (?:gaping|deep|wont stop bleeding|needs? (?:stitches|stitching|closing|glue|steri strips))`,
  },
  {
    id: 'suicidalRisk.meansKeptOrGone',
    flag: 'suicidalRisk',
    urgency: 'emergency999',
    pattern: `(?:has|got|have|with) (?:${W} )?(?:pills|tablets|meds|paracetamol) (?:saved|stockpiled|put by|hoarded|stashed)|(?:better off without (?:him|her|them)|(?:gave|giving|given) (?:away )?(?:his|her|their) (?:${W} )?(?:tools|things|stuff|belongings|possessions|guitar|dog)(?: away)?)(?: [^ .]+| ,){0,12}? (?:not answering|cant get hold|can t get hold|not picking up|uncontactable|missing)`,
  },
  {
    id: 'safeguarding.marriageOrPassport',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `booked (?:a )?(?:flight|flights|tickets?) to ${W} for (?:a |her |his |the )?(?:marriage|wedding)(?<!(?:own|happy|excited)(?: [^ .]+){0,6}? (?:marriage|wedding))|(?:boss|employer|manager|gangmaster|owner|landlord) (?:holds|has|keeps|kept|took|taken|holding) (?:(?:his|her|their|pts?) )?(?:passport|papers|id|documents)|(?:(?<=[.?] )|query )(?:fm|hba|msht|fgm)(?= *$| [.,])|controlling family`,
  },
  {
    id: 'alcoholDependence.drinkingForTremor',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `drinking (?:before|ahead of) (?:shifts?|work|his shift|her shift)|drink(?:s|ing)?(?: [^ .]+){0,5}? to (?:stop|steady|settle) (?:the |his |her |their )?(?:tremor|shakes|shaking|hands)`,
  },
];

// Notes of what the patient or a caller said, denied, supposed or asked: a caller's quoted words of the
// lot taken ("took everything in the cupboard"), a young person's text that she will take a parent's
// pills (999), a patient muddled and shaky since new tablets (111), and a young person who says an
// adult in the home "comes in at night" (safeguarding the same day). Conditions on an end ("if the
// tribunal goes against me that's it", "if I don't get PIP back I'm not carrying on") are read by the
// patients' rules (SAID_AND_ASKED in categories.ts), and a note told as over ("temp yesterday, now
// running about", "collapsed with flu last week, recovering", a nosebleed stopped with pressure, a
// digital detox) is hidden or left unread.
/** Someone else's medicine, as a caller names it. */
const OTHERS_MEDS = `(?:mums|dads|nans|grans|her mums|his mums|her dads|his dads|her nans|his nans|parents|someone elses) (?:${DRUGS}|tabs)`;
const TRIAGE_SAID_AND_ASKED: readonly RedFlagRule[] = [
  {
    id: 'overdose.everythingInTheCupboard',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `(?:took|taken|swallowed|necked) (?:everything|all the (?:tablets|pills|meds|tabs)|whatever (?:was|she could find|he could find)) (?:in|from) (?:the|her|his|their|pts) (?:cupboard|drawer|cabinet|medicine box|bathroom)`,
  },
  {
    id: 'suicidalRisk.othersPillsPlanned',
    flag: 'suicidalRisk',
    urgency: 'emergency999',
    pattern: `(?:going to|gonna|will|plans to|planning to|about to) (?:take|swallow|neck|od on) (?:all )?(?:of )?${OTHERS_MEDS}`,
  },
  {
    id: 'otherEmergency.muddledSinceNewTablets',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:shaky|shaking|confused|muddled|agitated)(?: (?:and|&)| ,)? (?:shaky|shaking|confused|muddled|twitchy|agitated) since (?:the |his |her |starting )?new (?:tabs|tablets|meds|medication|pills)|new (?:tabs|tablets|meds|medication|pills)(?: [^ .]+| ,){0,8}? (?:confused|muddled)(?: [^ .]+| ,){0,6}? (?:shaky|shaking|racing|hr 1[2-9][0-9])`,
  },
  {
    id: 'safeguarding.comesInAtNight',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:stepdad|stepfather|step dad|uncle|mums boyfriend|mums partner|lodger|grandad|brother in law) (?:comes|came|keeps coming|coming) (?:in|into (?:her|his|their) (?:room|bedroom)) (?:at night|at nights|in the night)`,
  },
];

// Notes about Deaf and blind patients, care homes and sheltered housing, service families and veterans,
// and families of people who use drugs, drink or gamble: a plan to end life with a time or the means
// ("states plan to end life tonight, means at home") or a veteran sitting with a weapon "thinking about
// it" (999); a week's tablets from a dosette box or blister pack taken at once (999); an older
// resident hot with new confusion or a fast pulse (111); slurred speech that has passed, still a TIA
// to be seen (111); a carer who is rough, with bruising or fear of the next visit, and a son or partner
// who pins someone against a door (same day); a baby shaken (111); yellow skin with a swollen belly or
// confusion in someone who drinks (111).
const TRIAGE_ACCESS_AGE_AND_SERVICE: readonly RedFlagRule[] = [
  {
    id: 'suicidalRisk.planOrWeaponHeld',
    flag: 'suicidalRisk',
    urgency: 'emergency999',
    pattern: `(?:plan|plans|planning|intends|intention|intent) to end (?:his |her |their |own |(?:his|her|their) own )?life(?: [^ .]+| ,){0,4}? (?:tonight|today|now|means)|(?:sitting|sat|sits) (?:with|w) (?:a |an |his |her |their |the |old )?(?:${W} )?(?:bayonet|${WEAPON}|rope|noose)(?: [^ .]+| ,){0,4}? thinking about it`,
  },
  {
    id: 'overdose.dosetteAtOnce',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `(?:taken|took|swallowed|had) (?:all|the lot of|the whole|a whole) (?:of )?(?:the |his |her |their |pts? )?(?:${W} )?(?:tablets|pills|meds|medication)(?: [^ .]+){0,3}? (?:dosette|nomad|blister pack|pill organiser|pill box|dosette box|wk supply|weeks supply|week s supply)`,
  },
  {
    id: 'sepsisSigns.hotAndNewConfusion',
    flag: 'sepsisSigns',
    urgency: 'urgent111',
    pattern: `(?:hot|temp|temperature|fever|feverish|pyrexial|burning up)(?: [^ .]+| ,){0,3}? (?:new|acute|increased|worsening|more) (?:confusion|confused)|(?:new|acute) (?:confusion|onset confusion)(?: [^ .]+| ,){0,6}? (?:hot|temp|fever|pyrexial|hr 1[0-9][0-9]|pulse 1[0-9][0-9])`,
  },
  {
    id: 'strokeSigns.passedButSeen',
    flag: 'strokeSigns',
    urgency: 'urgent111',
    pattern: `(?:(?:slurred|slurring) (?:speech|words)|speech (?:was |had been |went |got )?(?:slurred|slurry))(?: [^ .]+| ,){0,6}? (?:now )?(?:resolved|gone|better|back to normal|settled|recovered|passed)`,
  },
  {
    id: 'safeguarding.roughCarerOrPinned',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `carers? (?:is |was |being |s |v |very |too )?(?:rough|heavy handed|hitting|hits|pinching|pinches|slapping|shouting)(?: [^ .]+| ,){0,8}? (?:bruis[a-z]*|frightened|scared|afraid|marks)|(?:pinned|pinning|pins|held|holds|pushed|shoved) (?:(?:her|him|them|pt|mum|dad) )?(?:up )?against (?:the |a )?(?:door|wall|fridge)`,
  },
  {
    id: 'safeguarding.babyShaken',
    flag: 'safeguarding',
    urgency: 'urgent111',
    pattern: `(?:shook|shaken|shaking|shakes) (?:the |her |his |their |my )?(?:baby|infant|newborn|toddler)(?!(?: (?:rattle|toy|bottle))(?= ))`,
  },
  {
    id: 'otherEmergency.yellowAndSwollen',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:jaundiced|jaundice|yellow|yellowish)(?: [^ .]+| ,){0,6}? (?:abdo|abdomen|belly|tummy|stomach) (?:swollen|distended|bloated)|(?:jaundiced|jaundice)(?: [^ .]+| ,){0,8}? confused`,
  },
];

/**
 * Receptionists' wording for young people, students, young carers and care leavers: a student or a
 * young person reported by a welfare officer, a parent, an aunt or a gran. The classes: goodbye
 * messages posted online and the person not found (whereabouts unknown, not answering); a young adult
 * who has hurt a parent or a sibling in a meltdown or a rage, with someone injured and help asked for
 * now; a sudden headache called the worst ever (a thunderclap); a baby or a small child in a young
 * person's care with a bruise nobody explains; a parent being hit now while the young people hide;
 * fainting after not eating for days or weeks; and a young person drinking from waking. Told as over
 * and well, or as a course, a leaflet or a shift pattern, the same words stay ordinary.
 */
const TRIAGE_YOUTH_AND_ONLINE: readonly RedFlagRule[] = [
  {
    id: 'suicidalRisk.goodbyePostedAndMissing',
    flag: 'suicidalRisk',
    urgency: 'emergency999',
    pattern: `(?:goodbye|good bye|farewell|bye) (?:msgs?|messages?|posts?|notes?|texts?|videos?)(?: [^ .]+| ,){0,4}? (?:whereabouts unknown|location unknown|cant be reached|cannot be reached|not answering|missing|uncontactable|phone off|phone switched off|not been seen|nobody knows where)`,
  },
  {
    id: 'riskToOthers.hurtAtHomeNow',
    flag: 'riskToOthers',
    urgency: 'urgent111',
    pattern: `(?:punched|hit|kicked|attacked|assaulted|strangled|bit|headbutted|throttled|pushed) (?:his |her |their )?(?:mum|dad|mother|father|parents?|brother|sister|sibling|carer|gran|nan|grandma|grandad)(?: [^ .]+| ,){0,6}? (?:injured|hurt|bleeding|bruised|help now|in hospital|needs help)`,
  },
  {
    id: 'otherEmergency.thunderclapHeadache',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `(?:sudden|suddenly|thunderclap|explosive)(?: [^ .]+){0,2}? (?:worst ever|worst|thunderclap|explosive|severe) headache|(?:worst|worst ever) headache (?:of (?:his|her|their|my) life|ever)(?: [^ .]+| ,){0,4}? (?:sudden|suddenly|vomiting|neck|came on)`,
  },
  {
    id: 'safeguarding.childBruiseUnexplained',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:${CHILD}|nephew|niece|[0-9]+ 12|[0-9]+ ?(?:mo|mos|mth|mths))(?: [^ .]+| ,){0,10}? (?:bruise|bruises|bruising|marks?|burns?)(?: [^ .]+| ,){0,4}? (?:unexplained|no explanation|cant explain|not explained)|unexplained (?:bruise|bruises|bruising|marks|burns?) (?:on|to) (?:(?:the|a|his|her|their) )?(?:baby|infant|child|toddler|nephew|niece|son|daughter)`,
  },
  {
    id: 'safeguarding.parentHitNow',
    flag: 'safeguarding',
    urgency: 'emergency999',
    pattern: `(?:hitting|beating|attacking|strangling|kicking|choking|punching) (?:(?:his|her|their|pts?|the) )?(?:mum|mom|mother|dad|father|partner|wife|girlfriend|sister|brother)(?: [^ .]+)?? (?:now|right now|as we speak)(?![a-z0-9])|(?:hiding|hid) (?:upstairs|in (?:the|a|their|her|his) (?:room|bedroom|bathroom|wardrobe|cupboard))(?<=(?:hitting|beating|attacking|kicking|smashing)(?: [^ .]+| ,){1,12})`,
  },
  {
    id: 'collapse.faintingNotEating',
    flag: 'collapse',
    urgency: 'urgent111',
    pattern: `(?:not eaten|not eating|hasnt eaten|havent eaten|not been eating|starving (?:herself|himself|themselves)|stopped eating|barely eating|barely eaten)(?: [^ .]+| ,){0,6}? (?:fainting|faints|keeps fainting|passing out|blacking out|collapsing)`,
  },
];

// Notes about patients writing or speaking English as an additional language, often through an
// interpreter, a support worker or family: people seeking asylum in hotels, visa-tied and seasonal
// workers, and families of people in prison. The classes: a worker held by an agent or gangmaster
// (wages or passports held with a debt, locked in a caravan or back room; same day); a daughter taken
// abroad "to visit" with a wedding talked of, or "cutting" planned for a girl (same day); a son in
// prison who says it is the last time his family will hear him (111); cutting going deeper with a wound
// still open (same day); a threat to burn a building with someone inside (same day); a weapon at home
// and a threat to shoot (999); a small child who has eaten a grandparent's tablets (999); a fall from a
// scaffold or ladder with legs that cannot move (999); a sudden worst-ever headache with vomiting or
// double vision (999); a diabetic on insulin confused and sweating (999); right-sided belly pain with
// vomiting, and a painful eye with blurred sight and vomiting (111). A chest pain already tested and
// normal is hidden by the masks in benign.ts.
const TRIAGE_MIGRATION_AND_LANGUAGE: readonly RedFlagRule[] = [
  {
    id: 'safeguarding.heldByAgent',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:agent|agency|gangmaster|supervisor|sponsor|madam) (?:holds|has|keeps|kept|took|taken|holding) (?:(?:his|her|their|pts?) )?(?:passports?|papers|id|ids|documents|id cards?|wages|bank cards?)|owes?(?: [^ .]+){0,2}? (?:[0-9]+k?|thousands)(?: [^ .]+| ,){0,6}? (?:wages (?:taken|withheld|kept)|(?:half|most|all) (?:of )?(?:his |her |their )?wages)|(?:locked|kept|sleeps|sleeping) in (?:a |the )?(?:caravan|container|back room|shed)(?<=(?:passports?|gangmaster|agent|wages|boss|owner)(?: [^ .]+| ,){1,10})`,
  },
  {
    id: 'safeguarding.visitWeddingOrCutting',
    flag: 'safeguarding',
    urgency: 'sameDayGp',
    pattern: `(?:take|taking|takes) (?:(?:his|her|their|pts?) )?(?:daughter|dtr|girl|niece|son)(?: [^ .]+| ,){0,4}? to (?:visit|holiday)(?: [^ .]+| ,| \\.){0,12}? (?:(?:her|his|their) (?:wedding|marriage|engagement)|talk of (?:a |her |his )?(?:wedding|marriage)|(?:overheard|heard)(?: [^ .]+){0,3}? (?:wedding|marriage)|(?:to be|get|getting) married)|(?:planning|plan|plans|arranging|arranged)(?: [^ .]+){0,1}? (?:cutting|fgm|circumcision)(?: [^ .]+){0,2}? for (?:(?:her|their|the|pts?) )?(?:${CHILD}|[0-9]+ ?yo|daughter|girl|niece|granddaughter)`,
  },
  {
    id: 'suicidalRisk.lastTimeFromPrison',
    flag: 'suicidalRisk',
    urgency: 'urgent111',
    pattern: `(?:the )?last time (?:you|u|youll|you will|you ll) (?:hear|see) (?:from )?(?:me|him)(?<=(?:prison|hmp|yoi|custody|cell|remand|jail|inside)(?: [^ .]+| ,| \\.){1,16})`,
  },
  {
    id: 'suicidalRisk.cuttingDeeperOpen',
    flag: 'suicidalRisk',
    urgency: 'sameDayGp',
    pattern: `(?:cutting|cuts|self harming)(?: [^ .]+| ,){0,8}? deeper(?: [^ .]+| ,){0,4}? (?:wound|cut|cuts)(?: [^ .]+){0,1}? (?:oozing|still bleeding|gaping|open|infected|weeping)`,
  },
  {
    id: 'riskToOthers.burnWithThemInside',
    flag: 'riskToOthers',
    urgency: 'sameDayGp',
    pattern: `(?:burning|burn|set fire to|setting fire to|torch|torching)(?: [^ .]+){0,2}? (?:the )?(?:hotel|house|building|office|shop|hostel|flat)(?: [^ .]+){0,2}? (?:w|with) (?:the |him |her |them )?(?:[^ .]+ )?inside`,
  },
  {
    id: 'riskToOthers.weaponAndShoot',
    flag: 'riskToOthers',
    urgency: 'emergency999',
    pattern: `(?:will|going to|gonna|threatened to|threatening to|threatens to) (?:shoot|stab|kill) (?:the |his |her )?(?:neighbours?|family|wife|husband|kids|children|people|them|everyone)(?<=(?:weapon|gun|rifle|shotgun|${WEAPON})(?: [^ .]+| ,| \\.){1,12})`,
  },
  {
    id: 'overdose.childAteOthersTablets',
    flag: 'overdose',
    urgency: 'emergency999',
    pattern: `(?:ate|eaten|swallowed|taken|took|had) (?:[0-9]+(?: [0-9]+)?|some|a few|several|a handful)(?: of)? (?:(?:grans|nans|mums|dads|grandads|grandmas|parents|her|his|the) )?(?:[^ .]+ )?(?:tablets|pills|meds|tabs)(?<=(?:${CHILD}|[0-9]+ ?yo|toddler|child)(?: [^ .]+| ,){1,10})`,
  },
  {
    id: 'collapse.fallLegsWontMove',
    flag: 'collapse',
    urgency: 'emergency999',
    pattern: `(?:fell|fall|fallen) (?:from|off) (?:a |the )?(?:scaffold|scaffolding|ladder|roof|height)(?: [^ .]+| ,){0,6}? (?:cant|can t|cannot|unable to) (?:move|feel) (?:(?:his|her|their) )?(?:legs|arms)`,
  },
  {
    id: 'severePain.suddenWorstHeadache',
    flag: 'severePain',
    urgency: 'emergency999',
    pattern: `(?:sudden|suddenly)(?: [^ .]+){0,1}? worst (?:ever )?headache(?: [^ .]+| ,){0,8}? (?:vomiting|double vision|stiff neck|neck stiff|collapsed)`,
  },
  {
    id: 'otherEmergency.diabeticConfusedSweating',
    flag: 'otherEmergency',
    urgency: 'emergency999',
    pattern: `(?:confusion|confused|drowsy)(?: [^ .]+| ,){0,3}? (?:sweating|sweaty|clammy)(?: [^ .]+| ,){0,3}? (?:t1dm|tidm|t1 dm|type 1|insulin dependent|on insulin|diabetic)`,
  },
  {
    id: 'severePain.rifOrEyeWithVomiting',
    flag: 'severePain',
    urgency: 'urgent111',
    pattern: `(?:rif|right iliac fossa|lower right (?:abdo|abdominal|tummy)|right lower (?:abdo|abdominal|quadrant)) pain(?: [^ .]+| ,){0,6}? (?:vomiting|vomited|vom)|eye pain(?: [^ .]+| ,){0,2}? (?:blurred|blurry|reduced|loss of|lost) vision(?: [^ .]+| ,){0,6}? (?:headache|vomiting|nausea)`,
  },
];

export const RED_FLAGS: readonly RedFlagRule[] = [
  ...TRIAGE_EMERGENCIES,
  ...TRIAGE_RISKS,
  ...TRIAGE_MORE,
  ...TRIAGE_MORE_RISKS,
  ...TRIAGE_CATEGORIES,
  ...TRIAGE_LATER,
  ...TRIAGE_SOUTH_AND_MIDLANDS,
  ...TRIAGE_NIGHT_AND_FAITH,
  ...TRIAGE_GUARDED_AND_GRIEVING,
  ...TRIAGE_ONLINE_AND_EDGES,
  ...TRIAGE_TRADES_AND_ANSWERS,
  ...TRIAGE_OTHERS_AND_AFTER,
  ...TRIAGE_PLAIN_AND_LATE,
  ...TRIAGE_PARENTS_AND_CONDITIONS,
  ...TRIAGE_JOKES_AND_BIRTH,
  ...TRIAGE_SHORT_AND_SPORT,
  ...TRIAGE_TIME_AND_SEASONS,
  ...TRIAGE_IDENTITY_AND_STUDY,
  ...TRIAGE_WORK_AND_BELIEF,
  ...TRIAGE_SAID_AND_ASKED,
  ...TRIAGE_ACCESS_AGE_AND_SERVICE,
  ...TRIAGE_YOUTH_AND_ONLINE,
  ...TRIAGE_MIGRATION_AND_LANGUAGE,
  {
    // Dependence: stopping suddenly can be dangerous (alcohol or benzodiazepine withdrawal can cause fits),
    // so a clinician advises the same day. Wanting to cut down a little, with no sign of dependence, is not it.
    id: 'alcoholDependence.amount',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:a|one|two|half a|[0-9]+|a full|a whole|a litre of|a bottle of) (?:bottles?|litres?|bottle|ltr|l) (?:of )?${SPIRITS}(?: ${W}){0,2} (?:a|per|every|each) (?:day|night|evening)|(?:a|one|two|half a|[0-9]+|a full|a whole) (?:bottles?|litres?|bottle|ltr|l) (?:of )?${SPIRITS} (?:daily|every day|each day|a day)|(?:[0-9]+|six|eight|ten|twelve|fifteen|twenty|a dozen|a crate of|a box of) (?:cans|pints|beers|drinks|units(?!(?: (?:of )?(?:insulin|lantus|novorapid|humalog|levemir|tresiba|humulin|abasaglar))(?= ))|tins|bottles)(?: of ${W})?(?: ${W}){0,2} (?:(?:a|per|every|each) (?:day|night)|daily)|${SPIRITS} (?:every|each) (?:day|morning|night)|(?:drinks?|drinking|drunk) (?:heavily |a lot |loads |spirits |vodka |cider )?(?:every day|daily|all day|from the morning|from waking|on waking|first thing|every morning|from when (?:he|she|they|i) (?:wakes?|gets? up)|round the clock|constantly)`,
  },
  {
    id: 'alcoholDependence.signs',
    flag: 'alcoholDependence',
    urgency: 'sameDayGp',
    pattern: `(?:shakes|shaky|shaking|tremor|tremors|sweats|the dts|dts|withdrawal|withdrawals) (?:in (?:the )?(?:mornings?|am)|first thing|(?:until|till|til) (?:i|he|she|they) (?:has|have|gets?) (?:a |his |her |their )?drink|without (?:a drink|drink|alcohol|it)|when (?:i|he|she|they) (?:stops?|doesnt drink|dont drink|has no drink))|(?:morning|eye opener) drink|drinks? to stop the shakes|(?:alcohol|drink|drinking|booze) (?:dependent|dependence|dependency|addiction|addicted|problem|withdrawal)|(?:dependent|dependency|addicted|addiction) (?:on|to) (?:alcohol|drink|booze|${STREET}|${DRUGS})|alcoholic(?!(?: (?:drinks?|beverage|free|content))(?= ))|(?:is an|an) alcoholic|(?:hooked|addicted) on (?:${W} )?(?:${STREET}|${DRUGS}|drink|booze|alcohol)|(?:using|uses|injecting|injects|smoking|smokes|taking|takes|on) (?:${W} )?${STREET}(?: (?:daily|every day|for years|again|most days))?|(?:come|coming|get|getting|got|came) (?:off|clean off|clean from) (?:the )?(?:${STREET}|${DRUGS}|methadone|alcohol|the drink|drink|booze)|(?:get|getting|got|stay|staying) clean(?!(?: (?:house|clothes|water|sheets))(?= ))|(?<!(?:digital|social media|phone|screen|sugar|juice|dopamine) )detox|methadone (?:script|programme|program|clinic)`,
  },
  {
    // Psychiatric medicine stopped and the person getting worse, without threats: a clinician today.
    id: 'otherEmergency.stoppedPsychMeds',
    flag: 'otherEmergency',
    urgency: 'sameDayGp',
    pattern: `(?:stopped|stopping|come off|came off|coming off|not taking|hasnt taken|hasnt been taking|not been taking|refusing|refuses|refused|won t take|wont take|stopped taking|given up|binned|thrown away|quit|quitting|quits|packed in) (?:taking |his |her |their |my )?(?:his |her |their |my )?(?:(?:bipolar|psych|psychiatric|mental health|depression|anxiety|schizophrenia|mood|psychosis|ptsd) )?${PSYCH_MEDS}(?: ${W}| ,){0,12} (?:worse|getting worse|nightmares|lower|low|down|depressed|withdrawn|not eating|agitated|paranoid|hearing voices|voices|not sleeping|isnt sleeping|cant sleep|spying|being watched|being followed|convinced|muddled|confused|aggressive|manic|high|hallucinating|unwell|odd|strange|erratic|not himself|not herself|psychotic|talking nonsense|seeing things|spiralling|going downhill|deteriorat[a-z]*)`,
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
      'worst (?:[a-z]+ ){0,2}pain|rolling around in (?:pain|agony)|(?:rolling|writhing) (?:around|about)|(?:cant|cannot) get comfy|doubled (?:up|over)|(?:pain|ache)(?: [^ .]+){0,3}? (?:9|10) (?:10|out of 10)|(?:9|10) (?:10|out of 10) (?:pain|ache)|(?:severe|terrible|excruciating|unbearable|agonising|agonizing|awful|extreme|really bad|very bad|v bad|worst ever)(?: [a-z]+){0,2} (?:pains?|toothache|earache|stomach ache|tummy ache|backache|cramps?)|in (?:agony|so much pain|terrible pain|a lot of pain|severe pain)|pain (?:is |has been )?(?:severe|unbearable|excruciating)|(?:screaming|crying) (?:in|with|out in) pain|cant (?:walk|move|stand) (?:for|with|because of) (?:the )?pain',
  },
  {
    id: 'unwellChild.fever',
    flag: 'unwellChild',
    urgency: 'urgent111',
    pattern: `${CHILD}(?: (?!(?:no|not|without|denies|nil)(?= ))[^ .]+){0,6}? (?:high )?(?:fever|feverish|temp|temperature|temps|burning up)(?: of (?:3[89]|4[0-9])(?:.[0-9])?)?`,
  },
  {
    id: 'otherEmergency.babyMovements',
    flag: 'otherEmergency',
    urgency: 'urgent111',
    pattern: `(?:baby|babys)(?: ${W}){0,2} (?:not|hasnt|havent|stopped|isnt|has not) (?:been )?(?:moving|moved|kicking|kicked)|(?:not|havent|hasnt|have not) felt (?:the |my |her )?baby (?:move|moving|kick|kicking)|reduced (?:fetal |foetal )?movements?|(?:no|reduced|less|fewer) (?:fm|fms|fetal movements|foetal movements)(?: [^ .]+){0,2}? (?:since|today|for|all)`,
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
      'off (?:his |her |their )?(?:feeds|milk|bottles)(?: [^ .]+){0,3}? fewer wet nappies|(?:not|isnt|hasnt been|wont|refusing to|refuses to|stopped|not been) (?:feeding|feed|taking (?:milk|feeds|bottles?|the breast))(?!(?: (?:the|my|his|her|their|our|them|him|us|me|themselves|herself|himself|myself))(?= ))|(?:no|not had a|not had any|hasnt had a|hasnt had any) wet nappy|(?:dry|no wet) nappies',
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
