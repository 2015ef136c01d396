import { readSlotChoice, type SlotChoiceResult } from '../../../dialogs/booking/slotChoice';

// Three times offered on Monday 7 December 2026 at 09:00 in London (GMT).
const offered = ['slot-1', 'slot-2', 'slot-3'];
const labels = [
  'Tuesday 8 December at 10am with Amara Okafor',
  'Wednesday 9 December at 2:30pm with Tom Reid',
  'Friday 11 December at 11:15am with Amara Okafor',
];
const starts = ['2026-12-08T10:00:00.000Z', '2026-12-09T14:30:00.000Z', '2026-12-11T11:15:00.000Z'];
const words = { more: ['more', 'anything else'], otherDay: ['another day', 'a different day'] };

const read = (text: string, withStarts = true): SlotChoiceResult =>
  readSlotChoice({
    text,
    value: undefined,
    offered,
    labels,
    ...(withStarts ? { starts } : {}),
    words,
    locale: 'en-GB',
    now: new Date('2026-12-07T09:00:00Z'),
  });
const picked = (slotId: string): SlotChoiceResult => ({ ok: true, choice: { kind: 'pick', slotId } });

describe('readSlotChoice', () => {
  it.each([
    ['fri', 'slot-3'],
    ['half 2', 'slot-2'],
    ['the 8th', 'slot-1'],
    ['11/12', 'slot-3'],
    ['the afternoon one', 'slot-2'],
    ['quarter past 11', 'slot-3'],
  ])('"%s" picks the one offered time it fits', (text, slotId) => {
    expect(read(text)).toEqual(picked(slotId));
  });

  it.each([['earliest'], ['next available'], ['any of them'], ['not fussed, you pick']])(
    '"%s" picks the earliest time',
    (text) => {
      expect(read(text)).toEqual(picked('slot-1'));
    },
  );

  it('picks the middle one, the last one, and the first of "1 or 3"', () => {
    expect(read('middle one')).toEqual(picked('slot-2'));
    expect(read('the latest one')).toEqual(picked('slot-3'));
    expect(read('1 or 3')).toEqual(picked('slot-1'));
  });

  it('looks again when several offered times fit ("mornings"), or none does', () => {
    for (const text of ['mornings are better for me', 'next Thursday']) {
      const result = read(text);
      expect(result.ok && result.choice.kind).toBe('when');
    }
  });

  it('does not read a question about the times as another time, nor pick by it', () => {
    expect(read('is it in person?')).toEqual({ ok: false, problem: 'asksMode' });
    expect(read('which one is by phone?')).toEqual({ ok: false, problem: 'asksMode' });
    expect(read('when am I seeing the lady')).toEqual({ ok: false, problem: 'notUnderstood' });
    const friday = read('what about friday?');
    expect(friday.ok && friday.choice.kind).toBe('when');
  });

  it('refuses a position past the end of the list that is no date', () => {
    expect(read('9')).toEqual({ ok: false, problem: 'notOffered' });
  });

  it('without the start times, reads a day as another day to look at', () => {
    const result = read('fri', false);
    expect(result.ok && result.choice.kind).toBe('when');
  });
});

describe('readSlotChoice with a way of meeting', () => {
  it('keeps the way of meeting said with another time', () => {
    expect(read('asap by phone please')).toMatchObject({ ok: true, choice: { kind: 'when', mode: 'phone' } });
    expect(read('next thursday by video')).toMatchObject({
      ok: true,
      choice: { kind: 'when', mode: 'video' },
    });
  });

  it.each([
    ['2 by phone please', 'slot-2', 'phone'],
    ['the 2nd one in person please', 'slot-2', 'inPerson'],
    ['number 3, video call', 'slot-3', 'video'],
    ['1 face to face', 'slot-1', 'inPerson'],
  ])('"%s" picks the time and keeps the way of meeting', (text, slotId, mode) => {
    expect(read(text)).toEqual({ ok: true, choice: { kind: 'pick', slotId, mode } });
  });

  it.each([
    ['is the first one by phone'],
    ['can i do it in person?'],
    ['by phone?'],
    ['are they face to face'],
  ])('"%s" asks how the times are held: answered, not read as a day', (text) => {
    expect(read(text)).toEqual({ ok: false, problem: 'asksMode' });
  });

  it('says no way of meeting when none was said', () => {
    const result = read('next Thursday');
    expect(result.ok && result.choice.kind === 'when' && 'mode' in result.choice).toBe(false);
  });
});

describe('readSlotChoice with a link worker asked for by name', () => {
  const workers = [
    { id: 'amara-okafor', name: 'Amara Okafor' },
    { id: 'tom-reid', name: 'Tom Reid' },
    { id: 'priya-raman', name: 'Priya Raman' },
  ];
  const readNaming = (text: string): SlotChoiceResult =>
    readSlotChoice({
      text,
      value: undefined,
      offered,
      labels,
      starts,
      words,
      workers,
      locale: 'en-GB',
      now: new Date('2026-12-07T09:00:00Z'),
    });

  it('looks for the times of a worker who was not on the list, the earliest first', () => {
    const result = readNaming('with Priya please');
    expect(result).toMatchObject({ ok: true, choice: { kind: 'when', worker: 'priya-raman' } });
    expect(result.ok && result.choice.kind === 'when' && result.choice.when.asap).toBe(true);
  });

  it('keeps the day said with the name', () => {
    const result = readNaming('can I see Priya on Thursday instead');
    expect(result).toMatchObject({ ok: true, choice: { kind: 'when', worker: 'priya-raman' } });
    expect(result.ok && result.choice.kind === 'when' && result.choice.when.asap).toBe(false);
  });

  it('still picks a listed time by its worker, and reads a worker turned down as nobody asked for', () => {
    expect(readNaming('the one with Tom')).toEqual(picked('slot-2'));
    expect(readNaming('not Priya')).toEqual({ ok: false, problem: 'notUnderstood' });
  });
});
