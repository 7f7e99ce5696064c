import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project root: the nearest folder above this file whose package.json is skytally's. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'skytally') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the skytally project root above ${from}`);
    dir = parent;
  }
}

export const STAGES = ['ingest', 'dedup', 'extract', 'aggregate'] as const;
export type StageName = (typeof STAGES)[number];

/** The built entry point of a stage: `dist/apps/<stage>/main.js`. */
export function stageEntry(stage: StageName, root = repoRoot()): string {
  return join(root, 'dist', 'apps', stage, 'main.js');
}
