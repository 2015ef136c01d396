// How long the safety check takes per message: the patient check (screenMessage) and the receptionist
// check (assessRedFlags and assessMessage; readTriageNote, which also suggests needs, is shown apart),
// each alone and with the learned layer (checkMessage, checkTriageNote), on every line of the dev and
// train splits, and on a long message. The target is under 1 ms at p99 per message, rules and model
// together. Also the memory the safety models add (RSS and heap, before and after loading them).
// Not a test: run it on demand.
//
// Two p99s are printed. "p99" is over every call. "p99 of medians" takes each message's median over
// the rounds first: on a shared machine a call is sometimes paused by the operating system, and that
// pause is not the check's cost. Both are quoted; the target is read on the second. The CPU time of
// each call (process.cpuUsage) is shown too: on a shared machine it leaves out time spent waiting.
//
// Run: npm run bench:safety [-- --rounds 20]
// The last line printed is a one-line JSON summary, for scripts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assessMessage, assessRedFlags, screenMessage } from '../src/domain/safety';
import { parseCrisisCases, parsePlainCases, parseRedFlagCases } from '../src/domain/safety/evaluation';
import { readTriageNote } from '../src/understanding/triageNote';
import { checkMessage } from '../src/understanding/safety/checkMessage';
import { checkTriageNote } from '../src/understanding/safety/checkNote';
import { loadSafetyClassifiers } from '../src/understanding/safety/model/safetyModel';

function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + from);
    dir = parent;
  }
  return dir;
}

interface Timing {
  calls: number;
  p50: number;
  p99: number;
  p99OfMedians: number;
  /** p99 of each call's CPU time (user + system). */
  cpuP99: number;
  max: number;
}

const round = (value: number): number => Math.round(value * 10) / 10;
const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

function time(texts: readonly string[], rounds: number, check: (text: string) => unknown): Timing {
  // Warm up, so the figures are of compiled code rather than of the first calls.
  for (let i = 0; i < 3; i += 1) for (const text of texts) check(text);
  const samples: number[] = [];
  const cpu: number[] = [];
  const perText: number[][] = texts.map(() => []);
  for (let r = 0; r < rounds; r += 1) {
    texts.forEach((text, index) => {
      const cpuStarted = process.cpuUsage();
      const started = process.hrtime.bigint();
      check(text);
      const micros = Number(process.hrtime.bigint() - started) / 1000;
      const used = process.cpuUsage(cpuStarted);
      samples.push(micros);
      cpu.push(used.user + used.system);
      perText[index]?.push(micros);
    });
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const medians = perText
    .map((times) =>
      quantile(
        [...times].sort((a, b) => a - b),
        0.5,
      ),
    )
    .sort((a, b) => a - b);
  return {
    calls: samples.length,
    p50: round(quantile(samples, 0.5)),
    p99: round(quantile(samples, 0.99)),
    p99OfMedians: round(quantile(medians, 0.99)),
    cpuP99: round(quantile(cpu, 0.99)),
    max: round(samples.at(-1) ?? 0),
  };
}

function main(): void {
  const root = projectRoot(__dirname);
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const at = process.argv.indexOf('--rounds');
  const rounds = Math.max(1, Number(at >= 0 ? process.argv[at + 1] : 20) || 20);

  const messages = [
    ...parseCrisisCases(read('data/safety/dev/crisis.tsv')),
    ...parsePlainCases(read('data/safety/dev/ordinary.tsv')),
    ...parseCrisisCases(read('test/data/safety/crisis.tsv')),
    ...parsePlainCases(read('test/data/safety/ordinary.txt')),
  ].map((item) => item.text);
  const notes = [
    ...parseRedFlagCases(read('data/safety/dev/red-flags.tsv')),
    ...parseRedFlagCases(read('test/data/safety/red-flags.tsv')),
  ].map((item) => item.text);
  const long = `${'I went to the allotment and then had a cup of tea with my neighbour. '.repeat(2000)}I want to end it all.`;

  // Memory the safety models add: the rules and the front end are loaded first, then the models.
  const gc = (globalThis as { gc?: () => void }).gc;
  checkMessage({ text: 'hello there, I would like some help with my garden', locale: 'en-GB' }, null);
  gc?.();
  const beforeModels = process.memoryUsage();
  const classifiers = loadSafetyClassifiers();
  gc?.();
  const afterModels = process.memoryUsage();
  const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  const memory = {
    rssMiB: mib(afterModels.rss - beforeModels.rss),
    heapMiB: mib(afterModels.heapUsed - beforeModels.heapUsed),
    externalMiB: mib(
      afterModels.external + afterModels.arrayBuffers - beforeModels.external - beforeModels.arrayBuffers,
    ),
    gc: gc !== undefined,
  };

  const patient = time(messages, rounds, (text) => screenMessage({ text, locale: 'en-GB' }));
  const patientModel = time(messages, rounds, (text) =>
    checkMessage({ text, locale: 'en-GB' }, classifiers.crisis),
  );
  const reception = time(notes, rounds, (text) => {
    assessRedFlags({ text, locale: 'en-GB' });
    assessMessage({ text, locale: 'en-GB' });
  });
  const receptionModel = time(notes, rounds, (text) => {
    const redFlags = assessRedFlags({ text, locale: 'en-GB' });
    const crisis = assessMessage({ text, locale: 'en-GB' });
    if (redFlags.urgency === 'none' && !crisis.crisis) classifiers.redFlags.read(text);
  });
  const triage = time(notes, rounds, (text) => readTriageNote({ text, locale: 'en-GB' }));
  const triageModel = time(notes, rounds, (text) =>
    checkTriageNote({ text, locale: 'en-GB' }, classifiers.redFlags),
  );
  const longMessage = time([long], 5, (text) => checkMessage({ text, locale: 'en-GB' }, classifiers.crisis));
  const longFound = checkMessage({ text: long, locale: 'en-GB' }, classifiers.crisis).outcome;

  const line = (name: string, t: Timing) =>
    `${name}: ${t.calls} calls, p50 ${t.p50} µs, p99 ${t.p99} µs, p99 of medians ${t.p99OfMedians} µs, CPU p99 ${t.cpuP99} µs, max ${t.max} µs`;
  console.log(
    `Node ${process.version}, ${messages.length} messages and ${notes.length} notes, ${rounds} rounds`,
  );
  console.log(line('patient check, rules (screenMessage)', patient));
  console.log(line('patient check, rules + model (checkMessage)', patientModel));
  console.log(line('receptionist check, rules (assessRedFlags + assessMessage)', reception));
  console.log(line('receptionist check, rules + model', receptionModel));
  console.log(line('whole triage reading, needs included (readTriageNote)', triage));
  console.log(line('whole triage reading + model (checkTriageNote)', triageModel));
  console.log(
    `long message (${long.length} characters), rules + model: p50 ${longMessage.p50} µs, outcome ${longFound}`,
  );
  console.log(
    `memory added by the safety models: RSS ${memory.rssMiB} MiB, heap ${memory.heapMiB} MiB, buffers ${memory.externalMiB} MiB${memory.gc ? '' : ' (run with --expose-gc for steadier figures)'}`,
  );
  console.log(
    `under 1 ms at p99 of medians, rules + model: patient ${patientModel.p99OfMedians < 1000}, receptionist ${receptionModel.p99OfMedians < 1000}`,
  );
  console.log(
    JSON.stringify({
      patient,
      patientModel,
      reception,
      receptionModel,
      triage,
      triageModel,
      memory,
      longMessage: { chars: long.length, ...longMessage, outcome: longFound },
    }),
  );
}

main();
