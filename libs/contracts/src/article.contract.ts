import { z } from 'zod';

/** A SHA-256 in lower-case hex: one pattern for the schema and for checkedArticle. */
const CONTENT_HASH = /^[0-9a-f]{64}$/;

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
  contentHash: z.string().regex(CONTENT_HASH),
});

export type Article = z.infer<typeof ArticleSchema>;

/** The pattern `z.string().datetime()` checks (zod's own, so the two cannot drift apart). */
const DATETIME = z.regexes.datetime({});
const ARTICLE_KEYS = Object.keys(ArticleSchema.shape).length;

const text = (v: unknown, min = 0): v is string => typeof v === 'string' && v.length >= min;
const textOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/**
 * ArticleSchema's checks, by hand: the article as ArticleSchema.parse gives it
 * (a fresh object, its keys in the schema's order) when `value` passes every
 * rule and has no other keys; otherwise null, and the caller asks zod, which
 * names what is wrong (or strips the keys it does not know). So every article
 * is still validated where it is consumed — this only skips zod's machinery
 * for the common case, which was most of the decode's cost in dedup and
 * extract (2.5–3 % of their CPU, BENCHMARKS.md, issue 15).
 */
export function checkedArticle(value: unknown): Article | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  let keys = 0;
  for (const _ in v) keys++;
  if (keys !== ARTICLE_KEYS) return null;
  const { articleId, url, source, title, publishedAt, ingestedAt, body, contentHash } = v;
  if (
    !text(articleId, 1) ||
    !textOrNull(url) ||
    !textOrNull(source) ||
    !textOrNull(title) ||
    !(publishedAt === null || (text(publishedAt) && DATETIME.test(publishedAt))) ||
    !(text(ingestedAt) && DATETIME.test(ingestedAt)) ||
    !text(body, 1) ||
    !(text(contentHash) && CONTENT_HASH.test(contentHash))
  )
    return null;
  return { articleId, url, source, title, publishedAt, ingestedAt, body, contentHash };
}
