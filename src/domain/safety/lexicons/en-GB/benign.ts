import { ANY_TOKEN, W } from './vocab';

export const BENIGN: readonly string[] = [
  '(?:killed|killing|kill) (?:myself|ourselves|themselves|himself|herself) (?:laughing|with laughter)',
  '(?:nearly|almost) (?:killed (?:myself|meself|himself|herself)|died) (?:laughing|of|tripping|falling|slipping|skidding|(?:tripping|falling) over (?:the|a|my|his|her) [a-z]+|on (?:the|a|an|that|those|my|some) (?:ice|icy [a-z]+|stairs|steps|path|pavement|kerb|curb|ladder|bike|way (?:home|to [a-z]+|back)|wet floor|floor|rug|cat|dog|toys?|lego|mat|cobbles|hill))',
  '(?:nearly|almost) (?:passed out|fainted|died|had a heart attack|had a stroke|collapsed|keeled over) (?:at|when i saw|when (?:he|she|they) saw|over|seeing) (?:the )?(?:price|prices|bill|bills|cost|total|receipt|quote|gas bill|electric bill|energy bill|rent)',
  'suicide (?:alliance|prevention|awareness|bereavement|loss|survivors?|training|first aid|intervention|helpline|hotline|line|charity|charities|walk|run|support group|research|statistics|rates?|figures|safer|alert)',
  '(?:talk|talking|learn|learning|course|training|awareness) (?:about|on|of|in) suicide',
  '(?:lost|lose|losing) (?:my|a|our|his|her|their|someone|somebody|anyone|people|loved ones)(?: [a-z]+){0,2} to suicide',
  '(?:died|death|deaths|dying) (?:by|from|through|of) suicide|bereaved by suicide|affected by suicide',
  // Someone else's death, named as a loss: "the anniversary of my son's suicide was last week".
  '(?:my|his|her|their|our) (?:[a-z]+ )?(?:sons|daughters|dads|fathers|mums|mams|mothers|brothers|sisters|husbands|wifes|partners|friends|cousins|uncles|nephews|nieces|grandsons|granddaughters|boys|girls) suicide(?!(?: [^ .,~]+){0,14} (?:(?:doing|do) the same(?= *$| [.,~!]| (?:thing|as (?:him|her|them)))|the same way|join (?:him|her|them)|be with (?:him|her|them)))',
  // A forced marriage in the past, told of: "my sister had a forced marriage when we were young".
  '(?:had|was in|went through|survived|escaped) a forced marriage (?:when|as a|as an|years ago|in (?:19|20)[0-9][0-9]|back in|long ago)',
  'self harm (?:awareness|training|course|courses|sessions?|workshop|research|charity|team|service|services|nurse|support for parents)',
  '(?:domestic (?:abuse|violence)|dv|abuse|rape) (?:awareness|training|course|courses|refuge|refuges|charity|charities|service|services|worker|workers|officer|team|champion|helpline|hotline|support worker|advocate|volunteers?|campaign|policy|survivors? (?:group|network|programme)|support groups?|project|crisis)',
  '(?:volunteer|volunteering|volunteers|work|working|worker) (?:at|for|with|in) (?:a |the )?(?:domestic abuse|womens aid|refuge)',
  // First aid and learning talk is hypothetical: "what to do if someone collapses".
  `what (?:to|you should|should you|do you|should i|do i|can i|would you|would i) do (?:if|when) (?:someone|somebody|a person|people|they|he|she|a friend|your ${W}|my ${W}|a ${W})${ANY_TOKEN(0, 10)}`,
  '(?:signs|symptoms) of (?:a )?(?:stroke|heart attack|sepsis|meningitis|overdose|choking)',
  `(?:how|learn) to (?:help|spot|recognise|recognize|support|talk to)${ANY_TOKEN(0, 3)} (?:someone|a person|people|somebody)${ANY_TOKEN(0, 8)}`,
  // Non-human things collapse too.
  '(?:business|company|firm|ceiling|roof|wall|house|building|shop|marriage|relationship|deal|market|floor|bed|chair|tent|bridge|economy|scheme|sale|plans?|world|lung|shelf|shelves|fence|shed|dog|dogs|cat|cats|pet|pets|horse|pony|rabbit|hamster|budgie|puppy|kitten|group|groups|club|clubs|cake|sponge|souffle|pudding|team|charity|talks|government|project|band|choir|bank|scaffolding|sandcastle|pension scheme) (?:has |had |just |all |then |)(?:collapsed|collapses|collapsing)',
  '(?:collapsed|collapse|collapsing) (?:into|in) (?:bed|my bed|his bed|her bed|a heap of giggles)',
  'collapsed (?:lung|veins?|arches)',
  '(?:collapsing|collapsed|collapse) (?:with|from|in) (?:laughter|laughing|giggles|hysterics)',
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
  // Threats in jest about everyday things: "she'll kill me for telling you this", "if I buy another rod".
  '(?:will|ll|would|d|is going to|s going to|going to|gonna|hell|shell|theyll|hed|shed|theyd|ill|id|wants to|want to) (?:kill|murder|strangle) (?:me|him|her|them|my (?:husband|wife|partner|son|daughter|mum|dad|brother|sister)) (?:for (?:telling|saying|letting|showing|booking|buying|spending|forgetting|eating|breaking|losing|leaving)|if (?:i|he|she|they) (?:buy|buys|bought|forget|forgets|forgot|spend|spends|eat|eats|ate|miss|misses|leave (?:his|her|their|my) (?:socks|shoes|dishes|plates|stuff|things|mess|clothes)|leaves (?:his|her|their|my) (?:socks|shoes|dishes|plates|stuff|things|mess|clothes)|break|breaks|lose|loses|am late|is late|are late|get home late|dont tidy|doesnt tidy|snore|snores|another|one more))',
  // "I'll kill my brother if he touches my xbox", "she'll murder me if I borrow her top": belongings, not people.
  '(?:kill|murder|strangle|throttle) (?:me|him|her|them|my (?:brother|sister|husband|wife|partner|son|daughter|mum|dad|flatmate|housemate|roommate|boyfriend|girlfriend|kids)) if (?:i|he|she|they) (?:touches|touch|uses|use|takes|take|borrows|borrow|eats|eat|nicks|nick|reads|read|wears|wear|breaks|break|moves|move|hides|hide|finishes|finish|loses|lose) (?:my|her|his|their|the|another|one more) (?:oat |soya |almond |good |new |favourite |fancy |last )?(?:xbox|playstation|ps5|switch|phone|charger|stuff|things|top|tops|clothes|make up|makeup|car|chocolate|food|remote|tablet|laptop|games|bike|shoes|dinner|biscuits|cake|crisps|sweets|hair straighteners|straighteners|perfume|jumper|coat|tools|drill|milk|last)',
  '(?:will|ll|is going to|s going to|going to|gonna|hell|shell) (?:kill|murder) me when (?:she|he|they) (?:sees?|finds? out|hears?|gets? home|gets? back)',
  'if (?:he|she|they|you) (?:buys?|brings? home|leaves?(?!(?: (?:me|us|ill|i|im|him|her|them|you|again))(?= ))|forgets?|eats?|spends?)(?: [^ .,~]+){0,4} (?:ill|i will|im going to) (?:kill|strangle|murder|throttle) (?:him|her|them|you)',
  '(?:kill|killing|murder) (?:him|her|me|us|them|everyone) with (?:my|his|her|your|their) (?:driving|cooking|singing|jokes|snoring|music|dancing|puns|questions)',
  '(?:kill|murder|strangle|throttle) (?:him|her|them|my (?:brother|sister|husband|wife|partner|son|daughter|mum|dad|kids))(?: ,)? (?:he|she|they) (?:ate|eaten|drank|finished|took|nicked|pinched|borrowed|used|broke|lost|hid) (?:my|the|all (?:my|the)) (?:chocolate|biscuits|cake|sweets|crisps|last|charger|remote|tea|coffee|milk|wine|beer|pizza|chips|dinner|lunch|car)',
  // A threat said as a joke, marked as one: "I'm going to kill my sister lol", "(not literally)".
  '(?:going to|gonna|will|ll|is going to|s going to|hell|shell|ill|im going to|i will) (?:kill|murder|strangle|throttle) (?:me|him|her|them|you|my [a-z]+)(?: [^ .,~]+){0,2}?(?: ,)? (?:lol|lmao|haha|hahaha|jk|only joking|just joking|not literally|not really|laughing|laughed|jokingly)(?![a-z0-9])',
  '(?:lol|lmao|haha|hahaha) (?:my |me )?(?:mum|mam|mom|dad|nan|gran|wife|husband|partner|boss|sister|brother|girlfriend|boyfriend)(?: is| s)? (?:going to|gonna|will|ll) (?:kill|murder) me',
  // Birds attack too (a sting is left to the rules: it may be an allergic reaction).
  '(?:attacked|chased|pecked|went for) (?:me )?by (?:a |the |some )?(?:goose|geese|swan|swans|seagull|seagulls|gull|gulls|duck|ducks|pigeon|pigeons|squirrel)',
  '(?:rape|personal|panic|attack) alarms?',
  'dead (?:honest|serious)|dying matters',
  '(?:so|too|that) (?:cold|hot|freezing|boiling|hungry|bored) (?:in here |here |)(?:im|i am) (?:dying|dead)',
  'chest (?:tightness|is tight|feels tight|is a bit tight|a bit tight)(?: [^ .,~]+){0,2} (?:with|from|because of|when i have|when i get|in) (?:hay ?fever|asthma|a cold|my asthma|pollen|this cold|the cold|a chest infection)',
  '(?:kill|killing) (?:myself|meself) if i (?:eat|have|see|hear|watch|buy|get|do) (?:another|one more|any more|that)',
  '(?:how|where) (?:do|can|should|would) (?:i|you|we|people|someone) (?:report|spot|recognise|recognize|learn about|find out about)(?: [^ .,~]+){0,2} (?:domestic abuse|domestic violence|abuse|grooming|self harm)(?: (?:for|of|on behalf of) (?:a friend|someone|my friend|a neighbour))?',
  // Health worries already checked and explained.
  'chest pains? (?:when|if) (?:im|i am|i get|i feel|im feeling|i m) (?:anxious|stressed|nervous|panicky|worried|panicking|upset)|(?:anxiety|panic) (?:chest pains?|related chest pains?)',
  '(?:bled|bleeding|bleed) (?:a lot|loads|heavily|quite a bit)(?: [^ .,~]+){0,5} (?:but|and) (?:it )?(?:has )?(?:stopped|soon stopped|is fine now|its fine now)',
  // Talk about helping others.
  '(?:help|helps|support|supports|helping|supporting|work with|working with|care for|caring for) (?:people|someone|those|young people|teenagers|kids|children|men|women|others|anyone|patients|clients) (?:who|that) (?:self harm|are suicidal|feel suicidal|have been abused|are being abused|want to die|have tried to kill themselves)',
  // A screening question already answered no: "my GP asked if I had thoughts of suicide and I don't".
  '(?:asked|asks|asking) (?:me )?(?:if|whether) (?:i|im) (?:had|have|was having|am having|was|am|felt|feel|ever had|ever have|ever felt)(?: any)?(?: (?:thoughts|thought) (?:of|about))? (?:suicide|suicidal|self harm|self harming|harming myself|hurting myself|ending my life|killing myself)(?: thoughts)?(?: ,)? (?:and|but) (?:i (?:dont|didnt|do not|did not|havent|hadnt|wasnt|am not|said no|told (?:him|her|them) no)|im not|no)(?= *$| [.,~]| (?:i|im|just|so|and|but)(?![a-z0-9]))(?!(?: [^ .~]+| ,){0,6} (?:wasnt true|was not true|a lie|i lied|lying|lie)(?![a-z0-9]))',
  // The same question about others, answered with a joke: "asked if I had thoughts of harming anyone and I said only the cockerel".
  '(?:asked|asks|asking) (?:me )?(?:if|whether) (?:i|im) (?:had|have|was having|ever had)(?: any)? (?:thoughts|thought) (?:of|about) (?:harming|hurting) (?:anyone|anybody|others|other people|someone|somebody)(?: ,)? (?:and|but) i (?:said|told (?:him|her|them)) (?:only|just|no)(?![a-z0-9])',
  // Things, not people, "commit suicide": "my laptop committed suicide, lol".
  '(?:laptop|phone|mobile|computer|pc|tv|telly|printer|car|battery|washing machine|fridge|freezer|boiler|kettle|plants?|hoover|tablet|sat nav|router|toaster|microwave|boiler|team|party|government) (?:has |just |)(?:committed|commited|commits) suicide',
  // Working too hard: "I've been killing myself working doubles", "killing myself trying to keep up".
  '(?:killing|killed|kill) (?:myself|meself|himself|herself|themselves) (?:working|at work|with work|with worry|worrying|running (?:around|round|about) after|doing (?:two|three|2|3|extra|double|all the|everything|it all|overtime|the lot|nights)|trying to (?:keep up|pay|get|make|finish|sort|please|keep|hold|do it all|do everything)|to (?:pay|keep up|make ends meet|get (?:it|this|everything) done))',
  // Sleep apnoea: "I stopped breathing in my sleep, the clinic gave me a CPAP".
  '(?:i|i sometimes|i keep|i used to|i would) (?:stop|stopped|stops) breathing (?:in my sleep|at night|when i sleep)|(?:stops|stop) breathing when (?:he|she|i) snores?',
  // Chest pain found not to be the heart.
  '(?:non cardiac|noncardiac|musculoskeletal|muscular) chest pains?',
  // A chest pain already checked and explained: "A&E last month with chest pain, told muscular".
  'chest pains?(?: [^ .,~]+){0,4}(?: ,)? (?:and )?(?:was |been |were )?(?:told|found to be|diagnosed as|said to be|turned out to be|which was|(?:they|doctors?|the doctor|the hospital) said) (?:it was |its |it is |to be )?(?:muscular|muscle|a pulled muscle|anxiety|indigestion|reflux|heartburn|costochondritis|nothing serious|nothing to worry about)',
  // Work with people at risk: "I deal with self harm at work".
  '(?:deal|deals|dealing|dealt|work|works|working) with (?:self harm|suicide|suicidal people|overdoses|domestic abuse|abuse cases)(?: (?:patients|cases|clients))? (?:at work|every day|all day|in my job|on the ward)',
  // Programmes, books and talks about a subject: "a documentary about domestic violence".
  '(?:programme|program|documentary|documentaries|film|short|short film|coursework|dissertation|essay|assignment|project|presentation|exhibition|show|podcast|article|book|novel|story|poem|song|series|drama|episode|play|news story|report|radio programme) (?:about|on) (?:a |an )?(?:(?:male|mens|men s|youth|teen|teenage|student|veteran|farmer) )?(?:suicide|domestic (?:violence|abuse)|self harm|abuse|knife crime|overdoses?|drugs|grooming|murders?|stabbings?|strokes?|heart attacks?|sepsis|dementia|sextortion|revenge porn|image abuse|online abuse|cyberbullying|stalking|scams?|romance scams?|loan sharks?|county lines|cuckooing|modern slavery|trafficking|exploitation)',
  // The same subject named before a storyline, a documentary or a training module, or covered by a
  // course or a talk: "the DV storyline", "a sepsis documentary", "a talk on coercive control".
  '(?:suicide|self harm|abuse|domestic abuse|domestic violence|dv|coercive control|sepsis|anaphylaxis|choking|strokes?|overdoses?)(?: and (?:suicide|self harm|abuse|domestic abuse|domestic violence|dv|coercive control|sepsis|anaphylaxis|choking|strokes?|overdoses?))? (?:storyline|storylines|story line|documentary|documentaries|drama|module|modules|episode|plot)s?|(?:storyline|story line|documentary|drama|module|first aid course|course|training|talk|workshop|lesson|session)(?: (?:with|on|about|covering|the|spotting|recognising|and|in|of|to)){1,3} (?:suicide|self harm|abuse|domestic abuse|domestic violence|dv|coercive control|sepsis|anaphylaxis|choking|strokes?|overdoses?)(?:(?: and| or)? (?:suicide|self harm|abuse|domestic abuse|domestic violence|dv|coercive control|sepsis|anaphylaxis|choking|strokes?|overdoses?))?',
  // Things, not people, will be the end of someone: "the stairs will kill her one day".
  '(?:stairs|hill|hills|cold|heat|winter|weather|commute|journey|bills?|rent|prices|diet|gym|walk|job|work|noise|wait|waiting|worry|worries|stress|shopping|garden|housework|snow|damp|mould|traffic|bus|buses|hot flushes|menopause|kids|grandkids|heating costs) (?:will|ll|is going to|s going to|are going to|re going to|going to|gonna|would|could|might) (?:kill|finish) (?:me|him|her|them|us)(?: off)?',
  // Slowly, with a habit: "killing myself with the fags and the drink".
  '(?:killing|kill|killed) (?:myself|meself|himself|herself|yourself|themselves) with (?:the |all the |those |my |his |her |)(?:fags|cigs|cigarettes|smoking|smokes|drink|drinking|booze|beer|lager|vodka|whisky|takeaways|junk food|chocolate|sugar|vapes?|vaping|weed|work|overtime|worry)',
  // Damp and mould, not an emergency: "can't breathe in this house for the damp".
  '(?:cant|cannot|can not|could not|couldnt) breathe(?: (?:in|inside) (?:this|the|my|our|that) (?:house|flat|home|room|bedroom|place|bathroom))? (?:for|with|because of) (?:the |all the )?(?:damp|mould|mold|dust|smell|stink|condensation|heat)',
  // Grief: "still hits me some days".
  'still (?:hits|hit) me (?:some days|sometimes|hard|now and then|at times|every so often|out of nowhere|when)',
  // Laughter.
  'collapsed (?:with|in|into) (?:laughter|giggles|fits of laughter|hysterics|a fit of giggles)|(?:collapsed|collapsing|fell about|falling about)(?: in a heap)? laughing|(?:in|into) (?:fits|stitches|hysterics)',
  // A scare that was all clear: "a chest pain scare last month", "thought it was a heart attack, turned out to be indigestion".
  '(?:chest pain|heart|heart attack|stroke|cancer) scare(?![a-z0-9])',
  'thought (?:i was|i d|id|it was|i had) (?:having |had )?a heart attack(?: [a-z0-9]+| ,){0,6} turned out',
  // Everyone, in a temper: "wanting to throttle everyone before 9am".
  'throttle (?:everyone|everybody|the lot of them|all of them|the lot)',
  // A pet or a thorn did it: "the kitten's scratched my arms to ribbons".
  '(?:cat|kitten|kitty|dog|puppy|pup|hamster|rabbit|bunny|parrot|ferret|bramble|rose|rose bush|thorn)s?(?: has| have| had| s)? (?:scratched|clawed|bit|bitten|nipped|shredded)(?: up)? (?:my|me|our) (?:arms|arm|legs|leg|hands|hand|wrists|wrist)',
  // A fit told as over: "had a fit in Asda last week".
  'had (?:a |an )?(?:fit|seizure)(?: [a-z0-9]+){0,3} (?:last (?:week|month|year)|(?:weeks|months|years) ago)',
  // A new direction: "taking my life in a different direction".
  '(?:take|taking|took|taken) my life in (?:a |another )?(?:new |different |whole new )?direction',
  // Self-harm told as stopped long ago: "stopped self harming over a year ago".
  '(?:stopped|quit|gave up|given up) (?:self harming|self harm|cutting)(?: [a-z0-9]+){0,3} (?:ago|years?|months?)(?![a-z0-9])',
  // A parent's punishment: "mum took my phone as a punishment".
  '(?:took|taken|takes|confiscated) my (?:phone|xbox|ps5|playstation|switch|laptop|ipad|tablet)(?: off me| away)?(?: [a-z0-9]+){0,3} (?:punishment|grounded|being late|bad grades|my grades|my room)',
  // Hunger, not a hypo emergency: "I get shaky if I don't eat".
  '(?:get|gets|go|goes) (?:a bit |bit |really )?shaky (?:if|when) (?:i|he|she) (?:dont|do not|havent|skip|miss)(?: [a-z0-9]+){0,2} (?:eat|eaten|meal|meals|breakfast|lunch|dinner)',
  // Cooking: "a big knife and a chopping board".
  '(?:knife|knives) and (?:a |the |my )?chopping board|chopping board and (?:a |the |my )?(?:big |sharp )?(?:knife|knives)',
  // Films and games: "Suicide Squad is on tonight".
  'suicide squad',
  // Beaten at a game: "got battered at darts", "beaten up in the game by a 12 year old".
  '(?:battered|beaten|thrashed|hammered|destroyed|beat)(?: up)? (?:at|in) (?:darts|pool|snooker|cards|chess|the quiz|the pub quiz|football|the game|a game|fifa|scrabble|bingo|bowls)',
  // Talk, not life: "no point going on about it".
  'no point (?:going on|banging on|carrying on) about (?:it|that|this|them)',
  // Television: "Eastenders has someone jumping off a bridge again".
  '(?:eastenders|corrie|coronation street|emmerdale|hollyoaks|casualty|holby|neighbours|home and away|the soaps?|that show|the show|the film|the programme|the series|the episode) (?:has|had|where|with|showed|shows|did)(?: [^ .,~]+){0,3} (?:jumping|jumps|jumped|killing|kills|killed|hanging|hanged|overdosing|overdosed|stabbing|stabbed)',
  // A form's screening question answered no: "the form asks about suicidal thoughts, I don't have any".
  '(?:form|questionnaire|question|doctor|gp|nurse|they|it)(?: [^ .,~]+){0,2} (?:asks|asked|asking) (?:about|if i have|whether i have) (?:any )?(?:suicidal thoughts|thoughts of suicide|self harm|thoughts of self harm)(?: ,)? (?:and |but )?(?:i )?(?:dont|don t|do not|havent|haven t) (?:have )?(?:any|them)',
  // Deer stalking, a hobby: "want to get into stalking".
  '(?:deer|game|estate|professional) (?:stalking|stalker)|stalking (?:deer|rifle|course|season)|(?:get|getting|got) into stalking|stalks? (?:deer|game|on (?:the|an) estate)|stalker (?:on|for) (?:the|an) estate',
  // Work on a ward, a set and a building site: ligature training, stage blood, a light fitting.
  'ligature (?:training|cutters?|risks?|audits?|points?|assessments?|free)|(?:fake|stage|pretend|halloween|theatre) blood|(?:light|kitchen|bathroom|carpet|door|window|shop|boiler|gas|coil|iud|ius|mirena|implant|hearing aid|bra|dress|wedding dress|denture|dentures) fittings?',
  // Charities and research: "a charity run for the sepsis trust".
  '(?:sepsis|stroke|heart|meningitis|epilepsy|suicide|samaritans) (?:trust|research|charity|association|society|foundation|uk)(?![a-z0-9])',
  // Work with the dead: "I deal with sudden deaths and suicides fairly often".
  '(?:deal|deals|dealing|dealt|attend|attends|attended|attending) (?:with |to )?(?:(?:sudden )?deaths and )?(?:suicides|overdoses|hangings|sudden deaths)(?= (?:fairly |quite |very )?(?:often|regularly|at work|every week|all the time|a lot|on shift))',
  // Someone else's self-harm, already in care: "my flatmate self harms, she's getting help from her GP".
  '(?:flatmate|friend|sister|brother|son|daughter|partner|mate|housemate|cousin)(?: [a-z]+){0,2} self harms?(?= ,? (?:shes|hes|theyre|she is|he is|they are) (?:getting|having|receiving|under|seeing|in) (?:help|support|treatment|therapy|camhs|counselling))',
  // A relationship in the past, told of: "my wife was in an abusive relationship before me".
  '(?:was|were|had been|been) in an? (?:abusive|violent|controlling) relationship(?= (?:before|years ago|in the past|once|when|as a))',
  '(?:ex|ex partner|ex husband|ex wife|ex boyfriend|ex girlfriend) used to (?:control|take|keep|manage) (?:the|my|our|all the) (?:money|finances|cards|bank)(?=(?: [^ .,~]+| ,){0,4} (?:we |i )?(?:split|separated|left|divorced))',
  // The dog, not a person: "I'll kill him if he leaves the gate open again".
  '(?:kill|murder|strangle|throttle) (?:him|her|them) if (?:he|she|they) (?:leaves|leave|left|lets|let) (?:the )?(?:gate|door|lid|seat|fridge|lights?)(?: open| up| on)?',
  // Intensifiers: "dead jealous", "dead chuffed".
  'dead (?:jealous|chuffed|proud|excited|nice|easy|good|funny|posh|lucky|quiet|boring|busy|keen|happy|pleased)',
  // DIY: "gonna hang myself... a new shelf I mean".
  'hang (?:myself|meself)(?: [.,~])*(?: [^ .,~]+){0,2} (?:shelf|shelves|picture|pictures|curtains|wallpaper|mirror|blinds)',
  // A knife for bait or work: "always got a knife on me for the bait".
  '(?:knife|knives)(?: (?:on me|in my hand))? (?:for|at) (?:the )?(?:bait|fishing|work|cutting|carving|whittling)|(?:bait|fishing) knife',
  // Climbing kit: "I've got all the ropes and harness from my brother".
  '(?:ropes?|rope and) (?:and )?(?:a |the |my |his |her )?(?:harness|harnesses|carabiners|crampons|belay device|helmet)|(?:harness|harnesses|carabiners|crampons) and (?:the |my |some )?ropes?',
  // A joke about likes: "I've got a stalker... on instagram, he's liked every post back to 2016 lol".
  '(?:an? )?(?:instagram|insta|facebook|tiktok|online|social media|linkedin) stalker(?=(?: [^ .,~]+| .| ,){0,10} (?:liked|likes|lol|haha))|stalker(?: .| ,)* on (?:instagram|insta|facebook|tiktok|linkedin)(?=(?: [^ .,~]+| .| ,){0,10} (?:liked|likes|lol|haha))',
  // Machines lock people out: "online banking's locked me out".
  '(?:online banking|banking app|bank app|app|account|website|portal|computer|laptop|phone|system|bank|universal credit|journal|password|ipad|tablet)s?(?: has| is| have| keeps| kept| just)* (?:locked|locking|locks) me out',
  // Blackmailed or scammed, and told as over: "a lad in my year got sextorted, he's ok now".
  '(?:got|was|been|were|had been) (?:sextorted|blackmailed|scammed)(?: [^ .,~]+| .| ,){0,4} (?:hes|shes|he is|she is|theyre|they are|im|i am|were|we are) (?:ok|okay|fine|alright|all right|safe) now',
  // Hay fever and colds: "got hay fever and I'm dying".
  '(?:hay ?fever|man flu|a cold|the flu|this cold|a hangover|hangover|period pains|the heat|this heat|cramps)(?: [^ .,~]+){0,3} (?:and )?(?:im|i am) (?:literally |actually )?dying(?= *$| [.,~!]| (?:lol|haha|here)(?![a-z0-9]))',
  // Away for a while: "I won't be around next week, we're away to Barra".
  '(?:wont|will not) be (?:around|here) (?:next week|this week|tomorrow|at the weekend|over christmas|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?: ,)? (?:were|we are|im|i am|ill be|i will be) (?:away|going|on holiday|off|in|at)',
  // People who joke it off: a figure of speech or a laugh around a crisis word, set aside by what the
  // figure is about (a biscuit, a deadline, a TV show, a queue, a toddler), never by an emoji or a "lol".
  // Furniture and shop fittings cannot kill: "I'll throw myself under the till".
  '(?:throw|throwing|chuck|chucking|fling) (?:myself|meself) (?:under|in front of) (?:the|a) (?:till|tills|trolley|shopping trolley|desk|photocopier|printer|sofa|bed|table|kettle)',
  // A treat craved, or a chore that keeps failing, and "someone", nobody named: "murder someone for a biscuit".
  '(?:murder|kill|strangle|throttle) (?:someone|somebody|anyone|a man) for (?:a|an|some|one|my) (?:biscuit|biscuits|cuppa|cup of tea|brew|coffee|chocolate|cake|bacon sandwich|bacon butty|butty|sandwich|pint|glass of wine|gin|nap|lie in|sleep|chippy|kebab|takeaway|custard cream|hobnob|crisps|doughnut|donut|pizza)',
  'if (?:the |my |our |that |this )?(?:council|bin men|binmen|bins|bus|buses|train|trains|printer|wifi|kettle|app|washing machine|parcel|delivery|postman|traffic|roadworks|boiler|boiler man|plumber|engineer|electrician|builder|builders|roofer|repair man|gas man|broadband|internet)(?: [^ .,~]+){0,6} (?:one more (?:time|week|day)|again|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the weekend))(?: [^ .,~]+){0,2} (?:i swear )?(?:im|i am|i m|ill|i will|i ll) (?:going to |gonna )?(?:murder|kill|strangle|throttle) (?:someone|somebody)',
  // A drill in sport: "we did suicides at football training".
  '(?:did|doing|do|done|run|running|ran|does) suicides (?:at|in|for|during|after) (?:football |rugby |netball |basketball |hockey )?(?:training|practice|pe|the gym|football|rugby|netball|basketball|hockey|preseason|pre season)',
  'fak(?:ed?|ing) (?:my|his|her|their) own deaths?',
  // A drink gone down the wrong way, told by the one spluttering: "literally choking on my tea".
  '(?:(?:im|i m|i am) )?(?:literally |actually )?choking(?: ,)?(?: (?:literally|actually))*(?: choking)? on my (?:tea|coffee|brew|cuppa|drink|water|wine|pint|prosecco|gin|beer)',
  // Waiting lists: "I'll be dead before I get an NHS dentist".
  '(?:ill|i ll|i will|id|i d|i would|well|we ll) (?:probably |likely |definitely )?be dead (?:by the time|before) (?:i|we) (?:get|see|hear|reach)(?: [^ .,~]+){0,3} (?:dentist|flat|council flat|council house|house|bungalow|appointment|referral|operation|op|hip|knee|waiting list|list|results?|letter|reply|callback|call back|pension|gp|doctor|housing|transfer|repair|repairs)',
  '(?:rather|sooner) (?:eat|swallow|chew) (?:glass|broken glass|nails|razor blades) than',
  // Viewing called self harm: "watching Love Island is basically self harm".
  '(?:watching|listening to|reading|sitting through|supporting|following)(?: [^ .,~]+){1,4} (?:is|s|was) (?:basically |literally |pure |just |actually |a form of |like )*self harm',
  // Moving house: "giving all my stuff away because we're downsizing".
  '(?:giving|gave|given|give) (?:all )?(?:my|our|his|her) (?:stuff|things|belongings|furniture|clothes|bits) away(?: ,)? (?:because|cos|as|since) (?:were|we are|im|i am|hes|shes|theyre|they are) (?:downsizing|moving|decluttering|emigrating|clearing out|having a clear out)',
  // Seen on television: "Dignitas in a TV documentary".
  '(?:dignitas|assisted dying|assisted suicide)(?: [^ .,~]+){0,2} (?:in|on) (?:a|the|that) (?:tv |telly |bbc |itv |channel [0-9] )?(?:documentary|programme|program|film|drama|show|debate|news)|(?:documentary|programme|program|film|drama) (?:about|on) (?:dignitas|assisted dying|assisted suicide)',
  // Small children are not abusers: "abused by a toddler in a soft play".
  'abused by (?:a|the|my|our|two|three) (?:toddler|toddlers|baby|babies|one year old|two year old|tots|newborn)',
  // Children's costs: "the kids take all my money, school trips, costumes".
  '(?:kids|children|grandkids|teenagers|teens|twins) (?:take|takes|took|cost|costs|eat|eats) all (?:my|our) money(?: lol| haha)?(?: ,)? (?:school|uniform|trips|clubs|costumes|birthdays?|christmas|nursery|shoes|football|dance)',
  // A milk tooth out: "blood everywhere, our lad lost his first tooth".
  'blood everywhere(?: ,)? (?:[^ .,~]+ ){0,3}(?:lost|pulled out|wobbled out) (?:his|her|their|a) (?:first |baby |wobbly |milk |front )?tooth',
  // Money spent: "my husband would kill me if he knew I spent £40 on wool".
  '(?:would|will|d|ll|is going to|s going to|going to|gonna) (?:kill|murder) me if (?:he|she|they) (?:knew|knows|found out|finds out|saw|sees|heard)(?: (?:that|how much|what))? (?:i|id|i d|ive|i ve|i had|i have) (?:(?:spent|spend|splashed out)(?: [^ .,~]+){0,3} on|bought|ordered|ate|eaten)',
  // Pressure at work: "a gun to my head with this deadline".
  '(?:a |the )?gun (?:to|at|against) my head (?:with|over|about|for) (?:this|the|that|my|these|all this)(?: [^ .,~]+){0,2}? (?:deadline|deadlines|report|boss|work|exam|exams|essay|project|job|manager|targets?|audit|inspection|ofsted|bills?|tax return|coursework)',
  // Driving and sport called suicidal: "that overtake on the A9 was suicidal".
  '(?:overtake|overtaking|manoeuvre|lane change|u turn|tackle|back pass|pass|cycling|pace|tactic|tactics|defending|formation|driving)(?: [^ .,~]+){0,4} (?:was|is|looked|looks|seemed) (?:absolutely |totally |completely |frankly |a bit |bit |just )?suicidal',
  // Too full to move: "after the Christmas dinner: collapsed on the sofa".
  '(?:dinner|lunch|roast|meal|feast|buffet)(?: \\.)? collapsed (?:on|onto|in|into) (?:the|my|a) (?:sofa|couch|settee|armchair)',
  // A toddler's words at dressing time: "screams 'you're hurting me' when I put his coat on".
  '(?:screams|screaming|shouts|shouting|yells|yelling|cries|says) (?:that )?(?:youre|you re|you are|your) hurting me when (?:i|we|you) (?:put|do|brush|wash|change|dress|strap|clip|get|take)',
  // Too much of a good thing: "overdosed on Bake Off", "an overdose of baby visitors".
  'overdos(?:ed|ing|e) (?:on|of) (?:baby |the |all the )?(?:bake off|love island|strictly|telly|tv|netflix|box sets?|the soaps|soaps|christmas films|films|reality tv|chocolate|cake|mince pies|quality street|sugar|sunshine|sun|visitors|cuteness|family|relatives|in laws|christmas|fresh air|culture|football|nostalgia|carbs)',
  // A queue or an app: "lost the will to live with this parking app".
  'lost (?:the|all|my) will to live (?:with|over|because of|thanks to|trying to|waiting for|filling in|on) (?:this|that|the|these|those|my|all)(?: [^ .,~]+){0,2} (?:app|apps|form|forms|website|queue|phone line|hold music|call centre|meeting|meetings|paperwork|admin|parking|printer|software|self checkout|traffic|roadworks)',
  // Subscriptions cut: "Ending it all: cancelled Netflix".
  'end(?:ing)? it all(?: \\.)? (?:cancelled|cancelling|cancel|cutting|cut) (?:netflix|prime|amazon prime|disney|sky|spotify|the gym|my gym|subscriptions?|my subscriptions|now tv)',
  '(?:kids|children|grandkids|mates|friends|lads|girls|cousins) (?:pushed|threw|chucked) me (?:in|into) the (?:pool|swimming pool|sea|paddling pool)',
  // A game's words: "shouts 'I'm dead' every five minutes".
  '(?:shouts|shouting|yells|yelling|screams|says|keeps saying) im dead (?:every|all the time|when|whenever|at)',
  // Pregnancy, birth and loss told as over or as a figure: waters breaking with a first baby, IVF
  // injections called stabbing, labour that felt like dying, a partner kicking in his sleep, a baby
  // asleep on the writer, bruises from blood tests, a complication in an earlier pregnancy, Dr Google.
  'waters (?:broke|went|gone|had gone)(?: [^ .,~]+){0,8} with (?:my|our|her) (?:first|second|third|eldest|last|oldest|youngest|son|daughter|twins|first one)',
  'stab(?:bing|bed|s)? (?:myself|meself)(?: [^ .,~]+){0,5} with (?:the |my |these |those )?(?:ivf |fertility |clexane |heparin |insulin |blood thinning |hormone )?(?:injections?|needles?|jabs?|pens?|clexane)',
  'thought (?:i d|id|i would|i was going to|i might) die (?:during|in|giving|with) (?:labour|labor|birth|the birth|childbirth|delivery|the delivery|my labour|contractions)',
  '(?:kicks|kicking|kicked|punches|punching|punched|elbows|elbowing|elbowed|hits|hitting|whacks|whacking) me in (?:his|her|their) sleep',
  '(?:birth|delivery|labour|section)(?: [^ .~]+){0,4} (?:lots|loads|a lot) of blood(?: [^ .~]+){0,6} (?:but|and) (?:my )?(?:wife|partner|she|mum|mother|we|both|baby|everyone)(?: and (?:the )?baby)? (?:were|was) (?:both )?(?:fine|ok|okay|well|alright|all right)',
  '(?:baby|toddler|little one|cat|dog|he|she)(?: [^ .,~]+){0,2} (?:fell |fallen |is |s )?asleep on me(?: and| so)? (?:im|i am|i m) trapped',
  '(?:when i had|i had|had) (?:sepsis|pre eclampsia|preeclampsia|a haemorrhage|a bleed|a pph|hyperemesis|an infection|gestational diabetes) (?:after|with|during|in) my (?:first|last|previous|second|third|eldest|older|other) (?:birth|baby|pregnancy|labour|delivery|section|c section|child|one)',
  '(?:dr |doctor )?google (?:says|said|thinks|reckons|told me)(?: that)? (?:im|i m|i am|i was) dying',
  // A death told as a loss: "husband collapsed and died in March".
  'collapsed (?:and )?died (?:in (?:19|20)[0-9][0-9]|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|last (?:year|month|week|spring|summer|autumn|winter|christmas)|(?:[0-9]+|a few|two|three|four|five|six|several) (?:years|months|weeks) ago)',
  // Sport and the gym in a crisis word's clothes: "suicides" and "suicide runs" are sprints; dying on
  // the last lap, "rather die than" go back to a gym, "wanted to die" on the rower but worth it; got
  // battered sparring and loved it, getting hit as part of boxing; a sore chest from the bench that was
  // checked and is muscular; laughing too hard to breathe; blood in a game or a film; a game won against
  // one's son; a housemate who "threatens to kill me" over his food; wages put in the savings by
  // agreement; too much coffee; a team that might lose, and the river threatened; a crisis phrase, then
  // "..." and the place or season that turns it ("end it all... this season").
  '(?:doing|did|do|done|run|ran|running|made us do|had us doing) suicides|suicides? (?:runs?|sprints?|drills?|shuttles?)',
  '(?:im |i m |i am |was |always )?dying on (?:the|every|my|a|that) (?:last lap|last mile|last [0-9]+k?|hills?|hill reps|rower|bike|treadmill|stairs|stairmaster|run|runs|climb)',
  '(?:gonna|going to|ill|i ll|i will|would|d) die if i (?:have to )?(?:do|run|go to|sit through)(?: [^ .,~]+){0,2} (?:another|one more|more|the) (?:[^ .,~]+ )?(?:session|sessions|rep|reps|lap|laps|class|run|leg day|spin|circuit|workout|hill|hills|burpees)',
  '(?:rather|sooner) die than (?:go back to|go to|do|run|sit through)(?: [^ .,~]+){0,2} (?:that|the|another|this) (?:[^ .,~]+ )?(?:gym|class|session|run|pool|leisure centre|spin class|bootcamp|workout|match)',
  '(?:wanted|want) to die(?: ,)? (?:but )?(?:worth it|loved it|totally worth it|but worth it)',
  '(?:got|get|getting|gets) (?:battered|hammered|smashed|hit|beaten up)(?: [^ .,~]+){0,3} (?:but|and) (?:loved|enjoyed|loving) it',
  'getting hit is (?:part of|just part of) (?:boxing|the sport|the game|rugby|sparring|mma|kickboxing|football)',
  'chest (?:is |s |feels )?(?:sore|aching|achy|stiff)(?=(?: [^ .~]+| ,){0,14} (?:muscular|a pulled muscle|a strain|muscle strain|good kind of sore))',
  '(?:cant|can t|cannot) breathe(?: ,)?(?: [^ .,~]+){0,4} (?:laughing|laughed|laugh)(?!(?: gas)(?= ))',
  'blood everywhere (?:in|on) (?:the|a|this|that) (?:[^ .,~]+ ){0,2}(?:game|film|movie|show|series|episode|level)',
  'beat (?:my|his|her|the|our) (?:[^ .,~]+ )?(?:son|daughter|kids?|dad|mum|husband|wife|brother|sister|grandson|granddaughter|nan|grandad|mate|partner|boss) at (?:scrabble|chess|draughts|cards|darts|pool|snooker|monopoly|tennis|golf|squash|badminton|table tennis|ping pong|fifa|mario kart|uno|cluedo|bowling|football|a game|a race|running|swimming|connect four|poker|quiz|the quiz|trivial pursuit|wordle|a board game|board games|crib|dominoes)',
  '(?:threatens|threatened|threatening|keeps threatening) to kill me (?:every time|whenever|if|when) i (?:eat|ate|eaten|nick|nicked|steal|stole|finish|finished|drink|drank|use|used) (?:his|her|their|the) (?:[^ .,~]+ )?(?:food|chicken|chicken breasts|protein|milk|snacks|biscuits|crisps|chocolate|leftovers|cereal|yoghurt|cheese|beer|shampoo|pizza)',
  '(?:takes|puts) my (?:wages|money|pay|salary)(?: and puts (?:it|them))? (?:straight )?(?:in|into) (?:the |our |a )?(?:savings|joint account|savings account)',
  'overdos(?:ed|ing|e) (?:on|of) (?:caffeine|coffee|espresso|espressos|tea)(?!(?: (?:pills?|tablets?|powder))(?= ))',
  'if (?!(?:i|we|my|me|they|he|she|you|the court|the)(?= ))[^ .,~]+ (?:lose|lost|loses|get relegated|go down|bottle it)(?: again| tonight| today| this weekend| on saturday| on sunday)?(?: ,)? (?:im|i m|i am|ill|i ll|i will|im gonna|i m gonna) (?:throwing|throw|jumping|jump|chucking|chuck) (?:myself )?(?:in|into|off)',
  'end it all(?: [.~])+ (?:this|next|at the end of the|for the) (?:season|year|term|summer|winter)',
  '(?:dont|don t|do not) want to be here(?: [.~])+ (?:at|in) (?:this|the|that) (?:leisure centre|gym|pool|club|class|match|party|meeting|office|queue|shop)',
  // Very short replies: a shop shut, away on holiday, hold music, a cold plunge, late home.
  'no point(?: ,)? (?:they|it|its|it s|the [a-z]+) (?:shut|shuts|close|closes|closed|is closed|are closed)',
  '(?:wont|won t|will not) be around (?:next|this|on|for|till|until|from) (?:wk|week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=(?: [^ .~]+| ,){0,3} (?:holiday|hols|away|on leave|abroad|working))',
  '(?:losing|lose|lost) (?:the|all|my) will to live (?:with|w|over|because of|thanks to|waiting for|on) (?:this|that|the|these|those|my|all)(?: [^ .,~]+){0,2} (?:app|apps|form|forms|website|queue|phone line|hold music|call centre|meeting|meetings|paperwork|admin|parking|printer|software|self checkout|traffic|roadworks)',
  '(?:cold plunge|ice bath|cold shower|sea swim|cold water swim|wild swim)(?: [^ .,~]+| \\.){0,3} thought (?:id|i d|i would|i was going to) die',
  '(?:shell|she ll|hell|he ll|mum ll|mums gonna|mum s gonna) kill me if (?:im|i m|i am) late(?= (?:lol|haha|lmao)(?![a-z0-9]))',
  // Students' and queer slang and hyperbole, set aside by what the figure is about: a show that "had me
  // dead", doomed by a deadline ("I'm so dead"), the ugliest thing "known to man, I'm dead", dying for
  // tickets or off the vape, fainting if a crush texts back or a cast turns up, a lecture so boring one
  // could walk into the sea, a nurse mum who thinks every cough is dying, a hangover sworn off for ever,
  // an alarm at 3am set off by toast, and "ending things" with a partner (a break-up). A bare "I'm dead"
  // with nothing to say what it is about is left to the check question.
  '(?:had|has|have|got) me (?:literally |actually |genuinely |so |absolutely )?(?:dead|dying|deceased|weak|crying|screaming)(?: on the floor)?',
  '(?:deadline|deadlines|essay|exam|exams|dissertation|assignment|coursework|presentation|mocks?|viva|resit|seminar|reading)(?: [^ .,~]+){0,6} (?:im|i m|i am) (?:so|sooo|totally|actually|literally|officially|absolutely) (?:dead|done for|screwed)(?= *$| [.,~!])',
  '(?:ugliest|worst|funniest|most (?:cursed|embarrassing|tragic|chaotic|unhinged))(?: [^ .,~]+){1,8}(?: ,)? (?:im|i m|i am) (?:literally |actually |so )?(?:dead|deceased|crying|screaming)(?= *$| [.,~!])',
  '(?:going to|gonna|will|ll) (?:literally |actually |genuinely )?die if (?:i|we) (?:dont|don t|do not|cant|can t|cannot) get(?: [^ .,~]+){0,4} (?:tickets?|seats|a table|merch|presale|the album|a selfie)',
  '(?:cold turkey|quitting|giving up|given up|gave up|coming off) (?:on )?(?:the )?(?:vaping|vapes?|smoking|caffeine|coffee|sugar|energy drinks|monster|social media|tiktok)(?: [^ .,~]+){0,3}(?: ,)? (?:im|i m|i am) (?:literally |actually )?(?:going to die|dying)',
  '(?:going to|gonna|will|ll) (?:literally |actually |genuinely )?(?:pass out|faint|collapse|die|scream) if (?:she|he|they) (?:texts?|text me|replies|messages|likes|follows|dms|calls|rings|answers|says yes)',
  '(?:cast|band|singer|idol|celebrity|popstar|actor|actress) (?:came|turned up|showed up|was at|were at|performed|followed me|replied|liked my)(?: [^ .,~]+){0,5} (?:and )?(?:i )?(?:literally |actually |genuinely |basically )?(?:collapsed|fainted|passed out|died|screamed)(?: on the floor)?',
  'so (?:boring|dull|tedious|awkward|cringe|embarrassing)(?: that)? (?:i )?(?:genuinely |literally |actually |honestly )?(?:wanted|want|could have|could) (?:to )?(?:walk into the sea|die|crawl into a hole)',
  '(?:every time|whenever|each time) i (?:cough|sneeze|sniff|sniffle|yawn|wince)(?: ,)? (?:she|he|they|my [^ .,~]+) (?:thinks|thought|assumes|is convinced) (?:that )?(?:im|i m|i am) dying',
  '(?:so |too |really )?(?:hungover|hanging)(?: [^ .,~]+){0,3} (?:i )?(?:wish i was dead|wish i were dead|want to die|could die|im dying|i m dying)(?=(?: ,| \\.)? (?:never|not) (?:drinking|mixing|touching|doing (?:that|shots)))',
  '(?:fire alarm|smoke alarm)(?: [^ .,~]+| ,){0,12} (?:i )?(?:want to|could|going to) (?:strangle|kill|murder|throttle) (?:them|him|her|whoever|someone)(?= *$| [.,~!])',
  '(?:ending|end|ended|ends) (?:things|it) with (?:him|her|them|my (?:girlfriend|boyfriend|partner|gf|bf|fiance|fiancee|wife|husband|situationship|date))',
  // Someone else's exam hyperbole, quoted: "my mate said she'd kill herself when she saw the timetable".
  '(?:said|says|goes|went|joked|was like) (?:im|i m|shes|she s|hes|he s) (?:going to|gonna) (?:kill (?:myself|herself|himself)|die)(?= (?:when|after|at|over) (?:she|he|they) (?:saw|see|sees|read|reads|got|opened|checked) (?:the|her|his|their|our) (?:[^ .,~]+ )?(?:exam|exams|timetable|results|grades|marks|deadline|deadlines|reading list|workload))',
  // Told as over or as work: a patient's self-harm handled on a placement or a shift, a drunk friend put
  // in the recovery position and fine the next morning, angina the heart team look after, a controlling
  // relationship one got out of, being thrown out years ago, "not in a dark place", a black eye from
  // boxing mistaken for a blow, a suicide in an essay's or a play's subject.
  '(?:on|at|during) (?:my |the |a |our )?(?:[^ .,~]+ ){0,3}(?:placement|shift|ward)(?: [^ .,~]+){0,3} (?:a |one of (?:the|my|our) )?(?:patient|client|service user|resident|pupil|young person) (?:self harmed|had self harmed|tried to (?:kill|hang|hurt) (?:himself|herself|themselves)|attempted suicide|took an overdose|overdosed)',
  'passed out (?:drunk )?(?:[^ .,~]+ ){0,4}(?:last night|yesterday|on saturday|at the weekend|after the party)(?=(?: [^ .~]+| ,){0,20} (?:shes|she s|hes|he s|theyre|they re) (?:absolutely |totally |completely )?(?:fine|ok|okay|alright|all right)(?: now| this morning| today))',
  'chest pains? on and off(?= (?:but|and) (?:the )?(?:cardiology|cardiologists?|heart (?:team|clinic|nurses?)|gp|doctors?|consultants?|hospital) (?:are|is|have|has) (?:on top of it|aware|monitoring|managing))',
  '(?:was|been) in (?:a |an )?(?:really |very |quite )?(?:controlling|abusive|toxic|violent|coercive) relationship(?: (?:in|at|during|when) [^ .,~]+(?: [^ .,~]+){0,2})?(?= (?:but|and) (?:i |we )?(?:got out|left|escaped|ended it|walked away))',
  '(?:kicked|threw|chucked) me out(?: at [0-9]+| when i was [0-9]+)?(?: ,)? but (?:that|it) was (?:[0-9]+|a few|several|many|two|three|four|five|six|seven|eight|nine|ten) (?:years|yrs) ago',
  'not (?:in )?(?:a )?(?:dark|black) place',
  '(?:black eye|bruises?|bruised|split lip|busted lip|broken nose)(?: [^ .,~]+){0,2} (?:at|from|in|during) (?:[^ .,~]+ ){0,2}(?:boxing|sparring|rugby|training|football|hockey|netball|martial arts|jiu jitsu|judo|mma|kickboxing|roller derby)(?: [^ .,~]+| ,){0,10} (?:thought|assumed|worried|asked if|asked whether) (?:someone|somebody|he|she|they) (?:had )?(?:hit|punched|beaten|hurt) (?:her|him|them|me)',
  '(?:essay|dissertation|play|novel|story|poem|film|script|book|thesis|project|assignment)(?: (?:on|about) [^ .,~]+(?: [^ .,~]+)?)?(?: is| was)? about (?:[^ .,~]+ ){0,3}(?:and )?(?:her|his|their) suicide',
  '(?:play|novel|story|film|script|book|poem|short) about (?:a|an|two) (?:[^ .,~]+ ){0,3}(?:who|that) (?:attempts|attempted|commits|committed|dies by|died by|considers|considered|survives) suicide',
  // Stories, courses and jokes told as such, and events over and done with. A death in a story, a
  // set text or a film is the character's: "a novel where the hero kills himself", "my main character
  // attempts suicide", "why they both kill themselves" after "GCSE" or "Romeo and Juliet".
  '(?:kill|kills|killed|killing) (?:herself|himself|themselves)(?<=(?:book|books|novel|novels|film|films|movie|play|plays|story|stories|series|drama|episode|soap|character|characters|chapter|gcse|a level|set text|shakespeare|romeo and juliet|hamlet|macbeth|poem|opera)(?: [^ .~]+| ,){0,5} (?:about|where|in which|why|how)(?: [^ .~]+| ,){1,10})(?<!(?:wants?|wanted|going|gonna|threatens?|threatened|trying|tried|might|could) to (?:kill|kills|killed|killing) (?:herself|himself|themselves))',
  '(?:my |the |our )?(?:main |lead |central )?(?:character|characters|protagonist|heroine|hero)(?: [^ .,~]+){0,2} (?:attempts|attempted|commits|committed|dies by|tries|tried) (?:suicide|to kill (?:herself|himself|themselves))',
  // A course that teaches how to ask: "we learned to ask someone directly if they're thinking of suicide".
  '(?:ask|asking|asked) (?:someone|somebody|people|a person|them|a colleague|a friend)(?: directly| outright| straight out)? (?:if|whether) (?:theyre|they re|they are|theyve|they ve been|they have been) (?:thinking|having thoughts) (?:of|about) (?:suicide|killing themselves|ending their (?:life|lives))',
  // Harm that is over, with the one harmed safe now or the abuser gone: "she's safe in a new place now
  // and the police dealt with him", "the man who abused me died in prison".
  '(?:was|were|had been) (?:being )?(?:hit|beaten|hurt|abused)(?: by (?:her|his|their) (?:partner|husband|wife|boyfriend|girlfriend|ex))?(?= (?:[^ .~]+ |, ){0,3}(?:shes|she s|she is|hes|he s|he is|theyre|they re|they are) (?:safe|settled|rehoused)(?: now)?(?: [^ .~]+| ,){0,8} (?:police|court|council) (?:dealt with|arrested|charged|jailed|sorted))',
  '(?:man|woman|person|one|uncle|stepdad|teacher|priest|coach|neighbour) (?:who|that) (?:abused|hurt|raped|attacked) me (?:has )?(?:died|passed away|passed)',
  // An attempt by someone else that is over, told with the recovery: "sectioned in March after trying
  // to end his life but he's home now, doing loads better, back at work".
  '(?:after|since) (?:trying|attempting|he tried|she tried|they tried) to (?:end|take) (?:his|her|their) (?:own )?life(?= (?:[^ .~]+ |, ){0,4}(?:hes|he s|he is|shes|she s|she is|theyre|they re|they are) (?:home|back home|out) now(?: ,)? (?:doing|getting on|coping) (?:loads |much |really |so much |a lot )?(?:better|well|great)(?![^.~]* (?:worried|scared|frightened|afraid|again|still)(?![a-z0-9])))',
  // A past illness, dated and told as over: "had sepsis in 2020 ... well now".
  '(?:had|survived|recovered from|got over) (?:sepsis|meningitis|a stroke|a heart attack|a cardiac arrest|a clot|a blood clot|a pulmonary embolism|anaphylaxis)(?: in)? (?:19|20)[0-9][0-9](?=(?: [^ .~]+| ,| \\.){0,14} (?:well|fine|ok|okay|recovered|better) now(?![a-z0-9]))',
  // Innocent places: a bridge stood on to watch a show, a level crossing whose barriers are stuck.
  '(?:stood|standing|sat|sitting|been) on (?:the|a) (?:[^ .,~]+ )?bridge(?: for (?:ages|a while|an hour|hours|[0-9]+ (?:mins|minutes)))? (?:watching|to watch|for) (?:the )?(?:fireworks|boats|regatta|parade|race|sunset|sunrise|display|view|trains|lights|procession|marathon)',
  '(?:stood|standing|sat|sitting|been stood|been sat|waiting|queuing|stuck) at (?:the|a) level crossing(?= (?:[^ .~]+ |, ){0,6}(?:barriers?|gates?) (?:are |were |is |was )?(?:stuck|broken|jammed|down again|still down))',
  // "I'll top myself haha" after a chore that is only dreaded ("if I have to sit through another of his
  // speeches"): the words are hidden, and categories.jokedEnd asks the check question on what is left,
  // because a laugh can hide a real wish.
  '(?:top|kill|off|shoot|hang) (?:myself|meself)(?= (?:haha|hahaha|lol|lmao|xd)(?![a-z0-9]))(?![^~]* (?:seriously|not joking|no joke|for real|actually|honestly|i mean it)(?![a-z0-9]))(?<=if i (?:have|ve got|got|had|m going|am going) to (?:sit through|listen to|go to|sit in|do|watch|hear|attend|endure|put up with|work)(?: [^ .~]+| ,){1,14})',
  // A working life told as such: a course or a module on self-harm, suicide or forced marriage, a
  // caseload of survivors, ligature checks, burns that come with the trade, death as the day's work.
  '(?:self harm|suicide|suicide prevention|forced marriage|fgm|domestic abuse|honour based abuse)(?: and (?:self harm|suicide|suicide prevention|mental health|forced marriage|fgm|domestic abuse))+ (?:awareness|prevention|training|refresher|module|session|course|workshop|lecture)',
  '(?:module|course|unit|lecture|placement|training|refresher|topic)(?: [^ .,~]+){0,3} (?:is|was|on|about|covers|covered) (?:suicide prevention|suicide|self harm)(?: and (?:suicide prevention|suicide|self harm))?',
  'forced marriage (?:awareness|training) (?:session|sessions|workshop|day|talk|assembly)',
  '(?:with|for|supporting|support) (?:dv|domestic abuse|domestic violence|abuse|rape|trafficking) survivors',
  'ligature (?:checks?|cutters?|points?|risks?|audits?|training|knife|knives)',
  '(?:burn|burns|cut|cuts|burnt|burned) (?:myself|meself)(?: [^ .,~]+){0,3}(?: ,)? (?:occupational hazard|part of the job|comes with the job|goes with the job)',
  '(?:talk|talking|deal|dealing|work) (?:about |with )?death (?:all day|for a living|every day|all the time)|death (?:messages|notices|notifications|knocks|certificates?|cafe|doula)',
  // Belief stated of everyone, not a wish: "when we die we go to be with the Lord".
  'when we die(?: [^ .,~]+){0,6} (?:the lord|god|jesus|allah|heaven|paradise)',
  // Taught that suicide is a sin: a teaching recalled, not a plan.
  '(?:taught|told|believe|believed|teaches|says) (?:that )?suicide (?:is|was) (?:a )?(?:mortal |unforgivable |grave )?(?:sin|haram|forbidden)',
  // Shame brought on the family by a team, a haircut, a vote; a machine that "wants me dead".
  '(?:bringing|brought|bring|brings) shame on (?:the|my|our) family by (?:supporting|liking|wearing|eating|voting|following|watching|dyeing|getting)',
  '(?:printer|computer|laptop|photocopier|kettle|car|boiler|wifi|system|app|rota|till) (?:at work |at home )?(?:wants|want|is trying to get) me dead',
  // Embarrassment long ago: "I wanted to die when I called my teacher mum".
  '(?:wanted|could have|couldve|could) (?:to )?(?:die|died)(?: of (?:embarrassment|shame))? when i (?:called|tripped|farted|fell over|waved at|sang|walked in on|sent (?:the|that) (?:email|text|message))',
  // A grumble told to the boss: "told my boss I'd throw myself under a bus before I did another weekend".
  'told (?:my|the|her|his) (?:boss|manager|supervisor|team leader|gaffer) (?:that )?(?:id|i d|i would|ill|i ll) (?:throw|chuck|fling) (?:myself|meself) (?:under|in front of) (?:a|the) (?:bus|train|lorry) (?:before|than) (?:i )?(?:did|do|doing|work|worked|working) another (?:weekend|shift|night shift|nights|christmas|overtime|double|late|early)',
  // A known allergy with the pens carried, a passing out parade, a faint that is over.
  '(?:anaphylactic|allergic) to (?:[^ .,~]+ ){0,2}?(?:nuts|peanuts|shellfish|bees|wasps|penicillin|latex|eggs|sesame)(?= (?:[,.] )?(?:always |so i )?(?:carry|carries|have|got) (?:[0-9]+|two|my|an) (?:epipens?|epi pens?|adrenaline pens?))',
  'passing out (?:parade|ceremony|day)',
  'collapsed(?: at work| at home| in the street)? (?:last (?:week|month)|(?:a few|two|three|[0-9]+) (?:weeks|months) ago)(?=(?: [^ .~]+| ,){0,10} (?:shes|hes|she s|he s|she is|he is|theyre|they re) (?:fine|ok|okay|alright|well|recovered)(?: now)?(?= *$| [.,~!]))',
  // Plans that are ordinary: a move abroad, a retirement, a walk for the views, a trip away on the day
  // of an appointment, a hard first gym session, and a dark place someone has come out of.
  'giving (?:all )?(?:my |our )?(?:stuff|things|furniture|clothes|belongings) away (?:before|because|as) (?:i|we) (?:move|moving|emigrate|emigrating|downsize|downsizing|relocate) (?:to|abroad|house|away|out|into|in with|back)',
  '(?:im|i m|i am) done(?= (?:[.!~] )?(?:[^ .~]+ ){0,3}(?:last day (?:at|of) work|retirement|retiring|my last shift))',
  '(?:wont|won t|will not) be (?:here|around) for (?:the|my) (?:appointment|appt|slot|session)(?: on the [0-9]+(?:st|nd|rd|th)?)?(?= (?:, )?(?:were|we are|we re|im|i m|i am|ill be|i ll be) (?:away|in|at|on holiday|off))',
  '(?:beachy head|the cliffs|the cliff top|the clifftop|the cliff path)(?= for (?:the )?(?:views?|walk|picnic|sunset|air))',
  '(?:i think )?(?:im|i m|i am) (?:going to|gonna) die(?: [.,])? everything (?:hurts|aches)(?<=(?:gym|run|workout|class|spin|bootcamp|hike|circuits|training|pilates|zumba)(?: [^ .~]+| ,| \\.){1,24})',
  '(?:was|were) in a (?:really |very )?dark place(?= (?:[^ .~]+ |, ){0,4}(?:but|and) (?:hes|shes|he s|she s|theyre|they re|im|i m) (?:met|got|doing|like|much|so much|loads|back))',
  // A boss or a teacher who will "murder" someone over a late form.
  '(?:will|ll|would|is going to|s going to|going to|gonna) (?:kill|murder) (?:me|him|her|them) if (?:the |my |his |her |their )?(?:fit note|sick note|form|report|paperwork|rota|timesheet|essay|homework|assignment|coursework) (?:is|s|was|are|comes in|goes in) (?:late|missing|wrong)',
  // A grumble at someone close, about a small thing: "I could have strangled him when he forgot our anniversary".
  '(?:could have|couldve|could of|could) (?:strangled|killed|murdered|throttled|swung for) (?:him|her|them|my (?:husband|wife|partner|son|daughter|brother|sister|mum|dad)) (?:when|for) (?:he |she |they )?(?:forgot|forgetting|forgets|left|leaving|ate|eating|broke|breaking|lost|losing|burnt|burned)',
  // Said and asked: a pun corrected after a dash, a film or a show, a game, a question for a dissertation.
  // "Checks my phone - for the football scores", "throws things - tennis balls for the dog".
  '(?:checks?|checking|looks at) (?:my|his|her|their) phone for (?:the )?(?:(?:football|footy|cricket|rugby|racing|lottery) (?:scores|results)|weather|bus times)',
  '(?:throws?|throwing|threw) (?:things|stuff)(?: [^ .,~]+){0,3} (?:tennis balls|balls|a ball|sticks|frisbees?) for (?:the|our|my|his|her) (?:dog|dogs|puppy)',
  '(?:punch|punches|punching|punched) (?:the )?walls?(?: [^ .,~]+){0,2} (?:the )?padded ones|(?:punch|punches|punching|punched) (?:the )?(?:walls?|bags?|pads)(?: [^ .,~]+){0,4} (?:at|in) the boxing (?:gym|club)(?!(?: [^ .,~]+){0,6} (?:till|until|so hard|bleed|bleeding|split|broke))',
  'with (?:a|the|his|her|my) (?:carving )?(?:knife|knives) (?:to|for) (?:carve|carving|cut|cutting) (?:the )?(?:turkey|joint|roast|meat|cake|pumpkin|ham)',
  '(?:going to |gonna )?(?:shoot|shooting) (?:his|her|my|their|a|the) (?:short |music |college |school |new )?(?:film|video|scene|photos?|documentary|vlog)(?!(?: (?:crew|crowd|people|cast|audience|club))(?= ))',
  'end it (?:tonight |today )?(?:the|this) (?:series|season|box set|boxset|show|book|game)',
  '(?:ending|end) it (?:with (?:their|his|her|my|our|the) (?:job|career|marriage|relationship|girlfriend|boyfriend|partner|husband|wife|gf|bf)|(?:their|his|her|my|our) (?:marriage|relationship|job) i mean)',
  '(?:putting|put|slip|slipping) something in (?:his|her|their|my) (?:tea|coffee|food|drink|dinner) (?:sweetener|sugar|salt|oat milk|decaf|sweeteners)',
  'stopping me(?: is (?:the|my) [^ .,~]+)? from (?:booking|buying|joining|travelling|going on (?:a |the )?(?:holiday|cruise|trip)|getting (?:a|the) (?:dog|puppy|cat|kitten|flat|job|bus|train))(?![a-z0-9])',
  '(?:takes|took|taking) money (?:from|out of|out) (?:my|her|his) purse (?:for|to do|to get) (?:my|her|his|the) (?:shopping|groceries|prescriptions|bills|paper)',
  '(?:cuts|scratches|marks|bruises|scars) on (?:my|his|her) (?:legs|arms|hands) (?:are|were) from (?:the )?(?:brambles|gardening|the cat|the dog|thorns|nettles|roses|rose bushes)',
  '(?:hurt|beat|destroy|thrash|crush|kill|murder) (?:him|her|them|you) at (?:scrabble|chess|cards|monopoly|darts|pool|snooker|bowls|cribbage|dominoes|bingo|the quiz|board games?)',
  'die on (?:this|that|the|a) hill',
  // "How to die my hair": dye, misspelt, when the hair is not said to be doing anything.
  'how (?:to|do you|do i|can i|would i) die (?:my|her|his|your|the) (?:hair|roots|eyebrows|beard|clothes|jeans|wool|fabric|shoes)(?!(?: (?:is|are|has|have|keeps|falling|fell))(?= ))',
  '(?:ill|i ll|hell|he ll|shell|she ll|youll|you ll) be dead by (?:[0-9]+|forty|fifty|sixty|seventy) (?:the way|at this rate|if (?:i|he|she|you) (?:keep|carry on))',
  '(?:im|i m) dead (?:with|and) (?:loads of |lots of |a )?(?:crying )?laughing (?:faces|emojis?|face)',
  '(?:literally )?dying (?:about|over) (?:his|her|my|their|the) (?:homework|revision|exams?|chores|spellings|maths|tests?)',
  '(?:[^ .,~]+ ){1,8}(?:is|was) (?:my|his|her|a) (?:line|song) in (?:the|a|our|my) (?:musical|play|panto|pantomime|show|production|film)',
  '(?:not|isnt|no longer) waking up (?:so |as )?early(?: any more| anymore)?',
  '(?:if|when) (?:it|she|he|they|things) (?:gets?|get) worse (?:call|ring|phone) (?:999|111|an ambulance)(?=(?: [^ .,~]+| ,){0,8} (?:it|she|he|they) (?:didnt|did not|never did))',
  '(?:what happens|what do you do|how do you respond|what should (?:i|you|a nurse|staff) do) (?:if|when) a (?:patient|client|service user|pupil|student|resident|caller) (?:says|tells you|discloses|is|feels)(?: (?:they|theyre|they are|he|she|hes|shes))?(?: (?:feeling|are|is|was))? (?:suicidal|self harming|being abused)',
  'said (?:goodbye|my goodbyes|bye) to everyone at (?:work|the office|school)(?=(?: [^ .,~]+| ,| \\.){0,8} (?:retired|retiring|emigrating|leaving do|new job))',
  // A true denial before a parenting question; a funeral plan bought on a deal; a prognosis for someone
  // who has since died; an attempt long ago in a friend's youth.
  'not that (?:id|i d|i would) ever (?:hit|hurt|smack|harm) (?:my|the|our) (?:kids|children|son|daughter|baby|little one)(?= (?:, )?but (?:how|what|where|is there|are there|can|do))',
  'sorted (?:out )?my will and (?:my |a )?funeral plan(?=(?: [^ .,~]+| ,){0,8} (?:deal|discount|co op|coop|paid|monthly|price|offer))',
  '(?:nurse|doctor|consultant|gp|they) said (?:dad|mum|he|she|grandad|nan|my [^ .,~]+) (?:wont|won t|would not|wouldnt) see (?:christmas|the new year|the spring|his birthday|her birthday)(?=(?: [^ .,~]+| ,){0,8} (?:he|she) (?:died|passed))',
  '(?:tried|attempted) to (?:end|take) (?:her|his|their) (?:own )?life when (?:we|she|he|they) (?:were|was) (?:at (?:uni|school|college|university)|young|teenagers|kids)(?= (?:, )?(?:[0-9]+|ten|twenty|fifteen) (?:years|yrs) ago)',
  // Reported the other way round: "if I fall again my daughter will kill me".
  'if i (?:fall|fell|forget|miss|lose|break|crash|burn|eat|spend|buy)(?: [^ .,~]+){0,3} (?:my|me) (?:[^ .,~]+ )?(?:daughter|son|wife|husband|partner|mum|dad|sister|brother|family|kids) (?:will|ll|is going to|s going to|would) (?:kill|murder) me',
  // Signed, dictated and late-life voices telling a story, a mishearing or something over and done
  // with. A character's wish in BSL order ("story man want kill himself, end happy"); a book, film or
  // story about someone who took an overdose or escaped an abusive partner; dictation that wrote one
  // thing "instead of" another, or a voice assistant that misheard and rang 999; a time put first and
  // the end told as now well ("before, long ago, me self harm teenager ... now 40, fine"); a chest
  // pain last week found to be indigestion; a little bleeding in pregnancy with the baby checked and
  // fine; a "danger to myself" up a ladder; a fringe cut at home; a recruit who "passed out" of
  // training; a nurse who has seen a lot of death; a parent's eggshells getting better; a rock
  // bottom with years dry since.
  '(?<=(?:film|films|movie|story|stories|drama|theatre|play|character|book|novel|episode|soap)(?: [^ .~]+| ,){0,4} )(?:man|woman|girl|boy|lad|she|he|they|character|mother|father|soldier)(?: [^ .,~]+)? (?:want|wants) (?:kill (?:himself|herself|themselves)|die)(?= (?:, )?(?:end|sad|happy|story|but|then)(?![a-z0-9]))',
  '(?:story|stories|article|programme|documentary|book|audio book|audiobook|film|novel|play|podcast|piece|drama|series|soap)(?: [^ .,~]+){0,5} about (?:a|an|the) (?:[^ .,~]+ ){0,2}(?:who|that|escaping|leaving|fleeing) (?:took an overdose(?: and survived)?|overdosed(?: and survived)?|(?:an? )?(?:abusive|violent|controlling) (?:husband|partner|boyfriend|marriage|relationship|father|wife))',
  '(?<=(?:voice notes?|dictation|voice typing|speech to text|siri|alexa|autocorrect|predictive text|screen reader|voice assistant|phone)(?: [^ .,~]+){0,2} (?:writing|writes|wrote|typing|types|typed|putting|puts|put|changing|changes|changed|reading|reads|read|hearing|hears|heard) )(?:[^ .,~]+ ){1,4}instead of(?: [^ .,~]+){1,4}',
  '(?:misheard|mishears|misunderstood) me (?:and )?(?:tried to |then )?(?:ring|call|dial|rang|called|dialled|dialed|phone|phoned) 999',
  '(?<=(?:^ |[.!~] )(?:before|long ago|years ago)(?: ,)?(?: long ago ,)? )me (?:self harm|think suicide|cut|try suicide|overdose)(?= (?:[^.~]+ )?(?:long ago|years ago|teenager|(?:19|20)[0-9][0-9])(?: [^~]*)? now (?:[^ .~]+ (?:, )?)?(?:good|fine|happy|well|better|ok)(?![a-z0-9]))',
  '(?<=(?:last (?:week|month)|weeks ago|before|long ago)(?: [^ .~]+| ,){0,3} )(?:chest pain|cp)(?=(?: [^ .~]+| ,){0,10} (?:all fine|fine|clear|normal|ok)(?: ,)? (?:indigestion|reflux|heartburn|muscular|anxiety)(?![a-z0-9]))',
  '(?<=pregnant(?: [^ .~]+| ,){0,3} )bleeding (?:a )?little(?: bit)?(?: early| earlier)?(?=(?: [^ .~]+| ,){0,6} (?:baby|midwife|scan|everything) (?:fine|ok|okay|well|good|checked)(?![a-z0-9]))',
  '(?:a )?danger to (?:myself|himself|herself)(?= (?:up|on) (?:the|a|that) (?:ladder|ladders|steps|stepladder|roof|stairs|chair))',
  'cut (?:myself|meself|herself|himself) (?:a |my |her |his )?(?:fringe|hair|bangs)',
  '(?<=(?:basic training|phase one|phase 1|sandhurst|catterick|cranwell|dartmouth|raleigh|lympstone|pirbright|harrogate|recruit training|training)(?: [^ .~]+| ,){0,10} )passed out(?= (?:on|last|this|at|from|of|yesterday|today|in)(?![a-z0-9])| *$| [.,~])',
  'passed out (?:of|from|at) (?:basic training|phase one|phase 1|recruit training|training|sandhurst|catterick|cranwell|dartmouth|raleigh|lympstone|pirbright|harrogate)',
  '(?:seen|saw|dealt with|witnessed) (?:a lot of|lots of|so much|plenty of|enough) death(?<=(?:nurse|doctor|paramedic|carer|soldier|army|police|undertaker|hospice|served|worked)(?: [^ .~]+| ,){1,12})',
  'walking on eggshells(?= (?:, )?but (?:its|it s|things are|it is) (?:getting )?better)',
  '(?:was|that was) (?:her|his|their|my) rock bottom(?= (?:, )?(?:and )?(?:shes|hes|she s|he s|ive|i ve|theyve|they ve) (?:been )?(?:dry|sober|clean))', // Young people's group chats and games: what happens to a game character, a boss "in" a game or a
  // player in a named game, and a villain who "unalived" the cast; a friend checked over by paramedics
  // and fine; suicidal thoughts at school told as over, with a good place now; "overdosed" on energy
  // drinks and only jittery; "blacked out" in a presentation meaning forgot the words; a pillow fight;
  // a knife crime assembly's speaker; a location shared both ways in a family.
  '(?:my |his |her |the )?(?:game |gaming |sims |minecraft |roblox )?(?:character|avatar|sim)s? (?:got |was |gets |keeps getting )?(?:stabbed|shot|killed|murdered|choked|strangled|blown up)',
  '(?:final |last |raid |dungeon )?boss (?:in|on) (?:the |this |that )?(?:[^ .,~]+ ){0,2}(?:ring|souls|game|dlc|raid|dungeon|level [0-9]+) (?:choked|strangled|stabbed|killed|grabbed|one shot|destroyed|bodied) me(?: out)?',
  '(?<=(?:^ |[.!~] )in (?:rust|minecraft|fortnite|roblox|gta|dayz|the game|a game|vr|vrchat|among us)(?: ,)? )(?:someone|somebody|a guy|a player|players|people|they|he|she|my mate|my mates) (?:locked|trapped|caged|kidnapped|killed|stabbed|shot|kept) me',
  'unalived (?:half |most |all |loads |every one )?(?:of )?the (?:cast|characters|main characters|squad|party|team)',
  '(?:heart attack|passed out|collapsed|fainted|blacked out)(?=(?: [^ .~]+| ,){0,14} (?:checked (?:her|him|them|me)(?: over)?|got checked(?: over)?|was checked(?: over)?)(?: [^ .~]+| ,){0,4} (?:she was|he was|they were|shes|hes|she s|he s|theyre|they re|and|was) (?:fine|ok|okay|alright|all good)(?![a-z0-9]))',
  '(?:had|used to have|went through) (?:suicidal thoughts|suicidal feelings|thoughts of suicide)(?= (?:in|at|when|during|back in|as a|years ago|aged?)(?: [^ .~]+| ,){0,14} (?:in a (?:good|better) place|doing (?:really |so )?well|thriving|much better|happy) now(?![a-z0-9]))(?![^~]* (?:again|back|lately|recently|this week|returning|coming back)(?![a-z0-9]))',
  '(?:basically |kinda |lowkey )?overdosed on (?:energy drinks|coffee|red bull|monster|sugar|chocolate|sweets|haribo)(?=(?: [^ .~]+| ,){0,10} (?:just|only|a bit|bit) (?:jittery|shaky|wired|buzzing|hyper)(?![a-z0-9]))',
  'blacked out (?:in|during|at) (?:the |my |a )?(?:group )?(?:presentation|exam|interview|speech|viva|test|meeting|seminar)(?=(?: [^ .~]+| ,){0,6} (?:forgot|forget|mind went blank|went blank)(?![a-z0-9]))',
  '(?:hit|hits|whacked|whacks|smacked) me with (?:a |his |her |their )?(?:pillow|cushion|sock|teddy|snowball|water balloon|nerf gun|foam)',
  '(?<=(?:assembly|talk|workshop|awareness|session|campaign)(?: [^ .~]+| ,){0,12} )(?:whose|who s|whos) (?:brother|son|sister|friend|mate|daughter|cousin) (?:was|got) (?:stabbed|shot|killed)',
  'tracks? my location(?= (?:[^ .~]+ |, ){0,6}(?:but|and) i (?:have|track|see|can see) (?:hers|his|theirs|them) too)',
  // Laughing, in a group chat: "lmao I'm dead", "I'm literally dying skull".
  '(?<=(?:^ |[.!~] )(?:lmao+|lol+|haha+|omg|bro|skull)(?: ,)? )im (?:literally |actually |so |lowkey )?(?:dead|deceased|dying)(?= *$| [.,~!]| (?:skull|lmao+|lol|haha+)(?![a-z0-9]))',
  '(?<=(?:^ |[.!~] ))im (?:literally |actually |so |lowkey )?(?:dead|deceased|dying)(?= skull(?![a-z0-9]))',
  // The meme caption: a wish to die said first, then "me every time", "me after" a small thing. The
  // words are hidden, and categories.memeCaption asks the check question on what is left, because a
  // meme can carry a real wish.
  '(?<=^ )(?:i want to die|i wanna die|i want to kill myself|im going to kill myself|im gonna kill myself|i m going to kill myself|kill me now|i want to be dead)(?= me (?:every time|everytime|after|when|whenever|trying to|seeing)(?![a-z0-9]))',
  // Writers of English as an additional language, telling something ordinary with a word-for-word
  // idiom or a story that is over: a box set "overdosed on"; a chest pain checked and found not the
  // heart (a pulled muscle, anxiety, sadness, the ECG normal); a life's work to be finished here before
  // going back home to retire; a skipping rope; dying "of loneliness" in the first months, with friends
  // now; a child's arm broken at football; thoughts of suicide long ago in a camp, now stable; not
  // wanting to die before seeing the grandchildren; "I will die if I fail" laughed off; breathless with
  // laughter; a pen that is the only weapon in a joke about a manager.
  'overdosed? on (?:[^ .,~]+ )?(?:series|episodes|box sets?|netflix|tv|telly|dramas?|films|movies|chocolate|sweets|sugar|coffee|caffeine|tiktok|reels|anime|k dramas?|cartoons)',
  '(?![^~]* (?:but now|now (?:it|its|the pain)|again now|worse now|getting worse|down my arm|into my arm|jaw|sweating|sweaty|grey|cant breathe))(?:chest pain|chest pains|chest (?:feels |is |was |felt )?(?:heavy|tight))(?=(?: [^ .~]+| ,| \\.){0,16} (?:not (?:my |the )?heart|all normal|(?:ecg|troponin|trop|bloods)(?: [^ .,~]+){0,2} (?:normal|clear|fine)|it was (?:the )?(?:anxiety|stress|a muscle|muscle|reflux|indigestion|sadness)|pulled (?:a )?muscle)(?![a-z0-9]))',
  'finish my (?:life|days)(?: here)?(?: in (?:the )?[^ .,~]+)? (?:and|then) (?:go|going|move|moving|return|returning|retire|retiring) (?:back )?home(?!(?: to (?:god|allah|the lord|jesus|heaven))(?= ))(?=(?: [^ .~]+| ,){0,10} (?:retire|retirement|pension|build|house|old)(?![a-z0-9]))',
  '(?:skipping rope|jump rope|jumping rope|rope for (?:skipping|jumping|exercise|exercising|boxing|fitness)|rope to skip)',
  '(?:die|dying|died) of (?:loneliness|boredom|homesickness|embarrassment)(?=(?: [^ .~]+| ,){0,3} (?:, )?but now)',
  '(?:broke|broken|fractured) (?:his|her|their|my) (?:arm|leg|wrist|ankle|finger|toe|collarbone)(?= (?:playing|at|doing|on) (?:football|rugby|netball|basketball|cricket|pe|the trampoline|trampoline|his bike|her bike|the bike|a skateboard|skateboard)(?![a-z0-9]))',
  '(?![^~]* (?:came back|coming back|come back|again now|returned|back now|but now))(?:had|have had) (?:thoughts of suicide|suicidal thoughts|thoughts of ending (?:my life|it))(?= (?:when|in|during|back in)(?: [^ .~]+| ,| \\.){0,10} (?:years ago|long ago|in (?:19|20)[0-9][0-9])(?: [^~]*)? now (?:[^ .~]+ ){0,2}(?:stable|fine|well|good|better|ok|happy)(?![a-z0-9]))',
  '(?:dont|don t|do not) want to die before (?:i|we) (?:see|meet|hold|watch|see my|meet my)',
  '(?:i will|ill|i ll|i would|id|i d) die if (?:i )?(?:fail|lose|miss|dont pass)(?=(?: [^ .,~]+){0,3} (?:haha|hahaha|lol|lmao)(?![a-z0-9]))',
  '(?:cant|can t|cannot|couldnt|could not) breathe (?:with|from|for) (?:laughter|laughing)',
  '(?:stab|kill|murder|strangle|throttle|punch) (?:my |the )?(?:manager|boss|supervisor|teacher|colleague|husband|wife|brother|sister|him|her) with (?:my|a|the) (?:pen|pencil|stapler|ruler|spoon|fork|umbrella|look)(?=(?: [^ .,~]+){0,1} (?:haha|hahaha|lol|joking|jk|only joking|just joking)(?![a-z0-9]))',
  // The same voices in a note: a heart "burning" with homesickness, a film in which a character hanged
  // himself, and "I die a little there" of a place left behind.
  '(?:my |her |his )?heart (?:is |s |was )?burning (?:for|with|from) (?:my |his |her |their |the )?(?:family|home|country|children|kids|mother|mum|homeland|loneliness|longing|missing)',
  '(?:film|movie|series|drama|book|play|episode|show|story)(?: [^ .,~]+){0,3} (?:where|in which|about) (?:a |the )?(?:character|man|woman|boy|girl|hero|soldier) (?:hanged|hung|killed|shot|drowned) (?:himself|herself|themselves)',
  '(?:die|died|dying|dies) a little (?:inside )?(?:there|every time|each time|when)',
];

