import type { Command } from 'commander';
import { readArticles } from '../input/article-files';
import { toArticle } from '../input/to-article';
import { cliContext } from '../pipeline/cli-context';

export function registerDedup(program: Command): void {
  program
    .command('dedup')
    .description(
      "read articles in the order given and print one verdict line each, with the rule that decided it, with the dedup service's core (no broker)",
    )
    .argument(
      '<paths...>',
      'article files or folders, or - for stdin; .json/.jsonl articles carry their publishedAt, .txt files take it from a manifest.json beside them',
    )
    .action(async (paths: string[]) => {
      // Loaded when the command runs: `skytally extract` need not load dedup's core and gazetteer.
      const [{ DedupCore, toDedupLine }, { dedupOptionsFor }] = await Promise.all([
        import('@skytally/dedup'),
        import('@skytally/stage-options'),
      ]);
      const { config } = cliContext();
      const core = new DedupCore(dedupOptionsFor(config));
      for (const file of readArticles(paths)) {
        const article = toArticle(file, config.SKYTALLY_MAX_BODY_BYTES);
        process.stdout.write(`${JSON.stringify(toDedupLine(article.articleId, core.decide(article)))}\n`);
      }
    });
}
