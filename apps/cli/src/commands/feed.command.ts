import type { Command } from 'commander';
import { topicNames } from '@skytally/contracts';
import { readArticles } from '../input/article-files';
import { cliContext, cliKafka } from '../pipeline/cli-context';

export function registerFeed(program: Command): void {
  program
    .command('feed')
    .description('publish articles (.txt, .json, .jsonl, folders) to articles.raw')
    .argument('<paths...>', 'files or folders; a manifest.json beside .txt files gives their dates')
    .action(async (paths: string[]) => {
      const { feedArticles } = await import('../pipeline/feeder');
      const ctx = cliContext();
      const articles = readArticles(paths);
      const topic = topicNames(ctx.config.SKYTALLY_TOPIC_PREFIX).raw;
      const n = await feedArticles(await cliKafka(ctx, 'feed'), topic, articles);
      process.stderr.write(`fed ${n} article(s) to ${topic}\n`);
    });
}
