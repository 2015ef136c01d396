import type { CrisisRule } from '../../lexicon';
import { crisis, HELPING_THEM, MY_SELF_HARM, OTHER_SELF, pair, SELF, W } from './vocab';

export const SELF_HARM: readonly CrisisRule[] = [
  crisis(
    'selfHarm.selfHarm',
    ['selfHarm'],
    `self (?:harm|harms|harming|harmed|harmer|injury|injuring|injure|injured|injures|mutilation|mutilate|mutilating|mutilated)(?:(?<=${MY_SELF_HARM})|(?!${HELPING_THEM}))`,
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
      `(?:cut|cuts|cutting|slash|slashed|slashing|slit|scratch|scratching|scratched|carve|carving|carved|burn|burning|burnt|burned|etch|etching|etched)(?: (?:words|names|letters|lines|marks|things))?(?: (?:into|in|on))? ${who} (?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|body|belly)(?!(?: (?:on|with the|while|when i|cooking|shaving|ironing|in the|accidentally|by accident|at work))(?= ))`,
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
  crisis(
    'selfHarm.makeBleed',
    ['selfHarm'],
    `(?:make|made|making|makes) (?:myself|me|himself|herself) bleed|(?:hurt|cut|burn|hit|harm) (?:myself|me) (?:just )?(?:so|to) (?:i can |i could )?feel (?:something|anything|real|alive|better)`,
  ),
  crisis(
    'selfHarm.cigarettes',
    ['selfHarm'],
    '(?:stub|stubbing|stubbed|put|putting|press|pressing) (?:cigarettes?|fags?|lighters?|lit matches|matches|a lighter)(?: out)? (?:out )?(?:on|into) (?:my|his|her) (?:arms?|legs?|skin|hands?|wrists?|body|thighs?)',
  ),
  crisis(
    'selfHarm.covered',
    ['selfHarm'],
    '(?:arms?|legs?|wrists?|thighs?|body|skin|stomach) (?:are|is) (?:covered in|full of|all) (?:cuts|scars|burns|scratches|cut up)',
  ),
];
