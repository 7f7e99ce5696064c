/**
 * Summarises the V8 CPU profiles `npm run bench -- --profile DIR` writes
 * (one `<service>.cpuprofile` per process and run): for each process, where
 * its busy time went by package (kafkajs, @nestjs, zod, the project's libs…)
 * and its top frames by self time. Idle time is left out of the shares.
 *
 *   npx tsx scripts/bench/profile-summary.ts DIR/<run> [--top 10] [--markdown]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  name: string;
  busyMs: number;
  byPackage: [string, number][];
  topFrames: [string, number][];
}

const IDLE = new Set(['(idle)', '(program)']);

/** Where a frame's code lives: a package, a project lib or app, node's own code, or V8 (GC). */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    const first = parts[0] ?? '';
    return first.startsWith('@') ? `${first}/${parts[1] ?? ''}` : first;
  }
  if (url.startsWith('node:')) return 'node';
  const project = /\/(libs|apps|scripts)\/([^/]+)\//.exec(url);
  return project ? `${project[1]}/${project[2]}` : url;
}

export function summarise(file: string, top: number): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const packages = new Map<string, number>();
  const frames = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || IDLE.has(frame.functionName)) continue;
    busy += us;
    const pkg = packageOf(frame.url, frame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    frames.set(key, (frames.get(key) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, us]): [string, number] => [k, us / 1000]);
  return {
    name: basename(file, '.cpuprofile'),
    busyMs: busy / 1000,
    byPackage: sorted(packages).slice(0, top),
    topFrames: sorted(frames).slice(0, top),
  };
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const project = /\/((?:libs|apps|scripts|dist)\/.*)$/.exec(url);
  return project?.[1] ?? url.replace(/^node:/, '');
}

function share(ms: number, total: number): string {
  return `${((100 * ms) / Math.max(total, 1e-9)).toFixed(1)} %`;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '10' }, markdown: { type: 'boolean', default: false } },
  });
  const dir = positionals[0];
  if (!dir) throw new Error('usage: profile-summary.ts DIR [--top N] [--markdown]');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort();
  for (const file of files) {
    const s = summarise(join(dir, file), Number(values.top));
    const packages = s.byPackage.map(([p, ms]) => `${p} ${share(ms, s.busyMs)}`).join(', ');
    if (values.markdown) {
      console.log(`\n**${s.name}** — busy ${(s.busyMs / 1000).toFixed(1)} s CPU; by package: ${packages}\n`);
      console.log('| self | frame |\n| ---: | --- |');
      for (const [frame, ms] of s.topFrames) console.log(`| ${share(ms, s.busyMs)} | \`${frame}\` |`);
    } else {
      console.log(`\n${s.name}: busy ${(s.busyMs / 1000).toFixed(1)} s CPU\n  by package: ${packages}`);
      for (const [frame, ms] of s.topFrames) console.log(`  ${share(ms, s.busyMs).padStart(7)}  ${frame}`);
    }
  }
}

if (require.main === module) main();
