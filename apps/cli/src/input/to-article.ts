import type { Article } from '@skytally/contracts';
import { ingest } from '@skytally/ingestion';
import { InputError, type ArticleFile } from './article-files';

/**
 * Normalises a file's article exactly as the ingest service would, so the
 * offline commands (extract, dedup) see what the pipeline sees.
 */
export function toArticle(file: ArticleFile, maxBodyBytes: number, now = new Date()): Article {
  const outcome = ingest(
    { key: Buffer.from(file.article.id), value: Buffer.from(JSON.stringify(file.article)), receivedAt: now },
    { maxBodyBytes },
  );
  if (outcome.kind === 'rejected')
    throw new InputError(`${file.path}: rejected (${outcome.rejection.reason}): ${outcome.rejection.detail}`);
  return outcome.article;
}
