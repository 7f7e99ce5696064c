/**
 * The secure local broker (`skytally broker start --secure`) as a user meets it: SASL_SSL with
 * SCRAM-SHA-512, a CA and certificate of its own, ACLs on with the admin the only super user and
 * the `skytally` principal granted what the services need. Against it:
 *   - `source <file>` settings run the demo end to end;
 *   - a wrong password, an unknown CA, a plaintext client, and a principal without write on
 *     interceptions.rolling each end the service fast, with one line naming the cause, exit 78;
 *   - the password appears in no log line.
 * Needs a JVM, openssl and keytool; skipped when the harness does not run the local broker.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  Kafka,
  logLevel,
  ResourcePatternTypes,
} from 'kafkajs';
import { stopLocalBroker } from '@skytally/broker';
import type { Snapshot } from '@skytally/contracts';
import { waitFor } from '../support/kafka-test-utils';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/skytally.js');

jest.setTimeout(300_000);

const tools = ['openssl', 'keytool'].every(
  (t) => spawnSync(t, t === 'openssl' ? ['version'] : ['-help'], { encoding: 'utf8' }).error === undefined,
);
const local =
  process.env.SKYTALLY_TEST_BROKER_KIND === 'local' && process.env.SKYTALLY_TEST_BROKER_LIFECYCLE !== '0' && tools
    ? describe
    : describe.skip;

/** `export KEY='value'` lines of a client settings file. */
function parseEnvFile(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^export ([A-Z_]+)=(?:'((?:[^']|'\\'')*)'|(\S*))$/.exec(line);
    if (m) env[m[1]!] = (m[2] ?? m[3] ?? '').replace(/'\\''/g, "'");
  }
  return env;
}

interface Exit {
  code: number | null;
  output: string;
  seconds: number;
}

function runService(
  stage: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): { exited: Promise<Exit>; kill: () => void; output: () => string } {
  const started = Date.now();
  const child = spawn(process.execPath, [join(root, 'dist/apps', stage, 'main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, seconds: (Date.now() - started) / 1000 });
    }),
  );
  return { exited, kill: () => child.kill('SIGTERM'), output: () => output };
}

