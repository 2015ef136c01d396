import type { CrisisRule } from '../../lexicon';
import { crisis, DRUGS, END, OTHER_SELF, PEOPLE, possible, W, WEAPON } from './vocab';

// Rules widened by category, for phrasings the kind files did not reach when new voices were measured
// (new parents, workers, formal writers, dialects, second-language writers). Each rule names a whole
// class of situation, as a crisis line would hear it, not one sentence: a way of bleeding or hanging,
// a prayer not to wake, someone going for a person with a weapon, papers or money taken, an older
// person kept from their family, a secret asked of a child, bleeding that soaks through pads.
//
// The possible tier is used wherever the words could also be said of something ordinary: a direct
// question costs a sentence, a miss can cost a life.

/** Someone the writer knows, by role or by pronoun: "my brother", "her son", "mum", "him". */
const PERSON = `(?:him|her|them|me|us|someone|somebody|(?:my|our|his|her|their|the) (?:${W} )?${PEOPLE}|${PEOPLE}|the (?:fella|bloke|lad|guy|man|woman|neighbour|neighbours|foreman|manager|boss))`;
/** The holder of a weapon: "a", "the", "his", "me" (dialect for "my"). */
const WITH_WEAPON = `(?:with|wi) (?:a|an|the|his|her|my|me|their|some) (?:${W} )?${WEAPON}`;
/** Things that tie, where a rope is not named. */
const TIE = '(?:rope|ropes|strap|straps|tow strap|ratchet strap|belt|belts|cord|scarf|dressing gown cord)';
/** Places in a home that hold a weight. */
const BEAM = '(?:loft|attic|beam|beams|rafters|banister|banisters|bannister|bannisters|stairwell|loft hatch)';

/** Means and methods: ways of bleeding, hanging, a vehicle turned on oneself. */
const MEANS: readonly CrisisRule[] = [
  crisis(
    'categories.bleedOut',
    ['suicidal', 'selfHarm'],
    `(?:how long|how much blood|how quickly|how fast|how to|ways to|(?:quickest|fastest|easiest|best|surest) way to|want to|going to|let myself)(?: ${W}){0,5} (?:bleed out|bleed to death)|bleed (?:myself )?(?:out|dry)(?: ${W}){0,3} (?:from (?:my|your|the) (?:wrist|wrists|arm|neck|leg)|in the bath)`,
    { imminent: true },
  ),
  possible(
    'categories.tieAndBeam',
    ['suicidal'],
    `${TIE} (?:(?:is|s|are|was) )?(?:(?:tied|hanging|hung|ready|up) )?(?:in|up in|from|over|round|around|on|to) (?:the|a|my) ${BEAM}`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.vehicleOnSelf',
    ['suicidal'],
    `(?:how easy|easy|tempted|tempting|want|wanted|urge|thought about|thinking about|keep thinking)(?: ${W}){0,6} (?:turn|turning|swerve|swerving|steer|steering|drive|driving|pull|pulling) (?:the wheel |the car |the van )?(?:into|in to|in front of|under) (?:a |an |the )?(?:lorry|lorries|truck|bus|oncoming traffic|traffic|wall|tree|bridge)`,
  ),
  possible(
    'categories.platformEdge',
    ['suicidal'],
    `(?:leaned|leaning|lean|stepped|step|stood|standing|stand)(?: ${W}){0,3} (?:too far )?(?:over|off|near|on|at|by|close to) (?:the )?(?:platform edge|edge of the platform|yellow line|edge of the roof|roof edge|edge of the cliff)|(?:might|may|wont|will not|would not|wouldnt) (?:not )?step back(?!(?: (?:from|and|to))(?= ))`,
    { question: 'safeNow' },
  ),
];

/** All of a supply, with nothing after it but the end of the clause: "swallowed the lot." */
const THE_LOT = `(?:the lot|the whole lot|all of (?:em|them)|every last one(?: of (?:em|them))?|the whole (?:box|packet|pack|bottle|strip|tub)(?: of (?:them|em|${DRUGS}))?)${END}`;

