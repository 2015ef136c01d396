import {
  assessMessage,
  screenMessage,
  type CrisisKind,
  type HitStatus,
  type Subject,
} from '../../../src/domain/safety';

// The negation, past and third-party policy written at the top of src/domain/safety/assessMessage.ts.

type Case = [text: string, kinds: CrisisKind[], subjects: Subject[]];

describe('negation', () => {
  it.each<Case>([
    ["I'm not suicidal, just lonely", [], []],
    ["i'm not suicidal or anything, i just need someone to talk to", [], []],
    ['I would never hurt myself', [], []],
    ["I'm not going to kill myself, I just need help with my debts", [], []],
    ["I don't want to die, I want to get better", [], []],
    ['he doesnt hit me, he is just grumpy', [], []],
    ["I haven't taken an overdose", [], []],
    ['my friend isnt suicidal, just bored', [], []],
    // A denial covers only the words it governs.
    ["I'm not suicidal but I don't see the point in being alive", ['suicidal'], ['self']],
    ["I'm not suicidal, but he hits me", ['abuse'], ['self']],
    // A denial undone by what follows is no denial.
    ['i dont want to kill myself yet but i think about it a lot', ['suicidal'], ['self']],
    ["I don't want to kill myself but I think about it every night", ['suicidal'], ['self']],
    // Phrases that are themselves negative are not undone by a second negative.
    ["it's not that I don't want to be alive, it's that I'm tired", ['suicidal'], ['self']],
    // A comma does not carry a denial on to the next part.
    ['no food, no money, want to die', ['suicidal'], ['self']],
  ])('%s → %j %j', (text, kinds, subjects) => {
    const result = assessMessage({ text, locale: 'en-GB' });
    expect(result.kinds).toEqual(kinds);
    expect(result.subjects).toEqual(subjects);
    expect(result.crisis).toBe(kinds.length > 0);
  });

  it('keeps a denied hit as evidence, so the subject can be seen to have come up', () => {
    const result = assessMessage({ text: "I'm not suicidal, just lonely" });
    expect(result.evidence).toEqual([
      {
        kind: 'suicidal',
        rule: 'en-GB/suicidal.suicidal',
        subject: 'self',
        status: 'negated',
        tier: 'clear',
        sentence: 0,
      },
    ]);
  });
});

describe('past', () => {
  it.each<[string, boolean, HitStatus]>([
    ['I used to self harm years ago but I am fine now', false, 'past'],
    ['I was suicidal when I was a teenager', false, 'past'],
    ['I used to self harm and I have started again', true, 'current'],
    ['I was suicidal years ago and I still feel the same', true, 'current'],
    // Recent is current.
    ['I tried to kill myself last week', true, 'current'],
    ['i cut myself last night', true, 'current'],
  ])('%s → crisis %s (%s)', (text, crisis, status) => {
    const result = assessMessage({ text });
    expect(result.crisis).toBe(crisis);
    expect(result.evidence.map((item) => item.status)).toContain(status);
  });

  it('revives an old overdose for the mind, not for the body, when it is back', () => {
    const result = assessMessage({ text: 'i took an overdose last year and i feel like doing it again' });
    expect(result.kinds).toEqual(['suicidal']);
    expect(result.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'medicalEmergency', status: 'past' }),
        expect.objectContaining({ kind: 'suicidal', status: 'current' }),
      ]),
    );
  });
});

describe('third parties', () => {
  it.each<Case>([
    ['my friend said she wants to kill herself', ['suicidal'], ['someoneElse']],
    ['my son told me he wants to die', ['suicidal'], ['someoneElse']],
    ["I'm worried my dad is suicidal", ['suicidal'], ['someoneElse']],
    ['my daughter is self harming', ['selfHarm'], ['someoneElse']],
    ["my friend's husband beats her", ['abuse'], ['someoneElse']],
    ['my husband has collapsed', ['medicalEmergency'], ['someoneElse']],
    ['my son says he is going to hurt someone', ['harmToOthers'], ['someoneElse']],
    // The nearest subject before the words decides.
    ['my son says I should kill myself', ['suicidal'], ['self']],
    ['my husband hits me and I want to die', ['suicidal', 'abuse'], ['self']],
    ['my mum keeps saying she wants to die and I want to die too', ['suicidal'], ['self', 'someoneElse']],
    // Abuse done to someone named only as the object of the verb, with no word for the writer.
    ['my niece is 12 and a man online keeps asking her for pictures', ['abuse'], ['someoneElse']],
    ['a man online keeps asking me for pictures', ['abuse'], ['self']],
    ['my lad shouts for money. bit scared of him', ['abuse'], ['self']],
    // Abuse whose words name the writer as the one it is done to is theirs, whoever came before.
    ['my partner gets angry and then he locks me in the flat', ['abuse'], ['self']],
    ['the landlord came round drunk and they pinned me to the wall', ['abuse'], ['self']],
    // Not when someone else is the object in the same words, or the writer only keeps the secret.
    ['my stepdad hits my mum and they hurt her badly last night', ['abuse'], ['someoneElse']],
    ['my mate says her dad hits her and she made me promise not to tell', ['abuse'], ['someoneElse']],
  ])('%s → %j %j', (text, kinds, subjects) => {
    const result = assessMessage({ text });
    expect(result.crisis).toBe(true);
    expect(result.kinds).toEqual(kinds);
    expect(result.subjects).toEqual(subjects);
  });
});