local('secure local broker (SASL_SSL, SCRAM-SHA-512, ACLs)', () => {
  let home: string;
  let clientEnv: Record<string, string>;
  let baseEnv: NodeJS.ProcessEnv;
  let adminPassword: string;
  const logs: string[] = [];
  const serviceLogDir = join(root, '.skytally', 'logs');
  const serviceLogSizes = new Map<string, number>();

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'skytally-it-secure-'));
    symlinkSync(join(process.env.SKYTALLY_HOME ?? join(root, '.skytally'), 'kafka'), join(home, 'kafka'));
    baseEnv = { ...process.env, SKYTALLY_HOME: home, LOG_LEVEL: 'info', LOG_FORMAT: 'json' };
    delete baseEnv.KAFKA_BROKERS;
    delete baseEnv.SKYTALLY_TOPIC_PREFIX;
    for (const stage of ['ingest', 'dedup', 'extract', 'aggregate']) {
      const f = join(serviceLogDir, `${stage}.log`);
      serviceLogSizes.set(f, existsSync(f) ? statSync(f).size : 0);
    }
  });

  afterAll(async () => {
    await stopLocalBroker(join(home, 'broker-secure'));
    if (process.env.SKYTALLY_KEEP_BROKER_STATE !== '1') rmSync(home, { recursive: true, force: true });
  });

  it('starts with `broker start --secure` and prints a `source <file>` line with the client settings', () => {
    const started = Date.now();
    const res = spawnSync(process.execPath, [bin, 'broker', 'start', '--secure'], {
      env: baseEnv,
      encoding: 'utf8',
      timeout: 180_000,
    });
    logs.push(res.stdout, res.stderr);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^secure broker started at 127\.0\.0\.1:\d+ .*SASL_SSL, SCRAM-SHA-512, ACLs on/m);
    const file = /^source (\S+)$/m.exec(res.stdout)?.[1];
    expect(file).toBe(join(home, 'broker-secure', 'client.env'));
    expect(statSync(file!).mode & 0o077).toBe(0);
    clientEnv = parseEnvFile(file!);
    expect(Object.keys(clientEnv).sort()).toEqual([
      'KAFKA_BROKERS',
      'KAFKA_SASL_MECHANISM',
      'KAFKA_SASL_PASSWORD',
      'KAFKA_SASL_USERNAME',
      'KAFKA_SSL',
      'KAFKA_SSL_CA_FILE',
    ]);
    expect(clientEnv).toMatchObject({
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'skytally',
    });
    expect(clientEnv.KAFKA_SASL_PASSWORD!.length).toBeGreaterThanOrEqual(24);
    adminPassword = (
      JSON.parse(readFileSync(join(home, 'broker-secure', 'secrets.json'), 'utf8')) as { users: Record<string, string> }
    ).users.admin!;
    // `status` names it and the file, never the password.
    const status = spawnSync(process.execPath, [bin, 'broker', 'status'], { env: baseEnv, encoding: 'utf8' });
    logs.push(status.stdout, status.stderr);
    expect(status.stdout).toContain(`secure broker running at ${clientEnv.KAFKA_BROKERS}`);
    process.stderr.write(`[secure] broker ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  });

  it('runs the demo end to end with those settings', () => {
    const res = spawnSync(process.execPath, [bin, 'run', '--demo', '--json'], {
      env: { ...baseEnv, ...clientEnv },
      encoding: 'utf8',
      timeout: 240_000,
    });
    logs.push(res.stdout, res.stderr);
    expect(res.stderr.split('\n').filter((l) => /failed|exited unexpectedly/.test(l))).toEqual([]);
    expect(res.status).toBe(0);
    const finals = new Map((JSON.parse(res.stdout) as Snapshot[]).map((s) => [s.key, s]));
    expect(finals.get('RU-BRY')?.windows.all).toBe(64);
    expect(finals.get('RU')?.windows.all).toBe(203);
  });

  /** Starts `stage` with the secure settings changed by `override`; expects a quick exit 78 with one line naming the cause. */
  async function expectFatal(
    stage: string,
    override: Record<string, string | undefined>,
    cause: RegExp,
  ): Promise<Exit> {
    const env: NodeJS.ProcessEnv = { ...baseEnv, ...clientEnv, SKYTALLY_TOPIC_PREFIX: `demo-fatal-${stage}.` };
    for (const [k, v] of Object.entries(override))
      if (v === undefined) delete env[k];
      else env[k] = v;
    const exit = await runService(stage, env).exited;
    logs.push(exit.output);
    const lines = exit.output.split('\n').filter(Boolean);
    expect({ code: exit.code, lines: lines.length }).toEqual({ code: 78, lines: 1 });
    expect((JSON.parse(lines[0]!) as { msg: string }).msg).toMatch(cause);
    expect(exit.seconds).toBeLessThan(15);
    return exit;
  }

  it('a wrong password: one line, exit 78', async () => {
    await expectFatal(
      'ingest',
      { KAFKA_SASL_PASSWORD: 'not-the-password' },
      /^Kafka authentication failed for user "skytally" \(SASL scram-sha-512\)/,
    );
  });

  it('an unknown CA: one line, exit 78', async () => {
    await expectFatal(
      'dedup',
      { KAFKA_SSL_CA_FILE: undefined },
      /^TLS: the broker at 127\.0\.0\.1:\d+ presented a certificate this client does not trust \(self-signed certificate in certificate chain\)/,
    );
  });

  it('a plaintext client: one line, exit 78', async () => {
    await expectFatal(
      'extract',
      {
        KAFKA_SSL: 'false',
        KAFKA_SSL_CA_FILE: undefined,
        KAFKA_SASL_MECHANISM: undefined,
        KAFKA_SASL_USERNAME: undefined,
        KAFKA_SASL_PASSWORD: undefined,
      },
      /its listener expects TLS/,
    );
  });

  it('a principal without write on interceptions.rolling: aggregate stops at its first snapshot with one line, exit 78', async () => {
    const prefix = `demo-nowrite-${Date.now().toString(36)}.`;
    const admin = new Kafka({
      clientId: 'it-secure-admin',
      brokers: [clientEnv.KAFKA_BROKERS!],
      logLevel: logLevel.NOTHING,
      ssl: { ca: [readFileSync(clientEnv.KAFKA_SSL_CA_FILE!, 'utf8')] },
      sasl: { mechanism: 'scram-sha-512', username: 'admin', password: adminPassword },
    }).admin();
    await admin.connect();
    await admin.createAcls({
      acl: [
        {
          resourceType: AclResourceTypes.TOPIC,
          resourceName: `${prefix}interceptions.rolling`,
          resourcePatternType: ResourcePatternTypes.LITERAL,
          principal: 'User:skytally',
          host: '*',
          operation: AclOperationTypes.WRITE,
          permissionType: AclPermissionTypes.DENY,
        },
      ],
    });
    await admin.disconnect();

    const env: NodeJS.ProcessEnv = { ...baseEnv, ...clientEnv, SKYTALLY_TOPIC_PREFIX: prefix };
    const others = ['ingest', 'dedup', 'extract'].map((stage) => runService(stage, env, 240_000));
    const aggregate = runService('aggregate', env, 240_000);
    try {
      // The stages have joined their groups (each logs its assignment).
      await waitFor(() => [...others, aggregate].every((s) => s.output().includes('"msg":"partitions assigned"')), {
        timeoutMs: 60_000,
        description: 'the four stages to join their groups',
      });
      const feed = spawnSync(process.execPath, [bin, 'feed', join(root, 'seeds')], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      logs.push(feed.stdout, feed.stderr);
      expect(feed.status).toBe(0);
      const exit = await aggregate.exited;
      logs.push(exit.output);
      const errors = exit.output
        .split('\n')
        .filter((l) => l.startsWith('{') && (JSON.parse(l) as { level: number }).level >= 50);
      expect(exit.code).toBe(78);
      expect(errors).toHaveLength(1);
      expect((JSON.parse(errors[0]!) as { msg: string }).msg).toMatch(
        /^Kafka authorization failed: principal "User:skytally" may not write to a topic it needs \(Topic authorization failed on Produce\)/,
      );
    } finally {
      for (const o of others) o.kill();
      for (const o of others) logs.push((await o.exited).output);
    }
  });

  it('never writes the password to a log line', () => {
    const secrets = [clientEnv.KAFKA_SASL_PASSWORD!, adminPassword];
    const brokerLogs = join(home, 'broker-secure', 'logs');
    const files = ['server.log', 'broker.out'].map((f) => join(brokerLogs, f)).filter(existsSync);
    const texts = [...logs, ...files.map((f) => readFileSync(f, 'utf8'))];
    for (const [file, size] of serviceLogSizes)
      if (existsSync(file)) texts.push(readFileSync(file).subarray(size).toString());
    expect(texts.join('').length).toBeGreaterThan(10_000);
    for (const secret of secrets) expect(texts.filter((t) => t.includes(secret))).toEqual([]);
  });
});
