import type { SafetyLexicon } from '../../lexicon';
import { ABUSE } from './abuse';
import { BENIGN, TRIAGE_BENIGN } from './benign';
import { CATEGORIES } from './categories';
import { HARM_TO_OTHERS } from './harmToOthers';
import { MEDICAL } from './medical';
import { POSSIBLE } from './possible';
import { RED_FLAGS } from './redFlags';
import { SELF_HARM } from './selfHarm';
import { SUBSTITUTIONS } from './substitutions';
import { SUICIDAL } from './suicidal';

// The en-GB crisis and red-flag lexicon, one file per kind. Patterns read the normalised text of
// normalise.ts (lower case, no apostrophes: "don't" is "dont", "I'll" is "ill", "mum's" is "mums"),
// after the substitutions of substitutions.ts.
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
// - categories.ts widens the kinds by class of situation (means, passive wishes, weapons, papers and
//   money taken, secrets asked of a child, everyday words for an emergency), mostly at the possible tier.
// - "benign" is for talk about services and figures of speech only: it must never hide first-person
//   present danger, so each entry is a whole phrase, never a lone word.

const FIRST_PERSON = '(?:i|im|ive|id|ill|me|my|myself|mine|meself)';
const NEGATORS =
  '(?:not|never|no|nor|without|denies|denied|denying|deny|dont|didnt|doesnt|isnt|arent|wasnt|werent|wouldnt|havent|hasnt|no longer|none|nil)';
