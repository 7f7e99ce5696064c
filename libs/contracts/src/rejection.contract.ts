import { z } from 'zod';

/** Why ingest turned an input away. Every rejection names one. */
export const REJECTION_REASONS = [
  'too_large',
  'invalid_utf8',
  'binary_content',
  'invalid_json',
  'invalid_shape',
  'unsupported_schema_version',
  'empty_body',
  'invalid_date',
  /** publishedAt later than its reception plus SKYTALLY_MAX_FUTURE_MS. */
  'future_date',
  /** publishedAt before 1990: a placeholder or a typo, not a news date. */
  'date_out_of_range',
] as const;

export type RejectionReason = (typeof REJECTION_REASONS)[number];

/**
 * The value on `articles.rejected`, keyed as the input was. `original` keeps
 * the input exactly: as text when it was valid UTF-8, else base64
 * (`originalEncoding` says which), so nothing is lost and it can be replayed.
 */
export const RejectionSchema = z.object({
  reason: z.enum(REJECTION_REASONS),
  detail: z.string(),
  receivedAt: z.string().datetime(),
  original: z.string(),
  originalEncoding: z.enum(['utf8', 'base64']),
  /** Where the input was read from, for auditing. */
  origin: z.object({ topic: z.string(), partition: z.number().int(), offset: z.string() }).optional(),
});

export type Rejection = z.infer<typeof RejectionSchema>;
