import type { CrisisRule } from '../../lexicon';
import { ABUSE_VERBS_OTHER, MY_NAMED, NAMED } from './abuse';
import {
  DRUGS,
  END,
  HELPING_THEM,
  MY_SELF_HARM,
  NOT_THING,
  OTHER_SELF,
  PEOPLE,
  PLACE,
  possible,
  SELF,
  W,
  WEAPON,
} from './vocab';

// The possible tier: words that may well mean a crisis and may not. Each one gets a direct, kind check
// question ("Are you thinking about ending your life?", "Are you safe right now?", "Is someone hurting
// you?") and the routes unless the answer is a plain no. These rules are wider than the clear ones on
// purpose: a question asked when it was not needed costs a sentence; a crisis missed can cost a life.
// They still keep to the lexicon's discipline (see index.ts): whole situations, not lone words, with
// everyday senses excluded ("trapped in this job", "hopeless at cooking").

const FIRST = '(?:i|im|ive|id|ill|i am|i have|i would|i just|i really|i honestly|i sometimes)';
const NOT_WAKE =
  '(?:not|never|didnt|dont|wouldnt|couldnt|did not|do not|would not) (?:wake|woke|waking|wake up|woke up|waking up)';
const DEATH_WORD = '(?:die|dead|death|dying)';
/** Figures of speech that follow a word of death: "dying to", "dead tired", "death by chocolate". */
const NOT_FIGURE =
  '(?!(?: (?:for|to|than|against|set against|certain|my hair|her hair|his hair|hair|lonely|bored|busy|cold|hard|posh|rough|sound|slow|boring|worried|nervous|happy|pleased|late|early|close|heavy|simple|sure|good|nice|in (?:my|his|her) (?:own|sleep|bed)|at home|peacefully|with dignity|surrounded|of old age|of (?:boredom|embarrassment|shame|laughing|laughter|cold|heat|hunger|thirst|a cold|fright|curiosity|cringe)|laughing|inside|down|out|off|on my feet|tired|beat|end|easy|good|set|quiet|heat|lucky|serious|right|funny|nice|keen|chuffed|proud|excited|by chocolate|battery|phone|plant|plants|flowers|grass|loss|warmed up|broke|in paradise|with (?:this|a|my|the) (?:hangover|cold|man flu)|if i (?:eat|have|see|hear|watch|do) (?:another|one more|any more)))(?= ))';

