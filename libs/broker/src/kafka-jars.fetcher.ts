/**
 * TypeScript entry to the jar cache. The logic lives once, in scripts/fetch-kafka.mjs (it must also
 * run as a plain-Node postinstall); this spawns it in --strict --json mode and turns its exit code
 * into an Error carrying its message ("JDK 17+ not found (java) ...", "Maven not found (mvn) ...").
 * A warm cache costs one short `node` + `java -version` run.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
// Relative, not @skytally/config: Jest's global setup loads this library without the path mapper.
import { repoRoot } from '../../config/src';

export interface KafkaJars {
  version: string;
  /** Folder of jars; the classpath is `<libsDir>/*`. */
  libsDir: string;
  /** java executable to run the broker with ($JAVA_HOME/bin/java or java). */
  java: string;
  /** How this version logs: log4j2 (Kafka 4.x, KIP-653) or reload4j (Kafka 3.x). */
  logging: 'log4j2' | 'reload4j';
  /** False when this call downloaded them. */
  cached: boolean;
}

export class KafkaJarsError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
  ) {
    super(message);
    this.name = 'KafkaJarsError';
  }
}

/**
 * `env`: the script's environment (SKYTALLY_HOME, SKYTALLY_KAFKA_VERSION, JAVA_HOME, PATH); unset, it
 * inherits this process's, as any child does.
 */
export function ensureKafkaJars(env?: NodeJS.ProcessEnv): Promise<KafkaJars> {
  const script = join(repoRoot(), 'scripts', 'fetch-kafka.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--strict', '--json'], {
      ...(env ? { env } : {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const errors: string[] = [];
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      for (const line of c.toString().split('\n')) {
        if (!line) continue;
        // Progress lines are forwarded live (a cold fetch takes a while); anything else is the error.
        if (line.startsWith('[fetch-kafka]')) process.stderr.write(line + '\n');
        else errors.push(line);
      }
    });
    child.once('error', (err) => reject(new KafkaJarsError(`cannot run ${script}: ${err.message}`, null)));
    child.once('close', (code) => {
      if (code !== 0) {
        reject(new KafkaJarsError(errors.join('\n') || `${script} exited with code ${code}`, code));
        return;
      }
      try {
        const last = stdout.trim().split('\n').pop() ?? '';
        resolve(JSON.parse(last) as KafkaJars);
      } catch {
        reject(new KafkaJarsError(`unexpected output from ${script}: ${stdout}`, code));
      }
    });
  });
}
