import MarkdownIt from 'markdown-it';
import { plainCardText } from '../../../dialogs/cards/plainText';

/**
 * Patient text in a staff card must show as the same words and nothing more: rendered by a real
 * Markdown renderer with bare-address linking on (as chat clients do), it must make no link, image,
 * emphasis, heading, list, quote or code.
 */
const markdown = new MarkdownIt({ linkify: true, html: false });
const FORMATTING = /<(a|img|strong|em|h[1-6]|ul|ol|li|blockquote|code|pre|del|s|table|hr)\b/;
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\u200B/g, '')
    .trim();

const ATTACKS = [
  '[click here](https://evil.example/login)',
  '![tracker](https://evil.example/pixel.png)',
  'visit https://evil.example or www.evil.example now',
  'mail me at someone@evil.example',
  '**urgent** _please_ `code` ~~gone~~',
  '# Heading\n- one\n+ two\n* three\n1. first\n2) second',
  '> quoted\n\n---\n\nText\n===',
  '<a href="https://evil.example">html</a> <img src=x>',
  '[ref]: https://evil.example\n[ref]',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'back\\slash and *stars* and [brackets]',
];

describe('plainCardText', () => {
  it.each(ATTACKS)(
    'shows %j as plain text, with nothing a renderer turns into a link or formatting',
    (attack) => {
      const html = markdown.render(plainCardText(attack));
      expect(html).not.toMatch(FORMATTING);
      // The same words come through (line breaks may fold into spaces).
      expect(visible(html).replace(/\s+/g, ' ')).toBe(attack.replace(/\s+/g, ' ').trim());
    },
  );

  it('keeps ordinary words exactly as they are', () => {
    expect(plainCardText('78, lives alone since her husband died, asking about the lunch club')).toBe(
      '78, lives alone since her husband died, asking about the lunch club',
    );
  });

  it('keeps an address the patient gave to be reached at, readable and without a link made of it only by escaping', () => {
    expect(plainCardText('sam_smith@example.org', { keepAddresses: true })).toBe('sam\\_smith@example.org');
  });

  it('holds for random mixes of Markdown characters and words', () => {
    const pieces = [
      '[',
      ']',
      '(',
      ')',
      '!',
      '*',
      '_',
      '`',
      '#',
      '>',
      '-',
      '+',
      '1.',
      '\n',
      ' ',
      'http://',
      'www.',
      'a.example',
      '@',
      'word',
      '|',
      '~',
      '<',
      'b',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 500; i += 1) {
      const text = Array.from({ length: 12 }, () => pieces[next() % pieces.length]).join('');
      const html = markdown.render(plainCardText(text));
      expect({ text, formatted: FORMATTING.test(html) }).toEqual({ text, formatted: false });
    }
  });
});
