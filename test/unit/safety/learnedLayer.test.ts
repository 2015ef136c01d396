import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screenMessage, type Screening } from '../../../src/domain/safety';
import { buildModels } from '../../../src/understanding/model/build';
import { modelFileName } from '../../../src/understanding/model/location';
import {
  checkMessage,
  combineScreening,
  modelWords,
  MODEL_WORDS_LIMIT,
  type CrisisModelReading,
} from '../../../src/understanding/safety/checkMessage';
import { checkTriageNote, combineTriage } from '../../../src/understanding/safety/checkNote';
import { safetyModelTask } from '../../../src/understanding/safety/model/tasks';
import { loadSafetyClassifiers } from '../../../src/understanding/safety/model/safetyModel';
import { readTriageNote, type TriageReading } from '../../../src/understanding/triageNote';

const root = join(__dirname, '..', '..', '..');
const thresholds = { check: 0.6, crisis: 0.99 };
const rules = (text: string): Screening => screenMessage({ text, locale: 'en-GB' });
const model = (score: number, extra: Partial<CrisisModelReading> = {}): CrisisModelReading => ({
  score,
  kinds: ['suicidal'],
  subjects: ['self'],
  ...extra,
});

describe('the combination rule for patients: the model may only add', () => {
  const crisis = rules('I want to kill myself');
  const check = rules('I feel like a burden to everyone and I am so tired');
  const none = rules('I would like to join a walking group');

  it.each([0, 0.5, 0.7, 0.999, 1])(
    'never removes or softens a crisis the rules found (model %s)',
    (score) => {
      const combined = combineScreening({ rules: crisis, model: model(score), thresholds, words: 'x' });
      expect(combined.outcome).toBe('crisis');
      expect(combined.source).toBe('rules');
      expect(combined.assessment).toEqual(crisis.assessment);
    },
  );

  it.each([0, 0.5, 0.999, 1])(
    'never removes a check the rules asked for, nor makes it a crisis (model %s)',
    (score) => {
      const combined = combineScreening({ rules: check, model: model(score), thresholds, words: 'x' });
      expect(combined.outcome).toBe('check');
      expect(combined.question).toBe(check.question);
      expect(combined.source).toBe('rules');
    },
  );

  it('leaves "none" alone below the check threshold, and with no reading', () => {
    expect(combineScreening({ rules: none, model: model(0.59), thresholds, words: 'x' }).outcome).toBe(
      'none',
    );
    expect(combineScreening({ rules: none, model: undefined, thresholds, words: 'x' }).outcome).toBe('none');
  });

  it('turns "none" into a check question at the check threshold, with the words behind it', () => {
    const combined = combineScreening({ rules: none, model: model(0.6), thresholds, words: 'the words' });
    expect(combined).toEqual(
      expect.objectContaining({ outcome: 'check', question: 'endingLife', source: 'model', modelScore: 0.6 }),
    );
    expect(combined.signals).toEqual([
      { kind: 'suicidal', tier: 'possible', subject: 'self', words: 'the words' },
    ]);
    expect(combined.assessment.possibleKinds).toEqual(['suicidal']);
    expect(combined.assessment.crisis).toBe(false);
  });

  it('asks about someone else when the message is only about others, and about hurt for abuse', () => {
    expect(
      combineScreening({
        rules: none,
        model: model(0.8, { subjects: ['someoneElse'] }),
        thresholds,
        words: 'x',
      }).question,
    ).toBe('someoneInDanger');
    expect(
      combineScreening({ rules: none, model: model(0.8, { kinds: ['abuse'] }), thresholds, words: 'x' })
        .question,
    ).toBe('someoneHurting');
  });

  it('gives the full reply only at the very high crisis threshold', () => {
    const combined = combineScreening({ rules: none, model: model(0.995), thresholds, words: 'x' });
    expect(combined.outcome).toBe('crisis');
    expect(combined.assessment.kinds).toEqual(['suicidal']);
    expect(combined.assessment.immediateDanger).toBe(false);
  });

  it('keeps at most a short excerpt of the message as the words behind a model flag', () => {
    expect(modelWords('  I   feel\nnothing ')).toBe('I feel nothing');
    expect(modelWords('a'.repeat(1000)).length).toBe(MODEL_WORDS_LIMIT);
  });
});

