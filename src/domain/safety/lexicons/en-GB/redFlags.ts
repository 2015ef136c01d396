import type { RedFlagRule } from '../../lexicon';
import { CHILD } from './vocab';

export const RED_FLAGS: readonly RedFlagRule[] = [
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
