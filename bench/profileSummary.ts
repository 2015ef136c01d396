import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * node dist/bench/profileSummary.js FILE.cpuprofile [...more] [--top 30]
 *
 * Where a CPU profile's time went (bench:turns --profile writes them): self time by package or
 * project folder, then by function, and the share of total time spent under each package ("total":
 * self time of the function and everything it called). Several files are added together.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
const files = args.filter((arg, index) => !arg.startsWith('--') && index !== topAt + 1);
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