describe('figures of speech and talk about services', () => {
  it.each([
    "I'm dying to try pottery",
    'my back is killing me',
    'I could murder a cup of tea',
    'this debt is killing me',
    'the commute is murder',
    'I nearly died laughing',
    "I'd kill for a garden",
    'dead tired',
    'is there a suicide prevention volunteering group?',
    'I volunteer with Samaritans',
    'my mum had a stroke last year and I care for her',
    'what should you do if someone collapses in the street?',
    'I killed myself laughing at that film',
    'my mum will kill me if I forget her birthday',
  ])('%s is not a crisis', (text) => {
    expect(assessMessage({ text }).crisis).toBe(false);
  });

  // Everyday sentences that share words with a rule; each was a false positive of an earlier draft.
  it.each([
    'it would be easier if I was closer to the bus stop',
    "they'd be better off if I was more organised",
    'I have a plan to take the bus',
    'I keep checking my phone for messages',
    "I'm not allowed to have sugar",
    'I took the car keys by mistake',
    'I was looking up how many calories are in a banana',
    "I'll take all my tablets as prescribed",
    "I've taken all my tablets for today",
    "I won't be here tomorrow, I'm on holiday",
    'I was walking off the bus',
    'we were driving off the motorway at junction 5',
    'my fingers go blue in the cold',
    "I'm harassed by debt collectors",
    "I'm scared of my kids seeing me like this",
    'my daughter takes my pension out for me',
    'I cut myself shaving this morning',
    'I burn myself out every week',
  ])('%s is not a crisis', (text) => {
    expect(assessMessage({ text }).crisis).toBe(false);
  });

  it('still finds a crisis next to a figure of speech', () => {
    expect(
      assessMessage({ text: 'this debt is killing me, the debt makes me want to end it all' }).kinds,
    ).toEqual(['suicidal']);
  });
});

describe('immediate danger', () => {
  it.each<[string, boolean]>([
    ['I want to die', false],
    ["I'm going to end it all tonight", true],
    ['I have a plan to kill myself', true],
    ["I've got pills saved up", true],
    ['he hits me and he is outside the house now', true],
    ['crushing pain in my chest', true],
    ["I'm not safe at home", false],
    ["I'm not suicidal", false],
  ])('%s → %s', (text, immediate) => {
    expect(assessMessage({ text }).immediateDanger).toBe(immediate);
  });
});

describe('locales', () => {
  it.each<[string, string | undefined, CrisisKind[]]>([
    ['chcę się zabić', 'pl', ['suicidal']],
    ['Chcę się zabić', 'pl-PL', ['suicidal']],
    ['nie chcę już żyć', 'pl', ['suicidal']],
    ['mąż mnie bije', 'pl', ['abuse']],
    ['nie chcę umrzeć', 'pl', []],
    // Patients switch to English: en-GB always runs as well.
    ['I want to die', 'pl', ['suicidal']],
    // No Welsh table yet: the fallback is en-GB.
    ['I want to die', 'cy', ['suicidal']],
    ['I want to die', 'xx-YY', ['suicidal']],
    ['I want to die', undefined, ['suicidal']],
    ['I want to die', 'en_GB', ['suicidal']],
  ])('%s (%s) → %j', (text, locale, kinds) => {
    expect(assessMessage({ text, locale }).kinds).toEqual(kinds);
  });

  it('does not read Polish rules in an English conversation', () => {
    expect(assessMessage({ text: 'chcę się zabić', locale: 'en-GB' }).crisis).toBe(false);
  });
});

