import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { localBrokerStatus, stopLocalBroker } from '@skytally/broker';
import { loadConfig } from '@skytally/config';
import { createRootLogger } from '@skytally/logger';
import { ensureLocalBroker, ensureSecureBroker, localBrokerDirs, resetLocalBroker } from '../pipeline/local-broker';

export function registerBroker(program: Command): void {
  const broker = program.command('broker').description('the local Kafka broker (KRaft, from Apache\'s jars)');
  broker
    .command('start')
    .description('start it (or report the one already running); returns once it serves every partition')
    .option('--secure', 'SASL_SSL (SCRAM-SHA-512) with a CA and certificate of its own, ACLs on; prints a `source <file>` line with the client settings')
    .action(async (opts: { secure?: boolean }) => {
      const started = Date.now();
      const config = loadConfig();
      const secs = () => ((Date.now() - started) / 1000).toFixed(1);
      if (opts.secure) {
        const logger = createRootLogger({ level: config.LOG_LEVEL ?? 'warn', format: config.LOG_FORMAT ?? 'pretty' }, process.stderr).child({ service: 'cli' });
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
    .description('stop the local brokers this project started (plain and secure)')
    .action(async () => {
      const lines: string[] = [];
      for (const { name, stateDir } of localBrokerDirs(loadConfig())) {
        const outcome = await stopLocalBroker(stateDir);
        if (outcome !== 'not-running') lines.push(`${name} stopped (${outcome})`);
      }
      process.stdout.write(lines.length ? `${lines.join('\n')}\n` : 'broker is not running\n');
    });
  broker
    .command('status')
    .description('is it running, where, and which process')
    .action(async () => {
      let running = 0;
      for (const { name, stateDir } of localBrokerDirs(loadConfig())) {
        const status = await localBrokerStatus(stateDir);
        if (status.running) {
          running++;
          process.stdout.write(`${name} running at ${status.brokers} (pid ${status.pid}); data in ${status.stateDir}${status.clientEnvFile ? `; client settings: source ${status.clientEnvFile}` : ''}\n`);
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
      const config = loadConfig();
      const dirs = localBrokerDirs(config).map((d) => d.stateDir).join(' and ');
      if (!opts.yes) {
        if (!process.stdin.isTTY) {
          process.stderr.write(`skytally: broker reset deletes every topic in ${dirs}; pass --yes to confirm without a terminal\n`);
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
