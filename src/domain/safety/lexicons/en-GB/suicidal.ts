import type { CrisisRule } from '../../lexicon';
import {
  AMOUNT_OF_DRUGS,
  ANY,
  crisis,
  DRUGS,
  END,
  INTENT,
  LOTS,
  MANY,
  pair,
  OTHER_SELF,
  PLACE,
  SELF,
  TO,
  W,
  WEAPON,
} from './vocab';

/** Words that hold a means ready: "lined up", "in front of me", "sat with". */
const READY =
  '(?:lined up|laid out|set out|counted out|all counted|in a pile|piled up|all out|spread out|in a line|in front of me|next to me|beside me|on my lap|in my hand|in my hands|on the (?:bed|table|side) next to me)';
const HOLDING =
  '(?:sat with|sitting with|sat here with|(?:sat|sitting|sit|stood|standing|lying|lay) (?:(?:in|on|at|by) (?:the|my|a) (?:[a-z0-9]+ ){0,2})?with|staring at|holding|clutching|got out)';
/** Not a ready means: a week's doses sorted, or tablets set out as prescribed. */
const ROUTINE = `(?!(?: ${W}){0,4} (?:dosette|pill box|pill organiser|organiser|blister pack|for the week|for the month|for the morning|for tomorrow|as prescribed|ready for (?:the|my) (?:week|holiday|trip)))`;
const ROPE =
  '(?<!(?:skipping|climbing|tow|jump|jumping|washing|tug of war|boat|dog|bell|abseil|abseiling) )(?:rope|ropes)';
const NOT_ROPE_USE =
  '(?!(?: (?:online|off amazon|from amazon|on amazon|on ebay|from the hardware shop))?(?: (?:work|access|course|swing|bridge|ladder|skills|climbing|lights|burn|knots?|for (?:the|my|our|a) [a-z0-9]+|to (?:tie|secure|climb|tow|pull|moor)))(?= ))';

