import { assessMessage, screenMessage, type CrisisKind } from '../../../src/domain/safety';

// The rules widened by category (src/domain/safety/lexicons/en-GB/categories.ts): each class of
// situation is caught, at the tier it is written for, beside ordinary words that share its vocabulary.

const outcome = (text: string) => screenMessage({ text, locale: 'en-GB' }).outcome;
const kindsOf = (text: string): CrisisKind[] => {
  const result = assessMessage({ text, locale: 'en-GB' });
  return [...result.kinds, ...result.possibleKinds];
};

/** `crisis`: the full reply at once; `check`: at least a check question. */
type Case = [text: string, expected: 'crisis' | 'check', kind: CrisisKind];

describe('rules widened by category', () => {
  it.each<Case>([
    // Means and methods.
    ['what is the fastest way to bleed out', 'crisis', 'suicidal'],
    ['the belt is tied to the banister now', 'check', 'suicidal'],
    ['the tow strap is up in the loft', 'check', 'suicidal'],
    ['on the way to work I keep thinking about steering into a bus', 'check', 'suicidal'],
    ['I stood too close to the platform edge on purpose', 'check', 'suicidal'],
    // Overdoses, gas and wounds in everyday words.
    ['downed the whole lot, sorry', 'crisis', 'suicidal'],
    ['necked all my sleeping tablets with a bottle of gin', 'crisis', 'medicalEmergency'],
    ['took all of them. bye', 'check', 'suicidal'],
    ['i took all my antidepressants', 'check', 'suicidal'],
    ['unaliving myself soon', 'crisis', 'suicidal'],
    ['sewerslide thoughts again', 'crisis', 'suicidal'],
    ['ctb soon i think', 'crisis', 'suicidal'],
    ['i have taken an over dose', 'crisis', 'medicalEmergency'],
    ["I've taken something and I'm not feeling right", 'check', 'medicalEmergency'],
    ['the gas hob is on and I blew the flame out', 'crisis', 'suicidal'],
    ['garage door is down and the engine is running', 'crisis', 'suicidal'],
    ['I cut my leg on purpose and the cut is gaping', 'crisis', 'selfHarm'],
    ['he keeps swallowing pins', 'crisis', 'selfHarm'],
    // Passive wishes.
    ['most nights I pray never to wake up', 'check', 'suicidal'],
    // A wish about oneself is not someone unconscious: the routes for ending a life, not for an emergency.
    ["I pray most nights that I won't wake up", 'check', 'suicidal'],
    ["my dad won't wake up", 'crisis', 'medicalEmergency'],
    ["I've stopped caring whether I live or die", 'check', 'suicidal'],
    ['my gran says she is ready for God to take her', 'check', 'suicidal'],
    ['I have no will to go on', 'check', 'suicidal'],
    ["I can't see myself still being around in the spring", 'check', 'suicidal'],
    ["I doubt I'll still be here by the summer", 'check', 'suicidal'],
    ['things would be easier if I stopped existing', 'check', 'suicidal'],
    ['best to end it on my own terms', 'check', 'suicidal'],
    ['my family would get the life insurance if I died', 'check', 'suicidal'],
    ['he is giving all his belongings away', 'check', 'suicidal'],
    // Harm to others, and a third party's method.
    ['my son ran at his dad with a kitchen knife', 'crisis', 'harmToOthers'],
    ["he's going to get the shotgun and shoot him", 'crisis', 'harmToOthers'],
    ['she parked outside his house all night with an axe', 'crisis', 'harmToOthers'],
    ['I keep having images of smothering my baby', 'check', 'harmToOthers'],
    ['I lie awake planning how I would get away with it', 'check', 'harmToOthers'],
    ['my uncle said he would do himself in', 'crisis', 'suicidal'],
    // Abuse and neglect.
    ['he keeps my passport and my documents', 'check', 'abuse'],
    ['my father-in-law takes her pension every week', 'check', 'abuse'],
    ['the neighbour pressured her into signing over her bungalow', 'check', 'abuse'],
    ["my sister won't let anyone visit him", 'check', 'abuse'],
    ['they keep her locked in her bedroom', 'check', 'abuse'],
    ['dad has burns that the carers cannot explain', 'check', 'abuse'],
    ['a coach messaged my son and told him never to tell his parents', 'check', 'abuse'],
    ['an online friend wants her to switch their chat to a secret app', 'check', 'abuse'],
    ['he blocks the front door and I cannot leave', 'crisis', 'abuse'],
    // Emergencies typed into chat.
    ["I'm going through a pad every half hour", 'crisis', 'medicalEmergency'],
    ['swallowed half of my mums tablets and now I feel woozy', 'crisis', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    // A check case may also meet a clear rule elsewhere in the lexicon; it must at least be asked.
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'I hope I wake up early for the parkrun',
    'my belt is in the wardrobe',
    'the rope for the tent is in the car',
    'I swerved into a lay-by to answer the phone',
    'I will not step back from this fight with the council',
    'I lost the will to finish the crossword',
    'not sure I will be around tomorrow for the call, I work late',
    'it would be easier to end things with him, we argue all the time',
    'I have a life insurance question about my mortgage',
    'we are giving away our things to charity before we move',
    'we went for a walk with the bat and ball',
    'I am going to get my gun and shoot some clays on Saturday',
    'my teenager will not let me see her phone',
    'the agent got me to sign the lease',
    'my boss asked me to keep the leaving present a secret',
    'I took my tablets this morning and feel fine',
    'the flood went through the pads of the sofa',
    "I'm on the roof fixing the guttering on Monday, can we talk Tuesday?",
    'I had the whole lot of cake at the party',
    'I took all of them to the charity shop',
    "I've taken something for my cold and I don't feel well yet",
    'the engine was running rough so I shut the garage door and rang for help',
    'I blew the candles out on my birthday cake',
    'I took all my tablets this morning like the doctor said',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});
