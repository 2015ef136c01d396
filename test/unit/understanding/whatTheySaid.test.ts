import type { Circumstance } from '../../../src/domain/directory/codes';
import { offer as makeOffer } from '../directory/builders';
import { offerWordKeys, wordKeysOfText } from '../../../src/understanding/suggestions/offerWords';
import {
  readWhatTheySaid,
  wordKey,
  type WordsVoice,
} from '../../../src/understanding/suggestions/readWhatTheySaid';

const facts = (text: string, voice: WordsVoice = 'person') =>
  readWhatTheySaid({ texts: [text], voice }).circumstances;
const words = (text: string) => readWhatTheySaid({ texts: [text] }).said.map((said) => said.word);

describe('facts a person states about themself', () => {
  it.each<[string, Circumstance[]]>([
    ["I've got type 2 diabetes and I haven't a clue what to eat.", ['diabetes']],
    ['Doctor says walk more, for the sugar.', ['diabetes']],
    ['My chest is terrible in the mornings.', ['lungCondition']],
    ['Since I went on the oxygen I hardly get out.', ['lungCondition']],
    ['I had a heart attack in March.', ['heartCondition']],
    ["I can't drive since the stroke.", ['stroke']],
    ["Margaret has Alzheimer's and I can't leave her.", ['dementia']],
    ['It has to be walkable with the pram.', ['youngChildren']],
    ['My baby is small.', ['youngChildren']],
    ["I've been kipping on my mates' sofas since me mum kicked me out.", ['noHome']],
    ["I'm on the streets and I need a roof.", ['noHome']],
    ["I've been off work since March with my back.", ['outOfWorkIllHealth']],
    ["My legs won't manage the bus now.", ['cannotUseBus']],
    ["I can't get the bus.", ['cannotUseBus']],
    ['I can manage the bus, but the hospital is a nightmare.', ['canUseBus']],
    ["I can't do phone calls, I just freeze.", ['cannotUsePhone']],
    ["I'm on Universal Credit.", ['meansTestedBenefits']],
  ])('"%s"', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["I'm not diabetic.", 'denied'],
    ['My husband has diabetes.', 'said of someone else'],
    ['My wife had a stroke in the summer.', 'said of someone else'],
    ["I'm worried I could end up homeless.", 'a fear, not a fact'],
    ['I work with homeless people.', 'about their work'],
    ['My daughter is expecting a baby.', 'not their baby'],
    ['I used to get the bus every day.', 'in the past'],
    ["I've been told to claim Universal Credit.", 'not yet on it'],
    ['I work as a carer and I love my job.', 'nothing to read'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(facts(text)).toEqual([]);
  });

  it('reads a link worker\'s note as about the person: "she" is them, "his wife" is not', () => {
    expect(facts('Has COPD and her mornings are bad with her chest.', 'note')).toEqual(['lungCondition']);
    expect(facts('He had a stroke last year.', 'note')).toEqual(['stroke']);
    expect(facts('He had a stroke last year.', 'person')).toEqual([]);
    expect(facts('His wife had a stroke in the summer.', 'note')).toEqual([]);
    expect(facts('Cares for his wife, who has dementia.', 'note')).toEqual(['dementia']);
  });
});

describe("the person's words", () => {
  it('keeps the words that can say what an offer is for, as they wrote them', () => {
    expect(words('I used to sing in the church choir and I love pottery.')).toEqual(
      expect.arrayContaining(['sing', 'church', 'choir', 'pottery']),
    );
  });

  it.each([
    ["I don't like singing, but I love painting.", 'singing', 'painting'],
    ["I'd rather be outside than in a gym.", 'gym', 'outside'],
    ['I hate crowds. I like birds.', 'crowds', 'birds'],
  ])('never keeps a word they denied: "%s"', (text, denied, kept) => {
    expect(words(text)).not.toContain(denied);
    expect(words(text)).toContain(kept);
  });

  it('leaves out words too general to tell offers apart', () => {
    expect(words('I want to meet people and get out of the house on Tuesday mornings.')).toEqual([]);
  });

  it('gives "sang", "singing" and "choir" the key of singing, so each meets a singing group', () => {
    const keys = (text: string) => readWhatTheySaid({ texts: [text] }).said.map((said) => said.key);
    expect(keys('I sang for years')).toContain(wordKey('sing'));
    expect(keys('Singing is my thing')).toContain(wordKey('sing'));
    expect(keys('The choir folded')).toEqual(expect.arrayContaining([wordKey('choir'), wordKey('sing')]));
  });
});

describe("what an offer is for, in words a person's words can meet", () => {
  it('leaves out what the offer says it is not ("no running")', () => {
    const keys = wordKeysOfText('Football at walking pace: no running, no tackling.');
    expect(keys).toContain(wordKey('football'));
    expect(keys).not.toContain(wordKey('running'));
  });

  it("marks the words of the offer's name and activities apart from its description", () => {
    const keys = offerWordKeys(
      makeOffer({
        id: 'pottery',
        name: 'Clay and chat pottery',
        description: 'Hand-build pots and tiles; we fire them for you.',
        activities: ['Ceramics'],
      }),
    );
    expect(keys).toContainEqual({ key: wordKey('pottery'), named: true });
    expect(keys).toContainEqual({ key: wordKey('ceramics'), named: true });
    expect(keys).toContainEqual({ key: wordKey('tiles'), named: false });
  });
});
