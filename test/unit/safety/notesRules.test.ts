import { assessRedFlags, type RedFlagKind, type TriageUrgency } from '../../../src/domain/safety';
import { readTriageNote } from '../../../src/understanding/triageNote';

// The rules for receptionists' own wording, one category at a time: each needs the symptom with its
// sign of the moment, and each has counter-examples (denied, past, stable, a thing and not a person).
const read = (text: string) => assessRedFlags({ text, locale: 'en-GB' });
/** The note is flagged with this urgency, among its flags this one. */
function flaggedAs(text: string, urgency: TriageUrgency, flag: RedFlagKind): void {
  const result = read(text);
  expect(result.urgency).toBe(urgency);
  expect(result.flags).toContain(flag);
}

describe('receptionists wording: each category is flagged', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    // Shorthand.
    ['walk-in, 61F, c/o CP going to L shoulder, asked about the choir', 'emergency999', 'chestPain'],
    ['?stroke, son says his mum is muddled and weak on one side', 'emergency999', 'strokeSigns'],
    ['o/d of 40 x co-codamol per flatmate, pt sleepy', 'emergency999', 'overdose'],
    ['pt SI w plan, asked about the bereavement cafe', 'emergency999', 'suicidalRisk'],
    // The symptom told from outside.
    ['husband turning grey round the lips, daughter rang about day care', 'emergency999', 'breathlessness'],
    ['carer found resident on bedroom floor, not responding when spoken to', 'emergency999', 'collapse'],
    ['lost the vision in his left eye half an hour ago', 'emergency999', 'strokeSigns'],
    [
      'blood coming through the dressing on his shin, asking about the bus pass',
      'emergency999',
      'heavyBleeding',
    ],
    [
      'ate a flapjack with nuts, now lips swelling up and struggling to swallow',
      'emergency999',
      'anaphylaxis',
    ],
    ['on chemo, now shivering with a temp of 38.4', 'emergency999', 'sepsisSigns'],
    ['fell and hit her head, she is on apixaban', 'emergency999', 'otherEmergency'],
    // Amounts and timing of an overdose.
    ['nephew took three packets of paracetamol this afternoon', 'emergency999', 'overdose'],
    ['she swallowed all her sleeping tablets in one go', 'emergency999', 'overdose'],
    // Risk to others and abuse.
    ['son chasing his dad with a knife in the garden', 'emergency999', 'riskToOthers'],
    ['ex is outside the flat banging on the windows', 'emergency999', 'safeguarding'],
    ['Y6 girl told the teacher she is frightened to go home to her stepdad', 'sameDayGp', 'safeguarding'],
    ['says she does not feel safe at home since her partner lost his job', 'sameDayGp', 'safeguarding'],
    ['grandson keeps taking her pension, she is nervous of him', 'sameDayGp', 'safeguarding'],
    ['teen girl, an older man online keeps asking her for pics', 'sameDayGp', 'safeguarding'],
    ['keeps having thoughts of harming his neighbour, no plan', 'urgent111', 'riskToOthers'],
    // Suicidal risk told in the third person.
    ["widow says she sometimes wishes she hadn't woken up", 'urgent111', 'suicidalRisk'],
    ['son found him in the garage with the engine running', 'emergency999', 'suicidalRisk'],
    // Dependence and stopped medicine.
    ['10 cans of cider daily, wants to cut down', 'sameDayGp', 'alcoholDependence'],
    ['shaky in the mornings till he gets a drink', 'sameDayGp', 'alcoholDependence'],
    ['wants to stop using crack, asking about groups', 'sameDayGp', 'alcoholDependence'],
    ['has stopped her psych meds and is more paranoid every day', 'sameDayGp', 'otherEmergency'],
    // Urgent: breathing, pain, a child.
    ['her breathing has been worse since Sunday, new for her', 'urgent111', 'breathlessness'],
    ['pain in his foot 10/10 since last night', 'urgent111', 'severePain'],
    ['3yo feverish and off his food since yesterday', 'urgent111', 'unwellChild'],
    ['baby 7 weeks, feeding poorly today', 'urgent111', 'unwellChild'],
  ])('%s → %s %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });
});