/** Overdoses, gas and wounds said in everyday words: "swallowed the lot", "blown the flame out". */
const TAKEN: readonly CrisisRule[] = [
  crisis(
    'categories.tookTheLot',
    ['suicidal', 'medicalEmergency'],
    `(?:swallowed|swallowing|necked|downed) ${THE_LOT}|(?:too many|loads|lots|a load|a handful|a few too many) (?:of )?(?:my |me |his |her |the )?(?:${W} )?${DRUGS}(?: ${W}){0,3} on purpose|${DRUGS}(?: ${W}){0,4} (?:with|and) (?:a |the )?(?:whole )?(?:bottle|half a bottle) of (?:${W} )?(?:whisky|whiskey|vodka|gin|rum|wine|red|white|brandy|cider)`,
    { flag: 'overdose', event: true },
  ),
  possible(
    'categories.tookTheLotMaybe',
    ['suicidal', 'medicalEmergency'],
    `(?:taken|took|had) ${THE_LOT}|(?:took|taken|swallowed|necked|downed) all (?:of )?(?:my|me|his|her|the|mums|dads) (?:${W} )?${DRUGS}(?!(?: (?:as|on time|this morning|like|for|with|every|at))(?= ))${END}`,
    { flag: 'overdose', question: 'safeNow' },
  ),
  possible(
    'categories.takenSomething',
    ['suicidal', 'medicalEmergency'],
    `(?:ive|i have|i|just|hes|shes|he has|she has) (?:just )?(?:taken|took|had|swallowed) (?:something|some pills|some tablets|a load of something)(?!(?: for)(?= ))(?: ${W}| ,| \\.){0,6} (?:dont|do not|not|doesnt|isnt) (?:feel|feeling|look|looking|seem) (?:well|right|good|great)`,
    { flag: 'overdose', question: 'safeNow' },
  ),
  crisis(
    'categories.gasUnlit',
    ['suicidal'],
    `gas (?:rings?|fire|oven|hob|cooker|taps?|burners?)(?: ${W}){0,6} (?:without lighting|not lit|unlit|blown (?:the flames? )?out|blew (?:the flames? )?out)|(?:blown|blew|put) (?:the )?(?:flame|flames|pilot light) out(?: ${W}){0,4} (?:gas|fire|oven|hob)|(?:gas|fire|oven|hob)(?: ${W}){0,4} (?:blown|blew) (?:the )?(?:flame|flames|pilot light) out`,
    { imminent: true },
  ),
  crisis(
    'categories.engineGarage',
    ['suicidal', 'medicalEmergency'],
    `engines?(?: is)? (?:running|on)(?: ${W}| ,| \\.){0,6} garage doors?(?: is)? (?:shut|closed|locked|down)|garage doors?(?: is)? (?:shut|closed|locked|down)(?: ${W}| ,| \\.){0,6} engines?(?: is)? (?:running|on)`,
    { flag: 'overdose', imminent: true },
  ),
  crisis(
    'categories.deepWoundSelf',
    ['selfHarm', 'medicalEmergency'],
    `(?:cut|sliced|slashed|stabbed|gashed|put my (?:hand|fist|arm) through)(?: ${W}){0,8} (?:on purpose|myself)(?: ${W}| ,| \\.){0,10} (?:deep|gaping|wont stop|will not stop|cant stop|blood everywhere|glass (?:still )?in|see (?:something white|the bone|bone|fat))|(?:can|could) see (?:something white|the bone|bone|fat)(?: ${W}){0,6} (?:cut|slice|wound|wrist|arm|leg)|(?:cut|slice|wound)(?: ${W}){0,3} (?:is |s )?gaping(?: ${W}| ,| \\.){0,8} (?:myself|on purpose|did it)|(?:did it|done it) myself with (?:a |the |my )?(?:craft knife|knife|razor|blade|scalpel|scissors|glass)`,
    { flag: 'heavyBleeding' },
  ),
  crisis(
    'categories.swallowingObjects',
    ['selfHarm'],
    '(?:swallowing|swallowed|swallow|eating|eat|ate) (?:things i shouldnt|(?:some |a )?(?:batteries|battery|pins|needles|glass|razor blades|blades|screws|nails|magnets|bleach))(?!(?: (?:by (?:accident|mistake)))(?= ))',
  ),
];

