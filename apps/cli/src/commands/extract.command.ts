import type { Command } from 'commander';
import type { Decision, ExtractedClaim } from '@skytally/extraction';
import { readArticles } from '../input/article-files';
import { toArticle } from '../input/to-article';
import { cliContext } from '../pipeline/cli-context';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the interception claims in each article, one JSON line per claim (no broker)')
    .argument('<files...>', 'article files or folders, or - for stdin')
    .option('--explain', 'for each number in the article: whether it became a claim, and the rule that decided it')
    .action(async (paths: string[], opts: { explain?: boolean }) => {
      // Loaded when the command runs: `skytally dedup` need not load the extractor.
      const { explainClaims, extractClaims } = await import('@skytally/extraction');
      const { config } = cliContext();
      for (const file of readArticles(paths)) {
        const article = toArticle(file, config.SKYTALLY_MAX_BODY_BYTES);
        if (opts.explain) {
          const { claims, decisions } = explainClaims(article);
          process.stdout.write(explainText(article.articleId, article.body, claims, decisions));
          continue;
        }
        for (const claim of extractClaims(article)) {
          // The ids are the pipeline's bookkeeping; the command shows what was claimed.
          const shown: Partial<ExtractedClaim> = { ...claim };
          delete shown.claimId;
          delete shown.partOf;
          process.stdout.write(`${JSON.stringify(shown)}\n`);
        }
      }
    });
}

/** One line per number: where it is, claim or not, the rule; then the claims as the pipeline counts them. */
export function explainText(articleId: string, body: string, claims: ExtractedClaim[], decisions: Decision[]): string {
  const lines = [`# ${articleId}: ${decisions.length} numbers, ${claims.length} claims`];
  for (const d of decisions) {
    const context = body.slice(Math.max(0, d.start - 30), Math.min(body.length, d.end + 30)).replace(/\s+/g, ' ');
    lines.push(`${d.claim ? 'CLAIM' : 'no   '} ${JSON.stringify(d.text)} @${d.start}: ${d.rule}`);
    lines.push(`      …${context}…`);
  }
  if (claims.length > 0) lines.push('claims (repeats merged, as counted):');
  for (const c of claims) {
    const where = c.scope === 'region' ? c.regions.join('+') : `${c.country} (country)`;
    lines.push(
      `  ${c.count}${c.qualifier === 'exact' ? '' : ` (${c.qualifier})`} ${c.weapon} @ ${where}${c.claimant ? ` — ${c.claimant}` : ''}${c.eventDate ? `, ${c.eventDate}` : ''}${c.partOf ? ' [part of a total]' : ''}`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}
