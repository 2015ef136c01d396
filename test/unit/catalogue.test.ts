import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

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
});
