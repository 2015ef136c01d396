import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * node dist/bench/profileSummary.js FILE.cpuprofile [...more] [--top 30]
 *
 * Where a CPU profile's time went (bench:turns --profile writes them): self time by package or
 * project folder, then by function, and the share of total time spent under each package ("total":
 * self time of the function and everything it called). Several files are added together.
 *
 * --by-step: for profiles taken at concurrency 1 (bench:turns --profile-level 1), where turns run one
 * at a time, each sample is given to the step whose turn was running, and each step's CPU per turn
 * is printed with its dearest packages and functions, dearest step first.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A turn of a profile taken at concurrency 1 (bench:turns writes FILE.turns.json beside it). */
interface TurnTime {
  journey: string;
  step: string;
  startUs: number;
  endUs: number;
}

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
const files = args.filter((arg, index) => !arg.startsWith('--') && index !== topAt + 1);
/** --by-step: where each step's own time went, from a profile taken at concurrency 1. */
const byStep = args.includes('--by-step');
if (files.length === 0) {
  console.error('usage: node dist/bench/profileSummary.js FILE.cpuprofile [...] [--top N]');
  process.exit(64);
}

/** The package (node_modules/<name>) or the project folder a script belongs to. */
function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node';
  const dist = url.indexOf('/dist/');
  if (dist >= 0)
    return url
      .slice(dist + '/dist/'.length)
      .split('/')
      .slice(0, 3)
      .join('/');
  return path.basename(url);
}

const selfByFunction = new Map<string, number>();
const selfByOwner = new Map<string, number>();
const totalByOwner = new Map<string, number>();
let total = 0;

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
    total += delta;
  });
  for (const [id, time] of selfTime) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const owner = ownerOf(url, functionName);
    const key = `${functionName || '(anonymous)'}  ${owner}${url ? `:${lineNumber + 1}` : ''}`;
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + time);
    selfByOwner.set(owner, (selfByOwner.get(owner) ?? 0) + time);
    // Total time: each package on the stack of this sample counts it once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame) break;
      const stackOwner = ownerOf(frame.url, frame.functionName);
      if (seen.has(stackOwner)) continue;
      seen.add(stackOwner);
      totalByOwner.set(stackOwner, (totalByOwner.get(stackOwner) ?? 0) + time);
    }
  }
}

const percent = (time: number) => `${((100 * time) / total).toFixed(1).padStart(5)}%`;
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${percent(time)}  ${key}`);
  }
};
console.log(`${files.length} profile(s), ${(total / 1000).toFixed(0)} ms sampled`);
print('self time by package or folder', selfByOwner);
print('total time under each package or folder (itself and what it called)', totalByOwner);
print('self time by function', selfByFunction);

interface StepTime {
  turns: number;
  time: number;
  byOwner: Map<string, number>;
  byFunction: Map<string, number>;
}

if (byStep) {
  const steps = new Map<string, StepTime>();
  for (const file of files) {
    const turns = (JSON.parse(readFileSync(`${file}.turns.json`, 'utf8')) as TurnTime[]).sort(
      (a, b) => a.startUs - b.startUs,
    );
    const stepOf = (turn: TurnTime): StepTime => {
      const key = `${turn.journey} / ${turn.step}`;
      let step = steps.get(key);
      if (!step) {
        step = { turns: 0, time: 0, byOwner: new Map(), byFunction: new Map() };
        steps.set(key, step);
      }
      return step;
    };
    for (const turn of turns) stepOf(turn).turns += 1;
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    let at = profile.startTime;
    let next = 0;
    profile.samples.forEach((id, index) => {
      const delta = profile.timeDeltas[index] ?? 0;
      at += delta;
      while (next < turns.length && (turns[next]?.endUs ?? 0) < at) next += 1;
      const turn = turns[next];
      if (!turn || turn.startUs > at) return;
      const frame = byId.get(id)?.callFrame;
      if (!frame || frame.functionName === '(idle)') return;
      const step = stepOf(turn);
      const owner = ownerOf(frame.url, frame.functionName);
      const key = `${frame.functionName || '(anonymous)'}  ${owner}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
      step.time += delta;
      step.byOwner.set(owner, (step.byOwner.get(owner) ?? 0) + delta);
      step.byFunction.set(key, (step.byFunction.get(key) ?? 0) + delta);
    });
  }
  const dearest = (map: Map<string, number>, time: number, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, spent]) => `${((100 * spent) / time).toFixed(0)}% ${key}`)
      .join('; ');
  console.log('\nby step (CPU sampled during the turns of the step, ms per turn), dearest first');
  for (const [key, step] of [...steps].sort((a, b) => b[1].time / b[1].turns - a[1].time / a[1].turns)) {
    if (step.turns === 0 || step.time === 0) continue;
    console.log(
      `  ${(step.time / step.turns / 1000).toFixed(2).padStart(6)} ms  ${key} (${step.turns} turns)`,
    );
    console.log(`      packages: ${dearest(step.byOwner, step.time, 6)}`);
    console.log(`      functions: ${dearest(step.byFunction, step.time, Math.min(top, 8))}`);
  }
}