export const TRIAGE_BENIGN: readonly string[] = [
  // Self-harm and suicidal ideation both denied, written as a pair: "denies SH/SI".
  '(?:denies|denied|no|nil) (?:sh|self harm)(?: (?:and|or|&))? (?:si|suicidal ideation|suicidal thoughts)(?!(?: (?:now|today|but|until|till))(?= ))',
  // Worn out, said as a figure in a note: "at the end of my rope" (a patient's own words are still read).
  'at the end of (?:my|his|her|their|our) (?:rope|tether)',
  // Money worry in a figure of speech: "the bills are giving me chest pains lol".
  '(?:bills|debts?|kids|work|boss|council|stress|landlord|this form|it) (?:are |is |s )?giving me (?:chest pains|a heart attack)',
  '(?:gets?|getting a bit|a bit|slightly|bit|goes|get a bit|is a bit|a little) (?:breathless|short of breath|sob|puffed out|out of breath) (?:on|when|walking|going|climbing|with|after|doing|if|up|at)',
  '(?:breathless(?:ness)?|sob|short of breath|shortness of breath) (?:on|going up|walking up) (?:the )?(?:big |steep )?(?:stairs|exertion|hills?|slopes?|inclines?)(?!(?: [^ .,~]+){0,3} (?:worse|worsening|new|since)(?= ))',
  // Known and unchanged: "usual breathlessness", "breathless as usual".
  '(?:usual|normal|same old|long standing|longstanding|long term|chronic) (?:breathlessness|shortness of breath)|(?:breathless|short of breath|sob)(?: [^ .,~]+){0,3} as (?:usual|normal|always)',
  'breathe easy',
  // A support group asked for by name, for a child already in care: "the self harm group".
  '(?:the )?self harm (?:support )?group(?= (?:[^ .~]+ ){0,6}(?:already|under|with) (?:camhs|cahms|the team|a counsellor|counselling))',
  // A symptom seen to and found harmless: "chest pain last month, ECG and bloods normal".
  '(?:chest pain|cp|palpitations|headaches?)(?: [^ .,~]+){0,3}(?: ,)? (?:seen|checked|investigated)(?: (?:in )?(?:19|20)[0-9][0-9])?(?: ,)? (?:ecg|bloods|tests|scans?)(?: and (?:ecg|bloods|tests|scans?))? (?:all )?(?:normal|clear|fine)',
  'chronic (?:[a-z]+ )?pain|pain (?:clinic|management|team|service|relief group)|long term pain',
  // Leaflets for coursework, not for the patient: "DV leaflets for her social work project, not personal".
  '(?:dv|domestic abuse|domestic violence|abuse|self harm|suicide) (?:leaflets?|info|information|resources|materials)(?= (?:[^ .~]+ ){0,6}(?:project|coursework|dissertation|essay|assignment|placement|presentation)(?![a-z0-9]))',
  'nappy rash|heat rash',
  '(?<!(?:not|isnt|wasnt|hasnt been|not been) )(?:feeding well|feeding fine|eating well)',
  // Over and done with: "had a temperature last week, better now".
  '(?:had|has had|had a bit of) (?:a |high )?(?:temperature|temp|fever|rash|cough|cold)(?: [^ .,~]+){0,3} (?:last|a few|two|2|a couple of|earlier this) (?:week|weeks|month|days ago|weeks ago)',
  // Known asthma set off by the weather, and a fever that has gone.
  '(?:wheezy|wheezing|wheezes|breathless|short of breath|sob) (?:when|in) (?:(?:its|it is|the) )?(?:cold|damp|winter|frosty)',
  '(?:fever|temperature|temp|temps) (?:has |had |)(?:gone|went|settled|come down|came down|is down|broke)',
  // Treatment that is stable: "on a methadone script for years, stable".
  'methadone (?:script|programme|program|clinic) for (?:years|ages|a long time|[0-9]+ (?:years|yrs))|stable on (?:a |his |her )?methadone(?: script)?',
  // Over and well: "self harmed at 14, none since", "had sepsis 2021, fully recovered".
  '(?:never|not|hasnt|has not) (?:happened|been) (?:again|since)',
  '(?:self harmed|cut (?:herself|himself|themselves)|overdosed|took an overdose) (?:at|aged) [0-9]+(?= ,? (?:none|nothing|not) since)',
  '(?:sepsis|a stroke|stroke|a heart attack|heart attack|an overdose|overdose|a seizure|seizure)(?: (?:post|after) (?:lscs|c section|section|birth|delivery|surgery|op))?(?: in)? (?:19|20)[0-9][0-9](?: ,)? (?:fully |full |completely |now )?(?:recovered|better|well|recovery)',
  // Abuse by an ex, told as over: "DV hx with ex 2015, now safe".
  '(?:dv|domestic abuse|domestic violence|abuse) (?:hx|history)(?: (?:with|from) (?:an? |her |his )?ex(?: partner| husband| wife| boyfriend| girlfriend)?)?(?: (?:19|20)[0-9][0-9])?(?: ,)? (?:now )?safe(?: now)?',
  // Laughing: "breathless laughing at our hold music".
  '(?:breathless|out of breath|sob|short of breath) (?:from |with |w )?(?:laughing|laughter)',
  // A collapse or a chest pain looked into and found harmless, and a heap after a long shift.
  'collapsed (?:in )?(?:19|20)[0-9][0-9](?=(?: [^ .]+| ,){0,5} (?:clear|normal|fine now|all clear|recovered))',
  '(?:chest pain|cp)(?=(?: [^ .]+| ,){0,6} (?:indigestion|reflux|heartburn|muscular)(?: [^ .]+| ,){0,4} (?:fine|ok|better|settled|resolved) now)',
  'collapsed in a heap (?:after|from) (?:a |the |his |her )?(?:long |busy |double |night )?(?:shift|day|week|work|run|gym)',
  // Breathless after a run and fine now, and a first aid course asked for after someone else's collapse.
  '(?:sob|breathless|short of breath|out of breath) after (?:running|a run|sprinting|climbing|the stairs|exercise)(?: [^ .~]+){0,8} (?:fine|ok|okay|settled|better) now',
  '(?:first aid|cpr|resus|defib) (?:course|courses|training|class|classes|info)(?: [^ .,~]+){0,3} after (?:[^ .,~]+ ){0,3}(?:collapsed|had a (?:heart attack|fit|seizure|stroke))',
  // A tight chest with exercise or the cold (asthma), and chest pain known for years.
  '(?:chest (?:is |feels |gets |goes )?tight|tight chest) (?:when|with|after|in) (?:running|(?:i |he |she )?runs?|exercise|exercising|the cold|a cold|coughing)',
  'chest pains? on and off for (?:years|ages|a long time)',
  // A collapse years ago, recovered from, and a methadone script told as stable.
  'collapsed (?:with|w) (?:a )?(?:heart attack|stroke|cardiac arrest|sepsis)(?: in)? (?:19|20)[0-9][0-9](?: ,)? (?:fully |completely |now )?(?:recovered|better|well)',
  'methadone (?:script|programme|program|prescription)(?: [^ .,~]+){0,4}(?: ,)? (?:stable|steady)(?: (?:for )?(?:[0-9]+|two|three|many) (?:yrs|years|months|mths))?',
  // Social care and diagnoses, not emergencies.
  'caring for (?:my |her |his |their )?(?:[^ .,~]+ )?(?:with|who has) (?:dementia|alzheimers|parkinsons|ms|cancer)',
  // Over and well, in a note: a temperature yesterday and running about now, a collapse with flu last
  // week and recovering, a nosebleed that stopped with pressure.
  '(?:had|has had) (?:a )?(?:high )?(?:temp|temperature|fever)(?: [^ .,~]+){0,2} (?:yesterday|last night|at the weekend)(?: ,)? (?:now|but now|today) (?:running about|running around|playing|eating|drinking|fine|well|better)(?: (?:and|&) (?:eating|drinking|playing))?',
  'collapsed (?:w|with) (?:flu|covid|a virus|a bug|a cold|norovirus|d and v)(?: [^ .,~]+){0,2} (?:last (?:wk|week|month)|[0-9]+ (?:days|weeks) ago)(?=(?: [^ .,~]+| ,){0,6} (?:recovering|recovered|better|fine))',
  'bled everywhere(?: [^ .,~]+){0,6} (?:nosebleed|nose bleed)(?=(?: [^ .,~]+| ,){0,8} (?:stopped|fine (?:now|today)))',
  // A threat told as a joke about a small thing, and a knock to the head with no loss of consciousness
  // and no vomiting: "pt joked 'I'll kill him' re husband forgetting anniversary", "small bump, no LOC,
  // no vomiting, fine".
  '(?:joked|joking|jokes|jokingly said|said jokingly)(?: that)? (?:ill|i ll|hell|he ll|shell|she ll|id|i d|she d|shed|he d|hed)? ?(?:kill|murder|strangle|throttle) (?:him|her|them)(?= (?:re|about|over|for|because) )',
  '(?:hit|bumped|banged|knocked) (?:his |her |their |pts? )?head(?: [^ .,~]+){0,4}(?=(?: [^ .~]+| ,){0,6} no loc(?: [^ .~]+| ,){0,3} no (?:vomiting|vom|n v|sickness|vomit))', // Worn out by work or study, said as a figure: "says she's 'killing herself' w/ overtime".
  '(?:killing|kill|killed) (?:herself|himself|themselves|myself) (?:w|with|over|doing) (?:the )?(?:overtime|extra shifts|shifts|work|revision|revising|exams|studying|coursework|the gym|training)',
];
