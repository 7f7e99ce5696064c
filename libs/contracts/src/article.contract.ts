import { z } from 'zod';

/**
 * A normalised article: the value on `articles.ingested` and `articles.unique`,
 * keyed by `articleId`. `body` is NFC, whitespace-folded text; `contentHash`
 * is the SHA-256 of the body further folded for comparison (case, quotes,
 * dashes, zero-width characters), so two copies that differ only in those
 * share a hash.
 */
export const ArticleSchema = z.object({
  articleId: z.string().min(1),
  url: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  /** ISO 8601 date-time (UTC), or null when the article carries no date. */
  publishedAt: z.string().datetime().nullable(),
  ingestedAt: z.string().datetime(),
  body: z.string().min(1),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});

export type Article = z.infer<typeof ArticleSchema>;
