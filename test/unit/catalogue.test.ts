import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  ACCESS_CODES,
  INTEREST_IDS,
  NEED_IDS,
  PARTS_OF_DAY,
  SESSION_FREQUENCIES,
} from '../../src/domain/directory/codes';
import { MEETING_MODES } from '../../src/domain/linkWorkers/schema';
import { safetyRoutes } from '../../src/domain/safety/routes';
import { CRISIS_KINDS, NATIONS } from '../../src/domain/safety/types';
import { ONS4_QUESTION_IDS } from '../../src/domain/wellbeing/ons4';

/**
 * Keeps the locale catalogues and the code in step: every locale file has exactly the keys of
 * en-GB, every key is used somewhere in the code, and every key the code names exists.
 */

const root = path.join(__dirname, '../..');
const localesDir = path.join(root, 'locales');

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Each language's files, merged into one tree (as the translator does). */
const catalogues: Record<string, Tree> = Object.fromEntries(
  readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const folder = path.join(localesDir, entry.name);
      const merged = readdirSync(folder)
        .filter((name) => name.endsWith('.json'))
        .reduce<Tree>(
          (tree, name) => ({
            ...tree,
            ...(JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Tree),
          }),
          {},
        );
      return [entry.name, merged];
    }),
);
const reference = [...new Set(leaves(catalogues['en-GB']).map(withoutPlural))].sort();
const code = [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'dialogs'))]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const namespaces = Object.keys(catalogues['en-GB']);

describe('locale catalogues', () => {
  it('include en-GB, the reference', () => {
    expect(reference.length).toBeGreaterThan(0);
  });

  it('every other locale has exactly the keys of en-GB', () => {
    for (const tag of Object.keys(catalogues)) {
      expect({ tag, keys: [...new Set(leaves(catalogues[tag]).map(withoutPlural))].sort() }).toEqual({
        tag,
        keys: reference,
      });
    }
  });

  it.each(Object.keys(catalogues))('%s has no empty strings', (tag) => {
    const empty = leaves(catalogues[tag]).filter((key) => {
      const value = key
        .split('.')
        .reduce<Tree | string>((node, part) => (node as Tree)[part], catalogues[tag]);
      return typeof value === 'string' && !value.trim();
    });
    expect(empty).toEqual([]);
  });

  it('has no key that the code never uses', () => {
    const dynamicPrefixes = [...code.matchAll(/`([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*\.)\$\{/g)].map(
      (m) => m[1],
    );
    const unused = reference.filter(
      (key) => !code.includes(`'${key}'`) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('has every key that the code names', () => {
    const pattern = new RegExp(`'((?:${namespaces.join('|')})\\.[A-Za-z0-9.]+)'`, 'g');
    const named = [...new Set([...code.matchAll(pattern)].map((m) => m[1]))];
    expect(named.filter((key) => !reference.includes(key))).toEqual([]);
  });

  /**
   * Keys the code builds from ids (`needs.${id}`): the compiler checks the en-GB file through the key
   * type, and this checks every locale file, so a language never shows a patient a raw key.
   */
  const routes = NATIONS.flatMap((nation) =>
    safetyRoutes({ kinds: [...CRISIS_KINDS], nation, immediateDanger: false }),
  );
  const families: Record<string, string[]> = {
    needs: NEED_IDS.flatMap((id) => [`needs.${id}`, `suggestions.forNeed.${id}`, `staff.need.${id}`]),
    interests: INTEREST_IDS.map((id) => `suggestions.interest.${id}`),
    'offer reasons': [
      ...ACCESS_CODES.map((code) => `suggestions.access.${code}`),
      ...SESSION_FREQUENCIES.map((frequency) => `suggestions.when.${frequency}`),
      ...PARTS_OF_DAY.map((part) => `suggestions.partOfDay.${part}`),
    ],
    nations: routes.flatMap((route) => [
      route.phoneOption === undefined
        ? `crisis.service.${route.service}`
        : `crisis.service.${route.service}Option`,
      ...(route.condition ? [`crisis.condition.${route.condition}`] : []),
    ]),
    modes: MEETING_MODES.flatMap((mode) => [
      `booking.mode.label.${mode}`,
      `booking.mode.words.${mode}`,
      `booking.how.${mode}`,
    ]),
    wellbeing: ONS4_QUESTION_IDS.map((id) => `wellbeing.${id}`),
  };

  it.each(Object.keys(catalogues).flatMap((tag) => Object.keys(families).map((family) => [tag, family])))(
    '%s has every key of the %s family',
    (tag, family) => {
      const keys = new Set(leaves(catalogues[tag]).map(withoutPlural));
      expect((families[family] ?? []).filter((key) => !keys.has(key))).toEqual([]);
    },
  );
});