/** Means, methods, plans and timing, said plainly: full reply at once (recall first). */
function SUICIDAL_MEANS_AND_PLANS(): CrisisRule[] {
  return [
    crisis(
      'suicidal.unalive',
      ['suicidal'],
      `(?:unalive(?:s|d|ing)?|unaliving)(?: ${SELF})?(?!(?: (?:him|her|them|someone|somebody|people|everyone|you))(?= ))`,
    ),
    crisis(
      'suicidal.intentEndIt',
      ['suicidal'],
      '(?:planning|plan|planned|going|decided|want|wanting|ready|about|thinking (?:about|of)|intend|intending|tempted) (?:to )?(?:end|ending|finish|finishing) (?:it|it all|things|everything)(?!(?: (?:with|off|between|for (?:him|her|them)|early|by|there|here|on a))(?= ))',
    ),
    crisis(
      'suicidal.doItWhen',
      ['suicidal'],
      `(?:tonight|today|tomorrow|when (?:everyone|the kids|they|he|she|my (?:${W})) (?:is|are|s|has|have|goes|go)(?: ${W}){0,2}) ,? ?(?:im|i am|ill|i will|i m) (?:going to )?(?:do it|end it|go through with it|finally do it)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.dye',
      ['suicidal'],
      `(?:want|wanna|wish|going|ready) (?:to |2 )?dye(?!(?: (?:my|her|his|it|them|the|hair|your|a|some|clothes|wool|fabric|eggs|these|those|black|blonde|red|pink|blue))(?= ))${END}`,
    ),
    crisis(
      'suicidal.keepSafe',
      ['suicidal'],
      `(?:cant|cannot|can not|not able to|unable to|dont know if i can|dont think i can|struggling to|wont be able to) keep (?:myself|me) safe|(?:dont|do not|never|no longer|cant) (?:feel|be) safe (?:with|around|being alone with|on my own with|from) (?:myself|me)|(?:dont|do not|cant|cannot|no longer) trust (?:myself|me)(?: (?:tonight|right now|any more|around|on my own|alone|with|not to))?${END}|(?:scared|afraid|frightened|terrified|worried) (?:of )?what (?:i|ill|i might|i will|i could|id) (?:do|might do|could do) to (?:myself|me)`,
      { negatable: false, imminent: true },
    ),
    crisis(
      'suicidal.withoutMe',
      ['suicidal'],
      `(?:better|happier|easier|nicer|lighter|brighter|better place|kinder place|easier place)(?: ${W}){0,4} without (?:the (?:burden|weight|bother|worry|trouble) of )?me(?: in it| around| here)?`,
      { subject: 'self' },
    ),
    crisis(
      'suicidal.researchOverdose',
      ['suicidal'],
      `(?:research|researching|researched|looking up|looked up|googling|googled|reading (?:up )?about|searching|searched|looking into|looked into)(?: ${W}){0,2} (?:overdoses?|suicide|suicide methods|hanging|lethal doses?|how to die|ways to die|how long it takes to die|painless ways)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.drugsCollected',
      ['suicidal'],
      `${DRUGS}(?: ${W}){0,4} (?:ive been|ive|i have been|i have|been|im|i am)? ?(?:collecting|saving|hoarding|stockpiling|stashing|storing|keeping back|putting aside)|(?:collecting|collected|gathering|gathered) (?:up )?(?:all )?(?:my |his |her |the )?${DRUGS}|(?:got|getting|get|took|taken|take|have|had) (?:the |my |all (?:the|my) |a (?:bag|box|bottle|pile) of )?(?:${DRUGS}|${WEAPON}|blades?|razors?|${ROPE}) out(?: again| ready)?${END}`,
      { imminent: true },
    ),
    crisis(
      'suicidal.noteSorry',
      ['suicidal'],
      `(?:left|leaving|found|wrote|written|writing|sent|sends|sending|keeps sending|posted)(?: ${W}){0,2} (?:a |an |me )?(?:notes?|letters?|messages?|texts?|posts?|voicemails?)(?: ${W}){0,3} (?:saying|says|said|that says|to say)(?: ${W}){0,2} (?:sorry|goodbye|bye|i love you|forgive (?:me|him|her)|look after)(?!(?: for (?:the mess|the noise|being late|missing|not|the delay|the wait|the trouble|the inconvenience|parking|the party))(?= ))`,
      { imminent: true },
    ),
    crisis(
      'suicidal.slitWrists',
      ['selfHarm'],
      `(?:slit|slitting|slits|slashed|slashing|opened|opening) (?:my|his|her|their) (?:own )?wrists?`,
    ),
    crisis(
      'suicidal.bathRazor',
      ['selfHarm'],
      `(?:in|into) (?:the |a )?bath (?:with|and) (?:a |the |my )?(?:razor|blade|knife|razors|blades|pills|tablets)|with (?:a |the |my )?(?:razor|blade|knife) in (?:the |a )?bath`,
      { imminent: true },
    ),
    crisis(
      'suicidal.myLast',
      ['suicidal'],
      `(?:this|tonight|today|tomorrow|this (?:weekend|week)|next week|christmas|it) (?:will be|is going to be|is|s going to be|ll be) my (?:last|final)${END}|my (?:last|final) (?:day|night|weekend|christmas|birthday|week)(?: ${W}){0,2} (?:on (?:this )?earth|alive|here|ever)|(?:ending|end|finish|finishing) this (?:tonight|today|now|soon|for good|once and for all)|(?:tonights|tonight is) the night(?!(?: [.!~])?(?: [^ .!~]+){0,3} (?:first date|date night|big date|party|gig|concert|match|show|opening night|premiere|launch|wedding|hen do|stag do|prom)(?= ))`,
      { imminent: true },
    ),
    crisis(
      'suicidal.onlyOption',
      ['suicidal'],
      `(?:death|dying|suicide|ending it|killing myself|ending my life|not being here|being gone|me being dead) (?:is|seems|feels|looks|s) (?:like )?(?:the |my )?(?:only|best|last|easiest|one) (?:option|way|answer|solution|choice|way out|thing left)|(?:only|one) (?:way out|option|answer|solution|choice) (?:is|left is) (?:for me )?(?:to )?(?:die|not be here|kill myself|end it|death|not exist|be dead|go)`,
    ),
    crisis(
      'suicidal.notContinue',
      ['suicidal'],
      `(?:not|no longer|dont|do not|cannot|cant) (?:wish|want|bear) to (?:continue|go on|carry on|live)(?: (?:without|living|with life|like this|any more|alone))?|do away with ${SELF}`,
      { negatable: false },
    ),
    crisis(
      'suicidal.boughtPacks',
      ['suicidal'],
      `(?:bought|buying|buy|got|getting) (?:[0-9]+|two|three|four|five|six|several|loads of|lots of|extra) (?:packs|packets|boxes|bottles) of ${DRUGS}|${DRUGS}(?: ${W}){0,2} from (?:different|several|lots of|loads of) (?:shops|chemists|pharmacies|places)|so (?:nobody|no one|noone) (?:would|will|wd) (?:notice|know|find out)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.photoMeans',
      ['suicidal'],
      `(?:photo|picture|pic|video|snap) of (?:${W} ){0,2}(?:${DRUGS}|a rope|a noose|a knife|blades|razors|the bridge|the edge|the tracks)(?: ${W}){0,4} (?:sorry|goodbye|bye|love you|said|saying)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.threatenedSelf',
      ['suicidal'],
      `(?:hell|shell|he will|she will|hed|shed|they will|theyll|theyd|he would|she would) (?:jump|kill himself|kill herself|kill themselves|end it|hurt himself|hurt herself|take (?:his|her|their) (?:own )?life|do something stupid|top himself|top herself)`,
    ),
    crisis(
      'suicidal.ligature',
      ['suicidal'],
      `(?:plastic )?bag over (?:my|his|her) head|(?:belt|rope|cord|scarf|tie|ligature|cable|flex|lead) (?:tight )?(?:round|around) (?:my|his|her) (?:neck|throat)|do (?:${SELF}|meself) in|(?:strangle|strangling|strangled|choke|choking|choked|smother|smothering|suffocate|suffocating) ${SELF}(?!(?: (?:laughing|with laughter))(?= ))`,
      { imminent: true },
    ),
    crisis(
      'suicidal.saidGoodbyes',
      ['suicidal'],
      `(?:said|saying|say|sent|written|write|writing|wrote) (?:all )?my goodbyes?|(?:ive|i have|im|i) (?:said|saying|sent) goodbye to (?:everyone|everybody|my (?:family|kids|children|friends|mum|dad|wife|husband))`,
      { imminent: true },
    ),
    crisis(
      'suicidal.pillsReady',
      ['suicidal'],
      `(?:have|got|ive got|i have|with|sat with) (?:the |my |all (?:the|my) |a (?:bag|box|bottle|pile) of )?(?:${DRUGS}|${ROPE}|razor|razors|blades?) (?:all )?ready(?!(?: for (?:the|my|tomorrow|the morning|next|work|school|bed))(?= ))`,
      { imminent: true },
    ),
    crisis('suicidal.endSelf', ['suicidal'], `(?:end|ending|ended|finish|finishing|finished) ${SELF}`),
    crisis(
      'suicidal.stopLiving',
      ['suicidal'],
      '(?:want|wanted|wanting|going|need|needs|wish|ready|plan|planning|decided|try|trying|just want) (?:to )?(?:stop|quit) (?:living|existing|being alive|breathing|being here)',
    ),
    crisis(
      'suicidal.ratherDead',
      ['suicidal'],
      `(?:rather|sooner) (?:(?:be dead|die)(?:(?= than (?:(?:my|anyone|people|everyone|her|him|them|the|his) (?:${W} )?(?:see|sees|know|knows|find out|finds out|seeing)|carry|go on(?!(?: (?:that|the|a|an|this|those|these|another|holiday|stage|telly|tv|a diet|about|and on))(?= ))|live|keep|be here|face|go back|be alive|exist|wake|continue|do this|spend another|be me))|(?!(?: than)(?= )))|not (?:be here|be alive|exist|wake up|live|be around)|not (?:continue|carry on|go on)(?: living)?${END})`,
      { negatable: false },
    ),
    crisis(
      'suicidal.liveOrDie',
      ['suicidal'],
      '(?:dont|doesnt|wouldnt|didnt|no longer) (?:really |even )?care (?:if|whether) (?:i|he|she) (?:live|lives|die|dies|wake up|wakes up|am alive|is alive|live or die)',
      { negatable: false },
    ),
    crisis(
      'suicidal.cantBeBothered',
      ['suicidal'],
      'cant be bothered (?:to live|living|being alive|with (?:life|living)|existing|to exist|to be alive|to wake up|waking up|to be here|being here)',
      { negatable: false },
    ),
    crisis(
      'suicidal.hadEnoughOfLife',
      ['suicidal'],
      `(?:had|have had|ive had) enough of (?:this |my |)(?:life|living|being alive|this world|existing)${END}`,
    ),
    crisis(
      'suicidal.doItNoOneStop',
      ['suicidal'],
      `(?:going to|will|ill|planning to|plan to|decided to|ready to|about to) (?:do it|go through with it|end it)(?: ${W}){0,5} (?:and )?(?:no one|nobody|noone|you) (?:can|will|could|cant|wont) stop me`,
      { imminent: true },
    ),
    crisis(
      'suicidal.howToDoIt',
      ['suicidal'],
      `(?:thought|thinking|worked out|work out|planned|planning|decided|know|knows|figured out)(?: ${W}){0,2} (?:about )?(?:how|where|when) (?:i|id|ill|i would|i will|im going to|to|he|she|hed|shed) (?:do it|end it|go about it|go through with it)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.lastMessage',
      ['suicidal'],
      '(?:this is|this will be|these are|here is|heres) (?:my )?(?:last|final) (?:message|messages|post|text|words|goodbye|note)',
      { imminent: true },
    ),
    crisis(
      'suicidal.afterImGone',
      ['suicidal'],
      `(?:letters?|notes?|messages?|instructions|goodbyes?)(?: ${W}){0,5} (?:for )?(?:after|when|once|for when) (?:im|i am|ive|i have|hes|shes|he is|she is) (?:gone|dead|died|not here)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.research',
      ['suicidal'],
      `(?:research|researching|researched|looking up|looked up|look up|googling|googled|google|searching|searched|reading (?:up )?(?:about|on)|watching videos (?:about|on))(?: ${W}){0,3} (?:ways|methods|how|way) (?:to|i could|i can|of|you can) (?:do it|die|end it|end my life|kill myself|go|overdose|hang|not wake up|commit)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.lethalDose',
      ['suicidal'],
      `(?:lethal|fatal|deadly|killing|toxic) (?:dose|doses|amount|quantity|number|level)|how (?:many|much)(?: ${W}){0,4} (?:would|will|does it take to|did it take to|to|do you need to|would it take to|can|do i need to) (?:kill|die|be fatal|be lethal|stop (?:your|my|a|someones) heart|finish (?:you|me|someone) off|not wake up)|how (?:many|much)(?: ${W}){0,3} ${DRUGS}(?: ${W}){0,3} (?:would (?:it )?take|does it take|to die|would kill|to kill|to not wake up|to do it|until you die)|(?:easiest|quickest|best|painless|least painful|surest|fastest|most peaceful) way (?:to|of) (?:die|go|end it|dying|kill (?:yourself|myself)|end (?:your|my) life|do it)`,
    ),
    crisis(
      'suicidal.rope',
      ['suicidal'],
      `noose|ligature|(?:got|have|has|bought|buy|buying|tied|tie|tying|hung|hang|hanging|put up|found|hidden|hid|keep|kept|ordered|holding|fetched|brought|taken|took|taking)(?: ${W}){0,3} (?:a |the |some |my |this )?${ROPE}${NOT_ROPE_USE}|the ${ROPE} (?:is|s|ready|in|up|round|around|over|from|on|hanging|tied)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.meansReady',
      ['suicidal'],
      `(?:${DRUGS}|${WEAPON}|razors?|razor blades?|${ROPE}|belt|plastic bag|charcoal)(?: ${W}){0,4} ${READY}${ROUTINE}|${HOLDING}(?: ${W}){0,4} ${DRUGS}${ROUTINE}|${HOLDING}(?: ${W}){0,2} (?:a |the |my )?(?:${WEAPON}|razors?|razor blades?|${ROPE})|(?:${WEAPON}|blades?|razors?|${ROPE}) (?:is |are |s )?(?:ready|all ready|here with me)${END}|${READY} (?:all )?(?:my |the |a |some )?(?:${DRUGS}|${WEAPON}|blades?|razors?)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.stockedDrugs',
      ['suicidal'],
      `(?:kept back|hidden|hid|hiding|stashed|stashing|saved|saving|collected|collecting|hoarding|been buying)(?: ${W}){0,2} (?:${LOTS}|all|enough|a stash of|a supply of) (?:of )?(?:my |the |these |those |his |her )?${DRUGS}(?: ${W}){0,3} (?:in (?:the|a|my) (?:drawer|cupboard|bag|room|car|wardrobe|box|bedside|cabinet|sock|pocket|bedroom|shed)|hidden|hid|saved|stashed|for (?:tonight|later|when|if|the end|one day)|just in case|in case|put away)|(?:got|have|ive got|keep|kept|bought|buying|ordered)(?: ${W}){0,2} (?:${LOTS}|all|enough|a stash of|a supply of) (?:of )?(?:my |the |these |those |his |her )?${DRUGS}(?: ${W}){0,3} (?:hidden|hid|saved|stashed|for (?:tonight|when|if|the end|one day)|put away)(?!(?: (?:for|from) (?:the|my) (?:holiday|trip|flight|pharmacy|chemist))(?= ))|enough ${DRUGS} (?:to|for) (?:do it|die|kill|end it|not wake|overdose|a lethal|take them all|finish)`,
      { imminent: true },
    ),
    // The same amounts said plainly ("I've got a box of paracetamol in the drawer", "loads of tablets
    // just in case"): most people say it of an ordinary medicine cupboard, so it is asked about.
    crisis(
      'suicidal.stockedDrugsPlain',
      ['suicidal'],
      `(?:got|have|ive got|keep|kept|bought|buying|ordered)(?: ${W}){0,2} (?:${LOTS}|all|enough|a stash of|a supply of) (?:of )?(?:my |the |these |those |his |her )?${DRUGS}(?: ${W}){0,3} (?:in (?:the|a|my) (?:drawer|cupboard|bag|room|car|wardrobe|box|bedside|sock|pocket|bedroom|shed)|for later|just in case|in case)(?!(?: (?:i get|of (?:a |my )?(?:headache|migraine|back|pain|flare|cold|flu)|my (?:back|knees?|hips?|head|migraines?) (?:flares|plays|goes)|for (?:my|his|her|the|our) (?:${W} )?(?:back|pain|headaches?|knees?|hips?|arthritis|migraines?|periods?|kids|children|family|cold|colds|flu)))(?= ))`,
      { tier: 'possible', question: 'endingLife' },
    ),
    crisis(
      'suicidal.atThePlace',
      ['suicidal'],
      `(?:im|i am|sat|sitting|standing|stood|parked|here|ive been|been|leaning|hanging) (?:up )?(?:on|at|over|off|by|near|next to|beside|on top of|in the car (?:at|by|on)|on the edge of|at the edge of|at the top of|on the wrong side of) (?:the |a |this )?${PLACE}(?!(?: (?:club|tournament|game|night|class|lesson|party|terrace|garden|bar|cafe|restaurant|extension|repairs?|works?|tiles?|heritage|society|museum|committee|preservation|modelling|model|enthusiasts|station|team|crew|staff))(?= ))(?!(?: (?:fixing|mending|clearing|cleaning|painting|with (?:my|the) (?:kids|family|dog|friends))))`,
      { imminent: true },
    ),
    crisis(
      'suicidal.intoWater',
      ['suicidal'],
      `${INTENT} (?:just )?(?:walk|walking|wade|wading|swim|swimming|drive|driving) (?:out )?(?:into|in to|out into|out to|off into) (?:the )?(?:sea|river|canal|lake|ocean|waves|water|reservoir)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.carFumes',
      ['suicidal'],
      '(?:left )?(?:the |my )?(?:car|engine|van) (?:running|left running|on) in (?:the |a |my )?(?:garage|shed|closed garage|lock up)|(?:hose|hosepipe|pipe|tube) (?:from|on|to|into|in|round) (?:the )?(?:exhaust|car)|exhaust (?:pipe )?(?:into|in to|inside) (?:the )?car|charcoal (?:in|burner|bbq|barbecue)(?: [a-z0-9]+){0,3} (?:tent|car|room|bedroom|bathroom|van)|(?:bbq|barbecue|charcoal) in (?:my|the|a) (?:bedroom|tent|car|room|van|bathroom)',
      { imminent: true },
    ),
    crisis(
      'suicidal.planAndMeans',
      ['suicidal'],
      `(?:a|the|my) plan and (?:the )?(?:means|method|way|pills|tablets|rope|date|everything)|(?:got|have|ive got|has|hes got|shes got) (?:the )?means${END}|(?:a|the|my) plan (?:for|of) how`,
      { imminent: true },
    ),
    crisis(
      'suicidal.overdoseNow',
      ['suicidal'],
      `${INTENT} (?:take|taking|swallow|swallowing|neck|necking|down|downing) ${AMOUNT_OF_DRUGS}(?!(?: (?:as|on time|every|each|at|in the (?:morning|evening|afternoon|night)|with|properly|regularly|the doctor|that|they|he|she|you|for (?:my|the|his|her) (?:pain|back|head|heart|cold|flu|arthritis|blood)))(?= ))`,
      { imminent: true },
    ),
    crisis(
      'suicidal.thirdPartyMeans',
      ['suicidal'],
      `locked (?:himself|herself|themselves|themself|myself) in (?:the |her |his |my |their )?(?:bathroom|room|bedroom|toilet|car|garage|shed|loft)(?: ${W}){0,2} (?:with|and wont|and isnt|and not|and will not)|(?:gone|went|walked|driven|drove) (?:off|out)(?: ${W}){0,3} (?:with|taking|and took) (?:a |the |his |her |their )?(?:${WEAPON}|${ROPE}|pills|tablets)(?: ${W}){0,5} (?:said|saying|says|goodbye|and wont|and isnt|not answering)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.goodbyeMessage',
      ['suicidal'],
      `(?:goodbye|good bye|farewell) (?:message|messages|note|notes|letter|letters|post|posts|text|texts|video|videos|voicemail)|(?:said|saying|says|texted|messaged|posted|sent|sends)(?: ${W}){0,2} (?:his |her |their |my |a |all )?(?:goodbyes?|good bye|farewell)(?: to (?:everyone|everybody|us|me|the world|his|her|their|my|all))?(?: ${W}){0,4} (?:and|,)? ?(?:isnt|not|wont|hasnt|stopped) (?:answering|picking up|replying|responding)`,
      { imminent: true },
    ),
    crisis(
      'suicidal.odd',
      ['suicidal', 'medicalEmergency'],
      `(?:i|ive|i have|hes|he has|shes|she has|he|she|they|theyve|weve|just) (?:just |already )?(?:odd|oded|odeed|od d)(?!(?: (?:one|man|socks?|job|jobs|thing|things|number|numbers|feeling|bit|looking|ones|out|behaviour|about))(?= ))`,
      { event: true, flag: 'overdose' },
    ),
  ];
}

const THEIR = '(?:his|her|their)';
const NOT_LIFE_PHRASE =
  '(?!(?: (?:back|in|into|forward|around|seriously|more|easy|slow|one|story|stories|history|book|memoir|insurance|savings|work|s work|plan))(?= ))';

export const SUICIDAL: readonly CrisisRule[] = [
  crisis(
    'suicidal.suicidal',
    ['suicidal'],
    '(?<!(?:if|when) (?:i|you|someone|a person|people|they|he|she) (?:ever |start to |start |begin to )?(?:feel|feels|felt|get|gets|become|becomes|am|are|is|was) (?:really )?)(?<!(?:defence|defending|defense|tackle|tackling|passing|tactics|driving|overtake|overtaking|formation|lineup|back pass|back four) (?:is|was|s|looks|looked|seems|has been) (?:(?:absolutely|totally|so|just|a bit|bit|frankly) )?)suicidal(?:ly)?|suicidality',
  ),
  crisis('suicidal.suicide', ['suicidal'], 'suicides?'),
  crisis('suicidal.kill.self', ['suicidal'], `(?:kill|killing|killed|kil|top|topping|topped) ${SELF}`, {
    subject: 'self',
  }),
  // Someone else who "killed himself" has died: a bereavement, asked about (possible.otherKilledSelf).
  crisis(
    'suicidal.kill.other',
    ['suicidal'],
    `(?:kill|killing|kil|top|topping) ${OTHER_SELF}|(?:just|has|has just|have|have just|hes|shes|theyve) (?:killed|topped) ${OTHER_SELF}|(?:killed|topped) ${OTHER_SELF} (?:last night|this morning|today|yesterday|tonight|just now|an hour ago|earlier)`,
    {
      subject: 'someoneElse',
    },
  ),
  ...pair(
    'suicidal.method',
    ['suicidal'],
    (who) =>
      `(?:hang|hanging|hanged|hung|drown|drowning|gas|gassing|poison|poisoning|suffocate|suffocating|shoot|shooting|stab|stabbing|throw|throwing|threw) ${who}(?!(?: (?:into|in to|at|on|out|off the (?:sofa|couch|settee|bed|chair|armchair)|down on the (?:sofa|couch|settee|bed)))(?= ))`,
    SELF,
    OTHER_SELF,
    { imminent: true },
  ),
  crisis(
    'suicidal.endLife.self',
    ['suicidal'],
    `(?:end|ending|ended|finish|finishing|finished|take|taking|took|taken) my (?:own )?life${NOT_LIFE_PHRASE}`,
    { subject: 'self' },
  ),
  // Someone else who took their own life has died: a bereavement, asked about (possible.otherKilledSelf),
  // unless it has just happened.
  crisis(
    'suicidal.endLife.other',
    ['suicidal'],
    `(?:end|ending|finish|finishing|take|taking) ${THEIR} (?:own )?life${NOT_LIFE_PHRASE}|(?:just|has|has just|have|have just|hes|shes|theyve) (?:ended|finished|took|taken) ${THEIR} (?:own )?life|(?:ended|finished|took|taken) ${THEIR} (?:own )?life (?:last night|this morning|today|yesterday|tonight|just now|an hour ago|earlier)`,
    { subject: 'someoneElse' },
  ),
  crisis(
    'suicidal.wantToDie',
    ['suicidal'],
    `(?:want|wants|wanted|wanting|ready|prefer|longing|long) ${TO} die(?!(?: than| for (?:a|an|my|his|her|the)| of (?:old|embarrassment|shame|cringe|boredom|laughing|laughter|happiness|jealousy|envy|curiosity|cuteness|fright)| in (?:my|his|her) (?:own|sleep)| (?:my|her|his|their|the) (?:hair|clothes|jeans|top|beard|roots|fringe|wool|fabric|shirt|shoes)(?!(?: (?:is|s|has|keeps|falling|fell|gone|went))(?= ))| it (?:pink|blue|red|purple|green|black|blonde|orange))(?= ))`,
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
    '(?:end|ending|ended|(?<!(?:wont|won t|didnt|didn t|couldnt|couldn t|never|cant|can t) )finish|finishing) (?:it all|it|things|everything)(?!(?: (?:with|off|between|for (?:him|her|them)|on a|now with|early|by|at|there|here and))(?= ))' +
      END,
  ),
  crisis('suicidal.endItAll', ['suicidal'], '(?:end|ending|ended|finish|finishing) it all'),
  crisis(
    'suicidal.betterOffWithoutMe',
    ['suicidal'],
    '(?:better off|happier|easier|better|lighter|relieved) (?:without me|with me (?:gone|dead|out of the way)|once im gone|when im gone|if im gone)|better off (?:dead|gone(?!(?: from| to| back| home| out)(?= ))|if i (?:wasnt|werent|was not|were not) (?:here|around|alive)|if i (?:was|were) (?:dead|gone)|if i (?:died|had died|didnt exist|never existed|disappeared))',
    { subject: 'self' },
  ),
  crisis(
    'suicidal.betterOffWithoutThem',
    ['suicidal'],
    `(?:says|saying|said|thinks|feels|told (?:me|us)|keeps saying|keep saying)${ANY(0, 5)} better (?:off )?without (?:him|her|them)|(?:hed|shed|wed|we|we would|everyone|everybody|wed all|the family) (?:all )?(?:would )?(?:be )?(?:better|happier) (?:off )?without (?:him|her|them)|(?:hed|shed|theyd|he would|she would|they would) be better off dead`,
    { subject: 'someoneElse' },
  ),
  crisis(
    'suicidal.wishDead',
    ['suicidal'],
    '(?:wish|wishes|wished|wishing) (?:that )?(?:i|id|he|she|they) (?:was|were|could be|had|had been|was just|were just)? ?(?:dead|died|gone for good|never (?:been )?born|not been born)|(?:might|may) as well be (?:dead|six (?:foot|feet) under|in (?:the ground|my grave|a box))|(?:easier|better|happier) (?:for (?:everyone|everybody|them|all of them) )?if i (?:(?:was|were) (?:dead|gone)|died|wasnt (?:here|alive|around))|(?:want|wants) (?:to )?be dead',
  ),
  crisis(
    'suicidal.sleepForever',
    ['suicidal'],
    'sleep and (?:not|never|dont) wake(?: up)?(?!(?: up)(?= ))(?!(?: (?:until|till|til))(?= ))|sleep forever|never wake up again|not wake up again|(?:wish|hope|hoping|wishing) (?:that )?(?:i|id|i had) (?:hadnt|had not|didnt|wouldnt|couldnt|never|dont|wont|dint|would not|not) (?:wake|woken|woke|waken|wake up)',
  ),
  crisis(
    'suicidal.dontWantToWake',
    ['suicidal'],
    `(?:dont|didnt|never|no longer) (?:want|wanna) (?:to )?wake up(?!(?: (?:early|at [0-9]|so early|before|in time|on time|for (?:work|school)))(?= ))`,
    {
      negatable: false,
    },
  ),
  crisis(
    'suicidal.dontWantToLive',
    ['suicidal'],
    `(?:dont|doesnt|didnt|no longer|im not|not|not sure (?:if |that )?i|not sure (?:if |that )?(?:he|she)|dont know if i|dont think i) (?:really |even |just |actually )?(?:want|wanna|wants|wanting|wish) (?:to |2 )?(?:be here|be alive|live|exist|be around|be on this earth|carry on living|go on living|keep living|wake up)(?: (?:any more|no more|now|like this|much longer|either|at all))?` +
      END,
    { negatable: false },
  ),
  crisis(
    'suicidal.noPoint',
    ['suicidal'],
    '(?:dont|doesnt|cant|cannot|just dont) (?:really |even )?see (?:the|any|a|much) point(?: (?:any more|no more|now|of (?:carrying on|going on|trying|waking up|getting up|any of it|living)|in (?:anything|much|it all|it any more|life|living|going on|carrying on|trying|being (?:alive|here|around)|me being (?:here|alive)|waking up|existing|me|it)|of (?:anything|it all|life|living|going on|me|being (?:alive|here))))?' +
      END,
    { negatable: false },
  ),
  crisis(
    'suicidal.whatsThePoint',
    ['suicidal'],
    '(?:whats|what is|wats|what was) (?:even )?the point (?:in |of )?(?:me )?(?:even )?(?:living|life|being alive|being here|going on|carrying on|existing|anything|it all|waking up|any more)|(?:whats|what is|wats) (?:even )?the point (?:of|in) me(?= *$| [.,~!?])|no point (?:in )?(?:living|carrying on|going on|being alive|being here|life|existing|waking up)',
    { negatable: false },
  ),
  crisis(
    'suicidal.nothingToLiveFor',
    ['suicidal'],
    'not worth (?:going on|carrying on|living|being alive|being here|waking up|it any more|fighting any more|trying any more)|(?:be|im|i am|id be|i would be|would be|d be) better (?:off )?dead|(?:nothing|no one|nobody|no reason|nothing left|not much) (?:left )?(?:to|2) live for|no (?:reason|point|purpose) (?:(?:to|2) (?:live|go on|carry on|be here|stay alive|keep going|be alive)|for (?:living|being alive|being here|going on|carrying on))|(?:life|lifes|my life)(?: is| s)? (?:isnt|not|aint|no longer) worth (?:living|it)(?: any more)?|not worth living',
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
    `(?:disappear|vanish) (?:forever|for good|for ever|and never come back)|(?:want to|wants to|wanting to|want|wish i could|like to|wish to|just want to|part of me wants to) (?:just )?(?:disappear|vanish|stop existing|not exist|not be here|not be alive|be gone|cease to exist)${END}`,
  ),
  crisis(
    'suicidal.wantItToStop',
    ['suicidal'],
    `(?:want|wanna|need|wish|wishing|just want) (?:it all|everything|it|all of it|my life|life|the world) (?:to |would )?(?:just )?(?:all )?(?:stop|end|be over)${END}|(?:want|wanted|just want) (?:it|it all|my life) over(?!(?: with)(?= ))`,
  ),
  crisis(
    'suicidal.burden',
    ['suicidal'],
    '(?:im|i am|i feel like|feel like|i feel|feel|i feel like im|feel like im|im just|im nothing but|im such|im only|nothing but|become|becoming|have become|ive become|am becoming|im becoming) (?:a |such a |nothing but a |only a |just a |a massive |a huge |a big |a complete |)burden(?: (?:to|on) (?:everyone|everybody|my family|them|all|people|my kids|my children|the world))?',
    { tier: 'possible' },
  ),
  crisis(
    'suicidal.nobodyWouldMiss',
    ['suicidal'],
    '(?:nobody|no one|noone|no body) (?:would|will|is going to) (?:even )?(?:miss (?:me|her|him)(?= *$| [.,~!]| (?:if|anyway|and|when)(?![a-z0-9]))|notice (?:if|when) (?:i|im|he|she|hes|shes) (?:was |were |am |is )?(?:gone|dead|not here|wasnt here|disappeared|died|went missing|vanished)|care (?:if|when) i (?:died|die|was dead|was gone|wasnt here|disappeared|killed myself|was not here))|(?:wouldnt|wont) (?:even )?miss me if i (?:was|were|died|disappeared)|better off(?: [a-z0-9]+){0,4} (?:and )?(?:me|myself) out of the picture',
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
    '(?<!(?:bungee|bungy|bungie|charity|parachute|abseil|abseiling|tombstoning|tandem) )(?:jump|jumping|jumped|throw myself|throwing myself) (?:in front of|under|off|of|from) (?:a |the |an )?(?:train|trains|bridge|building|roof|cliff|car|bus|lorry|motorway|tower|balcony|multi storey|car park|top floor|tracks|railway)|(?:step|stepping|walk|walking|lie|lying|lay) (?:in front of|under) (?:a |the |an )?(?:train|trains|car|bus|lorry|traffic)|(?:lie|lying|lay) (?:down )?on (?:the|a) (?:tracks|railway line|motorway)',
    { imminent: true },
  ),
  crisis(
    'suicidal.takeAllTablets',
    ['suicidal'],
    `(?:going to|will|want to|thinking (?:of|about)|plan to|planning to|might|about to|could|feel like) (?:take|taking|swallow|swallowing|neck|necking|down|downing) ${MANY} (?:(?:my|the|his|her|these|those|them|of my) )?${DRUGS}(?!(?: (?:as|on time|every|each|at|in the (?:morning|evening|afternoon|night)|with|properly|regularly|the doctor|that|they|he|she|you))(?= ))`,
    { imminent: true },
  ),
  crisis(
    'suicidal.overdoseIntent',
    ['suicidal'],
    '(?:going to|will|want to|thinking (?:of|about)|thought about|plan to|planning to|might|about to|tempted to|feel like) (?:overdose|overdosing|od|take an overdose|taking an overdose)',
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
    // Not work on a roof: "I'm on the roof fixing the guttering tomorrow".
    '(?:im|i am|sat|sitting|standing|stood) (?:on|at) (?:the|a) (?:edge of (?:the|a) )?(?:bridge|ledge|roof|rooftop|cliff|cliff edge|railway line|tracks|multi storey)(?!(?: (?:fixing|mending|clearing|cleaning|painting|repairing|replacing|doing (?:the|some)|to (?:fix|mend|clear|clean|paint|repair)))(?= ))',
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
    '(?:tried|try|trying|attempted|attempt|attempts) (?:to )?(?:end it|end it all|end things|end my life|kill myself|take my (?:own )?life|hang myself|overdose|strangle myself|suffocate myself|drown myself|poison myself|smother myself|gas myself|choke myself)',
  ),
  crisis('suicidal.wantOut', ['suicidal'], `nothing matters any more|(?:just )?want out${END}`),
  crisis(
    'suicidal.jumpIntent',
    ['suicidal'],
    `(?:going|planning|plan|want|wanted|about|ready|thinking (?:about|of)|considering|tempted|tempted to) (?:to )?(?:jump|jumping)${END}`,
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
    `(?:everyone|everybody|they|people|my family|no one|nobody|the world)(?: ${W}){0,3} (?:would|will|d) (?:be )?(?:better off|happier|glad|pleased|relieved|happy|care|notice|miss me|manage|cope)(?: ${W}){0,2} if i (?:just )?(?:(?:was|were) (?:dead|gone)|died|disappeared|wasnt (?:here|around|alive)|killed myself|left (?:this world|for good))`,
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
    `(?:want|wants|wanting|ready|longing|long|wish|wishes|going) to (?:go and )?(?:be with|join|see) (?:him|her|them|my ${W}|${W})(?: ${W}){0,2} (?:in heaven|up there|again on the other side|in the ground|in the next life|on the other side|in the grave)`,
  ),
  ...SUICIDAL_MEANS_AND_PLANS(),
];
