import type { CrisisRule } from '../../lexicon';
import {
  A_DAY,
  CHILD,
  crisis,
  DRUGS,
  END,
  medical,
  OTHER_SELF,
  PEOPLE,
  PLACE,
  possible,
  SPIRITS,
  W,
  WEAPON,
} from './vocab';

// Rules widened by category, for phrasings the kind files did not reach when new voices were measured
// (new parents, workers, formal writers, dialects, second-language writers). Each rule names a whole
// class of situation, as a crisis line would hear it, not one sentence: a way of bleeding or hanging,
// a prayer not to wake, someone going for a person with a weapon, papers or money taken, an older
// person kept from their family, a secret asked of a child, bleeding that soaks through pads.
// Widened again for the classes the later voices (older people, veterans, farmers, carers, dialects,
// text-speak, second-language writers) showed: passive wishes said briefly ("no point any more",
// "time to go", "a burden long enough"), means held ready (a gun loaded, pills put by), signs of a
// plan (farewell letters, a dose asked about), self-harm in short forms ("cut me again"), control
// (keys, money, fare or papers withheld, not seeing the doctor alone, forced marriage, work for no
// pay), a carer who hurts or neglects, a child asked to meet or to carry for a gang, abuse in the home
// in other words (pinned to a wall, hit with a belt, children left alone, afraid to go home to him),
// harm to others in everyday words ("taking us both", "scared of what I might do"), harm heard from
// outside (screaming and crashing next door), and emergencies in everyday words (on the floor and
// cannot get up, a child who drank bleach).
//
// The possible tier is used wherever the words could also be said of something ordinary: a direct
// question costs a sentence, a miss can cost a life.

/** Someone the writer knows, by role or by pronoun: "my brother", "her son", "mum", "him". */
const PERSON = `(?:him|her|them|me|us|someone|somebody|(?:my|our|his|her|their|the) (?:${W} )?${PEOPLE}|${PEOPLE}|the (?:fella|bloke|lad|guy|man|woman|neighbour|neighbours|foreman|manager|boss))`;
/** The holder of a weapon: "a", "the", "his", "me" (dialect for "my"). */
const WITH_WEAPON = `(?:with|wi) (?:a|an|the|his|her|my|me|their|some) (?:${W} )?${WEAPON}`;
/** Things that tie, where a rope is not named. */
const TIE = '(?:rope|ropes|strap|straps|tow strap|ratchet strap|belt|belts|cord|scarf|dressing gown cord)';
/** Words of a death, for a wish to be with the person who died. */
const A_DEATH =
  '(?:died|dead|passed|passed away|lost|death|funeral|grave|heaven|miscarriage|stillborn|crash|since (?:mum|dad|my mum|my dad|his wife|her husband) went)';
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
    `(?:how easy|easy|tempted|tempting|want|wanted|urge|thought about|thinking about|keep thinking|going to|gonna|says (?:hes|he s|he is|shes|she s|she is) going to|threatening to)(?: ${W}){0,6} (?:turn|turning|swerve|swerving|steer|steering|drive|driving|pull|pulling) (?:the wheel |the car |the van )?(?:into|in to|in front of|under) (?:the back of )?(?:a |an |the )?(?:lorry|lorries|truck|bus|oncoming traffic|traffic|wall|tree|bridge|something|anything|the sea|the river|the quarry)|(?:think|thinking|thought|tempted|want)(?: ${W}){0,2} (?:about )?(?:just )?not (?:turning|to turn|steering|to steer) the wheel|(?:think|thinking|thought|tempted|want)(?: ${W}){0,3} (?:about )?(?:just )?(?:letting|let) go of the (?:steering )?wheel|(?:think|thinking|thought|tempted|want)(?: ${W}){0,3} (?:about )?(?:just )?not (?:braking|slowing down|stopping)(?: ${W}){0,4} (?:at the back of|into|behind) (?:a |an |the )?(?:queue|lorry|lorries|wall|bridge|traffic|tailback)|(?:thinking|thought|think) about (?:just )?driving (?:in|off the edge|off)(?= *$| [.,~!])|(?:just )?keep driving and (?:never|not) (?:stop|stopping|come back)|(?:motorway|dual carriageway|lorry|lorries|bridge)(?: ${W}| ,){0,10} (?:just )?turn (?:the )?wheel(?= *$| [.,~!])`,
  ),
  possible(
    'categories.platformEdge',
    ['suicidal'],
    `(?:leaned|leaning|lean|stepped|step|stood|standing|stand|ending up|end up|ended up)(?: ${W}){0,3} (?:too far )?(?:over|off|near|on|at|by|close to) (?:the )?(?:platform edge|edge of the platform|yellow line|edge of the roof|roof edge|edge of the cliff|edge of the quarry|top (?:floor|level|deck) of (?:the )?(?:multistorey|multi storey|car park))|(?:might|may|wont|will not|would not|wouldnt) (?:not )?step back(?!(?: (?:from|and|to))(?= ))|(?:stand|stood|standing|sit|sat|sitting|wait|waiting) (?:near|by|at|next to|beside) (?:the )?(?:train line|railway line|railway|tracks|train tracks|rail line)(?: ${W}){0,3} (?:for (?:a )?(?:long time|hours|ages)|and (?:just )?(?:think|thinking|stare|staring|wait|waiting))`,
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
    `(?:swallowed|swallowing|necked|downed) ${THE_LOT}|(?:ive|i ve|i have|just) (?:taken|took|swallowed) (?:some|a few|a lot of|loads of|a load of|a handful of|lots of) (?:${W} )?${DRUGS}(?: ,)? (?:(?:im )?not sure|dont know|don t know|cant remember|lost count of|no idea) how many(?= *$| [.,~!])|(?<=(?:sorry|goodbye|bye|love you|forgive me)(?: ${W}| ,| \\.){1,8} )(?:pills|tablets|the lot) (?:taken|gone|swallowed|done)(?= *$| [.,~!])|(?:taken|took|swallowed) all (?:of )?(?:the |my |his |her )?(?:${W} )?(?:${DRUGS}|tablets) in (?:my |his |her |the )?(?:dosette|nomad|blister pack|pill organiser|pill box|pillbox)(?: box)?|(?:too many|loads|lots|a load|a handful|a few too many) (?:of )?(?:my |me |his |her |the )?(?:${W} )?${DRUGS}(?: ${W}){0,3} on purpose|${DRUGS}(?: ${W}){0,4} (?:with|and) (?:a |the )?(?:whole )?(?:bottle|half a bottle) of (?:${W} )?(?:whisky|whiskey|vodka|gin|rum|wine|red|white|brandy|cider)`,
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
    `engines?(?: is)? (?:running|on)(?: ${W}| ,| \\.){0,6} garage(?: doors?)?(?: is)? (?:shut|closed|locked|down)|garage(?: doors?)?(?: is)? (?:shut|closed|locked|down)(?: ${W}| ,| \\.){0,6} engines?(?: is)? (?:running|on)|engines?(?: is)? running(?: ${W}| ,| \\.){0,6} (?:a )?(?:pipe|hose|hosepipe|tube) (?:through|in|into) the (?:car )?window|(?:pipe|hose|hosepipe|tube) (?:through|in|into) the (?:car )?window(?: ${W}| ,| \\.){0,6} engines?(?: is)? running`,
    { flag: 'overdose', imminent: true },
  ),
  crisis(
    'categories.deepWoundSelf',
    ['selfHarm', 'medicalEmergency'],
    `(?:cut|sliced|slashed|stabbed|gashed|put my (?:hand|fist|arm) through)(?: ${W}){0,8} (?:on purpose|myself)(?: ${W}| ,| \\.){0,10} (?:deep|gaping|wont stop|will not stop|cant stop|blood everywhere|glass (?:still )?in|see (?:something white|the bone|bone|fat))|(?:can|could) see (?:something white|the bone|bone|fat)(?: ${W}){0,6} (?:cut|slice|wound|wrist|arm|leg)|(?:cut|slice|wound)(?: ${W}){0,3} (?:is |s )?gaping(?: ${W}| ,| \\.){0,8} (?:myself|on purpose|did it)|(?:did it|done it) myself with (?:a |the |my )?(?:craft knife|knife|razor|blade|scalpel|scissors|glass)|(?:did|done) it so deep(?: ${W}){0,2} (?:its |it s |it is )?(?:gaping|wont stop|won t stop|still bleeding)`,
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
    `(?:wait|waits|waiting|pray|prays|praying|prayed|ask|asks|asking|beg|begging|hope|hoping|ready|want|wants|wish|wishes) (?:for )?(?:god|the lord|jesus|allah|the good lord) (?:to )?(?:take|takes|call|calls|come for) (?:me|her|him|them)|(?:pray|prays|praying|prayed|ask|asks|asking|asked|beg|begging|begged) (?:god|the lord|jesus|allah|the good lord) (?:to )?(?:just )?(?:let (?:it|this|it all|all this) (?:be over|end)|let me (?:go|die|not wake(?: up)?))`,
    { negatable: false },
  ),
  possible(
    'categories.lostWill',
    ['suicidal'],
    '(?:lost|losing|no|have no|got no|without|not even) (?:the |all |any )?will (?:to|2) (?:live|go on|keep going|carry on|be here|stay alive|fight)',
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
    `(?:giving|gave|given|give) (?:all )?(?:his|her|their|my|me) (?:things|stuff|belongings|possessions|prized possessions|treasured things|bits|bits and bobs) away|(?:giving|gave|given) away (?:all )?(?:his|her|their|my) (?:things|stuff|belongings|possessions)(?!(?: (?:to (?:the )?charity|before (?:the|we|i|he|she) (?:move|moves|moving)|(?:hes|he s|shes|she s|theyre|they re|were|we re|im|i m) (?:downsizing|moving|emigrating|decluttering)))(?= ))`,
  ),
];

/**
 * The clause ends here: end of the message, a comma or a full stop, "and" or "but", or a word of
 * text-speak or address that adds nothing ("fr", "tbh", "hen", "pet").
 */
const STOP =
  '(?= *$| [.,~]| (?:and|but|fr|tbh|ngl|honestly|tho|though|lol|x+|hen|pet|la|mate|anyway|full stop)(?= ))';
/** A family member or a dependant, as the one doing or suffering it: "my son", "mums", "nan". */
const KIN = `(?:(?:my|me|our|his|her|their) (?:${W} )?${PEOPLE}|${PEOPLE}|(?:mums|mams|dads|nans|grans|grandads|grandmas|wifes|husbands|partners|sons|daughters))`;
/** Guns and blades that a person may keep at home. */
const FIREARM =
  '(?:gun|guns|shotgun|shotguns|rifle|rifles|pistol|revolver|service pistol|air rifle|crossbow)';
/** Someone paid to look after a person, or the staff of a home. */
const CARER =
  '(?:carer|carers|care worker|care workers|support worker|support workers|staff|home workers?|care staff|the home|the nurse|nurses|helper|pa)';

/**
 * Passive wishes said briefly: no point any more, tired of existing, wanting to vanish for good, a
 * burden long enough, the last of everything, not making it to an event far off. Ordinary words too
 * ("no point asking the council"), so a check question.
 */
const BRIEF: readonly CrisisRule[] = [
  possible(
    'categories.noPointAnyMore',
    ['suicidal'],
    `(?:no|not any|isnt any|is no|see no|dont see the|cant see the|dont see any) point (?:in )?me (?:living|being (?:here|alive|around)|wakin up|waking up|going on|carrying on)|(?:no|not any|isnt any|is no|see no|dont see the|cant see the|dont see any) point(?: (?:any more|no more|now|left))?(?: (?:in )?(?:me )?(?:being (?:here|alive|around)|living|going on|carrying on|(?:waking|wakin) up(?: (?:the morra|tomorrow|in the morning))?|sticking around|stickin around|to me|of me|in me|me being (?:here|alive)|me living|me waking up|going on (?:now|like this|without (?:her|him|them))))?${STOP}|(?:what is|whats|what s) the (?:use|point) (?:of|in) me(?: (?:being (?:here|alive)|living))?${STOP}|(?:dont|do not|cant|no) see (?:why|the reason) (?:im|i am|i should be|to be) still (?:here|alive|bothering|going|around)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.tiredOfExisting',
    ['suicidal'],
    `(?:tired|sick|weary|exhausted|done) (?:of|with|wi|w|for|to be) (?:existing|being alive|alive|living|life|being here|it all|everything|this life|being the (?:${W} )?(?:burden|problem|embarrassment|disappointment))${STOP}|(?:tired|sick|weary) of fighting(?: (?:it|this|any more))?${STOP}|(?:life|my life) (?:is|s) (?:finish|finished|over|done) (?:for me)?${STOP}|(?:dont|do not|doesnt) deserve to (?:be here|be alive|live|exist|breathe)${STOP}|(?:dunno|dont know|not sure) why (?:im|i am|i) (?:still )?(?:bothering|here|alive|trying|going on)${STOP}|(?:hasnt|havent|has not|have not|not) seen the point(?: (?:of|in) (?:anything|living|life|going on))?(?: for (?:months|weeks|ages|a while|a long time))?${STOP}|(?:cant|cannot) be (?:arsed|bothered) (?:with|wi|w) (?:life|living)(?: any more)?${STOP}|done (?:with|wi|w) life(?= like )|(?:im|i am|i feel like) (?:a |just a |such a )?lost cause${STOP}|why (?:do|should|would) i (?:even )?bother (?:waking up|getting up|living|going on|carrying on)|(?<=^ )(?:done|finished)(?: \\.| ,)? (?:bye|goodbye)${STOP}|(?:no|not a|dont think (?:theres|there is) a) place for (?:someone like |people like )?me (?:in this world|on this earth|anywhere|in the world)|(?:so|im|just|proper|fair|all|nearly|pretty much|totally) done(?: (?:now|here|now then))?(?: \\.| ,)? (?:bye|goodbye|ta ra|night all)|(?:nearly|almost) done${STOP}(?<=(?:tired|burden|embarrassment|disappointment|sick|end|alone)[^~]{0,60})`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.disappearForGood',
    ['suicidal'],
    `(?:disappear|vanish|go away|be gone|sleep|go to sleep|stop|leave|check out|bow out|stand down|sign off|clock off|switch off|stop it all|make it stop)(?: (?:it all|all this|everything|myself|me|away))? (?:for good|forever|for ever|permanently|for always|4ever|4 ever)${STOP}|(?:want|wanna|ready|time|need|going|about) to (?:stop|end)(?: \\.| ,)? (?:all of it|all this|everything|the lot|it all)${STOP}`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.letGo',
    ['suicidal'],
    `(?:should|could|might|want to|ready to|going to|time to|just|maybe i should) (?:just )?(?:let go|let myself go|give up on (?:life|living|everything|it all|me))${STOP}|(?:good innings|done my bit|done my time|served enough of it|served my time)(?: \\.| ,)? (?:time to (?:go|stand down|stop|call it a day)|ready to go|im ready|nothing left)|(?:done soldiering on|done fighting|no fight left(?: in me)?)${STOP}`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.burdenLongEnough',
    ['suicidal'],
    `(?:been|being|am|im|be) (?:a |the )?(?:burden|bother|trouble|nuisance|drain)(?: (?:on|to) (?:${W} ){0,2}${W})? (?:long enough|for too long|too long|for long enough|much longer|any longer|for much longer)|(?:wont|will not|shant|shall not) (?:be )?(?:a )?(?:burden|bother|trouble) (?:to (?:${W} ){0,2}${W} )?(?:much longer|for much longer|for long|any more|any longer)|(?:shall not|shant|wont|will not) (?:trouble|bother) (?:you|him|her|them|anyone) any (?:more|longer)|one less (?:on your list|to worry about|mouth to feed|problem for (?:you|everyone))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.lastEverything',
    ['suicidal'],
    `last (?:everything|of everything|message from me|time youll hear from me|post from me)${STOP}|(?:you lot |you |they |nobody )?(?:wont|will not|will never|never) (?:see|hear from) me again${STOP}|(?:bye|goodbye|farewell) (?:everyone|everybody|all|forever|for ever|for good)${STOP}|(?:said|saying|says|say) (?:my|her|his|their|our) goodbyes${STOP}|(?:said|saying|text|texted|sent) (?:my ${W} |him |her |them )?goodbye (?:forever|for ever|for good)|(?:said|saying|says) goodbye(?: ${W}){0,5} (?:for ever|forever|for good|for the last time)|(?:the )?lord (?:takes|take|would take|will take|to take) me in my sleep|(?:ask|asks|asking|asked|pray|praying|prayed|beg|begging) (?:god|the lord|jesus|allah) (?:each night |every night )?(?:not to let (?:me|her|him) wake(?: up)?|to let (?:me|her|him) not wake)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.notMakeItTo',
    ['suicidal'],
    `(?:wont|will not|dont think ill|dont think i will|not sure ill|not sure i will|doubt ill|doubt i will|i wont|may not|might not) (?:make it|last|live|see|be (?:here|around|alive)) (?:to|till|until|for|through|past|beyond)? ?(?:(?:the|this|next|my) )?(?:christmas|remembrance|remembrance sunday|pride|easter|new year|birthday|next birthday|the spring|spring|summer|the summer|autumn|winter|lambing|harvest|next one|next year|end of the year|results|anniversary|my birthday)(?: ${W}){0,2}(?: \\.| ,)?(?: or (?:to )?(?:anything|anywhere))?${STOP}|(?:wont|will not|shant|shall not) be (?:here|around) (?:after that|after (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|the [0-9]+(?:st|nd|rd|th)?|this week|this weekend)) anyway|(?:shant|shall not) be here${STOP}|(?:wont|will not) be (?:here|around) anyway${STOP}|(?:wont|will not|shant) (?:need|be needing) (?:the|any|any more|my) appointments?(?: ${W}| ,| \\.){0,6} (?:sorted it|shant be here|wont be here|not be here|taken care of it|dealt with it)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.wantToJoinThem',
    ['suicidal'],
    `(?:want|wanna|like|would like|going|thinking|think ill|thinking ill|thinking id|ready|long|how to|out how to) (?:to |of |about )?(?:just )?(?:go and |go to )?(?:join|be with|get to) (?:her|him|them|my (?:late )?${W}(?: ${W})?)(?: (?:in heaven|up there|again|now|soon|sooner|tonight))?${STOP}(?<=(?:died|passed|gone|lost|late|buried|funeral|heaven|grave|death|widow|widowed|miss (?:her|him))[^~]{0,160})|(?:want|wanna|would like|long) to (?:go to heaven|go home to the lord|go home to god|be in heaven)|(?:take|taking|swallow) (?:all of them|them all|all (?:of )?(?:his|her|the) ${DRUGS})(?: and)? go to (?:him|her|them)(?<=(?:died|dead|passed|killed|late|funeral|grave)[^~]{0,160})`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.notWantingToContinue',
    ['suicidal'],
    `(?:not wanting|dont want|do not want|dont wanna|no wish|have no wish|no desire|not want) to (?:continue|go on|carry on|keep going|exist|wake|wake up|wake in the morning|be alive|come out the other side|come back from this)(?!(?: (?:with|the|this|that|at|in|on|to|my|going|doing|paying|working|for|like|as|a|an|and|till|until|from))(?= ))|(?:might|may) not come back from (?:this|this one|it)${STOP}(?<!(?:holiday|trip|walk|run|ride|hike|festival)[^~]{0,40})|(?:keep|carry on|go on) drinking (?:till|until|til) i (?:dont|do not|never) wake`,
    { question: 'endingLife' },
  ),
];

/** Means held ready: a gun loaded or found, pills saved up, a weapon kept and thought about. */
const READY: readonly CrisisRule[] = [
  possible(
    'categories.gunReady',
    ['suicidal'],
    `${FIREARM}(?: is| s| are)? (?:loaded|cleaned and loaded|out of the cabinet|down from the loft|on the table|on my lap|in my lap)${STOP}|(?:found|got out|getting out|taken out|took out|fetched|brought down|cleaning|been cleaning|loading|loaded) (?:the |my |his |her |dads |me dads |grandads |an |a )?(?:old |late ${W}s )?${FIREARM}(?: (?:a lot|again|tonight))?(?: \\.| ,)? (?:thinking|just thinking|wondering)|(?:been cleaning|keep cleaning|cleaning) (?:the |my |his )?${FIREARM} a lot|(?:the |my )?${FIREARM} (?:cabinet|cabinets|cupboard)?(?: s| is)? (?:looking like|looks like|seems like) (?:the only|my only|a) way out`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.pillsSaved',
    ['suicidal'],
    `(?:${DRUGS}|them|enough) (?:are |all |is )?(?:all )?(?:saved|stockpiled|put by|put aside|hoarded|stashed|squirrelled away|lined up|counted out)(?: up)?(?!(?: (?:for (?:the|my|a) (?:holiday|trip|flight)))(?= ))|(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|putting by|keeping hold of|kept hold of) (?:up )?(?:all )?(?:(?:my|his|her|the|me|their) )?(?:${W}s )?(?:old |late ${W}s )?(?:${W} )?${DRUGS}|(?:packets|boxes|blister packs|${DRUGS}) (?:are )?all (?:open|opened|out|laid out|popped out)(?: in front of me| on the (?:table|bed|floor))?|(?:keeping|kept|saving|saved) (?:them|${DRUGS}) (?:rather than|instead of) taking (?:them|it)|${DRUGS} (?:are |is )?(?:all )?(?:ready|redy)(?: now)?${STOP}`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.meansThoughtAbout',
    ['suicidal'],
    `(?:have|got|kept|keep|still have|ive still got|still got|found|bought|buy|sitting with|sat with|looking at|staring at|holding) (?:${W} ){0,4}(?:${FIREARM}|bayonet|blade|blades|razor|rope|morphine|${DRUGS}|rat poison|poison|knives)(?: ${W}| ,){0,10} (?:(?:thinking|thought|think) about (?:it|them|using it|using them|it for me)|wondering(?= *$| [.,~!])|for a reason(?= *$| [.,~!]))|(?:know|knows) where (?:he|she|they|${KIN}) (?:keeps|keep|hides|hide|put|puts) (?:the|his|her|their) (?:rat poison|poison|${FIREARM}|${DRUGS}|pills|tablets)`,
    { question: 'safeNow' },
  ),
];

/** Self-harm in short and dialect forms: "cut me again", "cut tonight", "when I drink I cut". */
const SELF_HARM_SHORT: readonly CrisisRule[] = [
  crisis(
    'categories.cutShort',
    ['selfHarm'],
    `(?:i|ive|i have|been|started|keep|still|now|yeah i|when i ${W} i) (?:cut|cutting|cuting|cuttin) (?:me|ma|mesel|meself) (?:again|arms?|legs?|wrists?|thighs?|skin)|(?:(?:i|yeah i|i still|still i|when i ${W} i) cut|(?:i|ive|i have|been|now|still|im|started|keep) (?:cutting|cuttin))(?: (?:again|too|tonight|today|last night|most nights|every night))?(?= *$| [.,~]| (?:so|and|after|when|because|to|till|until|again|too|tonight|most|every)(?= ))|(?<=^ )(?:cut|cutting)(?: again)? (?:tonight|today|last night|again|after)(?= *$| [.,~]| (?:the|a|my|i|it|bad)(?= ))|when i (?:drink|drank|am drunk|get drunk|am low|get low|feel like this|am upset|get upset) i (?:cut|burn|hurt myself)${STOP}|(?:relapsed|relapse)(?: ${W}| \\.| ,){0,3} (?:razor|blade|blades|cut|cutting|self harm)${STOP}`,
  ),
  possible(
    'categories.burnWith',
    ['selfHarm'],
    `(?:burning|burnin|burned|burnt|burn) (?:my|ma|me|her|his) (?:own )?(?:arms?|legs?|wrists?|skin|hands?|thighs?|stomach)(?: ${W}){0,2} (?:with|wi) (?:a |an |the |my |me |ma |her |his )?(?:lighter|lighters|iron|cigarettes?|fags?|straighteners|hair straighteners|matches|lit match|hot (?:spoon|knife|metal|water|iron)|candle)(?!(?: (?:by accident|accidentally|while|when|doing|ironing))(?= ))|(?:burns|burned|burnt|burning) (?:herself|himself|myself|meself) (?:with|wi) (?:a |an |the |her |his |my )?(?:lighter|iron|cigarettes?|straighteners|hair straighteners|matches)(?!(?: (?:by accident|accidentally|while|when|doing|ironing))(?= ))`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.cutsNotHeal',
    ['selfHarm'],
    `(?:picking|pickin|pick|opening|reopening|re opening|open) (?:at )?(?:the |my |me )?(?:cuts|scabs|wounds|scars) (?:up )?(?:so|to make sure|because i want) (?:they|them) (?:dont|do not|wont|will not|never) heal|(?:cut|cutting|cut marks|fresh cuts|cuts)(?: ${W}){0,3} (?:on|all over) (?:(?:her|his|their|my) )?(?:arms|legs|wrists|thighs|forearm|forearms)(?<=(?:pupil|daughter|son|child|teen|teenager|student|girl|boy|sister|brother)[^~]{0,80})`,
    { question: 'safeNow' },
  ),
];

/** What a person needs to leave or live: keys, money, fare, cards, a phone charger. */
const MEANS_OUT =
  '(?:car keys|the keys|my keys|keys|money|any money|my own money|my own savings|my savings|savings|bus fare|money for the bus|a phone|my phone|bank card|bank cards|the bank cards|phone charger)';
/** Papers a person travels or works with. */
const PAPERS =
  '(?:passport|passports|papers|documents|visa|id|id card|brp|residence permit|kids passports|childrens passports)';
/** Who holds someone's papers or money: an employer, an agency, the family. */
const HOLDER = `(?:boss|employer|agency|agent|gangmaster|landlord|family|parents|they|he|she|hes|shes|theyve|theyre|${KIN}|the man|the woman|the people)`;

/**
 * Abuse by control: money, keys, fare or papers withheld, not allowed to see the doctor alone or see
 * friends, forced marriage, work for no pay, threats if they tell, a tracker, a carer or staff who hurt
 * or neglect a dependent person, a child asked to meet, send pictures or keep a secret, a child made to
 * carry for a gang.
 */
const CONTROL: readonly CrisisRule[] = [
  possible(
    'categories.notAllowedMeans',
    ['abuse'],
    `(?:not|never|isnt|arent) (?:allowed|let have|let) (?:any )?(?:money|my own money|money for the bus|bus fare|the car keys|my keys|a phone|my phone|visitors|to see (?:my )?(?:friends|family|visitors|anyone)|to see (?:the|a) (?:doctor|gp|nurse) (?:alone|on my own|without (?:him|her|them)))|(?:wont|doesnt|will not|does not|never) let (?:me|her|him|us) (?:have|at|near|use|touch|keep|see) (?:the |my |his |her |any |our )?(?:own )?${MEANS_OUT}|(?:took|takes|taken|has taken|hides|hid|hidden|keeps|kept) (?:the |my |me |our )?(?:car keys|keys|phone charger)(?: and (?:the |my |me )?(?:phone|phone charger|car keys|money|bank cards?))?(?: off me| from me)? (?:again|so (?:i|we) cant|and (?:im|i am|were|we are) stuck|and says (?:i|im)|and wont give)|(?:has|got|s got|have|took|takes|holds|controls) (?:all )?(?:the|my|me|our) (?:bank cards|cards|bank card|money)(?: \\.| ,| and)? (?:im|i am|i get|i dont get|i do not get) (?:not allowed|no money|nothing|no food)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.papersHeld',
    ['abuse'],
    `${HOLDER}(?: ${W}){0,3} (?:holds|held|keeps|kept|took|taken|takes|take|hides|hid|has taken|have taken|has got|have got|ve got|s got|got|has|have|keep) (?:all )?(?:my|me|her|his|their|our|the kids|the childrens|my kids) ${PAPERS}(?!(?: (?:to (?:check|copy|scan|renew|post|send)|for (?:the|a|my) (?:flight|holiday|trip|renewal|form|application)|in (?:the|a|her|his) (?:bag|drawer|safe)))(?= ))|(?:my|her|his|our) ${PAPERS} (?:is|are) (?:with|at) (?:my|her|his|the|our) (?:boss|employer|agency|agent|landlord|husband|wife|partner|family|parents)|(?:he|she|they|boss|employer|${KIN}) (?:keep|keeps|kept|take|takes|took|holds) (?:all )?(?:my|her|his) (?:money|wages|pay|earnings|benefits)${STOP}|(?:have to|must|made me|makes me|got to|has to) give (?:him|her|them) (?:my |her |his )?(?:bank card|bank cards|card|pin|pin number|money|benefits|pension|wages)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.workNoPay',
    ['abuse'],
    `(?:work|works|working|worked)(?: ${W}){0,4} (?:no pay|without pay|for no pay|for nothing|unpaid)(?: ${W}){0,4} (?:pay back|paying back|debt|owe|flight|travel|sleep|live|lives|living)|(?:no pay|without pay|for nothing) to pay (?:back|off) (?:the|my|a) (?:debt|flight|travel|loan)|(?:must|have to|got to|has to) pay (?:the |a |my )?debt before (?:i|we|he|she|they) (?:can|could) (?:go|leave)|says (?:i|we|he|she) (?:owe|owes) (?:him|them|her) for (?:the )?(?:gear|flight|travel|rent|drugs|weed|bringing)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.forcedMarriage',
    ['abuse'],
    `(?:forced|forcing|force|make|making|made|pressuring|pressured) (?:me|her|him|them) (?:to |into )?(?:marry|marrying|get married|getting married)|(?:being|been|getting) (?:made|forced|pressured|pressurised) (?:to |into )?(?:marry|get married)|(?<!(?:happy|pleased|excited|delighted|looking forward to)(?: [a-z]+){0,3} )(?:arranging|arranged|arrange|planning|fixed) (?:a |my |her |his )?marriage (?:for (?:me|her|him) )?(?:abroad|back home|overseas|over there|in (?:${W})|this summer|when (?:i|she|he) (?:turn|turns)|without)|if (?:i|she|he) (?:dont|doesnt|wont|will not|refuse to|refuses to) marry|marry (?:who|whoever|the man|the one) (?:they|he|she|my ${W}) (?:pick|picks|choose|chooses|want|wants|chose|picked)|(?:taking|take|takes|sending|send|sends|booked|booking) (?:me|her|him)(?: ${W}| .| ,){0,8} (?:to get (?:me|her|him) married|to (?:be|get) married|to marry)|(?:being|be|get|getting) married off|(?:take|taking|takes) (?:her|him|my daughter|my son|our daughter) to ${W}(?: ${W}| ,){0,6} (?:for|to) (?:a )?visit(?: ${W}| ,| \\.){0,16} (?:her|his) (?:wedding|marriage)|(?:not sure|dont think|don t think) i (?:get|have|got) (?:a|any) say(?: in it)?(?<=(?:marriage|marry|married|boy from back home|girl from back home|rishta|proposal)(?: ${W}| .| ,){1,24})`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.notAlone',
    ['abuse'],
    `(?:not (?:to|allowed to|meant to|supposed to)|cant|mustnt|must not|never) (?:speak|talk|see|go) (?:to )?(?:the |a |my )?(?:doctor|gp|nurse|anyone|anybody|people|a doctor) (?:alone|on my own|by myself|without (?:him|her|them)(?: (?:in the room|there|present))?)|(?:gets|goes|is|becomes|kicks off|sulks|angry|mad|weird|funny|nasty|jealous)(?: ${W}){0,3} (?:if|when|whenever|every time) i (?:see|go out with|meet|talk to|text|ring|phone|visit) (?:my )?(?:friends|mates|family|mum|mam|sister|brother|parents)|(?:put|puts|fitted|has) (?:a )?(?:tracker|tracking device|tracking app) (?:on|in) (?:my|the|me) (?:car|phone)|(?:he|she|they) (?:counts|times|checks) my (?:footsteps|steps|every move|phone at|messages every|texts every)|(?:not meant|not supposed|not allowed) to be (?:typing|writing|messaging|on the phone|talking to you)(?: this)?${STOP}|(?:he|she|they) (?:cant|cannot|must not|mustnt) (?:know|find out) (?:i|ive|im) (?:talked|spoke|spoken|been talking|messaged|written) to you|(?:dont|do not|not|never) (?:feel )?safe (?:going|to go|goin) (?:back )?home|(?:if|whether) (?:im|i am|i feel|i would be|id be|ill be) safe (?:at home|going home|to go home)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.threatIfTell',
    ['abuse'],
    `if (?:i|she|he|we|you) (?:ever )?(?:tell|tells|told|say|complain|complains|go to|goes to|went to|leave|leaves|left|report|reports|speak|speaks|talk|talks|make (?:a )?(?:problem|problems|trouble))(?: ${W}){0,5} (?:hell|shell|theyll|he will|she will|they will|ill|id|ill be|he would|hed|theyd|i will be|i would be|(?:the )?police will) (?:arrest (?:me|her|him|us)|tell (?:the )?home office|put (?:me|her|him) in a home|(?:have|get|got) (?:me|her|him) put in a home|hurt|kill|take the (?:kids|children|baby)|take (?:my|the|our) (?:kids|children|baby)|stop coming(?= and (?:youll|you ll|you will) be on your own)|send (?:me|her|him) back|throw (?:me|her|him) out|be out on the street|be deported|get deported|deport|report (?:me|her|him)|tell (?:social services|everyone|my (?:wife|husband|family)))|(?:says|said|tells|told|say)(?: me)? (?:i|ill|id|im|she|he)(?:ll| will| would)? (?:be|get) (?:out on the street|deported|put in a home|sent back)(?: ${W}){0,3} if (?:i|she|he|we) (?:complain|tell|go|leave|say|make|speak|talk)|(?:report|reports|tell|tells) (?:(?:me|us|her|him) to )?(?:the )?(?:sponsor|home office|immigration|police)(?: ${W}){0,4} if (?:i|we|she|he) (?:complain|tell|leave|say|speak|talk|refuse)|(?:says|said|tells|told) (?:me )?(?:i am |im |i )?(?:to|must|mustnt|must not|not to|never to) (?:tell|say to|say anything to) (?:nobody|no one|anyone|anybody)|(?:hell|shell|theyll|he will|she will|they will|hed|shed|theyd) (?:tell|send|show|post|share|put)(?: ${W}){0,6} (?:unless (?:i|we) (?:pay|go back|send|do|give)|if (?:i|we) (?:leave|go|tell|report)(?!(?: (?:a|the|for|to|on|early|late|work|home))(?= )))|(?:nude|naked|intimate|private|sexual|explicit) (?:photos|pictures|pics|images|videos)(?: of (?:me|her|him))?(?: ${W}){0,3} (?:online|on the internet|to my work|to everyone|to my family)|(?:next time|one day) (?:hed|hell|he would|he will|shed|shell|theyd|theyll) finish (?:the job|me off|what (?:he|she|they) started)|(?:knows|know) (?:which|what) school (?:my|the|our|her|his) (?:kids|children|son|daughter|boy|girl|lad|lass)|(?:do|break|smash|doing) (?:my|your|his|her) (?:kneecaps|knees|legs) (?:in )?(?:if|unless|and)|beat (?:it|that|the ${W}) out of (?:me|her|him|them)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.carerHurts',
    ['abuse'],
    `(?<!(?:im|i am|i work as|as) (?:a |an )?)${CARER}(?: ${W}){0,6} (?:(?:pinches|pinched|pinch|slaps|slapped|slap|hits|hit|kicks|kicked|pushes|pushed|shoves|shoved|grabs|grabbed|squeezes|twists|twisted|locks|locked|laugh at|laughs at|laughed at) (?:me|her|him|them|my ${W}|${KIN})|(?:pulls|pulled) (?:my|her|his|their) hair|(?:takes|take|took) (?:my|his|her|their) money)|(?:leave|leaves|left|leaving) (?:me|her|him|them|${KIN}) in (?:a )?(?:wet|soiled|dirty|soaking) (?:bed|beds|pads|pad|clothes|sheets|nappy|nappies)|(?:takes|take|took|taking|has|spends|spending) (?:${KIN}|my|his|her|me) (?:${W} )?(?:pension|money|benefits|savings)(?: ${W}| ,){0,6} (?:goes without|go without|no food|without food|not get food|dont get food|do not get food|in the cold|cold room)|(?:bruises|bruising|marks|burns|injuries|fingermarks|fingermark bruises|fingertip bruises)(?: ${W}| ,){0,8} (?:nobody|no one|the staff|staff|the home|they|the carers?|he|she) (?:wont|will not|cant|cannot|couldnt|wouldnt|didnt|doesnt|dont) (?:say|tell (?:me|us)|explain) (?:how|what happened|why)|(?:touch|touches|touched|touching) (?:me|her|him) when (?:nobody|no one|noone) (?:is|was|else is) (?:there|around|looking|home|in)|(?:did|gave (?:her|me|him)|caused) (?:the |those |these |her |my |his )?(?:bruises|bruising|black eye|marks) on (?:her|my|his) (?:neck|face|arms|throat|body)`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.childAskedToMeet',
    ['abuse'],
    `(?:asking|asks|asked|wants|telling|told|tells|keeps asking|making|makes) (?:her|him|me|them|(?:my|our|his|her) (?:${W} ){0,3}(?:son|daughter|boy|girl|child|kid|lad|lass|niece|nephew|grandson|granddaughter|year old|yr old))(?: to)? (?:send (?:him |her |them )?(?:pictures|pics|photos|nudes|selfies)|meet (?:up|him|her|them)(?: ${W}){0,2} alone|meet (?:him|her|them) (?:on (?:my|her|his) own|in secret)|come to his (?:car|house|flat|van)|(?:sit|sitting) on his (?:lap|knee)|she must come to his (?:car|house|flat))|(?:telling|told|tells|says|said) (?:her |him )?(?:she|he) (?:must|has to|should|needs to) (?:come to|get in|get into) (?:his|the) (?:car|van|house|flat)|(?:their|our|a) little secret|(?:telling|told|tells|asks|asked|asking) (?:her|him|them) (?:to )?keep (?:their|the|our|your|his) (?:chats|messages|talks|conversations|friendship) (?:a )?secret|(?:picks|picked|pick) (?:her|him) up and (?:gives|buys|gave|bought) (?:her|him) (?:vapes|money|presents|gifts|alcohol|drink)`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.childToHisAlone',
    ['abuse'],
    `(?:go|come|goes|comes|going|coming|visit|visits) (?:round |over |up )?(?:to )?(?:his|his house|his flat|his place|his room|his car|his van) (?:on (?:her|his) own|alone|by (?:herself|himself))(?<=(?:daughter|son|girl|boy|child|kid|lass|lad|niece|nephew|granddaughter|grandson|[0-9]+ ?(?:yo|year old|yr old))[^~]{0,100})`,
    // "if she doesn't go round his on her own" is the threat, not a denial.
    { question: 'someoneInDanger', negatable: false },
  ),
  possible(
    'categories.childRunning',
    ['abuse'],
    `(?:do|doing|did|does) (?:a )?runs? for (?:them|him|her|the lads|some lads)|(?:making|make|made|forcing|force|forced|got|get|getting) (?:me|him|her|them|my ${W}) (?:to )?(?:sell|deliver|carry|hold|hide|move) (?:stuff|drugs|gear|packages|parcels|weed|things|bags)(?: for (?:them|him))?|(?:sending|sendin|send|sent) (?:him|her|them|me) (?:to (?:${W} ){1,2})?(?:with|wi) (?:packages|parcels|bags|stuff)|(?:moved|moving) (?:in )?(?:into|in to|to) (?:her|his|my|their) (?:flat|house|place)(?: ${W}| ,){0,10} (?:wont leave|will not leave|(?:say|says) (?:theyre|they are) (?:her|his|my) friends)|(?:using|took over|taken over) (?:my|her|his) (?:flat|house|place) and (?:wont|will not) leave`,
    { question: 'someoneInDanger', negatable: false },
  ),
];

/** Harm to others in everyday words: ending up killing someone, not trusting oneself, taking both. */
const HARM_BRIEF: readonly CrisisRule[] = [
  crisis(
    'categories.takingUsBoth',
    ['suicidal', 'harmToOthers'],
    `(?:thinking|thought|think|thinks) (?:about|of) (?:taking|driving|killing|ending it for) (?:us|them) both|(?:taking|driving|killing) (?:us|them) both(?: (?:off|out|with))?(?: ${W}){0,3}(?<=(?:thinking|thought|think|started|want|going|plan)(?: ${W}){0,6})`,
    { imminent: true },
  ),
  possible(
    'categories.endUpKilling',
    ['harmToOthers'],
    `(?:end up|going to end up|gonna end up|will end up) (?:killing|hurting|strangling|stabbing|battering|doing something to) (?:him|her|them|someone|somebody|my ${W})|(?:dont|do not|cant|cannot) trust (?:myself|meself) (?:with|around|near) (?:him|her|them|the baby|my ${W}(?: ${W})?)|(?:ill|i will|im going to|going to|gonna|i swear ill|hell|shell|he will|she will|says hell) (?:glass|shoot|stab|knife|batter|deck|hit) (?:the next (?:${W} ){0,2}(?:person|one|bloke|lad|man|woman)|(?:staff|him|her|them) with (?:a|the) (?:chair|bottle|glass|brick|bat))|(?:put|throw|chuck) (?:him|her|them) through (?:the|a) (?:window|wall|door)|(?:shook|shaken|shake|shaking) (?:him|her|the baby|my ${W})(?: ${W}| ,| \\.){0,8} (?:frightened myself|scared myself|cant trust|what i might do)|(?:pillow|cushion) (?:near|over|on) (?:her|his|their|the babys) face|(?:hell|shell|ill|going to|gonna|will|says hell) (?:go round (?:there )?(?:and )?|go over (?:there )?(?:and )?|go down (?:there )?(?:and )?)?(?:kill|stab|shoot|batter|glass|knife) (?:his|her|their|my|the) (?:${W} ){0,3}(?:fella|bloke|man|guy|boyfriend|girlfriend|partner|ex|husband|wife|neighbour|lad|woman|dad|mum|brother|sister|son|daughter|landlord)|(?:hell|shell|ill|going to|gonna|says hell|says shell) do (?:his|her|my|their|the) (?:${W} )?${PEOPLE} in${STOP}`,
    { question: 'someoneInDanger' },
  ),
];

/**
 * Signs that a plan is being made: farewell letters, a method looked up or a dose asked about, a
 * place returned to, someone who would not be found, being out of the picture for good.
 */
const PLANNING: readonly CrisisRule[] = [
  possible(
    'categories.farewellLetters',
    ['suicidal'],
    `(?:written|wrote|writing|write|left) (?:my |the |some |his |her )?(?:letters|notes|goodbye letters|goodbye notes|a goodbye letter|a goodbye note|last letters)(?: ${W}){0,2} (?:for|to) (?:the |my |me |his |her |wor )?(?:kids|children|family|wife|husband|mum|mam|dad|son|daughter|bairns|everyone|girls|boys|lads|grandchildren)(?:${STOP}|(?= an ))|(?:note|letter)(?: ${W}){0,4} saying (?:sorry|goodbye) to (?:everyone|everybody|us|all)|put (?:my|his|her) affairs in order(?<=(?:letters|notes|goodbye|bye|sorry|done)[^~]{0,120})|sorted (?:out )?(?:my ${W} and )?(?:my|his|her) (?:affairs|will|funeral)(?: and (?:my )?${W})?(?: \\.| ,)? (?:just )?wanted (?:someone|you|somebody) to know|(?:ive|i have) decided(?: \\.| ,)? (?:thanks|thank you) for (?:trying|everything|all you(?:ve| have) done)|(?:(?:ive|i ve|i have|already) )?(?:already )?(?:wrote|written) (?:the|my) (?:notes|letters)(?: already)?(?= *$| [.,~!]| (?:just|for after)(?![a-z0-9]))`,
    { question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.methodLookedUp',
    ['suicidal'],
    `(?:how long|how quickly|how fast) (?:it takes|does it take|would it take|to) (?:to )?(?:drown|suffocate|hang|bleed out|bleed to death|die from (?:an overdose|hanging|drowning|carbon monoxide))|(?:what|how much|which) (?:dose|amount|number|quantity|many)(?: of)? (?:${W} )?${DRUGS}(?: ${W}){0,6} (?:fatal|lethal|deadly|kill (?:you|a person|someone|me)|not come back from|wouldnt wake up|would not wake up)|(?:max|maximum|most) (?:${W} )?${DRUGS} (?:u|you|a person|someone|one) (?:can|could) take before (?:it|they|you|u) (?:goes bad|go bad|kills|kill|die|dies|does damage|do damage)|(?:looking|looked|lookin|been looking) up (?:ways|methods|how to do it|how to end it)(?: to (?:die|end it|end (?:his|her|my|their) life|do it|kill (?:himself|herself|myself|themselves)))?${STOP}|(?:plan|planning|planned|planned out|worked out|working out|know|knows) how (?:i|id|i would|ill|he|hed|she|shed) (?:would )?(?:do it|end it|go)${STOP}`,
    { question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.placeReturnedTo',
    ['suicidal'],
    `(?:keep|keeps|kept|been|cant stop) (?:thinking|thinkin) (?:about|of|bout) (?:the )?(?:${PLACE}|train line|trains|the sea|the river)${STOP}|(?:thinking|thinkin|thought) (?:of|about) (?:just )?(?:walking|walkin|wading|swimming) (?:into|in to|out into|out to) (?:the )?(?:sea|river|water|waves|${W} river|tyne|thames|clyde|mersey|wear|tees|severn|taff|canal|loch|lake|reservoir|quarry)|(?:just )?(?:walk|walking|walkin|wade|wading) (?:into|in to|out into) (?:the )?(?:sea|river|water|waves|tyne|thames|clyde|mersey|wear|tees|severn|taff|canal|loch|reservoir) and (?:not|never|dont) (?:come back|stop|turn back)|(?:nobody|no one|noone|naebody) (?:would|will|wud|wid|d) (?:ever )?find (?:me|my body)(?: (?:up|out|for|in|on|there)(?: ${W}){0,5})?${STOP}|(?:before|so) (?:anyone|anybody|someone|no one|nobody|people|they|anyones|anybodys|someones|everyones)(?: is| s| are| can| could)?(?: up| awake| around| home| here)? to stop me|(?:sitting|sat|sit) in the car in the garage with the engine (?:running|on)|(?:cut|cutting|take|taking|write|writing|remove|removing) (?:myself|meself) out of (?:the picture|the equation|it all|everything|the story)|(?:if|once) something (?:happened|happens|was to happen) to me (?:this weekend|tonight|tomorrow|soon|this week)|(?:go|going|end up going|ill go) the same way (?:as )?(?:my|his|her|our) ${PEOPLE}(?: did| went)?|(?:im|i am|i will be|ill be) jumping${STOP}(?<!for joy)|insurance(?: ${W}){0,6} (?:if i (?:go|die|died|was gone|wasnt here|am gone)${STOP}|when im gone|still pays? out|pays? out (?:if|when) (?:i|you) (?:die|go)|would pay out more|clears? (?:the|our|my) (?:mortgage|debt|debts) if)|(?:better|easier|best|kinder|way out|answer|solution)(?: ${W}){0,4} (?:(?:if )?(?:me|i|im) (?:am |was |were )?not (?:being )?(?:here|around|alive)|me being gone)|(?:better|easier) off (?:once|when|if) (?:hes|shes|im|i am|he is|she is|i was|i were|id) (?:gone|dead|not here|not around)|(?:got|have|made|ive got|i have) a plan(?: ${W}| ,){0,5} (?:see it through|go through with it|do it)(?: ${W}){0,2}${STOP}|thinking (?:of|about) a way out${STOP}|(?:just )?need (?:to get |to find |to work up )?the (?:nerve|courage|guts|bottle)${STOP}(?<=(?:pills|tablets|rope|blade|bridge|ready|redy|plan)[^~]{0,60})|${PLACE}(?: ${W}){0,5} (?:looking|looks|look|is looking|been looking)(?: ${W}){0,2} tempting|(?:nobody|no one|naebody|they|lads|people|anyone|who)(?: would| wud| wid| will| wont| wouldnt)? (?:even )?(?:notice|miss me|care) (?:if|when) (?:i|im|id) (?:went|was gone|gone|go|died|wasnt here|wasnt around|disappeared|didnt turn up)|(?:nobody|no one|naebody) (?:would|wud|wid|will) (?:even )?(?:miss|notice) (?:me|an? (?:${W} ){1,2}like me)|(?:thoughts|thinking|feelings?) of not wanting to (?:be here|be alive|live|exist|wake up)|(?:cant|cannot|cannit|cant keep|cannae) (?:do|dae|take|stick|keep|go on|gan on) (?:this|it|going|gan|on)?(?: like this)? (?:much longer|any longer)${STOP}|(?:dont know|not sure|dunno) how (?:much )?longer i can (?:stick it|take it|take this|do this|go on|keep going|cope|carry on|hold on|last)${STOP}|(?:dont think|not sure|doubt) (?:im|i am|ill|i will) (?:going to )?be (?:here|around) (?:much longer|for much longer|for long|long)${STOP}|(?:time|ready|night|decided|day) to end it(?: all)?${STOP}|(?:the|a) night to stop (?:all this|all of this|it all|everything)|(?:if i (?:didnt|did not|never|dont) wake up)(?: ${W}){0,3} (?:it would be|itd be|would be|it d be) (?:a )?(?:relief|blessing|better|fine|easier)|(?:serving|served) enough of it|(?:dont think ill|not sure ill|wont|not going to) (?:bother|make it|go)(?: ${W}){1,6}(?: \\.| ,)? or (?:to )?anything(?: (?:else|at all))?${STOP}`,
    { question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.tookTheRest',
    ['suicidal', 'medicalEmergency'],
    `(?:took|taken|swallowed|necked|had) the rest of (?:my|the|his|her|me) (?:${W} )?${DRUGS}|(?:took|taken|swallowed|necked) all (?:of )?(?:the|my|her|his) (?:${W}s )?(?:${DRUGS} in (?:the|my|her|his) (?:blister pack|packet|pack|box|bottle|strip|dosette box|dosette)|dosette box|dosette|blister pack)|(?:thought about|thinking about|thinking of|think about|tempted to|want to|going to) (?:just )?(?:taking|take|swallowing|swallow|necking) all (?:of )?(?:my|me|the|his|her) (?:${W} )?${DRUGS}(?!(?: (?:to|back|in|with|at (?:night|bedtime|the same time|breakfast|lunch|tea)|together|in the morning|once a day|every|on time))(?= ))`,
    { flag: 'overdose', question: 'safeNow' },
  ),
];

/** Emergencies typed in everyday words: a child who drank a household poison, colour gone, no waking. */
const EVERYDAY_EMERGENCY: readonly CrisisRule[] = [
  medical(
    'categories.childPoisoned',
    'unwellChild',
    `(?:drank|drunk|drink|drinking|swallowed|swallowing|eaten|ate|eating|had|licked|sucked) (?:some |a |the |one of the |a bit of )?(?:of )?(?:the |my |his |her |a )?(?:sheep dip|bleach|cleaning liquid|cleaning fluid|washing up liquid|washing liquid|dishwasher tablets?|washing tablets?|washing pods|laundry pods|liquitabs|detergent|antifreeze|weedkiller|weed killer|rat poison|slug pellets|white spirit|turps|paraffin|petrol|diesel|screenwash|oven cleaner|drain cleaner|toilet cleaner|button battery|button batteries|e liquid|vape liquid|nail varnish remover|methadone|descaler)(?<=(?:${W} )?(?:son|daughter|lad|lass|boy|girl|baby|toddler|kid|child|little one|little un|[0-9]+ ?(?:yo|year old|years old|yr old|years)|he|she|hes|shes)(?: ${W}| ,){0,12})`,
    { event: true },
  ),
  medical(
    'categories.colourGone',
    'unwellChild',
    `(?:baby|babys|babby|newborn|toddler|little one|little un|lips|face)(?: is| s| has| have| are)? (?:gone|going|turned|turning) (?:a )?(?:funny|strange|weird|odd|blue|grey|gray|purple|mottled|blotchy|dusky) (?:colour|color)`,
  ),
  medical(
    'categories.wontProperlyWake',
    'collapse',
    `(?:wont|will not|cant|cannot|doesnt|does not) (?:properly|fully|really) (?:wake|wake up|come round)|(?:cant|cannot|can not) (?:properly |fully )?wake (?:her|him|them) (?:up )?properly|(?:gone|turned|going) (?:grey|gray|blue)(?: ${W}| ,){0,3} (?:and )?(?:is )?(?:not|isnt) (?:answering|responding|talking|breathing)`,
  ),
  medical(
    'categories.bleedingNotStopping',
    'heavyBleeding',
    `(?:bleeding|bleed|blood)(?: ${W}| ,){0,6} (?:it is|its|it s|is|and it is|and its|it)? ?(?:not stopping|isnt stopping|wont stop|will not stop|doesnt stop|does not stop|keeps coming)(?<!(?:nose|gums?|gum)(?: ${W}| ,){0,10})`,
  ),
  medical(
    'categories.pinnedUnder',
    'otherEmergency',
    `(?:pinned|trapped|stuck|crushed) (?:under|beneath|by) (?:the|a|his|her) (?:${W} ){0,2}(?:bike|quad|quad bike|tractor|car|van|trailer|wall|machine|beam|gate|bale|bales|cow|animal|wardrobe)`,
    { event: true },
  ),
];

/** A person's own words for ending their life or using a weapon on themselves, and fear of what they may do. */
const OWN_HANDS: readonly CrisisRule[] = [
  crisis(
    'categories.endOneself',
    ['suicidal'],
    `(?:end|ending|ended) (?:himself|herself|myself|meself|themselves|themself)|(?:use|using|turn|turning) (?:it|them|the (?:${W} )?${WEAPON}) on (?:himself|herself|myself|meself|themselves)|(?:going to|gonna|will|want to|planning to|about to) end it (?:off|from|at|under|in|on) (?:the|a) (?:${W} ){0,2}(?:${PLACE}|landing stage|pier|river|sea|train|tower|building|block|flats|water)`,
    { imminent: true },
  ),
  crisis(
    'categories.sliceOpen',
    ['selfHarm'],
    `(?:slice|slicing|slit|slitting|cut|cutting|rip|ripping|tear|tearing) (?:my|his|her|me|ma) (?:arms?|wrists?|legs?|skin|thighs?) open`,
  ),
  possible(
    'categories.punishBody',
    ['selfHarm'],
    `(?:need|want|wanting|urge|feel like|have) to (?:punish|hurt|harm|damage) (?:my body|my own body|me body)|(?:blade|razor|rope|pills|tablets)(?: ${W}| ,| \\.){0,6} (?:bye|goodbye)(?: x+)?${STOP}`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.afraidWhatIMightDo',
    ['harmToOthers'],
    `(?:frightened|scared|afraid|terrified|worried) (?:of )?what i (?:might|could|will|would|am going to|may) do(?: (?:next|to (?:him|her|them|my ${W})))?${STOP}`,
    { question: 'someoneInDanger' },
  ),
  crisis(
    'categories.armedAndGoing',
    ['harmToOthers'],
    `(?:has|got|s got|have|with) (?:a |his |her |the |their )?(?:${W} )?${WEAPON}(?: ${W}){0,3} (?:and )?(?:says|said|saying|keeps saying) (?:hes|he is|shes|she is|hell|shell|theyre|theyll)? ?(?:going to|gonna|will) (?:sort out|sort|do in|kill|shoot|stab|get|go after|deal with) (?:them|him|her|(?:the|his|her|their|my) (?:${W} ){0,2}(?:${PEOPLE}|lads|lad|family|neighbour|neighbours|bloke|fella|man|guy|people|woman|girl|boy))`,
    { imminent: true },
  ),
];

/** Abuse in the home said in other words: pinned to a wall, hit with a belt, children left alone, fear of him. */
const HOME_ABUSE: readonly CrisisRule[] = [
  crisis(
    'categories.pinnedToWall',
    ['abuse'],
    `(?:pinned|pins|pinning|pushed|pushes|held|holds|shoved|shoves) (?:me|her|him) (?:up )?(?:to|against) (?:the|a) (?:wall|door|floor|bed|fridge|car)`,
  ),
  crisis(
    'categories.hitWithObject',
    ['abuse'],
    `(?:hits|hit|beats|beat|whips|whipped|belts|belted|smacks|smacked|thrashes) (?:our|my|his|her|the|their) (?:${W} )?(?:son|daughter|kids|children|boy|girl|child|baby|grandson|granddaughter|lad|lass|stepson|stepdaughter) with (?:a|the|his|her) (?:belt|stick|slipper|cable|wire|shoe|hanger|wooden spoon|rod|cane|lead)`,
  ),
  possible(
    'categories.childrenLeftAlone',
    ['abuse'],
    `(?:left|leaves|leave|leaving) (?:alone|on their own|home alone|on (?:her|his) own|by themselves) for (?:days|hours|nights|the weekend|the whole weekend|whole days)(?<=(?:kids|children|child|baby|toddler|youngest|little ones|year old|[0-9]+ ?yo)[^~]{0,80})|(?:crying|cry|cries|begging) (?:for|with) (?:food|hunger)`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.afraidOfHim',
    ['abuse'],
    `(?:shes|hes|im|i am|she is|he is|mums|mams|dads|nans) (?:feart|frightened|scared|afraid|terrified|petrified) (?:o|of) (?:him|her|them)${STOP}|(?:cant|cannot|can not) go (?:back )?home to (?:him|her|them)|(?:every time|whenever|when|if) i (?:see|go out with|meet|talk to|text|ring|visit) (?:my )?(?:friends|mates|family|mum|mam|sister|parents)(?: ,)? (?:he|she|they) (?:sulks|kicks off|goes mad|gets angry|accuses|says im cheating|punishes|goes quiet|gets weird)|(?:hell|shell|theyll|he will|she will) (?:tell|ring|call|report me to) (?:social services|the police|immigration|the home office)(?: ${W}){0,5} if i (?:ever )?(?:leave|tell|go)|(?:hell|shell|he will|she will|theyll) take the (?:kids|children|baby)(?: ${W}| ,){0,8} if i (?:ever )?(?:leave|go|tell)`,
    { question: 'someoneHurting' },
  ),
];

/** Harm to others and risk heard from outside: threats to kill a named person, a fight heard next door. */
const HEARD: readonly CrisisRule[] = [
  crisis(
    'categories.threatensToKillSomeone',
    ['harmToOthers'],
    `(?:threatening|threatened|threatens|says hell|saying hell|says shell) (?:to )?(?:kill|stab|shoot|hurt|batter|do in) (?:his|her|their) (?:${W} )?(?:ex|ex partner|partner|wife|husband|girlfriend|boyfriend|neighbour|neighbours|mum|dad|son|daughter|brother|sister|landlord|kids|children)`,
  ),
  possible(
    'categories.doSomethingToThem',
    ['harmToOthers'],
    `(?:before i|or i|ill|hell|shell|i will|he will|she will|going to|gonna|might) (?:do|doing) something to (?:them|him|her|my ${W}|someone|somebody)${STOP}`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.fightHeard',
    ['abuse'],
    `(?:heard|hear|hearing) (?:screaming|screams|her screaming|crying and screaming)(?: ${W}| ,| and){0,3} (?:crashing|banging|smashing|thuds|thumps|a man shouting|him shouting|man shouting)`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.ifItFailsPlace',
    ['suicidal'],
    `if (?:this|it|that|they|the ${W})(?: ${W}){0,3} (?:fails|goes wrong|falls through|refuse|refuses|says no|say no|turns? (?:me|him|her|them) down)(?: ${W}| ,){0,3} (?:im|i am|ill|i will|ill be|i will be|hes|he is|shes|she is|hell|shell) (?:going|heading|off|go) (?:to|up|down|off) (?:the )?(?:${PLACE}|train line|river|sea)${STOP}|(?:bought|buying|got) (?:[0-9]+|several|a few|two|three|four|five|lots of|loads of) (?:packs|packets|boxes)(?: of)? (?:${W} )?${DRUGS}(?: ${W}| ,){0,4} (?:that should do it|thatll do it|that will do it|that ll do it|that should be enough)`,
    { question: 'safeNow' },
  ),
];

/** Lying on the floor or in a bath, unable to get up: a long lie is an emergency. */
const FLOOR: readonly CrisisRule[] = [
  crisis(
    'categories.cantGetUp',
    ['medicalEmergency'],
    `(?:on|off|lying on|laid on|stuck on) (?:the )?(?:floor|ground|kitchen floor|bathroom floor|landing)(?: (?:in|of) the ${W})?(?: ${W}| ,| \\.){0,6} (?:cant|cannot|can not|unable to|not able to|cant manage to) get (?:up|back up|myself up|herself up|himself up)|(?:fell|fallen|had a fall|slipped|collapsed)(?: ${W}| ,| \\.){0,12} (?:cant|cannot|can not|unable to|not able to) get (?:up|back up|out|up off the floor|off the floor)|(?:cant|cannot|can not|unable to)(?: ${W}){0,8} (?:or )?get (?:up )?(?:off|up off|up from) the (?:floor|ground)|(?:in|stuck in) the bath(?: ${W}| ,| \\.){0,6} (?:cant|cannot|can not|unable to) get (?:out|up)`,
    { flag: 'collapse', event: true },
  ),
];

/** Harm to others: someone going for a person with a weapon, or fetching one to use. */
const HARM: readonly CrisisRule[] = [
  crisis(
    'categories.goForWithWeapon',
    ['harmToOthers'],
    `(?:went|go|goes|going|gone|came|come|comes|coming|ran|run|lunged|lunges|flew) (?:for|at|after) ${PERSON}(?: ${W}){0,4} ${WITH_WEAPON}|(?:sort|sorting|batter|battering) ${PERSON} (?:out )?${WITH_WEAPON}|(?:do|doing) ${PERSON} in ${WITH_WEAPON}|(?:get|getting|got|fetch|fetching|grab|grabbing|take|taking) (?:his|her|my|the|their|a|me) (?:gun|shotgun|rifle|knife|machete|axe|crossbow|bat) (?:and|to|n) (?:sort out|sort|shoot|kill|do|go after|deal with|finish|use it on) ${PERSON}(?: out| in| off)?`,
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
    `(?:thoughts|pictures|images|urges|visions|ideas) (?:in my head |keep coming )?(?:of|about) (?:hurting|harming|killing|stabbing|attacking|strangling|drowning|shaking|smothering) (?:people|someone|somebody|others|strangers|the baby|my baby|my (?:${W} )?(?:son|daughter|kids|children|partner|wife|husband|mum|dad|child|little un|little one|little ones|bairn|bairns|wean|weans|boy|girl|lad|lass))|how (?:i|id|i would|i could|ill|i can) get away with (?:it|killing|murder)`,
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
    `(?:wont|doesnt|dont|will not|does not|never) let (?:any of )?(?:us|anyone|anybody|the family|her family|his family|me|her friends|his friends) (?:visit|see|speak to|talk to|phone|ring|call|near) (?:her|him|them)${END}|(?:keeps|kept|keep|keeping) (?:him|her|them|me) locked (?:in|up)(?:(?: in)? (?:his|her|their|the) (?:room|bedroom|house|flat|home)|${STOP})`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.unexplainedInjuries',
    ['abuse'],
    `(?:bruises|bruising|marks|burns|cuts|injuries)(?: ${W}){0,6} (?:that )?(?:nobody|no one|noone|they|the staff|the home|the carers?|he|she) (?:could|can|would|will|wont|cant|couldnt|wouldnt) explain|unexplained (?:bruises|bruising|marks|burns|injuries|fracture|fractures|broken (?:arm|leg|bone|bones|ribs?))`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.secretWithChild',
    ['abuse'],
    `(?:man|men|adult|adults|stranger|guy|bloke|teacher|coach|pastor|youth pastor|youth leader|youth worker|leader|imam|priest|vicar|elder|tutor|instructor|scout leader|older (?:man|boy|guy|lad)|someone (?:online|on (?:a|the) ${W})|[0-9]+ year old (?:man|guy|bloke))(?: ${W}){0,14} (?:keep (?:it |this |them |things )?(?:a |our |their )?(?:(?:chats|messages|texts|talks|friendship) )?secret|keep (?:it|this) (?:between (?:them|us)|to (?:herself|himself))|(?:not|never) (?:to )?tell (?:her |his |their )?(?:mum|mom|mam|dad|parents|anyone|anybody))|(?:move|moving|switch|switching) (?:the |their |our )?(?:chat|chats|conversation|conversations|talking|messages|messaging) (?:to|onto|over to|on to) (?:a |another |some )?(?:private|secret|different|other|encrypted) (?:app|chat|platform|server|account|site)`,
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
    `(?:(?:soaking|soaked|soak|filling|filled|going) through (?:a |the )?(?:pad|pads|towel|towels|sanitary)|(?:soaking|soaked|filling|filled) (?:a |the )?(?:pad|pads|sanitary towel))(?: ${W}){0,2} (?:every|each|in|within)(?: (?:[0-9]+|an|one|half an|half|a|couple of))? (?:min|mins|minutes|hour|hours|hr|hrs)`,
    { flag: 'heavyBleeding' },
  ),
  possible(
    'categories.pillsTakenDrowsy',
    ['suicidal', 'medicalEmergency'],
    `(?:took|taken|swallowed|had|eat|ate|eaten|necked) (?:all|most|loads|lots|a lot|some|half) (?:of )?(?:my |the |his |her |their |mums |dads |[a-z]+s )?${DRUGS}(?: ${W}| ,| \\.){0,14} (?:sleepy|drowsy|dizzy|woozy|spaced out|cant stay awake|feel weird|feel strange|feel funny|feel sick|being sick|heart (?:is )?racing|heart is pounding|heart going|boiling|burning up|cant stand|room (?:is )?spinning|seeing things)`,
    { flag: 'overdose', event: true, question: 'safeNow' },
  ),
];

/** Places a person may go to end their life, named on their own: "the canal", "the trains". */
const LETHAL_PLACE = `(?:${PLACE}|train line|trains|railway|canal|the canal|river|the river|the tracks|the water)`;

/**
 * Classes a later voice showed (hurried and detached writers, people in insecure housing, people
 * writing in a second language, late-night one-liners): a place dwelt on, a plan gone over, things
 * shared out, a goodbye in passing, a count of tablets kept, a threat to burn a home with people in
 * it, papers held by someone a person must work for, a colour change after a fit, a rash that does
 * not fade under a glass.
 */
const LATER: readonly CrisisRule[] = [
  possible(
    'categories.placeDwelt',
    ['suicidal'],
    `(?:keep|keeps|kept|been|cant stop) (?:thinking|thinkin) (?:about|of|bout) (?:the )?${LETHAL_PLACE}${STOP}|(?:i )?(?:think|thinking|thought) (?:about|of|bout) (?:the )?${LETHAL_PLACE} (?:a lot|all the time|every day|everyday|constantly|more and more|again|every night|most nights)|(?:maybe|perhaps|mebbe) (?:the )?(?:river|canal|sea|bridge|trains?|railway|roof|tracks) (?:is|would be|s|will be) (?:better|the answer|the way|easier|kinder|the only way)`,
    { question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.planGoneOver',
    ['suicidal'],
    `(?:a|the|my) plan(?: ${W}){0,2} (?:i|that i)? ?(?:keep|cant stop|been) (?:going over|going back to|rehearsing|running through|thinking about)(?: (?:in my head|over and over|every night|at night|all the time))?${STOP}|what i keep (?:planning|rehearsing|going over)|(?:before|or) (?:i|ill|i will|i end up) (?:do|doing|go and do|going and doing) something (?:stupid|daft|silly|i (?:cant|cannot) take back|i (?:will|ll) regret)(?!(?: like)(?= ))${STOP}|(?:asked|asks|ask) (?:me )?(?:if|whether) i (?:was|am|were|felt|feel) safe(?: ${W}){0,3} (?:and )?i (?:lied|said yes but|wasnt honest|didnt tell (?:her|him|them) the truth)|(?:a|the) way out of (?:this|my) (?:body|life|world|head)${STOP}|(?:wonder|wondering|question|questioning|see) what the point (?:of (?:any of )?(?:it|this)(?: all)?|of anything|of me|of living|of life|of going on)(?: is| was)?${STOP}`,
    { question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.thingsSharedOut',
    ['suicidal'],
    `(?:list|note|deciding|decided|working out|writing down|sorting) (?:of )?who (?:gets|should get|will get|can have|is having|has) (?:my|all my|me) (?:things|stuff|belongings|bits)|(?:it|its) (?:was|has been|s been|been) (?:nice|good|lovely|a pleasure|an honour) knowing (?:you|yous|you all|everyone|you lot)${STOP}|(?:if i dont|if i do not|if i dont ever) (?:reply|answer|message|come back|wake up)(?: (?:in the morning|tomorrow|again))?(?: ,| \\.)? (?:sorry|im sorry|bye|goodbye|love you)`,
    { question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.tabletsCounted',
    ['suicidal'],
    `(?:keep|keeps|kept|been|sit|sat|sitting)(?: here| there| up)? counting (?:out )?(?:my |the |me |all my )?(?:${DRUGS}|them|tablets|pills)(?<=(?:${DRUGS})[^~]{0,120})`,
    { question: 'endingLife', negatable: false },
  ),
  crisis(
    'categories.homeToBeBurnt',
    ['abuse'],
    `(?:hell|shell|theyll|he will|she will|they will|going to|threatened to|threatening to|threatens to|says hed|said hed|hed|shed|will) (?:burn|set fire to|torch|petrol bomb) (?:the|my|our|her|his|their) (?:house|flat|home|place|caravan)(?: down)? (?:with|while) (?:me|us|her|him|them|the kids|my ${W}|the ${W})(?: and (?:the |my |her |his |our )?${W})? (?:in it|inside|in there|in bed|asleep)`,
  ),
  possible(
    'categories.threatToBurn',
    ['abuse'],
    `(?:threatened|threatening|threatens|threaten|says hell|said hed|says shell|said shed) (?:to )?(?:burn|set fire to|torch|petrol bomb) (?:the|my|our|her|his|their) (?:house|flat|home|place|caravan|car|door)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.workForPapers',
    ['abuse'],
    `(?:work|working|works) for (?:him|her|them)(?: for (?:free|nothing|no money|no pay))?(?: free)?${STOP}(?<=(?:passport|papers|documents|phone and (?:my )?(?:papers|passport))[^~]{0,100})|(?:has|have|got|took|take|taken|keeps|kept|holds|holding) (?:my|me) (?:passport|papers|documents)(?: ${W}| ,| \\.){0,8} (?:i owe|owe him|owe them|owe her|says i (?:work|must work|have to work))`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.doAsTold',
    ['abuse'],
    `(?:until|till|til|unless) i (?:do|did) (?:as|what) (?:im|i am|i was|i m) told(?<=(?:hides|hid|keeps|kept|takes|took|withholds|wont give|will not give|locks away|locked away)[^~]{0,80})|(?:he|she|they|${PEOPLE})(?:s| s| has| have)? got (?:my|me) (?:bank card|cards|money|passport) again${STOP}`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.toldMeSheCuts',
    ['selfHarm'],
    `(?:told me|tells me|said|says|admitted|confided|disclosed|found out)(?: that)? (?:she|he|they|(?:my|his|her|their|our) (?:${W} )?${W}) (?:cuts|cut|has been cutting|s been cutting|is cutting|s cutting|self harms|is self harming|has been self harming|burns (?:herself|himself|themselves)|hurts (?:herself|himself|themselves))${STOP}`,
    { subject: 'someoneElse', question: 'someoneInDanger' },
  ),
  medical(
    'categories.fitThenBlue',
    'collapse',
    `(?:lips?|face|fingers|mouth)(?: ${W}){0,2} (?:bluish|blueish|bluey)(?!(?: (?:from|in|after) (?:the |a )?(?:cold|sea|pool|lake|water|swim|swimming|blueberries|lolly|ice lolly|slush))(?= ))`,
  ),
  medical(
    'categories.rashUnderGlass',
    'unwellChild',
    `(?:rash|spots|marks|blotches|dots)(?: ${W}){0,4} (?:not|dont|doesnt|wont|didnt|isnt|arent|do not|does not|will not) (?:fade|fading|go|going|disappear|go away)(?: away)?(?: ${W}){0,2} (?:with|under|when i press) (?:a |the |my )?(?:glass|tumbler)`,
  ),
  possible(
    'categories.meterHigh',
    ['medicalEmergency'],
    `(?:meter|monitor|libre|sensor|reader)(?: just)?(?: is)? (?:says|reads|reading|saying|shows|showing|is on|on) (?:hi|high|lo|low)(?<=(?:diabetic|diabetes|type 1|type one|t1|insulin|sugar|sugars|glucose)[^~]{0,80})(?=(?:[^~]{0,80}) (?:barely|cant|cannot|confused|drowsy|sleepy|shaking|vomiting|being sick|on my own|alone|keep my eyes))`,
    { question: 'safeNow', flag: 'otherEmergency' },
  ),
];

/**
 * Classes three more authors showed (new mothers and women at work, older working men, people with
 * serious mental illness): a vehicle to lie or step in front of, a cut across the wrists or a name
 * carved, a throat tightening after food, a person on the floor breathing oddly, a gun taken round to
 * someone, a note written, tablets bought for a plan, a threat to put someone through a window, a
 * hand round a child's neck, a rope still where it was left, control of medicines by behaviour, a
 * flat taken over to deal from.
 */
const LATER_STILL: readonly CrisisRule[] = [
  crisis(
    'categories.inFrontOfVehicle',
    ['suicidal'],
    `(?:lie|lay|lying|laying|step|stepping|walk|walking|jump|jumping|throw myself|throwing myself|stand|standing) (?:down )?in front of (?:a|the|an|the next) (?:train|trains|lorry|bus|truck|tube|tram|car|articulated lorry)(?!(?: (?:station|timetable|times|driver|company|ticket|tickets))(?= ))`,
    { imminent: false },
  ),
  crisis(
    'categories.cutOrCarved',
    ['selfHarm'],
    `(?:cut|cutting|slashed|sliced) (?:across|along|down|up|into) (?:my|me|both) (?:wrists?|arms?|legs?|thighs?|stomach)|(?:carved|carving|scratched|etched) (?:${W} ){0,3}(?:into|in|on) (?:my|me) (?:arm|arms|leg|legs|skin|thigh|thighs|wrist|wrists|stomach|chest)`,
  ),
  medical(
    'categories.throatAfterFood',
    'anaphylaxis',
    `(?:ate|eaten|eating|after eating|had some|had a bite of|(?:took|taken|after|started) (?:the |a |my )?(?:new )?(?:tablet|tablets|pill|pills|antibiotic|antibiotics|penicillin))(?: ${W}){0,6} (?:and )?(?:now )?(?:my )?(?:throat|tongue|lips|face)(?: is| feels| s| has| are)? (?:feels |going |gone |getting |really |so )?(?:tight|tightening|fat|thick|swelling|swollen|puffing up|closing)`,
  ),
  medical(
    'categories.floorBreathingOddly',
    'collapse',
    `(?:on|off) the floor(?: ${W}| ,){0,3} (?:and )?(?:is |s )?(?:breathing (?:funny|strange|strangely|weird|oddly|noisily|badly)|not breathing|gasping|making (?:a )?(?:funny|strange|weird) noises?|wont wake|not waking|not moving|not responding)|(?:not|wont|won t|cant|cannot|can t|doesnt|does not) wake(?: up)?(?= *$| [.,~!])(?<=(?:fall|fell(?!(?: asleep)(?= ))|fallen(?!(?: asleep)(?= ))|collapsed)(?: ${W}| .| ,){1,10})|breathing (?:strange|funny|weird|odd)(?<=(?:fall|fell(?!(?: asleep)(?= ))|fallen(?!(?: asleep)(?= ))|collapsed|wake)(?: ${W}| .| ,){1,10})`,
  ),
  crisis(
    'categories.gunTakenRound',
    ['harmToOthers'],
    `(?:take|taking|bring|bringing|going to take|going to bring) (?:the|my|his|dads|a) (?:${W} )?(?:shotgun|gun|rifle|air rifle|crossbow) (?:round|over|down|up) to(?: ${W}){1,4}(?<!(?:gunsmith|gunsmiths|dealer|dealers|shop|club|range|police|police station))(?!(?: (?:for (?:servicing|a service|repair|repairs|cleaning|sale|selling|licensing|checking)|to (?:be|get) (?:serviced|repaired|checked|sold|licensed)))(?= ))`,
  ),
  possible(
    'categories.noteWritten',
    ['suicidal'],
    `(?:ive|i have|i|just|finally) (?:written|wrote|writing|finished) (?:a|the|my) (?:note|letter)(?: (?:three|two|a few|several|[0-9]+) times)?(?: now)?${STOP}|(?:enough|all the|the) ${DRUGS}(?: ${W}){0,2} for (?:what|the thing) (?:ive|i have|i) (?:got )?(?:planned|decided)|(?:the|my) plan is (?:for )?(?:tonight|tomorrow|saturday|sunday|monday|tuesday|wednesday|thursday|friday|this weekend|the weekend)${STOP}|(?:including|and|with|still got|still have) the rope${STOP}`,
    { question: 'endingLife', negatable: false },
  ),
  crisis(
    'categories.throughTheWindow',
    ['abuse'],
    `(?:threaten|threatens|threatened|threatening|hell|hed|shell|shed|(?:he|she|they) (?:would|will)|going to|gonna) (?:to )?(?:put|throw|chuck|push) me (?:through|out of|down) (?:the|a) (?:window|wall|door|stairs)`,
  ),
  possible(
    'categories.handRoundNeck',
    ['harmToOthers', 'abuse'],
    `(?:had|put|got) my hands? (?:round|around|on) (?:his|her|their|the (?:babys|childs|kids)) (?:neck|throat)`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.medsByBehaviour',
    ['abuse'],
    `(?:decides|controls|chooses) (?:if|whether|when) i (?:get|can have|take) (?:my )?(?:meds|medication|tablets|insulin|inhaler|food|money)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.flatTakenOver',
    ['abuse'],
    `(?:living|staying|moved) in(?:to)? my (?:flat|house|place|room)(?: ${W}| ,){0,8} (?:sell|selling|deal|dealing|cook|cooking|use it)|(?:sell|selling|deal|dealing) (?:drugs )?(?:from|out of) my (?:flat|house|place)`,
    { question: 'someoneHurting' },
  ),
];

/**
 * Classes two more authors showed (older people of the North East and Scotland, understated men and
 * voice-to-text; young people, young parents and people writing in a second language): the height a
 * fall needs or the highest dose, a big stock of tablets wanted, things given away as no longer
 * needed, the will sorted and ready, something tied up in a wardrobe, a thank-you that ends in
 * goodbye, wanting to be with someone who died; being made to have sex, beaten with a belt, wages or
 * papers taken, a threat of the Home Office, a child made to run drugs, a partner who checks a
 * location, gets rough or does not allow things, a message typed so he will not see; a fit still going
 * on, legs gone after a fall, tingling lips after food, a baby not feeding, strange talk after a fall;
 * needing pain to feel, doing things to oneself, urges back, carried away with a blade; not being
 * responsible for what one does, unwanted thoughts when the baby cries.
 */
const NORTH_AND_YOUNG: readonly CrisisRule[] = [
  possible(
    'categories.lethalHeightOrDose',
    ['suicidal'],
    `how (?:high|tall|far (?:down|up)|big a drop) (?:does|do|would|should|has|have) (?:a|the|an) (?:bridge|building|drop|fall|cliff|car park|multi storey|balcony|window) (?:need|have|got) to be|(?:whats|what is|what s) the (?:highest|max|maximum|biggest|most) (?:dose|amount) of ${W}(?: ${W})? (?:you|u|one|a person|someone|anyone|i) (?:can|could) (?:take|have)(?!(?: (?:in|per|a|each|every) (?:a |one )?(?:day|24 hours|week))(?= ))`,
    { question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.bigStockWanted',
    ['suicidal'],
    `(?:want|wanting|need|get|getting|build|building) (?:a )?(?:big |good |large )?(?:stock|stash|supply|stockpile) (?:of them )?(?:in|up|built up)${STOP}`,
    { question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.givenAwayNotNeeded',
    ['suicidal'],
    `(?:gave|given|giving|give) (?:${W} ){0,6}away(?: ${W}| ,| .){0,8} (?:wont|will not|wouldnt|dont|shant|not going to|wont be|will not be) (?:need|needing|want|wanting) (?:them|it|anything|em)|(?:sorted|done|made|written|wrote|finished) (?:out )?my will(?: ${W}| ,| .){0,10} (?:im|i am|i feel) ready${STOP}`,
    { question: 'endingLife', negatable: false },
  ),
  crisis(
    'categories.tiedUpToHang',
    ['suicidal'],
    `tied (?:something|a rope|a belt|a cord|a scarf|a tie|a sheet|the rope|the belt|my belt|a ligature) (?:up )?(?:in|to|on|from|round|around) (?:my|the) (?:wardrobe|loft|banister|bannister|door|beam|rail|stairs|hook|tree)`,
  ),
  crisis(
    'categories.cutMyThroat',
    ['suicidal', 'selfHarm'],
    `(?:want|wanna|going|gonna|about|try|trying|tempted) (?:to )?(?:cut|slit|slash) my (?:own )?(?:throat|wrists)`,
  ),
  possible(
    'categories.thanksForEverythingGoodbye',
    ['suicidal'],
    `thank(?:s| you| u)(?: ${W}){0,6} for everything(?: ${W}| ,| .){0,8} (?:goodbye|bye for now|farewell|take care of yourselves)${STOP}`,
    { question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.beWithTheDead',
    ['suicidal'],
    `(?:died|dying|death|passed away|passed|lost (?:him|her|them)|funeral|grave|anniversary)(?: ${W}| ,| .){0,12} (?:i )?(?:just )?(?:(?:want|wanting|long|longing|need) to be with|(?:want|going|gonna|decided (?:im|i am) going|plan|planning) to join) (?:him|her|them)(?!(?: (?:at|on|for|in|when|while|today|tomorrow))(?= ))`,
    { question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.givenUpOnEverything',
    ['suicidal'],
    `(?:ive|i have|i|im|i am) (?:just |totally |completely )?given up(?: tbh| honestly| now| ,| .){0,3} (?:on )?(?:everything|life|it all|living)${STOP}`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.madeToHaveSex',
    ['abuse'],
    `(?:makes|made|making|make|forces|forced|forcing) me (?:to )?(?:have sex|sleep|do (?:stuff|things|sexual things)) with|(?:forces|forced|forcing) (?:himself|herself) (?:on|onto) me`,
  ),
  crisis(
    'categories.beatenWithSomething',
    ['abuse'],
    `(?:hits|hit|smacks|smacked|beats|beat|whips|whipped|belts|belted|leathers|leathered|skelps|skelped) (?:me|us|my (?:${W} )?${PEOPLE}|${KIN}) (?:with|wi) (?:a|his|her|the|their|my) (?:belt|stick|cable|wire|slipper|hanger|buckle|cane|lead|hose|wooden spoon)`,
  ),
  possible(
    'categories.wagesOrPapersTaken',
    ['abuse'],
    `(?:agency|boss|landlord|gangmaster|they|man|men|he|she)(?: ${W}){0,2} (?:take|takes|took|taking|keep|keeps|kept|keeping|has|have) (?:all )?(?:my|our|his|her|their) (?:wages|pay|passports?|id|documents|papers)(?: ${W}| ,| .){0,10}(?:(?: cannot| cant| can not| not allowed to) (?:leave|go)| (?:no|any) (?:id|passport|papers)| for (?:rent|the house|food|transport))|report (?:me|us) to (?:the )?(?:home office|immigration|police) if (?:i|we) (?:complain|say anything|leave|tell|speak)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.childRunningDrugs',
    ['abuse'],
    `(?:got|getting|making|made|using|have|has) (?:my |our )?(?:little |wee |baby |younger |kid |big )?(?:brother|sister|son|daughter|cousin|nephew|niece|boy|girl|lad|lass|kid|child|bairn) (?:running|dealing|selling|holding|carrying) (?:for them|drugs|stuff|for)|county lines(?: ${W}| ,| .){0,8} (?:my|our) (?:${W} )?(?:brother|sister|son|daughter|cousin|nephew|niece|boy|girl|lad|kid)`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.partnerControls',
    ['abuse'],
    `(?:he|she|husband|partner|boyfriend|bf|girlfriend|gf|wife|man) (?:always |keeps )?(?:checks?|checking|tracks?|tracking) (?:my|ur|your) (?:location|phone|messages|texts)(?: ${W}){0,2} (?:all the time|constantly|every (?:day|hour|minute|night))|(?:opens?|opening|reads?|reading) all (?:my )?(?:letters|post)(?:(?<=(?:dont|don t|do not|not) (?:send|post)(?: ${W}| ,| \\.){1,10})|(?=(?: ${W}| ,| \\.){0,6} (?:dont|don t|do not) (?:send|post)(?![a-z0-9])))|(?:he|she|husband|partner|boyfriend|bf|man|my man) (?:gets|get|got|can get) (?:a bit |quite |really |very )?(?:rough|physical|handy|heavy handed) (?:with me )?(?:sometimes|when|at times)|(?:husband|partner|boyfriend|he|she) (?:not|doesnt|does not|wont|will not|dont|do not) (?:allow|let) me (?:to )?(?:go|see|have|leave|work|study|phone|call|talk|learn)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.hiddenFromHim',
    ['abuse'],
    `(?:cant|cannot|can not|dont want to|daren t|darent|dare not) let (?:him|her|my (?:husband|partner|wife|boyfriend|girlfriend|bf|gf|man)) (?:know|find out|see)|in case (?:he|she|my (?:husband|partner|wife|boyfriend|man)) (?:reads|sees|checks|finds|looks at) (?:this|it|my phone|my messages)|(?:typing|writing|doing) this (?:while|whilst) (?:he|she)s? (?:is )?(?:in the (?:shower|bath|toilet)|asleep|out|at work)|(?:need|needs|have) somewhere (?:to go|to stay|safe) tonight (?:with|for) (?:the|my) (?:kids|children|baby|bairns|weans|little ones)`,
    { question: 'someoneHurting' },
  ),
  medical(
    'categories.fitStillGoing',
    'otherEmergency',
    `(?:taken|having|had|took|gone into) a (?:fit|seizure|convulsion)(?: ${W}| ,){0,4} (?:and )?(?:(?:is|s|hes|shes) )?(?:still (?:shaking|fitting|jerking|going)|wont stop|not stopping|hasnt stopped)`,
  ),
  medical(
    'categories.cantFeelLegsAfterFall',
    'otherEmergency',
    `(?:fell|fallen|came|come|thrown) (?:off|from|down) (?:the|a|my|his|her) ${W}(?: ${W})?(?: ${W}| ,| .){0,3} (?:and )?(?:now )?(?:i |he |she )?(?:cant|can not|cannot) (?:feel|move) (?:my|his|her) (?:legs|arms|feet|neck)|(?:fell|fall|fallen|falls) (?:off|from|down) (?:the |a )?(?:scaffold|scaffolding|ladder|roof)(?: ${W}| ,| \\.){0,24} (?:cant|can t|cannot|can not) (?:feel|move) (?:my |his |her )?(?:legs|arms|feet)`,
  ),
  possible(
    'categories.tinglingAfterFood',
    ['medicalEmergency'],
    `(?:lips|tongue|throat|mouth|face)(?: ${W}){0,3} (?:tingly|tingling|swollen|swelling|itchy|puffy|numb)(?: ${W}){0,2} after (?!(?:the |a |my |his |her )?(?:dentist|dentists|injection|anaesthetic|anesthetic|jab|filling|numbing|local|cold|shave|swim|kiss)(?![a-z0-9]))(?:the |some |eating |a |my |those )?${W}`,
    { question: 'safeNow', flag: 'anaphylaxis' },
  ),
  possible(
    'categories.babyNotFeeding',
    ['medicalEmergency'],
    `(?:baby|babys|newborn|little one)(?: ${W}){0,3} (?:not|isnt|hasnt|wont|not really) (?:been )?(?:feeding|feed|eating|drinking|taking (?:a |any |her |his )?(?:bottle|milk|feed))(?: ${W}| ,| .){0,5} (?:sleepy|floppy|drowsy|hard to wake|lethargic|not waking)`,
    { question: 'safeNow', flag: 'unwellChild' },
  ),
  possible(
    'categories.strangeAfterFall',
    ['medicalEmergency'],
    `(?:fell|fall|fallen|falled|banged (?:his|her|my) head|hit (?:his|her|my) head)(?: ${W}| ,| .){0,8} (?:talk|talks|talking|speak|speaks|speaking) (?:strange|strangely|funny|weird|odd|slurred|nonsense)|(?:hot and cold|shivering|shaking)(?: ${W}| ,){0,6} heart (?:going|racing|pounding) (?:fast|like mad|mad)(?: ${W}| ,){0,6} confused`,
    { question: 'safeNow', flag: 'otherEmergency' },
  ),
  possible(
    'categories.painToFeel',
    ['selfHarm'],
    `(?:need|needs|have|want) to feel (?:pain|hurt) to (?:feel|know)|(?:doing|done|did|been doing) (?:stuff|things|something|bad things) to (?:myself|meself)|(?:the|my) urges? (?:is |are |have |has )?(?:back|come back|returned)${STOP}|(?:carried away|went too far|overdid it) with the (?:scissors|razor|blade|blades|knife|lighter|compass|sharpener)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.notResponsibleForWhatIDo',
    ['harmToOthers'],
    `(?:ill|i will|i wont|i will not|ill not|i cant|i cannot) (?:not )?be (?:held )?responsible for (?:what i do|my actions|what happens)|(?:i swear|one day|gonna|going to|might|could) (?:one day )?(?:ill |i will |i )?(?:do something i (?:regret|ll regret|will regret|would regret)|lamp (?:someone|somebody|him|her|them))|(?:baby|babys|the kids|kid|my son|my daughter) (?:cries|crying|screams|screaming)(?: ${W}| ,){0,6} (?:thoughts|urges) i (?:dont|do not) like`,
    { question: 'someoneInDanger' },
  ),
];

/** More of the two authors' plain statements: a dose asked about for dying, a chair and a belt, an
 * engine running in a garage, walking into water, done by the time you ring, gone by morning; an
 * older person's money or home taken; a grown man messaging a child; a double dose and drowsy, blue
 * round the lips, a baby breathing oddly; a weapon taken to someone at home. */
const NORTH_AND_YOUNG_PLAIN: readonly CrisisRule[] = [
  crisis(
    'categories.enoughToDie',
    ['suicidal'],
    `(?:is (?:it|that|this) |would (?:it|that|they|them) be |be )enough to (?:die|kill me|kill myself|end it|finish me)|how long (?:does it|would it|will it|do they|does that) take (?:to die|for me to die|to kill)|(?:would|will|could|does|do) (?:${W} ){1,2}(?:do it|do the job|finish me off|kill me)(?: or| ,| .)`,
  ),
  crisis(
    'categories.chairAndBelt',
    ['suicidal'],
    `(?:stood|standing|stand|got up) on (?:a|the|my) (?:chair|stool|ladder|bed|bucket|box)(?: ${W}){0,2} with (?:a|the|my|his|her) (?:belt|rope|cord|scarf|noose|tie|ligature|dressing gown cord)|(?:sat|sitting|sit) in (?:the|my) (?:garage|car)(?: ${W}){0,3} with the engine running`,
  ),
  possible(
    'categories.intoTheWater',
    ['suicidal'],
    `(?:walk|walked|walking|go|going|gone|wade|wading) into (?:the )?(?:sea|loch|river|water|lake|canal|tide|waves|reservoir)(?!(?: (?:for|to|with) (?:a |the )?(?:swim|paddle|dip|charity|paddling|swimming|photo|photos)| (?:swimming|paddling))(?= ))`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.doneByTheTime',
    ['suicidal'],
    `by the time (?:you|u|they|anyone|someone) (?:ring|call|phone|read|see|get|reply|answer)(?: ${W}){0,4} (?:it will|itll|it ll|i will|ill|i ll) (?:be )?(?:done|gone|over|dead|be done|be gone)`,
  ),
  possible(
    'categories.notHereInTheMorning',
    ['suicidal'],
    `if (?:im|i am) not (?:here|around|about) (?:in the morning|tomorrow|by morning)|(?:not )?(?:be )?sorry if i (?:didnt|did not|dont|never) wake(?: up)?`,
    { question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.gunOutOfCabinet',
    ['suicidal', 'harmToOthers'],
    `(?:got|taken|took|get|getting|have) (?:the|my|dads|his) (?:shotgun|gun|rifle) out(?: of)? (?:the )?(?:cabinet|safe|loft|cupboard)(?!(?:(?: ${W}){0,4} (?:to clean|for cleaning|to oil|for the shoot|for shooting|to shoot|for the clays|for clays|for the range))(?= ))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.olderPersonsMoneyTaken',
    ['abuse'],
    `(?:wants|wanted|asking for|asked for|demanding|demands|took|taken|takes) my (?:pin|bank card|bank cards|bank details|pension|purse and my cards|cards and my purse)|(?:sign|signing) (?:the|my|her|his) house over|(?:takes|took|taking) my (?:tablets|meds|medication|painkillers) and (?:sells|sold|selling)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.grownManMessagingChild',
    ['abuse'],
    `(?:grown|older|adult) (?:man|men|bloke|guy|lad|woman)(?: ${W}){0,4} (?:messaging|texting|chatting to|talking to|sending|buying|snapchatting|dming)|touched me when i was (?:little|young|a kid|a child|small|a girl|a boy)`,
    { question: 'someoneInDanger' },
  ),
  medical(
    'categories.doubleDoseDrowsy',
    'overdose',
    `(?:took|taken|had|swallowed) (?:a )?(?:double dose|double|too many|too much|extra)(?: of)?(?: ${W}){0,5}(?: ${W}| ,| .){0,6} (?:now )?(?:very |really |so )?(?:drowsy|sleepy|confused|cant wake|wont wake|not waking|strange|funny|sick and strange|dizzy and sick)`,
  ),
  medical(
    'categories.blueRoundLips',
    'breathlessness',
    `(?:gone|turned|going|turning) (?:a )?(?:blue|grey|gray)(?: colour| color)? (?:round|around|on) (?:the|his|her|my|their) (?:lips|mouth)`,
  ),
  possible(
    'categories.childBreathingOddly',
    ['medicalEmergency'],
    `(?:bairn|baby|babys|little one|toddler|son|daughter|newborn)(?: ${W}| ,| .){0,10} (?:breathing|breathin) (?:funny|fast|strange|weird|noisy|rattly|oddly|odd)`,
    { question: 'safeNow', flag: 'unwellChild' },
  ),
  crisis(
    'categories.wentForWithWeapon',
    ['harmToOthers', 'abuse'],
    `went for (?:me|us|him|her|them|${KIN}) (?:with|wi) (?:a|his|her|the|their|my) (?:stick|knife|hammer|bat|poker|bottle|chair|iron)`,
  ),
];

/**
 * Rural, older and working-age voices measured later: a method read about, a wish to join the dead,
 * water that looks inviting, wounds made on purpose in everyday words, poison drunk by an adult, a gas
 * alarm with its symptoms, and an old threat ("I'll do for him").
 */
const RURAL_AND_WORKING: readonly CrisisRule[] = [
  possible(
    'categories.methodReadAbout',
    ['suicidal'],
    `(?:reading|read|looking|looked|been looking|searching|searched|googling|googled|finding out) (?:up )?(?:about|up|on|into|at) (?:helium|charcoal burning|exit bags?|nitrogen gas)|(?:is|would|will) (?:helium|hanging|drowning|carbon monoxide|charcoal|an overdose|nitrogen) (?:be )?painless|painless (?:way|ways) (?:to|of) (?:die|dying|go|going|end it|do it)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.joinTheDead',
    ['suicidal'],
    `(?:set the date|picked the date|picked a date|ready|time|want|wanting|waiting|longing|going|gonna) (?:to |and )?(?:go and )?(?:join|be with) (?:her|him|them|my (?:late |dear )?(?:wife|husband|partner|mam|mum|mother|dad|da|father|son|daughter|boy|girl|lad|lass|brother|sister|family))(?: again)?(?= *$| [.,~]| (?:soon|now|up there|in heaven|on the other side|where (?:she|he|they) (?:is|are)|its|it will|it ll)(?![a-z0-9]))|(?:(?:d|ll|would|will|is going to|s going to|wants to|want to|wanna) )?(?:be )?(?:joining|join|be with|go and be with|going to be with) (?:her|him|them|mum|dad|my mum|my dad|his wife|her husband|my nan|my grandad|my husband|my wife|my son|my daughter)(?: soon| soon enough| shortly| before long| again| by then)?(?= *$| [.,~!]| (?:he|she|and|but|i)(?![a-z0-9]))(?:(?<=(?:${A_DEATH}|anniversary|birthday)(?: ${W}| .| ,){1,24})|(?=(?: ${W}| .| ,){1,12} ${A_DEATH}(?![a-z0-9])))|(?:wants?|wanted|wanting) to go to heaven (?:to see|to be with)|i (?:want|wanna|just want) to be where (?:she|he|they) (?:is|are)(?<=${A_DEATH}(?: ${W}| .| ,){1,20})`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.looksInviting',
    ['suicidal'],
    `(?:river|sea|water|canal|loch|quarry|reservoir|tracks|railway line|railway|bridge|cliff|cliffs|drop|edge|harbour) (?:looks|look|looked|is looking|seems|seemed|looking|looks very|looked very)(?: (?:very|so|really|quite|more and more|awful|that))? (?:inviting|tempting|appealing)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.woundsOnPurpose',
    ['selfHarm'],
    `(?:punch|punching|punched|punches|hit|hitting|bang|banging|banged|smash|smashing|smashed) (?:the |a |my )?(?:${W} )?(?:wall|walls|door|doors)(?: ${W}){0,2} (?:till|until|so hard|that hard)(?: ${W}){0,4} (?:knuckles|hands?|fists?|head)(?: ${W}){0,2} (?:raw|bleeding|bled|bleed|split|broken|bruised)|(?:dug|dig|digging|digs) my (?:nails|fingernails) in(?: ${W}){0,4} (?:drew|draw|drawn|till it bled|till i bled|bled|bleed)`,
    { question: 'safeNow' },
  ),
  medical(
    'categories.poisonDrunk',
    'overdose',
    `(?:drank|drunk|has drunk|swallowed|has swallowed|taken a swig of|had a swig of|had a drink of) (?:some |a |the |a bit of |a cup of |a glass of )?(?:of )?(?:the |his |her |a )?(?:weedkiller|weed killer|bleach|antifreeze|anti freeze|paraquat|rat poison|slug pellets|sheep dip|white spirit|turps|paraffin|drain cleaner|oven cleaner|toilet cleaner|screenwash|creosote|cleaning stuff|cleaning fluid|cleaning chemicals|caustic soda|caustic stuff|descaler)`,
  ),
  medical(
    'categories.gasAlarmAndSymptoms',
    'otherEmergency',
    `(?:carbon monoxide|co|gas) (?:alarm|detector|monitor) (?:is |s |has |keeps |)(?:going|gone|going off|went off|beeping|sounding|goes off)(?: ${W}| ,){0,8} (?:headache|headaches|dizzy|sick|drowsy|sleepy|confused|faint|nauseous|vomiting)`,
  ),
  possible(
    'categories.doForHim',
    ['harmToOthers'],
    `(?:ill|i will|i ll|im going to|gonna|going to|i swear ill|one more time and ill) (?:do for|swing for) (?:him|her|them|that (?:${W} )?${PEOPLE}|the (?:${W} )?${PEOPLE}|(?:that|the) (?:fella|bloke|lad|man|woman|neighbour|landlord))${STOP}`,
    { question: 'someoneInDanger' },
  ),
];

/**
 * Voices from the south of England and the Midlands, measured later: a wish to be dead in Patois, not
 * being around to pay or see something, means looked up, reasons running out, stopped tablets kept,
 * ideation named as such, no future for oneself, overdosing on a named tablet asked about, the end of
 * the road, sleep for a very long time; dressings on wrists, urges not acted on yet; household
 * poisons, a battery or magnets swallowed, swelling after nuts in possessive forms, a racing heart
 * with faintness, blood coughed up; an adult who hits a child of the house, threats of deportation,
 * work for no pay, a partner who forbids talk or answers for them, a card kept and an allowance given,
 * a partner in the next room, an ex who keeps finding them, injuries from a partner, money asked for,
 * things thrown in anger, a child with a second phone and cash, money missing from a parent's purse.
 */
const SOUTH_AND_MIDLANDS: readonly CrisisRule[] = [
  crisis(
    'categories.wantDeadPatois',
    ['suicidal'],
    `(?:mi|me|i) (?:just |only |really |jus |juss )?(?:waan|wan|wah) (?:fi |to )?(?:dead|ded|die)(?![a-z0-9])`,
  ),
  possible(
    'categories.notAroundTo',
    ['suicidal'],
    `(?:wont|will not|wouldnt|would not|aint|not going to|not gonna|probably wont|probably will not) be (?:around|here|alive) (?:to|for) (?:pay|see|need|worry|care|deal with|sort|face|use|read|finish|go to|come to|make)(?![a-z0-9])`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.lookingUpMeans',
    ['suicidal'],
    `(?:keep|keeps|kept|been|started|im|i am|ive been|have been|was|spent hours) (?:looking up|googling|researching|searching|searching for|reading up on) (?:bridges|tall buildings|multi storey car parks|multi storeys|car parks|cliffs|methods|ways to (?:die|go|end it)|how to (?:die|end it)|lethal doses?|how many (?:tablets|pills|paracetamol))(?![a-z0-9])`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.outOfReasons',
    ['suicidal'],
    `(?:running|run|ran|runnin|run right) out of reasons(?: to (?:live|stay|carry on|keep going|go on|be here|get up|stick around))?(?= *$| [.,~!])`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.keptStoppedTablets',
    ['suicidal'],
    `(?:(?:stopped|stop|quit|not been|havent been|have not been) taking|(?:came|come|coming|gone) off) (?:my |me |the )?(?:${W} )?(?:meds|medication|tablets|pills|antidepressants|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|venlafaxine|quetiapine|olanzapine|lithium|diazepam|pregabalin|gabapentin|zopiclone|co codamol|tramadol)(?: ${W}| ,){0,8} (?:kept|keeping|saved|saving|stored|storing|hoarded|hoarding|stashed|stashing|put by|putting by|held on to) (?:them|em|the lot|all of them|them all)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.ideationNamed',
    ['suicidal'],
    `(?:been|im|i am|was|keep|kept|currently|actively|started|ive been|i have been|still|always) ideating|(?:active|passive|suicidal) ideation(?!(?: ${W}){0,3} (?:been gone|has gone|is gone|gone|went away|has stopped|stopped|is over|resolved|years ago)(?![a-z0-9]))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.noFutureForMe',
    ['suicidal'],
    `(?:dont|do not|cant|cannot|can not) (?:really )?see (?:a|any|much of a) future (?:for myself|for me|ahead of me)|(?:no|not much of a) future (?:for me|for myself)(?= *$| [.,~])|(?:dont|don t|do not|cant|can t|cannot) (?:really )?see (?:a|any|much of a) future (?:after|once|beyond) (?:this|the|my) (?:${W} )?(?:contract|job|work|course|visa|redundancy|tenancy|hearing|tribunal)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.overdoseOnAsked',
    ['suicidal'],
    `(?:possible|possibly|can you|can i|could you|could i|is it easy|how easy is it|how hard is it|would it be possible|is it possible) (?:to )?overdose on`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.endOfTheRoad',
    ['suicidal'],
    `(?:come|came|reached|got|get|getting|at) (?:to )?the end of the road(?= *$| [.,~!]| (?:now|for me|i think|tbh|honestly)(?![a-z0-9]))|(?:this|it) is (?:the )?end of (?:the )?road for me`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.sleepVeryLong',
    ['suicidal'],
    `(?:want|wanna|wish i could|just want|would like) (?:to )?(?:go to )?sleep (?:for (?:a (?:very |really )?long time|ever|good)|and (?:never|not) wake)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.howMuchLongerWant',
    ['suicidal'],
    `how (?:much )?(?:longer|long) (?:i|im|i am) (?:really )?(?:want|wanna) (?:to )?(?:keep|carry on|go on|keep going|keep being|hold on|be here|stay|do this)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.dressingsOnWrists',
    ['selfHarm'],
    `(?:plasters|plaster|bandages|bandage|dressings|sweatbands|wristbands) (?:all )?(?:on|over|covering|round|around) (?:her|his|my|their|me) (?:wrists|wrist|forearms|forearm|thighs|thigh)`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.urgesNotActedYet',
    ['selfHarm', 'suicidal'],
    `(?:not|havent|have not|didnt|did not|aint|never) (?:yet )?acted on (?:them|it|the urges?|my urges?)(?: ${W}| ,| .){0,2} yet|(?<!(?:sugar|food|smoking|cigarette|vape|vaping|drinking|eating|snacking|binge|shopping|spending|gambling) )urges (?:are|is|have been|been|were) (?:so |really )?(?:loud|bad|strong|intense|back)(?![a-z0-9])`,
    { question: 'safeNow' },
  ),
  medical(
    'categories.householdPoison',
    'overdose',
    `(?:drank|drunk|has drunk|swallowed|has swallowed|eaten|ate|has eaten|bitten into|bit into|chewed|sucked on|had a swig of|had a drink of|got into) (?:some |a |the |a bit of |one of |part of |a whole )?(?:of )?(?:the |his |her |a |my |our |me )?(?:dishwasher liquid|dishwasher tablets?|washing up liquid|laundry (?:pods?|capsules?|tablets?|liquid)|liquitabs?|fabric conditioner|fabric softener|descaler|limescale remover|nail varnish remover|e liquid|vape liquid|vape juice|lighter fluid|petrol|meths|methylated spirits|button battery|button batteries|batteries|a battery|magnets|washing powder)(?![a-z0-9])`,
  ),
  medical(
    'categories.swellingAfterNuts',
    'anaphylaxis',
    `(?:nuts|nut|peanuts|peanut|stung|sting|allergic|allergy|shellfish|sesame|prawns)(?: ${W}| ,){0,10} (?:tongues|throats|lips|faces|mouths|tongue|throat|face|mouth) (?:(?:is|are|s|has|have|all|gone|going|got) ){0,2}(?:swelling|swelled|swollen|puffing|puffed|blowing)(?: up)?`,
  ),
  possible(
    'categories.racingHeartFaint',
    ['medicalEmergency'],
    `(?:heart|hearts|heart is|heart s) (?:is |s |keeps |been |)(?:going like the clappers|going like a train|racing|pounding|thumping|hammering|going mad|going ten to the dozen|banging|fluttering|beating (?:very |so |really |too )?(?:fast|hard)(?: and (?:strong|hard|fast))?)(?: ${W}| ,){0,8} (?:faint|fainting|dizzy|light headed|lightheaded|pass out|passing out|chest pain|chest is tight|tight chest)`,
    { flag: 'otherEmergency', question: 'safeNow' },
  ),
  possible(
    'categories.coughUpBlood',
    ['medicalEmergency'],
    `(?:cough|coughs|coughed|coughing|hack|hacking|bring|bringing) up (?:a bit of |a lot of |quite a bit of |some |loads of |lots of |clots of )?blood`,
    { flag: 'heavyBleeding', question: 'safeNow' },
  ),
  crisis(
    'categories.adultHitsChild',
    ['abuse'],
    `(?:boyfriend|girlfriend|partner|husband|wife|stepdad|step dad|stepmum|step mum|stepfather|stepmother|dad|da|mum|mam|uncle|auntie|aunty|grandad|lodger)(?: ${W}){0,1} (?:hits|beats|slaps|punches|kicks|batters|belts|chokes|strangles|hit|beat|slapped|punched|kicked|battered|belted) (?:my |our |me |his |her )?(?:little |baby |younger |big |older |wee )?(?:brother|sister|son|daughter|kids|children|child|baby|boy|girl|bro|sis|lad|lass|grandson|granddaughter)(?![a-z0-9])`,
  ),
  possible(
    'categories.goRoundWithWeapon',
    ['harmToOthers'],
    `(?:go|going|gonna|ill go|i ll go|i will go|hell go|he ll go|he will go|will go|to go) (?:up|round|over|down|upstairs|downstairs|next door) (?:there |to (?:him|her|them) |to his |to hers )?(?:with|wi) (?:a|the|his|my|me) (?:hammer|knife|bat|baseball bat|machete|crowbar|axe|blade|golf club)(?![a-z0-9])`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.threatIfTold',
    ['abuse'],
    `(?:if|when|should) (?:i|we) (?:go|went|talk|speak|call|ring|tell|report)(?: ${W}){0,2} (?:police|anyone|someone|anybody|the council|social services)(?: ${W}| ,){0,6} (?:deported|deport me|deport us|sent back|send me back|send us back|kill|hurt|take (?:my|the|our) (?:kids|children|baby))`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.madeToWorkUnpaid',
    ['abuse'],
    `(?:make|makes|made|making) (?:me|us) work(?: ${W}){0,8} (?:(?:and |but )?(?:i|we) (?:get|gets|got|dont get|do not get|never get) (?:no|nothing|no money|paid nothing|no pay)|for (?:no money|nothing|no pay)|without (?:pay|being paid)|no wages)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.partnerForbidsTalk',
    ['abuse'],
    `(?:husband|partner|boyfriend|wife|girlfriend|fella|fiance)(?: ${W}){0,1} (?:doesnt|does not|dont|wont|will not|wouldnt|would not) (?:like|let|allow) me (?:to )?(?:talking|talk|speaking|speak|seeing|see|going out|go out|having|have|ringing|ring|phoning|phone|calling|call|leaving|leave|using|use|keeping|keep|working|work)(?![a-z0-9])`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.answersForMe',
    ['abuse'],
    `(?:partner|husband|boyfriend|wife|girlfriend)(?: ${W}){0,3} (?:answers|speaks|talks|does the talking|does all the talking) for me|(?:partner|husband|boyfriend|wife|girlfriend) (?:normally |always |usually )?(?:comes|come|came) to (?:everything|every appointment|all (?:my|the) appointments?)|(?:cant|can t|cannot) (?:say|tell|speak)(?: anything)? in front of (?:him|my husband|my partner)(?= *$| [.,~!])`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.cardKeptAllowance',
    ['abuse'],
    `(?:keeps|kept|has|holds|took|takes|taken|take) (?:hold of )?(?:my|me) (?:benefit |benefits |bank |debit |salary )?(?:card|cards|pin|bank book|money|wages|salary|pension|payments?|universal credit|uc|child benefit)(?: safe)?(?: for me)?(?: ${W}| ,){0,6} (?:gives|give|gave|allows|lets) me (?:[0-9]+|a few|some|ten|twenty|five)|(?:keeps|kept|took|takes|take|taken) (?:my|me) (?:salary card|bank card|wages|salary|universal credit|benefits)(?: ${W}| ,| \\.){0,10} (?:family money|(?:i have|i got|leaves me|left with) nothing)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.partnerInNextRoom',
    ['abuse'],
    `(?:(?:husband|partner|boyfriend|wife|girlfriend|he|she) (?:is|s|are)|hes|shes) (?:in the (?:next|other) room|downstairs|upstairs|listening|right here|home now|outside)(?: ${W}| ,| .){0,8} (?:cant|cannot|can not) (?:talk|speak|stay|type)(?: (?:long|for long|much|now|properly|freely))?|(?:cant|cannot|can not) (?:talk|speak) (?:long|for long|freely|properly)(?: ${W}| ,| .){0,8} (?:(?:husband|partner|boyfriend|wife|he|she) (?:is|s)|hes|shes) (?:in the (?:next|other) room|listening|home|here|downstairs)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.exKeepsFinding',
    ['abuse'],
    `(?:left|leaving|fled|got away from|escaped) (?:him|her|my (?:husband|partner|ex|boyfriend|wife|girlfriend))(?: ${W}| ,){0,10} (?:he|she|they) (?:keeps|kept|still|always) (?:finding|find|turning up|following|tracking|showing up|found)|found (?:the |my |our )?(?:address|refuge|safe house)(?: of (?:the|my) (?:refuge|safe house))?(?: \\.| ,)? (?:he|she|they) (?:is|are|s) (?:outside|at the door|downstairs) now`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.injuriesFromPartner',
    ['abuse'],
    `(?:wife|husband|partner|girlfriend|boyfriend)(?: ${W}| ,){0,10} (?:ive|i have|i ve|i) (?:had|got|have) (?:a few |some |a couple of |several |a lot of |loads of )?(?:injuries|bruises|black eyes?|burns)(?![a-z0-9])`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.askForMoney',
    ['abuse'],
    `(?:have to|got to|gotta|need to|must) ask (?:him|her|my (?:husband|partner|wife|boyfriend|girlfriend)) (?:for|before i (?:spend|buy|get))(?: (?:the|my|any|some))? (?:money|bus fare|fare|cash|bus money|my own money|anything)(?![a-z0-9])`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.throwsInAnger',
    ['abuse'],
    `(?:throws|throwing|threw|chucks|chucking|chucked|smashes|smashing|smashed) (?:stuff|things|plates|cups|objects)(?: at me)? (?:when|whenever|if) (?:she|he|they|shes|hes|theyre) (?:s |is |gets |get |are |has |)(?:angry|drunk|mad|cross|drinking|kicks off|loses it|had a drink)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.secondPhoneAndCash',
    ['abuse'],
    `(?:second|2nd|another|extra|burner|different) phones?(?: ${W}| ,){0,8} (?:cash|money|wads|trainers)|(?:cash|money|wads)(?: ${W}| ,){0,8} (?:second|2nd|another|extra|burner) phones?`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.moneyMissingFromPurse',
    ['abuse'],
    `money (?:is |s |has been |keeps |keeps going |)(?:missing|going missing|gone missing|disappearing|taken|been taken) (?:from|out of) (?:her|his|their|mums|mams|dads|nans|grans|my mums|my dads|my nans) (?:purse|wallet|account|bank|handbag|tin)`,
    { question: 'someoneInDanger' },
  ),
];

/**
 * Disabled people, people with long-term conditions, Deaf signers writing English, and teenagers,
 * measured later: a wish to die in few words ("want die"), no point in fighting on, a pet rehomed
 * before going, a line pulled out, a referral not needed once the decision is made, a body left to
 * science soon, disappointment at waking, voices that command, wanting to stop living, starving as a
 * way to go, wanting out for good, a plan with nothing taken yet, death that sounds like a holiday;
 * wounds hidden, long sleeves in summer, dressing one's own cuts; favours paid back in work, a carer
 * who neglects; home that is not OK, leaving home unseen, an adult who messages a child at night, a
 * "boyfriend" much older than a child, sex demanded for a job or a home, a child who flinches or
 * asks to sleep at school; blue lips, a stoma gone dark, insulin with no food, someone who fell and
 * does not answer.
 */
const BODY_AND_YOUNG: readonly CrisisRule[] = [
  crisis(
    'categories.wantDieBare',
    ['suicidal'],
    `(?<!(?:to|not|dont|do not|never|doesnt|does not) )(?:want|wants|wanna) (?:die|dead)(?= *$| [.,~!]| (?:now|today|tonight|soon|already)(?![a-z0-9]))`,
  ),
  possible(
    'categories.noPointFighting',
    ['suicidal'],
    `(?:dont|do not|cant|cannot|can not|no longer|struggle to) see (?:the|any) point (?:in|of) (?:fighting|fighting it|fighting on|trying|carrying on|going on|keeping going|being here)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.petBeforeGoing',
    ['suicidal'],
    `(?:find|found|need|needs|sort|sorting) (?:someone|somebody|a home|a new home|a good home)(?: ${W}){0,3} (?:to take|for|to have) (?:my|the|our) (?:dog|cat|cats|dogs|guide dog|pets?|budgie|rabbit|hamster|parrot)(?: ${W}| ,| .){0,10} (?:then i can go|before i go|when im gone|after im gone|when i am gone|after i am gone)|then i can (?:go|rest|leave)(?= *$| [.,~!])|(?:guide dog|dog|cat|pets?)(?: ${W}){0,2} if (?:the|its|their|her|his) owner dies(?: ${W}| ,| .| ?){0,6} (?:plan|planning|soonish|soon)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.pullLineOut',
    ['suicidal', 'selfHarm'],
    `(?:line|picc|hickman|central line|fistula|catheter|port)(?: ${W}| ,){0,6} (?:pull|pulling|rip|ripping|yank|yanking|take|taking) it out`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.wontNeedItDecided',
    ['suicidal'],
    `(?:wont|will not|shant|shall not|wont be) need(?:ing)? (?:it|them|this|that|the (?:appointment|appt|referral|review|clinic)|next weeks (?:appointment|appt))(?: ${W}| ,| .){0,4} (?:made my decision|made up my mind|decided|my minds made up)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.bodyToScienceSoon',
    ['suicidal'],
    `(?:donate|leave|give) my (?:body|organs) to (?:science|medicine|research)(?: ${W}){0,2} (?:sooner rather than later|soon|early|now)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.sorryToWake',
    ['suicidal'],
    `(?:disappointed|gutted|sad|upset|annoyed|angry|sorry|fed up|cross) (?:that )?(?:i |i ve |ive |i have )?(?:woke|wake|woken|still wake|keep waking) up`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.commandVoices',
    ['suicidal', 'selfHarm'],
    `voices? (?:in (?:my|his|her) head )?(?:keep |keeps |are |is |been |)(?:telling|tell|tells|told|saying|say|says|ordering|order) me (?:to )?(?:jump|kill|hurt|cut|end|die|hang|stab|harm|burn|drown|walk into|step)`,
  ),
  crisis('categories.stopLiving', ['suicidal'], `(?:want|wants|wanted|wanting|going|decided) to stop living`),
  possible(
    'categories.starveToGo',
    ['suicidal'],
    `(?:stop|stopped|stopping) (?:eating|eating and drinking|drinking)(?: ${W}| ,){0,4} (?:peaceful|painless|die|dying|end|the end|slip away|go quietly)|(?:die|dies|dying)(?: ${W}){0,2} (?:because|if|when|from) (?:you|i|one|someone|a person) (?:stop|stops|stopped|stopping) (?:eating|eating and drinking)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.wantOutForGood',
    ['suicidal'],
    `(?:want|wants|wanting|need) out (?:for good|of it all|of everything)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.planNothingTaken',
    ['suicidal'],
    `(?:took|taken|tooken) nothing yet|nothing yet but (?:ive|i have|i ve|i) (?:got|have|made) (?:a )?plan`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.deathSoundsGood',
    ['suicidal'],
    `(?:death|dying|being dead) (?:sounds|seems|looks|feels|would be) (?:like )?(?:a |the |so )?(?:holiday|relief|rest|break|good|nice|peaceful|better|easier|appealing|tempting|lovely)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.woundsHidden',
    ['selfHarm'],
    `(?:hide|hiding|hid|cover|covering|cover up) (?:the |my |these |those )?(?:marks|cuts|burns|scars|scratches)(?: ${W}){0,3} (?:on|from)|(?:burns|cuts|marks|scars) (?:are |r |)(?:hidden|covered) (?:under|by)|long sleeves (?:in|during|all) (?:the |this )?(?:summer|july|august|june|heat|heatwave|a heatwave)|(?:suture|stitch|glue|steri strip|dress|patch up) my own (?:cuts|wounds|arm|arms|legs|wrists)|too tight on purpose|(?:marks|bruises|cuts) i (?:have to|need to|ve got to|got to|ve had to) hide`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.dressedOwnCuts',
    ['selfHarm'],
    `(?:steri strips|stitches|dressings?|plasters?|bandages?|butterfly strips)(?: ${W}| ,){0,6} (?:did it|done it|i did it) (?:myself|to myself|on purpose)`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.favourPaidInWork',
    ['abuse'],
    `(?:make|makes|made|making) me (?:do|work)(?: ${W}){0,4} (?:to )?pay (?:back|off|for)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.carerNeglects',
    ['abuse'],
    `(?:carer|carers|care worker|care workers|staff)(?: ${W}){0,3} (?:keeps |keep )?(?:forgetting|forgets|forgot|not giving|doesnt give|dont give|never gives|never give)(?: ${W}){0,4} (?:tablets|meds|medication|medicine|food|dinner|tea|drinks?|insulin)|pads? (?:arent|are not|not|isnt|never|not being) (?:changed|being changed)(?: for (?:hours|ages|days))?`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.homeNotOk',
    ['abuse'],
    `(?:stuff|things|it|everything) at home (?:isnt|is not|arent|are not|aint|not|s not) (?:ok|okay|good|right|safe|normal)|(?:get out|leave|run away|escape|move out)(?: of)?(?: my| the)?(?: house| home)? without (?:my )?(?:dad|mum|mam|parents|stepdad|stepmum|him|her|them) (?:finding out|knowing|noticing|seeing)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.adultMessagesChild',
    ['abuse'],
    `(?:teacher|coach|tutor|youth worker|leader|instructor|older (?:man|guy|boy|lad|bloke))(?: ${W}){0,3} (?:to )?(?:message|messages|messaging|messaged|dming|snap|snaps|snapping|text|texting|texts|texted)(?: ${W}){0,4} (?:at (?:[0-9]+ ?am|midnight|night)|late at night|asking for (?:pics|photos|nudes))`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.muchOlderBoyfriend',
    ['abuse'],
    `(?:1[0-5]|twelve|thirteen|fourteen|fifteen) ?(?:yo|y o|year old|yr old|years old)(?: ${W}| ,| .){0,20} (?:boyfriend|fella)(?: ${W}){0,2} (?:is|s|who is) (?:[2-4][0-9]|in his (?:twenties|20s|thirties|30s))(?![0-9])`,
    { question: 'someoneInDanger' },
  ),
  crisis(
    'categories.sexDemanded',
    ['abuse'],
    `(?:if i dont|if i do not|unless i|or else i|if i wont|if i will not)(?: ${W}){0,2} (?:sleep with|have sex with|shag|do stuff with|send (?:him|her|them) (?:pics|nudes|photos))`,
  ),
  possible(
    'categories.childFlinches',
    ['abuse'],
    `flinch(?:es|ing|ed)? (?:every time|when|whenever)|(?:asked|asks|wants|begged|keeps asking)(?: ${W}){0,2} (?:if |whether )?(?:he|she|they|i) (?:could|can|may) (?:sleep|stay) (?:at school|at the club|at ours|in (?:school|class))`,
    { question: 'someoneHurting' },
  ),
  medical(
    'categories.lipsGoneBlue',
    'breathlessness',
    `(?:lips|lip) (?:have |has |s )?(?:gone|going|turned|turning|look|looking|are|is)(?: a bit| slightly| quite| really| very)? (?:blue|grey|gray|purple)(?![a-z0-9])`,
  ),
  possible(
    'categories.stomaDark',
    ['medicalEmergency'],
    `stomas? (?:has |is |s )?(?:gone|going|turned|turning|looks|looking|is)(?: ${W}){0,2} (?:purple|black|dark|grey|gray|blue)`,
    { flag: 'otherEmergency', question: 'safeNow' },
  ),
  possible(
    'categories.insulinNoFood',
    ['medicalEmergency'],
    `(?:confused|shaky|sweaty|drowsy|muddled)(?: ${W}| ,){0,8} insulin(?: ${W}| ,){0,6} (?:forgot|missed|skipped|not had|havent had|didnt have|no) (?:my |me |his |her )?(?:dinner|tea|lunch|breakfast|meal|food)`,
    { flag: 'otherEmergency', question: 'safeNow' },
  ),
  medical(
    'categories.fellNotAnswering',
    'collapse',
    `(?:fell|fallen|had a fall|collapsed)(?: ${W}| ,){0,6} (?:(?:she|he|they|shes|hes|nan|gran|mum|dad|grandad)(?: is| s)? )?(?:not|isnt|wont|wasnt) (?:answering|answer|responding|respond|waking|moving)(?!(?: (?:to )?(?:my |the |her |his )?(?:texts|emails|letters|calls|phone|messages))(?= |$))`,
  ),
];

// Widened again for the classes two later voices showed (people typing late at night or after a drink,
// gambling and debt, prison and probation, hostels and sofas, sex work, Traveller sites; and staff who
// describe their own crisis in clinical words, people of faith, bereaved parents, older couples): a
// name between "off the" and "bridge", a step already taken in the past tense, a letter or a last
// message, a wish that an illness would hurry, means kept back, a prayer to be taken, a plan named in
// clinical words, wounds kept open or explained away, harm to others said as it is happening, control
// of benefits, keys and medicines, work to pay off a debt, and emergencies in plain words (waters
// gone, a grunt with each breath, a sugar meter that reads LO, a fever after chemotherapy).
const NIGHT_AND_FAITH: readonly CrisisRule[] = [
  crisis(
    'categories.offNamedPlace',
    ['suicidal'],
    `(?:jump|jumping|jumped|throw myself|throwing myself|chuck myself|go|going|step|stepping) off (?:the|that) (?:${W} ){1,2}(?:bridge|cliff|cliffs|viaduct|multi storey|car park|flyover|tower|roof)(?!(?: (?:road|street|lane|station|stop|cafe|pub|club))(?= ))(?<!(?:bungee|bungy|charity|abseil|abseiling)(?: ${W}| ,){0,8})`,
  ),
  crisis(
    'categories.steppedInFront',
    ['suicidal'],
    `(?:stepped|walked|jumped|threw myself|just step|just stepped|just walked) (?:out )?in front of (?:a|the|an|the next) (?:(?:[0-9]+ [0-9]+ |[0-9]+ )?(?:${W} )?(?:train|trains|lorry|bus|truck|tube|tram|car|traffic)|[0-9]+(?:[.:][0-9]+)?(?= *$| [.,~!]| (?:to|from|train|bus|express|this|last|yesterday|today|tonight|tomorrow|again)(?![a-z0-9])))`,
  ),
  possible(
    'categories.lettersToFamily',
    ['suicidal'],
    `(?:wrote|written|writing|write|left) (?:some )?(?:letters|a letter|notes|a note|goodbye letters|cards) (?:for|to) (?:my|me|our|her|his|their) (?:${W} )?(?:kids|children|son|sons|daughter|daughters|mum|mam|dad|wife|husband|partner|family|class|nan|sister|brother|boys|girls)(?: and (?:my )?${W})?(?: ${W}| [.,]){0,3} (?:just in case|in case|not sure why|tonight|last night|for after|for when)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.lastMessageFromMe',
    ['suicidal'],
    `(?:last|final) (?:message|text|time) (?:you|u|youll|you will|you ll|ull|anyone|anybody)(?: will| ll)? (?:get|hear|have|see) (?:from|of) me`,
  ),
  possible(
    'categories.illnessHurry',
    ['suicidal'],
    `wish (?:the |my |this )?(?:cancer|illness|disease|tumour|tumor|heart|copd|dementia|condition) (?:would|could|will) (?:just )?(?:hurry up|get on with it|take me|finish me|finish the job)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.wantOutOfLife',
    ['suicidal'],
    `(?:want|wants|wanna|need) out of (?:life|this life|living|existence)(?= *$| [.,~!]| (?:altogether|completely|now|tonight|for good|i|im|all together))(?<!(?:what|things|everything|all|more) (?:i|you|u|we|they|people) (?:want|wants|wanna|need) out of (?:life|this life|living|existence))`,
  ),
  possible(
    'categories.tiredOfWaking',
    ['suicidal'],
    `(?:tired|sick|fed up|weary) of (?:waking up|wakin up|having to wake up|waking up every day)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.wantItAllToStop',
    ['suicidal'],
    `(?:want|wnat|wnt|wants|wanna|need) (?:it all|everything|all of it|all this|the lot) to (?:stop|end|be over)(?!(?: (?:with|and done|for a (?:bit|while|minute|day|week)|so i can))(?= ))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.godForgivesSuicide',
    ['suicidal'],
    `(?:god|allah|the lord|jesus) (?:forgive|forgives|forgiven|will forgive|would forgive)(?: ${W}){0,4} (?:take|takes|took|taking|end|ends|ended) (?:their|there|thier|his|her|your|ur|my|me) own (?:life|lives)|(?:will|would|do|does) (?:god|allah|the lord|jesus) forgive me(?: ${W}){0,3} (?:if|for) (?:i|what i)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.headSaysDoIt',
    ['suicidal', 'selfHarm'],
    `(?:head|mind|brain|voice|voices) (?:keeps|keep|is|are|just keeps|keeps on) (?:saying|telling me|tellin me|sayin) (?:just )?do it`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.tellSomeoneGoing',
    ['suicidal'],
    `(?:tell|let) (?:someone|somebody|you|u|anyone|anybody)(?: know)? (?:that )?(?:im|i am|i m) (?:going|goin|off|leaving|gone) (?:tonight|today|now)(?= *$| [.,~!])`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.drinkWithAllMeds',
    ['suicidal'],
    `(?:vodka|whisky|whiskey|gin|rum|wine|cider|booze|drink|bottle)(?: ${W}| ,){0,6} (?:and|with|plus|n) (?:all|every one of|the rest of) (?:my|me|his|her|the|mums|mams|dads) (?:${W} )?${DRUGS}`,
  ),
  possible(
    'categories.goneByThen',
    ['suicidal'],
    `(?<=by (?:${A_DAY}|then)(?: ${W}| ,){0,10} )(?:ill|i will|i ll|im|i am) (?:be )?gone(?= *$| [.,~!])|(?:ill|i will|i ll|i|im|i am|i shall) (?:be|b) (?:gone|long gone|dead|six foot under) (?:by then|before then|before that|by the time|by next|by (?:christmas|the weekend|friday|monday|new year|the end of)|before (?:the|my|it|next|christmas|friday|monday))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.meansKeptBack',
    ['suicidal'],
    `(?:stash|stockpile|hoard) of (?:my |me |his |her |the )?(?:${W}s )?(?:old )?${DRUGS}|(?:kept|keeping|put|putting|saved|saving|got|hidden|hid|stashed) (?:back|aside|away|by)(?: enough of| some of| all of)? (?:my |me |his |her |the )?(?:${W}s )?(?:old )?${DRUGS}|(?:put|putting|kept|keeping|saved|saving) (?:enough|plenty) (?:of )?(?:my |me |his |her |the )?(?:${W} )?${DRUGS}? ?(?:aside|back|by)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.killYourselfNoPolice',
    ['suicidal'],
    `(?:want|wanna|wants|going) to (?:kill|top|end) (?:urself|yourself|ur self|your self|ur life|your life)(?: ${W}){0,6} (?:police|ambulance|sectioned|anyone coming)|(?:number|line|someone) to (?:ring|call|text) if (?:u|you) (?:want|wanna) to (?:kill|top|end) (?:urself|yourself|ur self|your self|it)`,
  ),
  possible(
    'categories.someoneWillFindMe',
    ['suicidal'],
    `(?:who|whod|someone|somebody|staff|the staff|hostel staff|the police|police|they|anyone|my (?:${W} )?(?:wife|husband|kids|son|daughter|mum|partner))(?: ${W}){0,2} (?:will|would|is going to|gonna|d|ll|find) (?:find|be the one to find|be the ones to find|finds|found) me(?: ${W}){0,2} (?:quickly|first|before|after|when|if|or|so)|(?:go|going|goin) (?:through|thru) with it(?: ${W}| ,){0,6} (?:find|found) me`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.buryMeIfIDoIt',
    ['suicidal'],
    `(?:bury|burying|buried) me(?: ${W}| ,){0,6} if i (?:do it myself|did it myself|kill myself|end it myself|end my life|take my own life|go through with it|go thru with it)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.myExit',
    ['suicidal'],
    `(?:thinking|think|thought|planning|plan|planned|sorting|sorted) (?:about |of |out )?my (?:exit|way out|exit plan)(?= *$| [.,~!]| (?:again|tonight|lately|a lot|now)(?![a-z0-9]))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.deadWereLucky',
    ['suicidal'],
    `(?:died|passed|od d|odd|ods|overdosed|killed himself|killed herself|hung himself|hanged himself|took his own life|took her own life)(?: ${W}| ,){0,8} (?:he|she|they) (?:was|were|is|are|got) (?:the )?(?:lucky|lucky one|lucky ones|better off)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.dontTrustMyselfNear',
    ['suicidal'],
    `(?:dont|do not|cant|cannot|can not) trust (?:myself|meself) (?:near|by|around|with|on) (?:the |a |my |them |those |these )?(?:canal|river|bridge|railway|tracks|train line|water|sea|cliff|edge|knives|knife|blades|razors|tablets|pills|meds|${DRUGS}|gun|rope|car)`,
  ),
  possible(
    'categories.finishedGoodbye',
    ['suicidal'],
    `(?:finished|done|its over|it is over|all over|over)(?: ${W}| ,| .){0,6} (?:goodbye|bye for good|bye everyone|farewell)(?= *$| [.,~!])`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.ifAnythingHappensTell',
    ['suicidal'],
    `if (?:anything|something) (?:happens|happened|were to happen|should happen) to me(?: ${W}| ,){0,8} (?:my ${W} (?:has|gets|should have|takes)|tell|let (?:my|her|him|them) know|know that|make sure)|(?:for|to) (?:my|her|him) (?:${W} )?(?:wife|husband|partner|kids|son|daughter|mum|sister) if anything (?:happens|happened) to me|(?:tell|let) (?:my ${W}|her|him|them)(?: know)?(?: ${W}){0,3} if anything (?:happens|happened) to me`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.meetMyMaker',
    ['suicidal'],
    `(?:ready|want|wanting|waiting|time|going) to meet my maker(?<!(?:nearly|almost|not|not quite|never) (?:ready|going|time) to meet my maker)|(?:calling|call|called) me home(?: early| soon| now)?(?= *$| [.,~!]| and (?:im|i am|i m))|(?:want|wants|wanting|going|ready) to join (?:my|our) (?:${W} )?(?:son|daughter|boy|girl|husband|wife|baby|late ${W})|(?:going|go) to (?:him|her|them|jesus|god|allah) tonight`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.burdenHadEnough',
    ['suicidal'],
    `(?:had enough of|tired of|sick of|fed up of|fed up with|sick to death of) being a (?:burden|drain|weight|nuisance)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.foundAWayOut',
    ['suicidal'],
    `(?:pray|prayed|praying|looking|looked|asking|asked) for a way out(?: ${W}| ,){0,6} (?:found|find) (?:one|it)|(?:think|thought) (?:ive|i have|i ve) found (?:my|the|a) way out`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.notPlanningToBeHere',
    ['suicidal'],
    `(?:dont|do not|not|no) plan(?:ning)? (?:on|to be) (?:being )?(?:here|around|alive)(?: (?:for|by|at|after|much|long|next)(?![a-z0-9])|(?= *$| [.,~!]))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.sleepNotWake',
    ['suicidal'],
    `(?:go|going|get|drift) (?:to sleep|off to sleep|off)(?: ${W}){0,2} (?:and )?(?:not|never) (?:bother )?(?:waking|wake) (?:up|again)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.engineRunningEnclosed',
    ['suicidal'],
    `(?:sat|sitting|sits|sat in|was sat) in (?:the |a |my |his |her )?(?:garage|car|van)(?: ${W}| ,){0,4} with the (?:engine|car|motor) (?:running|on|going)|(?:how long|how quick|how quickly) (?:it takes|does it take|would it take)(?: ${W}){0,3} (?:car|engine|exhaust) (?:in|running in) (?:a |the )?garage|(?:hose|pipe) (?:from|on) the exhaust`,
  ),
  crisis(
    'categories.bothBetterOffDead',
    ['suicidal', 'harmToOthers'],
    `(?:wed|we d|we would|we both|both of us) (?:both )?(?:be )?better off (?:dead|gone|out of it|going together)`,
  ),
  possible(
    'categories.takeThemselvesOff',
    ['suicidal'],
    `(?:take|taking|took|takes) (?:himself|herself|myself|meself|themselves) off(?= *$| [.,~!]| (?:so|somewhere|for good|and not|where)(?![a-z0-9]))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.understandWhyTheyDid',
    ['suicidal'],
    `(?:understand|get|see|know) (?:now )?why (?:he|she|they|my ${W}) did it|(?:lost|losing) my (?:${W} )?(?:son|daughter|brother|sister|husband|wife|dad|mum|mam|boy|girl|friend|mate) to suicide(?: ${W}| ,){0,6} (?:understand|i get it|get it now|same way|thinking the same|thought about it)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.giveMyLifeBack',
    ['suicidal'],
    `(?:want|wanna|wants|like|ready) to give (?:mine|it|my life|this life) back`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.doseBeforeDangerous',
    ['suicidal'],
    `(?:max|maximum|most|highest) (?:dose|amount|number)(?: of)?(?: ${W}){0,3} (?:before|till|until) (?:it gets |its |it becomes |it is |you |u )?(?:dangerous|fatal|lethal|deadly|die|overdose)|(?:would|does|will|did) it hurt if i (?:took|take|swallowed|swallow) (?:all|every one|the lot)|(?:is it|would it be|how) (?:painful|quick|quicker|slow|peaceful) (?:to|if i) (?:hang|drown|jump|od|overdose|bleed out)|(?:take|took|taking|swallow) (?:all|every one) (?:of )?(?:my |ur |your |the |them |these |those )?(?:${W} )?(?:${DRUGS} )?at once(?: ${W}){0,3} (?:dont|not|never|u|you) (?:wake|wake up|die|dont)|(?:how|hw|hoW) (?:many|much)(?: ${W}){0,3} (?:does it take|would it take|to take) to (?:do|kill|destroy|wreck|pack) (?:in )?(?:ur|your|my|the) (?:liver|kidneys|heart)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.partOfMeWantsToEnd',
    ['suicidal'],
    `(?:bit|part|all|every bit|every part|most|wee bit|little bit) of me (?:wants|wanting|just wants) to (?:end it|end it all|die|be dead|not be here|go|kill myself)`,
  ),
  possible(
    'categories.planNotSaying',
    ['suicidal'],
    `(?:made|got|have|ive got|i have) a plan(?: .| ,)? (?:im|i am|i m|not) (?:not )?(?:going to |gonna )?(?:say|tell|telling|saying) (?:what|you|anyone|how)|(?:plan|plans) (?:,|and|n) means|(?:means|plan) (?:,|and) (?:the lot|everything|a date)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.swallowEverything',
    ['suicidal'],
    `(?:imagine|imagining|imagined|thinking (?:about|of)|picture|picturing|tempted|urge to|want to|keep) (?:just )?(?:swallowing|swallow|taking|take|downing|down) (?:everything|all of it|the lot|all of them|every one of them|all my ${W}|everything in)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.getItOverWith',
    ['suicidal'],
    `(?:should|shall|might as well|may as well|better) (?:i )?(?:just )?get it over with(?= *$| [.,~!?])`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.switzerlandOrDignitas',
    ['suicidal'],
    `(?:go|going|goes|get|getting|went|been|looked|looking|looking into|contacted|contact|joined|join|about) (?:to |into |at |with )?dignitas|(?:go|going|goes|get|getting) to switzerland(?: ${W}| ,| .){0,8} (?:not|no|nothing|hasnt|hasn t|isnt) (?:got )?(?:anything )?terminal|(?:go|going) to switzerland (?:to die|to end it|for the injection|for assisted)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.goodInnings',
    ['suicidal'],
    `(?:ive|i ve|i have|i had|had) (?:had )?(?:a )?(?:good|long|decent|fair) innings(?: ${W}| ,| .){0,6} (?:im|i am|i m|i|ready|enough|time)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.affairsInOrder',
    ['suicidal'],
    `(?:getting|got|get|put|putting|sorted|sorting) (?:my affairs|the house|my house|everything|things|my things) in order(?: ${W}| ,| .){0,8} (?:cancelled|gave|given|gone to|dog|cat|will|letters|goodbye)`,
    { question: 'endingLife' },
  ),
  // Self-harm
  possible(
    'categories.headAgainstWall',
    ['selfHarm'],
    `(?:bang|banging|banged|bash|bashing|hit|hitting|smash|smashing) my head (?:off|against|on|into) (?:the|my) (?:${W} )?(?:wall|walls|door|floor)(?=(?: ${W}| ,| .){0,14} (?:again|till|until|bleeds?|bleeding|bruised?|on purpose|to feel|to stop|cant stop))(?<!like (?:${W} ){0,3}(?:bang|banging|banged|bash|bashing|hit|hitting|smash|smashing) my head (?:off|against|on|into) (?:the|my) (?:${W} )?(?:wall|walls|door|floor))`,
    { question: 'safeNow' },
  ),
  crisis(
    'categories.relapsedHarm',
    ['selfHarm'],
    `(?:relapsed|relapse|slipped|broke my streak)(?: ${W}| ,| .){0,8} (?:clean|free) (?:of|from) (?:cutting|harming|self harm|self harming|burning|sh)|(?:clean|free) (?:of|from) (?:cutting|harming|self harm|self harming|burning|sh)(?: ${W}| ,| .){0,6} (?:relapsed|slipped|cut again|did it again)`,
  ),
  possible(
    'categories.woundsKeptOpen',
    ['selfHarm'],
    `(?:pull|pulling|pulled|pick|picking|picked|rip|ripping|open|opening|reopen|reopening|tear|tearing) (?:at )?(?:the |my )?(?:stitches|wounds?|scabs?|cuts|steri strips|dressings?)(?: ${W}){0,3} (?:so|to make sure|so that) (?:they|it) (?:wont|dont|cant|will not|do not|doesnt|does not|never) heal|(?:steri strips|butterfly stitches|butterfly strips|dressings|bandages)(?: ${W}| ,){0,6} (?:rather not say|not say what|not saying what|dont ask)`,
    { question: 'safeNow' },
  ),
  crisis(
    'categories.carveIntoSkin',
    ['selfHarm'],
    `(?:carve|carved|carving|scratch|scratched|scratching|etch|etched) (?:${W} ){0,2}into my (?:arms?|legs?|skin|thighs?|wrists?|stomach|belly|hip|hips)|(?:carve|carved|carving|etch|etched) (?:the )?(?:names?|words?|letters?|initials)(?: ${W}){0,4} (?:on|in|into) my (?:arms?|legs?|skin|thighs?|wrists?|stomach|belly)`,
  ),
  possible(
    'categories.onPurposeHurts',
    ['selfHarm'],
    `(?:burns|cuts|marks|scars|bruises|they|theyre|they are|its|it s|it was|they were)(?: all)? (?:are |were )?on purpose(?= *$| [.,~!])|on purpose so (?:it|that it|they) (?:hurts|hurt|stings|bleeds)|(?:burns|cuts|marks|scars) on my (?:arms?|legs?|wrists?|thighs?|stomach) (?:are|were) (?:from|by) me`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.doingItNowSorry',
    ['selfHarm', 'suicidal'],
    `(?:doing it|done it|did it) (?:now|right now|again)(?: ,| .)? (?:sorry|soz|bye)|(?:think|thinks|told (?:them|everyone)) (?:its|it s|it was|they were|theyre) (?:a |an |from a |from an )?(?:${W} )?(?:injury|accident|cat|cat scratch|dog|gardening|work)(?: ,| .)? (?:it|they) (?:isnt|is not|wasnt|was not|arent|are not|werent|s not)`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.deserveThePain',
    ['selfHarm'],
    `(?:deserve|deserved) (?:the |this |that )?(?:pain|to hurt|to suffer|to bleed|it to hurt)(?= *$| [.,~!]| (?:got|have|so|and))`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.bladeInHand',
    ['selfHarm'],
    `(?:got|have|holding|with) (?:the |a |my )?(?:lighter|razor|blade|sharpener blade|scissors|compass) (?:in my hand|next to me|out)(?= *$| [.,~!]| (?:again|now|right now))|(?:with|using) a (?:razor|blade)(?= *$| [.,~!])`,
    { question: 'safeNow' },
  ),
  // Harm to others
  crisis(
    'categories.stabbingHim',
    ['harmToOthers'],
    `(?:im|i am|i m|ill|i will|i ll|gonna|going to|swear ill|swear i will) (?:stab|stabbing|glass|glassing|bottle|bottling|cut|cutting|slash|slashing|shank|shanking|do|doing) (?:him|her|them|the (?:${W} )?(?:lad|bloke|fella|guy|man|neighbour|landlord|bookie))(?: ${W}| ,| .){0,6} (?:${WEAPON}|tonight|now|in the morning|if he|if she)`,
  ),
  crisis(
    'categories.goingRoundArmed',
    ['harmToOthers'],
    `(?:going|goin|heading|head|gonna go|go) (?:round|over|down)(?: ${W}){0,6} (?:with|wi) (?:a|the|my|me) (?:${W} )?${WEAPON}`,
  ),
  possible(
    'categories.somethingIllRegret',
    ['harmToOthers'],
    `(?:ill|i will|i ll|gonna|going to|i might|i could|im gonna|im going to) do something (?:to (?:him|her|them|the ${W}|my ${W}) )?(?:ill|i will|i ll|i|id|i would) (?:regret|be sorry for)|(?:pushed|shoved) (?:her|him) (?:back )?(?:into|onto|down onto|down into) (?:her|his|the) (?:chair|bed|wheelchair)`,
    { question: 'safeNow' },
  ),
  crisis(
    'categories.threatensKillKids',
    ['abuse', 'harmToOthers'],
    `(?:hell|he will|he ll|shell|she will|she ll|says hell|says he will|says shell|threatens to|threatened to|threatening to|going to|gonna) (?:kill|hurt|harm|take) (?:the kids|the children|the baby|my kids|my children|my baby|our kids|the boys|the girls)(?: ${W}){0,3} (?:if|when|unless)`,
  ),
  possible(
    'categories.badThoughtsAboutChild',
    ['harmToOthers'],
    `(?:thinking|think|thought|thoughts|having) (?:really )?(?:bad|awful|horrible|dark|terrible|scary) (?:things|thoughts) about (?:my|the|our) (?:${W} )?(?:lad|baby|son|daughter|kid|kids|child|boy|girl|little one|newborn)`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.someoneWillGetHurt',
    ['harmToOthers'],
    `(?:someones|someone is|somebody is|somebodys|someone s) (?:going to|gonna|bound to|about to) get (?:hurt|killed|stabbed|seriously hurt)`,
    { question: 'safeNow' },
  ),
  crisis(
    'categories.armedSaysHell',
    ['harmToOthers'],
    `(?:has|got|with|holding|picked up|grabbed) (?:a|the|his|her) (?:${W} )?${WEAPON}(?: ${W}| ,){0,6} (?:says|saying|said|going to|gonna|threatening to|wants to)(?: (?:hes|shes|he is|she is|he will|she will|hell|shell))?(?: going to| gonna)? (?:do|get|sort|hurt|kill|stab|cut|go for) (?:the|my|his|her|him|them|someone)`,
  ),
  // Abuse
  crisis(
    'categories.ifILeaveHell',
    ['abuse'],
    `if i (?:leave|left|go|run|tell|talk)(?: ${W}){0,2} (?:hell|he will|he ll|hed|he would|theyll|they will|they ll|shell|she will|they d) (?:find|hurt|kill|come after|get|burn|take)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.comesInWithMe',
    ['abuse'],
    `(?:without him|without her|on my own|by myself|alone)(?: ${W}| [.,]){0,3} (?:he|she) (?:always|never lets me|wont let me|insists on) (?:comes?|coming|being) (?:in )?with me`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.olderGivesChildStuff',
    ['abuse'],
    `(?:older|old|grown) (?:boyfriend|bloke|blokes|man|men|lad|lads|guy|guys|fella|fellas)(?: ${W}| ,){0,10} (?:car|cars|vapes?|money|gifts?|drugs|weed|phone|trainers|alcohol)(?<=(?:[0-9]+ ?(?:yr old|yo|year old|years old)|only (?:1[0-7]|[0-9])|is (?:1[0-7])|(?:hes|shes|he is|she is) (?:1[0-7]))(?: ${W}| ,| .){0,20})|(?:giving|gives|gave) (?:the |a |my )?(?:young |little )?(?:lad|girl|boy|kid|him|her)(?: ${W}){0,4} (?:drugs|vapes|weed|money|alcohol)(?: ${W}| ,){0,4} (?:and )?(?:taking|takes|took|picking|picks) (?:him|her|them) (?:off|away|out) in (?:cars|a car|his car)`,
    { question: 'someoneInDanger' },
  ),
  crisis(
    'categories.neckHeld',
    ['abuse'],
    `(?:hands?|arm|arms) (?:round|around|on|over) (?:my|your|her|ur) (?:neck|throat)`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.stayIfSex',
    ['abuse'],
    `(?:can|could|let me|lets me) (?:stay|keep the room|stop)(?: ${W}){0,2} if i (?:sleep with|have sex with|do stuff with|shag|sleep wi|do things with|do runs|do drops|carry)(?: him| them| for him| for them)?|(?:if|so long as|as long as) i (?:do|keep doing) (?:runs|drops|deliveries|county lines) (?:for|to)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.benefitsIntoHisAccount',
    ['abuse'],
    `(?:my|me|her) (?:benefits|wages|pension|money|pip|uc|universal credit|carers allowance|dla|esa|pay) (?:go|goes|going|gets paid|paid|are paid|is paid) (?:in)?to (?:his|her|their) (?:account|bank)|(?:he|she|they) (?:gives|give|lets me have|allows me) (?:me )?(?:[0-9]+|twenty|ten|fifty) (?:quid|pound|pounds) a week`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.honourThreat',
    ['abuse'],
    `if i (?:marry|married|date|see|go with) (?:outside|out of|a ${W}|someone|him|her)(?: ${W}){0,3} (?:theyll|they will|they ll|hell|he will|he ll|theyd|they would) (?:deal with|kill|hurt|sort|disown|send) me`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.angryWhenIGoOut',
    ['abuse'],
    `(?:gets|goes|get|go|got|went) (?:angry|mad|nasty|funny|violent|jealous|off on one|crazy) (?:when|if|whenever) i (?:go out|see my|see friends|talk to|leave|speak to|go to)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.heHasMyMeds',
    ['abuse'],
    `(?:hes|he has|he s|hes still|shes|she has|theyve|they have|he|she|they) (?:still )?(?:got|has|have|keeps|kept|took|taken|holds|hid|hidden) (?:all )?(?:my|me) (?:meds|medication|tablets|inhaler|pills|house keys|keys|phone|bank card)(?= *$| [.,~!]| (?:and|so|off))`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.broughtHereOwe',
    ['abuse'],
    `(?:brought|bringing|bring|got) me (?:here|over|to the uk|to england)(?: ${W}| ,){0,12} (?:owe|owing|debt|no money|no pay|for free)|(?:still )?owe (?:them|him|her) for (?:the|my) (?:van|room|travel|flight|visa|bringing me|getting me|passport|journey)|(?:cannot|cant|can t|not allowed to) leave(?: ,| \\.)? (?:because )?(?:we|i|they|she|he) (?:still )?owe`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.bruisesOnMe',
    ['abuse'],
    `(?:sorry about|explain|hide|hiding|cover|covering) (?:the )?bruises on my (?:face|neck|arms|arm|eye|legs)|bruises on my (?:face|neck)(?: ${W}| ,| .){0,6} (?:wont happen again|my fault|walked into|fell)`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.madeToDoStuff',
    ['abuse'],
    `(?:making|makes|made|make) (?:her|him|me|them|my ${W}) (?:do stuff|do things|sleep|have sex|go)(?: ${W}){0,2} (?:with|for) (?:his mates|his friends|men|money|other men|blokes|them for money)`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.notLetMeContact',
    ['abuse'],
    `(?:he|she|they) (?:wont|will not|doesnt|does not|wouldnt|never) let me (?:ring|call|phone|see|contact|go to|talk to|speak to|text) (?:you|u|the doctor|the doctors|the gp|the surgery|my ${W}|anyone)|not (?:really )?allowed (?:on|to use|to have) my (?:phone|laptop|own phone)`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.doingThingsToChild',
    ['abuse'],
    `(?:doing|does|did|done) (?:things|stuff|bad things|weird things) to (?:my|her|him|me|his|the) (?:${W} )?(?:sister|brother|daughter|son|kid|kids|girl|boy|niece|nephew|little one|her|him)?(?= *$| [.,~!]| (?:at night|when|in|and))|(?:told|tells|telling) me (?:things|stuff) about (?:her|his|their) (?:stepdad|step dad|dad|uncle|mums boyfriend|mums partner|brother|grandad)`,
    { question: 'someoneInDanger' },
  ),
  crisis(
    'categories.threatenToBurn',
    ['abuse', 'harmToOthers'],
    `(?:threaten|threatens|threatened|threatening|says hell|said hed|going to|gonna) (?:to )?(?:burn|torch|set fire to|petrol bomb) (?:my|the|our|me|us) (?:${W} )?(?:trailer|caravan|house|flat|car|van|out|place|home)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.refugeSpace',
    ['abuse'],
    `(?:refuge|safe house) (?:space|place|room|bed)|get (?:into|in to|a place in) a refuge`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.handOverEarnings',
    ['abuse'],
    `hand (?:over|it over|in|it all over) (?:whatever|everything|all|every penny)(?: ${W}){0,4} (?:i make|i earn|i get)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.breakMyLegs',
    ['abuse'],
    `(?:break|breaking|brake|snap|snapping) (?:my|me) (?:legs|arms|fingers|knees|kneecaps|neck|jaw)(?= *$| [.,~!]| (?:if|friday|monday|tonight|tomorrow|unless))`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.carryForThem',
    ['abuse'],
    `(?:make|makes|made|making|get|gets|got) (?:my|me|him|her|the) (?:${W} )?(?:boy|lad|son|girl|daughter|kid)? ?carry (?:for|4) (?:them|him|the older|older)|(?:older lads|older boys|gang|dealers)(?: ${W}){0,4} (?:make|makes|made|making|got) (?:him|her|my ${W}) (?:carry|run|deal|sell)`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.childBlackEye',
    ['abuse'],
    `(?:kid|kids|child|children|little one|boy|girl|lad|lass|baby|toddler|year 4s?)(?: ${W}| ,){0,8} (?:had|has|got|with) a (?:black eye|bruised face|burn on|cigarette burn)`,
    { question: 'someoneInDanger', subject: 'someoneElse' },
  ),
  possible(
    'categories.anywhereNotHome',
    ['abuse'],
    `(?:anywhere|somewhere|where) (?:i can|i could|to|can i) (?:go|stay|sleep) tonight(?: ${W}| ,| .){0,3} (?:not|thats not|that isnt|other than|apart from) (?:home|back home|there)|(?:dont|do not|cant|cannot|can not) (?:want to |face going |)go(?:ing)? (?:back )?home tonight(?= *$| [.,~!])`,
    { question: 'safeNow' },
  ),
  // Medical
  medical(
    'categories.drugAndHeart',
    'otherEmergency',
    `(?:smoked|took|taken|had|taking|done) (?:some |the |a |too much |extra |double |more )?(?:spice|mamba|monkey dust|coke|cocaine|crack|mdma|ket|pills|extra tablets|tablets|speed)(?: ${W}| ,| .){0,6} (?:heart|hearts|chest)(?: is| s)? (?:going mad|racing|pounding|banging|going crazy|going like the clappers)`,
  ),
  medical(
    'categories.gruntingBreath',
    'unwellChild',
    `(?:grunt|grunting|grunts|grunty|funny|weird) (?:noise|noises|sound|sounds)? ?(?:when|as|with every|each time) (?:he|she|they|baby|the baby) (?:breathes|breath|breathe|breaths)`,
  ),
  medical(
    'categories.doseTwice',
    'overdose',
    `(?:took|taken|had|given|gave) (?:my |his |her |the )?(?:${W} )?(?:methadone|insulin|dose|digoxin|morphine|oramorph|${DRUGS}) (?:twice|two times|double)(?: ${W}| ,){0,6} (?:sleepy|drowsy|floaty|cant stay awake|confused|dizzy|odd)|(?:had|taken|took|given) double the (?:${W} )?(?:dose|${DRUGS})`,
  ),
  medical(
    'categories.drinkSpiked',
    'otherEmergency',
    `(?:drink|drinks|bevvy|pint|glass) (?:got |was |been |has been |were )?spiked|(?:think|reckon|pretty sure|sure) (?:ive|i ve|i have|weve|we ve|shes|she s|hes|he s|she has|he has|i|we|she|he) (?:been|got|was) spiked|(?<=^ |[.!~] )(?:ive|i ve|i have|weve|we ve) been spiked`,
  ),
  medical(
    'categories.limbGoneBlack',
    'sepsisSigns',
    `(?:foot|feet|toe|toes|leg|fingers?|hand) (?:has |have |is |s |are )?(?:gone|turned|going|turning) (?:black|blue black|purple black)|(?:toes|toe|foot|feet|fingers) (?:are |is )?black (?:and )?(?:numb|cold|smelly|smell|smells|painful|stinks)`,
  ),
  medical(
    'categories.injectionSiteHot',
    'sepsisSigns',
    `(?:swollen|red|hot|angry|throbbing)(?: ${W}| ,){0,4} where i (?:inject|injected|inject into)`,
    { tier: 'possible', question: 'safeNow' },
  ),
  medical(
    'categories.watersGone',
    'otherEmergency',
    `(?:my |her )?waters (?:have |has |hav )?(?:just )?(?:gone|broke|broken|went)|(?:green|brown|meconium) waters`,
  ),
  medical(
    'categories.doubledOver',
    'severePain',
    `doubled (?:over|up)(?: in pain| with pain)?(?: ${W}| ,){0,6} (?:vomiting|being sick|throwing up|cant stand|unbearable)|(?:unbearable|agony)(?: ${W}| ,){0,4} doubled (?:over|up)`,
  ),
  medical(
    'categories.withdrawalSeeing',
    'otherEmergency',
    `(?:seeing things|hallucinating|fitting|shaking and sweating)(?: ${W}| ,){0,6} (?:since|after) (?:he|she|i|they) (?:stopped|stopping|quit|came off) (?:drinking|the drink|the booze|alcohol)`,
  ),
  medical(
    'categories.sugarReadsLo',
    'otherEmergency',
    `(?:meter|monitor|sugar|sugars|bm|reading|libre|dexcom) (?:just )?(?:says|reads|saying|reading|showing|shows) (?:lo|low and he|low and she|2 point|1 point)`,
  ),
  medical(
    'categories.feverAfterChemo',
    'sepsisSigns',
    `(?:chemo|chemotherapy)(?: ${W}| ,| .){0,10} (?<!(?:no|not|without|nil|denies) )(?:temp|temperature|fever|shivering|shaking|rigors|high temp)|(?:temp|temperature|fever|shivering|rigors)(?: ${W}| ,| .){0,10} (?:had|on|after|since) (?:my |his |her )?(?:chemo|chemotherapy)`,
  ),
  medical(
    'categories.paleAndConfused',
    'collapse',
    `(?:very |really |so )?(?:pale|grey|gray|white as a sheet) and (?:confused|clammy|sweaty|not answering|not responding|unresponsive|floppy|not making sense)|(?:slumped|collapsed|went down)(?: ${W}| ,){0,6} (?:grey|gray|not answering|not responding)`,
  ),
  medical(
    'categories.painIntoJaw',
    'chestPain',
    `(?:pain|indigestion|heaviness|tightness|ache|pressure|crushing)s?(?: ${W}| ,){0,4} (?:into|up into|up to|down|spreading to|going to|gone up into|in) my (?:jaw|left arm|arm and jaw|neck and jaw)`,
  ),
  medical(
    'categories.cutWontStop',
    'heavyBleeding',
    `(?:cut|gash|sliced|slashed|wound)(?: ${W}| ,){0,12} (?:it |and it |)(?:wont|will not|cant|isnt|is not|doesnt) stop(?!(?: ${W}){0,2} (?:crying|moaning))`,
  ),
  medical(
    'categories.inhalerNotWorking',
    'breathlessness',
    `inhaler (?:isnt|is not|not|aint|doesnt|does not|wont|isn t) (?:touching|helping|working|doing anything|making a difference)(?!(?: (?:as|so|like|very))(?= ))(?<=(?:attack|cant breathe|cannot breathe|can not breathe|gasping|going blue|turning blue|lips blue)(?: ${W}| ,| .){0,14})`,
  ),
  medical(
    'categories.tongueSwelling',
    'anaphylaxis',
    `(?:tongue|lips)(?: feels?| is| s| gone| going| getting)? (?:really |so |all )?(?:big|huge|massive|fat|thick|swollen)(?: ${W}| .| ,){0,4} (?:and )?(?:my )?(?:throat|throats|breathing|face)(?: is| s|s)? (?:tight|closing|swelling|swollen)|(?:tongue|tongues|lips|lip|throat|face|mouth)(?: is| s| are| feels| feel| gone| going| getting)? (?:really |so |all )?(?:massive|swollen|swelling up|swelling|huge|big|fat|thick|tight|closing up|closing|puffing up|puffed up|blown up|like a balloon)(?<=(?:nuts?|peanuts?|prawns?|shellfish|sting|stung|wasp|bee|allergic|allergy|antibiotic|penicillin|ate|eaten|itchy|hives)(?: ${W}| ,| .){0,16})|(?:stung|bitten)(?: ${W}| .| ,){0,8} (?:voice|throat)(?: has| s| is)?(?: gone| going| got)?(?: all| really)? (?:weird|funny|hoarse|croaky|strange|tight)`,
  ),
  medical(
    'categories.tookAllOfTheirs',
    'overdose',
    `(?:took|taken|swallowed|had|necked) all (?:of )?(?:my |his |her |the )?(?:${W}s )?(?:old )?${DRUGS}(?: ${W}| ,| .){0,6} (?:ago|floaty|sleepy|drowsy|woozy|spaced|out of it)`,
  ),
  medical(
    'categories.heavyChestSinceMorning',
    'chestPain',
    `chest (?:has been |is |s |feels |been )?(?:a bit |really |very |quite )?(?:heavy|tight|crushing)(?: ${W}| ,){0,4} since (?:this morning|last night|earlier|an hour|lunch)`,
    { tier: 'possible', question: 'safeNow' },
  ),
  possible(
    'categories.couldNotBeHere',
    ['suicidal'],
    `(?:could|should|would|want to|wanna|wish i could) (?:just )?(?:not be here|stop being here) (?:anymore|any more|no more|at all)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.ifIDontWakeTell',
    ['suicidal'],
    `if i (?:dont|do not|never) wake up(?: tomorrow| tonight| in the morning)?(?: ,)? (?:can|could|will|please|tell|let)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.askGodToTakeMe',
    ['suicidal'],
    `(?:asking|ask|asked|begging|beg|begged|praying|pray|prayed) (?:god|the lord|jesus|allah)(?: ${W}){0,3} to take me`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.meansSorted',
    ['suicidal'],
    `(?:got|have|ive got|sorted) the means (?:sorted|ready|now|to do it)`,
  ),
  possible(
    'categories.signMyselfOff',
    ['suicidal'],
    `(?:sign|signing|signed) (?:myself|meself) off (?:permanently|for good|forever|for ever|from life|from everything)|(?:retire|retiring|bow out|bowing out|clock off|clocking off) (?:from|of) (?:all of it|everything|life|it all)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.onlyStillHereBecause',
    ['suicidal'],
    `(?:im|i am|i m) only (?:still )?(?:here|alive|around) (?:because|cos|cause|for)|(?:only|just) one way out(?= *$| [.,~!]| (?:really|now|left|innit|for me)(?![a-z0-9]))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.offThePlatform',
    ['suicidal'],
    `(?:step|stepping|stepped|jump|jumping|fall|falling|walk|walking) off the (?:${W} )?platform(?: ${W}){0,6} (?:train|fast one|express|comes through|goes through|coming through)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.gunFromCabinet',
    ['suicidal', 'harmToOthers'],
    `(?:get|take|grab|getting|taking) (?:the|his|my|a) (?:${W}s )?(?:gun|shotgun|rifle) out (?:of )?(?:the |his |my |her )?(?:${W}s )?(?:cabinet|safe|cupboard|locker)`,
  ),
  possible(
    'categories.planOwnFuneral',
    ['suicidal'],
    `(?:plan|planning|planned|plans) (?:my|your|ur) own funeral(?: in (?:such|this much|so much|quite this much|detail)| at (?:[1-5][0-9])(?![0-9]))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.hurtYourselfToStop',
    ['selfHarm'],
    `(?:want|wanting|need|needing|urge) to hurt (?:yourself|myself|urself|meself) to (?:stop|feel|get|numb|cope)`,
    { question: 'safeNow' },
  ),
  crisis(
    'categories.putHimInHospital',
    ['harmToOthers'],
    `(?:ill|i will|i ll|gonna|going to|swear ill|im going to|im gonna) put (?:him|her|them|the ${W}) in (?:hospital|the hospital|a box|the ground|intensive care|a wheelchair|the morgue)`,
  ),
  crisis(
    'categories.pillowOverFace',
    ['harmToOthers'],
    `pillow over (?:his|her|their|the ${W}s|${W}s|the babys|babys) face`,
  ),
  possible(
    'categories.cryingDontKnowWhatIllDo',
    ['harmToOthers'],
    `(?:baby|babys|he|she|${W}) (?:doesnt|does not|dont|wont|will not) stop crying(?: ${W}| ,| .){0,4} (?:dont know what (?:ill|i will|i ll|i might) do|i might do something|(?:want|wanna) to shake)|(?:want|wanna|wanted) to shake (?:it|him|her|the baby|them)(?= *$| [.,~!]| (?:so|really|till))`,
    { question: 'safeNow' },
  ),
  crisis(
    'categories.takeFamilyWithMe',
    ['harmToOthers', 'suicidal'],
    `(?<!(?:can|could|may|should|shall) i )take (?:the whole family|the kids|them all|everyone|my family|my kids|my children|the children|them|us all|all of us|us) with me(?= *$| [.,~!]| (?:when|if|tonight))`,
  ),
  crisis(
    'categories.boyfriendAgeGap',
    ['abuse'],
    `(?:boyfriend|bf|fella|man) (?:is|s|who is|whos) (?:[2-9][0-9])(?: ${W}| ,| .){0,4} (?:shes|she is|she s|hes|my daughter is|my son is) (?:1[0-5]|[0-9])(?![0-9])`,
    { question: 'someoneInDanger', subject: 'someoneElse' },
  ),
  possible(
    'categories.keysUnderPillow',
    ['abuse'],
    `(?:keys|car keys|passports?|bank cards?|phone|phones|money) under his pillow|(?:locks|locked|locking) (?:the )?(?:food|fridge|cupboards?|kitchen) (?:in|away|up)`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.handsOnMe',
    ['abuse'],
    `(?:put|puts|putting|laid|lays) (?:his|her|their) hands on me(?!(?: ${W}){0,2} (?:to pray|in prayer|for healing|to bless))`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.touchingChild',
    ['abuse'],
    `(?:been |keeps |is |was |hes been |he has been )touching (?:my|our|her|his) (?:${W} )?(?:daughter|son|kid|kids|child|girl|boy|niece|nephew|granddaughter|grandson|little one)`,
    { question: 'someoneInDanger', subject: 'someoneElse' },
  ),
  possible(
    'categories.keepStuffForThem',
    ['abuse'],
    `(?:making|make|makes|made) me (?:keep|hold|stash|hide|mind) (?:stuff|things|bags|drugs|packages|gear|parcels)|promise (?:you|the surgery|u|the doctor) (?:wont|will not|wouldnt) tell (?:him|her|them)`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.groomingGifts',
    ['abuse'],
    `(?:giving|gives|gave|given|buying|buys|bought) (?:my|our|her|his) (?:${W} )?(?:son|daughter|boy|girl|kid|lad)(?: ${W}| ,){0,3} (?:money|lifts|gifts|vapes|phone|trainers)(?: ${W}| ,){0,8} (?:secret|not to tell|asked him|asked her|keep it)`,
    { question: 'someoneInDanger', subject: 'someoneElse' },
  ),
  possible(
    'categories.bruisesAfterVisit',
    ['abuse'],
    `bruises on (?:my|her|his) (?:mum|mam|dad|nan|gran|grandad|son|daughter|wife|husband|sister|brother)(?: ${W}| ,){0,3} (?:after|when) (?:she|he|they)|(?:she|he) (?:lashes|lashed|keeps lashing) out(?= *$| [.,~!]| at)`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.onEggshells',
    ['abuse'],
    `(?:im|i am|i m|living|always|constantly|were|we are) on (?:egg shells|eggshells)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.decidedWantSomeoneToKnow',
    ['suicidal'],
    `(?:ive|i ve|i have) decided(?: .| ,)? (?:just )?(?:want|wanted|need) (?:someone|somebody|you|u) to know|(?:been )?planning it for (?:days|weeks|months|a while|ages)(?<=(?:told|tell|telling) (?:my |them |him |her |everyone )?(?:${W} )?(?:im|i m|i am) (?:fine|ok|okay)(?: ${W}| ,){0,8})|(?:everythings|everything is|everything s) sorted(?: ${W}| ,| .){0,12} (?:gave|given) (?:the|my) (?:dog|cat|stuff|things)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.sorryNotYourFault',
    ['suicidal'],
    `(?:im|i am|i m) sorry and (?:its|it s|it is) not (?:your|ur|their|his|her) fault|(?:ill|i will|i ll|gonna) finish it (?:when|once|as soon as) i (?:get out|leave|am out|m out|get home)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.shoesOnInBed',
    ['abuse'],
    `(?:sleep|sleeping|go to bed) (?:with|in) my (?:shoes|coat|clothes) on(?<=(?:he|she|him|hit|scared|afraid|in case)(?: ${W}| ,| .){0,12})`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.worldBetterOff',
    ['suicidal'],
    `(?:world|everyone|every1|they|family)(?: would| d| wd)?(?: honestly| really| genuinely| all| just)? (?:be|b) better off(?= *$| [.,~!]| (?:honestly|tbh|really|innit)(?![a-z0-9]))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.ratherBeThere',
    ['suicidal'],
    `(?:id|i d|i would|would) rather be (?:in there|there|in the ground|with (?:him|her|them)) (?:than here|with (?:him|her|them))|(?:started|start|been|begun) planning (?:mine|my own)(?= *$| [.,~!])|looked over the (?:${W} )?(?:bridge|edge|cliff|railing|balcony)(?: ${W}| ,| .){0,10} thought about it|made a mistake (?:keeping|leaving) me (?:here|alive)|(?:which|what) (?:drugs|meds|tablets|pills) (?:wouldnt|would not|dont|do not|wont) show up|(?:simpler|easier|better|best|kinder) (?:to not|not to) exist|water (?:looks|is|seems) (?:so )?(?:calm|inviting|peaceful|tempting)(?= *$| [.,~!])`,
    { question: 'endingLife' },
  ),
  medical(
    'categories.cantRouse',
    'collapse',
    `(?:cant|cannot|can not|unable to|wont) (?:properly |fully |really )?rouse (?:him|her|them)`,
  ),
  possible(
    'categories.ifTheyWontIWill',
    ['harmToOthers'],
    `if (?:they|the police|police) (?:wont|will not|dont|do not) (?:deal with|sort) (?:him|her|them|it)(?: ,)? i will`,
    { question: 'safeNow' },
  ),
  medical(
    'categories.grabbedChest',
    'chestPain',
    `(?:grabbed|grabbing|clutching|clutched|holding|gripping|gripped) (?:his|her|their|my) chest`,
  ),
  possible(
    'categories.withThemSoon',
    ['suicidal'],
    `(?:ill|i will|i ll|i shall) be with (?:him|her|them|my ${W}|our ${W}) (?:soon|again soon|soon enough|before long|shortly|very soon)|(?:thought|thinking|think|thinks) about the (?:bridge|railway|train line|tracks|cliff|edge|rope|viaduct)(?= *$| [.,~!]| (?:a few|again|lately|a lot|more|every|last|this|at))`,
    { question: 'endingLife' },
  ),
];

// Widened again for the classes two more voices showed (parents and carers at breaking point, the
// perinatal months, eating disorders and OCD, the Highlands, islands, Northern Ireland and mid Wales;
// people in recovery, men in the trades and haulage, gamers, older gay men living alone, writers in a
// second language, coastal towns): thoughts that keep going back to a rail, a pier or the lorries
// coming the other way, a dose asked about by what it "takes", a plan for tonight, a heart hoped to
// stop, a list of who gets what, a shotgun still in the barn; wounds made with nails or bleach; a pay
// "in other ways", a knife held when angry, a forced marriage, pictures put online; emergencies in the
// perinatal months (no movements felt, pain on one side, a baby born at home) and on a building site.
const COAST_AND_CARE: readonly CrisisRule[] = [
  possible(
    'categories.thinkingAboutTheDrop',
    ['suicidal'],
    `(?:keep|keeps|kept|been|always|just) (?:thinking|think) (?:about|of) the (?:${W} ){0,2}(?:rail|railing|railings|edge|drop|cliff|cliffs|tracks|train line|railway line|lorries|bridge|viaduct|multi storey|pier|quarry)(?!(?: (?:club|society|museum|walk|path|cafe|restaurant|holiday|trip|photos?))(?= ))|(?:lorries|lorry|trucks|traffic) coming the other way|(?:thought|thinking|think) about (?:just )?(?:stepping|jumping|letting go|falling)(?= *$| [.,~!]| off(?![a-z0-9]))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.wayToGo',
    ['suicidal'],
    `(?:painful|painless|quick|quickest|peaceful|easy|easiest|best|gentle) way to (?:go|die|end it|do it)(?= *$| [.,~!?]| (?:for|if|tbh|honestly)(?![a-z0-9]))|(?:what|how much|how many|which) (?:amount|dose|number)(?: of)? (?:${W} ){0,2}(?:is|would be|counts as) (?:dangerous|fatal|lethal|deadly|too much)|(?:max|maximum) you can take(?: of)?(?: ${W}){0,3} before|how much would do it|(?:googling|looking up|searching|search) how many (?:mg|milligrams|tablets|pills)|how long does (?:${W} ){0,2}(?:antifreeze|paracetamol|rat poison|bleach|weedkiller|it|${DRUGS}) take to (?:work|kill)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.planForTonight',
    ['suicidal'],
    `(?:have|got|made|ive got|i have) a plan for tonight|(?:only|just) way to stop (?:the|my) (?:thoughts|pain|voices|noise) is to (?:stop me|stop myself|die|end it|kill myself|not be here)|off the end of (?:the )?(?:${W} ){0,2}(?:pier|jetty|harbour wall)|jump (?:from|out of|off) (?:the|my|a) (?:window|balcony)(?!(?: (?:cleaner|box|frame|sill|seat|fitter))(?= ))`,
  ),
  possible(
    'categories.heartToStop',
    ['suicidal'],
    `(?:hope|hopes|hoping|wish|wishing|praying) my heart (?:just )?(?:stops|gives out|gives up|packs in|packs up|will stop)|(?:everyone|everybody|they|people) (?:would|d|will) (?:all )?be relieved|(?:nobody|no one|no1) (?:will|would|is going to|gonna) miss (?:me|an old|a|this old)|no (?:wish|desire|plan|intention) to see another (?:winter|christmas|year|birthday|summer|spring)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.noteAndTablets',
    ['suicidal'],
    `found my (?:note|letter|goodbye)|(?:havent|haven t|have not|not) (?:thrown|got rid of|binned) (?:the|my) (?:${W} )?(?:tablets|pills|meds|rope) (?:out|away)|(?:list|note) of who gets what|who gets (?:what|my stuff|my things) when (?:im|i am|i m) gone|less for (?:them|her|him|the kids|my ${W}) to (?:sort|clear|deal with|sort out)|(?:said|done|made) (?:all )?my (?:sorrys|sorries|goodbyes|amends)(?: ,| .)? (?:nothing|now)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.hopingToMeet',
    ['suicidal'],
    `hoping i (?:meet|hit|crash|dont make it|do not make it)(?!(?: (?:up|with|the (?:group|others|people)|someone nice|new people|people))(?= ))|(?:stuffed|stuff|drove|drive|put|wrapped|wrap|drift|drifting|veer|veering|plough|ploughing) (?:the |my )?(?:wagon|lorry|truck|van|car|motor)? ?(?:into|in to|round) (?:a|the) (?:bridge pillar|pillar|wall|tree|ditch|barrier|lorry|bus)(?<=(?:wagon|lorry|truck|van|car|motor|drift|drifting|veer|veering|plough|ploughing|itd be|easy)(?: ${W}){0,8})`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.afterBirthNotReal',
    ['suicidal'],
    `(?:since|after) the (?:birth|baby|baby came|section)(?: ${W}| ,){0,8} (?:not real|im not real|hearing (?:things|voices)|voices|seeing things)|(?:keep|keeps) hearing (?:that )?i (?:need|have|ought|should) to go|(?:havent|haven t|not) slept (?:in|for) (?:[3-9]|three|four|five|six) days(?: ${W}| ,){0,6} (?:not real|voices|hearing|seeing)`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.cantBeTheirParent',
    ['suicidal'],
    `(?:cant|can t|cannot|can not) be (?:his|her|their|a) (?:mum|mam|mummy|dad|mother|father|carer) (?:anymore|any more)|room (?:beside|next to) (?:her|him|them)(?= *$| [.,~!])|(?:me|myself) not being here|(?:want|wanna|need) to (?:go|be) (?:to|with) (?:him|her|them)(?= *$| [.,~!])(?<=(?:heaven|grave|died|passed|gone|lost|angel|birthday in)(?: ${W}| ,| .){0,20})`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.notMakingIt',
    ['suicidal'],
    `(?:im|i am|i m) not going to make it (?:through|till|to|until)|not sure (?:im|i am|i m|ill|i will) (?:coming|going|getting|driving) (?:back|home|down)|(?:wont|will not|wont be|not) be here after (?:that|friday|then|this week|monday|tomorrow|next week|the weekend)|(?:wont|will not) be here(?= *$| [.,~!])(?<=(?:point|booking|bother|anything)(?: ${W}| ,){0,6} (?:wont|will not) be here)|then (?:im|i am) out(?: .| ,)? (?:ive|i have|i ve) decided`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.standingOnNamedPlace',
    ['suicidal'],
    `(?:standing|stood|sat|sitting|been|im|i am|parked) (?:on|at|by|over) the (?:top of the )?(?:${W} ){1,2}(?:bridge|cliff|cliffs|viaduct|multi storey|car park roof|pier)(?!(?: (?:club|tournament|game|night|class|lesson|party|cafe|restaurant|station|team|walk))(?= ))(?!(?: ${W}){0,3} (?:for (?:photos|a photo|pictures|selfies|the view|the fireworks)|on holiday|taking photos|with the kids|with my (?:wife|husband|family|mum|dad))(?= | *$))(?: for (?:[0-9]+|an|a|ten|twenty|two) (?:minutes|mins|hours|hour))?(?<!(?:cafe|chip shop|pub|restaurant|party|wedding)(?: ${W}){0,8})(?<!(?:we|us) (?:${W} )?(?:standing|stood|sat|sitting|been|parked)(?: ${W}){1,12})`,
  ),
  possible(
    'categories.topOfTheBuilding',
    ['suicidal'],
    `(?:on|at) the top of the (?:${W} )?(?:multi storey|car park|tower|building|flats|cliff|cliffs)(?= *$| [.,~!]| (?:in|at|now|tonight)(?![a-z0-9]))|looking at the (?:sea|water|river|drop|edge|waves)(?: ${W}| .| ,){0,6} thinking|looking up the (?:cliffs|bridges|heights)|(?:water|sea|river) (?:looks|is|seems) (?:so )?calm(?= *$| [.,~!])`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.numberNeededNow',
    ['suicidal'],
    `(?:number|phone number) for (?:lifeline|samaritans|the crisis team|crisis|the crisis line)(?: ${W}| .| ,){0,6} (?:need it now|now|tonight|urgently|right now)|(?:stopped|stop) having a reason|no reason (?:left|either)(?= *$| [.,~!])|no (?:energy|strength|will) to go on`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.heightToKill',
    ['suicidal'],
    `(?:what|how much) (?:height|high|far)(?: ${W}){0,6} (?:definitely |actually |)kill (?:you|u|someone|a person|me)|how (?:many|much) (?:metres|meters|floors|storeys|stories|feet)(?: ${W}){0,4} to be (?:sure|certain)(?= *$| [.,~!])`,
  ),
  possible(
    'categories.scoreEnough',
    ['suicidal'],
    `(?:score|scoring|get|getting|buy|buying) enough (?:gear|smack|heroin|stuff|pills|tablets|${DRUGS})(?: to| for)?|(?:taking|take|took) the rest of my (?:${W} )?${DRUGS}|(?:dont|not) get found(?: for)?|last time i tried(?: ${W}| .| ,){0,3} (?:didnt|did not|it didnt) work|(?:havent|haven t|not) taken (?:anything|any of them|them) yet|(?:got|have) (?:it|them|everything) (?:all )?ready (?:on the side|by the bed|next to me)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.logOffForGood',
    ['suicidal'],
    `(?:log|logging|logged|sign|signing|signed|clock|clocking) (?:off|out) (?:permanently|for good|forever|for ever|for the last time)|respawn(?: ${W}){0,6} (?:irl|in real life|real life)|not existing (?:for a bit|for a while|forever|for ever)|go to sleep and (?:that be it|thats it|that s it)|if it (?:wasnt|werent|was not) for (?:the|my) (?:${W} ){0,2}(?:dog|cat|kids|mum|mam|son|daughter|wife|grandkids)(?: ${W}| ,){0,3} (?:id|i d|i would)(?: have)? (?:gone|done it|ended it|be dead|be gone)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.tieKnotsNotFishing',
    ['suicidal'],
    `how to tie (?:a |the )?(?:knots?|noose)(?: ${W}| ,| .){0,6} not (?:for|4) (?:the )?(?:fishing|boat|camping|work)`,
  ),
  possible(
    'categories.inTheSeaUpTo',
    ['suicidal'],
    `coastguard (?:brought|pulled|got|found|had to)|in the (?:sea|river|water)(?: ${W}){0,4} up to my (?:chest|neck|waist)|(?:when|once|after) (?:shes|hes|she is|he is|theyre|mums|mams|dads) gone (?:im|i am|i m|ill be) (?:going|gone|off) too|(?:mum|mam|dad|wife|husband|partner|kids|son|daughter|he|she) (?:will|ll|is going to|would) (?:find|be the one to find) me(?= *$| [.,~!]| (?:probably|first|i think|i guess|i suppose))|(?:drink|drinking) to stop myself (?:doing|from doing)`,
    { question: 'endingLife' },
  ),
  // Self-harm
  possible(
    'categories.nailsBleachLines',
    ['selfHarm'],
    `(?:dig|digging|dug) my nails into my (?:wrists?|arms?|skin|legs?|hands?|thighs?)|(?:scrub|scrubbed|scrubbing) (?:my )?(?:hands|skin|arms) with bleach|lines on (?:her|his|my) (?:thighs|arms|wrists|legs|stomach)|(?:do|doing|done) (?:stuff|things) to my (?:arms|legs|skin|body|wrists)|started doing it again(?: ${W}| .| ,){0,8} (?:arms|legs|thighs|wrists|cut|cutting|blade|burning)|not deep(?: .| ,)? yet|(?:plasters|steri strips|dressings)(?: ${W}| .){0,6} (?:reasons|not do this|need to stop)|(?:lighter|blade|razor)(?: ${W}){0,4} (?:anger|angry) at myself`,
    { question: 'safeNow' },
  ),
  crisis(
    'categories.cuttingHelps',
    ['selfHarm'],
    `cutting (?:helps|makes) me|cut again (?:tonight|today|last night|this morning)|(?:cut|bleeding|burn|wound)(?: ${W}){0,6} (?:did|done) it (?:yourself|myself|urself)|doing it now(?: .| ,)? (?:cant|can t|cannot) stop`,
  ),
  // Harm to others
  crisis(
    'categories.throughWindowOrEnd',
    ['harmToOthers'],
    `(?:putting|put|throw|throwing|chuck|chucking|launch|launching) (?:him|her|them|the ${W}) through (?:the|a) (?:window|wall|door)|(?:ill|i will|i ll|gonna|going to) end (?:him|her|them)(?= *$| [.,~!]| (?:not|if|when|i)(?![a-z0-9]))|(?:says|said) (?:hes|he has|he s|shes|she has) got a (?:knife|gun|blade|machete)|(?:going to|gonna) (?:properly |really |seriously )hurt (?:someone|somebody|him|her)|(?:i )?(?:shook|shaked) (?:him|her|the baby|my baby)(?<=(?:baby|crying|cry|wouldnt stop|newborn|little one)(?: ${W}| .| ,){0,14})|(?:fantasise|fantasize|fantasising|fantasizing) about (?:just )?(?:putting|smothering|shaking|hurting|throwing|drowning)|do the (?:baby|kids|children) in|(?:do|hurt|kill|get) the baby too`,
  ),
  possible(
    'categories.pushedHerCarer',
    ['harmToOthers', 'abuse'],
    `(?:lost it with|pushed|shoved|slapped|hit) (?:my|her|him) (?:${W} )?(?:nan|mum|mam|dad|gran|grandad|husband|wife)(?: ${W}| .| ,){0,6} (?:carer|frightened myself|scared myself|frightened me)|picked up a knife|(?:planning|plan) to (?:sort|do|get|batter|jump) (?:the|a|that) (?:${W} ){0,2}(?:bloke|lad|guy|fella|man) (?:out|in)|(?:know|found out) (?:where|which pub) (?:he|she|they) (?:lives|live|drinks|works)(?<=(?:killed|found|sold|revenge|if they wont|deal with|sort)(?: ${W}| .| ,){0,20})`,
    { question: 'safeNow' },
  ),
  // Abuse
  crisis(
    'categories.payOtherWays',
    ['abuse'],
    `pay (?:in other ways|another way|some other way|in kind)|(?:wants|want|wanted|asking for) (?:favours|favors|something)(?: ${W}){0,2} (?:for me to stay|to let me stay|for the room)|(?:keeps|keep|kept|coming) (?:coming )?(?:in|into) my (?:room|bedroom) at night|(?:he|she|they) (?:touch|touches|touched) me (?:and|when|at)|(?:must|has to|have to|will have to|got to|is to) marry (?:a man|a ${W}|him|someone|her cousin|my cousin|a stranger)|put (?:my|our|her) (?:pics|pictures|photos|nudes|videos)(?: ${W}){0,2} (?:on|online|up)|told to say (?:i am|im|i m) (?:18|eighteen|over 18|an adult)|punishment (?:shooting|beating|attack)|(?:hurt|kill|harm) my (?:mum|family|mam|dad|kids|sister|brother) (?:back home|in ${W})(?: ${W}){0,4} if i|grabbed (?:me by )?(?:my|the) (?:throat|neck)|(?:did|broke|cracked|done) my (?:ribs|nose|jaw|arm|wrist) again|(?:hold|holds|holding|held|pulls|pulled) (?:a )?knife (?:when|at|on|to) (?:me|angry|him|her)|(?:slept|sleeping|sleep) in the car(?: ${W}){0,6} because of (?:him|her|my ${W})|somewhere (?:he|she|they) (?:doesnt|does not|dont|wont|cant) (?:know|find)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.controlAtHome',
    ['abuse'],
    `(?:wont|will not|doesnt|does not) let me (?:take|have) my (?:meds|medication|tablets|antidepressants|pills|inhaler|hormones|hrt|testosterone|oestrogen|estrogen|estradiol|binder)|(?:hides|hid|hiding|pours|poured|pouring|throws|threw|throwing|flushes|flushed|bins|binned|takes|took) (?:away |out )?(?:all )?my (?:hormones|hrt|testosterone|oestrogen|estrogen|estradiol|t gel|binder)(?: down the (?:sink|toilet|loo)| away| in the bin)?(?= *$| [.,~!]| (?:when|if|and|until|till)(?![a-z0-9]))|(?:hiding|hides|hid) (?:them|it)(?<=(?:hormones|hrt|testosterone|oestrogen|estrogen|estradiol|binder)(?: ${W}| ,| \\.){1,24})(?= (?:and|from me|when|so)(?![a-z0-9]))|(?:wont|will not|doesnt|does not) let me (?:hold|see|feed) (?:the|my) (?:baby|kids|son|daughter)|(?:wont|will not|doesnt|does not) let me have (?:my own|a) (?:bank account|phone|money|keys|passport)|(?:partner|husband|wife|boyfriend|he|she) (?:checks|reads|goes through|looks through) (?:my|all my) (?:phone|messages|texts|app|emails)|without my (?:wife|husband|partner|boyfriend|girlfriend) knowing|threaten(?:ing|s|ed)? to out me|(?:or |otherwise |if i (?:${W} ){0,4}?)(?:hell|he ll|shell|she ll|theyll|they ll|he will|she will|they will) (?:tell|out me to|phone|ring|call) (?:my |the )?(?:whole |entire )?(?:mum|mam|dad|parents|family|church|college|school|uni|work|boss|home office|everyone)(?: ${W}){0,6} (?:gay|bi|bisexual|lesbian|trans|queer|pansexual|non binary|that girl|that boy)(?![a-z0-9])|(?:keeps|kept|holds) (?:our id|(?:our|my) (?:ids|passports?|papers|documents|id cards?))(?!(?: (?:to check|for checking|to copy|safe for me))(?= ))|cant leave (?:her|him|it|the dog|the kids) with him|changed the locks(?: ${W}| ,){0,4} (?:only lets|wont let|doesnt let)|nobody (?:up here |here |round here )?(?:would|will) believe (?:me|an|a|you)|(?:have to|got to|need to|gotta) be quick(?: ${W}| ,| .){0,4} (?:hes|he is|shes|she is) (?:in the shower|in the bath|back soon|asleep|out)|(?:found|tracked down|finds) my (?:facebook|new address|address|number|instagram)|(?:throws|throwing|threw|smashes) things(?: ${W}| .){0,4} (?:baby|kids|at me)|keep this (?:chat )?(?:private|between us)(?: ${W}| .| ,){0,6} (?:home|he|my partner|husband)|(?:need|needed|have) to leave (?:quickly|fast|in a hurry)|(?:owes|owe|in debt to) (?:the )?(?:county lines|dealers|gang)|he didnt mean it(?: ${W}| ,| .){0,6} (?:wrist|arm|ribs|eye|face|bruise)|(?:locks|locked|locking) (?:the )?(?:food|fridge|kitchen)(?: cupboards?)?(?: (?:in|away|up))?(?= *$| [.,~!]| (?:he|she|at|so|and)(?![a-z0-9]))|flushes (?:them|my (?:meds|tablets|pills|antidepressants|medication))`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.childAtRisk',
    ['abuse'],
    `(?:is|s|shes|she is|hes|he is) (?:1[0-5]|[0-9])(?: ${W}| ,){0,4} (?:boyfriend|fella|partner)(?: ${W}){0,2} (?:whos|who is|is|aged|age) (?:[2-9][0-9])|(?:[2-9][0-9]) (?:year old|yr old|yo) (?:bloke|man|guy|fella)(?: ${W}){0,6} (?:messaging|texting|chatting|talking to) (?:my|our) (?:lad|son|daughter|boy|girl|kid)|(?:1[0-5]|[0-9]) and (?:shes |she is )?pregnant(?: ${W}| ,| .){0,4} (?:the )?(?:father|dad|he) (?:is|s) (?:[2-9][0-9])|no touching my (?:bum|private|privates|willy|fanny)`,
    { question: 'someoneInDanger', subject: 'someoneElse' },
  ),
  possible(
    'categories.neglectSeen',
    ['abuse'],
    `(?:out|outside) in (?:the ${W} )?(?:just a nappy|his nappy|her nappy|no coat|bare feet)(?: ${W}){0,3} (?:again|at night|in the cold)|lock on the outside of (?:his|her|the|their) (?:door|room|bedroom)|left (?:her|him|mum|dad|mam) on the floor for|(?:staff|carers)(?: ${W}){0,3} (?:punish|punishes|punished|hit|hits|slap|slaps|lock|locks)|(?:pushes|pushed|shoves|shoved) (?:her|him|my wife|my mum|my dad|my nan)(?= *$| [.,~!]| (?:around|about|over|down|when|and))`,
    { question: 'someoneInDanger' },
  ),
  // Medical
  medical(
    'categories.tookTooMuch',
    'overdose',
    `(?:think|thinks|worried) (?:i|he|she) (?:took|have taken|ve taken|has taken|had|done) too much|took more (?:of )?(?:my |his |her |the |${W}s )?(?:${W} )?${DRUGS} than (?:i meant|i should|i should have|prescribed|i was supposed|they said)|(?:mixing|mixed) (?:a few things|stuff|drugs|pills|everything)(?: ${W}| ,| .){0,6} (?:dont care|dont really care|do not care)|(?:done|had|took) a bit too much (?:ket|coke|gear|spice|mdma|${DRUGS})|(?:took|taken|swallowed|had) all (?:of )?(?:my |mums |nans |dads |the )?(?:${W} )?(?:${DRUGS}) by (?:mistake|accident)|(?:the )?whole (?:weeks|week s|months|month s)(?: worth of)? (?:${W} )?(?:${DRUGS}|methotrexate|tablets) in one go`,
  ),
  medical(
    'categories.faceOneSide',
    'strokeSigns',
    `face (?:has |is )?(?:gone|dropped|drooping|droopy|fallen|falling) (?:down )?(?:on )?one side|(?:tingly|tingling|numb|weak|heavy|dead) (?:down|on) one side`,
  ),
  medical(
    'categories.bloodOnSite',
    'heavyBleeding',
    `(?:loads|lots|a lot|pool|pools) of blood(?!(?: (?:tests?|test results|pressure|sugar|donors?))(?= ))(?<!(?:lost|lose|losing|lost such) (?:loads|lots|a lot|pool|pools) of blood)|(?:leg|arm|ankle|wrist) (?:looks|is) (?:wrong|the wrong way|bent the wrong way|at a funny angle)`,
  ),
  medical(
    'categories.shakingSeeing',
    'otherEmergency',
    `(?:shaking|sweating|shakes)(?: and| n)(?: ${W}){0,2} seeing things|seeing things(?: ${W}){0,3} since (?:i|he|she) stopped`,
  ),
  medical(
    'categories.suddenWorstHeadache',
    'otherEmergency',
    `headache like (?:nothing|no other)|worst headache (?:of my life|ive ever had|i ve ever had|ever)`,
  ),
  medical(
    'categories.childGotInto',
    'unwellChild',
    `got into (?:my|the|his|her|nans|mums|mams|grans|dads) (?:${W} )?(?:methadone|tablets|pills|meds|medicine|${DRUGS}|bleach|vape)(?<=(?:son|daughter|lad|boy|girl|baby|toddler|little one|[0-9] ?(?:yo|year old|yr old)|he|she)(?: ${W}| ,){0,6} got into(?: ${W}){1,3})`,
  ),
  medical(
    'categories.confusedFastBreathing',
    'sepsisSigns',
    `(?:confused|drowsy|sick)(?: ${W}| ,){0,6} breathing(?: s| is)? (?:really |very |so )?(?:fast|quick|rapid)|(?:type 1|diabetic)(?: ${W}| ,| .){0,8} (?:vomiting|being sick)(?: ${W}| ,){0,4} breathing (?:really |very )?fast`,
  ),
  medical(
    'categories.greenVomitPain',
    'severePain',
    `(?:sick|vomiting|vomit|throwing up|been sick) green|pain so bad i (?:cant|can t|cannot) (?:stand|stand up|walk|move)`,
  ),
  medical(
    'categories.pregnancyWarning',
    'otherEmergency',
    `(?:havent|haven t|have not|not) felt (?:him|her|the baby|baby|it) (?:move|kick|moving|kicking)|(?:havent|haven t|have not|not|hasnt|hasn t) felt (?:much|many|any|as much) (?:kicking|kicks|movement|movements|moving)(?: ${W}){0,2} (?:since|today|all day|this morning|tonight)|pregnant(?: ${W}| ,){0,8} pain(?: ${W}){0,4} one side|baby (?:came|arrived|was born) (?:at home|in the ${W}|just now)|(?:just )?(?:come|came) round on the (?:${W} )?floor|dont know how long i was out`,
  ),
  medical(
    'categories.lateHeadacheOrCalf',
    'otherEmergency',
    `(?:[2-4][0-9]) (?:weeks|wks)(?: pregnant)?(?: ${W}| ,){0,6} (?:banging |bad |awful |terrible )?(?:headache|seeing (?:spots|stars|flashing lights))|(?:calf|leg) (?:is )?(?:red hot|hot and swollen|swollen and hot|red and swollen)`,
    { tier: 'possible', question: 'safeNow' },
  ),
  possible(
    'categories.wontMatterSoon',
    ['suicidal'],
    `(?:wont|will not|wont be|doesnt|does not) matter (?:soon|much longer|for long|before long)|wish (?:id|i d|i had|i would have) gone with (?:him|her|them)|(?:thinks|thinking|think|thought) about walking (?:in|into the (?:sea|river|water))(?= *$| [.,~!])`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.driveIntoTheSea',
    ['suicidal'],
    `(?:drive|walk|swim|wade) (?:in)?to the (?:sea|river|water) and (?:keep|just keep) (?:going|walking|swimming|driving)|better off with the (?:insurance|life insurance|payout|insurance money)|(?:put|putting) a pillow over (?:her|him|them)(?= *$| [.,~!]| (?:honestly|tbh|sometimes|some nights)(?![a-z0-9]))`,
  ),
  possible(
    'categories.homeOfficeThreat',
    ['abuse'],
    `threaten(?:s|ed|ing)? to (?:report|tell on|shop) (?:her|him|me|them|us) to (?:the )?(?:home office|immigration|police)`,
    { question: 'someoneHurting' },
  ),
];

// Widened again for the classes two more voices showed (guarded writers under coercive control,
// honour-based abuse and forced marriage, cuckooing, county lines and modern slavery, older people
// robbed by family, failing small businesses, service families; terminal illness, palliative care and
// chronic pain, people bereaved by suicide, redundancy and lost contact with children, dictation,
// Jewish, Chinese and Eastern European families): affairs put in order for after ("so she isn't left
// with my mess", the insurance left where she will find it, a note on the fridge), a day not expected
// to be seen, the payout worth more than the writer alive, a belt over a door, a plan in the car in a
// shut garage, a dose asked about "at once"; a phone that is checked, a reply that means he is there,
// a text sent under another name; a flat taken over by dealers, papers kept by a boss, a debt that
// grows every week; a weapon in the boot outside someone's house; wounds made with a lighter or an
// iron; emergencies in palliative care (legs that cannot be felt, a syringe driver and screaming
// pain), after a fall down the stairs, a fit after drink stopped, and something taken that will not
// be named.
/** Breathing talked of, beside an inhaler that does nothing (either order). */
const BREATHING =
  '(?:breathing|breath|breathe|wheezing|wheezy|chest|(?:get|getting|say|saying) (?:a |only a )?few words (?:out|at a time)|(?:cant|can t|cannot) finish (?:a |her |his |my )?sentences?)';
const INHALER_FAILS = 'inhaler (?:isnt|is not|isn t|aint) (?:doing anything|doing nothing|touching it)';
const GUARDED_AND_GRIEVING: readonly CrisisRule[] = [
  possible(
    'categories.leftForAfter',
    ['suicidal'],
    `(?:isnt|is not|arent|are not|wont be|not) left (?:with|to deal with|to sort) (?:my|the) (?:mess|debts?|bills)(?: ${W}){0,2} after(?= *$| [.,~!])|(?:insurance|life cover|policy|policies|will|passwords?) (?:docs |documents |papers |details )?(?:in|on|under) (?:the|my) (?:${W} ){0,2}(?:drawer|desk|table|side)(?: ${W}){0,2} where (?:she|he|they|shell|hell|theyll) (?:will |ll )?find (?:them|it)|(?:wrote|written|writing|left) (?:a )?(?:letters?|notes?) (?:to|for) (?:my|the|our) (?:${W} ){0,2}(?:lads|kids|son|sons|daughter|daughters|wife|husband|mum|mam|dad|family|boys|girls|children|grandkids)(?: ${W}| ,| .){0,10} (?:drawer|fridge|magnet|kitchen table|mantelpiece|find (?:it|them))|(?:wills?|will is|wills) (?:done|sorted|written)(?: ${W}| ,| .){0,10} letters (?:are )?(?:written|done)|will but quicker|funeral (?:planning|plans?)(?: .| ,)? mine(?: .| ,)|(?:take|have|look after|home for) my (?:dog|cat|dogs|cats|pets?)(?: ${W}){0,2} if (?:something|anything) (?:happens|happened)(?= *$| [.,~!])|(?:given|giving|gave) away (?:my|all my) (?:tools|van|guitar|medals|fishing gear|records|tools and)(?: ${W}| ,| .){0,8} (?:retiring|wont need|dont need|not going to need|all sorted)|if (?:she|he|they|you|mum|my ${W}) (?:reads?|finds?) (?:it|this) after(?= *$| [.,~!]| (?:im|i m|i am|ive))`,
    { question: 'endingLife', subject: 'self' },
  ),
  possible(
    'categories.notMuchLonger',
    ['suicidal'],
    `(?:not|wont|won t|will not|isnt|is not)(?: like)?(?: my ${W})? (?:be |is )?(?:going to|gonna) (?:be )?(?:a problem|a burden|around|full|needed|about)(?: ${W}){0,2} (?:much longer|for much longer|for long)|(?:wont|won t|will not) be needing (?:it|them|my ${W}|anything) (?:after|past|beyond) (?:this|the) (?:weekend|week|friday|month)|if (?:im|i am|i m) still (?:about|around|here|alive)(?= *$| [.,~!]| (?:by then|then|tbh|honestly)(?![a-z0-9]))|(?:not sure|dont think|don t think|doubt|unsure if) (?:ill|i will|i ll|im going to|i can|i ll) (?:get|make it) (?:thru|through)(?: to| till| until)? (?:tonight|the night|monday|the weekend|tomorrow|friday|another night)|(?:doubt|wont|won t) (?:itll|it ll|it will)? ?matter by the time (?:they|you|anyone|someone)|might have sorted it (?:myself|out myself)(?: ${W}| ,){0,4}(?: one way or (?:another|the other))?|hoping i (?:wont|won t|will not|dont|don t) see another (?:one|day|morning|christmas|year|birthday)|(?:tonight|today) (?:feels|is) (?:like )?the (?:night|day)(?= *$| [.,~!])|(?:pick|picks|choose|chooses|choosing|picking) which day(?<=(?:months|weeks|cancer|oncologist|rather|prognosis|terminal)(?: ${W}| .| ,){1,16})`,
    { question: 'endingLife', subject: 'self' },
  ),
  crisis(
    'categories.payoutWorthMore',
    ['suicidal'],
    `better off with(?: ${W}){1,4} (?:the )?(?:insurance|life insurance|payout|insurance money|life cover|death in service)|(?:life cover|life insurance|insurance|payout)(?: ${W}| .| ,){0,8} (?:worth )?more than (?:im|i am|i m) worth (?:alive|living)|(?:mortgage protection|life insurance|life cover|death in service|insurance) (?:would|will|d) (?:cover|pay|pay off|clear|sort)(?<=if i (?:went|go|died|was gone|wasnt here|weren t here)(?: ${W}| ,| .){1,10})|(?:looked|looking|look) up (?:which|what)(?: ${W}){0,3} (?:bridge|building|cliff|multi storey)(?: ${W}){0,4} is (?:the )?(?:highest|tallest)|(?:belt|rope|cord|cable|scarf|tie|flex) (?:over|on|round|around|tied to) the (?:top of the )?(?:door|doors|banister|beam|loft hatch|hook)(?!(?: (?:handle|frame) (?:to dry|for))(?= ))|(?:in the car|in my car|in the van) in the garage(?: ${W}| .| ,){0,6} (?:door shut|doors shut|engine)|engine off(?: .| ,)? so far|(?:dog lead|rope|belt|hose|hosepipe|cord)(?: ${W}| .| ,){0,8} not for the (?:dog|garden|boat|car|washing|camping)(?= *$| [.,~!])|(?:lot of|plenty of|many) ways to do it(?: ${W}| .| ,){0,8} (?:thought|thinking)|sitting with (?:it|the gun|the shotgun|a gun|the rifle) loaded|if i had the (?:guts|bottle|nerve|courage)(?: ,)? i (?:would|d|wouldve|would of|would have) (?:done it|gone|ended it)|(?:finishing|finish|ending) it myself|not (?:planning on|planning to|going to|intending to) (?:driving|drive|coming|come|walking|walk) back(?<=(?:tablets|pills|drive|car|bridge|sea|boat|cliff|cliffs|river|goodbye|note)(?: ${W}| .| ,){0,12})`,
  ),
  possible(
    'categories.doseAtOnce',
    ['suicidal'],
    `(?:took|take|taking|give|gave|giving) (?:her |him |me )?(?:all|the lot of|all of) (?:my|the|his|her|their) (?:${W} )?${DRUGS} at once|how many (?:of )?(?:my |his |her |the )?(?:${W} ){0,2}(?:tablets|pills|${DRUGS}) (?:would|will|does|do) it take(?= *$| [.,~!]| to(?![a-z0-9]))|how long (?:does|would|will) it take (?:for )?(?:[1-9][0-9]*|twenty|thirty|forty|fifty) of (?:those|these|my|the|his|her) (?:${W} )?(?:tablets|pills|${DRUGS}) to (?:work|kill)|(?:bought|buying|got|collected|saved)(?: up)? enough (?:tablets|pills|paracetamol|${DRUGS})|(?:got|have|ve got) (?:them|it|my ${W}) all saved up|(?:not sure|dont know if) (?:im|i am|ill|i will) (?:going to be |gonna be )?(?:sensible|safe|careful) with (?:them|it|the ${W})|(?:quicker|easier|quickest|easiest|painless|less painful) (?:with|using|by) (?:insulin|${DRUGS}|a rope|hanging|the car|a gun)|quickest (?:thing|way|stuff)(?: ${W}){0,3} in (?:a|the|my) (?:${W} ){0,2}(?:cupboard|cabinet|medicine cabinet|shed|garage)|count(?:ed|ing)? (?:out )?(?:the|my|all my) (?:pills|tablets)(?: ${W}){0,2} (?:tonight|instead|again|last night)|(?:hiding|hidden|hid|saving|stashing) (?:her|his) (?:sleeping )?(?:tablets|pills|${DRUGS})|how long does it take if you stop eating and drinking|(?:give|gives) me something to (?:end it|finish it|put me to sleep for good)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.seeingThePoint',
    ['suicidal'],
    `no point (?:in )?(?:me|my) being (?:about|around|alive)|(?:i )?(?:shouldnt|should not) be here at all|starting to understand (?:them|him|her|why)(?<=(?:done it|own lives?|suicide|killed (?:themselves|himself|herself)|ended it)(?: ${W}| .| ,){1,12})|(?:want|wanna) to (?:go to )?sleep and (?:never|not) (?:deal|face|have to)(?: ${W}){0,6} (?:ever again|again)|properly sleep i mean|(?:only|last) plan (?:ive|i have|i ve) got(?: left)? is the one where|(?:plan|option|way out)(?: ${W}){0,6} where (?:i|you) (?:dont|don t|do not|never) wake up|(?:doesnt|does not|wont|dont) matter(?: ${W}| ,| .){0,4} (?:ive|i have|i ve) (?:made my mind up|decided)|(?:im|i m|i am) [6-9][0-9](?: .| ,)? (?:ive|i have|i ve) decided|only (?:thing|one|reason) (?:keeping|stopping) me (?:going|here)(?: ${W}){0,2} (?:is|are) (?:the|my) (?:dog|cat|kids|grandkids|son|daughter|mum|wife)|stopped seeing the point (?:of|in) (?:tomorrow|breathing|living|life|being alive|waking up|anything|going on|it all)|(?:had|have had|ve had) enough of (?:being alive|living)(?= *$| [.,~!]| (?:if|tbh|honestly)(?![a-z0-9]))|(?:going|walking|heading) (?:down )?the same (?:way|road|path)(?<=(?:went|gone|took|died|done)(?: ${W}| .| ,){1,16})|(?:rather|prefer to|prefer) be in the ground|permission to (?:stop|die|let go|end it)(?= *$| [.,~!])|(?:im|i am|i m) not worth (?:much|anything|saving|the bother)(?= *$| [.,~!])|(?:be|like|is) the end of (?:mine|me)(?= *$| [.,~!])(?<=end of the world(?: ${W}| .| ,){1,12})|(?:reached|come to|at) the end(?: .| ,)? not of (?:the|this) ${W}(?: .| ,)?(?: of)? everything|(?:saying|said|say) goodbye to (?:people|everyone|everybody|the dog|the cat|my ${W})(?: ${W}){0,3} (?:in my head|like (?:he|she|i) meant it|for the last time)|(?:the )?other option(?: ${W}){0,4} (?:is|s) (?:a lot |much |far )?worse|(?:hang|hold) on (?:till|until|to) (?:the|my) (?:appointment|monday|friday|weekend)(?: ${W}){0,6} (?:worth it|promise)|sorry for everything(?: ${W}| ,| .){0,6} (?:love you|phone|goodbye)|(?:dont|don t|do not) want to be here without (?:her|him|them|my ${W})|(?:no|dont|don t|not|havent|haven t)(?: ${W}){0,5} (?:a )?reason to (?:still )?be here|(?:want|wanna) to not exist|not exist for a (?:bit|while)`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.goAndBeWith',
    ['suicidal'],
    `(?:should|could|want to|wanna) (?:just )?go and be with (?:him|her|them|my ${W})|(?:ill|i will|i ll) be seeing (?:him|her|them|my (?:${W} ){0,2}(?:dad|mum|mam|grandad|nan|son|daughter|wife|husband)) (?:soon|before long|shortly)|when (?:she|he|mum|dad|mam) goes(?: ,| .)? (?:im|i am|i m|ill be|i ll be) going (?:with (?:her|him)|too)|(?:hashem|god|allah|the lord|jesus) (?:takes|will take|would take|to take) me(?: in my sleep| tonight| soon| home)|(?:i was|was|been) on the bridge(?: .| ,)? (?:home now|back now|came home|came back)|(?:wondering|wonderin|wonder) how cold (?:the (?:water|river|sea) )?(?:it d|itd|it would|it will|would it) be|letting the (?:fast ones|fast trains|trains)(?: ${W}){0,2} (?:go|pass) (?:through|by)|(?:standing|stood) (?:out )?on (?:my|the) balcony(?: ${W}){0,3} (?:for too long|too long|looking down)|(?:drove|went|walked) to the same (?:spot|place|bridge)|thoughts? about the (?:shotgun|gun|rifle)(?= *$| [.,~!]| (?:more|again|a lot|every)(?![a-z0-9]))|(?:keep|keeps) thinking about the (?:quickest|easiest) way out|(?:thinking|think|thought) about the (?:quickest|easiest|best) way out(?= *$| [.,~!]| instead)|(?:id|i d|would|could|to|me|i) help (?:him|her|me) (?:go|die|end it)(?= *$| [.,~!])|(?:threw|thrown|binned)(?: ${W}){0,3} (?:tablets|pills|meds|medication) in the bin(?: ${W}| .| ,){0,6} (?:finished|done|had enough)|(?:wants|want) to go to switzerland(?: .| ,)? (?:shes|hes|she is|he is|im|i am) not ill|doing it (?:at home|myself) instead|(?:stop|stopping|stopped) (?:the|my) (?:dialysis|chemo)(?: ${W}| .| ,){0,16} (?:not doing it because|get on with it|nobody can make me)|thinking (?:of|about) doing the same(?<=(?:suicide|own life|killed himself|killed herself|took his life|took her life)(?: ${W}| .| ,){1,16})`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.haveAPlanNow',
    ['suicidal'],
    `(?:nothing left|no point|had enough|cant go on|can t go on|given up)(?: ${W}| .| ,){0,4} (?:and )?(?:i )?(?:have|ve got|got|ive got) a plan(?= *$| [.,~!])|(?:i )?(?:just )?want it (?:done|over with)(?= *$| [.,~!])(?<=(?:samaritans|past that|no point|decided|made my mind up)(?: ${W}| .| ,){1,12})`,
  ),
  // Abuse: words guarded because someone reads the phone, and control in everyday words.
  possible(
    'categories.guardedWords',
    ['abuse'],
    `means (?:hes|he is|shes|she is|theyre|they are) (?:next to|with|beside|near|behind) me|(?:text|message|call|ring) (?:me )?(?:as|from|saying its|saying it s|pretending to be) (?:boots|the dentist|a pharmacy|the pharmacy|the gym|the opticians|work)|pretend (?:to be|youre|you are|its) (?:the|a|from the) (?:dentist|pharmacy|gym|opticians|bank|school)|(?:dont|do not|please dont) (?:mention|put|say) (?:anything )?(?:about )?(?:relationships|my (?:husband|partner)|him|why)(?: ${W}){0,6} (?:reminder|text|letter|message|notes)|my (?:phone|messages|texts) (?:gets|get|are|is) (?:checked|read|gone through|looked at)|(?:he|she) (?:reads|checks) (?:it|them|everything|my texts)(?= *$| [.,~!]| (?:so|and|use|dont)(?![a-z0-9]))|(?:he|she) (?:listens in|listens to (?:my calls|everything))|(?:short|quick) (?:msg|message)(?: ,| .)? (?:hes|he is|shes|she is) back|home (?:isnt|is not|isn t|aint) (?:good|safe|ok)(?: ${W}| .| ,){0,4} (?:cant|can t|cannot) (?:explain|say)|please dont (?:call|ring|phone) the house|(?:hell|he will|he ll|shell|she will|theyll) know i (?:said|told|mentioned|was here)|(?:can|could) (?:the )?(?:appointment|appt|it) be (?:at the hospital|somewhere else|elsewhere)(?: ${W}| .| ,){0,10} (?:family|husband|they) would (?:hear|know|find out)|(?:is it )?(?:legal|allowed|normal) for (?:someone|him|her|your husband|a husband|my husband) to (?:stop you|stop me|track|check)`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.marriageAgainstWill',
    ['abuse'],
    `(?:dont|don t|do not) want to (?:get married|marry (?:him|her|them|my cousin|a ${W}))(?<=(?:parents|family|flights|booked|dad|mum|uncle|cousin|abroad)(?: ${W}| .| ,){1,20})|(?:pushing|forcing|making|pressuring|pressurising) me (?:in)?to marry|(?:being|been|getting|get|am|im) forced (?:in)?to (?:a )?(?:marriage|marry|wedding)|wedding (?:they|she|he|i) (?:didnt|did not|dont|don t) (?:agree|want)|(?:bring|brings|bringing|brought) (?:dishonour|shame) (?:on|to)|(?:shame|dishonour) (?:the|our|my) family(?: again)?(?: ${W}| ,| .){0,4} (?:theyll|they will|hell|he will|theyd|hed) (?:deal with|hurt|kill|punish|sort) me`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.keptAndOwed',
    ['abuse'],
    `(?:owner|boss|gaffer|gangmaster|agent|landlord|man|they|he) (?:keep|keeps|kept|take|takes|took|has|have|hold|holds|got) (?:our|my|all our|all my) (?:passports?|ids?|id cards?|papers|documents)(?!(?: (?:to check|for checking|to copy|safe for me|for the bank))(?= ))|(?:take|takes|took|taking) (?:all )?(?:our|my) (?:money|wages|pay) for (?:the )?(?:debt|room|rent|food|transport)|debt (?:is |gets |keeps getting )?(?:bigger|higher) every (?:week|month|day)|owe (?:him|them|her) for the (?:boat|lorry|journey|travel|trip|flight|crossing)|work off the (?:rent|debt)|(?:use|using|used) (?:my|her|his|mums|mams|dads) (?:flat|house|place) to (?:sell|deal|stash|store)|if i (?:talk|tell|say anything|go to the police|grass)(?: ${W}| ,){0,3} (?:theyll|they will|hell|he will|theyd|hed) (?:do me|hurt me|kill me|get me|do my|hurt my|come for)|if i (?:go to|tell|call|ring) (?:the )?(?:police|feds|anyone|someone)(?: ${W}| ,){0,3} (?:they|he|she) know where|(?:goes|going|gone|went) missing(?: ${W}){0,3} (?:and )?(?:comes|came) back with (?:money|cash|new|a phone|phones|trainers|bruises|a swollen)|(?:keep|keeps|kept) the keys? on (?:him|her)|(?:he|she|they|dad|mum|husband|partner) locks (?:me|us) in(?= *$| [.,~!]| (?:at|when|the|every)(?![a-z0-9]))|smash (?:my|your|her|his) (?:head|face) in|(?:hell|he will|he ll|shell|she will) do me next|send (?:everyone|people|my family|my boss) the (?:photos|pictures|pics|videos)|(?:is|keeps|has been|been) touching (?:the|my|our) (?:boys|girls|kids|children|son|daughter|sister|brother)|goes in the bathroom when (?:she|he)(?: s| is)? in there|(?:teenage|young|little) (?:daughter|son|girl|sister|niece)s? (?:boyfriend|fella|partner) is (?:[2-9][0-9])|(?:going|goes|went) at (?:mum|mam|her|him|me|dad) with (?:his|her|a) (?:walking stick|stick|knife|bat|belt)|squeezed my (?:neck|throat)|(?:he|she|they|hes|shes|husband|partner|has|keeps|been|started) (?:(?:started|keeps|been) )?forcing me(?= *$| [.,~!]| (?:even|when)(?![a-z0-9]))|(?:fist|punch|punches|punched)(?: ${W}){0,3} (?:through|into) (?:the )?(?:doors?|walls?)(?: ${W}| ,| .){0,6} (?:by my head|kids hide|near me|next to me)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.controlInSmallThings',
    ['abuse'],
    `(?:checks|check|checking|goes through) (?:the|my|all the) receipts|not allowed (?:my own|a) (?:key|phone|bank account|money)|(?:go to the toilet|eat|go out) without (?:asking|permission)|(?:be allowed|allowed) to see my (?:sister|mum|mam|family|friends|brother|dad)|unless (?:he|she) (?:drives|takes|comes with|goes with) me(?: ${W}){0,3} (?:and )?waits|(?:track|tracks|tracking) (?:my|your|her) (?:location|phone)(?: ${W}){0,6} (?:[0-9]+|thirty|twenty|fifty) times|(?:stop|stops|stopping|wont let) (?:you|me) (?:seeing|see) (?:your|my|a) (?:gp|doctor) alone|answers (?:every|all the|all my) questions? for me|(?:take|takes|took) my phone(?: ${W}){0,4} (?:give|gives) it back|(?:stopped|stops) me (?:from )?seeing (?:my )?(?:friends|family|mum|sister)|decides (?:what i eat|where i go|who i (?:talk|see|speak))|(?:sleeps|sleeping|keeps) (?:with )?a (?:knife|blade|machete|bat) under (?:the|his|her) (?:pillow|bed|mattress)|(?:to|as a way to) punish me|(?:has|got|took|knows) my pin(?: ${W}| .| ,){0,8} (?:pension|money|account)|if i change my will(?: ${W}| ,){0,4} (?:she|he|they)(?: ll| will| would|ll)|(?:taking|takes|took) (?:her|him|mum|dad|nan|my mum|my dad) to the bank every (?:week|day|month)|(?:managing|manages|took over|taken over|controls) (?:her|his|mums|dads|nans|my mums|my dads) (?:money|bank|bank account|finances|pension|savings|account)(?: ${W}| .| ,){0,16} (?:cut off|no food|cant afford|not enough|hasnt got|new (?:car|van|kitchen|telly))|(?:(?:lads|men|blokes|they|young ones)(?: ${W}){0,3} (?:came|moved in|turned up)(?: ${W}){0,6} (?:and )?never left(?= *$| [.,~!]))|(?:lads|men|blokes|people) (?:in|living in|staying in) my (?:flat|house)(?: ${W}| .| ,){0,10} (?:scared|knife|do me)|(?:two|2) phones(?<=(?:lad|son|boy|daughter|girl|cousin|nephew|is 1[0-7]|aged 1[0-7])(?: ${W}| .| ,){1,14})|(?:kept|locked) in the house(?: ${W}| .| ,){0,10} (?:never|frightened|scared)|never (?:comes|goes) out(?: ${W}| .| ,){0,4} (?:frightened|scared|so thin|thin)|(?:they|staff|he|she) (?:said|say|says) (?:she|he) fell(?<=(?:bruise|bruises|black eye|marks)(?: ${W}| .| ,){1,14})|black eye (?:she|he) (?:wont|won t|will not) explain|(?:taking|take) (?:her|him|them|the kids|my daughter|my son) to (?:${W} ){1,2}for good|work(?:ing)? for some (?:guys|men|lads|blokes) in`,
    { question: 'someoneHurting' },
  ),
  // Self-harm
  crisis(
    'categories.burnsAndFreshCuts',
    ['selfHarm'],
    `burning my (?:arm|arms|leg|legs|skin|hand|hands|wrist|wrists) with (?:a|the) (?:lighter|cigarette|iron|match|matches)|(?:pressed|put|held) (?:the |a )?(?:hot )?(?:iron|lighter|cigarette|kettle) (?:on|to|against) my (?:arm|leg|skin|hand|wrist)|(?:the |my )?cuts are (?:fresh|new|deep|still bleeding)`,
  ),
  possible(
    'categories.backToTheBlade',
    ['selfHarm'],
    `(?:going back to|been back on|back to|went back to) the (?:razor|blade|blades|lighter)|picking at my (?:arms|skin|legs)(?: ${W}| ,| .){0,12} (?:scabs|bleed|bleeding)|(?:for|stop) the cutting|the cutting (?:is|again|getting)|(?:doing|started|back to) the thing i used to do(?: ${W}){0,3} when i was (?:1[0-9]|a teen|a teenager|younger|at school)|dressings? for my (?:arm|arms|wrist|leg)(?: ${W}| ,| .){0,4} did it myself|(?:hitting|punching|bashing) my (?:own )?(?:${W} )?(?:leg|legs|arm|arms|head|thigh|thighs) with (?:my )?(?:fist|fists|a hammer)|bang(?:ing)? my head (?:on|against) the wall`,
    { question: 'safeNow' },
  ),
  // Harm to others
  crisis(
    'categories.weaponInTheBoot',
    ['harmToOthers'],
    `(?:bat|knife|hammer|crowbar|machete|blade) in (?:my|the) (?:boot|car|van|glovebox|pocket|sock)(?<=(?:outside|parked|lives|come back|waiting|sat)(?: ${W}| .| ,){1,14})|(?:can|gallon|jerry can|bottle) of petrol(?<=(?:him|her|them|landlord|house|keys)(?: ${W}| ,| .){1,8})|(?:gonna|going to) be trouble(?: ${W}| .| ,){0,6} (?:bayonet|machete|shotgun|gun|knife|bat)|(?:wants|want|wanted) to (?:stab|shoot|kill|batter) (?:the|those|some) (?:lads|men|boys|guys|blokes)|planning what (?:id|i d|i would|i will|ill) do to (?:them|him|her)|(?:could|will|gonna) kill (?:her|him|them)(?: .| ,)? i mean it|ending (?:both|all) of us|(?:taking|take) the kids with me(?: ${W}| .| ,){0,6} (?:grow up without|without)|(?:take|taking) (?:her|him) with me(?: ${W}| ,| .){0,4} not going (?:anywhere )?on my own`,
  ),
  possible(
    'categories.outsideTheirHouse',
    ['harmToOthers'],
    `(?:been )?(?:parking|parked|sitting|sat|waiting) outside (?:his|her|their|the) (?:house|home|place|flat)(?: ${W}){0,3} at night|(?:going|go) round to sort (?:out )?(?:the|him|her|them)(?<=(?:drinking|funeral|blame|let (?:mum|dad) die|angry)(?: ${W}| .| ,){1,12})|thoughts? about the bath(?<=(?:baby|babies|twins|kids|little one|cope)(?: ${W}| .| ,){1,10})|(?:squeezed|shook|grabbed) (?:one of them|him|her|the baby)(?: ${W}){0,2} too hard|frightened of (?:myself|what i might do)|not leaving (?:me|her|us) behind(?<=(?:when (?:he|she) goes|shotgun|gun)(?: ${W}| .| ,){0,12} not leaving (?:me|her|us) behind)`,
    { question: 'safeNow' },
  ),
  // Medical, as a patient says it
  medical(
    'categories.chestAndLeftArm',
    'chestPain',
    `left arm(?: s| is| has)? (?:gone )?(?:funny|dead|numb|tingly|heavy|weird)(?<=chest(?: ${W}| .| ,){1,16})|chest (?:feels )?(?:crushed|like its being crushed)`,
  ),
  medical(
    'categories.bleedingWontStop',
    'heavyBleeding',
    `(?:lot|lots|loads) of blood(?: ${W}| ,| .){0,4} (?:cant|can t|cannot) (?:get it to |make it )?stop`,
  ),
  medical(
    'categories.chemicalFumes',
    'otherEmergency',
    `(?:breathed|breathe|inhaled|breathing) in (?:the |some )?(?:chemical|chemicals|fumes|gas|smoke|bleach)(?: ${W}| ,| .){0,8} (?:cannot|cant|can t|not) (?:stand|breathe|wake)`,
  ),
  medical(
    'categories.shiveringConfused',
    'sepsisSigns',
    `(?:shivering|shaking|rigors)(?: and| ,)(?: ${W}){0,2} (?:talking nonsense|confused|not making sense)`,
  ),
  medical(
    'categories.hadTooMuch',
    'overdose',
    `(?:think|thinks|worried) (?:ive|i ve|i have|hes|shes|he has|she has) had too much|(?:has|s|have|ve) taken something(?: ${W}| ,| .){0,6} (?:wont|won t|will not) (?:tell|say)|(?:have took|ive took|i took|have taken|ive taken) all my (?:${W} ){0,4}(?:and|and the|and my) ${DRUGS}|taken (?:some|a few) extra(?: ${W}| ,| .){0,6} not all of them|(?:took|taken|had) (?:my |his |her )?${DRUGS} twice(?: ${W}| ,| .){0,10} (?:woozy|drowsy|sleepy|lips)`,
  ),
  medical(
    'categories.thunderclapHeadache',
    'otherEmergency',
    `headache(?: ${W}| ,| .){0,6} worst (?:of my life|ive ever had|ever)|(?:came on|hit me) like a (?:hammer|thunderclap|bang)(?: ${W}| ,| .){0,6} (?:neck|stiff|sick|headache)`,
  ),
  medical(
    'categories.childGotIntoPacks',
    'unwellChild',
    `got into (?:my|the|his|her|nans|mums|mams|grans|dads) (?:${W} )?(?:blister packs|dosette box|medication|calpol|sleeping tablets)(?<=(?:son|daughter|lad|boy|girl|baby|toddler|little one|[0-9] ?(?:yo|year old|yr old)|he|she)(?: ${W}| ,){0,6} got into(?: ${W}){1,3})`,
  ),
  medical(
    'categories.inhalerNotHelping',
    'breathlessness',
    `${BREATHING}(?: ${W}| ,| .){0,8} ${INHALER_FAILS}|${INHALER_FAILS}(?: ${W}| ,| .){0,8} ${BREATHING}`,
  ),
  medical(
    'categories.fallNotAnswering',
    'collapse',
    `(?:fell|fallen|fall) down the stairs(?: ${W}| ,| .){0,8} (?:not answering|not responding|not making sense|unconscious|wont wake)|(?:shaking|fitting|jerking) on the floor|(?:his|her|their|my|the) eyes (?:go|went|going|rolling|rolled) (?:up|back)(?= *$| [.,~!]| (?:and|in)(?![a-z0-9]))`,
  ),
  medical(
    'categories.calfSwollenRedHot',
    'otherEmergency',
    `(?:calf|leg) (?:is )?(?:swollen|red|hot)(?: and| ,)? (?:red|hot|swollen)(?: and (?:red|hot|swollen))?(?: ${W}| ,| .){0,6} (?:short of breath|breathless|out of breath)`,
  ),
  medical(
    'categories.screamingPain',
    'severePain',
    `screaming (?:with|in) (?:the )?pain|(?:cant|can t|cannot) feel (?:his|her|my) legs(?: ${W}| ,| .){0,6} (?:passed water|wee|weed)`,
  ),
  medical(
    'categories.headacheSeeingDouble',
    'otherEmergency',
    `headache(?: ${W}| ,| .){0,8} seeing double|(?:very )?yellow and confused`,
    { tier: 'possible', question: 'safeNow' },
  ),
];

// Widened for the voices of people on the edges of services (prison leavers, rough sleepers, hostels
// and asylum hotels, sex work, care leavers) and of people hurt online or by money shocks (sextortion,
// image abuse, stalking through apps, scams, loan sharks, gambling): no future pictured ("don't see
// myself getting old"), leaving quietly (appointments cancelled, accounts deleted, a letter written after
// the money went), a car turned into the central reservation, boxes of tablets bought at once, wounds
// kept from questions, watched and tracked through phones, a child given phones and gifts by older men,
// work or sex asked for a debt or a sofa, older people's money taken, a lender's threats, someone
// waiting in the room.
const ONLINE_AND_ON_THE_EDGES: readonly CrisisRule[] = [
  possible(
    'categories.noFutureSeen',
    ['suicidal'],
    `(?:dont|don t|do not|doesnt|doesn t|does not|cant|can t|cannot|never) (?:really )?(?:see|picture|imagine) (?:myself|himself|herself) (?:getting old|growing old|getting older|being old|(?:reaching|making it to|getting to|seeing) (?:[1-9][0-9]|christmas|new year|my birthday)|at [2-9][0-9]|in (?:a|five|ten|5|10) years?)|(?:dont|don t|do not|not) plan(?:ning)? (?:on|to) (?:seeing|see|reaching|reach|making it to|make it to) (?:[1-9][0-9]|twenty|thirty|forty|christmas|next year|my birthday|another birthday|the new year)|(?:dont|don t|do not) think (?:ive|i have|i ve|i) (?:got|have) (?:[0-9]+|a|another|two|three|four|six|eight|many) (?:more )?(?:weeks?|days?|months?)(?: left)? in me|(?:reckon|think|guess) (?:im|i am|i m|ill be|i ll be) next(?: ${W}| .| ,){0,3} (?:and )?(?:i )?(?:dont|don t|do not) (?:mind|care)|(?:might|may|could|gonna|going to) (?:just )?(?:disappear|vanish)(?= *$| [.,~!]| (?:for good|forever|permanently|lol|tbh)(?![a-z0-9]))|what (?:does|would|will) it feel like to (?:drown|die|hang|overdose|bleed out|jump off|be hit by a train)|(?:does|would|will) (?:drowning|hanging|overdosing|bleeding out|jumping) hurt|(?:go|going) to sleep and (?:be with|join|see) (?:him|her|them|dad|mum|mam|my ${W})(?= *$| [.,~!]| (?:again|forever)(?![a-z0-9]))`,
    { question: 'endingLife' },
  ),
  possible(
    'categories.leavingQuietly',
    ['suicidal'],
    `cancel (?:all )?(?:of )?my (?:future |upcoming |other )?(?:appointments|appts)(?: ${W}| .| ,){0,4} (?:i )?(?:wont|won t|will not|shant) (?:need|be needing) (?:them|it|any)|(?:deleted|deactivated|closed|wiped) (?:all )?(?:of )?my (?:socials|social media|accounts|instagram|insta|facebook|tiktok|snapchat)(?: ${W}| .| ,){0,6} (?:given|gave|giving|left|sold) (?:my|away|all|the)|goodbye (?:i guess|then i guess|i suppose|for good)(?= *$| [.!~])|(?:does|would|will|do) (?:anyone|anybody|someone|somebody|the surgery|the practice|you|they) (?:check on|check up on|come looking for)(?: (?:you|me|people|them))? if (?:you|i|someone|people|they) (?:dont|don t|do not|didnt|did not|never|stop) (?:turn up|turning up|show up|come in|reply|answer|replying|answering)|(?:no one|nobody|noone|no1|not one person) (?:would|will|d|is going to) (?:even )?(?:come|turn up|show up|bother going) to (?:my|the) funeral(?= *$| [.,~!]| (?:lol|tbh|anyway|honestly)(?![a-z0-9]))|(?:written|wrote|left) (?:her|him|them|my (?:${W} )?(?:wife|husband|partner|mum|mam|dad|kids|son|daughter|family)) (?:a )?(?:letter|note|letters|notes)(?= *$| [.,~!])(?<=(?:lost|debt|debts|owe|scam|scammed|savings|pension|betting|slots|crypto|bankrupt|bailiffs)(?: ${W}| .| ,){1,24})|(?:got|have|ve got) (?:it )?all planned (?:out )?for (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow|the weekend)(?= *$| [.,~!])(?<=(?:${DRUGS}|agitated|low|depressed|suicidal|hopeless|had enough|no point|cant go on|scam|lost)(?: ${W}| .| ,){1,20})`,
    { question: 'endingLife', subject: 'self' },
  ),
  crisis(
    'categories.drivingInto',
    ['suicidal'],
    `(?:thinking|think|thought|thoughts) (?:about|of) (?:driving|steering|swerving|crashing|veering|walking) (?:my car |the car |the van |my van )?(?:into|in front of|off) (?:the central reservation|a wall|the wall|a tree|a lorry|a bridge|oncoming traffic|the oncoming|a bus|the sea|the river|the quarry|a cliff|the barrier|the motorway|a train|the traffic)|(?:cant do this|can t do this|cannot do this|had enough)(?: anymore| any more)?(?: .| ,)? (?:im |i m |i am )?going tonight|got the (?:pills|tablets|rope)(?= *$| [.,~!])(?<=(?:tonight|cant do this|can t do this|had enough|goodbye)(?: ${W}| .| ,){1,8})`,
  ),
  possible(
    'categories.boxesBought',
    ['suicidal'],
    `(?:sold|sells|bought|buy|buying|got|get) (?:me )?(?:[3-9]|[1-9][0-9]|three|four|five|six|seven|eight|nine|ten|several|loads of|lots of|a load of) (?:boxes|packets|packs) (?:of )?${DRUGS}|(?:after|since) (?:taking|taken|having) (?:[6-9]|[1-9][0-9]|six|seven|eight|nine|ten|twelve|fifteen|twenty|a whole (?:box|packet|strip|pack) of) (?:my |the )?(?:${W} )?${DRUGS}`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.woundsUnasked',
    ['selfHarm'],
    `(?:scars|cuts|marks|wounds|burns)(?: ${W}| .| ,){0,4} (?:theyre|they are|they re|are|still) (?:fresh|still fresh|still open|open)(?= *$| [.,~!])|without (?:them|anyone|people|the pharmacist|staff|the nurse|the doctor) asking (?:how|what|why|where)(?<=(?:plasters|dressings|bandages|burn|burns|cuts|steri strips|scars|cream)(?: ${W}| .| ,){1,14})|(?:dressings|plasters|bandages|steri strips|butterfly stitches|gauze)(?: ${W}){0,2}(?: .| ,)? (?:dont|don t|do not) ask(?= *$| [.,~!])|bad (?:night|day)(?: .| ,)? (?:razor|razors|blade|blades|lighter)|picking (?:at )?my (?:arms|skin|legs|wrists|scabs) (?:again|till|until|til)|(?:stopped|stop|not) eating (?:as|for) (?:a )?punishment|punish(?:ing|ed)? myself by (?:not eating|starving|skipping meals)|(?:starving|starve|starved) myself (?:as|for) (?:a )?punishment|(?:has|have|got|with|of|and|his|her|the|some) (?:burns|burnt|burned|cuts|cutting|marks|scars|bruises)(?: ${W}| .| ,){0,10} (?:does|did|doing) (?:it|this|that|them) to (?:himself|herself|themselves|myself)`,
    { question: 'safeNow' },
  ),
  possible(
    'categories.watchedThroughPhones',
    ['abuse'],
    `(?:getting|gets|got|logging|logs|logged|hacking|hacks|hacked|breaking) into my (?:icloud|email|emails|phone|account|accounts|facebook|instagram|insta|snapchat|whatsapp|laptop)(?<=(?:ex|partner|husband|wife|boyfriend|girlfriend|he|she)(?: ${W}){1,6})|(?:shares|sharing|shared|tracks|tracking|tracked) my (?:location|live location|phone)(?<=(?:ex|partner|husband|boyfriend|he|she)(?: ${W}){1,6})|(?:is |s )?still on my find my (?:iphone|phone)|(?:put|installed|installing|hidden|hid) (?:a |an )?(?:tracker|tracking app|spyware|airtag|tile) (?:on|in) my|(?:found|tracked) me (?:on|through|via) (?:snapchat|instagram|insta|facebook|tiktok|social media|whatsapp)|(?:sending|sends) (?:me )?(?:threats|threatening (?:messages|texts))(?<=(?:keeps|keep|been|is|started|still) (?:sending|sends) (?:me )?(?:threats|threatening (?:messages|texts)))|revenge porn|(?:intimate|private|naked|nude|sexual) (?:images|photos|pics|pictures|videos) (?:of me )?(?:shared|posted|leaked|sent round|online)|(?:partner|husband|wife|he|she|boyfriend) (?:answers|checks|reads|goes through|takes) my (?:phone|texts|messages|post|letters)(?: ${W}| .| ,){0,6} (?:i get in trouble|i get into trouble|i pay for it|kicks off|goes mad|goes off on one)|(?:deletes|deleted|deleting|hides|hid|bins|binned|rips up|ripped up) (?:the |my )?(?:gp|doctors|surgery|hospital|appointment|appt|nhs|practice) (?:texts|letters|messages|post|reminders)|(?:pushing|pushes|shoving|shoves|chucking|throwing|knocking) (?:you|me) (?:about|around)(?= *$| [.,~!]| (?:a bit|at home|in the house)(?![a-z0-9]))`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.exploitedForADebt',
    ['abuse'],
    `(?:second|another|extra|secret) phone (?:we|i) (?:didnt|did not|never) (?:buy|bought|get|got|give|gave)|(?:comes|came|coming|come) home with (?:new |expensive |designer )?(?:trainers|clothes|money|cash|phones?|a phone|designer stuff)(?: ${W}| .| ,){0,6} (?:wont|won t|will not|doesnt|does not|refuses to|wouldnt) (?:say|tell)|(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)(?: ${W}| .| ,){0,12} (?:guy|man|bloke|lad|fella|men|guys|blokes) (?:in (?:his|their) (?:20s|30s|40s|twenties|thirties|forties)|(?:whos|who is|thats|aged) (?:[2-9][0-9]))|(?:made|making|forced|forcing|pressured) (?:him |her |them |me )?to (?:hold|carry|stash|keep|move|sell) (?:drugs|packages|parcels|gear|weed)|work off what (?:i|we|he|she|they) (?:owe|owes|owed)|(?:pay|paying) (?:it )?off by (?:keeping|holding|carrying|storing|selling|moving)|(?:sofa|couch|floor|room|place to stay)(?: ${W}| .| ,){0,10} (?:wants|expects|asks for|asking for) (?:something|sex|favours) (?:back|in return|for it)|wants something (?:back )?(?:for it|in return)(?: ${W}| .| ,){0,4} (?:if you get me|you know what i mean|if you know what i mean|i dont want to|i don t want to)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.eldersMoneyTaken',
    ['abuse'],
    `(?:carer|cleaner|neighbour|lodger|nephew|niece|grandson|granddaughter|new friend|boyfriend|girlfriend)(?: ${W}){0,2} (?:keeps |is |has been |been |always )?(?:taking|takes|took) (?:him|her|them|my (?:${W} )?(?:mum|mam|dad|nan|gran|grandad|grandma)|mum|dad|nan|gran) to the (?:cash machine|cashpoint|bank|atm|post office)|(?:has|have|got|given|gave|giving) (?:remote )?access to (?:her|his|their|mums|dads|nans|grans) (?:laptop|computer|pc|phone|bank account|online banking)(?<=(?:scam|scammer|scammers|firm|company|recovery|caller|crypto|investment|advisor|adviser)(?: ${W}| .| ,){1,10})|(?:giving|gave|given|sending|sent|handing) (?:all )?(?:(?:his|her|their) )?(?:money|savings|pension|cash) to (?:a |an |the )?(?:man|woman|caller|phone|online|crypto|scammer|stranger|fella)(?<=(?:elderly|older|confused|dementia|nan|gran|grandad|grandma|[6-9][0-9])(?: ${W}| .| ,){1,20})`,
    { question: 'someoneHurting', subject: 'someoneElse' },
  ),
  crisis(
    'categories.lenderThreats',
    ['abuse'],
    `(?:loan shark|lender|dealer|dealers|the lads|the man)(?: ${W}){0,4} (?:has|have|got|took|taken|keeps|kept) (?:my|his|her) (?:bank card|bank cards|benefits card|card|passport)(?= *$| [.,~!]| and (?:pin|my pin|his pin)(?![a-z0-9]))|(?:sort|smash|mess|fix) (?:my|your|his|her) (?:face|legs|knees|kneecaps) (?:out|in|up)|(?:theyll|they will|hell|he will|theyd|hed) (?:finish|kneecap) (?:him|me|her|us)(?: off)?(?= *$| [.,~!]| if(?![a-z0-9]))`,
  ),
  crisis(
    'categories.waitingInTheRoom',
    ['abuse'],
    `(?:cant|can t|cannot|scared to|afraid to|too scared to|dont want to|daren t|darent|not going) go(?:ing)? back (?:to my room|home|in|inside|to the (?:flat|house|hostel|hotel|room|squat))(?: ${W}| .| ,){0,4} (?:hes|he is|shes|she is|theyre|they are|he s|he|they) (?:waiting|in there|outside|at the door|back)(?![a-z0-9])`,
  ),
  possible(
    'categories.thatNightForgotten',
    ['abuse'],
    `(?:cant|can t|dont|don t|do not|cannot) remember (?:anything |much )?(?:from |about )?(?:that|the|last) night(?<=(?:party|spiked|club|video|woke up|his (?:room|flat|place))(?: ${W}| .| ,){1,16})|(?:cant|can t|dont|don t|do not|cannot) remember (?:anything )?after (?:my|the|our) (?:first|second|third|1st|2nd|3rd|one|two) (?:drink|pint|glass|shot|vodka)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.howEasyToHurt',
    ['harmToOthers'],
    `(?:thinking|think|thought|thoughts) (?:about|of) how easy it (?:would|d) be to (?:hurt|kill|harm|smother|stab|strangle) (?:my|him|her|them)`,
    { question: 'someoneInDanger' },
  ),
];

// The same voices, in plain words a model caught and the rules did not: a plan told as a place or a
// method ("bridge or train", "the top of the car park and just letting go"), goodbyes and apologies,
// voices telling someone to die, an overdose wished had worked, images threatened or posted, filming,
// money mules, a threat to a child or a sibling, a lock on the door, a child who swallowed a tablet,
// packages swallowed, a head injury with vomiting, withdrawal with hallucinations, chest tightness with a
// heavy arm, extra tablets and slowed breathing, a threat to "the next person", petrol and a target.
const ON_THE_EDGES_PLAIN: readonly CrisisRule[] = [
  crisis(
    'categories.placeOrMethod',
    ['suicidal'],
    `(?:top|roof|edge) of (?:the|a) (?:car park|multi storey|multistorey|building|flats|bridge|cliff)(?: ${W}){0,4} (?:and )?(?:just )?(?:letting go|let go|jumping|jump|stepping off|step off)|(?:wish|wished) (?:the|my|that) (?:overdose|od|attempt)(?: ${W}){0,3} (?:had worked|worked|had killed me|killed me)|(?:enough|strong enough) to (?:stop (?:your|my|the|a) heart|kill (?:you|me|a person|someone)|not wake up)(?<=(?:${DRUGS}|tablets|pills|dose|together|vodka)(?: ${W}| .| ,){0,6} (?:is |be |would be )?(?:enough|strong enough) to (?:stop (?:your|my|the|a) heart|kill (?:you|me|a person|someone)|not wake up))|(?:never|not) wake(?: up)?(?= *$| [.,~!])(?<=(?:and|then|so i|so i can) (?:never|not) wake(?: up)?)(?<=(?:tonight|gear|tablets|pills|${DRUGS}|all in one go)(?: ${W}| .| ,){1,12})|(?:better|best) (?:if )?(?:i am|im|i m|i was|i be) dead|(?:saying|says|telling|tells) (?:me |${W} )?(?:to )?(?:kill (?:myself|yourself|himself|herself)|die|end it|jump|hurt (?:myself|yourself))(?<=(?:voices?|head|voice|brain)(?: ${W}){0,4} (?:saying|says|telling|tells) (?:me |${W} )?(?:to )?(?:kill (?:myself|yourself|himself|herself)|die|end it|jump|hurt (?:myself|yourself)))|goodbye(?= *$| [.,~!])(?<=sorry (?:everyone|everybody|to everyone|to you all)(?: ${W}| .| ,){0,8} goodbye)|(?:said|say|saying) goodbye to (?:my|the) (?:dog|cat|pets?|kids|family|mum|mam|dad)(?: .| ,)? (?:im|i am|i m) sorry|(?:im|i am|i m) (?:going to|gonna) jump(?= *$| [.,~!]| (?:before|tonight)(?![a-z0-9]))`,
  ),
  possible(
    'categories.plainPlans',
    ['suicidal'],
    `(?:planning|planned|plan) how (?:to go|to do it|to end it|ill do it|i will do it|to finish it)|(?:bridge|train|rope|pills|tablets) or (?:the )?(?:bridge|train|rope|pills|tablets)(?= *$| [.,~!]| (?:thats|that s|its|it s)(?![a-z0-9]))|(?:want|wanting|wish) (?:everything|it all|it) to (?:stop|end)(?: ${W}| .| ,){0,4} permanently|nearly did it(?= *$| [.,~!]| (?:last night|yesterday|today|this morning|again)(?![a-z0-9]))|if (?:im|i am|i m) not (?:here|around) (?:next week|tomorrow|by then|after (?:this|the) (?:weekend|week))|(?:dont|don t|do not) want to be here (?:(?:to|when) (?:tell|see|face|they|the)|full stop|anymore|any more|at all)|(?:does|would|will|do) (?:the hospital|they|a&e|doctors) (?:pump|pumps)(?: ${W}){0,3} stomach if (?:you|i|someone) (?:take|took|takes) (?:all|a whole|a full)|did something stupid(?<=(?:${DRUGS}|overdose|overdosed)(?: ${W}| .| ,){1,24})|(?:then|and) (?:thats|that s|that is) me(?= *$| [.!~]| (?:done|gone|finished)(?![a-z0-9]))(?<=(?:letters|note|notes|goodbye|post them|tomorrow|tonight)(?: ${W}| .| ,){1,10})|no more life for me|(?:has |have )?(?:given|gave|giving) away (?:his|her|my|all (?:his|her|my)) (?:${W} ){0,3}(?:coat|charger|phone|things|stuff|belongings|possessions|clothes)(?<=(?:no more|no point|goodbye|wont need|won t need|not needing|hopeless|life for me)(?: ${W}| .| ,){1,16})|(?:tidier|simpler|cheaper|neater) (?:for (?:everyone|them|all|my ${W}) )?if i (?:just )?(?:wasnt|wasn t|was not|werent|weren t|were not) (?:here|around|alive)|(?:keep|keeps|been|kept) thinking about (?:trying|doing it) again(?<=(?:tried|attempt|didnt work|didn t work|overdose)(?: ${W}| .| ,){1,16})`,
    { question: 'endingLife', subject: 'self' },
  ),
  possible(
    'categories.urgeAndBlades',
    ['selfHarm'],
    `(?:i have|ive got|i ve got|got) (?:the |my |some )?(?:blades|razor|razors|a blade)(?= *$| [.,~!])(?<=(?:urge|urges|habit|tonight|relapse|relapsed)(?: ${W}| .| ,){1,12})|(?:relapsed|slipped up|did it again)(?: ${W}| .| ,){0,4} (?:only |just )?(?:a few |some |a couple of )?(?:cuts|burns|scratches)|need to feel (?:pain|the pain)(?= *$| [.,~!]| sometimes| again| tonight)`,
    { question: 'safeNow', subject: 'self' },
  ),
  crisis(
    'categories.imagesAndFilming',
    ['abuse'],
    `(?:put|posted|uploaded|shared) (?:pics|photos|pictures|videos|nudes|a video) of me (?:on|online|to)|(?:films|filmed|filming|records|recorded|photographs|photographed) me (?:in the (?:shower|bath|bathroom)|getting changed|undressing|naked|while i sleep|when im asleep|without (?:asking|consent|my permission))|(?:leak|share|post|send|put up) (?:it|them|the (?:pics|photos|videos|video))(?= *$| [.,~!]| to(?![a-z0-9]))(?<=(?:or|otherwise) (?:they|he|she|theyll|hell|shell|they will|he will)(?: ll)? (?:leak|share|post|send|put up) (?:it|them|the (?:pics|photos|videos|video)))|(?:if i dont|if i don t|unless i|or i have to) send (?:him |her |them )?(?:more )?(?:pics|photos|pictures|nudes|videos)|(?:run|running|runs|ran|putting|moving) money through (?:his|her|my|their) (?:account|bank)|(?:hell|he will|he ll|she will|shell|theyll|they will|they ll) (?:post|share|send|leak|upload) (?:a |the |my |some )?(?:video|videos|photos|pics|nudes|pictures|images)(?: of me)?(?: ${W}){0,3} (?:unless|if i dont|if i don t|if i do not)|(?:keep|kept) my mouth shut or (?:my|his|her) (?:${W} )?(?:${W} )?(?:gets|will get|ll get) (?:hurt|done|it)|only (?:get|have) (?:it|them|my ${W}) if i do what (?:he|she|they) (?:says|say|wants)|hurt (?:her|him|them|the baby|my ${W})(?<=(?:says|said|threatening|threatened|threatens) (?:hell|he will|he ll|shell|she will|theyll|they will) hurt (?:her|him|them|the baby|my ${W}))|lock (?:me|us) in (?:the|my|our) (?:house|room|flat|bedroom|home)|(?:wages|pay)(?= *$| [.,~!]| and(?![a-z0-9]))(?<=(?:takes|took|keeps|kept|taking|keeping) (?:all )?our (?:wages|pay))|owes? (?:him|her|them) (?:favours|favors|sex)(?<=(?:says|said) (?:i|she|he) owes? (?:him|her|them) (?:favours|favors|sex))|to (?:sort me out|sort me|do me|get me|hurt me|batter me|kill me)(?<=(?:coming|come|comes) (?:round|over|to my (?:house|flat|place)) to (?:sort me out|sort me|do me|get me|hurt me|batter me|kill me))|(?:shakes|shook|shaking) (?:him|her|the baby|my (?:baby|boy|girl|son|daughter)) when (?:he|she|it) (?:cries|crying|wont stop|won t stop)|(?:next|other) room(?<=(?:hes|shes|he is|she is) in the (?:next|other) room)(?: ${W}| .| ,){0,6} (?:need help|help me|leaving|get out)|(?:cant|can t) talk (?:much|long|now)(?: .| ,)? (?:hes|shes|he is|she is) in the (?:next|other) room`,
  ),
  possible(
    'categories.controlledAndOwing',
    ['abuse'],
    `(?:my|his|her|a|the|their|by) pimp(?![a-z0-9])|(?:turned up|turning up|came round|outside my|at my door)(?<=(?:been released|got out|is out|came out)(?: ${W}| .| ,){0,8} (?:turned up|turning up|came round|outside my|at my door))|(?:tell|report) (?:them|the home office|immigration) about my (?:visa|status|papers)|(?:have|got) to work it off(?<=(?:owe|debt|money|lent)(?: ${W}| .| ,){1,12})|(?:keeps|keep|been|is|started) banging on my (?:door|window)s?(?: ${W}){0,3} (?:at night|shouting|every night)|(?:taken|took|takes|keeps taking) my (?:purse|wallet|bank card|benefits|card) (?:again|off me)|(?:have|got|make me|makes me) to show (?:him |her )?(?:the |all the )?receipts|(?:shared|posted|leaked|sent round|put up|uploaded) (?:my|our) (?:intimate |private |naked |nude |sex )?(?:videos|photos|pics|pictures|nudes|images) (?:with|to|on|online|round)|(?:dont|don t|do not) want to (?:get married|marry)(?<=(?:family|parents|dad|uncle)(?: ${W}| .| ,){1,12})|(?:following|followed|follows) (?:her|him|me) home(?: ${W}| .| ,){0,6} (?:waited|waiting|waits|outside)`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.threatToTheNext',
    ['harmToOthers'],
    `(?:kill|stab|hurt|batter|glass) the next (?:person|one|man|bloke|lad|guy)|(?:could|gonna|going to|will|ll) (?:kill|hurt|stab|strangle) (?:him|her|them|someone|my ${W})(?: .| ,)? (?:not joking|im not joking|i m not joking|i mean it|im serious|i m serious|seriously)|(?:burn|torch) (?:the|his|her|their) (?:${W} )?(?:down|house|flat|car|shop|place)(?: ${W}| .| ,){0,10} (?:petrol|lighter fluid|jerry can)|(?:clear|pay|pay off|work off) (?:it|the debt|what i owe) by (?:hurting|stabbing|hitting|doing over) (?:someone|somebody|a (?:man|lad|guy))`,
  ),
  medical(
    'categories.childSwallowed',
    'overdose',
    `(?:swallowed|ate|eaten|chewed|got into) (?:one of |some of |a few of )?(?:my|his|her|mums|dads|nans) (?:${W} )?(?:subutex|methadone|tablets|pills|${DRUGS})(?<=(?:boy|girl|son|daughter|baby|toddler|child|kid|little one|grandson|granddaughter)(?: ${W}| .| ,){1,8})|(?:tablets?|pills?)(?: ${W}){0,2} in (?:his|her) mouth(?<=(?:toddler|baby|son|daughter|little one|kid|child)s?(?: ${W}| .| ,){1,12})|swallowed (?:the |some |all the )?(?:packages|packets|wraps|pellets|bags)(?![a-z0-9])`,
  ),
  medical(
    'categories.onTheFloor',
    'collapse',
    `(?:been|is|lying|lay|laid) on the (?:floor|ground|pavement)(?: ${W}){0,4} for (?:ages|hours|a while|a long time)(?: ${W}| .| ,){0,4} (?:breathing (?:funny|weird|strange|noisy|slow)|cold|not moving|wont wake)|(?:fall|fell|collapse|collapsed) for ground|no dey breathe`,
  ),
  medical(
    'categories.headInjurySick',
    'otherEmergency',
    `(?:head (?:injury|knock|bang)|(?:knock|bang|blow) to the head)(?: ${W}| .| ,){0,10} (?:been sick|vomiting|being sick|throwing up|thrown up|cant see)|(?:banged|hit|knocked|bumped) (?:my |his |her )?head(?: ${W}| .| ,){0,10} (?:blood thinners|warfarin|apixaban|rivaroxaban|anticoagulants?|muddled|drowsy|being sick|throwing up|cant see)|(?:coming off|off|stopped|no) (?:the )?(?:drink|drinking|booze|alcohol)(?: ${W}| .| ,){0,8} (?:seeing things|hallucinating|seeing bugs)|(?:cant|can t|cannot) feel my (?:bum|bottom|legs|saddle)(?: ${W}| .| ,){0,6} (?:cant|can t|cannot) (?:wee|pee|pass water)`,
  ),
  medical(
    'categories.afterBirthFever',
    'sepsisSigns',
    `(?:gave birth|had (?:the |my |a )?baby) (?:[0-9]+|a few|two|three|four|five|six|a couple of) (?:days|weeks) ago(?: ${W}| .| ,){0,10} (?:fever|temperature|shaking|shivering|burning up|discharge smells|smelly discharge)|(?:fever|temp|temperature) (?:of )?(?:3[89]|40)(?:\\.[0-9])?(?: ${W}| .| ,){0,6} (?:gave birth|had (?:the |my |a )?baby) (?:[0-9]+|a few|two|three|four|five|six|a couple of) (?:days|weeks) ago`,
  ),
  medical(
    'categories.chestAndArm',
    'chestPain',
    `chests? (?:has |have |s )?(?:been |is |feels |gone |going )?(?:really |very |so )?tight(?: ${W}| .| ,){0,10} (?:left )?arms? (?:s )?(?:has |have )?(?:gone |is |feels |going )?(?:heavy|numb|dead)`,
  ),
  medical(
    'categories.extraAndSlowed',
    'overdose',
    `(?:cant|can t|cannot) stay awake(?<=(?:took|taken|extra|double|${DRUGS})(?: ${W}| .| ,){1,12})|(?:taken|took|had) (?:double|twice|extra|too much)(?: of)? my (?:${DRUGS}|dose)(?: ${W}| .| ,){0,8} (?:shaky|being sick|vomiting|confused|drowsy|dizzy)|took (?:some|a few|a load of|loads of|a handful of) (?:pills|tablets)(?: ${W}| .| ,){0,6} (?:want|wanna) to sleep`,
    { tier: 'possible', question: 'safeNow' },
  ),
];

// Widened for men who rarely ask for help (male victims of abuse, the gym and steroids, separated
// fathers, warehouse and delivery work), stroke survivors writing in fragments, voice control, and for
// English shaped by other cultures and registers (patois, West African and South Asian English, Scots,
// formal letters, the third person, the crisis at the end): pills held ready, drink and tablets
// together, a trip not to come back from, an accident that would not look like one, a plan in the
// third person, a letter or note to whoever finds it, calm after things were given away, a time that
// is up, Pidgin and patois ways of saying it, control by a passport, a password or hidden medicine,
// a bite or a frying pan, a child hit or sent pictures, a knife or a "ting" on the way, stroke signs in
// fragments, a head knock on blood thinners, numb legs and no urine, a swollen leg and breathlessness,
// a toilet filled with blood, a fever of 40 in a sleepy child, a hand burned on purpose.
const MEN_AND_OTHER_ENGLISHES: readonly CrisisRule[] = [
  crisis(
    'categories.pillsHeldReady',
    ['suicidal'],
    `(?:i have|ive got|i ve got|got|have) the (?:pills|tablets) (?:here|ready|saved|i saved|in front of me|next to me|counted out)(?!(?: (?:but|which|and which|and what|what|for|from|with the|in the box|label|if))(?= ))|(?:has|have|got) a plan(?: .| ,)? (?:${W} )?(?:has|have|got) the (?:tablets|pills|rope)|(?:to )?whoever finds (?:this|me)|by the time (?:you|anyone|someone) (?:read|reads|get|gets|see|sees) this(?=(?: [^ .]+| ,){0,6} (?:gone|dead|over|too late|not be here|not be around|be with|in heaven|no longer|done it|taken them)(?![a-z0-9]))|might as well use it(?<=(?:gun|shotgun|rifle|tablets|pills|rope)(?: ${W}| .| ,){1,12})|(?:do|shall|will) not intend to be (?:here|around|alive)|(?:dont|don t|do not) intend to be (?:here|around|alive) (?:after|by|beyond|much longer)|(?:wont|won t|will not) be coming to my appointment(?: ${W}){0,2} or any other|(?:im |i m |i am )?(?:a danger|dangerous) to myself(?!(?: (?:in (?:the|a)|with (?:a|the|an)|on (?:a|the)|lol|haha|when it comes to|around (?:the|a)))(?= ))|sorry for what (?:im|i m|i am) (?:going|about) to do|(?:imma|im going to|im gonna|ill|i will) make it stop myself|(?:written|wrote|left) a note (?:explaining|saying)(?: ${W}){0,8} (?:(?:not|wasnt|wasn t|isnt|isn t|never) (?:their|your|his|her|anyones|anyone s|my kids|the kids) fault|sorry for everything|i love (?:you|them|her|him))|(?:looked at|looking at|bought|ordered|searched for|searching for) (?:a )?rope (?:on|online)(?!(?: [^ .]+){0,4} (?:for (?:the |a |my )?(?:swing|tyre swing|climbing|boat|garden|dog|tent|camping|washing|tug of war|gym|kids|allotment)|climbing))|(?:already |ive |i ve |i have )?made my mind up(?<=(?:samaritans|helpline|crisis line|ring|call)(?: ${W}| .| ,){1,12})|tell everyone (?:bye|goodbye)(?= *$| [.,~!]| x(?![a-z0-9]))|(?:make i|i go|i wan|i want to) end am|going up (?:the|to the) (?:viaduct|bridge|multi storey|car park roof)(?: ${W}){0,4} (?:tonight|after (?:my |the )?(?:shift|work))`,
    { imminent: true },
  ),
  possible(
    'categories.quietEnding',
    ['suicidal'],
    `(?:cannot|cant|can t) keep going like this|(?:cant|can t|cannot) do another (?:day|night|week) of this|(?:think|reckon|feel like) my times? (?:is |s )?up(?= *$| [.,~!]| (?:to be honest|tbh|now|mate)(?![a-z0-9]))|would be kinder (?:for everyone |to everyone |all round )?(?:to go|if i (?:went|was gone|wasnt here|weren t here))|(?:kids|children|family|they|she|he|everyone|nobody) (?:wont|won t|wouldnt|would not|will not) (?:even )?miss me|(?:deserve|deserves) better than me (?:being )?(?:around|here|alive)|only (?:thing|one|reason) (?:stopping|keeping) me(?: from (?:doing it|going through with it))? is (?:my|the|that|knowing)|(?:nobody|no one|noone) would know it (?:wasnt|wasn t|was not) an accident|(?:make|made) it look like an accident|stepping out in front of (?:a |an |one of the |the )?(?:${W} )?(?:artics|lorries|lorry|bus|buses|train|trains|traffic|cars?|van|vans)|(?:feel|feeling|felt) (?:calm|calmer|at peace)(?: ${W}){0,6}(?<=(?:(?:gave|given|giving|sold)(?: ${W}){0,3} away|will|left the dog|deleted|said goodbye|i love (?:them|her|him))(?: ${W}| .| ,){1,16})|(?:if i|if you|what if i) (?:take|took|swallow|swallowed) (?:all|the whole (?:box|packet|lot) of|all of) (?:the |my |these |those )?(?:${W} )?(?:${DRUGS}|tablets|pills)|(?:sleeping tablets|pills|tablets|${DRUGS}) with (?:vodka|alcohol|drink|whisky|wine)(?<=(?:if you take|if i take|feel anything|is it true|together)(?: ${W}| .| ,){0,12})|(?:after that|then) it (?:wont|won t|will not) matter(?= *$| [.,~!])|(?:drive|driving|swerve|swerving) off (?:di|the|a) (?:road|bridge|cliff|edge)|(?:lay|lie|sleep) (?:down )?(?:an|and) (?:nuh|not|never|no) (?:wake|get) up|(?:wan|want to|wanna) rest forever|ready to go home(?<=(?:god|lord|jesus|allah)(?: ${W}| .| ,){1,10})|(?:maybe|possibly|or) for good(?<=(?:stop|end|go|disappear|sleep)(?: ${W}| .| ,){1,8})|(?:i )?(?:get|understand) why (?:he|she|they) did(?: it)?(?<=(?:killed himself|killed herself|suicide|took his own life|took her own life|hanged)(?: ${W}| .| ,){1,14})|want (?:to )?end(?= *$| [.,~!])|i (?:just )?want to go(?= *$| [.,~!])(?<=(?:dont want to (?:improve|get better|recover|live)|tired|had enough)(?: ${W}| .| ,){1,10})|(?:only way|only way out)(?: ${W}){0,6} is if i (?:do|die|go|am gone|wasnt here|wasn t here)|going up (?:the|to the) (?:viaduct|bridge|multi storey|car park roof)(?: ${W}){0,4} (?:after|tonight|later|when)|(?:${DRUGS}|tablets|pills) and (?:vodka|whisky|whiskey|wine|gin|alcohol|drink) (?:do it|be enough|kill)`,
    { question: 'endingLife', subject: 'self' },
  ),
  crisis(
    'categories.hurtAtHomeMen',
    ['abuse'],
    `(?:got|been|was|get|gets) hit (?:with|by) (?:a|the|her|his) (?:frying pan|pan|bottle|belt|plate|chair|remote|phone|shoe|hammer|mug|iron)|(?<!(?:toddler|baby|son|daughter|grandson|granddaughter|dog|cat|puppy|kitten|little one|child|kid|boy|girl|year old|teething|nephew|niece)(?: ${W}| ,){0,8} )(?:she|he|partner|wife|husband|girlfriend|boyfriend|missus|misses|mrs|fella|ex) (?:bit|bites|headbutted|headbutts|scratched|scratches) me(?= *$| [.,~!]| (?:again|yesterday|last night|today|when)(?![a-z0-9]))|him (?:lick|licks|licked) (?:mi|me)(?: again)?|(?:him|he) (?:box|boxed) (?:mi|me)(?: again)?|(?:him|he) (?:a go|gonna|going to|go|will) kill (?:mi|me)(?!(?: (?:for|if i (?:forget|dont|don t|am late|m late|spend)|when|lol|haha))(?= ))|next time (?:it ll|itll|it will|its) (?:be )?(?:the|a) (?:knife|gun|bat|hammer)|(?:forces|forced|makes|made) me (?:when|even when|if) i say no|(?:bruises|marks|bruising) (?:on|round|around) my (?:neck|throat)|(?:dont|don t|do not|wont|never) get paid (?:till|until|til) (?:the )?debt|(?:makes|made|making) me (?:sell|carry|hold|deliver|move) (?:drugs|gear)|(?:makes|made|making) me (?:sell|carry|hold|deliver|move) (?:stuff|things|packages)(?:(?<=(?:lads|gang|dealer|dealers|older|owe|debt|weed|boyfriend|girlfriend|partner|husband|fella)(?: ${W}| .| ,){1,16})|(?=(?: [^ .]+| ,){0,12} (?:owe|owes|debt|or else)(?![a-z0-9])))|(?:holds?|holding|hold|keeps?|keeping|kept|took|taken) my (?:passport|passports|papers|documents)(?<=(?:boss|oga|gaffer|employer|work|agent|landlord|dey)(?: ${W}){1,4})|report (?:me|us) to (?:the )?home office|(?:to )?get married(?: .| ,)? (?:i|but i) (?:dont|don t|do not) want to(?<=(?:dad|mum|family|parents|uncle)(?: ${W}| .| ,){1,16})|(?:threatenin|threatening|threatens) (?:tae|to) (?:batter|hit|kill|hurt|stab) (?:ma|my) (?:maw|mum|mam|ma|da|dad|wife|sister)|(?:punched|hit|kicked|slapped|strangled) (?:mum|mam|dad|my mum|my dad|my wife|my husband|nan|gran) (?:tonight|today|again|just now|last night)`,
  ),
  possible(
    'categories.controlMenDescribe',
    ['abuse'],
    `(?:nah|no|dont|don t|do not|never) feel safe (?:round|around|near|with) (?:him|her|them|my ${W})|what (?:he|she|they) calls? (?:them|it)(?<=accidents?(?: ${W}| .| ,){1,6})|told (?:work|them|everyone|people|the doctor|my mum|the nurse) it was (?:the cat|the dog|an accident|a fall|the door|walking into)|(?:hides|hid|hiding|withholds|flushed|throws away|threw away) my (?:meds|medication|tablets|insulin|inhaler|pills|stroke tablets)|(?:has |have )?changed the passwords? on my (?:phone|laptop|email|accounts?)|(?:angry|shouts|goes mad|kicks off) when i ask(?: (?:for|about) (?:my )?(?:money|it|my card))?(?<=(?:money|card|pension|benefits|bank)(?: ${W}| .| ,){1,10})|(?:bruise|bruises|bruising)(?: ${W}){0,6} rough play|(?:make sure|ensure) (?:u|you) regret it|you know what i can do|(?:sending|sends|sent) (?:my|our|her|his) (?:${W} )?(?:son|daughter|lad|girl|boy|kid|child) (?:pics|pictures|photos|nudes)|keep it (?:between (?:them|us|you and me|the two of (?:us|them))|a secret|secret)(?<=(?:coach|teacher|man|older|messaging|snapchat|instagram|lad)(?: ${W}| .| ,){1,16})|hides? under the (?:bed|table|stairs)(?<=(?:dad|he|him|shouting|on at)(?: ${W}| .| ,){1,14})|(?:no|not|nae) allowed (?:tae|to) see (?:ma|my) (?:pals|friends|family|mum|maw)|(?:been |is |keeps |has been )?(?:hitting|beating|punching|kicking|slapping) (?:my|our) (?:little )?(?:boy|girl|son|daughter|kids|children|baby)(?= *$| [.,~!]| (?:he|she|and|again|when)(?![a-z0-9]))(?<=(?:fella|boyfriend|partner|husband|stepdad|new bloke|new man|he|she|ex)(?: ${W}){1,8})|took (?:ma|my) phone (?:aff|off) me`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.harmMeantByMen',
    ['harmToOthers'],
    `(?:do|doing) (?:him|her|them) in(?: .| ,)? (?:i mean it|im serious|not joking)|(?:im|i m|i am) (?:going to|gonna) do (?:him|her|them) in(?= *$| [.,~!])|next time i (?:wont|won t|will not) stop(?= *$| [.,~!])(?<=(?:hit|punch|punched|hurt|kill|went for|grabbed|fight|battered|beat|strangled|choked|window|through a wall|nearly killed)(?: ${W}| .| ,){1,16})|(?:with|has|got|holding) a (?:knife|machete|gun|bat|hammer)(?: ${W}| .| ,){0,4} (?:saying|says|said|threatening) (?:hell|he will|shell|she will|theyll|he ll) (?:stab|kill|hurt|shoot|batter)|(?:getting|got|get|carrying|bringing) a (?:ting|strap|shank|nank|piece)(?= *$| [.,~!]| (?:tonight|and)(?![a-z0-9]))|(?:a go|gonna|going to|go) buss (?:him|her|dem|his|her) head|(?:could|might) (?:honestly |actually |really |seriously |genuinely )(?:hurt|kill|stab|harm) (?:someone|somebody|anyone)(?=(?: [^ .]+| ,){0,8} (?:today|tonight|right now|not joking|i mean it|feel it|hammer|knife)(?![a-z0-9]))(?!(?: (?:for (?:a|an|some|the)))(?= ))|(?:taking|take) the (?:kids|children|boys|girls|baby) with me when i go(?= *$| [.,~!])(?<=(?:thinking about|thought about|think about|planning on|plan|planning|going to|gonna|want to|decided)(?: ${W}){0,3} (?:taking|take) the (?:kids|children|boys|girls|baby) with me when i go)|(?:gun|shotgun|rifle)(?: ${W}){0,5} (?:and )?i know where the keys? (?:is|are)|(?:scared|frightened|afraid) (?:of )?what (?:ill|i will|i ll|i might) do(?: next)?(?<=(?:shook|hit|pushed|slapped|grabbed|angry)(?: ${W}| .| ,){1,12})`,
  ),
  possible(
    'categories.stillAfterHim',
    ['harmToOthers'],
    `still want to (?:find|get|hurt|kill|do) (?:him|her|them)(?<=(?:went for|attacked|hit|punched|pulled me off)(?: ${W}| .| ,){1,14})|(?:could|might) (?:honestly |actually |really |seriously |genuinely )(?:hurt|kill|stab|harm) (?:someone|somebody|anyone)(?!(?: (?:for (?:a|an|some|the)|lol|haha|at this rate|if (?:i|this|they|the)))(?= ))`,
    { question: 'someoneInDanger' },
  ),
  medical(
    'categories.strokeInFragments',
    'strokeSigns',
    `(?:words|speech)(?: ${W}){0,3} (?:all )?(?:mixed up|jumbled|wrong|slurred|gone funny|went funny)(?: ${W}| .| ,){0,10} (?:arm|hand|face|mouth|leg)s?(?: ${W}){0,3} (?:heavy|droopy|drooping|weak|numb|wont grip|cant grip|won t grip)`,
  ),
  medical(
    'categories.faceDroopyAlone',
    'strokeSigns',
    `(?:mouth|face)s? (?:s |is |gone |has gone )?(?:droopy|drooping)`,
    { tier: 'possible', question: 'safeNow' },
  ),
  medical(
    'categories.spinningWalk',
    'strokeSigns',
    `(?:room|everything) (?:is )?spinning(?: ${W}| .| ,){0,6} (?:cant|can t) (?:walk|stand) (?:straight|up|properly)`,
    { tier: 'possible', question: 'safeNow' },
  ),
  medical(
    'categories.chestHeavy',
    'chestPain',
    `chest (?:a |is a |feels a |s a )?bit heavy|chest (?:feels |is |s )heavy(?= *$| [.,~!])`,
    { tier: 'possible', question: 'safeNow' },
  ),
  medical(
    'categories.legAndBreath',
    'breathlessness',
    `(?:leg|calf)(?: ${W}){0,3} (?:swollen|massive|hot|red)(?: ${W}| .| ,){0,8} (?:short of breath|breathless|cant breathe|chest pain)`,
  ),
  medical(
    'categories.toiletFilled',
    'heavyBleeding',
    `(?:filling|filled|fills) the (?:toilet|bowl|pan)(?<=(?:blood|bleeding)(?: ${W}| .| ,){1,18})`,
  ),
  medical(
    'categories.feverForty',
    'unwellChild',
    `(?:temp|temperature) of (?:39|40|41)(?: ${W}| .| ,){0,8} (?:blotchy|rash|floppy|sleepy|drowsy|wont drink|won t drink)`,
  ),
  medical(
    'categories.drinkAndTablets',
    'overdose',
    `(?:had|drank|drunk|downed) (?:a|2|two|3|three|half a|a whole) bottles? of (?:vodka|wine|whisky|gin|rum)(?: ${W}| .| ,){0,4} (?:and )?(?:took )?(?:some|a few|loads of|a load of|my) (?:of my )?(?:pills|tablets|${DRUGS})`,
  ),
  crisis(
    'categories.burnedOnPurpose',
    ['selfHarm'],
    `(?:burn|burned|burnt|bun|bunned|scald|scalded|dropped|smashed|slammed|hit|punched)(?: up)? (?:my|mi|a (?:${W} )?on my)(?: own)? (?:hand|hands|arm|arms|leg|skin|wrist|wrists|foot)(?: ${W}){0,4} on purpose|(?:started|starting) again(?<=(?:scars|cutting|self harm|harming)(?: ${W}| .| ,){1,14})|arms? (?:a |are a |is a |s a )?mess(?<=(?:relapsed|cutting|back to it)(?: ${W}| .| ,){1,12})`,
  ),
  possible(
    'categories.marksHiddenOnPurpose',
    ['selfHarm'],
    `(?:did|do|done) it on purpose(?<=(?:cut|cuts|burn|burns|wound|scratch)(?: ${W}| .| ,){1,12})|(?:hide|cover|covering|hiding) (?:the |my )?(?:marks|cuts|scars|burns)(?= *$| [.,~!]| (?:for|at|from|so|on my)(?![a-z0-9]))`,
    { question: 'safeNow', subject: 'self' },
  ),
];

/**
 * People whose work gives them the means and the words (doctors, nurses, pharmacists, paramedics, vets,
 * farmers and gamekeepers, police and forces), and answers to the chat's own questions with the crisis
 * inside them: lethality known from work, drugs taken home or held back, euthanasia wished for oneself,
 * a place watched or a nerve worked up, a goodbye in an answer ("you're the last person I'll talk to",
 * "won't be around to forget it"), marks that others would see, an answer that says who listens to the
 * phone, a threat from work brought home, a poison or a needle at work, a fever too young.
 */
/** A vet's euthanasia drugs, and other work drugs named as a means. */
const VET_DRUGS =
  '(?:pento|pentobarb|pentobarbital|pentobarbitone|euthatal|dolethal|euthanasia (?:solution|drug|drugs|stuff)|the blue (?:stuff|juice)|potassium chloride|the potassium|xylazine|etorphine|immobilon)';
const TRADES_AND_ANSWERS: readonly CrisisRule[] = [
  crisis(
    'categories.tradeMeans',
    ['suicidal'],
    `(?:thought|thinking|think|thoughts) (?:about|of) (?:using|injecting|giving|taking) (?:the |that |some )?(?:stuff|drugs|solution|gear|morphine|insulin|ketamine|${VET_DRUGS})(?: ${W}){0,4} (?:on|to|into) myself|${VET_DRUGS} for (?:myself|meself|herself|himself)|(?:putting|put|set|setting|keeping|kept) (?:aside|by|away) (?:some )?${VET_DRUGS}(?: for)?|(?:putting|put|set|setting|keeping|kept) (?:some |the )?${VET_DRUGS} (?:aside|by|away)|(?:enough|plenty|a stash) (?:stashed|saved|put by|put aside|squirrelled away|hidden|held back)(?<=(?:tablets|pills|meds|morphine|oramorph|insulin|dose|doses|drugs|stock|ampoules|vials|${VET_DRUGS})(?: ${W}| .| ,){1,14})|(?:stopped|stopping|not) taking (?:it|them|my ${W}(?: ${W})?) so (?:ive|i ve|i have|i can have|i d have|id have) (?:got )?(?:more|enough|a stash|them all)|(?:stopped|stopping|not) taking (?:my )?(?:${W} )?(?:tablets|pills|meds|medication|insulin)(?: ${W}| ,){0,4} so (?:nature|god) (?:can|could|will|would) take (?:its|it s|it) course|turned (?:it|the gun|the barrel|the shotgun|the rifle) (?:round|around) (?:the wrong way|on myself|to face me|towards me)|(?:hose|hosepipe|pipe|tubing|tube)(?: ${W}){0,6} (?:to fit|fits|fitted|attached|attach|on|onto|to|into|over) (?:the )?exhaust`,
    { imminent: true, subject: 'self' },
  ),
  possible(
    'categories.tradeKnowsHow',
    ['suicidal'],
    `(?:know|knows|learned|learnt) (?:exactly )?(?:which|what) (?:ones |methods |ways |doses |bits )?(?:work|works|would work)(?<=(?:hangings?|overdoses?|jumpers|suicides?|methods|bridges|doses?|complete|completed|kill themselves|killed themselves)(?: ${W}| .| ,){1,16})|(?:know|knows) exactly what (?:a )?(?:big |large |high |massive )?(?:dose|overdose|amount)(?: of (?:it|them|${W}))? (?:does|would do|will do)|(?:calculating|calculated|worked out|working out|work out) (?:the )?(?:potassium|dose|doses|dosage|insulin|amount|how much (?:id|i d|i would|i ll|it would take))(?= *$| [.,~]| (?:that|for|needed|id|i d)(?![a-z0-9]))|(?:imagining|imagine|picturing|dreaming about|thinking about|keep thinking of) (?:the )?${VET_DRUGS}|(?:survive|survived|survives) (?:a )?(?:fall|jump|drop) (?:from|off) (?:[0-9]+|a|the|five|six|ten)|(?:taking|took|take|bringing|brought|been taking) (?:stock|morphine|meds|drugs|medication|controlled drugs|ampoules|vials|opioids) home(?= *$| [.,~]| (?:from|not|to)(?![a-z0-9]))|(?:thought about it|planned it|worked it out|thought it through) properly|(?:envy|envied|envying|jealous of) (?:every one of (?:them|em)|them|the (?:dogs?|cats?|animals?|horses?|ewes?|cows?))(?<=(?:pts|pts d|ptsd|put to sleep|put down|euthanased|euthanized|euthanasia|peaceful end)(?: ${W}| .| ,){1,12})|(?:wish|like|want|d like|would like) (?:someone|somebody|a vet|you|them) (?:to|would|could) do (?:that|the same) (?:for|to) me(?<=(?:pts|put to sleep|put down|euthanas[a-z]*|peaceful end|injection)(?: ${W}| .| ,){1,20})|(?:tell|if) (?:if )?(?:a )?(?:person|human) (?:had )?used (?:the )?${VET_DRUGS}`,
    { question: 'endingLife', subject: 'self' },
  ),
  possible(
    'categories.placeWatched',
    ['suicidal'],
    `(?:(?:work|working|build|building|get|getting|worked) up (?:the )?(?:nerve|courage|bottle)|(?:work|working|worked|build|building) (?:myself |himself |herself )?up to it)(?<=(?:bridge|reservoir|river|cliff|cliffs|roof|ledge|edge|tracks|railway|train line|station|car park|motorway|quarry|viaduct|tablets|pills|rope|gun|knife)(?: ${W}| .| ,){1,28})|(?:(?:keep|keeps|kept) )?thinking about (?:the )?(?:bridge|bridges|viaduct|tracks|railway line|train line|cliffs?|reservoir|quarry|canal|river)(?= *$| [.,~]| (?:since|again|every|all)(?![a-z0-9]))|(?:driving|drive|drove|walked|walking|walk) past the (?:bridge|viaduct|cliffs?|quarry|railway|tracks|reservoir)(?: ${W}| .| ,){0,10} (?:tonight|today) i (?:stopped|pulled over|got out)|(?:watching|watched|staring at) the (?:lorries|trains|traffic)(?= *$| [.~])(?<=(?:hard shoulder|bridge|platform|motorway|layby|lay by|parked|tracks)(?: ${W}| .| ,){1,14})|where the current(?: s| is|s)? (?:strongest|fastest|worst|deepest)|(?:looking|look|looked|staring|stare|stared|been at|thinking about) (?:up |at )?(?:the )?(?:rail |railway |motorway |road |foot )?(?:bridge|bridges|viaduct|tracks|railway line|cliffs?|reservoir|quarry)(?: ${W}| ,){0,3} (?:a lot|lately|recently|every day|every night|for ages|most days|most nights)|(?:know|knows|found|checked|found out) where (?:the |our |their )?roof access is|(?:went|go|gone|walked|drove) (?:and )?(?:stood|stand|sat|sit) on (?:one|it)(?= *$| [.,~]| (?:last|tonight|yesterday|this)(?![a-z0-9]))(?<=(?:bridges?|ledges?|roofs?|cliffs?|viaducts?)(?: ${W}| .| ,){1,16})|(?:reading|read|looking|looked|researching|searching|googling|watching) (?:about|up|into|videos of) (?:people )?(?:who ve |who have |who )?(?:jumped|jumping|hanged|hanging) (?:from|off)`,
    { question: 'endingLife', subject: 'self' },
  ),
  crisis(
    'categories.goodbyeInAnswer',
    ['suicidal'],
    `(?:thats|that s|that is) when (?:im|i m|i am|i ll|ill|i will) (?:doing it|going to do it|gonna do it|ending it|going)(?= *$| [.,~!]| (?:anyway|then|so|lol|tbh)(?![a-z0-9]))|(?:youre|you re|you are|this is|ur) the last (?:person|one|thing) (?:ill|i ll|i will|im going to|i m going to|im gonna) (?:ever )?(?:talk|speak|write|message|say anything) to|(?:it|this) (?:wasnt|wasn t|was not|isnt|isn t|is not) anything (?:she|he|you|they) did|(?:ive|i ve|i have) got it (?:all )?(?:sorted|planned|worked out) for (?:tonight|tomorrow|the weekend)(?<=no more(?: ${W}| .| ,){1,20})|(?:dont|don t|do not) want (?:another |any more |more |[0-9]+ more )(?:years|decades)(?= *$| [.,~!]| of (?:this|it)(?![a-z0-9]))(?<=(?:this|it|another|years)(?: ${W}| .| ,){1,16})`,
    { subject: 'self' },
  ),
  possible(
    'categories.goneSoonInAnswer',
    ['suicidal'],
    `(?:can|could|will|should) have my (?:cat|dog|cats|dogs|pets?|stuff|things|car|records|books) when (?:im|i m|i am) gone|(?:everything s|everythings|everything is|its all|it s all|all) (?:in order|sorted|squared away|tied up)(?: now)?(?= *$| [.,~])(?<=(?:given|gave|cancelled|rehomed|said goodbye|left|will|the cat|the dog)(?: ${W}| .| ,){1,16})|(?:wont|won t|will not) be (?:around|here|alive) (?:to (?:forget|need|see|read|get|answer|open|worry)|by then|anyway)(?= *$| [.,~!]| (?:it|them|that|though|so|lol)(?![a-z0-9]))|(?:this time tomorrow|by tomorrow|after tonight|after this weekend|by next week|by monday) (?:it|nothing|none of (?:it|this)) (?:wont|won t|will not|isnt going to|is not going to) matter|(?:wont|won t) matter(?: .| ,)? i (?:wont|won t|will not) be (?:here|around)|(?:just )?(?:wanted|want|needed) (?:someone|somebody|one person|a person) to know before(?= *$| [.,~!])|(?:made|making|make) my mind up(?: .| ,)? (?:i )?(?:just )?(?:wanted|want) (?:someone|somebody) to know|sorting (?:out )?my will(?: ${W}| .| ,){0,3} (?:writing|write|wrote) to|(?:planned|planning|plan) my (?:own )?funeral(?: ${W}| .| ,){0,8} (?:who d|whod|who would|who will|who ll) (?:come|turn up|miss)|(?:lie|lying|lied) (?:on|to|about) (?:every|all|each)(?: one)? of (?:them|the (?:risk )?questions)(?<=(?:risk|safety|screening) questions(?: ${W}| .| ,){1,12})|who (?:talks|talk|gets|pulls|will talk) me (?:off|down from) (?:it|the ledge)|not sure i want to(?= *$| [.,~!])(?<=(?:drive home|get home|safely|wake up|go on|carry on|be here|keep going)(?: ${W}| .| ,){1,10})|(?:before i do|or i ll do|or ill do) something (?:i (?:cant|can t|cannot) (?:undo|take back)|permanent|drastic|i ll regret|ill regret|i wont come back from)|last message(?= *$| [.~])`,
    { question: 'endingLife', subject: 'self' },
  ),
  // Self-harm
  crisis(
    'categories.cuttingNow',
    ['selfHarm'],
    `(?<=^ |[.!~] |(?:im|i m|i am|am) )cutting (?:myself )?(?:right now|now|as we speak)(?= *$| [.!~])`,
    { imminent: true, subject: 'self' },
  ),
  possible(
    'categories.marksSeen',
    ['selfHarm'],
    `(?:they ll|theyll|they will|people will|someone will|everyone will|youll|you ll|you will|theyd|they d|they might|people might|shell|she ll|hell|he ll) see my (?:arms|wrists|scars|cuts|marks)(?= *$| [.,~!]| (?:and|if|when|so)(?![a-z0-9]))|(?:dont|don t|do not|please dont|please don t) ask (?:me )?about my (?:arms|wrists|legs|thighs|sleeves)|(?:how|what) my (?:arms|wrists|legs|thighs|stomach|skin) (?:look|looks|looks like)(?: ${W}){0,3} from what (?:ive|i ve|i have|i) (?:been doing|done|did)|(?:banging|bang|banged|hitting|smashing|bashing) my head (?:on|against|off) (?:the |a )?steering wheel`,
    { question: 'safeNow', subject: 'self' },
  ),
  // Abuse
  crisis(
    'categories.hurtAtHomeAnswer',
    ['abuse'],
    `(?:throw|throws|threw|throwing|chuck|chucks|chucked|drag|drags|dragged|dragging|fling|flings|flung) me (?:round|around|about|across|down|into|against) (?:the )?(?:${W} )?(?:kitchen|room|house|stairs|wall|walls|floor|flat|bedroom|hall|lounge|furniture)|(?:rent|the rent|bills) (?:can|could|would) be paid (?:in )?(?:other ways|another way|in kind)|(?:pay|paying|paid) (?:the |my )?rent (?:(?:in|with) (?:other ways|favours|favors|sex|kind)|another way|other ways|some other way)|(?:asking|asked|asks|wants) (?:me )?for (?:favours|favors|sex|sexual favours)(?: instead of| for| in place of) (?:the )?(?:rent|money|paying)|(?:make|makes|made|making) me (?:take|carry|deliver|run|move|drop|hold) (?:bags|packages|parcels|packets|stuff|things|food)(?: ${W}){0,3} (?:to|up to|down to) (?:other|another|different|far away) (?:towns?|cities|places|areas)(?<=(?:lads|older|gang|dealer|dealers|give me|weed|owe|debt|boys|men)(?: ${W}| .| ,){1,24})|what (?:he|she) did to (?:her|his|the baby s|the babys|babys|baby s|my (?:baby|son|daughter)s?) (?:arm|leg|face|head|neck|ribs|wrist|back)|(?:have|get|got) me sectioned(?<=(?:if i|if you|said|says|threatens|threatened|threatening)(?: ${W}| .| ,){1,16})|(?:knows|has|got|found|found out) (?:my|our) (?:home )?address(?: ${W}| .| ,){0,10} (?:visit|pay a visit|come round|find|hurt|get|do) (?:to )?(?:my|our) (?:kids|children|family|wife|husband|son|daughter)|(?:puts|put|putting|held|holds|holding|points|pointed|pointing) (?:the |a |his |her )?(?:gun|knife|rifle|shotgun|blade) (?:to|at|against) (?:mummy s|mummys|mums|mum s|mams|mam s|my|her|his|their|someone s|me)(?: ${W})? (?:head|face|throat|neck|chest)|(?:restraint|trained|training)(?: ${W}| .| ,){0,12} (?:uses?|used|using) (?:it|them) on me|(?:uses?|used|using) (?:his|her) (?:restraint|holds|restraint holds|training) on me`,
  ),
  possible(
    'categories.guardedAnswer',
    ['abuse'],
    `(?:he|she|husband|partner|wife|boyfriend|girlfriend|ex)(?: ${W}){0,2} (?:checks|listens to|reads|goes through|looks at|listens)(?: ${W}| .| ,){1,8} (?:and )?(?:hell|he ll|she ll|shell|he will|she will|will) (?:go mad|kick off|go mental|hit|kill|go ballistic|lose it|go spare|go nuts)|only (?:day|time|night|morning|afternoon) (?:hes|he s|he is|shes|she s|she is|they re|theyre) (?:out|away|not in|not home|at (?:the )?${W})(?: ${W}| .| ,){0,6} (?:dont|don t|do not|never|please dont) (?:ring|call|text|phone|message|write|come)|(?:he|she|husband|partner|wife|boyfriend|girlfriend|ex) (?:smashed|broke|snapped|binned|has taken|took|threw) my (?:mobile|phone)(?!(?: (?:screen|to|for|by|accidentally|in|back|charger|case))(?= ))|(?:its|it s|it is|things are|things r) (?:complicated|not safe) at home|(?:angry|mad|violent|nasty|funny|weird) (?:if|when) (?:there s|theres|there is|i get|i have) (?:any )?(?:post|letters?|mail|calls?|messages?|parcels?) for me|(?:show|give|hand) (?:him|her|them) (?:every|each|all (?:the|my)) receipts?|(?:nobody|no one|noone) (?:believes|would believe|will believe|believe) me (?:about|when i (?:say|tell)) (?:what|how) (?:she|he|they) (?:does|do|did|treats)|(?:get|getting|got) (?:me and the kids|me and my (?:kids|children|son|daughter|baby)|the kids and me|us) out before (?:he|she|hes|he s|shes|she s)|(?:spiked|spiking|spikes) my (?:drink|drinks|food|tea|coffee)|(?:puts|put|putting|slips|slipped|slipping) (?:something|stuff|drugs) in my (?:tea|drink|drinks|food|coffee|dinner)|(?:not supposed to|shouldnt|should not|isnt meant to|is not meant to|not meant to|isnt supposed to) know where (?:i|we) (?:work|live|am|are|moved)|(?:hes|he s|he is|shes|she s|she is|theyre|they re) back(?= *$| [.~!])(?<=(?:^|[.,!~]) help(?: .| ,| !)? (?:hes|he s|he is|shes|she s|she is|theyre|they re) back)|(?:he|she|they|mum|dad)(?: s| has| have)? locked me in(?= *$| [.,~!]| (?:the|my|here|again|all)(?![a-z0-9]))|(?:hiding|hid|hidden|locked herself|locked himself|locked ourselves|locked myself) (?:in|under) the (?:bathroom|bedroom|loo|toilet|wardrobe|bed)(?<=(?:gun|rifle|shotgun|knife|shouting|screaming|raging|drunk|he|him)(?: ${W}| .| ,){1,16})`,
    { question: 'someoneHurting' },
  ),
  // Harm to others
  crisis(
    'categories.weaponAndShouting',
    ['harmToOthers'],
    `(?:with|has|got|holding|waving|carrying) (?:his|her|their|a|the) (?:rifle|gun|shotgun|knife|machete|crossbow|air rifle)(?: ${W}| .| ,){0,6} (?:shouting|screaming|threatening|ranting|raging|drunk|kicking off)`,
  ),
  possible(
    'categories.routineWatched',
    ['harmToOthers'],
    `(?:started|been|ive been|i ve been|i am|im|i m|keep) (?:watching|clocking) (?:his|her|their) (?:routine|movements|comings and goings|every move)|(?:dont|don t|do not) think (?:the |my |our )?(?:baby|babys|baby s|kids|children|child|son|daughter)(?: is| s|s| are)? safe with me|(?:baby|babys|baby s|kids|children|child)(?: is| s|s| are)? (?:not |isnt |isn t |arent |aren t )safe (?:with|around) me`,
    { question: 'someoneInDanger' },
  ),
  // Medical
  medical(
    'categories.workPoison',
    'overdose',
    `(?:sheep dip|pesticide|pesticides|weedkiller|organophosphate|insecticide|slug pellets|rat poison|antifreeze|crop spray)(?: ${W}| .| ,){0,12} (?:vomiting|being sick|throwing up|blurred|blurry|sweating|drooling|twitching|collapsed|cant breathe|can t breathe|pupils)(?<=(?:got|sprayed|splashed|breathed|inhaled|swallowed|drank|drunk|spilt|spilled|covered|exposed|on (?:me|him|her|my))(?: ${W}| .| ,){1,20})|(?:injected|stuck|jabbed|pricked|spiked) (?:myself|herself|himself|meself) (?:with|w)(?: some of)? (?:the |some |a |an )?(?:${W} )?(?:needle|syringe|injection|dart|xylazine|ketamine|sedative|anaesthetic|tranq|tranquilliser|${VET_DRUGS}|insulin|oxytocin)(?: [^ ]+){0,16} (?:funny|woozy|dizzy|drowsy|faint|sleepy|numb|weird|strange|odd|shaky|ok|okay)`,
  ),
  medical(
    'categories.woundFever',
    'sepsisSigns',
    `(?:wound|cut|bite|scratch|graze|grazed (?:knee|elbow|hand|leg|arm)|burn|stitches|scar|site|jab|puncture)s?(?: s| is| has gone| is going| looks| gone)? (?:hot|red|swollen|weeping|oozing|angry|infected)(?: ${W}| .| ,){0,10} (?:shivering|shivery|shaking|fever|feverish|temperature|temp|rigors|heart s racing|heart is racing|hearts racing|heart racing|racing|confused|faint)`,
  ),
  medical(
    'categories.heartRacingFaint',
    'otherEmergency',
    `heart(?: s| is)? (?:racing|pounding|fluttering|going like the clappers|going(?: like| at)? (?:1[6-9][0-9]|2[0-9][0-9]))(?: ${W}| .| ,){0,8} (?:faint|feel faint|about to pass out|going to pass out|blacking out|black out|chest)`,
    { tier: 'possible', question: 'safeNow' },
  ),
  medical(
    'categories.stingWheeze',
    'anaphylaxis',
    `(?:wheezing|wheezy|cant breathe|can t breathe|struggling to breathe|throat (?:closing|tight|swelling)|tongue swelling|lips swelling|face swelling)(?: ${W}| .| ,){0,6} (?:after|since|from) (?:the |a |that )?(?:bee|wasp|hornet|sting|stung|nut|nuts|peanuts?|prawns|shellfish|takeaway|injection|jab|antibiotics?)|(?:stung|sting) by (?:a |the )?(?:bee|wasp|hornet|jellyfish)(?: ${W}| .| ,){0,8} (?:wheezing|wheezy|cant breathe|can t breathe|struggling to breathe|throat|tongue|lips)|(?:bee|wasp|hornet) sting(?: ${W}| .| ,){0,8} (?:wheezing|wheezy|cant breathe|can t breathe|throat|tongue|lips)(?: ${W})? (?:swelling|swollen|tight|closing)?`,
  ),
  medical('categories.firstSeizure', 'collapse', `first (?:ever )?seizure|first ever fit`),
  medical(
    'categories.tooYoungFever',
    'unwellChild',
    `(?:newborn|baby|little one|son|daughter|he|she)(?: ${W}){0,8} (?:temp|temperature|fever) (?:of )?(?:38|39|40)(?<=(?:newborn|(?:[0-9]|one|two|three|four|five|six|seven|eight) (?:weeks?|wks) old|(?:he|she)s [0-9] weeks)(?: ${W}| .| ,){0,12})(?:[.][0-9])?|(?:temp|temperature|fever) (?:of )?(?:38|39|40)(?:[.][0-9])?(?: ${W}| .| ,){0,6} (?:and )?(?:he|she|hes|shes|he s|she s|they re|theyre|baby is|babys|baby s)(?: is)? (?:[0-9]|one|two|three|four|five|six|seven|eight) (?:weeks?|wks)(?: old)?`,
  ),
  possible(
    'categories.doubleDosed',
    ['medicalEmergency'],
    `(?:(?:accidentally|accidently|by mistake|mistakenly|by accident) (?:took|taken|had|taking|given|gave) (?:my |his |her )?(?:${W} ){0,2}(?:meds|tablets|pills|medication|insulin|dose)(?: ${W}){0,2} (?:twice|double|two times|two lots)|(?:took|taken|had) (?:my )?(?:${W} ){0,2}(?:meds|tablets|pills|medication|insulin|dose) (?:twice|two times) (?:by mistake|by accident|accidentally))(?!(?: [^ .]+| .| ,){0,10} (?:said|says|told me) (?:its|it s|it is|it was|id be|i d be|ill be|i ll be|im|i m) (?:fine|ok|okay|alright|safe))`,
    { flag: 'overdose', question: 'safeNow' },
  ),
  // The trades' voice again: a barrel held, tablets tipped into one pot, a drug safe not trusted, a roof
  // with no barriers, a dose done as sums; and the plain ways the same people say it.
  crisis(
    'categories.meansAtHand',
    ['suicidal'],
    `(?:barrel|gun|shotgun|rifle|muzzle) (?:under|in|to|against|in to|into) my (?:chin|mouth|head|temple|jaw)|(?:tipped|put|emptied|poured|counted|sorted) (?:out )?(?:${W} ){0,3}(?:tablets?|pills?|meds|painkillers)(?: ${W}){0,4} (?:into|onto) (?:one|a|the) (?:pot|pile|bowl|cup|bag|jar|tub|heap)|(?:multi storey|multistorey|car park|bridge|building|roof|block|tower)(?: ${W}){0,6} (?:with )?no (?:barriers|railings|fence|fencing|netting|rails)(?<=(?:found|picked|know|chosen|checked|scouted)(?: ${W}| .| ,){1,14})|(?:done|did|doing|worked|work) (?:out )?the (?:maths|math|sums) on (?:my|the|how many|how much)|saved (?:up )?enough (?:of )?(?:my )?(?:own )?(?:${W} ){0,2}(?:meds|tablets|pills|medication|insulin|painkillers)|(?:theres|there s|there is|ive got|i ve got|i have|got|keep|kept) a (?:rope|noose|ligature) in (?:my|the) (?:boot|car|van|shed|garage|bag|wardrobe|locker|cab)|(?:just )?(?:wanted|want|needed|need) to say (?:goodbye|bye) to (?:someone|somebody|anyone)(?= *$| [.,~!])`,
    { imminent: true, subject: 'self' },
  ),
  possible(
    'categories.meansAtHandMaybe',
    ['suicidal'],
    `(?:looking|looked|look|been looking|searching|googling|reading) (?:up )?(?:insulin|paracetamol|lethal|fatal|overdose|od|toxic|max|maximum|morphine|potassium) doses|(?:keeping|kept|been keeping|holding|held) (?:my |the |all my )?(?:${W} )?(?:tablets|pills|meds|medication|painkillers) back(?= *$| [.,~!]| (?:in|for|just)(?![a-z0-9]))|(?:tabs|tablets|pills|morphine|oramorph|codeine|tramadol|sertraline|ampoules|vials)(?: [^ ]+){0,10} [.,] enough(?= *$| [.~])|check(?:ing)? out early(?= *$| [.,~!])(?<!(?:hotel|room|library|books|shop|till|self) check(?:ing)? out early)|(?:dont|don t|do not|cant|can t|cannot) trust myself (?:alone )?(?:with|near|around|by) (?:the )?(?:${W} )?(?:drug safe|drugs cupboard|drug cupboard|cd cupboard|controlled drugs|meds|tablets|pills|gun|guns|shotgun|shotguns|rifle|knives|insulin|${VET_DRUGS})|(?:putting|put|been putting|setting|set|keeping) (?:my |the |some |all my )?(?:${DRUGS}|${VET_DRUGS}) (?:aside|by)(?= *$| [.,~!]| (?:for|in case|now|again)(?![a-z0-9]))|(?:cant|can t|cannot) be trusted (?:near|around|with|by) (?:the )?(?:${W} )?(?:${PLACE}|tablets|pills|meds|knives|gun|guns|rope)|tried (?:last|in|on|a few|two|three) ${W}(?: ${W})?(?: .| ,)?(?: and)? (?:im|i m|i am|ill|i ll|i will) (?:going to |gonna )?try again(?<=(?:doesnt know|don t know|dont know|hospital|overdose|attempt|tablets|pills)(?: ${W}| .| ,){1,16})|(?:drift|drifting|drifted|steer|steering|swerve|swerving|veer|veering|drive|driving|roll|rolling) (?:the )?(?:${W} )?(?:into|in to|off into) (?:the )?(?:central reservation|oncoming|oncoming traffic|barrier|slurry|slurry lagoon|slurry pit|lagoon|canal|reservoir|quarry|river|sea|dock)|(?:would|could|will|itd|it d|might) (?:all )?look like an accident|insurance (?:would|will|d|could) pay out(?<=(?:accident|dead|die|died|gone|life)(?: ${W}| .| ,){1,16})|(?:dont|don t|do not) think (?:ill|i ll|i will|id|i d) (?:still )?be (?:around|here|alive)(?= *$| [.,~!]| (?:to see|much longer|for (?:much )?longer|for long|by then|long enough|anyway)(?![a-z0-9]))|(?:going through the motions|just existing|existing) (?:until|till|til) i (?:dont|don t|do not|stop|cant|can t|die)|(?:thinking|think|thought|started thinking) about where (?:he|she|they|dad|my husband|my dad) keeps the (?:gun|guns|shotgun|shotguns|rifle|tablets|pills|keys?(?<=(?:gun|guns|shotgun|shotguns|rifle|cabinet)(?: ${W}| .| ,){1,16}))|(?:if i|if i just|if i ever) (?:went|go|was to go|were to go) to sleep and (?:didnt|didn t|did not|never|dont|don t) wake(?: up)?|(?:stopped|stop|stopping|dont|don t|do not) (?:caring|care) (?:what|whether|if) (?:happens to me|i live|im alive|i m alive|i wake up|i die)|(?:bother|bothering) (?:getting|get|waking|to get|to wake) up (?:ever )?again|no (?:business|right) (?:still )?being (?:here|alive)|(?:look|looking) forward to(?: ${W}){0,3} (?:the idea of )?(?:it all|everything|life) ending|(?:wont|won t|will not) be needing (?:a |the |any )?(?:link worker|appointment|help|anything|it|them)(?<=(?:handed|last|goodbye|given away|sorted|finished)(?: ${W}| .| ,){1,16})|thoughts (?:that )?i (?:shouldnt|should not|shouldn t) (?:be having|have)(?<=(?:gun|rifle|shotgun|tablets|pills|rope|knife|bridge)(?: ${W}| .| ,){1,16})`,
    { question: 'endingLife', subject: 'self' },
  ),
  crisis(
    'categories.bladeAgain',
    ['selfHarm'],
    `(?:using|used|use|been using) (?:the |a |my )?(?:scalpels?|blades?|sharpener|sharps|compass) on myself|(?:did|done|do|doing) it (?:again )?(?:${W} ){0,2}with (?:a |the |my )?(?:razor blade|blade|sharpener blade|lancet|scalpel)|(?:did|done|do|doing) it again (?:${W} ){0,2}with (?:a |the |my )?razor|(?:its|it s|it is|theyre|they re|cuts? (?:are|is)|cuts?s) (?:quite |really |very |too |pretty )?deep(?= *$| [.,~!]| (?:this|now|again)(?![a-z0-9]))(?<=(?:doing it|did it|razor|blade|cant stop|can t stop)(?: ${W}| .| ,){1,16})`,
    { subject: 'self' },
  ),
  crisis(
    'categories.tradeAbuse',
    ['abuse'],
    `(?:knows?|know) (?:exactly )?how to make (?:it|things|this|me|my death) look like an accident|(?:knows?|know) (?:exactly )?where to (?:hit|punch|kick|grab) (?:me )?(?:so|that)(?: it)? (?:doesnt|don t|dont|won t|wont|does not) (?:bruise|show|leave (?:a )?marks?)|(?:hits?|punches|kicks) (?:me )?where (?:it|the bruises|the marks) (?:doesnt|don t|dont|wont|won t) show|(?:cleaning|cleans|cleaned|sits with|loading|loads|polishing) (?:the |his |her |a )?(?:gun|shotgun|rifle|knife|knives)(?: ${W}| .| ,){0,10} (?:stares|staring|glares|glaring) at me|(?:let it go|wipe the debt|forget the debt|knock it off|write it off|forget about it)(?: ${W}| .| ,){0,3} if i (?:showed|show|give|gave|slept with|sleep with) (?:him|her|them) (?:a good time|favours|favors|something)|(?:put|puts|putting|stuck|shoved) (?:his|her) hands? (?:up|down|inside|under|in) my (?:top|skirt|shirt|dress|trousers|knickers|pants|jumper|blouse|bra)|(?:thats|that s|that is) what happens to (?:people|kids|children|girls|boys|anyone|those|little girls|little boys) who (?:tell|talk|grass|snitch|say anything)`,
  ),
  possible(
    'categories.tradeControl',
    ['abuse'],
    `(?:who do you think|who d|whod|who would|who will) (?:they ll|theyll|they will|they d|theyd|anyone|people|police|the police|they) (?:believe|listen to)|(?:marks|grades|degree|job|contract|visa|promotion|shifts|reference|placement|sign off) (?:depend|depends|depended|will depend) on (?:how |me being |whether im |whether i m )?(?:friendly|nice|close|accommodating|obliging)|(?:swaps|swapping|swapped|switches|switching|switched|tampers with|tampering with|messes with|messing with) my (?:tablets|pills|meds|medication|insulin|inhaler)|(?:tablets|pills|meds|medication|insulin)(?: ${W}| ,){0,6} (?:and )?(?:swaps|swapping|swapped|switches|switched) (?:them|it)|(?:need|needs|wants|has) to know where (?:i am|im|i m|you are|youre|you re) (?:every|all the) (?:minute|second|hour|time)|if i (?:leave|left|tell|told|report|reported) (?:him|her|my (?:gp|doctor)|the police|anyone|someone)(?<=(?:hell|he ll|she ll|shell|he will|she will|threatens|threatened|says|said)(?: ${W}| .| ,){1,16})(?<=(?:tell|ring|call|report|sectioned|lose|unfit|registration|kids|take)(?: ${W}| .| ,){1,16})|(?:giving|gives|gave|buying|buys|bought) (?:her|him|them) (?:vapes|cigarettes|fags|alcohol|drink|weed|phones?)(?: and (?:vapes|lifts|gifts|money|weed|drink|phones?))?(?<=(?:1[0-7] ?(?:yr|year|yo|years)|girl|boy|sister|daughter|son|kid|child|teenager)(?: ${W}| .| ,){1,20})|(?:dont|don t|do not|please dont|please don t|never) (?:ring|call|phone) (?:the |my )?(?:home|house|landline) (?:number|phone|line)(?<=(?:he|she|husband|partner|wife|boyfriend|know|find out)(?: ${W}| .| ,){1,16})|(?:keeps|kept|keep|always) cornering me|(?:keeps|kept|keep|always) touching me up|(?:slapping|slaps|slapped|hitting|hits|smacking|smacks|kicking|kicks|beating|beats) (?:the|our|my) (?:little one|baby|youngest|kids|children|little ones|toddler)(?= *$| [.,~!]| (?:when|while|again|and)(?![a-z0-9]))`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.harmPlannedByTrade',
    ['harmToOthers'],
    `(?:got|have|ive got|i ve got|i have) (?:the |a |my )?(?:guns?|shotguns?|rifles?|knife|knives)(?: ${W}| .| ,){0,4} (?:and )?i know where (?:he|she|they) (?:lives?|works?|drinks)`,
  ),
  possible(
    'categories.harmThoughtOf',
    ['harmToOthers'],
    `(?:had|held|holding|picked up|grabbed) (?:the |a )?pillow(?: in my hands?)?(?<=(?:baby|crying|wouldnt stop|wouldn t stop|newborn|night feed)(?: ${W}| .| ,){1,16})|(?:fantasising|fantasizing|fantasise|fantasize|fantasies) about (?:doing )?(?:serious )?(?:harm|hurting|killing|stabbing|attacking|doing (?:him|her|them) in)|i (?:shook|shake|shaken) (?:him|her|the baby|my baby|my son|my daughter)(?= *$| [.,~!]| (?:not|hard|again|because|cos)(?![a-z0-9]))(?<=(?:baby|dad|newborn|son|daughter|crying|night feed|mum)(?: ${W}| .| ,){1,16})|(?:left|put|got|keeping|keep|ready) (?:the |a |my )?(?:lump hammer|hammer|knife|bat|baseball bat|axe|machete|crowbar) (?:by|behind|at|next to) the (?:front |back )?door|(?:giving|give|gave) (?:one |a |my |the |this )?(?:patient|patients|resident|client)(?: ${W}){0,2} too much on purpose|(?:pictures|images|thoughts|visions) (?:in my head )?of (?:dropping|hurting|shaking|drowning|smothering|stabbing|throwing) (?:her|him|the baby|my baby|them)|(?:drawn|drew) up enough(?: ${W}){0,2} to (?:deal with|sort|finish|kill|put down|sort out) (?:him|her|them)|(?:ill|i ll|i will|im going to|i m going to|gonna) use it(?= *$| [.,~!]| on (?:him|her|them)(?![a-z0-9]))(?<=if (?:he|she|they)(?: ${W}){0,3} (?:comes?|tries|touches|starts)(?: ${W}| .| ,){1,10})|(?:threw|throw|thrown|chucked|lobbed|hurled) (?:a |the )?(?:${W} )?(?:plate|mug|cup|glass|bottle|chair|knife|remote|phone|shoe) at (?:my |her |his |the )?(?:${W} )?(?:daughters|sons|kids|childs|babys|wifes|husbands|partners|mums|dads|daughter s|son s|wife s|husband s) (?:head|face)`,
    { question: 'someoneInDanger' },
  ),
  medical(
    'categories.fallNoLegs',
    'otherEmergency',
    `(?:cant|can t|cannot) (?:feel|move) my (?:legs|arms|feet|lower half)(?<=(?:fell|fall|fallen|landed|crash|crashed|thrown|hit|came off)(?: ${W}| .| ,){1,16})|(?:cant|can t|cannot) (?:feel|move) my (?:legs|arms|feet|lower half)(?: ${W}| ,){0,4} (?:since|after) (?:i )?(?:came off|fell off|fell|landed|the fall|crashed)|(?:gun|shotgun|rifle) went off(?: ${W}| .| ,){0,12} (?:in my|bleeding|hit me|shot me|pellets)|(?:shotgun |air rifle )?pellets? in my (?:leg|legs|arm|arms|thigh|hand|face|chest|back|foot|side|neck|eye|shoulder|stomach)`,
  ),
  medical(
    'categories.soakedThrough',
    'heavyBleeding',
    `(?:soaked|soaking|flooding|flooded) through (?:[0-9]+ |two |three |four |several |my |the )?(?:pads|pad|towels|towel|tampons)(?: ${W}| .| ,){0,10} (?:an hour|all (?:morning|day|afternoon|night)|dizzy|faint|light headed|lightheaded|passing out)|(?:pumping|pouring|gushing|spurting|soaking|seeping) through (?:it|the (?:tea towel|towel|bandage|dressing|cloth|plaster|bandages))(?<=(?:cut|blood|bleeding|wound|gash|hand|arm|leg|wrapped)(?: ${W}| .| ,){1,16})`,
  ),
  medical(
    'categories.pregnantHeadacheSwelling',
    'otherEmergency',
    `(?:headache|flashing lights|seeing (?:spots|stars|lights)|blurred vision)(?: ${W}| .| ,){0,10} (?:swelling|swollen|blown up|puffy|puffed up)(?<=(?:pregnant|[2-4][0-9] weeks|weeks pregnant|weeks gone)(?: ${W}| .| ,){1,24})`,
  ),
  possible(
    'categories.redStreaks',
    ['medicalEmergency'],
    `red (?:streaks?|lines?|tracks?) (?:going |spreading |running |tracking |moving )?(?:up|along|from) (?:my|his|her|the)`,
    { flag: 'sepsisSigns', question: 'safeNow' },
  ),
  // Answers to the chat's own questions, said plainly: a score with a plan behind it, a name for a
  // headstone, a time "if I'm still alive", thoughts come back, a try again after the last one.
  crisis(
    'categories.answerWithPlan',
    ['suicidal'],
    `(?:planning|plan|planned|intend|intending) (?:on )?not (?:being|to be) (?:around|here|alive)|(?:started|been|ive been|i ve been) putting (?:it|them|some) (?:aside|by|away)(?= *$| [.,~!])(?<=(?:how much|tablets|pills|meds|dose|enough|need)(?: ${W}| .| ,){1,24})|stopped (?:eating|drinking|taking (?:my )?(?:${W} )?(?:tablets|meds|insulin)) (?:on purpose )?so (?:it|i|that it) (?:just )?(?:happens|will happen|die|dies|end|ends)|(?:promised myself|decided|made up my mind|made my mind up) (?:that )?i (?:wont|won t|will not) see another (?:one|birthday|christmas|anniversary|year|summer|winter)|(?:be |being )?the one (?:who|that) finds? me(?<=(?:dont want|don t want|without|not want|wouldnt want|wouldn t want)(?: ${W}| .| ,){1,10})|(?:out of|discharged from|home from|left) (?:the )?hospital(?: ${W}){0,3} (?:from|after) (?:the |my )?(?:last )?(?:attempt|overdose|od)|the overdose (?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|week|weekend)|(?<=^ |[.,!~] )(?:ive |i ve |i have |i )?(?:took|taken|swallowed) (?:everything|it all|all of it)(?= *$| [.,~!]| (?:sorry|in the|from)(?![a-z0-9]))`,
    { subject: 'self' },
  ),
  possible(
    'categories.answerWithDoubt',
    ['suicidal'],
    `(?:standing|stood|sitting|sat|been standing|been sitting) (?:on |by |at |near )(?:the )?(?:top of the )?(?:train line|${PLACE})(?: ${W}){0,3} (?:every|each|most|all) (?:night|day|evening)|(?:most|every|all|each) (?:nights?|evenings?)(?: ${W}){0,2} (?:standing|stood|sitting|sat) (?:on |by |at |near )(?:the )?(?:top of the )?(?:train line|${PLACE})|if (?:im|i m|i am) still (?:alive|here|around) (?:in|by|at|for|next|then|after)|(?:on|for) (?:a|my) (?:headstone|gravestone|grave)(?: ${W}){0,2} (?:soon|soon enough|shortly|before long)|(?:seen|see|met|meet) me before i go(?= *$| [.,~!])|thoughts (?:are |have )?(?:back|come back|came back)(?= *$| [.,~!]| (?:again|and|now)(?![a-z0-9]))|(?:they re|theyre|they are) back(?= *$| [.,~!])(?<=thoughts(?: ${W}| .| ,){1,14})|(?:tablets|pills|meds|${DRUGS}) (?:hidden|stashed|saved|put away|put by) (?:in|under|at|behind)(?: ${W}){0,4} (?:in case|for when|for if)|not (?:having to )?(?:exist|existing|being alive|being here)(?: would| d)? be (?:easier|better|nice|a relief)|(?:keep|kept|been|sat) (?:looking|staring) at (?:the )?(?:bleach|weedkiller|antifreeze|tablets|pills|rope|knives|razor|blades)(?= *$| [.,~!]| (?:under|in|on|again|and)(?![a-z0-9]))|(?:someone|somebody|anyone|you) to (?:tell|talk) me (?:not to do it|out of it|out of doing it)|(?<=^ )(?:ill |i ll |i )?(?:wont|won t|will not) be (?:here|around)(?= *$| [.!~])|(?:im|i m|i am) not ok(?: .| ,)? (?:and )?i think about it (?:every day|all the time|constantly|every night|daily)|(?:drawing|drawn|drew|draw) up (?:an )?extra(?: [0-9]+ ?ml)?(?: in my head)?|(?:made|make|making) (?:my )?peace with it(?<=(?:wont be here|won t be here|not be here|be gone|wont be around|won t be around)(?: ${W}| .| ,){1,16})`,
    { question: 'endingLife', subject: 'self' },
  ),
  possible(
    'categories.answerWithMarks',
    ['selfHarm'],
    `(?:clean|free)(?: ${W}){0,3} (?:and )?(?:i )?relapsed(?= *$| [.,~!]| (?:last|tonight|today|yesterday|again)(?![a-z0-9]))|(?:the thing|it) with the (?:compass|razor|blade|lighter|lancet|scissors|sharpener)`,
    { question: 'safeNow', subject: 'self' },
  ),
  crisis(
    'categories.answerWithHurt',
    ['abuse'],
    `(?:hes|he s|he is|shes|she s|she is|they re|theyre) (?:hurting|hitting|beating|kicking|strangling) (?:my|our|the) (?:little )?(?:boy|girl|son|daughter|kids|children|baby|child)|(?:screwed|nailed|locked|bolted) (?:the )?(?:windows?|doors?) (?:shut|closed)(?<=(?:he|she|husband|partner|boyfriend|girlfriend|wife)(?: ${W}){0,4} (?:screwed|nailed|locked|bolted)(?: ${W}){1,3})`,
  ),
  possible(
    'categories.answerWithFear',
    ['abuse'],
    `(?:typing|deleting|quiet|quietly|whisper|whispering|cant talk|can t talk|cant call|can t call)(?: ${W}| .| ,){0,10} (?:hes|he s|shes|she s|he is|she is) in the next room|(?:keep|keeping|kept) (?:typing and deleting|deleting (?:this|these|my messages))|(?:kids|children|little ones|we) (?:go and |run and |all |have to |go |run )?hide (?:upstairs|in (?:their|the|my) (?:room|rooms|bedroom|wardrobe)|under (?:the )?(?:bed|beds|stairs|table))|bruises (?:should|will|ll|might) (?:have )?(?:gone down|faded|healed|be gone)|if i (?:go to|went to|tell|told|report|reported|see|leave|left|ring|call)(?: ${W}){1,3}(?: .| ,)? (?:hell|he ll|she ll|shell|he will|she will) (?:tell (?:them|everyone|my (?:${W} )?(?:boss|work|employer|manager|regulator|co|family|parents))|report me|have me|get me (?:sectioned|sacked|deported|arrested)|take (?:the|my) (?:kids|children|baby)|kill|hurt|hit)|(?:cleaning|cleans|cleaned|polishing) it(?: ${W}| .| ,){0,10} (?:stares|staring|glares|glaring) at me(?<=(?:gun|rifle|shotgun|knife)(?: ${W}| .| ,){1,24})`,
    { question: 'someoneHurting' },
  ),
  crisis(
    'categories.answerWithThreat',
    ['harmToOthers'],
    `(?:thinking|thought|think|been thinking) about how(?= *$| [.,~!])(?<=(?:kill|hurt|stab|murder)(?: ${W}| .| ,){1,14})|threatening (?:the |my |his |her )?(?:${W} )?(?:carer|carers|nurse|wife|husband|mum|dad|neighbour|staff|kids?|children) with (?:it|a knife|the knife|a hammer|the hammer)|(?:got hold of|grabbed|picked up) (?:the |a )?(?:bread |kitchen |carving )?knife(?: ${W}| .| ,){0,6} (?:and )?(?:hes |he s |shes |she s |is )?threatening`,
  ),
  possible(
    'categories.answerWithHarmWords',
    ['harmToOthers'],
    `shoot up (?:the )?(?:school|college|uni|work|office|place|mosque|church|synagogue)|(?:thought|thinking|think) about (?:putting|slipping) (?:something|stuff|pills|tablets|bleach|poison) in (?:his|her|their) (?:tea|drink|food|coffee|dinner)`,
    { question: 'someoneInDanger' },
  ),
  medical(
    'categories.answerWithBreath',
    'breathlessness',
    `(?:can|could) barely (?:get a breath|breathe|catch my breath)`,
  ),
  possible(
    'categories.answerFromOutside',
    ['suicidal'],
    `(?:messaging|messaged|texting|texted|saying|said|sent|posting|posted) goodbyes? to (?:people|everyone|friends|family|us|his mates|her mates|all)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.tookAllAnyway',
    ['suicidal', 'medicalEmergency'],
    `(?:wont|won t|will not|doesnt|doesn t|does not) matter(?: anyway)?(?: .| ,)? (?:i |ive |i ve |i have )?(?:took|taken|swallowed|had) (?:all|the lot|everything)|(?:had (?:a few|some|loads|a lot)|been drinking|drinking|drank|had a drink|had drinks)(?: ${W}){0,2} with (?:her|his|my|their|the) (?:pills|tablets|meds|painkillers|sleeping tablets)`,
    { flag: 'overdose', event: true },
  ),
  possible(
    'categories.doesSomethingTo',
    ['harmToOthers'],
    `(?:before|or) (?:he|she|i|they)(?: ll| will)? (?:does|do|did) something (?:to|stupid to) (?:his|her|my|their|him|them)(?: ${W})?`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'categories.thingsAtNight',
    ['abuse'],
    `(?:stepdad|dad|uncle|mums boyfriend|mum s boyfriend|grandad|cousin|brother|babysitter|lodger|he)(?: ${W}){0,2} (?:does|did|doing|keeps doing) (?:things|stuff|games|secret things)(?: to (?:her|him|me))? (?:at night|in (?:her|his|my) (?:room|bed)|when (?:mum|mums|no one|nobody) )`,
    { question: 'someoneHurting' },
  ),
];

/**
 * Someone else's warning signs, told by a relative, friend, carer, teacher or employer (things given
 * away, affairs put in order, a goodbye that sounds final, a wish to join someone who has died, a means
 * kept or taken into a locked room, marks and blades found), and the first days after a life event
 * (a diagnosis, a discharge, a job or a home lost, a death): a plan kept from the ward, a choice made
 * before an illness takes it away, a second attempt wished not to be survived, a dose asked about for a
 * liver or a patch.
 */
/** He, she or they, as the subject of what follows. */
const THEY = '(?:he|she|they)';
/** He's, she's, they're. */
const THEYRE = '(?:hes|he s|he is|shes|she s|she is|theyre|they re|they are)';
/** Words of an illness that makes putting one's affairs in order the ordinary thing to do. */
const DYING_ANYWAY =
  '(?:terminal|terminally|cancer|palliative|dying|hospice|end of life|diagnosis|diagnosed|solicitor|attorney|months to live|weeks to live)';
const OTHERS_AND_AFTER: readonly CrisisRule[] = [
  // Someone else's warning signs
  possible(
    'categories.theirGoodbye',
    ['suicidal'],
    `(?:said|says|saying|say) (?:goodbye|bye|goodbyes)(?: to (?:me|us|everyone|everybody))? (?:like|as if|as though) ${THEY} (?:was|were|is|are) (?:going|leaving|going away) (?:for good|forever|for ever)|(?:texted|messaged|text|txt|sent|posted|wrote|emailed|rang|phoned)(?: ${W}){0,4} (?:saying )?(?:sorry for everything|thanks for everything|thank you for everything)(?= *$| [.,~!]| (?:and|x+|guys|then|now|on (?:her|his|their|the) (?:story|stories|page|wall|insta|snap|status)(?= *$| [.,~!]| and(?![a-z0-9])))(?![a-z0-9]))|(?:thanked|thanking|thanks|thank) (?:me|us|everyone|her|him|you)(?: ${W}){0,6} (?:because|as|since|cos|coz) ${THEY} (?:wont|won t|will not) be (?:here|around|seeing (?:her|him|you|them) again)|(?:asked|asking|asks) (?:me|us|if (?:i|we)(?: d| would| could|d)?)(?: ${W}){0,2} (?:keep|have|take) (?:his|her|their) (?:dog|cat|pets?|budgie|horse)(?: ${W}){0,2} (?:for good|forever|for ever|permanently)`,
    { subject: 'someoneElse', question: 'someoneInDanger' },
  ),
  possible(
    'categories.theirAffairs',
    ['suicidal'],
    `(?<!${DYING_ANYWAY}(?: ${W}| .| ,){0,20} )(?:putting|put|puts|sorting|sorted|getting|got) (?:his|her|their) affairs in order|(?<!${DYING_ANYWAY}(?: ${W}| .| ,){0,20} )(?:made|making|make|makes) (?:his|her|their) peace(?= *$| [.,~!]| with (?:everyone|everything|the world)(?![a-z0-9]))|(?:told|showed|shown|tells|written|wrote)(?: down)? (?:me|us|my ${W})? ?(?:where (?:the|his|her|their) (?:will|spare key|passwords?|life insurance|insurance papers|bank details)|(?:his|her|their) (?:passwords|pin numbers|pins) (?:down )?for me)(?=(?: ${W}| .| ,){0,24} (?:quiet|gone quiet|depressed|low|not himself|not herself|struggling|goodbye|given away|gave away|the dog|the cat)(?![a-z0-9]))`,
    { subject: 'someoneElse', question: 'someoneInDanger' },
  ),
  possible(
    'categories.waysOutSaid',
    ['suicidal'],
    `(?:figured|worked|found|sorted|planned) out (?:the|an|his|her|my) (?:exit|way out)(?= *$| [.,~!])|(?:itd|it d|it would|would it) be (?:quick|quicker|over quick)(?: ,)?(?: (?:wouldnt it|wouldn t it|eh|right))?(?<=(?:window|floor|storey|jump|train|trains|insulin|tablets|pills|overdose|rope|bridge|drop|fall|inject|injected|patches|gun|blister packs?|everything|bleach)(?: ${W}| .| ,){1,16})|(?:no|nothing|not any) (?:reason|point) (?:to stay|in staying|staying)(?: (?:now|any more|anymore|here))?(?= *$| [.,~!])|if (?:he|she|i) (?:doesnt|does not|doesn t|dont|don t|do not) wake up(?: ${W}){0,2} (?:dont|don t|do not) (?:be sad|cry|worry|be upset|grieve)|hoping (?:i|he|she) (?:dont|don t|doesnt|doesn t|do not|does not|wont|won t)(?: wake(?: up)?)?(?= *$| [.~!])(?<=(?:sleep|asleep|bed|tablets|pills|drinking|drink)(?: ${W}| .| ,){1,12})|(?:easier|better) for everyone if (?:i|he|she) (?:didnt|did not|didn t|never|doesnt|doesn t) (?:come (?:home|back)|wake up|make it|survive|come out)|(?:keeps|keep|kept|just keeps) saying (?:whats|what s|what is) the point|(?<=^ )(?:whats|what s|what is) the point(?= *$| [.~])`,
  ),
  possible(
    'categories.theirBurden',
    ['suicidal'],
    `(?:says|said|keeps saying|thinks|feels|told me)(?: that)? ${THEYRE} (?:just |such )?a burden|(?:kids|children|family|everyone)(?: would| d|d)? be better off (?:with (?:their|his|her) (?:dad|mum|father|mother)|without (?:her|him))(?= *$| [.,~!]| (?:and|but)(?![a-z0-9]))|${THEY}(?: ${W}){0,2} (?:might|may|will|could|is going to|s going to|gonna) try (?:something|it) (?:again|stupid)(?<=(?:tried|did|last (?:year|time)|attempt|overdose|again)(?: ${W}| .| ,){0,30})|(?:wishes|wished|wish) (?:she|he|they)(?:d| d| had) never been born`,
    { subject: 'someoneElse', question: 'someoneInDanger' },
  ),
  possible(
    'categories.theirMeans',
    ['suicidal'],
    `(?:keeps|kept|has|got|carries|carrying|hidden|hid|hides) (?:a )?(?:rope|noose|ligature)(?: ${W}){0,4} (?:just in case|for when|in case)|engine running(?: ${W}| ,| .){0,10} (?:garage door|door) (?:down|shut|closed)|(?:garage door|door) (?:down|shut|closed)(?: ${W}| ,| .){0,10} engine running|(?:looked|looking|looks|checked|checking|googled|googling|searched|searching) up (?:the )?(?:times|timetable)(?: ${W}){0,4} (?:fast|express|non stop|freight) trains?|(?:googling|googled|searching|searched|looking up|looked up)(?: ${W}){0,3} (?:about )?charcoal(?: ${W}| ,){0,4} (?:and|in|inside|with) (?:a |the )?(?:tents?|car|bathroom|sealed room|small room)|(?:which|what) (?:bridges?|buildings?|car parks?|cliffs?|multi storeys?)(?: ${W}){0,3} (?:are|is) (?:the )?(?:highest|tallest|biggest drop)|(?:what|which) (?:is |s )?the (?:highest|top) floor (?:of|in|on) (?:the )?(?:${W} )?(?:car park|multi storey|building)|one way (?:trip|ticket|flight) to (?:switzerland|zurich|dignitas)|(?:booked|booking|contacted|signed up (?:with|to)|joined|joining|applied to) dignitas|(?:drew|drawn|drawing|draws) (?:pictures of |a picture of )?(?:herself|himself|themselves|myself) (?:in a coffin|dead|in a grave|hanging)|(?:letters|notes)(?: ${W}| .| ,){0,6} (?:the kind|that) you leave behind|(?:written|wrote|writing|left) (?:letters|notes|goodbye letters) (?:to|for) (?:all of us|each of us|every one of us|everyone|us all|the kids|my kids|the children|my children|my family|mum|my mum|both (?:kids|children|boys|girls)|both of (?:them|my kids|the kids)|each of (?:my|the) (?:kids|children))(?: today| tonight| yesterday)?(?= *$| [.,~]| (?:and (?:left|hid|put)|in (?:his|her|a) drawer|just in case)(?![a-z0-9]))`,
  ),
  crisis(
    'categories.theirMeansNow',
    ['suicidal'],
    `stop (?:eating and drinking|drinking and eating|taking (?:his|her|my) (?:meds|tablets|medication|insulin)) (?:until|till|til|so) (?:he|she|i) (?:dies|die|is dead|passes)|(?:sat|sitting|standing|stood|climbed|climbing|climbed up) (?:on|over) (?:the |her |his |my |our )?(?:balcony )?(?:railing|railings|parapet)|(?:took|taken|takes|has taken) (?:his|her|their|a|the) (?:razors?|blades?|belt|rope|cord|knife|tablets|pills) (?:in|into|up to) (?:the )?(?:bathroom|bath|loo|toilet|bedroom|loft|garage|shed)(?= (?:and|,) (?:locked|has locked|s locked|wont|won t|isnt|is not|not)(?![a-z0-9]))|(?:got|has) (?:his|her|their|the) (?:razors?|blades?|belt|rope|cord|knife|tablets|pills) in (?:there|with (?:her|him))(?<=locked(?: ${W}| .| ,){1,24})`,
    { imminent: true },
  ),
  // The first days after a life event
  crisis(
    'categories.decidedAfterNews',
    ['suicidal'],
    `(?:id|i d|i would) rather (?:go|die|end it|be gone) (?:now )?while i (?:can )?(?:still )?(?:can|choose|decide)|(?:ill|i ll|i will|im going to|i m going to) (?:just )?end (?:things|it|it all) myself(?= *$| [.,~!]| before(?![a-z0-9]))|(?:end|ending) (?:things|it|it all) (?:myself|my way|on my (?:own )?terms) before (?:it|things|i) (?:gets?|end up|get)|(?:doing|do) it my (?:own )?way(?: ${W}){0,4} (?:with|using) (?:what s|whats|what is|the stuff|everything) in the (?:cupboard|drawer|cabinet|bathroom)|the plan (?:never went away|is still there|hasnt gone|has not gone|never left)(?= *$| [.,~!]| (?:i|and|but)(?![a-z0-9]))|(?:stopped|stop) (?:mentioning|talking about|telling them about) (?:it|the plan|the thoughts)(?: ${W}){0,3} so (?:they|theyd|they d|they would|theyll) (?:let me out|discharge me|let me go)|(?:dont|don t|do not) want to survive (?:the next one|next time|it next time|it again)|(?:im|i m|i am) ending (?:things|it|it all) (?:first|before)|(?:ive|i ve|i have) decided (?:im|i m|i am) not (?:living|going to live|making it) (?:through|past|to|beyond)|(?:im|i m|i am) going (?:this week|tonight|tomorrow|soon|now)(?: .| ,)? on my own terms|(?:ive|i ve|i have) decided (?:this is when|tonight is the night|tonights the night|tonight s the night)(?= *$| [.,~])|(?:what|which) (?:${W} )?(?:dose|amount)(?: of ${W})? (?:actually )?(?:wrecks|destroys|kills|damages|fries|shuts down) (?:your|the|my) (?:liver|kidneys)`,
    { subject: 'self' },
  ),
  possible(
    'categories.afterNews',
    ['suicidal'],
    `(?:ive|i ve|i have) (?:got|taken|brought) it (?:down|out)(?<=(?:shotgun|gun|rifle|rope)(?: ${W}| .| ,){1,12})|(?<= (?:im|i m|i am|ive been|i ve been|been) )stockpiling(?= *$| [.~])|stockpiling (?:my )?${DRUGS}|(?:gave|give|given) me my (?:belt|laces|shoelaces|cord) back(?: ${W}| .| ,){0,8} (?:looking|look|staring|keep looking) at (?:them|it)|(?:no one|nobody|noone) would (?:notice|find me|know)(?: for (?:days|weeks|ages))?(?: ${W}){0,2} if i (?:just )?(?:went|was gone|died|disappeared)|if i (?:disappeared|vanished|was gone|wasnt here)(?: ,)? (?:would|will) (?:anyone|anybody|the surgery|you|they|people) (?:even )?(?:notice|care|miss me)|(?:dont|don t|do not) think (?:im|i m|i am) going to(?= *$| [.~])(?<=(?:get through|cope|survive|make it|live through)(?: ${W}| .| ,){1,10})|sooner (?:is|would be) better than later(?<=(?:gone|die|dead|end|mnd|cancer|terminal|diagnos[a-z]*)(?: ${W}| .| ,){1,30})|(?:not sure|dont know if|don t know if|do not know if) i want to be (?:around|here) for (?:the next|what s next|whats next|much longer|the rest)|in case i decide(?= *$| [.~!])|(?:where|or) (?:i d|id|i would|i ll|ill|i might) do something (?:stupid|daft|silly)`,
    { subject: 'self', question: 'endingLife' },
  ),
  crisis(
    'categories.stupidWithTablets',
    ['medicalEmergency', 'suicidal'],
    `(?:did|done|do) something stupid with (?:my|the|all my) (?:${DRUGS}|blister packs?)|(?:taken|took|swallowed|had) (?:his|her|my|their|the) (?:whole |entire |full )?(?:weeks?|week s|month s|months?|days?) (?:blister pack|dosette(?: box)?|pill box|nomad tray|tablets|pills|meds)(?: at once| in one go| all at once)`,
    { flag: 'overdose', event: true },
  ),
  // Abuse
  crisis(
    'categories.hurtByThemNow',
    ['abuse'],
    `(?:going|goes|went|comes|coming|been going) into (?:my |her |his )?(?:little )?(?:sister s|sisters|daughter s|daughters|son s|sons|brother s|brothers|her|his|the kids|the girls) (?:bed)?room at night|makes? (?:her|him) (?:sleep|get) in (?:his|her) bed|(?:daddy|dad|uncle|grandad|he)(?: ${W}){0,2} hurts? (?:my|her|his) (?:bottom|bum|private|privates|willy|fairy|minnie|tuppence|front bottom)|(?:burns|burned|burnt|burning) (?:her|him|me|them) with (?:cigarettes|a cigarette|cigs|a cig|fags|a fag|a lighter|an iron)|dragged (?:her|him|me) (?:out of|off|from) (?:her|his|my|the) (?:chair|wheelchair|bed)|(?:knocked|knocks|knocking) (?:my |his |her )?(?:lad|son|boy|girl|daughter|kid|kids|wife|mum|mam) (?:about|around)|(?:went|go|goes|came|comes|going) for me with (?:his|her|a|the) (?:${W} )?(?:stick|walking stick|cane|crutch|chair|bottle|poker|iron)|(?:shoves|pushes|slaps|shoved|pushed|slapped) (?:mum|my mum|mam|my mam) (?:about|around|round)`,
  ),
  possible(
    'categories.hurtByThemMaybe',
    ['abuse'],
    `(?:he|she)(?: s| has)? (?:did|done) my (?:wrist|arm|ribs|face|eye|nose|jaw|neck)(?= *$| [.,~!]| (?:and|again|last)(?![a-z0-9]))|(?:found|find) (?:an |a )?(?:airtag|air tag|tracker|tracking device|gps tracker)(?: ${W}){0,3} (?:under|on|in|inside|stuck to) (?:my|the) (?:car|seat|bag|coat|bike|pram|buggy|handbag)|not safe to (?:talk|speak)(?= *$| [.,~!]| (?:now|here|right now)(?![a-z0-9]))|(?:cant|can t|cannot) (?:really )?(?:say|talk|speak)(?: much| more)? (?:while|when|with) (?:hes|he s|he is|shes|she s|she is) (?:home|here|in|around|in the room|listening)|(?:hes|he s|he is|shes|she s|she is) being (?:nice|lovely|sweet) again(?: ${W}| .| ,){0,6} (?:always like this|like this after|always is after)|(?:cant|can t|cannot) go home(?: yet| tonight)?(?<=(?:so angry|be angry|be furious|go mad|kill me|lose it)(?: ${W}| .| ,){1,12})|(?:not|never) allowed (?:a|my own) (?:door key|key|bank card)|(?:dont|don t|do not) (?:even )?have (?:a key|keys) to my own (?:flat|house|home)|(?:wont|won t|will not|refuses to) (?:give|hand) (?:me )?back my (?:passport|papers|documents|birth certificate|visa|brp)|(?:uncle|stepdad|step dad|daddy|grandad|mums boyfriend|mum s boyfriend|cousin|babysitter|coach)(?: ${W}){0,2} (?:touching|touched|touches) (?:her|him|me)(?!(?: (?:up|base|on the (?:arm|shoulder|back)))(?= ))`,
    { question: 'someoneHurting' },
  ),
  // Self-harm
  crisis(
    'categories.bladeOut',
    ['selfHarm'],
    `got (?:the|my) (?:blade|blades) (?:back )?out(?= *$| [.,~!]| (?:again|tonight|today)(?![a-z0-9]))|got (?:the|my) (?:razor|razors) back out|(?:compass|pin|pins|needle|scissors|paperclip|blade|razor|glass)(?: ${W}){0,2} (?:digging|dug|scratching|scratched|pressing|pressed|carving|carved) (?:into|in to|at|in) (?:her|his|my|their) (?:arm|arms|wrist|wrists|skin|leg|legs|thigh|thighs)|(?:razor blades?|blades)(?: ${W}| ,| .){0,14} blood on (?:his|her|the|their) (?:sheets|bed|towel|towels|sleeves)|(?:carved|carving|scratched|cut) (?:a word|words|letters|(?:his|her|a) name|something) (?:into|in to|in|on) (?:her|his|my|their) (?:leg|legs|arm|arms|thigh|thighs|stomach|skin|wrist)|(?:is|s|been) cutting (?:herself |himself )?(?:right now|as we speak)`,
  ),
  possible(
    'categories.marksFound',
    ['selfHarm'],
    `(?:the )?(?:burning|cutting|scratching|biting) (?:helps|helped|is the only thing that helps)(?= *$| [.,~!])|(?<!(?:baby|dog|puppy|toddler|cat|kitten|he|she) (?:keeps |kept |is |s )?)(?:biting|bites|bit|scratching|scratches|pinching|pinches) (?:my|her|his|their) (?:own )?(?:arms?|wrists?|hands?|legs?)(?:(?: ${W}| ,| .){0,10} (?:marks|bruises|blood|bleed|bleeding|open wounds|wounds|broken skin)|(?= *$| [.~]| (?:when|til|till|until)(?![a-z0-9])))|(?:cuts|marks|slashes) (?:on|all over|all up|up|along) (?:the (?:tops|top|inside|insides) of )?(?:her|his|their) (?:legs|thighs|arms|wrists|stomach)(?!(?: (?:from|after|when|off))(?= ))|(?:plasters|bandages)(?: ${W}){0,4} (?:up|on|all over|along) (?:her|his|their|my) (?:arm|arms|wrist|wrists|legs?)(?<=(?:sleeves|hides|hiding)(?: ${W}| .| ,){1,20})|(?:sharpeners?|razors?)(?: ${W}| ,){0,6} (?:with )?(?:the )?blades? (?:taken|took|removed|pulled|broken|snapped) out|(?:taken|took|removed|pulled|broke|snapped) the blades? out of (?:a |the |her |his |my )?(?:pencil )?(?:sharpener|razor)|(?:bangs|banging|bang|banged) (?:his|her|my|their) head (?:against|on|off) (?:the )?(?:wall|walls|floor|door)|(?:clean|dress|treat|stitch|close|glue)(?: up)? a (?:deep |bad |big )?cut (?:myself|yourself|at home)(?: ${W}){0,4} without (?:going to|seeing|telling)|(?:look after|hide|clean|dress|cover) a (?:deep |bad |big )?cut so (?:nobody|no one|noone) (?:notices|sees|knows|can see)|(?:hitting|hit|hits|banging) my (?:own )?head with my (?:hand|hands|fist|fists)|(?:picking|picked|pick|digging|scratching) (?:at )?(?:my )?(?:old )?(?:scars|scabs|cuts|wounds)(?: ${W}){0,2} with (?:a |the )?(?:pin|needle|blade|razor|knife|compass|scissors)|(?:i )?do (?:it )?(?:to )?myself(?= *$| [.,~!])(?<=(?:skin|arm|arms|cut|cuts|burn|burns|sore|scratch|marks|hitting|punching|swollen|bruised)(?: ${W}| .| ,){1,10})|(?:the )?long sleeves are back|(?:do|did|doing) the thing again(?: ${W}){0,3} (?:arms|arm|wrists|legs|skin)`,
    { question: 'safeNow' },
  ),
  // Harm to others
  possible(
    'categories.theirThreat',
    ['harmToOthers'],
    `(?:know|found out|found) where (?:he|she|they)(?: is| s|s| are)? (?:staying|lives|live|parks|works|drinks)(?: ${W}| ,| .){0,10} (?:knife|gun|blade|machete|hammer|bat)|(?:could|would|will|going to|gonna) (?:actually |really )?(?:hurt|kill|stab|do) (?:him|her|them)(?: .| ,)? (?:i )?know where (?:he|she|they|the (?:${W} )?${W}) (?:is|parks|lives|works|drinks|goes)|know where (?:he|she|they) (?:parks|lives|works|drinks|goes)(?: ${W}| .| ,){1,6} (?:could|would|will|going to|gonna) (?:actually |really )?(?:hurt|kill|stab|do) (?:him|her|them)|(?:going to|gonna|will) get (?:it|what s coming|whats coming)(?=(?: ${W}| .| ,){1,10} (?:coming round|coming over|on my way|going round))|(?:brought|bringing|took|taken|carrying|has) (?:a |his |her )?(?:hammer|knife|blade|machete|bat|crowbar)(?: ${W}){0,3} (?:to|into|in to) (?:work|school|college|the office|the pub)(?<=(?:sort (?:him|her|them) out|sort out|do (?:him|her|them)|get (?:him|her|them)|kill|hurt|batter|stab|revenge|pay for)(?: ${W}| .| ,){1,16})|(?:showing|shows|showed|posting|posted|posts|flashing|flashed) (?:a |his |her |their |off )?(?:a )?(?:blade|knife|machete|zombie knife|gun|shank)(?: ${W}){0,2} on (?:his |her |their |the )?(?:snap|snapchat|story|insta|instagram|tiktok|socials|stories)|(?:sharpening|sharpened|sharpens) (?:the |his |her |my |a )?(?:kitchen )?(?:knife|knives|blade|machete|axe)(?<=(?:kill|hurt|stab|do him|do her|get him|get her|comes near|come near)(?: ${W}| .| ,){1,20})|list(?: ${W}){0,6} (?:of )?(?:people|kids|names|teachers|students|pupils|children)(?: ${W}| ,){0,6} (?:what (?:he|she|i)(?: d| would| ll| will|d)? do to (?:each|every|them|all)|(?:he|she|i) (?:wants|want|wanted) (?:to )?(?:hurt|kill|get|stab|shoot))`,
    { question: 'someoneInDanger' },
  ),
  // Medical
  medical(
    'categories.bloodInSick',
    'heavyBleeding',
    `(?:blood|bright red) in (?:her|his|my|the) (?:sick|vomit)|(?:been sick|being sick|vomited|vomiting|threw up|throwing up)(?: ${W}){0,3} (?:and )?(?:there s|theres|there is|with|has|had|full of) (?:blood|bright red)(?: in it)?|(?:making|made|makes) (?:herself|himself|myself) sick(?: ${W}| .| ,){0,8} (?:there was|there s|theres|there is) blood in it`,
  ),
  medical(
    'categories.dryNappySleepy',
    'unwellChild',
    `(?:hasnt|hasn t|has not|not|hadnt|hadn t|had no|no)(?: had)? (?:a |any )?wet (?:nappy|nappies)(?: ${W}){0,2} (?:since|for|in) (?:yesterday|last night|this morning|all day|over|[0-9]+|twelve|twenty four|a day)(?=(?: ${W}| .| ,){1,12} (?:sleepy|floppy|drowsy|lethargic|hard to wake|wont wake|won t wake|not feeding|wont feed|won t feed)(?![a-z0-9]))|grunting (?:with|when|on) (?:every|each) breath|(?:breathing|breaths?)(?: ${W}){0,3} (?:and )?grunting`,
  ),
  medical(
    'categories.pearDrops',
    'otherEmergency',
    `(?:breath|breathe)(?: ${W}){0,2} (?:smells?|smelling|smelt) (?:of|like) (?:pear drops|nail varnish|acetone|nail polish remover)`,
  ),
  medical(
    'categories.speechGoesOdd',
    'strokeSigns',
    `(?:numb|weak|droopy|tingly|tingling)(?: ${W}| ,){0,8} (?:speech|talking|talk|words)(?: goes| went| going| gone| is| s| keeps going)? (?:odd|funny|weird|strange|slurred|slurry|muddled|jumbled)|(?:cant|can t|cannot) (?:talk|speak) (?:proper|properly|right|straight)(?: ${W}| ,| .){0,8} (?:arm|leg|hand|face|mouth)|(?:arm|leg|hand) (?:wont|won t|will not|cant|can t|cannot) (?:lift|move)(?: ${W}| ,| .){0,8} (?:mouth|face|speech|talk|words)`,
  ),
  possible(
    'categories.noWeeAndFever',
    ['medicalEmergency'],
    `(?:not|hasnt|hasn t|has not|hadnt|not been) (?:been )?(?:for|had|passed) a (?:wee|pee)(?: ${W}){0,3} (?:since|for|all) (?:yesterday|last night|this morning|day|[0-9]+)(?<=(?:shivery|shivering|shaking|hot|fever|temperature|confused|breathing fast|clammy|mottled)(?: ${W}| .| ,){1,16})|(?:very |really |suddenly |more )?confused(?: ${W}| ,| .){0,8} (?:feels?|is|s|she s|he s|shes|hes|and) (?:hot|burning up|feverish|boiling|on fire)(?= *$| [.,~!]| (?:to touch|and)(?![a-z0-9]))`,
    { flag: 'sepsisSigns', question: 'safeNow' },
  ),
];

/**
 * Writers with a learning disability, autistic, dyslexic or Deaf (British Sign Language word order:
 * "I want finish life", "I cut arm. Now."), and people writing late at night or about benefits,
 * waiting lists and pain: an appointment not needed because they will not be here, a last message
 * typed and deleted, a promise that stops at tonight, a waiting list they will not outlast, a plan to
 * get out of it all; a home where the door is locked and the phone taken, acid threatened, rent paid
 * "doing jobs"; a blade "not to die", urges after months clean; breathing slowed after drink and pills.
 */
const PLAIN_AND_LATE: readonly CrisisRule[] = [
  crisis(
    'categories.statedPlan',
    ['suicidal'],
    `(?:i )?(?:want|wants|wanna) (?:to )?(?:finish|end) (?:my )?(?:life|living)(?= *$| [.,~!])|(?<=^ |[.!~] )i (?:kill|killing) me(?= *$| [.,~!])|(?:cant|can t|cannot|wont|won t) promise (?:that )?(?:i )?(?:wont|won t|will not) do (?:it|anything)(?= *$| [.,~!])|(?:cant|can t|cannot|wont|won t) promise (?:about )?(?:tomorrow|after that|the weekend|for tomorrow)(?<=(?:not going to do anything|wont do anything|won t do anything|not do anything)(?: ${W}| .| ,){1,8})|(?:number|someone|who) (?:to call |to ring )?(?:for )?(?:if|when) (?:youre|you re|you are|im|i m|i am|someone is) (?:on|at) (?:a|the) (?:bridge|ledge|roof|edge|cliff|platform)|(?:thinking of|thinking about|going to|gonna|want to|about to) (?:neck|necking|down|downing|swig|swigging) (?:my |the |a )?(?:whole |full |entire )?(?:bottle|box|packet|pack|lot)(?: of (?:${DRUGS}|pills|tablets|them))?|(?:started |been )?(?:planning|planned|plan) how to (?:get out of|leave|escape|end) (?:all of it|it all|everything|this life|life)(?= *$| [.,~!]| (?:for good|for ever|forever)(?![a-z0-9]))|(?:attempted|tried) before(?: ${W}| ,){0,4} (?:feel like|want to|thinking of|thinking about) (?:trying|doing it|having another go) again|(?:hosepipe|hose pipe|the hose)(?: ${W}| .| ,){0,8} (?:sat|sitting) in the (?:garage|car)|(?:sat|sitting) in the (?:garage|car)(?: ${W}| .| ,){0,6} (?:hosepipe|hose pipe|the hose)|(?:going to|gonna|will) take (?:them|it|the lot|all of them)(?: all)? (?:when|once|after|while) (?:my |the )?(?:${W} )?(?:is|are|goes|go|s|has gone|leaves)(?<=(?:stockpiled|saved|saving|stockpiling|stash|hoarded)(?: ${W}| .| ,){1,20})`,
    { subject: 'self' },
  ),
  possible(
    'categories.statedWish',
    ['suicidal'],
    `(?:i )?(?:want|wanting) (?:to )?stop (?:all|everything|it all)(?= *$| [.,~!])|why (?:i|me) (?:live|living|alive)(?= *$| [.,~!])|(?:tired|sick) of (?:being alive|surviving)|(?:wont|won t|will not) be (?:anyone|anybody|me) left (?:to (?:see|treat|help|save))|(?:wont|won t|will not|dont|don t) (?:need|be needing) (?:the |my |a |an |any )?(?:repeat )?(?:prescription|appointment|appointments|appt|booking|meds|medication)(?: any ?more| again)?(?:(?: .| ,)? (?:i )?(?:wont|won t|will not) be (?:here|around|alive)|(?: .| ,)? (?:thanks|thank you) for everything)|(?:cancel|cancelling)(?: ${W}){0,4} (?:appointment|appointments|booking|me)(?: ${W}| ,| .){0,6} (?:i|as i|because i|cos i)(?: ll| will)? (?:wont|won t|will not) be (?:around|here|alive)(?= *$| [.,~!]| (?:any ?more|after that|by then)(?![a-z0-9]))(?!(?: [.,])?(?: ${W}){0,4} (?:holiday|away|abroad|work|working|wedding|hospital|moving|moved)(?![a-z0-9]))|(?:wrote|typed|posted|written)(?: out)? (?:a |the |my )?(?:goodbye(?: note| message| post)?|suicide note|note)(?: on (?:facebook|insta|instagram|my story))?(?: (?:tonight|today|again))?(?: .| ,)? (?:then |and )?(?:deleted|tore up|ripped up|binned) it|(?:im|i m|i am) just going to stop(?= *$| [.~!])|(?:stop|stopped) existing(?= *$| [.,~!])|just not existing|(?:dont|don t|do not) think (?:ill|i ll|i will|im going to) (?:make it|last|be (?:here|around)) (?:to|till|until|til) (?:my |the )?(?:next )?(?:appointment|appt|week|weekend|christmas|monday)|(?<= (?:i|ill|i ll|i will) )(?:wont|won t|will not) last (?:[0-9]+|another|that long|much longer)(?: ${W})?(?= *$| [.,~!]| (?:i know|waiting|on)(?![a-z0-9]))|(?:dont|don t|do not) think i (?:want to|can) (?:carry on|go on|keep going)(?= *$| [.,~!]| (?:mum|dad|mam|any ?more)(?![a-z0-9]))|(?:dont|don t|do not) think (?:ill|i ll|i will) (?:need|be needing) (?:my |the |a |any )?(?:repeat )?(?:prescription|prescriptions|meds|medication|appointments?)(?: any ?more)?(?= *$| [.~!])|(?:rehome|rehoming|new home for) (?:my|the) (?:cat|dog|pets?|cats|dogs|budgie|rabbit)(?: ${W}| .| ,){0,6} (?:i|ill|i ll)? ?(?:wont|won t|will not) be (?:able|around|here) to look after (?:him|her|them|it) (?:soon|much longer|for much longer)(?= *$| [.,~!])|selfish (?:if|that) i (?:go|went|die|leave|end it)(?: first| before)|(?:spent|spend|bought|got) (?:it|my last ${W})? ?on (?:${DRUGS}|pills|tablets) and (?:vodka|whisky|gin|alcohol|cider|drink|booze)|who (?:would|will|d|ll) (?:take|have|look after|feed) (?:my|the) (?:cat|dog|pets?|cats|dogs) (?:if|when) i (?:wasnt|wasn t|was not|died|was gone)(?: here| around)?(?= *$| [.,~!]| (?:asking|any ?more)(?![a-z0-9]))|(?:when|after) (?:im|i m|i am) gone(?: .| ,)? (?:it|that) (?:wont|won t|will not) be long|(?:looking|look|looked) at (?:it|them|the gun|my gun|the rifle|my shotgun) differently(?<=(?:gun|rifle|shotgun|licence|firearm|cabinet|tablets|pills|rope)(?: ${W}| .| ,){1,16})|(?:fall asleep|go to sleep|sleep) and (?:stay that way|never wake(?: up)?|not wake(?: up)?)|(?:ill|i ll|i will) have (?:sorted|dealt with|ended|finished) it (?:myself )?by (?:then|tomorrow|the morning|monday)(?<=(?:dont|don t|no need to|no point) (?:bother )?(?:ringing|calling|phoning|ring|call)(?: ${W}| .| ,){1,10})|(?:ive|i ve|i have) decided (?:i will|ill|i ll) be (?:finished|gone|done) by (?:then|christmas|the weekend|friday|next week|monday)|(?:think|thinking|thought) about taking (?:all of them|them all|the lot|all my (?:${DRUGS}|tablets))|(?:go|get) to heaven if (?:you|u|i|someone) (?:do|does|did|kill|kills|end|ends|take|takes) (?:it|themselves|yourself|myself|their own life|your own life|my own life)|(?:drink|drinking|swallow) (?:bleach|antifreeze|weedkiller)(?: ${W}){0,3} (?:you |u )?(?:die|dies|kill)|(?:want|wanna|going) to go in(?:to)? the (?:water|river|canal|reservoir)(?= *$| [.,~!])|(?:wont|won t|will not) (?:bother|trouble) (?:anyone|anybody|you|people) (?:after|past|beyond) (?:this week|today|tonight|tomorrow|this weekend|friday|christmas)|got (?:the|my|all (?:the|my)) (?:${DRUGS}) out (?:on|onto) the (?:bed|table|floor)|(?:wrote|written|posted|put) (?:a )?goodbye (?:on|to) (?:facebook|insta|instagram|twitter|tiktok|my story|everyone)|(?:get|gets) the (?:life )?insurance (?:if|when) i (?:went|go|died|die|was gone)|(?:id|i d|i would) rather be dead than (?:do|go through|face|sit through|have) (?:another|the|a|one more|more) (?:${W} )?(?:assessment|assessments|interview|tribunal|appeal|chemo|round|winter)|(?:written|wrote|writing) (?:down |out )?who gets what(?!(?: (?:in|for) (?:my|the) (?:will|estate))(?= ))`,
    { subject: 'self', question: 'endingLife' },
  ),
  crisis(
    'categories.statedHurt',
    ['selfHarm'],
    `(?<=^ |[.!~] )i cut (?:arm|arms|leg|legs|wrist|wrists|skin)(?= *$| [.,~!])|clean from (?:cutting|self harm|self harming|sh)(?: ${W}| ,| .){0,8} (?:want to|wanna|need to|going to|urge)|(?:razor|blade|blades|knife)(?: ${W}| .| ,){0,3} not to die(?: .| ,)? (?:just )?to (?:stop|feel|numb|cope)`,
  ),
  possible(
    'categories.deservePain',
    ['selfHarm'],
    `(?:so|because|cos) i (?:can|could) feel the pain(?: ${W}| .| ,){0,4} i deserve it`,
    { question: 'safeNow', subject: 'self' },
  ),
  crisis(
    'categories.toldAbuse',
    ['abuse'],
    `(?:making|makes|made|make) (?:her|him|me|them) do (?:sex|sexual) (?:things|stuff)|(?:lock|locks|locking) me in (?:my |the |a )?(?:room|bedroom|house|flat)(?= *$| [.,~!])|(?:being )?kept in the (?:house|flat|room)(?= *$| [.,~!])|(?:locked|locks) (?:the |all the )?doors? and (?:taken|took|takes|has taken) my (?:phone|keys|mobile)|(?:threatened|threatens|threatening|said (?:hed|he d|he would|he ll|hell|he will)) (?:to )?(?:throw|chuck) acid|(?:pay|paying) (?:the |my )?rent by (?:doing jobs|running|doing (?:stuff|things|favours))|takes? (?:my|the) (?:wheel)?chair away|leaves? (?:me|him|her|them) in (?:bed|the same pad|the same nappy|(?:his|her|their) own mess)(?: ${W}){0,2} all day`,
  ),
  possible(
    'categories.toldControl',
    ['abuse'],
    `gives? me (?:some|money|it|a bit) (?:when|if) (?:im|i m|i am|ive been|i ve been|i) (?:good|behave|behaving)(?= *$| [.,~!]| (?:and|but|so)(?![a-z0-9]))|(?:only )?(?:gives|hands) (?:them|it|my ${W})(?: out)?(?: to me)? (?:when|if) i do what (?:he|she|they) (?:wants|says)|(?:says?|decides?|tells? me) who (?:i|you) (?:can|could|am allowed to|are allowed to) (?:text|talk to|see|message|speak to|call|ring)|(?:said|say|says|told me) (?:i|we) (?:have to|must|got to|gotta) keep (?:quiet|my mouth shut|it secret|it a secret)|(?:have to|got to|make me|makes me|made me) (?:give|hand over) (?:all )?(?:my|me) (?:wages|pay|money|benefits|pension|pip)(?: ${W}){0,2} to (?:my (?:aunty|aunt|uncle|brother|sister|mum|dad|boyfriend|girlfriend|partner|husband|wife|carer|son|daughter|friend)|him|her|them)|(?:he|she|they)(?: ${W})? (?:opens|reads|goes through|hides) my (?:post|letters|mail)|(?:dont|don t|do not) want to go (?:in|home|inside)(?: ${W}| .| ,){0,4} (?:hes|he s|he has|shes|she s|she has) been drinking|(?:hed|he d|he would|shed|she d|she would|theyd|they d|hell|he ll|he will|shell|she ll|she will) find (?:me|us)(?<=(?:left|leave|leaving|go|run|get away|take the kids|take the children)(?: ${W}| .| ,){1,14})|help (?:me|us) (?:to )?get (?:out|away)(?: ${W}| .| ,){0,8} (?:hes|he s|he is|shes|she s|she is) (?:asleep|out|at work)|(?:getting|get) away from (?:someone|somebody|him|her|my (?:partner|husband|wife|boyfriend|girlfriend|ex))(?= *$| [.,~!])|(?:going|goes|gone) off with (?:older|old) (?:men|lads|blokes|guys)|(?:[0-9]+|dozens of|loads of) (?:calls|texts|messages) a (?:night|day)(?: ${W}| .| ,){0,10} (?:its|it s) (?:him|her)|is it (?:abuse|domestic abuse|domestic violence) (?:if|when) (?:he|she|they|my)|(?:he|she|husband|partner|wife)(?: s| is)? (?:doesnt|does not|doesn t|wont|won t) (?:like|let) me (?:seeing|see|going to|talking to|speaking to) (?:the )?(?:gp|doctor|doctors|nurse)|(?:looks after|controls|takes|has) (?:our |my |her |his )?(?:mums |mum s |dads |dad s |nans )?money(?: ${W}| ,| .){0,6} (?:never has|has no|doesnt have) (?:any )?(?:food|money|heating)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.toldAnger',
    ['harmToOthers'],
    `(?:going to|gonna|will|want to|wanna) (?:hurt|kill|stab|batter) (?:the|that) (?:man|bloke|guy|lad|woman|fella|person|boy|girl|kid|kids) who|(?:i )?(?:want|wanna) (?:to )?(?:hurt|kill|stab|hit) (?:him|her|them) (?:bad|badly|really bad)|(?:thoughts|thinking|think) (?:about|of) (?:hurting|hitting|killing|harming) (?:my )?(?:little |baby |younger )?(?:brother|sister|baby|son|daughter|child|kids|carer|toddler|little one|newborn)|(?:so )?angry (?:with|at) (?:my |the )?(?:${W} )?i could (?:actually |really )?hurt (?:her|him|them)|(?:my )?(?:head|voices?|mind) (?:says?|tells? me|telling me) (?:to )?(?:hurt|kill|stab|hit) (?:him|her|them|someone|people)|(?:next time|when) (?:i )?(?:go|going|get) (?:in|back|round|down)(?: there)?(?: .| ,)? (?:im|i m|i am|ill|i ll|i will) (?:taking|bringing|take|bring) something with me|(?:thinking|thought|think|dreaming) about what (?:id|i d|i would|i ll|ill|i could) do to (?:him|her|them)|(?:planning|going|gonna|want|wants) to jump (?:a|this|that|the) (?:girl|boy|lad|kid)|(?:ill|i ll|i will|im going to|i m going to) do something to (?:someone|somebody)(?: there| in there)?(?= *$| [.,~!])|(?:actually|really) hurt (?:someone|somebody)(?: ${W}| .| ,){0,6} (?:its|it s|it is|im|i m) (?:getting )?(?:close|near)|(?:going|go|driving) (?:round|over) (?:there|to (?:his|hers|theirs))(?: ${W}| .| ,){0,6} (?:not going to be nice|sort (?:him|her|them) out|teach (?:him|her|them) a lesson|make (?:him|her|them) pay)`,
    { question: 'someoneInDanger' },
  ),
  crisis(
    'categories.harmDoneOrFeared',
    ['harmToOthers', 'abuse'],
    `(?:scared|frightened|afraid|terrified|worry|worried|worrying) (?:of |about )?what (?:ill|i ll|i will|i might|i could|id|i d) do to (?:the |my |her |him |them)?(?:baby|kids|children|son|daughter|her|him|them|mum|dad|partner|wife|husband)|(?:frightened|scared|afraid|worried|terrified) (?:ill|i ll|i will|i might|i could|id|i d) do (?:worse|something worse)(?<=(?:grabbed|shook|pushed|slapped|hit|losing it|lost it|snapped|hurt)(?: ${W}| .| ,){1,16})|(?:i )?shook (?:her|him|mum|dad|my mum|my dad|the baby)(?= *$| [.,~!]| (?:today|hard|again|yesterday|so)(?![a-z0-9]))(?<=(?:losing it|lost it|temper|snapped|angry|lose it)(?: ${W}| .| ,){1,16})|(?:never|not) (?:hit|hurt|touched) (?:him|her|them)(?: yet)? but (?:ive|i ve|i have) come (?:close|near)|(?:scared|frightened|afraid|terrified|worried) (?:of |about )?what (?:ill|i ll|i will|i might|i could|id|i d) do next time(?<=(?:shook|shaken|grabbed|slapped|smacked|hit|squeezed|pushed|lost it|snapped)(?: ${W}| .| ,){1,24})`,
  ),
  medical(
    'categories.slowBreathAfterDrink',
    'overdose',
    `breathing (?:feels |is |s |seems )?(?:slow|slowing|shallow)(?<=(?:drank|drink|drinking|diazepam|tablets|pills|methadone|heroin|took|taken|valium|pregabalin|benzos|codeine|morphine)(?: ${W}| .| ,){1,20})`,
  ),
];

/**
 * Parents, step-parents and grandparents writing about their own children, and people living with a
 * long-term condition (diabetes, kidney failure and dialysis, epilepsy, heart failure, Parkinson's,
 * MS, a stoma, sickle cell, chemotherapy) in their condition's own words. The classes: a treatment
 * that keeps someone alive stopped, skipped or pulled out to die, or the illness left to "do it"; the
 * condition's own medicines as a means (every pen at once, a pen dialled up, patches all put on,
 * tablets saved instead of taken or lined up, "would that do it"); a child on the bridge or heading
 * for the tracks, gone with a bag of tablets, saying goodbye on the group chat, a plan nobody will
 * stop; a child's stash of blades or bloody tissues, a word carved in, long sleeves in the heat; a
 * child groomed or run for a gang (missing and back with money or phones, a phone given to answer, a
 * debt with a cut face, an adult boyfriend, photos held for money); a child hurt at home (shaken,
 * squeezed, hit round the head, food withheld, given something to keep quiet, locked out in the cold);
 * a partner or relative who keeps a dependent from dialysis or from the nurse, takes their money or
 * threatens a home; a weapon brought to school or to the gates, a knife in a confused hand; and the
 * emergencies of these conditions (a fit past five minutes, high ketones, a fever on chemo, a
 * bleed on warfarin that will not stop, the wrong insulin, a cloudy dialysis bag, a child who will not
 * stay awake after a knock, a baby blue round the lips or hot under three months).
 */
/** Treatments that keep someone alive, whose stopping is itself a means. */
const LIFELINE =
  '(?:dialysis|insulin|injections|chemo|heart tablets|heart meds|keppra|epilepsy meds|epilepsy tablets|seizure meds|anti rejection (?:meds|tablets)|transplant meds|eating and drinking|drinking and eating)';
/** A child or young person, as a parent names them. */
const KID =
  '(?:son|daughter|boy|girl|lad|lass|kid|kids|child|children|baby|toddler|little one|niece|nephew|grandson|granddaughter|stepson|stepdaughter|step son|step daughter|teen|teenager)';
const PARENTS_AND_CONDITIONS: readonly CrisisRule[] = [
  // A treatment that keeps someone alive, stopped to die; the illness left to do it
  crisis(
    'categories.lifelineStopped',
    ['suicidal', 'selfHarm'],
    `(?:stopped|stopping|stop|quit|quitting|skipping|skipped|missing|missed|not taking|not doing|coming off|came off|come off) (?:taking |doing |having )?(?:my |his |her |their )?${LIFELINE}(?: ${W}){0,3} (?:on purpose|deliberately)|(?:stop|stopping|stopped) ${LIFELINE}(?: ${W}| .| ,){0,14} (?:i )?want it to be (?:quick|over quick|quicker)|(?:stopped|stopping) (?:my |his |her )?${LIFELINE}(?: .| ,)? (?:stopping|stopped) everything|(?:pull|pulling|pulled|rip|ripping|yank|yanking) (?:his|her|my|their) (?:picc |hickman |dialysis |central )?line out(?: ${W}){0,2} (?:and be done|and let it bleed|to die|and die|and end it)`,
  ),
  possible(
    'categories.lifelineLetGo',
    ['suicidal'],
    `what happens if (?:you|i|someone|he|she) (?:just )?(?:stop|stops|miss|misses|skip|skips) (?:your |my |his |her )?(?:dialysis|insulin)(?: ${W}| .| ,){0,6} (?:how long|for a week|for good|altogether|and (?:stop|your|my))|(?:not|dont|don t|do not|stop|stopped|skip|skipping) (?:bother(?:ing)? )?(?:doing|taking|treating|having|with)? ?(?:my |the |a )?(?:insulin|injections|dialysis|low|lows|hypo|hypos|nebs|oxygen|heart tablets)(?: ${W}| .| ,){0,4} (?:just )?(?:see|seeing|wait and see) (?:how long|what happens)|(?:stop|stopping|stopped) (?:my |his |her )?chemo and (?:not|never) tell|(?:if|hope|hoping|wish) (?:the )?(?:next|a|the) (?:crisis|one|big one|fit|seizure|hypo|attack|infection|heart attack|stroke) (?:takes|will take|would take|took) me|(?:epilepsy|heart|diabetes|sugars?|kidneys|lungs|condition|illness|copd|cancer|body) (?:could|would|might|will) (?:just )?(?:do it|finish me off|finish it) for me|(?:easier|better|kinder) (?:not to|to not|if i didnt|if i did not|if i don t|if i dont) (?:come round|wake up)(?= *$| [.,~!])|(?:thought|idea) of (?:my )?(?:heart|lungs|kidneys|body) (?:just )?(?:giving out|stopping|packing up|failing)(?: ${W}){0,2} (?:is|feels) (?:oddly |strangely |weirdly )?(?:comforting|a relief|appealing)|(?:kind|peaceful|gentle|easy) way to go(?<=(?:low|hypo|hypos|libre|insulin|pens?)(?: ${W}| .| ,){1,16})|(?:wont|won t|will not) be (?:coming|turning up)(?: to (?:dialysis|the unit|clinic|chemo))? (?:any ?more)(?= *$| [.,~!])(?<=(?:dialysis|renal|unit|chemo|clinic)(?: ${W}| .| ,){1,16})|(?:let|tell) (?:the )?(?:${W} )?(?:nurse|team|carers?) (?:know )?(?:she|he|they) (?:wont|won t|will not) need to come (?:after|past|beyond) (?:this week|today|tomorrow|friday|the weekend)(?= *$| [.~!])|(?:going|go|heading) (?:to|down to|into) the (?:sea|river|canal|reservoir)(?: .| ,)? (?:and )?(?:im |i m |i am )?(?:not|never) coming back`,
    { question: 'endingLife' },
  ),
  // The condition's own medicines as a means
  crisis(
    'categories.ownMedsAsMeans',
    ['suicidal'],
    `(?:inject|injecting|injected|doing|use|using|putting) (?:all (?:of )?(?:them|my|the|his|her)|the whole|them all|every)(?: ${W}){0,2}(?: on)? (?:at once|in one go|and (?:lie|lying|go|going) (?:down|to sleep|to bed))|(?:putting|put|stick|sticking|slap|slapping) (?:them|all of them|the lot) (?:all )?on (?:tonight|at once|together)(?<=patch(?:es)?(?: ${W}| .| ,){1,16})|(?:doing|do|inject|injecting|injected|dial|dialling|dialled) (?:the|a) whole pen|(?:dial|dialled|dialling|dialed) (?:it |the pen )?up to (?:[6-9][0-9]|[1-9][0-9][0-9])(?<=(?:pen|pens|insulin|injection)(?: ${W}| .| ,){1,16})|(?:if i|if you|if he|if she) (?:took|take|had|injected|did) (?:all|the whole|every|[1-9][0-9]*)(?: ${W}){0,5} (?:would|will) (?:that|it|this) (?:do it|kill me|finish me)|(?:dose|amount|how (?:many|much))(?: of)?(?: ${W}){0,3} (?:that )?(?:would|will|to|could) stop (?:your|my|the|his|her) heart|(?:saving|saved|hoarding|hoarded|stockpiling|keeping) (?:it|them|my ${W}|his ${W}|her ${W}) (?:instead of|rather than) taking|(?:nearly|almost|just about) enough (?:now|saved)?(?= *$| [.,~!])(?<=(?:hoard|hoarding|hoarded|saving|saved|stockpil[a-z]*|collecting)(?: ${W}| .| ,){1,20})|(?:lined up|laid out|counted out|set out) (?:on|in front of) (?:the |my )?(?:table|bed|worktop|counter)(?: ${W}| .| ,){0,12} (?:im|i m|i am) (?:going to|gonna) take (?:them|it|the lot)`,
    { subject: 'either' },
  ),
  // A child in danger now, or on the way to it
  crisis(
    'categories.childGoneWithMeans',
    ['suicidal'],
    `(?:is|s|been|still|sat|sitting|standing|stood) (?:up )?on (?:the|a) ${PLACE}(?: ${W}| .| ,){0,8} (?:wont|won t|will not|refuses to|refusing to) (?:come|get) (?:down|back|off)|(?:heading|going|walking|gone|went) (?:to|down to|towards|for) (?:the )?(?:train tracks|railway line|railway tracks|tracks|level crossing|cliffs|cliff edge|viaduct)(?= *$| [.,~!])|(?:with|took|taken|taking) (?:a |the )?(?:bag|carrier bag|box|handful|load) of (?:my|his|her|the) ${DRUGS}(?: ${W}| .| ,){0,6} (?:not coming back|isnt coming back|isn t coming back|wont be back|won t be back|never coming back)|(?:taken|took|has taken) (?:the car keys and (?:his|her) ${DRUGS}|(?:his|her) ${DRUGS} and the car keys)(?: ${W}| .| ,){0,8} (?:not answering|isnt answering|phone s off|phones off|gone)|(?:got|has|had) it all planned(?: ${W}| .| ,){0,6} (?:nobody|no one|noone)(?: s| is)? (?:going to|gonna|will) stop (?:him|her|me|them)|(?:said|says|saying)(?: ${W}){0,6} (?:she s|shes|she is|he s|hes|he is|theyre|they re) (?:going to|gonna) do it(?= *$| [.,~!]| (?:tonight|this time|soon)(?![a-z0-9]))(?<=(?:die|dead|suicid[a-z]*|kill|end it|done waiting|a plan|overdose)(?: ${W}| .| ,){1,20})`,
  ),
  possible(
    'categories.childSignsSeen',
    ['suicidal'],
    `(?:saying|said|says|posted|posting) goodbye (?:on|in|to) (?:her|his|their|the) (?:group chat|groupchat|snapchat|snap|story|insta|instagram|whatsapp)|(?:left|sent) (?:me |us )?(?:a )?(?:voicemail|voice note|voice message|message|text)(?: ${W}){0,2} saying (?:she|he|they) (?:loves|love) (?:us|me|everyone)(?: all)? and (?:that )?(?:shes|she s|hes|he s|she is|he is|theyre|they re)? ?sorry|(?:texted|text|messaged|sent)(?: me)? sorry (?:dad|mum|mam|mom|grandad|nan)(?: ${W}| .| ,){0,4} (?:not answering|isnt answering|isn t answering|phone s off|phones off|no answer|not picking up)|(?:looking|looked|looks|checking|checked) up (?:the )?(?:train )?times (?:for|at|past|through) the (?:level crossing|viaduct|railway bridge)|(?:asking|asked|asks|keeps asking|kept asking) (?:me )?how high (?:up )?(?:our|the|his|her|my) (?:balcony|window|flat|roof) is`,
    { subject: 'someoneElse', question: 'someoneInDanger' },
  ),
  // A child's self-harm found
  possible(
    'categories.childHarmFound',
    ['selfHarm'],
    `(?:blades?|razors?) (?:are |is |have |has )?(?:missing|gone|taken) (?:out of|from) (?:every |all the |the |her |his |my )?(?:pencil )?(?:sharpeners?|razors?)|(?:razor )?blades? (?:taped|hidden|hid|stashed|tucked) (?:inside|in|under|behind) (?:his|her|their) (?:phone case|pencil case|case|wallet|drawer|mattress|bed|pillow)|(?:bloody|blood stained|bloodstained|blood soaked) (?:tissues|plasters|towels|socks|wipes)(?: ${W}| .| ,){0,6} (?:under|hidden in|in) (?:her|his|their) (?:bed|room|drawer|wardrobe|bin)|(?:always |only |still )?(?:wears|wearing|wear) long sleeves(?: now)?(?: ${W}){0,2} (?:even )?in (?:this|the) (?:heat|summer|sun|hot weather)(?!(?: ${W}| ,){0,6} (?:eczema|psoriasis|sunburn|burns easily|modest|religio[a-z]*|faith|cold)(?= ))|(?:picking|picked|pick|scratching|scratched|poking|digging)(?: at)? (?:my|his|her) (?:stoma|wound|cannula|picc|scar|stitches|port)(?: site)?(?: ${W}){0,3} (?:so (?:it|they) (?:gets?|go|goes) (?:infected|worse)|on purpose|to make it (?:worse|bleed))|(?:lancets?|needles?|pen needles) for more than (?:finger pricks|my sugars|testing|bloods)|make (?:it|myself|the pain) (?:hurt )?worse on purpose|(?:do|did|doing) things to (?:myself|herself|himself)(?: ${W}){0,2} (?:that )?(?:i|she|he) (?:dont|don t|do not|doesnt|doesn t|wont|won t) (?:want to )?(?:tell|say|talk)|(?:said|says|say|told (?:her|him|them|the nurse)) (?:it was|it s|its|they re|theyre|they were|they are) (?:from )?(?:the cat|the dog|a cat|the kitten)(?<=(?:marks|scratches|cuts|scars)(?: ${W}| .| ,){1,16})`,
    { question: 'safeNow' },
  ),
  // A child groomed, exploited or run for a gang
  possible(
    'categories.childExploited',
    ['abuse'],
    `(?:going|goes|gone|keeps going|went) missing(?: ${W}| .| ,){0,8} (?:comes|came|coming) back with (?:new |expensive )?(?:stuff|money|cash|phones?|clothes|trainers|gifts)|(?:comes|came|coming) back with (?:new )?(?:phones?|money|cash)(?: and (?:new )?(?:phones?|money|cash|clothes|trainers))?(?: ${W}| .| ,){0,6} (?:wont|won t|will not|doesnt|doesn t|refuses to) (?:say|tell)|(?:older|grown|adult) (?:men|man|blokes) (?:keep |keeps )?(?:picking|picks|picked|pick) (?:her|him|them) up|(?:a |some |this )?(?:man|men|bloke|lad|older lad|older boy|someone) (?:gave|gives|has given|handed) (?:him|her|them|my ${KID}) (?:a )?(?:phone|burner|sim|mobile)(?: ${W}| .| ,){0,8} (?:answer|has to|have to|must)|(?:owes|owe|owed|owing) (?:someone|somebody|some (?:lads|men|people)|a dealer) money(?<=(?:cut|beaten|hurt|bruised|stabbed|threatened)(?: ${W}| .| ,){1,16})|missing (?:for )?(?:[0-9]+|two|three|four|five|a few|several) (?:days|nights)(?: ${W}| .| ,){0,10} (?:found|picked up) (?:him|her) (?:in|at) (?:a|an) (?:flat|house|address)|(?:1[0-5]|[0-9]) ?(?:yo|year old|yr old)(?: ${W}){0,3} (?:has|got|with|seeing|dating) (?:a|an) (?:[2-9][0-9]|1[89]) ?(?:yo|year old|yr old) (?:boyfriend|girlfriend|bf|gf|partner)|(?:screenshot|screenshots|copy|copies) of (?:her|his|my|their) (?:own )?(?:photos|pictures|pics|nudes|images)(?: ${W}| .| ,){0,6} (?:demand|demanding|asking for|wants|wanting) (?:for )?(?:money|cash|payment|gift cards|more)`,
    { question: 'someoneHurting' },
  ),
  // A child hurt at home
  crisis(
    'categories.childHurtAtHome',
    ['abuse'],
    `(?:saw|seen|watched) (?:him|her|them|my partner|his dad|her dad) shake (?:her|him|the baby|my baby)|(?:smacks|smacked|slaps|slapped|hits|whacks|whacked|clouts|clouted) (?:the (?:little one|baby|kids?|toddler)|my (?:little one|baby|son|daughter|kids?|toddler)|him|her) (?:really |so )?hard (?:round|around|on|across) the (?:head|face|ear)|(?:slapped|smacked|hit|punched|whacked) (?:my|the|our) (?:[0-9]+ ?(?:year old|yr old|yo|month old)|baby|toddler|little one) (?:round|across|on|in) the (?:face|head) (?:so hard|that hard|hard)|(?:bloke|boyfriend|partner|husband|stepdad|dad|uncle|man) (?:is|s|has been|been) hurting (?:my|her|his|the) (?:niece|nephew|daughter|son|kids|children|granddaughter|grandson)|(?:locked|locks|locking|shut) (?:me and the (?:baby|kids)|the (?:baby|kids|children)|me and (?:my|our) (?:baby|kids|children)) out(?: ${W}){0,3} (?:in the cold|all night|overnight|in the rain)`,
  ),
  possible(
    'categories.childHurtMaybe',
    ['abuse'],
    `(?:gets|got|getting|is|been) (?:really |too )?rough with (?:the|my|our) (?:baby|little one|toddler|newborn)|(?:squeezes|squeezed|grips|gripped|pinches|pinched) (?:her|his|the babys|the baby s) (?:arm|arms|leg|legs|wrist) (?:really |so )?hard|giving (?:the )?(?:kids|children|baby|little ones?|her|him|them) something to (?:keep (?:them|her|him) quiet|make (?:them|her|him) sleep|knock (?:them|her|him) out)|(?:isnt|is not|isn t|not) allowed (?:any )?(?:food|to eat) (?:until|till|til|unless)`,
    { question: 'someoneHurting' },
  ),
  // A dependent kept from their care, their money or their say
  crisis(
    'categories.careWithheld',
    ['abuse'],
    `(?:makes|made|make|making) me (?:miss|skip) (?:my |the )?(?:dialysis|appointments?|chemo|clinic|sessions|treatment|the unit)|(?:takes|took|taken|has|keeps|kept) (?:my|his|her) (?:pip|pension|benefits|bank card)(?: and (?:my|his|her) (?:pip|pension|benefits|bank card))?(?: ${W}| .| ,){0,6} (?:leaves|left|leaving) (?:me|him|her) (?:with )?(?:no|without) (?:food|money|heating)|forced (?:himself|herself) on (?:me|her|him)|(?:making|makes|made|getting|got) (?:my |our )?(?:mum|dad|mam|nan|gran|grandad|her|him|me) sign (?:things|papers|stuff|documents|forms)(?: ${W}| .| ,){0,12} (?:doesnt|doesn t|does not|didnt|not) (?:know|understand|realise) what`,
  ),
  possible(
    'categories.careWithheldMaybe',
    ['abuse'],
    `(?:he|she|they|carer|nephew|niece|son|daughter|girlfriend|boyfriend|partner|husband|wife)(?: ${W})? (?:wont|won t|will not) let (?:me|us|anyone|anybody|family) (?:in(?= *$| [.,~!])|(?:in )?to see (?:her|him|them|mum|dad))|(?:im|i m|i am) not allowed to (?:go to|tell|see|talk to|speak to) (?:the |my )?(?:${W} )?(?:group|nurses?|doctor|gp|clinic|team|friends|family)(?=(?: ${W}| .| ,){0,8} (?:he|she) (?:says|said|doesnt|doesn t|wont|won t|gets)(?![a-z0-9]))|(?:wont|won t|will not|refuse to|refuses to) take me to (?:hospital|a and e|the doctor|the gp)(?: ${W}){0,4} when (?:im|i m|i am) (?:in crisis|ill|poorly|bad)|(?:easier|safer|better) to (?:talk|speak) (?:then|when (?:he s|hes|he is|she s|shes|she is) (?:out|not (?:in|here|there|home)|at work|away))(?= *$| [.,~!])|(?:come|visit|call|ring) when (?:he s|hes|he is) (?:out|at work|not in|not home)(?<=(?:rather not say|shouting|scared|afraid|safe)(?: ${W}| .| ,){1,20})|(?:rather not|rather than|dont want to|don t want to) (?:go|going) home(?: ${W}| .| ,){0,8} (?:if there s any way|if theres any way|calmer|safer)|too (?:ill|weak|poorly|tired|sick) to fight (?:him |her |them )?back|(?:leave|put|dump) (?:me|him|her) in a home(?: to rot)? (?:if|unless) (?:i|he|she) (?:dont|don t|doesnt|doesn t|wont|won t) (?:behave|sign|do)`,
    { question: 'someoneHurting' },
  ),
  // A weapon brought to school or the gates; a knife in a confused hand
  crisis(
    'categories.weaponToSchool',
    ['harmToOthers'],
    `(?:going to|gonna|will|threatened to|threatening to) (?:bring|take) (?:his |her |my |a |the )?(?:dads |dad s |mums |mum s |brothers |uncles )?${WEAPON} (?:in|into|to) (?:school|college|class)|(?:brought|took|taken|carried|carrying|sneaked|snuck) (?:a |my |his |her |the )?(?:dads |dad s |mums |mum s |brothers |uncles )?${WEAPON} (?:in|into|to) (?:school|college|class)(?!(?: ${W}| .| ,){0,6} (?:food tech|cooking|by (?:mistake|accident)|forgot|for (?:me|myself|protection)(?!(?: ,)?(?: for| to)(?= )))(?= ))(?=(?: ${W}| .| ,){0,8} (?:for|to (?:use on|get|sort|do))(?![a-z0-9]))|(?:outside|at|by) (?:the )?(?:school|school gates|gates|nursery|front door|house)(?: ${W}){0,2} ${WITH_WEAPON}|(?:got|has|holding|grabbed|picked up) (?:the |a )?(?:bread |kitchen |carving )?knife(?: ${W}| .| ,){0,12} (?:locked (?:herself |himself |themselves )?in|hiding|barricaded)`,
  ),
  // Emergencies of long-term conditions and of small children
  medical(
    'categories.fitNotStopping',
    'otherEmergency',
    `(?:seizure|fit|fitting)(?: ${W}){0,4} (?:going|lasting|lasted|gone on|been going)(?: on)?(?: for)? (?:[5-9]|[1-9][0-9]|five|six|seven|eight|nine|ten|fifteen|twenty) (?:minutes|mins)|(?:midazolam|buccal)(?: ${W}| .| ,){0,8} (?:not|isnt|isn t|hasnt|hasn t) (?:stopping|stopped|working|worked)`,
  ),
  medical(
    'categories.ketonesHigh',
    'otherEmergency',
    `ketones (?:are |is |of |at |were |was )?(?:[3-9](?:\\.[0-9])?|[1-9][0-9])(?= )(?!(?: (?:years|yrs|days|weeks|months|times))(?= ))|(?:injected|taken|took|done|given|gave|had)(?: ${W}){0,4} (?:novorapid|humalog|fiasp|apidra|quick acting|fast acting|rapid acting|short acting)(?: ${W}){0,4} instead of (?:my |his |her )?(?:lantus|levemir|tresiba|abasaglar|long acting|slow acting|background|basal)|(?:warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|blood thinners?)(?: ${W}| .| ,){0,14} (?:nose|nosebleed|bleed|bleeding|blood)(?: ${W}){0,4} (?:pouring|wont stop|won t stop|not stopping|for (?:an hour|hours))`,
  ),
  possible(
    'categories.conditionTurning',
    ['medicalEmergency'],
    `ketones (?:are |is |of |at )?(?:1\\.[5-9]|2(?:\\.[0-9])?)(?= )(?!(?: (?:years|yrs|days|weeks|months|times))(?= ))|(?:temp|temps|temperature|fever)(?: (?:is|was|of|at|now|up to))? (?:3[89](?:\\.[0-9])?|37\\.[5-9]|4[01](?:\\.[0-9])?)(?= )(?<=chemo(?: ${W}| .| ,){1,16})|chemo(?: ${W}| .| ,){0,16} (?:temp|temps|temperature|fever|(?:hes|he s|shes|she s|im|i m)) (?:(?:is|was|of|at|now) )?(?:3[89](?:\\.[0-9])?|37\\.[5-9]|4[01](?:\\.[0-9])?)(?= )|(?:hickman|picc|line) (?:site )?(?:is |s )?(?:red|red hot|hot|swollen)(?: ${W}| .| ,){0,8} (?:3[89]\\.[0-9]|fever|temp|confused|shivery)|(?:pd|dialysis) (?:fluid|bags?)(?: s| is| has| have)?(?: come out| gone| looks?)? cloudy|(?:sugar|sugars|bm|bloods|levels|glucose|reading) (?:wont|won t|will not|isnt|isn t|not) (?:come|coming) (?:up|back up)|nothing (?:in|out of|coming out of|into) (?:the|my|his|her) (?:stoma )?bag (?:since|for|all)(?: ${W}| .| ,){0,10} (?:sick|vomiting|vomited|pain|swollen|bloated)|(?:missed|missing|skipped|not had|not been to) (?:my |his |her )?dialysis(?: ${W}| .| ,){0,12} (?:heart|chest|palpitations|flutter|fluttering|breathless)|(?:seizure|fit) (?:has |s )?(?:stopped|ended|finished)(?: ${W}| .| ,){0,8} (?:still )?not (?:really )?(?:with it|come round|responding)`,
    { question: 'safeNow', flag: 'otherEmergency' },
  ),
  medical(
    'categories.childAfterKnock',
    'unwellChild',
    `(?:knocked off|hit by a car|banged (?:his|her|their) head|hit (?:his|her|their) head|fell off|fallen off|rolled off|fell down)(?: ${W}| .| ,){0,20} (?:confused|(?:cant|can t|cannot) keep (?:her|him|them) awake|not (?:really )?responding|unconscious)|(?:anorexia|anorexic|eating disorder)(?: ${W}| .| ,){0,12} (?:fainted|fainting|collapsed|passed out|blacked out)`,
  ),
  possible(
    'categories.babyBlueOrHot',
    ['medicalEmergency'],
    `(?:goes|gone|going|turns|turned|went) (?:a bit |slightly |really )?blue (?:round|around|on) (?:the|his|her) (?:lips|mouth)(?<=(?:baby|newborn|infant|[0-9]+ (?:week|month)s? old|[0-9]+ ?(?:wk|mth|mo)s? old)(?: ${W}| .| ,){1,12})|(?:baby|newborn|little one) (?:[0-9]|1[0-2]) ?(?:week|wk)s?(?: ${W}| .| ,){0,3} (?:temp|temperature|fever) (?:of |is |at )?(?:3[89]|40)(?= |\\.)|(?:[0-9]|1[0-2]) ?(?:week|wk)s? olds?(?: ${W}| .| ,){0,12} (?:feels hot|(?:has|got|running) a (?:temp|temperature|fever)|burning up|temp(?:erature)? of 3[89])|(?:drank|drunk|swallowed|sucked|licked) (?:some |a bit )?(?:of )?the (?:liquid|juice)(?<=(?:vape|e cig|ecig|vaping)(?: ${W}| .| ,){1,10})`,
    { question: 'safeNow', flag: 'unwellChild' },
  ),
];

/**
 * People who joke, deflect and understate (gallows humour, sarcasm, "asking for a friend", a "lol" after
 * the real thing), and people writing about pregnancy, birth, the months after, baby loss, fertility
 * treatment and the menopause. The classes: a plan told lightly with its means (the lot of someone's
 * morphine, everything in the bathroom cabinet, "sorting it permanently with the pills", "got the
 * tablets, got the whisky", drink and pills listed as a plan, a knife sharpened "for me", a last message
 * that ends "I've taken them", driving "until it's over", going to the cliffs "and not coming back");
 * a wish to die said as a joke or an aside (relief at a fatal diagnosis or a bus, a meteor or a plane
 * crash welcome, "when the dog goes I go", the family better off with the insurance, a funeral they
 * "might find out about sooner", sleep as the closest thing to not existing, skipping the rest of life,
 * rather not be at all, just waiting to die, not waking for the next feed, wanting "to not be", who
 * will find them, thinking how they would do it, intrusive "what if I stepped off" thoughts, a bridge
 * crossed "thinking about it", water that "would be quieter", being with a baby who died); self-harm told
 * as a relapse or a quirk (a relapse after days clean, "too friendly with the razor", hurting oneself "to
 * feel something" or "till it marks", "accidentally on purpose", urges to do something to one's arms,
 * blades kept "just in case", a scar pressed till it hurts, hair pulled out in clumps, "did it last
 * night and again this morning"); harm to others planned with a time or a weapon (a visit tonight with a
 * bat, running someone over, a kill that is "planned", the voices' target "got first", a drive past
 * someone's house every night, "something I'd go down for", "not touched them. Yet"); a new parent's
 * urges and fears (an urge to squeeze, walking away "before I do something", poison pictured in a
 * partner's tea, wanting to hurt a baby, the baby taken "with me", a partner who thinks the baby is
 * possessed or not theirs); harm in pregnancy and control (a pillow over the face, pills thrown away or
 * an abortion forced, "dealt with" for honour, photos held over a child, a carer seen slapping, messages
 * deleted on demand, a lock on the fridge, friends called a bad influence, "not violent, but I'm
 * careful", "no one else would have me", the children kept if one leaves); and the emergencies of
 * pregnancy and after birth and of everyday life told lightly (pads soaked in an hour and clots, bleeding
 * in later pregnancy, a positive test with one-sided or shoulder-tip pain, a section wound hot with
 * shivers, a sleepy yellow newborn not waking for feeds, sparkles in the vision or rings that will not go
 * on late in pregnancy, a nut allergy with wheezing, a rash that does not fade when pressed, an elephant
 * on the chest, someone gone down and not answering, numb legs with wet pants after a bad back, redness
 * spreading past a pen line, breathless lying flat).
 */
/** A baby lost: before, during or after birth. */
const BABY_LOSS =
  '(?:miscarried|miscarriage|miscarriages|stillbirth|stillborn|didnt make it|didn t make it|lost (?:the|our|my) (?:baby|little (?:boy|girl|one))|termination|died|passed|angel|nicu)';
/** Strong drink, named in a plan. */
const DRINK = `(?:${SPIRITS}|booze|drink)`;
const JOKES_AND_BIRTH: readonly CrisisRule[] = [
  // A plan told lightly, with its means
  crisis(
    'categories.lightPlan',
    ['suicidal'],
    `(?:taking|take|going to take|gonna take|swallowing|necking) (?:the lot|the whole lot|every last one) of (?:my |me |his |her |the |mums |dads |my mums |my dads |my mum s |my dad s )?(?:${W} )?${DRUGS}|(?:take|taking|swallow|swallowing|neck|necking)(?: all my ${W} and)? everything (?:else )?in the (?:bathroom |medicine |kitchen |drug |drugs |meds |medication |cd )?(?:cabinet|cupboard|drawer|first aid box|trolley|room|fridge)|(?:sorting|sort|end|ending|finish|finishing) it (?:permanently|for good|once and for all) (?:with|using) (?:the |my |some )?(?:${DRUGS}|rope|knife|gun)|got the ${DRUGS}(?: ,| .| and)? got the (?:${DRINK}|rope|empty house)|(?:sharpening|sharpened|sharpen) (?:the|a|my) (?:knife|blade|razor) for (?:me|myself)(?!(?: and)(?= ))|(?:sorted|got|saved|bought|counted|lined up) (?:the |my |all the |all my )?${DRUGS}(?: ${W}| .| ,){0,4} (?:picked|chosen|set) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|the day|a day|the date|a date|tonight|the night)|(?:final|last) message(?: ${W}| .| ,){0,20} (?:ive|i ve|i have) (?:taken|swallowed|necked) (?:them|it|the lot)(?= *$| [.,~!])|plan(?: ${W}){0,2}(?: .| ,)? ${DRINK}(?: ,| and) ${DRUGS}|(?:im|i m|i am|ill|i ll|i will) (?:going to |gonna )?(?:take|taking|swallow|swallowing|neck|necking) (?:the lot|the whole lot|them all|all of them)(?= *$| [.,~!])(?<=${DRUGS}(?: ${W}| .| ,){1,24})|(?:ive|i ve|i have) got everything i need(?: here| now| ready)?(?= *$| [.,~!])(?<=(?:not calling|not ringing|wont call|won t call|not going to call|crisis number|samaritans)(?: ${W}| .| ,){1,16})|(?:drive|driving|walk|walking|swim|swimming) until (?:its|it s|it is|everything is|im|i m) (?:over|gone|done|dead)|(?:going|go|heading|walking|driving) (?:to|into|up to|down to) (?:the )?(?:${PLACE}|woods|sea|river|forest|moors)(?: ${W}){0,4} (?:and )?(?:not coming back|never coming back|wont be coming back|won t be coming back)|(?:taking|take|took) (?:the baby|my baby|the kids|my kids|the children|my children|him|her|them) with me(?: ${W}){0,2} (?:if i (?:go|die|end it|do it)|when i (?:die|end it|do it))(?= *$| [.,~!]| so)`,
    { imminent: true },
  ),
  possible(
    'categories.lightMeans',
    ['suicidal'],
    `(?:found|got|have|nicked|taken|know where) (?:the )?keys? (?:to|for) (?:the |my |dads |dad s |my dads |my dad s |his |grandads )?gun (?:cabinet|cupboard|safe)|(?:found|got|have|nicked|taken|know where) (?:the |my |his )?(?:dads |dad s |grandads |uncles )?(?:shotgun|gun|rifle|gun cabinet|gun safe) keys?(?= *$| [.,~!])|(?:know where|got|have|ive got|i ve got|i have got) the keys?(?: is| are)?(?= *$| [.,~!])(?<=(?:gun|guns|shotgun|rifle|gun cabinet)(?: ${W}| .| ,){1,16})|(?:thinking|think|thought|keep thinking) (?:ill|i ll|i will|i could|i might|id|i d) (?:just )?(?:step|jump|walk) off (?:the|a) (?:balcony|roof|ledge|bridge|platform|cliff|edge)|(?:looked|looking|look|checked|checking|googled|googling) up how (?:high|tall|far down) (?:the )?(?:${PLACE}|${W} bridge|car park)(?: ${W})? is|(?:what if i|what if i just|thoughts? (?:like|of|about))(?: just)? (?:stepped|step|stepping|jumped|jump|jumping) (?:off|in front of) (?:the|a) (?:platform|train|bus|tube|bridge|balcony|roof|ledge|cliff)|(?:driving|drive|walk|walking|cross|crossing)(?: ${W}){0,2} (?:over|across) (?:the )?(?:${W} )?(?:bridge|viaduct)(?: ${W}){0,2} (?:and )?(?:thinking|think|thought) about it(?= *$| [.,~!])|(?:the )?(?:river|sea|canal|water|tracks) (?:would|d) be (?:quieter|easier|kinder|calmer|more peaceful) than|how many ${DRUGS}(?= *$| [.,~!]| (?:at|out|would|to kill|does it take|do you need|is too many|is fatal)(?![a-z0-9]))|how many people die (?:from|of) (?:pnd|postnatal depression|depression|an overdose)|(?:thinking|thought|think|planning) (?:about|of) how (?:id|i d|i would|you d|youd|you would|i could|i ll|ill) do it(?= *$| [.,~!]| (?:asking|and|cos)(?![a-z0-9]))|(?:literally|actually) about to do it(?= *$| [.,~!])`,
    { question: 'endingLife' },
  ),
  // A wish to die said as a joke or an aside
  possible(
    'categories.lightWish',
    ['suicidal'],
    `if (?:(?:i|id|i d) (?:got|get|was|were|had been) told i|(?:they|the (?:doctor|doctors|consultant)|someone) (?:told|tell|said|says) (?:me )?(?:that )?i) (?:had|have|ve got|got) (?:cancer|${W} to live|something terminal)(?: tomorrow| today)?(?: .| ,)? (?:id|i d|i would|honestly id) be (?:relieved|glad|happy|grateful|pleased)|if (?:i|id|i d) (?:got|get|was|were|had been) (?:hit by (?:a|the) (?:bus|car|lorry|train)|run over)(?: tomorrow| today)?(?: .| ,)? (?:id|i d|i would|honestly id) be (?:relieved|glad|happy|grateful|pleased)|(?:wouldnt|wouldn t|would not) (?:say no to|mind|complain(?: about)?)(?: if)? (?:a |an |the )?(?:meteor|asteroid|plane (?:went|going|goes|came) down|plane crash|bus (?:hit|hitting) me|lorry (?:hit|hitting) me|car (?:hit|hitting) me)|when (?:he|she|they|the dog|the cat) (?:goes|go|dies|die)(?: .| ,)? i (?:go|am going|m going|im going)(?= *$| [.,~!]| too| as well| with)|ready to go(?: ${W}| ,){0,6} (?:sooner the better|the sooner the better|dont much care how|don t much care how|dont care how)|better off(?: ${W}| .| ,){0,6} (?:life insurance|the insurance|insurance (?:pays|would pay))|if i (?:wasnt|wasn t|was not|werent|weren t) (?:here|around)(?: ${W}| ,){0,4} (?:would|d|will) (?:get|have|inherit) (?:the|my) (?:house|money|insurance|savings)|(?:would|d|will) (?:throw a party|celebrate|be dancing)(?: ${W}){0,2} (?:if|when|once) i (?:was|were|m|am) (?:gone|dead|not here)|(?:happier|better off|easier)(?: ${W}){0,3} if (?:i|id|i d) (?:had )?died (?:in|during|giving) (?:childbirth|birth|labour)|might find out sooner (?:than|rather than) later(?<=funeral(?: ${W}| .| ,){1,20})|(?:one|a) bad (?:day|night|week) (?:away )?from doing something (?:stupid|silly|daft)|(?:closest|nearest) (?:thing|i can get) to (?:not existing|not being here|being dead|not being alive)|skip the rest of (?:my life|it|life)|(?:id|i d|i would) (?:rather|sooner) not be (?:at all|anywhere|alive|around)|(?:just )?not be (?:anywhere|at all)(?= *$| [.,~!])|(?:want|wanna|wanted|wish i could|like) to (?:just )?not be(?= *$| [.,~!?])|not planning on being (?:around|here)(?: ${W}){0,2} (?:when|that long|for long|much longer|by|after)(?![a-z0-9])|(?:just )?waiting to die(?= *$| [.,~!]| (?:really|honestly|tbh|[0-9]+)(?![a-z0-9]))|(?:like to|love to|peaceful|easier|worst thing|so bad)(?: ${W}){0,4} (?:if i )?(?:just )?(?:didnt|didn t|did not|to not|not to|not|never) (?:wake|woke|waking) up(?!(?: (?:early|late|on time|in time|at|before|until|till|so early|for (?:work|school)))(?= ))|(?:dont|don t|do not) see why (?:i|the rest of me|i should) should (?:hang around|stick around|stay|be here|carry on|keep going)|(?:not|no longer) doing (?:life|living)(?: any ?more)?(?= *$| [.,~!])|(?:dont|don t|do not) know how (?:much )?(?:longer|long) i can (?:keep going|go on|carry on)(?: like this)?(?= *$| [.,~!]| (?:to be honest|honestly|tbh)(?![a-z0-9]))|would it be so bad if i (?:just )?(?:didnt|didn t|did not|never) (?:come|go) (?:home|back)|(?:who|that) (?:finds|find|will find|ll find) me(?= *$| [.,~!]| (?:tomorrow|in the morning|first|after)(?![a-z0-9]))|(?:go|going|be) (?:and )?(?:be )?with (?:the|my|our) (?:baby|little one|angel)(?= *$| [.,~!]| wherever)(?<=${BABY_LOSS}(?: ${W}| .| ,){1,24})|(?:decided|going|gonna)(?: (?:im|i m|i am|to))? (?:going|go) with (?:him|her|them)(?= *$| [.,~!])(?<=${BABY_LOSS}(?: ${W}| .| ,){1,24})`,
    { subject: 'self', question: 'endingLife' },
  ),
  // Self-harm told as a relapse or a quirk
  crisis(
    'categories.harmToldLightly',
    ['selfHarm'],
    `(?:relapsed|relapse|slipped up)(?: ${W}| .| ,){0,8} (?:not (?:hurting|harming|cutting) myself|cutting|self harm|self harming|the razor|the blade|blades|cut (?:last night|again|today|this morning|myself))|(?:hit|hitting|punch|punched|punching|burn|burnt|burned|burning|bite|bit|biting|scratch|scratched|hurt|hurting) my (?:own )?(?:${W} )?(?:leg|legs|arm|arms|hand|hands|thigh|thighs|wrist|wrists)(?: ${W}){0,4} (?:to feel something|to feel anything|(?:till|until) it (?:marks|bleeds|bruises))|accidentally on purpose (?:burnt|burned|cut|hit|scalded|bit|hurt) (?:my|myself)|(?:cutting|cut|self harm|sh)(?: ${W}| .| ,){0,6} (?:did it|done it|did more|done more|did some more)(?: ${W}){0,3} (?:last night|this morning|today|again)|(?:did|done|did some) more(?= *$| [.,~!])(?<=(?:cutting|cut myself|cut again)(?: ${W}| .| ,){1,12})|(?<=^ |[.!~] )(?:cut|slit|slashed|sliced) my (?:wrists?|arms?|thighs?)`,
  ),
  possible(
    'categories.harmToldLightlyMaybe',
    ['selfHarm'],
    `(?:too|a bit too|bit too) friendly with (?:the|my) (?:razor|blade|blades|compass|scissors)|(?:urge|urges|want|wanting|tempted) to do something (?:stupid|silly|bad|daft) to my (?:arms?|legs?|wrists?|skin|body)|(?:still )?(?:got|have|keep|kept) (?:the |my |some )?(?:blades|razor blades|razors)(?: ${W}){0,4} just in case|(?:pressing|press|pressed|digging|dig|pinching) (?:on |at |into )?my (?:${W} ){0,2}(?:scar|stitches|wound|skin)(?: ${W}){0,2} (?:till|until|til) it (?:hurts|bleeds|marks|bruises)|(?:pulling|pulled|pull) (?:my )?hair out in (?:clumps|handfuls|chunks)|(?:pressing|press|pressed|digging|dig|dug) my (?:nails|fingernails) into my (?:hands?|palms?|arms?|skin|legs?)(?: ${W}){0,4} (?:bleed|bleeds|bled)`,
    { question: 'safeNow' },
  ),
  // Harm to others with a time or a weapon; a new parent's urges and fears
  crisis(
    'categories.harmPlannedLightly',
    ['harmToOthers'],
    `(?:getting|get|gets|paying|pay) (?:him |her |them )?a (?:little )?visit (?:tonight|today|later|tomorrow)(?: ${W}){0,2} ${WITH_WEAPON}|(?:im|i m|i am|ill|i ll|i will|im going to|gonna) (?:run|running) (?:him|her|them) (?:over|down)(?= *$| [.,~!])|(?:kill|murder|stab) (?:my |the )?(?:${W} )?(?:${PEOPLE}|him|her|them)(?: ${W}| .| ,){0,6} (?:i plan it|ive planned it|i ve planned it|planning it|planned it all)|(?:voices|they)(?: ${W}| .| ,){0,12} (?:going to|gonna|ill|i ll|i will) get (?:her|him|them) first|(?:want|wanna|wanted) to hurt (?:my |her |his |the )?(?:${W} )?(?:baby|newborn|toddler|little one)|(?:says|saying|thinks|believes|convinced|keeps saying)(?: that)? (?:the|our|my) baby (?:is|isnt|isn t|is not|s) (?:possessed|evil|the devil|not ours|not hers|not his|not real)|send (?:him|her|the baby) back to (?:heaven|god)`,
    { imminent: true },
  ),
  possible(
    'categories.harmFearedLightly',
    ['harmToOthers'],
    `(?:drive|driving|drove|walk|walking|sit|sitting|park|parked) (?:past|outside|by) (?:his|her|their) (?:house|flat|place|work)(?: ${W}){0,2} (?:most|every|all|each) (?:nights?|days?|evenings?)|(?:something|things) (?:to (?:him|her|them) )?(?:id|i d|i would|ill|i ll) (?:go down|go to prison|go to jail|get locked up|do time) for|(?:imagining|imagine|picture|picturing|thinking about|think about) what (?:id|i d|i would|i ll|ill|i could) do to (?:the|that) (?:man|bloke|guy|lad|woman|fella|person)|not (?:touched|hit|hurt) (?:them|him|her)(?: .| ,)? yet(?= *$| [.,~!]| the)|(?:walk|step|leave) away before i do something(?= *$| [.,~!]| (?:i|to)(?![a-z0-9]))|(?:urge|urges) to (?:squeeze|shake|smother|throw|drop|hurt)(?: (?:her|him|them|the baby))?(?<=(?:baby|newborn|crying|cry)(?: ${W}| .| ,){1,16})|(?:imagined|imagine|imagining|thought about|thinking about|think about|tempted to|going to|planning to|plan to) (?:putting|put|slipping|slip) something in (?:his|her|their|my (?:exs|ex s|housemates|flatmates|partners|wifes|husbands|bosss)) (?:protein )?(?:tea|drink|food|coffee|dinner|brew|shake|bottle|pint|water)`,
    { question: 'someoneInDanger', negatable: false },
  ),
  // Harm in pregnancy, and control told lightly
  crisis(
    'categories.harmInPregnancy',
    ['abuse'],
    `(?:held|holds|put|pushed|pressed) (?:a )?pillow (?:over|on) my (?:face|mouth|head)|(?:forced|made|making|force|makes) me (?:to )?(?:take|have) (?:the )?(?:abortion|termination)(?: pills?| tablets)?|(?:forcing|force|making|made) me (?:to )?have an? (?:abortion|termination)|(?:ill|i ll|i will|she ll|shell|shed|she d) be dealt with(?<=(?:honour|izzat|shame|brothers|uncles|family)(?: ${W}| .| ,){1,20})|(?:send|share|post|show) (?:the |my |her |his )?(?:pics|pictures|photos|nudes|images|videos)(?: ${W}){0,3} to (?:my|her|his|their) (?:mum|dad|parents|family|school|friends|followers|everyone)(?: ${W}){0,3} (?:if|unless) (?:i|she|he|they)|(?:saw|seen|watched|caught) (?:her|him|them|the carer|(?:the|a|one of the) (?:${W} )?(?:manager|carer|carers|nurse|staff|worker|colleague|owner)) (?:slap|slapping|hit|hitting|push|pushing|shove|punch|kick|pinch|hurt) (?:mum|dad|nan|gran|grandad|my mum|my dad|him|her|(?:a|the|one of the) (?:resident|patient|client|service user)s?)`,
  ),
  possible(
    'categories.controlToldLightly',
    ['abuse'],
    `(?:threw|thrown|throws|binned|hid|hides|hidden|flushed) (?:away )?my (?:pill|pills|contraceptive|contraception|pill packet|pill packets|condoms)(?: packets?)?(?: away)?|(?:makes|gets|made|got|tells) me (?:to )?delete (?:my|all my) (?:messages|texts|chats|history|search history)|(?:puts?|put|padlocks?|padlocked|locks?|locked) (?:a )?(?:lock|padlock) on the fridge|(?:says|said|thinks) my (?:friends|family|mates|mum|sister) (?:are|is) (?:a )?bad influence(?: ${W}| .| ,){0,6} (?:dont|don t|do not|never|cant|can t) (?:really )?(?:see|visit|talk to) (?:anyone|them|anybody)|(?:hes|he s|he is|shes|she s|she is) not violent(?: or anything)?(?: ${W}| .| ,){0,10} (?:careful what i say|eggshells|scared|afraid|frightened|terrified)|(?:says|said|tells me|told me)(?: that)? (?:no one|nobody|noone) (?:else )?(?:would|will|d) (?:have|want|love) me|if i (?:ever )?(?:leave|left|go|tell (?:the|my) (?:midwife|doctor|nurse|police|health visitor))(?: ${W}| ,){0,3} (?:hell|he ll|he will|shell|she ll|she will|hed|he d) (?:make sure i )?(?:never see|take) (?:the kids|the children|the baby|my kids|my children|my baby)|(?:he|hubby|husband|partner|boyfriend)(?: ${W}| ,){0,10} grabbed my (?:arm|arms|wrist|wrists|neck|throat|hair)|is (?:that|it|this) (?:still )?(?:classed|counted|classified) as (?:abuse|domestic abuse|domestic violence)|(?:ring|call|phone) me (?:only )?(?:between [0-9]+ and [0-9]+ )?(?:when|while) (?:he s|hes|he is) (?:at work|out|not (?:in|home|here|there)|asleep|away)(?= *$| [.,~!]| not (?:after|when)(?![a-z0-9]))`,
    { question: 'someoneHurting' },
  ),
  // Emergencies of pregnancy and after birth, and of everyday life told lightly
  medical(
    'categories.birthBleed',
    'heavyBleeding',
    `(?:soaked|soaking|soak|bled|bleeding) (?:through )?(?:[0-9]+|a|two|three|four|several) (?:maternity )?(?:pads?|towels?)(?: ${W}){0,3} (?:in|within|every) (?:the last |an |a |half an )?(?:hour|hr|[0-9]+ (?:mins|minutes))|clots (?:the size of|as big as|bigger than) (?:a |an |my )?(?:fist|golf ball|golfball|plum|orange|lemon|egg|palm|tennis ball)|(?:bleeding|bleed|blood)(?: bright red| heavily)? (?:at|and im|and i m|and i am) (?:[2-4][0-9]) (?:weeks|wks)(?!(?: (?:ago|old|pp|postpartum|after|post))(?= ))|(?:suddenly )?(?:heavy|heavier) again(?: and bright red)?(?<=(?:pp|postpartum|post partum|after (?:the )?birth|since (?:the )?birth|had (?:the )?baby)(?: ${W}| .| ,){1,20})`,
  ),
  medical(
    'categories.birthPain',
    'otherEmergency',
    `(?:positive (?:pregnancy )?test|pregnancy test (?:was |is |came back )?positive|test (?:was |is )?positive)(?: ${W}| .| ,){0,10} (?:one sided|pain (?:on|in) (?:one|my (?:left|right)) side|low down on the (?:left|right)|shoulder tip|shoulder pain)`,
  ),
  possible(
    'categories.birthWarning',
    ['medicalEmergency'],
    `(?:section|c section|wound|scar|stitches)(?: ${W}){0,4} (?:red|hot|red and hot|oozing|weeping)(?: ${W}| .| ,){0,8} (?:shivery|shivering|feverish|temperature|temp|fever|achy|shaking)|(?:sleepy|yellow|jaundiced)(?: ${W}| ,){0,6} (?:not (?:really )?waking|wont wake|won t wake|hard to wake) (?:up )?for (?:feeds|a feed|feeding)|(?:seeing (?:sparkles|spots|stars|flashing lights|zigzags)|sparkles in my (?:eyes|vision)|rings (?:wont|won t|will not|dont|don t) (?:go on|fit)|pain under my (?:right )?ribs)(?=(?: ${W}| .| ,){0,16} (?:[2-4][0-9]) (?:weeks|wks))`,
    { question: 'safeNow', flag: 'otherEmergency' },
  ),
  medical(
    'categories.everydayEmergencyLightly',
    'otherEmergency',
    `(?:(?:ate|eaten|had) (?:something with )?(?:peanuts?|nuts|sesame|shellfish|prawns)(?: in)?|(?:peanut|nut|sesame|shellfish) allergy(?: ${W}| ,){0,2} (?:ate|eaten|had))(?: ${W}| .| ,){0,10} (?:wheezing|wheezy|throats? (?:is |s )?(?:getting |going )?(?:closing|tight|swelling)|lips (?:are )?swelling|tongue (?:is )?swelling)|(?:spots|spotty bits|rash|marks|dots|blotches)(?: ${W}){0,4} (?:that )?(?:dont|don t|do not|doesnt|doesn t|wont|won t) (?:go|fade|disappear)(?: away)? when (?:i|you) (?:press|push|roll)|(?:elephant|ton of bricks)(?: s| has| is)? (?:sat|sitting|standing) on (?:my|his|her) chest|(?:gone|went|fallen|fell|fall) down(?: ${W}| ,| .){0,4} (?:isnt|isn t|is not|not|no|wont|won t) (?:answering|responding|waking|answer|talk|talking)|(?:cant|can t|cannot) feel my (?:legs|bum|bottom|privates)(?: ${W}| .| ,){0,10} (?:wet myself|wet the bed|cant wee|can t wee|cant pee|can t pee)`,
  ),
  possible(
    'categories.everydayWarningLightly',
    ['medicalEmergency'],
    `spreading(?: ${W}){0,3} (?:past|beyond|outside) the (?:pen )?line|(?:breathless|short of breath|cant breathe|can t breathe) (?:when )?(?:lying|laying) (?:flat|down)|(?:need|needs|sleeping on|propped up on) (?:[3-9]|three|four|five) pillows(?: now)?(?: ${W}| .| ,){0,8} (?:ankles|legs|feet) (?:are |like )?(?:swollen|balloons|puffy)`,
    { question: 'safeNow', flag: 'breathlessness' },
  ),
];

/**
 * Very short messages (fragments, one-word replies, one-thumb typing, "n" for "and", no capitals) and
 * people writing about sport, fitness, gaming and the body (gym regulars, footballers and boxers,
 * runners, steroid users, eating disorders, all-night gamers, betting). The classes: where someone is
 * now, said in a fragment (on the bridge now, on the tracks, sat on a window ledge, at the river and
 * sorry for everything, the top floor of a car park right now) and a rope said to be in the shed or the
 * boot; a plan in a fragment (doing it tonight or now, planned for a day, a room booked to do it in,
 * bleach to be drunk, the cat rehomed and "it's time", decided to go once the dog is seen to, not alive
 * by Friday or here by morning); a wish to die in a fragment or in sport's words (wishing one had not
 * survived, "shouldn't be here", fed up of living, tired of it all and of oneself, thoughts of not being
 * around or of just stopping, who would come to the funeral, what happens to one's benefits or debts
 * "if you die, asking for me", a heart that could give out on the treadmill, a car that could clip one,
 * not coming back from the race, not getting back up in the ring, the final whistle on one's life, how
 * quick the quarry would be); self-harm in sport and eating disorders (hurt "on purpose", an injury run
 * on to make it hurt, hitting something "to feel something", a belt taken to one's legs, marks hidden
 * under tape or sleeves, scars one wants to open, days clean and struggling, cutting most nights,
 * laxatives by the box); harm to others (someone "getting it tonight" whose address is known, a car to
 * be torched, a knife bought for a rival, not trusting oneself round the children, "one more word",
 * hurting someone "not in the ring", finishing a fight); abuse in a fragment (phone checked or answered,
 * kicks off if tea is late, can only come if he drives, not hit "yet", an arm grabbed hard, names in
 * front of the children, typing only while he is in the shower, a mum's boyfriend who scares, outside
 * the door now, broken in and still here, made to do things, paid for by his mates, videos posted if one
 * leaves, a coach who wants a young player alone, waking at someone's flat after his "vitamins", a
 * parent's "sort you out like last time"); and emergencies in a fragment or from sport (a low sugar with
 * shaking, double a dose by mistake, a headache with a stiff neck, fainting again and again, right-sided
 * pain with a temperature, a hot sleepy baby, breathless walking to the loo, a wound that will not stop,
 * cola-coloured pee after a workout, a knock to the head then sickness or double vision, a fat burner
 * and burning up, a chest that feels heavy, a swollen leg then breathlessness, a pop in the chest that
 * hurts to breathe, water drunk by the litre then confusion, a cold blue foot after a tackle, an
 * injection site hot with a fever, caffeine pills by the handful, a blow to the throat, purging with
 * blood or a skipping heart, breathless with swollen ankles, a heart racing at rest).
 */
const SHORT_AND_SPORT: readonly CrisisRule[] = [
  // Where someone is now, said in a fragment
  possible(
    'categories.atTheEdgeNow',
    ['suicidal'],
    `(?:(?<=^ |[.!~] )|(?<= (?:im|i m|i am) ))(?:sat |sitting |stood |standing )?(?:on|at) (?:the )?(?:top floor of (?:the )?(?:${W} )?|edge of (?:the )?)?(?:${PLACE}|tracks|window ledge|river|canal|sea wall)(?: ${W}){0,3} (?:now|right now)(?= *$| [.,~!])|(?<=^ |[.!~] )(?:im |i m |i am )?(?:sat |sitting |stood |standing |lying |laid )?on the (?:train |railway )?tracks(?= *$| [.,~!]| (?:by|near|at)(?![a-z0-9]))|(?:sat|sitting|stood|standing) on (?:the|a|my) (?:window )?ledge(?= *$| [.,~!])|(?:at|on|by) the (?:river|bridge|sea|cliff|cliffs|tracks|quarry)(?: .| ,)? (?:im|i m|i am) (?:so )?sorry(?: for everything)?|(?<=^ |[.!~] )(?:the )?(?:rope|ropes|noose)(?: is| s)? (?:in|under|up in|ready in|hidden in) (?:the|my) (?:shed|boot|garage|loft|car|wardrobe|bag|van|attic|drawer)`,
    { question: 'safeNow' },
  ),
  // A plan in a fragment
  crisis(
    'categories.shortPlan',
    ['suicidal'],
    `(?:gonna|going to|about to|im going to|ill|i ll|i will) (?:drink|swallow|neck) (?:it|the lot|the bottle)(?= *$| [.,~!])(?<=(?:bleach|antifreeze|weedkiller|paraquat)(?: ${W}| .| ,){1,8})|(?:gonna|going to|about to) (?:drink|swallow|neck) (?:the |some |a bottle of )?(?:bleach|antifreeze|weedkiller)|(?:booked|booking|got|rented) (?:a )?(?:hotel )?(?:room|airbnb) to do it in|(?:wont|won t|will not) be alive (?:by |on |for |at |come )?${A_DAY}(?= *$| [.,~!])|(?:rehomed|rehoming|found a home for|given away|gave away) (?:the|my) (?:cat|dog|pets?|cats|dogs)(?: ${W}| .| ,){0,4} (?:its|it s|it is) time(?: now)?(?= *$| [.,~!])`,
    { imminent: true },
  ),
  possible(
    'categories.shortPlanMaybe',
    ['suicidal'],
    `(?<=^ |[.!~] )(?:im |i m |i am )?doing it (?:tonight|now|today|right now)(?= *$| [.,~!])|(?:planned|planning) it for ${A_DAY}(?= *$| [.,~!])|not (?:be )?(?:here|around|alive) by (?:the )?(?:morning|tomorrow|tonight|the weekend|monday|friday)(?= *$| [.,~!])|(?:decided to go|decided im going|decided i m going)(?: ${W}| .| ,){0,12} (?:dog|cat|pets?) (?:is |are )?(?:looked after|taken care of|fed|rehomed)`,
    { question: 'endingLife' },
  ),
  // A wish to die in a fragment, or in sport's words
  possible(
    'categories.shortWish',
    ['suicidal'],
    `(?:wish|wished) (?:id|i d|i had|i) (?:not|never|hadnt|hadn t|didnt|didn t) (?:survived|woken up|been found|made it)(?= *$| [.,~!]| last| the)|(?<=^ |[.!~] )(?:i )?(?:shouldnt|should not|shouldn t) (?:even )?be here(?= *$| [.,~!])|(?:fed up|sick) (?:of|with) (?:living|being alive|existing)(?= *$| [.,~!]| (?:like|literally|tbh|honestly)(?![a-z0-9]))|tired(?: .| ,)? of (?:it all|everything)(?: .| ,)? (?:of me|of myself|of being me)|(?:thoughts?|thinking|think) (?:i dont like |i don t like )?(?:about|of) (?:just )?(?:not being (?:around|here|alive)|stopping(?: .| ,)? (?:stopping )?(?:everything|it all))|(?:anyone|anybody|who) (?:would|d|will) (?:actually |even |really )?(?:come|turn up|go) to my funeral|what happens to (?:ur|your|my|the) (?:benefits|debts?|money|house|pension|savings)(?: ${W}){0,2} if (?:u|you|i|someone) (?:die|dies|died)(?= (?:. |, )?asking for (?:me|myself|reasons|a reason|no reason))|(?:hope|hoping|hopes|wouldnt care|wouldn t care|wouldnt mind|wouldn t mind|easier|wish|want|wanna)(?: ${W}){0,10} (?:heart (?:just )?(?:gave|gives|give|would give) out|finish(?:es|ed)? (?:my heart|me) off|(?:dont|don t|do not|didnt|never) come back from(?!(?: (?:holiday|hols|the holiday|my holiday|abroad|the break|leave|maternity))(?= ))|not (?:get|getting) back up|(?:car|bus|lorry|van) (?:just )?(?:clipped|clips|hit|hits|ran over|runs over) me)|(?:final whistle|final bell|full time) (?:on|for) (?:my life|me)|game over (?:irl|in real life)|(?:thinking|think|thought|wondering)(?: ${W}){0,2} how quick (?:it|itd|it d) (?:would |d )?be(?= *$| [.,~!])(?<=(?:${PLACE}|quarry|train|drop|balcony|lorry|motorway|river|sea)(?: ${W}| .| ,){1,16})`,
    { subject: 'self', question: 'endingLife' },
  ),
  // Self-harm in sport and eating disorders
  crisis(
    'categories.shortHarm',
    ['selfHarm'],
    `(?<=^ |[.!~] )(?:yes |yeah |ya |yep )?(?:cutting|self harming|burning myself) (?:most|every|some) (?:nights|days|mornings)(?= *$| [.,~!])|(?:take|took|taking|takes) (?:my |a |the |dads |my dads |his )?(?:old )?(?:belt|cane|skipping rope|cable) to my (?:own )?(?:legs|arms|back|thighs|body)`,
  ),
  possible(
    'categories.shortHarmMaybe',
    ['selfHarm'],
    `(?:infected|hurt|hurts|injure|injured|injury|fracture|broken|bleed|bleeding|burn|burnt|bruise|bruises|bruised)(?: ${W}| ,){0,6}(?<! not| never| wasnt| wasn t) on purpose|on purpose(?: ${W}| .| ,){0,4} (?:i )?(?:want|wanted|need|needed) (?:it )?to hurt|(?:wanted |want |just |needed |need )?to feel something(?= *$| [.,~!])(?<=(?:hit|hitting|punched|punch|broke|broken|burn|burnt|cut|took|taken|paracetamol|pills|tablets|bag|wall|on purpose|bled)(?: ${W}| .| ,){1,14})|(?:so|cos|because|to hide|hide)(?: ${W}){0,5} (?:dont|don t|cant|can t|wont|won t|do not) see (?:the|my) (?:marks|cuts|scars)|long sleeves(?: ${W}| .| ,){0,4} (?:you|u) know why|(?:want|wanna|urge|tempted|itching) to (?:open|reopen) (?:them|it|my scars|the scars|the cuts)(?: back)?(?: up)?(?<=(?:scars?|cuts?|wounds?)(?: ${W}| .| ,){1,8})|[0-9]+ (?:days|weeks|months) clean(?: .| ,)? (?:struggling|finding it hard|urges|so close)|(?:laxatives|diet pills|water pills|diuretics)(?: ${W}| ,){0,8} (?:a whole box|whole box|box at a time|packet at a time|the whole packet|loads at once|[1-9][0-9]+ at (?:a time|once))`,
    { question: 'safeNow' },
  ),
  // Harm to others
  crisis(
    'categories.shortHarmOthers',
    ['harmToOthers'],
    `(?:hes|he s|shes|she s|theyre|they re|hes gonna|he is) (?:getting|gonna get|going to get) it (?:tonight|today|later)(?= *$| [.,~!])(?<=(?:know|knows|found out) where (?:he|she|they|my ${W}|the ${W}|his ${W}|her ${W}) (?:lives|live|works|drinks)(?: ${W}| .| ,){1,6})|(?:torch|torching|torched|set fire to|setting fire to|petrol bomb|petrol bombing) (?:his|her|their|my exs|my ex s|the) (?:${W} )?(?:car|house|flat|van|shop|door)|(?:bought|got|sharpened|brought) (?:a|the|my) ${WEAPON} for (?:my |his |her |the |that )?(?:exs |ex s )?(?:new )?(?:ex|bloke|fella|man|guy|lad|boyfriend|girlfriend|neighbour|boss|him|her|them)(?!(?: ${W}){0,2} (?:birthday|christmas|kitchen|present|gift|cooking|camping|fishing))`,
    { imminent: true },
  ),
  possible(
    'categories.shortHarmOthersMaybe',
    ['harmToOthers'],
    `(?:cant|can t|cannot|dont|don t) trust myself (?:round|around|with|near) (?:my |the |our )?(?:kids|children|baby|son|daughter|dog|cat|partner|wife|husband|him|her|them)|scared of myself (?:round|around|near|with) (?:my |the |our )?(?:kids|children|baby|son|daughter|dog|cat|partner|wife|girlfriend|husband)|(?:gonna|going to|about to) snap and do something to (?:him|her|them)|one more word (?:from|out of) (?:him|her|them)(?: ${W}){0,3} (?:i swear|and i ll|and ill|n i)|(?:kill|hurt|hurting|killing|smash|batter) (?:him|her|them|someone|somebody|people)(?: ${W}){0,2}(?: .| ,)? not (?:the (?:boxing|fighting|sparring|ring) kind|in the ring|in a boxing way|on the pitch)|(?:wanting|want|wanted|urge|urges) to (?:smash|kick) (?:peoples|people s|someones|someone s|his|their) (?:heads|head|face|faces) in|(?:want|going|gonna) to finish what i started(?= *$| [.,~!])(?<=(?:went for|lost it|punched|hit|fight|attacked|swung at|kicked off)(?: ${W}| .| ,){1,14})`,
    { question: 'someoneInDanger', negatable: false },
  ),
  // Abuse in a fragment, and in sport
  crisis(
    'categories.shortAbuse',
    ['abuse'],
    `(?:hes|he s|he is|shes|she s|she is|my ex is|ex is) (?:outside|at) (?:the|my) (?:door|window|house|flat)(?: now| right now)?(?: .| ,)? (?:scared|terrified|frightened|help)|(?:broke|broken|kicked|smashed) (?:in|the door in|the door down)(?: again)?(?: .| ,)? (?:hes|he s|shes|she s|they re|theyre) still (?:here|in the house|inside)|(?:mates|friends|men|blokes|people|guys) (?:pay|paid|pays) (?:him|her|them) for me|if i (?:leave|left|tell|go)(?: (?:him|her|them|anyone|someone))? (?:hell|he ll|he will|shell|she ll|she will|hed|he d|theyll|they ll) (?:post|share|send|leak|put up|upload) (?:the|my|those|our) (?:videos|pics|pictures|photos|nudes|images)|(?:woke up|came round|woke) (?:at|in) (?:his|her|their|a strangers|someones) (?:flat|house|place|car|room|bed)(?<=(?:gave me|spiked|drink|drinks|vitamins|pills|something)(?: ${W}| .| ,){1,12})|if i (?:dont|don t|do not)(?: ${W}){1,5} (?:hell|he ll|he will|shell|she ll|she will) (?:sort me out|batter me|leather me|belt me|give me a (?:hiding|beating)|do me in)(?: ${W}| .| ,){0,2} (?:like (?:last time|before)|again)`,
  ),
  possible(
    'categories.shortAbuseMaybe',
    ['abuse'],
    `(?<=^ |[.!~] )(?:he |she )?(?:checks|goes through|reads) my (?:phone|texts|messages) every (?:night|day|evening)|(?:dont|don t|do not) (?:ring|call|phone)(?: me)?(?: .| ,)? (?:he|she) (?:answers|checks|has|takes) my phone|(?:he|she|hubby|husband|partner) (?:kicks off|goes mad|goes off on one|loses it|flips) (?:if|when) (?:${W} ){1,2}(?:late|not (?:ready|done|perfect|right))|can only (?:come|go|get out|leave|go out|attend) if (?:he|she) (?:drives|takes|brings|comes with) me|(?:hes|he s|he has|shes|she s) not (?:hit|touched|hurt) me(?: .| ,)? yet|grabs my (?:arm|wrist|neck|hair)(?: ${W}){0,2}(?: .| ,)? (?:hard|tight)|calls me names in front of (?:the|our|my) (?:kids|children)|(?:can|could) only (?:type|text|message|talk|ring) (?:when|while) (?:hes|he s|he is|shes|she s) (?:in the shower|asleep|out|at work)|(?:mums|mum s|my mums|dads|dad s|my dads) (?:new )?(?:boyfriend|girlfriend|partner|fella) (?:scares|frightens|hurts|touches) me|(?:makes|made|make) me do (?:stuff|things)(?: ${W}| .| ,){0,4} (?:i )?(?:dont|don t|do not|didnt) (?:want|like)|(?:coach|manager|pt|trainer|instructor|captain)(?: ${W}| .| ,){0,12} (?:if i (?:dont|don t|do not|didnt) (?:come|go) to (?:his|her) (?:hotel room|room|flat|house|car)|(?:stay behind|come round|come over) alone|shuts the door|locks the door)`,
    { question: 'someoneHurting' },
  ),
  // Emergencies in a fragment, and from sport
  medical(
    'categories.shortEmergency',
    'otherEmergency',
    `(?:sugar|sugars|bm|blood sugar|bg|glucose|levels?)(?: is| s| was| of| at| down to| dropped to)? [0-2]\\.[0-9](?: ${W}| .| ,){0,6} (?:shaking|shaky|sweating|sweaty|confused|drowsy|wont wake|can t wake|cant wake|not making sense|fitting|passed out)|(?:pee|wee|urine|piss)(?: is)? (?:like |the colour of |dark like |brown like )?(?:coke|cola|dark brown|brown)(?<=(?:spin|workout|session|gym|crossfit|squats|training|class|run|marathon|legs)(?: ${W}| .| ,){1,16})|(?:sparring|match|game|fight|tackle|boxing|rugby|concussion|concussed|knocked out|ko|head)(?: ${W}| .| ,){0,14} (?:seeing double|double vision|slurring|slurred)|(?:dnp|fat burner|fat burners)(?: ${W}| .| ,){0,10} (?:burning up|sweating|temperature|temp|hot|heart (?:is )?(?:pounding|racing)|shaking)|(?:pop|popped|snap|tear|tore)(?: ${W}){0,3} (?:in )?(?:my )?chest(?: ${W}| .| ,){0,8} (?:hurts to breathe|painful to breathe|cant breathe|can t breathe|short of breath|breathless)|(?:drinking|drunk|drank|had) (?:loads|lots|litres|so much|gallons) of water(?: ${W}| .| ,){0,10} (?:confused|confusion|fitting|vomiting)|(?:foot|feet|hand|toes|fingers|leg|arm) (?:has |have |is |are |s )?(?:gone |going |turned )?(?:cold|white|pale|blue)(?: and)? (?:blue|pale|white|numb|cold)(?<=(?:tackle|fall|fell|break|broken|ankle|knee|injury|twisted|dislocated|weird shape|swollen|cast)(?: ${W}| .| ,){1,16})|(?:hit|elbow|punch|kick|blow|knee|shot|strike|chop) (?:to|in) the (?:throat|neck)(?: ${W}| .| ,){0,10} (?:hard to (?:swallow|breathe)|cant swallow|can t swallow|cant breathe|voice (?:is |has )?gone)|(?:too many|loads of|a load of|a handful of|[0-9]+) (?:caffeine|pre workout|fat burner|diet|ephedrine|clen) (?:pills|tablets|caps|capsules|scoops)(?: ${W}| .| ,){0,10} (?:shaking|been sick|vomiting|heart|chest|palpitations|racing)|heart (?:is )?(?:going|racing|beating|pounding) (?:at |like |over )?(?:1[5-9][0-9]|2[0-9][0-9])(?: ${W}){0,3} (?:sat|sitting|resting|at rest|lying)`,
  ),
  medical(
    'categories.shortChest',
    'chestPain',
    `chest (?:has |had |s )?(?:felt|feels|feeling|been feeling|gone|been) (?:really |so |very )?(?:heavy|crushing)(?= (?:since|after|during|on|all|for|when)(?![a-z0-9]))(?!(?: ${W}){0,5} (?:cold|cough|flu|infection|covid|virus|bug)(?![a-z0-9]))`,
  ),
  medical(
    'categories.shortClot',
    'breathlessness',
    `(?:leg|calf)(?: ${W}){0,4} (?:swollen|hot|red|painful)(?: ${W}| .| ,){0,16} (?:short of breath|breathless|cant breathe|can t breathe|chest pain|hurts to breathe)`,
  ),
  medical(
    'categories.shortInjectionSite',
    'sepsisSigns',
    `(?:injection site|pinning|pinned|pin site|jab site|injecting|injected)(?: ${W}| .| ,){0,10} (?:red|hot|swollen|massive)(?: ${W}| .| ,){0,10} (?:fever|temp|temperature|shakes|shivering|shivery|rigors)`,
  ),
  medical(
    'categories.shortBleed',
    'heavyBleeding',
    `(?:cant|can t|cannot|wont|won t) stop (?:my|the|his|her) (?:arm|leg|wrist|hand|thigh|cut|wound) (?:from )?bleeding`,
  ),
  possible(
    'categories.shortWarning',
    ['medicalEmergency'],
    `(?:took|taken|had) (?:double|2 lots of|two lots of|twice) (?:my |the |his |her )?(?:${W} )?(?:${DRUGS}|dose)(?: ${W}){0,3} (?:by (?:mistake|accident)|accidentally)|headache(?: ${W}| .| ,){0,6} (?:neck (?:is )?stiff|stiff neck)|(?:neck (?:is )?stiff|stiff neck)(?: ${W}| .| ,){0,6} headache|(?:keep|keeps|kept) (?:fainting|passing out|blacking out)|(?:make myself sick|making myself sick|purging|purge)(?: ${W}| .| ,){0,16} (?:blood in it|heart (?:keeps )?(?:doing|skipping|racing|fluttering|pounding)|extra beats|palpitations|fainting|fainted|passing out)|pain(?: in)? (?:my |the )?(?:right|bottom right|lower right) (?:side )?(?:tummy|stomach|abdomen|belly)?(?: ${W}| .| ,){0,6} (?:high temp|temperature|fever|being sick|vomiting)|(?:babys|baby s|baby is|little ones|lil ones|lil one s) (?:3[89]|40)(?:\\.[0-9])?(?: ${W}){0,3} (?:sleepy|floppy|drowsy|wont wake|lethargic)|(?:baby|little one|lil one|toddler)(?: ${W}){0,2} (?:sleepier|more sleepy|floppier|drowsier) than (?:normal|usual)(?: ${W}){0,2} (?:and )?(?:spotty|a rash|hot|a temp|burning up|blotchy)|(?:breathless|out of breath|short of breath)(?: just)? (?:walking|going) to the (?:loo|toilet|bathroom|kitchen|door)|(?:breathless|short of breath|sob)(?: ${W}| .| ,){0,8} (?:ankles|legs|feet) (?:are |have |have gone )?(?:swelling|swollen|puffy)`,
    { question: 'safeNow', flag: 'otherEmergency' },
  ),
];

/**
 * Time and tense, and seasons, weather and the home. The classes: an end tied to a date (a day
 * "decided" on, "that's my date", an exit date, a last day planned for a birthday, "it's planned for
 * the 1st" after no wish to see the spring, "ending it Sunday", "going to do it, it's all planned",
 * a plan that was always for after someone died); a second time meant to work ("properly this time",
 * "won't stop myself this time", "got a plan this time", more pills saved "this time"); a wish tied
 * to the calendar (gone or dead "by Sunday", not around anyway after an event, no intention of seeing
 * the spring, not seeing oneself make it to a birthday, "might not be here" after "what's the point",
 * counting down to not having to be here, "how many more I've got in me", a mercy to go this winter,
 * the cold that could take them, asking God to take them, easier if the flood had taken them too,
 * hoping to go under a car); a home emergency with the season in it (a ventilator, oxygen or
 * dialysis machine off in a power cut or its battery running down, someone stone cold or shivering
 * and barely responding, gas smelt strongly, a boiler or fire with headaches and someone fainting or
 * the boiler gone sooty, muddled in a house of a few degrees, a fall with someone barely moving, a
 * second seizure, lips or tongue tingling since a new antibiotic, a leg swollen since a flight and now
 * breathless).
 */
/** A machine that keeps someone alive at home. */
const HOME_LIFELINE =
  '(?:ventilator|vent|oxygen(?: machine| concentrator)?|concentrator|dialysis(?: machine)?|suction(?: machine)?|feeding pump|cpap)';
const TIME_AND_SEASONS: readonly CrisisRule[] = [
  // An end tied to a date; a second time meant to work
  crisis(
    'categories.datedEnd',
    ['suicidal'],
    `(?:decided|decide|made my mind up)(?: that)? ${A_DAY} (?:is|s|will be) the (?:day|night)(?= *$| [.,~!]| (?:i (?:go|die|do it|end it|leave|join)|im (?:going|gone|done)|i m (?:going|gone|done))(?![a-z0-9]))|(?:thats|that s|that is) my date(?= *$| [.,~!])|(?:decided|made my mind up)(?: that)? (?:its|it s|it is|this is|tomorrow is|tomorrows) (?:going to be )?my last(?: one| birthday| christmas)?(?= *$| [.,~!])(?<=(?:birthday|[0-9]+(?:st|nd|rd|th)|christmas)(?: ${W}| .| ,){1,16})|my (?:exit|end|leaving) date|planning for (?:it|${A_DAY}) to be my last (?:day|night)|(?:its|it s|it is) planned for ${A_DAY}(?<=(?:no intention of|not planning on|not going to be|wont be|won t be)(?: ${W}| .| ,){1,16})|(?:going to|gonna|will) do it(?: ${W}| ,){0,10} (?:its all|it s all|its|it s|everythings|everything s|everything is) (?:all )?(?:planned|sorted|arranged)(?= *$| [.,~!])|the plan (?:was|has) always (?:been )?(?:for )?(?:after|when|once) (?:mum|dad|my ${W}|${W}) (?:dies|died|goes|went|passes|passed)|(?:do it|get it right|finish (?:it|the job)) properly this time|(?:not|wont|won t|dont think im going to|don t think i m going to|dont think ill|don t think i ll) stop myself this time|(?:got|has|have|with) a plan this time|this time (?:ive|i ve|i have) (?:saved|got|stockpiled|kept|collected) (?:up )?(?:more|enough|extra|twice as many)`,
    { subject: 'self', imminent: true },
  ),
  possible(
    'categories.datedWish',
    ['suicidal'],
    `(?:(?<=^ |[.!~] )|(?:ill|i ll|i will|im|i m|i am) (?:be )?)(?:gone|dead) by (?:${A_DAY}|then|the weekend|new year|the end of the (?:week|month)|the time)(?= *$| [.,~!]| (?:sorry|x|the|when)(?![a-z0-9]))(?!(?: [.,~!])?(?: ${W}){0,4} (?:holiday|holidays|away|abroad|off|flying|flight|trip|visit|visiting|staying|moving|moved|back|work|working|travelling|cruise)(?![a-z0-9]))|(?:im|i m|i am) ending it (?:on )?(?:${A_DAY}|this weekend|next week)(?= *$| [.,~!])|(?:not|wont|won t|never) (?:going to be|gonna be|be) (?:around|here) (?:anyway|by then)(?= *$| [.,~!]| ive| i ve)|(?:decided|made my mind up)(?: that)? (?:im|i m|i am) not (?:going to|gonna) (?:see|make it to) (?:the )?(?:spring|summer|christmas|new year|next year|my (?:[0-9]+(?:st|nd|rd|th)|birthday))|(?:no|not) (?:intention of|planning on|bothered about|fussed about) (?:seeing|making it to) (?:the )?(?:spring|summer|christmas|new year|next year|my (?:[0-9]+(?:st|nd|rd|th)|birthday))|(?:dont|don t|cant|can t) (?:really )?see myself making it to|(?:i )?(?:might|may) not be (?:here|around)(?= *$| [.,~!])(?<=(?:point|bother|bothering)(?: ${W}| .| ,){1,10})|counting down to (?:when|the day) i (?:dont|don t|wont|won t) (?:have to )?be (?:here|around)|(?:dont|don t) know how many more (?:ive|i ve|i have) got in me|(?:a mercy|a blessing|for the best) if i (?:went|go|died|slipped away)|(?:the cold|winter|this winter|it|god|allah) (?:could|can|would|will|might) take me(?: tonight| this winter)?(?: ,)? and i (?:wouldnt|wouldn t|would not|wont|won t) (?:fight|mind|care)|(?:keep |keeps |been )?asking (?:him|god|allah) to take me|(?:easier|better) if (?:it|the (?:flood|water|fire|crash)) had taken me|hoping i (?:go|get|went) under (?:a|the) (?:car|bus|lorry|train)`,
    { subject: 'self', question: 'endingLife' },
  ),
  // A home emergency with the season in it
  medical(
    'categories.lifelineOff',
    'breathlessness',
    `${HOME_LIFELINE}(?: s| is| has)?(?: ${W}| .| ,){0,8} (?:power cut|power is off|powers off|power s off|no power|run out of (?:fuel|power|battery)|ran out of (?:fuel|power|battery)|(?:an hour|hour|minutes|mins) of battery|gone off|stopped working|is dead|s dead|died)|(?:power cut|powers off|power s off|power is off|no power)(?: ${W}| .| ,){0,6} (?:my |his |her |the |dads |mums |my ${W}s |${W} s )?${HOME_LIFELINE}(?: s| is| has)? (?:gone off|stopped|dead|died|not working)`,
  ),
  medical(
    'categories.coldCollapse',
    'collapse',
    `(?:stone cold|ice cold|freezing|so cold|shivering|blue with cold|hypothermic)(?: ${W}| .| ,){0,10} (?:barely (?:responding|conscious|breathing)|not responding|unresponsive|slurring|(?:cant|can t|cannot) keep (?:her|him|them) awake|wont wake|won t wake)|(?:fell|fallen|fall|came off)(?: ${W}| .| ,){0,8} (?:barely (?:moving|responding|conscious)|not moving|unresponsive)`,
  ),
  medical(
    'categories.gasAndFumes',
    'otherEmergency',
    `(?:smell|smelling|smells of|reeks of|stinks of) gas (?:really |so |very )?(?:strongly|strong|everywhere)|(?:boiler|gas fire|heater|stove)(?: ${W}| .| ,){0,12} (?:fainted|passed out|collapsed|unconscious)(?<=(?:headaches?|sick|dizzy)(?: ${W}| .| ,){1,24})`,
  ),
  medical(
    'categories.seizureAgain',
    'collapse',
    `(?:seizure|fit|convulsion)(?: ${W}| .| ,){0,8} (?:now|and now) (?:hes|shes|he s|she s|theyre|they re|im|i m) (?:having|had|gone into) (?:another|a second|another one|a 2nd)`,
  ),
  possible(
    'categories.newMedicineReaction',
    ['medicalEmergency'],
    `(?:since|after) (?:i |he |she )?(?:started|starting|taking|took|had) (?:the |a |my |his |her )?(?:new )?(?:antibiotic|antibiotics|amoxicillin|penicillin|tablets|medication|meds)(?: ${W}| .| ,){0,8} (?:lips?|tongue|face|throat) (?:are |is |s )?(?:tingly|tingling|swelling|swollen|tight)`,
    { question: 'safeNow', flag: 'anaphylaxis' },
  ),
  possible(
    'categories.clotAfterTravel',
    ['medicalEmergency'],
    `(?:swollen|painful|sore)(?: ${W}| .| ,){0,6} since (?:the |my |a )?(?:flight|long flight|long drive|coach trip)(?: ${W}| .| ,){0,8} (?:short of breath|breathless|sob)`,
    { question: 'safeNow', flag: 'breathlessness' },
  ),
  possible(
    'categories.fumesOrColdWarning',
    ['medicalEmergency'],
    `(?:headache|headaches|feel sick|feeling sick|dizzy|drowsy)(?: ${W}| .| ,){0,20} (?:boiler|gas fire|heater|fire)(?: s| has| is)?(?: been)?(?: gone| going)?(?: all)? (?:sooty|soot|black marks|yellow flames?|orange flames?)|(?:muddled|confused|slurring|drowsy)(?: ${W}| .| ,){0,12} (?:house|flat|home|room)(?: is| s)? (?:only |just |about )?(?:[0-9]|1[0-3]) degrees`,
    { question: 'safeNow', flag: 'otherEmergency' },
  ),
];

/**
 * Identity and study: LGBTQ+ people and students (halls, exams and results day, nights out, binding,
 * hormones, families and faith), some writing by phone dictation. The classes: a family, a partner or a
 * faith group pressing a young person to change (made "straight" or "normal", taken to an exorcism,
 * deliverance or healing sessions, a clinic to "sort out" their sexuality or gender, being gay called a
 * wound to be healed); a family using a home, money, a name or a door against them (rent stopped unless
 * they leave a girlfriend, a loan taken because they "owe" for being like this, their name refused at
 * home, a bedroom door taken off to watch them, a threat to ring the college if they see that girl
 * again); binding that hurts (with tape or bandages, until the skin breaks, "I want it to hurt") and
 * binding with dizziness or breathlessness; self-harm hidden or gone too far ("the cutting thing again",
 * cuts moved to the hips so a partner won't see, gone too deep); an end tied to an exam or results day
 * (a plan for after the last exam with the pills ready, doing it on results day, no "me" after the
 * grades); an edge (over the railings of a bridge, stepping off the end of a pier, driving off a harbour);
 * revenge planned with means (a room set on fire while someone sleeps, making the people who attacked
 * them pay with a knife, a lecturer taken "down with me", a knife carried to use); and the emergencies of
 * nights out and clinics (MDMA with overheating and water, a headache with light hurting and a fever,
 * sex with a partner who is HIV positive without PrEP, a chest swollen and tight after top surgery).
 * Spoken punctuation ("full stop", "comma") is left as words; the older rules were widened for spiking,
 * nothing remembered after a drink, hormones hidden or poured away, a threat to out someone, a birthday
 * or a new year decided on as the last, everything else in the cupboard, a shotgun key and a relapse
 * told as "cut last night".
 */
/** Words of being gay, bi or trans, or a partner of the same sex, near a practice meant to change it. */
const QUEER =
  '(?:gay|lesbian|bi|bisexual|trans|queer|pansexual|non binary|my girlfriend|my boyfriend|sexuality|gender|came out|coming out|being like this)';
const IDENTITY_AND_STUDY: readonly CrisisRule[] = [
  // Pressure to change, and a family's leverage
  possible(
    'categories.conversionPressure',
    ['abuse'],
    `(?:make|made|making|turn|turning|pray|praying|prayed) (?:me|him|her|them|it) (?:straight|normal again)(?= *$| [.,~!]| (?:and|or|hes|shes|he s|she s|if|when)(?![a-z0-9]))|(?:taking|take|took|sending|send|sent|booked|book|making|make|made|forcing|force) (?:me|him|her|them)(?: ${W}){0,3} (?:to |go to |do |have |get |into )?(?:an? )?(?:exorcism|exorcisms|deliverance|healing sessions?|conversion (?:therapy|camp|course))|(?:have to|has to|got to|must|make me|making me|forcing me to|want me to|wants me to) (?:do|go to|attend|have|start) (?:${W} ){0,2}(?:healing|deliverance|conversion|exorcism) (?:sessions?|therapy|camp|ministry|course)|(?:clinic|camp|therapy|programme|retreat|church|pastor|counsellor)(?: ${W}){0,5} (?:sort out|cure|fix|heal|change|pray away) (?:my|his|her|their) (?:confusion|sexuality|gender|gayness)|being (?:gay|trans|bi|lesbian|queer) is (?:a |an )?(?:wound|sickness|illness|disease|sin|demon|curse)(?: ${W}){0,3} (?:that |which )?(?:can|will|must|could) be (?:healed|cured|fixed|prayed away)|(?:exorcism|deliverance)(?<=${QUEER}(?: ${W}| ,| \\.){1,16})`,
    { question: 'someoneHurting' },
  ),
  possible(
    'categories.familyLeverage',
    ['abuse'],
    `(?:stopped|stop|stopping|wont|won t|refuse to|refuses to|not) (?:letting me|let me|allowed to) (?:use|go by) my (?:name|pronouns|chosen name|new name)|door off(?: the hinges)?(?: ${W}){0,3} (?:so (?:he|she|they) can|to) (?:keep an eye on|watch|see|check on|spy on) me|(?:stop|stopped|cut off|stops) (?:paying )?(?:for )?(?:my )?(?:rent|allowance|money|fees|phone|tuition)(?: ${W}){0,2} (?:if|unless) i (?:(?:dont|don t|do not) )?(?:break up with|dump|stop seeing|keep seeing|see) (?:my |her |him |them |that |the )?(?:${W} )?(?:girlfriend|boyfriend|partner|gf|bf|girl|boy|guy)|(?:takes|took|taking|keeps) (?:all )?(?:of )?my (?:student loan|loan|bursary|wages|benefits|money)(?: ${W}| ,){0,8} (?:says i owe|i owe (?:her|him|them))(?: ${W}){0,4} (?:for )?(?:putting up with|being like this|being gay|being trans|what i am)|if (?:im|i m|i am|i) (?:talking|talk|speaking|speak|seeing|see|texting|text|messaging) to (?:that|this|the) (?:girl|boy|guy|woman|man|lad)(?: again)? (?:shell|she ll|hell|he ll|theyll|they ll|she will|he will|theyre going to)`,
    { question: 'someoneHurting' },
  ),
  // Binding that hurts, self-harm hidden or gone too far
  possible(
    'categories.bindingHurts',
    ['selfHarm'],
    `(?:binding|bind|bound|binds) (?:my chest |my boobs )?(?:with|using) (?:duct tape|gaffer tape|gaffa tape|tape|sellotape|parcel tape|bandages?|ace bandages?|cling film|clingfilm|a belt|belts)|(?:bind|binding|binder)(?: ${W}| ,| \\.){0,20} (?:i )?(?<!(?:no|not|without|any|isnt|no sign of) )(?:want it to hurt|so it hurts|(?:to|till|until) it hurts|broken skin|skin (?:is |s )?broken|(?:ribs|chest) (?:are |is )?bleeding)`,
    { question: 'safeNow' },
  ),
  crisis(
    'categories.harmHiddenOrDeep',
    ['selfHarm'],
    `(?:doing|started|start|been doing|back to) the (?:cutting|self harm|sh|burning) thing(?: again)?|(?:cutting|cut|cuts|burning|burns)(?: ${W}){0,6} (?:on|to) my (?:hips|thighs|stomach|ribs|chest|upper arms)(?: now)? so (?:my ${W}|no one|nobody|people|they|she|he|mum|dad)(?: ${W})? (?:doesnt|does not|dont|don t|wont|won t|cant|can t) see|(?:gone|cut|went) too deep(?: this time)?(?<=(?:blade|blades|razor|razors|cut|cutting|knife|sharpener)(?: ${W}| \\.| ,){1,14})|cutting under (?:my|the|his|her) binder`,
  ),
  // An end tied to an exam or results day; an edge
  crisis(
    'categories.examDayEnd',
    ['suicidal'],
    `(?:going to|gonna|will|ill|i ll) do it (?:on|after) (?:results day|(?:my )?(?:last|final) exam|graduation|my viva)|plan (?:for|on) (?:after )?(?:my |the )?(?:last exam|final exam|exams|results day|results|graduation|resits?)(?: ${W}| ,| \\.){0,8} (?:${DRUGS}|rope|knife|razor|blades)`,
    { subject: 'self', imminent: true },
  ),
  possible(
    'categories.examDayWish',
    ['suicidal'],
    `(?:there isnt|there is not|there is no|theres no|there s no|there wont be|there will not be) (?:a |any )?me after (?:that|it|results day|the exams?|the grades)`,
    { subject: 'self', question: 'endingLife' },
  ),
  crisis(
    'categories.overTheRailings',
    ['suicidal'],
    `(?:im|i m|i am|ive been|i ve been|been|standing|stood|sat|sitting|climbed|climbing|gone|got) (?:on |over |to |onto )?(?:the )?(?:wrong|other) side of the (?:railings?|barriers?|fence|rail|safety rail) (?:on|of|at) (?:the |a )?(?:${W} )?(?:bridge|pier|car park|multi storey|viaduct|cliff|roof|balcony|platform)`,
    { imminent: true },
  ),
  possible(
    'categories.offTheEnd',
    ['suicidal'],
    `(?:thinking|thought|think) (?:of|about) (?:just )?(?:stepping|jumping|walking) off(?<=(?:pier|bridge|harbour|cliff|edge|roof|balcony|platform|car park|quay)(?: ${W}| ,| \\.){1,12})|(?:drive|driving|drove) (?:it|the car|my car|the van) (?:off|into) (?:the )?(?:end of the |edge of the )?(?:harbour|pier|cliff|quarry|dock|quay|sea|river|canal)`,
    { question: 'endingLife' },
  ),
  // Revenge planned with means
  crisis(
    'categories.revengePlanned',
    ['harmToOthers'],
    `(?:make|making) (?:him|her|them|the (?:${W} ){1,8})pay(?: ${W}| ,){0,8} (?:ive got a (?:knife|blade|bat)|i ve got a (?:knife|blade|bat)|got a (?:knife|blade|bat) now|i know where (?:he|she|they) (?:drink|drinks|live|lives|work|works))|(?:set|setting) fire to (?:his|her|their|my ${W}s?) (?:room|house|flat|car|door|bed)(?: ${W}| ,){0,4} (?:while|when) (?:hes|he s|shes|she s|theyre|they re|he is|she is|they are) (?:asleep|sleeping|in (?:it|there|bed))`,
    { imminent: true },
  ),
  possible(
    'categories.revengeFeared',
    ['harmToOthers'],
    `(?:taking|take|bring|bringing|drag|dragging) (?:him|her|them|my ${W}|the ${W}) down with me(?: ${W}| ,){0,4} (?:i )?know (?:what car|which car|where) (?:he|she|they) (?:drives|lives|parks|works)|(?:carrying|carry|carried|bought|got) (?:a )?(?:knife|blade|machete|bat)(?: ${W}| ,){0,10} (?:ill|i ll|i will|im going to|going to) use it(?= *$| [.,~!])`,
    { question: 'someoneInDanger' },
  ),
  // Emergencies of nights out, binding and clinics
  possible(
    'categories.nightOutAndClinic',
    ['medicalEmergency'],
    `(?:took|taken|had|on) (?:something|mandy|md|mdma|molly|pills|ecstasy|a pill|an e|pingers)(?: ${W}| ,){0,10} (?:too hot|so hot|burning up|overheating)(?: ${W}| ,){0,8} (?:water|drinking)|(?:headache|head (?:is |s )?(?:pounding|banging|killing))(?: ${W}| ,| \\.){0,8} (?:light hurts|hurts to look at (?:the )?light|cant look at (?:the )?light|stiff neck)(?: ${W}| ,| \\.){0,8} (?:fever|feverish|temp|temperature|hot|shivery)|(?:hiv positive|hiv pos|hiv)(?: ${W}| ,){0,4} (?:not undetectable|detectable)(?: ${W}| ,| \\.){0,6} (?:not on prep|no prep)|(?:binding|binder)(?: ${W}| ,){0,6} (?:dizzy|breathless|short of breath|cant breathe|can t breathe|fainted|passed out)|(?:dizzy|breathless|short of breath|fainted|passed out)(?: and (?:dizzy|breathless))?(?: ${W}){0,3} (?:after|from|while|when) (?:binding|wearing (?:my|a) binder)|(?:top surgery|surgery|op|operation)(?: ${W}| ,){0,10} (?:swollen|gone massive|massive)(?: ${W}| ,){0,3} (?:tight|tense|hard|painful)`,
    { question: 'safeNow', flag: 'otherEmergency' },
  ),
];

/**
 * Work and belief: shift, NHS and care staff, drivers, warehouse and site workers, teachers, police and
 * veterans, zero-hours and gig workers, people facing HR, redundancy or a bullying boss, and people
 * whose church, mosque, gurdwara, mandir or synagogue runs through what they say. The classes: a
 * worker's means at hand (knowing which chemicals or how much "would do it", a bottle of something
 * from work in the bag, the engine running with a hose, disposable barbecues "not for a barbecue",
 * bleach to be drunk, "next time I'm not coming down" after a roof or the water); a place gone to
 * tonight (the woods, the line, the river, the sea "with my boots on"); a wish to die in the words of
 * work or faith (heaven wanted "already", a martyr's paradise that "must be nice", giving up because
 * God gave up, peace made with God "going tonight", a sin to wish one had never been born, a world
 * quieter without them, a purpose served, wishing it had been them and not the lads, a will written
 * for no reason one can name, the life insurance read over and over, the pension if one dies in
 * service, disappointed to wake, the fast trains watched from the platform, dead to the family and
 * "might as well be" or "make it real"); self-harm at work (a burn or a blow on purpose, a head hit
 * against the van "till I see stars", cuts where the hijab and sleeves hide them, a band snapped on
 * the wrist till it marks, gloves left off so the bleach stings); harm to others at work (a weapon
 * brought in, a forklift or van driven at someone, a knife in the locker, acid thrown, petrol and
 * knowing where the manager lives, taking the management "with me", a gang with bats for a new lad,
 * thoughts of hurting the patients one looks after, driving past the house of someone who wronged
 * them, someone to be "taught a lesson" for leaving a husband); abuse in the name of honour or faith
 * (a demon beaten out, held down to cast out spirits, a husband told to discipline a wife, a hand
 * held on the hob, "next time it's me", threats tied to honour, izzat or zina, a boss who says "you
 * owe me", blocked in a doorway, "there'll be trouble" if one goes to a group); and emergencies at
 * work (chemicals splashed in the eye, a mate in a tank with fumes and not answering, a number of
 * tablets taken by mistake, a cut gone red up the arm with a fever, a numb hand and a face that
 * feels different). Said of a course, a role or a story, the same words stay
 * ordinary, and a laughed-off "I'll top myself haha" at a dreaded chore is asked about, not answered
 * in full.
 */
/** Where someone goes to end their life, as a worker or a believer names it. */
const WATER_OR_LINE = `(?:woods|forest|train line|railway|tracks|river|sea|canal|quarry|reservoir|docks|${PLACE})`;
/** Things a worker has to hand that can kill: chemicals, poisons, work drugs. */
const WORK_POISON =
  '(?:chemical|chemicals|plant|lab|pesticide|pesticides|weedkiller|acid|cyanide|bleach|caustic|antifreeze|poison|poisons|sheep dip)';
/** Someone at work, as a colleague names them. */
const WORKMATE =
  '(?:supervisor|manager|boss|foreman|gaffer|line manager|team leader|hr manager|hr|management|management team|owner|director|colleague|new guy|new lad)';
const WORK_AND_BELIEF: readonly CrisisRule[] = [
  // A worker's means at hand; a place gone to tonight
  crisis(
    'categories.workMeansAtHand',
    ['suicidal'],
    `(?:know|knows) (?:exactly )?(?:which ones?|how much|how many|what dose)(?: of (?:them|it))? (?:would|will|d|is enough to) (?:do it|do the job|be enough|kill me|finish me off)(?= *$| [.,~!]| and)|(?:ive|i ve|i have|im|i m) (?:put|got|taken|brought|hidden|kept) (?:a bottle|a drum|a tub|a can|a jar|some|the stuff)(?: ${W}){0,3} (?:in|from) (?:my|the) (?:bag|locker|car|van|cab)(?<=${WORK_POISON}(?: ${W}| .| ,){1,20})|(?:going|gonna|im going) to drink (?:it|the (?:bleach|weedkiller|antifreeze|chemicals?|stuff))(?= *$| [.,~!])(?<=(?:bleach|weedkiller|antifreeze|chemical|chemicals|caustic|poison)(?: ${W}| .| ,){1,16})|engine running(?: ${W}| .| ,){0,3} (?:and )?(?:a |the |my )?(?:hose|hosepipe|pipe)|(?:bbqs?|barbecues?|charcoal)(?: ${W}| .| ,){0,12} (?:its|it s|theyre|they re|and|but) not (?:for )?(?:a |the )?(?:bbq|barbecue)(?= *$| [.,~!])|next time (?:im|i m|i am|i) (?:not|wont|won t|will not) (?:coming down|come down|stop|stopping|turn back|coming back)(?= *$| [.,~!])(?<=(?:roof|edge|bridge|canal|river|sea|water|cliff|ledge|line|tracks|driving in|drive in)(?: ${W}| .| ,){1,24})|(?:going|goin|heading|walking|driving) (?:down |up |out )?(?:to|into|in to) (?:the )?(?:${W} )?${WATER_OR_LINE}(?: ${W}){0,4} (?:tonight|after (?:tonights|my|the) shift)(?<=(?:goodbye|goodbyes|notes|statement|dead|shame|killed|nobody|no one|wont|won t|sorry|done|over)(?: ${W}| .| ,){1,30})|going in (?:tonight|today)(?: ${W}){0,2} with my (?:boots|clothes|coat|uniform) on|made my peace with (?:god|allah|the lord|everyone|it)(?: ${W}| .| ,){0,4} (?:going|go|leaving) (?:tonight|today|now|tomorrow)|dead to (?:them|him|her|the family|my family)(?: ${W}| .| ,){0,8} (?:make it real|make it true)`,
    { subject: 'self', imminent: true },
  ),
  // A wish to die in the words of work or faith
  possible(
    'categories.workOrFaithWish',
    ['suicidal'],
    `(?:heaven|jannah|paradise|the next life|the afterlife)(?: ${W}| .| ,){0,12} (?:(?:like|want|love) to be there(?: already)?|be there already|must be nice)(?= *$| [.,~!])|(?:might|may) as well give up too(?<=(?:god|allah|the lord|jesus|he|faith)(?: ${W}| .| ,){1,12})|(?:is it a sin|a sin|wrong) to (?:wish|want) (?:i|you|youd|you d|id|i d) (?:had )?never been born|(?:world|house|place|office|ward|everyone|everything)(?: ${W}){0,2} (?:would|d) be (?:quieter|calmer|lighter|simpler) without me|(?:ive|i ve|i have) served my purpose|wish(?:ing|ed)? (?:it|that it) (?:was|were|had been) me (?:instead|not (?:him|her|them))|(?:wrote|written|made|done|did) (?:a|my) will(?: ${W}| .| ,){0,10} (?:not (?:totally |really |entirely )?sure why|dont know why|don t know why)|(?:keep|keeps) (?:getting|taking|reading|looking at|checking) (?:the |my )?(?:life insurance|death in service)(?: policy| payout| cover| papers)?(?: out)?(?: and (?:reading|looking at|checking) it)?(?= *$| [.,~!])|(?:pension|life insurance|death in service)(?: ${W}| .| ,){0,12} (?:if you die|if i die|if i died|when i die)(?: ${W}| .| ,){0,12} (?:think about it|thinking about it|asking because|asking for me)|(?:disappointed|gutted) (?:that )?i (?:did|do|woke|woke up|wake up|still wake(?: up)?)(?= *$| [.,~!])(?<=(?:wake|waking|woke|sleep|sleeping)(?: ${W}| .| ,){1,12})|(?:standing|stand|stood|sit|sitting)(?: ${W}){0,6} watching the (?:fast ones|fast trains|express|trains that dont stop) (?:go |come )?(?:through|past)|dead to (?:them|him|her|the family|my family)(?: ${W}| .| ,){0,10} (?:might|may) as well be|wish the (?:floor|ground|earth) would (?:just )?swallow me(?: ${W}| .| ,){0,6} never`,
    { subject: 'self', question: 'endingLife' },
  ),
  // "I'll top myself haha" after a dreaded chore: benign.ts hides the words, and what is left is asked about
  possible(
    'categories.jokedEnd',
    ['suicidal'],
    `(?:ill|i ll|i will|id|i d|im going to|i m going to|gonna) ~ (?:haha|hahaha|lol|lmao|xd)(?![a-z0-9])`,
    { subject: 'self', question: 'endingLife' },
  ),
  // Self-harm at work
  crisis(
    'categories.harmAtWorkOnPurpose',
    ['selfHarm'],
    `(?:burn|burnt|burned|burning|scald|scalded|scalding|cut|hit|hitting|bang|banging|banged) my (?:${W} )?(?:arm|arms|hand|hands|head|wrist|wrists|leg|legs|thigh|thighs)(?: ${W}){0,6} on purpose|(?:hitting|hit|banging|bang|banged) my head (?:against|on|off) (?:the |a )?(?:${W} )?(?:wall|door|floor|desk|locker|steering wheel)(?: ${W}){0,3} (?:till|until|til) (?:i|it)|(?:cut|cutting) (?:where|so) (?:my )?(?:${W} )?(?:and (?:my )?)?(?:sleeves|clothes|hijab|uniform|tights|shorts|top|sleeve)(?: ${W})? (?:cover|covers|hide|hides)`,
  ),
  possible(
    'categories.harmAtWorkMaybe',
    ['selfHarm'],
    `(?:snap|snapping|ping|pinging|flick|flicking) (?:a |an |the |my )?(?:hair bobble|bobble|hair tie|elastic band|rubber band|band) (?:on|against) (?:my|their|your) wrist(?: ${W}){0,3} (?:till|until|til) it (?:marks|hurts|stings|bleeds)|(?:purposely|on purpose|deliberately) (?:dont|don t|do not|not) wear (?:the |my )?gloves(?: ${W}){0,6} so (?:it|they) (?:stings|sting|burns|burn|hurts|hurt)`,
    { question: 'safeNow' },
  ),
  // Harm to others at work
  crisis(
    'categories.harmAtWork',
    ['harmToOthers'],
    `(?:bring|bringing|take|taking) (?:a |the |my )?${WEAPON} (?:in|into work|to work|in to work)(?: ${W}| .| ,){0,4} (?:and )?(?:cave|caving|smash|smashing|stab|stabbing|batter|battering|do|hit|hitting|kill|killing)|(?:drive|driving|drove|ram|ramming|rammed) (?:the |a |my )?(?:forklift|truck|van|lorry|car|bus|taxi|digger|tractor) (?:into|at|over) (?:him|her|them|the (?:${W} )?${WORKMATE})|(?:drove|driven|drive) at (?:him|her|them)(?: ${W}| .| ,){0,4} (?:stopped|stopping) (?:just )?short|${WEAPON}(?: s| is| are)? (?:in|under|inside) (?:my|the) (?:locker|bag|van|cab|boot|seat)(?<=(?:stab|kill|hurt|cave|batter|wait for (?:him|her)|do (?:him|her) in)(?: ${W}| .| ,){1,20})|(?:throw|throwing|chuck|chucking) (?:acid|bleach|petrol|boiling water|ammonia) (?:at|on|over|in) (?:him|her|them|his|her)|(?:petrol|fuel|a jerry can|lighter fluid)(?: ${W}| .| ,){0,8} (?:know|found out) where (?:he|she|they|the (?:${W} )?${WORKMATE}) (?:lives|live)|(?:taking|take|takin) (?:the (?:whole |entire )?(?:management|management team|office|board|department|lot of them)|them all|all of them) (?:down )?with me(?= *$| [.,~!]| i mean it)|(?:jump|do over|batter|go for)(?: ${W}){1,4}(?: ${W}| .| ,){0,10} (?:bats|knives|weapons|bars|a bat|a knife|machetes) in (?:the|their|his) (?:car|van|boot)`,
    { imminent: true },
  ),
  possible(
    'categories.harmAtWorkFeared',
    ['harmToOthers'],
    `(?:thoughts|thinking|urges|urge|images|pictures) (?:about|of) (?:hurting|harming|smothering|hitting|poisoning) (?:the |my )?(?:patients|residents|clients|pupils|service users|people|kids|children) (?:i|we) (?:look after|care for|teach|work with|support|nurse)|(?:know|found out) where (?:he|she|they|the (?:${W} ){1,5}(?:lives|live))(?: ${W}| .| ,){0,10} (?:driven|drove|walked|been|go|gone) past|teach (?:her|him|them|my (?:${W} )?(?:cousin|sister|brother|daughter|niece|wife)) a lesson for (?:leaving|shaming|dishonouring|running off|going with|marrying)`,
    { question: 'someoneInDanger' },
  ),
  // Abuse in the name of honour or faith, and at work
  crisis(
    'categories.faithOrHonourAbuse',
    ['abuse'],
    `(?:beat|beating|beaten|hit|hitting|whip|whipping) (?:it|the (?:demon|devil|evil|jinn|spirit)s?) out(?: of (?:me|her|him))?|(?:demon|demons|devil|jinn|evil spirit|spirits)(?: ${W}| .| ,){0,14} (?:held|hold|holds|holding|pinned) (?:me|her|him) down|(?:held|hold|holds|holding|pinned) (?:me|her|him) down(?: ${W}| .| ,){0,10} (?:cast out|drive out|beat out|get out|casting out) (?:the )?(?:demons?|devil|jinn|spirits?)|(?:discipline|punish|correct|beat) me(?: ${W}){0,2} (?:.|,) (?:he|she|they) did|(?:held|holds|pressed|pushed|forced|put) my (?:hand|arm|face|head) (?:on|onto|against|into|in) (?:the )?(?:hob|cooker|iron|oven|radiator|fire|kettle|boiling water)|(?:said|says|told me|texted) next time (?:it ll|itll|it will|its|it s|it is) (?:be )?me(?= *$| [.,~!])`,
  ),
  possible(
    'categories.honourOrWorkControl',
    ['abuse'],
    `(?:izzat|honour|dishonoured|dishonour|shame|zina)(?: ${W}| .| ,){0,16} (?:(?:ill|i ll|you ll|youll) see what happens|something (?:will|ll|is going to) happen|(?:brothers|family|dad|uncles|father|cousins) (?:will|ll|would|are going to|d) (?:kill|hurt|deal with|punish) (?:me|her|him|us))|(?:boss|manager|supervisor|gaffer|landlord|owner)(?: ${W}| .| ,){0,14} (?:says|said) (?:i|you) owe (?:him|her)|(?:stands|stood|standing) in the (?:doorway|door)(?: ${W}){0,3} so i (?:cant|can t|cannot|couldnt) (?:get past|get out|leave)|(?:therell|there ll|there will) be trouble(?= *$| [.,~!])(?<=if i (?:go|went|see|talk|leave|tell)(?: ${W}| .| ,){1,16})`,
    { question: 'someoneHurting' },
  ),
  // Emergencies at work
  medical(
    'categories.chemicalInEye',
    'otherEmergency',
    `(?:splashed|splash|sprayed|got|squirted|flicked) (?:some )?(?:of )?(?:the )?(?:${W} )?(?:caustic|bleach|chemical|chemicals|acid|oven cleaner|drain cleaner|cleaning stuff|ammonia|lime|cement|alkali|degreaser)(?: stuff)? (?:in|into) (?:(?:my|his|her|their|both|one) )?(?:eye|eyes)|(?:caustic|bleach|chemicals?|acid|oven cleaner|drain cleaner|ammonia|cement|alkali|degreaser)(?: stuff)? (?:splashed|sprayed|squirted|went|got) (?:in|into) (?:(?:my|his|her|their|both|one) )?(?:eye|eyes)`,
  ),
  medical(
    'categories.confinedSpace',
    'collapse',
    `(?:tank|silo|sewer|manhole|vat|confined space|slurry pit|pit)(?: ${W}| .| ,){0,12} (?:not answering|not responding|unresponsive|collapsed|passed out|gone quiet)`,
  ),
  medical(
    'categories.staggeredParacetamol',
    'overdose',
    `(?:extra|too many|too much|more than (?:i should|the dose|it says|(?:im|i m|i am|youre|you re|you are) (?:meant|supposed) to)|double(?: (?:the|my))?(?: dose)?(?: of)?)(?: ${W}){0,3} (?:paracetamol|co codamol|cocodamol)(?: ${W}| ,){0,8} (?:through|throughout|all through|over|across|for) (?:the |a |[0-9]+ |two |three |four |a few |several |the last (?:[0-9]+ |two |three |few )?)?(?:day|days|weekend|week)|(?:paracetamol|co codamol|cocodamol)(?: ${W}| ,){0,8} (?:9|1[0-9]|2[0-9]|ten|twelve|sixteen) (?:a|per|each|every) day`,
  ),
  medical(
    'categories.tabletsByNumber',
    'overdose',
    `(?:like|about|around|maybe|over) (?:[1-9][0-9]) of (?:my|his|her|the|mums|dads) ${DRUGS}|(?:took|taken|had) (?:an )?extra lot of (?:my|his|her) ${DRUGS}`,
  ),
  medical(
    'categories.redUpTheArm',
    'sepsisSigns',
    `(?:shaking|fever|temp|temperature|shivering|shivery)(?: ${W}| .| ,){0,20} (?:gone|going|spreading|tracking) red up (?:my|his|her) (?:arm|leg)`,
  ),
  possible(
    'categories.workBodyWarning',
    ['medicalEmergency'],
    `(?:numb|numbness|tingling)(?: ${W}){0,4} (?:hand|arm)(?: ${W}| .| ,){0,6} face (?:feels|looks|is|has gone) (?:different|weird|funny|droopy|numb)`,
    { question: 'safeNow', flag: 'strokeSigns' },
  ),
];

/**
 * Said and asked: how a crisis is carried by the way a thing is said rather than by its words. The
 * classes: an end tied to a condition ("if the tribunal goes against me that's it" with a how already
 * decided, "if I don't get the PIP back I'm not carrying on", "if they take the house I'll be going
 * with it"); a denial that undoes itself ("not going to do anything stupid but" letters written "just
 * in case", "I promise, but I can't promise about tomorrow", "not gonna do anything. probably."); a
 * screening question answered falsely (a plan denied, "no suicidal ideation" written because they
 * lied, "clumsy" or "he says I fell" over bruises, burns told to a nurse as cooking, "show me your
 * wrists" refused, "not hurting myself, well, not much"); an appointment that will not be needed
 * because they will not be alive (a no-show because they were dead, "thanks for trying, won't need
 * the appt", sorted "one way or another" by then, not making it to next week); farewell words sent,
 * forwarded or drafted ("don't blame yourselves", "look after the dog for me" and a mind not
 * changed, "saying goodbye" not corrected, "would you be ok if I wasn't here" meant, the last family
 * dinner "I'm at" from someone low, peace made and thanks said, "pills taken" after sorry, tablets
 * taken "not sure how many", the stuff bought and everything ready, someone egging them on to do it);
 * passive wishes asked as questions (not bothered if hit by a bus, insulin stopped to "let things
 * happen", carers who have stopped wanting to live, people who keep surviving attempts, drink with
 * tablets "would they just go to sleep", one step on the platform); control and fear at home told
 * through what the abuser says or does ("look what you made me do", it being "my fault he gets
 * angry", losing it when answered back, tablets kept off them, deciding what one eats and who one
 * sees, a photo of where one is sent every hour, not safe at home, "he's back. scared", "what he does
 * to me", he must not know where one is going, a refuge asked about, a pregnancy he will "deal with"
 * himself); threats to others told conditionally (a manager made to pay "properly", scared of doing
 * worse after breaking a nose, "leaving in an ambulance" before going round, a car to be burnt); and
 * emergencies talked down by someone ("only indigestion" and grey and sweating, a nut with lips or
 * voice going, someone else's tablets taken by mistake, confusion and a racing heart since new
 * tablets, nothing kept down and no wee, heroin and strange snoring, breathless lying flat with
 * swollen ankles, a young baby with a fever not feeding, legs weak and numb "down below", everything
 * in the cupboard taken). Said of a film, a quiz or a board game, a dash that corrects a pun, or a
 * question about a dissertation, the same words stay ordinary (benign.ts).
 */
/** Nuts and the foods people react to, named before signs of a reaction. */
const ALLERGEN =
  '(?:peanuts?|peanut butter|nuts?|nut bar|cashews?|almonds?|hazelnuts?|sesame|shellfish|prawns)';
/** Medicine started recently, as a patient or a carer names it. */
const NEW_TABLETS = '(?:new|the new) (?:tablets|tabs|meds|medication|medicine|pills|antidepressants?|dose)';
const SAID_AND_ASKED: readonly CrisisRule[] = [
  // An end tied to a condition
  possible(
    'categories.conditionalEnd',
    ['suicidal'],
    `if (?:i|they|the|he|she|it|my|we)(?: ${W}){1,8} (?:thats|that s|that is) it(?= *$| [.,~!]| (?:im|i m|for me)(?![a-z0-9]))(?=(?: ${W}| ,| \\.){0,12} (?:(?:im|i m|i am) (?:done|finished|gone)|(?:thought|decided|planned|worked out) how))|(?:no way|not) (?:im|i m|i am|ill be|i ll be|i will be) (?:carrying on|going on|sticking around)(?<=if (?:i|they|the|he|she|it|my|we)(?: ${W}| ,){1,14})|(?:im|i m|i am) not (?:carrying on|going on)(?= *$| [.,~!])(?<=if (?:i|they|the|he|she|it|my|we)(?: ${W}| ,){1,14})|(?:ill|i ll|i will) be going with it(?= *$| [.,~!])(?<=if (?:i|they|the|he|she|it|my|we)(?: ${W}| ,){1,14})|(?:not|wont|won t|will not|never) (?:go|going|be going|be sent|get sent) back(?: to)?(?: ${W}){0,3} alive(?<=if (?:i|they|the|he|she|it|my|we|no)(?: ${W}| ,){1,14})|(?:already )?know what (?:i will|ill|i ll|im going to|i am going to|i must|to) do(?= *$| [.,~!])(?<=if (?:i|they|the|he|she|it|my|we|no)(?: ${W}| ,){1,10} (?:refuse|refused|refusal|negative|no|reject|rejected|fail|fails|failed|deport|deported|send me back)(?: ${W}| ,){0,10})`,
    { subject: 'self', question: 'endingLife' },
  ),
  // A denial that undoes itself
  possible(
    'categories.denialUndone',
    ['suicidal'],
    `(?:not going to|not gonna|wont|won t|will not|not about to) do anything(?: stupid| silly| daft| tonight)?(?: (?:i )?promise)?(?: ${W}| ,| \\.){0,10} (?:probably(?= *$| [.,~!])|(?:but|though) (?:i )?(?:cant|can t|cannot) promise|just in case(?= *$| [.,~!]| can| and)|(?:but|though) (?:ive|i ve|i have) (?:written|wrote|got|saved|bought|kept|made))|(?:not|never) in danger (?:right )?now(?: ,| \\.)? (?:i )?(?:just )?(?:have|got|ve got) a plan(?: for| if| when)`,
    { subject: 'self', question: 'endingLife', negatable: false },
  ),
  // A screening question answered falsely
  possible(
    'categories.askedAndLied',
    ['suicidal'],
    `(?:a plan|suicidal|ideation|thoughts of (?:suicide|ending|killing)|end (?:it|my life)|kill myself|safe)(?: ${W}| \\.| ,){0,12} (?:(?:that|it|which) (?:wasnt|was not|isnt|is not|wasn t) true|(?:only )?because i lied|i lied(?= *$| [.,~!]| to)|i was lying)`,
    { subject: 'self', question: 'endingLife', negatable: false },
  ),
  possible(
    'categories.injuryExplainedAway',
    ['abuse'],
    `(?:clumsy|(?:i )?fell|tripped|walked into (?:a|the) (?:door|wall|cupboard))(?: ${W}| \\.| ,){0,8} (?:(?:that|it) (?:wasnt|was not|isnt|wasn t) true|i lied|was a lie)|(?:bruises|bruise|bruising|marks|black eye)(?: ${W}| \\.| ,){0,10} (?:he|she|they) (?:says|said|tells (?:everyone|people)) i (?:fell|tripped|walked into)`,
    { question: 'someoneHurting', negatable: false },
  ),
  possible(
    'categories.harmExplainedAway',
    ['selfHarm'],
    `(?:told|tell|said to) (?:the |my )?(?:nurse|doctor|gp|teacher|mum|dad|everyone|people|them|him|her)(?: that)? (?:the |my )?(?:burns|cuts|scars|marks|scratches) (?:were|was|are) (?:from|off|an accident)(?!(?: ${W}){0,3}(?: and| ,) (?:they|it) (?:were|was|really were|really was)(?= ))|show me your (?:wrists|arms|legs)(?: ${W}| ,){0,3} (?:and )?i (?:wouldnt|would not|didnt|refused|said no)|(?:told|tell) (?:him|her|them|everyone)(?: that)? i (?:had|have|d)(?: stopped)? but i (?:hadnt|hadn t|havent|haven t|had not)(?<=(?:yourself|cutting|hurting|harming|burning|self harm)(?: ${W}| ,| \\.){1,14})|(?:not|never) (?:hurting|cutting|harming|burning) myself(?: \\.| ,)? (?:well|ok|okay)(?: ,)? not (?:much|often|that much|really)|(?:havent|have not|not) (?:cut|self harmed|harmed)(?: ${W}){0,4} (?:for|in) (?:${W} ){1,2}(?:years?|months?|weeks?)(?: ${W}| ,){0,6} (?:bought|got|ordered|buying) (?:new |some |more )?(?:blades|razors|a sharpener|sharpeners)|scars(?: ${W}| ,| \\.){0,8} (?:some|most|one|a few) of them (?:are|is) from (?:this|last) (?:week|weekend|night|morning)`,
    { subject: 'self', question: 'safeNow', negatable: false },
  ),
  crisis(
    'categories.stillBurning',
    ['selfHarm'],
    `(?:still do it|do it|doing it)(?: ,)? with a (?:lighter|match|matches|hot spoon|iron)(?<=(?:burn|burnt|burning|burns)(?: ${W}| ,| \\.){1,12})`,
    { subject: 'self' },
  ),
  // An appointment that will not be needed
  crisis(
    'categories.noShowBecauseGone',
    ['suicidal'],
    `if i (?:dont|don t|do not|never) (?:turn up|come|show up|make it)(?: ${W}){0,3} (?:itll|it ll|it will|its|it s) (?:be )?because (?:ive|i ve|i have|i) (?:done it|gone through with it|killed myself|ended it)`,
    { subject: 'self' },
  ),
  possible(
    'categories.appointmentNotNeeded',
    ['suicidal'],
    `(?:no show|dna|miss(?:ed)? (?:the|my) (?:appt|appointment)|not turn(?:ed)? up)(?: ${W}){0,6} (?:i|im|i m) (?:wasnt|was not|wasn t|not|am not) (?:alive|here any more|around any more)|(?:sorted|dealt with|ended) it (?:myself )?(?:by then|before then)(?: ,)? one way or another|(?:thanks|thank you) (?:him |her |them )?for trying(?: ${W}| \\.| ,){0,4} (?:wont|won t|will not|dont|don t) need (?:the|my|an|any) (?:appt|appointment|slot|call back|callback)|(?<=(?:dont|don t|not sure|doubt) (?:think )?(?:ill|i ll|i will|i) )make it(?: to (?:the )?${W})?(?: ,)? (?:or )?(?:to|till|until) next week`,
    { subject: 'self', question: 'endingLife' },
  ),
  // Farewell words sent, forwarded or drafted
  crisis(
    'categories.farewellSent',
    ['suicidal'],
    `(?:drafting|drafted|writing|written|wrote|write|typed|typing|left|leaving|sent|sending) (?:a |the |my )?(?:message|note|letter|letters|text)(?: ${W}){0,4} (?:that says|saying|says) (?:dont|don t|do not) blame (?:yourselves|yourself|anyone)|(?:sorry for everything|look after (?:the|my) (?:kids|dog|cat|children|cats|dogs)(?: for me)?)(?: ${W}| ,| \\.){0,14} (?:havent|have not|haven t) changed my mind|(?:go on (?:then )?do it|do it then)(?: ${W}| ,| \\.){0,10} (?:pills|tablets|rope|blades)(?: ${W}| ,| \\.){0,8} (?:still got them|got them here|still have them)`,
    { subject: 'self' },
  ),
  possible(
    'categories.farewellHinted',
    ['suicidal'],
    `saying goodbye(?: ${W}| ,){0,3} (?:and )?i (?:didnt|did not|didn t) (?:correct|deny|argue with|disagree with) (?:her|him|them|it)|(?:leaving|leave|going|gone|go) for good(?: ,)? (?:and )?(?:i )?(?:dont|don t|do not) mean (?:divorce|moving|a divorce|leaving (?:him|her|them|home))|(?:he|she|they) (?:didnt|did not|didn t) (?:know|realise|realize) i meant it(?<=(?:wasnt here|was gone|wasnt around|werent here|was dead|not here)(?: ${W}| ,| \\.){1,14})|(?:look after|take care of|have) (?:the |my )?(?:kids|children|dog|cat|baby)(?: ${W}){0,2} if anything (?:happened|happens|were to happen)(?: to me)?(?: ${W}| ,| \\.){0,10} (?:knows|went quiet)|(?:thisll|this ll|this will|thatll|that ll|that will) be the last (?:one|time|christmas|birthday|dinner|sunday dinner) (?:im at|i m at|ill see|i ll see|ill have)(?=(?: ${W}| ,| \\.){0,16} (?:not ill|low|down|since (?:${W} )?${W} (?:went|died|passed)))|(?:dont|don t) worry about me(?: ,| \\.)? (?:ive|i ve|i have) made my peace(?: with (?:it|everything|everyone|all of it|god))?(?= *$| [.,~!])|(?:already )?(?:bought|got|collected|sorted) (?:the stuff|everything|what) i need(?= *$| [.,~!])(?<=(?:help|matter|point|goodbye|sorry|plan)(?: ${W}| ,| \\.){1,16})|(?:someone|somebody|a person|people) (?:whos|who s|who has|who have|whove|who ve) (?:got )?everything (?:ready|sorted|planned|in place)(?= *$| [.,~!])`,
    { subject: 'self', question: 'endingLife' },
  ),
  // Passive wishes asked as questions
  possible(
    'categories.wishAsked',
    ['suicidal'],
    `if i (?:got|get|was|were) (?:hit|knocked down|run over) by a (?:bus|car|lorry|train)(?: ${W}){0,2} i (?:wouldnt|would not|wouldn t) (?:be )?(?:that |too |really )?(?:bothered|mind|care|fussed)|(?:stopped|stop|stopping) (?:taking )?(?:my|his|her) (?:insulin|meds|medication|tablets|dialysis|heart tablets)(?: ${W}){0,3} (?:and )?(?:let|letting) (?:things|it|nature|whatever) (?:happen|take its course)|(?:stopped|stop|stopping|given up) wanting to (?:live|be alive|be here|wake up|go on)|(?:keep|keeps|kept) surviving (?:attempts|my attempts|suicide attempts)|survived (?:another|my last|two|three|several|more) attempts?|(?:drank|drink|drinks|took|take|swallowed) (?:a whole|a|the whole|half a) (?:bottle|box|packet) of (?:${W} )?${W}(?: ${W}){0,2} (?:with|and) (?:their|his|her|my|all (?:their|his|her|my)) (?:${W} )?${DRUGS}(?: ${W}){0,3} would (?:they|he|she|i|you) (?:just )?(?:go to sleep|die|not wake up)|just one step(?= *$| [.,~!])(?<=(?:platform|edge|bridge|ledge|roof|cliff)(?: ${W}| ,| \\.){1,10})`,
    { subject: 'self', question: 'endingLife' },
  ),
  // Control and fear at home, told through what the abuser says or does
  possible(
    'categories.abuseSaidOrDone',
    ['abuse'],
    `look (?:at )?what you (?:made|make) me do|(?:its|it s|it is) my fault (?:he|she) (?:gets|get|got) (?:angry|mad|violent|nasty)|(?:only )?(?:loses it|lashes out|kicks off) (?:when|if) i (?:answer back|talk back|say no|argue|disagree)|(?:keeping|keeps|kept|hiding|hides|hid|withholding) (?:all )?my (?:tablets|pills|meds|medication|inhaler|insulin|hearing aids?|glasses) (?:off|from|away from) me|(?:decide|decides|deciding|controls|control|chooses|choose) what (?:you|i) (?:eat|wear)(?: ${W}){0,2} and (?:who|where) (?:you|i) (?:see|go)|(?:have|has|got) to (?:send|text|ring|call|facetime|video call|show) (?:him|her|them)(?: to show)? (?:a (?:photo|picture|video|selfie) (?:of )?)?(?:where i am|where im|where i m|who im with|who i m with)|(?:things|home|it)(?: (?:arent|aren t|are not|isnt|isn t|is not|s not))? safe at home|(?:its|it s) not safe at home|(?:hes|he s|he is|shes|she s|she is) back(?: \\.| ,)? (?:im )?(?:scared|terrified|frightened|petrified)(?= *$| [.,~!])|because of what (?:he|she|they) (?:does|did|do|has done) to me|(?:he|she|they) (?:cant|can t|cannot|mustnt|must not|must never) (?:know|find out) where (?:im going|i m going|i am going|im moving|i live|im living|ill be)|if i (?:go|went|going|move|moved|fled|flee) (?:to|into) a refuge|(?:hell|he ll|he will|hed|he d) deal with it himself(?<=pregnan[a-z]*(?: ${W}| ,| \\.){1,12})`,
    { question: 'someoneHurting' },
  ),
  // Threats to others, told conditionally
  possible(
    'categories.threatTold',
    ['harmToOthers'],
    `make sure (?:my |the |that |he |she |they )?(?:${W} ){0,2}(?:pays|pay|suffers|suffer) for (?:it|this|that)(?: ,)? (?:properly|really) (?:pays|pay|suffers|suffer)|(?:scared|afraid|frightened|worried) (?:ill|i ll|i will|i might|id|i d) do (?:worse|something worse)(?<=(?:broke|broken|punched|hit|hurt|stabbed|glassed|battered|beat)(?: ${W}| ,| \\.){1,20})|(?:ill|i ll|i will|im going to|i m going to|gonna) (?:burn|torch|set fire to) (?:the |his |her |their )?(?:${W} ){0,2}(?:car|house|home|flat|office|van)(?!(?: down)(?= ))`,
    { question: 'someoneInDanger' },
  ),
  crisis(
    'categories.ambulanceThreat',
    ['harmToOthers'],
    `(?:youll|you ll|hell|he ll|shell|she ll|theyll|they ll) be (?:leaving|going home|carried out|coming out) in an? (?:ambulance|body bag)(?: ${W}| ,| \\.){0,16} (?:im|i m|i am) going (?:round|over)`,
    { imminent: true },
  ),
  // Emergencies talked down by someone
  medical(
    'categories.greyAndSweating',
    'chestPain',
    `(?:grey|gray|ashen|clammy)(?: and| ,)? (?:sweating|sweaty|clammy|sweats)(?: ${W}| ,){0,6} (?:sick|vomiting|being sick|chest|arm|jaw)`,
  ),
  medical(
    'categories.allergenReaction',
    'anaphylaxis',
    `(?:lips|tongue|face|throat|mouth)(?: and (?:lips|tongue|face|throat|mouth))? (?:swell|swells|swelled|swelling|swollen|puffed|puffing)(?: up)?(?: ${W}){0,3} (?:after|since) (?:eating |having |a |some )?${ALLERGEN}|${ALLERGEN}(?: ${W}| ,){0,12} (?:voice (?:has )?(?:gone )?hoarse|hoarse voice|lips (?:are )?(?:swelling|swollen)|tongue (?:is )?(?:swelling|swollen)|throat (?:is )?(?:tight|closing|swelling))`,
  ),
  medical(
    'categories.othersTabletsByMistake',
    'overdose',
    `(?:took|taken|swallowed|had|ate) (?:some|a few|quite a few|a lot|loads|several|a handful) of (?:my |his |her |the )?(?:mums|dads|nans|grans|grandads|wifes|husbands|partners|sons|daughters|someone elses) (?:${W} )?(?:tablets|pills|meds|medication)(?: ${W}| ,){0,3} by (?:accident|mistake)|(?:took|taken|swallowed) (?:everything|all the (?:tablets|pills|meds)) (?:in|from) (?:the|her|his|my) (?:cupboard|drawer|cabinet|medicine box|bathroom)`,
  ),
  medical(
    'categories.opioidSnoring',
    'overdose',
    `(?:heroin|gear|smack|opiates|opioids|methadone|fentanyl|oxy|morphine)(?: ${W}| ,| \\.){0,12} (?:snoring (?:weird|funny|strange|oddly|loud|loudly)|gurgling|making (?:a )?(?:gurgling|snoring) (?:noise|sound))`,
  ),
  possible(
    'categories.feverBabyNotFeeding',
    ['medicalEmergency'],
    `(?:baby|babys|newborn)(?: ${W}| ,| \\.){0,4} (?:got |has |had )?(?:a )?(?:fever|temp|temperature)(?: of (?:3[89]|4[0-9])(?:\\.[0-9])?)?(?: and| ,)? (?:isnt|is not|not|wont|won t) (?:feeding|taking (?:her|his) (?:milk|bottle|feeds))`,
    { question: 'safeNow', flag: 'unwellChild' },
  ),
  medical(
    'categories.legsWeakNumbBelow',
    'otherEmergency',
    `(?:legs?|both legs)(?: (?:have|has|s))? (?:gone )?(?:weak|numb)(?: ${W}| ,| \\.){0,8} (?:cant|can t|cannot) feel (?:down below|my bottom|my privates|when i wipe)`,
  ),
  possible(
    'categories.talkedDownWarning',
    ['medicalEmergency'],
    `(?:heart (?:is |s )?racing|racing heart|shaky|shaking|twitching)(?: ${W}| ,){0,6} (?:confused|muddled)(?<=${NEW_TABLETS}(?: ${W}| ,| \\.){1,16})|(?:shaky|shaking|confused|muddled)(?: and| ,)? (?:shaky|shaking|confused|muddled|twitchy) since (?:the |his |her |starting )?${NEW_TABLETS}|(?:cant|can t|cannot|not) keep(?:ing)? anything down(?: ${W}| ,| \\.){0,10} (?:not had a wee|no wee|not weed|not peed|no urine|not passed (?:urine|water))|(?:swollen|swelling)(?: ${W}| ,){0,8} (?:short of breath|breathless|sob) (?:when|if) (?:i|he|she) (?:lie|lies|lay|am lying|is lying) (?:down|flat)`,
    { question: 'safeNow', flag: 'otherEmergency' },
  ),
];

/**
 * Access, age and service: Deaf people writing English with BSL word order (topic first, verbs last,
 * no articles: "me think plan end", "my life finish want"), blind and partially sighted people using
 * dictation or screen readers, people of seventy to ninety-five at home, in sheltered housing or care
 * homes and just out of hospital (and family typing for them), armed forces families and veterans, and
 * families of people who use drugs, drink or gamble. The classes: a wish or plan to die said in signed
 * order (a life to "finish" wanted, "me finish tonight" with a bridge or pills near, "me think" before
 * jumping, taking all or ending, sleeping and not waking, not wanting to go on); a farewell from
 * someone who then cannot be reached (a goodbye text and the phone off, "last time see you", the last
 * call one will get, "this time I'll do it right"); late life's passive wishes (asking to be let die,
 * praying to be taken, "not troubling you much longer", not waking "so be it", rather fall down the
 * stairs and be done with it, "won't be alive" for a date); a soldier's or a veteran's words (wishing he
 * had not come home, should have died out there, going back up to the roof, means at a mate's grave,
 * standing on a balcony not trusting oneself); means and a dose searched for ("how much it would take to
 * not wake up"); self-harm in signed order or from a family's drinking or gambling ("me cut arm
 * again", new lines on an arm shown in secret, a blade kept in a purse, hurting "because I deserve
 * it", a grandparent with dementia banging their head); abuse of older, Deaf and blind people (a carer
 * who pulls an arm and says "no tell", locked in "me inside", a cane, frame, hearing aids or phone taken
 * so they cannot go out, a partner who interprets and tells the doctor lies, "who'd believe a blind old
 * woman", bank cards or cheques taken with a threat of a home, money taken from a purse, left in a wet
 * bed, a fall explained away that was a push, a home taken over for dealing); harm to others in these
 * lives (trying to strangle or smother a spouse, a knife "ready", "sort him out permanently", a weapon
 * and "coming for" someone, a list of people to hurt, "help him along" with morphine, signed "kill
 * you"); and emergencies told plainly or in signed order (tablets taken twice because the labels cannot
 * be read with a racing heart, a chest tight down the left arm, bleeding a lot in pregnancy, a knock to
 * the head on blood thinners with sickness, a fall and then no talking, the worst headache ever come on
 * suddenly, a child sucking the tummy in, a fit for minutes, a stoma not working with a swollen belly,
 * fever after Africa or Asia, yellow with a swollen belly or confusion). Told of a film, a play, a
 * course, a fringe cut at home or a passing-out parade, the same words stay ordinary.
 */
/** A time or place the writer puts first, in signed order: "me finish tonight", "bridge near house". */
const SIGNED_MEANS = `(?:${PLACE}|train line|river|sea|canal|pills|tablets|rope|${WEAPON}|car|motorway)`;
/** Aids an older, blind or Deaf person needs to get out or to ask for help. */
const AIDS =
  '(?:white cane|cane|stick|walking stick|frame|walking frame|zimmer|wheelchair|mobility scooter|scooter|hearing aids?|glasses|phone|mobile|tablet|ipad|pendant|alarm pendant|lifeline|door key|keys)';
const ACCESS_AGE_AND_SERVICE: readonly CrisisRule[] = [
  // A wish or plan to die in signed order
  crisis(
    'categories.signedEnd',
    ['suicidal'],
    `(?:my|me) life (?:finish|end|over|stop) (?:want|wants|now|tonight|today|decide|decided)|(?<=^ |[.!~] )me (?:finish|end|die) (?:tonight|today|now)(?= *$| [.,~!])(?=(?: ${W}| .| ,){0,12} ${SIGNED_MEANS}(?![a-z0-9]))|me think (?:plan |about )?(?:end(?!(?: (?:of|the|date|time|soon|week|month|year|term|work))(?= ))|end life|end it|jump|die|kill myself|suicide|take (?:all|them all|all pills|all tablets)|go join (?:her|him|them))(?= *$| [.,~!]| (?:after|tonight|now|then|train|bridge|river|sea)(?![a-z0-9]))`,
    { subject: 'self', imminent: true },
  ),
  possible(
    'categories.signedWish',
    ['suicidal'],
    `(?<=^ |[.!~] )me (?:finish|end) (?:tonight|today|now|soon)(?= *$| [.,~!])|(?:me|i) (?:think |want |wish |hope )?(?:go )?sleep (?:not|no|never) wake(?: up)?|(?:me )?(?:not|no|dont|don t) want (?:continue|live|life|living|alive|go on)(?= *$| [.,~!])|me (?:feel |think )?life (?:pointless|no point|finish|over)(?= *$| [.,~!])`,
    { subject: 'self', question: 'endingLife' },
  ),
  // A farewell from someone who then cannot be reached
  possible(
    'categories.farewellThenGone',
    ['suicidal'],
    `(?:text|texted|texts|sign|signed|signs|message|messaged|say|said|says|post|posted|video)(?: ${W}){0,4} (?:goodbye|good bye|bye|last time see you|last time see me)(?: ${W}| .| ,){0,10} (?:phone off|phone (?:is )?switched off|not answer|no answer|not answering|leave house|left the house|car keys|pills|tablets|cant contact|no reply|(?:taken|took|swallowed) (?:everything|it all|them all|all of them))|(?:this|it) (?:was|is|will be|would be) the last (?:call|message|text|time)(?: (?:youd|you d|you will|youll|you ll|id|i d|i would|i will|ill|i ll))? (?:get|hear|have) from (?:me|him|her|them)|(?:this|it) (?:is|was|will be) (?:the )?last time (?:you|u) (?:hear|see) (?:from )?(?:me|him|her)(?= *$| [.,~!])|this time (?:ill|i ll|i will|hell|he ll|shell|she ll|he will|she will) do it (?:right|properly)`,
    { question: 'someoneInDanger' },
  ),
  // Late life's passive wishes
  possible(
    'categories.lateLifeWish',
    ['suicidal'],
    `(?:asked|asking|asks|begged|begging|begs)(?: ${W}){0,5} to (?:just )?let (?:him|her|me) die|(?:help|helping) me (?:to )?die(?= *$| [.,~!])|pray(?:s|ing|ed)? (?:every night |each night |at night )?(?:to be taken|(?:god|the lord|he|jesus) (?:will |would |to )?(?:take|takes) (?:me|her|him))|(?:not|wont|won t|will not) be (?:troubling|bothering|a bother to|a burden to|a nuisance to) (?:you|anyone|anybody|any of you)(?: for)? (?:much|very much) longer|if (?:i|he|she) (?:dont|don t|doesnt|doesn t|do not|does not) wake(?: up)?(?: ${W}){0,3} (?:so be it|then so be it|i dont mind|i don t mind|i wont mind|all the better|no loss)|(?:rather|sooner|might as well|just) (?:fall|throw myself|jump|walk) (?:down|off|from|into|in front of)(?: ${W}){0,3} and be done with it|(?:wake|woke|waking)(?: up)?(?: ${W}){0,3} (?:and )?(?:think|thinking|thought) (?:oh )?(?:no )?not another (?:one|day)|rather be with (?:her|him|them|my ${W})(?: ${W}){0,3} than (?:here|hear|be here|alive)(?= *$| [.,~!]| to be honest| tbh| honestly)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.notAliveFor',
    ['suicidal'],
    `(?:i|ill|i ll|i will|im|i m|i am) (?:wont|won t|will not|not going to|not gonna|not) be alive(?= *$| [.,~!]| (?:by|for|on|to|after|when)(?![a-z0-9]))`,
    { subject: 'self' },
  ),
  // A soldier's or a veteran's words
  possible(
    'categories.serviceWish',
    ['suicidal'],
    `(?:wish|wishes|wished) (?:i|he|she|they) (?:hadnt|hadn t|had not|never|didnt|didn t) (?:come|came|made it) (?:home|back)|(?:should have|shouldve|should of|ought to have) (?:died|been killed|been the one) (?:out there|over there|instead|with (?:them|him|the lads|my mates))|(?:go|going|goes|get|getting) back (?:up|up there|on the (?:roof|bridge|ledge)) (?:tonight|today|tomorrow|again)(?<=(?:roof|bridge|edge|ledge|brought (?:him|her|them) down|talked (?:him|her|them) down)(?: ${W}| .| ,){1,24})|(?:kids|children|they|everyone|family) (?:would|d) be better off with(?: ${W}){1,3} than (?:me|with me)`,
    { question: 'endingLife' },
  ),
  crisis(
    'categories.meansAtAGrave',
    ['suicidal'],
    `(?:cemetery|grave|graveside|churchyard|crematorium|buried)(?: ${W}| .| ,){0,16} (?:brought|got|have|with|taken) (?:the|my|some|all|all my|all the) (?:${W} ){0,3}(?:${DRUGS}|rope|${WEAPON})|(?:standing|stood|sitting|sat|on) (?:on )?(?:the|my|a) (?:balcony|ledge|roof|bridge|platform)(?: ${W}| ,){0,6} (?:dont|don t|do not) trust myself|how much(?: ${W}){0,6} (?:it would take|would it take|it takes|to take) to (?:not wake|never wake|die|kill me|end it|stop my heart)|(?:thinking (?:about|of)|think about|keep thinking about|want to|going to|tempted to) (?:jumping|jump) (?:out of|out|from|off) (?:my|the|a|her|his) (?:${W} )?(?:window|landing|balcony)|(?:going to|gonna|will|threatening to|says (?:she|he) will) jump (?:from|off) (?:the )?(?:top )?(?:landing|balcony|top floor|window|stairwell)`,
    { imminent: true },
  ),
  // Self-harm in signed order, and from a family's drinking or gambling
  crisis(
    'categories.signedSelfHarm',
    ['selfHarm'],
    `me (?:cut|cutting|burn|burning|scratch|hit) (?:my )?(?:arm|arms|leg|legs|wrist|wrists|skin|thigh|thighs)(?: ${W}){0,2} (?:again|start again|every night)|(?:hes|he s|shes|she s|he|she|they) (?:cuts|burns) (?:when|whenever|every time|most nights)|take it out on (?:myself|meself)(?: ${W}| .| ,){0,8} (?:blade|razor|cut|cutting|knife)`,
    { subject: 'either' },
  ),
  possible(
    'categories.signedSelfHarmMaybe',
    ['selfHarm'],
    `(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs)(?: ,)? (?:lines|cuts|marks|scratches) (?:many|lots|new|fresh)|me (?:scratch|cut|pick|pinch) (?:my )?skin(?: ,)? (?:bleed|blood)|(?:keep|carry|kept|carrying) (?:a |my )?(?:blade|razor|razor blade)s? (?:in|on) (?:my )?(?:purse|bag|pocket|wallet|phone case|bra)|(?:hurt|hurts|pain|suffer|swell|swollen|bleed)(?: ${W}){0,4} (?:because|as|since|cause) i deserve (?:it|to)|(?:bang|bangs|banging|banged|hit|hits|hitting) (?:his|her|their) (?:own )?head (?:on|against|off) (?:the )?(?:wall|floor|door|table)`,
    { question: 'safeNow' },
  ),
  // Abuse of older, Deaf and blind people
  crisis(
    'categories.agedOrDeafAbuse',
    ['abuse'],
    `(?:pull|pulls|pulled|grab|grabs|grabbed|twist|twists|twisted|squeeze|squeezes|pinch|pinches) (?:my )?(?:arm|arms|wrist|wrists) (?:hard|rough|roughly)(?: ${W}| .| ,){0,8} (?:bruise|bruises|bruised|marks|no tell|not tell)|(?:lock|locks|locked) (?:the )?(?:door|doors)(?: ${W}| ,){0,6} me (?:inside|in)(?= *$| [.,~!])|(?:took|taken|takes|take|hid|hides|hidden|hide) my (?:${AIDS})(?: and (?:my )?(?:${AIDS}))?(?: ${W}| ,){0,8} (?:not going|stuck|cant (?:go|leave|get out)|wont let me|no let me|not let me|locked)|(?:fell|fall|fell down|tripped)(?: ${W}){0,2}(?: .| ,)? (?:not true|lie|lies)(?: .| ,)? (?:he|she|they) (?:push|pushed|hit|kick|kicked|threw|throw)|(?:dealing|selling drugs|selling) (?:from|in|out of) (?:her|his|my|mums|nans|grans|dads|grandads) (?:${W} )?(?:flat|house|bungalow|home|spare room|room|place)|(?:helping|helps|help) (?:himself|herself|themselves) to (?:the )?(?:money|cash|my money|her money|his money)(?: ${W}){0,3} (?:from|out of|in) (?:my|her|his) (?:purse|bag|wallet|account|handbag)`,
    { subject: 'either' },
  ),
  possible(
    'categories.agedOrDeafControl',
    ['abuse'],
    `(?:says|said|say|tells me|told me|tell me)(?: that)? (?:who(?:d| would| will| is going to)|no one (?:will|would|d|is going to)|nobody (?:will|would|d|is going to)|court) (?:ever )?believe (?:a|an|me|you|her|him)|(?:interpret|interprets|interpreter|interpreting|speaks for me|talks for me)(?: ${W}| ,){0,6} (?:tell|tells|telling|told) (?:the )?(?:doctor|gp|nurse|gp surgery|surgery|hospital|police)(?: surgery)? (?:lies|im confused|i m confused|i am confused|im mad|im lying)|(?:telling|tells|told) the (?:doctor|gp|gp surgery|surgery|nurse) (?:that )?(?:im|i m|i am) confused(?: ${W}| ,| .){0,4} (?:im|i m|i am) not confused|(?:taken|took|takes|taking) (?:over )?(?:my|her|his|mums|dads|nans) (?:bank cards?|cards|pension|money|purse|bank|savings|cheque book)(?: ${W}| .| ,){0,20} (?:frightened|scared|afraid|terrified) (?:to ask|of (?:him|her))|(?:sign|signing) (?:cheques|her cheques|my cheques|his cheques)(?: ${W}| .| ,){0,12} (?:in a home|if (?:she|he|i) tells?)|(?:leave|left|leaves) (?:me|her|him|mum|dad) in it(?<=(?:wet|wets|soiled|soil) (?:the |my |her |his )?(?:bed|myself|herself|himself)(?: ${W}| .| ,){0,6})|(?:decides?|deciding|controls?|controlling) (?:what|who) (?:i|you) (?:eat|ring|call|phone|talk to|see)|(?:says|said|tells me|told me) (?:im|i m|i am) not (?:to|allowed to) (?:go out|leave the house|go anywhere)|(?:he|she) (?:take|took|takes) my phone(?: ,)? (?:no|not|wont|won t|doesnt|doesn t) let me|(?:lost|losing) (?:[0-9]+|two|three|a) (?:stone|kilos?)(?: ${W}| .| ,){0,12} (?:fridge|cupboards?) (?:is |are )?(?:always )?empty`,
    { question: 'someoneHurting' },
  ),
  // Harm to others in these lives
  crisis(
    'categories.agedOrServiceHarm',
    ['harmToOthers'],
    `tried to (?:strangle|smother|suffocate|choke|throttle) (?:my |our |his |her )?(?:${PEOPLE}|him|her|them)|(?:knife|knives|${WEAPON})(?: ${W}){0,2} (?:ready|waiting)(?= *$| [.,~!])(?<=(?:hurt|kill|stab|angry|go round)(?: ${W}| .| ,){1,16})|sort (?:him|her|them) out (?:permanently|for good|once and for all)|(?:got|has|have|with|bought|carrying) (?:a |an )?(?:weapon|${WEAPON})(?: ${W}| .| ,){0,8} (?:coming|going) (?:for|after|round to|to get) (?:me|my|us|him|her|them)|help (?:him|her|them) along(?: ${W}| ,){0,6} (?:${DRUGS}|pillow|extra)|(?:sign|signs|signed|signing) (?:to )?(?:me |us )?kill (?:you|me|us)|(?:knife|gun|${WEAPON}) (?:he|she|they) (?:hold|holds|holding|have|has|got)(?= *$| [.,~!])`,
    { imminent: true },
  ),
  possible(
    'categories.agedOrServiceHarmFeared',
    ['harmToOthers'],
    `me (?:think|want|plan)(?: ${W}| ,){0,3} (?:hurt|kill|stab|batter|punch) (?:him|her|them)|(?:got|has|have|made|making|writing|wrote) a list(?<=(?:hurt|kill|get|pay|revenge|stab|bullied)(?: ${W}| .| ,){1,16})|(?:bring|bringing|take|taking|carry|carrying) a (?:${WEAPON}) (?:in)?to (?:school|college|class)(?: ${W}){0,3} (?:to )?(?:hurt|stab|get|scare|use)`,
    { question: 'someoneInDanger' },
  ),
  // Emergencies told plainly or in signed order
  medical(
    'categories.agedOrSignedEmergency',
    'otherEmergency',
    `(?:taken|took|had) (?:my |his |her )?(?:${W} )?(?:tablets|pills|meds|medication|${DRUGS}) (?:twice|three times|two times|double|again)(?: ${W}| ,| .){0,16} (?:heart (?:is )?racing|palpitations|dizzy|faint|drowsy|confused|being sick)|pregnant(?: ${W}){0,3}(?: .| ,)? (?:bleeding|bleed|blood) (?:lot|lots|a lot|heavy|heavily|much|bad)|(?:fall|fell|fallen|bumped|banged|hit)(?: ${W}| .| ,){0,8} head(?: ${W}| .| ,){0,24} (?:warfarin|blood thinners?|apixaban|rivaroxaban|edoxaban|anticoagulants?)|(?:warfarin|blood thinners?|apixaban|rivaroxaban|edoxaban|anticoagulants?)(?: ${W}| .| ,){0,16} (?:fall|fell|fallen|bumped|banged|hit) (?:my |his |her )?head|headache(?: ${W}| ,| .){0,10} (?:the )?worst (?:ive|i ve|i have|hes|he s|shes|she s|he has|she has) ever had(?: ${W}| ,| .){0,6} (?:sudden|suddenly|light|neck|sick)|(?:sucking|sucks|sucked) (?:his|her|their) (?:tummy|belly|stomach|chest|ribs) in|(?:baby|child|son|daughter|toddler|${CHILD})(?: ${W}| ,){0,4} (?:fit|fitting|seizure|convulsion|shake|shaking|jerking)(?: ${W}){0,2} (?:[0-9]+|five|ten|two|three) (?:minute|minutes|min|mins)|chest(?: ${W}){0,4} (?:tight|tightness|heavy|pain|pressure)(?: ${W}| ,){0,8} (?:down|into|in) (?:my |his |her )?(?:left|l) (?:arm|jaw|shoulder)`,
  ),
  possible(
    'categories.agedOrTravelWarning',
    ['medicalEmergency'],
    `(?:colostomy|stoma|ileostomy)(?: ${W}| ,){0,6} (?:not|hasnt|hasn t|isnt|isn t) (?:worked|working|output|produced|emptied)(?: ${W}| ,| .){0,12} (?:sick|vomiting|swollen|huge|bloated|pain)|(?:back|returned|home|came back|got back) from (?:${W} ){0,2}(?:africa|kenya|nigeria|ghana|uganda|tanzania|malawi|zambia|india|pakistan|bangladesh|asia|the tropics|sierra leone|congo|cameroon|sudan|ethiopia|somalia|gambia|zimbabwe|mozambique|thailand|vietnam|indonesia)(?: ${W}| ,| .){0,8} (?<!(?:no|not|without|nil) )(?:fever|temperature|temp|shaking|shivering|rigors)|(?:gone|going|turned|turning|looks|looking|is|s) (?:yellow|yellowish|jaundiced)(?: ${W}| ,| .){0,16} (?:swollen|confused|muddled|vomiting)|(?:vomiting|vomited|being sick|sick|throwing up|threw up)(?: ${W}){0,4} coffee grounds?`,
    { question: 'safeNow', flag: 'otherEmergency' },
  ),
];

/**
 * Young people and online life: people of sixteen to twenty-five writing as they do in group chats and on
 * gaming or Discord servers (lower case, memes, irony, "ngl", "fr", "lol"), autistic writers who are precise
 * or info-dump, writers with ADHD who go off on tangents, rural young people with no bus, students in halls,
 * young carers and care leavers. The classes: means bought or gathered "to do it" and put away, drink and a
 * packet of tablets gone through together, the tablets held in one hand, a young carer alone with a parent's
 * medicines meaning to take them all, a rope tied to a beam to test it; a note or a will written with a joke
 * on it, "who gets" a console or a game account; a place of height, water or rail with a time or "the only
 * option" (the top floor of a car park, a train waited for "not to get on it", a bridge not to be walked
 * past tonight, "where I'm going after my shift"); the last reason to live gone (the pet, the person who was
 * the only reason, now dead); the gamer's metaphors for ending (a glitch to be patched out, quitting the
 * game "irl", a button that means never having existed, "kys" that "might have a point"), a meme caption ("i
 * want to die" - me every time ...) asked about rather than alarmed on, and passive wishes said lightly (how
 * easy it would be not to be here, a funeral playlist planned, dying in one's sleep "fine by me", not making
 * it to the end of the year, how many tablets are in the cabinet, "it gets better" called a lie and the
 * waiting done); self-harm told in a student's or an autistic person's words (scratching moved on to a
 * razor, "having just cut" in the toilets, bite marks from meltdowns, old cutting with the thoughts loud
 * again, cuts infected with a fever); abuse that meets the young (a worker who grooms a care leaver to meet,
 * an ex outside halls with the timetable, a parent's partner who burns, who scares, a partner who rages at
 * other friends online, a sibling who gets rough, an ex in the accounts, not wanting to go back home tonight
 * after trouble there); harm to others (going round there to hurt someone, a person "who I'm going to kill",
 * a weapon taken and someone waited for, a knife carried that would be used, plans for a college "not a
 * game", things thrown at a parent in a meltdown, not knowing what one would do to him); and emergencies a
 * young person meets alone (a bone through the skin, a parent fitting for minutes, the worst pain of one's
 * life with no standing and vomiting, a fever with a rash and a stiff neck, a friend drunk and snoring
 * oddly, a housemate unseen for days with a smell, a fluttering heart with a heavy left side). Said of a
 * game, a film, a meme, a shave or a lecture timetable, the same words stay ordinary.
 */
/** A game, a console or an account a young person prizes. */
const PRIZED =
  '(?:switch|ps5|ps4|playstation|xbox|console|pc|gaming pc|laptop|steam account|game account|gaming account|accounts|skins|games|guitar|pokemon cards|cards|collection)';
/** Someone a young person names as a threat. */
const THEM = `(?:him|her|them|the (?:lad|guy|girl|man|kid|boy|bloke)|that (?:lad|guy|girl|man|kid|boy|bloke)|my ex|${PEOPLE})`;
const YOUTH_AND_ONLINE: readonly CrisisRule[] = [
  // Means gathered and put away; tablets in the hand; a parent's medicines; a rope tested
  crisis(
    'categories.youthMeansReady',
    ['suicidal'],
    `(?:(?:ordered|bought|buying|got|picked up|collected|saved up for) (?:the )?(?:stuff|things|it|everything|something|what i need|what i needed)|(?:stuff|things) (?:i|ive|i ve) (?:ordered|bought|got))(?: online)? (?:to|for) (?:do|doing) it(?!(?: (?:myself|yourself|properly|right|up|again|for))(?= ))|(?:halfway|half way|part way) through(?: ${W}){0,3} (?:${SPIRITS})(?: ${W}){0,4} (?:packet|box|bottle|strip|pack|tub) of ${DRUGS}|(?:halfway|half way|part way) through(?: ${W}){0,3} (?:packet|box|bottle|strip|pack|tub) of ${DRUGS}(?: ${W}){0,4} (?:${SPIRITS})|all (?:her|his|their|mums|dads|nans|grans|my mums|my dads) (?:${DRUGS}|meds)(?: ${W}| ,| .){0,8} (?:going to|gonna|about to|want to) (?:take|swallow|have) (?:them|them all|all of them|the lot|it all)(?= *$| [.,~!]| (?:tonight|now|lol)(?![a-z0-9]))|(?:tied|tie|hung|fixed) (?:it|one|something) (?:to|from|round|over|on) (?:the|a|my) ${BEAM}(?: ${W}| .| ,){0,6} (?:test|testing|holds|it holds|take my weight|takes my weight)`,
    { imminent: true, subject: 'self' },
  ),
  possible(
    'categories.youthMeansNear',
    ['suicidal'],
    `(?:the|my|all the|all my) (?:${DRUGS}|blade|razor|knife|rope) in (?:one|my) hand|(?:think|thinking|thought)(?: ${W}){0,4} (?:about )?how many (?:${DRUGS}|tablets|pills) (?:are|there are|we have|i have|ive got|i ve got)(?: ${W}){0,4} (?:cabinet|cupboard|drawer|house|box)`,
    { question: 'safeNow', subject: 'self' },
  ),
  // A note or a will with a joke on it; prized things given away
  possible(
    'categories.youthNoteAndGifts',
    ['suicidal'],
    `(?:writing|wrote|written|finished|finishing|doing|drafting) my (?:note|last note|goodbye note)(?= *$| [.,~!]| (?:lol|lmao|in (?:my |the )?notes|on my phone|tonight|now)(?![a-z0-9]))|(?:writing|wrote|written|finished|finishing|doing|drafting) my (?:will|last will)(?= (?:lol|lmao|in (?:my |the )?notes|on my phone|tonight|now)(?![a-z0-9]))|who (?:gets|should get|will get|can have|wants) my (?:${PRIZED})(?: ${W}| .| ,){0,8} (?:doing it|after|when im gone|when i m gone|once im gone|tonight)|(?:given|gave|giving) my (?:${PRIZED}) (?:away )?(?:away|to)(?: ${W}| .| ,){0,8}(?<=(?:decided|sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow|the day|the date|wont need|won t need|goodbye|bye)(?: ${W}| .| ,){1,20})`,
    { question: 'endingLife', subject: 'self' },
  ),
  // A place of height, water or rail with a time, or "the only option"
  crisis(
    'categories.youthPlaceAndTime',
    ['suicidal'],
    `waiting (?:for|on) (?:the |a )?(?:fast |next |non stopping |express |through )?trains?(?: ${W}| ,){0,3} not to (?:get on|catch|board) it|(?:${PLACE}|river|canal|sea|train line|cliff path|tracks)(?: ${W}){0,4} (?:is |s )?(?:looking like |looks like |feels like )?(?:the|my) only (?:option|way out|choice|answer)(?= *$| [.,~!]| (?:tonight|now|left|today|tbh|ngl|not going to lie|to be honest|honestly)(?![a-z0-9]))|(?:${PLACE}|river|canal|sea|cliff path|tracks)(?: ${W}| ,){0,4} (?:is |s |thats |that s |that is )where (?:im|i m|i am) (?:going|heading|gonna go)(?= *$| [.,~!]| (?:after|tonight|today|later|once|when)(?![a-z0-9]))|(?:not going to|not gonna|wont|won t|will not) (?:walk|drive|cycle|go) (?:past|by)(?= *$| [.,~!])(?<=(?:river|bridge|canal|cliff|tracks|sea|edge)(?: ${W}| .| ,){1,16})`,
    { imminent: true, subject: 'self' },
  ),
  // The last reason gone; the gamer's metaphors; passive wishes said lightly
  possible(
    'categories.memeCaption',
    ['suicidal'],
    `(?<=^ )~ me (?:every time|everytime|after|when|whenever|trying to|seeing)(?![a-z0-9])`,
    { subject: 'self', question: 'endingLife' },
  ),
  possible(
    'categories.youthLastReasonAndGame',
    ['suicidal'],
    `(?:only|last|one) reason (?:im|i m|i am|i was|i ve|ive|i have|for) (?:still )?(?:here|alive|around|living|staying|going)(?: ${W}| ,| .){0,8} (?:died|dead|gone|put down|put to sleep|passed)|(?:glitch|bug|error|mistake)(?: ${W}){0,8} (?:patch|patched|patch me|delete|deleted|remove|removed|fix) (?:me |it )?(?:out|out of)|(?:quit|quitting|leave|leaving|log off|logging off|uninstall|uninstalling|rage quit|rage quitting) (?:the game|life|real life|irl)(?: ${W}| ,){0,3} (?:you know what i mean|if you know what i mean|ykwim|and i dont mean|not the game)|(?:irl|real life)(?: ${W}| ,){0,6} (?:quit|quitting|log off|logging off|uninstall|uninstalling) (?:the game|it all|everything)|(?:quit|quitting|log off|logging off|logout|logging out|uninstall|uninstalling|rage quit|rage quitting) (?:irl|real life|life)(?= *$| [.,~!]| (?:like|for good|permanently|forever|tbh)(?![a-z0-9]))|(?:press|push|hit) (?:the|a) button(?: ${W}){0,6} (?:never (?:have )?existed|never been born|stop existing|not exist)|(?:kys|kill yourself|kill urself)(?: ${W}| ,| .){0,8} (?:might|may|could) (?:have|be) (?:a point|right)|(?:imagine|what if) (?:if )?i (?:just )?(?:stopped|ended|disappeared|vanished)(?: .| ,| ${W}){0,4} (?:permanently|forever|for good)|how easy it (?:would|d|would ve) be to (?:just )?(?:not be here|not exist|disappear|end it|not wake up|die)|(?:planning|plan|planned|picking|choosing|chose|made|making) (?:my|your) (?:own )?funeral (?:playlist|songs|music|outfit)|if i (?:died|went|passed away) in my sleep(?: ${W}| ,){0,4} (?:fine|ok|okay|a relief|wouldnt mind|would not mind|good)|(?:thoughts|thinking)(?: ${W}){0,3} (?:about|of) being dead|it gets better(?: ${W}| ,| .){0,6} (?:a lie|lies|bs|bullshit|rubbish|not true)(?: ${W}| ,| .){0,6} (?:done|finished|over) (?:waiting|trying|with it)|(?:wont|won t|will not|not going to|not gonna) make it (?:to|till|until|through) the end of(?= *$| [.,~!]| (?:the )?(?:year|term|summer|month)(?![a-z0-9]))`,
    { question: 'endingLife', subject: 'self' },
  ),
  // Self-harm in a student's or an autistic person's words
  crisis(
    'categories.youthSelfHarm',
    ['selfHarm'],
    `(?:scratching|scratch|pinching|hitting|biting)(?: ${W}| ,){0,6} (?:moved on|moving on|gone on|switched|progressed|graduated) to (?:the |a )?(?:razor|razors|blade|blades|knife|cutting)|(?:used|using|use) the blades? (?:from|out of) (?:my |a |the )?(?:pencil )?sharpeners?`,
    { subject: 'self' },
  ),
  possible(
    'categories.youthSelfHarmMaybe',
    ['selfHarm'],
    `having just cut(?= *$| [.,~!]| and (?:i|im|now)(?![a-z0-9]))|(?:bite|biting|scratch|scratches) marks on my (?:arms?|hands?|wrists?|legs?)(?: ${W}){0,3} from (?:my )?(?:meltdowns?|shutdowns?|myself)|used to (?:cut|self harm|sh|burn)(?: ${W}| ,| .){0,8} (?:thoughts|urges)(?: ${W}){0,3} (?:are |is )?(?:back|loud|louder|worse|again)`,
    { question: 'safeNow', subject: 'self' },
  ),
  medical(
    'categories.youthInfectedCuts',
    'sepsisSigns',
    `(?:cuts?|wounds?|burns?)(?: ${W}){0,3} (?:are |is )?(?:infected|oozing|full of pus)(?: ${W}| .| ,){0,12} (?:hot and shivery|fever|feverish|temperature)`,
  ),
  // Abuse that meets the young
  crisis(
    'categories.youthGroomedOrStalked',
    ['abuse'],
    `(?:care|social|key|support|youth|residential) worker(?: ${W}| ,| .){0,14} (?:asking|asks|asked|wants|keeps asking|begging) me to meet (?:him|her|up)|(?:my ex|ex boyfriend|ex girlfriend|ex partner)(?: ${W}){0,3} outside my (?:halls|flat|house|room|work|uni|door|college)(?: ${W}){0,2} (?:every|each) (?:night|day|morning)|(?:burns|burned|burnt|burning) me (?:with|using) (?:a |her |his |their |the )?(?:cigarette|cigarettes|fag|fags|lighter|iron)|(?:stubs|stubbed|puts|put) (?:her|his|their) (?:cigarette|fag)s? out on (?:me|my (?:arm|arms|hand|hands|leg|legs|skin))`,
    { subject: 'self' },
  ),
  possible(
    'categories.youthControlOnline',
    ['abuse'],
    `(?:messaging|messages|texting|texts|sending|sends|dming|dms|snapping) me (?:stuff|things|pics|photos|messages) (?:he|she|they) (?:shouldnt|should not|shouldn t)|(?:got|has|knows) my (?:lecture )?(?:timetable|shift pattern|rota)(?<=(?:ex|outside|following|follows|waiting|stalking|turns up)(?: ${W}| .| ,){1,16})|(?:mums|dads|my mums|my dads) (?:new )?(?:partner|boyfriend|bf|girlfriend|gf|husband|wife)(?: is| s)? (?:kind of |kinda |a bit |really |proper |so )?(?:scary|frightening|intimidating)|(?:bf|gf|boyfriend|girlfriend|partner)(?: ${W}){0,2} (?:gets|goes) (?:really |so |super |proper )?(?:mad|angry|jealous|psycho)(?: at me)? (?:if|when|whenever) i (?:talk|speak|message|text|chat|play|game)(?: ${W}){0,2} (?:to|with) (?:anyone|other|my friends|guys|lads|girls|people|someone)|(?:dont|don t|do not) want to go back (?:there|home)(?: tonight)?(?= *$| [.,~!])(?<=(?:at home|home is|house is|home are|home s)(?: ${W}| .| ,){1,24})|(?:gets|goes|can get) (?:rough|physical|handsy) (?:when|if) (?:hes|he s|shes|she s|he|she|they|theyre) (?:angry|drunk|mad|annoyed|upset)|(?:ex|partner|bf|gf|boyfriend|girlfriend)(?: ${W}){0,3} (?:still )?(?:has|got|knows) my passwords?(?: ${W}| ,){0,6} (?:logging|logs|logged|gets|getting) (?:into|in)`,
    { question: 'someoneHurting' },
  ),
  // Harm to others
  crisis(
    'categories.youthHarmMeant',
    ['harmToOthers'],
    `(?:going|heading|coming) (?:round|over)(?: there| to (?:his|her|their) (?:house|flat|place))?(?: ${W}){0,2} to (?:hurt|kill|stab|batter|beat up|do in) (?:him|her|them)|(?:lad|guy|girl|man|bloke|woman|kid|person|boy|someone|${PEOPLE})(?: ${W}){0,4} (?:who|that) (?:im|i m|i am) (?:going to|gonna) (?:kill|stab|hurt)(?= *$| [.,~!])|(?:took|taken|got|grabbed|have) (?:my |his |the |a |my dads |my uncles )?(?:shotgun|gun|rifle|knife|machete|${WEAPON})(?: ${W}| .| ,){0,8} (?:waiting for|waiting on|going after|going for) ${THEM}`,
    { imminent: true, subject: 'self' },
  ),
  possible(
    'categories.youthHarmFeared',
    ['harmToOthers'],
    `(?:carrying|carry|started carrying|keep|keeping|bring|bringing) (?:a |my )?(?:knife|blade|${WEAPON})(?: ${W}| .| ,){0,14} (?:id|i d|i would|i will|ill|i ll) use it|(?:plans?|planning)(?: ${W}){0,3} (?:for|of) (?:the |my )?(?:school|college|uni)(?: ${W}| .| ,){0,6} (?:not (?:like )?a game|real ones|for real|not a joke)|(?:meltdown|rage|temper)(?: ${W}| ,| .){0,6} (?:threw|throwing|thrown) (?:${W} )?at (?:my )?(?:mum|dad|mam|brother|sister|partner|girlfriend|boyfriend|gran|nan)|(?:dont|don t|do not) know what (?:ill|i ll|i will|id|i d|i would|i might) do to (?:him|her|them)`,
    { question: 'someoneInDanger' },
  ),
  // Emergencies a young person meets alone
  medical(
    'categories.youthAloneEmergency',
    'otherEmergency',
    `bone (?:is )?(?:sticking|poking|come|coming|gone) (?:out|through)|worst (?:${W} ){0,2}pain (?:of my life|ive ever had|i ve ever had|ever)(?: ${W}| ,| .){0,12} (?:cant|can t|cannot) (?:stand|walk|move|get up)(?: ${W}| ,| .){0,8} (?:sick|vomiting|throwing up|threw up)|(?:fitting|convulsing|seizing)(?: ${W}){0,3} (?:for )?(?:like |about |over |nearly |almost )?(?:[5-9]|[1-9][0-9]|five|six|seven|eight|ten) (?:mins|minutes|min)|(?:temperature|fever|temp)(?: ${W}| ,| .){0,10} rash(?: ${W}| ,| .){0,6} (?:neck (?:is )?(?:${W} )?stiff|stiff neck)|(?:heart|hearts|chest)(?: ${W}){0,6} (?:flutter|fluttery|fluttering|skipping|racing|pounding)(?: ${W}| ,| .){0,10} (?:left|l) (?:side|arm) (?:feels )?(?:heavy|numb|weak|tingly|tingling)`,
  ),
  possible(
    'categories.youthFriendNotWaking',
    ['medicalEmergency'],
    `(?:snoring|breathing) (?:weird|weirdly|funny|strange|strangely|really loud|odd)(?<=(?:drinking|drunk|drank|pills|took|vodka)(?: ${W}| .| ,){1,12})|(?:hasnt|hasn t|has not|not) (?:come|been) out of (?:his|her|their) room(?: ${W}| ,| .){0,10} (?:not answering|no answer|smell)`,
    { question: 'someoneInDanger', flag: 'otherEmergency' },
  ),
];

/**
 * Migration and language: people writing English as an additional language — refugees and people
 * seeking asylum in hotels and shared houses waiting on a Home Office decision, visa-tied care workers
 * and healthcare assistants, cleaners, riders, pickers and domestic workers, and families of people in
 * prison — with grammar shaped by another language, missing articles and idioms put word for word. The
 * classes: a wish not to exist said plainly or by way of faith ("better if I am not existing", "remove
 * myself from this world", "go to God myself instead of waiting"); the journey's water or a crash wished
 * again ("go to the sea again and this time not swim", "join him in the water", "wish the plane had
 * crashed"); going "the same way" as someone who took their own life; not living to a birthday or a
 * season ("will not see 31", "don't see myself living past Christmas"); a drug taken from the cupboard
 * at work for oneself; things given away with a goodbye; violence made small by an exception ("not
 * hitting me much, only when I am wrong", things broken near her head); control in tied work and in
 * the family (an employer, agent, supervisor, owner or mother-in-law who keeps the phone, the ID cards,
 * the salary card or the wages; no going out on a day off; sleeping at the workplace with no days off;
 * everything decided and permission asked for everything; "nothing without him because my visa is on
 * him"); threats in these lives (a man to be "finished", knowing where someone lives to make them
 * feel it); and emergencies told with a missed treatment or after a journey or a birth (dialysis missed
 * with swelling or breathlessness, a calf pain then breathing hard, a fever and shaking after giving
 * birth, a red line climbing from a wound, drink and then not waking and vomiting). An asylum or visa
 * decision as the condition for an end is read by categories.conditionalEnd, threats of the Home Office
 * or deportation by categories.threatIfTell, and a last call from prison by categories.farewellThenGone.
 * The same words stay ordinary when they are about social media, travel, a chess game, a holiday, a
 * skipping rope or an idiom ("my heart is burning" for home).
 */
/** Someone who holds a worker's or a daughter-in-law's things: an employer, agent or family elder. */
const TIED_HOLDER =
  '(?:employer|boss|madam|owner|supervisor|agent|agency|gangmaster|sponsor|manager|mother in law|father in law|in laws|sister in law)';
const MIGRATION_AND_LANGUAGE: readonly CrisisRule[] = [
  // A wish not to exist, said plainly or by way of faith
  possible(
    'categories.notExistingInstead',
    ['suicidal'],
    `(?:better|easier)(?: for (?:${W} ){1,3})?(?: if| that)? (?:i|im|i m) (?:am |was |were |just |would |will )?(?:not|no|dont|don t|didnt|didn t|never|wasnt|wasn t|werent|weren t) (?:exist|existing|existed)(?!(?: (?:on|online|in (?:the|their|his|her) (?:group|chat|photos?)))(?= ))|(?:remove|erase|delete|take) myself (?:from|out of|off) (?:this|the) (?:world|earth)|disappear from (?:this|the) (?:world|earth)(?= *$| [.,~!])|go to (?:god|allah|him|the lord|jesus) myself(?: ${W}){0,2} (?:instead of|rather than|before)`,
    { subject: 'self', question: 'endingLife', negatable: false },
  ),
  // The journey's water or a crash wished again
  possible(
    'categories.journeyWishedAgain',
    ['suicidal'],
    `(?:go|going|went|walk) (?:to|in|into) the (?:sea|water|river) again(?: ${W}| ,){0,6} (?:dont|don t|do not|not|wont|won t|will not|no) swim|join (?:him|her|them|my ${W}) in the (?:water|sea|river)(?<=(?:died|drowned|lost|took|taken|could not save|couldnt save|dream|want|wish)(?: ${W}| ,| \\.){1,20})|(?:wish|wished|wishing) (?:the|our|my) (?:plane|boat|dinghy|lorry|ship) (?:had )?(?:crashed|sank|sunk|went down|gone down)`,
    { subject: 'self', question: 'endingLife', negatable: false },
  ),
  // Going the same way as someone who took their own life
  possible(
    'categories.sameWayAsThem',
    ['suicidal'],
    `(?:go|going|end|ending|finish|die) (?:the )?same way (?:as|like) (?:him|her|them|my ${W})(?<=(?:killed (?:himself|herself|themselves)|suicide|took (?:his|her|their) own life|hanged (?:himself|herself)|ended (?:his|her|their) life)(?: ${W}| \\.| ,){1,30})`,
    { subject: 'self', question: 'endingLife' },
  ),
  // Not living to a birthday or a season
  possible(
    'categories.notSeeTheDay',
    ['suicidal'],
    `(?:i|ill|i ll|i will|im|i am) (?:wont|won t|will not|not going to|not gonna|never going to) (?:see|reach|make it to|live to) (?:my )?(?:[1-9][0-9]|next birthday|my next birthday|next year|the new year|christmas|eid|nowruz|easter)(?: birthday)?(?= *$| [.,~!])|(?:dont|don t|do not|cant|can t|cannot) see myself (?:living|alive|surviving|still alive) (?:past|beyond|after|until|till|to)`,
    { subject: 'self', question: 'endingLife' },
  ),
  // A drug taken from the cupboard at work, for oneself
  crisis(
    'categories.workDrugsForMyself',
    ['suicidal'],
    `(?:take|taking|took|steal|stealing|use|using) (?:the |some |all the )?(?:${DRUGS}|controlled drugs|insulin)(?: ${W}){0,3} (?:from|out of) (?:the )?(?:${W} )?(?:cupboard|trolley|ward|clinic|pharmacy|drug fridge|cd cupboard|controlled drugs cupboard)(?: ${W}){0,3} for myself(?= *$| [.,~!])`,
    { subject: 'self', imminent: true },
  ),
  // Things given away with a goodbye
  possible(
    'categories.clothesGivenWithGoodbye',
    ['suicidal'],
    `(?:gave|given|giving|give) away (?:my )?(?:good |best |warm )?(?:jacket|coat|shoes|clothes|watch|phone|ring|prayer mat)(?<=goodbye(?: ${W}| \\.| ,){1,30})`,
    { subject: 'self', question: 'endingLife' },
  ),
  // How easy not to wake, no sense in going on, a life one does not want
  possible(
    'categories.noSenseToContinue',
    ['suicidal'],
    `(?:think|thinking|thought) how easy (?:it (?:would be|is) )?(?:to )?(?:just )?(?:not wake(?: up)?|die|go to sleep and not wake(?: up)?)|(?:any|no|what) (?:point|sense|reason) (?:to|in) (?:continue|continuing|go on|going on|carry on|carrying on)(?: living| to live)?(?= *$| [.,~!])|(?:dont|don t|do not|cant|can t|cannot) see (?:the |any )?(?:sense|point|reason) (?:to|in|of) (?:continue|continuing|go on|going on|carry on|carrying on)(?: living| to live)?|close my eyes and (?:not|never) open them(?: again)?|(?:dont|don t|do not) want this life (?:anymore|any more)|(?:easier|better) for everyone(?= *$| [.,~!])(?<=(?:knife|pills|tablets|rope|bridge|end|die|gone)(?: ${W}| ,){1,12})`,
    { subject: 'self', question: 'endingLife', negatable: false },
  ),
  // A decision told, a phone code handed over, sorry for the trouble
  possible(
    'categories.codeGivenDecisionTold',
    ['suicidal'],
    `(?:give|gave|given|giving|told|tell|sent|send) (?:my )?(?:phone (?:code|passcode|password|pin)|passcode|pin code|bank pin)(?: to (?:my )?${W})?(?:(?<=(?:letter|letters|goodbye|sorry)(?: ${W}| \\.| ,){1,20})|(?=(?: ${W}| \\.| ,){0,12} (?:letter|letters|goodbye|sorry)(?![a-z0-9])))|(?<=^ |[.!~] )(?:tonight|today|now) i (?:have )?decided(?= *$| [.,~!])(?=(?: ${W}| \\.| ,){0,16} sorry)`,
    { subject: 'self', question: 'endingLife' },
  ),
  // Self-harm as a habit or a thing, as punishment, in secret at work
  possible(
    'categories.habitWithBlade',
    ['selfHarm'],
    `(?:habit|thing)(?: again)?(?: \\.| ,)? with (?:the|a|my) (?:blade|blades|razor|razor blade|lighter|cigarette)|(?:lighter|cigarette|cigarettes) on my (?:arm|arms|skin|hand|hands|leg|legs)|(?:cut|burn|burned|burnt|hurt) myself(?: ${W}){0,4} (?:toilet|toilets|bathroom|loo)(?: \\.| ,)?(?: ${W}){0,3} (?:doesnt|don t|dont|does not) know|(?:give|gave|giving) myself (?:pain|punishment)|(?:stopped|stop|not) eating(?: ${W}){0,2} (?:as|for) (?:a )?punishment|pulled out (?:a )?(?:lot of |lots of |so much of )?my hair(?: ${W}| ,| \\.){0,8} (?:bald|patch|when i think)|(?:take|taking|took) extra (?:tablets|pills|${DRUGS})(?: ${W}| ,){0,8} (?:sleep (?:the )?whole day|not think|not wake|knock myself out)`,
    { question: 'safeNow', negatable: false },
  ),
  possible(
    'categories.lockedInAfterCutting',
    ['selfHarm', 'medicalEmergency'],
    `(?:lock|locks|locked) (?:herself|himself|themselves|the door)(?: ${W}| ,){0,6} (?:not answering|wont answer|isnt answering|no answer)(?<=(?:cut|wrists|overdose|pills|tried|hang|hanged)(?: ${W}| ,| \\.){1,24})`,
    { question: 'someoneInDanger', flag: 'heavyBleeding', negatable: false },
  ),
  // Harm feared or told of: pictures in the head, a bomb, a child to be drowned, a fire with someone in
  possible(
    'categories.harmPicturedOrOverheard',
    ['harmToOthers'],
    `(?:bad|horrible|scary|dark) (?:pictures|images|thoughts) in my head (?:to|of) (?:throw|throwing|hurt|hurting|drop|dropping|shake|shaking|drown|drowning) (?:her|him|the baby|my baby)|(?:do|doing) something bad to (?:him|her|them)(?: ${W}| ,){0,3} (?:not joking|i mean it|serious)|burn (?:the|his|her|their) (?:${W} )?(?:hotel|house|flat|shop|office|building) with (?:the |him |her |them )?(?:${W} )?inside|(?:talk|talks|talking) about (?:bombing|bombs|making a bomb)(?: ${W}| ,){0,10} (?:wires|things in (?:his|her) bag)|(?:say|says|said) (?:he|she) (?:will|ll|would|is going to) (?:drown|kill|strangle|smother|suffocate) (?:the |that |my |our |his |her )?(?:little one|baby|child|kid|kids|children)`,
    { question: 'someoneInDanger', negatable: false },
  ),
  // Violence made small by an exception
  crisis(
    'categories.onlyWhenIAmWrong',
    ['abuse'],
    `(?:not|dont|don t|doesnt|doesn t|never|isnt|is not) (?:hit|hitting|hits|beat|beats|beating|violent|a violent man|violent man|hurt|hurts|hurting)(?: me)?(?: much| often| a lot| really| too much| so much)?(?: ,)? (?:only|just) (?:when|if) (?:i|im|i am) (?:wrong|dont obey|don t obey|do not obey|disobey|answer back|talk back|late|bad|make (?:a )?mistakes?)|(?:break|breaks|breaking|broke|smash|smashes|smashing|smashed|throw|throws|throwing|threw) (?:things|plates|cups|stuff|glasses|the plates) (?:near|next to|by|beside|over|at) my head`,
    { subject: 'self' },
  ),
  // Control in tied work and in the family
  possible(
    'categories.tiedWorkControl',
    ['abuse'],
    `(?<=${TIED_HOLDER}(?: ${W}| ,){0,10} )(?:keep|keeps|kept|take|takes|took|hold|holds|has|have) (?:my|our|her|his|their) (?:phone|phones|id cards?|ids|salary card|bank cards?|wages|money|salary|passports?)(?!(?: (?:safe|photos?|copy|copies|number|details|for (?:a|one|the) (?:day|form|check|copy|photo)|to (?:check|copy|scan)))(?= ))|(?<=(?:say|says|said|tell|tells|told|rule|rules)(?: ${W}| ,){0,4} )(?:i|we|she|he) (?:cannot|cant|can t|not allowed to|must not|mustnt|never) (?:go out|leave|go outside|leave the house)(?: ${W}){0,2} on (?:my|our|the|her|his) (?:day off|days off|rest day)|(?:no (?:day|days) off|[0-9]+ (?:pound|pounds|quid) (?:a|per) day)(?: ${W}| ,| \\.){0,10} (?:sleep|sleeps|sleeping) (?:in|on|above|at|behind) (?:the )?(?:back room|shop|car wash|van|caravan|warehouse|kitchen|site)|(?:decide|decides|decided) everything(?: ,| for me)? (?:my )?(?:clothes|friends|money|food)|(?:ask|asking) (?:his |her |their )?permission for everything|(?:allowed|allow me|let me|lets me) only (?:to )?(?:the shop|the mosque|work|school)|(?:check|checks|checking) the time on (?:the )?receipts?|(?:nothing|no one|nobody) without (?:him|her)(?: ,)? (?:because|cause|as) (?:my )?(?:visa|papers|status)`,
    { question: 'someoneHurting' },
  ),
  // Threats in these lives
  possible(
    'categories.finishHimOrFeelIt',
    ['harmToOthers'],
    `(?:i will|ill|i ll|im going to|i am going to|i am gonna|im gonna) finish (?:him|her)(?= *$| [.,~!])|(?:i )?know where (?:she|he|they) (?:live|lives)(?: ${W}| \\.| ,){0,8} (?:want|make|will make) (?:her|him|them) (?:to )?(?:feel|pay|suffer)`,
    { question: 'someoneInDanger' },
  ),
  // Emergencies with a missed treatment, after a journey or a birth
  possible(
    'categories.missedTreatmentOrAfterJourney',
    ['medicalEmergency'],
    `(?:missed|miss|missing|no) (?:[0-9]+|two|three|a|his|her|my) (?:dialysis )?(?:sessions?|dialysis)(?: ${W}| ,| \\.){0,10} (?:swelling|swollen|breathless|short of breath|cant breathe|can t breathe)|(?:(?:calf|leg) (?:pain|swollen|swelling|hurts|hurting)|pain in (?:my |the |his |her )?(?:calf|leg))(?: ${W}| ,| \\.){0,10} (?:breathing hard|breathless|short of breath|cant breathe|can t breathe|hard to breathe)|(?:gave birth|had (?:the |a |my )?baby|delivered)(?: ${W}| ,| \\.){0,12} (?:fever|temperature|shaking|shivering|rigors)(?: ${W}| ,){0,6} (?:smell|discharge|pain)|(?:red line|red streak|red lines|red streaks) (?:is )?(?:going|spreading|moving|creeping|climbing) up`,
    { question: 'safeNow', flag: 'otherEmergency' },
  ),
  possible(
    'categories.woundOrPainAtWork',
    ['medicalEmergency'],
    `(?:blood|bleeding) (?:still )?(?:coming|soaking|seeping|going) through (?:the )?(?:tape|bandage|plaster|towel|dressing|cloth)|(?:tummy|stomach|belly|abdominal) pain(?: ${W}| ,| \\.){0,12} (?:vomit|vomiting|being sick|sick)(?: ${W}| ,| \\.){0,6} (?:cant|cannot|can t) (?:stand|walk) (?:up )?straight|(?:burn|burnt|burned)(?: ${W}| ,){0,10} (?:skin (?:is |went |gone )?white|white skin)(?: ${W}| ,){0,6} (?:feel nothing|cant feel|can t feel|numb)|(?:pain in my eye|eye pain|eye hurts|eye is hurting)(?: ${W}| ,| \\.){0,8} (?:cant|cannot|can t) see (?:properly|well|clearly|good)`,
    { question: 'safeNow', flag: 'otherEmergency' },
  ),
  medical(
    'categories.drinkThenNotWaking',
    'otherEmergency',
    `(?:drink|drank|drunk|drinking)(?: ${W}){0,4} (?:${SPIRITS}|alcohol)(?: ${W}| ,| \\.){0,8} (?:not|wont|won t|cant|can t|doesnt|doesn t|will not) wake(?: up)?(?!(?: (?:until|till|for|in time|early))(?= ))(?: ${W}| ,){0,6} (?:vomit|vomits|vomiting|sick|choking)`,
  ),
];

export const CATEGORIES: readonly CrisisRule[] = [
  ...MEANS,
  ...TAKEN,
  ...PASSIVE,
  ...BRIEF,
  ...READY,
  ...SELF_HARM_SHORT,
  ...HARM,
  ...HARM_BRIEF,
  ...ABUSE,
  ...CONTROL,
  ...PLANNING,
  ...OWN_HANDS,
  ...HOME_ABUSE,
  ...HEARD,
  ...MEDICAL,
  ...EVERYDAY_EMERGENCY,
  ...FLOOR,
  ...LATER,
  ...LATER_STILL,
  ...NORTH_AND_YOUNG,
  ...NORTH_AND_YOUNG_PLAIN,
  ...RURAL_AND_WORKING,
  ...SOUTH_AND_MIDLANDS,
  ...BODY_AND_YOUNG,
  ...NIGHT_AND_FAITH,
  ...COAST_AND_CARE,
  ...GUARDED_AND_GRIEVING,
  ...ONLINE_AND_ON_THE_EDGES,
  ...ON_THE_EDGES_PLAIN,
  ...MEN_AND_OTHER_ENGLISHES,
  ...TRADES_AND_ANSWERS,
  ...OTHERS_AND_AFTER,
  ...PLAIN_AND_LATE,
  ...PARENTS_AND_CONDITIONS,
  ...JOKES_AND_BIRTH,
  ...SHORT_AND_SPORT,
  ...TIME_AND_SEASONS,
  ...IDENTITY_AND_STUDY,
  ...WORK_AND_BELIEF,
  ...SAID_AND_ASKED,
  ...ACCESS_AGE_AND_SERVICE,
  ...YOUTH_AND_ONLINE,
  ...MIGRATION_AND_LANGUAGE,
];