const PASSIVE: readonly CrisisRule[] = [
  possible(
    'possible.notWakeUp',
    ['suicidal'],
    `(?:wouldnt|would not|dont|do not|wouldnt really|would not really)(?: really)? (?:mind|care) if (?:i )?(?:just )?${NOT_WAKE}|(?:hope|hoping|wish|wishing|pray|praying|would be (?:a relief|nice|easier|good|lovely|better|a blessing|peaceful)|d be (?:a relief|nice|easier|good|lovely|better|a blessing|peaceful))(?: (?:that|if|to|i|id|i would|just|could|would|one day|one morning|some days|sometimes)){0,4} ${NOT_WAKE}|no (?:reason|point) (?:to|in|for) (?:wake|waking|get|getting) up(?: in the morning| any more| each day| every day)?${END}`,
    { negatable: false },
  ),
  possible(
    'possible.accidentWish',
    ['suicidal'],
    `(?:hope|hoping|wish|wishing|pray|praying)(?: (?:that|i|id|i would|just|could)){0,3} (?:get|got|catch|caught|have|had|was|were|get hit|got hit)(?: ${W}){0,4} (?:and die|and never|and not (?:come|wake)|die|killed|run over|hit by)|if i (?:got|get|was|were) (?:hit|run over|killed|struck|knocked down)(?: ${W}| ,){0,6} (?:wouldnt|would not|dont|wont|would not really) (?:care|mind|be sad|bother)|(?:wouldnt|would not|dont) (?:care|mind) if (?:a |the )?(?:bus|car|lorry|train|plane|truck) (?:hit|hits|killed|ran over) me`,
    { negatable: false },
  ),
  possible(
    'possible.noFuture',
    ['suicidal'],
    `(?:dont|cant|cannot|do not|can not|no longer) see (?:a|any|much of a|myself having a|myself in the) future(?: for (?:me|myself))?${END}|(?:i|ive|i have|theres|there is) (?:got )?no future (?:for me|for myself|left)?${END}|(?:cant|cannot|dont) (?:see|imagine|picture) (?:myself|me) (?:being here|being alive|still (?:here|alive)|growing old|getting old|in (?:a|five|ten) years?|(?:doing|surviving|getting through|facing) another (?:winter|christmas|year|summer) (?:of this|like this)(?= *$| [.,~!]))|(?:doesnt|doesn t|does not|cant|can t) see a future for (?:himself|herself|themselves)`,
    { negatable: false },
  ),
  possible(
    'possible.nothingLeft',
    ['suicidal'],
    `(?:nothing|no one|nobody|nothing much) (?:left )?(?:here )?for me(?: here| now| any more)?${END}|(?:theres|there is) nothing left(?: for me| in me| to give)?${END}|nothing (?:left )?to (?:live|stay|hold on|keep going) for`,
    { negatable: false },
  ),
  possible(
    'possible.notBelong',
    ['suicidal'],
    '(?:dont|do not|never) (?:belong|fit) (?:in|on) (?:this|the) (?:world|earth|planet)|(?:not|never) (?:meant|made) (?:to be|for) (?:here|this world|alive|on this earth)',
    { negatable: false },
  ),
  possible(
    'possible.hopeless',
    ['suicidal'],
    `(?:feel|feeling|im|i am|i feel|so|totally|completely|utterly|just) (?:so |totally |completely |utterly |really |just |very |absolutely )?hopeless(?!(?: (?:about (?:the|my|finding|getting|ever)|at|with|when|cook|case|romantic))(?= ))|nothing (?:will|is going to|s going to|ever) (?:ever )?(?:get|gets|be|change|going to get)(?: any)? better|(?:it|things|life|my life) (?:will|is|s|are|isnt|wont|arent) (?:never|not ever|not going to|ever going to|going to) (?:get|be|going to get)(?: any)? better`,
  ),
  possible(
    'possible.noWayOut',
    ['suicidal'],
    `(?:cant|cannot|dont|can not|do not|no longer) see (?:a|any) (?:way (?:out|forward|through)|light at the end|end to (?:this|it))(?!(?: of (?:(?:the|this|my) )?(?:debt|overdraft|contract|job|tenancy|lease|loan|arrears|rent))(?= ))|no way out${END}|(?:feel|feeling|im|i am|so) (?:so |completely |totally |just |really )?trapped(?!(?: (?:in (?:(?:this|my|a|the) )?(?:job|flat|house|contract|marriage|lease|tenancy|lift|traffic|queue|loop|cycle|routine|village))|at (?:home|work) with)(?= ))`,
  ),
  possible(
    'possible.wonderDead',
    ['suicidal'],
    '(?:wonder|wondering|wondered|imagine|imagining|imagined|picture|picturing|fantasise|fantasising|fantasize|fantasizing|daydream|daydreaming|dream|dreaming|think|thinking|thought) (?:about |of )?(?:what it (?:would|d|might) be like (?:to be|being) dead|what (?:would|d) happen if i (?:died|was gone|wasnt here)|(?:my own|my) funeral|(?:being|me being) dead|who would come to my funeral|how people would (?:react|feel) if i (?:died|was gone|wasnt here))',
  ),
  possible(
    'possible.welcomeDeath',
    ['suicidal'],
    '(?:welcome|wouldnt fear|dont fear|not afraid of|not scared of|long for|longing for|pray for|praying for|ready for|wish for|look forward to|looking forward to) (?:death|dying|the end|my death|the grave)|death (?:would|will|d) (?:be|come as) (?:a |such a )?(?:relief|release|welcome|blessing|mercy|escape|kindness)',
    { negatable: false },
  ),
  possible(
    'possible.reliefIfGone',
    ['suicidal'],
    `(?:a relief|easier|better|best|nice|kinder|simpler|happier|a blessing|peaceful|for the best)(?: ${W}){0,4} if i (?:just )?(?:died|didnt wake up|never woke up|was dead|were dead|was gone|were gone|wasnt here|wasnt around|disappeared|didnt exist|was not here|went to sleep and|stopped existing)`,
  ),
  possible(
    'possible.hadEnough',
    ['suicidal'],
    `(?:ive|i have|i|im|i am|ive just|i just|ive really|ive truly|ive honestly) (?:had|have had) enough(?: (?:now|of (?:it all|everything|all of it|this|it|everyone|the world|people|being me|myself|fighting)))?${END}|(?:cant|cannot|can not) (?:take|do|cope with|handle|bear|stand|face) (?:it|this|any of it|anything|life|it all|much more|another day|one more day)(?: any more| no more| much longer)${END}|(?:cant|cannot) cope(?: any more| no more| with anything)${END}`,
    { negatable: false },
  ),
  possible(
    'possible.pointless',
    ['suicidal'],
    `(?:life|my life|everything|living|it all|existing|being alive|this life|my existence) (?:is|s|feels|seems|has become|just feels) (?:so |completely |totally |just |utterly |pretty )?(?:pointless|meaningless|worthless|empty|hopeless|not worth it|a waste|unbearable)${END}|(?:whats|what is|wats) the point (?:of|in) (?:me|anything|trying|going on|getting up|carrying on|it all|any of it|my life|even trying)${END}`,
    { negatable: false },
  ),
  possible(
    'possible.worthless',
    ['suicidal'],
    '(?:im|i am|i feel|feel|i feel so|i feel like im|i just feel) (?:so |completely |totally |just |utterly |such a |a )?(?:worthless|waste of (?:space|oxygen|a human being|a person|skin|time|a life)|failure at everything|disappointment to everyone|burden)|(?:i )?hate (?:my life|myself|being alive|living|existing|being me|who i am)(?!(?: (?:when|for|because|sometimes))(?= ))|(?:living|life|being alive|existing|staying alive|carrying on|getting up) (?:feels|is|seems) (?:like )?(?:too much|such an|so much) (?:of an )?(?:effort|hard work|struggle)',
  ),
  possible(
    'possible.done',
    ['suicidal'],
    `(?:im|i am|im just|i am just|im so|im really|im completely|im totally) (?:so |completely |totally |just |really )?(?:done|finished)${END}|(?:im|i am) (?:done|finished) with (?:everything|everyone|it all|all of it|this world|people|trying|fighting|this|me|myself)${END}|(?:tired|exhausted|weary|sick) (?:of|from) (?:everything|fighting|trying|being me|being here|it all|all of it|the pain|struggling|pretending|this pain)(?: (?:this|it|any more|so much))?${END}|(?:just )?want (?:some )?(?:peace|rest|it to be quiet)(?: at last| now| for good)?${END}`,
    { negatable: false },
  ),
  possible(
    'possible.desireDeath',
    ['suicidal'],
    `${FIRST}(?: ${W}){0,3} (?:want|wanted|wish|wished|hope|hoped|pray|prayed|long|longing|prefer|ready|need|rather)(?: ${W}){0,4} ${DEATH_WORD}${NOT_FIGURE}`,
  ),
  possible(
    'possible.endOfTether',
    ['suicidal'],
    `(?:end of my (?:tether|rope)|at breaking point|at my breaking point|reached breaking point|reached my limit|rock bottom|hit rock bottom)${END}`,
    { negatable: false },
  ),
  possible(
    'possible.sleepForever',
    ['suicidal'],
    `(?:go|gone|going) to sleep (?:forever|for ever|and (?:never|not) wake up|for good)|(?:want|wish|like|need) to (?:just )?(?:sleep|rest) (?:forever|for ever|for good|and never wake)|(?:want|wish|need) (?:it|everything|the world|the pain|life) to (?:just )?(?:go away|be over|end|stop)(?: for good| forever)?${END}`,
  ),
  possible(
    'possible.notAround',
    ['suicidal'],
    `(?:cant|cannot|can not) promise (?:ill|i will|i ll|id|i would)? ?(?:still )?be (?:here|around|alive)|(?:wont|will not|might not|may not|not going to) (?:still )?be (?:here|around|alive) (?:for|by|at|next|tomorrow|in|when|much|long|to see)|(?:wont|will not|dont|wouldnt) need (?:anything|it|them|any of (?:this|it|my things)|(?:my|his|her|their) ${W}) (?:after|where im going|soon|any more|much longer|for long)|(?:given|giving|gave) away (?:my|all my)(?: ${W}){0,2} (?:things|stuff|belongings|possessions|pets?|dog|cat|savings|books|clothes|games|records)|(?:given|giving|gave) (?:my|all my)(?: ${W}){0,2} (?:things|stuff|belongings|possessions|pets?|dog|cat|savings)(?: away| to)|(?:sorted|sorting|written|made|updated|putting) (?:out )?(?:my|a) (?:will|affairs)(?: ${W}| ,| \\.){0,12} (?:wont need|given|gave|goodbye|after this|not be here|not be around)`,
  ),
  possible(
    'possible.doItSoon',
    ['suicidal'],
    `(?:going to|gonna|will|ill|i will|planning to|plan to|decided to|ready to|about to|finally going to) (?:do it|go through with it|end it|go)(?: ${W}){0,3} (?:tonight|today|tomorrow|this (?:week|weekend|time|evening|morning)|soon|when|after|before|once|on my|while|when everyone|this year)|(?:no one|nobody|noone|you) (?:can|will|could) stop me|(?:picked|chosen|set|decided on|worked out|got) (?:a|the) (?:date|day|time|place|method)${END}`,
  ),
  possible(
    'possible.lethalQuestion',
    ['suicidal'],
    `how (?:many|much)(?: ${W}){0,2} ${DRUGS}(?: ${W}){0,4} (?:would be|is|are|counts as|would count as|before) (?:too many|too much|an overdose|dangerous|deadly|it kills|you die)|(?:can|could|would|will) (?:you|i|someone|a person|people) (?:die|overdose|od|not wake up) (?:on|from|of|if)|(?:what happens|what would happen) if (?:you|i|someone) (?:take|took|swallow|swallowed|drink|drank)(?: ${W}){0,3} (?:all|a whole|loads|lots|too many|a box|a packet|a bottle)(?=(?: ${W}| ,){0,6} (?:${DRUGS}|bleach|antifreeze|weedkiller|vodka|whisky|whiskey|gin|rum|of (?:them|it|those|these|my|his|her))(?![a-z0-9]))`,
  ),
  possible(
    'possible.place',
    ['suicidal'],
    `(?:drove|driven|walked|gone|went|come|came|been|going|go|drive) (?:up |down |out )?to (?:the |a )?${PLACE}(?: ${W}){0,4} (?:to look|and (?:im |i am |ive been |i )?(?:looked|looking|sat|sitting|stood|standing|thought|thinking|stared|staring|here)|to think|on my own|alone|at night|to (?:sit|stand))|(?:keep|kept|been|always|cant stop) (?:looking|staring|gazing|thinking about) (?:at |over |down at |about )?(?:the |a )?(?:${PLACE}|trains|traffic|drop|river|water|railway|edge|sea)(?!(?: (?:club|tournament|game|class))(?= ))|beachy head`,
    { question: 'safeNow' },
  ),
  possible(
    'possible.intoWater',
    ['suicidal'],
    '(?:walk|walking|wade|wading) (?:out )?(?:into|in to) (?:the )?(?:sea|river|canal|lake|ocean|waves)(?: and (?:not|never) (?:come|coming) back| until| till| and keep going)?',
  ),
  possible(
    'possible.askingForAFriend',
    ['suicidal'],
    `(?:asking|ask|question) (?:for|on behalf of) a (?:friend|mate|pal)(?: [^ ]+){0,20} (?:die|dying|dead|overdose|od|pills|tablets|${DRUGS}|kill|killing|suicide|suicidal|hang|hanging|jump|jumping|hurt|cut|cutting|lethal|too many|end it|end their life|wake up)|(?:die|dying|overdose|pills|tablets|kill|killing|suicide|suicidal|hang|hanging|jump|hurt|cut|cutting|lethal|too many|end it)(?: [^ ]+){0,20} (?:asking|ask) (?:for|on behalf of) a (?:friend|mate|pal)`,
    { subject: 'self' },
  ),
  possible(
    'possible.hypothetical',
    ['suicidal'],
    '(?:if|when) (?:i|you|someone|a person|people) (?:ever |start to |start |begin to )?(?:feel|feels|felt|get|gets|become|becomes|am|are|is|was) (?:really )?(?:suicidal|like (?:killing (?:myself|yourself)|ending it|dying))',
  ),
  possible(
    'possible.meansAtHand',
    ['suicidal'],
    `(?:got|have|ive got|bought|buy|buying|ordered|found) (?:a |the |some )?(?:charcoal|helium|plastic bag|hosepipe|exit bag)(?: ${W}){0,3}${END}|(?:keep|kept|been) (?:looking at|staring at|thinking about|holding) (?:my |the |a )?(?:pills|tablets|${DRUGS}|${WEAPON}|razors?|rope|belt)(?!(?: (?:to see|to check|to read|label|for my))(?= ))`,
    { question: 'safeNow' },
  ),
];

