#!/usr/bin/env node
/**
 * Fetches Apache Kafka's own jars from Maven Central into the git-ignored cache used by the
 * local development broker (libs/broker), once.
 *
 *   node scripts/fetch-kafka.mjs            # postinstall mode: warns and exits 0 when Java/Maven are missing
 *   node scripts/fetch-kafka.mjs --strict   # library mode: exits 2 (no JDK 17+), 3 (no Maven), 1 (fetch failed)
 *   node scripts/fetch-kafka.mjs --json     # last stdout line is {"version","libsDir","java","logging","cached"}
 *
 * Layout: <SKYTALLY_HOME or <repo>/.skytally>/kafka/kafka-<version>/libs/*.jar (+ libs/.complete marker).
 * The jars are copied by `mvn dependency:copy-dependencies` from broker/pom.xml into a temporary
 * sibling folder which is renamed into place only when complete, so an interrupted or concurrent
 * fetch never leaves a half-filled classpath behind; the marker makes every later call instant.
 *
 * This file is the single implementation: the TypeScript side (libs/broker/src/kafka-jars.fetcher.ts)
 * spawns it with --strict --json rather than re-implementing it. Progress goes to stderr so stdout
 * stays machine-readable.
 *
 * Env: SKYTALLY_HOME, SKYTALLY_KAFKA_VERSION (4.x or 3.x, default below), JAVA_HOME,
 *      SKYTALLY_SKIP_KAFKA_FETCH=1 (postinstall does nothing; e.g. CI that uses an external broker).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_KAFKA_VERSION = '4.4.0';
const MIN_JAVA_MAJOR = 17;
const EXIT_NO_JAVA = 2;
const EXIT_NO_MAVEN = 3;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Resolves the cache locations for one Kafka version. */
export function kafkaPaths(env = process.env) {
  const version = env.SKYTALLY_KAFKA_VERSION || DEFAULT_KAFKA_VERSION;
  const home = env.SKYTALLY_HOME ? resolve(env.SKYTALLY_HOME) : join(repoRoot, '.skytally');
  const kafkaDir = join(home, 'kafka', `kafka-${version}`);
  return {
    version,
    home,
    kafkaDir,
    libsDir: join(kafkaDir, 'libs'),
    marker: join(kafkaDir, 'libs', '.complete'),
    logging: kafkaLogging(version),
  };
}

/**
 * How a Kafka version logs: 4.x through log4j2 (KIP-653), 3.x through reload4j (log4j 1.x).
 * broker/pom.xml adds the matching slf4j binding; libs/broker writes the matching config file.
 */
export function kafkaLogging(version) {
  return Number.parseInt(version, 10) >= 4 ? 'log4j2' : 'reload4j';
}

/** `java` to use: $JAVA_HOME/bin/java when set (what the Kafka scripts do too), else the one on PATH. */
export function findJava(env = process.env) {
  const candidate = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const res = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    return {
      ok: false,
      reason: `JDK ${MIN_JAVA_MAJOR}+ not found (${candidate}): ${res.error ? res.error.message : res.stderr.trim()}`,
    };
  }
  // `java -version` prints to stderr: openjdk version "17.0.15" ... / java version "1.8.0_392"
  const m = /version "(\d+)(?:\.(\d+))?/.exec(res.stderr);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major >= MIN_JAVA_MAJOR)) {
    return { ok: false, reason: `JDK ${MIN_JAVA_MAJOR}+ not found (${candidate} is version ${m ? m[0] : 'unknown'})` };
  }
  return { ok: true, java: candidate, major };
}

function findMaven() {
  const res = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) return { ok: false, reason: 'Maven not found (mvn)' };
  return { ok: true };
}

const INSTALL_HINT = {
  java: 'Install a JDK 17+ (Debian/Ubuntu: `sudo apt-get install openjdk-17-jdk-headless`; macOS: `brew install openjdk@17`) or point JAVA_HOME at one.',
  mvn: 'Install Maven 3.6+ (Debian/Ubuntu: `sudo apt-get install maven`; macOS: `brew install maven`). It is only needed once, to fetch the Kafka jars.',
};

function log(msg) {
  process.stderr.write(`[fetch-kafka] ${msg}\n`);
}

