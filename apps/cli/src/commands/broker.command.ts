import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { localBrokerStatus, stopLocalBroker } from '@skytally/broker';
import { loadConfig } from '@skytally/config';
import { ensureLocalBroker, resetLocalBroker, userBrokerOptions } from '../pipeline/local-broker';

export function registerBroker(program: Command): void {
  const broker = program.command('broker').description('the local Kafka broker (KRaft, from Apache\'s jars)');
  broker
    .command('start')
    .description('start it (or report the one already running); returns once it serves every partition')
    .action(async () => {
      const started = Date.now();
      const { broker: b, owned } = await ensureLocalBroker(loadConfig());
      process.stdout.write(
        owned
          ? `broker started at ${b.brokers} (pid ${b.pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s; data in ${b.stateDir}\n`
          : `broker already running at ${b.brokers} (pid ${b.pid})\n`,
      );
    });
  broker
    .command('stop')
    .description('stop the broker this project started')
    .action(async () => {
      const outcome = await stopLocalBroker(userBrokerOptions(loadConfig()).stateDir);
      process.stdout.write(outcome === 'not-running' ? 'broker is not running\n' : `broker stopped (${outcome})\n`);
    });
  broker
    .command('status')
    .description('is it running, where, and which process')
    .action(async () => {
      const status = await localBrokerStatus(userBrokerOptions(loadConfig()).stateDir);
      process.stdout.write(status.running ? `running at ${status.brokers} (pid ${status.pid}); data in ${status.stateDir}\n` : `not running (state folder ${status.stateDir})\n`);
      process.exitCode = status.running ? 0 : 3;
    });
  broker
    .command('reset')
    .description('stop the local broker and delete all its data (every topic, offset and log); asks first')
    .option('-y, --yes', 'do not ask')
    .action(async (opts: { yes?: boolean }) => {
      const config = loadConfig();
      const { stateDir } = userBrokerOptions(config);
      if (!opts.yes) {
        if (!process.stdin.isTTY) {
          process.stderr.write(`skytally: broker reset deletes every topic in ${stateDir}; pass --yes to confirm without a terminal\n`);
          process.exitCode = 2;
          return;
        }
        const rl = createInterface({ input: process.stdin, output: process.stderr });
        const answer = await rl.question(`Delete the local broker's data in ${stateDir} (every topic and offset)? [y/N] `);
        rl.close();
        if (!/^y(es)?$/i.test(answer.trim())) {
          process.stdout.write('nothing deleted\n');
          return;
        }
      }
      const result = await resetLocalBroker(config);
      process.stdout.write(
        result.existed
          ? `${result.stopped ? 'broker stopped; ' : ''}deleted ${result.stateDir}; the next start begins empty\n`
          : `nothing to delete (${result.stateDir} does not exist)\n`,
      );
    });
}
