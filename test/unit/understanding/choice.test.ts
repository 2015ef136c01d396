import { readChoice, type ChoiceOption } from '../../../src/understanding/choice';

const yesNo: ChoiceOption[] = [
  { label: "Yes, that's OK", answers: 'yes' },
  { label: 'No thanks', answers: 'no' },
];
const myBooking: ChoiceOption[] = [
  { label: 'Move my booking', words: ['move', 'change', 'reschedule'] },
  { label: 'Cancel my booking', words: ['cancel', "can't come"] },
  { label: 'Keep it as it is', words: ['keep', 'leave it'] },
];
const slots: ChoiceOption[] = [
  { label: 'Tuesday 8 December at 10am with Amara Okafor' },
  { label: 'Wednesday 9 December at 2:30pm with Tom Reid' },
  { label: 'Friday 11 December at 11:15am with Amara Okafor' },
  { label: 'Show more times', words: ['more', 'none of these'], numbered: false },
];

const modes: ChoiceOption[] = [
  { label: 'In person', words: ['in person', 'face to face'] },
  { label: 'By phone', words: ['phone', 'by phone'] },
  { label: 'By video call', words: ['video', 'teams', 'zoom'] },
];
const deleteConfirm: ChoiceOption[] = [
  { label: 'Yes, delete it', answers: 'yes' },
  { label: 'No, keep it', answers: 'no' },
];

const read = (text: string, options: ChoiceOption[]) => readChoice({ text, locale: 'en-GB', options }).value;
const picked = (index: number) => ({ kind: 'option', index });

describe('readChoice', () => {
  it.each([
    ['yes', 0],
    ['yeah go on', 0],
    ["I don't mind", 0],
    ['spot on', 0],
    ['👍', 0],
    ['no thanks', 1],
    ['nah', 1],
    ["I'd rather not", 1],
  ])('yes/no: %s → option %i', (text, index) => {
    expect(read(text, yesNo)).toEqual(picked(index));
  });

  it.each([['sort of?'], ['who else sees it?'], ['banana'], ['']])('yes/no: %s is unclear', (text) => {
    expect(read(text, yesNo)).toEqual({ kind: 'unclear' });
  });

  it.each([
    ['cancel it', 1],
    ['cancel', 1],
    ['move it', 0],
    ['can we change it to another day', 0],
    ['keep it', 2],
    ["don't cancel it, leave it", 2],
  ])('my booking: %s → option %i', (text, index) => {
    expect(read(text, myBooking)).toEqual(picked(index));
  });

  it.each([
    ['2', 1],
    ['the 2nd', 1],
    ['the first one', 0],
    ["I'll take the last one", 2],
    ['number 3 please', 2],
    ['the Tuesday one', 0],
    ['the one with Tom', 1],
    ['the 2:30 one', 1],
    ['friday at 11.15', 2],
    ['none of these', 3],
  ])('slots: %s → option %i', (text, index) => {
    expect(read(text, slots)).toEqual(picked(index));
  });

  it('picks by a number only when the whole answer is a pick', () => {
    expect(read('I have one question, is there parking?', myBooking)).toEqual({ kind: 'unclear' });
    expect(read('Time off on one day', myBooking)).toEqual({ kind: 'unclear' });
    expect(read('I have 2 kids to pick up at 3', slots)).toEqual({ kind: 'unclear' });
  });

  it.each([
    ['the 2nd one sounds good actually', 1],
    ['2nd one tbh', 1],
    ['honestly the first one is grand', 0],
    ['number 3 mate', 2],
    ['ooh the second one sounds great', 1],
    ['the last one suits me really', 2],
    ["i'd rather the third one", 2],
    ['ill go for the 1st one', 0],
    ['id like the 2nd one', 1],
    ['imma go with the 3rd', 2],
  ])('a pick among the words people add to it: %s → option %i', (text, index) => {
    expect(read(text, slots)).toEqual(picked(index));
  });

  it.each([['not the first one'], ["can't do the 2nd one"], ['is the 2nd one in person?']])(
    'a position in a refusal or a question picks nothing: %s',
    (text) => {
      expect(read(text, slots)).not.toEqual(expect.objectContaining({ kind: 'option' }));
    },
  );

  it('says when a position is past the end of the list', () => {
    expect(read('5', slots)).toEqual({ kind: 'notOffered', position: 5 });
  });

  it('reads a yes with a date to a yes/no question as a yes, not a position', () => {
    expect(read('yes, the one on the 8th', yesNo)).toEqual(picked(0));
  });

  it.each([
    ['middle one', 1],
    ['second one down', 1],
    ['whichever is first', 0],
    ['the latest one', 2],
    ['1 or 3', 0],
  ])('slots by place: %s → option %i', (text, index) => {
    expect(read(text, slots)).toEqual(picked(index));
  });

  it.each([['any of them'], ['any is fine'], ['not fussed, you pick'], ['either']])(
    '%s leaves the choice to us',
    (text) => {
      expect(read(text, slots)).toEqual({ kind: 'any' });
    },
  );

  it('hears "I don\'t mind" to a yes/no question as a yes, not as "any"', () => {
    expect(read("I don't mind", yesNo)).toEqual(picked(0));
  });

  it('chooses nothing when the answer asks something', () => {
    expect(read("what's a video call?", modes)).toEqual({ kind: 'unclear' });
    expect(read('how does the phone one work', modes)).toEqual({ kind: 'unclear' });
    expect(read('what about by phone', modes)).toEqual(picked(1));
  });

  it('reads "X is fine" as choosing X, and a denied option as not chosen', () => {
    expect(read('teams is fine', modes)).toEqual(picked(2));
    expect(read("i don't want to delete it", deleteConfirm)).toEqual(picked(1));
    expect(read('not the phone', modes)).toEqual({ kind: 'unclear' });
  });

  it('leaves words shared by two options unclear', () => {
    expect(read('Amara', slots)).toEqual({ kind: 'unclear' });
  });

  it('reads "none of those" when no option says it', () => {
    expect(read('none of those', myBooking)).toEqual({ kind: 'none' });
  });

  it("gives the patient's words as evidence", () => {
    const reading = readChoice({ text: 'the one with Tom please', locale: 'en-GB', options: slots });
    expect(reading.evidence.map((span) => span.text)).toEqual(['Tom']);
  });
});
