import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTranslator, type MessageKey } from '../../src/i18n/translator';

function localesWith(files: Record<string, object>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'signpost-locales-'));
  for (const [tag, catalogue] of Object.entries(files)) {
    mkdirSync(path.join(dir, tag));
    writeFileSync(path.join(dir, tag, 'core.json'), JSON.stringify(catalogue));
  }
  return dir;
}

describe('translator', () => {
  const dir = localesWith({
    'en-GB': {
      menu: { prompt: 'What would you like to do?' },
      welcome: { greeting: 'Hello from {{practice}}.' },
    },
    pl: { menu: { prompt: 'Co chcesz zrobić?' } },
  });
  const t = createTranslator({ localesDir: dir, defaultLocale: 'en-GB' });

  it.each([
    ['en-GB', 'en-GB'],
    ['en-gb', 'en-GB'],
    ['en-US', 'en-GB'],
    ['pl-PL', 'pl'],
    ['pl', 'pl'],
    ['fr-FR', 'en-GB'],
    [undefined, 'en-GB'],
  ])('serves %s in %s', (requested, expected) => {
    expect(t.resolve(requested)).toBe(expected);
  });

  it('translates, interpolates without HTML escaping, and falls back to en-GB for missing keys', () => {
    expect(t.t('pl-PL', 'menu.prompt')).toBe('Co chcesz zrobić?');
    expect(t.t('pl', 'welcome.greeting', { practice: 'Smith & Jones' })).toBe('Hello from Smith & Jones.');
  });

  it('refuses to start when the default locale has no file', () => {
    expect(() => createTranslator({ localesDir: dir, defaultLocale: 'cy' })).toThrow(/DEFAULT_LOCALE cy/);
  });

  it('refuses a catalogue that is not all strings', () => {
    const bad = localesWith({ 'en-GB': { menu: { prompt: 42 } } });
    expect(() => createTranslator({ localesDir: bad, defaultLocale: 'en-GB' })).toThrow(/en-GB\/core.json/);
  });

  it('merges the files of one language and refuses a top-level key in two files', () => {
    const split = localesWith({ 'en-GB': { menu: { prompt: 'Menu?' } } });
    writeFileSync(path.join(split, 'en-GB', 'booking.json'), JSON.stringify({ booking: { ask: 'When?' } }));
    const merged = createTranslator({ localesDir: split, defaultLocale: 'en-GB' });
    expect(merged.t('en-GB', 'menu.prompt')).toBe('Menu?');
    expect(merged.t('en-GB', 'booking.ask' as never)).toBe('When?');
    writeFileSync(path.join(split, 'en-GB', 'other.json'), JSON.stringify({ booking: { x: 'y' } }));
    expect(() => createTranslator({ localesDir: split, defaultLocale: 'en-GB' })).toThrow(
      /repeats the top-level key "booking"/,
    );
  });
});

describe('sentences with variables, compiled once', () => {
  const localesDir = path.join(__dirname, '..', '..', 'locales');
  const compiled = createTranslator({ localesDir, defaultLocale: 'en-GB' });
  const i18next = createTranslator({ localesDir, defaultLocale: 'en-GB', alwaysI18next: true });

  type Tree = { [key: string]: string | Tree };
  const sentences = (tree: Tree, prefix = ''): [string, string][] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : sentences(value, `${prefix}${key}.`),
    );
  const catalogue: [string, string][] = readdirSync(path.join(localesDir, 'en-GB')).flatMap((file) =>
    sentences(JSON.parse(readFileSync(path.join(localesDir, 'en-GB', file), 'utf8')) as Tree),
  );
  const withVariables = catalogue
    .filter(([, text]) => text.includes('{{'))
    .map(([key, text]) => ({
      key: key.replace(/_(zero|one|two|few|many|other)$/, '') as MessageKey,
      names: [...new Set([...text.matchAll(/{{\s*([^{}\s]+)\s*}}/g)].map((m) => m[1] ?? ''))],
    }));

  it('fills in every sentence of the catalogue exactly as i18next does', () => {
    expect(withVariables.length).toBeGreaterThan(100);
    const values: ((name: string, index: number) => string | number)[] = [
      (name) => `the ${name}`,
      (_name, index) => index + 2,
      () => 1,
      () => 'Smith & Jones $1 $& <b>',
      () => '',
    ];
    for (const { key, names } of withVariables) {
      for (const value of values) {
        const vars = Object.fromEntries(names.map((name, index) => [name, value(name, index)]));
        for (const locale of ['en-GB', 'pl-PL', undefined]) {
          expect(`${key}: ${compiled.t(locale, key, vars)}`).toBe(`${key}: ${i18next.t(locale, key, vars)}`);
        }
      }
    }
  });

  it('leaves to i18next what only it fills in the same way: a missing value, placeholders inside a value', () => {
    const key = withVariables.find(({ names }) => names.length === 1 && names[0] !== 'count');
    if (!key) throw new Error('no sentence with one variable');
    const [name = ''] = key.names;
    for (const vars of [{}, { [name]: '{{' + name + '}}' }, { [name]: '$t(menu.prompt)' }, { other: 'x' }]) {
      expect(compiled.t('en-GB', key.key, vars)).toBe(i18next.t('en-GB', key.key, vars));
    }
  });
});
