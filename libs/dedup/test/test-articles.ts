/** Test helper: an Article as ingest would produce it from a body. */
import type { Article } from '@skytally/contracts';
import { contentHash, normaliseBody } from '@skytally/text';

export function testArticle(
  articleId: string,
  body: string,
  opts: { publishedAt?: string | null; ingestedAt?: string; title?: string } = {},
): Article {
  const ingestedAt = opts.ingestedAt ?? opts.publishedAt ?? '2025-06-03T06:00:00.000Z';
  return {
    articleId,
    url: null,
    source: null,
    title: opts.title ?? null,
    publishedAt: opts.publishedAt === undefined ? ingestedAt : opts.publishedAt,
    ingestedAt,
    body: normaliseBody(body),
    contentHash: contentHash(body),
  };
}