describe('the shipped crisis model, with the rules', () => {
  it('asks about a message the rules miss', () => {
    const text = 'my mates would be better off if i just vanished';
    expect(rules(text).outcome).toBe('none');
    expect(checkMessage({ text, locale: 'en-GB' })).toEqual(
      expect.objectContaining({ outcome: 'check', source: 'model', question: 'endingLife' }),
    );
  });

  it.each([
    'this debt is killing me',
    'I could murder a cuppa',
    'my knees are killing me',
    'I need help with my gas bill',
  ])('lets "%s" through', (text) => {
    expect(checkMessage({ text, locale: 'en-GB' }).outcome).toBe('none');
  });

  it.each(['yeah go on', 'yeah go for it', 'tbh yes', 'nah not really'])(
    'leaves a whole plain yes or no ("%s") to the question it answers',
    (text) => {
      const { crisis } = loadSafetyClassifiers();
      expect(crisis.read(text).score).toBe(0);
      expect(checkMessage({ text, locale: 'en-GB' }).outcome).toBe('none');
    },
  );

  it('still reads a short answer that says more than yes or no', () => {
    const { crisis } = loadSafetyClassifiers();
    expect(crisis.read('yes. all of them').score).toBeGreaterThan(0);
  });

  it('is the rules alone when told to be', () => {
    const text = 'my mates would be better off if i just vanished';
    expect(checkMessage({ text, locale: 'en-GB' }, null).outcome).toBe('none');
  });

  it('says nothing about a message in another language or of unknown words', () => {
    const { crisis } = loadSafetyClassifiers();
    expect(crisis.read('zzkq vvbnt qwrtp xxplm grrk').readable).toBe(false);
  });
});

describe('the combination rule for receptionists: the model may only add', () => {
  const reading = (text: string): TriageReading => readTriageNote({ text, locale: 'en-GB' });
  const urgent = reading('crushing chest pain right now, sweating');
  const social = reading('78, lives alone since her husband died, asking about the lunch club');
  const risk = { score: 0.99, labels: ['suicidalRisk'], readable: true } as const;

  it('never lowers or replaces an urgency the rules found', () => {
    const combined = combineTriage({
      rules: urgent,
      model: { ...risk },
      threshold: 0.7,
      words: 'x',
    });
    expect(combined.urgency).toBe(urgent.urgency);
    expect(combined.flags).toEqual(urgent.flags);
    expect(combined.source).toBe('rules');
  });

  it('marks a note the rules clear for a clinician today when the model is sure, never for 999', () => {
    const combined = combineTriage({
      rules: social,
      model: { ...risk },
      threshold: 0.7,
      words: 'the note',
    });
    expect(combined).toEqual(
      expect.objectContaining({
        urgency: 'sameDayGp',
        flags: ['suicidalRisk'],
        words: ['the note'],
        source: 'model',
      }),
    );
    expect(combined.needs).toEqual(social.needs);
  });

  it('leaves a note alone below the threshold', () => {
    const combined = combineTriage({
      rules: social,
      model: { ...risk, score: 0.69 },
      threshold: 0.7,
      words: 'x',
    });
    expect(combined.urgency).toBe('none');
  });

  it('reads the shipped model: a worrying note the rules miss, an ordinary one left alone', () => {
    const note = "son says he's been hearing voices and not sleeping, wants housing help";
    expect(reading(note).urgency).toBe('none');
    expect(checkTriageNote({ text: note, locale: 'en-GB' }).urgency).toBe('sameDayGp');
    expect(checkTriageNote({ text: 'elderly man lonely wants befriending', locale: 'en-GB' }).urgency).toBe(
      'none',
    );
  });
});

describe('the safety model build', () => {
  it('gives the same bytes twice from the same corpus and settings, and keeps a model whose inputs did not change', () => {
    const first = mkdtempSync(join(tmpdir(), 'signpost-safety-a-'));
    const second = mkdtempSync(join(tmpdir(), 'signpost-safety-b-'));
    try {
      const task = safetyModelTask('redFlags');
      const a = buildModels({ root, outDir: first, tasks: [task], force: true });
      const b = buildModels({ root, outDir: second, tasks: [task], force: true });
      expect(a.map((built) => built.trained)).toEqual([true, true]);
      expect(b.map((built) => built.sha256)).toEqual(a.map((built) => built.sha256));
      for (const built of a) {
        const name = modelFileName('redFlags', built.name);
        expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name)))).toBe(true);
        expect(built.bytes).toBeLessThan(1024 * 1024);
      }
      expect(buildModels({ root, outDir: first, tasks: [task] }).map((built) => built.trained)).toEqual([
        false,
        false,
      ]);
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  }, 180_000);
});
