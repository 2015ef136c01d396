import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../../../src/understanding/frontEnd';
import { detectNeeds } from '../../../src/understanding/needs/detectNeeds';
import { buildModels } from '../../../src/understanding/model/build';
import { needsModelTask } from '../../../src/understanding/needs/model/tasks';
import { classifierFor } from '../../../src/understanding/needs/model/classifier';
import { featureTextOf } from '../../../src/understanding/needs/model/features';
import {
  FastTextFormatError,
  fastTextHash,
  readFastTextModel,
} from '../../../src/understanding/model/fastText';
import { modelFileName, modelsDirectory } from '../../../src/understanding/model/location';

const root = join(__dirname, '..', '..', '..');

describe('the needs classifier build', () => {
  it('gives the same bytes twice from the same corpus and settings', () => {
    const first = mkdtempSync(join(tmpdir(), 'signpost-model-a-'));
    const second = mkdtempSync(join(tmpdir(), 'signpost-model-b-'));
    try {
      const a = buildModels({ root, outDir: first, tasks: [needsModelTask('interests')], force: true });
      const b = buildModels({ root, outDir: second, tasks: [needsModelTask('interests')], force: true });
      expect(a.map((model) => model.trained)).toEqual([true, true]);
      expect(b.map((model) => model.sha256)).toEqual(a.map((model) => model.sha256));
      for (const model of a) {
        const name = modelFileName('interests', model.name);
        expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name)))).toBe(true);
        // Small: well under a megabyte per model.
        expect(model.bytes).toBeLessThan(1024 * 1024);
      }
      // Inputs unchanged: kept, not trained again.
      expect(
        buildModels({ root, outDir: first, tasks: [needsModelTask('interests')] }).map(
          (model) => model.trained,
        ),
      ).toEqual([false, false]);
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the fastText model reader', () => {
  const bytes = new Uint8Array(readFileSync(join(modelsDirectory(root), modelFileName('needs', 'words'))));

  it('hashes as fastText does (FNV-1a over signed bytes)', () => {
    expect(fastTextHash(new TextEncoder().encode(''))).toBe(2166136261);
    expect(fastTextHash(new TextEncoder().encode('a'))).toBe(0xe40c292c);
  });

  it('reads the built model: every need and "none" as labels, probabilities between 0 and 1', () => {
    const model = readFastTextModel(bytes);
    expect([...model.labels].sort()).toContain('none');
    expect(model.labels).toHaveLength(17);
    const scores = model.predict(featureTextOf("I'm so lonely since my wife died", 'en-GB'));
    for (const value of scores.values()) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(scores.get('loneliness')).toBeGreaterThan(0.5);
    expect(scores.get('digitalSkills')).toBeLessThan(0.5);
  });

  it.each([
    ['not a model', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])],
    ['cut short', bytes.subarray(0, 2000)],
    ['with bytes after the end', new Uint8Array([...bytes.subarray(0, 64), ...bytes.subarray(64), 0])],
  ])('refuses a file that is %s', (_name, broken) => {
    expect(() => readFastTextModel(broken)).toThrow(FastTextFormatError);
  });
});

describe('rules and classifier together', () => {
  const found = (text: string) =>
    detectNeeds({ text, locale: 'en-GB' }).needs.map((need) => ({ id: need.id, source: need.source }));

  it('adds what the rules miss, with the clause it came from as evidence', () => {
    const text = 'Losing weight, and getting some help with my pain';
    const rulesOnly = detectNeeds({ text, locale: 'en-GB', rulesOnly: true }).needs.map((need) => need.id);
    const { needs } = detectNeeds({ text, locale: 'en-GB' });
    const added = needs.filter((need) => need.source === 'model');
    expect(added.length).toBeGreaterThan(0);
    for (const need of added) {
      expect(rulesOnly).not.toContain(need.id);
      expect(need.confidence).toBeGreaterThanOrEqual(classifierFor('needs').threshold);
      const [span] = need.evidence;
      expect(span && text.slice(span.start, span.end)).toBe(span?.text);
    }
  });

  it.each([
    ["I'm not lonely, it's the money", 'loneliness'],
    ['my son has anxiety', 'lowMood'],
    ['My partner controls all the money', 'money'],
    ["I'm pre-diabetic", 'longTermCondition'],
  ])('never adds a need the rules saw denied, said of someone else or masked: "%s"', (text, vetoed) => {
    expect(found(text).map((need) => need.id)).not.toContain(vetoed);
  });

  it('keeps quiet on text it mostly does not know, and reads a repeated sentence once', () => {
    expect(found('blah blah blah blah blah blah blah')).toEqual([]);
    const long = `I am so lonely since I retired. ${'I sit at home all day and nobody calls. '.repeat(200)}`;
    expect(found(long).map((need) => need.id)).not.toContain('domesticAbuse');
    expect(classifierFor('needs').scores(analyse('', 'en-GB')).size).toBe(0);
  });

  it('marks a rule finding the classifier agrees with as found by both, at least as sure as the rules', () => {
    const [need] = detectNeeds({ text: 'I feel so lonely', locale: 'en-GB' }).needs;
    expect(need).toMatchObject({ id: 'loneliness', source: 'both' });
    expect(need?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
