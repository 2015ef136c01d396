import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SAFETY_LOCALES, lexiconsFor } from '../../../src/domain/safety/lexicons';
import {
  allowedBy,
  indexNeeds,
  keyOf,
  keysIn,
  needOptionsOf,
  needsOf,
  wordKeysOf,
  type NeedIndex,
} from '../../../src/domain/safety/prefilter';
import { applySubstitutions, compileLexicon, mask } from '../../../src/domain/safety/engine';
import type { SafetyLexicon } from '../../../src/domain/safety/lexicon';
import { enGB } from '../../../src/domain/safety/lexicons/en-GB';
import { pl } from '../../../src/domain/safety/lexicons/pl';
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

  it('files a need under the first letters of one of its words, a rare one where there is one', () => {
    expect(keyOf(' kill myself')).toBe('kil');
    expect(keyOf('ing myself')).toBe('mys');
    // "with" and "all" are in most messages: a rarer word of the same need is looked up.
    expect(keyOf(' with all my pills')).toBe('pil');
    expect(keyOf(' and then')).toBe('and');
    // "think of " may be "rethink of ": no word is known to start there.
    expect(keyOf('think of ')).toBeUndefined();
    // A word the need shows the end of is looked up whole; the last may go on ("pills" in "pillshop").
    expect(wordKeysOf(' with all my pills')).toEqual(['with', 'all', 'pil']);
    expect(wordKeysOf('ing myself')).toEqual(['mys']);
    expect([...keysIn(' i want to kill myself . ')].sort()).toEqual([
      'kil',
      'kill',
      'mys',
      'myself',
      'wan',
      'want',
    ]);
  });

  it('tries an expression only on a text with every word of one of its needs', () => {
    const index = indexNeeds([
      needOptionsOf(' (?:(?:kill|top) myself)(?= )'),
      needOptionsOf(' (?:with all my (?:pills|tablets))(?= )'),
      // A need with no word to look up, or no needs known: always tried.
      [[[' kill myself', 'think of ']]],
      undefined,
    ]);
    const allowed = (text: string) => [...allowedBy(index, keysIn(text))];
    expect(allowed(' i want to kill myself . ')).toEqual([1, 0, 1, 1]);
    expect(allowed(' i could top myself ')).toEqual([1, 0, 1, 1]);
    // One of the words is not enough.
    expect(allowed(' i will kill the spider ')).toEqual([0, 0, 1, 1]);
    expect(allowed(' with all my heart ')).toEqual([0, 0, 1, 1]);
    expect(allowed(' sat with all my tablets ')).toEqual([0, 1, 1, 1]);
    // The words in another order still pass: the prefilter only skips, the expression decides.
    expect(allowed(' myself , i kill time ')).toEqual([1, 0, 1, 1]);
    // " kill myself" needs the word "kill" itself.
    expect(allowed(' killing myself slowly with cake ')).toEqual([0, 0, 1, 1]);
  });

  it('needs a word from each part of a sequence it knows, and one option of a choice', () => {
    const partnerHits = ' (?:(?:husband|partner) (?:\\w+ ){0,3}(?:hits|kicks) me)(?= )';
    const options = needOptionsOf(partnerHits) ?? [];
    expect(options.length).toBeGreaterThan(0);
    for (const lists of options) {
      expect(lists.some((list) => list.every((need) => /husband|partner/.test(need)))).toBe(true);
      expect(lists.some((list) => list.every((need) => /hits|kicks/.test(need)))).toBe(true);
    }
    const choice = ' (?:took my passport|(?:husband|partner) (?:\\w+ )?hits me)(?= )';
    const index = indexNeeds([needOptionsOf(partnerHits), needOptionsOf(choice)]);
    const allowed = (text: string) => [...allowedBy(index, keysIn(text))];
    expect(allowed(' my husband often hits me ')).toEqual([1, 1]);
    expect(allowed(' my husband is kind to me ')).toEqual([0, 0]);
    expect(allowed(' the ball hits me on the head ')).toEqual([0, 0]);
    expect(allowed(' the agent took my passport ')).toEqual([0, 1]);
    // One word of each option is not enough: the passport and the partner are of different options.
    expect(allowed(' my partner has my passport ')).toEqual([0, 0]);
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
      // Each reading once: most messages read the same with both mask sets, and some are repeated.
      const reads = new Set(
        texts.flatMap((text) => {
          const { normalised } = prepareMessage(text);
          return [lexiconText(lexicon, normalised, 'crisis'), lexiconText(lexicon, normalised, 'triage')];
        }),
      );
      for (const read of reads) {
        const keys = keysIn(read);
        const sets: readonly { rules: readonly { id: string; re: RegExp }[]; index: NeedIndex }[] = [
          lexicon.crisis,
          lexicon.redFlags,
        ];
        for (const set of sets) {
          const allowed = allowedBy(set.index, keys);
          set.rules.forEach((rule, index) => {
            rule.re.lastIndex = 0;
            const matches = rule.re.test(read);
            rule.re.lastIndex = 0;
            const tried = allowed[index] === 1;
            if (matches) matched += 1;
            if (!tried) skipped += 1;
            if (matches && !tried) missed.push(`${rule.id}: ${read}`);
          });
        }
      }
    }
    expect(missed).toEqual([]);
    // The check is not empty: rules matched, and most rules were skipped on most messages.
    expect(matched).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(matched * 100);
  });

  // Benign phrases are run one by one, and only those whose words a text has: what they hide must be
  // what one global alternation of them, in their order, hides with String.replace.
  function alternationOf(phrases: readonly string[] | undefined): RegExp | undefined {
    if (!phrases?.length) return undefined;
    return new RegExp(` (?:${phrases.map((phrase) => `(?:${phrase})`).join('|')})(?= )`, 'gu');
  }

  it.each([enGB, pl])(
    '$tag: hides what one alternation of its benign phrases hides, over every message',
    (source: SafetyLexicon) => {
      const lexicon = compileLexicon(source);
      const benign = alternationOf(source.benign);
      const triage = alternationOf(source.triageBenign);
      let hidden = 0;
      const differ: string[] = [];
      for (const text of texts) {
        const read = applySubstitutions(lexicon, prepareMessage(text).normalised);
        const crisis = benign ? read.replace(benign, ' ~') : read;
        const both = triage ? crisis.replace(triage, ' ~') : crisis;
        if (mask(read, lexicon.benign) !== crisis) differ.push(`crisis: ${read}`);
        if (mask(mask(read, lexicon.benign), lexicon.triageBenign) !== both) differ.push(`triage: ${read}`);
        if (both !== read) hidden += 1;
      }
      expect(differ).toEqual([]);
      if (source === enGB) expect(hidden).toBeGreaterThan(500);
    },
  );

  it('hides the phrase first in the list where two start at the same place, then goes on after it', () => {
    const lexicon = compileLexicon({
      tag: 'xx',
      crisis: [],
      benign: ['killing me', 'killing me softly', 'me softly with', 'dead (?:tired|beat)'],
    });
    expect(mask(' killing me softly with his song ', lexicon.benign)).toBe(' ~ softly with his song ');
    expect(mask(' dead tired and dead beat ', lexicon.benign)).toBe(' ~ and ~ ');
    expect(mask(' me softly with killing me ', lexicon.benign)).toBe(' ~ ~ ');
    expect(mask(' nothing here ', lexicon.benign)).toBe(' nothing here ');
  });
});
