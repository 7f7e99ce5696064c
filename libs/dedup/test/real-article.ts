/**
 * Test helper: an article of the real-syndication corpus (tests/fixtures/dedup/real/*.jsonl) as
 * ingest hands it to dedup: body normalised, dates as ISO strings, arrival at publication.
 * Shared by scripts/eval-dedup.ts and scripts/check-dedup-identity.ts.
 */
import type { Article } from '@skytally/contracts';
import { contentHash, normaliseBody } from '@skytally/text';

export interface RealCorpusArticle {
  articleId?: string | null;
  url?: string | null;
  source?: string | null;
  title?: string | null;
  publishedAt?: string | null;
  body?: string | null;
}

export function ingestedRealArticle(a: RealCorpusArticle): Article {
  const body = normaliseBody(a.body ?? '');
  const published = a.publishedAt ? new Date(a.publishedAt).toISOString() : null;
  return {
    articleId: a.articleId ?? '',
    url: a.url ?? null,
    source: a.source ?? null,
    title: a.title ?? null,
    publishedAt: published,
    ingestedAt: published ?? '2025-01-01T00:00:00.000Z',
    body,
    contentHash: contentHash(body),
  };
}
