#!/usr/bin/env node
/**
 * Builds everything into dist/: one TypeScript compile of apps/ and libs/
 * (tsc keeps decorator metadata, which Nest's injection uses), the @skytally/*
 * path aliases rewritten to relative paths (tsc-alias), and for each app a
 * `dist/apps/<app>/main.js` entry point, the path users run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const started = Date.now();
rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('tsc-alias'), ['-p', 'tsconfig.build.json']);
for (const app of readdirSync(join(root, 'apps'))) {
  const compiled = join(root, 'dist', 'apps', app, 'src', 'main.js');
  if (!existsSync(compiled)) continue;
  writeFileSync(join(root, 'dist', 'apps', app, 'main.js'), "'use strict';\nrequire('./src/main.js');\n");
}
console.error(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
