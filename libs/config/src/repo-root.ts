import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SkytallyConfig } from './config.schema';

/**
 * The project root: the nearest folder at or above `from` whose package.json is skytally's. The same
 * answer from the sources (libs/config/src), from dist/ and from the Docker image (/app).
 */
export function repoRoot(from: string = __dirname): string {
  const start = resolve(from);
  for (let dir = start; ; dir = dirname(dir)) {
    if (isSkytallyPackage(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`cannot find the skytally project root (its package.json) above ${start}`);
  }
}

function isSkytallyPackage(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'skytally';
  } catch {
    return false;
  }
}

/** SKYTALLY_HOME, else `<repo>/.skytally`: the git-ignored home of the jar cache, the local brokers and the logs. */
export function skytallyHome(config: Pick<SkytallyConfig, 'SKYTALLY_HOME'>): string {
  return config.SKYTALLY_HOME ? resolve(config.SKYTALLY_HOME) : join(repoRoot(), '.skytally');
}
