/**
 * `skytally`: the command line. Commands that need no broker (extract,
 * dedup) run the same pure cores as the services.
 */
import 'reflect-metadata';
import { Command } from 'commander';
import { ConfigError } from '@skytally/config';
import { InputError } from './input/article-files';
import { registerBroker } from './commands/broker.command';
import { registerDedup } from './commands/dedup.command';
import { registerExtract } from './commands/extract.command';
import { registerFeed } from './commands/feed.command';
import { registerRun } from './commands/run.command';
import { registerWatch } from './commands/watch.command';

const program = new Command()
  .name('skytally')
  .description('live counts of reported air-defence interceptions per region, from a stream of news articles')
  .showHelpAfterError();

registerRun(program);
registerExtract(program);
registerDedup(program);
registerFeed(program);
registerWatch(program);
registerBroker(program);

// `skytally extract … | head`: the reader has gone; stop quietly, as other command-line tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof InputError || err instanceof ConfigError) {
    process.stderr.write(`skytally: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`skytally: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