const SELF_HARM: readonly CrisisRule[] = [
  possible(
    'possible.headBang',
    ['selfHarm'],
    `(?:bang|banging|banged|hit|hitting|smash|smashing|smashed|bash|bashing|slam|slamming) (?:my|his|her) head (?:against|on|off|into) (?:the |a )?(?:wall|walls|floor|door|doors|table|window)`,
    { question: 'safeNow' },
  ),
  possible(
    'possible.hairPull',
    ['selfHarm'],
    `(?:pull|pulling|pulled|pluck|plucking|rip|ripping|pick|picking) (?:out )?(?:at )?(?:my|his|her) (?:own )?(?:hair|eyelashes|eyebrows|skin|scabs|nails)(?: out)?(?: ${W}| ,){0,4} (?:till|until|so|and) (?:there|it|i|my|theyre|they|its)(?: ${W}){0,3} (?:bald|bleed|bleeds|bleeding|gaps|patches|raw|sore)`,
    { question: 'safeNow' },
  ),
  possible(
    'possible.starve',
    ['selfHarm'],
    `(?:starving|starve|starved) ${SELF}|(?:stopped|stop|not|barely|havent been|refuse to|refusing to) eating (?:so (?:that )?(?:i|id)|to|until|till|because i want to)(?: ${W}){0,3} (?:disappear|die|waste away|punish|be gone|fade|shrink)|punish(?:ing|ed)? ${SELF}`,
    { question: 'safeNow' },
  ),
  possible(
    'possible.hiddenBlades',
    ['selfHarm'],
    `(?:hidden|hiding|hid|stashed|stashing|keep|kept|keeping|saving|saved|collect|collecting)(?: ${W}){0,3} (?:razor blades?|razors|blades|sharpener blades|broken glass)|(?:razor blades?|razors|blades|broken glass)(?: ${W}){0,3} (?:hidden|hid|stashed|saved|under (?:my|the) (?:bed|mattress|pillow)|in my (?:room|drawer|bag|pencil case))`,
    { question: 'safeNow' },
  ),
  possible(
    'possible.freshMarks',
    ['selfHarm'],
    `(?:fresh|new|more) (?:cuts|scars|wounds|burns|marks) (?:on|up) (?:my|his|her) (?:arms?|legs?|wrists?|thighs?|stomach|skin|body)|(?:scars|cuts|wounds) (?:are )?(?:fresh|open|bleeding|new) again|(?:hide|hiding|cover|covering|hid|covered) (?:up )?(?:my|the|his|her) (?:cuts|scars|marks|arms|wrists|burns)(?: ${W}){0,3}(?: (?:sleeves|jumper|bracelets|plasters|so no one|from))?`,
    { question: 'safeNow' },
  ),
  possible(
    'possible.wantToHurtSelf',
    ['selfHarm'],
    `(?:want|wanting|need|needing|itching|desperate|craving|urge) to (?:cut|self harm|burn ${SELF}|hurt ${SELF}|harm ${SELF}|bleed|feel pain)${END}`,
    { question: 'safeNow' },
  ),
];

