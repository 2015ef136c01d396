import type { CrisisRule } from '../../lexicon';
import { ANY, crisis, HELPING_THEM, ME, pair, PEOPLE, W } from './vocab';

const ONLINE =
  '(?:online|on (?:snapchat|snap|instagram|insta|tiktok|discord|roblox|fortnite|minecraft|whatsapp|telegram|kik|omegle|facebook|xbox|playstation|the internet|a game|an app|a website|a chat)|(?:through|in|from|off) (?:a game|an app|snapchat|instagram|tiktok|discord|roblox|fortnite|xbox|playstation|the internet|online))';
const CARER = `(?:carer|carers|care worker|care workers|care assistant|home help|nurse at the home|staff at the home|night staff|(?:care |nursing )?home staff|staff at (?:the |my |his |her |our )?(?:${W} )?(?:care home|nursing home|home))`;

const ABUSE_VERBS =
  '(?:push|kick|punch|slap|choke|shove|hits|hit|hitting|beats|beat|beating|beaten|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|strangling|throttled|throttles|pushes|pushed|pushing|shoves|shoved|shoving|hurts|hurt|hurting|batters|battered|attacks|attacked|bites|grabbed|grabs|drags|dragged|spits on|spat on|throws things at|threw things at|raped|rapes|raping|assaulted|assaults|abuses|abused|abusing|molests|molested|bullies|bullied|terrorises|pinned|pins|pinning|held me down|holds me down|restrained|restrains)';
export const ABUSE_VERBS_OTHER =
  '(?:(?<!(?:it|that|this|which|what|walking|moving|standing|sitting|breathing|swallowing) )(?:hurts|hurting)|hits|hit|hitting|beats|beat|beating|batters|battered|kicks|kicked|punches|punched|slaps|slapped|chokes|choked|strangles|strangled|throttled|abuses|abused|abusing|rapes|raped|molests|molested)';

/** "Nobody hurts me", "no one is hurting her": a denial that names no one, right before the verb. */
/** A knock by accident, in play, or from a baby is not abuse: "kicked me by accident playing football". */
const NOT_PLAY =
  '(?!(?:(?: [a-z0-9]+){0,3} (?:by accident|by mistake|accidentally|when (?:i|im) (?:feed|feeding|change|changing|bath|bathing|play|playing|cuddle|cuddling)|playing (?:football|rugby|games?|fighting|tig)|while playing|teething))(?= ))';
const NOT_LITTLE = '(?<!(?:baby|babies|toddler|toddlers|dog|cat|puppy|kitten|little one|newborn) )';

const NOBODY =
  '(?<!(?<![a-z0-9])(?:nobody|no one|noone|nobodys|no ones|noones)(?: (?:is|ever|has|has ever|s|was|has been|is ever))? )';

/** Abuse by name: "domestic abuse", "an abusive relationship", "coercive control". */
export const NAMED = `domestic (?:abuse|violence)|abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|marriage|ex|home|household|family|dad|father|mum|mother|son|daughter|parents?|stepdad)|coercive(?:ly)? control(?:ling)?|controlling (?:relationship|partner|husband|wife|boyfriend|girlfriend|marriage|ex)|dv|honour based (?:violence|abuse)|forced (?:marriage|to marry)|(?:forcing|force|forced|making|make|made|pressuring|pressure) (?:me|her|him|us) (?:to )?marry|marry (?:me|her|him) off|marry (?:a man|a woman|someone|him|her) (?:i|she|he) (?:dont|doesnt|didnt|do not|have never|has never) (?:know|want|love|met)|(?:financial|economic|emotional|sexual|physical|psychological|elder) abuse`;
/** Abuse named by the writer about themselves: never read as asking how to help someone else. */
export const MY_NAMED = `(?<![a-z0-9])(?:i|im|i am|ive|i have|i was|me|we|were)(?: [a-z]+){0,4} (?:${NAMED})`;

