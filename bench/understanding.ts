// How long understanding one message takes, and what loading the front end (wink-nlp and its model,
// the data files) adds to memory. Every message of the train and dev sets (intents, choices, needs) is
// read the way a turn reads it: bad-input check, command check, intent, a yes/no choice, needs (rules
// and classifier). Loading the classifiers is measured on its own (target: under 50 MB RSS).
// Run: npm run bench:understanding   (target: p99 under 2 ms for one message)
// The last line is a one-line JSON summary, for scripts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + from);
    dir = parent;
  }
  return dir;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function messages(root: string): string[] {
  const files = [
    'data/understanding/train/intents.tsv',
    'data/understanding/dev/intents.tsv',
    'data/understanding/dev/intents-voices.tsv',
    'data/understanding/train/choices.tsv',
    'data/understanding/dev/choices.tsv',
    'data/understanding/dev/choices-voices.tsv',
    'data/understanding/train/needs.tsv',
    'data/understanding/dev/needs.tsv',
    'data/understanding/train/interests.tsv',
    'data/understanding/dev/interests.tsv',
  ];
  return files.flatMap((file) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#') && !line.startsWith('text\t'))
      .map((line) => {
        const columns = line.split('\t');
        return (file.includes('choices') ? columns[1] : columns[0]) ?? '';
      }),
  );
}

function main(): void {
  const root = projectRoot(__dirname);
  const texts = messages(root);
  // The classifiers' memory on its own, before anything else is loaded: the model files read into
  // their matrices (what the running bot holds).
  gc();
  const beforeModels = process.memoryUsage();
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { readFastTextModel } =
    require('../src/understanding/model/fastText') as typeof import('../src/understanding/model/fastText');
  const { modelFileName, modelsDirectory } =
    require('../src/understanding/model/location') as typeof import('../src/understanding/model/location');
  const { CLASSIFIER_TASKS, TASK_SETTINGS } =
    require('../src/understanding/needs/model/settings') as typeof import('../src/understanding/needs/model/settings');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const models = CLASSIFIER_TASKS.flatMap((task) =>
    TASK_SETTINGS[task].models.map(({ name }) =>
      readFastTextModel(new Uint8Array(readFileSync(join(modelsDirectory(root), modelFileName(task, name))))),
    ),
  );
  gc();
  const afterModels = process.memoryUsage();
  const modelMemory = {
    models: models.length,
    rssMb: mb(afterModels.rss - beforeModels.rss),
    heapAndBuffersMb: mb(
      afterModels.heapUsed + afterModels.arrayBuffers - beforeModels.heapUsed - beforeModels.arrayBuffers,
    ),
  };
  gc();
  const before = process.memoryUsage();
  const started = process.hrtime.bigint();
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { analyse } =
    require('../src/understanding/frontEnd') as typeof import('../src/understanding/frontEnd');
  const { readIntent, readCommand } =
    require('../src/understanding/intent') as typeof import('../src/understanding/intent');
  const { readChoice } =
    require('../src/understanding/choice') as typeof import('../src/understanding/choice');
  const { readMessageProblem } =
    require('../src/understanding/messageProblem') as typeof import('../src/understanding/messageProblem');
  const { detectNeeds, detectInterests, loadNeedsModels } =
    require('../src/understanding/needs/detectNeeds') as typeof import('../src/understanding/needs/detectNeeds');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // The first reading loads wink-nlp's model and compiles every word list.
  readIntent({ text: 'hello', locale: 'en-GB' });
  const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
  gc();
  const loaded = process.memoryUsage();
  // Then the needs and interests classifiers as the bot loads them (the files npm run build trains).
  const modelsStarted = process.hrtime.bigint();
  loadNeedsModels();
  detectNeeds({ text: 'hello', locale: 'en-GB' });
  const modelsMs = Number(process.hrtime.bigint() - modelsStarted) / 1e6;

  const yesNo = [
    { label: "Yes, that's OK", answers: 'yes' as const },
    { label: 'No thanks', answers: 'no' as const },
  ];
  const tasks: Record<string, (text: string) => unknown> = {
    frontEnd: (text) => analyse(text, 'en-GB'),
    intent: (text) => readIntent({ text, locale: 'en-GB' }),
    command: (text) => readCommand({ text, locale: 'en-GB' }),
    choice: (text) => readChoice({ text, locale: 'en-GB', options: yesNo }),
    needs: (text) => detectNeeds({ text, locale: 'en-GB' }),
    needsRulesOnly: (text) => detectNeeds({ text, locale: 'en-GB', rulesOnly: true }),
    interests: (text) => detectInterests({ text, locale: 'en-GB' }),
    badInput: (text) => readMessageProblem({ text, locale: 'en-GB' }),
  };
  const oneMessage = (text: string): void => {
    readMessageProblem({ text, locale: 'en-GB' });
    readCommand({ text, locale: 'en-GB' });
    readIntent({ text, locale: 'en-GB' });
    readChoice({ text, locale: 'en-GB', options: yesNo });
    detectNeeds({ text, locale: 'en-GB' });
  };

  // Warm up, then time each message on its own.
  for (let round = 0; round < 3; round += 1) for (const text of texts) oneMessage(text);
  const summary: Record<string, { p50: number; p99: number; cpuP99: number; max: number }> = {};
  const round3 = (value: number): number => Math.round(value * 1000) / 1000;
  // Wall time, and this process's CPU time: on a shared machine the first also counts waiting for a core.
  const time = (name: string, run: (text: string) => unknown, rounds: number): void => {
    const samples: number[] = [];
    const cpu: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const text of texts) {
        const cpuStart = process.cpuUsage();
        const start = process.hrtime.bigint();
        run(text);
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    samples.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const figures = {
      p50: round3(percentile(samples, 50)),
      p99: round3(percentile(samples, 99)),
      cpuP99: round3(percentile(cpu, 99)),
      max: round3(samples[samples.length - 1] ?? 0),
    };
    summary[name] = figures;
    console.log(
      `${name.padEnd(12)} ${String(samples.length).padStart(6)} readings  p50 ${figures.p50.toFixed(3)} ms  ` +
        `p99 ${figures.p99.toFixed(3)} ms  (CPU p99 ${figures.cpuP99.toFixed(3)} ms)  max ${figures.max.toFixed(3)} ms`,
    );
  };
  console.log(`${texts.length} messages from the train and dev sets`);
  for (const [name, run] of Object.entries(tasks)) time(name, run, 5);
  time('oneMessage', oneMessage, 5);
  gc();
  const after = process.memoryUsage();
  const memory = {
    loadMs: Math.round(loadMs),
    rssAddedByLoadingMb: mb(loaded.rss - before.rss),
    heapAddedByLoadingMb: mb(loaded.heapUsed - before.heapUsed),
    modelsLoadMs: Math.round(modelsMs),
    modelsRssMb: modelMemory.rssMb,
    modelsHeapAndBuffersMb: modelMemory.heapAndBuffersMb,
    rssAfterRunMb: mb(after.rss),
  };
  console.log(
    `loading: ${memory.loadMs} ms, RSS +${memory.rssAddedByLoadingMb} MB (heap +${memory.heapAddedByLoadingMb} MB); RSS after the run ${memory.rssAfterRunMb} MB`,
  );
  console.log(
    `the ${modelMemory.models} needs and interests models: loaded in ${memory.modelsLoadMs} ms, RSS +${memory.modelsRssMb} MB (heap and buffers +${memory.modelsHeapAndBuffersMb} MB)`,
  );
  console.log(JSON.stringify({ ...summary, memory }));
}

main();
