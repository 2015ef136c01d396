import type { CrisisRule, RedFlagRule, SafetyLexicon } from '../lexicon';
import type { CrisisKind, RedFlagKind } from '../types';

// The en-GB crisis and red-flag lexicon. Patterns read the normalised text of normalise.ts (lower case,
// no apostrophes: "don't" is "dont", "I'll" is "ill", "mum's" is "mums"), after the substitutions below.
//
// How the rules are cut, so that a new phrase lands in the right place:
// - A rule names a situation in the words people use for it, not a single keyword: "end it all",
//   "better off without me". Single words are rules only when they have no everyday sense ("suicidal").
// - Words with an everyday sense ("dying", "killing", "cut", "collapsed", "can't breathe") carry their
//   exclusions in the pattern as look-aheads ("dying to", "can't breathe when I'm in a crowd"), or in
//   `benign` when the figure of speech is a phrase of its own ("killed myself laughing").
// - Indirect statements ("I don't see the point") only count when they end the clause: "I don't see the
//   point in going to the doctor" is about the doctor, "I don't see the point any more" is not.
// - Where a pattern itself starts with a negation ("I don't want to be here") it is marked not
//   negatable, so "it's not that I don't want to be here" is not read as a denial.
// - "benign" is for talk about services and figures of speech only: it must never hide first-person
//   present danger, so each entry is a whole phrase, never a lone word.

const W = '[a-z0-9]+';
const ANY = (min: number, max: number): string => `(?: ${W}){${min},${max}}`;
/** Words of a benign span: never a comma or a full stop, so a mask cannot swallow the next clause. */
const ANY_TOKEN = (min: number, max: number): string => `(?: [^ .,~]+){${min},${max}}`;
/** The hit ends its clause: end of text, a comma or full stop, or a word that starts a new clause. */
const END =
  '(?= *$| [.,~]| (?:and|but|so|because|though|lol|x+|tbh|honestly|really|now|please|any more|no more|anyway|at all|i|im|tonight|today|tomorrow|soon|again)(?![a-z0-9]))';
const TO = '(?:to|2)';
const SELF = '(?:myself|meself)';
const OTHER_SELF = '(?:himself|herself|themselves|themself)';
const ME = 'me';
const OTHER_ME = '(?:her|him|them)';
const PEOPLE =
  '(?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|ex|ex partner|ex husband|ex wife|dad|father|stepdad|stepfather|mum|mother|stepmum|stepmother|son|daughter|brother|sister|uncle|aunt|auntie|grandad|nan|carer|family|parents|kids|children)';
const DRUGS =
  '(?:paracetamols?|ibuprofen|aspirins?|co codamol|codeine|tramadol|tablets|pills|meds|medication|medicines?|painkillers|antidepressants|sertraline|citalopram|fluoxetine|sleeping (?:pills|tablets)|insulin|diazepam|pregabalin|gabapentin|morphine|oramorph|methadone|lithium|propranolol|amitriptyline|mirtazapine|zopiclone)';
/** An amount of medicine that is an overdose whatever the day: "30", "a whole packet of", "loads of". */
const LOTS =
  '(?:[1-9][0-9]+|twenty|thirty|forty|fifty|a hundred|(?:a|the) (?:whole |full )?(?:packet|pack|box|bottle|strip|tub|handful|load)(?: of)?|loads of|lots of|handfuls of|half (?:a|the) (?:packet|box|bottle) of|every one of)';
const MANY = `(?:${LOTS}|all(?: of)?)`;
const CHILD =
  '(?:baby|babies|newborn|infant|toddler|child|kid|little one|(?:[0-9]|1[0-5]) ?(?:yo|yr old|year old|years old|yrs old)|[0-9]+ ?(?:month|months|mth|mths|week|weeks|wk|wks|day|days)(?: old)?|under (?:3|three|6|six) months)';

type RuleExtras = Pick<CrisisRule, 'negatable' | 'event' | 'imminent' | 'flag'>;

function crisis(
  id: string,
  kinds: readonly CrisisKind[],
  pattern: string,
  extras: RuleExtras & { subject?: CrisisRule['subject'] } = {},
): CrisisRule {
  return { id, kinds, subject: extras.subject ?? 'either', pattern, ...extras };
}

