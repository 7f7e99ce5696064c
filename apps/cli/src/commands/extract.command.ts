import type { Command } from 'commander';
import { extractClaims } from '@skytally/extraction';
import { readArticles } from '../input/article-files';
import { toArticle } from '../input/to-article';
import { cliContext } from '../pipeline/cli-context';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the interception claims in each article, one JSON line per claim (no broker)')
    .argument('<files...>', 'article files or folders, or - for stdin')
    .action((paths: string[]) => {
      const { config } = cliContext();
      for (const file of readArticles(paths)) {
        const article = toArticle(file, config.SKYTALLY_MAX_BODY_BYTES);
        for (const { claimId: _id, partOf: _partOf, ...claim } of extractClaims(article)) {
          process.stdout.write(`${JSON.stringify(claim)}\n`);
        }
      }
    });
}
