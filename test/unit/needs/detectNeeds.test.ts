import { detectNeeds } from '../../../src/understanding/needs/detectNeeds';
import { evaluate, parseLabelledTsv } from '../../../src/domain/needs/evaluation';
import { MAX_INPUT_LENGTH } from '../../../src/understanding/needs/matcher';
import { NEED_IDS, isNeedId, type NeedId } from '../../../src/domain/needs/taxonomy';
import { readNeedsData } from './needsData';

const ids = (text: string, locale = 'en-GB'): NeedId[] =>
  detectNeeds({ text, locale }).needs.map((need) => need.id);

describe('detectNeeds on labelled patient sentences', () => {
  const development = parseLabelledTsv(readNeedsData('needs.tsv'), isNeedId);
  const heldOut = parseLabelledTsv(readNeedsData('needs-heldout.tsv'), isNeedId);
  const heldOutTwo = parseLabelledTsv(readNeedsData('needs-heldout-2.tsv'), isNeedId);

  it('has at least 150 development sentences covering every need', () => {
    expect(development.length).toBeGreaterThanOrEqual(150);
    const covered = new Set(development.flatMap((labelled) => labelled.expected));
    expect([...NEED_IDS].filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each([
    ['needs.tsv', development],
    ['needs-heldout.tsv', heldOut],
    ['needs-heldout-2.tsv', heldOutTwo],
  ])('%s: precision and recall are at least 0.9', (_file, cases) => {
    const result = evaluate(cases, (text) => ids(text), NEED_IDS);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps every need at recall 0.8 or more on the development set', () => {
    const result = evaluate(development, (text) => ids(text), NEED_IDS);
    const weak = result.perId.filter((score) => score.recall < 0.8).map((score) => score.id);
    expect(weak).toEqual([]);
  });
});

describe('detectNeeds behaviour', () => {
  it.each<[string, NeedId[], NeedId[]]>([
    // A husband or wife in a care home is no bereavement: they are alive, and the patient is alone.
    ["I'm lonely since my wife went into a care home", ['loneliness'], ['bereavement']],
    ['my husband moved into a nursing home', ['loneliness'], ['bereavement']],
    ['since my wife left me I hardly see anyone', [], ['bereavement']],
    ['my wife works in a care home', [], ['loneliness', 'bereavement']],
    // Contractions without the apostrophe.
    ['moneys tight', ['money'], []],
    ["I'm struggling after losing someone close", ['bereavement'], []],
    // A possessive typed without its apostrophe is still someone close who has died.
    ['its the anniversary of my mums death on friday and i am sad', ['bereavement'], []],
    ['since my husbands passing i dont go out', ['bereavement'], []],
    ['my mums birthday party is on friday and i am dreading it', [], ['bereavement']],
    // Stalking is a person following someone, not deer on an estate.
    ['my ex keeps stalking me', ['domesticAbuse'], []],
    ['I think I am being stalked', ['domesticAbuse'], []],
    ['I am a deer stalker on the estate, any mens groups?', [], ['domesticAbuse']],
    // Treatment that keeps someone indoors is a health condition.
    ["I can't go out much, I'm on chemo", ['longTermCondition'], []],
  ])('rules: "%s" finds %j and not %j', (text, found, absent) => {
    const needs = detectNeeds({ text, locale: 'en-GB', rulesOnly: true }).needs.map((need) => need.id);
    expect(needs).toEqual(expect.arrayContaining(found));
    for (const id of absent) expect(needs).not.toContain(id);
  });

  it('reads "she\'s not died" as a denial of losing someone', () => {
    const detection = detectNeeds({ text: "she's not died, she's in a care home", locale: 'en-GB' });
    expect(detection.denied).toContain('bereavement');
    expect(detection.needs.map((need) => need.id)).not.toContain('bereavement');
  });

  it.each<[string, NeedId[]]>([
    ["I'm not lonely, it's the money", ['money']],
    ["no problems with housing but I can't afford food", ['money', 'foodPoverty']],
    ['not sleeping, feel low', ['lowMood']],
    ["I don't drink or smoke, I just want to get fit", ['physicalActivity']],
    ['housing is fine, thanks', []],
    ['my son has anxiety', ['familyAndParenting']],
    ["I'm anxious about my son", ['lowMood']],
    ['My partner controls all the money', ['domesticAbuse']],
    ['I never get a break from caring', ['caring']],
    ["I'm pre-diabetic", ['healthyEating']],
    ["I can't get out of bed most days", ['lowMood']],
    ["haven't left the flat in weeks", ['loneliness']],
    ['the four walls are closing in on me', ['loneliness']],
    ['', []],
  ])('%s → %j', (text, expected) => {
    expect(ids(text).sort()).toEqual([...expected].sort());
  });

  it("reports each need with the patient's own words as evidence", () => {
    const text = "Honestly I'm so lonley and my benifits got stopped";
    const { needs } = detectNeeds({ text, locale: 'en-GB' });
    expect(needs.map((need) => need.id)).toEqual(['loneliness', 'money']);
    const [loneliness, money] = needs;
    expect(loneliness?.evidence).toEqual([{ start: 16, end: 22, text: 'lonley' }]);
    expect(money?.evidence[0]?.text).toBe('benifits');
    expect(text.slice(money?.evidence[0]?.start, money?.evidence[0]?.end)).toBe('benifits');
  });

  it('lists needs named only to rule them out as denied', () => {
    const detection = detectNeeds({
      text: "I'm not lonely and I'm not depressed, it's the money",
      locale: 'en-GB',
    });
    expect(detection.needs.map((need) => need.id)).toEqual(['money']);
    expect([...detection.denied].sort()).toEqual(['loneliness', 'lowMood']);
  });

  it('gives more salience to repeated and emphasised needs', () => {
    const { needs } = detectNeeds({
      text: 'A bit lonely, but mainly the debt, the debt collectors and the bailiffs',
      locale: 'en-GB',
    });
    const money = needs.find((need) => need.id === 'money');
    const loneliness = needs.find((need) => need.id === 'loneliness');
    expect(money?.emphasised).toBe(true);
    expect(money?.salience).toBeGreaterThan(loneliness?.salience ?? 0);
  });

  it.each([['en'], ['en-US'], ['pl-PL'], ['cy-GB'], ['EN_gb']])(
    'falls back to the en-GB table for %s',
    (locale) => {
      const detection = detectNeeds({ text: 'I feel lonely', locale });
      expect(detection.locale).toBe('en-GB');
      expect(detection.needs.map((need) => need.id)).toEqual(['loneliness']);
    },
  );

  it('reads only the first MAX_INPUT_LENGTH characters of a long paste', () => {
    const text = `${'blah '.repeat(MAX_INPUT_LENGTH / 5)}I am lonely`;
    expect(ids(text)).toEqual([]);
  });
});