/** Passive wishes: praying not to wake, a god asked to take them, the will to live gone. */
const PASSIVE: readonly CrisisRule[] = [
  possible(
    'categories.prayNotToWake',
    ['suicidal'],
    `(?:pray|prays|praying|prayed|hope|hoping|wish|wishing|long|longing)(?: (?:every|each|some|most|many) (?:nights?|days?|mornings?))? (?:that )?(?:i |id |ill |i would |i will |i could )?(?:not to|to not|never to|dont|wont|wouldnt|never|not|will not|would not) (?:wake up|waken|wake)(?!(?: (?:up|early|late|at [0-9]|so early|before|in time|on time|for (?:work|school)|the (?:baby|kids|neighbours|house)))(?= ))|(?:stopped|stop|stopping|no longer) caring (?:if|whether) (?:i|he|she) (?:live|lives|die|dies|wake up|wakes up|am alive|is alive)`,
    { negatable: false },
  ),
  possible(
    'categories.godTakeMe',
    ['suicidal'],
    `(?:wait|waits|waiting|pray|prays|praying|prayed|ask|asks|asking|beg|begging|hope|hoping|ready|want|wants|wish|wishes) (?:for )?(?:god|the lord|jesus|allah|the good lord) (?:to )?(?:take|takes|call|calls|come for) (?:me|her|him|them)`,
    { negatable: false },
  ),
  possible(
    'categories.lostWill',
    ['suicidal'],
    '(?:lost|losing|no|have no|got no|without) (?:the |all |any )?will (?:to|2) (?:live|go on|keep going|carry on|be here|stay alive|fight)',
    { negatable: false },
  ),
  possible(
    'categories.notBeHere',
    ['suicidal'],
    `(?:dont|cant|do not|cannot) see (?:myself|me) (?:still )?(?:being )?(?:here|around|alive)(?: (?:by|at|for|next|in|much|long))?|(?:not sure|dont know if|dont think|doubt) (?:ill|i will|id|i would|i) (?:still be (?:here|around|alive)|be (?:here|around|alive) (?:much longer|for much longer|for long|by (?:christmas|the end|next year|then)))|(?:if|once|when) i (?:just )?(?:stopped|stop) (?:being here|existing|being alive|being around)|if i could(?: ${W}){0,5} (?:not exist|stop existing|just not be|never wake|disappear for good)`,
    { negatable: false },
  ),
  possible(
    'categories.easierToEnd',
    ['suicidal'],
    `(?:(?:easier|better|best|simpler|kinder|cheaper) (?:just )?(?:to|if i) (?:end it|end things|end my life|die|just die|not be here|go now|check out)|end (?:it|things|my life) on my own terms)(?!(?: (?:with|between|off|there|early))(?= ))`,
  ),
  possible(
    'categories.worthMoreDead',
    ['suicidal'],
    `worth more (?:to (?:them|my family|everyone|the family|my kids) )?dead|life (?:insurance|cover|policy)(?: ${W}){0,8} (?:only way|way out|better off|pay out if|pays out if|if i (?:die|died|was gone|wasnt here)|when im gone|clear (?:the|our|my|what))`,
  ),
  possible(
    'categories.givingThingsAway',
    ['suicidal'],
    `(?:giving|gave|given|give) (?:all )?(?:his|her|their|my) (?:things|stuff|belongings|possessions|prized possessions|treasured things) away|(?:giving|gave|given) away (?:all )?(?:his|her|their|my) (?:things|stuff|belongings|possessions)(?!(?: (?:to (?:the )?charity|before (?:the|we|i|he|she) (?:move|moves|moving)))(?= ))`,
  ),
];

