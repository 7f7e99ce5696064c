import type { Command } from 'commander';
import { cliContext } from '../pipeline/cli-context';

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('the main job: broker, the four services, feed the seeds, show the rolling counts (Ctrl-C stops all)')
    .option('--demo', 'exit once every article has passed through, printing the final counts')
    .option('--json', 'with --demo: print the final snapshots as one JSON array')
    .option('--input <paths...>', 'run on these articles instead of seeds/')
    .option('--timeout <seconds>', 'with --demo: give up after this long', '300')
    .action(async (opts: { demo?: boolean; json?: boolean; input?: string[]; timeout: string }) => {
      // Loaded here, not at start: the pipeline brings kafkajs and the broker's launcher.
      const { runPipeline } = await import('../pipeline/pipeline-run');
      const code = await runPipeline(
        {
          demo: Boolean(opts.demo || opts.json),
          json: Boolean(opts.json),
          inputs: opts.input ?? [],
          timeoutMs: Number(opts.timeout) * 1000,
        },
        cliContext(),
      );
      process.exit(code);
    });
}
