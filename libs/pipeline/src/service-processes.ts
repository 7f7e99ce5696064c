/**
 * Runs the four stage services (and the dashboard) as child processes, as a
 * user would run them by hand, with their JSON logs appended to
 * `<logDir>/<stage>.log`. Shared by the CLI, the chaos and bench scripts and
 * the integration and e2e tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@skytally/config';
import { type ConsumerStage, STAGES } from '@skytally/contracts';

/** A stage service: one of the four consumer-group stages. */
export type StageName = ConsumerStage;

/** The built entry point of a service: `<dist>/apps/<service>/main.js` (dist: `<repo>/dist`). */
export function stageEntry(stage: ServiceName, dist = join(repoRoot(), 'dist')): string {
  return join(dist, 'apps', stage, 'main.js');
}

/** The stages, and the dashboard, which runs beside them as a process of its own. */
export type ServiceName = StageName | 'dashboard';

export interface ServiceProcess {
  stage: ServiceName;
  child: ChildProcess;
  logFile: string;
  /** The URL the service serves, when it says so when ready (the dashboard). */
  url?: string;
}

export interface StartServicesOptions {
  env: NodeJS.ProcessEnv;
  logDir?: string;
  stages?: readonly StageName[];
  readyTimeoutMs?: number;
  /**
   * A copy of dist/ to run the services from instead of <repo>/dist (the
   * chaos run restarts services for minutes; a rebuild meanwhile must not
   * pull the files from under it). It must sit inside the repository so the
   * services still find node_modules.
   */
  distDir?: string;
}

export async function startServices(options: StartServicesOptions): Promise<ServiceProcess[]> {
  const logDir = options.logDir ?? join(repoRoot(), '.skytally', 'logs');
  mkdirSync(logDir, { recursive: true });
  const stages = options.stages ?? STAGES;
  for (const stage of stages) {
    const entry = stageEntry(stage, options.distDir);
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  }
  return Promise.all(stages.map((stage) => startService(stage, options, logDir)));
}

export function startService(
  stage: ServiceName,
  options: StartServicesOptions,
  logDir: string,
): Promise<ServiceProcess> {
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${stage}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [stageEntry(stage, options.distDir)], {
    env: { ...options.env, LOG_FORMAT: 'json' },
    // The IPC channel carries one message, "ready", whatever the log level.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // stdio 'pipe' for both: spawn gives the streams.
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const service: ServiceProcess = { stage, child, logFile };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${stage} did not start within ${options.readyTimeoutMs ?? 60_000} ms; see ${logFile}`)),
      options.readyTimeoutMs ?? 60_000,
    );
    child.on('message', (message: { type?: string; url?: string }) => {
      if (message?.type === 'ready') {
        clearTimeout(timer);
        if (typeof message.url === 'string') service.url = message.url;
        resolve(service);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${stage} exited (${signal ?? code}) before it was ready; last log lines:\n${tail(logFile)}`));
    });
  });
}

/** SIGTERM, then SIGKILL for whatever has not exited within the grace period. */
export async function stopServices(services: ServiceProcess[], graceMs = 20_000): Promise<void> {
  await Promise.all(
    services.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
          const timer = setTimeout(() => s.child.kill('SIGKILL'), graceMs);
          s.child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          s.child.kill('SIGTERM');
        }),
    ),
  );
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
