import { analyse, MAX_TEXT_LENGTH, originalSpan, tokenIndexAt } from '../../../src/understanding/frontEnd';
import { correctSpelling } from '../../../src/understanding/frontEnd/spelling';

const canonical = (text: string) => analyse(text, 'en-GB').text;

describe('front end: canonical words', () => {
  it.each([
    ["I'm not lonely", 'i am not lonely'],
    ["can't afford it", 'cannot afford it'],
    ['cant afford it', 'cannot afford it'],
    ['I can not afford it', 'i cannot afford it'],
    ['dont knw any1', 'do not knw anyone'],
    ['i dont kno wat 2 do', 'i do not kno what 2 do'],
    ['Im fine, didnt mind', 'i am fine , did not mind'],
    ["money's tight", "money 's tight"],
    ['so f***ing fed up', 'so fucking fed up'],
    ['sh*t week', 'shit week'],
    ['I *really* need help', 'i * really * need help'],
    ['Its the money', 'it is the money'],
    ["nothing's wrong", 'nothing is wrong'],
    ['m8 i am skint n stressed', 'mate i am skint and stressed'],
    ['I’ve been low', 'i have been low'],
    ['won’t go', 'will not go'],
    ['pre-diabetic, honestly!', 'pre diabetic , honestly !'],
    ['sofa-surfing', 'sofa surfing'],
    ['benifits stopped', 'benefits stopped'],
    ['so lonley', 'so lonely'],
    ['my favorite color', 'my favourite colour'],
    ['black mold everywhere', 'black mould everywhere'],
    ['I want to socialize', 'i want to socialise'],
    ['the right size', 'the right size'],
    ['gonna need help tbh', 'going to need help to be honest'],
    ['appt tmrw', 'appointment tomorrow'],
    ['at 10:30 on 3/12', 'at 10 : 30 on 3 / 12'],
    ['no.', 'no .'],
    ['NOOO', 'no'],
    ['pleaseee helpp', 'please help'],
    ['sooo lonely', 'so lonely'],
    ['goood', 'good'],
  ])('%s → %s', (input, expected) => {
    expect(canonical(input)).toBe(expected);
  });

  it('keeps the original span of every canonical word', () => {
    const text = "Honestly I'm skint";
    const analysed = analyse(text, 'en-GB');
    const am = analysed.tokens.findIndex((token) => token.text === 'am');
    expect(originalSpan(analysed, am, am).text).toBe("I'm");
    const skint = tokenIndexAt(analysed, analysed.text.indexOf('skint'));
    expect(originalSpan(analysed, skint, skint)).toEqual({ start: 13, end: 18, text: 'skint' });
  });

  it('keeps offsets across new lines, tabs and repeated spaces', () => {
    const text = 'line one\n\n  line\ttwo';
    const analysed = analyse(text, 'en-GB');
    expect(analysed.tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'line',
      'one',
      'line',
      'two',
    ]);
  });

  it('gives lemmas and sentence boundaries', () => {
    const analysed = analyse("I've been struggling with my kids. Dr. Smith said no.", 'en-GB');
    const lemma = (word: string) => analysed.tokens.find((token) => token.text === word)?.lemma;
    expect(lemma('struggling')).toBe('struggle');
    expect(lemma('kids')).toBe('kid');
    expect(analysed.sentences).toHaveLength(2);
    expect(analysed.tokens[analysed.sentences[1].first].text).toBe('dr');
  });

  it('tells words, numbers and emoji apart', () => {
    const analysed = analyse('ok 👍 07700 900 123', 'en-GB');
    expect(analysed.tokens.map((token) => token.kind)).toEqual([
      'word',
      'emoji',
      'number',
      'number',
      'number',
    ]);
    expect(analysed.tokens[1].punctuation).toBe(true);
  });

  it.each([[''], ['   '], ['\n\t']])('reads %j as no words', (text) => {
    expect(analyse(text, 'en-GB').tokens).toEqual([]);
  });

  it('leaves a long run of one letter as it is', () => {
    expect(canonical('x'.repeat(30))).toBe('x'.repeat(30));
  });

  it('cuts very long text', () => {
    const analysed = analyse('word '.repeat(2000), 'en-GB');
    expect(analysed.original.length).toBe(MAX_TEXT_LENGTH);
    expect(analysed.tokens.length).toBe(1000);
  });

  it('falls back to British English for other languages', () => {
    expect(analyse('dont', 'pl-PL').locale).toBe('en-GB');
  });
});

describe('front end: negation scope', () => {
  const scope = (text: string, profile?: 'interests' | 'accessNeeds') => {
    const analysed = analyse(text, 'en-GB');
    const negation = analysed.negation(profile);
    return analysed.tokens.filter((_token, i) => negation.inScope[i]).map((token) => token.text);
  };

  it.each<[string, string[]]>([
    ["I'm not really that lonely", ['really', 'that', 'lonely']],
    ['I never get a break from caring', ['get']],
    ["I don't drink or smoke", ['drink', 'smoke']],
    ["I can't afford my gas bill", []],
    ['my daughter will not go to school', []],
    ["not lonely, it's the money", ['lonely']],
  ])('%s: in scope %j', (text, expected) => {
    expect(scope(text)).toEqual(expected);
  });

  it('reaches across "like" for interests only', () => {
    expect(scope("I don't like groups")).toEqual(['like']);
    expect(scope("I don't like groups", 'interests')).toEqual(['like', 'groups']);
  });

  it('denies what a phrase after it rules out', () => {
    const analysed = analyse('housing is fine', 'en-GB');
    expect(analysed.negation().denies({ first: 0, last: 0 })).toBe(true);
  });
});

describe('correctSpelling', () => {
  const vocabulary = {
    known: new Set(['lonely', 'lovely', 'struggling', 'table', 'stressed']),
    targets: ['lonely', 'stressed', 'tablet', 'depression', 'morning'],
  };

  it.each([
    ['lonley', 'lonely'],
    ['lonly', 'lonely'],
    ['stresssed', 'stressed'],
    ['depresion', 'depression'],
  ])('%s → %s', (typo, expected) => {
    expect(correctSpelling(typo, vocabulary)).toBe(expected);
  });

  it.each([['lovely'], ['table'], ['lone'], ['bonely'], ['mornings']])('leaves %s alone', (word) => {
    expect(correctSpelling(word, vocabulary)).toBeUndefined();
  });
});