const HARM_TO_OTHERS: readonly CrisisRule[] = [
  possible(
    'possible.weaponAtHand',
    ['harmToOthers'],
    `(?:got|have|keep|kept|keeping|carry|carrying|holding|grabbed|hidden|bought|sharpened|sharpening)(?: ${W}){0,3} (?:a |the |my )?${WEAPON}(?: ${W}){0,3} (?:by the (?:door|bed)|ready|for when|under (?:the|my) (?:bed|pillow)|in my (?:bag|pocket|car|coat|jacket)|on me|with me|just in case|for (?:him|her|them|protection|when)|to protect)`,
    { question: 'safeNow' },
  ),
  possible(
    'possible.afraidWhatIllDo',
    ['harmToOthers'],
    `(?:afraid|scared|frightened|worried|terrified|petrified|fear) (?:of )?what (?:i|ill|i will|i might|id|i would|i could) (?:do|might do|could do|will do|am capable of)(?: to (?:him|her|them|someone|somebody|my ${W}|the ${W}|people|anyone))?${END}`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'possible.snap',
    ['harmToOthers'],
    `(?:snap|lose it|lash out|flip|crack|lose control|see red)(?: and)? (?:hurt|hit|kill|attack|harm|stab|strangle|batter|punch) (?:someone|somebody|anyone|people|him|her|them|my ${W}|the ${W})`,
  ),
  possible(
    'possible.harmCaredFor',
    ['harmToOthers'],
    `(?:worry|worried|scared|afraid|frightened|terrified) (?:that )?(?:i|ill)(?: (?:might|will|could|ll|would|am going to))? (?:hurt|harm|hit|shake|smother|kill|lash out at|strangle|suffocate|drop) (?:her|him|them|my ${W}|the (?:baby|kids|children|child))`,
  ),
  possible(
    'possible.couldKill',
    ['harmToOthers'],
    `(?:might|will|gonna|going to|might actually) (?:actually |honestly |really |seriously )?(?:kill|murder|strangle|stab|hurt) (?:my (?:${PEOPLE}|neighbour|neighbours|boss|manager|landlord|teacher)|him|her|them|someone|somebody)(?!(?: (?:if|when) (?:he|she|they) (?:forgets?|leaves?|eats?|does that|doesnt))(?= ))`,
  ),
  possible(
    'possible.knowsWhereWeapon',
    ['harmToOthers'],
    `(?:knows|know|found|find) where (?:${W} )?(?:keeps|keep|kept|hides|hid) (?:the |his |her |a )?(?:${WEAPON})`,
    { question: 'someoneInDanger' },
  ),
];

