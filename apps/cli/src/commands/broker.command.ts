import type { Command } from 'commander';
import { localBrokerStatus, stopLocalBroker } from '@skytally/broker';
import { loadConfig } from '@skytally/config';
import { ensureLocalBroker, userBrokerOptions } from '../pipeline/local-broker';

export function registerBroker(program: Command): void {
  const broker = program.command('broker').description('the local single-node Kafka broker (KRaft, from Apache\'s jars)');
  broker
    .command('start')
    .description('start it (or report the one already running)')
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
}