/** Runs Maven, printing a heartbeat (elapsed time, artifacts downloaded) because a cold fetch takes a while. */
function runMaven(args) {
  return new Promise((resolveRun, rejectRun) => {
    const started = Date.now();
    let downloads = 0;
    const tail = [];
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const onData = (chunk) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        if (line.includes('Downloaded from')) downloads += 1;
        tail.push(line);
        if (tail.length > 40) tail.shift();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const heartbeat = setInterval(() => {
      log(`  ... ${Math.round((Date.now() - started) / 1000)}s, ${downloads} artifacts downloaded so far`);
    }, 5000);
    child.on('error', (err) => {
      clearInterval(heartbeat);
      rejectRun(err);
    });
    child.on('close', (code) => {
      clearInterval(heartbeat);
      if (code === 0) resolveRun({ downloads, seconds: (Date.now() - started) / 1000 });
      else rejectRun(new Error(`mvn exited with code ${code}. Last output:\n${tail.join('\n')}`));
    });
  });
}

/**
 * Makes sure the jars of the configured Kafka version are in the cache.
 * Throws an Error with `exitCode` EXIT_NO_JAVA / EXIT_NO_MAVEN for a missing tool.
 */
export async function ensureKafkaJars(env = process.env) {
  const paths = kafkaPaths(env);
  if (!/^[34]\.\d+\.\d+$/.test(paths.version)) {
    throw Object.assign(
      new Error(
        `SKYTALLY_KAFKA_VERSION=${paths.version}: expected a Kafka 4.x or 3.x release such as ${DEFAULT_KAFKA_VERSION} or 3.9.2`,
      ),
      { exitCode: 1 },
    );
  }
  const java = findJava(env);
  if (!java.ok) throw Object.assign(new Error(`${java.reason}. ${INSTALL_HINT.java}`), { exitCode: EXIT_NO_JAVA });
  if (existsSync(paths.marker)) {
    return { version: paths.version, libsDir: paths.libsDir, java: java.java, logging: paths.logging, cached: true };
  }
  if (!findMaven().ok)
    throw Object.assign(new Error(`Maven not found (mvn). ${INSTALL_HINT.mvn}`), { exitCode: EXIT_NO_MAVEN });

  mkdirSync(paths.kafkaDir, { recursive: true });
  const partial = join(paths.kafkaDir, `libs.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  log(`Fetching Apache Kafka ${paths.version} jars from Maven Central into ${paths.libsDir}`);
  log('  (first time only; usually 1-3 minutes)');
  const pom = join(repoRoot, 'broker', 'pom.xml');
  try {
    const res = await runMaven([
      '-B',
      '-f',
      pom,
      `-Dkafka.version=${paths.version}`,
      `-Dkafka.logging=${paths.logging}`,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${partial}`,
    ]);
    const jars = readdirSync(partial).filter((f) => f.endsWith('.jar'));
    if (!jars.includes(`kafka_2.13-${paths.version}.jar`)) {
      throw new Error(`copy finished but kafka_2.13-${paths.version}.jar is missing from ${partial}`);
    }
    writeFileSync(
      join(partial, '.complete'),
      JSON.stringify({ version: paths.version, jars: jars.length, fetchedAt: new Date().toISOString() }) + '\n',
    );
    if (existsSync(paths.libsDir) && !existsSync(paths.marker)) rmSync(paths.libsDir, { recursive: true, force: true });
    try {
      renameSync(partial, paths.libsDir);
    } catch (err) {
      // A concurrent fetch won the race; its copy is complete (the marker is written before the rename).
      if (!existsSync(paths.marker)) throw err;
    }
    log(`Done: ${jars.length} jars in ${res.seconds.toFixed(1)}s (${res.downloads} artifacts downloaded).`);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return { version: paths.version, libsDir: paths.libsDir, java: java.java, logging: paths.logging, cached: false };
}

async function main(argv) {
  const strict = argv.includes('--strict');
  const json = argv.includes('--json');
  if (!strict && process.env.SKYTALLY_SKIP_KAFKA_FETCH === '1') {
    log('SKYTALLY_SKIP_KAFKA_FETCH=1: not fetching the local Kafka broker jars.');
    return 0;
  }
  try {
    const result = await ensureKafkaJars();
    if (result.cached && !json) log(`Kafka ${result.version} jars already present in ${result.libsDir}`);
    if (json) process.stdout.write(JSON.stringify(result) + '\n');
    return 0;
  } catch (err) {
    if (strict) {
      process.stderr.write(`${err.message}\n`);
      return err.exitCode ?? 1;
    }
    // postinstall must never break `npm ci`: the local broker is a convenience, KAFKA_BROKERS works without it.
    log(`WARNING: the local Kafka broker will not be available: ${err.message}`);
    log(
      'WARNING: continuing; rerun `node scripts/fetch-kafka.mjs` after fixing, or set KAFKA_BROKERS to use another broker.',
    );
    return 0;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