/** Harm to others: someone going for a person with a weapon, or fetching one to use. */
const HARM: readonly CrisisRule[] = [
  crisis(
    'categories.goForWithWeapon',
    ['harmToOthers'],
    `(?:went|go|goes|going|gone|came|come|comes|coming|ran|run|lunged|lunges|flew) (?:for|at|after) ${PERSON}(?: ${W}){0,4} ${WITH_WEAPON}|(?:sort|sorting|batter|battering) ${PERSON} (?:out )?${WITH_WEAPON}|(?:do|doing) ${PERSON} in ${WITH_WEAPON}|(?:get|getting|got|fetch|fetching|grab|grabbing|take|taking) (?:his|her|my|the|their|a|me) (?:gun|shotgun|rifle|knife|machete|axe|crossbow|bat) (?:and|to|n) (?:sort ${PERSON} out|sort out ${PERSON}|shoot ${PERSON}|kill ${PERSON}|do ${PERSON} in|go after ${PERSON}|deal with ${PERSON}|finish ${PERSON} off|use it on ${PERSON})`,
    { imminent: true },
  ),
  crisis(
    'categories.waitingWithWeapon',
    ['harmToOthers'],
    `(?:sat|sitting|waited|waiting|stood|standing|parked|hung around|hanging around) (?:outside|near|by|at) (?:his|her|their|my|the) (?:${W} )?(?:house|home|flat|door|work|school|car)(?: ${W}){0,4} ${WITH_WEAPON}`,
    { imminent: true },
  ),
  possible(
    'categories.intrusiveHarm',
    ['harmToOthers'],
    `(?:thoughts|pictures|images|urges|visions|ideas) (?:in my head |keep coming )?(?:of|about) (?:hurting|harming|killing|stabbing|attacking|strangling|drowning|shaking|smothering) (?:people|someone|somebody|others|strangers|the baby|my baby|my (?:${W} )?(?:son|daughter|kids|children|partner|wife|husband|mum|dad|child))|how (?:i|id|i would|i could|ill|i can) get away with (?:it|killing|murder)`,
    { question: 'someoneInDanger' },
  ),
  crisis(
    'categories.doThemselvesIn',
    ['suicidal'],
    `(?:do|doing|done|did) (?:${OTHER_SELF}|hisself|herself) in`,
    { subject: 'someoneElse' },
  ),
];

/** Taking, keeping or hiding what a person lives on or travels with. */
const TAKES =
  '(?:takes|took|taken|take|taking|keeps|kept|hides|hid|hidden|holds|held|controls|control)(?: all)?(?: of)?';
/** Papers, cards and money: never a phone, which a parent may take from a teenager. */
const THINGS = `(?:my|me|our|his|her) (?:passport|passports|documents|papers|visa|id|bank card|bank cards|cards|wages|salary|benefits|pension|money|savings)`;

