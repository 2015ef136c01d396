import { readCommand, readIntent } from '../../../src/understanding/intent';

const intent = (text: string) => readIntent({ text, locale: 'en-GB' });

describe('readIntent: the first message and the main menu', () => {
  it.each([
    ["I'm really lonely since my wife went into a care home", 'whatMatters'],
    ["I'd like some help filling in my benefits form", 'whatMatters'],
    ['help with my gas bill', 'whatMatters'],
    ['can I get a befriender?', 'whatMatters'],
    ['is there a befriending service round here', 'whatMatters'],
    ['book', 'book'],
    ['see someone', 'book'],
    ['can I book in with the link worker', 'book'],
    // A second booking, asked for at the menu after the first.
    ['book another with Amara please', 'book'],
    ['can I book another session', 'book'],
    ['my appointment', 'myBooking'],
    ['when is my appointment?', 'myBooking'],
    ['cancel my booking', 'cancelBooking'],
    ['cant make my appointment tomorrow', 'cancelBooking'],
    ['move my appointment to next week', 'moveBooking'],
    ['can I speak to a real person', 'talkToPerson'],
    ['help', 'help'],
    ['how does this work', 'help'],
    ['start over', 'startOver'],
    ['delete my data', 'deleteData'],
    ['hello', 'greeting'],
    ['👋', 'greeting'],
    ['asdfgh', 'unclear'],
    ['😂😂', 'unclear'],
    ['can I book a GP appointment', 'unclear'],
    ['I need a repeat prescription', 'unclear'],
    ['hiya pet', 'greeting'],
    ["Hello, lovely weather today isn't it", 'greeting'],
    ['Hi, my name is Margaret', 'greeting'],
    ['what is a link worker', 'help'],
    ['am I talking to a robot', 'help'],
    ['does it cost anything to see the link worker', 'help'],
    ['HELP WHAT DO I PRESS', 'help'],
    ['bk appt', 'book'],
    ['when is the link worker ringing me', 'myBooking'],
    ['rearrange my appointment with the link worker', 'moveBooking'],
    ['take my appointment off please', 'cancelBooking'],
    ['is there a human', 'talkToPerson'],
    ['restart the chat', 'startOver'],
    ['i told you too much please delete it', 'deleteData'],
    ['cancel my dentist appointment', 'unclear'],
    ['book me a taxi to the hospital', 'unclear'],
  ])('%s → %s', (text, expected) => {
    expect(intent(text).value).toBe(expected);
  });

  it("keeps the patient's words as a story only when they say something about their life", () => {
    expect(intent("I'm really lonely since my wife went into a care home").story).toBe(true);
    expect(intent('talk about what matters to me').story).toBe(false);
    expect(intent('book').story).toBe(false);
  });

  it('hears a story past a greeting or a word such as "lost", not past a booking word', () => {
    expect(intent("Hi, since we lost Dennis I've not been anywhere").value).toBe('whatMatters');
    expect(intent('I get confused by the bus timetables since they changed them').value).toBe('whatMatters');
    expect(intent("I can't get a taxi that takes my wheelchair").value).toBe('whatMatters');
    expect(intent('I need to reschedule with Tom').value).toBe('moveBooking');
  });

  it('tells a message asking for someone else from one about the patient', () => {
    expect(intent('can my dad get a befriender').forSomeoneElse).toBe(true);
    expect(intent('my mum says she is lonely, can she get a befriender?').forSomeoneElse).toBe(true);
    expect(intent("is there anything for my son, he's lonely").forSomeoneElse).toBe(true);
    expect(intent('my dad is so lonely, is there anything for him').forSomeoneElse).toBe(true);
    // Their own needs, a worry of their own, or a denial are not a request for someone else.
    expect(intent('can I get a befriender?').forSomeoneElse).toBeUndefined();
    expect(intent("I'm worried about my mum, she's really lonely").value).toBe('whatMatters');
    expect(intent("my mum isn't lonely, she just wants a lift").forSomeoneElse).toBeUndefined();
    expect(intent('banana').forSomeoneElse).toBeUndefined();
  });

  it('does not take a denied intent', () => {
    expect(intent("I don't want to book anything, I just feel low").value).toBe('whatMatters');
  });

  it('gives a confidence and the words it rests on', () => {
    const reading = intent('please cancel my booking');
    expect(reading.confidence).toBeGreaterThan(0.5);
    expect(reading.evidence.map((span) => span.text)).toContain('cancel my booking');
  });

  it.each([[''], ['   '], ['x'.repeat(5000)]])('never throws on %j', (text) => {
    expect(() => intent(text)).not.toThrow();
  });
});

describe('readCommand: commands inside a flow', () => {
  const command = (text: string) => readCommand({ text, locale: 'en-GB' });

  it.each([
    ['help', 'help'],
    ['HELP!', 'help'],
    ['  What can you do?  ', 'help'],
    ['start over please', 'startOver'],
    ['Start again.', 'startOver'],
    ['stop', 'stop'],
    ['Cancel', 'stop'],
    ['talk to a person', 'talkToPerson'],
    ['can I speak to a real person please', 'talkToPerson'],
    ['human pls', 'talkToPerson'],
    ['Delete my data!', 'deleteData'],
    ['my booking', 'myBooking'],
    ['cancel my booking', 'cancelBooking'],
  ])('"%s" is the %s command', (text, expected) => {
    expect(command(text)?.value).toBe(expected);
  });

  it.each([
    'I want to stop smoking',
    'can you help me with money',
    'help with my gas bill',
    'my husband is not much help',
    'cancel my gym membership, I cannot afford it',
    '',
    '   ',
    'a'.repeat(500),
  ])('"%s" is an answer, not a command', (text) => {
    expect(command(text)).toBeUndefined();
  });

  it('says whether the command is the whole message', () => {
    expect(command('help')?.whole).toBe(true);
    expect(command("I won't make it so cancel my booking")?.whole).toBe(false);
  });
});