describe('receptionists wording: counter-examples are not flagged', () => {
  it.each([
    // Things, not people; figures of speech.
    'the landlord is not responding to her emails about the leak',
    'her laptop died, she wants help with online forms',
    'dropped his keys on the kitchen floor, laughed about it',
    // Denied.
    'no chest pain, no SOB, wants a walking group',
    'pt denies SI, wants help with the job centre',
    'cough for 2 weeks, no fever, wants the choir',
    // The remote past, and resolved.
    'had a stroke in 2018, wants accessible gardening',
    'self harmed at 15, none since, wants to volunteer',
    'blacked out once at a party in 2019, never happened again',
    'had sepsis 2022, fully recovered, wants a walking group',
    // Stable and known.
    'wheezy in the cold, known asthma, inhaler works',
    'on a methadone script for years, stable, wants help into work',
    'SOB on the stairs, same as ever, wants shopping help',
    'her chest gets tight when she runs, asthma nurse reviewed it',
    'chest pain on and off for years, investigated, wants exercise',
    'baby feeding well, mum wants a baby group',
    'the fever has gone, toddler back at nursery',
    // Not a threat or not a means.
    'his wife will kill him if he misses the quiz, he was laughing',
    'thinking about killing time before the bus, asked for the library',
    'husband waiting outside in the car to drive her home',
    'wants a rope access course for work',
    'pt has no food in the house until Friday, wants the foodbank',
    'cannot stop laughing at the comedy night, wants more tickets',
    // Everyday words the wider rules must leave alone.
    'widower home alone all day, lonely, wants a befriender',
    'diabetic, always hungry, wants a cookery course',
    'brings coffee grounds for the allotment compost',
    'exhaust fumes on the main road make her wheezy in winter, wants indoor walking',
    'taking the kids with her to the holiday club',
    'orders his tablets online from the pharmacy, wants help with the app',
    'feels odd on her new tablets, GP aware, wants a walking group',
    'the boxes are still on the floor after the move, wants help unpacking',
    'has written letters to family about the reunion',
    'keeps her money in a tin, wants help opening a bank account',
    'the trainer was pushing him too hard at the gym',
    'the tap in the kitchen is spurting, landlord not responding',
    'wants to keep it secret from her family that she uses the foodbank',
    'her husband is waiting outside in the car right now, wants a leaflet',
  ])('%s → none', (text) => {
    expect(read(text).urgency).toBe('none');
    expect(readTriageNote({ text, locale: 'en-GB' }).urgency).toBe('none');
  });
});

describe('receptionists wording: classes a later author showed', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      "care home: resident's leg looks shortened and rotated, asking about the hairdresser",
      'emergency999',
      'severePain',
    ],
    [
      'daughter asking about lunch club, says mum has a new facial droop on the left',
      'emergency999',
      'strokeSigns',
    ],
    [
      'pt asking re pension credit, says it feels like his chest is being crushed',
      'emergency999',
      'chestPain',
    ],
    ['pt rang about the choir, palpitations on and off today and feeling faint', 'urgent111', 'chestPain'],
    ['OOH: resident vomited coffee grounds twice this evening', 'urgent111', 'heavyBleeding'],
    ['wants benefits advice, mentions eyes gone yellow and tummy pain', 'sameDayGp', 'severePain'],
    [
      "pt asking re gardening group, numbness in both legs and can't feel when needing the toilet",
      'urgent111',
      'severePain',
    ],
    [
      'mum rang re uniform grant, 13yo son has sudden testicular pain since lunch',
      'emergency999',
      'severePain',
    ],
    [
      'grandad asking re parenting class, grandson fell off trampoline, wrist looks bent',
      'urgent111',
      'severePain',
    ],
    ['pharmacy: pt took a few extra of his oxycodone last night, very drowsy now', 'urgent111', 'overdose'],
    ['nursing home: resident in pain not controlled despite patches', 'urgent111', 'severePain'],
    [
      'pt rang re fuel vouchers, no heating for a week, very cold, drowsy and confused on the phone',
      'emergency999',
      'otherEmergency',
    ],
    ['navigator: pt drinking since 6am, shaky, asked about carers group', 'sameDayGp', 'alcoholDependence'],
    [
      'neighbour rang re befriender, heard screaming and banging next door, a man shouting',
      'sameDayGp',
      'safeguarding',
    ],
    ["pt says if the tribunal turns him down he's going to the bridge", 'urgent111', 'suicidalRisk'],
    // "Left" the side of the body is not "left" a place or a person, which puts a harm in the past.
    ['daughter rang, his left arm is weak and numb since this morning', 'emergency999', 'strokeSigns'],
  ])('%s → %s %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'had a hip replacement last year, leg a bit short now, wants the walking group',
    "bell's palsy in 2019, facial weakness last year resolved, wants the choir",
    'chest of drawers crushed his foot last year, fine now, wants a lift to the market',
    'pt takes bisoprolol for palpitations, stable, wants a gym referral',
    'wants help with a form, the coffee grounds went all over the kitchen floor',
    'pt asking re allotments, yellow paint all over his hands from the fence',
    'numbness in fingers from the cold, wants warm spaces info',
    "pt's pain well controlled on patches, wants the lunch club",
    'pt in re warm spaces, house cold, heating broken, otherwise well',
    'drinks socially at weekends, asking about the walking football',
    'she left her violent husband years ago and wants a womens group',
  ])('%s → none', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists wording: classes a later desk showed', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    ['wife rang re bus pass, suddenly he cannot raise his right arm', 'emergency999', 'strokeSigns'],
    [
      "can't lift her left hand and her words are slurred, daughter asking about respite",
      'emergency999',
      'strokeSigns',
    ],
    ['care home re befriending, resident had a fit 5 mins ago', 'emergency999', 'collapse'],
    [
      'school rang: pupil had her first seizure at lunch, mum asking re young carers',
      'emergency999',
      'collapse',
    ],
    ['took a double dose of his blood pressure tablets, now dizzy and fainted', 'emergency999', 'overdose'],
    ['10yo told the teacher her stepdad hits her brother', 'sameDayGp', 'safeguarding'],
    [
      'wants AA details, gets the shakes and sees things whenever he tries to stop',
      'sameDayGp',
      'alcoholDependence',
    ],
    ['wants housing help, giving up drinking this week, had DTs last time', 'sameDayGp', 'alcoholDependence'],
  ])('%s → %s %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt needs a fit note for work, first fit note since the op',
    "can't lift left arm above the shoulder since frozen shoulder last year, wants chair exercise",
    'had a fit of giggles at the lunch club 10 mins ago',
    'double dose of vitamins by mistake, no symptoms',
    'teacher told us the boy hits the ball well, wants football club',
    'stopped drinking three years ago, doing well, wants to volunteer',
  ])('%s → none', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists wording: an illness said to be over', () => {
  it.each([
    'neighbour says she collapsed at the shops last year, fully recovered, wants the coffee morning',
    'had sepsis after her operation in the spring, completely recovered, asking about swimming',
    'son had a seizure at school last week, known epilepsy, recovered, mum wants a carers group',
    'pt lonely since her husband collapsed and died last year, wants befriending',
  ])('%s → none', (text) => {
    expect(read(text).urgency).toBe('none');
  });

  it.each<[string, TriageUrgency, RedFlagKind]>([
    ['collapsed this morning, recovered now, wants the lunch club', 'emergency999', 'collapse'],
    ['c/o chest pain now, says he is fine now', 'emergency999', 'chestPain'],
    ['had a seizure in the waiting room, says he has recovered', 'emergency999', 'collapse'],
    ['he collapsed and has not recovered, wife on the phone', 'emergency999', 'collapse'],
  ])('%s → still %s %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });
});

