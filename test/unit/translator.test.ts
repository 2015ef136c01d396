import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTranslator } from '../../src/i18n/translator';

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