const ABUSE: readonly CrisisRule[] = [
  // Someone else hurt, and the writer asks how to help: one question, "Is someone in danger right now?".
  possible('possible.helpingVictim', ['abuse'], `${ABUSE_VERBS_OTHER} (?:her|him|them)(?=${HELPING_THEM})`, {
    subject: 'someoneElse',
    question: 'someoneInDanger',
  }),
  // Someone else self-harms, and the writer asks how to help: "my sister self harms and I don't know how to help her".
  possible(
    'possible.helpingSelfHarm',
    ['selfHarm'],
    `self (?:harm|harms|harming)(?<!${MY_SELF_HARM})(?=${HELPING_THEM})`,
    {
      subject: 'someoneElse',
      question: 'someoneInDanger',
    },
  ),
  // Someone else's abusive relationship, and the writer asks how to help.
  possible('possible.helpingNamed', ['abuse'], `(?:${NAMED})(?<!${MY_NAMED})(?=${HELPING_THEM})`, {
    subject: 'someoneElse',
    question: 'someoneInDanger',
  }),
  // A death by suicide: the writer is bereaved, and may be at risk too.
  possible(
    'possible.otherKilledSelf',
    ['suicidal'],
    `(?:killed|topped) ${OTHER_SELF}|(?:ended|took|taken) (?:his|her|their) (?:own )?life`,
    {
      subject: 'someoneElse',
      question: 'someoneInDanger',
    },
  ),
  possible(
    'possible.permission',
    ['abuse'],
    '(?:have to|got to|need to|must|has to) ask (?:him|her|them|his|her|for)? ?(?:permission|if i can|if im allowed|before i (?:go|leave|spend|buy|see))',
  ),
  possible(
    'possible.turningUp',
    ['abuse'],
    '(?:keeps|keep|kept|always|been|constantly|started|still) (?:turning up|showing up|coming round|waiting|hanging around|watching|parking|sitting) (?:at|outside|around|near|by) (?:my|our|the) (?:work|house|home|door|flat|school|job|workplace|window|gate)',
    { question: 'safeNow' },
  ),
  possible(
    'possible.believeMe',
    ['abuse'],
    '(?:no one|nobody|noone) (?:will|would|is going to|d) (?:ever )?believe (?:me|her|him|us|you)',
  ),
  possible(
    'possible.eggshells',
    ['abuse'],
    '(?:walk|walking|tread|treading|tiptoe|tiptoeing) (?:on|around on|around) eggshells',
  ),
  possible(
    'possible.homeBad',
    ['abuse'],
    `(?:things|it|life|stuff) (?:at home|at ours|in the house|in our house|with (?:him|her|them|my ${PEOPLE})) (?:is|are|s|has been|have been|keeps?) (?:getting )?(?:really |so |very )?(?:bad|worse|scary|frightening|violent|unbearable|horrible|awful|hell|terrible|out of hand|nasty)|(?:hes|shes|he has|she has|theyve) (?:got|gotten|been getting|become) (?:so |much |a lot |really )?(?:worse|nastier|angrier|more violent|more aggressive|scary)`,
  ),
  possible(
    'possible.hiding',
    ['abuse'],
    '(?:im|i am|were|we are|ive|we have|i have|were all|me and the kids are)(?: been)? (?:hiding|hidden|locked (?:myself|ourselves)) (?:in|from|under|behind|upstairs|in the)',
    { question: 'safeNow' },
  ),
  possible(
    'possible.atTheDoor',
    ['abuse'],
    `(?:hes|shes|he is|she is|theyre|they are|my ex is|ex is|hes been|shes been|hes standing|shes standing|my ${PEOPLE} is)(?: ${W}){0,2} (?:outside|at|banging on|kicking|hammering on|trying to (?:get in|break in|break the door)) (?:the|my|our) (?:door|house|flat|window|home|windows)`,
    { question: 'safeNow' },
  ),
  possible(
    'possible.coverStory',
    ['abuse'],
    `(?:told|tell|say|said|telling)(?: ${W}){0,3} (?:i|that i|them i|people i|everyone i) (?:fell|walked into|tripped|slipped|bumped into|fell over)|(?:bruises|bruising|marks|burns|black eye|injuries|cuts)(?: ${W}| ,){0,8} (?:says|said|say|told me|claims|claimed|tells everyone) (?:he|she|they|it) (?:fell|tripped|walked into|bumped into|fell over)`,
  ),
  possible(
    'possible.marks',
    ['abuse'],
    `(?:end up|ended up|ends up|left|leaves me|leave me|covered in|with|has|have|got|ive got) (?:with )?(?:marks|bruises|bruising|black eyes?|a black eye|a fat lip|finger marks|bite marks|burn marks)(?: (?:on|all over|everywhere|again))?(?!(?:(?: [a-z0-9]+){0,5} (?:from|after) (?:a |an |the |my |his |her )?(?:fall|falls|fall last [a-z]+|gym|operation|op|injection|blood tests?|accident|hospital|football|rugby|match|game|blood thinners|warfarin|trip))(?= ))`,
  ),
  possible(
    'possible.scaredOf',
    ['abuse'],
    `(?:scared|frightened|afraid|terrified|petrified|fearful|nervous|wary) (?:of|about) (?:my |our |her |his )?(?:${W}s )?(?:${PEOPLE}|boyfriend|landlord|neighbour|stepbrother|him|her|them)(?: (?:when|if) (?:he|she|they)s? (?:been|is|are|gets?|drinking|drunk|angry))?(?!(?: (?:putting|raising|coming|selling|evicting|checking|telling|asking|moving|finding|seeing|knowing|thinking|getting|being|going|leaving|losing|worrying|having|not|doing|dying|reaction|judging|will think|s health|s reaction|health|dementia|cancer|illness|operation))(?= ))`,
    { question: 'someoneHurting' },
  ),
  possible(
    'possible.notGoHome',
    ['abuse'],
    `(?:dont|doesnt|do not|does not|didnt|did not|never|wont|will not|refuses to|refusing to|cant|cannot) (?:want|wants|wanna|dare|dares|face)? ?(?:to )?go (?:back )?home(?: ${W}| ,){0,4} (?:because|cos|as|since)(?: ${W}){0,2} (?:of )?(?:him|her|them|my ${W}|his|he|she|they|the ${W}|what|${PEOPLE}|${W}s (?:boyfriend|partner|husband|girlfriend))`,
  ),
  possible(
    'possible.secret',
    ['abuse'],
    `(?:our (?:little )?secret|(?:says|said|told me|tells me|wants me|asked me|makes me|made me|keeps telling me)(?: ${W}){0,2} (?:not to|to not|never to|to never) tell(?: (?:anyone|anybody|my (?:mum|dad|parents|family|teacher)|no one|nobody))?|(?:dont|do not|never) tell (?:your|my) (?:mum|dad|parents|mam|mom))`,
    { question: 'someoneHurting' },
  ),
  possible(
    'possible.ageGap',
    ['abuse'],
    `(?:im|i am|she is|shes|he is|hes|my daughter is|my son is) (?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)(?: (?:years old|year old|yo|yrs old))?(?: ${W}| ,){0,8} (?:boyfriend|girlfriend|bf|gf|partner|man|guy|he|she|they) (?:is|s) (?:1[89]|[2-9][0-9]|an adult|a grown (?:man|up)|much older|way older|nineteen|twenty|thirty)`,
  ),
  possible(
    'possible.noFood',
    ['abuse'],
    `(?:hasnt|has not|havent|have not|not|hasnt been|not been|no one has|nobody has) (?:been )?(?:fed|eaten|had (?:anything|food|a meal|a drink|any food|anything to eat|(?:his|her|their) (?:tablets|meds|medication)|a wash)|washed|changed)(?: ${W}){0,2} (?:for|in|since) (?:days|two days|three days|a couple of days|[0-9]+ days|yesterday|a week|ages)`,
    { question: 'safeNow' },
  ),
  possible(
    'possible.withheld',
    ['abuse'],
    `(?:${PEOPLE}|he|she|they)(?: ${W}){0,3} (?:wont|doesnt|dont|refuses to|refused to|stopped|never|isnt) (?:give|giving|let (?:me|her|him) have|bring|bringing) (?:me |her |him |them )?(?:my|her|his|their) (?:tablets|meds|medication|medicine|food|meals|insulin|inhaler|pension|money|dinner|water|drink|phone|keys)`,
  ),
  possible(
    'possible.bruisedChild',
    ['abuse'],
    `(?:has|got|with|covered in|keeps getting|always has) (?:bruises|bruising|marks|burns|a black eye|black eyes)(?: ${W}){0,2} (?:everywhere|all over|on (?:his|her|their) (?:face|arms|legs|back|neck))|(?:cigarette|cig) burns`,
    { question: 'someoneInDanger' },
  ),
  possible(
    'possible.onlinePictures',
    ['abuse'],
    `(?:asking|asked|asks|keeps asking|kept asking|wants|wanted|begging|pressuring|pressured|pushing|making|told|tells|wants me to|asked me to) (?:me )?(?:for |to send |to take |me to send |me to take |send (?:him|her|them) )?(?:pictures|pics|photos|selfies|videos)(?: of me| of myself)(?!(?: (?:and (?:the|my) (?:kids|baby|dog)|with the))(?= ))`,
    { question: 'someoneHurting' },
  ),
  possible(
    'possible.custody',
    ['abuse'],
    `(?:wont|doesnt|dont|never|wouldnt) let (?:me|her|him|us) (?:see|have|speak to|talk to) (?:the|my|our|his|her) (?:kids|children|son|daughter|baby|grandchildren|grandkids)`,
  ),
];