describe('receptionists wording: signs of the moment', () => {
  it('a threat with a weapon or fear is a risk to others; a joke is not', () => {
    expect(read('he said he will kill her, she is terrified').flags).toEqual(
      expect.arrayContaining(['riskToOthers', 'safeguarding']),
    );
    expect(read('he said he will kill her if she is late again, lol').urgency).toBe('none');
  });

  it('a plan, goodbye notes or means bought make a risk 999; without them it is 111', () => {
    expect(read("says he wishes he hadn't woken up").urgency).toBe('urgent111');
    expect(read("says he wishes he hadn't woken up, has written notes to his family").urgency).toBe(
      'emergency999',
    );
  });

  it('an abuser waiting outside makes a safeguarding worry 999', () => {
    expect(read('says her partner hit her last week').urgency).toBe('sameDayGp');
    expect(read('says her partner hit her last week, he is waiting outside now').urgency).toBe(
      'emergency999',
    );
  });
});

describe('receptionists wording: notes from the south of England and the Midlands', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      'wife rang re carers group, husband (stroke 2021) has new weakness in his left leg since lunch',
      'emergency999',
      'strokeSigns',
    ],
    ['asking about AA groups, got the DTs last time he tried to stop', 'sameDayGp', 'alcoholDependence'],
    [
      'noise complaint, says he will go upstairs with a golf club if it carries on',
      'urgent111',
      'riskToOthers',
    ],
    [
      'T1 diabetic, sugars really high since last night and being sick, wants foodbank',
      'urgent111',
      'otherEmergency',
    ],
    ['carer rang re day centre, she has had four fits today, more than usual', 'urgent111', 'otherEmergency'],
    ['wants the peer group, ran out of his epilepsy meds on Friday', 'sameDayGp', 'otherEmergency'],
    [
      'caller can see her dad on the floor through the window, asking about a key safe',
      'emergency999',
      'collapse',
    ],
    ['son ate a gummy from a party and is now floppy and wont wake properly', 'emergency999', 'overdose'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'asking about stroke club, weakness in left arm since 2019, stable',
    'had two fits in 2015, none since, wants a walking group',
    'sat on the floor with the grandkids playing, wants a carers break',
    'watched a documentary about the DTs, wants a wellbeing group',
    'wants to go round there with a cake for the new neighbours',
    'checks his sugars every morning, all fine, wants the walking group',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists wording: exploitation, palliative care and grief', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      'son rang re befriending, dad fell last night and is still on the bathroom floor',
      'emergency999',
      'collapse',
    ],
    [
      'pt wants a foodbank voucher, said he has sorted his affairs and given his cat away',
      'sameDayGp',
      'suicidalRisk',
    ],
    [
      'young man came with an older man who holds his passport, wants dental info',
      'sameDayGp',
      'safeguarding',
    ],
    [
      'wife rang re carers group, husband left a note and took the car, not answering',
      'emergency999',
      'suicidalRisk',
    ],
    [
      'farmer wants grant forms, cut his arm and is bleeding through two towels',
      'emergency999',
      'heavyBleeding',
    ],
    ['pt slurring, took a few extra of her sleeping tablets to get some rest', 'emergency999', 'overdose'],
    [
      'daughter rang, mum took the whole weeks dosette this morning and is very drowsy',
      'emergency999',
      'overdose',
    ],
    ['back pain for a week, now wet herself and numb down below', 'emergency999', 'otherEmergency'],
    ['lip swollen since eating at the market, voice going hoarse now', 'emergency999', 'anaphylaxis'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt on chemo, well in herself, no temp, wants help with the ESA form',
    'fell over in the garden last spring, fine now, wants a walking group',
    'daughter holds the family photos, wants a reminiscence group for mum',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('readTriageNote', () => {
  it('reads "?stroke" as a suspected stroke, and a question mark at the end of a sentence as nothing', () => {
    expect(readTriageNote({ text: '?stroke - wife rang', locale: 'en-GB' }).flags).toContain('strokeSigns');
    expect(
      readTriageNote({ text: 'any lunch clubs? she likes stroking cats', locale: 'en-GB' }).urgency,
    ).toBe('none');
  });

  it('gives the crisis kinds of a risk the notes rules alone found, so routes can be offered', () => {
    const reading = readTriageNote({ text: 'pt SI w plan, wants the art group', locale: 'en-GB' });
    expect(reading.urgency).toBe('emergency999');
    expect(reading.crisisKinds).toContain('suicidal');
    expect(reading.immediateDanger).toBe(true);
    const abuse = readTriageNote({ text: 'girl aged 9, frightened to go home to her dad', locale: 'en-GB' });
    expect(abuse.crisisKinds).toEqual(['abuse']);
    expect(abuse.immediateDanger).toBe(false);
    expect(abuse.age).toBe(9);
  });

  it('gives a medical 999 flag the medical emergency kind, and a same-day flag none', () => {
    expect(readTriageNote({ text: 'c/o CP radiating to R arm', locale: 'en-GB' }).crisisKinds).toEqual([
      'medicalEmergency',
    ]);
    expect(
      readTriageNote({ text: 'shaky in the mornings till he gets a drink', locale: 'en-GB' }).crisisKinds,
    ).toEqual([]);
  });
});

describe('receptionists wording: homeless and asylum clinics, scams and online harm', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      'housemate rang, pt not come out of room since Fri, bottles and empty blister packs by the bed',
      'emergency999',
      'overdose',
    ],
    [
      'pt wants debt advice, thoughts of ending life worse since starting sertraline',
      'sameDayGp',
      'suicidalRisk',
    ],
    ['pt angry with landlord, has a petrol can in his bag', 'emergency999', 'riskToOthers'],
    ['pt says the radio is sending him messages, wants housing help', 'urgent111', 'otherEmergency'],
    ['rough sleeper, feverish and muddled today, wants a sleeping bag', 'emergency999', 'sepsisSigns'],
    ['pt wants a foodbank voucher, heavy period, soaking pads hourly', 'emergency999', 'heavyBleeding'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt on methadone script, stable 4 yrs, wants a volunteering role',
    'retired nurse, collapsed with a heart attack 2018, fully recovered, wants a walking group',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists wording: a market town, a stroke club and an inner-city practice', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      'sister rang re groups for pt, he has given his bike and tools away and said goodbye to his nan',
      'emergency999',
      'suicidalRisk',
    ],
    [
      'club secretary rang, member cant speak, left arm weak, started just now',
      'emergency999',
      'strokeSigns',
    ],
    [
      'stroke nurse worried daughter withholding his medication, wants carers info',
      'sameDayGp',
      'safeguarding',
    ],
    [
      'pharmacy says pt buying paracetamol from different shops, wants befriending',
      'emergency999',
      'suicidalRisk',
    ],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it('leaves a social request alone: a knife at work', () => {
    expect(read('butcher wants the woodwork group, always got a knife in my hand at work lol').urgency).toBe(
      'none',
    );
  });
});

