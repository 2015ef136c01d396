import type { CrisisRule } from '../../lexicon';
import { ANY, crisis, DRUGS, END, MANY, pair, OTHER_SELF, SELF, TO, W } from './vocab';

export const SUICIDAL: readonly CrisisRule[] = [
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