/** The same words said of the writer and of someone else, told apart by the pronoun the words carry. */
function pair(
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

function medical(id: string, flag: RedFlagKind, pattern: string, extras: RuleExtras = {}): CrisisRule {
  return { id, kinds: ['medicalEmergency'], subject: 'either', pattern, flag, ...extras };
}

const SUICIDAL: readonly CrisisRule[] = [
  crisis('suicidal.suicidal', ['suicidal'], 'suicidal(?:ly)?|suicidality'),
  crisis('suicidal.suicide', ['suicidal'], 'suicides?'),
  ...pair(
    'suicidal.kill',
    ['suicidal'],
    (who) => `(?:kill|killing|killed|kil|top|topping|topped) ${who}`,
    SELF,
    OTHER_SELF,
  ),
  ...pair(
    'suicidal.method',
    ['suicidal'],
    (who) =>
      `(?:hang|hanging|hanged|hung|drown|drowning|gas|gassing|poison|poisoning|suffocate|suffocating|shoot|shooting|stab|stabbing|throw|throwing|threw) ${who}(?!(?: (?:into|in to|at|on|out))(?= ))`,
    SELF,
    OTHER_SELF,
    { imminent: true },
  ),
  ...pair(
    'suicidal.endLife',
    ['suicidal'],
    (who) =>
      `(?:end|ending|ended|take|taking|took|taken) ${who} (?:own )?life(?!(?: (?:back|in|into|forward|around|seriously|more|easy|slow|one))(?= ))`,
    'my',
    '(?:his|her|their)',
  ),
  crisis(
    'suicidal.wantToDie',
    ['suicidal'],
    `(?:want|wants|wanted|wanting|ready|prefer|longing|long) ${TO} die(?!(?: than| for (?:a|an|my|his|her|the)| of old| in (?:my|his|her) (?:own|sleep))(?= ))`,
  ),
  crisis(
    'suicidal.feelLikeDying',
    ['suicidal'],
    'feel(?:s|ing)? like dying|wish(?:es|ed)? (?:i|he|she) (?:could|would) (?:just )?die',
  ),
  crisis(
    'suicidal.thinkAboutDying',
    ['suicidal'],
    '(?:think|thinks|thinking|thought|thoughts|dream|dreaming|obsessing) (?:about|of|bout) (?:dying|death|being dead|not being (?:here|around|alive)|not existing|not waking up|ending (?:it|it all|things|my life)|killing myself|taking my (?:own )?life)',
  ),
  crisis(
    'suicidal.endIt',
    ['suicidal'],
    '(?:end|ending|ended|finish|finishing) (?:it all|it|things|everything)(?!(?: (?:with|off|between|for (?:him|her|them)|on a|now with|early|by|at|there|here and))(?= ))' +
      END,
  ),
  crisis('suicidal.endItAll', ['suicidal'], '(?:end|ending|ended|finish|finishing) it all'),
  crisis(
    'suicidal.betterOffWithoutMe',
    ['suicidal'],
    'better off (?:without me|dead|gone(?!(?: from| to| back| home| out)(?= ))|with me (?:gone|dead)|if i (?:wasnt|werent|was not|were not) (?:here|around|alive)|if i (?:was|were) (?:dead|gone)|if i (?:died|had died|didnt exist|never existed|disappeared))',
    { subject: 'self' },
  ),
  crisis(
    'suicidal.betterOffWithoutThem',
    ['suicidal'],
    `(?:says|saying|said|thinks|feels|told (?:me|us)|keeps saying|keep saying)${ANY(0, 5)} better off without (?:him|her|them)|(?:hed|shed|theyd|he would|she would|they would) be better off dead`,
    { subject: 'someoneElse' },
  ),
  crisis(
    'suicidal.wishDead',
    ['suicidal'],
    '(?:wish|wishes|wished|wishing) (?:that )?(?:i|id|he|she|they) (?:was|were|could be|had|had been|was just|were just)? ?(?:dead|died|gone for good|never (?:been )?born|not been born)|(?:might|may) as well be dead|(?:easier|better|happier) (?:for (?:everyone|everybody|them|all of them) )?if i (?:(?:was|were) (?:dead|gone)|died|wasnt (?:here|alive|around))|(?:want|wants) (?:to )?be dead',
  ),
  crisis(
    'suicidal.sleepForever',
    ['suicidal'],
    'sleep and (?:not|never|dont) wake(?: up)?|sleep forever|never wake up again|not wake up again|(?:wish|hope|hoping|wishing) (?:that )?(?:i|id|i had) (?:hadnt|had not|didnt|wouldnt|couldnt|never|dont|wont|dint|would not|not) (?:wake|woken|woke|waken|wake up)',
  ),
  crisis(
    'suicidal.dontWantToWake',
    ['suicidal'],
    `(?:dont|didnt|never) (?:want|wanna) (?:to )?wake up(?!(?: (?:early|at|so|before|in|on|for))(?= ))`,
    {
      negatable: false,
    },
  ),
  crisis(
    'suicidal.dontWantToLive',
    ['suicidal'],
    `(?:dont|doesnt|didnt|no longer|not sure (?:if |that )?i|not sure (?:if |that )?(?:he|she)|dont know if i|dont think i) (?:really |even |just |actually )?(?:want|wanna|wants|wish) (?:to )?(?:be here|be alive|live|exist|be around|be on this earth|carry on living|go on living|keep living|wake up)(?: (?:any more|no more|now|like this|much longer|either|at all))?` +
      END,
    { negatable: false },
  ),
  crisis(
    'suicidal.noPoint',
    ['suicidal'],
    '(?:dont|doesnt|cant|cannot|just dont) (?:really |even )?see (?:the|any|a|much) point(?: (?:any more|no more|now|in (?:anything|it all|it any more|life|living|going on|carrying on|trying|being (?:alive|here|around)|me being (?:here|alive)|waking up|existing|me|it)|of (?:anything|it all|life|living|going on|me|being (?:alive|here))))?' +
      END,
    { negatable: false },
  ),
  crisis(
    'suicidal.whatsThePoint',
    ['suicidal'],
    '(?:whats|what is|wats|what was) (?:even )?the point (?:in |of )?(?:me )?(?:even )?(?:living|life|being alive|being here|going on|carrying on|existing|anything|it all|waking up|any more)|no point (?:in )?(?:living|carrying on|going on|being alive|being here|life|existing|waking up)',
    { negatable: false },
  ),
  crisis(
    'suicidal.nothingToLiveFor',
    ['suicidal'],
    '(?:nothing|no one|nobody|no reason|nothing left|not much) (?:left )?(?:to|2) live for|no reason (?:to|2) (?:live|go on|carry on|be here|stay alive|keep going)|(?:life|lifes|my life)(?: is| s)? (?:isnt|not|aint|no longer) worth (?:living|it)(?: any more)?|not worth living',
    { negatable: false },
  ),
  crisis(
    'suicidal.cantGoOn',
    ['suicidal'],
    `(?:cant|couldnt|unable to|dont think i can|not sure i can|dont know if i can|dont know how (?:much )?(?:longer )?i can|dont want to) (?:go on|carry on|keep going|keep on going|cope with (?:life|living|being alive))(?: (?:any more|no more|much longer|for much longer|like this|living|with life|with my life))?` +
      END,
    { negatable: false },
  ),
  crisis(
    'suicidal.cantDoThis',
    ['suicidal'],
    '(?:cant|dont want to) do (?:this|it|life) (?:any more|no more)',
    { negatable: false },
  ),
  crisis(
    'suicidal.cantFace',
    ['suicidal'],
    'cant face (?:another day|tomorrow|living|life|going on|it any more|waking up|anything any more|another (?:morning|week))',
    {
      negatable: false,
    },
  ),
  crisis(
    'suicidal.doneWithLife',
    ['suicidal'],
    `(?:done|finished|through) with (?:life|living|being alive|it all|everything)|(?:give|giving|given|gave|ready to give) up on (?:life|living|everything)|(?:tired|sick|weary) of (?:living|life|being alive|existing)${END}`,
  ),
  crisis(
    'suicidal.disappear',
    ['suicidal'],
    `(?:disappear|vanish) (?:forever|for good|for ever|and never come back)|(?:want to|want|wish i could|like to|wish to|just want to) (?:just )?(?:disappear|vanish|stop existing|not exist|not be here|not be alive|be gone|cease to exist)${END}`,
  ),
  crisis(
    'suicidal.wantItToStop',
    ['suicidal'],
    `(?:want|wanna|need|wish|wishing|just want) (?:it all|everything|it|all of it|my life|life|the world) (?:to |would )?(?:just )?(?:all )?(?:stop|end|be over)${END}|(?:want|wanted|just want) (?:it|it all|my life) over(?!(?: with)(?= ))`,
  ),
  crisis(
    'suicidal.burden',
    ['suicidal'],
    '(?:im|i am|i feel like|feel like|i feel|feel|i feel like im|feel like im|im just|im nothing but|im such|im only|nothing but) (?:a |such a |nothing but a |only a |just a |a massive |a huge |a big |a complete |)burden(?: (?:to|on) (?:everyone|everybody|my family|them|all|people|my kids|my children|the world))?',
  ),
  crisis(
    'suicidal.nobodyWouldMiss',
    ['suicidal'],
    '(?:nobody|no one|noone|no body) (?:would|will|is going to) (?:even )?(?:miss me|notice (?:if|when) (?:i|im) (?:was |were |am )?(?:gone|dead|not here|wasnt here)|care (?:if|when) i (?:died|die|was dead|was gone|wasnt here|disappeared|killed myself|was not here))|(?:wouldnt|wont) (?:even )?miss me if i (?:was|were|died|disappeared)',
    { negatable: false },
  ),
  crisis(
    'suicidal.wayOut',
    ['suicidal'],
    '(?:no|cant see a|cant see any|dont see a|dont see any|only) way out (?:apart from|except|but|other than|besides|is)',
    {
      negatable: false,
    },
  ),
  crisis(
    'suicidal.somethingStupid',
    ['suicidal'],
    '(?:might|going to|will|ill|scared ill|afraid ill|worried ill|feel like|could|about to) (?:do|doing) something (?:stupid|silly|daft|drastic)',
  ),
  crisis(
    'suicidal.plan',
    ['suicidal'],
    `(?:have|got|made|making|ive got|ive made|has|worked out) (?:a |the |my )?(?:plan|plans|method|way|date) (?:to|for how to|for) (?:kill (?:myself|himself|herself|themselves)|end (?:it|it all|my life|things)|die|take my (?:own )?life|do it)|(?:ways|way|how|method|methods) ${TO} (?:die|kill myself|end (?:my life|it)|commit suicide|hang myself)|(?:looking up|looked up|googling|googled|researching|researched|searching|searched) ${ANY(0, 3)} ?(?:how to die|ways to die|how to kill myself|overdose|suicide|how many ${DRUGS})`,
    { imminent: true },
  ),
  crisis(
    'suicidal.jump',
    ['suicidal'],
    '(?:jump|jumping|jumped|throw myself|throwing myself) (?:in front of|under|off|from) (?:a |the |an )?(?:train|trains|bridge|building|roof|cliff|car|bus|lorry|motorway|tower|balcony|multi storey|car park|top floor|tracks|railway)|(?:step|stepping|walk|walking|lie|lying|lay) (?:in front of|under) (?:a |the |an )?(?:train|trains|car|bus|lorry|traffic)|(?:lie|lying|lay) (?:down )?on (?:the|a) (?:tracks|railway line|motorway)',
    { imminent: true },
  ),
  crisis(
    'suicidal.takeAllTablets',
    ['suicidal'],
    `(?:going to|will|want to|thinking (?:of|about)|plan to|planning to|might|about to|could|feel like) (?:take|taking|swallow|swallowing|neck|necking|down|downing) ${MANY} (?:(?:my|the|his|her|these|those|them|of my) )?${DRUGS}(?!(?: (?:as|on time|every|each|at|in the|with|properly|regularly|the doctor|that|they|he|she|you))(?= ))`,
    { imminent: true },
  ),
  crisis(
    'suicidal.overdoseIntent',
    ['suicidal'],
    '(?:going to|will|want to|thinking (?:of|about)|plan to|planning to|might|about to|tempted to|feel like) (?:overdose|overdosing|od|take an overdose|taking an overdose)',
    { imminent: true },
  ),
  crisis(
    'suicidal.takeThemAll',
    ['suicidal'],
    '(?:thinking (?:of|about)|want to|going to|tempted to|could|might|feel like|about to) (?:take|taking|swallow|swallowing|neck|necking) (?:them all|the lot|all of them|the whole lot)',
    { imminent: true },
  ),
  crisis(
    'suicidal.atTheEdge',
    ['suicidal'],
    '(?:im|i am|sat|sitting|standing|stood) (?:on|at) (?:the|a) (?:edge of (?:the|a) )?(?:bridge|ledge|roof|rooftop|cliff|cliff edge|railway line|tracks|multi storey)',
    { imminent: true },
  ),
  crisis(
    'suicidal.notHereLong',
    ['suicidal'],
    `(?:wont|dont think ill|dont think i will|not going to|might not) be (?:here|around|alive) (?:much longer|for much longer|for long)${END}`,
    { negatable: false },
  ),
  crisis(
    'suicidal.attempt',
    ['suicidal'],
    '(?:tried|try|trying|attempted|attempt|attempts) (?:to )?(?:end it|end it all|end things|end my life|kill myself|take my (?:own )?life|hang myself|overdose)',
  ),
  crisis('suicidal.wantOut', ['suicidal'], `nothing matters any more|(?:just )?want out${END}`),
  crisis(
    'suicidal.jumpIntent',
    ['suicidal'],
    `(?:going|planning|plan|want|wanted|about|ready|thinking (?:about|of)) (?:to )?jump${END}`,
    { imminent: true },
  ),
  crisis(
    'suicidal.crashCar',
    ['suicidal'],
    '(?:drive|driving|crash|crashing|steer|steering) (?:my |the )?(?:car|van|bike|motorbike)? ?(?:(?:into|in to) (?:a|the) (?:wall|tree|river|lorry|oncoming traffic)|off (?:a|the) (?:cliff|bridge))|crash (?:my|the) car on purpose',
    { imminent: true },
  ),
  crisis(
    'suicidal.meansRumination',
    ['suicidal'],
    `noose|ligature|(?:rope|pills|tablets|knife|knives|razor|razors|blades?|gun)(?: ${W}){0,5} (?:and )?(?:i )?(?:keep|kept|been|cant stop) (?:thinking (?:about|of) (?:it|them|using (?:it|them)|taking them)|looking at (?:it|them)|staring at (?:it|them)|holding (?:it|them))`,
    { imminent: true },
  ),
  crisis(
    'suicidal.cantLiveLikeThis',
    ['suicidal'],
    `cant (?:live|go on living|keep living)(?: (?:like this|with (?:this|it|myself)|this way))?(?: (?:any more|no more|much longer))?${END}`,
    { negatable: false },
  ),
  crisis(
    'suicidal.othersBetterIfIDied',
    ['suicidal'],
    `(?:everyone|everybody|they|people|my family|no one|nobody|the world)(?: ${W}){0,3} (?:would|will|d) (?:be )?(?:better off|happier|glad|pleased|relieved|happy|care|notice|miss me)(?: ${W}){0,2} if i (?:(?:was|were) (?:dead|gone)|died|disappeared|wasnt (?:here|around|alive)|killed myself|left (?:this world|for good))`,
  ),
  crisis(
    'suicidal.worthless',
    ['suicidal'],
    '(?:im|i am|feel like|feel like im|i feel like im|just|such) (?:a |just a |nothing but a )?waste of (?:space|oxygen|air|a life)',
  ),
  crisis(
    'suicidal.stockpile',
    ['suicidal'],
    `(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|storing up|stored up|building up) (?:up )?(?:all )?(?:(?:my|his|her|their|some|a lot of|loads of|lots of) )?${DRUGS}|${DRUGS} (?:saved|stored|stockpiled|hidden|hoarded|stashed) (?:up|away)`,
    { imminent: true },
  ),
  crisis(
    'suicidal.goodbye',
    ['suicidal'],
    `(?:written|wrote|writing|write|left|leaving)${ANY(0, 4)} (?:letters?|notes?|messages?)${ANY(0, 5)} (?:goodbye|good bye)|(?:goodbye|suicide) (?:letters?|notes?)|(?:saying|said|say) (?:my )?goodbyes? to (?:everyone|everybody|my (?:family|kids|children)|the world)`,
    { imminent: true },
  ),
  crisis(
    'suicidal.neverBorn',
    ['suicidal'],
    '(?:wish|wished) (?:that )?(?:i|id) (?:had )?(?:never|not) (?:been )?born|never (?:asked|wanted) to be born',
  ),
  crisis(
    'suicidal.joinTheDead',
    ['suicidal'],
    'want to (?:be with|join) (?:him|her|them) (?:in heaven|up there|in the ground)',
  ),
];

const SELF_HARM: readonly CrisisRule[] = [
  crisis(
    'selfHarm.selfHarm',
    ['selfHarm'],
    'self (?:harm|harms|harming|harmed|harmer|injury|injuring|injure|injured|injures|mutilation|mutilate|mutilating|mutilated)',
  ),
  ...pair(
    'selfHarm.toSelf',
    ['selfHarm'],
    (who) =>
      `(?:cutting|cut|cuts|slashing|slashed|slash|scratching|scratched|scratch|burning|burnt|burned|burn|harming|harm|harms|harmed|hurting|hurt|hurts|hitting|hit|hits|punching|punched|punch|bruising|bruised|injuring|injure|injured|mutilating|bite|biting) ${who}(?!(?: (?:out|off|up|by accident|accidentally|on (?:a|an|the|some|my|broken|glass|tin)|shaving|cooking|chopping|slicing|ironing|gardening|falling|lifting|tripping|slipping|playing|at (?:work|the gym)|doing (?:diy|the)|when i (?:fell|tripped|slipped)|in a fall|with the (?:kettle|iron|oven|knife while)))(?= ))`,
    SELF,
    OTHER_SELF,
  ),
  ...pair(
    'selfHarm.body',
    ['selfHarm'],
    (who) =>
      `(?:cut|cuts|cutting|slash|slashed|slashing|scratch|scratching|scratched|carve|carving|carved|burn|burning|burnt|burned) ${who} (?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|body|belly)(?!(?: (?:on|with the|while|when i|cooking|shaving|ironing|in the|accidentally|by accident|at work))(?= ))`,
    'my',
    '(?:his|her|their)',
  ),
  crisis(
    'selfHarm.cutting',
    ['selfHarm'],
    '(?:started|starting|been|keep|keeps|kept|back to|go back to|gone back to|went back to|relapsed and started) cutting(?!(?: (?:back|down|out|up|off|costs|my hours|hours|the|it|them|corners|ties|grass|hair|hedges?|wood|lawn|(?:my|his|her|their) (?:own )?(?:hair|fringe|nails|hours|grass|hedge|lawn|losses|spending)))(?= ))|cutting again|cut to cope|(?:i|still|sometimes i|i still|i only) cut (?:to cope|when (?:i|it|things|im)|because|to feel)',
  ),
  crisis(
    'selfHarm.injury',
    ['selfHarm'],
    `(?:punch|punches|punching|punched) (?:the )?walls?|(?:till|until|til) (?:i|it|they|my ${W}(?: ${W})?) (?:bleed|bleeds|bled|bruise|bruises|bruised)`,
  ),
  crisis(
    'selfHarm.urge',
    ['selfHarm'],
    '(?:urge|urges|temptation|tempted|craving|cravings) to (?:cut|self harm|burn|harm|hurt)(?!(?: (?:down|back|out|off|up|my hours|costs|ties|corners|my hair|it|the|someone|somebody|him|her|them|people))(?= ))',
  ),
];

const HARM_TO_OTHERS: readonly CrisisRule[] = [
  crisis(
    'harmToOthers.intent',
    ['harmToOthers'],
    `(?:going to|will|ill|i will|want to|wants to|wanting to|feel like|feels like|thinking (?:of|about)|think (?:of|about)|thought (?:of|about)|thoughts (?:of|about)|urges? to|urge to|might|scared i (?:will|might|ll|could)|scared ill|afraid (?:i|ill)|afraid i (?:will|might|could)|worried (?:i|ill)|worried i (?:will|might|could)|about to|planning to|plan to|tempted to|wanted to) (?:kill|killing|hurt|hurting|harm|harming|stab|stabbing|batter|battering|strangle|strangling|beat|beating|punch|punching|attack|attacking|murder|murdering|shoot|shooting|smother|smothering|shake|shaking|throttle|throttling|glass|glassing|do in|beat up|run over) (?:him|her|them|someone|somebody|anyone|anybody|people|everyone|everybody|my ${PEOPLE}|my (?:baby|babies|child|neighbour|neighbours|boss|manager|landlord|flatmate|colleague)|the (?:kids|kid|baby|children|child|neighbours?|boss|landlord)|his ${W}|her ${W}|their ${W}|${W} next door)`,
  ),
  crisis(
    'harmToOthers.violence',
    ['harmToOthers'],
    '(?:going to|will|ill|want to|wants to|feel like) (?:smash|kick|punch|bash|cave|knock) (?:his|her|their|your|someones) (?:face|head|teeth) in|(?:going to|will|ill|want to|wants to|feel like) (?:knock|beat|punch|kick) (?:him|her|them|someone|somebody) (?:out|up|senseless|to death)|(?:break|snap) (?:his|her|their|someones) (?:neck|legs|arms|jaw)',
  ),
  crisis(
    'harmToOthers.couldHurtSomeone',
    ['harmToOthers'],
    '(?:could|might|feel like i could|scared i could) (?:kill|hurt|harm|murder|stab|strangle) (?:someone|somebody|anyone|people|my (?:baby|child|kids|children))',
  ),
  crisis(
    'harmToOthers.weapon',
    ['harmToOthers'],
    '(?:use|using) (?:it|the knife|a knife|the gun|a gun|the bat) on (?:him|her|them|someone|somebody|his [a-z]+|her [a-z]+|my [a-z]+|the [a-z]+)',
    { imminent: true },
  ),
];

const ABUSE_VERBS =
  '(?:hits|hit|hitting|beats|beat|beating|beaten|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|strangling|throttled|throttles|pushes|pushed|pushing|shoves|shoved|shoving|hurts|hurt|hurting|batters|battered|attacks|attacked|bites|grabbed|grabs|drags|dragged|spits on|spat on|throws things at|threw things at|raped|rapes|raping|assaulted|assaults|abuses|abused|abusing|molests|molested|bullies|bullied|terrorises|pinned|pins|pinning|held me down|holds me down|restrained|restrains)';
const ABUSE_VERBS_OTHER =
  '(?:hits|hit|hitting|beats|beat|beating|batters|battered|kicks|kicked|punches|punched|slaps|slapped|chokes|choked|strangles|strangled|throttled|abuses|abused|abusing|rapes|raped|molests|molested)';

const ABUSE: readonly CrisisRule[] = [
  crisis(
    'abuse.violence.self',
    ['abuse'],
    `${ABUSE_VERBS} me(?!(?: (?:to|into|with (?:a|the) (?:bill|letter)))(?= ))|(?:threw|throws|throwing|thrown|chucked|chucks|chucking) (?:${W} ){0,3}at me`,
    { subject: 'self' },
  ),
  crisis(
    'abuse.violence.other',
    ['abuse'],
    `${ABUSE_VERBS_OTHER} (?:her|him|them)(?!(?: (?:to|into|hard|for six|at (?:chess|cards|darts|pool|football|tennis|the)))(?= ))`,
    {
      subject: 'someoneElse',
    },
  ),
  ...pair(
    'abuse.pushedAround',
    ['abuse'],
    (who) => `(?:pushes|pushed|pushing|shoves|shoving|knocks|knocked) ${who} (?:around|about|over|down)`,
    ME,
    OTHER_ME,
  ),
  crisis(
    'abuse.violence.family',
    ['abuse'],
    `${ABUSE_VERBS_OTHER} (?:my (?:mum|mam|mom|mother|sister|brother|nan|gran|stepmum|dad|baby|kids|children|son|daughter)|(?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|kids|children|son|daughter|mum|dad|mother|father|baby))`,
    { subject: 'someoneElse' },
  ),
  crisis(
    'abuse.stalking',
    ['abuse'],
    '(?:stalking|stalks|stalked|stalker)(?: me)?|(?:harassing|harasses|harassed) me|(?:keeps|keep|is|hes|shes|been) (?:following|followed) me(?!(?: on| back)(?= ))',
  ),
  crisis(
    'abuse.victim',
    ['abuse'],
    '(?:got|get) (?:beaten|beaten up|battered|abused|assaulted|raped|strangled|attacked)|(?:being|keep getting|getting) (?:physically |sexually |emotionally |financially |badly )?(?:beaten|beaten up|battered|abused|assaulted|raped|attacked|strangled|choked|groomed|exploited|trafficked|controlled|hit|hurt|kicked|punched|molested|bullied|threatened with a (?:knife|gun|weapon))(?!(?: by (?:a|the) (?:car|bus|van|ball|bike|lorry|train|taxi))(?= ))|(?:been|was|were) (?:physically |sexually |emotionally |financially |badly )?(?:beaten|battered|abused|assaulted|raped|strangled|choked|groomed|exploited|trafficked|molested)',
  ),
  crisis(
    'abuse.named',
    ['abuse'],
    `domestic (?:abuse|violence)|abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|marriage|ex|home|household|family|dad|father|mum|mother|son|daughter|parents?|stepdad)|coercive(?:ly)? control(?:ling)?|controlling (?:relationship|partner|husband|wife|boyfriend|girlfriend|marriage|ex)|dv|honour based (?:violence|abuse)|forced (?:marriage|to marry)|(?:financial|economic|emotional|sexual|physical|psychological|elder) abuse`,
  ),
  crisis(
    'abuse.threatened',
    ['abuse'],
    `(?:threatened|threatens|threatening|threaten|threats) (?:to (?:kill|hurt|harm|stab|beat|batter|strangle|shoot|burn|murder|do|smash) (?:me|us|my (?:kids|children|family|son|daughter|baby))|me)|(?:(?:he|she|they|someone|somebody|${PEOPLE})(?: (?:said|says|told me|swears|swore|keeps saying|is|s|will|would|has|is going to|going to|wants to|tried to|try to|tries to|threatened to|might|could|he|she|they|hell|shell|hed|shed)){1,4}|hell|shell|theyll|hed|shed|theyd) (?:kill|hurt|harm|stab|beat|batter|strangle|shoot|murder|beat up|smash my face in) me`,
    { subject: 'self' },
  ),
  crisis(
    'abuse.threatenedOther',
    ['abuse'],
    '(?:threatened|threatens|threatening|threaten) to (?:kill|hurt|harm|stab|beat|batter|strangle|shoot|burn|murder) (?:her|him|them)',
    { subject: 'someoneElse' },
  ),
  crisis(
    'abuse.notSafe',
    ['abuse'],
    '(?:not|dont feel|dont|never feel|no longer feel|doesnt feel|isnt) (?:feel )?safe (?:at home|in (?:my|the|our|her|his) (?:own )?(?:home|house|flat)|with (?:him|her|them|my [a-z]+))|(?:im|i am|i feel|feel|she is|shes|he is|hes|they are|were|we are|i dont feel|she doesnt feel|he doesnt feel|i never feel) (?:not |un)?safe (?:at home|here|in (?:my|our|her|his) (?:own )?(?:home|house|flat))|home (?:isnt|is not|doesnt feel|dont feel|no longer feels) safe|(?:scared|frightened|afraid|terrified|too scared|too frightened|petrified) (?:to go|of going|to be|of being|to stay|to live) (?:back )?(?:home|at home|in the house|alone with (?:him|her|them))',
    { negatable: false },
  ),
  crisis(
    'abuse.afraidOf',
    ['abuse'],
    `(?:scared|frightened|afraid|terrified|petrified|fear) (?:for my life|of (?:my |her |his )?(?:${PEOPLE}|him|her|what (?:he|she|they) (?:will|might|ll|could|would) do)(?!(?: (?:finding|seeing|knowing|thinking|getting|being|going|leaving|losing|worrying|having|not|doing|dying))(?= )))`,
  ),
  crisis(
    'abuse.violentPerson',
    ['abuse'],
    `(?:he|she|hes|shes|${PEOPLE})${ANY(0, 2)} (?:is|gets|getting|becomes|can be|can get|turns|has been|goes|went|got) (?:really |very |so |quite |a bit |more |)(?:violent|physical with me|handy with his fists)`,
  ),
  crisis(
    'abuse.control',
    ['abuse'],
    `(?:wont|doesnt|dont|never|wouldnt) let (?:me|her|him|us) (?:see|go|leave|out|work|talk|speak|call|phone|visit|eat|sleep|have (?:money|any money|my own money|her own money|friends|a phone|my phone|a job|my (?:bank|card|keys)))|(?:locks|locked|locking) (?:me|her|him|us) (?:in|inside|up)|(?:not|never) allowed (?:to )?(?:see (?:my|her|his|anyone|friends|family)|go out|leave(?: the house)?|out(?: without)?|have (?:money|my own money|friends|a phone|my phone)|work|talk to|speak to|use (?:my|the) phone)`,
  ),
  crisis(
    'abuse.controlByPerson',
    ['abuse'],
    `(?:he|she|they|hes|shes|someone|${PEOPLE})(?: ${W}){0,5} (?:(?:controls|controlling|control|takes|took|taking|keeps|kept|keeping|steals|stole|stealing|has|holds|withholds) (?:all )?(?:of )?(?:(?:my|her|his|our|the) money|(?:my|her|his|our) (?:bank cards?|cards|benefits|pension|wages|phone|passport|car keys|keys|documents))(?!(?: (?:out for|for me|for her|for him|to the post|in for))(?= ))|(?:checks|checking|goes through|reads|tracks|tracking|monitors|monitoring|watches) (?:(?:my|her|his) (?:phone|messages|texts|emails|location)|where (?:i|she|he)|who (?:i|she|he))(?!(?: to help| for me| for her| for him)(?= ))|(?:controls|controlling) (?:everything|me|her|him|what (?:i|she|he)|who (?:i|she|he)|where (?:i|she|he))|(?:smashes|smashed|smashing|breaks|broke|throws|threw|punches|punched|kicks|kicked) (?:things|stuff|the house up|doors|holes in (?:the )?(?:walls?|doors?)|the walls?|furniture|plates))`,
  ),
  crisis(
    'abuse.financial',
    ['abuse'],
    '(?:takes|took|taking|steals|stole|stealing|nicks|nicked|helps (?:himself|herself) to) (?:money|cash|my money|my pension) (?:from|out of) (?:my|her|his) (?:purse|wallet|account|bank|handbag|pension)',
  ),
  crisis(
    'abuse.sexual',
    ['abuse'],
    `(?:makes|made|forces|forced|forcing|pressures|pressured|pressuring) (?:me|her|him) (?:to )?(?:have sex|do sexual|do things|sleep with|touch|watch porn)|(?:touches|touched|touching|keeps touching|tries to touch) (?:me|her|him)(?= (?:and|when|where|in|down|there|inappropriately|at night|[.,~])| *$)|(?:raped|rape|rapes|raping|sexually assaulted|sexual assault|molested|molesting)`,
  ),
];

const MEDICAL: readonly CrisisRule[] = [
  medical(
    'medical.chestPain',
    'chestPain',
    'chest pains?|pains? in (?:(?:my|his|her|their|the) )?(?:chest|heart)|(?:my |his |her |their )?chest (?:is |feels |was |s )?(?:really |very |so )?(?:hurting|hurts|aching|burning|crushing|painful|sore|heavy|tight)|crushing (?:pain|feeling|sensation|chest)|chest tightness|tight chest|tight(?:ness)? (?:in|across|on) (?:my|his|her|the) chest|pain (?:is |was |s )?(?:going|spreading|radiating|moving|shooting|travelling) (?:down|into|to|up|through|across) (?:my|his|her|the) (?:left |right )?(?:arm|jaw|neck|shoulder)',
  ),
  medical(
    'medical.heartAttack',
    'chestPain',
    `(?<!(?:of|about|risk of|chance of|avoid|avoiding|prevent|preventing) )having a heart attack|(?:think|thought|feels? like|sure)${ANY(0, 3)} (?:a )?heart attack|(?:in|having|gone into|went into) cardiac arrest`,
  ),
  medical(
    'medical.cantBreathe',
    'breathlessness',
    '(?:cant|cannot|cant hardly|can hardly|can barely|unable to|struggling to|struggle to|fighting to|fighting for|gasping for|hard to|difficult to|trouble|difficulty|problems) (?:breathe|breath|breathing|get (?:my|his|her|their) breath|catch (?:my|his|her|their) breath)(?!(?: (?:as well|as easily|as good|when|whenever|if|through (?:my|his|her) nose|in crowds|at night|in (?:the )?(?:cold|heat|hot weather|cold weather|damp|winter|summer|crowded places)))(?= ))',
    { negatable: false },
  ),
  medical(
    'medical.cantSpeakForBreath',
    'breathlessness',
    '(?:cant|unable to|struggling to|cannot) (?:finish (?:my|his|her|their) sentences|get (?:(?:my|his|her|their|the) )?words out|speak in (?:full )?sentences|talk in sentences)',
    { negatable: false },
  ),
  medical(
    'medical.blueLips',
    'breathlessness',
    `(?:lips?|tongue|face|fingers)(?: [a-z]+){0,2} (?:blue|grey|gray)(?!(?: (?:eyes|badge|bin|in the cold|when (?:its|it is|i am|im) cold))(?= ))`,
  ),
  medical(
    'medical.choking',
    'otherEmergency',
    '(?:is |hes |shes |im |baby is |its )choking(?!(?: (?:me|her|him|on (?:my|his|her) words|back))(?= ))',
  ),
  medical(
    'medical.strokeFace',
    'strokeSigns',
    '(?:face|mouth|smile|eyelid)(?: (?:is|has|looks|seems|went|gone|was|keeps|looked|all|suddenly|a bit|really|very|started|starting|to|go|gone|on one side)){0,4} (?:drooping|droopy|droops|dropped|drooped|dropping|fallen|lopsided|slipped|sagging|crooked)',
  ),
  medical(
    'medical.strokeSpeech',
    'strokeSigns',
    `(?:slurred|slurring) (?:speech|talking|${W} words|words)|(?:speech|words|talking|voice) (?:is |are |was |were |has |have |keep |)(?:slurred|slurring|jumbled|muddled|garbled|coming out wrong|come out wrong|all wrong|gone funny|gone strange)|(?:speech|talking) (?:is |has gone |went |)(?:funny|strange|weird) (?:all of a sudden|suddenly)`,
  ),
  medical(
    'medical.strokeArm',
    'strokeSigns',
    `(?:arm|arms|hand|face|one side|side of (?:my|his|her) (?:body|face))(?: ${W})? (?:went|has gone|gone|is|feels|felt|is going|going|suddenly) (?:all |really |very |suddenly |)(?:numb|weak|dead|floppy|limp|tingly)|(?:cant|unable to|couldnt) (?:lift|raise|move|feel) (?:my|his|her|their|one) (?:left |right )?(?:arm|arms|leg|side|hand)`,
  ),
  medical(
    'medical.strokeSudden',
    'strokeSigns',
    `(?:sudden|suddenly) (?:weakness|numbness|confusion|confused|loss of (?:vision|sight|balance|speech)|blindness|blind|cant see|cant speak|cant talk|trouble speaking|paralysis)|weakness (?:down|on|in) (?:one|his|her|my|the) (?:left |right )?side|(?:is |im |am |hes |shes |think ${W} (?:is |am |s |was )?|might be )having a stroke`,
  ),
  medical(
    'medical.bleeding',
    'heavyBleeding',
    `(?:bleeding|bleed|bleeds|bled) (?:heavily|a lot|loads|badly|everywhere|really badly|so much|non stop|nonstop|profusely)|(?:heavy|heavily|lots of|a lot of|loads of|so much|massive|severe) (?:bleeding|blood loss)|(?:wont|cant|doesnt|not) stop (?:the )?bleeding|(?:nose ?)?(?:bleed|bleeding|bleeds)(?: [^ .]+){0,6}? (?:wont|doesnt|not|cant|isnt|hasnt) (?:stop|stopping|stopped|be stopped)|blood (?:everywhere|pouring|gushing|spurting)|(?:pouring|gushing|spurting|squirting) (?:with )?blood|(?:vomiting|vomited|vomit|throwing up|threw up|thrown up|coughing up|coughed up|coughing|sicking up|being sick|been sick|was sick|puking|spitting up|spat up|bringing up|brought up|weeing|peeing|passing) (?:up )?(?:blood|bright red blood|dark blood)|blood in (?:my|his|her|their|the) (?:sick|vomit)|(?:soaking|soaked|soaks|going through|filling) (?:a |one )?(?:pad|pads|towel|towels|tampon|tampons)${ANY(0, 2)} (?:every|an|in an|within an|each) (?:hour|half hour)|pregnant(?: [^ .]+){0,6}? bleeding|bleeding(?: [^ .]+){0,4}? pregnant`,
  ),
  medical(
    'medical.stabbed',
    'otherEmergency',
    '(?:been|got|just been|has been|have been|being|was) (?:stabbed|shot)(?!(?: (?:at|down|in the back by))(?= ))',
  ),
  medical(
    'medical.collapse',
    'collapse',
    `collapsed|collapsing|collapses|(?:is|was|found|lying|lay|been|gone|went|has gone) (?:${W} ){0,2}?(?:unconscious|unresponsive|out cold|not responding)|unconscious|unresponsive|(?:not|isnt|wasnt|stopped) responding(?!(?: to| properly to)(?= ))|found ${W}(?: ${W}){0,3} (?:on (?:the )?floor|collapsed|unconscious)|(?:hasnt|not|havent|still not|isnt) (?:woken|woke|waking|come round|came round)(?: up)?|(?:passed|passing|passes) out|(?:not|stopped|isnt|no longer) breathing|wont wake(?: up)?(?!(?: (?:early|in|on|at|for|before|till|until|when))(?= ))|(?:cant|couldnt) (?:wake (?:him|her|them|the baby)|be woken)|(?:hard|difficult|impossible) to (?:wake|rouse)(?!(?: up)(?= ))|having (?:a |an )?(?:fit|seizure|seizures|epileptic fit)|(?:fitting|seizing|convulsing)(?!(?: (?:in|into|the|a|an|for|out|me|him|her|them|my|his|their|our|new|well|with|room|rooms))(?= ))`,
  ),
  medical(
    'medical.anaphylaxis',
    'anaphylaxis',
    `anaphyla[a-z]*|(?:severe|bad|serious|major|massive|having an?|going into) (?:allergic reaction|anaphylactic (?:shock|reaction))|allergic reaction(?: [^ .]+){0,6}? (?:swelling|swollen|cant breathe|throat|lips|tongue)|(?:throat|airway) (?:is |feels |s )?(?:closing|closed|tightening)(?: up)?|(?:tongue|lips?|mouth|face|throat)(?: and (?:throat|tongue|lips?|mouth|face))+ (?:are |is |)(?:swelling|swelled|swollen|puffing)(?: up)?|(?:tongue|lips?) (?:is |are |)(?:swelling|swelled) up|(?:used|needed|given|give|gave|using) (?:his |her |my |an |the )?epi ?pen`,
  ),
  medical(
    'medical.headache',
    'severePain',
    'worst headache|(?:sudden|suddenly|thunderclap|explosive|blinding) (?:severe |terrible |really bad |bad |)headache|headache (?:that )?(?:came on |come on |started )?(?:suddenly|out of nowhere|like being hit)',
  ),
  medical(
    'medical.dying',
    'otherEmergency',
    `(?:think|feel like|feels like|scared|afraid|worried|sure)(?: (?:that|i|im|i am|he|she|hes|shes|he is|she is|they|theyre|is|am|s|re|might be|may be|could be)){0,3} dying|(?:i am|im) dying(?!(?: (?:to|for|of|laughing|inside|my|her|his|the|a|here|over|with))(?= ))${END}`,
  ),
  {
    ...medical(
      'medical.overdoseTaken',
      'overdose',
      `(?:taken|took|take|done|did|had|having|swallowed) (?:an |a |another |a massive |a big )?(?:overdose|od)|overdosed|overdosing|(?:taken|took|swallowed|necked|downed|had|ate|eaten) (?:about |around |over |like |nearly |almost |at least |maybe |just )?(?:${LOTS} (?:(?:my|his|her|their|the|mums|dads|nans|these|them) )?${DRUGS}|all (?:of )?(?:my|his|her|their) (?:tablets|pills|meds|medication|medicines)(?!(?: (?:this morning|today|as (?:usual|normal|prescribed)|on time|for (?:today|the day)))(?= )))`,
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
];

// Figures of speech and talk about services (DOMAIN: "Text ABOUT services should not trigger").
const BENIGN: readonly string[] = [
  '(?:killed|killing|kill) (?:myself|ourselves|themselves|himself|herself) (?:laughing|with laughter)',
  '(?:nearly|almost) (?:killed myself|died) (?:laughing|of)',
  'suicide (?:prevention|awareness|bereavement|loss|survivors?|training|first aid|intervention|helpline|hotline|line|charity|charities|walk|run|support group|research|statistics|rates?|figures|safer|alert)',
  '(?:talk|talking|learn|learning|course|training|awareness) (?:about|on|of|in) suicide',
  '(?:lost|lose|losing) (?:my|a|our|his|her|their)(?: [a-z]+){0,2} to suicide',
  '(?:died|death|deaths|dying) (?:by|from|through|of) suicide|bereaved by suicide|affected by suicide',
  'self harm (?:awareness|training|course|courses|sessions?|workshop|research|charity|team|service|services|nurse|support for parents)',
  '(?:domestic (?:abuse|violence)|dv|abuse|rape) (?:awareness|training|course|courses|refuge|refuges|charity|charities|service|services|worker|workers|officer|team|champion|helpline|hotline|support worker|advocate|volunteers?|campaign|policy|survivors? (?:group|network|programme)|support groups?|project|crisis)',
  '(?:volunteer|volunteering|volunteers|work|working|worker) (?:at|for|with|in) (?:a |the )?(?:domestic abuse|womens aid|refuge)',
  // First aid and learning talk is hypothetical: "what to do if someone collapses".
  `what (?:to|you should|should you|do you) do (?:if|when) (?:someone|somebody|a person|people|they|he|she|a friend|your ${W}|a ${W})${ANY_TOKEN(0, 10)}`,
  '(?:signs|symptoms) of (?:a )?(?:stroke|heart attack|sepsis|meningitis|overdose|choking)',
  `(?:how|learn) to (?:help|spot|recognise|recognize|support|talk to)${ANY_TOKEN(0, 3)} (?:someone|a person|people|somebody)${ANY_TOKEN(0, 8)}`,
  // Non-human things collapse too.
  '(?:business|company|firm|ceiling|roof|wall|house|building|shop|marriage|relationship|deal|market|floor|bed|chair|tent|bridge|economy|scheme|sale|plans?|world|lung|shelf|shelves|fence|shed) (?:has |had |just |all |then |)(?:collapsed|collapses|collapsing)',
  'collapsed (?:lung|veins?|arches)',
  'unconscious (?:bias|mind)',
  // Institutions threaten with money and housing, not with harm.
  '(?:bailiffs?|creditors?|debt collectors?|landlords?|letting agents?|council|job ?centre|dwp|bank|lenders?|loan company|energy company|school|employer|boss|court) (?:(?:keep|keeps|kept|are|is|have|has|been|always) )*(?:threaten|threatens|threatened|threatening|harassing|harasses|harassed) (?:me|us)(?!(?: (?:with (?:a |an )?(?:knife|gun|violence|weapon)))(?= ))',
  '(?:it|that|this|which|what|news|reality|grief|loss|death|the diagnosis|the letter|nurse|doctor|dentist|physio|injection|jab|needle|blood test|smear|operation|procedure) (?:really |just |has |had |still |)(?:hit|hits|hurt|hurts) me',
  'hit me (?:up|hard|like a)',
  '(?:back|knee|knees|legs?|feet|foot|hip|hips|neck|arms?|shoulders?|head|tooth|teeth|stomach|tummy|joints|hands?|wrists?) (?:really |still |always |)(?:hurts|hurt|is hurting|are hurting|kills|is killing) me',
  '(?:doctor|gp|dr|nurse|hospital|council|landlord|bank|dwp|job centre|school|consultant|pharmacist|dentist|physio) (?:wont|doesnt|dont|will not|wouldnt) let me',
  '(?:kindness|story|it|that|this|words|message|letter|film|song|speech|gesture) (?:really |deeply |so |)touched me',
  '(?:will|ll|would|d|is going to|s going to|going to) (?:kill|murder) me (?:if|when) (?:i|im) (?:forget|forgot|miss|am late|m late|late|lose|spend|tell|break|eat|dont|do not|leave the|get home late|dont tidy)',
  'burn(?:ing|t|ed)? (?:myself|himself|herself) out',
];

const TRIAGE_BENIGN: readonly string[] = [
  '(?:gets?|getting a bit|a bit|slightly|bit|goes|get a bit|is a bit|a little) (?:breathless|short of breath|sob|puffed out|out of breath) (?:on|when|walking|going|climbing|with|after|doing|if|up|at)',
  'breathless on (?:the )?(?:stairs|exertion|hills)',
  'breathe easy',
  'chronic (?:[a-z]+ )?pain|pain (?:clinic|management|team|service|relief group)|long term pain',
  'nappy rash|heat rash',
  'feeding well|feeding fine|eating well',
];

const RED_FLAGS: readonly RedFlagRule[] = [
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
      '(?:severe|terrible|excruciating|unbearable|agonising|agonizing|awful|extreme|really bad|very bad|worst ever)(?: [a-z]+){0,2} pains?|in (?:agony|so much pain|terrible pain|a lot of pain|severe pain)|pain (?:is |has been )?(?:severe|unbearable|excruciating)|(?:screaming|crying) (?:in|with|out in) pain|cant (?:walk|move|stand) (?:for|with|because of) (?:the )?pain',
  },
  {
    id: 'unwellChild.fever',
    flag: 'unwellChild',
    urgency: 'urgent111',
    pattern: `${CHILD}(?: [^ .]+){0,6}? (?:high )?(?:fever|temp|temperature|temps)(?: of (?:3[89]|4[0-9])(?:.[0-9])?)?`,
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

const SUBSTITUTIONS: Readonly<Record<string, string>> = {
  wanna: 'want to',
  wana: 'want to',
  gonna: 'going to',
  gona: 'going to',
  gunna: 'going to',
  kms: 'kill myself',
  kmsl: 'killing myself laughing',
  rn: 'right now',
  rly: 'really',
  realy: 'really',
  rlly: 'really',
  bout: 'about',
  abt: 'about',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  n: 'and',
  nd: 'and',
  u: 'you',
  ur: 'your',
  b: 'be',
  ppl: 'people',
  every1: 'everyone',
  evry1: 'everyone',
  no1: 'no one',
  noone: 'no one',
  some1: 'someone',
  any1: 'anyone',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  tonite: 'tonight',
  '2nite': 'tonight',
  anymore: 'any more',
  nomore: 'no more',
  cannot: 'cant',
  'can not': 'cant',
  cnt: 'cant',
  dnt: 'dont',
  'do not': 'dont',
  'does not': 'doesnt',
  'did not': 'didnt',
  'will not': 'wont',
  'would not': 'wouldnt',
  'could not': 'couldnt',
  'is not': 'isnt',
  'are not': 'arent',
  'was not': 'wasnt',
  'have not': 'havent',
  'has not': 'hasnt',
  'i am': 'im',
  'my self': 'myself',
  'him self': 'himself',
  'her self': 'herself',
  'them selves': 'themselves',
  selfharm: 'self harm',
  selfharming: 'self harming',
  selfharmed: 'self harmed',
  suicidle: 'suicidal',
  sucidal: 'suicidal',
  sucidle: 'suicidal',
  suicidel: 'suicidal',
  suicidial: 'suicidal',
  suisidal: 'suicidal',
  suicidall: 'suicidal',
  sucide: 'suicide',
  suicde: 'suicide',
  suiside: 'suicide',
  myslef: 'myself',
  mysef: 'myself',
  dieing: 'dying',
  dyin: 'dying',
  feelin: 'feeling',
  thinkin: 'thinking',
  goin: 'going',
  nothin: 'nothing',
  livin: 'living',
  tryin: 'trying',
  cuttin: 'cutting',
  hurtin: 'hurting',
  killin: 'killing',
  endin: 'ending',
  doin: 'doing',
  wakin: 'waking',
  sayin: 'saying',
  talkin: 'talking',
  breathin: 'breathing',
  bleedin: 'bleeding',
  bf: 'boyfriend',
  gf: 'girlfriend',
  hubby: 'husband',
  yrs: 'years',
  yr: 'year',
  hrs: 'hours',
  'c o': 'complains of',
  wud: 'would',
  cud: 'could',
  thru: 'through',
  tho: 'though',
};

const FIRST_PERSON = '(?:i|im|ive|id|ill|me|my|myself|mine|meself)';
const NEGATORS =
  '(?:not|never|no|nor|without|denies|denied|denying|deny|dont|didnt|doesnt|isnt|arent|wasnt|werent|wouldnt|havent|hasnt|no longer|none|nil)';
/** Words that may sit between a denial and what it denies: "not really", "no thoughts of". */
const DENIAL_FILLERS =
  '(?:really|actually|currently|feeling|feel|felt|any|having|have|had|got|been|going to|planning to|planning on|thinking of|thinking about|want to|wanting to|intend to|intending to|ever|even|a|an|any|thoughts of|thoughts about|thought of|signs of|sign of|history of|current|active|evidence of|risk of|plans to|plan to|intention to|intention of|intent to|like|that|the|complains of|complaints of|complaining of|reported|new|acute|obvious|ongoing|being)';

export const enGB: SafetyLexicon = {
  tag: 'en-GB',
  substitutions: SUBSTITUTIONS,
  benign: BENIGN,
  triageBenign: TRIAGE_BENIGN,
  // A denial governs a hit only when it sits right before it, with at most a few filler words between
  // ("not suicidal", "no thoughts of self harm", "I'm not going to kill myself", "denies chest pain"),
  // or ends a list joined by "or" ("no chest pain or breathlessness"). A comma does not carry a denial
  // on: in "no food, no money, want to die" the last part stands alone.
  negationBefore: `(?<![a-z0-9])${NEGATORS}(?: ${DENIAL_FILLERS})*(?:(?: [a-z0-9]+){1,3} (?:or|nor)(?: ${DENIAL_FILLERS})*)* $`,
  // A denial followed by these was not one: "I don't want to kill myself yet", "... but I think about it".
  negationHedgeAfter:
    '^ (?:yet|though|(?:, )?but (?:i |im )?(?:think|thought|keep|want|wish|might|could|do|did|still|sometimes|often|have|cant stop|feel|am)|i promise|promise|probably|maybe|i dont know|not sure)(?![a-z0-9])',
  pastBefore:
    '(?<![a-z0-9])(?:used to|use to|when i was|previously|previous|history of|hx of|in the past|past|former|formerly|survivor of|survived|survivors of|been through|went through|grew up with|grew up in|grown up with|grew up around|witnessed|escaped|escaped from|left|got out of|got away from|fled|recovered from|recovering from)(?: (?:a|an|my|his|her|the|some|from|really|bad|serious|lot of|lots of|years of|periods of|episodes of|badly|to))* $',
  pastInClause:
    '(?<![a-z0-9])(?:(?:[0-9]+|a few|few|two|three|four|five|six|seven|eight|nine|ten|twenty|many|several|some|couple of|a couple of|a number of) (?:years?|decades?) (?:ago|back)|years ago|years back|(?:a )?long time ago|long ago|ages ago|last year|when i was (?:younger|young|little|a (?:child|kid|teenager|teen|student|girl|boy)|at (?:school|uni|university|college)|in my (?:teens|twenties|20s|thirties))|as a (?:child|kid|teenager|teen|student|youngster)|in my (?:teens|twenties|youth|20s|30s)|(?:back )?in (?:19|20)[0-9][0-9]|as a young (?:man|woman|person))(?![a-z0-9])',
  ongoing:
    '(?<![a-z0-9])(?:still|again|currently|these days|at the moment|right now|recently|lately|started|starting|coming back|come back|came back)(?![a-z0-9])',
  recurrence:
    '(?<![a-z0-9])(?:again|relapse|relapsed|relapsing|still (?:feel|feeling|felt|think|thinking|have|having|get|getting|want|wanting|do it|doing it|struggle|struggling)|(?:come|came|coming|its|theyre|thoughts are) back|back to (?:cutting|self harming|harming|hurting|feeling|thinking|wanting)|returned|returning)(?![a-z0-9])',
  clauseBreak: ' (?:,|but|and|so|because|though|although|however|whereas|while|whilst|then|yet|or) ',
  // The nearest subject before the hit decides: a third-party cue counts only if no first-person word
  // follows it ("my son told me he wants to die" is about the son; "my son says I want to die" is not).
  thirdParty: `(?<![a-z0-9])(?:he|she|they|hes|shes|theyre|theyve|hed|shed|theyd|hell|shell|theyll|him|her|them|his|their|someone|somebody|anyone|patient|pt|caller|client|lady|man|woman|gentleman|gent|girl|boy|person|(?:(?:my|our|his|her|their|a|the)(?: [a-z]+){0,2}|[a-z]+s) (?:friend|friends|mate|mates|pal|partner|husband|wife|boyfriend|girlfriend|ex|son|sons|daughter|daughters|child|children|kid|kids|baby|mum|mam|mom|mother|dad|father|brother|sister|nan|gran|grandma|grandad|grandson|granddaughter|aunt|auntie|uncle|cousin|neighbour|neighbours|colleague|flatmate|housemate|teenager|teen|stepdad|stepmum|niece|nephew|carer|family|relative|student|pupil)|friend|mate|neighbour|kids next door|(?:[0-9]+ ?(?:yo|year old|years old)))(?: (?!${FIRST_PERSON}(?![a-z0-9]))[a-z0-9]+)* ?$`,
  imminence:
    '(?<![a-z0-9])(?:right now|now|tonight|this (?:minute|second|evening)|about to|(?:has|got|have|holding|with|carrying|grabbed|brought|waving|pulled) (?:a |an |the |his |her |my )?(?:knife|knives|gun|weapon|blade|machete|rope|razor|hammer|baseball bat)|(?:outside|at) (?:the|my|our|her|his) (?:house|door|flat|window|home)|(?:is|hes|shes|theyre) (?:here|outside|coming back|on (?:his|her|their) way)|on (?:the|a) (?:bridge|roof|ledge|edge|platform|railway|tracks))(?![a-z0-9])',
  crisis: [...SUICIDAL, ...SELF_HARM, ...HARM_TO_OTHERS, ...ABUSE, ...MEDICAL],
  redFlags: RED_FLAGS,
};