describe('receptionists wording: a university town, a hospital and farms', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      'dad rang for mum, 10 days postnatal, says the tv is watching her and the baby isnt hers',
      'urgent111',
      'otherEmergency',
    ],
    ['pt wants help w/ PIP, shaky, says he needs a drink or hell fit', 'sameDayGp', 'alcoholDependence'],
    [
      'sister says pt keeps messaging goodbye to everyone, wants befriending info',
      'urgent111',
      'suicidalRisk',
    ],
    ['farm worker got weedkiller on his arms this am, now vomiting and sweating', 'emergency999', 'overdose'],
    ['neighbour rang, pt hit his head on the step, vomited x3 since lunch', 'emergency999', 'otherEmergency'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt on methadone script through the drug service, stable 3 yrs, wants a volunteering role',
    'chest pain in the summer, seen, ECG and bloods normal, wants the walking group',
    'said "I\'ll kill my sister" (laughing), she keeps borrowing the car; main thing is a carers assessment',
    'pt asked for the self harm group for parents, son already under CAMHS',
    'pt short of breath going up the big hill to the surgery, known COPD, wants community transport',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists wording: someone else’s warning signs, and the days after a release or a death', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      'support worker rang re PIP help, client said he plans to take all his tablets tonight, worker still with him',
      'emergency999',
      'suicidalRisk',
    ],
    [
      'daughter rang, dad has stopped his insulin to get it over with, sounds drowsy',
      'emergency999',
      'suicidalRisk',
    ],
    ['wife says pt sitting in his car in the garage with a hosepipe', 'emergency999', 'suicidalRisk'],
    [
      'neighbour rang for befriending, pt told her it was the last time she would see him',
      'sameDayGp',
      'suicidalRisk',
    ],
    ['pt wants CAB, says he is going round to sort the manager out tonight', 'emergency999', 'riskToOthers'],
    [
      'school rang: pupil 8 says she has to sleep in the shed when mums boyfriend is over',
      'sameDayGp',
      'safeguarding',
    ],
    [
      'nursery: 3yo has burns on both hands in a pattern, explanation doesnt fit',
      'sameDayGp',
      'safeguarding',
    ],
    ['care home: resident has bruising on upper arms like finger marks', 'sameDayGp', 'safeguarding'],
    ['wife says he drinks all day, had a fit last time he tried to stop', 'sameDayGp', 'alcoholDependence'],
    ['pt walked in with a cut to his arm, blood dripping onto the floor', 'emergency999', 'heavyBleeding'],
    ['released from prison yesterday, no script, says he will just score tonight', 'sameDayGp', 'overdose'],
    ['mum rang re son 11, tummy pain all day, now cant stand up straight', 'urgent111', 'severePain'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt wants a cooking group, plans to take all the tablets to the pharmacy returns bin',
    'pt sat in her car in the car park with a hosepipe for the allotment, wants gardening group',
    "pt going round to sort the garden out tonight, wants to borrow tools from the men's shed",
    'dad had a fit in 2019, stable on meds, wants walking football',
    'pt has finger painting class request for her 4yo',
    'blood dripping tap in the bathroom? no - dripping tap, landlord not fixing, wants housing letter',
    'pt wants help to score tickets for the football tonight',
    'Housing - mould in kids bedroom, asthma flaring but inhalers helping. Wants letter to landlord who is "not responding"',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists wording: a learning-disability register, Deaf patients, and the evening desk', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      'neighbour at desk re warm home grant for man at no 4, says he is on the kitchen floor since last night',
      'emergency999',
      'collapse',
    ],
    ["supported living: resident keeps saying he'll stab Dave, wants mens shed", 'sameDayGp', 'riskToOthers'],
    ["tenant said she'd burn the place down with the neighbours in it", 'emergency999', 'riskToOthers'],
    ['day centre: SU says her uncle does sex things to her at weekends', 'sameDayGp', 'safeguarding'],
    [
      'hostel: resident says a man keeps his bank card and makes him take parcels to places',
      'sameDayGp',
      'safeguarding',
    ],
    ['pt says her ex thumps her when he drops the kids off', 'sameDayGp', 'safeguarding'],
    ['caller asked us to ring back only when hes at work', 'sameDayGp', 'safeguarding'],
    ['SU banging head on wall all morning, now vomiting', 'emergency999', 'otherEmergency'],
    ['son 19 holding tummy, vomited green twice', 'urgent111', 'severePain'],
    ['pt showed new burns on her forearm, uses a lighter when it gets bad', 'sameDayGp', 'suicidalRisk'],
    ['e-consult re DLA: son 4 has temp 40, blotchy rash and very sleepy', 'emergency999', 'sepsisSigns'],
    ['lips and tongue swelling since new tablet, throat feels tight', 'emergency999', 'anaphylaxis'],
    [
      'pt says arm keeps bleeding, cut it on glass an hour ago, has gone through 3 towels',
      'emergency999',
      'heavyBleeding',
    ],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt fell on the kitchen floor last year, fine now, wants a falls class',
    "pt wants help with forms, says he'll kill for a decent night's sleep lol",
    'pt wants a candle making class, says she burnt the place down with candles once joking',
    "pt asked us to ring back only when she's at work finishing at 3",
    'pt banged head on cupboard last week, seen, fine, wants befriending',
    'pt had tummy bug, vomited twice, better now, wants foodbank',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists wording: a children’s safeguarding desk, and long-term condition clinics', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    ['school nurse: pupil says stepdad grabbed him by the neck last night', 'sameDayGp', 'safeguarding'],
    [
      'nursery: 9 month old in with bruising to both ears, asking about play groups',
      'sameDayGp',
      'safeguarding',
    ],
    ['foster carer re respite: 14yo, history of CSE, not home since Friday', 'sameDayGp', 'safeguarding'],
    [
      'pt re PIP, asked us to tell the DSN she has stopped her insulin, never restarting',
      'sameDayGp',
      'suicidalRisk',
    ],
    ['T1 pt re bus pass, vomiting all night, ketones 4.1', 'emergency999', 'otherEmergency'],
    ['HF pt re lunch club, ICD has fired twice this morning', 'emergency999', 'otherEmergency'],
    ['pt on PD wants befriending, says his bags have gone cloudy', 'urgent111', 'severePain'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'mum re parenting class, toddler grabbed the cat by the neck, cat fine',
    'pt stopped his insulin pump trial, back on pens, wants a diabetes group',
    'T1 pt re walking group, ketones 0.3 today, all fine',
    'HF pt re exercise class, ICD fitted last year, never gone off',
    'pt on PD wants a craft group, bags fine, doing well',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists wording: a breezy front desk, and an antenatal and baby clinic', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    ['pt 7/40, +ve preg test, R sided pain + shoulder tip pain', 'emergency999', 'otherEmergency'],
    ['pt 10/40 miscarrying, soaking a pad every 15 mins', 'emergency999', 'heavyBleeding'],
    ['pt 34/40 PPROM 2 days ago, now shivery and temp', 'urgent111', 'sepsisSigns'],
    ['pt 9/40 cant keep fluids down 48 hrs, wants baby group info', 'urgent111', 'otherEmergency'],
    ['dad rang, says he is scared to be left alone with the baby', 'sameDayGp', 'riskToOthers'],
    ['pt 15yo, bf is 26, staying over most nights', 'sameDayGp', 'safeguarding'],
    [
      'pt laughed and said she would take the whole lot if the flat falls through',
      'sameDayGp',
      'suicidalRisk',
    ],
    ['pt 60 c/o CP radiating to L arm, clammy, lol not funny', 'emergency999', 'chestPain'],
    ['baby clinic: 4/12 tongue swelling + wheeze after jabs', 'emergency999', 'anaphylaxis'],
    ['18mo swallowed some of nans blood pressure tabs', 'emergency999', 'overdose'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt 8/40 wants antenatal yoga, had an ectopic in 2019, all well now',
    'pt SOB after running up the stairs for the phone, fine now, wants walking grp',
    'pt breathless laughing at her own joke 😂 booked SP',
    'pt wants grief group, husband collapsed and died last year',
    'DV hx with ex, now safe, wants a job club',
    'pt joked she will be dead before she gets a council bungalow, upbeat, housing referral',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists’ wording: clipped one-liners, and a sports and gym clinic', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    ['pt at front desk, says will do his brother w a hammer', 'emergency999', 'riskToOthers'],
    ['pt hearing voices telling her to hurt the baby', 'emergency999', 'riskToOthers'],
    ['friend rang, pt says cannot keep himself safe tonight', 'emergency999', 'suicidalRisk'],
    ['coach rang, pt posted goodbye message to team group, not responding', 'emergency999', 'suicidalRisk'],
    ['pt tremor, sweating, drinks 1 btl gin/day, stopped yesterday', 'urgent111', 'alcoholDependence'],
    ['husband rang, pt T1, sugar 2.6, confused', 'emergency999', 'otherEmergency'],
    ['pt KO in boxing bout, now vomiting + drowsy', 'emergency999', 'otherEmergency'],
    ['pt 40M fell off bike, wrist swollen, hand cold + white', 'emergency999', 'otherEmergency'],
    ['pt 19M took fat burner pills, v hot, HR 140', 'emergency999', 'overdose'],
    ['carer rang, her smile drooped for a few mins at breakfast, now resolved', 'urgent111', 'strokeSigns'],
    ['pt 17F fainted at dance class, pulse 38', 'urgent111', 'collapse'],
    ['pt heavy rectal bleed this am, pale + dizzy', 'emergency999', 'heavyBleeding'],
    ['pt 24F ED, purging daily, now palpitations', 'urgent111', 'otherEmergency'],
    [
      'mum rang, swim teacher asked her son for pics when he was 12, still teaches kids lessons',
      'sameDayGp',
      'safeguarding',
    ],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt wants circuit class, knee pain from suicide shuttles, physio self-referral',
    'pt collapsed 2019, tests all clear, wants SP for confidence',
    'pt chest pain Mon = reflux per GP, fine now, wants walking grp',
    'pt "collapsed in a heap" after a long shift, wants stress group',
    'pt breathless w laughter at reception, rebooked SP',
    'pt knows where the new running club meets, wants to join',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists’ wording: old history and today’s news, and a winter and holiday desk', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    ['daughter rang, mum is T1DM and very drowsy since this am', 'emergency999', 'otherEmergency'],
    ['carer rang, client BM 1.9 and sweating', 'emergency999', 'otherEmergency'],
    ['pt lives alone, temp 35.1, no heating since Fri', 'emergency999', 'otherEmergency'],
    ['neighbour rang, pt on 3rd seizure within 15 mins', 'emergency999', 'collapse'],
    ['pt c/o urticaria after first dose of penicillin yesterday', 'urgent111', 'anaphylaxis'],
    ['pt relapsed after 3 yrs dry, drinking daily', 'sameDayGp', 'alcoholDependence'],
    ['pt 17 says will jump today after the grades came out', 'emergency999', 'suicidalRisk'],
    ['mum rang, says son not answering, last message saying goodbye', 'emergency999', 'suicidalRisk'],
    ['pt says he will sort the landlord out, has a blade on him', 'emergency999', 'riskToOthers'],
    ['pt 15 says parents sending her to Bangladesh to get married in Aug', 'sameDayGp', 'safeguarding'],
    ['pt says son wont let her have the heating on, wants a lunch club', 'sameDayGp', 'safeguarding'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'DV historic (2009), no contact, wants help with a blue badge form',
    'pt collapsed 2021 - dx vasovagal, nothing since, wants a walking group',
    'pt watched a sepsis documentary, asks for a leaflet, well',
    'childminder asks about a first aid course covering choking and anaphylaxis',
    'pt temp 37.2 yesterday, fine now, wants a craft group',
    'pt T1DM, well controlled, wants a cooking class',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists’ wording: a working life and a faith community', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    ['pt took extra paracetamol over the weekend for toothache, feels ok now', 'emergency999', 'overdose'],
    ['pt says she has had 12 paracetamol a day since Sunday for her back', 'emergency999', 'overdose'],
    ['pt took a few extra of her sleeping tabs last night, slurring at the desk', 'emergency999', 'overdose'],
    ['pt took the lot of his sertraline before coming in', 'emergency999', 'overdose'],
    ['pt (lab tech) got acid splashed in his eye, in pain', 'emergency999', 'otherEmergency'],
    ['pt 32/40? no, 6 wks since LMP, now shoulder tip pain and faint', 'emergency999', 'otherEmergency'],
    ['nurse at work check found BP 200/115, pt has headache', 'urgent111', 'otherEmergency'],
    ['pt self harming since the tribunal, wound on thigh gaping', 'urgent111', 'suicidalRisk'],
    ['sister rang, pt has tablets stockpiled, low since made redundant', 'emergency999', 'suicidalRisk'],
    [
      '16yo says family booked tickets to India for her wedding next month, she is scared',
      'sameDayGp',
      'safeguarding',
    ],
    [
      'pt works in a nail bar, says the owner keeps her passport and pays nothing',
      'sameDayGp',
      'safeguarding',
    ],
    ['pt (bus driver) drinking before shifts, hands shake', 'sameDayGp', 'alcoholDependence'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt taking paracetamol as prescribed for back pain, wants a walking group',
    'pt says manager will murder her if her timesheet is late, wants fit note',
    'pt excited about own arranged marriage in June, wants travel vaccines',
    'pt runs a forced marriage awareness session at the gurdwara, wants leaflets',
    'pt had a stroke in 2017, fully recovered, wants volunteering info',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists’ wording: students, identity and dictated notes', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      'pt 20 took 30x ibuprofen last night, says she feels fine, wants a routine appt',
      'emergency999',
      'overdose',
    ],
    ['flatmate rang, says pt swallowed ?whole box co codamol this am', 'emergency999', 'overdose'],
    ['friend rang, pt locked in bedroom 2h, no answer, letter on the door', 'emergency999', 'suicidalRisk'],
    ['pt 24 day 3 post mastectomy, wound side swollen and hard', 'urgent111', 'severePain'],
    [
      'pt on 3 cans + half btl wine daily, stopped yesterday, now hallucinating',
      'emergency999',
      'alcoholDependence',
    ],
    ['mum rang re daughter 16 bi, wants faith counselling to change her', 'sameDayGp', 'safeguarding'],
    [
      'pt 30 condom broke last night w partner who is HIV positive, asks advice',
      'urgent111',
      'otherEmergency',
    ],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt wants info on PrEP, no recent exposure, routine sexual health appt',
    'pt asks for abuse leaflets for her nursing placement presentation',
    'pt says was collapsing with laughter at the panto, fine, wants a social group',
    'pt post op knee 6 wks, healing well, wants a walking group',
    'pt had a mild rash under binder, no broken skin, wants advice',
    'dad rang, wants info on a church youth group for son 14',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists’ wording: what the patient said, denied, supposed or asked', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      'husband rang, says pt swallowed everything from the bathroom cabinet, now sleepy',
      'emergency999',
      'overdose',
    ],
    [
      'aunt rang, 14yo texted that she is planning to take her mums tablets after school',
      'emergency999',
      'suicidalRisk',
    ],
    ['daughter rang, pt muddled and twitchy since new meds on Friday', 'urgent111', 'otherEmergency'],
    [
      'pt says his face went suddenly numb and drooping, speech slurred, says he is fine',
      'emergency999',
      'strokeSigns',
    ],
    [
      '15yo asked to be seen alone, says mums boyfriend comes into her room at night',
      'sameDayGp',
      'safeguarding',
    ],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'mum rang, 6yo had a temp yesterday, now playing and eating, wants holiday club info',
    'son rang to rebook, pt collapsed with a virus last week, recovering well',
    'dad rang, son 7 bled everywhere from a nosebleed at football, stopped after 10 mins',
    'pt says wife checks his phone for the cricket scores, wants a couples group',
    'pt says if I fall again my son will kill me, no falls since, wants balance class',
    'pt wants ideas for a phone detox, sleeping badly from screens',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists’ wording: deaf and blind patients, care homes, service families and families of users', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    ['pt (veteran) says plan to end his life tonight, has tablets at home', 'emergency999', 'suicidalRisk'],
    ['wife rang, husband ex RAF sat with his shotgun thinking about it', 'emergency999', 'suicidalRisk'],
    ['pt rang, has taken all of her tablets from the dosette box this am', 'emergency999', 'overdose'],
    ['warden rang, resident 88 feverish, new confusion since lunch', 'urgent111', 'sepsisSigns'],
    [
      'son rang, mum 81 speech slurred for a few min earlier, now resolved, bit vague',
      'urgent111',
      'strokeSigns',
    ],
    [
      'pt 79 (blind) says carer is rough, bruising on wrists, scared of evening call',
      'sameDayGp',
      'safeguarding',
    ],
    ['pt says partner (gambler) pushed her against the wall for her bank card', 'sameDayGp', 'safeguarding'],
    ['dad rang, admits he shook the baby when she would not stop crying', 'urgent111', 'safeguarding'],
    ['son rang re dad heavy drinker, yellow, belly swollen, muddled', 'urgent111', 'otherEmergency'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt joked she would kill him over the anniversary, requests salsa class info',
    'pt bumped head on shelf yday, no LOC, no vomiting, well, wants chair yoga',
    'pt had slurred speech after dental anaesthetic last year, fine, wants lunch club',
    'carer rang to book pt into the memory cafe, pt happy with care',
    'pt asks about baby massage class, baby shakes rattle all day',
    'pt back from Ghana, no fever, wants travel clinic follow up',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists’ wording: young people, students, young carers and care leavers', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      'college rang re student 17 who put farewell posts on insta, not answering phone',
      'emergency999',
      'suicidalRisk',
    ],
    ['mum rang, daughter 19 thunderclap headache on the bus, sick twice', 'emergency999', 'otherEmergency'],
    [
      'pt 18 (young carer) says dad hitting his mum right now, pt in the car outside',
      'emergency999',
      'safeguarding',
    ],
    [
      'foster carer rang, baby 4 mths has bruising on his arm, no explanation given',
      'sameDayGp',
      'safeguarding',
    ],
    ['gran rang re grandson 20 barely eating for a month, keeps fainting at work', 'urgent111', 'collapse'],
    ['pt 22 asks about walking group, drinking on waking most days', 'sameDayGp', 'alcoholDependence'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt 20 says she is killing herself with revision, wants study skills group',
    'pt 24 palpitations investigated 2021, ECG normal, wants running club info',
    'student 19 wants farewell party venue ideas for leaving halls',
    'pt 17 young carer, dad fainted last year, all fine, wants respite info',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});

describe('receptionists’ wording: interpreters, asylum hotels, tied work and families of prisoners', () => {
  it.each<[string, TriageUrgency, RedFlagKind]>([
    [
      'pt (Moldovan) via interp: agent keeps passports of all workers, owes 8k, wages taken weekly',
      'sameDayGp',
      'safeguarding',
    ],
    [
      'sister-in-law rang via Dari interp: family taking pts daughter 15 to visit Afghanistan, relatives planning her wedding',
      'sameDayGp',
      'safeguarding',
    ],
    [
      'pt disclosed grandmother arranging cutting for her 4 year old in the holidays',
      'sameDayGp',
      'safeguarding',
    ],
    [
      'mum rang, son in HMP on remand said on phone this is the last time you will hear from me',
      'urgent111',
      'suicidalRisk',
    ],
    [
      'pt disclosed cutting legs most evenings, yesterday deeper, wound still weeping. says not suicidal',
      'sameDayGp',
      'suicidalRisk',
    ],
    [
      'hostel worker rang: resident threatening to set fire to the hostel with staff inside',
      'sameDayGp',
      'riskToOthers',
    ],
    [
      'neighbour rang: pt has a shotgun, says he is going to shoot the neighbours tonight',
      'emergency999',
      'riskToOthers',
    ],
    ['dad rang via interp: 2yo swallowed some of nans heart tablets just now', 'emergency999', 'overdose'],
    ['colleague rang: pt fell off a ladder at the warehouse, cant move his legs', 'emergency999', 'collapse'],
    ['pt (Turkish) c/o sudden worst ever headache, vomiting x3', 'emergency999', 'severePain'],
    ['wife rang: pt confused and sweating, T1DM, not eaten all day', 'emergency999', 'otherEmergency'],
    ['pt c/o RIF pain since am, vomiting, cant walk upright', 'urgent111', 'severePain'],
    // "?FM" is read as "query FM" (spellOutQueries): a suspected forced marriage.
    ['school nurse rang re pt 16, going abroad in the holidays. ?FM', 'sameDayGp', 'safeguarding'],
  ])('%s → %s with %s', (text, urgency, flag) => {
    flaggedAs(text, urgency, flag);
  });

  it.each([
    'pt via interp requests ESOL class, agent helped with visa application, all fine',
    'pt taking daughter to visit family in Lahore for a cousins wedding, wants travel vaccines',
    'pt asks re hair cutting course at college for her daughter',
    'pt son in HMP, release date next month, pt wants family support group',
    'pt asks re fire safety training for hostel staff',
    'pt fell off a ladder last year, fully recovered, wants gardening group',
    'pt had worst headache ever last year, scan normal, wants yoga',
    'pt T1DM well controlled, wants diabetes education group',
    'pt requests SP, denies SH/SI, wants ESOL and community groups',
    'pt wants a local fm radio volunteering role, FM station near surgery',
  ])('leaves a social request alone: %s', (text) => {
    expect(read(text).urgency).toBe('none');
  });
});