const MORE: readonly CrisisRule[] = [
  possible(
    'possible.thoughtTakingAll',
    ['suicidal'],
    `(?:thought|thinking|thoughts|thinks) (?:about|of) (?:taking|swallowing|having|necking) (?:all|a lot of|loads of|every|the lot of|a whole (?:box|packet|bottle) of) (?:of )?(?:my |her |his |the |their )?${DRUGS}`,
  ),
  possible(
    'possible.withoutMeMore',
    ['suicidal'],
    `(?:fine|okay|ok|alright|the same|no different) without me(?: (?:in it|around|here))?`,
  ),
  possible(
    'possible.purpose',
    ['suicidal'],
    'so (?:that )?(?:i|id) (?:wouldnt|would not|wont|dont|could not|couldnt|would never|never) (?:wake|wake up|have to wake up|be here|feel anything|have to face)',
  ),
  possible(
    'possible.strangerMessages',
    ['abuse'],
    `(?:a |this |some |an )?(?:man|guy|bloke|stranger|older (?:man|guy|boy|lad)|adult)(?: ${W}){0,3} (?:keeps|keep|has been|is|kept) (?:messaging|texting|snapchatting|dming|calling|following|contacting|sending) (?:me|her|him)|(?:sent|send|shared|sending) (?:him |her |them )?(?:pictures|pics|photos|nudes|videos|selfies)(?: of (?:me|myself))? to (?:someone|a man|a guy|him|her|them|a stranger|someone online)`,
    { question: 'someoneHurting' },
  ),
  possible(
    'possible.hideBruises',
    ['abuse'],
    '(?:hide|hiding|cover|covering|hid|covered) (?:up )?(?:my|the|her|his) (?:bruises|bruising|black eye|injuries|marks on my neck)|(?:scared|afraid|frightened|too scared) (?:to say no|to refuse|to tell (?:him|her|them) no|to stand up to (?:him|her|them))|(?:never|isnt|not) any food (?:at home|in the house|in the fridge)',
  ),
  possible(
    'possible.quickestWay',
    ['suicidal'],
    `(?:quickest|easiest|best|painless|least painful|surest|fastest|most peaceful|simplest) (?:way|ways|method|methods)${END}|(?:googling|googled|looking up|looked up|searching|searched|researching)(?: ${W}){0,2} (?:the )?(?:quickest|easiest|best|painless|least painful|surest|fastest) (?:way|ways|method)`,
  ),
  possible(
    'possible.inFrontOf',
    ['suicidal'],
    `(?:step|stepping|walk|walking|jump|jumping|run|running|throw|throwing|fall|falling|lie|lying|drive|driving) (?:off (?:the )?(?:kerb|curb|pavement) )?(?:out )?in front of (?:a|the|an|some) (?:bus|train|car|lorry|truck|van|tube|tram|motorbike|traffic)(?!(?: (?:stop|station|garage|park|depot))(?= ))|(?:step|stepping|walk|walking) (?:out )?into (?:the )?(?:traffic|road) (?:on purpose|and)`,
  ),
  possible(
    'possible.noMeaning',
    ['suicidal'],
    `(?:life|my life|existence|my existence|living) (?:has|holds|had|s got) no (?:meaning|point|purpose|value|joy)|(?:no longer|dont|cant|do not|cannot) see (?:the|any|a) (?:purpose|point|meaning|reason) (?:in|of|for|to) (?:my )?(?:existence|life|living|being here|anything|it all|going on|being alive|me)`,
  ),
  possible(
    'possible.goodbyeWords',
    ['suicidal'],
    `(?:please )?tell (?:my|the) (?:kids|children|family|mum|dad|son|daughter|wife|husband|partner|boys|girls) (?:that )?i (?:love|loved) (?:them|him|her)|(?:wont|will not|not going to) be (?:a (?:problem|burden|bother|nuisance|worry)|in (?:anyones|your|their) way)(?: (?:to|for) (?:anyone|anybody|you|everyone|them))?(?: (?:much longer|for long|soon|any more|after (?:today|tonight|this)))|if (?:im|i am|i m) (?:still )?(?:still )?(?:here|alive|around)(?: by then| then| next week)?${END}`,
  ),
  possible(
    'possible.darkThoughts',
    ['suicidal'],
    `(?:dark|bad|black|horrible|scary|intrusive|suicidal) (?:thoughts|place|thinking|ideas|urges)(?!(?: (?:of (?:the|a|my) (?:past|job|money)|about (?:money|work|the job)))(?= ))|(?:everything|it all|the world|things) to (?:go|fade to|turn) (?:black|dark|quiet|away)${END}`,
  ),
  possible(
    'possible.crashCar',
    ['suicidal'],
    `(?:imagine|imagining|imagined|thinking (?:about|of)|think about|thought about|picture|picturing|tempted|urge to|want to|wanted to|feel like) (?:just )?(?:crash|crashing|drive|driving|swerve|swerving|steer|steering|veer|veering) (?:my |the )?(?:car|van|lorry|bike)?(?: (?:into|off|on purpose|in front of))?`,
  ),
  possible(
    'possible.inDanger',
    ['abuse'],
    `(?:im|i am|were|we are|she is|shes|he is|hes|they are|theyre|my ${W} is|i think (?:im|i am)|i feel|i might be) (?:in )?(?:danger|in danger|not safe|unsafe)(?!(?: (?:of (?:losing|being evicted|missing|failing|getting fined)|walking|to (?:drive|work|go out|travel|cycle)|driving|on (?:the|my) (?:bus|roads?|stairs|bike)|in the dark|at night|going out|crossing|in (?:town|the city|the park)))(?= ))|living in (?:fear|terror)|(?:live|living) in fear of (?:him|her|them|my ${W})`,
    { question: 'safeNow' },
  ),
  possible(
    'possible.goBack',
    ['abuse'],
    `(?:scared|afraid|frightened|terrified|too scared|dont want|dare not|darent|cant face) (?:to )?(?:go|going|get) back (?:to (?:the|my|our) (?:flat|house|home|place)|home|in|inside)`,
  ),
  possible(
    'possible.account',
    ['abuse'],
    `(?:makes|made|make) (?:me|her|him) (?:account for|justify|explain|hand over|give (?:him|her) all) (?:every|each|all|my|her|his)`,
  ),
  possible(
    'possible.teenOut',
    ['abuse'],
    `(?:im|i am) (?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?: ${W}| ,){0,10} (?:kicked out|thrown out|chucked out|homeless|sleeping (?:rough|on|in)|nowhere to (?:go|sleep|stay)|sofa surfing)|(?:only|just) (?:1[0-5]|twelve|thirteen|fourteen|fifteen)${END}`,
  ),
  possible(
    'possible.olderPartner',
    ['abuse'],
    `(?:boyfriend|girlfriend|man|guy|bloke|partner)(?: ${W}){0,3} (?:is )?(?:a lot|much|way|loads|years|ten years|twenty years) older`,
  ),
  possible(
    'possible.careNeglect',
    ['abuse'],
    `(?:keeps|kept|leaves|left|leave|keeping) (?:my |her |him |them )?(?:${PEOPLE}|nan|gran|grandad|grandma)? ?in (?:bed|her room|his room|a chair|their room) all (?:day|the time)|lost (?:loads of|a lot of|so much|lots of) weight(?: ${W}){0,4} (?:home|carer|care|not fed|not eating)`,
  ),
  possible(
    'possible.carerStealing',
    ['abuse'],
    `(?:carer|carers|care worker|cleaner|neighbour|son|daughter|grandson|nephew|lodger)(?: ${W}){0,2} (?:is |has been |keeps |might be |may be )?(?:stealing|taking money|taking cash|using (?:her|his) (?:card|bank card)|helping (?:himself|herself) to)`,
  ),
  possible(
    'possible.breathingWeird',
    ['medicalEmergency'],
    `(?:breathing|breath) (?:is |s |sounds |has gone |)(?:really |very |so )?(?:weird|strange|funny|odd|noisy|rattly|gurgling|irregular|shallow|slow)(?: ${W}| ,){0,6} (?:wont|isnt|not|cant|doesnt) (?:answer|respond|wake|talk|open)`,
    { flag: 'collapse', question: 'someoneInDanger' },
  ),
];

