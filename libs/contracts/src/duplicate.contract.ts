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

const VERDICT_KEYS = Object.keys(DuplicateVerdictSchema.shape).length;

/**
 * DuplicateVerdictSchema's checks, by hand, as checkedArticle does for articles:
 * the verdict as the schema's parse gives it (a fresh object, keys in the
 * schema's order) when `value` passes every rule and has no other keys;
 * otherwise null, and the caller asks zod. Dedup encodes a verdict for every
 * copy it drops, and zod's parse of it was ≈ 1 % of the service's CPU
 * (BENCHMARKS.md, session 9).
 */
export function checkedDuplicateVerdict(value: unknown): DuplicateVerdict | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  let keys = 0;
  for (const _ in v) keys++;
  if (keys !== VERDICT_KEYS) return null;
  const { articleId, duplicateOf, similarity, kind } = v;
  if (
    typeof articleId !== 'string' ||
    articleId.length < 1 ||
    typeof duplicateOf !== 'string' ||
    duplicateOf.length < 1 ||
    typeof similarity !== 'number' ||
    !(similarity >= 0 && similarity <= 1) ||
    (kind !== 'exact' && kind !== 'near')
  )
    return null;
  return { articleId, duplicateOf, similarity, kind };
}
