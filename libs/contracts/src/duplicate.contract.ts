import { z } from 'zod';

/** The value on `articles.duplicates`, keyed by the duplicate's `articleId`. */
export const DuplicateVerdictSchema = z.object({
  articleId: z.string().min(1),
  duplicateOf: z.string().min(1),
  /** 1 for exact copies; the estimated Jaccard similarity for near copies. */
  similarity: z.number().min(0).max(1),
  kind: z.enum(['exact', 'near']),
});

export type DuplicateVerdict = z.infer<typeof DuplicateVerdictSchema>;
