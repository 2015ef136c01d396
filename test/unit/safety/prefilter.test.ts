import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SAFETY_LOCALES, lexiconsFor } from '../../../src/domain/safety/lexicons';
import { keysIn, keysOf, needsOf } from '../../../src/domain/safety/prefilter';
import { lexiconText, prepareMessage } from '../../../src/domain/safety/prepare';

describe('what a safety rule needs before it can match', () => {
  it.each([
    ['plain words', ' (?:kill myself)(?= )', [' kill myself']],
    [
      'alternatives crossed with what follows',
      ' (?:(?:kill|top) (?:myself|meself))(?= )',
      [' top myself', ' top meself', ' kill myself', ' kill meself'],
    ],
    ['an optional word both ways', ' (?:end my (?:own )?life)(?= )', [' end my life', ' end my own life']],
    ['a prefix of a longer word covers it', ' (?:suicid(?:e|al))(?= )', [' suicide', ' suicidal']],
    ['look-arounds match nothing of their own', ' (?:(?<!not )overdosed?(?! on))(?= )', [' overdose']],
    ['the strongest part of a sequence with a gap', ' (?:cut(?: \\w+){0,3} wrists?)(?= )', [' wrist']],
    ['a repeated part is still needed', ' (?:(?:awfully )+ill)(?= )', [' awfully ']],
    // " with all my" is in most messages: the rarer " pills" is the need.
    [
      'the space a gap ends with starts the next word',
      ' (?:is (?:[a-z]+ ){0,2}?(?:unconscious|out cold))(?= )',
      [' out cold', ' unconscious'],
    ],
    ['the end of a word, when nothing says where it starts', ' (?:\\w+ing myself)(?= )', ['ing myself']],
    ['an escaped character is the character itself', ' (?:caf\\u00e9 owner)(?= )', [' café owner']],
    ['named groups and properties are read', ' (?:(?<verb>kill|end) \\p{L}+self)(?= )', [' end ', ' kill ']],
  ])('%s', (_name, source, needs) => {
    expect(needsOf(source)).toEqual(needs);
  });

  it.each([
    ['a branch with nothing literal', ' (?:\\w+|dead)(?= )'],
    ['only a character class', ' (?:[a-z]+)(?= )'],
    ['a word that may be left out', ' (?:(?:really )?)(?= )'],
    ['needs too short to choose anything', ' (?:a|b)(?= )'],
    ['a back-reference', ' (\\w)\\1(?= )'],
  ])('keeps no list for %s: the rule is always tried', (_name, source) => {
    expect(needsOf(source)).toBeUndefined();
  });

  it('keeps no list for an expression it cannot read with the flags it is compiled with', () => {
    expect(needsOf(' (?:kill myself)(?= )', 'gu')).toEqual([' kill myself']);
    // Case-insensitive: "KILL" would match too, and the index looks words up as they are written.
    expect(needsOf(' (?:kill myself)(?= )', 'giu')).toBeUndefined();
    expect(needsOf(' (?:(?i:kill) myself)(?= )', 'gu')).toBeUndefined();
    expect(needsOf(' (?:kill myself(?= )', 'gu')).toBeUndefined();
  });

  it('looks a rule up by the first letters of a word its needs start', () => {
    expect(keysOf([' top myself', ' kill myself', ' killing myself'])).toEqual(['top', 'kil']);
    expect(keysOf(['ing myself'])).toEqual(['mys']);
    // "with" and "all" are in most messages: a rarer word of the same need is looked up.
    expect(keysOf(needsOf(' (?:with all my (?:pills|tablets))(?= )'))).toEqual(['pil', 'tab']);
    expect(keysOf([' and then'])).toEqual(['and']);
    // "think of " may be "rethink of ": no word is known to start there, so the rule is always tried.
    expect(keysOf([' kill myself', 'think of '])).toBeUndefined();
    expect(keysOf(undefined)).toBeUndefined();
    expect([...keysIn(' i want to kill myself . ')].sort()).toEqual(['kil', 'mys', 'wan']);
  });

  // The prefilter may only skip a rule that could not have matched: over every message of the
  // development and training files, every rule that matches has one of its needs in the text.
  const root = path.join(__dirname, '..', '..', '..');
  const folders = ['data/safety/dev', 'data/safety/train', 'test/data/safety'];
  const texts = folders.flatMap((folder) =>
    readdirSync(path.join(root, folder))
      .filter((name) => name.endsWith('.tsv') || name.endsWith('.txt'))
      .flatMap((name) =>
        readFileSync(path.join(root, folder, name), 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '' && !line.startsWith('#'))
          .map((line) => line.split('\t')[0] ?? ''),
      ),
  );

  it('never skips a rule that matches, over every development and training message', () => {
    expect(texts.length).toBeGreaterThan(3000);
    let matched = 0;
    let skipped = 0;
    const missed: string[] = [];
    const lexicons = new Set(SAFETY_LOCALES.flatMap((locale) => lexiconsFor(locale)));
    for (const lexicon of lexicons) {
      for (const text of texts) {
        const { normalised } = prepareMessage(text);
        for (const masks of ['crisis', 'triage'] as const) {
          const read = lexiconText(lexicon, normalised, masks);
          for (const rule of [...lexicon.crisis.rules, ...lexicon.redFlags.rules]) {
            rule.re.lastIndex = 0;
            const matches = rule.re.test(read);
            rule.re.lastIndex = 0;
            const keys = keysIn(read);
            const tried = rule.keys === undefined || rule.keys.some((key) => keys.has(key));
            if (matches) matched += 1;
            if (!tried) skipped += 1;
            if (matches && !tried) missed.push(`${rule.id}: ${read}`);
          }
        }
      }
    }
    expect(missed).toEqual([]);
    // The check is not empty: rules matched, and most rules were skipped on most messages.
    expect(matched).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(matched * 100);
  });
});
