#!/usr/bin/env node
/**
 * Builds everything into dist/: one TypeScript compile of apps/ and libs/
 * (tsc keeps decorator metadata, which Nest's injection uses), the @skytally/*
 * path aliases rewritten to relative paths (tsc-alias), and for each app a
 * `dist/apps/<app>/main.js` entry point, the path users run.
 *
 *   node scripts/build.mjs               # always builds
 *   node scripts/build.mjs --if-changed  # builds unless dist/ was built from exactly these sources
 *
 * `--if-changed` is what `npm test` runs first: `npm ci` has just built dist/ (postinstall), and a
 * second full compile of unchanged sources costs ~25 s of both cores. It compares a fingerprint
 * (SHA-256 over every file under apps/, libs/ and scripts/, the tsconfigs and the lock file, names
 * and contents) with the one the last build wrote into dist/; any difference, or a missing entry
 * point, builds again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const fingerprintFile = join(root, 'dist', '.build-fingerprint');

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Every file the build reads, or may read (a new file under apps/ is a change), sorted by path. */
function inputs() {
  const files = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'].map((f) => join(root, f));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  for (const dir of ['apps', 'libs', 'scripts']) walk(join(root, dir));
  return files.filter(existsSync).sort();
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of inputs())
    hash
      .update(`${relative(root, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  return hash.digest('hex');
}

const apps = readdirSync(join(root, 'apps'));
const entry = (app) => join(root, 'dist', 'apps', app, 'main.js');

if (process.argv.includes('--if-changed')) {
  const built = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, 'utf8').trim() : '';
  const entriesThere = apps.every(
    (app) => !existsSync(join(root, 'apps', app, 'src', 'main.ts')) || existsSync(entry(app)),
  );
  if (built && entriesThere && built === fingerprint()) {
    console.error('dist/ is up to date (built from these sources): not rebuilt');
    process.exit(0);
  }
}

const started = Date.now();
const sources = fingerprint();
rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('tsc-alias'), ['-p', 'tsconfig.build.json']);
for (const app of apps) {
  const compiled = join(root, 'dist', 'apps', app, 'src', 'main.js');
  if (!existsSync(compiled)) continue;
  writeFileSync(entry(app), "'use strict';\nrequire('./src/main.js');\n");
}
// Last, so an interrupted build leaves no fingerprint and the next --if-changed builds again. The
// fingerprint is of the sources as they were when the compile started: an edit during it rebuilds.
writeFileSync(fingerprintFile, `${sources}\n`);
console.error(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