/** Words that may sit between a denial and what it denies: "not really", "no thoughts of". */
const DENIAL_FILLERS =
  '(?:really|actually|once|currently|feeling|feel|felt|any|having|have|had|got|been|going to|planning to|planning on|thinking of|thinking about|thought about|want to|wanting to|intend to|intending to|ever|even|a|an|any|thoughts of|thoughts about|thought of|signs of|sign of|history of|current|active|evidence of|risk of|plans to|plan to|intention to|intention of|intent to|like|that|the|complains of|complaints of|complaining of|reported|new|acute|obvious|ongoing|being)';

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
    '^ (?:yet|though|(?:until|till|til|up to) (?:now|recently|lately|today|tonight|this week)|(?:, )?but (?:now|lately|recently|these days|today|tonight|this week)|(?:, )?but (?:i |im )?(?:think|thought|keep|want|wish|might|could|do|did|still|sometimes|often|have|cant stop|feel|am)|i promise|promise|probably|maybe|i dont know|not sure)(?![a-z0-9])',
  pastBefore:
    '(?<![a-z0-9])(?:used to|use to|when i was|previously|previous|history of|hx of|hx|h o|in the past|past|former|formerly|survivor of|survived|survivors of|been through|went through|grew up with|grew up in|grown up with|grew up around|witnessed|escaped|escaped from|(?<!(?:my|his|her|their|your|our|the|on|to|a) )left|got out of|got away from|fled|recovered from|recovering from)(?: (?:a|an|my|his|her|the|some|from|really|bad|serious|lot of|lots of|years of|periods of|episodes of|badly|to))* $',
  pastInClause:
    '(?<![a-z0-9])(?:(?:[0-9]+|a few|few|two|three|four|five|six|seven|eight|nine|ten|twenty|many|several|some|couple of|a couple of|a number of) (?:years?|decades?) (?:ago|back|since)|years ago|years back|last (?:winter|summer|spring|autumn|christmas|xmas)|(?:a )?long time ago|long ago|ages ago|last year|when (?:i|he|she|they) (?:was|were) [0-9]+(?! (?:weeks?|wks?|months?|mths?|days?)(?![a-z0-9]))|(?:aged|at age|at the age of) [0-9]+|(?:attempted|tried|took|was|were|had|did|started|began|used to)(?: [a-z0-9]+){0,4} at (?:1[3-9]|[2-9][0-9])(?![a-z0-9])(?! ?(?:[0-9]|pm|am|oclock|hundred|hrs|hours|tonight|today|tomorrow|weeks?|wks?)(?![a-z]))|in (?:her|his|their) (?:teens|twenties|thirties|youth|20s|30s|40s)|in the past(?! (?:few |couple of |two |three |[0-9]+ )?(?:days?|weeks?|months?|hours?|night|24))|not for (?:years|ages|a long time|[0-9]+ years)|when (?:i|he|she|they) (?:was|were) (?:small|tiny|a baby|babies|a toddler|toddlers|a little (?:girl|boy|one|lad|kid))|as (?:a )?(?:baby|babies|toddler|toddlers|newborn|tiny tot)|(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many) (?:years?|yrs?) (?:(?:self harm|sh|suicide attempt|attempt|cutting|drink|alcohol|booze) )?(?:free|clean|sober)|(?:clean|sober|free|well|fine|settled|safe) (?:ever )?since (?:19|20)[0-9][0-9]|when i was (?:younger|young|little|a (?:child|kid|teenager|teen|student|girl|boy)|at (?:school|uni|university|college)|in my (?:teens|twenties|20s|thirties))|as (?:a )?(?:child|kid|teenager|teen|student|youngster)|in my (?:teens|twenties|youth|20s|30s)|(?:back )?in (?:19|20)[0-9][0-9]|historic|historical|(?:in )?the (?:19)?[2-9]0s|(?<!(?:since|from|till|until|by) )(?:19[0-9][0-9]|20(?:0[0-9]|1[0-9]|2[0-4]))(?= *$| [.,~]| dx| diagnosed| no(?![a-z0-9]))|as a young (?:man|woman|person)|in the (?:army|forces|navy|raf|marines|war|falklands|gulf war))(?![a-z0-9])',
  resolvedAfter:
    // Said of the illness by whoever reports it, not "says he's fine now" (people play symptoms down).
    '(?<![a-z0-9])(?<!(?:not|never|hasnt|havent|isnt|yet to|no|says|thinks|feels|claims|insists)(?: [a-z]+){0,2} )(?:(?:fully |since |completely )?recovered|resolved|(?:last (?:week|month|fortnight)|(?:a|one|two|three|a few|few|a couple of|couple of) (?:weeks?|months?) ago)(?: [a-z]+| ,){0,3} (?:shes|hes|she is|he is|im|i am|theyre|they are) (?:fine|ok|okay|alright|all right|well|better) now|(?:died|passed away) (?:last year|years ago|[0-9]+ (?:years|months) ago|in (?:19|20)[0-9][0-9]|last (?:month|winter|summer|spring|autumn)))(?![a-z0-9])',
  ongoing:
    '(?<![a-z0-9])(?:still|(?<!never(?: [a-z]+){1,3} )again|currently|these days|at the moment|right now|recently|lately|started|starting|coming back|come back|came back|last night|this morning|this afternoon|this evening|today|yesterday|tonight|earlier today|just now)(?![a-z0-9])',
  recurrence:
    '(?<![a-z0-9])(?:(?<!never(?: [a-z]+){1,3} )again|relapse|relapsed|relapsing|still (?:feel|feeling|felt|think|thinking|have|having|get|getting|want|wanting|do it|doing it|struggle|struggling)|(?:come|came|coming|its|theyre|thoughts are) back|back to (?:cutting|self harming|harming|hurting|feeling|thinking|wanting)|returned|returning|released|let out|out of (?:prison|jail)|turned up|turning up|(?:been |is |was |waiting )?outside (?:the |my |our |her |his )?(?:house|flat|home|school)|found (?:my|our|her|his) (?:new )?address)(?![a-z0-9])',
  clauseBreak:
    ' (?:,|but|and|so(?! called(?![a-z0-9]))|because|though|although|however|whereas|while|whilst|then|yet|or) ',
  // The nearest subject before the hit decides: a third-party cue counts only if no first-person word
  // follows it ("my son told me he wants to die" is about the son; "my son says I want to die" is not).
  thirdParty: `(?<![a-z0-9])(?:he|she|they|hes|shes|theyre|theyve|hed|shed|theyd|hell|shell|theyll|him|her|them|his|their|someone|somebody|anyone|patient|pt|caller|client|lady|man|woman|gentleman|gent|girl|boy|person|(?:(?:my|our|his|her|their|a|the)(?: [a-z]+){0,2}|[a-z]+s) (?:friend|friends|mate|mates|pal|partner|husband|wife|boyfriend|girlfriend|ex|son|sons|daughter|daughters|child|children|kid|kids|baby|mum|mam|mom|mother|dad|father|brother|sister|nan|gran|grandma|grandad|grandson|granddaughter|aunt|auntie|uncle|cousin|neighbour|neighbours|colleague|flatmate|housemate|teenager|teen|stepdad|stepmum|niece|nephew|carer|family|relative|student|pupil)s?|friend|mate|neighbour|kids next door|(?:[0-9]+ ?(?:yo|year old|years old)))(?: (?!${FIRST_PERSON}(?![a-z0-9]))[a-z0-9]+)* ?$`,
  // "A man online keeps asking her for pictures": done to her, not to the writer. Only verbs of
  // contact and giving: in "scared of him" or "show him every receipt" he is not the one at risk.
  thirdPartyVictim: `^(?!.*(?<![a-z0-9])${FIRST_PERSON}(?![a-z0-9])).*(?<![a-z0-9])(?:ask|asks|asking|asked|message|messages|messaging|messaged|send|sends|sending|sent|offer|offers|offering|offered|give|gives|giving|gave|buy|buys|buying|bought|pick|picks|picking|picked|tell|tells|telling|told|pay|pays|paying|paid|follow|follows|following|followed|groom|grooms|grooming|groomed|meet|meets|meeting|met) (?:her|him)(?![a-z0-9])`,
  // "They're taking me to a deliverance service", "he locks me in": the writer is the one it is done to,
  // unless someone else is named as the object in the same words, or the writer is only told a secret.
  writerAsObject:
    '^(?!.*(?<![a-z0-9])(?:her|him|them|herself|himself|themselves|tell me|told me|tells me|telling me|me promise)(?![a-z0-9])).*(?<![a-z0-9])(?:me|myself|meself|us)(?![a-z0-9])',
  imminence:
    '(?<![a-z0-9])(?:(?:has|have|got|ive got|hes got|shes got|keeps|kept) (?:the |his |her |my |some |a |all (?:his|her|my|the) )?(?:tablets|pills|meds|paracetamol|rope|knife|gun|shotgun|razor|blades|insulin) (?:at home|in the house|ready|with (?:him|her|me)|on (?:him|her|me)|in (?:his|her|my) (?:bag|pocket|room|car))|right now|(?<!(?:not|isnt|no longer|away|gone|out|left)(?: [a-z0-9]+){0,4} )now|tonight|this (?:minute|second|evening)|about to|(?:has|got|have|holding|with|carrying|grabbed|brought|waving|pulled) (?:a |an |the |his |her |my )?(?:knife|knives|gun|weapon|blade|machete|rope|razor|hammer|baseball bat)|(?:outside|at) (?:the|my|our|her|his) (?:house|door|flat|window|home)|(?:is|hes|shes|theyre) (?:here|outside|coming back|on (?:his|her|their) way)|on (?:the|a) (?:bridge|roof|ledge|edge|platform|railway|tracks))(?![a-z0-9])',
  // Receptionists' notes only: a plan or means told in the third person, the abuser at the door.
  triageImminence:
    '(?<![a-z0-9])(?:(?:with|w) (?:a )?(?:plan|method|means)|(?:has|got|made|making) (?:a )?plan|written (?:a |his |her |their )?(?:goodbye )?(?:notes?|letters?)|said (?:his |her |their )?goodbyes?|saying goodbye|(?:saving|saved|stockpiling|stockpiled|hoarding|collecting|collected|bought|buying) (?:up )?(?:extra |more |lots of |loads of |a lot of )?(?:his |her |their )?(?:tablets|pills|meds|paracetamol|painkillers)|(?:waiting|sat|sitting|parked) outside|banging on (?:the|her|his|my|their) (?:front |back )?(?:door|window)|(?:shes|hes|is|are|been|got) locked in (?:the )?(?:bathroom|bedroom|toilet|loo)|picked (?:a|the) (?:place|spot|date|day)|knows how (?:he|she|they)(?:d| would| will| is going to| s going to) do it|(?:has|got|with) (?:a |an |the |his |her )?(?:knife|gun|shotgun|hammer|weapon|rope) (?:ready|to hand|on (?:him|her))|(?:keeps|has|have|got|owns) (?:a |an |the )?(?:guns?|shotguns?|rifles?|firearms?))(?![a-z0-9])',
  crisis: [...SUICIDAL, ...SELF_HARM, ...HARM_TO_OTHERS, ...ABUSE, ...MEDICAL, ...POSSIBLE, ...CATEGORIES],
  redFlags: RED_FLAGS,
};