export const ABUSE: readonly CrisisRule[] = [
  crisis(
    'abuse.violence.self',
    ['abuse'],
    `${NOT_LITTLE}${NOBODY}${ABUSE_VERBS} me${NOT_PLAY}(?!(?: (?:to|into|with (?:a|the) (?:bill|letter)|at (?:chess|cards|darts|pool|snooker|football|tennis|golf|bowls|scrabble|monopoly|cluedo|fifa|poker|dominoes|crib|cribbage|bridge|games?|board games|quizzes|every (?:game|match|round|time we play)|the (?:quiz|pub quiz|game|races|bowls|darts)|running|swimming|arm wrestling)))(?= ))|(?:threw|throws|throwing|thrown|chucked|chucks|chucking) (?:${W} ){0,3}at me`,
    { subject: 'self' },
  ),
  crisis(
    'abuse.violence.other',
    ['abuse'],
    `${NOT_LITTLE}${NOBODY}${ABUSE_VERBS_OTHER} (?:her|him|them)${NOT_PLAY}(?!(?: (?:to|into|hard|for six|at (?:chess|cards|darts|pool|football|tennis|the)))(?= ))(?!${HELPING_THEM})`,
    {
      subject: 'someoneElse',
    },
  ),
  ...pair(
    'abuse.pushedAround',
    ['abuse'],
    (who) =>
      `(?:pushes|pushed|pushing|shoves|shoving|knocks|knocked) ${who} (?:around|about|over|down|(?:into|against) (?:the|a) (?:door|wall|wardrobe|table|fridge|radiator|banister|bannister|cupboard|doorframe|door frame|counter|worktop))`,
    ME,
    `(?:her|him|them|my (?:${PEOPLE}))`,
  ),
  crisis(
    'abuse.violence.family',
    ['abuse'],
    `${ABUSE_VERBS_OTHER} (?:the (?:kids|children|baby|boys|girls|little ones)|my (?:mum|mam|mom|mother|sister|brother|nan|gran|stepmum|dad|baby|kids|children|son|daughter)|(?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|kids|children|son|daughter|mum|dad|mother|father|baby))`,
    { subject: 'someoneElse' },
  ),
  crisis(
    'abuse.stalking',
    ['abuse'],
    '(?:stalking|stalks|stalked|stalker)(?: me)?|(?:harassing|harasses|harassed) me|(?:keeps|keep|is|hes|shes|been|and|always|constantly|started) (?:following|followed) me(?!(?: on| back| around the house)(?= ))',
  ),
  crisis(
    'abuse.victim',
    ['abuse'],
    '(?:got|get) (?:beaten|beaten up|battered|abused|assaulted|raped|strangled|attacked)|(?:being|keep getting|getting) (?:physically |sexually |emotionally |financially |badly )?(?:beaten|beaten up|battered|abused|assaulted|raped|attacked|strangled|choked|groomed|exploited|trafficked|controlled|hit|hurt|kicked|punched|molested|threatened with a (?:knife|gun|weapon))(?!(?: by (?:a|the) (?:car|bus|van|ball|bike|lorry|train|taxi))(?= ))|(?:been|was|were) (?:physically |sexually |emotionally |financially |badly )?(?:beaten|battered|abused|assaulted|raped|strangled|choked|groomed|exploited|trafficked|molested)',
  ),
  crisis('abuse.named', ['abuse'], `(?:${NAMED})(?:(?<=${MY_NAMED})|(?!${HELPING_THEM}))`),
  crisis(
    'abuse.threatened',
    ['abuse'],
    `${NOBODY}(?:threatened|threatens|threatening|threaten|threats) (?:to (?:kill|hurt|harm|stab|beat|batter|strangle|shoot|burn|murder|do|smash) (?:me|us|my (?:kids|children|family|son|daughter|baby))|me)|(?:(?:he|she|they|someone|somebody|${PEOPLE})(?: (?:said|says|told me|swears|swore|keeps saying|is|s|will|would|has|is going to|going to|wants to|tried to|try to|tries to|threatened to|might|could|he|she|they|hell|shell|hed|shed|hes|shes|theyre)){1,4}|hell|shell|theyll|hed|shed|theyd) (?:kill|hurt|harm|stab|beat|batter|strangle|shoot|murder|beat up|smash my face in) me`,
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
    '(?:not|dont feel|dont|never feel|no longer feel|doesnt feel|isnt) (?:feel )?safe (?:at home|in (?:my|the|our|her|his) (?:own )?(?:home|house|flat)|with (?:him|her|them|my [a-z]+))|(?:im|i am|i feel|feel|she is|shes|he is|hes|they are|were|we are) (?:not |un)safe (?:at home|here|in (?:my|our|her|his) (?:own )?(?:home|house|flat))|(?:i dont feel|she doesnt feel|he doesnt feel|i never feel) safe (?:at home|here|in (?:my|our|her|his) (?:own )?(?:home|house|flat))|home (?:isnt|is not|doesnt feel|dont feel|no longer feels) safe|(?:scared|frightened|afraid|terrified|too scared|too frightened|petrified) (?:to go|of going|to be|of being|to stay|to live) (?:back )?(?:home|at home|in the house|alone with (?:him|her|them))(?!(?: (?:alone|on my own|by myself|at night|in the dark))(?= ))',
    { negatable: false },
  ),
  crisis(
    'abuse.afraidOf',
    ['abuse'],
    `(?:scared|frightened|afraid|terrified|petrified|fear) (?:for my life|of (?:my |her |his )?(?:${PEOPLE}|him|her|what (?:(?:he|she|they) (?:will|might|ll|could|would)|hell|shell|theyll|hed|shed|theyd) do)(?!(?: (?:finding|seeing|knowing|thinking|getting|being|going|leaving|losing|worrying|having|not|doing|dying))(?= )))`,
  ),
  crisis(
    'abuse.violentPerson',
    ['abuse'],
    `(?:he|she|hes|shes|${PEOPLE})${ANY(0, 2)} (?:is|gets|getting|becomes|can be|can get|turns|has been|goes|went|got) (?:really |very |so |quite |a bit |more |)(?:violent|physical with me|handy with his fists)`,
  ),
  crisis(
    'abuse.control',
    ['abuse'],
    `(?<!(?:dog|dogs|cat|cats|puppy|kitten|baby|toddler|weather|rain|knee|knees|back|hip|hips|legs|pain|arthritis|asthma|budget|diary|bus|alarm|body) )(?:wont|doesnt|dont|never|wouldnt) let (?:me|her|him|us) (?:see(?!(?: (?:(?:the|my|our|his|her) (?:kids|children|son|daughter|baby|grandchildren|grandkids)|(?:her|his|their) (?:phone|messages|texts|diary|room|report|homework)))(?= ))|go(?!(?: to (?:his|her|their) (?:school|parents evening|match|matches|game|games|football|party|prom|gig|gigs|event|events|practice|training|graduation))(?= ))|leave|out|work|talk|speak|call|phone|visit|eat|sleep|have (?:money|any money|my own money|her own money|friends|a phone|my phone|a job|my (?:bank|card|keys)))|(?:locks|locked|locking) (?:me|her|him|us) (?:in|inside|up|out)|(?:not|never) allowed (?:to )?(?!(?:[^ ]+ ){0,6}(?:because|cos|coz|as|while|whilst) (?:im |i m |i am |of (?:my )?)?(?:on )?(?:chemo|my immunity|immunity|immune|shielding|isolating|an infection|covid|surgery|my operation|stitches|doctors orders))(?:see (?:my|her|his|anyone|friends|family)|go out|leave(?: the house)?|out(?: without)?|have (?:money|my own money|friends|a phone|my phone)|work|talk to|speak to|use (?:my|the) phone)`,
  ),
  crisis(
    'abuse.controlByPerson',
    ['abuse'],
    `(?:he|she|they|hes|shes|someone|${PEOPLE})(?: (?!used(?![a-z0-9]))${W}){0,5} (?:(?:controls|controlling|control|takes|took|taking|keeps|kept|keeping|steals|stole|stealing|has|holds|withholds|s got|has got|got) (?:all )?(?:of )?(?:(?:my|her|his|our|the) money|(?:my|her|his|our) (?:bank cards?|cards|benefits|pension|wages|phone|passport|car keys|keys|documents))(?!(?: (?:back|out for|for me|for her|for him|to the post|in for|to get|to be|to have|to fix|for repair|for a repair|to the shop))(?= ))|(?:checks|checking|goes through|reads|tracks|tracking|monitors|monitoring|watches) (?:(?:my|her|his) (?:phone|messages|texts|emails|location|spending|bank|bank account|post|calls|call log|call logs|call history|browser|browser history|whatsapp|social media)|where (?:i|she|he)|who (?:i|she|he))(?!(?: to help| for me| for her| for him)(?= ))|(?:controls|controlling) (?:everything|me|her|him|what (?:i|she|he)|who (?:i|she|he)|where (?:i|she|he))|(?:smashes|smashed|smashing|breaks|broke|breaking|throws|threw|throwing|punches|punched|kicks|kicked|trashing|trashed|wrecking|wrecked) (?:things|stuff|the house up|the place up|the place|the flat up|everything|doors|holes in (?:the )?(?:walls?|doors?)|the walls?|furniture|plates|my (?:phone|things|stuff)))`,
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
  crisis(
    'abuse.grooming',
    ['abuse'],
    `(?:someone|somebody|a man|a guy|an older|a stranger|this (?:man|guy|boy|lad|girl|woman)|a boy|a lad|a person|people|an adult|a grown man)(?: ${W}){0,8} (?:asking|asked|asks|keeps asking|kept asking|wants|wanted|begging|pressuring|pressured|making|told|tells|sent|sends|keeps sending) (?:me |her |him )?(?:for |to send |to take |me to send |me to take |her to send |him to send )?(?:nudes|naked|pictures|pics|photos|selfies|videos|dirty)|(?:met|talking to|chatting to|chatting with|speaking to|speaking with|messaging|talks to me|talk to)(?: ${W}){0,4} ${ONLINE}(?: [^ ]+){0,15} (?:meet|meet up|meet me|not to tell|dont tell|secret|nudes|naked|pictures|photos|pics|older|money|gifts|presents|sent me|come round|his house|her house|hotel|address|send him|send her)|(?:man|guy|boy|lad|girl|woman|someone|somebody|person|friend|people|adult)(?: ${W}){0,2} ${ONLINE}(?: ${W}){0,6} (?:sent|sends|wants|wanted|asked|asks|asking|keeps|said|says|told|gave|gives|bought|buys|offered|offers|is (?:older|an adult|[2-9][0-9]))|(?:nudes|naked (?:pictures|pics|photos))`,
  ),
  crisis(
    'abuse.sextortion',
    ['abuse'],
    '(?:blackmail|blackmails|blackmailing|blackmailed|sextort[a-z]*)(?!(?: (?:film|movie|book|case|story|plot))(?= ))|(?:threatening|threatened|threatens|going) to (?:share|send|post|leak|show|put|upload) (?:my |the |her |his |those |them |a |some |these )?(?:photos|pictures|pics|nudes|videos|images|video|photo|pic|picture|clip)?',
  ),
  crisis(
    'abuse.neglectLeftAlone',
    ['abuse'],
    `(?:leaves|left|leaving|leave) (?:us|me|the kids|the children|them|him|her|my (?:${W} )?(?:brother|sister|baby|siblings|brothers|sisters)|the baby)(?: (?:alone|on (?:our|my|their|his|her) own|by (?:ourselves|myself|themselves|himself|herself)|home alone|in the house|locked in)) (?:for|all) (?:days|nights|hours|the night|the weekend|a week|weeks|day|night|ages|long)`,
  ),
  crisis(
    'abuse.neglectCare',
    ['abuse'],
    `(?:left|leave|leaves|leaving|sitting|lying|sat|lay) (?:in|on) (?:wet|dirty|soiled|soaking|filthy|urine soaked|soggy) (?:pads|pad|nappies|nappy|clothes|bed|sheets|pants|bedding|chair)|(?:no one|nobody|noone) (?:has |have )?(?:been|come|came|visited|turned up|called)(?: in)? (?:to )?(?:feed|see|check on|wash|help|give|care for|look after)(?: ${W}){0,4} (?:for|in) (?:two|three|four|five|several|[0-9]+|a couple of|days|a week)`,
  ),
  crisis(
    'abuse.carer',
    ['abuse'],
    `${CARER}(?: ${W}){0,4} (?:shout|shouts|shouted|shouting|scream|swear|slap|hit|push|pinch|ignore|leave|leaves|screams|screamed|screaming|swears|swore|swearing|slaps|slapped|slapping|hits|hit|hitting|pushes|pushed|pushing|pinches|pinched|pinching|stealing|taking money|is rough|was rough|handles (?:me|her|him) roughly|mocks|locks|locked|takes|took|steals|stole|wont give|doesnt give|refuses|refused|ignores|ignored|leaves (?:me|her|him) (?:in|without|alone))`,
  ),
  crisis(
    'abuse.byRelative',
    ['abuse'],
    `(?:stabbed|hit|attacked|beaten|beaten up|punched|assaulted|kicked|strangled|slapped|raped|threatened|hurt|injured|bitten|burned|burnt|pushed|thrown|dragged)(?: ${W}){0,3} by (?:her|his|my|their|our) (?:own )?(?:${PEOPLE}|brother in law|sister in law|ex)`,
  ),
  crisis(
    'abuse.hidingFrom',
    ['abuse'],
    `(?:hiding|hid|hide|run away|ran away|running away|escaped|escaping|fled|fleeing) from (?:him|her|them|my ${PEOPLE})(?!(?: (?:at|in) (?:hide and seek|the game))(?= ))`,
  ),
  crisis(
    'abuse.threatenedBy',
    ['abuse'],
    `(?:being|been|getting|got|was|were|keep getting) (?:threatened|threatening messages|death threats)(?!(?: with (?:eviction|court|bailiffs|legal action|the sack|a fine|legal|prosecution|disconnection))(?= ))|death threats`,
  ),
  crisis(
    'abuse.nightVisits',
    ['abuse'],
    `(?:${PEOPLE}|boyfriend|stepdad|uncle|man|he|she|lodger|someone)(?: ${W}){0,3} (?:comes|came|coming|keeps coming|creeps|crept|gets|got|climbs|climbed|walks|barges) (?:into|in to|in) (?:(?:my|her|his) (?:room|bedroom|bed|bath|shower)|the (?:bathroom|shower))(?: at night| when| while)?`,
    { subject: 'self' },
  ),
  crisis(
    'abuse.onlineAdult',
    ['abuse'],
    `mature for (?:my|her|his|your) age|(?:1[0-5]|twelve|thirteen|fourteen|fifteen) (?:year old|yo|yr old|years old)(?: [^ .]+){0,8}? (?:[2-9][0-9]|twenty|thirty|forty|fifty) (?:year old|yo|yr old|years old)|(?:teacher|coach|tutor|youth worker|leader|adult|older (?:man|guy|lad|boy|woman))(?: ${W}){0,4} (?:messaging|messages|texting|texts|dms|dming|snapchatting|snapchats|chatting to|sending) (?:me|her|him)`,
  ),
  crisis(
    'abuse.parentGone',
    ['abuse'],
    `(?:mum|dad|mam|mom|parents?|mother|father|carer)(?: ${W}){0,2} (?:hasnt|havent|has not|have not|not|never) (?:been|come) (?:home|back)(?: ${W}){0,2} (?:since|for|in) (?:days|two days|three days|a week|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|ages)`,
  ),
  crisis(
    'abuse.brokeBones',
    ['abuse'],
    `(?:he|she|they|hes|shes|${PEOPLE})(?: ${W}){0,2}(?: (?:done it|did it) (?:before|again) and)? (?:broke|broken|has broken|fractured|cracked|dislocated|bust|burst) (?:(?:two|three|some|one|both|a few) of )?(?:my|her|his) (?:arm|wrist|ribs?|nose|jaw|leg|finger|fingers|cheekbone|eye socket|lip|tooth|teeth)`,
  ),
  crisis(
    'abuse.strangled',
    ['abuse'],
    `(?:strangled|strangles|strangling|choked|chokes|choking|throttled|throttles|suffocated|smothered|tried to (?:strangle|choke|suffocate|smother|drown)|hands (?:round|around) my (?:neck|throat)) (?:me|her|him|them)?`,
    { imminent: true },
  ),
  crisis(
    'abuse.weaponAt',
    ['abuse'],
    `(?:threatening|threatened|threatens|came at|went for|attacked|chased|coming at) (?:me|her|us|his (?:wife|partner|mum|girlfriend)|my ${W}) (?:${W} ){0,2}with (?:a |the |his |her )?(?:knife|knives|blade|machete|gun|hammer|axe|baseball bat|bat|crowbar|screwdriver|bottle|broken bottle)`,
    { imminent: true },
  ),
  crisis(
    'abuse.lockedIn',
    ['abuse'],
    `(?:(?:get|got|gets|getting|am|im|was|being|been|keeps? me|kept|keeps? us) locked|(?:locks|locked|shuts|shut|locking) (?:me|us|him|her|them)) (?:in|inside) (?:the |a |my |her |his )?(?:cupboard|shed|cellar|basement|garage|loft|bathroom|cage|dog crate|crate|wardrobe|attic|coal shed)|(?:makes|made|make) (?:me|us|him|her|them) (?:sleep|stay|live) (?:in the (?:shed|garden|garage|car|cellar|cupboard)|outside|on the floor)`,
  ),
  crisis(
    'abuse.doesStuff',
    ['abuse'],
    `(?:does|did|doing|keeps doing) (?:stuff|things|bad things|things i dont like|sexual things|weird things|rude things) to (?:me|her|him|us|them)`,
  ),
  crisis(
    'abuse.giftsFromStranger',
    ['abuse'],
    `(?:gifts|presents|money|a phone|phone credit|credit|vapes|alcohol|clothes|trainers)(?: ${W}){0,3} from (?:a |an |some |this )?(?:man|guy|older|adult|stranger|someone|boy|lad|bloke)(?: ${W}){0,4} (?:online|met online|on the internet|from (?:a game|the internet|snapchat|tiktok|instagram|discord))`,
  ),
  crisis(
    'abuse.prisoner',
    ['abuse'],
    '(?:kept|keeping|being kept|held|being held|keeps me) (?:a )?(?:prisoner|captive|hostage)|(?:a prisoner|locked up) in (?:my|her|his|our) (?:own )?(?:home|house|flat|room)',
  ),
  crisis(
    'abuse.burnHouse',
    ['abuse'],
    '(?:threatened|threatens|threatening|threaten|says hell|said hed|says shell|said shed|going to) (?:to )?(?:burn|set fire to|torch|petrol bomb) (?:the|our|my|her|his) (?:house|flat|home|place|car)',
    { imminent: true },
  ),
  crisis(
    'abuse.sextortionMore',
    ['abuse'],
    `(?:want|wants|wanted|asking for|demanding) more(?: (?:pictures|pics|photos|videos|money))?(?: ${W}){0,3} (?:or|otherwise|else) (?:theyll|hell|shell|they will|he will|she will|they would|hed|shed) (?:tell|show|send|share|post)`,
  ),
];
