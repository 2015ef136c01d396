import type { MessageKey } from '../../../src/i18n/translator';
import { readSuggestionReply, type SuggestionButton } from '../../../src/understanding/suggestionReply';
import { translator } from '../../support/dialogs';

const list = (key: MessageKey) => translator.list('en-GB', key);
const button = (key: SuggestionButton) => ({
  label: translator.t('en-GB', `suggestions.button.${key}`),
  words: list(`suggestions.words.${key}`),
});
const offers = ['Bereavement café', 'Westmoor litter pickers', 'Green Shoots community allotment'];

function read(text: string) {
  return readSuggestionReply({
    text,
    offers,
    buttons: { otherOptions: button('otherOptions'), book: button('book'), done: button('done') },
    moreWords: list('suggestions.words.moreInfo'),
    when: { referenceDate: new Date('2026-11-24T10:00:00Z'), timeZone: 'Europe/London' },
  }).value;
}

describe('readSuggestionReply', () => {
  it.each([
    ['the 2nd one', { kind: 'offer', index: 1, more: false }],
    ['the first one sounds nice', { kind: 'offer', index: 0, more: false }],
    ["I'm interested in the 2nd", { kind: 'offer', index: 1, more: false }],
    // "the 2nd" is no date here, and a word added to the pick keeps it a pick.
    ['the 2nd one sounds good actually', { kind: 'offer', index: 1, more: false }],
    ['the cafe', { kind: 'offer', index: 0, more: false }],
    ['litter pickers please', { kind: 'offer', index: 1, more: false }],
    ['tell me more about the allotment', { kind: 'offer', index: 2, more: true }],
    ['tell me about the litter pickers', { kind: 'offer', index: 1, more: true }],
    ['more about the 3rd', { kind: 'offer', index: 2, more: true }],
    ['more 2', { kind: 'offer', index: 1, more: true }],
    ['tell me more about the first one', { kind: 'offer', index: 0, more: true }],
    ['can you tell me more about number 2', { kind: 'offer', index: 1, more: true }],
    ['5', { kind: 'notOffered' }],
    // Asked about something none of them is: not on the list, rather than not understood.
    ['tell me more about the knitting one', { kind: 'notOffered' }],
    ['other options', { kind: 'button', button: 'otherOptions' }],
    ['no thanks', { kind: 'button', button: 'done' }],
    // None of these suit: the patient is shown others, not sent away.
    ['none of them really', { kind: 'button', button: 'otherOptions' }],
    ['none of those sound like me', { kind: 'button', button: 'otherOptions' }],
    ["that's all for now thanks", { kind: 'button', button: 'done' }],
    ["I'd like to see someone", { kind: 'book' }],
    ['yes book it', { kind: 'book' }],
    ['asap by phone please', { kind: 'book', said: 'asap by phone please' }],
  ])('reads "%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    "I don't like the allotment",
    'what time is the allotment',
    'ok',
    'tell me more',
    'sounds good',
    'tell me more about the first of the month',
  ])('chooses nothing from "%s"', (text) => {
    expect(read(text)).toEqual({ kind: 'unclear' });
  });
});

describe('the ways of asking for more, compiled once per list', () => {
  const readWith = (text: string, moreWords: readonly string[]) =>
    readSuggestionReply({
      text,
      offers,
      buttons: { otherOptions: button('otherOptions'), book: button('book'), done: button('done') },
      moreWords,
    }).value;

  it('reads each list as its own, however many lists have been read before', () => {
    for (let i = 0; i < 70; i += 1) readWith('the 2nd one', [`ask number ${i}`]);
    expect(readWith('details of the allotment', ['details of'])).toEqual({
      kind: 'offer',
      index: 2,
      more: true,
    });
    expect(readWith('details of the allotment', ['tell me more'])).not.toEqual({
      kind: 'offer',
      index: 2,
      more: true,
    });
    expect(read('tell me more about the allotment')).toEqual({ kind: 'offer', index: 2, more: true });
  });
});
