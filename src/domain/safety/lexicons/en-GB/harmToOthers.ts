import type { CrisisRule } from '../../lexicon';
import { crisis, PEOPLE, W } from './vocab';

export const HARM_TO_OTHERS: readonly CrisisRule[] = [
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
