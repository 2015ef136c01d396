// Recall, false positives, red-flag accuracy and per-message time of the safety checks, on the labelled
// data in test/data/safety. Run: npm run build && node dist/bench/safetyEval.js [rounds]
// The last line printed is a one-line JSON summary, for scripts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assessMessage, assessRedFlags } from '../src/domain/safety';
import {
  evaluateCrisis,
  evaluateOrdinary,
  evaluateRedFlags,
  parseCrisisCases,
  parsePlainCases,
  parseRedFlagCases,
} from '../src/domain/safety/evaluation';

// Compiled, this file runs from dist/bench; as source, from bench. Either way the data sits under the
// directory that holds package.json.
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + from);
    dir = parent;
  }
  return dir;
}

const percent = (value: number): string => `${(value * 100).toFixed(2)}%`;
const round = (value: number, places = 4): number => Math.round(value * 10 ** places) / 10 ** places;

interface Timing {
  messages: number;
  meanMicros: number;
  p99Micros: number;
  maxMicros: number;
}

function time(texts: readonly string[], rounds: number, check: (text: string) => unknown): Timing {
  // Warm up first, so the figures are of compiled code rather than of the first calls.
  for (const text of texts) check(text);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const text of texts) {
      const started = process.hrtime.bigint();
      check(text);
      samples.push(Number(process.hrtime.bigint() - started) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  const p99 = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))] ?? 0;
  return {
    messages: samples.length,
    meanMicros: round(mean, 1),
    p99Micros: round(p99, 1),
    maxMicros: round(samples.at(-1) ?? 0, 1),
  };
}

function main(): void {
  const root = projectRoot(__dirname);
  const data = (name: string): string => readFileSync(join(root, 'test/data/safety', name), 'utf8');
  const rounds = Math.max(1, Number(process.argv[2] ?? 20) || 20);

  const crisisCases = parseCrisisCases(data('crisis.tsv'));
  const ordinaryCases = parsePlainCases(data('ordinary.txt'));
  const redFlagCases = parseRedFlagCases(data('red-flags.tsv'));

  const crisis = evaluateCrisis(crisisCases);
  const ordinary = evaluateOrdinary(ordinaryCases);
  const redFlags = evaluateRedFlags(redFlagCases);

  console.log(`crisis recall: ${crisis.recalled}/${crisis.cases} = ${percent(crisis.recall)}`);
  console.log(`misses (${crisis.misses.length}):`);
  for (const miss of crisis.misses) {
    console.log(
      `  line ${miss.line}: expected ${miss.expected.join(',')}; found ${miss.found.join(',') || '-'} | ${miss.text}`,
    );
  }
  console.log(
    `\nordinary false positives: ${ordinary.falsePositives.length}/${ordinary.cases} = ${percent(ordinary.falsePositiveRate)}`,
  );
  for (const fp of ordinary.falsePositives) {
    console.log(`  line ${fp.line}: ${fp.kinds.join(',')} by ${fp.rules.join(',')} | ${fp.text}`);
  }
  console.log(`\nred-flag accuracy: ${redFlags.correct}/${redFlags.cases} = ${percent(redFlags.accuracy)}`);
  console.log(`urgent notes missed entirely: ${redFlags.missedUrgent}`);
  for (const error of redFlags.errors) {
    console.log(
      `  line ${error.line}: expected ${error.urgency} ${error.flags.join(',') || '-'}; ` +
        `found ${error.foundUrgency} ${error.foundFlags.join(',') || '-'} | ${error.text}`,
    );
  }

  const messages = [...crisisCases, ...ordinaryCases].map((item) => item.text);
  const notes = redFlagCases.map((item) => item.text);
  const crisisTiming = time(messages, rounds, (text) => assessMessage({ text, locale: 'en-GB' }));
  const redFlagTiming = time(notes, rounds, (text) => assessRedFlags({ text, locale: 'en-GB' }));
  const longText = `${'I went to the allotment and then had a cup of tea with my neighbour. '.repeat(2000)}I want to end it all.`;
  const longTiming = time([longText], 5, (text) => assessMessage({ text, locale: 'en-GB' }));
  const longFound = assessMessage({ text: longText, locale: 'en-GB' }).crisis;

  console.log(
    `\nassessMessage: ${crisisTiming.messages} calls, mean ${crisisTiming.meanMicros} µs, p99 ${crisisTiming.p99Micros} µs, max ${crisisTiming.maxMicros} µs`,
  );
  console.log(
    `assessRedFlags: ${redFlagTiming.messages} calls, mean ${redFlagTiming.meanMicros} µs, p99 ${redFlagTiming.p99Micros} µs, max ${redFlagTiming.maxMicros} µs`,
  );
  console.log(
    `long message (${longText.length} characters): mean ${longTiming.meanMicros} µs, crisis at the end found: ${longFound}`,
  );

  console.log(
    JSON.stringify({
      locale: 'en-GB',
      crisis: { cases: crisis.cases, recall: round(crisis.recall), misses: crisis.misses.length },
      ordinary: {
        cases: ordinary.cases,
        falsePositiveRate: round(ordinary.falsePositiveRate),
        falsePositives: ordinary.falsePositives.length,
      },
      redFlags: {
        cases: redFlags.cases,
        accuracy: round(redFlags.accuracy),
        errors: redFlags.errors.length,
        missedUrgent: redFlags.missedUrgent,
      },
      timing: {
        assessMessage: { meanMicros: crisisTiming.meanMicros, p99Micros: crisisTiming.p99Micros },
        assessRedFlags: { meanMicros: redFlagTiming.meanMicros, p99Micros: redFlagTiming.p99Micros },
        longMessage: { chars: longText.length, meanMicros: longTiming.meanMicros },
      },
    }),
  );
}

main();