// Narrowings made from the everyday dev lines (data/safety/dev/ordinary-voices*.tsv): each ordinary
// sentence sits beside a near twin that must stay a crisis, so a narrowing that goes too far fails here.
describe('narrowed false alarms, each beside a twin that is still a crisis', () => {
  it.each<[ordinary: string, crisis: string]>([
    [
      "I've never thought about ending my life, I'm just bored",
      'I never thought about ending my life but now I do',
    ],
    ['nobody hurts me, I just feel isolated', 'he hurts me and nobody believes me'],
    ["no one's threatening me, it's just the debt", 'he threatened me'],
    ["I'm safe at home, my husband is lovely", "I'm not safe at home"],
    [
      "my GP asked if I had thoughts of suicide and I don't",
      'my GP asked if I had thoughts of suicide and I do',
    ],
    ['i self harmed in the past but not for years', "I've self harmed in the past week"],
    [
      'I took an overdose when I was 17, that was 20 years ago',
      'I took an overdose when I was 17 and I want to do it again',
    ],
    ["I've been killing myself working doubles to pay the rent", "I'm killing myself"],
    ['I nearly killed myself tripping over the cat', 'I nearly killed myself last night'],
    ['my laptop committed suicide, lol', 'i want to commit suicide'],
    ['honestly I want to die of embarrassment', 'I want to die'],
    ['i wanna die my hair purple', 'i want to die my hair is falling out'],
    ['I overdosed on chocolate at Easter ha', 'I overdosed on my tablets'],
    ["i feel like i'm dying with this hangover", "I think I'm dying"],
    [
      'I bleed a lot with my periods, the GP is sorting it',
      "I'm bleeding a lot with my period and soaking a pad every hour",
    ],
    ['I went bungee jumping off a bridge for charity', "I'm going to jump off a bridge"],
    ['he beat me at chess again', 'he beats me at home'],
    ['my grandson kicked me by accident playing football', 'my grandson kicked me'],
    ['I got shot of my old car finally', 'my son was shot last night'],
    ['my brother was shot in the army, he lost his leg', 'my brother has been shot'],
    ["I can't breathe in this heat", "I can't breathe"],
    ['I blacked out the windows for my night shifts', 'I blacked out and fell'],
    ["I'm unconscious by 9pm these days ha", 'he is unconscious by the stairs'],
    ['the group collapsed when the leader moved away', 'my husband collapsed'],
    ['my arm went dead from sleeping on it', 'my arm went dead and my face is drooping'],
    ['my lips go blue in cold water swimming', 'his lips are blue'],
    ["my dog won't let me sleep in", "he won't let me sleep"],
    ['I watched a documentary about domestic violence', "I'm in an abusive relationship"],
    ['the stairs will kill her one day', 'he will kill her'],
    ["i'll kill my brother if he touches my xbox again lol", "i'll kill my brother"],
    ["I attempted suicide at 19, I'm 45 and well", "I'm going to kill myself at 19"],
    ['my friend was groomed online when she was 12, she is 25 now', 'my friend is being groomed online'],
    ['my face is numb from the dentist', 'my face is numb and drooping'],
    ["my speech is slurred after the dentist's injection", 'his speech is slurred'],
    ['my book club is reading a novel about a suicide', 'I am thinking about suicide'],
    ['I deal with self harm at work, I am a nurse', 'I self harm at work'],
    ['pt hx self harm as teen, none for 10 years', 'pt self harming again'],
    ['non-cardiac chest pain, wants a walking group', 'chest pain for years but worse today and sweaty'],
    ['my heart hurts for my friend who lost her mum', 'my heart hurts and my arm is numb'],
    ["I've had loads of paracetamol this week, within the limit", "I've had loads of paracetamol this week"],
    ['I stopped breathing in my sleep, the clinic gave me a CPAP', 'he stopped breathing'],
  ])('%s is not a crisis; %s is', (ordinary, crisis) => {
    expect(assessMessage({ text: ordinary }).crisis).toBe(false);
    expect(assessMessage({ text: crisis }).crisis).toBe(true);
  });

  // Someone else hurt, self-harming or dead by suicide, when the writer asks how to help: one direct
  // question, not the full reply; a sign that the danger is now keeps the full reply.
  it.each<[text: string, outcome: 'check' | 'crisis']>([
    ["my friend's husband hit her, I want to help her", 'check'],
    ["my sister self harms and I don't know how to help her", 'check'],
    ["my son's friend killed himself and he's upset", 'check'],
    ['my brother took his life, it was a long time ago', 'check'],
    [
      "my sister is in an abusive relationship, she's getting help from a refuge, I'm supporting her",
      'check',
    ],
    ["I'm in an abusive relationship and I want to support them", 'crisis'],
    ['my brother has just taken his own life', 'crisis'],
    ["my friend's husband hit her, she's here now, I want to help her", 'crisis'],
    ["my friend's husband hit her last night and she's scared, I want to help her", 'crisis'],
    ["I self harm and I don't know how to help her", 'crisis'],
    ['my friend killed himself last night and I want to join him', 'crisis'],
  ])('%s → %s', (text, outcome) => {
    expect(screenMessage({ text, locale: 'en-GB' }).outcome).toBe(outcome);
  });
});
