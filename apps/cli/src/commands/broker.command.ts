import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { loadConfig } from '@skytally/config';
import { createRootLogger } from '@skytally/logger';

// Loaded when a broker command runs, not when the CLI starts: they bring kafkajs and the broker's launcher.
const localBroker = () => import('../pipeline/local-broker');
const brokerLib = () => import('@skytally/broker');

export function registerBroker(program: Command): void {
  const broker = program.command('broker').description("the local Kafka broker (KRaft, from Apache's jars)");
  broker
    .command('start')
    .description('start it (or report the one already running); returns once it serves every partition')
    .option(
      '--secure',
      'SASL_SSL (SCRAM-SHA-512) with a CA and certificate of its own, ACLs on; prints a `source <file>` line with the client settings',
    )
    .option(
      '--brokers <n>',
      'a local cluster of n KRaft nodes, each broker and controller (3: replication factor 3, min.insync.replicas 2)',
    )
    .action(async (opts: { secure?: boolean; brokers?: string }) => {
      const started = Date.now();
      const config = loadConfig();
      const secs = () => ((Date.now() - started) / 1000).toFixed(1);
      const count = opts.brokers === undefined ? 1 : Number(opts.brokers);
      if (!Number.isInteger(count) || count < 1 || count > 9) {
        process.stderr.write(
          `skytally: --brokers needs a whole number from 1 to 9, not ${JSON.stringify(opts.brokers)}\n`,
        );
        process.exitCode = 2;
        return;
      }
      if (count > 1 && opts.secure) {
        process.stderr.write('skytally: --secure runs a single broker; use one or the other\n');
        process.exitCode = 2;
        return;
      }
      const { ensureLocalBroker, ensureLocalCluster, ensureSecureBroker } = await localBroker();
      if (count > 1) {
        const { cluster, owned, clientEnvFile } = await ensureLocalCluster(config, count);
        process.stdout.write(
          `${owned ? `cluster of ${cluster.nodes.length} brokers started in ${secs()} s` : `cluster of ${cluster.nodes.length} brokers already running`} at ${cluster.brokers} ` +
            `(KRaft, every node broker and controller; replication factor ${cluster.replicationFactor}, min.insync.replicas ${cluster.minInsyncReplicas}); data in ${cluster.stateDir}\n` +
            `pids ${cluster.nodes.map((n) => n.pid).join(', ')}; load the client settings (KAFKA_BROKERS, SKYTALLY_REPLICATION_FACTOR) with:\n` +
            `source ${clientEnvFile}\n`,
        );
        return;
      }
      if (opts.secure) {
        const logger = createRootLogger(
          { level: config.LOG_LEVEL ?? 'warn', format: config.LOG_FORMAT ?? 'pretty' },
          process.stderr,
        ).child({ service: 'cli' });
        const { broker: b, owned } = await ensureSecureBroker(config, logger);
        const file = b.secure!.clientEnvFile;
        process.stdout.write(
          `${owned ? `secure broker started at ${b.brokers} (pid ${b.pid}) in ${secs()} s` : `secure broker already running at ${b.brokers} (pid ${b.pid})`}: SASL_SSL, SCRAM-SHA-512, ACLs on; data in ${b.stateDir}\n` +
            `client settings for the principal "skytally" are in ${file}; load them into this shell with:\n` +
            `source ${file}\n`,
        );
        return;
      }
      const { broker: b, owned } = await ensureLocalBroker(config);
      process.stdout.write(
        owned
          ? `broker started at ${b.brokers} (pid ${b.pid}) in ${secs()} s; data in ${b.stateDir}\n`
          : `broker already running at ${b.brokers} (pid ${b.pid})\n`,
      );
    });
  broker
    .command('stop')
    .description('stop the local brokers this project started (plain, secure and cluster nodes)')
    .action(async () => {
      const { localBrokerDirs, stopLocalBrokers } = await localBroker();
      const lines: string[] = [];
      for (const { name, stateDir } of localBrokerDirs(loadConfig())) {
        const outcome = await stopLocalBrokers(stateDir);
        if (outcome) lines.push(`${name} stopped (${outcome})`);
      }
      process.stdout.write(lines.length ? `${lines.join('\n')}\n` : 'broker is not running\n');
    });
  broker
    .command('status')
    .description('is it running, where, and which process')
    .action(async () => {
      const [{ localBrokerDirs }, { localBrokerStatus, localClusterStatus }] = await Promise.all([
        localBroker(),
        brokerLib(),
      ]);
      let running = 0;
      for (const { name, stateDir } of localBrokerDirs(loadConfig())) {
        if (name === 'cluster') {
          const cluster = await localClusterStatus(stateDir);
          if (cluster.nodes.length && cluster.running) {
            running++;
            process.stdout.write(
              `cluster: ${cluster.running} of ${cluster.nodes.length} brokers running at ${cluster.brokers}; data in ${stateDir}\n`,
            );
            for (const n of cluster.nodes)
              process.stdout.write(
                `  node ${n.nodeId}: ${n.running ? `running at ${n.brokers} (pid ${n.pid})` : 'not running'}\n`,
              );
          }
          continue;
        }
        const status = await localBrokerStatus(stateDir);
        if (status.running) {
          running++;
          process.stdout.write(
            `${name} running at ${status.brokers} (pid ${status.pid}); data in ${status.stateDir}${status.clientEnvFile ? `; client settings: source ${status.clientEnvFile}` : ''}\n`,
          );
        } else if (name === 'broker') {
          process.stdout.write(`${name} not running (state folder ${status.stateDir})\n`);
        }
      }
      process.exitCode = running ? 0 : 3;
    });
  broker
    .command('reset')
    .description('stop the local brokers and delete all their data (every topic, offset, log, certificate); asks first')
    .option('-y, --yes', 'do not ask')
    .action(async (opts: { yes?: boolean }) => {
      const { localBrokerDirs, resetLocalBroker } = await localBroker();
      const config = loadConfig();
      const dirs = localBrokerDirs(config)
        .map((d) => d.stateDir)
        .join(' and ');
      if (!opts.yes) {
        if (!process.stdin.isTTY) {
          process.stderr.write(
            `skytally: broker reset deletes every topic in ${dirs}; pass --yes to confirm without a terminal\n`,
          );
          process.exitCode = 2;
          return;
        }
        const rl = createInterface({ input: process.stdin, output: process.stderr });
        const answer = await rl.question(`Delete the local brokers' data in ${dirs} (every topic and offset)? [y/N] `);
        rl.close();
        if (!/^y(es)?$/i.test(answer.trim())) {
          process.stdout.write('nothing deleted\n');
          return;
        }
      }
      const results = await resetLocalBroker(config);
      const deleted = results.filter((r) => r.existed);
      process.stdout.write(
        deleted.length
          ? `${deleted.map((r) => `${r.stopped ? 'stopped and ' : ''}deleted ${r.stateDir}`).join('\n')}\nthe next start begins empty\n`
          : 'nothing to delete\n',
      );
    });
}
