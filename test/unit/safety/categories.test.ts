import { assessMessage, checkQuestionFor, screenMessage, type CrisisKind } from '../../../src/domain/safety';

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

describe('rules widened by category for the classes of the newer voices', () => {
  it.each<Case>([
    // Passive wishes said briefly.
    ['honestly there is no point any more', 'check', 'suicidal'],
    ['cant see the point in me carrying on', 'check', 'suicidal'],
    ['my life is over for me', 'check', 'suicidal'],
    ['dont deserve to be alive', 'check', 'suicidal'],
    ['maybe i should just let myself go', 'check', 'suicidal'],
    ['had a good innings, time to go', 'check', 'suicidal'],
    ['i have been a drain on everyone for too long', 'check', 'suicidal'],
    ['one less mouth to feed', 'check', 'suicidal'],
    ['last message from me', 'check', 'suicidal'],
    ['you will never hear from me again', 'check', 'suicidal'],
    ['i doubt ill see christmas or anything', 'check', 'suicidal'],
    ["i won't need the appointment, i've sorted it", 'check', 'suicidal'],
    ['since my wife died i just want to be with her again', 'check', 'suicidal'],
    ['i have no wish to wake up tomorrow', 'check', 'suicidal'],
    ["if i didn't wake up tomorrow it'd be a relief", 'check', 'suicidal'],
    // Means held ready, and signs of a plan.
    ['the rifle is loaded', 'check', 'suicidal'],
    ['been cleaning the shotgun a lot', 'check', 'suicidal'],
    ['i have got all my tablets put by', 'check', 'suicidal'],
    ['been stockpiling my mums oramorph', 'check', 'suicidal'],
    ["i've still got his old pistol and keep thinking about it", 'check', 'suicidal'],
    ['i know where dad keeps the rat poison', 'check', 'suicidal'],
    ["i've written letters for the kids", 'check', 'suicidal'],
    ['how long does it take to drown', 'check', 'suicidal'],
    ['what dose of sertraline would be fatal', 'check', 'suicidal'],
    ['i keep thinking about the railway bridge', 'check', 'suicidal'],
    ['the insurance pays out if i die, right', 'check', 'suicidal'],
    ['i took the rest of my codeine', 'check', 'medicalEmergency'],
    // Self-harm in short and dialect forms.
    ['i cut me arms again', 'crisis', 'selfHarm'],
    ['yeah i cut again last night', 'crisis', 'selfHarm'],
    ['when i get drunk i cut', 'crisis', 'selfHarm'],
    ['relapsed last night. blade', 'crisis', 'selfHarm'],
    ['she burns herself with a lighter', 'check', 'selfHarm'],
    ['keep picking at the scabs so they never heal', 'check', 'selfHarm'],
    // Abuse by control, exploitation and neglect.
    ['he hid the car keys again so i cant leave', 'check', 'abuse'],
    ["i'm not allowed to see the gp without him there", 'check', 'abuse'],
    ['the agency kept my passport', 'check', 'abuse'],
    ['my boss holds all our passports', 'check', 'abuse'],
    ['i work seven days with no pay to pay off the travel debt', 'check', 'abuse'],
    ['they are pressuring him to marry a girl he has never met', 'check', 'abuse'],
    ["if i tell anyone he'll have me put in a home", 'check', 'abuse'],
    ['the care staff leave her in a wet bed all day', 'check', 'abuse'],
    ['he asked my 13 year old to send him photos', 'check', 'abuse'],
    ["a man keeps telling my son it's their little secret", 'check', 'abuse'],
    ['older lads are making my nephew deliver packages for them', 'check', 'abuse'],
    // Harm to others in everyday words.
    ['i am thinking about taking us both', 'crisis', 'harmToOthers'],
    ["i don't trust myself around the baby tonight", 'check', 'harmToOthers'],
    ["my brother says he'll stab her new boyfriend", 'check', 'harmToOthers'],
    // Emergencies typed in everyday words.
    ["i'm on the bathroom floor and i can't get up", 'crisis', 'medicalEmergency'],
    ['my toddler drank some bleach', 'crisis', 'medicalEmergency'],
    ["the baby's lips have gone a funny colour", 'crisis', 'medicalEmergency'],
    ["she won't properly wake up", 'crisis', 'medicalEmergency'],
    ['he is trapped under the tractor', 'crisis', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'no point asking the council any more',
    'tired of living in this damp flat',
    'my hours have been cut again',
    'I cut my hair again last night',
    'I want to stop smoking for good',
    'the gun is loaded in the car for the clay shoot',
    "I'm saving up for a holiday",
    'I keep my tablets by the bed',
    'the agency has my passport to check my right to work',
    "I can't get up the stairs without my stick",
    'how long does it take to get a blue badge',
    "I've written letters to the council about the damp",
    'I want to be with my girlfriend',
    "I won't make it to the group on Tuesday, the bus is off",
    "I'm done with the form, bye",
    "my dad won't let me have the car till I pass my test",
    "we are arranging my sister's wedding abroad this summer",
    'my son drank some juice and is being sick',
    "the baby's nappy has gone a funny colour",
    'the car is stuck under the snow',
    'I have been a volunteer long enough to know the ropes',
    "I won't be here on Monday, I'm at my sister's",
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: own words for an act, abuse in the home, harm heard from outside', () => {
  it.each<Case>([
    ['he said he would end himself', 'crisis', 'suicidal'],
    ['she has a blade and says she will use it on herself', 'crisis', 'suicidal'],
    ['i keep wanting to rip my arms open', 'crisis', 'selfHarm'],
    ['i have the urge to punish my body', 'check', 'selfHarm'],
    ['i am scared of what i might do to him', 'check', 'harmToOthers'],
    ["he has a machete and says he's going to sort out the lads next door", 'crisis', 'harmToOthers'],
    ['my neighbour is threatening to kill his ex wife', 'crisis', 'harmToOthers'],
    ['before i do something to him', 'check', 'harmToOthers'],
    ['the landlord pinned me against the door', 'crisis', 'abuse'],
    ['the little ones are left alone for days', 'check', 'abuse'],
    ["i can't go home to him", 'check', 'abuse'],
    ["he'll tell the home office if i leave", 'check', 'abuse'],
    ['heard screaming and smashing from upstairs', 'check', 'abuse'],
    ['they keep her locked in', 'check', 'abuse'],
    ['if the appeal fails im going to the cliff', 'check', 'suicidal'],
    ["i don't think there's a place for someone like me in this world", 'check', 'suicidal'],
    ['why do i even bother waking up', 'check', 'suicidal'],
    ["my dad says we'd be better off once he's gone", 'check', 'suicidal'],
    ['my partner said goodbye like it was for the last time', 'check', 'suicidal'],
    ["got a plan and i'll see it through", 'check', 'suicidal'],
    ['the viaduct is looking tempting', 'check', 'suicidal'],
    ["i'm a lost cause", 'check', 'suicidal'],
    ['the coach wants my son to come to his flat alone after training', 'check', 'abuse'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'the film ended itself in a cliffhanger',
    'I want to rip the wallpaper open',
    'scared of what I might find in the loft',
    'he has a knife for carving and says he is going to sort out the Sunday roast',
    'he pinned the poster to the wall',
    'my sister was left alone in the shop for hours',
    'can I go home to change first',
    "I'll do something to the garden this weekend",
    'heard screaming from the football match next door',
    "if the bus fails I'm going to the bridge club instead",
    "I've got a plan for the allotment",
    'thinking of a way out of debt',
    'they locked in the price for a year',
    "I can't be bothered with cooking tonight",
    "I'm a lost cause at baking",
    'my son visits his dad on his own at weekends',
    "my daughter goes round to her friend's house on her own",
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: a place dwelt on, a plan gone over, goodbyes in passing, papers held for work', () => {
  it.each<Case>([
    ['took approx 30 x 500mg paracetamol an hour ago', 'crisis', 'medicalEmergency'],
    ["can't sleep, I keep thinking about the canal", 'check', 'suicidal'],
    ['living in the car, I think about the railway every night', 'check', 'suicidal'],
    ['fed up of it all. perhaps the sea would be kinder', 'check', 'suicidal'],
    ['can someone ring me back before I do something daft', 'check', 'suicidal'],
    ['I have a plan that I keep rehearsing', 'check', 'suicidal'],
    ['been working out who gets all my things', 'check', 'suicidal'],
    ['thanks for everything lads, it has been an honour knowing you all', 'check', 'suicidal'],
    ["if I don't wake up tomorrow, love you", 'check', 'suicidal'],
    ['sat here counting out my sleeping tablets again', 'check', 'suicidal'],
    ['my GP asked whether I felt safe and I lied', 'check', 'suicidal'],
    ['some days I question what the point of living is', 'check', 'suicidal'],
    ['her ex says he will set fire to the flat with her and the kids inside', 'crisis', 'abuse'],
    ['my brother threatened to torch my car', 'check', 'abuse'],
    ['the boss keeps my passport and says I owe him for the flight', 'check', 'abuse'],
    ['he took my papers, now I work for him for nothing', 'check', 'abuse'],
    ['she locks away my tablets until I do what I am told', 'check', 'abuse'],
    ["my husband's got my bank card again", 'check', 'abuse'],
    ['my son found out his girlfriend is cutting', 'check', 'selfHarm'],
    ['he had a seizure and his lips are bluey', 'crisis', 'medicalEmergency'],
    ["the baby has a rash that won't fade under a glass", 'crisis', 'medicalEmergency'],
    ['diabetic, my libre is showing HI and I feel confused', 'check', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'we think about the canal boat holiday a lot',
    'maybe the river walk is better for my knees',
    'before I do something stupid like buy another car',
    'a plan I keep going over is how to pay off the credit card',
    'it was nice knowing you were there for me',
    'my daughter told me she cuts her own fringe',
    'my lips looked bluish after the swim in the sea',
    'the meter says low battery',
    "my husband's got my car keys again, typical",
    'wondering what the point of the new forms is',
    'the landlord threatened to put the rent up',
    'my passport is with the passport office, I work for them part time',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('figures of speech a later set of authors used', () => {
  it.each([
    "my dad's going to kill me lol, I dented the car",
    'haha my wife will kill me, I bought another guitar',
    "I'll murder him, not literally, he ate my dinner",
    'got chased by a swan on the canal path this morning',
    'does the council hand out personal alarms for walking home',
    "to be dead honest I don't know what you do",
    "it's so cold in here i'm dying, any help with the heating",
  ])('leaves "%s" alone', (text) => {
    expect(outcome(text)).toBe('none');
  });

  it.each<Case>([
    ["he says he's going to kill me and he means it", 'crisis', 'abuse'],
    ['stung by a wasp and my throat is swelling up', 'crisis', 'medicalEmergency'],
    ['a man attacked me on the way home', 'crisis', 'abuse'],
  ])('still catches %s', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });
});

describe('rules widened by category: a vehicle, a cut across, a throat after food, a gun taken round', () => {
  it.each<Case>([
    ['some days I want to step in front of a bus', 'crisis', 'suicidal'],
    ['I cut down my arms last night, not deep', 'crisis', 'selfHarm'],
    ['scratched her initials into my thigh with a pin', 'crisis', 'selfHarm'],
    ['had some peanut butter and now my lips are swelling', 'crisis', 'medicalEmergency'],
    ['my husband is on the floor and not breathing properly', 'crisis', 'medicalEmergency'],
    ["he's going to take his dad's rifle round to the pub", 'crisis', 'harmToOthers'],
    ["I've finally written my letter", 'check', 'suicidal'],
    ['bought all the paracetamol for what I have decided', 'check', 'suicidal'],
    ['my ex said he would throw me down the stairs', 'crisis', 'abuse'],
    ['I put my hands round her throat when she would not stop crying', 'check', 'harmToOthers'],
    ['my carer decides whether I can have my insulin', 'check', 'abuse'],
    ['some lads are dealing out of my flat and I cannot get them out', 'check', 'abuse'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'I stood in front of the train station for ages waiting for a lift',
    'I cut along the dotted line on the form',
    'I had a cold and now my throat feels tight',
    "he's on the floor playing with the dog",
    'I wrote a note to the school about his asthma',
    "I've got a plan for saturday, going to the market",
    'taking my knife round to my mates for sharpening',
    'the kids carved pumpkins into lanterns',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: older northern voices and young voices', () => {
  it.each<Case>([
    ['how high does a multi storey need to be', 'check', 'suicidal'],
    ["what's the highest dose of sertraline a person can take", 'check', 'suicidal'],
    ['can I have my prescription early, I want a good stock in', 'check', 'suicidal'],
    ["I've given my tools away to my nephew, I won't need them", 'check', 'suicidal'],
    ['last night I tied a belt to the banister', 'crisis', 'suicidal'],
    ["I'm gonna slit my wrists", 'crisis', 'selfHarm'],
    ['thank you for everything you did for me. goodbye', 'check', 'suicidal'],
    ['a year since my wife died and I just want to be with her', 'check', 'suicidal'],
    ["since he passed I've decided I'm going to join him", 'check', 'suicidal'],
    ['I have 30 of them, is that enough to die', 'crisis', 'suicidal'],
    ['I stood on a stool with a rope last night', 'crisis', 'suicidal'],
    ['sat in the car with the engine running in the garage', 'crisis', 'suicidal'],
    ['by the time you ring me back it will be done', 'crisis', 'suicidal'],
    ['my uncle makes me sleep with his friends', 'crisis', 'abuse'],
    ['he beat my little sister with a belt', 'crisis', 'abuse'],
    ['the gangmaster keeps our passports and we cannot leave', 'check', 'abuse'],
    ['my partner checks my location all the time', 'check', 'abuse'],
    ["please don't text, in case he reads my messages", 'check', 'abuse'],
    ['my grandson is demanding my pension every week', 'check', 'abuse'],
    ['my mam has taken a fit and is still shaking', 'crisis', 'medicalEmergency'],
    ['fell off the ladder and now I cant feel my legs', 'crisis', 'medicalEmergency'],
    ['lips a bit tingly after the peanut sauce', 'check', 'medicalEmergency'],
    ['my dad took a double dose of his tablets and is very drowsy', 'crisis', 'medicalEmergency'],
    ['the baby has been hot all day and now is breathing funny', 'check', 'medicalEmergency'],
    ['got carried away with the razor again', 'check', 'selfHarm'],
    ["if he says that again I won't be responsible for what I do", 'check', 'harmToOthers'],
    ['my grandad went for my nan with his stick', 'crisis', 'harmToOthers'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'how high does the fence need to be for planning permission',
    'we are going into the sea for a charity swim on boxing day',
    'got the shotgun out of the cabinet to clean it before the shoot',
    'its the anniversary of my mums death and I want to be with my sister on the day',
    'thanks for everything, see you next week',
    'I want to get a stock of tins in for the winter',
    'my husband checks the boiler every winter',
    'I cut my hair and my lips were tingly after the dentist numbed them',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: rural, older and working-age voices', () => {
  it.each<Case>([
    ['been reading up about helium and whether it works', 'check', 'suicidal'],
    ['would drowning be painless do you think', 'check', 'suicidal'],
    ["it's six months since he went and I'm ready to join him", 'check', 'suicidal'],
    ['the canal looked so inviting on the way home', 'check', 'suicidal'],
    ['I banged my head on the door until my head was bleeding', 'check', 'selfHarm'],
    ['dig my fingernails in till it bled', 'check', 'selfHarm'],
    ['my brother has drunk antifreeze from the garage', 'crisis', 'medicalEmergency'],
    [
      'the gas alarm keeps going off and the kids are drowsy and have headaches',
      'crisis',
      'medicalEmergency',
    ],
    ['if he parks there again I swear ill swing for him', 'check', 'harmToOthers'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'we bought helium for the party balloons',
    "my daughter's moving to Spain and wants me to join her for Christmas",
    'the sea looked lovely and calm today',
    "I'm killing myself with the takeaways, I need to eat better",
    "can't breathe in the bedroom for the mould, the landlord won't come out",
    "dad died last spring, it still hits me sometimes but I'm coping",
    "he's never once laid a finger on me, he's just forgetful now",
    'bleach got on my jumper when I was cleaning the bathroom',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: voices of the south of England and the Midlands', () => {
  it.each<Case>([
    ['me just wah dead now', 'crisis', 'suicidal'],
    ["cancel the gas bill help, I won't be around to see it anyway", 'check', 'suicidal'],
    ['spent hours googling lethal doses last night', 'check', 'suicidal'],
    ["I've run right out of reasons to get up", 'check', 'suicidal'],
    ['came off my sertraline and kept them all in a tin', 'check', 'suicidal'],
    ['ive been ideating again since the break up', 'check', 'suicidal'],
    ["honestly can't see any future for me", 'check', 'suicidal'],
    ['can you overdose on amitriptyline', 'check', 'suicidal'],
    ["think I've reached the end of the road now", 'check', 'suicidal'],
    ['I just want to sleep for ever', 'check', 'suicidal'],
    ['he always has bandages round his wrists now', 'check', 'selfHarm'],
    ['urges are really strong tonight', 'check', 'selfHarm'],
    ['my boy has just swallowed a button battery', 'crisis', 'medicalEmergency'],
    ['had a satay with peanuts and her lips are all swollen up', 'crisis', 'medicalEmergency'],
    ['my heart is hammering and I feel dizzy', 'check', 'medicalEmergency'],
    ['been bringing up blood since this morning', 'check', 'medicalEmergency'],
    ['my stepdad belts my little sister', 'crisis', 'abuse'],
    ['they said if I tell anyone they will send me back', 'check', 'abuse'],
    ['the boss makes us work seven days for no money', 'check', 'abuse'],
    ['my boyfriend will not let me see my friends', 'check', 'abuse'],
    ['my husband does all the talking for me at appointments', 'check', 'abuse'],
    ['my son keeps my bank card and gives me 20 a week', 'check', 'abuse'],
    ["I can't talk long, he is downstairs", 'check', 'abuse'],
    ["cant talk long, he's in the next room", 'check', 'abuse'],
    ['I left my ex in March but he keeps turning up at the school', 'check', 'abuse'],
    ['my girlfriend gets nasty and I have had a few black eyes', 'check', 'abuse'],
    ['I have to ask my husband for my own money', 'check', 'abuse'],
    ['he smashes plates when hes drunk', 'check', 'abuse'],
    ['my lad has a burner phone and wads of cash', 'check', 'abuse'],
    ['money keeps going missing from my nans purse', 'check', 'abuse'],
    ["one more party next door and I'll go round there with a bat", 'check', 'harmToOthers'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'we will be around to pay the deposit on Friday',
    'I am studying research methods at college',
    'we are looking up car boot sales for Sunday',
    'the passive ideation has gone since I started therapy',
    'the dishwasher tablet packet says keep away from children',
    'my hand cream with nut oil makes my skin soft',
    'my heart races when I see a spider but I am fine',
    'the cat has scratched my arms again, she hates the vet',
    'my husband usually comes to my appointments because I cannot drive',
    'I had a chest pain scare in the summer, all fine now',
    'the landlords not responding about the damp and my son has asthma',
    'chopped onions with my new knife and a chopping board for the stew',
    'the kids want to throttle everyone when they are tired',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: disabled people, long-term conditions, Deaf signers and teenagers', () => {
  it.each<Case>([
    ['Tired all. Want die now.', 'crisis', 'suicidal'],
    ["I can't see the point in fighting it any more", 'check', 'suicidal'],
    ['need a good home for my cats, then I can rest.', 'check', 'suicidal'],
    ["when the nurse goes I'll take the dressing off the picc and pull it out", 'check', 'selfHarm'],
    ["I won't need the review, I've made up my mind", 'check', 'suicidal'],
    ['leave my body to science soon', 'check', 'suicidal'],
    ['gutted I woke up again', 'check', 'suicidal'],
    ['the voices keep telling me to walk into the sea', 'crisis', 'suicidal'],
    ['he wants to stop living', 'crisis', 'suicidal'],
    ['if you stop eating and drinking is it peaceful', 'check', 'suicidal'],
    ['I want out of it all', 'check', 'suicidal'],
    ['taken nothing yet', 'check', 'suicidal'],
    ['dying sounds like a relief tbh', 'check', 'suicidal'],
    ['how can I hide the cuts on my arms', 'check', 'selfHarm'],
    ['wearing long sleeves in a heatwave again', 'check', 'selfHarm'],
    ['put butterfly strips on, did it to myself', 'check', 'selfHarm'],
    ['they make me work to pay off the rent they say I owe', 'check', 'abuse'],
    ['the care workers keep not giving dad his insulin', 'check', 'abuse'],
    ["things at home aren't safe", 'check', 'abuse'],
    ['a coach keeps texting my daughter late at night', 'check', 'abuse'],
    ['my 14 year old says her boyfriend is 23', 'check', 'abuse'],
    ['he said unless I sleep with him I lose my room', 'crisis', 'abuse'],
    ['she flinches whenever I lift my hand', 'check', 'abuse'],
    ['his lips are turning grey', 'crisis', 'medicalEmergency'],
    ['my stoma looks really black', 'check', 'medicalEmergency'],
    ['shaky and sweaty, had my insulin but skipped lunch', 'check', 'medicalEmergency'],
    ['grandad had a fall and he is not moving', 'crisis', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    "my visa runs out in june, I'm stressed but I have a plan",
    'I wrote down what I want out of life',
    'I want to die my hair purple',
    'I had a seizure at work last month, fine since',
    'taking my life in a new direction this year',
    'I stopped self harming years ago and want to volunteer',
    'mum took my phone off me for being late',
    'I get shaky if I skip breakfast, can I join a cooking class',
    'can you help me email the landlord, he is not responding about the damp',
    'long sleeves in winter because I feel the cold',
    'my lips went blue in the sea at Whitby',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: late nights, hostels and probation; staff, faith and bereaved parents', () => {
  it.each<Case>([
    ['thinking of jumping off the clifton suspension bridge tonight', 'crisis', 'suicidal'],
    ['nearly stepped in front of the 6.15 this morning', 'crisis', 'suicidal'],
    ['wrote letters to my boys last night, just in case', 'check', 'suicidal'],
    ['this is the last message anyone will get from me', 'crisis', 'suicidal'],
    ['wish the tumour would just hurry up', 'check', 'suicidal'],
    ['i want out of this life', 'crisis', 'suicidal'],
    ['i just wnat it all to stop', 'check', 'suicidal'],
    ['put enough of my oramorph aside for when I need it', 'check', 'suicidal'],
    ['sat in the garage with the engine running', 'crisis', 'suicidal'],
    ['every part of me wants to end it', 'crisis', 'suicidal'],
    ['ready to meet my maker, sorted the paperwork', 'check', 'suicidal'],
    ['asking God every single night to take me', 'check', 'suicidal'],
    ['dont trust myself near the river tonight', 'crisis', 'suicidal'],
    ['would it hurt if I took all of them at once', 'check', 'suicidal'],
    ['six months clean of cutting and I relapsed', 'crisis', 'selfHarm'],
    ['I keep picking at the stitches so they wont heal', 'check', 'selfHarm'],
    ['carved letters into my arm last night', 'crisis', 'selfHarm'],
    ['going round his flat with a bat tonight', 'crisis', 'harmToOthers'],
    ['I swear I will do something I regret', 'check', 'harmToOthers'],
    ['he says he will kill the kids if I go', 'crisis', 'abuse'],
    ['she says I can stay if I sleep with her mate', 'crisis', 'abuse'],
    ['they still say I owe them for the van and the room', 'crisis', 'abuse'],
    ['my pension goes into his account and he gives me 20 pound a week', 'check', 'abuse'],
    ['he put his hands on me again', 'crisis', 'abuse'],
    ['my waters have gone and there is nobody here', 'crisis', 'medicalEmergency'],
    ['temperature of 39 and shivering, had chemo on monday', 'crisis', 'medicalEmergency'],
    ['his meter just says LO and he is not making sense', 'crisis', 'medicalEmergency'],
    ['baby is making a grunting noise when he breathes', 'crisis', 'medicalEmergency'],
    ['ate a prawn cracker and my lips are swelling up', 'crisis', 'medicalEmergency'],
    // Medicine kept plainly is asked about; kept hidden or for a time, it is the full reply.
    ["i've got a box of tablets in my bedside drawer, just in case", 'check', 'suicidal'],
    ['been hiding a box of my co-codamol in the shed for when', 'crisis', 'suicidal'],
    ["I've got 60 co-codamol in the cupboard", 'check', 'suicidal'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    "my nan says I'll be the death of her with my music",
    'I deal with death every day at work, I just want a hobby',
    'thought I was going to die on that bike ride, any beginners cycling group?',
    'our defence is suicidal this season',
    'I wrote a list of what I want out of life',
    'I went bungee jumping off a bridge for charity',
    'I took all my tablets this morning like the doctor said',
    'my inhaler is not working as well, seeing the asthma nurse on Tuesday',
    "it's like banging my head against a brick wall with the council",
    "I've planned my own funeral so the kids don't have to",
    'I have a box of paracetamol in the cupboard for my back',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: parents and carers, the perinatal months, recovery, the trades and the coast', () => {
  it.each<Case>([
    ['i keep thinking about the railings on the top deck', 'check', 'suicidal'],
    ['is co-codamol a painless way to go', 'check', 'suicidal'],
    ['i have a plan for tonight and the kids are at their nans', 'crisis', 'suicidal'],
    ['part of me hopes my heart just stops in my sleep', 'check', 'suicidal'],
    ['wrote out a list of who gets what', 'check', 'suicidal'],
    ["I've been standing on the tamar bridge for an hour", 'crisis', 'suicidal'],
    ['been thinking about logging off permanently', 'check', 'suicidal'],
    ['if it wasnt for the dog id have gone already', 'check', 'suicidal'],
    ['how to tie knots, not for the boat', 'crisis', 'suicidal'],
    ['I want to drive to the sea and keep going', 'crisis', 'suicidal'],
    ['I dig my nails into my arms till they bleed', 'check', 'selfHarm'],
    ['cut again tonight, first time in a year', 'crisis', 'selfHarm'],
    ["if he comes round again I'm putting him through the window", 'crisis', 'harmToOthers'],
    ['I keep fantasising about putting a pillow over her face', 'crisis', 'harmToOthers'],
    ['the landlord says I can pay in other ways', 'crisis', 'abuse'],
    ['my cousin is 14 and her boyfriend is 27', 'crisis', 'abuse'],
    ['the gaffer keeps our passports and makes us sleep in the van', 'check', 'abuse'],
    ['my husband grabbed my throat last night', 'crisis', 'abuse'],
    ["I haven't felt the baby move since yesterday", 'crisis', 'medicalEmergency'],
    ['his face has gone down on one side', 'crisis', 'medicalEmergency'],
    ['my toddler got into my methadone', 'crisis', 'medicalEmergency'],
    ['think i took too much, everything is spinning', 'crisis', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'Suicide Squad is on later, then bed',
    'got battered at darts again last night',
    'no point going on about it, can I see someone about the bills',
    "I won't be around next week, we're away to Skye",
    'I lost a lot of blood when I had my son, fine now',
    'the agency has my passport to check my right to work',
    'keep thinking about the lighthouse walk we did, any walking groups?',
    'we stood on the clifton bridge for photos on holiday',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: guarded writers, exploitation and failing businesses; terminal illness, grief and dictation', () => {
  it.each<Case>([
    ['sorting the accounts so my husband isnt left with my mess after', 'check', 'suicidal'],
    ['not like my calendar is going to be full for much longer', 'check', 'suicidal'],
    ['tuesday is fine, if im still about', 'check', 'suicidal'],
    ['the payout is worth more than i am worth alive', 'crisis', 'suicidal'],
    ['there is a belt over the door of the box room', 'crisis', 'suicidal'],
    ['been sitting in my car in the garage with the door shut', 'crisis', 'suicidal'],
    ['would it be easier with insulin', 'check', 'suicidal'],
    ['ive been saving them all and ive got them all saved up now', 'check', 'suicidal'],
    ['I pray God takes me in my sleep', 'check', 'suicidal'],
    ['I have been thinking about sue aside since the funeral', 'crisis', 'suicidal'],
    ['if it is no better by spring i am finishing it myself', 'crisis', 'suicidal'],
    ['if you text, pretend to be the dentist please', 'check', 'abuse'],
    ['my phone gets checked every night so keep it vague', 'check', 'abuse'],
    [
      'they want me to marry my cousin and im pushing back but they are forcing me to marry',
      'crisis',
      'abuse',
    ],
    ['the boss keeps our passports and takes our wages for the room', 'crisis', 'abuse'],
    ['some lads use my flat to sell from and i cant get them out', 'crisis', 'abuse'],
    ['he decides what i eat and who i talk to', 'check', 'abuse'],
    ['i pressed a hot iron on my leg last night', 'crisis', 'selfHarm'],
    ['been sat outside his house with a bat in my boot', 'crisis', 'harmToOthers'],
    ['the inhaler isnt doing anything and my breathing is getting worse', 'crisis', 'medicalEmergency'],
    ['grandad fell down the stairs, hes 90 and not answering me properly', 'crisis', 'medicalEmergency'],
    ['she has taken something and wont tell me what', 'crisis', 'medicalEmergency'],
    ['I am being forced into a marriage next month', 'crisis', 'abuse'],
    ["since my son's suicide I want to do the same thing", 'crisis', 'suicidal'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it('asks a relative whether someone is in danger, not whether someone is hurting them, past a possessive', () => {
    for (const text of [
      "my granddaughter's boyfriend is much older and gives her vapes and money",
      'my granddaughter comes back with new phones and money and wont say where from',
    ]) {
      const screened = screenMessage({ text, locale: 'en-GB' });
      expect(screened.outcome).toBe('check');
      expect(screened.question).toBe('someoneInDanger');
    }
  });

  it('asks the writer about their own life when affairs are put in order for the family', () => {
    for (const text of [
      'sorting the cafe accounts so my wife isnt left with my mess after',
      'not like my diary is going to be full much longer, my son says',
    ]) {
      const { assessment } = screenMessage({ text, locale: 'en-GB' });
      expect(assessment.possibleSubjects).toEqual(['self']);
      expect(checkQuestionFor('suicidal', assessment.possibleSubjects)).toBe('endingLife');
    }
  });

  it.each([
    'my inhaler isnt working as well since the winter, asthma review please',
    'On chemo, well in myself, no temp, can I get help with the ESA form',
    'the lads from work moved in for the weekend to help paint and never left the pub lol',
    'he reads everything on the football pages, can he join a walking football group',
    'we hung the washing line over the door frame to dry',
    'my dog lead snapped, not for the dog shop but any dog walking groups?',
    "the anniversary of my dad's suicide was in March, is there a bereavement group",
    'my aunt had a forced marriage when she was young, I want to volunteer with a charity',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: the edges of services, online harm and money shocks', () => {
  it.each<Case>([
    ['honestly cant picture myself getting old', 'check', 'suicidal'],
    ['i dont plan on making it to 30', 'check', 'suicidal'],
    ['the council says 6 weeks, i dont think ive got 6 weeks in me', 'check', 'suicidal'],
    ['please cancel all my appointments, i wont need them', 'check', 'suicidal'],
    ['lost the lot on crypto, ive written my wife a letter', 'check', 'suicidal'],
    ['keep thinking about driving into a lorry on the way home', 'crisis', 'suicidal'],
    ['bought 4 packs of paracetamol today from different shops', 'check', 'suicidal'],
    ['what would it feel like to drown', 'check', 'suicidal'],
    ['voices keep telling me to kill myself', 'crisis', 'suicidal'],
    ['sorry everybody, it was never your fault. goodbye', 'crisis', 'suicidal'],
    ['bridge or train, cant decide', 'check', 'suicidal'],
    ['my cuts are still open, any plasters that dont show', 'check', 'selfHarm'],
    ['need steri strips. dont ask', 'check', 'selfHarm'],
    ['my ex keeps getting into my email even after i changed it', 'check', 'abuse'],
    ['he has put an airtag in my car i think', 'check', 'abuse'],
    ['a man says he will post a video of me unless i pay', 'crisis', 'abuse'],
    ['my daughter is 14 and has a secret phone we never bought her', 'check', 'abuse'],
    ['the loan shark has my bank card and pin', 'crisis', 'abuse'],
    ['they say i can work off what i owe by keeping bags at mine', 'check', 'abuse'],
    ['i cant go back to the hostel, hes waiting outside', 'crisis', 'abuse'],
    ['he films me getting changed and laughs', 'crisis', 'abuse'],
    ['my son is letting them run money through his account', 'crisis', 'abuse'],
    ['my boyfriend shook the baby last night because she would not settle', 'crisis', 'harmToOthers'],
    ['i swear i will stab the next person who looks at me', 'crisis', 'harmToOthers'],
    ['my toddler swallowed one of my methadone tablets', 'crisis', 'medicalEmergency'],
    ['my chest is tight and my left arm has gone numb', 'crisis', 'medicalEmergency'],
    ['took double my lithium and now im being sick', 'check', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'cold enough to kill you out there today',
    'Dear Sir or Madam, my mother passed away peacefully, is there a bereavement group',
    "I'm going to jump off the top board at the pool this summer",
    'any climbing groups? I have my own ropes and harness',
    'online banking has locked me out again, where can I use a computer',
    'watched a programme about sextortion, is there a talk for parents',
    'got hay fever and im dying here, any tablets without a prescription',
    'my cousin got stabbed last year, he is fine now but I still want to talk about it',
    "I'd sooner die than go on that coach trip again lol",
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: men who rarely ask, stroke survivors and other Englishes', () => {
  it.each<Case>([
    ['i have the tablets here and i cant keep going like this', 'crisis', 'suicidal'],
    ['To whoever finds this, the dog needs walking', 'crisis', 'suicidal'],
    ['I do not intend to be here after Christmas, please thank the nurses', 'crisis', 'suicidal'],
    ['the voices keep telling me to jump', 'crisis', 'suicidal'],
    ['sold my guitar, gave my coat away, feel calm for once', 'check', 'suicidal'],
    ['out on the boat at dawn, not planning on coming back', 'check', 'suicidal'],
    ['would be kinder to everyone if i was gone', 'check', 'suicidal'],
    ['me just waan lie down an nuh wake up', 'check', 'suicidal'],
    ['my missus bit me again last night', 'crisis', 'abuse'],
    ['got hit with a frying pan, not a big deal', 'crisis', 'abuse'],
    ['the gaffer holds my passport and says we get paid when the debt is cleared', 'crisis', 'abuse'],
    ['she hides my insulin when we argue', 'check', 'abuse'],
    ['he changed the password on my phone so i cant ring anyone', 'check', 'abuse'],
    ['my brother is stood there with a knife saying hell stab him', 'crisis', 'harmToOthers'],
    ['she shook baby when it would not stop crying', 'crisis', 'harmToOthers'],
    ['going to do him in, i mean it', 'crisis', 'harmToOthers'],
    ['dad cant get his words out, all jumbled, and his arm has gone weak', 'crisis', 'medicalEmergency'],
    ['banged my head on the cupboard, on warfarin, feel a bit muddled', 'crisis', 'medicalEmergency'],
    ['cant feel my legs properly and cant wee since this morning', 'crisis', 'medicalEmergency'],
    ['my little girl has a temp of 40 and is floppy', 'crisis', 'medicalEmergency'],
    ['drank a bottle of vodka and took some of my sleeping tablets', 'crisis', 'medicalEmergency'],
    ['burnt my arm on the iron on purpose', 'crisis', 'selfHarm'],
    ['how do I hide the cuts for swimming tomorrow', 'check', 'selfHarm'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'my 5 year old keeps hitting his brother, any parenting groups?',
    'thinking of getting into deer stalking, any groups',
    'saw a documentary about male suicide, is there training to help my mates',
    'my sister was in an abusive relationship years ago, she wants to volunteer now',
    "I'll strangle him if he leaves the gate open again, the dog I mean",
    'dead chuffed with my allotment this year',
    'gonna hang myself a new shelf this weekend, any DIY groups',
    'had chest pain last week and the doctor said it was muscular, can I join the gym group',
    'always got a knife on me for the bait when I go sea fishing',
    'can you shake baby bottles to mix the formula',
    'Corrie had a man jumping off a bridge last night, what a storyline. anyway, the leaflet please',
    'the questionnaire asked about suicidal thoughts and I dont have any, just tired all the time',
    // Read again against everyday meanings after the sealed split's twenty-first reading.
    "I've got the tablets here but which one is for the morning?",
    'by the time you get this the form will be late, sorry',
    "I'm a danger to myself in the kitchen lol",
    'left a note saying sorry for the mess for next door',
    'bought a rope online for the tyre swing',
    'going up to the top floor after lunch for my appointment',
    "my toddler bites me when he's teething",
    'my dog licks me every morning, best alarm clock',
    "he'll kill me for forgetting the milk",
    'my job makes me carry heavy things all day',
    'I pushed my dad round the park in his wheelchair today',
    'this heat is going to do him in',
    'next time I wont stop at that chippy',
    'I could honestly kill someone for a cuppa',
    'can I take the kids with me when I go?',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: trades that know the means, and answers to the chat’s own questions', () => {
  it.each<Case>([
    ['I keep thinking about using the stuff from the drugs cupboard on myself', 'crisis', 'suicidal'],
    ['been putting some pentobarbital aside for me', 'crisis', 'suicidal'],
    ['Co-codamol 30/500, 40 tabs and my dads oramorph. Enough?', 'check', 'suicidal'],
    ['I had the shotgun barrel against my chin in the barn', 'crisis', 'suicidal'],
    ['emptied every tablet in the house into one bowl', 'crisis', 'suicidal'],
    ['dont trust myself near the controlled drugs on nights', 'check', 'suicidal'],
    ['there is a rope in my van, always is now', 'crisis', 'suicidal'],
    ['monday works. thats when im going to do it anyway', 'crisis', 'suicidal'],
    ['thanks, youre the last person ill speak to', 'crisis', 'suicidal'],
    ['as a theatre nurse I know exactly what a large dose of that does', 'check', 'suicidal'],
    ['sat in the car park most nights working up the nerve to go to the bridge', 'check', 'suicidal'],
    ['is it true nobody survives a fall from ten floors', 'check', 'suicidal'],
    ['my sister can have my dog when im gone', 'check', 'suicidal'],
    ['whenever, I wont be around to need the reminder', 'check', 'suicidal'],
    ['the pottery one, if im still alive by then', 'check', 'suicidal'],
    ['cutting right now', 'crisis', 'selfHarm'],
    ['been using a blade on myself again', 'crisis', 'selfHarm'],
    ['not the swimming group, people will see my arms', 'check', 'selfHarm'],
    ['he threw me across the bedroom last night', 'crisis', 'abuse'],
    ['my landlord says the rent could be paid other ways', 'crisis', 'abuse'],
    ['my tutor says my grades depend on how friendly I am', 'check', 'abuse'],
    [
      'he keeps his rifle cleaned in front of me and says that is what happens to people who tell',
      'crisis',
      'abuse',
    ],
    ['text me, he listens to my voicemails and will kick off', 'check', 'abuse'],
    ['ring the landline, he broke my phone', 'check', 'abuse'],
    ['my brother is in the street with a machete shouting at the neighbours', 'crisis', 'harmToOthers'],
    ['I keep getting pictures of dropping the baby', 'check', 'harmToOthers'],
    [
      'got sprayed with pesticide at work and now I keep throwing up and my vision is blurry',
      'crisis',
      'medicalEmergency',
    ],
    ['my sons grazed knee has gone hot and angry and now he is shivering', 'crisis', 'medicalEmergency'],
    ['been stung by a wasp and now wheezing', 'crisis', 'medicalEmergency'],
    ['I think I just had a seizure at my desk', 'crisis', 'medicalEmergency'],
    ['fell off the ladder onto the patio and cant move my legs', 'crisis', 'medicalEmergency'],
    ['soaking through pads every hour and feel faint', 'crisis', 'medicalEmergency'],
    ['my baby is three weeks old and has a temperature of 38.2', 'crisis', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'Our reading group picked a thriller where the detective gets poisoned, I probably wont finish it',
    'changing the light fitting in the hall this weekend',
    'the kids loved the fake blood at the halloween party',
    'I ran 10k for the sepsis trust last month',
    'did the zero suicide alliance course at work, really good',
    'my son made a short film about suicide for his media coursework',
    'he stalks deer on the estate at weekends',
    'did my ligature training today, all fine',
    "I'm not allowed out much at the moment because I'm on chemo",
    'if I get one more letter from the council I will throw myself off the sofa lol',
    'took my tablets twice by accident and the pharmacist said it was fine',
    'the doctor asked if I had thoughts of hurting anyone and I said only the pigeons',
    'I use lancets on myself for my blood sugars',
    'got 20 tablets left, will that be enough till the new prescription',
    'we are checking out early from the caravan on Friday',
    'he took my phone to get the screen fixed',
    'my job makes me deliver parcels to other towns all day',
    'I keep my tablets by the kettle so I remember them',
    'I dont think Ill be around on Friday, can we do Monday',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: someone else’s warning signs, and the first days after a life event', () => {
  it.each<Case>([
    [
      'my uncle keeps telling people he has made his peace, and he gave his dog to the lady downstairs',
      'check',
      'suicidal',
    ],
    [
      'my nan has been sorting out who gets her rings and she said goodbye to me like she was going away for good',
      'check',
      'suicidal',
    ],
    ['my friend posted thanks for everything on her story and now her phone is off', 'check', 'suicidal'],
    ["she keeps saying she'll be joining him soon, he died in march", 'check', 'suicidal'],
    ['since grandad passed my gran says she wants to go to heaven to be with him', 'check', 'suicidal'],
    ['he told me he has figured out the exit', 'check', 'suicidal'],
    ['my flatmate keeps saying her kids would be better off with their dad', 'check', 'suicidal'],
    ['my brother tried last year and I think he might try something again', 'check', 'suicidal'],
    ['he googled charcoal and tents last night and he has never camped in his life', 'check', 'suicidal'],
    ['my partner sat in the garage with the engine running and the door shut again', 'crisis', 'suicidal'],
    ["my son is sitting on the balcony railing and won't come in", 'crisis', 'suicidal'],
    ['my dad has said he is going to stop eating and drinking until he dies', 'crisis', 'suicidal'],
    ['she took her razors into the bathroom and locked the door', 'crisis', 'suicidal'],
    ["since the diagnosis I'd rather go now while I can still choose how", 'crisis', 'suicidal'],
    ["I'll just end things myself before it gets bad", 'crisis', 'suicidal'],
    [
      'the plan never went away, I just stopped talking about it so they would let me out',
      'crisis',
      'suicidal',
    ],
    ['i dont want to survive the next one', 'crisis', 'suicidal'],
    ["I've decided this is when", 'crisis', 'suicidal'],
    ['what dose of paracetamol actually wrecks your liver', 'crisis', 'suicidal'],
    ["I'm stockpiling.", 'check', 'suicidal'],
    ['no one would notice for days if i went tonight', 'check', 'suicidal'],
    ["I'm putting the tablets by the bed in case I decide", 'check', 'suicidal'],
    ['i did something stupid with my tablets earlier', 'crisis', 'medicalEmergency'],
    ["he took his whole week's blister pack at once", 'crisis', 'medicalEmergency'],
    ["my sister's boyfriend has been going into her room at night, she's 10", 'crisis', 'abuse'],
    ['he did my wrist last night', 'check', 'abuse'],
    ['found an airtag under my car seat', 'check', 'abuse'],
    ['not safe to talk', 'check', 'abuse'],
    ["he won't give me back my passport", 'check', 'abuse'],
    ['got the blade back out tonight', 'crisis', 'selfHarm'],
    ['found a pencil sharpener with the blade taken out in her bag', 'check', 'selfHarm'],
    ['the burning helps', 'check', 'selfHarm'],
    [
      'my friend is sharpening the kitchen knives and says she will kill him if he comes near',
      'crisis',
      'harmToOthers',
    ],
    ['I know where he parks and I could actually hurt him', 'check', 'harmToOthers'],
    ["I lost it with dad today and shook him, he's 88", 'crisis', 'harmToOthers'],
    ["dad has been sick and there's blood in it", 'crisis', 'medicalEmergency'],
    [
      "the baby hasn't had a wet nappy since last night and she is really sleepy",
      'crisis',
      'medicalEmergency',
    ],
    ['my breath smells like pear drops and I keep being sick', 'crisis', 'medicalEmergency'],
    ['her arm went numb and her speech went funny', 'crisis', 'medicalEmergency'],
    ['mum is really confused and feels hot to touch', 'crisis', 'medicalEmergency'],
    ['my landlord said I could pay my rent another way', 'crisis', 'abuse'],
    ['the lady I care for says her husband went for me with his walking stick', 'crisis', 'abuse'],
    ["he's going to drive into the back of a lorry, he's taken the keys", 'check', 'suicidal'],
    ['she can only get a few words out and her inhaler is not touching it', 'crisis', 'medicalEmergency'],
    ['I keep thinking about the reservoir since the letter came', 'check', 'suicidal'],
    ['soaking a pad every 15 minutes', 'crisis', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'my mum has terminal cancer and is putting her affairs in order, could she get a befriender',
    'dad has made his peace with the diagnosis and wants a walking group',
    'my son posted thanks for everything on his story after the football presentation',
    'she wants to be with him at the weekend, they have only just met',
    'my gran is joining us for christmas',
    "I've figured out the bus route to the library",
    'the kids would be better off with their dad on tuesdays because of his shifts',
    'my daughter might try something new this term, like drama',
    'my husband always leaves the engine running to warm the car up on the drive',
    'the balcony railing is loose, can the council fix it',
    "I'd rather go now while the weather is good",
    'the plan is still there on the fridge',
    "I've decided this is where I want to volunteer",
    "I'm stockpiling tins for the winter",
    "I did something silly with my tablets, took the morning ones at night, pharmacist said it's fine",
    'he did my hair for the wedding',
    "found an airtag on my keys, I put it there myself so I don't lose them",
    'the burning helps my back, I mean the deep heat',
    'I sharpened the kitchen knives for my mum',
    "she keeps biting my hands, she's teething",
    'I banged my head on the cupboard door',
    'I got the blade out to open the parcel',
    "I know where he parks, so I'll leave the form on his windscreen",
    "my cat brought a mouse in and there's blood on the rug",
    'the baby has had lots of wet nappies today',
    'my breath smells of garlic',
    'my mum is confused about her appointments',
    'dad was sick last night after the curry',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: plain, Deaf and dyslexic writers, and late nights, benefits and pain', () => {
  it.each<Case>([
    ['Deaf. I want finish life. Pills many.', 'crisis', 'suicidal'],
    ['i fink about sewerside and the tablits are in my draw', 'crisis', 'suicidal'],
    ['I kill me', 'crisis', 'suicidal'],
    ['been sat in the garage with the hosepipe for an hour', 'crisis', 'suicidal'],
    ['im not going to do anything tonight but i cant promise tomorrow', 'crisis', 'suicidal'],
    ['been planning how to get out of all of it for good', 'crisis', 'suicidal'],
    ['is there a number for if youre on the ledge', 'crisis', 'suicidal'],
    ['thinking of necking the whole bottle of oramorph', 'crisis', 'suicidal'],
    ['ive attempted before and i feel like trying again', 'crisis', 'suicidal'],
    ['Deaf. Want stop all. Tired.', 'check', 'suicidal'],
    ['dont see the point of waking up tomorrow', 'crisis', 'suicidal'],
    ['cancel my appointment next week please, i wont be around', 'check', 'suicidal'],
    ['wrote a goodbye on facebook then deleted it', 'check', 'suicidal'],
    ['i dont think ill make it to my next appointment', 'check', 'suicidal'],
    ['who would take my dog if i wasnt here', 'check', 'suicidal'],
    ['the gun cabinet at work, ive been looking at it differently', 'check', 'suicidal'],
    ['if i disappeared would anyone even notice', 'check', 'suicidal'],
    ['Deaf girl. I cut arm. Now.', 'crisis', 'selfHarm'],
    ['6 months clean from cutting and tonight i really want to', 'crisis', 'selfHarm'],
    ['razor. not to die. just to stop feeling', 'crisis', 'selfHarm'],
    ['hes locked the doors and taken my phone', 'crisis', 'abuse'],
    ['he said he would throw acid if i leave', 'crisis', 'abuse'],
    ['the lads say i pay rent by doing jobs for them', 'crisis', 'abuse'],
    ['my boyfriend gives me money when im good', 'check', 'abuse'],
    ['she says who i can text', 'check', 'abuse'],
    ['they told me i have to keep quiet', 'check', 'abuse'],
    ['i am so scared of what ill do to the baby', 'crisis', 'harmToOthers'],
    ["I grabbed mum too hard and I'm frightened I'll do worse", 'crisis', 'harmToOthers'],
    ['next time i go in there im taking something with me', 'check', 'harmToOthers'],
    ['my tongue is all thick and my throat is tight', 'crisis', 'medicalEmergency'],
    ['wife fell on the floor and wont wake up', 'crisis', 'medicalEmergency'],
    ['drank loads and took diazepam and my breathing is slow', 'crisis', 'medicalEmergency'],
    ['my arm wont lift and my mouth feels wrong', 'crisis', 'medicalEmergency'],
    ['he said goodbye and now i keep thinking about the canal', 'check', 'suicidal'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'I want to finish my life story for the writing group',
    'I want to stop all the paper letters and go online',
    "I don't see the point of the new bus timetable",
    "please cancel my appointment next week, I won't be around as I'm on holiday",
    'I wrote a note to the school then deleted it',
    'who would take my dog if I was in hospital for a week',
    'if I disappeared for a weekend would anyone at work notice, ha',
    'I cut my arm on the bramble bush',
    "I'm 6 months clean from smoking and want to join the running club",
    'he locked the doors when we went on holiday',
    'my neighbour says she will throw a party when I leave',
    "my mum gives me money when I'm good at saving",
    'I have to keep quiet in the library',
    "I'm scared of what I'll do when I retire, I get bored",
    "next time I go in there I'm taking a list with me",
    'my tongue is sore from a mouth ulcer',
    'I drank loads of water and my breathing is fine now',
    "my arm won't lift above my shoulder since the frozen shoulder",
    'thinking about the canal walk on Sunday',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: parents about their children, and long-term conditions in their own words', () => {
  it.each<Case>([
    ["I've come off my dialysis on purpose", 'crisis', 'suicidal'],
    ['he keeps saying he will pull his hickman line out and be done with it', 'crisis', 'suicidal'],
    ['what happens if i just stop my insulin for good', 'check', 'suicidal'],
    ["some days I don't bother treating my hypos, just wait and see what happens", 'check', 'suicidal'],
    ['honestly I hope the next seizure takes me', 'check', 'suicidal'],
    ["tell the renal unit I won't be coming to dialysis anymore", 'check', 'suicidal'],
    ['i keep thinking about injecting all my pens at once', 'crisis', 'suicidal'],
    [
      'nearly dialled the pen up to 90 units last night, insulin is the way i would do it',
      'crisis',
      'suicidal',
    ],
    ['if I took all 60 of my bisoprolol would that do it', 'crisis', 'suicidal'],
    ['been saving my morphine instead of taking it', 'crisis', 'suicidal'],
    ["my lad's stood on the motorway bridge and won't come down", 'crisis', 'suicidal'],
    ['she walked out with a box of my tablets and says she is never coming back', 'crisis', 'suicidal'],
    ['my son texted sorry mum and now his phones off', 'check', 'suicidal'],
    ['my daughter said she wishes she had never been born', 'check', 'suicidal'],
    ['he told me he cant see himself getting to 20', 'check', 'suicidal'],
    ['all the blades are gone from the razors in the bathroom', 'check', 'selfHarm'],
    ['found a razor blade hidden under her pillow', 'check', 'selfHarm'],
    ['my girl has carved his name into her arm', 'crisis', 'selfHarm'],
    ['keeps going missing for days and comes back with cash and new trainers', 'check', 'abuse'],
    ['some older lad gave my son a burner phone and says he has to answer it', 'check', 'abuse'],
    ['my 14 year old is seeing a 22 year old boyfriend', 'check', 'abuse'],
    ['my ex-partner slaps my son really hard round the ear', 'crisis', 'abuse'],
    ["I think he's giving the baby something to make her sleep", 'check', 'abuse'],
    ['my husband makes me miss chemo so I can look after his mum', 'crisis', 'abuse'],
    ['now her carer wont let anyone in to see her', 'check', 'abuse'],
    ['my son says he is going to take his brothers knife into school', 'crisis', 'harmToOthers'],
    ['cannot stop having thoughts about hurting my newborn', 'check', 'harmToOthers'],
    ['no respite in months, I will end up doing something to him', 'check', 'harmToOthers'],
    ['his fit has been going on for 6 minutes', 'crisis', 'medicalEmergency'],
    ['ketones are 5.2 and I keep being sick', 'crisis', 'medicalEmergency'],
    ['on warfarin and his nose has been pouring for an hour', 'crisis', 'medicalEmergency'],
    ['had chemo on monday and my temperature is 38.4', 'check', 'medicalEmergency'],
    ['my toddler fell off the bunk bed and now i cant keep him awake', 'crisis', 'medicalEmergency'],
    ['my 6 week old feels hot and is off her milk', 'check', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'I stopped my statins on the consultants advice',
    'what happens if I miss the dialysis bus, can the link worker help',
    'I take all my tablets together with breakfast',
    'my pen dials up to 80 units which is handy',
    'we went to the level crossing to watch the steam train',
    'my son texted sorry mum, running late, on the bus now',
    'she wears long sleeves even in the heat because of her eczema',
    'he comes back from scouts with new badges every week',
    'the older lads pick him up for football on saturdays',
    'the baby gets rough with the cat, any toddler groups',
    'my husband drives me to chemo every week, he is brilliant',
    "my daughter's carer won't let anyone in the kitchen while she cooks",
    'my son took his knife and fork into school for food tech',
    'ketones were 0.4 this morning, all fine',
    'had chemo on monday, feeling tired but no temperature',
    'my 6 week old is due her jabs, any baby groups near us',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: people who joke it off, and pregnancy, birth, loss and midlife', () => {
  it.each<Case>([
    ["I'm taking the whole lot of my dad's oramorph tonight haha", 'crisis', 'suicidal'],
    ['planning to swallow everything in the medicine cupboard lol', 'crisis', 'suicidal'],
    ['got the pills, got the vodka. sorted 😂', 'crisis', 'suicidal'],
    ['the car is in the woods with the engine running and a hose in the window', 'crisis', 'suicidal'],
    ['kept every codeine from after the op. tonight im taking them all', 'crisis', 'suicidal'],
    ['going up to the cliffs on sunday and not coming back', 'crisis', 'suicidal'],
    ['I know where the keys for the gun cabinet are kept now', 'check', 'suicidal'],
    ['what if i just stepped in front of the train, keeps popping into my head', 'check', 'suicidal'],
    ["if they told me I had cancer I'd be relieved tbh", 'check', 'suicidal'],
    ['wouldnt complain if the plane came down on the way home lol', 'check', 'suicidal'],
    ['i would rather not be around tbh', 'check', 'suicidal'],
    ["think I'd quite like to never wake up, not in a dramatic way", 'check', 'suicidal'],
    ['lost our little girl at 20 weeks and I just want to go and be with the baby', 'check', 'suicidal'],
    ['relapsed with the blade after 3 months clean lol', 'crisis', 'selfHarm'],
    ["tried cutting to calm down, didn't help, so did more", 'crisis', 'selfHarm'],
    ['no point sorting my pension, not planning on being around that long lol', 'check', 'suicidal'],
    ['I scratch my arms till it bleeds when it gets too much', 'crisis', 'selfHarm'],
    ['bit too friendly with the razor this week', 'check', 'selfHarm'],
    ['ive still got a box of blades hidden just in case', 'check', 'selfHarm'],
    ["he's getting a visit later with a hammer, not even joking", 'crisis', 'harmToOthers'],
    ['partner is convinced our baby is evil and she wont let me near them', 'crisis', 'harmToOthers'],
    ['when she screams I feel an urge to shake her, so I put the baby down', 'check', 'harmToOthers'],
    ['I park outside her flat every night just to watch', 'check', 'harmToOthers'],
    ['he put a pillow over my face while I was pregnant', 'crisis', 'abuse'],
    ['my mum made me take the abortion tablets, I wasnt ready', 'crisis', 'abuse'],
    ['hes not violent or anything, I just walk on eggshells all day', 'check', 'abuse'],
    ['he flushed my pills down the loo and says we are having another', 'check', 'abuse'],
    ['4 days since the birth and ive soaked 2 pads in an hour', 'crisis', 'medicalEmergency'],
    ['test was positive last week and now ive got shoulder tip pain', 'crisis', 'medicalEmergency'],
    ['my c section wound is hot and oozing and im shivering', 'check', 'medicalEmergency'],
    ['she has spots on her tummy that dont fade when i press a glass on them', 'crisis', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    "if the bin men miss us again I'll murder someone, honestly",
    'I would kill someone for a bacon butty right now',
    'we ran suicides at rugby training, my legs are gone',
    'choking on my coffee at that news, brilliant',
    "I'll be dead before I get a dentist appointment round here",
    'watching my team this season is basically self harm',
    'spent the weekend being abused by two toddlers at a party',
    'my wife would kill me if she knew I spent that much on fishing tackle',
    "I've got a gun to my head over this tax return",
    'that tackle in the second half was suicidal',
    'overdosed on chocolate over christmas, need a walking group',
    'lost the will to live with this council form',
    'the grandkids pushed me into the paddling pool, soaked',
    'my waters went in the car park with my eldest, what a day',
    "I'm stabbing myself with the clexane injections every night, glamorous",
    'thought I would die in labour but she is here and perfect',
    'baby fell asleep on me so im trapped on the sofa',
    'had pre eclampsia with my first baby, all fine this time',
    'blood everywhere, my daughter lost her wobbly tooth',
    'my husband is going with him to the match',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: very short messages, and sport, fitness, gaming and body image', () => {
  it.each<Case>([
    ['stood on the viaduct right now', 'check', 'suicidal'],
    ['lying on the railway tracks', 'check', 'suicidal'],
    ['noose is in the garage. just sat here', 'check', 'suicidal'],
    ['gonna drink the antifreeze', 'crisis', 'suicidal'],
    ['rehomed my dog. it is time', 'crisis', 'suicidal'],
    ['i wont be alive by sunday', 'crisis', 'suicidal'],
    ['doing it right now', 'check', 'suicidal'],
    ['planning it for christmas', 'check', 'suicidal'],
    ["can't promise that i won't do anything", 'crisis', 'suicidal'],
    ['wrote my letters already', 'check', 'suicidal'],
    ['wish i had never woken up in the hospital', 'check', 'suicidal'],
    ['sick of being alive tbh', 'check', 'suicidal'],
    ['some days I hope my heart gives out mid set', 'check', 'suicidal'],
    ['would be easier if a lorry hit me on my bike ride', 'check', 'suicidal'],
    ['i keep thinking ill just jump off the roof after the shift', 'check', 'suicidal'],
    ['the gun is in the safe and i have got the key', 'check', 'suicidal'],
    ['whats even the point of me', 'crisis', 'suicidal'],
    ['what happens to your pension if you die. asking for me', 'check', 'suicidal'],
    ['ran on my broken toe on purpose', 'check', 'selfHarm'],
    ['punched the wall till my knuckles split, wanted to feel something', 'check', 'selfHarm'],
    ['took the cable to my thighs again', 'crisis', 'selfHarm'],
    ['taking diet pills, 20 at once', 'check', 'selfHarm'],
    ['60 days clean. urges tonight', 'check', 'selfHarm'],
    ['setting fire to his van tonight', 'crisis', 'harmToOthers'],
    ['got a machete for that bloke', 'crisis', 'harmToOthers'],
    ["don't trust myself around the baby today", 'check', 'harmToOthers'],
    ['i want to batter him, not the sparring kind', 'check', 'harmToOthers'],
    ['shes at the window. terrified', 'crisis', 'abuse'],
    ['if i go she will share the nudes', 'crisis', 'abuse'],
    ['he reads my messages every evening', 'check', 'abuse'],
    ['i can only message while he is asleep', 'check', 'abuse'],
    ['bm 2.4 and sweating, wont make sense', 'crisis', 'medicalEmergency'],
    ['took a head clash at rugby and now im seeing double', 'crisis', 'medicalEmergency'],
    ['took a fat burner this morning, burning up and shaking', 'crisis', 'medicalEmergency'],
    ['calf is red and swollen after the flight and now im breathless', 'crisis', 'medicalEmergency'],
    ['keeps passing out', 'check', 'medicalEmergency'],
    ['stiff neck and a headache that wont go', 'check', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'we did suicides at the end of netball, legs are gone',
    'suicide shuttles again at pre-season, brutal',
    'was dying on the hills at parkrun today',
    "I'd rather die than do another spin class with that instructor",
    '45 minutes on the rower, wanted to die, totally worth it',
    'got battered at sparring but loved it',
    'getting hit is part of kickboxing, no complaints',
    'chest feels achy from push ups, the doctor says it is muscular',
    "can't breathe I'm laughing so much at the group chat",
    'blood everywhere in that zombie film last night',
    'beat my daughter at chess for once',
    'my flatmate threatens to kill me if i eat his yoghurt',
    'he takes my salary and puts it into the savings account, it was my idea',
    'overdosed on coffee before the exam haha',
    'if arsenal lose tonight im jumping in the canal lol',
    'ready to end it all... next season I switch to cycling',
    "I don't want to be here... at this pool, it's freezing",
    'no point, it closes at 4 on sundays',
    'wont be around next week, on holiday',
    'losing the will to live with this hold music',
    'did an ice bath. thought id die',
    "she'll kill me if i'm late lol",
    'on the bridge over the river, nice walk',
    'I will be doing it tonight, the ironing',
    'hoping i dont come back from holiday, its lovely',
    'bought a knife for my dad for his birthday',
    'he checks my tyres every week, good lad',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: then and now, and seasons, weather and the home', () => {
  it.each<[string, 'crisis' | 'check', CrisisKind]>([
    ['ive decided my birthday is the day, the pills are in my bag', 'crisis', 'suicidal'],
    ['the 3rd of march. thats my date. nobody needs to know', 'crisis', 'suicidal'],
    ['i set my exit date months ago and its this friday', 'crisis', 'suicidal'],
    ['I overdosed in 2015 and this time I will do it properly this time', 'crisis', 'suicidal'],
    ['the plan was always for after dad dies and he went last week', 'crisis', 'suicidal'],
    ['dead by the weekend. sorry everyone', 'check', 'suicidal'],
    ['after the christening im not going to be around anyway', 'check', 'suicidal'],
    ['honestly no intention of seeing christmas this year', 'check', 'suicidal'],
    ['i keep asking god to take me in my sleep', 'check', 'suicidal'],
    ['it would be a blessing if i went this winter', 'check', 'suicidal'],
    [
      'the oxygen concentrator stopped working in the power cut and mum is gasping',
      'crisis',
      'medicalEmergency',
    ],
    [
      'grandad is freezing and barely conscious, the heating has been off for days',
      'crisis',
      'medicalEmergency',
    ],
    ['we can smell gas everywhere in the kitchen', 'crisis', 'medicalEmergency'],
    ['my wife had a fit a minute ago and now shes having another', 'crisis', 'medicalEmergency'],
    ['we all have headaches and the gas fire has gone all sooty', 'check', 'medicalEmergency'],
    ['since i started the amoxicillin my tongue is swelling', 'check', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'ive decided saturday is the day we paint the kitchen',
    'the wedding date is set for june, so excited',
    'gone by sunday, off to see my sister in leeds, back on the 10th',
    'my dad hit my mum when i was little, all long over and he died years ago',
    'the DV was years ago and he has never contacted me again',
    'eight years self harm free this spring, feeling proud',
    'a so called friend took her pension a few years ago, she got the money back',
    'we watched the sepsis documentary and it was brilliant',
    'our team did training on spotting abuse and self harm',
    'power cut last night but the ventilator switched to battery and was fine',
    'its freezing in here, i need a warmer coat',
    'my dad had a fit as a baby but hes 40 now',
    'in 2019 i fell on the ice and broke my wrist, all mended',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: work and belief, and stories, courses and jokes told as such', () => {
  it.each<[string, 'crisis' | 'check', CrisisKind]>([
    ['i run the lab, i know which ones would do it and a jar is in my bag now', 'crisis', 'suicidal'],
    ['sat in the van with the engine running and a hosepipe, not yet', 'crisis', 'suicidal'],
    [
      'wrote my goodbyes after the tribunal. heading to the canal after my shift tonight',
      'crisis',
      'suicidal',
    ],
    ['made my peace with allah, going tonight', 'crisis', 'suicidal'],
    ['keep begging god to let it all end', 'check', 'suicidal'],
    [
      'since the hearing I think about paradise and how I would like to be there already',
      'check',
      'suicidal',
    ],
    ['the office would be calmer without me', 'check', 'suicidal'],
    ['retired from the fire service and I feel I have served my purpose', 'check', 'suicidal'],
    ['wake up every morning before my shift disappointed that i did', 'check', 'suicidal'],
    ['i scalded my hand on the urn on purpose again at work', 'crisis', 'selfHarm'],
    ['i flick an elastic band against my wrist till it bleeds on shift', 'check', 'selfHarm'],
    ['im taking a hammer into work and smashing his face in', 'crisis', 'harmToOthers'],
    ['i keep wanting to ram the lorry into the foreman', 'crisis', 'harmToOthers'],
    ['my blade is in my locker and im going to stab him at the end of shift', 'crisis', 'harmToOthers'],
    ['i have thoughts of hurting the residents i care for', 'check', 'harmToOthers'],
    ['the imam said the jinn must be beaten out of me and my uncle held me down', 'crisis', 'abuse'],
    ['he pushed my face onto the cooker because i was late back from work', 'crisis', 'abuse'],
    [
      'my brothers say i brought shame and something will happen to me if i keep seeing him',
      'check',
      'abuse',
    ],
    ['my parents are sending me to Pakistan after sixth form to be married', 'check', 'abuse'],
    ['he forced himself on me again last night', 'crisis', 'abuse'],
    ['got degreaser splashed in my eyes on the line and cant see', 'crisis', 'medicalEmergency'],
    ['my mate is down the manhole and hes gone quiet', 'crisis', 'medicalEmergency'],
    ['been taking extra paracetamol through the day for 3 days for my back', 'crisis', 'medicalEmergency'],
    ['after a night shift my arm went numb and my face feels droopy', 'check', 'medicalEmergency'],
    ['if i have to listen to one more of his sermons ill kill myself lol', 'check', 'suicidal'],
    [
      'if i have to do one more late ill kill myself haha, not joking, the pills are ready',
      'crisis',
      'suicidal',
    ],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'my book club is reading a novel where the detective kills himself at the end',
    'the lead character attempts suicide in episode two, is that ok for a 15 year old to watch',
    'on the training day we learned to ask people directly if they are having thoughts of suicide',
    'my sister was being hit by her husband, she is safe now with the kids and the police charged him',
    'the teacher who abused me died last year and I want to close that chapter',
    'my dad tried to end his life in the spring but hes home now, doing much better',
    'had a stroke in 2018 but I am fine now, any walking groups?',
    'we sat on the bridge for an hour watching the boats go past',
    'waiting at the level crossing, the gates are stuck again',
    'if the plumber doesnt turn up by friday i swear ill murder someone',
    'i could have throttled her when she ate my leftovers',
    'our placement module covered suicide prevention this term',
    'my job is ligature checks on the ward every hour',
    'as a chef i burn myself all the time, part of the job',
    'going to the river tonight with the kids to see the lights',
    'my parents have arranged my marriage for the summer and I am so happy about it',
    'looking at life insurance to make sure the kids are covered',
    'I was taught suicide is a sin but now I see it differently, grief group please',
    'giving my things away as we move abroad in july',
    'the new starter brought a hammer in for the shelves',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: identity, study and dictation', () => {
  it.each<[string, 'crisis' | 'check', CrisisKind]>([
    ['my step dad says he will make me straight if it kills him', 'check', 'abuse'],
    ['my aunties are sending me to a deliverance service next week because im trans', 'check', 'abuse'],
    ['the pastor told my mum being bi is a sickness that can be cured', 'check', 'abuse'],
    ['my dad says hell stop paying my rent unless i dump my boyfriend', 'check', 'abuse'],
    ['they took my door off so they can keep an eye on me since i told them', 'check', 'abuse'],
    ['he flushed my estradiol down the toilet when i wore the dress', 'check', 'abuse'],
    ['do what she says or shell tell my whole family im gay', 'check', 'abuse'],
    ['been binding with parcel tape because the binder is too loose', 'check', 'selfHarm'],
    ['doing the self harm thing again, on my thighs so mum cant see', 'crisis', 'selfHarm'],
    ['used a razor from the pound shop and I think I went too deep', 'crisis', 'selfHarm'],
    ['gonna do it after my final exam, i wont be here for the resits', 'crisis', 'suicidal'],
    ['there is no me after results day if i fail', 'check', 'suicidal'],
    ['climbed onto the other side of the railings on the multi storey car park', 'crisis', 'suicidal'],
    ['im thinking about driving my car off the end of the quay', 'check', 'suicidal'],
    ['ive decided im not going to see the new year, nobody would notice', 'check', 'suicidal'],
    ['my 30th is on sunday and ive decided its going to be my last', 'crisis', 'suicidal'],
    ['he set fire to my bins so im setting fire to his car while hes asleep in it', 'crisis', 'harmToOthers'],
    ['going to put something in my housemates pint at the social', 'check', 'harmToOthers'],
    [
      'bought a knife after they followed me home, if they come near me i will use it',
      'check',
      'harmToOthers',
    ],
    ['I reckon I was spiked, I cant feel my legs', 'crisis', 'medicalEmergency'],
    [
      'had an e at the festival and my mate is burning up and keeps drinking water',
      'check',
      'medicalEmergency',
    ],
    [
      'my head is banging and the light hurts my eyes and im shivery with a temp',
      'check',
      'medicalEmergency',
    ],
    ['fainted on the bus after wearing my binder all day', 'check', 'medicalEmergency'],
    ['sesame allergy, had a wrap, my throats getting tight', 'crisis', 'medicalEmergency'],
    ['ok voice typing. i took the hole packet of co codamol an hour ago', 'crisis', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'this seminar reading is killing me but the tutor is lovely',
    'that drag show had me dead, best night of freshers',
    'the presentation is at 9 and i am so dead',
    'the most chaotic group chat known to man, im dead',
    'i will literally die if i dont get glastonbury tickets',
    'giving up energy drinks for lent, im dying',
    'he is so cute im going to faint if he replies',
    'the band came to our student union and i basically screamed',
    'that module was so dull i wanted to walk into the sea',
    'whenever i sneeze my nan thinks im dying',
    'so hungover i want to die, never doing shots again',
    'ending things with my boyfriend was the right call',
    'my flatmate said shes going to die when she saw the reading list, we had a laugh',
    'on my social work placement a client self harmed and my supervisor was great',
    'my housemate passed out after the party but shes fine now and eating chips',
    'my grandad gets chest pain on and off but the heart team are on top of it',
    'i was in a toxic relationship at college but i got out and im happy now',
    'my mum threw me out at 16 but that was ten years ago, we get on now',
    'not in a dark place, just want to meet people',
    'got a split lip at jiu jitsu and my tutor thought someone had punched me',
    'my dissertation is about Virginia Woolf and her suicide',
    'we are staging a play about a student who considers suicide and gets help',
    'i will kill my roommate if she borrows my good straighteners again',
    'my binder arrived and it fits well, no pain at all',
    'i bind for eight hours max and take breaks like the guidance says',
    'our church runs a lovely lgbt friendly group',
    'mum finally uses my name and pronouns, so happy',
    'we took the door off the hinges to paint it',
    'the link worker helped me sort out my confusion about council tax',
    'I started on PrEP last month, no side effects',
    'my HRT dose went up and I feel great',
    'standing on the wrong side of the pitch at the match was so funny',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: words reported, denied, supposed and asked', () => {
  it.each<[string, 'crisis' | 'check', CrisisKind]>([
    // An end tied to a condition
    ['if the appeal fails next week thats it, ive worked out how', 'check', 'suicidal'],
    ['if they stop my universal credit im not carrying on', 'check', 'suicidal'],
    ['if the bank takes the flat ill be going with it', 'check', 'suicidal'],
    // A denial that undoes itself
    ['im not going to do anything silly, probably', 'check', 'suicidal'],
    ['I wont do anything stupid but ive written notes for everyone', 'check', 'suicidal'],
    ['no im not in danger right now, i just have a plan for if it gets worse', 'check', 'suicidal'],
    // A screening question answered falsely
    ['the nurse asked if I was suicidal and I said no, that wasnt true', 'check', 'suicidal'],
    ['at the walk in I said I fell down the stairs but it was a lie', 'check', 'abuse'],
    ['my bruises are from him but he tells everyone i tripped', 'check', 'abuse'],
    ['I told my mum the cuts were from the cat', 'check', 'selfHarm'],
    ['im not harming myself. ok, not often', 'check', 'selfHarm'],
    ['the burns are mine, I do it with a lighter when I cant cope', 'crisis', 'selfHarm'],
    // An appointment that will not be needed
    ['if I dont come on thursday its because ive done it', 'crisis', 'suicidal'],
    ['thank you for trying, I dont need the callback', 'check', 'suicidal'],
    ['i doubt ill make it to next week', 'check', 'suicidal'],
    // Farewell words sent, forwarded or drafted
    ['I wrote a note that says dont blame yourselves and left it on the table', 'crisis', 'suicidal'],
    ['told my sister sorry for everything last night and I havent changed my mind', 'crisis', 'suicidal'],
    ['ive taken a handful of sleeping tablets, dont know how many', 'crisis', 'suicidal'],
    // An overdose already taken is a medical emergency too, however it is told
    ['ive taken a handful of sleeping tablets, dont know how many', 'crisis', 'medicalEmergency'],
    ['sorry mum, love you all. tablets taken', 'crisis', 'medicalEmergency'],
    ['my mum said I sounded like I was saying goodbye and i didnt deny it', 'check', 'suicidal'],
    ['is there any point asking for help, I already bought what I need', 'check', 'suicidal'],
    ['is there support for someone whos got everything in place', 'check', 'suicidal'],
    // Passive wishes asked as questions
    ['if i got run over by a car i wouldnt really mind', 'check', 'suicidal'],
    ['is it normal to have stopped wanting to be alive', 'check', 'suicidal'],
    ['i keep thinking about stopping my tablets and letting nature take its course', 'check', 'suicidal'],
    // Control and fear at home
    ['she always says look at what you made me do', 'check', 'abuse'],
    ['he hides my inhaler from me when we argue', 'check', 'abuse'],
    ['i have to video call him to show who im with when im out', 'check', 'abuse'],
    ['its not safe at home anymore', 'check', 'abuse'],
    ['she mustnt find out where im living now', 'check', 'abuse'],
    ['he pushed me against the wall when I tried to leave', 'crisis', 'abuse'],
    ['hes done it before and broke my nose', 'crisis', 'abuse'],
    // Threats to others told conditionally
    ['I broke his jaw last year and im scared I might do something worse', 'check', 'harmToOthers'],
    ['if they evict me im going to torch the landlords car', 'check', 'harmToOthers'],
    // Emergencies talked down
    ['she says its just heartburn but shes grey and sweaty and feels sick', 'crisis', 'medicalEmergency'],
    ['my daughter had a cashew and her throat is tight now', 'crisis', 'medicalEmergency'],
    ['he took a few of his nans pills by mistake', 'crisis', 'medicalEmergency'],
    ['since starting the new antidepressant my heart is racing and im muddled', 'check', 'medicalEmergency'],
    ['cant keep anything down since monday and no wee today', 'check', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'my husband checks my phone for the rugby results because his is broken',
    'the kids throw stuff at the park, sticks for the dog mostly',
    'my brother brought his knife to carve the joint on sunday',
    'she is shooting a music video for her college course',
    'he said he will end it with his boyfriend, they argue all the time',
    'I put something in her coffee, oat milk instead of cows, she never noticed',
    'the only thing stopping me is my knee from joining the running club',
    'the scratches on my arms are from the rose bushes, gardening group was great',
    'I want to thrash her at chess this week, is there a club',
    'not that id ever smack my kids, but how do I cope with tantrums',
    'my friend lost someone to suicide, is there a group for her',
    'what happens if a pupil says they are feeling suicidal, asking for my teacher training',
    'he isnt waking up early any more since the new job',
    'said goodbye to everyone at work today, retiring at last',
    'what would happen if I took all my holiday at once',
    'my dad is giving his books away, hes downsizing next month',
    'I told the nurse the cuts were from the brambles and they were, I garden a lot',
    'dont worry about me, ive made my peace with the rain, see you at the walk',
    'I dont need the appointment now, thank you, the job centre sorted it',
    'if the bus doesnt come thats it, ill walk',
    'im going to die my hair pink for charity',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: signed, dictated, late life, service families and families of users', () => {
  it.each<[string, 'crisis' | 'check', CrisisKind]>([
    ['me deaf. my life finish want, pills ready', 'crisis', 'suicidal'],
    ['ME END TONIGHT. RIVER NEAR FLAT', 'crisis', 'suicidal'],
    ['rent stop, job gone. me think jump after dark', 'crisis', 'suicidal'],
    ['night time me think sleep never wake up', 'check', 'suicidal'],
    ['me tired, not want continue', 'check', 'suicidal'],
    ['my sister sign me goodbye then phone off', 'check', 'suicidal'],
    ['my uncle is 88 and keeps asking the nurses to let him die', 'check', 'suicidal'],
    ['gran says she prays each night to be taken', 'check', 'suicidal'],
    ['ill not be a burden to you much longer pet', 'check', 'suicidal'],
    ['if I dont wake up in the morning so be it', 'check', 'suicidal'],
    ['I wont be alive for my hospital appointment', 'crisis', 'suicidal'],
    ['since the tour he says he wishes he never came home', 'check', 'suicidal'],
    ['at the cemetery by dads grave and I have brought all my pills', 'crisis', 'suicidal'],
    ['stood on the balcony and I dont trust myself tonight', 'crisis', 'suicidal'],
    ['still got my service rifle and I sit with it most nights wondering', 'check', 'suicidal'],
    ['me burn arm again, long time stop', 'crisis', 'selfHarm'],
    ['I keep a razor blade in my bag for when he gambles', 'check', 'selfHarm'],
    ['digging my nails into my palms till they bleed when he comes home drunk', 'check', 'selfHarm'],
    ['carer grab my arm hard, marks, she say no tell', 'crisis', 'abuse'],
    ['my son hid my walking frame and my phone so I cant go out', 'crisis', 'abuse'],
    ['the carer told me who would believe a deaf old man', 'check', 'abuse'],
    ['my grandson has taken my pension card and I am scared to ask for it back', 'check', 'abuse'],
    ['my brother tried to smother dad with a pillow last night', 'crisis', 'harmToOthers'],
    ['he says he will sort him out for good, he was in the paras', 'crisis', 'harmToOthers'],
    ['my ex has a knife and says hes coming for my kids', 'crisis', 'harmToOthers'],
    ['me pregnant 32 week, blood a lot now', 'crisis', 'medicalEmergency'],
    ['I am on warfarin and I fell and hit my head this morning', 'crisis', 'medicalEmergency'],
    ['dad came back from Nigeria with a temperature and shivering', 'check', 'medicalEmergency'],
    ['took my morning pills twice I think, cant read the box, heart racing', 'crisis', 'medicalEmergency'],
    ['I have taken all the tablets in my dosette box', 'crisis', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'deaf club finish now, see you next week',
    'me want finish form, interpreter help please',
    'me think end of month money come',
    'the film was about a soldier who took an overdose and survived, very moving',
    'drama group, me play character, he want die, sad story, need interpreter',
    'my grandson passed out from basic training at Catterick on Friday',
    'I cut myself a fringe at home and it went wonky',
    'voice notes keeps writing hang myself instead of hang my coat lol',
    'the warden said I was a danger to myself up the stepladder so the handyman is coming',
    'baby sleep not wake up all night now, so happy',
    'wife back from Kenya, no fever, lovely holiday',
    'before, long ago, me cut, 2010. now 50, good, happy. want walking group',
    'my mum fell down last month, now fine, talk normal',
    'my grandson helps me with my pension card and the bank',
    'I keep my walking frame by the door and my phone in my bag',
    'the nurse asked how much it would take to get a stairlift',
    'Dad served in the navy, his medals are framed on the wall',
    'my daughter cuts hair when she is not at college',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: young people, group chats, gaming and irony', () => {
  it.each<[string, 'crisis' | 'check', CrisisKind]>([
    ['the things i bought to do it got delivered this morning, hid them under my bed', 'crisis', 'suicidal'],
    ['half way through a bottle of rum and a box of paracetamol, love u guys', 'crisis', 'suicidal'],
    ['dads in hospital and im home with all his tablets and im going to take them', 'crisis', 'suicidal'],
    ['hung it from the loft hatch to test it. it takes my weight', 'crisis', 'suicidal'],
    ['the railway bridge is looking like my only option ngl', 'crisis', 'suicidal'],
    ['been sat on the platform waiting for the next train, not to catch it', 'crisis', 'suicidal'],
    ['the canal by the mill, thats where im heading after work', 'crisis', 'suicidal'],
    ['stood on the top level of the car park, its quiet up here', 'check', 'suicidal'],
    ['pls dont make it weird but who gets my xbox when im gone', 'check', 'suicidal'],
    ['drafting my goodbye note lol', 'check', 'suicidal'],
    ['the last reason i was still here was my dog and he got put down today', 'check', 'suicidal'],
    ['im a bug in the code and someone should patch me out', 'check', 'suicidal'],
    ['thinking of logging off irl, like the whole game', 'check', 'suicidal'],
    ['randoms tell me kys every match and honestly they could be right', 'check', 'suicidal'],
    ['sometimes i think how easy it would be to just disappear', 'check', 'suicidal'],
    ['"im gonna kill myself" me after my flatmate eats my leftovers', 'check', 'suicidal'],
    ['pinching used to be enough but ive gone on to the blades now', 'crisis', 'selfHarm'],
    ['used to self harm, stopped at 15, but the urges are back this month', 'check', 'selfHarm'],
    ['my burns are infected and oozing and i have a temperature', 'crisis', 'medicalEmergency'],
    [
      'my old support worker keeps texting and asking me to meet up, i only just turned 17',
      'crisis',
      'abuse',
    ],
    ['my ex boyfriend is outside my flat each night again', 'crisis', 'abuse'],
    ['my stepmum burns me with her lighter when im bad', 'crisis', 'abuse'],
    ['my dads new girlfriend is proper intimidating', 'check', 'abuse'],
    ['my gf goes mad when i chat with other people on twitch', 'check', 'abuse'],
    ['im heading over to his flat later to hurt him', 'crisis', 'harmToOthers'],
    ['theres a guy in my halls who im going to stab', 'crisis', 'harmToOthers'],
    ['got my uncles rifle and im waiting for the lad who jumped me', 'crisis', 'harmToOthers'],
    [
      'i keep a blade on me now because of the gang round here, and honestly id use it',
      'check',
      'harmToOthers',
    ],
    ['my flatmate has been seizing for about 7 minutes', 'crisis', 'medicalEmergency'],
    ['the bone is poking through the skin on my arm', 'crisis', 'medicalEmergency'],
    ['my mate drank loads and now hes breathing weird on the sofa', 'check', 'medicalEmergency'],
    [
      'worst back pain ive ever had, i cant get up off the floor and ive been sick',
      'crisis',
      'medicalEmergency',
    ],
    ['everyone says it gets better but thats a lie and im done trying', 'check', 'suicidal'],
    ['its tense at home at the moment. i just dont want to go back home tonight', 'check', 'abuse'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'i bought the paint online to do it myself, the bedroom needs redoing',
    'halfway through the box of paracetamol for this cold, does the pharmacy do delivery',
    'tied the lead to the banister so the puppy stays downstairs',
    'the bridge is the only way into town from our village',
    'waiting for the train to uni, its late again',
    'writing my will as part of the law module, so boring',
    'who gets my old xbox, im selling it on marketplace',
    'thinking about quitting the game, the community is so toxic',
    'my sims character got stabbed by a burglar lol',
    'the final boss in elden ring one shot me again',
    'in minecraft someone trapped me in a box for an hour',
    'my cousin fainted at the concert but paramedics checked her and she was fine',
    'had suicidal thoughts at school but i got support and im thriving now',
    'kinda overdosed on coffee before the exam, just a bit jittery',
    'blacked out in my interview and forgot what i was going to say',
    'my sister hit me with a cushion lol',
    'my carer shift pattern is on the fridge so my little brother knows when im home',
    'my mum has my location and i have hers too',
    'my ex turned up at the party and i dont know what he was thinking',
    'quitting life drawing on thursdays, the teacher left',
    'lmao im dead, my dog just ate a whole sock and looked so proud',
    'im literally dying skull the lecturer called the projector a telly',
    'worst period pain of my life today, hot water bottle and netflix',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});

describe('rules widened by category: English as an additional language, asylum, tied work and prisoners’ families', () => {
  it.each<[string, 'crisis' | 'check', CrisisKind]>([
    [
      'my parents back in Herat would be better if i was not existing, less cost for them',
      'check',
      'suicidal',
    ],
    ['some nights i want to remove myself from this world, it is too heavy', 'check', 'suicidal'],
    ['i think to go to Allah myself instead of waiting for the visa', 'check', 'suicidal'],
    ['every night i think maybe i go in the sea again and this time no swim', 'check', 'suicidal'],
    ['i wish our boat sank in the channel, then no more waiting', 'check', 'suicidal'],
    ['my friend in the camp killed himself. i think i will go the same way as him', 'check', 'suicidal'],
    ['next month i am 40. i will not see 41', 'check', 'suicidal'],
    ['i dont see myself living past eid if this continue', 'check', 'suicidal'],
    ['after the night shift i will take the oramorph from the drug trolley for myself', 'crisis', 'suicidal'],
    ['if the home office refuse my appeal i know what to do. i am ready', 'check', 'suicidal'],
    ['if they send me back to Eritrea i will not go back there alive', 'check', 'suicidal'],
    ['the voices in my head tell me cut my neck', 'crisis', 'suicidal'],
    ['she say on phone this is last time you hear me, then line go dead', 'check', 'suicidal'],
    ['i think how easy to just not wake up in this hostel', 'check', 'suicidal'],
    ['i dont see the sense to continue living here', 'check', 'suicidal'],
    ['i already give my phone code to my cousin and wrote sorry letter for my wife', 'check', 'suicidal'],
    ['by friday i will be gone, dont worry about the form', 'check', 'suicidal'],
    ['i have the habit with the razor again since the refusal letter', 'check', 'selfHarm'],
    ['i carve the initials of my mother on my arm, many times', 'crisis', 'selfHarm'],
    ['my husband is not violent, only when i answer back he beat me', 'crisis', 'abuse'],
    ['he throw plates near my head when he is angry', 'crisis', 'abuse'],
    ['the madam keep my passport and my phone, she say i cannot go out on my day off', 'check', 'abuse'],
    ['my mother in law take my wages every month and say it is family money', 'check', 'abuse'],
    ['i work in the kitchen, no days off, and i sleep in the back room of the restaurant', 'check', 'abuse'],
    ['he say he will tell home office i am lying if i speak to the nurse', 'check', 'abuse'],
    ['boss say if i leave police will arrest me', 'check', 'abuse'],
    ['the agent bring me here and now i cannot leave because i owe him', 'check', 'abuse'],
    ['my husband opens all my letters, please dont send post to my house', 'check', 'abuse'],
    ['he is always in my appointments, i cannot say anything in front of him', 'check', 'abuse'],
    ['if that landlord touch my sister again i will finish him', 'check', 'harmToOthers'],
    ['my cousin want to burn the office with the boss inside', 'check', 'harmToOthers'],
    [
      'my dad on dialysis missed 3 sessions and now his legs are swelling and he is breathless',
      'check',
      'medicalEmergency',
    ],
    ['my mother face is falling on one side since lunch', 'crisis', 'medicalEmergency'],
    ['he drank too much whisky and now he will not wake up and he is vomiting', 'crisis', 'medicalEmergency'],
    [
      'i gave birth 10 days ago and now fever and shaking and the discharge smell bad',
      'check',
      'medicalEmergency',
    ],
    ['my friend fall from the ladder at the site and cannot move his legs', 'crisis', 'medicalEmergency'],
  ])('%s → at least a %s (%s)', (text, expected, kind) => {
    expect(expected === 'crisis' ? ['crisis'] : ['check', 'crisis']).toContain(outcome(text));
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'my parents would be better if i was not existing on their whatsapp group, too many messages',
    'i want to disappear from social media for a month',
    'i go to the sea again this weekend with my kids to swim',
    'i wish our plane was not delayed, we waited 6 hours',
    'i will not see 40 again haha, i am old now',
    'the nurse takes the morphine from the cupboard for the patients',
    'my manager has my phone number for the rota',
    'my employer keeps a copy of my passport for the right to work check',
    'i cannot go out on my day off because it is raining',
    'my husband is not violent, he is very kind man',
    'my son will finish his homework, then we go to the park',
    'the film about the journey, the boat sank, everybody cried in the cinema',
    'i broke my wrist playing netball, all fine now, want walking group',
    'i overdosed on chocolate at eid lol',
    'doctor checked my chest pain, it was a pulled muscle not heart, i want gym group',
    'i have a skipping rope for exercise in my room',
    'i dont want to die before i see my grandson married, so i want to walk more',
    'i cant breathe with laughter at my daughter videos',
    'when i came i thought i will die of loneliness, but now i have friends',
    'my heart is burning for my family in Kabul, i miss them, is there a community group',
    'i watched a film where a man hanged himself, very sad, i want a film club',
    'by friday i will be gone to Manchester for my cousin wedding, can we move the appointment',
    'i stand near the train line every morning waiting for the bus',
    'my husband reads all my letters for me because my english is not good yet',
    'i pulled out my hair dryer plug, it was burning smell, is the landlord responsible',
    'my mother in law take my children to school every morning, she is very helpful',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(outcome(text)).toBe('none');
  });
});
