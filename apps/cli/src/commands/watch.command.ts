import type { Command } from 'commander';
import { topicNames } from '@skytally/contracts';
import { cliContext, cliKafka } from '../pipeline/cli-context';
import { SnapshotWatcher } from '../pipeline/snapshot-watcher';
import { renderTable } from '../view/snapshot-table';

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('subscribe to interceptions.rolling and show it live')
    .option('--json', 'print each snapshot as a JSON line as it arrives')
    .option('--region <keys>', 'only these keys, comma-separated (e.g. RU-BRY,RU-KLU,RU)')
    .action(async (opts: { json?: boolean; region?: string }) => {
      const ctx = cliContext();
      const { config, logger } = ctx;
      const wanted = opts.region ? new Set(opts.region.split(',').map((k) => k.trim().toUpperCase())) : null;
      const kafka = await cliKafka(ctx, 'watch');
      let redraw: NodeJS.Timeout | undefined;
      const watcher = new SnapshotWatcher(
        kafka,
        topicNames(config.SKYTALLY_TOPIC_PREFIX).rolling,
        logger,
        (snapshot) => {
          if (wanted && !wanted.has(snapshot.key)) return;
          if (opts.json) {
            process.stdout.write(`${JSON.stringify(snapshot)}\n`);
            return;
          }
          redraw ??= setTimeout(() => {
            redraw = undefined;
            const rows = [...watcher.latest.values()].filter((s) => !wanted || wanted.has(s.key));
            process.stdout.write(`${process.stdout.isTTY ? '\x1b[2J\x1b[H' : ''}${renderTable(rows)}\n`);
          }, 200);
        },
      );
      const admin = kafka.admin();
      await admin.connect();
      await watcher.start();
      const stop = async () => {
        await watcher.stop(admin);
        await admin.disconnect();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
