import type { CrisisRule } from '../../lexicon';
import { crisis, PEOPLE, W, WEAPON } from './vocab';

const CHILDREN =
  '(?:baby|babies|newborn|infant|little one|little boy|little girl|toddler|son|daughter|kid|kids|child|children|boy|girl|grandson|granddaughter|stepson|stepdaughter)';

export const HARM_TO_OTHERS: readonly CrisisRule[] = [
  crisis(
    'harmToOthers.intent',
    ['harmToOthers'],
    `(?:going to|will|ill|i will|want to|wants to|wanting to|feel like|feels like|thinking (?:of|about)|think (?:of|about)|thought (?:of|about)|thoughts (?:of|about)|fantasise about|fantasize about|fantasising about|fantasizing about|dream about|dreaming about|daydream about|imagine|imagining|picture|picturing|obsessing about|obsessed with|urges? to|urge to|might|worry i (?:will|might|ll|could)|scared i (?:will|might|ll|could)|scared ill|afraid (?:i|ill)|afraid i (?:will|might|could)|worried (?:i|ill)|worried i (?:will|might|could)|about to|planning to|plan to|tempted to|wanted to) (?:kill|killing|hurt|hurting|harm|harming|stab|stabbing|batter|battering|strangle|strangling|beat|beating|punch|punching|attack|attacking|murder|murdering|shoot|shooting|smother|smothering|shake|shaking|throttle|throttling|glass|glassing|do in|beat up|run over|poison|poisoning|drown|drowning|suffocate|suffocating|burn|burning|throw|throwing|drop|dropping|knife|knifing|shank|slash|slashing|make|push|pushing) (?:him|her|them|someone|somebody|anyone|anybody|people|everyone|everybody|my ${PEOPLE}|my (?:baby|babies|child|neighbour|neighbours|boss|manager|landlord|flatmate|colleague)|the (?:kids|kid|baby|children|child|neighbours?|boss|landlord)|his ${W}|her ${W}|their ${W}|${W} next door)`,
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
  crisis(
    'harmToOthers.weaponInto',
    ['harmToOthers'],
    `(?:put|stick|shove|plunge|use|take|stab) (?:a |the |my |this )?(?:${WEAPON}|bullet|bottle|glass) (?:in|into|through|on|to|across) (?:him|her|them|his|her|someone|somebody|their|the ${W}s?)`,
    { imminent: true },
  ),
  crisis(
    'harmToOthers.weaponOnTheWay',
    ['harmToOthers'],
    `${WEAPON}(?: ${W}| ,){0,6} (?:going round|going over|go round|on my way|heading|coming|going) (?:to |over to |round to |after )?(?:his|her|their|them|him|there|the ${W})|(?:going|go|on my way|heading|coming|went) (?:round|over|after)?(?: ${W}){0,4} (?:with|and take|taking|to take|armed with) (?:a |the |my |his |her )?${WEAPON}`,
    { imminent: true },
  ),
  crisis(
    'harmToOthers.weaponThreat',
    ['harmToOthers'],
    `(?:threaten|threatens|threatening|threatened|waving|waved|wave|brandishing|brandished|pulled|pulls|pulling|came at (?:me|us|her|him|them|people)|went for (?:me|us|her|him|them|people)|chased (?:me|us|her|him|them|people)|going for people)(?: ${W}){0,3} (?:with )?(?:a |the |his |her |their |my )?${WEAPON}`,
    { imminent: true },
  ),
  crisis(
    'harmToOthers.hurtChild',
    ['harmToOthers', 'abuse'],
    `(?<!(?:ball|car|bus|van|bike|door|it|that|swing|something|virus|bug|flu|cold|dog) )(?:shook|shaken|shake|shaking|hit|smacked|slapped|punched|kicked|hurt|strangled|threw|throttled|squeezed|bit|burned|burnt|smothered|suffocated) (?:(?:the|my|our|his|her) ${CHILDREN}|(?:baby|newborn)(?= *$| [.,~!]| (?:when|because|again|last|this|so)(?![a-z0-9])))(?!(?: (?:s|to|at|up|with a ball|hand|rattle|toy|bouncer|bottle))(?= ))`,
  ),
  crisis(
    'harmToOthers.threatFamily',
    ['harmToOthers', 'abuse'],
    `(?:he|she|they|hes|shes|theyre|${PEOPLE})(?: ${W}){0,4} (?:going to|gonna|will|is going to|threatened to|threatening to|threatens to|hell|shell|wants to|swore to|swears hell|said hed|says hell) (?:kill|shoot|stab|murder|burn|hurt|batter|strangle) (?:us|the lot of us|all of us|the family|everyone|us all|my (?:kids|children|family|mum|dad|baby|son|daughter))`,
  ),
  crisis(
    'harmToOthers.talkingAbout',
    ['harmToOthers'],
    `(?:talking|talks|talked|keeps talking|going on|goes on|posting|posted|writing|wrote|texting|texted|messaging) about (?:killing|hurting|stabbing|shooting|attacking|murdering|bombing|blowing up|poisoning) (?:his|her|their|my|the|a|some|people|everyone|someone|somebody|them|him|her|kids|pupils|students)`,
  ),
  crisis(
    'harmToOthers.daylights',
    ['harmToOthers'],
    `(?:beat|batter|kick|knock|punch|thump|smack) (?:the )?(?:living daylights|shit|hell|crap|life|stuffing|snot) out of (?:him|her|them|someone|somebody|my ${W}|his ${W}|her ${W}|that ${W})`,
  ),
  crisis(
    'harmToOthers.partnerViolence',
    ['harmToOthers', 'abuse'],
    `(?:punched|hit|slapped|kicked|strangled|choked|pushed|shoved|headbutted|beat|battered|bit|scratched|grabbed|throttled) (?:my|our) (?:girlfriend|boyfriend|wife|husband|partner|ex|fiance|fiancee|mum|mam|mom|dad|mother|father|gran|nan|grandma|grandad)(?!(?: (?:s|back|with a (?:pillow|cushion)|round|around|along|in (?:his|her|their|the) (?:wheelchair|chair|pram|buggy)|on the swings?|up the))(?= ))`,
  ),
  crisis(
    'harmToOthers.voices',
    ['harmToOthers'],
    `(?:voices?|something in my head)(?: ${W}){0,4} (?:telling|tell|told|tells|saying|say|says|making|make) (?:him|her|me|them) (?:to )?(?:hurt|kill|harm|attack|stab|strangle|do something to) (?:him|her|them|people|someone|somebody|my ${W}|his ${W}|her ${W}|their ${W}|the ${W}|everyone)`,
  ),
  crisis(
    'harmToOthers.throwBaby',
    ['harmToOthers'],
    `(?:scared|afraid|worried|frightened|terrified|thoughts of|thought of|urge to|urges to|feel like|might|could)(?: (?:i|ill|i will|i might|i could|id|im going to))? (?:throw|drop|shake|smother|suffocate|drown|squeeze|hurt|hit) (?:the|my|our) (?:baby|newborn|infant|little one)`,
  ),
  crisis(
    'harmToOthers.crowd',
    ['harmToOthers'],
    `(?:drive|driving|drove|plough|ploughing|ploughed|crash|crashing|steer|steering) (?:my car |the car |a car |my van |the van |a van )?(?:into|through) (?:the |a )?(?:crowd|crowds|people|queue|pedestrians|them|a school|the school)`,
  ),
  crisis(
    'harmToOthers.suffer',
    ['harmToOthers'],
    `(?:make|making) (?:him|her|them) (?:suffer|bleed|pay for (?:it|this|what (?:he|she|they) did) with (?:his|her|their) life)`,
    { tier: 'possible' },
  ),
  crisis(
    'harmToOthers.pushingElder',
    ['harmToOthers', 'abuse'],
    `(?:ive|i have|i|im|i am|i keep|i kept|i) (?:started|been|caught myself|keep|kept|begun) (?:pushing|hitting|shoving|slapping|grabbing|shaking|shouting at and pushing) (?:him|her|them|my (?:${PEOPLE}|gran|nan))`,
  ),
];