/** Feelings people say they could die of: "so bored I could die", "laughed so hard I thought I'd die". */
const NOT_JOKE =
  '(?<!(?:bored|laugh|laughed|laughing|embarrassed|embarrassment|hungry|cold|hot|full|excited|nervous|giggled|giggling|funny|cringe|cringed|mortified|shame|ashamed)(?: [a-z0-9]+){0,5} )';
const NOT_FAMILY = `(?!(?:${PEOPLE}|dog|cat|friend|pet|mate|neighbour|mums|dads|husbands|wifes|sons|daughters|his|her|their|its|phone|battery|car|plant|plants|garden|grass|fish)(?= ))`;

/** Broad nets: a word of death, harm or danger where the writer is the one at risk, and nothing says otherwise. */
const NETS: readonly CrisisRule[] = [
  possible(
    'possible.myDeath',
    ['suicidal'],
    `(?:i|im|ill|id|ive|me|myself)(?: ${NOT_FAMILY}${W}){0,5} ${NOT_JOKE}(?<!(?:half|brain|looked like|look like|looks like|looking like) )(?:die|dying|be dead|dead|(?<!(?:to|the|with|so) )death|my grave|my funeral|in heaven|a coffin)${NOT_FIGURE}(?!(?: (?:of old age|peacefully|in my sleep|at home|at peace|alone|tired|beat|on (?:that|the|this) (?:bike|ride|run|walk|hill|climb|rollercoaster|plane|flight|boat|hike|bike ride)|on (?:week|run|day|lap|mile|level) [0-9]+))(?= ))`,
  ),
  possible(
    'possible.onPurpose',
    ['selfHarm'],
    `(?:took|taken|take|swallowed|burnt|burned|burn|cut|hit|hurt|drank|crashed|overdosed|injected|fell|jumped|stopped taking|missed|skipped|doubled)(?: ${W}){0,5} (?:on purpose|deliberately|intentionally|to hurt myself|to punish myself)`,
    { question: 'safeNow' },
  ),
  possible(
    'possible.policeOnPartner',
    ['abuse'],
    `(?:call|called|ring|rang|phoned|phone|get|got) (?:the )?police (?:on|about|because of|out to) (?:him|her|them|my ${W})|(?:get|getting|got|run|running|ran) away from (?:him|her|them|my ${PEOPLE}|my ex)|(?:he|she|they) (?:says|said|knows|know|found out) (?:he|she|they)? ?(?:knows? )?where i (?:live|work|am)|(?:not going anywhere|you are not going anywhere|im not going anywhere)(?: ${W}){0,3} (?:he|she) (?:says|said)|(?:he|she) (?:says|said) (?:im|i am|i m) not going anywhere`,
    { question: 'someoneHurting' },
  ),
  possible(
    'possible.sleepAndStay',
    ['suicidal'],
    `(?:want|wish|like|need|hope|just want) to (?:just )?(?:go to sleep|fall asleep|sleep|lie down|close my eyes)(?: ${W}){0,2} (?:and )?(?:stay asleep|never (?:wake|get up|open them)|not (?:wake|get up)|forever|for good)(?!(?: up)(?= ))(?!(?: (?:up )?(?:until|till|til))(?= ))`,
  ),
  possible(
    'possible.faceAnother',
    ['suicidal'],
    `(?:cant|cannot|no way i can|not able to|dont know how i can|dont think i can) face (?:another|one more|tomorrow|the day|life|living|waking up|going on)|(?:dont|wont|not going to|cant|dont think ill|dont think i will|might not) (?:see myself )?(?:make|making) it (?:to|till|until|through) (?:christmas|the weekend|tomorrow|next week|my birthday|the new year|the morning|tonight|the night|the day|the week|another day|this)|nothing matters${END}|(?:already|as good as) (?:gone|dead)${END}|(?:want|ready|wish|longing) to (?:go to|be in) (?:my|the) (?:grave|coffin|box)|(?:jack|jacking|pack|packing) (?:it )?all in|ready to (?:check out|go|leave this world|give up)${END}`,
  ),
  possible(
    'possible.goneBetter',
    ['suicidal'],
    `(?:better|happier|fine|ok|okay|better off)(?: ${W}){0,4} (?:when|once|after|if) (?:im|i am|i m) (?:gone|dead|not here|not around)`,
  ),
  possible(
    'possible.takingMoney',
    ['abuse'],
    `(?:taking|takes|took|stealing|steals|stole|spending|spends|using|helping (?:himself|herself) to) (?:all )?(?:my|her|his|their|my mums|my dads|mums|dads|nans|grans|${W}s) (?:money|pension|savings|benefits|cash|bank card|card|wages)(?!(?: (?:out|for (?:her|him|me)|to the bank))(?= ))`,
  ),
  possible(
    'possible.personDown',
    ['medicalEmergency'],
    `${NOT_THING}(?:isnt|is not|not|hasnt been|stopped|wont stop|has stopped) (?:moving|responding|waking|conscious|making sense)(?!(?: (?:house|flat|home|on|forward|about|to (?:emails?|my|the|letters?|calls?|texts?|messages?|whatsapps?|his phone|her phone)|to (?:her|him|me|them|us) (?:about|when|on)))(?= ))|(?:gone|going|turned|turning|is) (?:grey|blue|purple|white as a sheet)(?!(?: (?:hair|haired))(?= ))|(?:hasnt|not|havent|has not) been seen (?:for|since)|(?:not|isnt|hasnt been|wont|doesnt|not been) (?:answering|answer|come to|coming to) (?:the |her |his |their )?door`,
    { flag: 'collapse', question: 'someoneInDanger' },
  ),
];

