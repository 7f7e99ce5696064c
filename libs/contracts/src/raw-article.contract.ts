import { z } from 'zod';

/**
 * What anyone may put on `articles.raw`: plain text (the whole value is the
 * body) or this JSON object. Unknown fields are ignored; `schemaVersion`, when
 * present, must be one this build understands.
 */
export const RAW_ARTICLE_SCHEMA_VERSIONS = [1] as const;

export const RawArticleJsonSchema = z.object({
  schemaVersion: z.literal(RAW_ARTICLE_SCHEMA_VERSIONS).optional(),
  id: z.string().min(1).max(200).optional(),
  url: z.string().max(2048).optional().nullable(),
  source: z.string().max(200).optional().nullable(),
  title: z.string().max(2000).optional().nullable(),
  /** ISO 8601 date or date-time. */
  publishedAt: z.string().max(64).optional().nullable(),
  body: z.string(),
});

export type RawArticleJson = z.infer<typeof RawArticleJsonSchema>;