/** Abuse and neglect: papers and money taken, kept from family, a secret asked of a child. */
const ABUSE: readonly CrisisRule[] = [
  possible(
    'categories.papersTaken',
    ['abuse'],
    `${TAKES} ${THINGS}(?:(?: (?:and|n|,))+ (?:all )?${THINGS})+|${TAKES} ${THINGS} (?:off|from) (?:me|him|her|them)|${TAKES} (?:my|me|his|her) (?:wages|salary|benefits|pension|money) (?:every|each) (?:month|week|payday)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.signOver',
    ['abuse'],
    `(?:got|get|gets|getting|made|make|makes|making|persuaded|pressured|pressuring|forced|forcing|talked|talking|tricked|tricking) (?:him|her|them|me|my ${W}|mum|dad|nan|gran|grandad) (?:in)?to (?:sign|signing) (?:over|away) (?:his|her|their|my|the) (?:house|home|savings|money|property|flat|bungalow)|(?:keeps )?(?:getting|gets|got|making|makes) (?:her|him|them) (?:to )?(?:draw|take|get) (?:out )?(?:cash|money)(?: out)?`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.keptFromFamily',
    ['abuse'],
    `(?:wont|doesnt|dont|will not|does not|never) let (?:any of )?(?:us|anyone|anybody|the family|her family|his family|me|her friends|his friends) (?:visit|see|speak to|talk to|phone|ring|call|near) (?:her|him|them)${END}|(?:keeps|kept|keep|keeping) (?:him|her|them) locked (?:in|up)(?: in)? (?:his|her|their|the) (?:room|bedroom|house|flat|home)`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.unexplainedInjuries',
    ['abuse'],
    `(?:bruises|bruising|marks|burns|cuts|injuries)(?: ${W}){0,6} (?:that )?(?:nobody|no one|noone|they|the staff|the home|the carers?|he|she) (?:could|can|would|will|wont|cant|couldnt|wouldnt) explain|unexplained (?:bruises|bruising|marks|burns|injuries)`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.secretWithChild',
    ['abuse'],
    `(?:man|men|adult|adults|stranger|guy|bloke|teacher|coach|older (?:man|boy|guy|lad)|someone (?:online|on (?:a|the) ${W})|[0-9]+ year old (?:man|guy|bloke))(?: ${W}){0,14} (?:keep (?:it |this |them |things )?(?:a |our |their )?secret|keep (?:it|this) (?:between (?:them|us)|to (?:herself|himself))|(?:not|never) (?:to )?tell (?:her |his |their )?(?:mum|mom|mam|dad|parents|anyone|anybody))|(?:move|moving|switch|switching) (?:the |their |our )?(?:chat|chats|conversation|conversations|talking|messages|messaging) (?:to|onto|over to|on to) (?:a |another |some )?(?:private|secret|different|other|encrypted) (?:app|chat|platform|server|account|site)`,
    { question: 'someoneInDanger' },
  ),
  crisis(
    'categories.blockedIn',
    ['abuse'],
    `(?:blocks|blocked|blocking|stands in|stood in|stand in|stands in front of|stood in front of) (?:the |my )?(?:door|doorway|exit|way out|front door)(?: ${W}){0,4} (?:so (?:i|we)|and (?:i|we)|(?:i|we)) (?:cant|couldnt|cannot|can not) (?:get out|leave|go|escape)`,
  ),
];

/** Medical emergencies typed into chat in everyday words. */
const MEDICAL: readonly CrisisRule[] = [
  crisis(
    'categories.soakingPads',
    ['medicalEmergency'],
    `(?:soaking|soaked|soak|filling|filled|going) through (?:a |the )?(?:pad|pads|towel|towels|sanitary)(?: ${W}){0,2} (?:every|each|in|within)(?: (?:[0-9]+|an|one|half an|half|a|couple of))? (?:min|mins|minutes|hour|hours|hr|hrs)`,
    { flag: 'heavyBleeding' },
  ),
  possible(
    'categories.pillsTakenDrowsy',
    ['suicidal', 'medicalEmergency'],
    `(?:took|taken|swallowed|had|eat|ate|eaten|necked) (?:all|most|loads|lots|a lot|some|half) (?:of )?(?:my |the |his |her |their |mums |dads |[a-z]+s )?${DRUGS}(?: ${W}| ,| \\.){0,14} (?:sleepy|drowsy|dizzy|woozy|spaced out|cant stay awake|feel weird|feel strange|feel funny|feel sick|being sick)`,
    { flag: 'overdose', event: true, question: 'safeNow' },
  ),
];

export const CATEGORIES: readonly CrisisRule[] = [
  ...MEANS,
  ...TAKEN,
  ...PASSIVE,
  ...HARM,
  ...ABUSE,
  ...MEDICAL,
];