/** Last nets: a plea for help, fear with no object, a weapon near a person. A question costs little. */
const LAST_NETS: readonly CrisisRule[] = [
  possible(
    'possible.helpMe',
    ['suicidal'],
    `(?<!(?:can|could|will|would|how can|can someone|you can|who can|might|to|please can you|can u|could u) (?:you |u |someone |somebody |anyone )?)(?:please |pls |plz |someone |somebody |anyone |just )*help me(?: (?:please|pls|plz|now|quick|quickly|someone|somebody|anyone|i beg you|i dont know what to do|im scared|im frightened))*${END}`,
    { question: 'safeNow', negatable: false },
  ),
  possible(
    'possible.scared',
    ['abuse'],
    `(?:im|i am|i feel|feeling|were|we are|i m) (?:so |really |very |absolutely |completely |just )?(?:scared|frightened|terrified|petrified|afraid)(?: (?:right now|now|tonight|for my life|for my safety|for the kids|for my kids|to death))?${END}`,
    { question: 'safeNow', negatable: false },
  ),
  possible(
    'possible.weaponPerson',
    ['harmToOthers'],
    `${WEAPON}(?: ${W}){0,4} (?:at|on|to|against|near|towards) (?:me|him|her|them|us|my (?:${PEOPLE})|the (?:kids|baby|children))|(?:has|got|holding|with|carrying|waving|had) (?:a |the |his |her )?${WEAPON}(?: ${W}){0,3} (?:in the house|at home|in (?:his|her) (?:hand|pocket|room|bag)|and (?:hes|shes|he is|she is|im|i am) (?:angry|drunk|high|scared|frightened|shouting))`,
    { question: 'safeNow' },
  ),
];

export const POSSIBLE: readonly CrisisRule[] = [
  ...PASSIVE,
  ...SELF_HARM,
  ...HARM_TO_OTHERS,
  ...ABUSE,
  ...MORE,
  ...NETS,
  ...LAST_NETS,
];
